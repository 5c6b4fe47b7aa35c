//! The explorer's search on the search engine: ranked rows with snippets, the match
//! highlighted and scrolled into view, context hits, and the theme filter combined.

mod tui_support;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use regioprofielen::i18n::Lang;
use regioprofielen::tui::App;
use regioprofielen::tui::palette::Palette;
use regioprofielen::tui::search::ResultRow;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

/// The (x, y) of the first cell in the text pane (profile or section) where `text` starts.
fn find_on_screen(app: &App, text: &str) -> Option<(u16, u16)> {
    let a = app.areas();
    let pane = if app.view() == View::Context {
        a.section_text
    } else {
        a.detail
    };
    let half = usize::from(pane.x);
    screen(app).iter().enumerate().find_map(|(y, line)| {
        let right: String = line.chars().skip(half).collect();
        right.find(text).map(|byte| {
            let x = half + right[..byte].chars().count();
            (x as u16, y as u16)
        })
    })
}

/// An app with colours, so a highlight can be told from bold or underlined titles.
fn coloured(w: u16, h: u16) -> App {
    let mut a = App::with_palette(data(), Lang::Nl, Palette::color());
    tui_support::resize(&mut a, w, h);
    a
}

fn is_hl(app: &App, x: u16, y: u16) -> bool {
    backend(app).buffer()[(x, y)].fg == Color::Yellow
}

#[test]
fn rows_show_the_matched_field_and_a_snippet() {
    let mut a = sized(120, 40);
    ch(&mut a, '/');
    type_text(&mut a, "wereldmagazijn");
    assert_eq!(a.visible_regions(), vec![region(&a, "leiden")]);
    let row = screen(&a)
        .into_iter()
        .find(|l| l.contains("Leiden"))
        .expect("a row for Leiden");
    assert!(row.contains("kernpunt:"), "{row}");
    assert!(row.contains("wereldmagazijn"), "{row}");
}

#[test]
fn lookups_from_the_acceptance_list_select_the_right_region_first() {
    for (query, id) in [
        ("den bosch", "brabantstad"),
        ("loss", "zuid"),
        ("station noord", "we-the-north"),
        ("proeftuin van nederland", "ede-wageningen"),
        ("duitsland", "twente"),
        ("enschde", "twente"),
        ("hengelo", "twente"),
    ] {
        let mut a = app();
        ch(&mut a, '/');
        type_text(&mut a, query);
        assert_eq!(a.selected_region(), Some(region(&a, id)), "{query}");
    }
}

#[test]
fn the_match_is_highlighted_and_scrolled_into_view_in_the_profile() {
    let mut a = coloured(80, 24);
    ch(&mut a, '/');
    type_text(&mut a, "wereldmagazijn");
    press(&mut a, KeyCode::Enter);
    assert_eq!((a.view(), a.focus()), (View::Profiles, Focus::Detail));
    assert!(
        !a.search().editing,
        "Enter keeps the query but leaves the field"
    );
    assert!(a.detail_scroll() > 0, "scrolled down to the key point");
    let (x, y) = find_on_screen(&a, "wereldmagazijn").expect("the match is on screen");
    for dx in 0..14 {
        assert!(
            is_hl(&a, x + dx, y),
            "char {dx} of the match is highlighted"
        );
    }
    // Characters outside the match are not.
    assert!(!is_hl(&a, x - 1, y) && !is_hl(&a, x + 14, y));
}

#[test]
fn highlights_land_on_diacritics() {
    let mut a = coloured(120, 40);
    ch(&mut a, '/');
    type_text(&mut a, "loss");
    press(&mut a, KeyCode::Enter);
    let (x, y) = find_on_screen(&a, "Löss").expect("the title is on screen");
    for dx in 0..4 {
        assert!(is_hl(&a, x + dx, y), "char {dx} of Löss");
    }
    assert!(!is_hl(&a, x + 4, y), "the comma after Löss");
}

#[test]
fn a_context_hit_opens_the_context_view_at_its_section() {
    let mut a = coloured(80, 24);
    ch(&mut a, '/');
    type_text(&mut a, "geintensiveerd");
    assert!(a.visible_regions().is_empty());
    assert!(shows(&a, "§ Totstandkom"), "the context hit is listed");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Context);
    assert_eq!(a.focus(), Focus::SectionText);
    let totstandkoming = a
        .data()
        .national
        .iter()
        .position(|s| s.id == "totstandkoming")
        .unwrap();
    assert_eq!(a.section(), totstandkoming);
    let (x, y) = find_on_screen(&a, "geïntensiveerd").expect("the match is on screen");
    assert!(is_hl(&a, x, y) && is_hl(&a, x + 13, y) && !is_hl(&a, x + 14, y));
}

#[test]
fn down_walks_regions_and_context_hits_in_one_order() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "duitsland");
    let rows = a.list_rows();
    assert!(!a.visible_regions().is_empty());
    assert!(!a.search().national.is_empty());
    // The rows follow the engine's one ranking, and ↓ walks them in that order.
    assert_eq!(rows, a.search().order);
    assert_eq!(a.selected_row(), rows[0]);
    let k = rows
        .iter()
        .position(|r| matches!(r, ResultRow::National(_)))
        .expect("a context hit");
    for _ in 0..k {
        press(&mut a, KeyCode::Down);
    }
    assert_eq!(a.selected_row(), rows[k]);
    assert_eq!(a.search().national_sel, Some(0));
    // The profile pane shows the passage in its section meanwhile.
    assert!(shows(&a, "§ "), "the section is shown beside the list");
    press(&mut a, KeyCode::Up);
    assert_eq!(a.search().national_sel, None);
    assert_eq!(a.selected_row(), rows[k - 1]);
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Context);
}

#[test]
fn a_heading_that_holds_the_phrase_comes_first_and_enter_opens_it() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "raad voor cultuur");
    assert_eq!(a.selected_row(), ResultRow::National(0));
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Context);
    let vragen = a
        .data()
        .national
        .iter()
        .position(|s| s.id == "vragen-aan-de-raad")
        .expect("the section");
    assert_eq!(a.section(), vragen);
}

#[test]
fn the_search_combines_with_the_theme_filter() {
    let mut a = app();
    let onderwijs = theme(&a, "onderwijs");
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Filter);
    for _ in 0..onderwijs {
        press(&mut a, KeyCode::Down);
    }
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(onderwijs));
    ch(&mut a, '/');
    type_text(&mut a, "duitsland");
    let shown = a.visible_regions();
    assert!(!shown.is_empty());
    for r in &shown {
        assert!(a.matrix().has(*r, onderwijs));
    }
    assert!(
        !shown.contains(&region(&a, "twente")),
        "Twente lacks onderwijs"
    );
}

#[test]
fn esc_restores_the_selection_from_before_the_search() {
    let mut a = app();
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    let before = a.selected_region();
    ch(&mut a, '/');
    type_text(&mut a, "leiden");
    assert_ne!(a.selected_region(), before);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.selected_region(), before);
    assert!(a.search().results.is_none());
    assert!(a.search().national.is_empty());
}
