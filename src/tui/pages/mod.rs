//! The text content of the scrolling panes, as paragraphs to be wrapped.
//!
//! Both `update` (to bound scrolling) and the renderer call [`lines`], so the number of
//! lines scrolled through is the number drawn.

pub mod compare;
pub mod context;
pub mod help;
pub mod profile;

use ratatui::text::Line;

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
