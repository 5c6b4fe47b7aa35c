//! The one key table. It turns key presses into actions, and the help overlay and the status
//! bar hints are generated from it, so what a key does and what the screen says it does
//! cannot drift apart.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::{Action, Edit};
use super::view::{Focus, View};
use crate::i18n::TuiTexts;

mod table;

pub use table::TABLE;

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
    /// Marking regions and taking results out, in the views (listed apart in the help).
    Selection,
    /// Opening the source document at a quote, in the views.
    Cite,
    /// The Bron view.
    Source,
    /// Moving and scrolling in the focused pane (and in the help overlay).
    Move,
    /// The theme filter has the focus.
    Filter,
    /// The matrix view.
    Matrix,
    /// The map view.
    Map,
    /// The search field is open.
    Search,
    /// The help overlay is open.
    Help,
}

impl Scope {
    /// The scopes in the order the help lists them.
    pub const HELP_ORDER: [Scope; 12] = [
        Scope::Anywhere,
        Scope::Main,
        Scope::Views,
        Scope::Selection,
        Scope::Cite,
        Scope::Source,
        Scope::Move,
        Scope::Filter,
        Scope::Matrix,
        Scope::Map,
        Scope::Search,
        Scope::Help,
    ];

    /// The help heading of the group this scope is listed under.
    pub fn group(self, t: &TuiTexts) -> &'static str {
        let i = match self {
            Scope::Selection => return t.work.help_group,
            Scope::Map => return t.map.help_group,
            Scope::Cite | Scope::Source => return t.bron.help_group,
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
                if self.view == View::Map {
                    s.push(Scope::Map);
                }
                if self.view == View::Source {
                    s.push(Scope::Source);
                }
                s.extend([
                    Scope::Move,
                    Scope::Views,
                    Scope::Selection,
                    Scope::Cite,
                    Scope::Main,
                ]);
                s
            }
        }
    }

    /// The actions the status bar suggests here, most useful first.
    fn hint_actions(&self) -> &'static [Action] {
        match self.mode {
            Mode::TooSmall => &[Action::Quit],
            // The Bron view's search has no list to go to, and keeps its hit on Enter.
            Mode::Search if self.view == View::Source => &[Action::SearchCancel, Action::Down],
            Mode::Search => &[
                Action::SearchAccept,
                Action::SearchToList,
                Action::SearchCancel,
                Action::Down,
            ],
            Mode::Help => &[Action::ToggleHelp, Action::Quit],
            Mode::Normal => match self.focus {
                Focus::Regions => &[
                    Action::Open,
                    Action::ToggleMark,
                    Action::SearchOpen,
                    Action::Cite,
                    Action::NextPane,
                ],
                Focus::Filter => &[
                    Action::ToggleTheme,
                    Action::ToggleMode,
                    Action::ToggleGeneral,
                    Action::ClearFilter,
                ],
                Focus::Detail => &[
                    Action::Back,
                    Action::Cite,
                    Action::ToggleMark,
                    Action::Export,
                ],
                Focus::SectionText => {
                    &[Action::Back, Action::Cite, Action::NextPane, Action::Export]
                }
                Focus::Matrix => &[
                    Action::ToggleMark,
                    Action::Cite,
                    Action::CycleSort,
                    Action::ToggleTheme,
                    Action::ToggleGroup,
                    Action::ToggleChart,
                ],
                Focus::Compare => &[Action::Export, Action::Copy, Action::ClearMarks],
                Focus::Sections => &[Action::NextPane, Action::Cite, Action::Export, Action::Quit],
                Focus::MapList => &[
                    Action::Open,
                    Action::ToggleMark,
                    Action::ToggleGroup,
                    Action::Export,
                    Action::SearchOpen,
                ],
                Focus::Source => &[
                    Action::SearchOpen,
                    Action::NextHit,
                    Action::Back,
                    Action::Copy,
                ],
            },
        }
    }
}

/// Text for the help or a hint, in the interface language.
pub type Say = fn(&TuiTexts) -> &'static str;

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
            (Action::Edit(Edit::Insert(_)), KeyCode::Char(c)) => Action::Edit(Edit::Insert(c)),
            (a, _) => a,
        }
    }
}

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

/// The binding that does `action` in this context: the first in scope order, preferring
/// one the status bar hints (so "q" rather than "Ctrl-C" for quitting).
pub fn binding_for(action: &Action, ctx: &KeyContext) -> Option<&'static Binding> {
    let scopes = ctx.scopes();
    let find = |hinted: bool| {
        scopes.iter().find_map(|&scope| {
            TABLE
                .iter()
                .find(|b| b.scope == scope && &b.action == action && (!hinted || b.hint.is_some()))
        })
    };
    find(true).or_else(|| find(false))
}

/// The keys of `action` in the views (normal mode) with this view and focus, for texts that
/// name a key; empty if it is not bound there.
pub fn label_for(action: &Action, view: View, focus: Focus, t: &TuiTexts) -> String {
    let ctx = KeyContext {
        mode: Mode::Normal,
        view,
        focus,
    };
    binding_for(action, &ctx).map_or_else(String::new, |b| b.label(t))
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
            let b = binding_for(a, ctx)?;
            Some((b.label(t), (b.hint?)(t)))
        })
        .collect()
}
