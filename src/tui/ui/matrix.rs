//! The matrix: regions x themes, with totals of own tags and of ○ cells, a numbered legend (or
//! the coverage chart), the caption of what a cell means and the quote of the cell under the
//! cursor. Drawn cell by cell on the layout's grid, so clicks map back exactly.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};
use unicode_width::UnicodeWidthStr;

use super::coverage;
use super::pane::row_style;
use super::regions::pick_mark;
use crate::matrix::{Cell, MOST, SortKey};
use crate::tui::app::App;
use crate::tui::layout::MatrixAreas;
use crate::tui::pages::cell;
use crate::tui::shown::MatrixLine;
use crate::tui::view::Focus;
use crate::tui::wrap::{region_label, truncate, truncate_plain, truncate_words};

/// Draws the matrix view.
pub fn render(app: &App, m: &MatrixAreas, buf: &mut Buffer) {
    let p = app.palette();
    let rows = app.matrix_rows();
    let themes = app.data().themes.len();
    let cols: Vec<usize> = (app.table.col_offset..themes)
        .take(m.cols_visible)
        .collect();
    let focused = app.focus() == Focus::Matrix;

    title(app, m.title, rows.len(), buf);
    let w = usize::from(m.col_width);
    let cell = |buf: &mut Buffer, x: u16, y: u16, s: &str, style: Style| {
        buf.set_stringn(x, y, format!("{s:>w$}"), w, style);
    };
    // Header: column numbers; the cursor's column stands out, chosen themes are marked.
    for (k, &t) in cols.iter().enumerate() {
        let style = if t == app.matrix_col() {
            p.selected
        } else if app.filter().is_chosen(t) {
            p.mark
        } else {
            p.dim
        };
        cell(buf, m.col_x(k), m.header.y, &(t + 1).to_string(), style);
    }
    cell(buf, m.total_x(), m.header.y, "Σ", p.heading);
    if let Some((route_oost, count)) = app.matrix_top_group() {
        group_label(app, m, m.header.y, route_oost, count, false, buf);
    }
    // Arrows where rows are scrolled out of view.
    if app.table.row_offset > 0 {
        buf.set_stringn(m.header.x, m.header.y, "▴", 1, p.heading);
    }
    if app.table.row_offset + usize::from(m.rows.height) < app.matrix_lines().len() {
        buf.set_stringn(m.totals.x, m.totals.y, "▾", 1, p.heading);
    }
    // Arrows where columns are scrolled out of view.
    if app.table.col_offset > 0 {
        buf.set_stringn(m.header.x + 1, m.header.y, "‹", 1, p.heading);
    }
    if app.table.col_offset + cols.len() < themes {
        buf.set_stringn(m.col_x(cols.len()), m.header.y, "›", 1, p.heading);
    }

    // The selection and comparison marks take the first two columns of the names.
    let name_w = usize::from(m.name_width).saturating_sub(2);
    for (i, line) in app
        .matrix_lines()
        .into_iter()
        .skip(app.table.row_offset)
        .take(usize::from(m.rows.height))
        .enumerate()
    {
        let y = m.rows.y + u16::try_from(i).unwrap_or(u16::MAX);
        let r = match line {
            MatrixLine::Region(r) => r,
            MatrixLine::Divider { count } => {
                group_label(app, m, y, false, count, true, buf);
                continue;
            }
        };
        let Some(region) = app.region(r) else {
            continue;
        };
        let is_row = r == app.selection();
        let (style, mark) = row_style(app, is_row, focused);
        buf.set_stringn(m.rows.x, y, mark, 1, style);
        let pick = pick_mark(app, r);
        buf.set_span(m.rows.x + 1, y, &pick, 1);
        let name = format!("{:<name_w$}", region_label(region, name_w));
        buf.set_stringn(m.rows.x + 2, y, name, name_w, style);
        for (k, &t) in cols.iter().enumerate() {
            let c = app.matrix().cell(r, t);
            let style = match (is_row && t == app.matrix_col(), c) {
                (true, _) => p.selected,
                (false, Cell::Own(_)) => p.mark,
                (false, Cell::General(_)) => p.text,
                (false, Cell::Neither) => p.dim,
            };
            cell(buf, m.col_x(k), y, c.symbol(), style);
        }
        let total = app.matrix().row_total(r).to_string();
        cell(buf, m.total_x(), y, &total, p.heading);
    }

    // Totals of own tags, and apart from them (where there is a line for it) of ○ cells.
    let marks = app.texts().marks;
    let lines = [
        (m.totals, marks.total_own, p.heading, false),
        (m.totals_general, marks.total_general, p.text, true),
    ];
    for (area, label, style, general) in lines {
        if area.is_empty() {
            continue;
        }
        buf.set_stringn(area.x + 2, area.y, label, name_w, style);
        let count = |t: usize| {
            if general {
                app.matrix().column_general_total(t, &rows)
            } else {
                app.matrix().column_total(t, &rows)
            }
        };
        for (k, &t) in cols.iter().enumerate() {
            let n = count(t);
            // An empty cell rather than a row of noughts where no region has a ○.
            if !general || n > 0 {
                cell(buf, m.col_x(k), area.y, &n.to_string(), style);
            }
        }
        let sum: usize = (0..themes).map(count).sum();
        cell(buf, m.total_x(), area.y, &sum.to_string(), style);
    }

    if m.chart {
        coverage::render(app, m, &rows, buf);
    } else {
        legend(app, m, buf);
    }
    caption(app, m, buf);
    info(app, m.info, buf);
}

/// What a cell means, under the table.
fn caption(app: &App, m: &MatrixAreas, buf: &mut Buffer) {
    let area = m.caption;
    let width = usize::from(area.width.saturating_sub(1));
    for (i, line) in cell::caption(app, m.caption_long, width)
        .iter()
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(area.x + 1, y, line, area.width.saturating_sub(1));
    }
}

/// The label of a group of rows, in the name column: on the line dividing the groups (with a
/// rule across the table), or on the header line for the group at the top.
fn group_label(
    app: &App,
    m: &MatrixAreas,
    y: u16,
    route_oost: bool,
    count: usize,
    divider: bool,
    buf: &mut Buffer,
) {
    let p = app.palette();
    let w = app.tt().work;
    let (label, style) = if route_oost {
        (w.group_route, p.route_oost)
    } else {
        (w.group_other, p.heading)
    };
    // The divider has the whole line; in the header the column numbers follow the name.
    let room = usize::from(if divider { m.rows.width } else { m.name_width }.saturating_sub(2));
    let text = truncate(&format!("{label} ({count})"), room);
    let mut spans = vec![Span::styled(text.clone(), style)];
    if divider {
        let width = usize::from(m.rows.width.saturating_sub(2));
        let rule = "─".repeat(width.saturating_sub(text.width() + 1));
        spans.push(Span::styled(format!(" {rule}"), p.border));
    }
    let x = m.rows.x + 2;
    buf.set_line(x, y, &Line::from(spans), m.rows.right().saturating_sub(x));
}

/// The title line: how many regions, the sort order and the filter.
fn title(app: &App, area: Rect, rows: usize, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let mut sort = match app.sort() {
        SortKey::Document => tt.sort_document.to_string(),
        SortKey::Total => tt.sort_total.to_string(),
        SortKey::Theme(t) => format!("{} {}", tt.sort_theme, t + 1),
    };
    if app.grouped() {
        sort = format!("{}, {sort}", tt.work.grouped);
    }
    let line = Line::from(vec![
        Span::styled(format!(" {} ", tt.views[1]), p.heading),
        Span::styled(
            format!(
                "· {rows} {} {} · {}: {sort}",
                tt.of,
                app.data().regions.len(),
                tt.sort_label
            ),
            p.dim,
        ),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// The numbered theme labels, the cursor's theme highlighted, with ≈ before those the cover
/// text names for many profiles.
fn legend(app: &App, m: &MatrixAreas, buf: &mut Buffer) {
    let area = m.legend;
    if area.is_empty() {
        return;
    }
    let themes = &app.data().themes;
    let digits = themes.len().to_string().len();
    // What ≈ means below the names, when there is a line for it and the full caption under
    // the table does not say it already.
    let most = themes_with_most(app) && !m.caption_long && usize::from(area.height) > themes.len();
    // Keep the cursor's theme in view when the legend is shorter than the list.
    let h = usize::from(area.height);
    let first = app.matrix_col().saturating_sub(h.saturating_sub(1));
    for (i, (t, theme)) in themes.iter().enumerate().skip(first).take(h).enumerate() {
        let style = theme_style(app, t);
        let sign = most_sign(app, t);
        let room = usize::from(area.width).saturating_sub(digits + 1 + sign.width());
        let label = truncate_words(app.texts().theme_label(theme), room);
        let label = truncate(
            &format!("{:>digits$} {sign}{label}", t + 1),
            usize::from(area.width),
        );
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_stringn(area.x, y, label, usize::from(area.width), style);
    }
    if most {
        let y = area.bottom() - 1;
        most_line(app, area.x, y, area.width, buf);
    }
}

/// "≈ " before a theme's name in the legend, the chart and the filter when the cover text says
/// it of many profiles (and not of all: those show as ○ cells), else nothing.
pub fn most_sign(app: &App, t: usize) -> &'static str {
    let m = app.matrix();
    if m.theme_general(t).is_none() && !m.theme_most(t).is_empty() {
        "≈ "
    } else {
        ""
    }
}

/// Whether some theme has ≈ beside it.
pub fn themes_with_most(app: &App) -> bool {
    (0..app.data().themes.len()).any(|t| !most_sign(app, t).is_empty())
}

/// "≈ veel profielen" (or in full where the panel is wide) at the bottom of the side panel.
pub fn most_line(app: &App, x: u16, y: u16, width: u16, buf: &mut Buffer) {
    let p = app.palette();
    let marks = app.texts().marks;
    let w = usize::from(width);
    let text = if marks.most.width() + 2 <= w {
        marks.most
    } else {
        marks.most_short
    };
    let line = Line::from(vec![
        Span::styled(format!("{MOST} "), p.heading),
        Span::styled(truncate(text, w.saturating_sub(2)), p.dim),
    ]);
    buf.set_line(x, y, &line, width);
}

/// The cell under the cursor: its heading and quote, whole where the lines allow; a quote
/// that does not fit ends in "…" on its last line. What follows about many profiles shows only
/// where it fits whole. With lines to spare, a rule sets it apart from the caption.
fn info(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let area = if area.height >= 6 {
        Block::new()
            .borders(Borders::TOP)
            .border_style(app.palette().border)
            .render(area, buf);
        Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        }
    } else {
        area
    };
    let width = usize::from(area.width.saturating_sub(1));
    let h = usize::from(area.height);
    let mut blocks = cell::info(app, width).into_iter();
    let mut lines = blocks.next().unwrap_or_default();
    if lines.len() > h {
        lines.truncate(h);
        if let Some(last) = lines.last_mut() {
            *last = cut(last, width);
        }
    }
    for block in blocks {
        if lines.len() + block.len() > h {
            break;
        }
        lines.extend(block);
    }
    for (i, line) in lines.iter().enumerate() {
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(area.x + 1, y, line, area.width.saturating_sub(1));
    }
}

/// The line with "…" at its end, in `width` columns: the text goes on beyond it.
fn cut(line: &Line<'static>, width: usize) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let room = width.saturating_sub(1);
    for span in &line.spans {
        if used >= room {
            break;
        }
        let text = truncate_plain(&span.content, room - used);
        used += text.width();
        spans.push(Span::styled(text, span.style));
    }
    let style = line.spans.last().map(|s| s.style).unwrap_or_default();
    spans.push(Span::styled("…", style));
    Line::from(spans)
}

/// The style of a theme's row in the legend and the chart: the cursor's column selected,
/// themes in the filter marked.
pub fn theme_style(app: &App, t: usize) -> ratatui::style::Style {
    let p = app.palette();
    if t == app.matrix_col() {
        p.selected
    } else if app.filter().is_chosen(t) {
        p.mark
    } else {
        p.text
    }
}
