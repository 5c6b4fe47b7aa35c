//! The Kaart view tells every region apart, driven as a terminal drives it: each region its
//! own letter and colour in the list (the legend) and on the map, the letter alone without
//! colour; labels that never cover a point; the sources named whole at every size; and short
//! labels where a name does not fit.

mod tui_support;

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use regioprofielen::export::braille;
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::drive::Driver;
use regioprofielen::tui::palette::Palette;
use tui_support::data;
use unicode_width::UnicodeWidthStr;

/// The explorer at this size on the Kaart view, in this palette and language.
fn on_map(palette: Palette, lang: Lang, w: u16, h: u16) -> Driver {
    let mut d = Driver::new(App::with_palette(data(), lang, palette), w, h);
    d.feed(b"6");
    d
}

/// The text of a row of the screen from column `x`, `width` columns.
fn text_at(buf: &Buffer, x: u16, y: u16, width: u16) -> String {
    (x..x + width).map(|c| buf[(c, y)].symbol()).collect()
}

/// The region shown on each row of the map's list: (row's y, region index), in order.
fn list_rows(d: &Driver) -> Vec<(u16, usize)> {
    let a = d.app().areas().map;
    let inner = Rect::new(
        a.list.x + 1,
        a.list.y + 1,
        a.list.width - 2,
        a.list.height - 2,
    );
    let visible = d.app().visible_regions();
    (inner.y..inner.bottom())
        .zip(visible.iter().skip(d.app().map_state().offset).copied())
        .collect()
}

/// The (letter, colour) each region shows in the list, by region.
fn list_looks(d: &Driver) -> Vec<(String, Option<Color>)> {
    let a = d.app().areas().map;
    // The cursor, the comparison mark, then the region's letter.
    let x = a.list.x + 1 + 2;
    let mut looks = vec![(String::new(), None); d.app().data().regions.len()];
    for (y, r) in list_rows(d) {
        let cell = &d.buffer()[(x, y)];
        looks[r] = (cell.symbol().to_string(), cell.fg_color());
    }
    looks
}

/// A cell's foreground as a colour, `None` for the terminal's own.
trait Fg {
    fn fg_color(&self) -> Option<Color>;
}

impl Fg for ratatui::buffer::Cell {
    fn fg_color(&self) -> Option<Color> {
        (self.fg != Color::Reset).then_some(self.fg)
    }
}

/// Each municipality's cell on the map (screen coordinates) with its regions, for the cells
/// that hold one municipality only.
fn single_cells(d: &Driver) -> Vec<((u16, u16), Vec<usize>)> {
    let state = d.app().map_state();
    let (atlas, raster) = (
        state.atlas.as_ref().expect("an atlas"),
        state.raster.as_ref().expect("a raster"),
    );
    let canvas = d.app().areas().map.canvas;
    let cells: Vec<((u16, u16), Vec<usize>)> = atlas
        .municipalities
        .iter()
        .map(|m| {
            let (c, r) = raster.cell(m.lon, m.lat);
            ((canvas.x + c, canvas.y + r), m.regions.clone())
        })
        .collect();
    cells
        .iter()
        .filter(|(at, _)| cells.iter().filter(|(b, _)| b == at).count() == 1)
        .cloned()
        .collect()
}

#[test]
fn in_colour_every_region_has_its_own_letter_and_colour_in_the_list_and_on_the_map() {
    let d = on_map(Palette::color(), Lang::Nl, 120, 40);
    let looks = list_looks(&d);
    let n = d.app().data().regions.len();
    assert_eq!(n, 15);
    let letters: BTreeSet<&str> = looks.iter().map(|(l, _)| l.as_str()).collect();
    let colours: BTreeSet<String> = looks.iter().map(|(_, c)| format!("{c:?}")).collect();
    assert_eq!(letters.len(), n, "a letter each: {looks:?}");
    assert_eq!(colours.len(), n, "a colour each: {looks:?}");
    for (l, c) in &looks {
        assert_eq!(l.chars().count(), 1);
        assert!(
            matches!(c, Some(Color::Indexed(_))),
            "a fixed colour: {c:?}"
        );
    }
    // On the map each municipality shows its region's letter in its region's colour.
    let cells = single_cells(&d);
    let mut seen = BTreeSet::new();
    for (at, regions) in cells {
        let [r] = regions[..] else { continue };
        let cell = &d.buffer()[at];
        assert_eq!(
            (cell.symbol().to_string(), cell.fg_color()),
            looks[r],
            "{at:?}"
        );
        seen.insert(r);
    }
    assert_eq!(seen.len(), n, "every region seen on the map");
}

#[test]
fn without_colour_every_region_has_its_own_letter_in_the_list_and_on_the_map() {
    let d = on_map(Palette::no_color(), Lang::Nl, 120, 40);
    let looks = list_looks(&d);
    let letters: BTreeSet<&str> = looks.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(letters.len(), 15, "{looks:?}");
    assert!(looks.iter().all(|(_, c)| c.is_none()), "no colour");
    for (at, regions) in single_cells(&d) {
        let [r] = regions[..] else { continue };
        assert_eq!(d.buffer()[at].symbol(), looks[r].0, "{at:?}");
    }
}

/// Checks that the map's labels cover no point: every municipality's cell still shows a
/// point, none of the cells the labels take holds a municipality, and each label stands
/// whole where it was put.
fn labels_cover_no_point(d: &Driver, what: &str) -> usize {
    let app = d.app();
    let state = app.map_state();
    let (atlas, raster) = (
        state.atlas.as_ref().expect("an atlas"),
        state.raster.as_ref().expect("a raster"),
    );
    let canvas = app.areas().map.canvas;
    let buf = d.buffer();
    // The point layer, from the geodata alone: the cell of every municipality.
    let mut points = BTreeSet::new();
    for m in &atlas.municipalities {
        let (c, r) = raster.cell(m.lon, m.lat);
        let at = (canvas.x + c, canvas.y + r);
        points.insert(at);
        let mut glyphs: Vec<String> = m
            .regions
            .iter()
            .map(|&r| braille::region_letter(r).to_string())
            .collect();
        glyphs.extend([braille::TWO_REGIONS, braille::MATCHED].map(str::to_string));
        // Another municipality in the same cell may be on top: any point's glyph will do.
        let shown = buf[at].symbol();
        let is_point = glyphs.iter().any(|g| g == shown)
            || atlas.municipalities.iter().any(|o| {
                raster.cell(o.lon, o.lat) == (c, r)
                    && o.regions
                        .iter()
                        .any(|&r| braille::region_letter(r).to_string() == shown)
            });
        assert!(
            is_point,
            "{what}: the point of {} at {at:?} shows {shown:?}",
            m.name
        );
    }
    let scene = app.map_scene(atlas);
    let plan = braille::plan(atlas, raster, &scene, &app.palette().map);
    for l in &plan.labels {
        let width = u16::try_from(l.text.width()).expect("a short label");
        let (x, y) = (canvas.x + l.col, canvas.y + l.row);
        assert_eq!(text_at(buf, x, y, width), l.text, "{what}: the label whole");
        for cx in x..x + width {
            assert!(
                !points.contains(&(cx, y)),
                "{what}: {:?} covers the point at ({cx}, {y})",
                l.text
            );
        }
    }
    plan.labels.len()
}

#[test]
fn labels_never_cover_a_point_at_any_size_for_any_region_group_or_search() {
    for (w, h) in [(80, 24), (80, 23), (60, 20), (120, 40), (200, 60)] {
        for palette in [Palette::no_color(), Palette::color()] {
            let mut d = on_map(palette, Lang::Nl, w, h);
            let mut labels = 0;
            for k in 0..15 {
                labels += labels_cover_no_point(&d, &format!("{w}x{h}, region {k}"));
                d.feed(b"j");
            }
            d.feed(b"o");
            labels += labels_cover_no_point(&d, &format!("{w}x{h}, ROUTE OOST"));
            // One match, named on the map; four; then 105, not named.
            for query in ["hengelo", "dam", "gemeente"] {
                let mut d = on_map(palette, Lang::Nl, w, h);
                d.feed(b"/");
                d.feed(query.as_bytes());
                d.feed(b"\t");
                labels += labels_cover_no_point(&d, &format!("{w}x{h}, search {query}"));
            }
            assert!(labels > 15, "{w}x{h}: labels are placed ({labels})");
        }
    }
}

/// The map's bottom border as text.
fn bottom_border(d: &Driver) -> String {
    let m = d.app().areas().map.map;
    text_at(d.buffer(), m.x, m.bottom() - 1, m.width)
}

/// Whether the border names both sources whole between rules, in one of the forms.
fn names_the_sources(border: &str) -> bool {
    [
        "Natural Earth · GeoNames (CC BY 4.0)",
        "Natural Earth · GeoNames",
    ]
    .iter()
    .any(|form| {
        border
            .strip_prefix('└')
            .and_then(|b| b.strip_suffix('┘'))
            .and_then(|b| b.trim_start_matches('─').strip_prefix(' '))
            .and_then(|b| b.trim_end_matches('─').strip_suffix(' '))
            == Some(form)
    })
}

#[test]
fn the_sources_are_named_whole_at_60x20_and_80x23() {
    let d = on_map(Palette::no_color(), Lang::Nl, 60, 20);
    assert_eq!(bottom_border(&d), "└── Natural Earth · GeoNames ┘");
    let mut d = on_map(Palette::no_color(), Lang::Nl, 80, 23);
    assert!(
        bottom_border(&d).ends_with("─ Natural Earth · GeoNames (CC BY 4.0) ┘"),
        "{}",
        bottom_border(&d)
    );
    // Nothing in the legend is cut mid-sentence either: a paragraph shows whole or not at
    // all, and a shorter one after it still finds the room left.
    let legend = |d: &Driver| {
        let l = d.app().areas().map.legend;
        (l.y + 1..l.bottom() - 1)
            .map(|y| text_at(d.buffer(), l.x + 1, y, l.width - 2))
            .collect::<Vec<String>>()
    };
    let lines = legend(&d);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("A–O regio · ◐ in twee regio's"),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l.contains("zonder profiel")),
        "{lines:?}"
    );
    d.feed(b"/");
    d.feed(b"hengelo");
    d.feed(b"\t");
    let lines = legend(&d);
    assert!(lines[1].starts_with("◉ zoektreffer"), "{lines:?}");
}

#[test]
fn the_sources_are_named_whole_at_every_size_the_map_shows() {
    for lang in [Lang::Nl, Lang::En] {
        let mut d = on_map(Palette::no_color(), lang, 60, 16);
        for w in (60..=220).step_by(3) {
            for h in (16..=64).step_by(6) {
                d.resize(w, h);
                assert_eq!(d.app().areas().map.map.right(), w, "resized");
                let border = bottom_border(&d);
                assert!(names_the_sources(&border), "{w}x{h}: {border}");
            }
        }
    }
}

#[test]
fn a_name_that_does_not_fit_the_list_gives_its_short_label() {
    let mut d = on_map(Palette::no_color(), Lang::Nl, 60, 20);
    let a = d.app().areas().map;
    let rows: Vec<String> = list_rows(&d)
        .iter()
        .map(|&(y, _)| text_at(d.buffer(), a.list.x + 1, y, a.list.width - 2))
        .collect();
    for want in [
        "E Stedendriehoek",
        "I MRA",
        "K Utrecht",
        "L Zwolle",
        "M Zuid",
    ] {
        assert!(rows.iter().any(|r| r.contains(want)), "{want}: {rows:?}");
    }
    assert!(
        rows.iter().all(|r| !r.contains('…')),
        "nothing cut: {rows:?}"
    );
    // The map's title too, where the full name does not fit.
    for _ in 0..4 {
        d.feed(b"j");
    }
    assert!(d.shows("Kaart · Stedendriehoek "), "{:?}", d.screen()[1]);
}
