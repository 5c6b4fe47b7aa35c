//! The profile of the selected region.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::pane::{block, quote_cursor, text};
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages;
use crate::tui::view::{Focus, View};

/// Draws the profile pane.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.focus() == Focus::Detail;
    // While the list's selection is on a passage of the cover text, its section is shown.
    let title = match pages::context::selected_hit(app).filter(|_| app.view() == View::Profiles) {
        Some(hit) => format!(" § {} ", pages::context::section_heading(app, hit.section)),
        None => format!(" {} ", app.tt().pane_profile),
    };
    let w = pages::wrapped(app, Focus::Detail, usize::from(inner(area).width));
    text(
        block(app, title, focused),
        &w.lines,
        app.detail_scroll(),
        area,
        buf,
    );
    if focused {
        let cursor = app.quote_cursor(Focus::Detail);
        quote_cursor(app, &w, cursor, app.detail_scroll(), area, buf);
    }
}
