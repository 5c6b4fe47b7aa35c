//! The region list: comparison mark, name, ROUTE OOST mark and number of themes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pane::{block, draw_row, row_style};
use crate::tui::app::App;
use crate::tui::layout::inner;
use crate::tui::view::Focus;
use crate::tui::wrap::truncate_name;

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
    if visible.is_empty() {
        buf.set_stringn(
            r.x + 1,
            r.y,
            tt.no_match_short,
            usize::from(r.width),
            p.warning,
        );
        return;
    }
    let name_w = usize::from(r.width).saturating_sub(7);
    let rows = visible
        .iter()
        .skip(app.region_offset())
        .take(usize::from(r.height));
    for (i, &ri) in rows.enumerate() {
        let Some(region) = app.region(ri) else {
            continue;
        };
        let selected = ri == app.selection();
        let (style, mark) = row_style(app, selected, focused);
        let name = truncate_name(&region.name, name_w);
        let mut spans = vec![pick_mark(app, ri)];
        spans.extend(highlighted(app, ri, &name, &region.name));
        let pad = name_w.saturating_sub(name.width());
        spans.push(Span::raw(" ".repeat(pad + 1)));
        spans.push(if region.route_oost {
            Span::styled("◆", p.route_oost)
        } else {
            Span::raw(" ")
        });
        spans.push(Span::styled(
            format!(" {:>2}", app.matrix().row_total(ri)),
            p.dim,
        ));
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
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
