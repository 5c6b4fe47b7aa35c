//! `show` prints a part of the cover text whole and verbatim, each paragraph with its lines,
//! and says what there is, with exit status 2, for a name that fits nothing or several.
//! Through the real binary, in Dutch and English.

mod cli_support;

use cli_support::{json, out, run};
use regioprofielen::load;
use regioprofielen::model::{Dataset, SectionItemKind};
use regioprofielen::source::{Quote, normalise, range_text};

fn data() -> Dataset {
    load::embedded().expect("embedded data")
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
