//! The coverage chart beside the matrix: per theme, how many of the regions shown name it
//! (●, a solid bar) and, apart, how many have it as a ○ cell (a light bar after it), against a
//! full length of "all of them", so thin themes stand out at a glance.
//!
//! On a wide panel each line has the theme's number, name, bar and count; on a narrow one
//! (80 columns) only number, bar and count, in place of the names (`c` switches back).

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::matrix::{most_line, most_sign, theme_style, themes_with_most};
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
    let general: Vec<usize> = (0..themes.len())
        .map(|t| app.matrix().column_general_total(t, rows))
        .collect();
    let count = |t: usize, n: usize| match general[t] {
        0 => n.to_string(),
        g => format!("{n}+{g}"),
    };
    let count_w = (0..themes.len())
        .map(|t| count(t, app.matrix().column_total(t, rows)).width())
        .max()
        .unwrap_or(0)
        .max(2);
    // A column for ≈ beside the names when some theme has it, so the bars line up; without
    // the names (a narrow panel) the bars keep the room, and the names' legend shows ≈.
    let sign_w = if m.labels && themes_with_most(app) {
        2
    } else {
        0
    };
    let (label_w, bar_w) = if m.labels {
        let room = width.saturating_sub(digits + count_w + 3 + sign_w);
        // A quarter of the room: ten cells at 120 columns, fine enough for fifteen regions,
        // and the names keep most of the line.
        let bar = (room / 4).clamp(6, 15);
        (room.saturating_sub(bar), bar)
    } else {
        (0, width.saturating_sub(digits + count_w + 2 + sign_w))
    };
    // What ≈ means below the bars, when they have it, there is a line for it, and the full
    // caption under the table does not say it already.
    let most = sign_w > 0 && !m.caption_long && usize::from(area.height) > themes.len() + 1;
    // Keep the cursor's theme in view when the panel is shorter than the list.
    let h = usize::from(area.height - 1);
    let first = app.matrix_col().saturating_sub(h.saturating_sub(1));
    for (i, (t, theme)) in themes.iter().enumerate().skip(first).take(h).enumerate() {
        let style = theme_style(app, t);
        let n = app.matrix().column_total(t, rows);
        let sign = if sign_w > 0 { most_sign(app, t) } else { "" };
        let mut spans = vec![Span::styled(
            format!("{:>digits$} {:<sign_w$}", t + 1, sign),
            style,
        )];
        if m.labels {
            let label = truncate_words(app.texts().theme_label(theme), label_w);
            let pad = label_w.saturating_sub(label.width());
            spans.push(Span::styled(format!("{label}{} ", " ".repeat(pad)), style));
        }
        let (own, light) = bars(n, general[t], total, bar_w);
        spans.push(Span::styled(own, p.mark));
        spans.push(Span::styled(light, p.text));
        let count_style = if n + general[t] == 0 {
            p.dim
        } else {
            p.heading
        };
        spans.push(Span::styled(
            format!(" {:>count_w$}", count(t, n)),
            count_style,
        ));
        let y = area.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(area.x, y, &Line::from(spans), area.width);
    }
    if most {
        most_line(app, area.x, area.bottom() - 1, area.width, buf);
    }
}

/// The bar of `own` regions out of `total` in `width` cells (see [`bar`]), and after it, in
/// light cells, the `general` ones: whole cells only, at least one for any, padded to the
/// width.
pub fn bars(own: usize, general: usize, total: usize, width: usize) -> (String, String) {
    let solid = bar(own, total, width);
    let used = solid.trim_end().chars().count();
    if general == 0 {
        return (solid, String::new());
    }
    let end = ((own + general) * width + total / 2)
        .checked_div(total)
        .unwrap_or(0)
        .clamp(used + 1, width.max(used + 1));
    let light = "░".repeat(end.saturating_sub(used).min(width.saturating_sub(used)));
    let pad = " ".repeat(width.saturating_sub(used + light.chars().count()));
    (solid.trim_end().to_string(), format!("{light}{pad}"))
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
    use super::{bar, bars};

    #[test]
    fn bars_are_proportional_and_padded() {
        assert_eq!(bar(15, 15, 10), "█".repeat(10));
        assert_eq!(bar(0, 15, 4), "    ");
        assert_eq!(bar(1, 100, 4), "▏   ", "a sliver for any region at all");
        assert_eq!(bar(3, 6, 4), "██  ");
        assert_eq!(bar(1, 0, 3), "   ");
    }

    #[test]
    fn general_cells_follow_the_own_bar_in_light_cells() {
        assert_eq!(bars(8, 7, 15, 10), ("█████▍".into(), "░░░░".into()));
        assert_eq!(bars(9, 0, 15, 10), (bar(9, 15, 10), String::new()));
        assert_eq!(bars(0, 3, 15, 10), (String::new(), "░░        ".into()));
        assert_eq!(
            bars(14, 1, 15, 4),
            ("███▊".into(), "".into()),
            "no room left"
        );
    }
}
