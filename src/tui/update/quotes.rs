//! The quote cursor of the text panes (the profile, the section text): ↑/↓ walk from quote
//! to quote, the text scrolling along; scrolling by page, to an end or with the wheel keeps
//! the cursor on a quote in view. `b` shows the quote under it in the source.

use std::ops::Range;

use crate::tui::app::App;
use crate::tui::layout::Areas;
use crate::tui::pages;
use crate::tui::scroll::{max_scroll, scroll_by, step};
use crate::tui::view::Focus;

impl App {
    /// Moves the quote cursor of `pane` by one (`delta` ±1), or scrolls its text by `delta`
    /// lines; at the first or last quote, ↑/↓ scroll the text beyond it.
    pub(super) fn move_text(&mut self, pane: Focus, delta: isize, a: &Areas) {
        let w = pages::wrapped(self, pane, a.text_width(pane));
        let (lines, page) = (w.lines.len(), a.page(pane));
        let stops: Vec<Range<usize>> = w.stops.into_iter().map(|(r, _)| r).collect();
        let scroll = *self.text_scroll_mut(pane);
        let cursor = self.quote_cursor(pane).min(stops.len().saturating_sub(1));
        if delta.unsigned_abs() == 1 && !stops.is_empty() {
            let to = step(cursor, stops.len(), delta);
            // The next quote when it is in view or within a page of it (the text scrolls so
            // that what stands between shows too); else that text is scrolled through first.
            let near = stops[to].start < scroll + 2 * page && stops[to].end + page > scroll;
            if to != cursor && near {
                *self.quote_cursor_mut(pane) = to;
                *self.text_scroll_mut(pane) = show(scroll, &stops[to], page, lines);
                return;
            }
        }
        let now = scroll_by(scroll, delta, lines, page);
        *self.text_scroll_mut(pane) = now;
        let window = now..now + page;
        let seen = |r: &Range<usize>| r.start < window.end && r.end > window.start;
        let snapped = match delta {
            isize::MIN => 0,
            isize::MAX => stops.len().saturating_sub(1),
            _ if stops.get(cursor).is_some_and(seen) => cursor,
            d if d > 0 => stops.iter().position(seen).unwrap_or(cursor),
            _ => stops.iter().rposition(seen).unwrap_or(cursor),
        };
        *self.quote_cursor_mut(pane) = snapped;
    }

    pub(super) fn quote_cursor_mut(&mut self, pane: Focus) -> &mut usize {
        match pane {
            Focus::SectionText => &mut self.context.quote,
            _ => &mut self.profiles.detail_quote,
        }
    }

    /// Puts the quote cursor of `pane` on the quote at or after wrapped line `line` (where
    /// the search's match stands).
    pub(super) fn quote_at_line(&mut self, pane: Focus, line: usize, width: usize) {
        let stops = pages::wrapped(self, pane, width).stops;
        if let Some(i) = stops.iter().position(|(r, _)| r.end > line) {
            *self.quote_cursor_mut(pane) = i;
        }
    }
}

/// The scroll position nearest to `scroll` that shows `r` (its start, when it is longer than
/// the page).
fn show(scroll: usize, r: &Range<usize>, page: usize, lines: usize) -> usize {
    let at = if r.start < scroll {
        r.start
    } else if r.end > scroll + page {
        r.start.min(r.end.saturating_sub(page))
    } else {
        scroll
    };
    at.min(max_scroll(lines, page))
}
