//! The Bron view: the source document line by line, its line numbers in a gutter, a mark on
//! every line the data uses (and what starts there in the margin, where there is room), the
//! text the data leaves out dimmed, the cited quote or the search's hit highlighted, and under
//! it a line that says what is shown.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget};
use unicode_width::UnicodeWidthStr;

use super::pane::{block, key_for};
use crate::source::Source;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::bron::rows::{self, Columns};
use crate::tui::bron::sheet::{Sheet, per_line, shown};
use crate::tui::layout::inner;
use crate::tui::view::{Focus, View};
use crate::tui::wrap::{Para, truncate, wrap_all};

/// Draws the Bron view into `area` (with its border).
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let tt = app.tt();
    let title = format!(
        " {} · {} ",
        tt.views[View::Source.index()],
        app.data().title
    );
    block(app, title, app.focus() == Focus::Source).render(area, buf);
    let r = inner(area);
    let (Some(src), Some(sheet), Some(cols)) = (
        app.source(),
        app.bron().sheet.as_deref(),
        app.bron_columns(),
    ) else {
        no_source(app, r, buf);
        return;
    };
    let body = Rect {
        height: r.height.saturating_sub(1),
        ..r
    };
    let foot = Rect {
        y: body.bottom(),
        height: r.height.min(1),
        ..r
    };
    let shown = draw_text(app, src, sheet, cols, body, buf);
    let bar = Rect {
        y: area.y.saturating_add(1),
        height: body.height,
        ..area
    };
    let n = src.line_count();
    if body.height > 0 && (shown.start > 0 || shown.end < n) {
        let mut state = ScrollbarState::new(n)
            .viewport_content_length(shown.len())
            .position(shown.start);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(None)
            .thumb_symbol("█")
            .render(bar, buf, &mut state);
    }
    footer(app, src, shown, foot, buf);
}

/// Without a source text: why not, and how to give one.
fn no_source(app: &App, r: Rect, buf: &mut Buffer) {
    let p = app.palette();
    let said = app.tt().bron.no_source;
    let mut paras = vec![Para::styled(said[0], p.warning), Para::blank()];
    paras.extend(said[1..].iter().map(|s| Para::styled(*s, p.text)));
    let lines = wrap_all(&paras, usize::from(r.width));
    for (i, line) in lines.iter().take(usize::from(r.height)).enumerate() {
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(r.x, y, line, r.width);
    }
}

/// Draws the lines from the first shown into `body`; the lines shown (wholly or partly).
fn draw_text(
    app: &App,
    src: &Source,
    sheet: &Sheet,
    cols: Columns,
    body: Rect,
    buf: &mut Buffer,
) -> Range<usize> {
    let p = app.palette();
    let width = usize::from(cols.text);
    // The highlighted pieces, line by line.
    let highlight: Vec<(usize, Range<usize>)> = app
        .bron()
        .highlight()
        .iter()
        .flat_map(|h| per_line(src, h.clone()))
        .collect();
    let n = src.line_count();
    let mut y = body.y;
    let mut l = app.bron().top.min(n);
    let first = l;
    while l < n && y < body.bottom() {
        let line = src.line_range(l);
        let marked: Vec<Range<usize>> = highlight
            .iter()
            .filter(|(at, _)| *at == l)
            .map(|(_, r)| r.clone())
            .collect();
        let used = sheet.used.get(l).map_or(&[][..], Vec::as_slice);
        let pieces = if usize::from(sheet.widths[l]) <= width {
            vec![line.clone()]
        } else {
            rows::wrap(src.line(l).trim_end(), line.start, width)
        };
        for (k, piece) in pieces.into_iter().enumerate() {
            if y >= body.bottom() {
                break;
            }
            let mut x = body.x;
            if k == 0 {
                let number = format!(
                    "{:>w$}",
                    l + 1,
                    w = usize::from(cols.gutter.saturating_sub(1))
                );
                buf.set_stringn(x, y, number, usize::from(cols.gutter), p.dim);
            }
            x += cols.gutter;
            if cols.mark > 0 {
                let (sign, style) = if !marked.is_empty() {
                    ("▶", p.match_hl)
                } else if !used.is_empty() {
                    ("┃", p.mark)
                } else {
                    (" ", p.text)
                };
                buf.set_stringn(x, y, sign, 1, style);
                x += cols.mark;
            }
            let row = Row {
                text: &src.text()[piece.clone()],
                start: piece.start,
                used,
                marked: &marked,
            };
            draw_runs(buf, (x, y), cols.text, &row, app);
            if k == 0 && cols.margin > 0 {
                if let Some(label) = sheet.labels.get(l).filter(|s| !s.is_empty()) {
                    let mx = x + cols.text + 1;
                    let label = truncate(label, usize::from(cols.margin));
                    buf.set_stringn(mx, y, label, usize::from(cols.margin), p.dim);
                }
            }
            y += 1;
        }
        l += 1;
    }
    first..l
}

/// One row of text: its bytes in the source, and of its line the bytes the data uses and the
/// highlighted ones.
struct Row<'a> {
    text: &'a str,
    /// The byte offset of `text` in the source.
    start: usize,
    used: &'a [Range<usize>],
    marked: &'a [Range<usize>],
}

/// Draws a row from `(x, y)` in at most `width` columns: what the data uses plain, the rest
/// dimmed, the highlighted pieces highlighted.
fn draw_runs(buf: &mut Buffer, (x, y): (u16, u16), width: u16, row: &Row, app: &App) {
    let p = app.palette();
    let style_at = |b: usize| -> Style {
        if row.marked.iter().any(|r| r.contains(&b)) {
            p.match_hl
        } else if row.used.iter().any(|r| r.contains(&b)) {
            p.text
        } else {
            p.dim
        }
    };
    let (text, start) = (row.text, row.start);
    let mut x = x;
    let end = x.saturating_add(width);
    let mut run = String::new();
    let mut run_style = None;
    for (i, c) in text.char_indices() {
        let style = style_at(start + i);
        if run_style != Some(style) && !run.is_empty() {
            let (nx, _) = buf.set_stringn(
                x,
                y,
                &run,
                usize::from(end - x),
                run_style.unwrap_or(p.text),
            );
            x = nx;
            run.clear();
        }
        run_style = Some(style);
        let (c, w) = shown(c);
        if w > 0 {
            run.push(c);
        }
    }
    if !run.is_empty() && x < end {
        buf.set_stringn(
            x,
            y,
            &run,
            usize::from(end - x),
            run_style.unwrap_or(p.text),
        );
    }
}

/// The line under the text: the hit or the cited quote and its lines, and how to go back;
/// else what the marks mean. On the right, the lines shown.
fn footer(app: &App, src: &Source, shown: Range<usize>, r: Rect, buf: &mut Buffer) {
    if r.height == 0 || r.width == 0 {
        return;
    }
    let p = app.palette();
    let t = app.texts();
    let b = app.tt().bron;
    let bron = app.bron();
    let find = &bron.find;
    let mut left: Vec<Span<'static>> = Vec::new();
    if find.is_active() {
        let query = crate::text::clean(find.query.text().trim()).into_owned();
        match find.hit() {
            Some(h) => {
                let which = b
                    .hit_of
                    .replace("{i}", &(find.current + 1).to_string())
                    .replace("{n}", &find.hits.len().to_string());
                left.push(Span::styled(format!("“{query}”: {which}"), p.heading));
                left.push(Span::styled(
                    format!(" · {}", t.cite.range(h.lines)),
                    p.text,
                ));
                let next = key_for(app, &Action::NextHit);
                let prev = key_for(app, &Action::PrevHit);
                if !next.is_empty() && !find.editing {
                    left.push(Span::styled(format!(" · {next}/{prev}"), p.dim));
                }
            }
            None if !query.is_empty() => {
                left.push(Span::styled(
                    b.nothing_found.replace("{query}", &query),
                    p.warning,
                ));
            }
            None => {}
        }
    } else if let Some(m) = &bron.mark {
        left.push(Span::styled(format!("▶ {}", m.label), p.heading));
        left.push(Span::styled(
            format!(" · {}", t.cite.range(m.lines)),
            p.text,
        ));
    } else {
        let search = key_for(app, &Action::SearchOpen);
        left.push(Span::styled(b.legend.replace("{search}", &search), p.dim));
    }
    if let Some(view) = bron.back {
        let back = key_for(app, &Action::Back);
        let to = b
            .back_to
            .replace("{back}", &back)
            .replace("{view}", view.title(app.tt()));
        left.push(Span::styled(format!(" · {to}"), p.dim));
    }
    let lines = b
        .shown_lines
        .replace("{first}", &(shown.start + 1).to_string())
        .replace("{last}", &shown.end.max(shown.start + 1).to_string())
        .replace("{n}", &src.line_count().to_string());
    let lines = format!(" {lines}");
    let right_w = u16::try_from(lines.width()).unwrap_or(u16::MAX);
    let left_line = Line::from(left);
    let room = if usize::from(r.width) > left_line.width() + lines.width() {
        buf.set_stringn(
            r.right() - right_w,
            r.y,
            &lines,
            usize::from(right_w),
            p.dim,
        );
        r.width - right_w
    } else {
        r.width
    };
    let text: String = left_line.spans.iter().map(|s| s.content.as_ref()).collect();
    if left_line.width() <= usize::from(room) {
        buf.set_line(r.x, r.y, &left_line, room);
    } else {
        // Too long: one plain line, cut.
        buf.set_stringn(
            r.x,
            r.y,
            truncate(&text, usize::from(room)),
            usize::from(room),
            p.dim,
        );
    }
}
