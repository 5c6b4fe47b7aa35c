//! English mode: a query that finds nothing says that the data is Dutch, and offers the
//! Dutch word where the short list (or a theme's English label) knows it; the word offered
//! finds what was asked. Through the real input path.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::drive::Driver;
use tui_support::{driver, driver_in, words_in};

/// The profile pane's words in reading order.
fn words(d: &Driver) -> String {
    words_in(d, d.app().areas().detail)
}

#[test]
fn an_english_word_that_finds_nothing_is_offered_in_dutch() {
    let mut d = driver_in(Lang::En, 80, 24);
    d.feed(b"/germany");
    let text = words(&d);
    assert!(text.contains("Nothing found for “germany”."), "{text}");
    assert!(
        text.contains("The data is in Dutch: try “Duitsland” (germany)."),
        "{text}"
    );
    // The word offered finds the regions that work with Germany.
    d.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    d.feed(b"duitsland");
    assert!(!d.app().visible_regions().is_empty());
    // A word the list does not know: the data's language is said all the same.
    let mut d = driver_in(Lang::En, 80, 24);
    d.feed(b"/qqzzqq");
    let text = words(&d);
    assert!(
        text.contains("The data is in Dutch: search with Dutch words."),
        "{text}"
    );
}

#[test]
fn in_dutch_an_english_word_is_offered_too_but_nothing_else_is_said() {
    let mut d = driver(80, 24);
    d.feed(b"/germany");
    let text = words(&d);
    assert!(
        text.contains("De gegevens zijn Nederlands: probeer “Duitsland” (germany)."),
        "{text}"
    );
    let mut d = driver(80, 24);
    d.feed(b"/qqzzqq");
    assert!(!words(&d).contains("Nederlands"), "{}", words(&d));
}
