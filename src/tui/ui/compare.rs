//! The comparison view (an explanation for now).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::pane::{block, text};
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages;
use crate::tui::view::Focus;

/// Draws the comparison pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let title = format!(" {} ", Focus::Compare.title(app.tt()));
    let lines = pages::lines(app, Focus::Compare, usize::from(inner(area).width));
    text(
        block(app, title, true),
        &lines,
        app.compare_scroll(),
        area,
        buf,
    );
}
