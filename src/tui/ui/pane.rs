//! What the panes share: their frame, list rows and scrolled text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::layout::inner;
use crate::tui::pages::Wrapped;
use crate::tui::scroll::max_scroll;

/// The framed block of a pane; the focused one stands out by colour and by a thick border.
pub fn block<'a>(app: &App, title: impl Into<Line<'a>>, focused: bool) -> Block<'a> {
    let p = app.palette();
    let b = Block::bordered().title(title);
    if focused {
        b.border_style(p.border_focused)
            .border_type(p.border_type_focused)
            .title_style(p.border_focused)
    } else {
        b.border_style(p.border)
    }
}

/// The style of a list row and its first-column mark.
pub fn row_style(app: &App, selected: bool, focused: bool) -> (Style, &'static str) {
    let p = app.palette();
    match (selected, focused) {
        (true, true) => (p.selected, "›"),
        (true, false) => (p.selected_inactive, "›"),
        _ => (p.text, " "),
    }
}

/// Draws a row: the mark, then `line`, padded to the width in `style`.
pub fn draw_row(buf: &mut Buffer, r: Rect, y: u16, mark: &str, line: &Line, style: Style) {
    if r.width == 0 || y < r.y || y >= r.bottom() {
        return;
    }
    buf.set_style(Rect::new(r.x, y, r.width, 1), style);
    buf.set_stringn(r.x, y, mark, 1, style);
    buf.set_line(r.x.saturating_add(1), y, line, r.width.saturating_sub(1));
}

/// Says on a list's right border how many rows are hidden above and below (`offset` rows
/// above, `shown` in view, `total` in all), so a list that cannot show all its rows says so.
pub fn hidden_rows(
    app: &App,
    area: Rect,
    offset: usize,
    shown: usize,
    total: usize,
    buf: &mut Buffer,
) {
    let [up, down] = app.tt().more_rows;
    let below = total.saturating_sub(offset + shown);
    let style = app.palette().border_focused;
    for (n, text, y) in [
        (offset, up, area.y),
        (below, down, area.bottom().saturating_sub(1)),
    ] {
        if n == 0 || area.height < 2 {
            continue;
        }
        let label = format!(" {} ", text.replace("{n}", &n.to_string()));
        let w = u16::try_from(unicode_width::UnicodeWidthStr::width(label.as_str()))
            .unwrap_or(u16::MAX);
        if w + 4 > area.width {
            continue;
        }
        buf.set_stringn(area.right() - 1 - w, y, &label, usize::from(w), style);
    }
}

/// Draws wrapped text inside a framed pane, from line `scroll`, with a scrollbar on the right
/// border when the text is longer than the pane.
pub fn text(block: Block, lines: &[Line], scroll: usize, area: Rect, buf: &mut Buffer) {
    block.render(area, buf);
    let bar = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(2),
        ..area
    };
    scrolled(lines, scroll, inner(area), bar, Style::default(), buf);
}

/// Draws `lines` into `body` from line `scroll` (clamped), with a scrollbar in `bar` in
/// `style` when they do not all fit.
pub fn scrolled(
    lines: &[Line],
    scroll: usize,
    body: Rect,
    bar: Rect,
    style: Style,
    buf: &mut Buffer,
) {
    let h = usize::from(body.height);
    let start = scroll.min(max_scroll(lines.len(), h));
    for (i, line) in lines.iter().skip(start).take(h).enumerate() {
        let y = body.y.saturating_add(u16::try_from(i).unwrap_or(u16::MAX));
        buf.set_line(body.x, y, line, body.width);
    }
    if lines.len() > h && h > 0 {
        let mut state = ScrollbarState::new(max_scroll(lines.len(), h) + 1)
            .viewport_content_length(h)
            .position(start);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(None)
            .thumb_symbol("█")
            .style(style)
            .render(bar, buf, &mut state);
    }
}

/// The keys that do `action` in the current view and pane, from the key table, for labels
/// such as the filter's "[a]".
pub fn key_for(app: &App, action: &Action) -> String {
    keymap::label_for(action, app.view(), app.focus(), app.tt())
}

/// Marks the quote under a text pane's quote cursor on the pane's left border: what `b`
/// shows in the source. `w` is the pane's text as drawn from line `scroll`.
pub fn quote_cursor(
    app: &App,
    w: &Wrapped,
    cursor: usize,
    scroll: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let Some((lines, _)) = w.stops.get(cursor.min(w.stops.len().saturating_sub(1))) else {
        return;
    };
    let body = inner(area);
    let h = usize::from(body.height);
    let start = scroll.min(max_scroll(w.lines.len(), h));
    for line in lines.clone().filter(|l| (start..start + h).contains(l)) {
        let y = body
            .y
            .saturating_add(u16::try_from(line - start).unwrap_or(u16::MAX));
        buf.set_stringn(area.x, y, "▌", 1, app.palette().border_focused);
    }
}
