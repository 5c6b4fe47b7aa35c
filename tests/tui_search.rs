//! The search field through the real input path: typing, editing, cancelling and accepting.

mod tui_support;

use ratatui::crossterm::event::{Event, KeyCode};
use regioprofielen::tui::Action;
use regioprofielen::tui::action::Edit;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

#[test]
fn q_types_in_the_search_field_but_ctrl_c_quits() {
    let mut a = app();
    ch(&mut a, '/');
    ch(&mut a, 'q');
    assert!(!a.should_quit());
    assert_eq!(a.search().query(), "q");
    ctrl(&mut a, 'c');
    assert!(a.should_quit());
}

#[test]
fn enter_does_nothing_when_no_region_is_visible() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zzzz");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Regions);
    assert_eq!(a.selected_region(), None);
    assert!(shows(&a, "Niets gevonden voor “zzzz”."));
}

#[test]
fn slash_opens_the_search_from_any_view() {
    let mut a = app();
    ch(&mut a, '4');
    ch(&mut a, '/');
    assert!(a.search().editing);
    assert_eq!((a.view(), a.focus()), (View::Profiles, Focus::Regions));
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, '/');
    assert_eq!(
        a.view(),
        View::Matrix,
        "the matrix rows are searched in place"
    );
    assert!(shows(&a, "Zoek /"));
}

#[test]
fn typing_filters_region_names_ignoring_case_and_accents() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "ZWÖL");
    let zwolle = region(&a, "zwolle");
    // Ranked: the region named Zwolle first, then those that mention it.
    assert_eq!(a.visible_regions()[0], zwolle);
    assert_eq!(a.selected_region(), Some(zwolle));
    ch(&mut a, 'l');
    assert_eq!(a.search().query(), "ZWÖLl");
    // Several hits: the first is selected.
    ctrl(&mut a, 'u');
    type_text(&mut a, "stedelijke");
    let hits = a.visible_regions();
    assert!(hits.len() >= 3);
    assert_eq!(a.selected_region(), Some(hits[0]));
    // ↑/↓ move among the hits while typing.
    press(&mut a, KeyCode::Down);
    assert_eq!(a.selected_region(), Some(hits[1]));
    press(&mut a, KeyCode::Up);
    assert_eq!(a.selected_region(), Some(hits[0]));
}

#[test]
fn backspace_and_delete_edit_at_the_cursor() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "leidxen");
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.search().query(), "leiden");
    assert_eq!(a.visible_regions()[0], region(&a, "leiden"));
    press(&mut a, KeyCode::Home);
    press(&mut a, KeyCode::Delete);
    assert_eq!(a.search().query(), "eiden");
    press(&mut a, KeyCode::Delete);
    assert_eq!(a.search().query(), "iden");
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.search().query(), "ide");
}

#[test]
fn the_search_cursor_moves_and_stays_in_the_query() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zuid");
    assert_eq!(a.search().field.cursor(), 4);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.search().field.cursor(), 3);
    press(&mut a, KeyCode::Home);
    assert_eq!(a.search().field.cursor(), 0);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.search().field.cursor(), 0);
    press(&mut a, KeyCode::Right);
    assert_eq!(a.search().field.cursor(), 1);
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::Right);
    assert_eq!(a.search().field.cursor(), 4);
    ch(&mut a, 'x');
    assert_eq!(a.search().query(), "zuidx");
}

#[test]
fn ctrl_u_empties_the_search_field() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "rotter");
    ctrl(&mut a, 'u');
    assert_eq!(a.search().query(), "");
    assert!(a.search().editing);
    assert_eq!(a.visible_regions().len(), 15);
}

#[test]
fn esc_cancels_the_search_and_restores_the_selection() {
    let mut a = app();
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    let before = a.selected_region();
    ch(&mut a, '/');
    type_text(&mut a, "leiden");
    assert_eq!(a.selected_region(), Some(region(&a, "leiden")));
    press(&mut a, KeyCode::Esc);
    assert!(!a.search().editing);
    assert!(!a.search().is_filtering());
    assert_eq!(a.selected_region(), before);
    ch(&mut a, '/');
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.selected_region(), before);
}

#[test]
fn enter_in_the_search_keeps_the_query_and_opens_the_region() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "haag");
    press(&mut a, KeyCode::Enter);
    assert!(!a.search().editing);
    assert_eq!(a.search().query(), "haag");
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(region(&a, "haaglanden")));
    assert!(shows(&a, "zoek: 'haag'"), "the status bar shows the search");
    // An empty query accepted is no search at all.
    ch(&mut a, '/');
    ctrl(&mut a, 'u');
    press(&mut a, KeyCode::Enter);
    assert!(!a.search().is_filtering());
}

#[test]
fn a_paste_types_into_the_search_only() {
    let mut a = app();
    send(&mut a, &Event::Paste("q".into()));
    assert!(!a.should_quit(), "pasted text is not a key");
    ch(&mut a, '/');
    // Lines pasted become words (a paste holding other control bytes is not one a terminal
    // sends: the input path reads it as typed, see `input::frame`; the field drops them).
    paste(&mut a, "Hengelo\nEnschede\t");
    assert_eq!(a.search().query(), "Hengelo Enschede ");
}

#[test]
fn a_paste_is_one_edit_at_the_cursor() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zwle");
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    let actions = regioprofielen::tui::input::actions_for(&Event::Paste("ol".into()), &a);
    assert_eq!(
        actions,
        [Action::Edit(Edit::Paste("ol".into()))],
        "one action, one search"
    );
    send(&mut a, &Event::Paste("ol".into()));
    assert_eq!(a.search().query(), "zwolle");
    assert_eq!(a.search().field.cursor(), 4);
    assert!(shows(&a, "Zwolle"));
}

#[test]
fn a_huge_paste_is_cut_to_what_the_field_takes_and_says_so() {
    let mut a = app();
    ch(&mut a, '/');
    let huge = "erfgoed ".repeat(100_000 / 8);
    send(&mut a, &Event::Paste(huge));
    let max = regioprofielen::tui::search::MAX_QUERY_CHARS;
    assert_eq!(a.search().query().chars().count(), max);
    assert!(
        a.message()
            .expect("a message")
            .text
            .contains(&max.to_string())
    );
    // Full: typing more changes nothing.
    ch(&mut a, 'x');
    assert_eq!(a.search().query().chars().count(), max);
    assert!(!a.search().query().ends_with('x'));
    // And the search still works on what is there.
    assert!(a.search().is_filtering());
    ctrl(&mut a, 'c');
    assert!(a.should_quit());
}
