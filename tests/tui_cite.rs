//! `b` from every kind of quoted thing (every quote of every profile, the cover text's
//! paragraphs and questions, an area without a profile, the matrix cell under the cursor, a
//! search result) opens the document at its lines with exactly the quote highlighted, checked
//! cell by cell, and `Esc` returns to the same screen.

mod bron_support;
mod tui_support;

use bron_support::*;
use ratatui::crossterm::event::KeyCode;
use regioprofielen::matrix::Cell;
use regioprofielen::source::Quote;
use regioprofielen::tui::pages;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

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
    // On a search result, the words that matched are highlighted, in the quote they are in.
    ch(&mut a, 'b');
    assert_eq!(a.view(), View::Source);
    let mark = a.bron().mark.clone().expect("a highlight");
    assert!(
        mark.quotes.contains(&Quote::Heading(4)),
        "{:?}",
        mark.quotes
    );
    assert_eq!(cited(&a), "Raad voor Cultuur");
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
fn a_click_on_a_quote_puts_the_cursor_there() {
    let mut a = bron_app(120, 40);
    profile(&mut a, "twente");
    let y = screen(&a)
        .iter()
        .position(|l| l.contains("• Dit doen we binnen de thema’s"))
        .expect("the key point is shown");
    let x = a.areas().detail.x + 5;
    tui_support::click(&mut a, x, u16::try_from(y).expect("a row"));
    let twente = region(&a, "twente");
    lands_on(&mut a, Quote::KeyPoint(twente, 2));
}
