//! The theme filter: checkboxes with counts, or a summary when it has little room.

use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::matrix::{most_sign, themes_with_most};
use super::pane::key_for;
use super::pane::{block, draw_row, hidden_rows, row_style};
use crate::filter::{Mode, facets, general_facets};
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
    let marks = app.texts().marks;
    let counts_general = if f.general {
        marks.filter_general
    } else {
        marks.filter_own
    };
    // Whether ○ cells count stands beside the mode, so the list never hides it.
    let mode_line = Line::from(vec![
        Span::styled(format!("{}: ", tt.mode), p.dim),
        Span::styled(mode, p.heading),
        Span::styled(
            format!(" [{}] · ", key_for(app, &Action::ToggleMode)),
            p.dim,
        ),
        Span::styled(counts_general, p.heading),
        Span::styled(
            format!(" [{}]", key_for(app, &Action::ToggleGeneral)),
            p.dim,
        ),
    ]);
    buf.set_line(r.x + 1, r.y, &mode_line, r.width.saturating_sub(1));
    if !areas.filter_expanded {
        summary(app, areas, buf);
        return;
    }
    // Facets: how many of the regions shown now (search and chosen themes applied) have each
    // theme as their own tag; with "alle", what choosing that theme as well would leave. The ○
    // cells are counted apart, after a "+".
    let shown = app.visible_regions();
    let counts = facets(app.matrix(), &shown);
    let general = general_facets(app.matrix(), &shown);
    let general_w = general
        .iter()
        .filter(|&&n| n > 0)
        .map(|n| format!(" +{n}○").width())
        .max()
        .unwrap_or(0);
    // A column for ≈ when some theme has it, so the names line up.
    let sign_w = if themes_with_most(app) { 2 } else { 0 };
    let label_w = usize::from(r.width).saturating_sub(1 + 4 + sign_w + 3 + general_w);
    let rows = app
        .data()
        .themes
        .iter()
        .enumerate()
        .skip(app.profiles.filter_offset)
        .take(usize::from(r.height.saturating_sub(1)));
    for (i, (t, theme)) in rows.enumerate() {
        let selected = t == app.filter_cursor();
        let (style, mark) = row_style(app, selected, focused);
        let on = f.is_chosen(t);
        let label = truncate(app.texts().theme_label(theme), label_w);
        let pad = label_w.saturating_sub(label.width());
        let g = general.get(t).copied().unwrap_or(0);
        let g = if g > 0 {
            format!(" +{g}○")
        } else {
            String::new()
        };
        let line = Line::from(vec![
            Span::styled(
                if on { "[x] " } else { "[ ] " },
                if on { p.mark } else { p.text },
            ),
            Span::styled(format!("{:<sign_w$}", most_sign(app, t)), p.heading),
            Span::raw(label),
            Span::raw(" ".repeat(pad)),
            Span::styled(
                format!(" {:>2}", counts.get(t).copied().unwrap_or(0)),
                p.dim,
            ),
            Span::styled(format!("{g:<general_w$}"), p.dim),
        ]);
        let y = r.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        draw_row(buf, r, y, mark, &line, style);
    }
    let shown = usize::from(r.height.saturating_sub(1)).min(app.data().themes.len());
    let offset = app.profiles.filter_offset;
    hidden_rows(
        app,
        areas.filter,
        offset,
        shown,
        app.data().themes.len(),
        buf,
    );
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
    let width = usize::from(r.width.saturating_sub(1));
    let avail = usize::from(r.height.saturating_sub(1));
    let hint = wrap_all(&[hint], width);
    // The chosen themes come first where there is room for only them; with none chosen,
    // how to choose (the title says that none is).
    let room = if chosen.is_empty() || avail > hint.len() {
        avail.saturating_sub(hint.len())
    } else {
        avail
    };
    let mut lines = wrap_all(&[text], width);
    if lines.len() > room {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::raw("…"));
        }
    }
    lines.extend(hint);
    for (i, line) in lines
        .iter()
        .take(usize::from(r.height.saturating_sub(1)))
        .enumerate()
    {
        let y = r.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        buf.set_line(r.x + 1, y, line, r.width.saturating_sub(1));
    }
}
