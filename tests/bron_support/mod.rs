//! Helpers of the Bron view's tests: the explorer with its source text, what is highlighted
//! in the view, and `b` checked against the quote's place.

#![allow(dead_code)]

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::source::{Quote, normalise};
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::{Focus, View};
use regioprofielen::tui::{Action, App, pages};

use crate::tui_support::*;

/// The explorer over the embedded data and its source, in colour (the highlight is yellow).
pub fn bron_app(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::color())
        .with_source(Some(load::embedded_source()));
    a.update(Action::Resize(w, h));
    a
}

/// The same without colour, as the snapshots are taken.
pub fn plain_app(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::no_color())
        .with_source(Some(load::embedded_source()));
    a.update(Action::Resize(w, h));
    a
}

/// The highlighted runs of characters in the Bron view's text columns, row by row.
pub fn highlighted(a: &App) -> Vec<String> {
    let b = backend(a);
    let buf = b.buffer();
    let r = inner(a.areas().source);
    let c = a.bron_columns().expect("a source");
    let x0 = r.x + c.gutter + c.mark;
    let mut runs = Vec::new();
    for y in r.y..r.bottom().saturating_sub(1) {
        let mut run = String::new();
        for x in x0..x0 + c.text {
            if buf[(x, y)].fg == Color::Yellow {
                run.push_str(buf[(x, y)].symbol());
            } else if !run.is_empty() {
                runs.push(std::mem::take(&mut run));
            }
        }
        if !run.is_empty() {
            runs.push(run);
        }
    }
    runs
}

/// The highlighted text as one quote: its runs rejoined over line breaks and normalised the
/// way the quotes of the data are.
pub fn cited(a: &App) -> String {
    normalise(&highlighted(a).join("\n")).text
}

/// Moves the profile's quote cursor to the stop quoting `q`.
pub fn cursor_to(a: &mut App, pane: Focus, q: Quote) {
    let stops = pages::stops(a, pane);
    let want = stops
        .iter()
        .position(|s| s.quotes.contains(&q))
        .unwrap_or_else(|| panic!("{q:?} is a stop"));
    ch(a, 'g');
    for _ in 0..want {
        ch(a, 'j');
    }
    assert_eq!(a.quote_cursor(pane), want, "{q:?}");
}

/// Opens the profile of region `id` with the focus on it.
pub fn profile(a: &mut App, id: &str) {
    let r = region(a, id);
    while a.selected_region() != Some(r) {
        ch(a, 'j');
    }
    press(a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
}

/// Presses `b` and checks that the Bron view shows `q` whole, highlighted exactly.
pub fn lands_on(a: &mut App, q: Quote) {
    ch(a, 'b');
    assert_eq!(a.view(), View::Source, "{q:?}: {:?}", a.message());
    let src = a.source().expect("a source");
    let place = src.place(q).expect("located");
    let mark = a.bron().mark.clone().expect("a highlight");
    assert!(mark.quotes.contains(&q));
    let shown = a.bron_shown();
    assert!(
        shown.contains(&(place.first as usize - 1)) && shown.contains(&(place.last as usize - 1)),
        "{q:?} at {:?} is shown in {shown:?}",
        place.lines()
    );
    if mark.quotes.len() == 1 {
        assert_eq!(cited(a), q.text(a.data()).expect("a quote"), "{q:?}");
    }
}
