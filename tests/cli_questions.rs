//! The command line as a place to ask: a word that is no command answers as `where` does, or
//! as `search` does when `where` finds nothing; `where` answers a region's own name with the
//! region; `list --theme` takes theme labels as well as ids. Through the real binary.

mod cli_support;

use cli_support::{err, json, out, run};

#[test]
fn a_bare_place_name_answers_as_where() {
    for args in [
        &["Hengelo"][..],
        &["hengelo"],
        &["--lang", "nl", "Hengelo"],
        &["Hengelo", "--lang", "nl"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", err(&o));
        assert_eq!(
            out(&o),
            out(&run(&["where", "Hengelo"])),
            "{args:?} answers as where"
        );
        assert!(out(&o).contains("Hengelo (gemeente) → Twente [twente]"));
        assert!(err(&o).is_empty(), "{}", err(&o));
    }
    let o = run(&["den", "bosch"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).contains("BrabantStad"), "{}", out(&o));
    // Options after the word are options, not words.
    let (code, v) = json(&["Almere", "--json"]);
    assert_eq!(code, Some(0));
    let regions: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["region_id"].as_str().expect("id"))
        .collect();
    assert_eq!(regions, ["flevoland", "mra"]);
    let o = run(&["--lang", "en", "Almere"]);
    assert!(out(&o).contains("Almere (municipality)"), "{}", out(&o));
}

#[test]
fn a_bare_region_name_answers_with_the_region_and_no_hint_of_a_command() {
    for word in ["twente", "Twente", "TWENTE"] {
        let o = run(&[word]);
        assert_eq!(o.status.code(), Some(0), "{word}: {}", err(&o));
        let text = out(&o);
        assert!(
            text.starts_with("Twente is een regio [twente] · Ruimte voor verbeelding\n"),
            "{text}"
        );
        assert!(text.contains("regioprofielen show twente"), "{text}");
        let all = format!("{text}{}", err(&o));
        assert!(
            !all.contains("subcommand") && !all.contains("'where'"),
            "{all}"
        );
    }
}

#[test]
fn where_answers_a_region_with_the_region() {
    let o = run(&["where", "Twente"]);
    assert_eq!(o.status.code(), Some(0), "{}", out(&o));
    assert!(out(&o).contains("Twente is een regio [twente]"));
    let o = run(&["--lang", "en", "where", "zeeland"]);
    assert_eq!(o.status.code(), Some(0));
    // Zeeland is a province too: the partner answers, as before.
    assert!(
        out(&o).contains("Zeeland (province) → Zeeland [zeeland]"),
        "{}",
        out(&o)
    );
    let (code, v) = json(&["where", "--json", "mra"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        v,
        serde_json::json!([{
            "partner": "Metropoolregio Amsterdam (MRA)", "kind": "region",
            "region_id": "mra", "region": "Metropoolregio Amsterdam (MRA)",
        }])
    );
    let (_, v) = json(&["where", "--json", "Hengelo"]);
    assert_eq!(v[0]["kind"], "municipality");
    let (_, v) = json(&["where", "--json", "Schiedam"]);
    assert!(v[0]["kind"].is_null() && v[0]["region_id"].is_null());
    // Closest names include the regions' names.
    let o = run(&["where", "Twentee"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(out(&o).contains("Bedoelde je: Twente"), "{}", out(&o));
}

#[test]
fn a_bare_word_that_names_nothing_is_searched() {
    let o = run(&["station", "noord"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let text = out(&o);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Geen gemeente, partner of regio met die naam; de zoekresultaten:")
    );
    let searched = out(&run(&["search", "station", "noord"]));
    assert_eq!(lines.collect::<Vec<_>>().join("\n") + "\n", searched);
    let o = run(&["--lang", "en", "wereldmagazijn"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).starts_with("No municipality, partner or region of that name"));
    assert!(out(&o).contains("Leiden"), "{}", out(&o));
    // JSON: the search's rows.
    let (code, v) = json(&["wereldmagazijn", "--json"]);
    assert_eq!(code, Some(0));
    assert_eq!(v[0]["region_id"], "leiden");
}

#[test]
fn a_bare_word_that_finds_nothing_exits_1_and_may_name_the_command_meant() {
    let o = run(&["qzxv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out(&o).starts_with("Niet gevonden: \"qzxv\"."),
        "{}",
        out(&o)
    );
    let o = run(&["serach", "qzxv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        out(&o).contains("Of bedoelde je het commando regioprofielen search?"),
        "{}",
        out(&o)
    );
    let o = run(&["--lang", "en", "lsit"]);
    assert!(out(&o).contains("Or did you mean the command regioprofielen list?"));
    // A word without letters or digits is no question.
    let o = run(&["!!"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("geef een naam"), "{}", err(&o));
}

#[test]
fn help_as_a_word_is_the_help() {
    assert_eq!(out(&run(&["help"])), out(&run(&["--help"])));
    assert_eq!(
        out(&run(&["help", "where"])),
        out(&run(&["where", "--help"]))
    );
    assert_eq!(run(&["help", "where"]).status.code(), Some(0));
}

/// The ids of the regions `list --json` gives for these arguments.
fn listed(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--json"];
    all.extend_from_slice(args);
    let (code, v) = json(&all);
    assert_eq!(code, Some(0), "{args:?}");
    v.as_array()
        .expect("array")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn list_theme_takes_ids_and_labels_in_both_languages_folded() {
    let by_id = listed(&["--theme", "internationaal"]);
    assert_eq!(by_id.len(), 8, "{by_id:?}");
    for theme in [
        "Internationalisering",
        "internationalisering",
        "INTERNATIONALISERING",
        "Internationalisation",
        "intern",
    ] {
        assert_eq!(listed(&["--theme", theme]), by_id, "{theme}");
    }
    assert_eq!(
        listed(&[
            "--theme",
            "Erfgoed, identiteit en verhalen",
            "--theme",
            "intern"
        ]),
        listed(&["--theme", "erfgoed", "--theme", "internationaal"])
    );
    assert_eq!(
        listed(&["--theme", "leefomgeving landschap en natuur"]),
        listed(&["--theme", "leefomgeving"])
    );
}

#[test]
fn a_theme_near_a_label_is_offered_and_a_short_beginning_is_refused() {
    let o = run(&["list", "--theme", "Internationalsering"]);
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(
        e.contains("Onbekend thema \"Internationalsering\". Bedoelde je: Internationalisering (internationaal)?"),
        "{e}"
    );
    assert!(e.contains("onderwijs, talent, makers"), "{e}");
    let o = run(&["--lang", "en", "list", "--theme", "heritige"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains(
            "Unknown theme \"heritige\". Did you mean: Heritage, identity and stories (erfgoed)?"
        ),
        "{}",
        err(&o)
    );
    // "pr" is too short to pick one; "pres" is presentatie's beginning alone.
    assert_eq!(run(&["list", "--theme", "pr"]).status.code(), Some(2));
    assert_eq!(
        listed(&["--theme", "pres"]),
        listed(&["--theme", "presentatie"])
    );
}
