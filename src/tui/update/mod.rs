//! [`App::update`]: the one place the interface state changes.

mod bron;
mod field;
mod marks;
mod mouse;
mod place;
mod quotes;
mod search;
mod take_out;

use ratatui::layout::Size;

use super::action::Action;
use super::app::App;
use super::layout::{Areas, inner};
use super::pages;
use super::scroll::{keep_visible, scroll_by, step};
use super::shown::MatrixLine;
use super::view::{Focus, View};
use crate::matrix::SortKey;

/// Lines the mouse wheel scrolls a text pane by.
const WHEEL_LINES: isize = 3;

impl App {
    /// Applies one action, then restores every invariant: the selection is a visible region
    /// when there is one, cursors are in range, and scroll offsets keep cursors in view.
    pub fn update(&mut self, action: Action) {
        // Below the minimum size nothing is drawn but the message, so nothing else may act.
        if self.too_small()
            && !matches!(action, Action::Quit | Action::Suspend | Action::Resize(..))
        {
            return;
        }
        // A message answers the action before; the next one replaces it. Results of effects
        // bring their own, and a resize is not the user's doing.
        if !matches!(
            action,
            Action::Resize(..) | Action::Exported(_) | Action::Copied(_)
        ) {
            self.message = None;
        }
        let (row, section) = (self.selected_row(), self.context.section);
        // A resize keeps in view what was in view.
        let place = matches!(action, Action::Resize(..)).then(|| self.place());
        self.apply(action);
        self.normalize();
        if let Some(place) = place {
            self.keep_place(place);
            self.normalize();
        }
        if self.selected_row() != row {
            self.profiles.detail_scroll = 0;
            self.profiles.detail_quote = 0;
            // While searching, the newly selected result shows scrolled to its match.
            self.search.follow |= self.search.is_filtering();
        }
        if self.context.section != section {
            self.context.scroll = 0;
            self.context.quote = 0;
        }
        if self.follow_match() {
            self.normalize();
        }
    }

    fn apply(&mut self, action: Action) {
        if self.view == View::Source && self.bron_takes(&action) {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => self.suspend = true,
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::Top => self.move_by(isize::MIN),
            Action::Bottom => self.move_by(isize::MAX),
            Action::PageUp => self.move_by(-self.page()),
            Action::PageDown => self.move_by(self.page()),
            Action::Left => self.sideways(false),
            Action::Right => self.sideways(true),
            Action::NextPane => self.focus_pane(self.focus.cycle(true)),
            Action::PrevPane => self.focus_pane(self.focus.cycle(false)),
            Action::ShowView(v) => self.show_view(v),
            Action::ToggleTheme => self.toggle_theme(),
            Action::ToggleMark => self.toggle_mark(),
            Action::ClearMarks => self.clear_marks(),
            Action::ToggleGroup if self.view == View::Map => self.map.group = !self.map.group,
            Action::ToggleGroup => self.table.grouped = !self.table.grouped,
            Action::ToggleChart => self.toggle_chart(),
            Action::Export => self.take_out(false),
            Action::Copy => self.take_out(true),
            Action::Exported(result) => self.exported(result),
            Action::Copied(result) => self.copied(result),
            Action::ToggleMode => self.filter.mode = self.filter.mode.toggled(),
            Action::ClearFilter => self.filter.clear(),
            Action::ToggleGeneral => self.filter.general = !self.filter.general,
            Action::Open => self.open(),
            Action::CycleSort => self.cycle_sort(),
            Action::Back => self.back(),
            Action::ToggleHelp => self.help = if self.help.is_some() { None } else { Some(0) },
            Action::Cite => self.cite(),
            // Only the Bron view has hits to step through (see `bron_takes`).
            Action::NextHit | Action::PrevHit => {}
            Action::SearchOpen => self.search_open(),
            Action::Edit(edit) => self.edit_field(edit),
            Action::SearchCancel => self.search_cancel(),
            Action::SearchAccept => self.search_accept(),
            Action::SearchToList => self.search_to_list(),
            Action::MarkResult => self.mark_result(),
            Action::Resize(w, h) => self.size = Size::new(w, h),
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel { x, y, down } => self.wheel(x, y, down),
        }
    }

    /// The page size for PgUp/PgDn: the height of what is being moved through.
    fn page(&self) -> isize {
        let a = self.areas();
        let h = if self.help.is_some() {
            usize::from(inner(a.help).height)
        } else {
            a.page(self.moving_pane())
        };
        isize::try_from(h.saturating_sub(1).max(1)).unwrap_or(1)
    }

    /// The pane ↑/↓ act on: the region list or matrix while searching, else the focus.
    fn moving_pane(&self) -> Focus {
        match (self.search.editing, self.view) {
            (true, View::Matrix) => Focus::Matrix,
            (true, View::Map) => Focus::MapList,
            (true, _) => Focus::Regions,
            (false, _) => self.focus,
        }
    }

    fn move_by(&mut self, delta: isize) {
        if let Some(scroll) = self.help {
            let a = self.areas();
            let r = inner(a.help);
            let lines = pages::help_lines(self, usize::from(r.width)).len();
            self.help = Some(scroll_by(scroll, delta, lines, usize::from(r.height)));
            return;
        }
        let pane = self.moving_pane();
        self.move_in(pane, delta, &self.areas());
    }

    /// Moves the cursor of `pane` (or scrolls its text) by `delta` rows.
    fn move_in(&mut self, pane: Focus, delta: isize, a: &Areas) {
        match pane {
            Focus::Regions | Focus::Matrix | Focus::MapList => {
                let order = if pane == Focus::Matrix {
                    self.matrix_rows()
                } else {
                    self.visible_regions()
                };
                if pane == Focus::Regions && self.search.is_filtering() && self.search_move(delta) {
                    return;
                }
                let pos = order.iter().position(|&r| r == self.selected).unwrap_or(0);
                if let Some(&r) = order.get(step(pos, order.len(), delta)) {
                    self.selected = r;
                }
            }
            Focus::Filter => {
                self.profiles.filter_cursor =
                    step(self.profiles.filter_cursor, self.data.themes.len(), delta);
            }
            Focus::Sections => {
                self.context.section = step(self.context.section, self.section_count(), delta)
            }
            Focus::Source => self.scroll_bron(delta),
            Focus::Detail | Focus::SectionText => self.move_text(pane, delta, a),
            Focus::Compare => {
                let width = a.text_width(pane);
                let lines = pages::lines(self, pane, width).len();
                let page = a.page(pane);
                let scroll = self.text_scroll_mut(pane);
                *scroll = scroll_by(*scroll, delta, lines, page);
            }
        }
    }

    fn text_scroll_mut(&mut self, pane: Focus) -> &mut usize {
        match pane {
            Focus::Compare => &mut self.compare.scroll,
            Focus::SectionText => &mut self.context.scroll,
            _ => &mut self.profiles.detail_scroll,
        }
    }

    /// ←/→: matrix columns in the matrix, else the pane to that side.
    fn sideways(&mut self, right: bool) {
        if self.help.is_some() {
            return;
        }
        let delta = if right { 1 } else { -1 };
        match (self.view, right) {
            (View::Matrix, _) => {
                self.table.col = step(self.table.col, self.data.themes.len(), delta);
            }
            (View::Compare, _) => self.shift_compared(right),
            (View::Profiles, false) if self.focus == Focus::Detail => {
                self.focus_pane(Focus::Regions)
            }
            (View::Profiles, true) => self.focus_pane(Focus::Detail),
            (View::Context, false) => self.focus_pane(Focus::Sections),
            (View::Context, true) => self.focus_pane(Focus::SectionText),
            _ => {}
        }
    }

    fn focus_pane(&mut self, pane: Focus) {
        if self.help.is_none() && pane.view() == self.view {
            self.focus = pane;
        }
    }

    fn show_view(&mut self, view: View) {
        if view == View::Source {
            self.ensure_sheet();
        } else {
            // Left by other means than `Esc`: `Esc` no longer goes back.
            self.bron.back = None;
        }
        self.view_focus[self.view.index()] = self.focus;
        self.view = view;
        self.focus = self.view_focus[view.index()];
    }

    fn toggle_theme(&mut self) {
        let theme = match (self.view, self.focus) {
            (View::Matrix, _) => self.table.col,
            (_, Focus::Filter) => self.profiles.filter_cursor,
            _ => return,
        };
        self.filter.toggle(theme);
    }

    fn open(&mut self) {
        if self.open_national() {
            return;
        }
        // In the Context view, Enter on a section opens its text.
        if self.view == View::Context {
            self.focus_pane(Focus::SectionText);
            return;
        }
        // The profile already open stays where it is scrolled.
        if self.selected_region().is_some() && self.focus != Focus::Detail {
            self.show_view(View::Profiles);
            self.focus = Focus::Detail;
            self.profiles.detail_scroll = 0;
        }
    }

    fn cycle_sort(&mut self) {
        let col = self.table.col;
        self.table.sort = match self.table.sort {
            SortKey::Document => SortKey::Total,
            SortKey::Total => SortKey::Theme(col),
            // On another column, sort by that column first.
            SortKey::Theme(t) if t != col => SortKey::Theme(col),
            SortKey::Theme(_) => SortKey::Document,
        };
    }

    fn back(&mut self) {
        if self.help.is_some() {
            self.help = None;
        } else if self.focus == Focus::Detail {
            self.focus = Focus::Regions;
        } else if self.focus == Focus::SectionText {
            self.focus = Focus::Sections;
        } else if self.search.is_filtering() {
            self.search = Default::default();
        }
    }

    /// Restores the invariants after any change (see [`App::update`]).
    fn normalize(&mut self) {
        self.selected = self.selected.min(self.data.regions.len().saturating_sub(1));
        let visible = self.visible_regions();
        if let Some(&first) = visible.first() {
            if !visible.contains(&self.selected) {
                self.selected = first;
            }
        }
        let themes = self.data.themes.len();
        self.profiles.filter_cursor = self.profiles.filter_cursor.min(themes.saturating_sub(1));
        self.table.col = self.table.col.min(themes.saturating_sub(1));
        self.context.section = self
            .context
            .section
            .min(self.section_count().saturating_sub(1));
        if self.focus.view() != self.view {
            self.focus = self.view.panes()[0];
        }
        if self.too_small() {
            return;
        }
        let a = self.areas();
        match self.view {
            View::Profiles => {
                let rows = self.list_rows();
                let at = self.selected_row();
                let p = rows.iter().position(|&r| r == at).unwrap_or(0);
                self.profiles.region_offset = keep_visible(
                    self.profiles.region_offset,
                    p,
                    a.page(Focus::Regions),
                    rows.len(),
                );
                self.profiles.filter_offset = keep_visible(
                    self.profiles.filter_offset,
                    self.profiles.filter_cursor,
                    if a.filter_expanded {
                        a.page(Focus::Filter)
                    } else {
                        0
                    },
                    themes,
                );
            }
            View::Matrix => {
                let lines = self.matrix_lines();
                let page = a.page(Focus::Matrix);
                let p = lines
                    .iter()
                    .position(|&l| l == MatrixLine::Region(self.selected))
                    .unwrap_or(0);
                // A group's first row brings its label into view.
                let label = match p.checked_sub(1).map(|i| lines[i]) {
                    Some(MatrixLine::Divider { .. }) => p - 1,
                    _ => p,
                };
                let offset = keep_visible(self.table.row_offset, label, page, lines.len());
                self.table.row_offset = keep_visible(offset, p, page, lines.len());
                self.table.col_offset = keep_visible(
                    self.table.col_offset,
                    self.table.col,
                    a.matrix.cols_visible,
                    themes,
                );
            }
            View::Compare => {
                let n = self.compared().len();
                let cols = pages::compare::columns(a.text_width(Focus::Compare), n);
                self.compare.col = self.compare.col.min(n.saturating_sub(cols));
            }
            View::Context => {
                self.context.offset = keep_visible(
                    self.context.offset,
                    self.context.section,
                    a.page(Focus::Sections),
                    self.section_count(),
                );
            }
            View::Map => {
                let order = self.visible_regions();
                let p = order.iter().position(|&r| r == self.selected).unwrap_or(0);
                let page = a.page(Focus::MapList);
                self.map.offset = keep_visible(self.map.offset, p, page, order.len());
                self.map_refresh(a.map.canvas.width, a.map.canvas.height);
            }
            View::Source => self.clamp_bron(),
        }
        for pane in self.view.panes().iter().copied().filter(|p| p.is_text()) {
            let lines = pages::lines(self, pane, a.text_width(pane)).len();
            let page = a.page(pane);
            let scroll = self.text_scroll_mut(pane);
            *scroll = scroll_by(*scroll, 0, lines, page);
        }
        if let Some(scroll) = self.help {
            let r = inner(a.help);
            let lines = pages::help_lines(self, usize::from(r.width)).len();
            self.help = Some(scroll_by(scroll, 0, lines, usize::from(r.height)));
        }
    }
}
