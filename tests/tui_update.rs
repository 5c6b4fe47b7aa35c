//! `App::update`, action by action: each variant of `Action` and the keys that send it.

mod tui_support;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use regioprofielen::filter::Mode;
use regioprofielen::matrix::SortKey;
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::view::{Focus, View};
use regioprofielen::tui::{Action, App};
use tui_support::*;

/// A sample of every action. The match has no wildcard, so a new variant does not compile
/// until it is listed here, and so gets a test below.
fn every_action() -> Vec<Action> {
    let all = vec![
        Action::Quit,
        Action::Up,
        Action::Down,
        Action::Top,
        Action::Bottom,
        Action::PageUp,
        Action::PageDown,
        Action::Left,
        Action::Right,
        Action::NextPane,
        Action::PrevPane,
        Action::ShowView(View::Matrix),
        Action::ToggleTheme,
        Action::ToggleMode,
        Action::ClearFilter,
        Action::Open,
        Action::CycleSort,
        Action::Back,
        Action::ToggleHelp,
        Action::SearchOpen,
        Action::SearchInsert('a'),
        Action::SearchBackspace,
        Action::SearchDelete,
        Action::SearchLeft,
        Action::SearchRight,
        Action::SearchHome,
        Action::SearchEnd,
        Action::SearchClear,
        Action::SearchCancel,
        Action::SearchAccept,
        Action::Resize(80, 24),
        Action::Click(0, 0),
        Action::Wheel {
            x: 0,
            y: 0,
            down: true,
        },
    ];
    for a in &all {
        match a {
            Action::Quit
            | Action::Up
            | Action::Down
            | Action::Top
            | Action::Bottom
            | Action::PageUp
            | Action::PageDown
            | Action::Left
            | Action::Right
            | Action::NextPane
            | Action::PrevPane
            | Action::ShowView(_)
            | Action::ToggleTheme
            | Action::ToggleMode
            | Action::ClearFilter
            | Action::Open
            | Action::CycleSort
            | Action::Back
            | Action::ToggleHelp
            | Action::SearchOpen
            | Action::SearchInsert(_)
            | Action::SearchBackspace
            | Action::SearchDelete
            | Action::SearchLeft
            | Action::SearchRight
            | Action::SearchHome
            | Action::SearchEnd
            | Action::SearchClear
            | Action::SearchCancel
            | Action::SearchAccept
            | Action::Resize(..)
            | Action::Click(..)
            | Action::Wheel { .. } => {}
        }
    }
    all
}

#[test]
fn every_action_is_safe_in_every_view() {
    for view in View::ALL {
        for a in every_action() {
            let mut app = app();
            app.update(Action::ShowView(view));
            app.update(a.clone());
            let _ = render(&app);
        }
    }
}

#[test]
fn starts_on_profiles_with_the_first_region() {
    let app = app();
    assert_eq!(app.view(), View::Profiles);
    assert_eq!(app.focus(), Focus::Regions);
    assert_eq!(app.selected_region(), Some(0));
    assert!(shows(&app, &app.data().regions[0].name));
    assert_eq!(app.data().regions.len(), 15);
}

#[test]
fn quit_by_q_and_ctrl_c() {
    let mut a = app();
    ch(&mut a, 'q');
    assert!(a.should_quit());
    let mut a = app();
    ctrl(&mut a, 'c');
    assert!(a.should_quit());
    let mut a = app();
    a.update(Action::Quit);
    assert!(a.should_quit());
}

#[test]
fn q_types_in_the_search_field_but_ctrl_c_quits() {
    let mut a = app();
    ch(&mut a, '/');
    ch(&mut a, 'q');
    assert!(!a.should_quit());
    assert_eq!(a.search().query, "q");
    ctrl(&mut a, 'c');
    assert!(a.should_quit());
}

#[test]
fn up_and_down_move_the_selection_with_arrows_and_vim_keys() {
    let mut a = app();
    ch(&mut a, 'j');
    assert_eq!(a.selected_region(), Some(1));
    press(&mut a, KeyCode::Down);
    assert_eq!(a.selected_region(), Some(2));
    ch(&mut a, 'k');
    press(&mut a, KeyCode::Up);
    assert_eq!(a.selected_region(), Some(0));
    a.update(Action::Up);
    assert_eq!(a.selected_region(), Some(0), "stays on the first row");
    a.update(Action::Down);
    assert_eq!(a.selected_region(), Some(1));
}

#[test]
fn top_and_bottom_with_g_home_and_end() {
    let mut a = app();
    let last = a.data().regions.len() - 1;
    ch(&mut a, 'G');
    assert_eq!(a.selected_region(), Some(last));
    ch(&mut a, 'g');
    assert_eq!(a.selected_region(), Some(0));
    press(&mut a, KeyCode::End);
    assert_eq!(a.selected_region(), Some(last));
    press(&mut a, KeyCode::Home);
    assert_eq!(a.selected_region(), Some(0));
    a.update(Action::Bottom);
    a.update(Action::Bottom);
    assert_eq!(a.selected_region(), Some(last));
    a.update(Action::Top);
    assert_eq!(a.selected_region(), Some(0));
}

#[test]
fn page_up_and_down_move_by_a_page() {
    // At 120x40 the whole list shows; at 60x16 pages are short.
    let mut a = sized(60, 16);
    let page = inner(a.areas().regions).height as usize - 1;
    press(&mut a, KeyCode::PageDown);
    assert_eq!(a.selected_region(), Some(page));
    assert_eq!(a.region_offset(), 0, "the cursor is on the last row shown");
    a.update(Action::PageDown);
    assert_eq!(a.selected_region(), Some(2 * page));
    assert!(
        a.region_offset() > 0,
        "the list scrolled to keep the cursor in view"
    );
    a.update(Action::PageUp);
    press(&mut a, KeyCode::PageUp);
    assert_eq!(a.selected_region(), Some(0));
    assert_eq!(a.region_offset(), 0);
    // In the profile, a page scrolls the text.
    a.update(Action::Open);
    a.update(Action::PageDown);
    assert!(a.detail_scroll() > 0);
    a.update(Action::PageUp);
    assert_eq!(a.detail_scroll(), 0);
}

#[test]
fn left_and_right_move_across_matrix_columns_and_between_panes() {
    let mut a = app();
    ch(&mut a, 'l');
    assert_eq!(
        a.focus(),
        Focus::Detail,
        "→ in Profielen goes to the profile"
    );
    ch(&mut a, 'h');
    assert_eq!(a.focus(), Focus::Regions);
    ch(&mut a, '2');
    ch(&mut a, 'l');
    press(&mut a, KeyCode::Right);
    assert_eq!(a.matrix_col(), 2);
    ch(&mut a, 'h');
    a.update(Action::Left);
    a.update(Action::Left);
    assert_eq!(a.matrix_col(), 0);
    for _ in 0..40 {
        a.update(Action::Right);
    }
    assert_eq!(a.matrix_col(), a.data().themes.len() - 1);
    ch(&mut a, '4');
    a.update(Action::Right);
    assert_eq!(a.focus(), Focus::SectionText);
    a.update(Action::Left);
    assert_eq!(a.focus(), Focus::Sections);
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Filter);
    a.update(Action::NextPane);
    assert_eq!(a.focus(), Focus::Detail);
    a.update(Action::NextPane);
    assert_eq!(a.focus(), Focus::Regions);
    send(&mut a, &key_event(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(a.focus(), Focus::Detail);
    a.update(Action::PrevPane);
    assert_eq!(a.focus(), Focus::Filter);
}

#[test]
fn number_keys_switch_views_and_remember_the_focus() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    for (key, view) in [
        ('2', View::Matrix),
        ('3', View::Compare),
        ('4', View::Context),
    ] {
        ch(&mut a, key);
        assert_eq!(a.view(), view);
        assert_eq!(a.focus(), view.panes()[0]);
    }
    a.update(Action::ShowView(View::Profiles));
    assert_eq!(
        a.focus(),
        Focus::Filter,
        "the filter had the focus when Profielen was left"
    );
    assert!(shows(&a, "Themafilter"));
}

#[test]
fn space_toggles_the_theme_under_the_cursor() {
    let mut a = app();
    ch(&mut a, ' ');
    assert!(
        !a.filter().is_active(),
        "Space does nothing in the region list"
    );
    press(&mut a, KeyCode::Tab);
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(1));
    let visible = a.visible_regions();
    assert!(!visible.is_empty());
    assert!(visible.iter().all(|&r| a.matrix().has(r, 1)));
    a.update(Action::ToggleTheme);
    assert!(!a.filter().is_active());
    // In the matrix, the column under the cursor.
    ch(&mut a, '2');
    ch(&mut a, 'l');
    ch(&mut a, 'l');
    ch(&mut a, ' ');
    assert!(a.filter().is_chosen(2));
    assert!(a.matrix_rows().iter().all(|&r| a.matrix().has(r, 2)));
}

#[test]
fn a_switches_all_and_any() {
    let mut a = app();
    let (t1, t2) = (theme(&a, "erfgoed"), theme(&a, "internationaal"));
    press(&mut a, KeyCode::Tab);
    for t in [t1, t2] {
        while a.filter_cursor() != t {
            a.update(Action::Down);
        }
        a.update(Action::ToggleTheme);
    }
    let all = a.visible_regions();
    ch(&mut a, 'a');
    assert_eq!(a.filter().mode, Mode::Any);
    let any = a.visible_regions();
    assert!(any.len() > all.len());
    assert!(
        any.iter()
            .all(|&r| a.matrix().has(r, t1) || a.matrix().has(r, t2))
    );
    assert!(shows(&a, "een van"));
    a.update(Action::ToggleMode);
    assert_eq!(a.filter().mode, Mode::All);
}

#[test]
fn x_clears_the_filter() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    ch(&mut a, ' ');
    ch(&mut a, 'j');
    ch(&mut a, ' ');
    assert_eq!(a.filter().chosen().count(), 2);
    ch(&mut a, 'x');
    assert!(!a.filter().is_active());
    assert_eq!(a.visible_regions().len(), 15);
    a.update(Action::ToggleTheme);
    a.update(Action::ClearFilter);
    assert!(!a.filter().is_active());
}

#[test]
fn the_selection_follows_the_filter() {
    let mut a = app();
    // We The North has no "makers" theme (the first region), so the filter moves the selection.
    let makers = theme(&a, "makers");
    assert!(!a.matrix().has(0, makers));
    press(&mut a, KeyCode::Tab);
    while a.filter_cursor() != makers {
        a.update(Action::Down);
    }
    a.update(Action::ToggleTheme);
    let sel = a.selected_region().expect("a region passes");
    assert!(a.matrix().has(sel, makers));
}

#[test]
fn enter_opens_the_profile_from_the_list_and_from_the_matrix() {
    let mut a = app();
    ch(&mut a, 'j');
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(1));
    ch(&mut a, '2');
    a.update(Action::ShowView(View::Matrix));
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    let row = a.matrix_rows()[3];
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Profiles);
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(row));
    assert!(shows(&a, &a.data().regions[row].profile_title));
    // From Context too.
    ch(&mut a, '4');
    a.update(Action::Open);
    assert_eq!((a.view(), a.focus()), (View::Profiles, Focus::Detail));
}

#[test]
fn enter_does_nothing_when_no_region_is_visible() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zzzz");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Regions);
    assert_eq!(a.selected_region(), None);
    assert!(shows(&a, "Geen regio past"));
}

#[test]
fn s_cycles_the_matrix_order() {
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, 's');
    assert_eq!(a.sort(), SortKey::Total);
    let totals: Vec<usize> = a
        .matrix_rows()
        .iter()
        .map(|&r| a.matrix().row_total(r))
        .collect();
    assert!(totals.windows(2).all(|w| w[0] >= w[1]), "{totals:?}");
    ch(&mut a, 'l');
    ch(&mut a, 's');
    assert_eq!(a.sort(), SortKey::Theme(1));
    let rows = a.matrix_rows();
    let with = rows.iter().take_while(|&&r| a.matrix().has(r, 1)).count();
    assert_eq!(
        with,
        a.matrix().column_total(1, &rows),
        "regions with the theme come first"
    );
    ch(&mut a, 'l');
    a.update(Action::CycleSort);
    assert_eq!(
        a.sort(),
        SortKey::Theme(2),
        "on another column, sort by that column"
    );
    a.update(Action::CycleSort);
    assert_eq!(a.sort(), SortKey::Document);
    assert_eq!(a.matrix_rows(), (0..15).collect::<Vec<_>>());
}

#[test]
fn matrix_moves_keep_the_same_region_across_sorting() {
    let mut a = app();
    ch(&mut a, '2');
    ch(&mut a, 'G');
    let sel = a.selected_region();
    ch(&mut a, 's');
    assert_eq!(
        a.selected_region(),
        sel,
        "sorting keeps the selected region"
    );
    ch(&mut a, 'g');
    assert_eq!(a.selected_region(), Some(a.matrix_rows()[0]));
}

#[test]
fn esc_goes_back() {
    let mut a = app();
    a.update(Action::Open);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.focus(), Focus::Regions);
    ch(&mut a, '/');
    type_text(&mut a, "ut");
    press(&mut a, KeyCode::Enter);
    assert!(a.search().is_filtering());
    a.update(Action::Back);
    a.update(Action::Back);
    assert!(
        !a.search().is_filtering(),
        "the second Esc drops the search"
    );
    assert_eq!(a.visible_regions().len(), 15);
    ch(&mut a, '4');
    a.update(Action::Right);
    a.update(Action::Back);
    assert_eq!(a.focus(), Focus::Sections);
    ch(&mut a, '?');
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.help_scroll(), None);
}

#[test]
fn question_mark_toggles_the_help_and_keys_stay_in_it() {
    let mut a = app();
    ch(&mut a, '?');
    assert_eq!(a.help_scroll(), Some(0));
    assert!(shows(&a, "Toetsen"));
    ch(&mut a, '2');
    assert_eq!(a.view(), View::Profiles, "the help is modal");
    ch(&mut a, 'j');
    assert_eq!(
        a.selected_region(),
        Some(0),
        "j scrolls the help, not the list"
    );
    assert_eq!(a.help_scroll(), Some(1));
    ch(&mut a, 'G');
    let end = a.help_scroll().expect("open");
    assert!(end > 1);
    ch(&mut a, '?');
    assert_eq!(a.help_scroll(), None);
    a.update(Action::ToggleHelp);
    assert!(a.help_scroll().is_some());
    ch(&mut a, 'q');
    assert!(a.should_quit(), "q quits from the help");
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
    a.update(Action::SearchOpen);
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
    assert_eq!(a.visible_regions(), vec![zwolle]);
    assert_eq!(a.selected_region(), Some(zwolle));
    a.update(Action::SearchInsert('l'));
    assert_eq!(a.search().query, "ZWÖLl");
    // Several hits: the first is selected.
    a.update(Action::SearchClear);
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
    assert_eq!(a.search().query, "leiden");
    assert_eq!(a.visible_regions(), vec![region(&a, "leiden")]);
    press(&mut a, KeyCode::Home);
    press(&mut a, KeyCode::Delete);
    assert_eq!(a.search().query, "eiden");
    a.update(Action::SearchDelete);
    assert_eq!(a.search().query, "iden");
    a.update(Action::SearchEnd);
    a.update(Action::SearchBackspace);
    assert_eq!(a.search().query, "ide");
}

#[test]
fn the_search_cursor_moves_and_stays_in_the_query() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "zuid");
    assert_eq!(a.search().cursor, 4);
    a.update(Action::SearchLeft);
    assert_eq!(a.search().cursor, 3);
    a.update(Action::SearchHome);
    assert_eq!(a.search().cursor, 0);
    a.update(Action::SearchLeft);
    assert_eq!(a.search().cursor, 0);
    a.update(Action::SearchRight);
    assert_eq!(a.search().cursor, 1);
    press(&mut a, KeyCode::End);
    a.update(Action::SearchRight);
    assert_eq!(a.search().cursor, 4);
    ch(&mut a, 'x');
    assert_eq!(a.search().query, "zuidx");
}

#[test]
fn ctrl_u_empties_the_search_field() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "rotter");
    ctrl(&mut a, 'u');
    assert_eq!(a.search().query, "");
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
    a.update(Action::SearchOpen);
    a.update(Action::SearchCancel);
    assert_eq!(a.selected_region(), before);
}

#[test]
fn enter_in_the_search_keeps_the_query_and_opens_the_region() {
    let mut a = app();
    ch(&mut a, '/');
    type_text(&mut a, "haag");
    press(&mut a, KeyCode::Enter);
    assert!(!a.search().editing);
    assert_eq!(a.search().query, "haag");
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(region(&a, "haaglanden")));
    assert!(shows(&a, "/ haag"), "the status bar shows the search");
    // An empty query accepted is no search at all.
    a.update(Action::SearchOpen);
    a.update(Action::SearchClear);
    a.update(Action::SearchAccept);
    assert!(!a.search().is_filtering());
}

#[test]
fn a_paste_types_into_the_search_only() {
    let mut a = app();
    send(&mut a, &Event::Paste("q".into()));
    assert!(!a.should_quit(), "pasted text is not a key");
    ch(&mut a, '/');
    send(&mut a, &Event::Paste("Lei\nden".into()));
    assert_eq!(a.search().query, "Leiden");
}

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
    a.update(Action::Resize(40, 10));
    assert!(a.too_small());
    assert!(shows(&a, "Terminal te klein"));
    assert!(shows(&a, "60×16"));
    ch(&mut a, 'j');
    ch(&mut a, '2');
    a.update(Action::Click(5, 5));
    assert_eq!((a.view(), a.selected_region()), (View::Profiles, Some(0)));
    a.update(Action::Resize(100, 30));
    assert!(!a.too_small());
    assert_eq!(a.size().width, 100);
    a.update(Action::Resize(1, 1));
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

    a.update(Action::ShowView(View::Profiles));
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
    let d = a.areas().detail;
    click(&mut a, d.x + 3, d.y + 3);
    assert_eq!(a.focus(), Focus::Detail);

    a.update(Action::ShowView(View::Context));
    let s = inner(a.areas().sections);
    click(&mut a, s.x + 1, s.y + 2);
    assert_eq!(a.section(), 2);
    a.update(Action::ToggleHelp);
    a.update(Action::Click(0, 0));
    assert_eq!(a.help_scroll(), None, "a click closes the help");
    assert_eq!(a.view(), View::Context, "and does nothing else");
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app();
    let d = a.areas().detail;
    a.update(Action::Wheel {
        x: d.x + 2,
        y: d.y + 2,
        down: true,
    });
    assert_eq!(a.detail_scroll(), 3);
    assert_eq!(
        a.focus(),
        Focus::Regions,
        "the wheel does not move the focus"
    );
    a.update(Action::Wheel {
        x: d.x + 2,
        y: d.y + 2,
        down: false,
    });
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
    a.update(Action::ToggleHelp);
    a.update(Action::Wheel {
        x: 0,
        y: 0,
        down: true,
    });
    assert_eq!(a.help_scroll(), Some(3));
}

#[test]
fn the_profile_scroll_is_bounded_by_the_wrapped_text_and_resets_on_a_new_region() {
    let mut a = app();
    a.update(Action::Open);
    a.update(Action::Bottom);
    let end = a.detail_scroll();
    assert!(end > 0);
    a.update(Action::Down);
    assert_eq!(a.detail_scroll(), end, "no scrolling past the end");
    // The last line of the text is on screen.
    let lines =
        regioprofielen::tui::pages::lines(&a, Focus::Detail, a.areas().text_width(Focus::Detail));
    let last = lines.last().expect("text").to_string();
    assert!(shows(&a, last.trim()), "{last}");
    a.update(Action::Left);
    a.update(Action::Down);
    assert_eq!(a.detail_scroll(), 0);
    // A wider terminal needs less scrolling.
    a.update(Action::Open);
    a.update(Action::Bottom);
    let narrow = a.detail_scroll();
    a.update(Action::Resize(200, 60));
    assert!(a.detail_scroll() < narrow);
}
