//! The theme filter: checkboxes with counts, or a summary when it has little room.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::pane::key_for;
use super::pane::{block, draw_row, row_style};
use crate::filter::{Mode, facets};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::layout::{Areas, inner};
use crate::tui::view::Focus;
use crate::tui::wrap::{Para, truncate, wrap_all};

/// Draws the theme filter.
pub fn render(app: &App, areas: &Areas, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let f = app.filter();
    let chosen = f.chosen().count();
    let title = if chosen > 0 {
        format!(" {} ({chosen} {}) ", tt.pane_filter, tt.chosen)
    } else {
        format!(" {} ", tt.pane_filter)
    };
    let focused = app.focus() == Focus::Filter;
    block(app, title, focused).render(areas.filter, buf);
    let r = inner(areas.filter);
    if r.is_empty() {
        return;
    }
    let mode = match f.mode {
        Mode::All => tt.mode_all,
        Mode::Any => tt.mode_any,
    };
    let mode_line = Line::from(vec![
        Span::styled(format!("{}: ", tt.mode), p.dim),
        Span::styled(mode, p.heading),
        Span::styled(format!("  [{}]", key_for(app, &Action::ToggleMode)), p.dim),
    ]);
    buf.set_line(r.x + 1, r.y, &mode_line, r.width.saturating_sub(1));
    if !areas.filter_expanded {
        summary(app, areas, buf);
        return;
    }
    // Facets: how many of the regions shown now (search and chosen themes applied) have each
    // theme; with "alle", what choosing that theme as well would leave.
    let counts = facets(app.matrix(), &app.visible_regions());
    let label_w = usize::from(r.width).saturating_sub(1 + 4 + 3);
    let rows = app
        .data()
        .themes
        .iter()
        .enumerate()
        .skip(app.filter_offset)
        .take(usize::from(r.height.saturating_sub(1)));
    for (i, (t, theme)) in rows.enumerate() {
        let selected = t == app.filter_cursor();
        let (style, mark) = row_style(app, selected, focused);
        let on = f.is_chosen(t);
        let label = truncate(app.texts().theme_label(theme), label_w);
        let pad = label_w.saturating_sub(label.width());
        let line = Line::from(vec![
            Span::styled(
                if on { "[x] " } else { "[ ] " },
                if on { p.mark } else { p.text },
            ),
            Span::raw(label),
            Span::raw(" ".repeat(pad)),
            Span::styled(
                format!(" {:>2}", counts.get(t).copied().unwrap_or(0)),
                p.dim,
            ),
        ]);
        let y = r.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        draw_row(buf, r, y, mark, &line, style);
    }
}

/// The chosen themes in a few lines, for when the list is focused and the filter is small.
fn summary(app: &App, areas: &Areas, buf: &mut Buffer) {
    let p = app.palette();
    let tt = app.tt();
    let r = inner(areas.filter);
    let chosen: Vec<&str> = app
        .filter()
        .chosen()
        .filter_map(|t| app.data().themes.get(t))
        .map(|t| app.texts().theme_label(t))
        .collect();
    let text = if chosen.is_empty() {
        Para::styled(tt.none_chosen, p.dim)
    } else {
        Para::styled(chosen.join(", "), p.text)
    };
    let pane = key_for(app, &Action::NextPane);
    let hint = Para::styled(tt.filter_tab_hint.replace("{pane}", &pane), p.dim);
    let mut lines = wrap_all(&[text], usize::from(r.width.saturating_sub(1)));
    let room = usize::from(r.height.saturating_sub(2));
    if lines.len() > room {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::raw("…"));
        }
    }
    lines.extend(wrap_all(&[hint], usize::from(r.width.saturating_sub(1))));
    for (i, line) in lines
        .iter()
        .take(usize::from(r.height.saturating_sub(1)))
        .enumerate()
    {
        let y = r.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(r.x + 1, y, line, r.width.saturating_sub(1));
    }
}
