//! The Bron view's part of [`App::update`]: `b` from any view, scrolling the document, the
//! search through it, and `Esc` back to where `b` was pressed.

use std::sync::Arc;

use crate::source::Passages;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::bron::rows::{self, Columns};
use crate::tui::bron::{Find, Mark, sheet};
use crate::tui::layout::inner;
use crate::tui::view::{Focus, View};

impl App {
    /// `b`: opens the Bron view at the quotes of what is selected, highlighted; `Esc` there
    /// comes back.
    pub(super) fn cite(&mut self) {
        let b = self.tt().bron;
        let Some(src) = self.source.clone() else {
            self.say(b.no_source[0], true);
            return;
        };
        let quotes = match self.quotes_here() {
            Ok(q) => q,
            Err(why) => {
                self.say(why, self.view != View::Source);
                return;
            }
        };
        let mut ranges: Vec<_> = quotes
            .iter()
            .filter_map(|&q| src.place(q))
            .map(|p| p.range())
            .collect();
        if ranges.is_empty() {
            self.say(b.not_located, true);
            return;
        }
        ranges.sort_by_key(|r| r.start);
        let end = ranges.iter().map(|r| r.end).max().unwrap_or(0);
        let mut lines = src.lines_of(ranges[0].start..end);
        // On a search result: the words that matched, and the lines of the first of them
        // (a phrase over a line break gives both lines), not the whole paragraph's.
        if let [q] = quotes.as_slice() {
            let matched = self.matched_ranges(*q, &src);
            if let Some(first) = matched.first().and_then(|w| crate::search::span(w)) {
                lines = src.lines_of(first);
                ranges = matched.into_iter().flatten().collect();
            }
        }
        self.bron.mark = Some(Mark {
            label: self.label_of(&quotes),
            quotes,
            ranges,
            lines,
        });
        self.bron.find = Find::default();
        let from = self.view;
        self.show_view(View::Source);
        self.bron.back = Some(from);
        self.bron_show(lines);
    }

    /// What the quotes are, in words: "Twente: kernpunt 2"; several of one region named
    /// together ("We The North: naam, titel").
    fn label_of(&self, quotes: &[crate::source::Quote]) -> String {
        let labels: Vec<String> = quotes
            .iter()
            .map(|&q| sheet::label(q, &self.data, self.texts(), self.tt()))
            .collect();
        let Some(first) = labels.first() else {
            return String::new();
        };
        match first.split_once(": ") {
            Some((who, _)) if labels.iter().all(|l| l.starts_with(&format!("{who}: "))) => {
                let fields: Vec<&str> = labels
                    .iter()
                    .filter_map(|l| l.split_once(": ").map(|(_, f)| f))
                    .collect();
                format!("{who}: {}", fields.join(", "))
            }
            _ => first.clone(),
        }
    }

    /// Acts on `action` when the Bron view takes it; whether it did.
    pub(super) fn bron_takes(&mut self, action: &Action) -> bool {
        let editing = self.bron.find.editing;
        match action {
            Action::Up | Action::Down if editing => {
                self.step_hit(if *action == Action::Up { -1 } else { 1 });
            }
            Action::Up => self.scroll_bron(-1),
            Action::Down => self.scroll_bron(1),
            Action::PageUp => self.scroll_bron(-(self.bron_page() - 1).max(1)),
            Action::PageDown => self.scroll_bron((self.bron_page() - 1).max(1)),
            Action::Top => self.bron.top = 0,
            Action::Bottom => self.bron.top = usize::MAX,
            Action::NextHit => self.step_hit(1),
            Action::PrevHit => self.step_hit(-1),
            Action::SearchOpen => self.bron_search_open(),
            Action::SearchCancel if editing => {
                let top = self.bron.find.saved_top;
                self.bron.find = Find::default();
                self.bron.top = top.unwrap_or(self.bron.top);
            }
            Action::SearchAccept | Action::SearchToList if editing => {
                self.bron.find.editing = false;
                self.bron.find.saved_top = None;
                if self.bron.find.query.is_blank() {
                    self.bron.find = Find::default();
                }
            }
            Action::Back => self.bron_back(),
            _ => return false,
        }
        true
    }

    /// `Esc` in the Bron view: drops the search, else goes back to where `b` was pressed,
    /// else drops the highlight.
    fn bron_back(&mut self) {
        if self.bron.find.is_active() {
            self.bron.find = Find::default();
        } else if let Some(view) = self.bron.back.take() {
            self.show_view(view);
        } else {
            self.bron.mark = None;
        }
    }

    fn bron_search_open(&mut self) {
        if self.source.is_none() {
            self.say(self.tt().bron.no_source[0], true);
            return;
        }
        self.help = None;
        let find = &mut self.bron.find;
        find.editing = true;
        find.saved_top.get_or_insert(self.bron.top);
        find.query.cursor_to(true);
    }

    /// Searches the document again for the edited query and shows the best hit.
    pub(super) fn bron_refresh(&mut self) {
        let Some(src) = self.source.clone() else {
            return;
        };
        let passages = self
            .bron
            .passages
            .get_or_insert_with(|| Arc::new(Passages::build(&src)))
            .clone();
        self.bron.find.hits = passages.search(&src, self.bron.find.query.text());
        // The best hit shows first; n and N go on in the document's order from there.
        self.bron.find.current = (0..self.bron.find.hits.len())
            .min_by_key(|&i| self.bron.find.hits[i].rank)
            .unwrap_or(0);
        self.follow_hit();
    }

    /// Shows the next (`delta` 1) or previous hit, round the ends.
    fn step_hit(&mut self, delta: isize) {
        let n = self.bron.find.hits.len();
        if n == 0 && !self.bron.find.editing {
            let key = crate::tui::keymap::label_for(
                &Action::SearchOpen,
                View::Source,
                Focus::Source,
                self.tt(),
            );
            let text = self.tt().bron.no_hits_to_step.replace("{search}", &key);
            self.say(text, false);
            return;
        }
        if n == 0 {
            return;
        }
        let at = self.bron.find.current as isize + delta;
        self.bron.find.current = at.rem_euclid(n as isize) as usize;
        self.follow_hit();
    }

    fn follow_hit(&mut self) {
        if let Some(lines) = self.bron.find.hit().map(|h| h.lines) {
            self.bron_show(lines);
        }
    }

    /// Scrolls so that lines `[first, last]` (1-based) show, the first a little below the top.
    pub(super) fn bron_show(&mut self, [first, last]: [u32; 2]) {
        let page = self.bron_page().max(1) as usize;
        let first = (first as usize).saturating_sub(1);
        let last = (last as usize).max(first + 1);
        let above = if last - first >= page { 0 } else { page / 4 };
        self.bron.top = first.saturating_sub(above);
    }

    /// The rows of text the Bron view shows.
    fn bron_page(&self) -> isize {
        isize::try_from(self.areas().page(Focus::Source)).unwrap_or(1)
    }

    /// The columns of the Bron view at the current size.
    pub fn bron_columns(&self) -> Option<Columns> {
        let sheet = self.bron.sheet.as_ref()?;
        let src = self.source.as_ref()?;
        let width = inner(self.areas().source).width;
        Some(rows::columns(width, src.line_count(), sheet.longest))
    }

    /// The lines (0-based) the Bron view shows, wholly or partly.
    pub fn bron_shown(&self) -> std::ops::Range<usize> {
        let (Some(sheet), Some(src), Some(c)) = (
            self.bron.sheet.as_deref(),
            self.source.as_deref(),
            self.bron_columns(),
        ) else {
            return 0..0;
        };
        let page = self.areas().page(Focus::Source);
        rows::shown_lines(sheet, src, self.bron.top, usize::from(c.text), page)
    }

    /// Scrolls the document by `delta` rows.
    pub(super) fn scroll_bron(&mut self, delta: isize) {
        let (Some(sheet), Some(src), Some(c)) = (
            self.bron.sheet.clone(),
            self.source.clone(),
            self.bron_columns(),
        ) else {
            return;
        };
        self.bron.top = rows::scrolled(&sheet, &src, self.bron.top, delta, usize::from(c.text));
    }

    /// Keeps the first line shown within the document (see [`rows::max_top`]).
    pub(super) fn clamp_bron(&mut self) {
        let (Some(sheet), Some(src), Some(c)) = (
            self.bron.sheet.clone(),
            self.source.clone(),
            self.bron_columns(),
        ) else {
            self.bron.top = 0;
            return;
        };
        let page = self.areas().page(Focus::Source);
        let max = rows::max_top(&sheet, &src, usize::from(c.text), page);
        self.bron.top = self.bron.top.min(max);
    }
}
