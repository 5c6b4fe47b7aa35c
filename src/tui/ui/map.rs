//! The Kaart view: the region list (or a strip of marks), the legend with the sources, and
//! the map in Braille. The list is the map's legend: each region's letter in its colour, as
//! its municipalities show on the map.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use super::pane::{block, draw_row, hidden_rows, row_style};
use super::regions::pick_mark;
use crate::export::braille::{self, APPROX, MATCHED, NO_PROFILE, TWO_REGIONS, region_letter};
use crate::tui::app::App;
use crate::tui::layout::{MapAreas, inner};
use crate::tui::view::Focus;
use crate::tui::wrap::{Para, region_label, wrap_all};

/// Draws the view.
pub fn render(app: &App, a: &MapAreas, buf: &mut Buffer) {
    list(app, a, buf);
    legend(app, a.legend, buf);
    map(app, a, buf);
}

/// The mark that stands for a region on the map: its letter, in its colour when there is
/// colour.
pub fn region_mark(app: &App, region: usize) -> Span<'static> {
    Span::styled(
        region_letter(region).to_string(),
        app.palette().map.sign_style(region),
    )
}

fn list(app: &App, a: &MapAreas, buf: &mut Buffer) {
    let p = app.palette();
    let focused = app.focus() == Focus::MapList;
    let visible = app.visible_regions();
    let total = app.data().regions.len();
    let title = match (a.strip, visible.len() == total) {
        (true, _) => String::new(),
        (false, true) => format!(" {} ({total}) ", app.texts().regions),
        (false, false) => format!(
            " {} ({} {} {total}) ",
            app.texts().regions,
            visible.len(),
            app.tt().of
        ),
    };
    block(app, title, focused).render(a.list, buf);
    let r = inner(a.list);
    let lit = app.map_highlight();
    let name_w = usize::from(r.width).saturating_sub(6);
    for (i, &ri) in visible
        .iter()
        .skip(app.map_state().offset)
        .take(usize::from(r.height))
        .enumerate()
    {
        let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
        let region = &app.data().regions[ri];
        let (style, mark) = row_style(app, ri == app.selection(), focused);
        let oost = if region.route_oost {
            Span::styled("◆", p.route_oost)
        } else {
            Span::raw(" ")
        };
        let spans = if a.strip {
            vec![region_mark(app, ri), oost]
        } else {
            // The short label where the name does not fit: "Stedendriehoek", "MRA".
            let name = region_label(region, name_w);
            let name_style = if lit.contains(&ri) { p.heading } else { p.text };
            let pad = " ".repeat(name_w.saturating_sub(name.width()) + 1);
            vec![
                pick_mark(app, ri),
                region_mark(app, ri),
                Span::raw(" "),
                Span::styled(name, name_style),
                Span::raw(pad),
                oost,
            ]
        };
        draw_row(buf, r, y, mark, &Line::from(spans), style);
    }
    if !a.strip {
        let shown = visible
            .len()
            .saturating_sub(app.map_state().offset)
            .min(usize::from(r.height));
        hidden_rows(
            app,
            a.list,
            app.map_state().offset,
            shown,
            visible.len(),
            buf,
        );
        // Emptied by the search or the filter: why, and how to get back.
        if visible.is_empty() && r.width > 2 {
            let paras = crate::tui::pages::profile::no_region(app);
            let lines = wrap_all(&paras, usize::from(r.width.saturating_sub(1)));
            for (i, line) in lines.iter().take(usize::from(r.height)).enumerate() {
                let y = r.y + u16::try_from(i).unwrap_or(u16::MAX);
                buf.set_line(r.x + 1, y, line, r.width.saturating_sub(1));
            }
        }
    }
}

fn legend(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let p = app.palette();
    let m = app.tt().map;
    Block::bordered().border_style(p.border).render(area, buf);
    let r = inner(area);
    let n = app.data().regions.len().saturating_sub(1);
    let first = format!(
        "{}–{} {}",
        region_letter(0),
        region_letter(n),
        app.texts().region.to_lowercase()
    );
    let mut paras = vec![
        Para::styled(format!("{first} · {TWO_REGIONS} {}", m.two_regions), p.dim),
        Para::styled(
            format!("{NO_PROFILE}{APPROX} {} ({})", m.no_profile, m.not_drawn),
            p.dim,
        ),
    ];
    if app.search().is_filtering() {
        paras.push(Para::styled(format!("{MATCHED} {}", m.matched), p.match_hl));
    }
    let unplaced = app
        .map_state()
        .atlas
        .as_ref()
        .map(|a| a.unplaced.clone())
        .unwrap_or_default();
    if !unplaced.is_empty() {
        paras.push(Para::styled(
            (m.unplaced)(unplaced.len(), &unplaced.join(", ")),
            p.warning,
        ));
    }
    paras.push(Para::styled(m.attribution, p.dim));
    // Whole paragraphs only, each where the room left takes it: a sentence cut off at the
    // border says less than none (the map's border names the sources in any case).
    let mut lines = Vec::new();
    for para in &paras {
        let wrapped = wrap_all(std::slice::from_ref(para), usize::from(r.width));
        if lines.len() + wrapped.len() <= usize::from(r.height) {
            lines.extend(wrapped);
        }
    }
    for (i, line) in lines.iter().enumerate() {
        buf.set_line(
            r.x,
            r.y + u16::try_from(i).unwrap_or(u16::MAX),
            line,
            r.width,
        );
    }
}

/// The sources for the map's bottom border: the longest form that fits whole between its
/// corners, with a rule on either side. Every form names both sources; the shortest fits
/// any map the explorer draws (at least 30 columns at its smallest size).
fn attribution(app: &App, width: u16) -> &'static str {
    let m = app.tt().map;
    let room = usize::from(width).saturating_sub(6);
    [m.attribution_short, m.attribution_tiny]
        .into_iter()
        .find(|a| a.width() <= room)
        .unwrap_or(m.attribution_tiny)
}

fn map(app: &App, a: &MapAreas, buf: &mut Buffer) {
    let p = app.palette();
    let state = app.map_state();
    let m = app.tt().map;
    // Room for the title between the corners, with a rule before it and a blank either side.
    let room = usize::from(a.map.width).saturating_sub(5 + m.pane_map.width() + 3);
    let what = if state.group {
        Some("ROUTE OOST".to_string())
    } else {
        app.selected_region()
            .map(|r| region_label(&app.data().regions[r], room))
    };
    let title = match what {
        Some(w) => format!(" {} · {w} ", m.pane_map),
        None => format!(" {} ", m.pane_map),
    };
    let sources = attribution(app, a.map.width);
    block(app, title, false)
        .title_bottom(Line::from(Span::styled(format!(" {sources} "), p.dim)).right_aligned())
        .render(a.map, buf);
    if let Some(e) = &state.error {
        let text = m.no_geodata.replace("{error}", e);
        buf.set_stringn(
            a.canvas.x,
            a.canvas.y,
            text,
            usize::from(a.canvas.width),
            p.warning,
        );
        return;
    }
    let (Some(atlas), Some(raster)) = (&state.atlas, &state.raster) else {
        return;
    };
    let scene = app.map_scene(atlas);
    braille::draw(atlas, raster, &scene, &p.map, a.canvas, buf);
    // Without a legend, what the map cannot show goes on its last row.
    if a.legend.is_empty() && !atlas.unplaced.is_empty() && a.canvas.height > 0 {
        let text = (m.unplaced)(atlas.unplaced.len(), &atlas.unplaced.join(", "));
        let y = a.canvas.bottom() - 1;
        buf.set_stringn(a.canvas.x, y, text, usize::from(a.canvas.width), p.warning);
    }
}
