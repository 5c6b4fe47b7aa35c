//! The Bron view: the document searched with the search engine, scrolled, drawn at 80x24
//! and up with the text first, without colour, and without a source text; what it takes
//! out; snapshots.

mod bron_support;
mod tui_support;

use bron_support::*;
use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::source::Quote;
use regioprofielen::tui::App;
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

#[test]
fn the_document_is_searched_and_n_steps_through_the_hits() {
    let mut a = bron_app(80, 24);
    ch(&mut a, '5');
    ch(&mut a, '/');
    type_text(&mut a, "station noord");
    assert_eq!(highlighted(&a), ["Station", "Noord"]);
    assert!(shows(&a, "“station noord”: treffer 1 van 1 · r. 171"));
    press(&mut a, KeyCode::Enter);
    assert!(!a.bron().find.editing);
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    type_text(&mut a, "erfgoed");
    press(&mut a, KeyCode::Enter);
    let hits = a.bron().find.hits.clone();
    assert!(hits.len() > 5, "{}", hits.len());
    ch(&mut a, 'n');
    assert_eq!(a.bron().find.current, 1);
    let line = hits[1].lines[0] as usize - 1;
    assert!(a.bron_shown().contains(&line));
    ch(&mut a, 'N');
    ch(&mut a, 'N');
    assert_eq!(a.bron().find.current, hits.len() - 1, "round the start");
    // Esc drops the search, a second Esc the rest.
    press(&mut a, KeyCode::Esc);
    assert!(highlighted(&a).is_empty());
    assert!(shows(&a, "┃ gebruikt in de gegevens"));
    // Nothing found says so.
    ch(&mut a, '/');
    type_text(&mut a, "qqzzqq");
    assert!(shows(&a, "Niets gevonden voor “qqzzqq”."));
    press(&mut a, KeyCode::Esc);
    assert!(!a.bron().find.is_active());
}

#[test]
fn the_view_scrolls_within_the_document() {
    let mut a = bron_app(80, 24);
    ch(&mut a, '5');
    ch(&mut a, 'G');
    let n = a.source().expect("a source").line_count();
    assert_eq!(a.bron_shown().end, n, "the last line shows");
    let top = a.bron().top;
    ch(&mut a, 'j');
    assert_eq!(a.bron().top, top, "no scrolling past the end");
    ch(&mut a, 'g');
    assert_eq!(a.bron().top, 0);
    press(&mut a, KeyCode::PageDown);
    assert!(a.bron().top > 10);
    tui_support::wheel(&mut a, 10, 10, false);
    let after = a.bron().top;
    press(&mut a, KeyCode::PageUp);
    assert!(a.bron().top < after);
}

#[test]
fn at_80_columns_the_text_has_the_width_and_at_120_the_margin_says_what_each_line_feeds() {
    let mut a = plain_app(80, 24);
    ch(&mut a, '5');
    let c = a.bron_columns().expect("a source");
    assert_eq!((c.gutter, c.mark, c.text, c.margin), (4, 2, 72, 0));
    let mut a = plain_app(120, 40);
    profile(&mut a, "twente");
    ch(&mut a, 'b');
    assert!(shows(&a, "twente: naam"));
    press(&mut a, KeyCode::Esc);
    let twente = region(&a, "twente");
    cursor_to(&mut a, Focus::Detail, Quote::KeyPoint(twente, 1));
    ch(&mut a, 'b');
    let c = a.bron_columns().expect("a source");
    assert_eq!((c.text, c.margin), (91, 20));
    // What each line feeds: the region named on its name's line, the fields of its row after.
    let lines = screen(&a);
    let at = |n: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("┃{n} ")))
            .unwrap_or_else(|| panic!("line {n} is shown"))
            .clone()
    };
    assert!(at("386").contains("ROUTE OOST"));
    assert!(at("394").contains("kernpunt 2"), "{}", at("394"));
    assert!(at("396").contains("● Erfgoed"), "{}", at("396"));
}

#[test]
fn without_a_source_text_the_view_says_so_and_b_says_why() {
    let mut a = sized(80, 24);
    ch(&mut a, '5');
    assert!(shows(&a, "Geen brontekst bij deze gegevens."));
    ch(&mut a, '1');
    press(&mut a, KeyCode::Enter);
    ch(&mut a, 'b');
    assert_eq!(a.view(), View::Profiles);
    assert_eq!(
        a.message().map(|m| m.text.as_str()),
        Some("Geen brontekst bij deze gegevens.")
    );
    assert_snapshot!(
        "bron_without_source_80x24",
        render(&{
            let mut b = sized(80, 24);
            ch(&mut b, '5');
            b
        })
    );
}

#[test]
fn no_color_draws_the_view_without_colour() {
    let mut a = plain_app(120, 40);
    profile(&mut a, "zeeland");
    ch(&mut a, 'b');
    let b = backend(&a);
    for cell in b.buffer().content() {
        assert!(
            cell.fg == Color::Reset && cell.bg == Color::Reset,
            "{cell:?}"
        );
    }
    // The highlight still shows, by bold and underline.
    let hl = b
        .buffer()
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD))
        .count();
    assert!(hl > 5, "{hl}");
}

#[test]
fn y_in_the_view_copies_the_cited_quote_with_its_lines() {
    let mut a = bron_app(80, 24);
    profile(&mut a, "twente");
    ch(&mut a, 'b');
    ch(&mut a, 'y');
    let effects = a.take_effects();
    let [regioprofielen::tui::effect::Effect::Copy(md)] = effects.as_slice() else {
        panic!("a copy: {effects:?}");
    };
    assert_eq!(
        md,
        "Bron: *Aandachtspunten bij profielen van stedelijke regio’s*; regelnummers (r.) volgens de brontekst.\n\n- **Twente: naam**: “Twente” (r. 366)\n"
    );
    // Without a highlight, the lines shown.
    press(&mut a, KeyCode::Esc);
    ch(&mut a, '5');
    press(&mut a, KeyCode::Esc);
    ch(&mut a, 'e');
    let effects = a.take_effects();
    let [regioprofielen::tui::effect::Effect::Export { path, markdown }] = effects.as_slice()
    else {
        panic!("an export: {effects:?}");
    };
    assert!(path.to_string_lossy().starts_with("bron-"), "{path:?}");
    assert!(
        markdown.contains("> Twente\n") && markdown.contains("\n(r. "),
        "{markdown}"
    );
}

#[test]
fn bron_80x24() {
    let mut a = plain_app(80, 24);
    profile(&mut a, "ede-wageningen");
    let r = region(&a, "ede-wageningen");
    cursor_to(&mut a, Focus::Detail, Quote::KeyPoint(r, 1));
    ch(&mut a, 'b');
    assert_snapshot!(render(&a));
}

#[test]
fn bron_120x40() {
    let mut a = plain_app(120, 40);
    profile(&mut a, "ede-wageningen");
    let r = region(&a, "ede-wageningen");
    cursor_to(&mut a, Focus::Detail, Quote::KeyPoint(r, 1));
    ch(&mut a, 'b');
    assert_snapshot!(render(&a));
}

#[test]
fn english_bron_80x24_while_searching() {
    let mut a = App::with_palette(data(), Lang::En, Palette::no_color())
        .with_source(Some(load::embedded_source()));
    tui_support::resize(&mut a, 80, 24);
    ch(&mut a, '5');
    ch(&mut a, '/');
    type_text(&mut a, "proeftuin");
    assert_snapshot!(render(&a));
}

#[test]
fn the_view_draws_at_every_size_from_tiny_to_wide() {
    let mut a = bron_app(80, 24);
    profile(&mut a, "mra");
    ch(&mut a, 'b');
    for (w, h) in [
        (1, 1),
        (20, 5),
        (59, 15),
        (60, 16),
        (61, 17),
        (80, 24),
        (97, 30),
        (250, 70),
    ] {
        tui_support::resize(&mut a, w, h);
        let _ = render(&a);
        if w >= 60 && h >= 16 {
            // The highlighted name is shown whole at every usable size.
            assert_eq!(cited(&a), "Metropoolregio Amsterdam (MRA)", "{w}x{h}");
            let c = a.bron_columns().expect("a source");
            let inside = inner(a.areas().source).width;
            assert_eq!(
                c.gutter + c.mark + c.text + c.margin + u16::from(c.margin > 0),
                inside
            );
        }
    }
}
