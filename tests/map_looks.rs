//! Every region looks its own on every map: a colour and a letter, the same in the explorer,
//! the `map` command and the SVG; the colours read on white and on black (WCAG contrast
//! worked out here from the colours' red, green and blue); the `map` command's labels cover
//! no point.

mod cli_support;

use std::collections::{BTreeMap, BTreeSet};

use cli_support::run;
use ratatui::style::Color;
use regioprofielen::cli::{self, Ctx, MapFormat, Style};
use regioprofielen::export::braille::{self, MapStyle, Raster, Scene};
use regioprofielen::geo::Atlas;
use regioprofielen::i18n::Lang;
use regioprofielen::model::Dataset;
use unicode_width::UnicodeWidthStr;

fn data() -> Dataset {
    regioprofielen::load::embedded().expect("the embedded dataset loads")
}

/// xterm's red, green and blue for an entry of its 256-colour cube or grey ramp.
fn xterm(index: u8) -> (u8, u8, u8) {
    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
    match index {
        16..=231 => {
            let i = index - 16;
            (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        232..=255 => {
            let g = 8 + 10 * (index - 232);
            (g, g, g)
        }
        _ => panic!("entry {index} is the terminal theme's, not a fixed colour"),
    }
}

/// `#rrggbb` as red, green and blue.
fn hex(s: &str) -> (u8, u8, u8) {
    let s = s.strip_prefix('#').expect("#rrggbb");
    let at = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).expect("hex digits");
    (at(0), at(2), at(4))
}

/// WCAG 2's relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2's contrast ratio of two colours, from 1 to 21.
fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const WHITE: (u8, u8, u8) = (255, 255, 255);
const BLACK: (u8, u8, u8) = (0, 0, 0);

/// The terminal colour of each region of the data, as red, green and blue.
fn terminal_colours(data: &Dataset) -> Vec<(u8, u8, u8)> {
    let style = MapStyle::color();
    (0..data.regions.len())
        .map(|r| match style.region_color(r) {
            Some(Color::Indexed(i)) => xterm(i),
            other => panic!("region {r}: a fixed 256-colour entry, not {other:?}"),
        })
        .collect()
}

#[test]
fn every_region_colour_has_a_contrast_of_3_to_1_on_white_and_on_black() {
    let data = data();
    for (r, rgb) in terminal_colours(&data).into_iter().enumerate() {
        let (w, b) = (contrast(rgb, WHITE), contrast(rgb, BLACK));
        println!(
            "{:16} #{:02x}{:02x}{:02x}  on white {w:.2}  on black {b:.2}",
            data.regions[r].id, rgb.0, rgb.1, rgb.2
        );
        assert!(w >= 3.0, "{} on white: {w:.2}", data.regions[r].id);
        assert!(b >= 3.0, "{} on black: {b:.2}", data.regions[r].id);
    }
}

#[test]
fn no_two_regions_share_a_colour_and_sign_in_colour_or_a_sign_without() {
    let data = data();
    let n = data.regions.len();
    let colours = terminal_colours(&data);
    let looks: BTreeSet<((u8, u8, u8), char)> = (0..n)
        .map(|r| (colours[r], braille::region_letter(r)))
        .collect();
    assert_eq!(looks.len(), n, "a look each");
    // Each part alone tells them apart too: without colour the letter has to.
    let signs: BTreeSet<char> = (0..n).map(braille::region_letter).collect();
    assert_eq!(signs.len(), n);
    assert_eq!(colours.iter().collect::<BTreeSet<_>>().len(), n);
    // And no region's letter is one of the map's other glyphs.
    for g in [braille::TWO_REGIONS, braille::MATCHED, braille::NO_PROFILE] {
        assert!(signs.iter().all(|s| s.to_string() != g));
    }
}

/// The `map` command's output through the library, in colour or not.
fn map_cmd(data: &Dataset, format: MapFormat, color: bool, region: Option<&str>) -> String {
    let ctx = Ctx {
        data,
        source: None,
        t: Lang::Nl.texts(),
        style: Style { color },
        json: false,
    };
    let command = cli::Command::Map {
        format,
        width: 80,
        region: region.map(str::to_string),
        output: None,
    };
    let mut out = Vec::new();
    cli::run(&ctx, &command, &mut out).expect("map runs");
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn the_svg_gives_each_region_the_explorers_colour_and_letter_on_its_circles_and_legend() {
    let data = data();
    let svg = map_cmd(&data, MapFormat::Svg, false, None);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    let terminal = terminal_colours(&data);
    // The legend: a swatch and a letter per region.
    let mut legend: BTreeMap<String, (String, String)> = BTreeMap::new();
    for g in doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("legend-region"))
    {
        let id = g.attribute("data-region").expect("an id").to_string();
        let fill = g
            .descendants()
            .find(|n| n.has_tag_name("rect"))
            .and_then(|n| n.attribute("fill"))
            .expect("a swatch");
        let letter = g
            .descendants()
            .find(|n| n.attribute("class") == Some("region-letter"))
            .and_then(|n| n.text())
            .expect("a letter");
        legend.insert(id, (fill.to_string(), letter.to_string()));
    }
    assert_eq!(legend.len(), 15);
    let looks: BTreeSet<&(String, String)> = legend.values().collect();
    assert_eq!(looks.len(), 15, "no two alike: {legend:?}");
    for (r, region) in data.regions.iter().enumerate() {
        let (fill, letter) = &legend[&region.id];
        assert_eq!(
            hex(fill),
            terminal[r],
            "{}: the explorer's colour",
            region.id
        );
        assert_eq!(letter, &braille::region_letter(r).to_string());
        let (w, b) = (contrast(hex(fill), WHITE), contrast(hex(fill), BLACK));
        assert!(w >= 3.0 && b >= 3.0, "{}: {w:.2} / {b:.2}", region.id);
    }
    // Each circle in its region's colour, its region's letter on it (white: 3:1 or more).
    let mut circles = 0;
    let nodes: Vec<_> = doc.descendants().filter(|n| n.is_element()).collect();
    for (i, c) in nodes.iter().enumerate() {
        if c.attribute("class") != Some("municipality") {
            continue;
        }
        circles += 1;
        let id = c.attribute("data-region").expect("the circle's region");
        let (fill, letter) = &legend[id];
        assert_eq!(c.attribute("fill"), Some(fill.as_str()));
        let on = nodes[i + 1..]
            .iter()
            .find(|n| n.attribute("class") == Some("region-letter"))
            .expect("a letter after the circle");
        assert_eq!(on.text(), Some(letter.as_str()));
        assert_eq!(on.attribute("fill"), Some("#ffffff"));
    }
    assert!(circles > 100, "{circles}");
    // With the MRA highlighted, Almere (Flevoland and the MRA) shows the MRA's look, ringed in
    // Flevoland's colour.
    let svg = map_cmd(&data, MapFormat::Svg, false, Some("mra"));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    let almere = doc
        .descendants()
        .find(|n| n.attribute("data-name") == Some("Almere"))
        .expect("Almere's circle");
    assert_eq!(almere.attribute("data-region"), Some("mra"));
    assert_eq!(almere.attribute("fill"), Some(legend["mra"].0.as_str()));
    assert_eq!(
        almere.attribute("stroke"),
        Some(legend["flevoland"].0.as_str())
    );
}

#[test]
fn the_map_command_shows_each_region_in_its_colour_and_letter_on_a_terminal() {
    let data = data();
    let text = map_cmd(&data, MapFormat::Text, true, Some("twente"));
    let style = MapStyle::color();
    for (r, region) in data.regions.iter().enumerate() {
        let Some(Color::Indexed(i)) = style.region_color(r) else {
            panic!("a colour");
        };
        let letter = braille::region_letter(r);
        let entry = format!("\x1b[1;38;5;{i}m{letter}\x1b[0m {}", region.name);
        assert!(text.contains(&entry), "the legend has {entry:?}");
    }
    // Twente's points reversed in its colour, the others in theirs.
    assert!(text.contains("\x1b[1;7;38;5;198mC"), "Twente highlighted");
    assert!(text.contains("38;5;27mI"), "the MRA in its colour");
}

#[test]
fn the_map_command_without_a_terminal_gives_letters_alone() {
    let o = run(&["map"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(!text.contains('\x1b'), "no escape codes");
    for (r, region) in data().regions.iter().enumerate() {
        let entry = format!("{} {}", braille::region_letter(r), region.name);
        assert!(text.contains(&entry), "{entry}");
    }
}

#[test]
fn the_map_commands_labels_cover_no_point_at_any_width() {
    let data = data();
    let geo = regioprofielen::geo::embedded().expect("geodata");
    let atlas = Atlas::build(&data, geo);
    for (cols, rows) in [(40, 12), (80, 24), (80, 23), (60, 20), (120, 40), (200, 60)] {
        let raster = Raster::new(&atlas, cols, rows);
        let points: BTreeSet<(u16, u16)> = atlas
            .municipalities
            .iter()
            .map(|m| raster.cell(m.lon, m.lat))
            .collect();
        for r in 0..data.regions.len() {
            let scene = Scene {
                highlight: vec![r],
                label: atlas
                    .middle(&[r])
                    .map(|at| (data.regions[r].short().to_string(), at)),
                matches: Vec::new(),
                area_prefix: braille::APPROX.to_string(),
            };
            for style in [MapStyle::plain(), MapStyle::color()] {
                let plan = braille::plan(&atlas, &raster, &scene, &style);
                let shown: BTreeSet<(u16, u16)> =
                    plan.points.iter().map(|p| (p.col, p.row)).collect();
                assert!(points.is_subset(&shown), "{cols}x{rows}: every point drawn");
                for l in &plan.labels {
                    let w = u16::try_from(l.text.width()).expect("short");
                    assert!(l.col + w <= cols && l.row < rows, "{cols}x{rows}: inside");
                    for x in l.col..l.col + w {
                        assert!(
                            !shown.contains(&(x, l.row)),
                            "{cols}x{rows}, region {r}: {:?} over a point",
                            l.text
                        );
                    }
                }
            }
        }
    }
}
