//! The command line answers as much as the explorer does: a bare region name answers with the
//! region, `show` prints a part of the cover text whole with its lines, a search hit shows a
//! whole sentence with its lines, and `validate` checks the file `--data` names. Through the
//! real binary, in Dutch and English.

mod cli_support;

use cli_support::{err, out, run};
use regioprofielen::load;
use regioprofielen::model::{Dataset, PartnerKind, SectionItemKind};
use regioprofielen::source::{Quote, normalise, range_text};

fn data() -> Dataset {
    load::embedded().expect("embedded data")
}

fn json(args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let o = run(args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", out(&o)));
    (o.status.code(), v)
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

/// The lines of quote `q` in the built-in document, as `show` prints them: "586–587".
fn lines_of(q: Quote) -> String {
    let src = load::embedded_source();
    range_text(src.lines(q).expect("the quote is located"))
}

/// The index of the cover-text section with this id.
fn section(d: &Dataset, id: &str) -> usize {
    d.national
        .iter()
        .position(|s| s.id == id)
        .expect("the section")
}

/// Every line of `text` but the tool's own (the lead line of a group), without its line
/// numbers and the document's bullet, stands verbatim in the document; none is numbered.
fn assert_verbatim(text: &str, line_word: &str) {
    let src = load::embedded_source();
    let doc = normalise(src.text()).text;
    for line in text.lines().filter(|l| !l.is_empty()) {
        if line.starts_with("Uit de sectie") || line.starts_with("From the section") {
            continue;
        }
        let (words, lines) = line
            .rsplit_once(&format!(" ({line_word} "))
            .unwrap_or_else(|| panic!("no line numbers: {line}"));
        assert!(lines.ends_with(')'), "{line}");
        let words = words.strip_prefix("• ").unwrap_or(words);
        assert!(doc.contains(words), "not verbatim: {words}");
        assert!(
            !words.starts_with(|c: char| c.is_ascii_digit()),
            "numbered: {line}"
        );
    }
}

#[test]
fn show_prints_a_section_of_the_cover_text_whole_with_its_lines() {
    let d = data();
    let s = section(&d, "vragen-aan-de-raad");
    let sec = &d.national[s];
    for (lang, word) in [("nl", "r."), ("en", "l.")] {
        let mut want = format!("{} ({word} {})\n", sec.heading, lines_of(Quote::Heading(s)));
        for (i, item) in sec.items.iter().enumerate() {
            // The document's own bullets: its questions stand after "• ".
            let first = load::embedded_source()
                .lines(Quote::Item(s, i))
                .expect("located")[0];
            let bullet = load::embedded_source()
                .line(first as usize - 1)
                .starts_with("• ");
            assert_eq!(bullet, item.kind == SectionItemKind::Question);
            let mark = if bullet { "• " } else { "" };
            want += &format!(
                "\n{mark}{} ({word} {})\n",
                item.text,
                lines_of(Quote::Item(s, i))
            );
        }
        for q in [
            "vragen",
            "Vragen aan de Raad",
            "VRAGEN AAN DE RAAD VOOR CULTUUR",
        ] {
            let o = run(&["--lang", lang, "show", q]);
            assert_eq!(o.status.code(), Some(0), "{q}: {}", out(&o));
            assert_eq!(out(&o), want, "{q} ({lang})");
            assert_verbatim(&out(&o), word);
        }
    }
    // Another section, by the beginning of its heading, with its attention points and
    // themes under their bullets and without the explorer's numbers or group labels.
    let o = run(&["show", "blik op de toekomst"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    assert!(
        text.starts_with("Blik op de toekomst (r. 143)\n\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "\n• afstemmen van opdracht overheden aan instellingen in de basisinfrastructuur. \
             (r. 149)\nInstellingen die van verschillende overheden"
        ),
        "{text}"
    );
    assert!(!text.contains("Aandachtspunten 2021-2024") && !text.contains("1. "));
    let sec = &d.national[section(&d, "blik-op-de-toekomst")];
    for item in &sec.items {
        assert!(text.contains(&item.text), "{}", item.text);
    }
    assert_verbatim(&text, "r.");
    // With --json: every item with its lines and the document's mark.
    let (code, v) = json(&["show", "--json", "vragen"]);
    assert_eq!(code, Some(0));
    assert_eq!(v["kind"], "section");
    assert_eq!(v["heading"], "Vragen aan de Raad voor Cultuur");
    assert_eq!(v["items"][0]["marker"], "•");
    assert_eq!(v["items"][0]["lines"], serde_json::json!([240, 244]));
}

#[test]
fn show_prints_the_attention_points_and_the_areas_without_a_profile() {
    let d = data();
    let s = section(&d, "blik-op-de-toekomst");
    let sec = &d.national[s];
    for (lang, q, lead, word) in [
        (
            "nl",
            "aandachtspunten",
            "Uit de sectie “Blik op de toekomst” (r. 143):",
            "r.",
        ),
        (
            "en",
            "attention points",
            "From the section “Blik op de toekomst” (l. 143):",
            "l.",
        ),
    ] {
        let o = run(&["--lang", lang, "show", q]);
        assert_eq!(o.status.code(), Some(0), "{}", out(&o));
        let text = out(&o);
        assert!(text.starts_with(&format!("{lead}\n\n")), "{text}");
        assert_verbatim(&text, word);
        for (i, item) in sec.items.iter().enumerate() {
            let shown = text.contains(&item.text);
            let point = item.kind == SectionItemKind::AttentionPoint;
            // The points, and the paragraph that introduces them; nothing else.
            let intro = item.text.ends_with("de volgende aandachtspunten:");
            assert_eq!(shown, point || intro, "{}", item.text);
            if let (true, Some(h)) = (point, &item.heading) {
                let line = format!("• {h} ({word} {})\n", lines_of(Quote::ItemHeading(s, i)));
                assert!(text.contains(&line), "{line}");
            }
        }
    }
    let area = &d.without_profile[0];
    let want = format!(
        "Uit de sectie “Totstandkoming” (r. 14):\n\n{} (r. {})\n",
        area.text,
        lines_of(Quote::AreaText(0))
    );
    for q in [
        "zonder profiel",
        "gebieden zonder profiel",
        "Schiedam",
        "noord-holland noord",
    ] {
        let o = run(&["show", q]);
        assert_eq!(o.status.code(), Some(0), "{q}");
        assert_eq!(out(&o), want, "{q}");
    }
    let o = run(&["--lang", "en", "show", "areas without a profile"]);
    assert_eq!(
        out(&o),
        format!(
            "From the section “Totstandkoming” (l. 14):\n\n{} (l. 29–31)\n",
            area.text
        )
    );
}

#[test]
fn show_with_an_ambiguous_or_unknown_name_says_what_there_is_and_exits_2() {
    let o = run(&["show", "in"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        out(&o),
        "Meerdere delen van de begeleidende tekst passen bij \"in\":\n  \
         inleiding             Inleiding\n  \
         inhoud-en-reikwijdte  Inhoud en reikwijdte\n"
    );
    let o = run(&["--lang", "en", "show", "in"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        out(&o).starts_with("Several parts of the cover text match \"in\":\n"),
        "{}",
        out(&o)
    );
    let (code, v) = json(&["show", "--json", "in"]);
    assert_eq!(code, Some(2));
    assert_eq!(v["error"], "ambiguous");
    assert_eq!(v["candidates"][1]["id"], "inhoud-en-reikwijdte");
    let parts = "inleiding, totstandkoming, inhoud-en-reikwijdte, blik-op-de-toekomst, \
                 aandachtspunten, kansen-en-themas, vragen-aan-de-raad, zonder-profiel";
    let o = run(&["show", "qqqqqq"]);
    assert_eq!(o.status.code(), Some(2));
    let text = out(&o);
    assert!(
        text.starts_with(
            "Geen regio en geen deel van de begeleidende tekst gevonden voor \"qqqqqq\".\n\
             Regio's: we-the-north, brabantstad,"
        ),
        "{text}"
    );
    assert!(
        text.ends_with(&format!("Delen van de begeleidende tekst: {parts}\n")),
        "{text}"
    );
    let o = run(&["--lang", "en", "show", "qqqqqq"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(out(&o).starts_with("No region and no part of the cover text found for"));
    assert!(out(&o).ends_with(&format!("Parts of the cover text: {parts}\n")));
    // A region's reference still finds the region.
    let (code, v) = json(&["show", "--json", "zeeland"]);
    assert_eq!((code, v["id"].as_str()), (Some(0), Some("zeeland")));
}

#[test]
fn the_help_of_show_names_the_parts_of_the_cover_text() {
    // Wrapped to the terminal's width: compare words.
    let words = |o| -> String { out(&o).split_whitespace().collect::<Vec<_>>().join(" ") };
    let nl = words(run(&["show", "--help"]));
    assert!(nl.contains("een deel van de begeleidende tekst"), "{nl}");
    assert!(
        nl.contains("vragen") && nl.contains("\"zonder profiel\""),
        "{nl}"
    );
    let en = words(run(&["--lang", "en", "show", "--help"]));
    assert!(en.contains("a part of the cover text"), "{en}");
    assert!(
        en.contains("attention points") && en.contains("exit status 2"),
        "{en}"
    );
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
        "Blik op de toekomst · context 2 (r. 156): Dit schuurt soms.\n"
    );
    let o = run(&["--lang", "en", "search", "dit", "schuurt", "soms"]);
    assert_eq!(
        out(&o),
        "Blik op de toekomst · context 2 (l. 156): Dit schuurt soms.\n"
    );
    // The sentence of a long paragraph, not a window cut mid-sentence.
    let o = run(&["search", "waardering", "voor", "makers"]);
    let first = out(&o).lines().next().expect("a hit").to_string();
    assert_eq!(
        first,
        "Totstandkoming · context 7 (r. 43–45): Dat gebeurde in een positieve setting, met \
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
    // JSON stays as it was: the snippet and the field's lines.
    let (_, v) = json(&["search", "--json", "dit", "schuurt", "soms"]);
    assert_eq!(v[0]["lines"], serde_json::json!([151, 158]));
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
