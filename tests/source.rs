//! Where every quote stands in the source document: computed at build time for the embedded
//! data, and the same at load time; each range holds exactly its quote.

use regioprofielen::load;
use regioprofielen::source::{Quote, Source, normalise};

mod source_support;

use source_support::{SOURCE, collapse, dataset};

/// The source text normalised the fidelity test's way, for a slice of it.
fn normalised(s: &str) -> String {
    normalise(s).text
}

#[test]
fn every_quote_of_the_embedded_data_is_located_and_its_range_holds_exactly_it() {
    let d = dataset();
    let source = load::embedded_source();
    let all = Quote::all(&d);
    assert_eq!(source.places().len(), all.len(), "every quote has a place");
    let mut failures = Vec::new();
    for q in all {
        let text = q.text(&d).expect("a quote of the data");
        let Some(p) = source.place(q) else {
            failures.push(format!("{q:?}: not located"));
            continue;
        };
        let slice = &SOURCE[p.range()];
        if normalised(slice) != text {
            failures.push(format!("{q:?}: {slice:?} is not {text:?}"));
        }
        // The lines are those of the first and last character.
        let line = |b: usize| SOURCE[..b].matches('\n').count() as u32 + 1;
        if [line(p.range().start), line(p.range().end - 1)] != p.lines() {
            failures.push(format!("{q:?}: lines {:?}", p.lines()));
        }
        assert_eq!(collapse(text), text);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_build_time_places_are_what_the_loader_computes() {
    let d = dataset();
    let (runtime, missing) = Source::locate("x", SOURCE, &d);
    assert!(missing.is_empty(), "{missing:?}");
    assert_eq!(runtime.places(), load::embedded_source().places());
}

#[test]
fn a_quote_that_occurs_more_than_once_gets_the_one_in_its_own_block() {
    let d = dataset();
    let s = load::embedded_source();
    let r = |id: &str| d.region_index(id).expect(id);
    let partner = |id: &str, name: &str, kind| {
        let region = &d.regions[r(id)];
        let i = region
            .partners
            .iter()
            .position(|p| p.name == name && p.kind == kind)
            .expect(name);
        s.lines(Quote::Partner(r(id), i)).expect("located")
    };
    use regioprofielen::model::PartnerKind::{Municipality, Province};
    // "Groningen" is a municipality and, two lines on, a province of We The North.
    assert_eq!(
        partner("we-the-north", "Groningen", Municipality),
        [280, 280]
    );
    assert_eq!(partner("we-the-north", "Groningen", Province), [284, 284]);
    // Leiden is the region's name, in its title, and its one partner.
    assert_eq!(s.lines(Quote::Name(r("leiden"))), Some([888, 888]));
    assert_eq!(partner("leiden", "Leiden", Municipality), [894, 894]);
    // Ede in the row of Ede-Wageningen, not in the region's name.
    assert_eq!(partner("ede-wageningen", "Ede", Municipality), [566, 566]);
    // A word broken at a line end.
    assert_eq!(
        partner("mra", "Haarlemmerliede-Spaarnwoude", Municipality),
        [618, 620]
    );
    // The cover text's sentence about three regions, quoted by each as a note: the same place.
    let note = |id: &str| {
        let region = &d.regions[r(id)];
        let i = region
            .notes
            .iter()
            .position(|n| n.text.starts_with("In Brabantstad"))
            .expect("the note");
        s.place(Quote::Note(r(id), i)).expect("located")
    };
    assert_eq!(note("brabantstad"), note("zwolle"));
    assert_eq!(note("brabantstad").lines(), [170, 172]);
    // An evidence quote stands inside the field it is taken from.
    let zuid = &d.regions[r("zuid")];
    let tag = zuid
        .themes
        .iter()
        .position(|t| t.theme == "samenwerking")
        .expect("tagged");
    let ev = s.place(Quote::Evidence(r("zuid"), tag)).expect("located");
    let field = s.place(Quote::PartnerNote(r("zuid"), 0)).expect("located");
    assert!(field.start <= ev.start && ev.end <= field.end);
}

#[test]
fn the_route_oost_words_stand_in_the_rows_of_the_five() {
    let d = dataset();
    let s = load::embedded_source();
    let lines: Vec<[u32; 2]> = d
        .regions
        .iter()
        .enumerate()
        .filter(|(_, r)| r.route_oost)
        .map(|(i, _)| s.lines(Quote::RouteOost(i)).expect("located"))
        .collect();
    assert_eq!(
        lines,
        [[386, 386], [453, 453], [497, 497], [570, 570], [807, 807]]
    );
}

#[test]
fn the_document_is_searched_with_the_engine_and_hits_map_back_to_its_lines() {
    let s = load::embedded_source();
    let passages = regioprofielen::source::Passages::build(&s);
    let hits = passages.search(&s, "station noord");
    let first = hits.first().expect("a hit");
    assert_eq!(first.lines, [171, 171]);
    let words: Vec<&str> = first.ranges.iter().map(|r| &SOURCE[r.clone()]).collect();
    assert_eq!(words, ["Station", "Noord"]);
    // A word broken over two lines of the table is found whole, its parts on both lines.
    let hits = passages.search(&s, "haarlemmerliede-spaarnwoude");
    let first = hits.first().expect("a hit");
    assert_eq!(first.lines, [618, 620]);
    let text: String = first.ranges.iter().map(|r| &SOURCE[r.clone()]).collect();
    assert!(
        text.starts_with("Haarlemmerliede-") && text.ends_with("Spaarnwoude"),
        "{text:?}"
    );
    // What the data leaves out is searched too: the table's header.
    let hits = passages.search(&s, "samenwerkingsverband");
    assert!(hits.iter().any(|h| h.lines == [266, 266]), "{hits:?}");
    assert!(passages.search(&s, "qqqzzz").is_empty());
    assert!(passages.search(&s, "  ").is_empty());
}

#[test]
fn a_changed_word_is_a_problem_naming_region_field_and_the_closest_passage() {
    let mut d = dataset();
    let twente = d.region_index("twente").expect("twente");
    let kp = &mut d.regions[twente].key_points[1].text;
    assert!(kp.contains("natuurlijke relatie"));
    *kp = kp.replace("natuurlijke relatie", "natuurlijke band");
    let Err(load::LoadError::Invalid { problems, .. }) =
        load::with_source(d, "kopie.ron", "bron.txt", SOURCE.to_string())
    else {
        panic!("a changed word must not load");
    };
    let texts: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    // The evidence quote taken from the key point no longer stands in it; the key point is
    // not in the source, and the closest passage shows the word it had.
    assert_eq!(problems.len(), 2, "{texts:#?}");
    assert_eq!(
        texts[0],
        "regio twente, themes[3].evidence: citaat staat niet in key_points"
    );
    assert_eq!(problems[1].region.as_deref(), Some("twente"));
    assert_eq!(problems[1].field, "key_points[1].text");
    assert!(
        texts[1].contains("staat niet letterlijk in bron.txt")
            && texts[1].contains("(r. 394–400, 24 van 25 woorden gelijk)")
            && texts[1].contains("de natuurlijke relatie met Duitsland"),
        "{}",
        texts[1]
    );
}
