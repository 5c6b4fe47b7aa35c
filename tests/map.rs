//! The map's geodata and the `map` command: every partner municipality placed where it
//! belongs, namesakes kept out, the municipalities in two regions, and the SVG, JSON and text
//! the command writes.

mod cli_support;

use std::collections::{BTreeMap, BTreeSet};

use cli_support::run;
use geo::{Contains, Distance, Haversine, LineString, Point, Polygon};
use regioprofielen::cli::{self, Ctx, MapFormat, Style};
use regioprofielen::geo::{Atlas, GeoData};
use regioprofielen::i18n::Lang;
use regioprofielen::model::{Dataset, PartnerKind};

fn data() -> Dataset {
    regioprofielen::load::embedded().expect("the embedded dataset loads")
}

fn geodata() -> &'static GeoData {
    regioprofielen::geo::embedded().expect("the embedded geodata load")
}

/// The `map` command's output, through the library (stdout is no terminal: no colour).
fn map_cmd(data: &Dataset, format: MapFormat, region: Option<&str>) -> String {
    let ctx = Ctx {
        data,
        source: None,
        t: Lang::Nl.texts(),
        style: Style::plain(),
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

/// Every municipality partner of the data, with the ids of the regions that name it.
fn municipalities(data: &Dataset) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in &data.regions {
        for p in r.partners_of(PartnerKind::Municipality) {
            out.entry(p.name.clone()).or_default().push(r.id.clone());
        }
    }
    out
}

#[test]
fn every_partner_municipality_is_inside_the_outline_and_near_its_region() {
    let data = data();
    let atlas = Atlas::build(&data, geodata());
    assert!(
        atlas.unplaced.is_empty(),
        "no point for {:?}",
        atlas.unplaced
    );
    assert_eq!(atlas.municipalities.len(), municipalities(&data).len());
    let land: Vec<Polygon> = atlas
        .outline
        .iter()
        .map(|ring| Polygon::new(LineString::from(ring.clone()), vec![]))
        .collect();
    for m in &atlas.municipalities {
        let p = Point::new(m.lon, m.lat);
        assert!(
            land.iter().any(|l| l.contains(&p)),
            "{} ({}) lies outside the outline",
            m.name,
            m.town
        );
        for &r in &m.regions {
            let (lon, lat) = atlas
                .middle(&[r])
                .expect("a region with points has a middle");
            let km = Haversine.distance(p, Point::new(lon, lat)) / 1000.0;
            assert!(
                km < 80.0,
                "{} is {km:.0} km from the middle of {}",
                m.name,
                data.regions[r].id
            );
        }
    }
}

#[test]
fn hengelo_is_the_one_in_overijssel_and_laren_the_one_in_north_holland() {
    let g = geodata();
    let at = |name: &str| {
        g.places
            .iter()
            .find(|p| p.municipality == name)
            .expect("placed")
    };
    let (hengelo, enschede) = (at("Hengelo"), at("Enschede"));
    assert_eq!(hengelo.province, "Overijssel");
    let km = Haversine.distance(
        Point::new(hengelo.lon, hengelo.lat),
        Point::new(enschede.lon, enschede.lat),
    ) / 1000.0;
    assert!(km < 12.0, "Hengelo is {km:.0} km from Enschede");
    assert_eq!(at("Laren").province, "North Holland");
    assert_eq!(at("Rijswijk").province, "South Holland");
}

#[test]
fn the_municipalities_in_two_regions_are_the_five_known_ones() {
    let data = data();
    let atlas = Atlas::build(&data, geodata());
    let two: BTreeMap<&str, Vec<&str>> = atlas
        .municipalities
        .iter()
        .filter(|m| m.regions.len() > 1)
        .map(|m| {
            (
                m.name.as_str(),
                m.regions
                    .iter()
                    .map(|&r| data.regions[r].id.as_str())
                    .collect(),
            )
        })
        .collect();
    let want: BTreeMap<&str, Vec<&str>> = [
        ("Almere", vec!["flevoland", "mra"]),
        ("Lelystad", vec!["flevoland", "mra"]),
        ("Dronten", vec!["flevoland", "zwolle"]),
        ("Noordoostpolder", vec!["flevoland", "zwolle"]),
        ("Urk", vec!["flevoland", "zwolle"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(two, want);
}

#[test]
fn the_areas_without_a_profile_are_placed_where_they_lie() {
    let data = data();
    let atlas = Atlas::build(&data, geodata());
    let names: Vec<&str> = atlas.areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        ["Schiedam", "Noord-Holland Noord", "Midden en Noord-Limburg"]
    );
    let at = |n: &str| atlas.areas.iter().find(|a| a.name == n).expect("an area");
    // North of Amsterdam, in the south-east, and beside Rotterdam.
    assert!(at("Noord-Holland Noord").lat > 52.5);
    assert!(at("Midden en Noord-Limburg").lat < 51.6 && at("Midden en Noord-Limburg").lon > 5.6);
    let rotterdam = atlas
        .municipalities
        .iter()
        .find(|m| m.name == "Rotterdam")
        .expect("placed");
    let s = at("Schiedam");
    let km = Haversine.distance(
        Point::new(s.lon, s.lat),
        Point::new(rotterdam.lon, rotterdam.lat),
    ) / 1000.0;
    assert!(km < 10.0);
}

#[test]
fn the_svg_parses_with_one_circle_per_municipality_and_a_legend_entry_per_region() {
    let data = data();
    let svg = map_cmd(&data, MapFormat::Svg, None);
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let mut circles = BTreeSet::new();
    for c in root.descendants().filter(|n| n.has_tag_name("circle")) {
        assert_eq!(c.attribute("class"), Some("municipality"));
        assert!(
            circles.insert(c.attribute("data-name").expect("named").to_string()),
            "one circle each"
        );
    }
    let legend: Vec<String> = root
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("legend-region"))
        .map(|n| n.attribute("data-region").expect("a region id").to_string())
        .collect();
    let texts: String = root
        .descendants()
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n");
    let want: BTreeSet<String> = municipalities(&data).into_keys().collect();
    assert_eq!(circles, want);
    let ids: Vec<String> = data.regions.iter().map(|r| r.id.clone()).collect();
    assert_eq!(legend, ids);
    for needed in [
        "Natural Earth",
        "GeoNames (CC BY 4.0)",
        "ROUTE OOST",
        "Noord-Holland Noord",
    ] {
        assert!(texts.contains(needed), "the SVG says {needed}");
    }
}

#[test]
fn map_json_covers_every_municipality() {
    let o = run(&["map", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let rows = v.as_array().expect("an array");
    let mut got: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in rows {
        let obj = row.as_object().expect("objects");
        let keys: BTreeSet<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            BTreeSet::from(["municipality", "region_ids", "lat", "lon"])
        );
        let (lat, lon) = (
            row["lat"].as_f64().expect("lat"),
            row["lon"].as_f64().expect("lon"),
        );
        assert!((50.7..53.6).contains(&lat) && (3.3..7.3).contains(&lon));
        let ids = row["region_ids"].as_array().expect("ids").iter();
        let ids = ids
            .map(|i| i.as_str().expect("an id").to_string())
            .collect();
        got.insert(
            row["municipality"].as_str().expect("a name").to_string(),
            ids,
        );
    }
    assert_eq!(got, municipalities(&data()));
    // `--format json` is the same.
    assert_eq!(run(&["map", "--format", "json"]).stdout, o.stdout);
}

#[test]
fn the_text_map_fits_its_width_highlights_a_region_and_names_its_sources() {
    let data = data();
    let plain = map_cmd(&data, MapFormat::Text, None);
    let twente = map_cmd(&data, MapFormat::Text, Some("twente"));
    for text in [&plain, &twente] {
        assert!(
            text.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80)
        );
        assert!(text.contains("Natural Earth") && text.contains("GeoNames (CC BY 4.0)"));
        assert!(text.contains("≈Noord-Holland Noord"));
        assert!(
            text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
            "Braille"
        );
    }
    // Without a region every region's letter shows; with one, only its letter and its name.
    let map_part = |t: &str| t.split("\n\n").next().unwrap_or_default().to_string();
    assert!(map_part(&plain).contains('I') && map_part(&plain).contains('C'));
    let lit = map_part(&twente);
    assert!(lit.contains("Twente") && lit.contains('C') && !lit.contains('I'));
    assert!(twente.contains("C Twente ◆ ‹"));
}

#[test]
fn map_arguments_are_checked() {
    let o = run(&["map", "--width", "5"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a width out of range is a usage error"
    );
    let o = run(&["map", "--region", "atlantis"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Geen regio gevonden"));
    let o = run(&["map", "--format", "png"]);
    assert_eq!(o.status.code(), Some(2));
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("kaart.svg");
    let o = run(&[
        "map",
        "--format",
        "svg",
        "-o",
        path.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let svg = std::fs::read_to_string(&path).expect("the file is written");
    assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
    let o = run(&[
        "map",
        "--format",
        "svg",
        "-o",
        dir.path().join("no/such/dir.svg").to_str().expect("utf-8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
}
