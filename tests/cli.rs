//! Every subcommand through the real binary: exit codes, output, JSON shapes.

mod cli_support;

use std::collections::BTreeSet;
use std::process::Command;

use cli_support::{run, stderr, stdout};
use regioprofielen::load;
use regioprofielen::model::{Dataset, PartnerKind};

fn json(args: &[&str]) -> (i32, serde_json::Value) {
    let o = run(args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", stdout(&o)));
    (o.status.code().unwrap_or(-1), v)
}

fn data() -> Dataset {
    load::embedded().expect("embedded data")
}

fn ids(v: &serde_json::Value, key: &str) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x[key].as_str().expect("string id").to_string())
        .collect()
}

#[test]
fn no_subcommand_without_a_terminal_explains_and_exits_2() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("regioprofielen list"), "{}", stderr(&o));
}

#[test]
fn where_hengelo_answers_twente() {
    let o = run(&["where", "Hengelo"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Twente"), "{}", stdout(&o));
}

#[test]
fn list_shows_all_regions_in_document_order() {
    let d = data();
    let (code, v) = json(&["list", "--json"]);
    assert_eq!(code, 0);
    let want: Vec<String> = d.regions.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids(&v, "id"), want);
    assert_eq!(want.len(), 15);
    let first = &v[0];
    assert_eq!(first["partner_count"], d.regions[0].partners.len());
    assert!(first["themes"].is_array());
    let text = stdout(&run(&["list"]));
    for r in &d.regions {
        assert!(text.contains(&r.name), "{} missing", r.name);
    }
}

#[test]
fn list_theme_filters_all_and_any() {
    let d = data();
    let has = |i: usize, t: &str| d.regions[i].has_theme(t);
    let (code, all) = json(&[
        "list",
        "--json",
        "--theme",
        "erfgoed",
        "--theme",
        "internationaal",
    ]);
    assert_eq!(code, 0);
    let want_all: Vec<String> = (0..d.regions.len())
        .filter(|&i| has(i, "erfgoed") && has(i, "internationaal"))
        .map(|i| d.regions[i].id.clone())
        .collect();
    assert_eq!(ids(&all, "id"), want_all);
    let (_, any) = json(&[
        "list",
        "--json",
        "--any",
        "--theme",
        "erfgoed",
        "--theme",
        "internationaal",
    ]);
    let want_any: Vec<String> = (0..d.regions.len())
        .filter(|&i| has(i, "erfgoed") || has(i, "internationaal"))
        .map(|i| d.regions[i].id.clone())
        .collect();
    assert_eq!(ids(&any, "id"), want_any);
    assert!(want_all.len() < want_any.len());
}

#[test]
fn list_route_oost_gives_the_five() {
    let (_, v) = json(&["list", "--json", "--route-oost"]);
    assert_eq!(
        ids(&v, "id"),
        [
            "twente",
            "stedendriehoek",
            "arnhem-nijmegen",
            "ede-wageningen",
            "zwolle"
        ]
    );
}

#[test]
fn list_with_an_unknown_theme_is_a_usage_error() {
    let o = run(&["list", "--theme", "sport"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sport"));
    assert!(stderr(&o).contains("erfgoed"), "lists the valid ids");
}

#[test]
fn show_by_id_name_prefix_alias_and_partner() {
    for (q, id) in [
        ("twente", "twente"),
        ("Stedelijke Regio Utrecht", "utrecht"),
        ("zwol", "zwolle"),
        ("MRA", "mra"),
        ("Metropoolregio Amsterdam", "mra"),
        ("Zuid-Limburg", "zuid"),
        ("enschede", "twente"),
        ("arnhem", "arnhem-nijmegen"),
        ("brabant", "brabantstad"),
    ] {
        let (code, v) = json(&["show", q, "--json"]);
        assert_eq!(code, 0, "{q}");
        assert_eq!(v["id"], id, "{q}");
    }
}

#[test]
fn show_prints_the_whole_profile() {
    let d = data();
    let r = d.region("arnhem-nijmegen").unwrap();
    let text = stdout(&run(&["show", "arnhem-nijmegen"]));
    assert!(text.contains(&r.profile_title));
    for k in &r.key_points {
        assert!(text.contains(&k.text), "key point missing: {}", k.text);
    }
    for t in &r.themes {
        assert!(text.contains(&t.evidence));
    }
    for n in &r.notes {
        assert!(text.contains(&n.text));
    }
    assert!(text.contains("Onderdeel van ROUTE OOST"));
}

#[test]
fn show_marks_municipalities_in_two_regions() {
    let text = stdout(&run(&["show", "flevoland"]));
    assert!(
        text.contains("Almere (ook Metropoolregio Amsterdam (MRA))"),
        "{text}"
    );
    assert!(
        text.contains("Urk (ook Stedelijke Cultuurregio Zwolle)"),
        "{text}"
    );
}

#[test]
fn show_ambiguous_lists_candidates_and_exits_2() {
    let o = run(&["show", "cultuurregio"]);
    assert_eq!(o.status.code(), Some(2));
    let text = stdout(&o);
    assert!(
        text.contains("flevoland") && text.contains("stedendriehoek"),
        "{text}"
    );
    let (code, v) = json(&["show", "--json", "cultuurregio"]);
    assert_eq!(code, 2);
    assert_eq!(v["error"], "ambiguous");
    assert!(v["candidates"].as_array().unwrap().len() >= 2);
}

#[test]
fn show_not_found_exits_2() {
    let o = run(&["show", "qqqqqq"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("Geen regio en geen deel van de begeleidende tekst gevonden"));
}

#[test]
fn where_every_municipality_returns_its_regions() {
    let d = data();
    let mut names = BTreeSet::new();
    for r in &d.regions {
        for p in r.partners_of(PartnerKind::Municipality) {
            names.insert(p.name.clone());
        }
    }
    assert!(names.len() > 100, "{}", names.len());
    for name in names {
        let want: BTreeSet<String> = d
            .regions
            .iter()
            .filter(|r| r.partners.iter().any(|p| p.name == name))
            .map(|r| r.id.clone())
            .collect();
        // Lower case and without diacritics, as users type.
        let typed = regioprofielen::text::fold(&name);
        for q in [name.as_str(), typed.as_str()] {
            let (code, v) = json(&["where", "--json", q]);
            assert_eq!(code, 0, "{q}");
            let got: BTreeSet<String> = ids(&v, "region_id").into_iter().collect();
            assert_eq!(got, want, "{q}");
            assert!(v.as_array().unwrap().iter().all(|x| x["partner"] == name));
        }
    }
}

#[test]
fn where_two_regions_for_the_overlapping_municipalities() {
    for (name, a, b) in [
        ("almere", "flevoland", "mra"),
        ("lelystad", "flevoland", "mra"),
        ("dronten", "flevoland", "zwolle"),
        ("noordoostpolder", "flevoland", "zwolle"),
        ("urk", "flevoland", "zwolle"),
    ] {
        let (_, v) = json(&["where", "--json", name]);
        assert_eq!(ids(&v, "region_id"), [a, b], "{name}");
    }
}

#[test]
fn where_exact_name_answers_alone() {
    let (_, v) = json(&["where", "--json", "ede"]);
    assert_eq!(ids(&v, "region_id"), ["ede-wageningen"]);
    assert_eq!(v[0]["partner"], "Ede");
}

#[test]
fn where_understands_aliases_and_spelling_variants() {
    for q in [
        "Den Bosch",
        "den bosch",
        "s-hertogenbosch",
        "’s-Hertogenbosch",
        "'s Hertogenbosch",
    ] {
        let (code, v) = json(&["where", "--json", q]);
        assert_eq!(code, 0, "{q}");
        assert_eq!(ids(&v, "region_id"), ["brabantstad"], "{q}");
        assert_eq!(v[0]["partner"], "’s-Hertogenbosch");
    }
    // Unquoted words are joined.
    let o = run(&["where", "den", "bosch"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("BrabantStad"));
}

#[test]
fn where_areas_without_profile_say_so() {
    for q in ["Schiedam", "noord-holland noord", "Midden en Noord-Limburg"] {
        let (code, v) = json(&["where", "--json", q]);
        assert_eq!(code, 0, "{q}");
        assert_eq!(v.as_array().unwrap().len(), 1);
        assert!(v[0]["region_id"].is_null());
        assert!(v[0]["region"].is_null());
        let text = stdout(&run(&["where", q]));
        assert!(text.contains("nog geen profiel"), "{text}");
    }
}

#[test]
fn where_unknown_is_not_found_with_closest_names() {
    let o = run(&["where", "Amsterdm"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("Niet gevonden"), "{text}");
    assert!(text.contains("Amsterdam"), "{text}");
    let (code, v) = json(&["where", "--json", "Nergenshuizen"]);
    assert_eq!(code, 1);
    assert_eq!(v, serde_json::json!([]));
}

#[test]
fn themes_counts_regions_per_theme() {
    let d = data();
    let (code, v) = json(&["themes", "--json"]);
    assert_eq!(code, 0);
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 12);
    for (t, row) in d.themes.iter().zip(arr) {
        let n = d.regions.iter().filter(|r| r.has_theme(&t.id)).count();
        assert_eq!(row["id"], t.id.as_str());
        assert_eq!(row["regions"], n, "{}", t.id);
    }
    assert!(stdout(&run(&["themes"])).contains("Internationalisering"));
}

#[test]
fn matrix_in_every_format() {
    let d = data();
    let (code, v) = json(&["matrix", "--format", "json"]);
    assert_eq!(code, 0);
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), d.regions.len());
    for (r, row) in d.regions.iter().zip(rows) {
        assert_eq!(row["region_id"], r.id.as_str());
        let got: Vec<&str> = row["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        let want: Vec<&str> = r.theme_ids(&d.themes).collect();
        assert_eq!(got, want);
    }
    assert_eq!(json(&["matrix", "--json"]).1, v, "--json is --format json");

    let csv_text = stdout(&run(&["matrix", "--format", "csv"]));
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let header = rdr.headers().unwrap().clone();
    assert_eq!(&header[0], "region_id");
    assert_eq!(header.len(), 2 + 12 + 1);
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(recs.len(), 15);
    let twente = recs.iter().find(|r| &r[0] == "twente").unwrap();
    let total: usize = twente[14].parse().unwrap();
    assert_eq!(total, d.region("twente").unwrap().themes.len());

    let md = stdout(&run(&["matrix", "--format", "md"]));
    assert_eq!(
        md.lines().filter(|l| l.starts_with('|')).count(),
        2 + 15 + 1
    );
    let text = stdout(&run(&["matrix"]));
    assert!(
        text.lines().all(|l| l.chars().count() <= 80),
        "fits 80 columns:\n{text}"
    );
}

#[test]
fn export_json_uses_the_ron_field_names_and_round_trips() {
    let d = data();
    let (code, v) = json(&["export", "--format", "json"]);
    assert_eq!(code, 0);
    let r0 = &v["regions"][0];
    for key in [
        "id",
        "name",
        "profile_title",
        "partners",
        "route_oost",
        "key_points",
        "notes",
    ] {
        assert!(!r0[key].is_null(), "regions[].{key}");
    }
    assert!(r0["partners"][0]["name"].is_string());
    assert_eq!(r0["partners"][0]["kind"], "municipality");
    assert!(r0["themes"][0]["theme"].is_string());
    assert!(r0["themes"][0]["evidence"].is_string());
    assert!(r0["themes"][0]["source"].is_string());
    for key in ["themes", "national", "without_profile"] {
        assert!(v[key].is_array(), "{key}");
    }
    let back: Dataset = serde_json::from_value(v).expect("json round trip");
    assert_eq!(back, d);
    assert_eq!(
        json(&["export", "--json"]).1["regions"][0]["id"],
        "we-the-north"
    );
}

#[test]
fn export_ron_round_trips_and_md_csv_are_complete() {
    let d = data();
    let ron_text = stdout(&run(&["export", "--format", "ron"]));
    assert_eq!(load::from_str(&ron_text, "export.ron").expect("loads"), d);

    let md = stdout(&run(&["export", "--format", "md"]));
    for r in &d.regions {
        assert!(md.contains(&format!("## {}", r.name)));
    }
    for s in &d.national {
        assert!(md.contains(&s.heading));
    }
    let csv_text = stdout(&run(&["export", "--format", "csv"]));
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(rdr.records().count(), 15);
    assert_eq!(
        run(&["export"]).status.code(),
        Some(2),
        "a format is required"
    );
}

#[test]
fn export_to_a_file_writes_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("regio.json");
    let o = run(&["export", "--format", "json", "-o", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let written = std::fs::read(&path).unwrap();
    assert_eq!(written, run(&["export", "--format", "json"]).stdout);
    // Only the file itself remains: no temporary file left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    let bad = run(&["export", "--format", "md", "-o", "/nonexistent/dir/x.md"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn validate_good_and_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.ron");
    std::fs::write(&good, load::EMBEDDED_RON).unwrap();
    let o = run(&["validate", good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("OK"));
    assert!(stdout(&o).contains("15 regio's"));

    let bad = dir.path().join("bad.ron");
    let broken = load::EMBEDDED_RON
        .replacen("id: \"brabantstad\"", "id: \"we-the-north\"", 1)
        .replacen("(theme: \"erfgoed\"", "(theme: \"sport\"", 1);
    std::fs::write(&bad, broken).unwrap();
    let o = run(&["validate", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("regio we-the-north (#2), id: dubbel id \"we-the-north\" (ook #1)"),
        "{err}"
    );
    assert!(err.contains("onbekend thema \"sport\""), "{err}");

    let syntax = dir.path().join("syntax.ron");
    std::fs::write(&syntax, "(\n  title: \"x\",\n  themes: [,\n").unwrap();
    let o = run(&["validate", syntax.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("syntax.ron:3:"), "{}", stderr(&o));
}

#[test]
fn data_flag_loads_another_file_or_fails_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.ron");
    let text = load::EMBEDDED_RON.replace("name: \"Twente\"", "name: \"Twente (bijgewerkt)\"");
    std::fs::write(&small, text).unwrap();
    let (code, v) = json(&[
        "--data",
        small.to_str().unwrap(),
        "show",
        "twente",
        "--json",
    ]);
    assert_eq!(code, 0);
    assert_eq!(v["name"], "Twente (bijgewerkt)");
    let missing = run(&["--data", "/nonexistent.ron", "list"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent.ron"));
}

#[test]
fn escape_sequences_in_a_data_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let evil = dir.path().join("evil.ron");
    let text = load::EMBEDDED_RON.replace(
        "name: \"Twente\"",
        "name: \"Twente\\u{1b}]52;c;aGFjaw==\\u{7}\\u{1b}[2J\"",
    );
    std::fs::write(&evil, text).unwrap();
    for args in [
        vec!["list"],
        vec!["show", "twente"],
        vec!["where", "hengelo"],
        vec!["export", "--format", "md"],
    ] {
        let mut all = vec!["--data", evil.to_str().unwrap()];
        all.extend(args.iter());
        let o = run(&all);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(!o.stdout.contains(&0x1b), "{args:?} leaked ESC");
        assert!(!o.stdout.contains(&0x07), "{args:?} leaked BEL");
    }
}

#[test]
fn no_colour_codes_when_not_a_terminal() {
    for args in [
        &["list"][..],
        &["show", "zuid"],
        &["where", "urk"],
        &["themes"],
        &["matrix"],
    ] {
        let o = run(args);
        assert!(!o.stdout.contains(&0x1b), "{args:?}");
    }
}

#[test]
fn compare_cli_text_and_json() {
    let d = data();
    let (code, v) = json(&["compare", "twente", "zeeland", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(v["regions"], serde_json::json!(["twente", "zeeland"]));
    let t = d.region("twente").unwrap();
    let z = d.region("zeeland").unwrap();
    let shared: Vec<&str> = t
        .theme_ids(&d.themes)
        .filter(|id| z.has_theme(id))
        .collect();
    assert_eq!(v["shared"], serde_json::json!(shared));
    let only_t: Vec<&str> = t
        .theme_ids(&d.themes)
        .filter(|id| !z.has_theme(id))
        .collect();
    assert_eq!(v["only"]["twente"], serde_json::json!(only_t));
    let text = stdout(&run(&["compare", "twente", "zeeland"]));
    assert!(text.contains("Gedeelde thema's"));
    assert_eq!(run(&["compare", "twente"]).status.code(), Some(2));
    assert_eq!(run(&["compare", "twente", "twente"]).status.code(), Some(2));
    assert_eq!(run(&["compare", "twente", "qqqqq"]).status.code(), Some(1));
}

#[test]
fn english_interface() {
    let text = stdout(&run(&["--lang", "en", "show", "twente"]));
    assert!(text.contains("Key points"), "{text}");
    assert!(text.contains("Part of ROUTE OOST"));
    // The data stays Dutch.
    assert!(text.contains("Ruimte voor verbeelding"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_regioprofielen"))
        .args(["export", "--format", "md"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 16];
    out.read_exact(&mut buf).unwrap();
    drop(out);
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code() == Some(0), "{status:?} {err}");
}

#[test]
fn search_cli_ranks_and_reports_positions() {
    let (code, v) = json(&["search", "--json", "den", "bosch"]);
    assert_eq!(code, 0);
    let rows = v.as_array().unwrap();
    assert_eq!(rows[0]["region_id"], "brabantstad");
    for row in rows {
        for key in [
            "region_id",
            "region",
            "field",
            "snippet",
            "score",
            "positions",
        ] {
            assert!(row.get(key).is_some(), "{key} missing in {row}");
        }
        let snippet = row["snippet"].as_str().unwrap();
        for p in row["positions"].as_array().unwrap() {
            let (a, b) = (
                p[0].as_u64().unwrap() as usize,
                p[1].as_u64().unwrap() as usize,
            );
            assert!(a < b && b <= snippet.len());
            assert!(snippet.is_char_boundary(a) && snippet.is_char_boundary(b));
        }
    }
    let (_, v) = json(&["search", "--json", "--limit", "2", "internationalisering"]);
    assert_eq!(v.as_array().unwrap().len(), 2);
    let (_, v) = json(&["search", "--json", "geintensiveerd"]);
    assert!(v[0]["region_id"].is_null(), "national context hit: {v}");
    let o = run(&["search", "qzvxqzvx"]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&run(&["search", "hengelo"]));
    assert!(text.starts_with("Twente · partner"), "{text}");
}
