//! The key table itself: one binding per line, so it reads as a table (hence no rustfmt).

use ratatui::crossterm::event::KeyCode::{
    BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right,
    Tab, Up,
};

use super::Key::{Code, Ctrl, Text};
use super::{Binding, Say, Scope};
use crate::tui::action::{Action, Edit};
use crate::tui::view::View;

const fn bind(scope: Scope, keys: &'static [super::Key], action: Action, help: Say) -> Binding {
    Binding {
        scope,
        keys,
        action,
        help,
        hint: None,
    }
}

const fn hinted(
    scope: Scope,
    keys: &'static [super::Key],
    action: Action,
    help: Say,
    hint: Say,
) -> Binding {
    Binding {
        scope,
        keys,
        action,
        help,
        hint: Some(hint),
    }
}

/// Every key binding of the interface, in the order the help lists them within a scope.
#[rustfmt::skip]
pub static TABLE: &[Binding] = &[
    bind(Scope::Anywhere, &[Ctrl('c')], Action::Quit, |t| t.k_quit),
    bind(Scope::Anywhere, &[Ctrl('z')], Action::Suspend, |t| t.session.k_suspend),
    hinted(Scope::Main, &[Code(Char('q'))], Action::Quit, |t| t.k_quit_q, |t| t.h_quit),
    bind(Scope::Views, &[Code(Char('1'))], Action::ShowView(View::Profiles), |t| t.k_view[0]),
    bind(Scope::Views, &[Code(Char('2'))], Action::ShowView(View::Matrix), |t| t.k_view[1]),
    bind(Scope::Views, &[Code(Char('3'))], Action::ShowView(View::Compare), |t| t.k_view[2]),
    bind(Scope::Views, &[Code(Char('4'))], Action::ShowView(View::Context), |t| t.k_view[3]),
    bind(Scope::Views, &[Code(Char('5'))], Action::ShowView(View::Source), |t| t.k_view[4]),
    bind(Scope::Views, &[Code(Char('6'))], Action::ShowView(View::Map), |t| t.map.k_view),
    hinted(Scope::Views, &[Code(Tab)], Action::NextPane, |t| t.k_next_pane, |t| t.h_pane),
    bind(Scope::Views, &[Code(BackTab)], Action::PrevPane, |t| t.k_prev_pane),
    hinted(Scope::Views, &[Code(Enter)], Action::Open, |t| t.k_open, |t| t.h_open),
    hinted(Scope::Views, &[Code(Char('/'))], Action::SearchOpen, |t| t.k_search, |t| t.h_search),
    hinted(Scope::Views, &[Code(Char('a'))], Action::ToggleMode, |t| t.k_mode, |t| t.h_mode),
    hinted(Scope::Views, &[Code(Char('x'))], Action::ClearFilter, |t| t.k_clear, |t| t.h_clear),
    hinted(Scope::Views, &[Code(Char('i'))], Action::ToggleGeneral, |t| t.marks.k_general, |t| t.marks.h_general),
    hinted(Scope::Views, &[Code(Esc)], Action::Back, |t| t.k_back, |t| t.h_back),
    hinted(Scope::Views, &[Code(Char('?'))], Action::ToggleHelp, |t| t.k_help, |t| t.h_help),

    hinted(Scope::Selection, &[Code(Char(' '))], Action::ToggleMark, |t| t.work.k_mark, |t| t.work.h_mark),
    hinted(Scope::Selection, &[Code(Char('X'))], Action::ClearMarks, |t| t.work.k_clear_marks, |t| t.work.h_clear_marks),
    hinted(Scope::Selection, &[Code(Char('e'))], Action::Export, |t| t.work.k_export, |t| t.work.h_export),
    hinted(Scope::Selection, &[Code(Char('y'))], Action::Copy, |t| t.work.k_copy, |t| t.work.h_copy),

    hinted(Scope::Cite, &[Code(Char('b'))], Action::Cite, |t| t.bron.k_cite, |t| t.bron.h_cite),
    hinted(Scope::Source, &[Code(Char('n'))], Action::NextHit, |t| t.bron.k_next, |t| t.bron.h_next),
    bind(Scope::Source, &[Code(Char('N'))], Action::PrevHit, |t| t.bron.k_prev),

    bind(Scope::Move, &[Code(Up), Code(Char('k'))], Action::Up, |t| t.k_up),
    bind(Scope::Move, &[Code(Down), Code(Char('j'))], Action::Down, |t| t.k_down),
    bind(Scope::Move, &[Code(Char('g')), Code(Home)], Action::Top, |t| t.k_top),
    bind(Scope::Move, &[Code(Char('G')), Code(End)], Action::Bottom, |t| t.k_bottom),
    bind(Scope::Move, &[Code(PageUp)], Action::PageUp, |t| t.k_page_up),
    bind(Scope::Move, &[Code(PageDown)], Action::PageDown, |t| t.k_page_down),
    bind(Scope::Move, &[Code(Left), Code(Char('h'))], Action::Left, |t| t.k_left),
    bind(Scope::Move, &[Code(Right), Code(Char('l'))], Action::Right, |t| t.k_right),

    hinted(Scope::Filter, &[Code(Char(' '))], Action::ToggleTheme, |t| t.k_toggle, |t| t.h_toggle),

    // Space marks the row's region, as everywhere; the column's theme goes to the filter with f.
    hinted(Scope::Matrix, &[Code(Char('f'))], Action::ToggleTheme, |t| t.k_toggle_col, |t| t.h_toggle_col),
    hinted(Scope::Matrix, &[Code(Char('s'))], Action::CycleSort, |t| t.k_sort, |t| t.h_sort),
    hinted(Scope::Matrix, &[Code(Char('o'))], Action::ToggleGroup, |t| t.work.k_group, |t| t.work.h_group),
    hinted(Scope::Matrix, &[Code(Char('c'))], Action::ToggleChart, |t| t.work.k_chart, |t| t.work.h_chart),

    hinted(Scope::Map, &[Code(Char('o'))], Action::ToggleGroup, |t| t.map.k_group, |t| t.work.h_group),
    hinted(Scope::Map, &[Code(Char('e'))], Action::Export, |t| t.map.k_export, |t| t.map.h_export),

    hinted(Scope::Search, &[Code(Enter)], Action::SearchAccept, |t| t.k_s_accept, |t| t.h_open),
    hinted(Scope::Search, &[Code(Esc)], Action::SearchCancel, |t| t.k_s_cancel, |t| t.h_cancel),
    // Space types a space here: Ctrl-T marks the selected result from the field (and empties
    // it for the next name), and on the list, where Tab goes, Space marks.
    hinted(Scope::Search, &[Code(Tab)], Action::SearchToList, |t| t.work.k_s_list, |t| t.work.h_list),
    bind(Scope::Search, &[Code(Up)], Action::Up, |t| t.k_s_up),
    hinted(Scope::Search, &[Code(Down)], Action::Down, |t| t.k_s_down, |t| t.h_next),
    bind(Scope::Search, &[Code(Backspace)], Action::Edit(Edit::Backspace), |t| t.k_s_backspace),
    bind(Scope::Search, &[Code(Delete)], Action::Edit(Edit::Delete), |t| t.k_s_delete),
    bind(Scope::Search, &[Code(Left)], Action::Edit(Edit::Left), |t| t.k_s_left),
    bind(Scope::Search, &[Code(Right)], Action::Edit(Edit::Right), |t| t.k_s_right),
    bind(Scope::Search, &[Code(Home)], Action::Edit(Edit::Home), |t| t.k_s_home),
    bind(Scope::Search, &[Code(End)], Action::Edit(Edit::End), |t| t.k_s_end),
    bind(Scope::Search, &[Ctrl('u')], Action::Edit(Edit::Clear), |t| t.k_s_clear),
    hinted(Scope::Search, &[Ctrl('t')], Action::MarkResult, |t| t.work.k_s_mark, |t| t.work.h_s_mark),
    // The character typed replaces the placeholder (see `Binding::resolve`).
    bind(Scope::Search, &[Text], Action::Edit(Edit::Insert(' ')), |t| t.k_s_type),

    hinted(Scope::Help, &[Code(Esc), Code(Char('?'))], Action::ToggleHelp, |t| t.k_help_close, |t| t.h_close),
];
