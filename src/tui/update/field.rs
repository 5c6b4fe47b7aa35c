//! Edits of the open text field: one path for every field, so none can miss an edit.

use crate::tui::action::Edit;
use crate::tui::app::{App, OpenField};

impl App {
    /// Applies `edit` to the field that is open (nothing when none is), says so when text
    /// was cut, and when the text changed computes again what the field feeds.
    pub(super) fn edit_field(&mut self, edit: Edit) {
        let Some(open) = self.open_field() else {
            return;
        };
        let field = match open {
            OpenField::Search => &mut self.search.field,
            OpenField::Bron => &mut self.bron.find.query,
        };
        let done = field.apply(edit);
        if done.changed {
            match open {
                OpenField::Search => self.search_refresh(),
                OpenField::Bron => self.bron_refresh(),
            }
        }
        if done.cut {
            let max = crate::tui::widgets::text_field::MAX_CHARS.to_string();
            let text = self.tt().session.search_cut.replace("{max}", &max);
            self.say(text, false);
        }
    }
}
