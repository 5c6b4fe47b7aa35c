//! The command line answers as much as the explorer does: a bare region name answers with the
//! region, a search hit shows a whole sentence with its lines, and `validate` checks the file
//! `--data` names (`show` of the cover text is in `cli_show_parts.rs`). Through the real
//! binary, in Dutch and English.

mod cli_support;

use cli_support::{err, json, out, run};
use regioprofielen::load;
use regioprofielen::model::{Dataset, PartnerKind};
use regioprofielen::source::{Quote, normalise};

fn data() -> Dataset {
    load::embedded().expect("embedded data")
}

#[test]
fn a_bare_region_name_answers_with_the_region_before_a_partner_of_that_name() {
    let o = run(&["zeeland"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        out(&o),
        "Zeeland is een regio [zeeland] · Samen in Zee (2)\n  \
         Gemeenten: Goes, Middelburg, Terneuzen, Vlissingen\n  \
         Provincie: Zeeland\n  \
         het hele profiel: regioprofielen show zeeland\n\
         Ook een partner heeft die naam: Zeeland (provincie) → Zeeland [zeeland]\n"
    );
    let o = run(&["--lang", "en", "Zeeland"]);
    assert_eq!(
        out(&o),
        "Zeeland is a region [zeeland] · Samen in Zee (2)\n  \
         Municipalities: Goes, Middelburg, Terneuzen, Vlissingen\n  \
         Province: Zeeland\n  \
         the whole profile: regioprofielen show zeeland\n\
         A partner has that name too: Zeeland (province) → Zeeland [zeeland]\n"
    );
    // Two partners of the name, in one line, counted.
    let o = run(&["utrecht"]);
    let text = out(&o);
    assert!(
        text.starts_with("Stedelijke Regio Utrecht is een regio [utrecht] · Eeuwig Jong\n"),
        "{text}"
    );
    assert!(
        text.ends_with(
            "Ook 2 partners hebben die naam: Utrecht (gemeente) → Stedelijke Regio Utrecht \
             [utrecht]; Utrecht (provincie) → Stedelijke Regio Utrecht [utrecht]\n"
        ),
        "{text}"
    );
    // JSON: the region first, then the partner, as `where` gives them.
    let (code, v) = json(&["zeeland", "--json"]);
    assert_eq!(code, Some(0));
    let kinds: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["kind"].as_str().expect("kind"))
        .collect();
    assert_eq!(kinds, ["region", "province"]);
    // `where` still answers the partner first: it asks where a partner is.
    assert_eq!(
        out(&run(&["where", "zeeland"])),
        "Zeeland (provincie) → Zeeland [zeeland]\n"
    );
}

#[test]
fn every_region_answers_a_bare_word_of_its_name_short_name_alias_or_id_with_one_block() {
    let d = data();
    for r in &d.regions {
        let mut words = vec![r.id.clone(), r.name.clone(), r.short().to_string()];
        words.extend(
            r.aliases
                .iter()
                .filter(|a| a.refers_to == r.name)
                .map(|a| a.name.clone()),
        );
        // Case and diacritics do not matter.
        words.push(r.short().to_uppercase());
        for word in words {
            for (lang, is, hint) in [
                ("nl", "is een regio", "het hele profiel"),
                ("en", "is a region", "the whole profile"),
            ] {
                let o = run(&["--lang", lang, &word]);
                assert_eq!(o.status.code(), Some(0), "{word}: {}", err(&o));
                let text = out(&o);
                let first = format!("{} {is} [{}] · {}\n", r.name, r.id, r.profile_title);
                assert!(text.starts_with(&first), "{word} ({lang}): {text}");
                assert!(
                    text.contains(&format!("  {hint}: regioprofielen show {}\n", r.id)),
                    "{word} ({lang}): {text}"
                );
                // Every partner, under its kind.
                for kind in PartnerKind::ALL {
                    for p in r.partners_of(kind) {
                        assert!(text.contains(&p.name), "{word}: {} missing", p.name);
                    }
                }
                // Only this region's block.
                let blocks = text.matches(is).count();
                assert_eq!(blocks, 1, "{word} ({lang}): {text}");
            }
        }
    }
    // A partner's name that is no region's stays the answer of `where`.
    let o = run(&["den", "haag"]);
    assert_eq!(out(&o), "Den Haag (gemeente) → Haaglanden [haaglanden]\n");
}

/// Every text the data quotes, and the theme labels: what a search hit can show whole.
fn field_texts(d: &Dataset) -> Vec<String> {
    let mut all: Vec<String> = Quote::all(d)
        .into_iter()
        .filter_map(|q| q.text(d).map(str::to_string))
        .collect();
    all.extend(
        d.themes
            .iter()
            .flat_map(|t| [t.label.clone(), t.label_en.clone()]),
    );
    all
}

/// Checks each line of `search` output: its lines in the document hold the text shown, which
/// is verbatim, bounded, and a whole sentence (or a whole field) unless cut with "…".
fn assert_sentences(text: &str, line_word: &str, d: &Dataset) {
    let src = load::embedded_source();
    let fields = field_texts(d);
    for line in text.lines() {
        let (who, rest) = line
            .split_once(&format!(" ({line_word} "))
            .unwrap_or_else(|| panic!("no lines: {line}"));
        // A theme's label or an alias is no quote: its lines are those of the quote it
        // stands for (the tag's evidence, the partner's name).
        let label = [" · thema ", " · theme ", " · alias "]
            .iter()
            .any(|f| who.contains(f));
        let (range, shown) = rest.split_once("): ").expect("lines, then the text");
        let (first, last) = range.split_once('–').unwrap_or((range, range));
        let (first, last): (usize, usize) = (first.parse().unwrap(), last.parse().unwrap());
        let cut_start = shown.starts_with('…');
        let cut_end = shown.ends_with('…');
        let words = shown.trim_start_matches('…').trim_end_matches('…');
        assert!(words.chars().count() <= 300, "too long: {line}");
        // The lines hold the text, verbatim.
        let lines: Vec<&str> = (first - 1..last).map(|i| src.line(i)).collect();
        let there = normalise(&lines.join("\n")).text;
        assert!(
            label || there.contains(words),
            "not in lines {range}: {words}"
        );
        if cut_start || cut_end {
            continue;
        }
        let sentence_end = words.ends_with(['.', '!', '?', ';', '’', '”', ')', ':']);
        let whole = fields.iter().any(|f| f == words);
        assert!(sentence_end || whole, "not a whole sentence: {line}");
        // And it starts where a sentence does.
        let starts = fields.iter().any(|f| {
            f.find(words).is_some_and(|at| {
                let before = f[..at].trim_end();
                before.is_empty() || before.ends_with(['.', '!', '?', ';', '’', '”', ')'])
            })
        });
        assert!(starts, "starts mid-sentence: {line}");
    }
}

#[test]
fn a_search_hit_shows_its_lines_and_the_whole_sentence_around_the_match() {
    let d = data();
    let o = run(&["search", "dit", "schuurt", "soms"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        out(&o),
        "Blik op de toekomst · passage 2 (r. 156): Dit schuurt soms.\n"
    );
    let o = run(&["--lang", "en", "search", "dit", "schuurt", "soms"]);
    assert_eq!(
        out(&o),
        "Blik op de toekomst · passage 2 (l. 156): Dit schuurt soms.\n"
    );
    // The sentence of a long paragraph, not a window cut mid-sentence.
    let o = run(&["search", "waardering", "voor", "makers"]);
    let first = out(&o).lines().next().expect("a hit").to_string();
    assert_eq!(
        first,
        "Totstandkoming · passage 7 (r. 43–45): Dat gebeurde in een positieve setting, met \
         waardering voor makers en vanuit een breed draagvlak voor cultuurbeleid."
    );
    for (lang, word) in [("nl", "r."), ("en", "l.")] {
        for q in [
            "makers",
            "publiek",
            "duitsland",
            "erfgoed",
            "overleg",
            "onderzoek",
        ] {
            let o = run(&["--lang", lang, "search", q, "--limit", "30"]);
            assert_eq!(o.status.code(), Some(0), "{q}");
            assert_sentences(&out(&o), word, &d);
        }
    }
    // A sentence longer than 300 characters is cut around the match, marked with "…".
    let o = run(&["search", "interconnectiviteit", "inclusiviteit"]);
    let line = out(&o).lines().next().expect("a hit").to_string();
    assert!(
        line.starts_with("Rotterdam en regio · kernpunt 2 (r. "),
        "{line}"
    );
    assert!(
        line.contains(": …") && line.contains("interconnectiviteit"),
        "{line}"
    );
    // JSON: the snippet, the lines of the words matched and those of the whole field.
    let (_, v) = json(&["search", "--json", "dit", "schuurt", "soms"]);
    assert_eq!(v[0]["lines"], serde_json::json!([156, 156]));
    assert_eq!(v[0]["field_lines"], serde_json::json!([151, 158]));
    assert!(
        v[0]["snippet"]
            .as_str()
            .expect("snippet")
            .contains("Dit schuurt soms.")
    );
}

#[test]
fn validate_checks_the_file_data_names_and_refuses_two_or_none() {
    let dir = tempfile::tempdir().expect("a directory");
    let good = dir.path().join("nieuw.ron");
    std::fs::write(&good, load::EMBEDDED_RON).expect("written");
    let good = good.to_str().expect("utf-8");
    for lang in ["nl", "en"] {
        let own = run(&["--lang", lang, "validate", good]);
        let o = run(&["--lang", lang, "--data", good, "validate"]);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        assert_eq!(out(&o), out(&own), "{lang}");
        assert!(
            out(&o).starts_with(&format!("OK: {good} — ")),
            "{}",
            out(&o)
        );
        // After the command too, and with --json.
        let (code, v) = json(&["--lang", lang, "validate", "--data", good, "--json"]);
        assert_eq!((code, v["valid"].as_bool()), (Some(0), Some(true)));
        assert_eq!(v["file"], good);
    }
    // What --data names is what is checked: a broken file fails with its place.
    let bad = dir.path().join("kapot.ron");
    std::fs::write(&bad, "(\n  title: \"x\",\n  themes: [,\n").expect("written");
    let bad = bad.to_str().expect("utf-8");
    let o = run(&["--data", bad, "validate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("kapot.ron:3:"), "{}", err(&o));
    // Both: a usage error naming both, in the user's language.
    let o = run(&["--data", bad, "validate", good]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        err(&o),
        format!(
            "regioprofielen: validate kreeg twee bestanden, {good} en --data {bad}: geef er één\n"
        )
    );
    assert!(o.stdout.is_empty());
    let o = run(&["--lang", "en", "--data", good, "validate", good]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("validate was given two files") && err(&o).contains("give one"),
        "{}",
        err(&o)
    );
    // Neither.
    let o = run(&["validate"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        err(&o),
        "regioprofielen: validate heeft een bestand nodig: regioprofielen validate BESTAND, of \
         regioprofielen --data BESTAND validate\n"
    );
    let o = run(&["--lang", "en", "validate"]);
    assert!(err(&o).contains("validate needs a file"), "{}", err(&o));
    // The help says so.
    let help = out(&run(&["validate", "--help"]));
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("zonder: het bestand dat --data noemt"),
        "{help}"
    );
    assert!(help.contains("Beide geven is een gebruiksfout"), "{help}");
    let help = out(&run(&["--lang", "en", "validate", "--help"]));
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("without it, the file --data names"), "{help}");
}

#[test]
fn an_english_word_that_finds_nothing_is_offered_in_dutch() {
    let o = run(&["--lang", "en", "search", "germany"]);
    assert_eq!(o.status.code(), Some(1));
    let text = out(&o);
    assert!(text.starts_with("Not found: \"germany\"."), "{text}");
    assert!(
        text.contains("The data is in Dutch: try “Duitsland” (germany)."),
        "{text}"
    );
    // A bare word is asked the same way.
    let o = run(&["--lang", "en", "germany"]);
    assert!(out(&o).contains("“Duitsland” (germany)"), "{}", out(&o));
    // Without a known word: the language is said, in English.
    let o = run(&["--lang", "en", "search", "qqzzqq"]);
    assert!(out(&o).contains("The data is in Dutch: search with Dutch words."));
    let o = run(&["search", "qqzzqq"]);
    assert!(!out(&o).contains("Nederlands"), "{}", out(&o));
    // And the word offered finds something.
    let o = run(&["search", "duitsland"]);
    assert_eq!(o.status.code(), Some(0));
}
