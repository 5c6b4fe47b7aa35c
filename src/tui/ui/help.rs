//! The help overlay: every key, from the key table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Clear, Widget};

use super::pane::{block, text};
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages;

/// Draws the help over whatever is below it.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    Clear.render(area, buf);
    let tt = app.tt();
    let lines = pages::help_lines(app, usize::from(inner(area).width));
    let b = block(app, format!(" {} ", tt.help_title), true)
        .title_bottom(format!(" {} ", tt.help_footer));
    text(b, &lines, app.help_scroll().unwrap_or(0), area, buf);
}
