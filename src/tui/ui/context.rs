//! The Context view: the cover text's sections, a list on the left and the text on the right.

use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::pane::{block, draw_row, hidden_rows, quote_cursor, row_style, text};
use crate::tui::app::App;
use crate::tui::layout::{Areas, inner};
use crate::tui::pages::{self, context::section_heading};
use crate::tui::view::Focus;
use crate::tui::wrap::truncate;

/// Draws the section list and the selected section's text.
pub fn render(app: &App, areas: &Areas, buf: &mut Buffer) {
    let tt = app.tt();
    let focused = app.focus() == Focus::Sections;
    let title = format!(" {} ", tt.pane_sections);
    let list_shown = !areas.sections.is_empty();
    if list_shown {
        block(app, title, focused).render(areas.sections, buf);
    }
    let r = inner(areas.sections);
    let rows = (0..app.section_count())
        .skip(app.context.offset)
        .take(usize::from(r.height));
    for (i, s) in rows.enumerate() {
        let (style, mark) = row_style(app, s == app.section(), focused);
        let name = truncate(
            section_heading(app, s),
            usize::from(r.width.saturating_sub(1)),
        );
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
        draw_row(buf, r, y, mark, &Line::raw(name), style);
    }
    if list_shown {
        let shown = usize::from(r.height).min(app.section_count());
        let n = app.section_count();
        hidden_rows(app, areas.sections, app.context.offset, shown, n, buf);
    }
    let area = areas.section_text;
    let w = pages::wrapped(app, Focus::SectionText, usize::from(inner(area).width));
    // Without the list beside it, the text's title says which section it is once its
    // heading has scrolled away (not twice while the heading shows).
    let title = if list_shown || app.section_scroll() == 0 {
        format!(" {} ", tt.pane_section_text)
    } else {
        format!(" § {} ", section_heading(app, app.section()))
    };
    let focused = app.focus() == Focus::SectionText;
    text(
        block(app, title, focused),
        &w.lines,
        app.section_scroll(),
        area,
        buf,
    );
    if focused {
        let cursor = app.quote_cursor(Focus::SectionText);
        quote_cursor(app, &w, cursor, app.section_scroll(), area, buf);
    }
}
