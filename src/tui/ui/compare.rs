//! The comparison view: a fixed summary, a rule, and the regions' columns scrolling together.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pane::{block, scrolled};
use crate::tui::app::App;
use crate::tui::layout::{Areas, inner};
use crate::tui::pages::compare::{self, column_width, columns};
use crate::tui::view::Focus;

/// Draws the comparison pane.
pub fn render(app: &App, areas: &Areas, buf: &mut Buffer) {
    let p = app.palette();
    let n = app.compared().len();
    let title = if n >= 2 {
        format!(" {} ", app.tt().work.compare_pane.of(n))
    } else {
        format!(" {} ", Focus::Compare.title(app.tt()))
    };
    let area = areas.compare;
    let width = usize::from(inner(area).width);
    // The notes go in the bottom border, as many as fit, so the columns keep every line.
    let mut bottom = String::new();
    for note in compare::notes(app, width) {
        let next = if bottom.is_empty() {
            note
        } else {
            format!("{bottom} · {note}")
        };
        if next.width() + 2 > width {
            break;
        }
        bottom = next;
    }
    let mut frame = block(app, title, app.focus() == Focus::Compare);
    if !bottom.is_empty() {
        frame = frame.title_bottom(Line::styled(format!(" {bottom} "), p.dim));
    }
    frame.render(area, buf);

    let head = areas.compare_head;
    for (i, line) in compare::head(app, width)
        .iter()
        .take(usize::from(head.height))
        .enumerate()
    {
        let y = head.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(head.x, y, line, head.width);
    }
    let body = areas.compare_body;
    if head.height > 0 && body.y > head.bottom() {
        rule(app, head.x, head.bottom(), width, n, buf);
    }

    let lines = compare::lines(app, width);
    let bar = Rect {
        x: area.x,
        width: area.width,
        ..body
    };
    scrolled(&lines, app.compare_scroll(), body, bar, p.border, buf);
}

/// The line between the summary and the columns, with a tee over each column divider.
fn rule(app: &App, x: u16, y: u16, width: usize, n: usize, buf: &mut Buffer) {
    let cols = columns(width, n);
    let col_w = column_width(width, cols);
    let line: String = (0..width)
        .map(|i| {
            let divider = cols > 1 && (i + 1) % (col_w + 1) == 0 && i / (col_w + 1) < cols - 1;
            if divider { '┬' } else { '─' }
        })
        .collect();
    buf.set_stringn(x, y, line, width, app.palette().border);
}
