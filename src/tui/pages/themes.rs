//! The themes of the selected region's profile: its own tags (●) with their quotes, then its
//! ○ themes with the cover text's quote, the themes neither names, and what the marks mean.

use ratatui::text::Span;

use super::profile::{Builder, heading};
use crate::matrix::{Cell, GENERAL, NEITHER};
use crate::model::Region;
use crate::search::Field;
use crate::source::Quote;
use crate::tui::app::App;
use crate::tui::wrap::Para;

pub(super) fn themes(app: &App, region: &Region, b: &mut Builder) {
    let p = app.palette();
    let t = app.texts();
    heading(app, t.themes, b);
    b.out.push(Para::styled(
        format!("({})", t.themes_are_interpretation),
        p.dim,
    ));
    let mut any = false;
    for theme in &app.data().themes {
        let Some((ti, tag)) = region
            .themes
            .iter()
            .enumerate()
            .find(|(_, tag)| tag.theme == theme.id)
        else {
            continue;
        };
        any = true;
        let mut label = vec![Span::styled("● ", p.mark)];
        let fields = [Field::Theme(ti), Field::ThemeEn(ti)];
        label.extend(b.spans(&fields, t.theme_label(theme), p.heading));
        b.out.push(Para::spans(label).indented(0, 2));
        let mut quote = vec![Span::styled("“", p.quote)];
        quote.extend(b.para(Field::Evidence(ti), &tag.evidence, p.quote).spans);
        quote.push(Span::styled("”", p.quote));
        quote.push(Span::styled(
            format!(
                " — {}: {}",
                t.source.to_lowercase(),
                t.source_name(tag.source)
            ),
            p.dim,
        ));
        b.out.push(Para::spans(quote).indented(2, 3));
        b.stop([Quote::Evidence(b.region, ti)]);
    }
    if !any {
        b.out.push(Para::styled(app.tt().no_themes, p.dim));
    }
    general_themes(app, region, b);
}

/// After the region's own tags: its ○ themes with the cover text's quote, the themes neither
/// names for it, and what the marks mean.
fn general_themes(app: &App, region: &Region, b: &mut Builder) {
    let p = app.palette();
    let t = app.texts();
    let marks = t.marks;
    let Some(r) = app.data().region_index(&region.id) else {
        return;
    };
    let m = app.matrix();
    for ti in m.row_general(r) {
        let (Some(theme), Some(g)) = (app.data().themes.get(ti), m.general(r, ti)) else {
            continue;
        };
        let s = &app.data().general_statements[g];
        b.out.push(
            Para::spans(vec![
                Span::styled(format!("{GENERAL} "), p.text),
                Span::styled(t.theme_label(theme).to_string(), p.heading),
            ])
            .indented(0, 2),
        );
        b.out.push(
            Para::spans(vec![
                Span::styled(format!("“{}”", s.quote), p.quote),
                Span::styled(
                    format!(" — {} ({})", marks.general_source, s.section),
                    p.dim,
                ),
            ])
            .indented(2, 3),
        );
        b.stop([Quote::General(g)]);
    }
    let neither: Vec<&str> = (0..app.data().themes.len())
        .filter(|&ti| m.cell(r, ti) == Cell::Neither)
        .map(|ti| t.theme_label(&app.data().themes[ti]))
        .collect();
    if !neither.is_empty() {
        b.out.push(
            Para::spans(vec![
                Span::styled(format!("{NEITHER} {}: ", marks.neither_heading), p.dim),
                // Not "·": that is the sign of the kind of cell.
                Span::styled(neither.join("; "), p.text),
            ])
            .indented(0, 2),
        );
    }
    b.out.push(Para::blank());
    for (sign, text) in marks.caption(true) {
        b.out
            .push(Para::styled(format!("{sign} {text}"), p.dim).indented(0, 2));
    }
}
