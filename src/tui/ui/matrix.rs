//! The matrix: regions x themes, with totals, a numbered legend (or the coverage chart) and
//! the quote of the cell under the cursor. Drawn cell by cell on the layout's grid, so clicks
//! map back exactly.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};
use unicode_width::UnicodeWidthStr;

use super::coverage;
use super::pane::row_style;
use super::regions::pick_mark;
use crate::matrix::SortKey;
use crate::tui::app::App;
use crate::tui::layout::MatrixAreas;
use crate::tui::shown::MatrixLine;
use crate::tui::view::Focus;
use crate::tui::wrap::{Para, truncate, truncate_name, truncate_words, wrap_all};

/// Draws the matrix view.
pub fn render(app: &App, m: &MatrixAreas, buf: &mut Buffer) {
    let p = app.palette();
    let rows = app.matrix_rows();
    let themes = app.data().themes.len();
    let cols: Vec<usize> = (app.matrix_col_offset..themes)
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
    if app.matrix_row_offset > 0 {
        buf.set_stringn(m.header.x, m.header.y, "▴", 1, p.heading);
    }
    if app.matrix_row_offset + usize::from(m.rows.height) < app.matrix_lines().len() {
        buf.set_stringn(m.totals.x, m.totals.y, "▾", 1, p.heading);
    }
    // Arrows where columns are scrolled out of view.
    if app.matrix_col_offset > 0 {
        buf.set_stringn(m.header.x + 1, m.header.y, "‹", 1, p.heading);
    }
    if app.matrix_col_offset + cols.len() < themes {
        buf.set_stringn(m.col_x(cols.len()), m.header.y, "›", 1, p.heading);
    }

    // The selection and comparison marks take the first two columns of the names.
    let name_w = usize::from(m.name_width).saturating_sub(2);
    for (i, line) in app
        .matrix_lines()
        .into_iter()
        .skip(app.matrix_row_offset)
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
        let name = format!("{:<name_w$}", truncate_name(&region.name, name_w));
        buf.set_stringn(m.rows.x + 2, y, name, name_w, style);
        for (k, &t) in cols.iter().enumerate() {
            let has = app.matrix().has(r, t);
            let style = match (is_row && t == app.matrix_col(), has) {
                (true, _) => p.selected,
                (false, true) => p.mark,
                (false, false) => p.dim,
            };
            cell(buf, m.col_x(k), y, if has { "●" } else { "·" }, style);
        }
        let total = app.matrix().row_total(r).to_string();
        cell(buf, m.total_x(), y, &total, p.heading);
    }

    buf.set_stringn(
        m.totals.x + 2,
        m.totals.y,
        app.texts().total,
        name_w,
        p.heading,
    );
    for (k, &t) in cols.iter().enumerate() {
        let n = app.matrix().column_total(t, &rows).to_string();
        cell(buf, m.col_x(k), m.totals.y, &n, p.heading);
    }
    let sum: usize = rows.iter().map(|&r| app.matrix().row_total(r)).sum();
    cell(buf, m.total_x(), m.totals.y, &sum.to_string(), p.heading);

    if m.chart {
        coverage::render(app, m, &rows, buf);
    } else {
        legend(app, m.legend, buf);
    }
    info(app, m.info, buf);
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

/// The numbered theme labels, the cursor's theme highlighted.
fn legend(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let themes = &app.data().themes;
    let digits = themes.len().to_string().len();
    // Keep the cursor's theme in view when the legend is shorter than the list.
    let h = usize::from(area.height);
    let first = app.matrix_col().saturating_sub(h.saturating_sub(1));
    for (i, (t, theme)) in themes.iter().enumerate().skip(first).take(h).enumerate() {
        let style = theme_style(app, t);
        let room = usize::from(area.width).saturating_sub(digits + 1);
        let label = truncate_words(app.texts().theme_label(theme), room);
        let label = truncate(
            &format!("{:>digits$} {label}", t + 1),
            usize::from(area.width),
        );
        let y = area.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_stringn(area.x, y, label, usize::from(area.width), style);
    }
}

/// The cell under the cursor: region, theme and the quote the tag rests on.
fn info(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height < 2 {
        return;
    }
    let p = app.palette();
    let tt = app.tt();
    let t = app.matrix_col();
    let theme = app.data().themes.get(t);
    let region = app
        .selected_region()
        .and_then(|r| app.region(r).map(|x| (r, x)));
    // The rule above the quote gives way when the rows need the line (the bold totals row
    // still sets the quote apart).
    let body = if area.height >= 4 {
        Block::new()
            .borders(Borders::TOP)
            .border_style(p.border)
            .render(area, buf);
        Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        }
    } else {
        area
    };
    let width = usize::from(body.width.saturating_sub(1));
    let paras = match (region, theme) {
        (Some((ri, r)), Some(th)) => {
            // One line, so the quote keeps the room below.
            let text = format!("{} × {} {}", r.name, t + 1, app.texts().theme_label(th));
            let heading = Para::styled(truncate(&text, width), p.heading);
            let quote = match r.themes.iter().find(|tag| tag.theme == th.id) {
                Some(tag) if app.matrix().has(ri, t) => Para::spans(vec![
                    Span::styled(format!("“{}”", tag.evidence), p.quote),
                    Span::styled(
                        format!(
                            " — {}: {}, {}",
                            app.texts().source.to_lowercase(),
                            app.texts().source_name(tag.source),
                            tt.interpretation
                        ),
                        p.dim,
                    ),
                ]),
                _ => Para::styled(tt.not_tagged, p.dim),
            };
            vec![heading, quote]
        }
        _ => vec![Para::styled(tt.no_match_short, p.warning)],
    };
    for (i, line) in wrap_all(&paras, width)
        .iter()
        .take(usize::from(body.height))
        .enumerate()
    {
        let y = body.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(body.x + 1, y, line, body.width.saturating_sub(1));
    }
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
