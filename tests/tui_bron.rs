//! The Bron view: `b` from every kind of quoted thing opens the document at its lines with
//! exactly the quote highlighted (checked cell by cell), `Esc` returns to the same screen, the
//! document is searched with the search engine, and the view draws at 80x24 and up.

mod tui_support;

use insta::assert_snapshot;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};
use regioprofielen::i18n::Lang;
use regioprofielen::load;
use regioprofielen::matrix::Cell;
use regioprofielen::source::{Quote, normalise};
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::view::{Focus, View};
use regioprofielen::tui::{Action, App, pages};
use tui_support::*;

/// The explorer over the embedded data and its source, in colour (the highlight is yellow).
fn bron_app(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::color())
        .with_source(Some(load::embedded_source()));
    a.update(Action::Resize(w, h));
    a
}

/// The same without colour, as the snapshots are taken.
fn plain_app(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::no_color())
        .with_source(Some(load::embedded_source()));
    a.update(Action::Resize(w, h));
    a
}

/// The highlighted runs of characters in the Bron view's text columns, row by row.
fn highlighted(a: &App) -> Vec<String> {
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
fn cited(a: &App) -> String {
    normalise(&highlighted(a).join("\n")).text
}

/// Moves the profile's quote cursor to the stop quoting `q`.
fn cursor_to(a: &mut App, pane: Focus, q: Quote) {
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
fn profile(a: &mut App, id: &str) {
    let r = region(a, id);
    while a.selected_region() != Some(r) {
        ch(a, 'j');
    }
    press(a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
}

/// Presses `b` and checks that the Bron view shows `q` whole, highlighted exactly.
fn lands_on(a: &mut App, q: Quote) {
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

#[test]
fn b_on_a_key_point_highlights_exactly_it_and_esc_returns_to_the_same_screen() {
    let mut a = bron_app(80, 24);
    profile(&mut a, "twente");
    let r = region(&a, "twente");
    cursor_to(&mut a, Focus::Detail, Quote::KeyPoint(r, 1));
    let before = screen(&a);
    lands_on(&mut a, Quote::KeyPoint(r, 1));
    // The quote spans lines 394–400, a double space inside it normalised.
    assert_eq!(a.bron().mark.as_ref().map(|m| m.lines), Some([394, 400]));
    assert!(shows(&a, "▶ Twente: kernpunt 2 · r. 394–400"));
    press(&mut a, KeyCode::Esc);
    assert_eq!((a.view(), a.focus()), (View::Profiles, Focus::Detail));
    assert_eq!(screen(&a), before, "Esc returns to exactly the same screen");
}

#[test]
fn every_quote_of_every_profile_lands_on_its_lines_highlighted() {
    let mut a = bron_app(120, 40);
    let d = a.data().clone();
    let mut landed = 0;
    for (r, region) in d.regions.iter().enumerate() {
        profile(&mut a, &region.id);
        let stops = pages::stops(&a, Focus::Detail);
        ch(&mut a, 'g');
        for (i, stop) in stops.iter().enumerate() {
            assert_eq!(a.quote_cursor(Focus::Detail), i, "{}", region.id);
            lands_on(&mut a, stop.quotes[0]);
            if stop.quotes.len() > 1 {
                // A line of partners: every name highlighted, nothing else (a name broken
                // over two lines of the table in two runs).
                let names: Vec<&str> = stop
                    .quotes
                    .iter()
                    .map(|q| q.text(&d).expect("a partner"))
                    .collect();
                assert_eq!(cited(&a), names.join(" "), "{}", region.id);
            }
            landed += stop.quotes.len();
            press(&mut a, KeyCode::Esc);
            assert_eq!(a.view(), View::Profiles);
            // ↓ goes to the next quote, scrolling the text between first when it is long.
            for _ in 0..40 {
                if a.quote_cursor(Focus::Detail) > i || i + 1 == stops.len() {
                    break;
                }
                ch(&mut a, 'j');
            }
        }
        press(&mut a, KeyCode::Esc);
        assert!(r < d.regions.len());
    }
    // Name, title, partners, partner notes, ROUTE OOST, key points, tags, ○ themes, notes.
    assert!(landed > 300, "{landed}");
}

#[test]
fn a_word_broken_at_a_line_end_is_highlighted_on_both_lines() {
    let mut a = bron_app(120, 40);
    profile(&mut a, "mra");
    let r = region(&a, "mra");
    let i = a.data().regions[r]
        .partners
        .iter()
        .position(|p| p.name == "Haarlemmerliede-Spaarnwoude")
        .expect("a partner");
    cursor_to(&mut a, Focus::Detail, Quote::Partner(r, i));
    ch(&mut a, 'b');
    let runs = highlighted(&a);
    let at = runs
        .iter()
        .position(|s| s == "Haarlemmerliede-")
        .expect("the first half");
    assert_eq!(runs[at + 1], "Spaarnwoude", "{runs:?}");
    // The connecting words of the column are not part of the data: not highlighted.
    assert!(!runs.iter().any(|s| s.contains("Provincie")), "{runs:?}");
}

#[test]
fn b_in_the_context_on_a_paragraph_a_question_and_an_area_without_a_profile() {
    let mut a = bron_app(100, 30);
    ch(&mut a, '4');
    ch(&mut a, 'j');
    press(&mut a, KeyCode::Tab);
    cursor_to(&mut a, Focus::SectionText, Quote::Item(1, 3));
    lands_on(&mut a, Quote::Item(1, 3));
    press(&mut a, KeyCode::Esc);
    assert_eq!((a.view(), a.focus()), (View::Context, Focus::SectionText));
    // The questions to the Raad.
    press(&mut a, KeyCode::BackTab);
    for _ in 0..3 {
        ch(&mut a, 'j');
    }
    press(&mut a, KeyCode::Tab);
    cursor_to(&mut a, Focus::SectionText, Quote::Item(4, 2));
    lands_on(&mut a, Quote::Item(4, 2));
    assert_eq!(a.bron().mark.as_ref().map(|m| m.lines), Some([249, 252]));
    press(&mut a, KeyCode::Esc);
    // The areas without a profile.
    press(&mut a, KeyCode::BackTab);
    ch(&mut a, 'G');
    press(&mut a, KeyCode::Tab);
    cursor_to(&mut a, Focus::SectionText, Quote::AreaName(1));
    lands_on(&mut a, Quote::AreaName(1));
    // "Noord-" and "Holland Noord" on two lines.
    assert_eq!(highlighted(&a), ["Noord-", "Holland Noord"]);
}

#[test]
fn b_on_the_matrix_cell_under_the_cursor() {
    let mut a = bron_app(80, 24);
    ch(&mut a, '2');
    // Twente has cells of every kind.
    let r = region(&a, "twente");
    while a.selected_region() != Some(r) {
        ch(&mut a, 'j');
    }
    let d = a.data().clone();
    let m = a.matrix().clone();
    let mut seen = [false; 3];
    for t in 0..d.themes.len() {
        while a.matrix_col() < t {
            ch(&mut a, 'l');
        }
        assert_eq!(a.selected_region(), Some(r));
        match m.cell(r, t) {
            Cell::Own(i) => {
                lands_on(&mut a, Quote::Evidence(r, i));
                seen[0] = true;
            }
            Cell::General(g) => {
                lands_on(&mut a, Quote::General(g));
                seen[1] = true;
            }
            Cell::Neither => {
                ch(&mut a, 'b');
                assert_eq!(a.view(), View::Matrix);
                let said = a.message().expect("a message").text.clone();
                assert!(said.contains("geen citaat"), "{said}");
                seen[2] = true;
                continue;
            }
        }
        press(&mut a, KeyCode::Esc);
        assert_eq!((a.view(), a.matrix_col()), (View::Matrix, t));
    }
    assert_eq!(seen, [true; 3], "every kind of cell was tried");
}

#[test]
fn b_on_a_search_result_in_a_region_and_in_the_cover_text() {
    let mut a = bron_app(120, 40);
    ch(&mut a, '/');
    type_text(&mut a, "hengelo");
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Regions);
    let twente = region(&a, "twente");
    let i = a.data().regions[twente]
        .partners
        .iter()
        .position(|p| p.name == "Hengelo")
        .expect("a partner");
    let before = screen(&a);
    lands_on(&mut a, Quote::Partner(twente, i));
    assert_eq!(highlighted(&a), ["Hengelo"]);
    press(&mut a, KeyCode::Esc);
    assert_eq!(
        screen(&a),
        before,
        "back on the result list, the search kept"
    );
    // A passage of the cover text.
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    type_text(&mut a, "wereldmagazijn");
    press(&mut a, KeyCode::Esc);
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    type_text(&mut a, "raad voor cultuur");
    press(&mut a, KeyCode::Tab);
    lands_on(&mut a, Quote::Heading(4));
    // Enter opens the profile at a match; b there shows the quote the match is in.
    press(&mut a, KeyCode::Esc);
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    type_text(&mut a, "wereldmagazijn");
    press(&mut a, KeyCode::Enter);
    let leiden = region(&a, "leiden");
    lands_on(&mut a, Quote::KeyPoint(leiden, 0));
}

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
    a.update(Action::Wheel {
        x: 10,
        y: 10,
        down: false,
    });
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
    a.update(Action::Resize(80, 24));
    ch(&mut a, '5');
    ch(&mut a, '/');
    type_text(&mut a, "proeftuin");
    assert_snapshot!(render(&a));
}

#[test]
fn a_click_on_a_quote_puts_the_cursor_there() {
    let mut a = bron_app(120, 40);
    profile(&mut a, "twente");
    let y = screen(&a)
        .iter()
        .position(|l| l.contains("• Dit doen we binnen de thema’s"))
        .expect("the key point is shown");
    let x = a.areas().detail.x + 5;
    a.update(Action::Click(x, u16::try_from(y).expect("a row")));
    let twente = region(&a, "twente");
    lands_on(&mut a, Quote::KeyPoint(twente, 2));
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
        a.update(Action::Resize(w, h));
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
