//! The text content of the scrolling panes, as paragraphs to be wrapped.
//!
//! Both `update` (to bound scrolling) and the renderer call [`lines`], so the number of
//! lines scrolled through is the number drawn.

pub mod cell;
pub mod compare;
pub mod context;
pub mod help;
pub mod profile;
mod themes;

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::app::App;
use super::view::Focus;
use super::wrap::{Para, wrap, wrap_all};
use crate::source::Quote;

/// A paragraph of a text pane that quotes the document: one stop of the pane's quote cursor,
/// and what `b` shows in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    /// The paragraph's index.
    pub para: usize,
    /// The quotes it shows (a line of partners shows several).
    pub quotes: Vec<Quote>,
}

/// A text pane's paragraphs, the one holding the search's match, and the ones that quote
/// the document.
#[derive(Debug, Clone, Default)]
pub struct Built {
    /// The paragraphs.
    pub paras: Vec<Para>,
    /// The index of the paragraph holding the search's match.
    pub at: Option<usize>,
    /// The paragraphs that quote the document, in order.
    pub stops: Vec<Stop>,
}

/// A text pane wrapped: its lines, and the lines of each of its stops.
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    /// The lines.
    pub lines: Vec<Line<'static>>,
    /// For each stop, in order: its range of lines and its quotes.
    pub stops: Vec<(Range<usize>, Vec<Quote>)>,
}

/// The stops of a text pane (none for panes without quotes).
pub fn stops(app: &App, pane: Focus) -> Vec<Stop> {
    match pane {
        Focus::Detail => profile::built(app).stops,
        Focus::SectionText => context::built(app).stops,
        _ => Vec::new(),
    }
}

/// A text pane's lines and stops at `width` columns.
pub fn wrapped(app: &App, pane: Focus, width: usize) -> Wrapped {
    let (paras, stops) = match pane {
        Focus::Detail => {
            let b = profile::built(app);
            (b.paras, b.stops)
        }
        Focus::SectionText => {
            let b = context::built(app);
            (b.paras, b.stops)
        }
        _ => {
            return Wrapped {
                lines: lines(app, pane, width),
                stops: Vec::new(),
            };
        }
    };
    let mut lines = Vec::new();
    let mut starts = Vec::with_capacity(paras.len() + 1);
    for p in &paras {
        starts.push(lines.len());
        wrap(p, width, &mut lines);
    }
    starts.push(lines.len());
    let stops = stops
        .into_iter()
        .filter(|s| s.para < paras.len())
        .map(|s| (starts[s.para]..starts[s.para + 1], s.quotes))
        .collect();
    Wrapped { lines, stops }
}

/// The paragraphs of a text pane (empty for panes that are lists, and for the comparison,
/// whose columns are composed rather than wrapped).
pub fn paras(app: &App, pane: Focus) -> Vec<Para> {
    match pane {
        Focus::Detail => profile::paras(app),
        Focus::SectionText => context::paras(app),
        _ => Vec::new(),
    }
}

/// The lines of a text pane at `width` columns (for the comparison, the scrolled part).
pub fn lines(app: &App, pane: Focus, width: usize) -> Vec<Line<'static>> {
    match pane {
        Focus::Compare => compare::lines(app, width),
        _ => wrap_all(&paras(app, pane), width),
    }
}

/// The lines of the help overlay wrapped to `width` columns.
pub fn help_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    wrap_all(&help::paras(app), width)
}

/// `text` in `style`, with the byte `ranges` (sorted, on character boundaries) in `hl`.
pub fn highlighted(
    text: &str,
    style: Style,
    ranges: &[Range<usize>],
    hl: Style,
) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in ranges {
        let ok = r.start >= at
            && r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end);
        if !ok {
            continue;
        }
        if r.start > at {
            out.push(Span::styled(text[at..r.start].to_string(), style));
        }
        out.push(Span::styled(text[r.clone()].to_string(), hl));
        at = r.end;
    }
    if at < text.len() || out.is_empty() {
        out.push(Span::styled(text[at..].to_string(), style));
    }
    out
}

/// The number of wrapped lines before paragraph `index`: where that paragraph starts.
pub fn line_of(paras: &[Para], index: usize, width: usize) -> usize {
    wrap_all(&paras[..index.min(paras.len())], width).len()
}
