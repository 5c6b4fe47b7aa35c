//! Answers a user repeats in a meeting: each lookup below once ranked a weak hit first or
//! found nothing. Checked in the engine, through the real binary (`search --json`) and in
//! the explorer (the first row, `Enter`, the highlighted cells).

mod tui_support;

use std::collections::BTreeSet;
use std::process::Command;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use regioprofielen::i18n::Lang;
use regioprofielen::search::{Field, Hit, Index, Tier};
use regioprofielen::text::fold;
use regioprofielen::tui::App;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::search::ResultRow;
use regioprofielen::tui::view::View;
use tui_support::*;

fn index() -> (regioprofielen::model::Dataset, Index) {
    let d = data();
    let i = Index::build(&d);
    (d, i)
}

/// What a hit is: `region:ID`, `section:ID` or `area:NAME`.
fn what(d: &regioprofielen::model::Dataset, h: &Hit) -> String {
    match (h.region, h.section, h.field) {
        (Some(r), _, _) => format!("region:{}", d.regions[r].id),
        (None, Some(s), _) => format!("section:{}", d.national[s].id),
        (None, None, Field::WithoutProfileName(i) | Field::WithoutProfileText(i)) => {
            format!("area:{}", d.without_profile[i].name)
        }
        _ => "?".into(),
    }
}

fn highlighted(h: &Hit) -> Vec<&str> {
    h.positions.iter().map(|&(a, b)| &h.snippet[a..b]).collect()
}

fn route_oost(d: &regioprofielen::model::Dataset) -> BTreeSet<String> {
    d.regions
        .iter()
        .filter(|r| r.route_oost)
        .map(|r| format!("region:{}", r.id))
        .collect()
}

#[test]
fn route_oost_gives_exactly_its_five_regions_first() {
    let (d, idx) = index();
    let hits = idx.search("route oost", 20);
    let first: BTreeSet<String> = hits.iter().take(5).map(|h| what(&d, h)).collect();
    assert_eq!(first, route_oost(&d));
    assert_eq!(first.len(), 5);
    assert!(hits[..5].iter().all(|h| h.field == Field::RouteOost));
    // Each word of the phrase, not the space between.
    assert_eq!(highlighted(&hits[0]), ["ROUTE", "OOST"]);
}

#[test]
fn the_heading_of_the_questions_comes_before_regions_with_the_words_apart() {
    let (d, idx) = index();
    let hits = idx.search("raad voor cultuur", 10);
    assert_eq!(what(&d, &hits[0]), "section:vragen-aan-de-raad");
    assert_eq!(
        (hits[0].field, hits[0].tier),
        (Field::NationalHeading, Tier::Phrase)
    );
    // "raad" is a word of the data: no region is found through "Raalte" any more.
    assert!(hits.iter().all(|h| !h.snippet.contains("Raalte")));
}

#[test]
fn geen_profiel_gives_the_areas_without_a_profile() {
    let (d, idx) = index();
    let hits = idx.search("geen profiel", 2);
    assert_eq!(
        hits.iter().map(|h| what(&d, h)).collect::<Vec<_>>(),
        ["area:Schiedam", "area:Noord-Holland Noord"]
    );
    let all = idx.search("geen profiel", 3);
    assert_eq!(what(&d, &all[2]), "area:Midden en Noord-Limburg");
}

#[test]
fn a_shared_sentence_counts_for_the_region_it_names_nearest_clearly() {
    let (d, idx) = index();
    for (query, want) in [
        ("talenthubs", "brabantstad"),
        ("station noord", "we-the-north"),
        ("hybride productiehuis", "zwolle"),
    ] {
        let hits = idx.search(query, 20);
        assert_eq!(what(&d, &hits[0]), format!("region:{want}"), "{query}");
        // The other regions the sentence names come clearly later, in the same tier.
        let next = hits[1..]
            .iter()
            .find(|h| h.region.is_some())
            .expect("another region");
        assert_eq!(next.tier, hits[0].tier, "{query}");
        assert!(
            hits[0].score - next.score >= 8 * 20,
            "{query}: not clearly first"
        );
    }
}

#[test]
fn word_forms_find_the_other_forms_below_whole_words() {
    let (d, idx) = index();
    let hits = idx.search("museum", 10);
    assert_eq!(what(&d, &hits[0]), "region:leiden");
    assert_eq!(hits[0].tier, Tier::Form);
    assert_eq!(highlighted(&hits[0]), ["museale"]);
    for (a, b) in [
        ("gemeente", "gemeenten"),
        ("collectie", "collecties"),
        ("regio", "regio's"),
    ] {
        // Each form finds every text where the other stands as a whole word.
        let all = |q: &str| -> BTreeSet<String> {
            idx.search(q, 500).iter().map(|h| what(&d, h)).collect()
        };
        let whole = |q: &str| -> BTreeSet<String> {
            let hits = idx.search(q, 500);
            hits.iter()
                .filter(|h| h.tier == Tier::Whole)
                .map(|h| what(&d, h))
                .collect()
        };
        assert!(!whole(a).is_empty() || !whole(b).is_empty(), "{a} / {b}");
        assert!(whole(b).is_subset(&all(a)), "{a} misses texts with {b}");
        assert!(whole(a).is_subset(&all(b)), "{b} misses texts with {a}");
    }
    // A whole word beats another form of it: "collecties" stands in Leiden's text, and
    // where a text has only "collectie" it comes after.
    let hits = idx.search("collecties", 20);
    assert_eq!(hits[0].tier, Tier::Whole);
    assert!(hits.windows(2).all(|w| w[0].tier >= w[1].tier));
}

#[test]
fn words_written_together_or_apart() {
    let (d, idx) = index();
    for (query, want, hl) in [
        ("denhaag", "region:haaglanden", vec!["Den", "Haag"]),
        ("denbosch", "region:brabantstad", vec!["Den", "Bosch"]),
        ("noordholland", "region:mra", vec!["Noord", "Holland"]),
        ("den haag", "region:haaglanden", vec!["Den", "Haag"]),
        (
            "wethenorth",
            "region:we-the-north",
            vec!["We", "The", "North"],
        ),
    ] {
        let hits = idx.search(query, 10);
        assert_eq!(what(&d, &hits[0]), want, "{query}");
        assert_eq!(highlighted(&hits[0]), hl, "{query}");
    }
    assert_eq!(idx.search("den haag", 1)[0].tier, Tier::Phrase);
}

#[test]
fn typos_only_where_nothing_better_exists() {
    let (d, idx) = index();
    // "haag" is a whole word of the data: Haaksbergen and Haarlem are no typos of it here.
    let hits = idx.search("den haag", 50);
    let names: Vec<String> = hits.iter().map(|h| h.snippet.clone()).collect();
    assert!(
        hits.iter()
            .all(|h| !h.snippet.contains("Haaksbergen") && !h.snippet.contains("Haarlem")),
        "{names:?}"
    );
    // A typo with nothing better still finds its name.
    let hits = idx.search("enschde", 5);
    assert_eq!(
        (what(&d, &hits[0]).as_str(), hits[0].tier),
        ("region:twente", Tier::Typo)
    );
    // No hit of a word that has whole or prefix hits is a typo or fuzzy hit.
    for q in ["haag", "raad", "almere", "zwolle", "erfgoed", "hengelo"] {
        let hits = idx.search(q, 500);
        assert!(hits.iter().all(|h| h.tier >= Tier::Form), "{q}");
    }
}

#[test]
fn provincie_limburg_puts_zuid_first() {
    let (d, idx) = index();
    let hits = idx.search("provincie limburg", 5);
    assert_eq!(what(&d, &hits[0]), "region:zuid");
    assert_eq!(
        (hits[0].field.name(), hits[0].tier),
        ("partner", Tier::Phrase)
    );
    assert_eq!(highlighted(&hits[0]), ["provincie", "Limburg"]);
    let hits = idx.search("gemeente hengelo", 5);
    assert_eq!(what(&d, &hits[0]), "region:twente");
}

#[test]
fn nothing_found_offers_the_closest_words() {
    let (_, idx) = index();
    assert!(idx.search("wereldmagazjin", 5).is_empty());
    let s = idx.suggest("wereldmagazjin");
    assert_eq!(s.len(), 1);
    assert_eq!(
        s[0].closest.first().map(String::as_str),
        Some("wereldmagazijn")
    );
}

// --- the command line ---------------------------------------------------------------------

fn search_json(args: &[&str]) -> (i32, serde_json::Value) {
    let o = Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .arg("search")
        .args(args)
        .arg("--json")
        .output()
        .expect("binary runs");
    let v = serde_json::from_slice(&o.stdout).expect("JSON");
    (o.status.code().unwrap_or(-1), v)
}

fn json_what(row: &serde_json::Value) -> String {
    if let Some(id) = row["region_id"].as_str() {
        return format!("region:{id}");
    }
    if let Some(id) = row["section"].as_str() {
        return format!("section:{id}");
    }
    format!("area:{}", row["area"].as_str().unwrap_or("?"))
}

#[test]
fn the_table_through_the_command_line() {
    let d = data();
    let (code, v) = search_json(&["route", "oost", "--limit", "5"]);
    assert_eq!(code, 0);
    let five: BTreeSet<String> = v.as_array().expect("rows").iter().map(json_what).collect();
    assert_eq!(five, route_oost(&d));
    for (args, want) in [
        (
            vec!["raad", "voor", "cultuur"],
            "section:vragen-aan-de-raad",
        ),
        (vec!["geen", "profiel", "--limit", "2"], "area:Schiedam"),
        (vec!["talenthubs"], "region:brabantstad"),
        (vec!["museum"], "region:leiden"),
        (vec!["denhaag"], "region:haaglanden"),
        (vec!["den", "haag"], "region:haaglanden"),
        (vec!["provincie", "limburg"], "region:zuid"),
    ] {
        let (code, v) = search_json(&args);
        assert_eq!(code, 0, "{args:?}");
        assert_eq!(json_what(&v[0]), want, "{args:?}");
        // Every highlight covers a part of the snippet on character boundaries.
        let snippet = v[0]["snippet"].as_str().expect("snippet");
        for p in v[0]["positions"].as_array().expect("positions") {
            let (a, b) = (
                p[0].as_u64().unwrap() as usize,
                p[1].as_u64().unwrap() as usize,
            );
            assert!(snippet.get(a..b).is_some_and(|s| !s.is_empty()), "{args:?}");
        }
    }
    let (_, v) = search_json(&["geen", "profiel", "--limit", "2"]);
    assert_eq!(json_what(&v[1]), "area:Noord-Holland Noord");
    let (_, v) = search_json(&["museum"]);
    assert_eq!(v[0]["match"], "form");
}

#[test]
fn nothing_found_on_the_command_line_says_so_with_the_closest_words() {
    let o = Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .args(["search", "wereldmagazjin"])
        .output()
        .expect("binary runs");
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Bedoelde je: wereldmagazijn"), "{out}");
    let o = Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .args(["search", "wereldmagazijn", "hengelo", "--lang", "en"])
        .output()
        .expect("binary runs");
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("no result holds them all"), "{out}");
}

// --- the explorer -------------------------------------------------------------------------

fn coloured(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::color());
    tui_support::resize(&mut a, w, h);
    a
}

/// The cells of the screen that show `text` highlighted: (x, y) of each, in `area` only.
fn highlighted_cells(app: &App, area: ratatui::layout::Rect) -> String {
    let b = backend(app);
    let buf = b.buffer();
    let mut out = String::new();
    for y in area.y..area.y + area.height {
        let mut run = String::new();
        for x in area.x..area.x + area.width {
            let cell = &buf[(x, y)];
            if cell.fg == Color::Yellow {
                run.push_str(cell.symbol());
            } else if !run.is_empty() {
                out.push_str(&run);
                out.push('|');
                run.clear();
            }
        }
        if !run.is_empty() {
            out.push_str(&run);
            out.push('|');
        }
    }
    out
}

fn searched(query: &str) -> App {
    let mut a = coloured(100, 30);
    ch(&mut a, '/');
    type_text(&mut a, query);
    a
}

#[test]
fn the_table_in_the_explorer_first_rows_and_enter() {
    let a = searched("route oost");
    let rows = a.list_rows();
    let first: BTreeSet<String> = rows[..5]
        .iter()
        .map(|r| match r {
            ResultRow::Region(i) => format!("region:{}", a.data().regions[*i].id),
            ResultRow::National(_) => "national".into(),
        })
        .collect();
    assert_eq!(first, route_oost(a.data()));

    let mut a = searched("raad voor cultuur");
    assert_eq!(a.selected_row(), ResultRow::National(0));
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Context);
    assert_eq!(a.data().national[a.section()].id, "vragen-aan-de-raad");

    for (query, id) in [
        ("talenthubs", "brabantstad"),
        ("museum", "leiden"),
        ("denhaag", "haaglanden"),
        ("den haag", "haaglanden"),
        ("provincie limburg", "zuid"),
    ] {
        let mut a = searched(query);
        assert_eq!(a.selected_region(), Some(region(&a, id)), "{query}");
        press(&mut a, KeyCode::Enter);
        assert_eq!(
            (a.view(), a.selected_region()),
            (View::Profiles, Some(region(&a, id)))
        );
    }
}

#[test]
fn highlights_in_the_explorer_cover_exactly_what_matched() {
    // A word form: the word, whole, in the row and in the opened profile.
    let mut a = searched("museum");
    assert!(highlighted_cells(&a, a.areas().regions).contains("museale|"));
    press(&mut a, KeyCode::Enter);
    assert_eq!(highlighted_cells(&a, a.areas().detail), "museale|");
    // Written together: both words, not the space between.
    let mut a = searched("denhaag");
    press(&mut a, KeyCode::Enter);
    assert_eq!(highlighted_cells(&a, a.areas().detail), "Den|Haag|");
    // A partner found by its kind: the name in the list of partners, and the word in the
    // heading of its kind.
    let mut a = searched("provincie limburg");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        highlighted_cells(&a, a.areas().detail),
        "Provincie|Limburg|"
    );
    // A prefix of a partner: only the letters typed, not the whole name.
    let mut a = searched("hengel");
    press(&mut a, KeyCode::Enter);
    assert_eq!(highlighted_cells(&a, a.areas().detail), "Hengel|");
    // ROUTE OOST as a fact of the region.
    let mut a = searched("route oost");
    press(&mut a, KeyCode::Enter);
    let detail = highlighted_cells(&a, a.areas().detail);
    assert!(detail.starts_with("ROUTE|OOST|"), "{detail}");
}

#[test]
fn nothing_found_in_the_explorer_offers_the_closest_words() {
    let a = searched("wereldmagazjin");
    assert!(a.list_rows().is_empty());
    assert!(shows(&a, "niets gevonden"));
    assert!(shows(&a, "Bedoelde je:"));
    assert!(shows(&a, "wereldmagazijn"));
    assert!(shows(&a, "Niets gevonden voor “wereldmagazjin”."));
    // The word typed is folded the way the data is: the suggestion is a word of the data.
    assert_eq!(fold("wereldmagazijn"), "wereldmagazijn");
}
