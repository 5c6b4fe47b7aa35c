//! The region list: comparison mark, name, ROUTE OOST mark and number of themes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pane::{block, draw_row, hidden_rows, row_style};
use crate::search::Field;
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::pages::context::section_heading;
use crate::tui::search::{NationalHit, ResultRow};
use crate::tui::view::Focus;
use crate::tui::wrap::{region_label, truncate};
use unicode_width::UnicodeWidthChar;

/// Draws the region list.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let visible = app.visible_regions();
    let total = app.data().regions.len();
    let mut title = if visible.len() == total {
        format!(" {} ({total})", app.texts().regions)
    } else {
        format!(
            " {} ({} {} {total})",
            app.texts().regions,
            visible.len(),
            tt.of
        )
    };
    // The passages of the cover text a search lists are counted apart from the regions.
    let passages = app.search().national.len();
    if passages > 0 {
        title.push_str(&format!(" · {}", tt.work.passages.of(passages)));
    }
    title.push(' ');
    let focused = app.focus() == Focus::Regions;
    // The legend, shortened to the mark's meaning alone when the pane is narrow or the
    // border says that rows are hidden below.
    let below = app.list_rows().len() > app.region_offset() + usize::from(inner(area).height);
    let room = if below { 14 } else { 5 };
    let legend = if tt.legend_regions.width() + room <= usize::from(area.width) {
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
    let shown: Vec<ResultRow> = rows
        .iter()
        .copied()
        .skip(offset)
        .take(usize::from(r.height))
        .collect();
    // While searching, every row has the same columns: who, what field, the match.
    let cols = Columns::for_rows(app, &shown, usize::from(r.width).saturating_sub(1));
    for (i, &row) in shown.iter().enumerate() {
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
        let (style, mark) = row_style(app, row == at, focused);
        let line = match row {
            ResultRow::National(k) => match national.get(k) {
                Some(hit) => national_row(app, hit, &cols),
                None => continue,
            },
            ResultRow::Region(ri) => {
                let Some(region) = app.region(ri) else {
                    continue;
                };
                match app.search().hit(ri) {
                    Some(hit) => {
                        let label = region_label(region, cols.who);
                        let mut spans = vec![pick_mark(app, ri)];
                        spans.extend(result_spans(
                            app,
                            Span::raw(label),
                            field_key(Some(region), hit.field),
                            &hit.snippet,
                            &hit.positions,
                            &cols,
                        ));
                        Line::from(spans)
                    }
                    None => name_row(app, ri, region, name_w),
                }
            }
        };
        draw_row(buf, r, y, mark, &line, style);
    }
    hidden_rows(app, area, offset, shown.len(), rows.len(), buf);
}

/// A region row without a snippet: the name (its matched characters highlighted), the
/// ROUTE OOST mark and the number of themes.
fn name_row(app: &App, ri: usize, region: &crate::model::Region, name_w: usize) -> Line<'static> {
    let p = app.palette();
    // The short label where the whole name does not fit, rather than a name cut in two.
    let name = region_label(region, name_w);
    let body = highlighted(app, ri, &name, &region.name);
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
    Line::from(spans)
}

/// The columns of a search result row: after the comparison mark, who (`who` columns: the
/// region's name or short label, or "§" and the section), the field, then the snippet.
struct Columns {
    who: usize,
    width: usize,
    /// Whether the rows name their field: not when the labels would leave the snippets too
    /// little room (the selected result's field shows beside the list all the same).
    labels: bool,
}

/// The least room a result's snippet keeps.
const SNIPPET_MIN: usize = 16;

impl Columns {
    /// Columns for `rows` in `width` columns: the who-column as wide as the widest label
    /// needs, but at most two fifths of the row, so the snippet keeps the most room.
    fn for_rows(app: &App, rows: &[ResultRow], width: usize) -> Columns {
        let cap = (width * 2 / 5).max(6);
        let need = rows
            .iter()
            .map(|row| match *row {
                ResultRow::Region(ri) => app.region(ri).map_or(0, |r| {
                    if r.name.width() <= cap {
                        r.name.width()
                    } else {
                        r.short().width()
                    }
                }),
                ResultRow::National(k) => app
                    .search()
                    .national
                    .get(k)
                    .map_or(0, |h| section_heading(app, h.section).width() + 2),
            })
            .max()
            .unwrap_or(0);
        let who = need.min(cap);
        let label = rows
            .iter()
            .filter_map(|row| {
                let key = match *row {
                    ResultRow::Region(ri) => {
                        let hit = app.search().hit(ri)?;
                        field_key(app.region(ri), hit.field)
                    }
                    ResultRow::National(k) => field_key(None, app.search().national.get(k)?.field),
                };
                Some(app.texts().field_label(key).width() + 2)
            })
            .max()
            .unwrap_or(0);
        let labels = width.saturating_sub(1 + who + 1 + label) >= SNIPPET_MIN;
        Columns { who, width, labels }
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

/// A row for a hit in the national context: "§" and the section, the field, the match.
fn national_row(app: &App, hit: &NationalHit, cols: &Columns) -> Line<'static> {
    let p = app.palette();
    let heading = section_heading(app, hit.section);
    let who = truncate(&format!("§ {heading}"), cols.who);
    let mut spans = vec![Span::raw(" ")];
    spans.extend(result_spans(
        app,
        Span::styled(who, p.heading),
        field_key(None, hit.field),
        &hit.snippet,
        &hit.positions,
        cols,
    ));
    Line::from(spans)
}

/// The label of a field in a result row: short, and telling the parts of the cover text
/// apart (a heading, a passage, an area); a theme's quote named by the kind of text its
/// words stand in (see [`Field::text_kind`]).
fn field_key(region: Option<&crate::model::Region>, field: Field) -> &'static str {
    match field {
        Field::NationalHeading | Field::NationalItemHeading(_) => "heading",
        Field::NationalItem(_) | Field::WithoutProfileText(_) => "national",
        Field::WithoutProfileName(_) => "area",
        f => f.text_kind(region),
    }
}

/// `who` padded to its column, the field's label, and the snippet in the rest of the row,
/// centred on the first match with "…" where cut, the matched characters highlighted.
fn result_spans(
    app: &App,
    who: Span<'static>,
    field_key: &'static str,
    snippet: &str,
    positions: &[(usize, usize)],
    cols: &Columns,
) -> Vec<Span<'static>> {
    let p = app.palette();
    let pad = cols.who.saturating_sub(who.content.width());
    let label = if cols.labels {
        format!("{}: ", app.texts().field_label(field_key))
    } else {
        String::new()
    };
    // The comparison mark, the who-column, a space, the label.
    let room = cols.width.saturating_sub(1 + cols.who + 1 + label.width());
    let (text, ranges) = window(snippet, positions, room);
    let mut out = vec![
        who,
        Span::raw(" ".repeat(pad + 1)),
        Span::styled(label, p.dim),
    ];
    out.extend(highlighted_spans(&text, &ranges, p.text, p.match_hl));
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
    // Centre the first match, starting on a character boundary, but never so far back that
    // the match itself is cut.
    let (first, first_end) = ranges.first().copied().unwrap_or((0, 0));
    let hit_w = text[first..first_end].width();
    let budget = (width.saturating_sub(hit_w) / 2).min(width.saturating_sub(hit_w + 2));
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
