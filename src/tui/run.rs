//! One turn of the run loop: a burst of input becomes actions through the key table, the
//! actions change the state, and what they ask of the outside world is done. The real loop
//! ([`super::run`]) and the test driver ([`super::drive`]) both take their turns here, so a
//! test that feeds bytes meets what a terminal meets: the batching of typed characters
//! into one edit, quitting and suspending in the middle of a burst, effects reported back.

use std::io;

use ratatui::layout::Size;

use super::action::{Action, Edit};
use super::app::App;
use super::input::{self, reader::Input};

/// What the loop needs of the world outside the state.
pub trait Outside {
    /// Does what the state asked of the outside world (files, the clipboard), feeding each
    /// outcome back to the state as an action.
    fn perform_effects(&mut self, app: &mut App);
    /// Gives the terminal back until the process is continued.
    fn suspend(&mut self) -> io::Result<()>;
    /// Forgets what was drawn, so the next frame is drawn whole.
    fn redraw_all(&mut self) -> io::Result<()>;
}

/// How the loop goes on after a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on; `dirty` when the screen must be drawn again.
    Go {
        /// Something changed that the screen shows.
        dirty: bool,
    },
    /// The user quit.
    Quit,
}

/// Tells the state the terminal's size when it changed; whether it did (the loop checks on
/// every turn, so a resize is never missed: a SIGWINCH only wakes the loop).
pub fn sync_size(app: &mut App, size: Size) -> bool {
    if size == app.size() {
        return false;
    }
    app.update(Action::Resize(size.width, size.height));
    true
}

/// Handles one burst of input, in order.
pub fn turn(
    app: &mut App,
    batch: impl IntoIterator<Item = Input>,
    outside: &mut impl Outside,
) -> io::Result<Flow> {
    let mut typed = String::new();
    let mut dirty = false;
    for next in batch {
        let event = match next {
            Input::Event(event) => event,
            Input::Resized => continue,
            Input::Resumed => {
                outside.redraw_all()?;
                dirty = true;
                continue;
            }
            Input::Failed(e) => return Err(e),
        };
        for ev in input::split(event) {
            for action in input::actions_for(&ev, app) {
                // Characters typed into a field in one burst are one edit, so the search
                // runs once for them (what follows does not depend on it).
                if let Action::Edit(Edit::Insert(c)) = action {
                    typed.push(c);
                    continue;
                }
                flush_typed(app, &mut typed);
                app.update(action);
                dirty = true;
            }
        }
        // Quitting, or suspending, wins over whatever else came in the same burst.
        if app.should_quit() {
            return Ok(Flow::Quit);
        }
        if app.take_suspend() {
            outside.suspend()?;
            dirty = true;
        }
        outside.perform_effects(app);
    }
    if !typed.is_empty() {
        flush_typed(app, &mut typed);
        dirty = true;
    }
    Ok(Flow::Go { dirty })
}

/// Applies the characters typed since the last other action as one edit.
fn flush_typed(app: &mut App, typed: &mut String) {
    if !typed.is_empty() {
        app.update(Action::Edit(Edit::Paste(std::mem::take(typed))));
    }
}
