//! The mouse's part of [`App::update`]: clicks and the wheel, hit-tested against the same
//! layout the frame was drawn with.

use ratatui::layout::{Position, Rect};

use super::WHEEL_LINES;
use crate::tui::app::App;
use crate::tui::layout::{Areas, inner};
use crate::tui::shown::MatrixLine;
use crate::tui::view::Focus;

impl App {
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let a = self.areas();
        if self.help.take().is_some() {
            return;
        }
        // A click leaves the search field; the query stays as a filter.
        self.search.editing = false;
        self.search.saved_selection = None;
        self.bron.find.editing = false;
        self.bron.find.saved_top = None;
        let at = Position::new(x, y);
        if let Some(&(view, _)) = a.tab_hits.iter().find(|(_, r)| r.contains(at)) {
            self.show_view(view);
            return;
        }
        let Some(pane) = a.pane_at(x, y) else { return };
        self.focus_pane(pane);
        match pane {
            Focus::Regions => {
                if let Some(row) = row_in(inner(a.regions), y) {
                    if let Some(&r) = self.list_rows().get(self.profiles.region_offset + row) {
                        self.select_row(r);
                    }
                }
            }
            Focus::Filter if a.filter_expanded => match row_in(inner(a.filter), y) {
                Some(0) => self.filter.mode = self.filter.mode.toggled(),
                Some(row) => {
                    let t = self.profiles.filter_offset + row - 1;
                    if t < self.data.themes.len() {
                        self.profiles.filter_cursor = t;
                        self.filter.toggle(t);
                    }
                }
                None => {}
            },
            Focus::Sections => {
                if let Some(row) = row_in(inner(a.sections), y) {
                    let s = self.context.offset + row;
                    if s < self.section_count() {
                        self.context.section = s;
                    }
                }
            }
            Focus::Matrix => self.click_matrix(&a, x, y),
            Focus::MapList => {
                if let Some(row) = row_in(inner(a.map.list), y) {
                    if let Some(&r) = self.visible_regions().get(self.map.offset + row) {
                        self.selected = r;
                    }
                }
            }
            Focus::Detail | Focus::SectionText => self.click_text(pane, &a, y),
            _ => {}
        }
    }

    /// A click on a quote in a text pane puts its quote cursor there.
    fn click_text(&mut self, pane: Focus, a: &Areas, y: u16) {
        let area = match pane {
            Focus::SectionText => a.section_text,
            _ => a.detail,
        };
        let Some(row) = row_in(inner(area), y) else {
            return;
        };
        let scroll = match pane {
            Focus::SectionText => self.context.scroll,
            _ => self.profiles.detail_scroll,
        };
        let line = scroll + row;
        let stops = crate::tui::pages::wrapped(self, pane, a.text_width(pane)).stops;
        if let Some(i) = stops.iter().position(|(r, _)| r.contains(&line)) {
            *self.quote_cursor_mut(pane) = i;
        }
    }

    fn click_matrix(&mut self, a: &Areas, x: u16, y: u16) {
        let m = &a.matrix;
        let first = m.col_x(0);
        if x >= first && x < m.col_x(m.cols_visible) && m.col_width > 0 {
            let col = self.table.col_offset + usize::from((x - first) / m.col_width);
            if col < self.data.themes.len() {
                self.table.col = col;
            }
        }
        if let Some(row) = row_in(m.rows, y) {
            // A group label is not a region: a click on it selects nothing.
            let line = self
                .matrix_lines()
                .get(self.table.row_offset + row)
                .copied();
            if let Some(MatrixLine::Region(r)) = line {
                self.selected = r;
            }
        }
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let sign = if down { 1 } else { -1 };
        if self.help.is_some() {
            self.move_by(sign * WHEEL_LINES);
            return;
        }
        let a = self.areas();
        if let Some(pane) = a.pane_at(x, y) {
            let lines = if pane.is_text() { WHEEL_LINES } else { 1 };
            self.move_in(pane, sign * lines, &a);
        }
    }
}

/// The row inside `r` at screen row `y`, if `y` is inside.
fn row_in(r: Rect, y: u16) -> Option<usize> {
    (y >= r.y && y < r.bottom()).then(|| usize::from(y - r.y))
}
