//! Keeping the place across a resize: what was in view before stays in view after. Lists
//! keep their selected row in view on every change (see `normalize`); here the quote cursor
//! of the text panes and the Bron view's highlighted quote or hit, whose lines move when the
//! text is wrapped to another width.

use std::ops::Range;

use crate::tui::app::{App, Place, Seen};
use crate::tui::pages;
use crate::tui::scroll::max_scroll;
use crate::tui::view::{Focus, View};

impl App {
    /// What is in view now, to keep in view after a resize; below the minimum size nothing
    /// is drawn, so what was in view before the screen became too small.
    pub(super) fn place(&self) -> Place {
        if self.too_small() {
            return self.held_place;
        }
        Place {
            detail: self.quote_seen(Focus::Detail),
            section: self.quote_seen(Focus::SectionText),
            bron: self
                .bron_highlight_lines()
                .is_some_and(|l| self.bron_in_view(l)),
        }
    }

    /// Brings back into view what was in view before the resize.
    pub(super) fn keep_place(&mut self, was: Place) {
        self.held_place = was;
        if self.too_small() {
            return;
        }
        for (pane, seen) in [
            (Focus::Detail, was.detail),
            (Focus::SectionText, was.section),
        ] {
            // As much as before: a quote seen whole stays whole where it fits.
            if seen > Seen::No && self.quote_seen(pane) < seen {
                self.show_quote(pane);
            }
        }
        if let Some(lines) = self.bron_highlight_lines() {
            if was.bron && !self.bron_in_view(lines) {
                self.bron_show(lines);
                self.clamp_bron();
            }
        }
    }

    /// The wrapped lines of the quote under `pane`'s cursor and the pane's page, when the
    /// pane shows in the current view.
    fn quote_lines(&self, pane: Focus) -> Option<(Range<usize>, usize, usize)> {
        if pane.view() != self.view {
            return None;
        }
        let a = self.areas();
        let (width, page) = (a.text_width(pane), a.page(pane));
        if width == 0 || page == 0 {
            return None;
        }
        let w = pages::wrapped(self, pane, width);
        let cursor = self.quote_cursor(pane);
        let (lines, _) = w.stops.get(cursor)?;
        Some((lines.clone(), page, w.lines.len()))
    }

    fn quote_seen(&self, pane: Focus) -> Seen {
        let scroll = match pane {
            Focus::SectionText => self.context.scroll,
            _ => self.profiles.detail_scroll,
        };
        match self.quote_lines(pane) {
            Some((r, page, _)) if r.start >= scroll && r.end <= scroll + page => Seen::Whole,
            // Longer than the page: its start shown at the top is as whole as it gets.
            Some((r, page, _)) if r.len() > page && r.start == scroll => Seen::Whole,
            Some((r, page, _)) if r.start < scroll + page && r.end > scroll => Seen::Partly,
            _ => Seen::No,
        }
    }

    /// Scrolls `pane` so that the quote under its cursor shows (its start, when it is longer
    /// than the page).
    fn show_quote(&mut self, pane: Focus) {
        let Some((r, page, lines)) = self.quote_lines(pane) else {
            return;
        };
        let scroll = match pane {
            Focus::SectionText => &mut self.context.scroll,
            _ => &mut self.profiles.detail_scroll,
        };
        let top = if r.len() >= page {
            r.start
        } else {
            r.end
                .saturating_sub(page)
                .max(r.start.saturating_sub(page / 4))
        };
        *scroll = top.min(r.start).min(max_scroll(lines, page));
    }

    /// The lines `[first, last]` the Bron view highlights: its search's hit, else the quote
    /// `b` was pressed on.
    pub(super) fn bron_highlight_lines(&self) -> Option<[u32; 2]> {
        if let Some(hit) = self.bron.find.hit() {
            return Some(hit.lines);
        }
        match &self.bron.mark {
            Some(m) if !self.bron.find.is_active() => Some(m.lines),
            _ => None,
        }
    }

    /// Whether the first of these lines (1-based) shows in the Bron view.
    fn bron_in_view(&self, [first, _]: [u32; 2]) -> bool {
        self.view == View::Source
            && self
                .bron_shown()
                .contains(&(first as usize).saturating_sub(1))
    }
}
