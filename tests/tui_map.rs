//! The Kaart view: what it draws at the sizes people use, with and without colour, and how
//! its keys act (the list drives the map; `o`, Space, Enter, `e` and the search).

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::effect::Effect;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

/// The map at this size, on the region with this id, in colour or not.
fn map_at(w: u16, h: u16, id: &str, color: bool) -> App {
    let palette = if color {
        Palette::color()
    } else {
        Palette::no_color()
    };
    let mut a = App::with_palette(data(), Lang::Nl, palette);
    tui_support::resize(&mut a, w, h);
    ch(&mut a, '6');
    let r = region(&a, id);
    while a.selected_region() != Some(r) {
        ch(&mut a, 'j');
    }
    a
}

/// The cells of the map's canvas that show this text's first character, as (column, row).
fn cells_with(a: &App, glyph: &str) -> Vec<(u16, u16)> {
    let b = backend(a);
    let canvas = a.areas().map.canvas;
    let mut out = Vec::new();
    for y in canvas.top()..canvas.bottom() {
        for x in canvas.left()..canvas.right() {
            if b.buffer()[(x, y)].symbol() == glyph {
                out.push((x, y));
            }
        }
    }
    out
}

/// A screen cell: column, row.
type Cell = (u16, u16);

/// The screen cells of the municipalities of `regions`, and of the others (apart from cells
/// the two share).
fn dot_cells(a: &App, regions: &[usize]) -> (Vec<Cell>, Vec<Cell>) {
    let state = a.map_state();
    let (atlas, raster) = (
        state.atlas.as_ref().expect("an atlas"),
        state.raster.as_ref().expect("a raster"),
    );
    let canvas = a.areas().map.canvas;
    let (mut lit, mut rest) = (Vec::new(), Vec::new());
    for m in &atlas.municipalities {
        let (c, r) = raster.cell(m.lon, m.lat);
        let at = (canvas.x + c, canvas.y + r);
        if m.regions.iter().any(|r| regions.contains(r)) {
            lit.push(at);
        } else {
            rest.push(at);
        }
    }
    rest.retain(|c| !lit.contains(c));
    (lit, rest)
}

#[test]
fn map_80x24_no_color() {
    assert_snapshot!(render(&map_at(80, 24, "twente", false)));
}

#[test]
fn map_80x24_color() {
    assert_snapshot!(render(&map_at(80, 24, "twente", true)));
}

#[test]
fn map_120x40_no_color() {
    assert_snapshot!(render(&map_at(120, 40, "mra", false)));
}

#[test]
fn map_120x40_color() {
    assert_snapshot!(render(&map_at(120, 40, "mra", true)));
}

#[test]
fn the_tab_says_six_and_six_opens_the_map() {
    let mut a = sized(80, 24);
    assert!(screen(&a)[0].contains(" 6 Kaart "));
    ch(&mut a, '6');
    assert_eq!((a.view(), a.focus()), (View::Map, Focus::MapList));
    ch(&mut a, '5');
    assert_eq!(a.view(), View::Source, "5 is the source document");
}

#[test]
fn at_80x24_every_region_is_listed_and_the_map_keeps_room() {
    let a = map_at(80, 24, "we-the-north", false);
    let m = a.areas().map;
    assert!(!m.strip);
    assert!(
        m.canvas.width >= 36 && m.canvas.height >= 20,
        "{:?}",
        m.canvas
    );
    for r in &a.data().regions {
        assert!(shows(&a, &r.name), "{} is listed", r.name);
    }
    assert!(shows(&a, "Natural Earth · GeoNames (CC BY 4.0)"));
}

#[test]
fn a_narrow_terminal_collapses_the_list_to_a_strip_before_the_map_shrinks() {
    let a = map_at(60, 30, "twente", false);
    let m = a.areas().map;
    assert!(m.strip);
    assert_eq!(m.list.width, regioprofielen::tui::layout::STRIP_WIDTH);
    // The selected region's name is in the map's title instead.
    assert!(shows(&a, "Kaart · Twente"));
}

#[test]
fn the_list_drives_the_map() {
    let mut a = map_at(120, 40, "twente", false);
    assert!(shows(&a, "Kaart · Twente"));
    // Twente's fourteen municipalities are strong (bold, reversed); others are dimmed.
    let b = backend(&a);
    let (lit, rest) = dot_cells(&a, &[region(&a, "twente")]);
    assert!(lit.len() >= 8, "{lit:?}");
    for (x, y) in lit {
        assert_eq!(b.buffer()[(x, y)].symbol(), "C");
        assert!(b.buffer()[(x, y)].modifier.contains(Modifier::REVERSED));
    }
    for (x, y) in rest {
        assert!(b.buffer()[(x, y)].modifier.contains(Modifier::DIM));
    }
    ch(&mut a, 'j');
    assert!(shows(&a, "Kaart · Cultuurregio Flevoland"));
    // The two-region municipalities stand out by their own glyph.
    assert!(cells_with(&a, "◐").len() >= 4);
}

#[test]
fn o_shows_route_oost_as_a_group() {
    let mut a = map_at(120, 40, "we-the-north", false);
    ch(&mut a, 'o');
    assert!(shows(&a, "Kaart · ROUTE OOST"));
    let ids: Vec<&str> = a
        .map_highlight()
        .iter()
        .map(|&r| a.data().regions[r].id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "twente",
            "stedendriehoek",
            "arnhem-nijmegen",
            "ede-wageningen",
            "zwolle"
        ]
    );
    let b = backend(&a);
    let group = a.map_highlight();
    let (lit, rest) = dot_cells(&a, &group);
    assert!(lit.len() > 30);
    for (x, y) in lit {
        assert!(
            b.buffer()[(x, y)].modifier.contains(Modifier::REVERSED),
            "({x}, {y})"
        );
    }
    for (x, y) in rest {
        assert!(
            b.buffer()[(x, y)].modifier.contains(Modifier::DIM),
            "({x}, {y})"
        );
    }
    ch(&mut a, 'o');
    assert!(shows(&a, "Kaart · We The North"));
    // The matrix keeps its own grouping.
    ch(&mut a, '2');
    assert!(!a.matrix_rows().is_empty());
}

#[test]
fn enter_opens_the_profile_and_space_marks() {
    let mut a = map_at(80, 24, "zwolle", false);
    ch(&mut a, ' ');
    assert!(a.is_marked(region(&a, "zwolle")));
    press(&mut a, KeyCode::Enter);
    assert_eq!((a.view(), a.focus()), (View::Profiles, Focus::Detail));
    assert_eq!(a.selected_region(), Some(region(&a, "zwolle")));
}

#[test]
fn a_search_highlights_the_municipalities_it_matched() {
    let mut a = map_at(120, 40, "we-the-north", true);
    ch(&mut a, '/');
    assert_eq!(a.view(), View::Map, "the search stays on the map");
    type_text(&mut a, "hengelo");
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.view(), View::Map);
    assert_eq!(a.selected_region(), Some(region(&a, "twente")));
    let atlas = a.map_state().atlas.clone().expect("an atlas");
    let names: Vec<&str> = a
        .map_matches(&atlas)
        .iter()
        .map(|&i| atlas.municipalities[i].name.as_str())
        .collect();
    assert_eq!(names, ["Hengelo"]);
    assert_eq!(cells_with(&a, "◉").len(), 1);
    assert!(shows(&a, "Hengelo"), "the match is named on the map");
}

#[test]
fn e_saves_the_map_as_svg() {
    let mut a = map_at(80, 24, "twente", false);
    ch(&mut a, 'e');
    let effects = a.take_effects();
    let [Effect::Export { path, markdown }] = effects.as_slice() else {
        panic!("one export: {effects:?}");
    };
    assert_eq!(path.to_str(), Some("kaart-twente.svg"));
    assert!(markdown.starts_with("<?xml") && markdown.contains("GeoNames (CC BY 4.0)"));
    assert!(markdown.contains("Twente ◆ (uitgelicht)"));
}

#[test]
fn english_names_the_view_map() {
    let mut a = in_lang(Lang::En, 80, 24);
    ch(&mut a, '6');
    assert!(screen(&a)[0].contains(" 6 Map "));
    assert!(shows(&a, "Map · We The North"));
}

#[test]
fn the_outline_is_rasterised_once_per_size() {
    let mut a = map_at(100, 30, "twente", false);
    let first = a.map_state().raster.clone().expect("a raster");
    ch(&mut a, 'j');
    assert_eq!(
        a.map_state().raster.as_ref(),
        Some(&first),
        "moving keeps it"
    );
    tui_support::resize(&mut a, 120, 40);
    let second = a.map_state().raster.clone().expect("a raster");
    assert_ne!((second.cols, second.rows), (first.cols, first.rows));
    assert_eq!(
        (second.cols, second.rows),
        (a.areas().map.canvas.width, a.areas().map.canvas.height)
    );
}

#[test]
fn any_size_draws_without_panic() {
    for w in (1..=200).step_by(13) {
        for h in (1..=60).step_by(7) {
            let mut a = sized(w, h);
            ch(&mut a, '6');
            ch(&mut a, 'o');
            let _ = render(&a);
        }
    }
}

#[test]
fn other_data_without_points_still_draw_and_say_what_is_missing() {
    // Generated regions name municipalities the geodata do not know, and more regions than
    // there are letters.
    let data = regioprofielen::r#gen::generate(60, 7);
    let mut a = App::with_palette(data, Lang::Nl, Palette::no_color());
    tui_support::resize(&mut a, 120, 60);
    ch(&mut a, '6');
    let atlas = a.map_state().atlas.clone().expect("an atlas");
    assert!(!atlas.unplaced.is_empty());
    for _ in 0..59 {
        ch(&mut a, 'j');
    }
    let _ = render(&a);
    assert!(shows(&a, "geen punt op de kaart"));
    // Also where the list leaves no room for the legend.
    tui_support::resize(&mut a, 60, 20);
    assert!(a.areas().map.legend.is_empty());
    assert!(
        shows(&a, "partnergemeenten hebben"),
        "cut to the map's width"
    );
}
