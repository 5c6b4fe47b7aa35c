//! What the interface asks the outside world to do: write a file, put text on the clipboard.
//!
//! [`crate::tui::App::update`] only changes state; when an action needs the disk or the
//! terminal it queues an [`Effect`]. The event loop performs the queue with [`perform`] and
//! feeds the result back as an action, so the outcome shows in the status bar and tests can
//! check what would be written without touching the disk.

use std::io::Write;
use std::path::{Path, PathBuf};

// The outcomes an effect reports are actions; their types live with them.
use super::action::Action;
pub use super::action::{Copied, CopyFailure};
use crate::clipboard;
use crate::export::write_atomic;
use crate::i18n::{ErrorTexts, fill};

/// One request to the outside world.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write `markdown` to the file `path` (relative paths are taken from the working
    /// directory), atomically.
    Export {
        /// Where to write, usually a bare file name.
        path: PathBuf,
        /// The file's content.
        markdown: String,
    },
    /// Put this text on the clipboard with an OSC 52 escape sequence.
    Copy(String),
}

/// The tmux to ask for its buffer when the program runs inside tmux (whose clipboard
/// sequence also needs a passthrough wrapper); `None` outside tmux.
pub fn in_tmux() -> Option<&'static Path> {
    std::env::var_os("TMUX")
        .is_some_and(|v| !v.is_empty())
        .then(|| Path::new("tmux"))
}

/// Performs `effect` from the working directory: as [`perform`], but the working directory
/// is looked up only for a file with a relative path (the clipboard needs none), and a
/// working directory that is gone is reported, not fatal.
pub fn perform_here(
    effect: Effect,
    terminal: &mut impl Write,
    in_tmux: Option<&Path>,
    t: &ErrorTexts,
) -> Action {
    match &effect {
        Effect::Export { path, .. } if path.is_relative() => match std::env::current_dir() {
            Ok(dir) => perform(effect, &dir, terminal, in_tmux, t),
            Err(e) => Action::Exported(Err((
                path.clone(),
                fill(t.no_working_dir, &[("error", &e.to_string())]),
            ))),
        },
        _ => perform(effect, Path::new("/"), terminal, in_tmux, t),
    }
}

/// Performs `effect`: files go to `dir` (when their path is relative), clipboard sequences to
/// `terminal` (the real terminal, beside the frames ratatui draws). Returns the action that
/// reports the outcome; failures are reported in the language of `t`. `in_tmux` is the tmux
/// to give the copied text to, when inside tmux.
pub fn perform(
    effect: Effect,
    dir: &Path,
    terminal: &mut impl Write,
    in_tmux: Option<&Path>,
    t: &ErrorTexts,
) -> Action {
    match effect {
        Effect::Export { path, markdown } => {
            let full = dir.join(&path);
            // Show the user a full path: "saved in the current directory" is only useful if
            // they know which one that is.
            let shown = std::path::absolute(&full).unwrap_or(full.clone());
            match write_atomic(&full, markdown.as_bytes()) {
                Ok(()) => Action::Exported(Ok(shown)),
                Err(e) => Action::Exported(Err((shown, e.reason(t)))),
            }
        }
        Effect::Copy(text) => match clipboard::osc52(&text, in_tmux.is_some()) {
            Some(seq) => {
                // A terminal that ignores OSC 52 cannot tell us; we report what we sent.
                let sent = terminal
                    .write_all(seq.as_bytes())
                    .and_then(|()| terminal.flush());
                match sent {
                    Ok(()) => {
                        let tmux_buffer =
                            in_tmux.is_some_and(|tmux| clipboard::tmux_load_buffer(tmux, &text));
                        Action::Copied(Ok(Copied {
                            chars: text.chars().count(),
                            tmux_buffer,
                        }))
                    }
                    Err(e) => Action::Copied(Err(CopyFailure::Io(e.to_string()))),
                }
            }
            None => Action::Copied(Err(CopyFailure::TooLong(text.len()))),
        },
    }
}
