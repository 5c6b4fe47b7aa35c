//! The tab bar.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::layout::{Areas, tab_labels};

/// Draws the tabs where the layout put them, and the program's name on the right.
pub fn render(app: &App, areas: &Areas, buf: &mut Buffer) {
    let p = app.palette();
    let labels = tab_labels(app, areas.tabs.width);
    for (&(view, r), (_, label)) in areas.tab_hits.iter().zip(&labels) {
        let style = if view == app.view() {
            p.tab_active
        } else {
            p.tab
        };
        buf.set_stringn(r.x, r.y, label, usize::from(r.width), style);
    }
    let end = areas.tab_hits.last().map_or(0, |(_, r)| r.right());
    let name = app.tt().app_name;
    let w = u16::try_from(name.width()).unwrap_or(u16::MAX);
    let x = areas.tabs.right().saturating_sub(w + 1);
    if x > end.saturating_add(1) {
        buf.set_stringn(x, areas.tabs.y, name, usize::from(w), p.dim);
    }
}
