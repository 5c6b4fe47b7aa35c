//! Saving and copying what is on screen: [`App::update`] queues the work as an effect for the
//! event loop and shows the outcome it reports back.

use std::path::PathBuf;

use crate::clipboard::MAX_BYTES;
use crate::tui::action::Action;
use crate::tui::app::{App, Message};
use crate::tui::document::on_screen;
use crate::tui::effect::{Copied, CopyFailure, Effect};
use crate::tui::keymap::label_for;

impl App {
    /// Queues the current view's document for saving (`copy == false`) or copying.
    pub(super) fn take_out(&mut self, copy: bool) {
        match on_screen(self) {
            Ok(doc) => self.effects.push(if copy {
                Effect::Copy(doc.markdown)
            } else {
                Effect::Export {
                    path: PathBuf::from(doc.file_name),
                    markdown: doc.markdown,
                }
            }),
            Err(why) => self.say(why, true),
        }
    }

    pub(super) fn exported(&mut self, result: Result<PathBuf, (PathBuf, String)>) {
        let w = self.tt().work;
        match result {
            Ok(path) => self.say(
                w.exported.replace("{path}", &path.display().to_string()),
                false,
            ),
            Err((path, error)) => self.say(
                w.export_failed
                    .replace("{path}", &path.display().to_string())
                    .replace("{error}", &error),
                true,
            ),
        }
    }

    pub(super) fn copied(&mut self, result: Result<Copied, CopyFailure>) {
        let w = self.tt().work;
        match result {
            Ok(c) => {
                // Only what is known: the terminal may or may not pass it to the clipboard.
                let said = if c.tmux_buffer {
                    w.copied_tmux
                } else {
                    w.copied
                };
                self.say(said.replace("{n}", &c.chars.to_string()), false);
            }
            Err(CopyFailure::TooLong(bytes)) => {
                let export = label_for(&Action::Export, self.view, self.focus, self.tt());
                self.say(
                    w.copy_too_long
                        .replace("{n}", &bytes.to_string())
                        .replace("{max}", &MAX_BYTES.to_string())
                        .replace("{export}", &export),
                    true,
                );
            }
            Err(CopyFailure::Io(error)) => {
                self.say(w.copy_failed.replace("{error}", &error), true);
            }
        }
    }

    /// Puts a message in the status bar until the next action.
    pub(super) fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }
}
