//! Terminal events to actions: keys through the key table, the mouse and resizes directly.
//! The bytes become events in [`frame`] (cut into pieces, with time limits) and [`reader`]
//! (the thread that reads the terminal).

pub mod frame;
pub mod reader;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEventKind,
};

use super::action::{Action, Edit};
use super::app::App;
use super::keymap::{self, Mode};

/// The events a terminal event stands for, in order: usually itself.
///
/// Esc followed quickly by a key (two keys in one read, as happens over SSH) reaches us as
/// Alt and that key. Nothing here is bound to Alt, so it is split back into the two presses
/// the user made; each is then read in the state the one before left.
pub fn split(event: Event) -> Vec<Event> {
    match event {
        Event::Key(key)
            if key.modifiers.contains(KeyModifiers::ALT)
                && !key.modifiers.contains(KeyModifiers::CONTROL) =>
        {
            let mut esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
            esc.kind = key.kind;
            let mut plain = key;
            plain.modifiers.remove(KeyModifiers::ALT);
            vec![Event::Key(esc), Event::Key(plain)]
        }
        other => vec![other],
    }
}

/// The actions an event asks for in the current state (often none, a paste several).
pub fn actions_for(event: &Event, app: &App) -> Vec<Action> {
    let ctx = app.key_context();
    match event {
        Event::Key(key) => keymap::action_for(key, &ctx).into_iter().collect(),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => vec![Action::Click(m.column, m.row)],
            MouseEventKind::ScrollDown => vec![Action::Wheel {
                x: m.column,
                y: m.row,
                down: true,
            }],
            MouseEventKind::ScrollUp => vec![Action::Wheel {
                x: m.column,
                y: m.row,
                down: false,
            }],
            _ => Vec::new(),
        },
        Event::Resize(w, h) => vec![Action::Resize(*w, *h)],
        // A paste is typed into the open text field, as one edit; elsewhere it is ignored,
        // so that pasted text can never act as a string of commands (a "q" in it would quit).
        Event::Paste(text) if ctx.mode == Mode::Search => {
            vec![Action::Edit(Edit::Paste(text.clone()))]
        }
        _ => Vec::new(),
    }
}
