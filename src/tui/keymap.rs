//! The one key table. It turns key presses into actions, and the help overlay and the status
//! bar hints are generated from it, so what a key does and what the screen says it does
//! cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::view::{Focus, View};
use crate::i18n::TuiTexts;

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// This key without Ctrl or Alt (for characters, Shift is part of the character).
    Code(KeyCode),
    /// Ctrl and this letter.
    Ctrl(char),
    /// Any printable character: typing text.
    Text,
}

impl Key {
    /// Whether a key event is this key.
    pub fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl_alt = ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match self {
            Key::Code(code) => !ctrl_alt && ev.code == code,
            Key::Ctrl(c) => {
                ev.modifiers.contains(KeyModifiers::CONTROL)
                    && matches!(ev.code, KeyCode::Char(k) if k.eq_ignore_ascii_case(&c))
            }
            Key::Text => !ctrl_alt && matches!(ev.code, KeyCode::Char(c) if !c.is_control()),
        }
    }

    /// The key's name as the help and status bar print it.
    pub fn label(self, t: &TuiTexts) -> String {
        match self {
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::Home => "Home".into(),
                KeyCode::End => "End".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Enter => "Enter".into(),
                KeyCode::Esc => "Esc".into(),
                KeyCode::Tab => "Tab".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                KeyCode::Backspace => "Backspace".into(),
                KeyCode::Delete => "Del".into(),
                KeyCode::Char(' ') => t.key_space.into(),
                KeyCode::Char(c) => c.to_string(),
                other => other.to_string(),
            },
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Text => t.key_text.into(),
        }
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Always, even while typing a search or when the terminal is too small.
    Anywhere,
    /// Everywhere but the search field.
    Main,
    /// In the views, when no overlay or search field is open.
    Views,
    /// Moving and scrolling in the focused pane (and in the help overlay).
    Move,
    /// The theme filter has the focus.
    Filter,
    /// The matrix view.
    Matrix,
    /// The search field is open.
    Search,
    /// The help overlay is open.
    Help,
}

impl Scope {
    /// The scopes in the order the help lists them.
    pub const HELP_ORDER: [Scope; 8] = [
        Scope::Anywhere,
        Scope::Main,
        Scope::Views,
        Scope::Move,
        Scope::Filter,
        Scope::Matrix,
        Scope::Search,
        Scope::Help,
    ];

    /// The help heading of the group this scope is listed under.
    pub fn group(self, t: &TuiTexts) -> &'static str {
        let i = match self {
            Scope::Anywhere | Scope::Main | Scope::Views => 0,
            Scope::Move => 1,
            Scope::Filter => 2,
            Scope::Matrix => 3,
            Scope::Search => 4,
            Scope::Help => 5,
        };
        t.help_groups[i]
    }
}

/// What reading a key depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The views take the keys.
    Normal,
    /// The search field takes the keys.
    Search,
    /// The help overlay is open.
    Help,
    /// The terminal is too small: only quitting works.
    TooSmall,
}

/// The state a key is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyContext {
    /// Which mode.
    pub mode: Mode,
    /// The current view.
    pub view: View,
    /// The focused pane.
    pub focus: Focus,
}

impl KeyContext {
    /// The active scopes, most specific first: the first binding found in this order wins.
    pub fn scopes(&self) -> Vec<Scope> {
        match self.mode {
            Mode::TooSmall => vec![Scope::Anywhere, Scope::Main],
            Mode::Search => vec![Scope::Anywhere, Scope::Search],
            Mode::Help => vec![Scope::Anywhere, Scope::Help, Scope::Move, Scope::Main],
            Mode::Normal => {
                let mut s = vec![Scope::Anywhere];
                if self.focus == Focus::Filter {
                    s.push(Scope::Filter);
                }
                if self.view == View::Matrix {
                    s.push(Scope::Matrix);
                }
                s.extend([Scope::Move, Scope::Views, Scope::Main]);
                s
            }
        }
    }

    /// The actions the status bar suggests here, most useful first.
    fn hint_actions(&self) -> &'static [Action] {
        match self.mode {
            Mode::TooSmall => &[Action::Quit],
            Mode::Search => &[Action::SearchAccept, Action::SearchCancel, Action::Down],
            Mode::Help => &[Action::ToggleHelp, Action::Quit],
            Mode::Normal => match self.focus {
                Focus::Regions => &[Action::Open, Action::SearchOpen, Action::NextPane],
                Focus::Filter => &[Action::ToggleTheme, Action::ToggleMode, Action::ClearFilter],
                Focus::Detail | Focus::SectionText => &[Action::Back, Action::NextPane],
                Focus::Matrix => &[Action::CycleSort, Action::ToggleTheme, Action::Open],
                Focus::Compare => &[Action::Quit],
                Focus::Sections => &[Action::NextPane, Action::Quit],
            },
        }
    }
}

/// Text for the help or a hint, in the interface language.
type Say = fn(&TuiTexts) -> &'static str;

/// One line of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys (any of them).
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// The help text.
    pub help: Say,
    /// The short status-bar text, if the binding is ever hinted.
    pub hint: Option<Say>,
}

impl Binding {
    /// The keys as the help prints them ("↓/j").
    pub fn label(&self, t: &TuiTexts) -> String {
        let labels: Vec<String> = self.keys.iter().map(|k| k.label(t)).collect();
        labels.join("/")
    }

    /// The action for a key event that matched this binding.
    fn resolve(&self, ev: &KeyEvent) -> Action {
        match (self.action.clone(), ev.code) {
            (Action::SearchInsert(_), KeyCode::Char(c)) => Action::SearchInsert(c),
            (a, _) => a,
        }
    }
}

use Key::{Code, Ctrl, Text};
use KeyCode::{
    BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right,
    Tab, Up,
};

const fn bind(scope: Scope, keys: &'static [Key], action: Action, help: Say) -> Binding {
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
    keys: &'static [Key],
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

/// Every key binding of the interface.
pub static TABLE: &[Binding] = &[
    bind(Scope::Anywhere, &[Ctrl('c')], Action::Quit, |t| t.k_quit),
    hinted(
        Scope::Main,
        &[Code(Char('q'))],
        Action::Quit,
        |t| t.k_quit_q,
        |t| t.h_quit,
    ),
    bind(
        Scope::Views,
        &[Code(Char('1'))],
        Action::ShowView(View::Profiles),
        |t| t.k_view[0],
    ),
    bind(
        Scope::Views,
        &[Code(Char('2'))],
        Action::ShowView(View::Matrix),
        |t| t.k_view[1],
    ),
    bind(
        Scope::Views,
        &[Code(Char('3'))],
        Action::ShowView(View::Compare),
        |t| t.k_view[2],
    ),
    bind(
        Scope::Views,
        &[Code(Char('4'))],
        Action::ShowView(View::Context),
        |t| t.k_view[3],
    ),
    hinted(
        Scope::Views,
        &[Code(Tab)],
        Action::NextPane,
        |t| t.k_next_pane,
        |t| t.h_pane,
    ),
    bind(Scope::Views, &[Code(BackTab)], Action::PrevPane, |t| {
        t.k_prev_pane
    }),
    hinted(
        Scope::Views,
        &[Code(Enter)],
        Action::Open,
        |t| t.k_open,
        |t| t.h_open,
    ),
    hinted(
        Scope::Views,
        &[Code(Char('/'))],
        Action::SearchOpen,
        |t| t.k_search,
        |t| t.h_search,
    ),
    hinted(
        Scope::Views,
        &[Code(Char('a'))],
        Action::ToggleMode,
        |t| t.k_mode,
        |t| t.h_mode,
    ),
    hinted(
        Scope::Views,
        &[Code(Char('x'))],
        Action::ClearFilter,
        |t| t.k_clear,
        |t| t.h_clear,
    ),
    hinted(
        Scope::Views,
        &[Code(Esc)],
        Action::Back,
        |t| t.k_back,
        |t| t.h_back,
    ),
    hinted(
        Scope::Views,
        &[Code(Char('?'))],
        Action::ToggleHelp,
        |t| t.k_help,
        |t| t.h_help,
    ),
    bind(Scope::Move, &[Code(Up), Code(Char('k'))], Action::Up, |t| {
        t.k_up
    }),
    bind(
        Scope::Move,
        &[Code(Down), Code(Char('j'))],
        Action::Down,
        |t| t.k_down,
    ),
    bind(
        Scope::Move,
        &[Code(Char('g')), Code(Home)],
        Action::Top,
        |t| t.k_top,
    ),
    bind(
        Scope::Move,
        &[Code(Char('G')), Code(End)],
        Action::Bottom,
        |t| t.k_bottom,
    ),
    bind(Scope::Move, &[Code(PageUp)], Action::PageUp, |t| {
        t.k_page_up
    }),
    bind(Scope::Move, &[Code(PageDown)], Action::PageDown, |t| {
        t.k_page_down
    }),
    bind(
        Scope::Move,
        &[Code(Left), Code(Char('h'))],
        Action::Left,
        |t| t.k_left,
    ),
    bind(
        Scope::Move,
        &[Code(Right), Code(Char('l'))],
        Action::Right,
        |t| t.k_right,
    ),
    hinted(
        Scope::Filter,
        &[Code(Char(' '))],
        Action::ToggleTheme,
        |t| t.k_toggle,
        |t| t.h_toggle,
    ),
    hinted(
        Scope::Matrix,
        &[Code(Char(' '))],
        Action::ToggleTheme,
        |t| t.k_toggle_col,
        |t| t.h_toggle_col,
    ),
    hinted(
        Scope::Matrix,
        &[Code(Char('s'))],
        Action::CycleSort,
        |t| t.k_sort,
        |t| t.h_sort,
    ),
    hinted(
        Scope::Search,
        &[Code(Enter)],
        Action::SearchAccept,
        |t| t.k_s_accept,
        |t| t.h_open,
    ),
    hinted(
        Scope::Search,
        &[Code(Esc)],
        Action::SearchCancel,
        |t| t.k_s_cancel,
        |t| t.h_cancel,
    ),
    bind(Scope::Search, &[Code(Up)], Action::Up, |t| t.k_s_up),
    hinted(
        Scope::Search,
        &[Code(Down)],
        Action::Down,
        |t| t.k_s_down,
        |t| t.h_next,
    ),
    bind(
        Scope::Search,
        &[Code(Backspace)],
        Action::SearchBackspace,
        |t| t.k_s_backspace,
    ),
    bind(Scope::Search, &[Code(Delete)], Action::SearchDelete, |t| {
        t.k_s_delete
    }),
    bind(Scope::Search, &[Code(Left)], Action::SearchLeft, |t| {
        t.k_s_left
    }),
    bind(Scope::Search, &[Code(Right)], Action::SearchRight, |t| {
        t.k_s_right
    }),
    bind(Scope::Search, &[Code(Home)], Action::SearchHome, |t| {
        t.k_s_home
    }),
    bind(Scope::Search, &[Code(End)], Action::SearchEnd, |t| {
        t.k_s_end
    }),
    bind(Scope::Search, &[Ctrl('u')], Action::SearchClear, |t| {
        t.k_s_clear
    }),
    bind(Scope::Search, &[Text], Action::SearchInsert(' '), |t| {
        t.k_s_type
    }),
    hinted(
        Scope::Help,
        &[Code(Esc), Code(Char('?'))],
        Action::ToggleHelp,
        |t| t.k_help_close,
        |t| t.h_close,
    ),
];

/// The action for a key press in this context, if the key is bound there. Key releases and
/// repeats do nothing (terminals that report them would otherwise act twice).
pub fn action_for(ev: &KeyEvent, ctx: &KeyContext) -> Option<Action> {
    if ev.kind != KeyEventKind::Press {
        return None;
    }
    ctx.scopes().into_iter().find_map(|scope| {
        TABLE
            .iter()
            .filter(|b| b.scope == scope)
            .find(|b| b.keys.iter().any(|k| k.matches(ev)))
            .map(|b| b.resolve(ev))
    })
}

/// The binding that does `action` in this context (the first in scope order).
pub fn binding_for(action: &Action, ctx: &KeyContext) -> Option<&'static Binding> {
    ctx.scopes().into_iter().find_map(|scope| {
        TABLE
            .iter()
            .find(|b| b.scope == scope && &b.action == action)
    })
}

/// The status-bar hints here: (keys, short text), most useful first, help last.
pub fn hints(ctx: &KeyContext, t: &TuiTexts) -> Vec<(String, &'static str)> {
    let mut actions: Vec<Action> = ctx.hint_actions().to_vec();
    if ctx.mode == Mode::Normal {
        actions.push(Action::ToggleHelp);
    }
    actions
        .iter()
        .filter_map(|a| {
            let b = ctx.scopes().into_iter().find_map(|scope| {
                TABLE
                    .iter()
                    .find(|b| b.scope == scope && &b.action == a && b.hint.is_some())
            })?;
            Some((b.label(t), (b.hint?)(t)))
        })
        .collect()
}
