//! The interactive terminal explorer.
//!
//! Data flows one way: terminal event → [`input`] / [`keymap`] → [`Action`] →
//! [`App::update`] → [`ui::render`]. The layout both sides need comes from one pure
//! function, [`layout::compute`].

pub mod action;
pub mod app;
pub mod bron;
pub mod document;
pub mod effect;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod pages;
pub mod palette;
pub mod scroll;
pub mod search;
pub mod shown;
pub mod terminal;
pub mod ui;
mod update;
pub mod view;
pub mod wrap;

use std::io::{self, IsTerminal};
use std::time::Duration;

use ratatui::crossterm::event;

pub use action::Action;
pub use app::App;

use crate::i18n::Lang;
use crate::model::Dataset;
use crate::source::Source;

/// Whether both standard input and standard output are terminals (the explorer needs both).
pub fn is_terminal() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Runs the explorer over `data` until the user quits. The terminal is restored on every
/// way out, including errors, panics and terminating signals.
pub fn run(data: Dataset, source: Option<Source>, lang: Lang) -> io::Result<()> {
    let mut app = App::new(data, lang).with_source(source);
    let mut session = terminal::Session::start()?;
    // Start listening for events (and so for SIGWINCH) before reading the size: a resize
    // between the two would otherwise be lost and the first frame drawn at a stale size.
    event::poll(Duration::ZERO)?;
    let size = session.terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    loop {
        if dirty {
            let _guard = terminal::OUTPUT
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            session.terminal.draw(|frame| ui::render(&app, frame))?;
        }
        // Block until something happens: no polling, so no CPU use while idle.
        let ev = event::read()?;
        // Events that ask for nothing (mouse movement, key releases) cost no redraw.
        dirty = false;
        for ev in input::split(ev) {
            for action in input::actions_for(&ev, &app) {
                app.update(action);
                dirty = true;
            }
        }
        perform_effects(&mut app, &mut session)?;
        // crossterm can drop a resize that arrives in the same instant as input; the size is
        // one ioctl away, so check it after every event.
        let size = session.terminal.size()?;
        if size != app.size() {
            app.update(Action::Resize(size.width, size.height));
            dirty = true;
        }
        if app.should_quit() {
            return Ok(());
        }
    }
}

/// Does what `update` asked of the outside world (files, the clipboard) and reports each
/// outcome back as an action. Clipboard sequences go straight to the terminal, outside the
/// frames, under the output lock so they never split a frame's escape sequences.
fn perform_effects(app: &mut App, session: &mut terminal::Session) -> io::Result<()> {
    for eff in app.take_effects() {
        let dir = std::env::current_dir()?;
        let done = {
            let _guard = terminal::OUTPUT
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            effect::perform(eff, &dir, session.terminal.backend_mut(), effect::in_tmux())
        };
        app.update(done);
    }
    Ok(())
}
