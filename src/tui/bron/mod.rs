//! The Bron view: the source document with its own line numbers, what the data uses of it in
//! a margin, the quote `b` was pressed on highlighted, and a search through the document.
//! This module holds the view's state and what it computes from the source once; its update
//! is in `update/bron.rs`, its drawing in `ui/bron.rs`.

mod cite;
pub mod rows;
pub mod sheet;

use std::ops::Range;
use std::sync::Arc;

pub use sheet::Sheet;

use crate::source::{DocHit, Passages, Quote};
use crate::tui::view::View;
use crate::tui::widgets::TextField;

/// What is highlighted in the document because `b` was pressed on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The quotes.
    pub quotes: Vec<Quote>,
    /// Their bytes in the source text, in order.
    pub ranges: Vec<Range<usize>>,
    /// The lines `[first, last]` they span.
    pub lines: [u32; 2],
    /// What they are, in words ("Twente: kernpunt 2").
    pub label: String,
}

/// The search through the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    /// Whether the search field is open and takes the keys.
    pub editing: bool,
    /// What is typed.
    pub query: TextField,
    /// The hits, best first.
    pub hits: Vec<DocHit>,
    /// The hit shown.
    pub current: usize,
    /// The first line shown when the field was opened, restored when it is cancelled.
    pub saved_top: Option<usize>,
}

impl Find {
    /// The hit shown, if any.
    pub fn hit(&self) -> Option<&DocHit> {
        self.hits.get(self.current)
    }

    /// Whether a query is kept (typed, or accepted with its hits).
    pub fn is_active(&self) -> bool {
        self.editing || !self.query.is_blank()
    }
}

/// The state of the Bron view.
#[derive(Debug, Clone, Default)]
pub struct BronState {
    /// The first line shown (0-based).
    pub top: usize,
    /// The quote highlighted after `b`.
    pub mark: Option<Mark>,
    /// The view `b` was pressed in: `Esc` goes back there.
    pub back: Option<View>,
    /// The search through the document.
    pub find: Find,
    /// The document cut into passages and indexed, built at the first search.
    pub passages: Option<Arc<Passages>>,
    /// The lines' widths, what the data uses of each and the margin's words, computed when
    /// the view is first shown.
    pub sheet: Option<Arc<Sheet>>,
}

impl BronState {
    /// The ranges to highlight: the search's hit while there is one, else the mark.
    pub fn highlight(&self) -> &[Range<usize>] {
        match (self.find.hit(), &self.mark) {
            (Some(h), _) => &h.ranges,
            (None, Some(m)) if !self.find.is_active() => &m.ranges,
            _ => &[],
        }
    }
}
