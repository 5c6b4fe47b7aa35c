//! The search field's part of [`App::update`].

use crate::tui::app::App;
use crate::tui::pages;
use crate::tui::scroll::step;
use crate::tui::view::{Focus, View};

impl App {
    pub(super) fn search_open(&mut self) {
        self.help = None;
        // The matrix and the map show their own results; elsewhere the list of Profielen does.
        if !matches!(self.view, View::Matrix | View::Map) {
            self.show_view(View::Profiles);
            self.focus = Focus::Regions;
        }
        self.search.editing = true;
        self.search.saved_selection = Some(self.selected);
        self.search.field.cursor_to(true);
    }

    /// Searches again for the edited query and selects the best result.
    pub(super) fn search_refresh(&mut self) {
        self.search.refresh(&self.index.0, &self.data);
        // The best result is selected, whether a region or a passage of the cover text; in
        // the matrix and the map, which list only regions, the best region.
        if matches!(self.view, View::Matrix | View::Map) {
            if let Some(&first) = self.region_order().first() {
                self.selected = first;
            }
        } else if let Some(&first) = self.list_rows().first() {
            self.select_row(first);
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
        if self.search.field.is_blank() {
            self.search = Default::default();
        }
        if self.open_national() {
            return;
        }
        self.search.follow = true;
        self.open();
    }

    /// Opens the Context view at the selected national hit; whether there was one.
    pub(super) fn open_national(&mut self) -> bool {
        let Some(hit) = self
            .search
            .national_sel
            .and_then(|i| self.search.national.get(i))
        else {
            return false;
        };
        let section = hit.section;
        self.show_view(View::Context);
        self.context.section = section;
        self.focus = Focus::SectionText;
        self.search.follow = true;
        true
    }

    /// ↑/↓ in the results walk the regions and the national hits in one order; whether the
    /// move was taken here.
    pub(super) fn search_move(&mut self, delta: isize) -> bool {
        if self.search.national.is_empty() || self.view != View::Profiles {
            self.search.national_sel = None;
            return false;
        }
        let rows = self.list_rows();
        let at = self.selected_row();
        let pos = rows.iter().position(|&r| r == at).unwrap_or(0);
        if let Some(&row) = rows.get(step(pos, rows.len(), delta)) {
            self.select_row(row);
        }
        true
    }

    /// Scrolls the profile (or the section text) to the search's match, once after the query
    /// changed or was accepted.
    pub(super) fn follow_match(&mut self) -> bool {
        if !std::mem::take(&mut self.search.follow) || self.too_small() {
            return false;
        }
        let a = self.areas();
        match self.view {
            View::Profiles => {
                let width = a.text_width(Focus::Detail);
                if let Some(line) = pages::profile::match_line(self, width) {
                    self.profiles.detail_scroll = line.saturating_sub(1);
                    self.quote_at_line(Focus::Detail, line, width);
                }
            }
            View::Context => {
                let width = a.text_width(Focus::SectionText);
                if let Some(line) = pages::context::match_line(self, width) {
                    self.context.scroll = line.saturating_sub(1);
                    self.quote_at_line(Focus::SectionText, line, width);
                }
            }
            _ => {}
        }
        true
    }
}
