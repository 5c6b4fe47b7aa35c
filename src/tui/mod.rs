//! The interactive terminal explorer.
//!
//! Data flows one way: terminal event → [`input`] / [`keymap`] → [`Action`] →
//! [`App::update`] → [`ui::render`]. The layout both sides need comes from one pure
//! function, [`layout::compute`].

pub mod action;
pub mod app;
pub mod backend;
pub mod bron;
pub mod compare;
pub mod context;
pub mod document;
pub mod drive;
pub mod effect;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod map;
pub mod pages;
pub mod palette;
pub mod profiles;
pub mod run;
pub mod scroll;
pub mod search;
pub mod shown;
#[cfg(unix)]
mod signals;
pub mod table;
pub mod terminal;
pub mod ui;
mod update;
pub mod view;
pub mod widgets;
pub mod wrap;

use std::io::{self, IsTerminal};
use std::sync::mpsc;

pub use action::Action;
pub use app::App;

use crate::i18n::Lang;
use crate::model::Dataset;
use crate::source::Source;

/// Whether both standard input and standard output are terminals (the explorer needs both).
pub fn is_terminal() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// The most inputs handled before the screen is drawn again.
const BATCH: usize = 256;

/// Runs the explorer over `data` until the user quits. The terminal is restored on every
/// way out, including errors, panics, aborts and terminating signals, and while suspended.
pub fn run(data: Dataset, source: Option<Source>, lang: Lang) -> io::Result<()> {
    let mut app = App::new(data, lang).with_source(source);
    let (events, inputs) = mpsc::channel();
    let mut session = terminal::Session::start()?;
    // Listen for resizes before reading the size: one in between is not lost.
    #[cfg(unix)]
    signals::install(events.clone())?;
    input::reader::spawn(events)?;
    let mut dirty = true;
    loop {
        dirty |= run::sync_size(&mut app, session.terminal.size()?);
        if dirty {
            let _guard = terminal::OUTPUT
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            session.terminal.draw(|frame| ui::render(&app, frame))?;
        }
        // Block until something happens: no polling, so no CPU use while idle. Then take
        // what else has arrived, so a burst of keys costs one frame.
        let Ok(first) = inputs.recv() else {
            return Ok(());
        };
        let batch = std::iter::once(first).chain(inputs.try_iter().take(BATCH));
        match run::turn(&mut app, batch, &mut session)? {
            run::Flow::Quit => return Ok(()),
            run::Flow::Go { dirty: d } => dirty = d,
        }
    }
}

impl run::Outside for terminal::Session {
    fn perform_effects(&mut self, app: &mut App) {
        perform_effects(app, self);
    }

    fn suspend(&mut self) -> io::Result<()> {
        terminal::Session::suspend(self)
    }

    fn redraw_all(&mut self) -> io::Result<()> {
        terminal::Session::redraw_all(self)
    }
}

/// Does what `update` asked of the outside world (files, the clipboard) and reports each
/// outcome back as an action: a failure is a message in the status bar, never the end of
/// the session. Clipboard sequences go straight to the terminal, outside the frames, under
/// the output lock so they never split a frame's escape sequences.
fn perform_effects(app: &mut App, session: &mut terminal::Session) {
    for eff in app.take_effects() {
        let errors = app.lang.errors();
        let done = {
            let _guard = terminal::OUTPUT
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            effect::perform_here(
                eff,
                session.terminal.backend_mut(),
                effect::in_tmux(),
                errors,
            )
        };
        app.update(done);
    }
}
