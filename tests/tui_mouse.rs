//! `App::update` for what is not a key: resizes, clicks and the wheel (and key releases).

mod tui_support;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use regioprofielen::filter::Mode;
use regioprofielen::tui::App;
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

#[test]
fn key_releases_do_nothing() {
    let mut a = app();
    let mut ev = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    ev.kind = KeyEventKind::Release;
    send(&mut a, &Event::Key(ev));
    assert_eq!(a.selected_region(), Some(0));
}

#[test]
fn resize_below_the_minimum_shows_the_message_and_only_quit_works() {
    let mut a = app();
    tui_support::resize(&mut a, 40, 10);
    assert!(a.too_small());
    assert!(shows(&a, "Terminal te klein"));
    assert!(shows(&a, "60×16"));
    ch(&mut a, 'j');
    ch(&mut a, '2');
    tui_support::click(&mut a, 5, 5);
    assert_eq!((a.view(), a.selected_region()), (View::Profiles, Some(0)));
    tui_support::resize(&mut a, 100, 30);
    assert!(!a.too_small());
    assert_eq!(a.size().width, 100);
    tui_support::resize(&mut a, 1, 1);
    ch(&mut a, 'q');
    assert!(a.should_quit());
}

fn click(a: &mut App, x: u16, y: u16) {
    let ev = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    send(a, &ev);
}

#[test]
fn clicks_select_tabs_rows_themes_cells_and_sections() {
    let mut a = app();
    let areas = a.areas();
    let (_, tab) = areas.tab_hits[1];
    click(&mut a, tab.x + 1, tab.y);
    assert_eq!(a.view(), View::Matrix);
    let m = a.areas().matrix;
    click(&mut a, m.col_x(4) + 2, m.rows.y + 3);
    assert_eq!(a.matrix_col(), 4);
    assert_eq!(a.selected_region(), Some(a.matrix_rows()[3]));

    ch(&mut a, '1');
    let list = inner(a.areas().regions);
    click(&mut a, list.x + 2, list.y + 5);
    assert_eq!(a.selected_region(), Some(5));
    assert_eq!(a.focus(), Focus::Regions);
    // A click on the small filter only opens it; then a click on a theme toggles it.
    let f = inner(a.areas().filter);
    click(&mut a, f.x + 2, f.y + 1);
    assert_eq!(a.focus(), Focus::Filter);
    let f = inner(a.areas().filter);
    click(&mut a, f.x + 2, f.y + 3);
    assert!(a.filter().is_chosen(2));
    assert_eq!(a.filter_cursor(), 2);
    click(&mut a, f.x + 2, f.y);
    assert_eq!(
        a.filter().mode,
        Mode::Any,
        "the mode line switches the mode"
    );
    // At 80x24 the open filter stands in the profile's place: a click on the list brings
    // the profile back, and a click on it focuses it.
    assert!(a.areas().detail.is_empty());
    click(&mut a, list.x + 2, list.y + 1);
    let d = a.areas().detail;
    click(&mut a, d.x + 3, d.y + 3);
    assert_eq!(a.focus(), Focus::Detail);

    ch(&mut a, '4');
    let s = inner(a.areas().sections);
    click(&mut a, s.x + 1, s.y + 2);
    assert_eq!(a.section(), 2);
    ch(&mut a, '?');
    tui_support::click(&mut a, 0, 0);
    assert_eq!(a.help_scroll(), None, "a click closes the help");
    assert_eq!(a.view(), View::Context, "and does nothing else");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app();
    let d = a.areas().detail;
    tui_support::wheel(&mut a, d.x + 2, d.y + 2, true);
    assert_eq!(a.detail_scroll(), 3);
    assert_eq!(
        a.focus(),
        Focus::Regions,
        "the wheel does not move the focus"
    );
    tui_support::wheel(&mut a, d.x + 2, d.y + 2, false);
    assert_eq!(a.detail_scroll(), 0);
    let l = a.areas().regions;
    let ev = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: l.x + 2,
        row: l.y + 2,
        modifiers: KeyModifiers::NONE,
    });
    send(&mut a, &ev);
    assert_eq!(a.selected_region(), Some(1));
    ch(&mut a, '?');
    tui_support::wheel(&mut a, 0, 0, true);
    assert_eq!(a.help_scroll(), Some(3));
}

#[test]
fn a_click_leaves_the_search_field_and_keeps_the_query() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "stedel");
    let list = inner(a.areas().regions);
    click(&mut a, list.x + 2, list.y + 1);
    assert!(!a.search().editing);
    assert_eq!(a.search().query(), "stedel");
    assert_eq!(a.selected_region(), Some(a.visible_regions()[1]));
    ch(&mut a, 'j');
    assert_eq!(a.search().query(), "stedel", "keys act on the list again");
}
