//! What `b` shows in the source: the quotes of what is selected in each view; and the
//! interface's source text.

use std::sync::Arc;

use super::{BronState, Sheet};
use crate::matrix::Cell;
use crate::source::{Quote, Source};
use crate::tui::app::App;
use crate::tui::pages;
use crate::tui::search::ResultRow;
use crate::tui::view::{Focus, View};

impl App {
    /// The quotes of what is selected: in the region list, the search result's field while
    /// searching, else the region's name and title (where its row of the table starts); in
    /// the profile and the section text, the quote under the quote cursor; in the matrix, the
    /// quote of the cell under the cursor. Otherwise why there is none (a message for the
    /// status bar).
    pub fn quotes_here(&self) -> Result<Vec<Quote>, &'static str> {
        let b = self.tt().bron;
        let data = self.data();
        match self.view {
            View::Source => Err(b.already_here),
            View::Compare => Err(b.nothing_here),
            View::Matrix => {
                let r = self.selected_region().ok_or(b.nothing_here)?;
                match self.matrix.cell(r, self.table.col) {
                    Cell::Own(i) => Ok(vec![Quote::Evidence(r, i)]),
                    Cell::General(g) => Ok(vec![Quote::General(g)]),
                    Cell::Neither => Err(b.cell_without_quote),
                }
            }
            View::Profiles if self.focus == Focus::Filter => Err(b.nothing_here),
            View::Profiles => {
                if self.focus == Focus::Regions && self.search.is_filtering() {
                    let found = match self.selected_row() {
                        ResultRow::National(k) => self.search.national.get(k).and_then(|h| {
                            let section = (h.section < data.national.len()).then_some(h.section);
                            Quote::of_field(data, None, section, h.field)
                        }),
                        ResultRow::Region(r) => self
                            .search
                            .hit(r)
                            .and_then(|h| Quote::of_field(data, Some(r), None, h.field)),
                    };
                    if let Some(q) = found {
                        return Ok(vec![q]);
                    }
                }
                match (self.focus, self.selected_row()) {
                    (Focus::Regions, ResultRow::Region(_)) => {
                        let r = self.selected_region().ok_or(b.nothing_here)?;
                        Ok(vec![Quote::Name(r), Quote::ProfileTitle(r)])
                    }
                    _ => self.quotes_at_cursor(Focus::Detail),
                }
            }
            View::Context => self.quotes_at_cursor(Focus::SectionText),
            // The map's list: the region's name and title, where its row of the table starts.
            View::Map => {
                let r = self.selected_region().ok_or(b.nothing_here)?;
                Ok(vec![Quote::Name(r), Quote::ProfileTitle(r)])
            }
        }
    }

    /// Where the matched words of the selected search result stand in the source text, each
    /// place of a matched phrase apart, when `b` is on a search result whose field is the
    /// quote `q` (a theme label's hit stands for its evidence, which holds other words: none
    /// then).
    pub fn matched_ranges(&self, q: Quote, src: &Source) -> Vec<Vec<std::ops::Range<usize>>> {
        if self.view != View::Profiles
            || self.focus != Focus::Regions
            || !self.search.is_filtering()
        {
            return Vec::new();
        }
        let (snippet, positions) = match self.selected_row() {
            ResultRow::National(k) => match self.search.national.get(k) {
                Some(h) => (&h.snippet, &h.positions),
                None => return Vec::new(),
            },
            ResultRow::Region(r) => match self.search.hit(r) {
                Some(h) => (&h.snippet, &h.positions),
                None => return Vec::new(),
            },
        };
        let Some(full) = q.text(self.data()) else {
            return Vec::new();
        };
        let parts = crate::tui::search::ranges_in(full, snippet, positions);
        crate::search::occurrences(full, &parts)
            .iter()
            .map(|words| src.ranges_within(q, full, words))
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// The quotes of the stop under the quote cursor of a text pane.
    fn quotes_at_cursor(&self, pane: Focus) -> Result<Vec<Quote>, &'static str> {
        let stops = pages::stops(self, pane);
        let at = self.quote_cursor(pane).min(stops.len().saturating_sub(1));
        stops
            .into_iter()
            .nth(at)
            .map(|s| s.quotes)
            .filter(|q| !q.is_empty())
            .ok_or(self.tt().bron.nothing_here)
    }

    /// The quote cursor of a text pane (the index of its stop).
    pub fn quote_cursor(&self, pane: Focus) -> usize {
        match pane {
            Focus::SectionText => self.context.quote,
            _ => self.profiles.detail_quote,
        }
    }

    /// The same interface with the data's source text (see [`crate::load::Loaded`]).
    pub fn with_source(mut self, source: Option<Source>) -> Self {
        // The Bron view's layout of the text is made when the view is first shown: most
        // sessions never open it.
        self.bron = BronState::default();
        self.source = source.map(Arc::new);
        self
    }

    /// Lays out the source text for the Bron view, once.
    pub(crate) fn ensure_sheet(&mut self) {
        if self.bron.sheet.is_none() {
            if let Some(src) = &self.source {
                let sheet = Sheet::new(src, &self.data, self.texts(), self.tt());
                self.bron.sheet = Some(Arc::new(sheet));
            }
        }
    }

    /// The source text, when there is one.
    pub fn source(&self) -> Option<&Source> {
        self.source.as_deref()
    }

    /// The state of the Bron view.
    pub fn bron(&self) -> &BronState {
        &self.bron
    }
}
