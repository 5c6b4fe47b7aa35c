//! The region list: comparison mark, name, ROUTE OOST mark and number of themes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pane::{block, draw_row, row_style};
use crate::search::Field;
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages::context::section_heading;
use crate::tui::search::{NationalHit, ResultRow};
use crate::tui::view::Focus;
use crate::tui::wrap::{region_label, truncate, truncate_name};
use unicode_width::UnicodeWidthChar;

/// Draws the region list.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let visible = app.visible_regions();
    let total = app.data().regions.len();
    let title = if visible.len() == total {
        format!(" {} ({total}) ", app.texts().regions)
    } else {
        format!(
            " {} ({} {} {total}) ",
            app.texts().regions,
            visible.len(),
            tt.of
        )
    };
    let focused = app.focus() == Focus::Regions;
    // The legend, shortened to the mark's meaning alone when the pane is narrow.
    let legend = if tt.legend_regions.width() + 5 <= usize::from(area.width) {
        tt.legend_regions
    } else {
        tt.legend_regions.split(" · ").next().unwrap_or_default()
    };
    block(app, title, focused)
        .title_bottom(Line::from(vec![
            Span::styled(" ◆", p.route_oost),
            Span::styled(format!(" {legend} "), p.dim),
        ]))
        .render(area, buf);
    let r = inner(area);
    if visible.is_empty() && app.search().national.is_empty() {
        let short = match &app.search().nothing {
            Some(_) => tt.search_nothing_short,
            None => tt.no_match_short,
        };
        buf.set_stringn(r.x + 1, r.y, short, usize::from(r.width), p.warning);
        // The closest words of the data, one a row, so a typo can be seen for what it is.
        let closest: Vec<&String> = app.search().nothing.iter().flatten().collect();
        let width = usize::from(r.width.saturating_sub(1));
        if !closest.is_empty() && r.height > 3 {
            let ask = format!("{}:", app.texts().did_you_mean);
            buf.set_stringn(r.x + 1, r.y + 2, ask, width, p.dim);
            let room = usize::from(r.height - 3);
            for (i, word) in closest.into_iter().take(room).enumerate() {
                let y = r.y + 3 + u16::try_from(i).unwrap_or(u16::MAX);
                buf.set_stringn(r.x + 1, y, format!("  {word}"), width, p.text);
            }
        }
        return;
    }
    let name_w = usize::from(r.width).saturating_sub(7);
    let national = &app.search().national;
    let rows = app.list_rows();
    let at = app.selected_row();
    let offset = app.region_offset();
    for (i, &row) in rows
        .iter()
        .skip(offset)
        .take(usize::from(r.height))
        .enumerate()
    {
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
        let ri = match row {
            ResultRow::Region(ri) => ri,
            ResultRow::National(k) => {
                if let Some(hit) = national.get(k) {
                    let (style, mark) = row_style(app, row == at, focused);
                    let line = national_row(app, hit, usize::from(r.width).saturating_sub(1));
                    draw_row(buf, r, y, mark, &line, style);
                }
                continue;
            }
        };
        let Some(region) = app.region(ri) else {
            continue;
        };
        let (style, mark) = row_style(app, row == at, focused);
        let snippet_hit = app.search().hit(ri).filter(|h| h.field != Field::Name);
        let body = match snippet_hit {
            Some(hit) => {
                // Room for the match: the name takes at most a little over half the row.
                let name = region_label(region, name_w * 11 / 20);
                let mut spans = vec![Span::raw(name.clone())];
                let room = name_w.saturating_sub(name.width() + 1);
                spans.push(Span::raw(" "));
                spans.extend(snippet_spans(
                    app,
                    hit.field,
                    &hit.snippet,
                    &hit.positions,
                    room,
                ));
                spans
            }
            None => {
                let name = truncate_name(&region.name, name_w);
                highlighted(app, ri, &name, &region.name)
            }
        };
        let used: usize = body.iter().map(|s| s.content.width()).sum();
        let mut spans = vec![pick_mark(app, ri)];
        spans.extend(body);
        spans.push(Span::raw(" ".repeat(name_w.saturating_sub(used) + 1)));
        spans.push(if region.route_oost {
            Span::styled("◆", p.route_oost)
        } else {
            Span::raw(" ")
        });
        spans.push(Span::styled(
            format!(" {:>2}", app.matrix().row_total(ri)),
            p.dim,
        ));
        draw_row(buf, r, y, mark, &Line::from(spans), style);
    }
}

/// The comparison mark of a row: a tick when the region is marked, else a space.
pub fn pick_mark(app: &App, region: usize) -> Span<'static> {
    if app.is_marked(region) {
        Span::styled("✓", app.palette().picked)
    } else {
        Span::raw(" ")
    }
}

/// A row for a hit in the national context: the section, then the matched text.
fn national_row(app: &App, hit: &NationalHit, width: usize) -> Line<'static> {
    let p = app.palette();
    let heading = section_heading(app, hit.section);
    let head = truncate(&format!("§ {heading}"), width.saturating_mul(2) / 5);
    let room = width.saturating_sub(head.width() + 1);
    let mut spans = vec![Span::styled(head, p.heading), Span::raw(" ")];
    // The "§" already says where it is from: the room goes to the text.
    let (text, ranges) = window(&hit.snippet, &hit.positions, room);
    spans.extend(highlighted_spans(&text, &ranges, p.dim, p.match_hl));
    Line::from(spans)
}

/// "field: snippet" in `width` columns, the window chosen so the first match shows, with
/// the matched characters highlighted.
fn snippet_spans(
    app: &App,
    field: Field,
    snippet: &str,
    positions: &[(usize, usize)],
    width: usize,
) -> Vec<Span<'static>> {
    let p = app.palette();
    let label = format!("{}: ", app.texts().field_label(field.name()));
    if label.width() + 12 > width {
        let (text, ranges) = window(snippet, positions, width);
        return highlighted_spans(&text, &ranges, p.dim, p.match_hl);
    }
    let (text, ranges) = window(snippet, positions, width - label.width());
    let mut out = vec![Span::styled(label, p.dim)];
    out.extend(highlighted_spans(&text, &ranges, p.dim, p.match_hl));
    out
}

fn highlighted_spans(
    text: &str,
    ranges: &[std::ops::Range<usize>],
    style: ratatui::style::Style,
    hl: ratatui::style::Style,
) -> Vec<Span<'static>> {
    crate::tui::pages::highlighted(text, style, ranges, hl)
}

/// A window of `text` at most `width` columns wide around its first match ("…" where cut),
/// and the match ranges within the window.
pub fn window(
    text: &str,
    positions: &[(usize, usize)],
    width: usize,
) -> (String, Vec<std::ops::Range<usize>>) {
    if width == 0 {
        return (String::new(), Vec::new());
    }
    let valid = |&&(a, b): &&(usize, usize)| {
        a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
    };
    let ranges: Vec<(usize, usize)> = positions.iter().filter(valid).copied().collect();
    if text.width() <= width {
        return (
            text.to_string(),
            ranges.iter().map(|&(a, b)| a..b).collect(),
        );
    }
    // Start up to a third of the width before the first match, on a character boundary,
    // but never so far back that the match itself is cut.
    let (first, first_end) = ranges.first().copied().unwrap_or((0, 0));
    let budget = (width / 3).min(width.saturating_sub(text[first..first_end].width() + 2));
    let mut start = first;
    let mut back = 0;
    for (i, c) in text[..first].char_indices().rev() {
        back += c.width().unwrap_or(0);
        if back > budget {
            break;
        }
        start = i;
    }
    let lead = if start > 0 { "…" } else { "" };
    let mut used = lead.width();
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        let w = c.width().unwrap_or(0);
        // Keep a column for the closing "…" unless this is the last character.
        let last = start + i + c.len_utf8() == text.len();
        if used + w + usize::from(!last) > width {
            break;
        }
        used += w;
        end = start + i + c.len_utf8();
    }
    let tail = if end < text.len() { "…" } else { "" };
    let out = format!("{lead}{}{tail}", &text[start..end]);
    let shift = lead.len();
    let ranges = ranges
        .iter()
        .filter(|&&(a, _)| a >= start && a < end)
        .map(|&(a, b)| (a - start + shift)..(b.min(end) - start + shift))
        .collect();
    (out, ranges)
}

/// The shown (maybe cut) name with the search's matches highlighted.
fn highlighted(app: &App, region: usize, shown: &str, full: &str) -> Vec<Span<'static>> {
    let p = app.palette();
    let Some(hit) = app.search().hit(region) else {
        return vec![Span::raw(shown.to_string())];
    };
    // The cut name is a prefix of the full one (plus "…"), so byte ranges still apply.
    let cut = if shown == full {
        shown.len()
    } else {
        shown.len().saturating_sub('…'.len_utf8())
    };
    let mut out = Vec::new();
    let mut at = 0;
    for range in &hit.name_ranges {
        let (start, end) = (range.start.min(cut), range.end.min(cut));
        if start < at || !shown.is_char_boundary(start) || !shown.is_char_boundary(end) {
            continue;
        }
        out.push(Span::raw(shown[at..start].to_string()));
        out.push(Span::styled(shown[start..end].to_string(), p.match_hl));
        at = end;
    }
    out.push(Span::raw(shown[at..].to_string()));
    out
}
