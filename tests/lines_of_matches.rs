//! Lines of what matched, not of the paragraph: a phrase found in a long paragraph is cited
//! by its own lines (both, where it runs over a line break) in `search --json`, and `b` on
//! the search result highlights those words and names those lines.

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
    let highlighted: String = mark
        .ranges
        .iter()
        .map(|r| {
            src.text()[r.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .next()
        .unwrap_or_default();
    assert_eq!(
        highlighted.to_lowercase(),
        phrase,
        "exactly the words matched"
    );
    assert!(d.shows(&format!("r. {first}–{last}")), "{:#?}", d.screen());
}
