//! The profile of the selected region.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::pane::{block, text};
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages;
use crate::tui::view::Focus;

/// Draws the profile pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Focus::Detail;
    let title = format!(" {} ", app.tt().pane_profile);
    let lines = pages::lines(app, Focus::Detail, usize::from(inner(area).width));
    text(
        block(app, title, focused),
        &lines,
        app.detail_scroll(),
        area,
        buf,
    );
}
