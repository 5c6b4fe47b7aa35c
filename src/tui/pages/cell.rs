//! The text under the matrix: the caption that says what a cell means, and the quote of the
//! cell under the cursor with where it stands. The layout sizes the caption with the same
//! lines the renderer draws.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::matrix::{Cell, MOST};
use crate::tui::app::App;
use crate::tui::wrap::{Para, truncate, wrap_all};

/// The caption at `width` columns: in full, a line per kind of cell (and one for ≈ when the
/// data has statements about many profiles), or short, the kinds packed on as few lines as
/// fit.
pub fn caption(app: &App, long: bool, width: usize) -> Vec<Line<'static>> {
    let p = app.palette();
    let marks = app.texts().marks;
    let styles = [p.mark, p.text, p.dim];
    let items = marks.caption(long);
    if long {
        let mut paras: Vec<Para> = items
            .iter()
            .zip(styles)
            .map(|((sign, text), style)| item(sign, style, text, p.dim))
            .collect();
        if app
            .data()
            .general_statements
            .iter()
            .any(|g| g.scope == crate::model::StatementScope::Most)
        {
            paras.push(item(MOST, p.heading, marks.most, p.dim));
        }
        return wrap_all(&paras, width);
    }
    // Short: as many kinds on a line as fit, three spaces apart.
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for ((sign, text), style) in items.iter().zip(styles) {
        let text = truncate(text, width.saturating_sub(sign.width() + 1));
        let w = sign.width() + 1 + text.width();
        if used > 0 && used + 3 + w > width {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        if used > 0 {
            line.push(Span::raw("   "));
            used += 3;
        }
        line.push(Span::styled((*sign).to_string(), style));
        line.push(Span::styled(format!(" {text}"), p.dim));
        used += w;
    }
    lines.push(Line::from(line));
    lines
}

/// One kind of cell: its sign, then what it means, the following lines hanging under it.
fn item(sign: &str, style: Style, text: &str, text_style: Style) -> Para {
    Para::styled(text.to_string(), text_style)
        .prefixed(vec![Span::styled(format!("{sign} "), style)])
        .indented(0, 2)
}

/// The cell under the cursor at `width` columns, in blocks: first a heading with the kind of
/// cell, region, theme and where the quote stands, and the quote whole; then a block for each
/// statement the cover text makes about the theme for many profiles.
pub fn info(app: &App, width: usize) -> Vec<Vec<Line<'static>>> {
    let p = app.palette();
    let t = app.matrix_col();
    let (Some(r), Some(theme)) = (app.selected_region(), app.data().themes.get(t)) else {
        return vec![wrap_all(&super::profile::no_region(app), width)];
    };
    let data = app.data();
    let region = &data.regions[r];
    let marks = app.texts().marks;
    let interpretation = app.tt().interpretation;
    let cell = app.matrix().cell(r, t);
    let (source, quote) = match cell {
        Cell::Own(i) => {
            let tag = &region.themes[i];
            let source = format!("{}, {interpretation}", app.texts().source_name(tag.source));
            (
                Some(source),
                Para::styled(format!("“{}”", tag.evidence), p.quote),
            )
        }
        Cell::General(g) => {
            let s = &data.general_statements[g];
            let source = format!("{}, {interpretation}", marks.general_source);
            let quote = Para::spans(vec![
                Span::styled(format!("“{}”", s.quote), p.quote),
                Span::styled(format!(" ({})", s.section), p.dim),
            ]);
            (Some(source), quote)
        }
        Cell::Neither => (None, Para::styled(marks.neither_info, p.dim)),
    };
    let sign_style = match cell {
        Cell::Own(_) => p.mark,
        Cell::General(_) => p.text,
        Cell::Neither => p.dim,
    };
    let label = app.texts().theme_label(theme);
    let mut lines = vec![heading(
        (cell.symbol(), sign_style),
        App::short_name(region),
        t + 1,
        label,
        source.as_deref(),
        (p.heading, p.dim),
        width,
    )];
    lines.extend(wrap_all(&[quote], width));
    let mut blocks = vec![lines];
    for &g in app.matrix().theme_most(t) {
        let s = &data.general_statements[g];
        let para = Para::spans(vec![
            Span::styled(format!("{}: ", marks.most_heading), p.dim),
            Span::styled(format!("“{}”", s.quote), p.quote),
            Span::styled(format!(" ({})", s.section), p.dim),
        ])
        .prefixed(vec![Span::styled(format!("{MOST} "), p.heading)])
        .indented(0, 2);
        blocks.push(wrap_all(&[para], width));
    }
    blocks
}

/// "● Twente × 7 Erfgoed, identiteit en verhalen — kernpunten, interpretatie" in `width`
/// columns: the theme's name gives way first, then the region's, so the kind of cell and where
/// the quote stands always show.
fn heading(
    (sign, sign_style): (&str, Style),
    region: &str,
    number: usize,
    label: &str,
    source: Option<&str>,
    (style, dim): (Style, Style),
    width: usize,
) -> Line<'static> {
    let tail = source.map(|s| format!(" — {s}")).unwrap_or_default();
    let number = format!(" × {number} ");
    let fixed = sign.width() + 1 + number.width() + tail.width();
    let room = width.saturating_sub(fixed);
    let (region, label) = if region.width() + label.width() <= room {
        (region.to_string(), label.to_string())
    } else {
        // The theme's name keeps at least a few letters; the region's name the rest.
        let label_w = room.saturating_sub(region.width()).max(room.min(8));
        let label = truncate(label, label_w);
        (truncate(region, room.saturating_sub(label.width())), label)
    };
    let line = Line::from(vec![
        Span::styled(format!("{sign} "), sign_style),
        Span::styled(format!("{region}{number}{label}"), style),
        Span::styled(tail, dim),
    ]);
    if line.width() > width {
        // Narrower than the fixed parts: cut the whole line.
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        return Line::styled(truncate(&text, width), style);
    }
    line
}
