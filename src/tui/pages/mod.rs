//! The text content of the scrolling panes, as paragraphs to be wrapped.
//!
//! Both `update` (to bound scrolling) and the renderer call [`lines`], so the number of
//! lines scrolled through is the number drawn.

pub mod cell;
pub mod compare;
pub mod context;
pub mod help;
pub mod profile;

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::app::App;
use super::view::Focus;
use super::wrap::{Para, wrap_all};

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
