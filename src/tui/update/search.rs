//! The search field's part of [`App::update`].

use crate::tui::app::App;
use crate::tui::search::Search;
use crate::tui::view::{Focus, View};

impl App {
    pub(super) fn search_open(&mut self) {
        self.help = None;
        if self.view != View::Matrix {
            self.show_view(View::Profiles);
            self.focus = Focus::Regions;
        }
        self.search.editing = true;
        self.search.saved_selection = Some(self.selected);
        self.search.cursor_to(true);
    }

    /// Edits the query; when it changed, searches again and selects the best result.
    pub(super) fn search_edit(&mut self, edit: impl FnOnce(&mut Search) -> bool) {
        if !self.search.editing || !edit(&mut self.search) {
            return;
        }
        self.search.refresh(&self.data);
        if let Some(&first) = self.region_order().first() {
            self.selected = first;
        }
    }

    pub(super) fn search_cancel(&mut self) {
        let saved = self.search.saved_selection;
        self.search = Default::default();
        if let Some(r) = saved {
            self.selected = r;
        }
    }

    pub(super) fn search_accept(&mut self) {
        self.search.editing = false;
        self.search.saved_selection = None;
        if self.search.query.trim().is_empty() {
            self.search = Default::default();
        }
        self.open();
    }
}
