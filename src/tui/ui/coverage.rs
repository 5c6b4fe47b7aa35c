//! The coverage chart beside the matrix: per theme, how many of the regions shown address it,
//! as a bar whose full length is "all of them", so thin themes stand out at a glance.
//!
//! On a wide panel each line has the theme's number, name, bar and count; on a narrow one
//! (80 columns) only number, bar and count, in place of the names (`c` switches back).

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::matrix::theme_style;
use crate::tui::app::App;
use crate::tui::layout::MatrixAreas;
use crate::tui::wrap::{truncate, truncate_words};

/// Eighth blocks, for bars finer than a cell.
const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// Draws the chart in the matrix's side panel, for the matrix's `rows`.
pub fn render(app: &App, m: &MatrixAreas, rows: &[usize], buf: &mut Buffer) {
    let area = m.legend;
    if area.height < 2 || area.width < 8 {
        return;
    }
    let p = app.palette();
    let tt = app.tt();
    let width = usize::from(area.width);
    let total = rows.len();
    let heading = format!("{} ({} {total})", tt.work.chart_heading, tt.of);
    buf.set_stringn(area.x, area.y, truncate(&heading, width), width, p.heading);

    let themes = &app.data().themes;
    let digits = themes.len().to_string().len();
    let count_w = total.to_string().len().max(2);
    let (label_w, bar_w) = if m.labels {
        let room = width.saturating_sub(digits + count_w + 3);
        // A quarter of the room: ten cells at 120 columns, fine enough for fifteen regions,
        // and the names keep most of the line.
        let bar = (room / 4).clamp(6, 15);
        (room.saturating_sub(bar), bar)
    } else {
        (0, width.saturating_sub(digits + count_w + 2))
    };
    // Keep the cursor's theme in view when the panel is shorter than the list.
    let h = usize::from(area.height - 1);
    let first = app.matrix_col().saturating_sub(h.saturating_sub(1));
    for (i, (t, theme)) in themes.iter().enumerate().skip(first).take(h).enumerate() {
        let style = theme_style(app, t);
        let n = app.matrix().column_total(t, rows);
        let mut spans = vec![Span::styled(format!("{:>digits$} ", t + 1), style)];
        if m.labels {
            let label = truncate_words(app.texts().theme_label(theme), label_w);
            let pad = label_w.saturating_sub(label.width());
            spans.push(Span::styled(format!("{label}{} ", " ".repeat(pad)), style));
        }
        spans.push(Span::styled(bar(n, total, bar_w), p.mark));
        let count_style = if n == 0 { p.dim } else { p.heading };
        spans.push(Span::styled(format!(" {n:>count_w$}"), count_style));
        let y = area.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(area.x, y, &Line::from(spans), area.width);
    }
}

/// A bar of `n` out of `total` in `width` cells, padded to the width. Any `n` above zero
/// shows at least a sliver, so "one region" never looks like "none".
pub fn bar(n: usize, total: usize, width: usize) -> String {
    let eighths = (n * width * 8 + total / 2)
        .checked_div(total)
        .map_or(0, |e| e.max(usize::from(n > 0)));
    let full = eighths / 8;
    let mut s = "█".repeat(full);
    s.push_str(EIGHTHS[eighths % 8]);
    let used = full + usize::from(eighths % 8 > 0);
    s.push_str(&" ".repeat(width.saturating_sub(used)));
    s
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn bars_are_proportional_and_padded() {
        assert_eq!(bar(15, 15, 10), "█".repeat(10));
        assert_eq!(bar(0, 15, 4), "    ");
        assert_eq!(bar(1, 100, 4), "▏   ", "a sliver for any region at all");
        assert_eq!(bar(3, 6, 4), "██  ");
        assert_eq!(bar(1, 0, 3), "   ");
    }
}
