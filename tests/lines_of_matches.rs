//! Lines of what matched, not of the paragraph: a phrase found in a long paragraph is cited
//! by its own lines (both, where it runs over a line break) in `search --json`, every place
//! of it listed; `b` on the search result highlights those words and names those lines; the
//! Bron view's own search has a hit for each place, stepped through in the document's order.

mod cli_support;
mod tui_support;

use cli_support::{run, stdout};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::drive::Driver;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::View;

/// The lines (1-based) of the document holding `needle`, folded to lower case, across line
/// breaks: found in the document itself, not in the program's answer.
fn lines_of(needle: &str) -> Vec<[u32; 2]> {
    let doc = include_str!("../assets/source.txt");
    let flat: String = doc
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect();
    let lower = flat.to_lowercase();
    let words: Vec<&str> = needle.split_whitespace().collect();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find(words[0]) {
        let start = from + at;
        // The words in order, separated by whitespace only.
        let mut end = start + words[0].len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &lower[end..];
            let gap = rest.len() - rest.trim_start().len();
            if rest.trim_start().starts_with(w) {
                end += gap + w.len();
            } else {
                ok = false;
                break;
            }
        }
        if ok {
            let line = |i: usize| doc[..i].matches('\n').count() as u32 + 1;
            out.push([line(start), line(end - 1)]);
        }
        from = start + 1;
    }
    out
}

#[test]
fn search_json_gives_the_lines_of_the_phrase() {
    let phrase = "cultuureducatie met kwaliteit";
    let expected = lines_of(phrase);
    assert!(expected.len() >= 2, "{expected:?}");
    assert!(
        expected[0][0] < expected[0][1],
        "the first runs over a line break"
    );
    let o = run(&["search", "--json", phrase]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let first = &rows[0];
    assert_eq!(first["match"], "phrase");
    assert_eq!(
        first["lines"],
        serde_json::json!(expected[0]),
        "the phrase's own lines"
    );
    let field = first["field_lines"]
        .as_array()
        .expect("the paragraph's lines");
    assert!(
        field[0].as_u64() < Some(u64::from(expected[0][0])),
        "the paragraph starts earlier"
    );
}

#[test]
fn b_on_a_search_result_highlights_the_words_and_names_their_lines() {
    let phrase = "cultuureducatie met kwaliteit";
    let [first, last] = lines_of(phrase)[0];
    let app = App::with_palette(tui_support::data(), Lang::Nl, Palette::no_color())
        .with_source(Some(regioprofielen::load::embedded_source()));
    let mut d = Driver::new(app, 80, 24);
    d.feed(format!("/{phrase}").as_bytes());
    d.feed(b"\t");
    d.feed(b"b");
    assert_eq!(d.app().view(), View::Source);
    let mark = d.app().bron().mark.clone().expect("a highlight");
    assert_eq!(mark.lines, [first, last]);
    let src = d.app().source().expect("the source");
    // Exactly the words matched, at every place of the phrase in the passage.
    let words: Vec<String> = mark
        .ranges
        .iter()
        .map(|r| src.text()[r.clone()].trim().to_lowercase())
        .collect();
    let every = lines_of(phrase).len();
    let want: Vec<String> = std::iter::repeat_n(phrase.split(' '), every)
        .flatten()
        .map(String::from)
        .collect();
    assert_eq!(words, want);
    assert!(d.shows(&format!("r. {first}–{last}")), "{:#?}", d.screen());
}

#[test]
fn bron_search_has_a_hit_for_every_place_in_document_order() {
    let phrase = "cultuureducatie met kwaliteit";
    let places = lines_of(phrase);
    let app = App::with_palette(tui_support::data(), Lang::Nl, Palette::no_color())
        .with_source(Some(regioprofielen::load::embedded_source()));
    let mut d = Driver::new(app, 80, 24);
    d.feed(format!("5/{phrase}\r").as_bytes());
    let hits: Vec<[u32; 2]> = d.app().bron().find.hits.iter().map(|h| h.lines).collect();
    assert_eq!(hits, places, "a hit for each place, in order");
    let n = places.len();
    assert!(d.shows(&format!("treffer 1 van {n}")), "{:#?}", d.screen());
    d.feed(b"n");
    let at = regioprofielen::source::range_text(places[1]);
    assert!(
        d.shows(&format!("treffer 2 van {n} · r. {at}")),
        "{:#?}",
        d.screen()
    );
    // A word's hits go down the document with n, whatever their rank.
    let mut d = Driver::new(
        App::with_palette(tui_support::data(), Lang::Nl, Palette::no_color())
            .with_source(Some(regioprofielen::load::embedded_source())),
        80,
        24,
    );
    d.feed(b"5/talent\r");
    let firsts: Vec<u32> = d
        .app()
        .bron()
        .find
        .hits
        .iter()
        .map(|h| h.lines[0])
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
    let start = d.app().bron().find.current;
    d.feed(b"n");
    assert_eq!(d.app().bron().find.current, (start + 1) % firsts.len());
}
