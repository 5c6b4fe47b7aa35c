//! The explorer driven through its own input path, as a terminal drives it: bytes cut by
//! the frame decoder, batched by the run loop, read through the key table, drawn on a test
//! backend. Typing and pasting reach every text field, however they arrive.

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::drive::Driver;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::View;
use tui_support::data;

/// The explorer with the built-in document, at this size.
fn with_source(w: u16, h: u16) -> Driver {
    let app = App::with_palette(data(), Lang::Nl, Palette::no_color())
        .with_source(Some(regioprofielen::load::embedded_source()));
    Driver::new(app, w, h)
}

/// The three ways text reaches a field: in one read (typed fast, or over a slow link), a
/// read per character (typed slowly), and a bracketed paste.
fn type_in(d: &mut Driver, how: usize, text: &str) {
    match how {
        0 => d.feed(text.as_bytes()),
        1 => d.keys(text),
        _ => d.paste(text),
    }
}

#[test]
fn every_field_takes_text_however_it_arrives() {
    for how in 0..3 {
        // The search over everything.
        let mut d = with_source(80, 24);
        d.feed(b"/");
        type_in(&mut d, how, "hengelo");
        assert_eq!(d.app().search().query(), "hengelo", "way {how}");
        assert!(d.shows("Zoek / hengelo"), "way {how}: {:#?}", d.screen());
        // The Bron view's search through the document.
        let mut d = with_source(80, 24);
        d.feed(b"5/");
        assert_eq!(d.app().view(), View::Source);
        type_in(&mut d, how, "station noord");
        let find = &d.app().bron().find;
        assert_eq!(find.query.text(), "station noord", "way {how}");
        assert_eq!(find.hits.len(), 1, "way {how}");
        assert!(
            d.shows("“station noord”: treffer 1 van 1"),
            "way {how}: {:#?}",
            d.screen()
        );
    }
}

#[test]
fn bron_n_and_shift_n_step_through_the_hits_after_enter() {
    let mut d = with_source(80, 24);
    d.feed(b"5/erfgoed\r");
    let n = d.app().bron().find.hits.len();
    assert!(n > 5, "{n} hits");
    assert!(!d.app().bron().find.editing);
    d.feed(b"n");
    assert_eq!(d.app().bron().find.current, 1);
    assert!(d.shows(&format!("treffer 2 van {n}")), "{:#?}", d.screen());
    d.feed(b"NN");
    assert_eq!(d.app().bron().find.current, n - 1, "round the start");
    // Backspace, Ctrl-U and the arrows edit Bron's field as they edit the search.
    d.feed(b"/");
    d.key(KeyCode::Backspace, KeyModifiers::NONE);
    assert_eq!(d.app().bron().find.query.text(), "erfgoe");
    d.key(KeyCode::Home, KeyModifiers::NONE);
    d.feed(b"x");
    assert_eq!(d.app().bron().find.query.text(), "xerfgoe");
    d.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(d.app().bron().find.query.text().is_empty());
    // Esc (alone, then a pause) closes the field.
    d.feed(b"\x1b");
    assert!(!d.app().bron().find.editing);
}

#[test]
fn q_in_a_paste_or_a_typed_burst_never_quits() {
    let mut d = with_source(80, 24);
    d.paste("q");
    assert!(!d.has_quit(), "a paste is not a key press");
    d.feed(b"5/q");
    assert!(!d.has_quit());
    assert_eq!(d.app().bron().find.query.text(), "q");
    d.key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(d.has_quit());
}

#[test]
fn b_on_a_region_row_names_both_quotes_it_shows() {
    let mut d = with_source(80, 24);
    d.feed(b"b");
    assert!(
        d.shows("▶ We The North: naam, titel · r. 272–276"),
        "{:#?}",
        d.screen()
    );
}

#[test]
fn the_comparison_with_one_mark_asks_for_one_more() {
    let mut d = with_source(80, 24);
    d.feed(b" 3");
    assert!(
        d.shows("Eén regio gemarkeerd: markeer er nog een om te vergelijken"),
        "{:#?}",
        d.screen()
    );
    d.feed(b"1j 3");
    assert!(d.shows("We The North"), "two marked: side by side");
    assert!(!d.shows("markeer er nog een"));
}
