//! The status bar: where you are, what filters the regions, and the most useful keys here.
//! While the search field is open, the bar is the search field (and a message, if any,
//! instead of the hints).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::keymap;
use crate::tui::wrap::truncate;

/// Draws the status bar; returns where the terminal cursor goes while typing a search.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let p = app.palette();
    buf.set_style(area, p.status);
    let (left, cursor_col) = if app.search().editing {
        // Room for a message beside the field (a paste that was cut).
        let reserve = app.message().map_or(0, |m| m.text.width() + 2);
        search_field(app, usize::from(area.width).saturating_sub(reserve))
    } else if app.bron().find.editing {
        bron_field(app)
    } else {
        (where_and_what(app, usize::from(area.width)), None)
    };
    let mut hints = keymap::hints(&app.key_context(), app.tt());
    let hint_spans = |hints: &[(String, &str)]| -> Vec<Span<'static>> {
        let mut out = Vec::new();
        for (key, what) in hints {
            out.push(Span::styled(format!(" {key}"), p.status.patch(p.key)));
            out.push(Span::styled(format!(" {what} "), p.status));
        }
        out
    };
    let width = usize::from(area.width);
    let left_w: usize = left.iter().map(|s| s.width()).sum();
    // Drop hints (keeping the last, the help key) until everything fits.
    while !hints.is_empty() && left_w + Line::from(hint_spans(&hints)).width() > width {
        let drop = hints.len().saturating_sub(2);
        hints.remove(drop);
    }
    // While typing, a message (a paste that was cut) stands where the hints would.
    let right = match app.message().filter(|_| app.search().editing) {
        Some(m) => {
            let style = if m.error { p.warning } else { p.status };
            let text = truncate(&m.text, width.saturating_sub(left_w + 2));
            Line::from(Span::styled(format!(" {text} "), style))
        }
        None => Line::from(hint_spans(&hints)),
    };
    let right_w = u16::try_from(right.width())
        .unwrap_or(u16::MAX)
        .min(area.width);
    buf.set_line(area.x, area.y, &Line::from(left), area.width);
    if right_w > 0 && usize::from(right_w) + left_w <= width {
        buf.set_line(area.right() - right_w, area.y, &right, right_w);
    }
    cursor_col.map(|c| {
        let x = area.x.saturating_add(u16::try_from(c).unwrap_or(u16::MAX));
        Position::new(x.min(area.right().saturating_sub(1)), area.y)
    })
}

/// The view and pane, then a message if the last action left one; else the marks and why
/// regions are hidden ("6 van 15 regio's · filter: Erfgoed + Internationalisering (alle) ·
/// zoek: 'x'"), shortened until it fits `width` with room for the help key.
fn where_and_what(app: &App, width: usize) -> Vec<Span<'static>> {
    let p = app.palette();
    let tt = app.tt();
    let view = format!(" {} ", app.view().title(tt));
    let place = if app.view().panes().len() > 1 {
        format!(" {} › {} ", app.view().title(tt), app.focus().title(tt))
    } else {
        view.clone()
    };
    let bold = p.status.patch(p.heading);
    // Leave room for the help hint, the last one dropped.
    let room = width.saturating_sub(8);
    if let Some(m) = app.message() {
        let style = p.status.patch(if m.error { p.warning } else { p.heading });
        let text = format!("│ {} ", m.text);
        if place.width() + text.width() <= width {
            return vec![Span::styled(place, bold), Span::styled(text, style)];
        }
        // A long message (a deep path) matters more than the view's name.
        return vec![Span::styled(
            truncate(&format!(" {} ", m.text), width),
            style,
        )];
    }
    let marks = match app.marks().len() {
        0 => String::new(),
        n => format!("│ {} ", tt.work.n_marked.replace("{n}", &n.to_string())),
    };
    let account = |brief| app.shown_account(brief).map(|a| format!("│ {a} "));
    // Shorter and shorter until it fits: the theme names give way to their number, then
    // the pane's name to the view's alone.
    let candidates = [
        (&place, account(false)),
        (&place, account(true)),
        (&view, account(true)),
    ];
    let fits = |(pl, acc): &(&String, Option<String>)| {
        pl.width() + marks.width() + acc.as_deref().map_or(0, str::width) <= room
    };
    let (pl, acc) = candidates
        .iter()
        .find(|c| fits(c))
        .unwrap_or(&candidates[2]);
    let mut out = vec![Span::styled(pl.to_string(), bold)];
    if !marks.is_empty() {
        out.push(Span::styled(marks.clone(), p.status));
    }
    if let Some(acc) = acc {
        let used = pl.width() + marks.width();
        let text = truncate(acc, room.saturating_sub(used).max(2));
        out.push(Span::styled(text, p.status));
    }
    out
}

/// The search field and the column of its cursor.
fn search_field(app: &App, width: usize) -> (Vec<Span<'static>>, Option<usize>) {
    let p = app.palette();
    let tt = app.tt();
    let s = app.search();
    let prompt = format!(" {} / ", tt.search_prompt);
    let count = match &s.results {
        Some(_) if !s.national.is_empty() => format!(
            "  {} {} {} · {} ",
            app.visible_regions().len(),
            tt.of,
            app.data().regions.len(),
            tt.work.passages.of(s.national.len())
        ),
        Some(_) => format!(
            "  {} {} {} ",
            app.visible_regions().len(),
            tt.of,
            app.data().regions.len()
        ),
        None => format!("  {} ", tt.search_empty),
    };
    let room = width.saturating_sub(prompt.width() + count.width()).max(8);
    let (shown, at) = query_window(s.query(), s.field.cursor_byte(), room);
    let cursor = prompt.width() + at;
    let out = vec![
        Span::styled(prompt, p.status.patch(p.heading)),
        Span::styled(shown, p.status),
        Span::styled(count, p.status),
    ];
    (out, Some(cursor))
}

/// The Bron view's search field and the column of its cursor.
fn bron_field(app: &App) -> (Vec<Span<'static>>, Option<usize>) {
    let p = app.palette();
    let b = app.tt().bron;
    let find = &app.bron().find;
    let prompt = format!(" {} / ", b.search_prompt);
    let before = &find.query.text()[..find.query.cursor_byte()];
    let cursor = prompt.width() + before.width();
    let count = if find.query.is_blank() {
        format!("  {} ", b.search_empty)
    } else {
        let n = find.hits.len();
        let at = if n == 0 { 0 } else { find.current + 1 };
        format!("  {at} {} {n} ", app.tt().of)
    };
    let out = vec![
        Span::styled(prompt, p.status.patch(p.heading)),
        Span::styled(find.query.text().to_owned(), p.status),
        Span::styled(count, p.status),
    ];
    (out, Some(cursor))
}

/// The part of `query` shown in `room` columns, the cursor (at byte `cursor`) always in it,
/// with "…" where text is cut off; and the cursor's column in what is shown.
fn query_window(query: &str, cursor: usize, room: usize) -> (String, usize) {
    let (before, after) = query.split_at(cursor);
    if query.width() <= room {
        return (query.to_string(), before.width());
    }
    // Most of the room for what comes before the cursor: that is where typing happens.
    let mut head: Vec<char> = Vec::new();
    let mut used = 0;
    let budget = room.saturating_sub(2) * 2 / 3;
    for c in before.chars().rev() {
        let w = c.to_string().width();
        if used + w > budget {
            head.push('…');
            used += 1;
            break;
        }
        head.push(c);
        used += w;
    }
    head.reverse();
    let at = used;
    let mut shown: String = head.into_iter().collect();
    for c in after.chars() {
        let w = c.to_string().width();
        if used + w + 1 > room {
            shown.push('…');
            break;
        }
        shown.push(c);
        used += w;
    }
    (shown, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_query_shows_the_part_around_the_cursor() {
        let q = "abcdefghij".repeat(10);
        let (shown, at) = query_window(&q, q.len(), 20);
        assert!(shown.starts_with('…') && shown.ends_with("hij"), "{shown}");
        assert!(shown.width() <= 20);
        assert_eq!(at, shown.width());
        let (shown, at) = query_window(&q, 0, 20);
        assert_eq!(at, 0);
        assert!(shown.starts_with("abc") && shown.ends_with('…'), "{shown}");
        assert!(shown.width() <= 20);
        let (shown, at) = query_window("kort", 2, 20);
        assert_eq!((shown.as_str(), at), ("kort", 2));
    }
}
