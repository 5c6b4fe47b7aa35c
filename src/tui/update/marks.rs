//! Marks, the comparison's columns and the matrix's grouping and chart: their part of
//! [`App::update`].

use crate::tui::action::Action;
use crate::tui::app::{App, MAX_MARKS};
use crate::tui::keymap::label_for;
use crate::tui::scroll::step;
use crate::tui::view::{Focus, View};

impl App {
    /// Marks or unmarks the selected region. Only where a region is the subject (the list,
    /// the profile, the matrix): elsewhere the selection is not on screen, and marking it
    /// would surprise.
    pub(super) fn toggle_mark(&mut self) {
        let w = self.tt().work;
        if self.view == View::Profiles && self.search.national_sel.is_some() {
            // The cursor is on a passage of the cover text among the search results.
            self.say(w.mark_not_context, false);
            return;
        }
        let here = matches!(self.view, View::Profiles | View::Matrix | View::Map);
        let Some(r) = self.selected_region().filter(|_| here) else {
            self.say(w.mark_where, false);
            return;
        };
        self.toggle_region_mark(r);
    }

    /// Marks region `r`, or unmarks it if it is marked; whether it is marked now.
    fn toggle_region_mark(&mut self, r: usize) -> bool {
        let w = self.tt().work;
        // Other regions, other columns: the comparison starts again from its top.
        self.compare.scroll = 0;
        if let Some(i) = self.marks.iter().position(|&m| m == r) {
            self.marks.remove(i);
            false
        } else if self.marks.len() >= MAX_MARKS {
            // Refused rather than hidden: a fifth region would silently not be compared.
            let clear = label_for(&Action::ClearMarks, self.view, self.focus, self.tt());
            self.say(w.max_marks.replace("{clear}", &clear), true);
            false
        } else {
            self.marks.push(r);
            true
        }
    }

    /// In the search field: marks the selected result's region and empties the field for
    /// the next name, so a comparison is built by name without leaving it.
    pub(super) fn mark_result(&mut self) {
        if self.open_field() != Some(crate::tui::app::OpenField::Search) {
            return;
        }
        if self.search.national_sel.is_some() {
            let w = self.tt().work;
            self.say(w.mark_not_context, false);
            return;
        }
        let Some(r) = self
            .selected_region()
            .filter(|_| self.search.is_filtering())
        else {
            return;
        };
        if self.toggle_region_mark(r) {
            self.edit_field(crate::tui::action::Edit::Clear);
            self.selected = r;
        }
    }

    pub(super) fn clear_marks(&mut self) {
        if !self.marks.is_empty() {
            self.marks.clear();
            self.compare.scroll = 0;
            self.say(self.tt().work.marks_cleared, false);
        }
        self.compare.col = 0;
    }

    /// ←/→ in the comparison: the next or previous region when not all fit side by side.
    pub(super) fn shift_compared(&mut self, right: bool) {
        self.compare.col = step(
            self.compare.col,
            self.compared().len(),
            if right { 1 } else { -1 },
        );
    }

    pub(super) fn toggle_chart(&mut self) {
        let m = self.areas().matrix;
        if m.legend.is_empty() {
            self.say(self.tt().work.chart_no_room, true);
            return;
        }
        self.table.chart = Some(!m.chart);
    }

    /// Leaves the search field for its results: the query keeps filtering, the list gets the
    /// focus, and Space there marks (in the field it types a space).
    pub(super) fn search_to_list(&mut self) {
        if !self.search.editing {
            return;
        }
        self.search.editing = false;
        self.search.saved_selection = None;
        if self.search.field.is_blank() {
            self.search = Default::default();
        }
        if self.view == View::Profiles {
            self.focus = Focus::Regions;
        }
    }
}
