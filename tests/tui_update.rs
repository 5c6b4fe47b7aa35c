//! `App::update`, action by action: each variant of `Action` and the keys that send it
//! (the search field is in `tui_search.rs`, the mouse and resizes in `tui_mouse.rs`, marks and
//! the comparison in `tui_compare.rs`, grouping and the chart in `tui_matrix_insights.rs`,
//! saving and copying in `tui_take_out.rs`).

mod tui_support;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::path::PathBuf;

use regioprofielen::tui::Action;
use regioprofielen::tui::action::Edit;
use regioprofielen::tui::effect::{Copied, CopyFailure};
use regioprofielen::tui::layout::inner;
use regioprofielen::tui::view::{Focus, View};
use tui_support::*;

/// A sample of every action. The match has no wildcard, so a new variant does not compile
/// until it is listed here, and so gets a test below.
fn every_action() -> Vec<Action> {
    let all = vec![
        Action::Quit,
        Action::Suspend,
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
        Action::ToggleMark,
        Action::ClearMarks,
        Action::ToggleGroup,
        Action::ToggleChart,
        Action::Export,
        Action::Copy,
        Action::Exported(Ok(PathBuf::from("matrix.md"))),
        Action::Exported(Err((PathBuf::from("matrix.md"), "read-only".into()))),
        Action::Copied(Ok(Copied {
            chars: 10,
            tmux_buffer: false,
        })),
        Action::Copied(Err(CopyFailure::TooLong(200_000))),
        Action::Copied(Err(CopyFailure::Io("gone".into()))),
        Action::ToggleMode,
        Action::ClearFilter,
        Action::ToggleGeneral,
        Action::Open,
        Action::CycleSort,
        Action::Back,
        Action::ToggleHelp,
        Action::SearchOpen,
        Action::Edit(Edit::Insert('a')),
        Action::Edit(Edit::Backspace),
        Action::Edit(Edit::Delete),
        Action::Edit(Edit::Left),
        Action::Edit(Edit::Right),
        Action::Edit(Edit::Home),
        Action::Edit(Edit::End),
        Action::Edit(Edit::Clear),
        Action::SearchCancel,
        Action::SearchAccept,
        Action::SearchToList,
        Action::MarkResult,
        Action::Edit(Edit::Paste("twente\nzee".into())),
        Action::Cite,
        Action::NextHit,
        Action::PrevHit,
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
            | Action::Suspend
            | Action::Edit(Edit::Paste(_))
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
            | Action::ToggleMark
            | Action::ClearMarks
            | Action::ToggleGroup
            | Action::ToggleChart
            | Action::Export
            | Action::Copy
            | Action::Exported(_)
            | Action::Copied(_)
            | Action::ToggleMode
            | Action::ClearFilter
            | Action::ToggleGeneral
            | Action::Open
            | Action::CycleSort
            | Action::Back
            | Action::ToggleHelp
            | Action::SearchOpen
            | Action::Edit(Edit::Insert(_))
            | Action::Edit(Edit::Backspace)
            | Action::Edit(Edit::Delete)
            | Action::Edit(Edit::Left)
            | Action::Edit(Edit::Right)
            | Action::Edit(Edit::Home)
            | Action::Edit(Edit::End)
            | Action::Edit(Edit::Clear)
            | Action::SearchCancel
            | Action::SearchAccept
            | Action::SearchToList
            | Action::MarkResult
            | Action::Cite
            | Action::NextHit
            | Action::PrevHit
            | Action::Resize(..)
            | Action::Click(..)
            | Action::Wheel { .. } => {}
        }
    }
    all
}

#[test]
fn every_action_in_every_view_keeps_the_state_whole() {
    for view in View::ALL {
        for a in every_action() {
            let mut app = app();
            app.update(Action::ShowView(view));
            app.update(a.clone());
            let why = format!("{a:?} in {view:?}");
            // The selection is a region that is shown, cursors are in range, the focus is
            // on a pane of the view.
            let visible = app.visible_regions();
            match app.selected_region() {
                Some(r) => assert!(visible.contains(&r), "{why}: {r} not shown"),
                None => assert!(visible.is_empty(), "{why}: nothing selected"),
            }
            assert!(app.matrix_col() < app.data().themes.len(), "{why}");
            assert!(app.section() < app.section_count(), "{why}");
            assert!(app.view().panes().contains(&app.focus()), "{why}");
            // The frame is drawn whole: the tab bar on top, the status bar below.
            let lines = screen(&app);
            assert_eq!(lines.len(), 24, "{why}");
            assert!(lines[0].contains("1 Profielen"), "{why}: {:?}", lines[0]);
            assert!(!lines[23].trim().is_empty(), "{why}: no status bar");
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
    ch(&mut a, 'q');
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
    press(&mut a, KeyCode::Up);
    assert_eq!(a.selected_region(), Some(0), "stays on the first row");
    press(&mut a, KeyCode::Down);
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
    press(&mut a, KeyCode::End);
    press(&mut a, KeyCode::End);
    assert_eq!(a.selected_region(), Some(last));
    press(&mut a, KeyCode::Home);
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
    press(&mut a, KeyCode::PageDown);
    assert_eq!(a.selected_region(), Some(2 * page));
    assert!(
        a.region_offset() > 0,
        "the list scrolled to keep the cursor in view"
    );
    press(&mut a, KeyCode::PageUp);
    press(&mut a, KeyCode::PageUp);
    assert_eq!(a.selected_region(), Some(0));
    assert_eq!(a.region_offset(), 0);
    // In the profile, a page scrolls the text.
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::PageDown);
    assert!(a.detail_scroll() > 0);
    press(&mut a, KeyCode::PageUp);
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
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.matrix_col(), 0);
    for _ in 0..40 {
        press(&mut a, KeyCode::Right);
    }
    assert_eq!(a.matrix_col(), a.data().themes.len() - 1);
    ch(&mut a, '4');
    press(&mut a, KeyCode::Right);
    assert_eq!(a.focus(), Focus::SectionText);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.focus(), Focus::Sections);
}

#[test]
fn tab_and_shift_tab_cycle_the_panes() {
    let mut a = app();
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Filter);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.focus(), Focus::Regions);
    send(&mut a, &key_event(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(a.focus(), Focus::Detail);
    press(&mut a, KeyCode::BackTab);
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
    ch(&mut a, '1');
    assert_eq!(
        a.focus(),
        Focus::Filter,
        "the filter had the focus when Profielen was left"
    );
    assert!(shows(&a, "Themafilter"));
}

#[test]
fn enter_opens_the_profile_from_the_list_and_from_the_matrix() {
    let mut a = app();
    ch(&mut a, 'j');
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(1));
    ch(&mut a, '2');
    ch(&mut a, '2');
    ch(&mut a, 'j');
    ch(&mut a, 'j');
    let row = a.matrix_rows()[3];
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.view(), View::Profiles);
    assert_eq!(a.focus(), Focus::Detail);
    assert_eq!(a.selected_region(), Some(row));
    assert!(shows(&a, &a.data().regions[row].profile_title));
    // In Context, Enter on a section opens its text.
    ch(&mut a, '4');
    press(&mut a, KeyCode::Enter);
    assert_eq!((a.view(), a.focus()), (View::Context, Focus::SectionText));
}

#[test]
fn esc_goes_back() {
    let mut a = app();
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.focus(), Focus::Regions);
    ch(&mut a, '/');
    type_text(&mut a, "ut");
    press(&mut a, KeyCode::Enter);
    assert!(a.search().is_filtering());
    press(&mut a, KeyCode::Esc);
    press(&mut a, KeyCode::Esc);
    assert!(
        !a.search().is_filtering(),
        "the second Esc drops the search"
    );
    assert_eq!(a.visible_regions().len(), 15);
    ch(&mut a, '4');
    press(&mut a, KeyCode::Right);
    press(&mut a, KeyCode::Esc);
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
    ch(&mut a, '?');
    assert!(a.help_scroll().is_some());
    ch(&mut a, 'q');
    assert!(a.should_quit(), "q quits from the help");
}

#[test]
fn the_profile_scroll_is_bounded_by_the_wrapped_text_and_resets_on_a_new_region() {
    let mut a = app();
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::End);
    let end = a.detail_scroll();
    assert!(end > 0);
    press(&mut a, KeyCode::Down);
    assert_eq!(a.detail_scroll(), end, "no scrolling past the end");
    // The last line of the text is on screen.
    let lines =
        regioprofielen::tui::pages::lines(&a, Focus::Detail, a.areas().text_width(Focus::Detail));
    let last = lines.last().expect("text").to_string();
    assert!(shows(&a, last.trim()), "{last}");
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Down);
    assert_eq!(a.detail_scroll(), 0);
    // A wider terminal needs less scrolling.
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::End);
    let narrow = a.detail_scroll();
    tui_support::resize(&mut a, 200, 60);
    assert!(a.detail_scroll() < narrow);
}

#[test]
fn esc_and_a_key_arriving_together_act_as_two_presses() {
    // Over SSH, Esc then j typed quickly arrive as one read, which the terminal library
    // reports as Alt-j.
    let mut a = app();
    press(&mut a, KeyCode::Enter);
    send(&mut a, &key_event(KeyCode::Char('j'), KeyModifiers::ALT));
    assert_eq!(a.focus(), Focus::Regions, "Esc went back to the list");
    assert_eq!(a.selected_region(), Some(1), "and j moved down");
    send(&mut a, &key_event(KeyCode::Esc, KeyModifiers::ALT));
    assert_eq!(a.focus(), Focus::Regions);
}
