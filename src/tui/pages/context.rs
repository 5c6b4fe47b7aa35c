//! The national sections of the cover text.

use ratatui::text::Span;

use crate::model::SectionItemKind;
use crate::tui::app::App;
use crate::tui::wrap::Para;

/// The heading of section-list entry `i` (the last entry may be the areas without a profile).
pub fn section_heading(app: &App, i: usize) -> &str {
    match app.data().national.get(i) {
        Some(s) => &s.heading,
        None => app.texts().without_profile,
    }
}

/// The text of the selected section.
pub fn paras(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    if app.section_count() == 0 {
        return vec![Para::styled(tt.no_sections, p.dim)];
    }
    let i = app.section();
    let mut out = vec![Para::styled(section_heading(app, i).to_string(), p.title)];
    let Some(section) = app.data().national.get(i) else {
        // The document says one thing about several areas at once: list the names of each
        // run of areas with the same text, then that text once.
        let areas = &app.data().without_profile;
        for (i, area) in areas.iter().enumerate() {
            if i == 0 || areas[i - 1].text != area.text {
                out.push(Para::blank());
            }
            out.push(
                Para::styled(area.name.clone(), p.heading)
                    .prefixed(vec![Span::raw("• ")])
                    .indented(0, 2),
            );
            if areas.get(i + 1).is_none_or(|next| next.text != area.text) {
                out.push(Para::styled(area.text.clone(), p.text));
            }
        }
        return out;
    };
    let mut counts = [0usize; 4];
    let mut last_kind = SectionItemKind::Paragraph;
    for item in &section.items {
        out.push(Para::blank());
        let k = item.kind as usize;
        if item.kind != SectionItemKind::Paragraph && item.kind != last_kind {
            // A label over each numbered group, so the groups can be told apart at a glance.
            out.push(Para::styled(tt.item_groups[k], p.dim));
        }
        last_kind = item.kind;
        if item.kind == SectionItemKind::Paragraph {
            if let Some(h) = &item.heading {
                out.push(Para::styled(h.clone(), p.heading));
            }
            out.push(Para::styled(item.text.clone(), p.text));
            continue;
        }
        counts[k] += 1;
        let label = format!("{}. ", counts[k]);
        let w = label.chars().count();
        match &item.heading {
            Some(h) => {
                out.push(
                    Para::styled(h.clone(), p.heading)
                        .prefixed(vec![Span::styled(label, p.heading)])
                        .indented(0, w),
                );
                out.push(Para::styled(item.text.clone(), p.text).indented(w, w));
            }
            None => out.push(
                Para::styled(item.text.clone(), p.text)
                    .prefixed(vec![Span::styled(label, p.heading)])
                    .indented(0, w),
            ),
        }
    }
    out
}
