//! Fuzzing in `cargo test`, with proptest for a bounded number of cases each run: the loader
//! on the real data file broken in every way a hand or a tool breaks a file, and the query
//! path (search, `show`, `where`, the explorer's search field) on any text at all. Each case
//! checks what the outcome must be, not only that nothing panicked.

use proptest::prelude::*;
use regioprofielen::cli::{self, Command, Ctx, Outcome, Style};
use regioprofielen::i18n::Lang;
use regioprofielen::load::{self, EMBEDDED_RON, LoadError};
use regioprofielen::model::Dataset;
use regioprofielen::search::Index;

/// Pieces that matter to the parser and the checks: structure, names of fields, escapes,
/// control and direction characters, a byte order mark, numbers out of range.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    "r#\"",
    "\"#",
    "\\",
    "\\u{1b}",
    "\\u{0}",
    "\u{202e}",
    "\u{feff}",
    "\0",
    "\u{1b}[2J",
    "None",
    "Some(",
    "true",
    "1e999",
    "18446744073709551616",
    "-",
    "regions: []",
    "themes: []",
    "id: \"twente\"",
    "theme: \"sport\"",
    "kind: bullet",
    "kind: telepathy",
    "#![enable(implicit_some)]",
    "/*",
    "*/",
    "//",
    "\n",
    " ",
    "é",
    "’",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Remove bytes `[at, at + len)`.
    Delete(prop::sample::Index, usize),
    /// Insert a token at a place.
    Insert(prop::sample::Index, &'static str),
    /// Insert raw bytes at a place.
    Bytes(prop::sample::Index, Vec<u8>),
    /// Copy a stretch of the file to another place (a pasted duplicate).
    Duplicate(prop::sample::Index, usize, prop::sample::Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<prop::sample::Index>;
    prop_oneof![
        (at(), 1usize..200).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (at(), prop::sample::select(TOKENS)).prop_map(|(a, t)| Mutation::Insert(a, t)),
        (at(), prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(a, b)| Mutation::Bytes(a, b)),
        (at(), 1usize..2000, at()).prop_map(|(a, n, to)| Mutation::Duplicate(a, n, to)),
    ]
}

fn apply(text: &mut Vec<u8>, m: &Mutation) {
    let len = text.len();
    match m {
        Mutation::Delete(a, n) => {
            let from = a.index(len + 1);
            let to = (from + n).min(len);
            text.drain(from..to);
        }
        Mutation::Insert(a, t) => {
            let at = a.index(len + 1);
            text.splice(at..at, t.bytes());
        }
        Mutation::Bytes(a, b) => {
            let at = a.index(len + 1);
            text.splice(at..at, b.iter().copied());
        }
        Mutation::Duplicate(a, n, to) => {
            let from = a.index(len + 1);
            let piece = text[from..(from + n).min(len)].to_vec();
            let at = to.index(len + 1);
            text.splice(at..at, piece);
        }
    }
}

/// A loaded dataset keeps every rule; a refused file is named, with a position inside the
/// text where the error has one, and no control character reaches the message.
fn check_outcome(result: &Result<Dataset, LoadError>, text: &[u8]) -> Result<(), TestCaseError> {
    let lines = text.split(|&b| b == b'\n').count();
    match result {
        Ok(d) => prop_assert!(load::validate(d).is_empty(), "loaded but invalid"),
        Err(e) => {
            let message = e.to_string();
            prop_assert!(message.starts_with("fuzz.ron"), "{}", message);
            let stray = message
                .chars()
                .any(|c| (c.is_control() && c != '\n') || regioprofielen::text::is_bidi_control(c));
            prop_assert!(!stray, "{:?}", message);
            if let LoadError::Parse { line, column, .. }
            | LoadError::NotUtf8 { line, column, .. }
            | LoadError::Binary { line, column, .. } = e
            {
                prop_assert!((1..=lines).contains(line), "line {} of {}", line, lines);
                prop_assert!(*column >= 1);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_loader_on_a_broken_data_file(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut text = EMBEDDED_RON.as_bytes().to_vec();
        for m in &mutations {
            apply(&mut text, m);
        }
        let result = load::from_bytes(&text, "fuzz.ron");
        check_outcome(&result, &text)?;
    }
}

fn data() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(|| load::embedded().expect("the embedded data"))
}

fn index() -> &'static Index {
    static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| Index::build(data()))
}

/// Any text: letters of the data, digits, punctuation, controls, direction marks, wide and
/// combining characters, long runs.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Zëéï’' -]{0,30}",
        2 => any::<String>(),
        1 => "(\\PC|\u{202e}|\u{1b}|\u{200f}|\u{301}){0,20}",
        1 => "[a-z ]{200,600}",
    ]
}

fn run(command: &Command) -> (Result<Outcome, String>, String) {
    let ctx = Ctx {
        data: data(),
        source: None,
        t: Lang::Nl.texts(),
        style: Style::plain(),
        json: false,
    };
    let mut out = Vec::new();
    let result = cli::run(&ctx, command, &mut out).map_err(|e| e.to_string());
    (result, String::from_utf8(out).expect("output is UTF-8"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_query_path_on_any_text(q in query(), limit in 1usize..40) {
        // The engine: at most `limit` hits, in one ranking (by score, and so by tier),
        // highlights on the snippet's character boundaries.
        let hits = index().search(&q, limit);
        prop_assert!(hits.len() <= limit);
        prop_assert!(hits.windows(2).all(|w| w[0].score >= w[1].score && w[0].tier >= w[1].tier));
        for h in &hits {
            prop_assert!(h.region.is_none_or(|r| r < data().regions.len()));
            for &(a, b) in &h.positions {
                prop_assert!(a < b && b <= h.snippet.len());
                prop_assert!(h.snippet.is_char_boundary(a) && h.snippet.is_char_boundary(b));
            }
        }
        // The commands: an answer, "not found", or a usage error for nothing to look for;
        // never a control or direction character on the terminal.
        let words = vec![q.clone()];
        for command in [
            Command::Search { query: words.clone(), limit: std::num::NonZeroUsize::new(limit).expect("not zero") },
            Command::Where { name: words.clone() },
            Command::Show { region: words.clone() },
        ] {
            let (result, out) = run(&command);
            match result {
                Ok(_) => {}
                Err(e) => prop_assert!(e.starts_with("geef "), "{:?}: {}", command, e),
            }
            let stray = out.chars().any(|c| {
                (c.is_control() && c != '\n') || regioprofielen::text::is_bidi_control(c)
            });
            prop_assert!(!stray, "{:?}: {:?}", command, out);
        }
        // The explorer's search field: the query as it takes it, a state that holds.
        let mut app = regioprofielen::tui::App::with_palette(
            data().clone(),
            Lang::Nl,
            regioprofielen::tui::palette::Palette::no_color(),
        );
        app.update(regioprofielen::tui::Action::Resize(80, 24));
        // `/`, then the query pasted as a terminal sends it (bracketed), through the input path.
        let mut bytes = b"/".to_vec();
        bytes.extend(regioprofielen::tui::drive::paste_bytes(&q));
        regioprofielen::tui::drive::feed_app(&mut app, &bytes);
        let s = app.search();
        prop_assert!(s.query().chars().count() <= regioprofielen::tui::search::MAX_QUERY_CHARS);
        prop_assert!(!s.query().chars().any(|c| c.is_control()));
        prop_assert!(s.field.cursor() == s.query().chars().count());
        if let Some(r) = app.selected_region() {
            prop_assert!(app.visible_regions().contains(&r));
        }
    }
}
