//! The profile of the selected region.

use ratatui::text::Span;

use crate::model::{KeyPointKind, PartnerKind, Region};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::label_for;
use crate::tui::view::{Focus, View};
use crate::tui::wrap::Para;

/// The profile of the selected region, or why there is none.
pub fn paras(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let key = |a: Action| label_for(&a, View::Profiles, Focus::Regions, tt);
    let Some(region) = app.selected_region().and_then(|i| app.region(i)) else {
        return vec![
            Para::styled(tt.no_match, p.warning),
            Para::blank(),
            Para::styled(
                tt.no_match_hint
                    .replace("{clear}", &key(Action::ClearFilter))
                    .replace("{back}", &key(Action::Back)),
                p.dim,
            ),
        ];
    };
    let mut out = vec![
        Para::styled(region.name.clone(), p.title),
        Para::styled(region.profile_title.clone(), p.quote),
    ];
    if region.route_oost {
        out.push(Para::spans(vec![
            Span::styled("◆ ", p.route_oost),
            Span::styled(app.texts().route_oost, p.route_oost),
        ]));
    }
    if app.selected_region().is_some_and(|r| app.is_marked(r)) {
        out.push(Para::styled(tt.work.is_marked, p.picked));
    }
    partners(app, region, &mut out);
    key_points(app, region, &mut out);
    themes(app, region, &mut out);
    notes(app, region, &mut out);
    aliases(app, region, &mut out);
    out
}

fn heading(app: &App, text: &str, out: &mut Vec<Para>) {
    out.push(Para::blank());
    out.push(Para::styled(text.to_string(), app.palette().heading));
}

fn partners(app: &App, region: &Region, out: &mut Vec<Para>) {
    let p = app.palette();
    let t = app.texts();
    heading(app, t.partners, out);
    for kind in PartnerKind::ALL {
        let mut spans = vec![Span::styled(format!("{}: ", t.kind_heading(kind)), p.dim)];
        let mut any = false;
        for partner in region.partners_of(kind) {
            if any {
                spans.push(Span::raw(", "));
            }
            any = true;
            spans.push(Span::raw(partner.name.clone()));
            // A municipality in two regions is worth knowing in a meeting: name the others.
            if kind == PartnerKind::Municipality {
                let others: Vec<&str> = app
                    .data()
                    .other_regions_with_partner(region, partner)
                    .map(App::short_name)
                    .collect();
                if !others.is_empty() {
                    spans.push(Span::styled(
                        format!(" ({} {})", t.also_in, others.join(", ")),
                        p.dim,
                    ));
                }
            }
        }
        if any {
            out.push(Para::spans(spans).indented(0, 2));
        }
    }
    for note in &region.partner_notes {
        out.push(Para::styled(note.clone(), p.text).indented(0, 0));
    }
}

fn key_points(app: &App, region: &Region, out: &mut Vec<Para>) {
    let p = app.palette();
    heading(app, app.texts().key_points, out);
    for (i, kp) in region.key_points.iter().enumerate() {
        let para = match kp.kind {
            KeyPointKind::Heading => {
                if i > 0 {
                    out.push(Para::blank());
                }
                Para::styled(kp.text.clone(), p.heading)
            }
            KeyPointKind::Paragraph => {
                // Paragraphs stand apart in the document; keep them apart here.
                if i > 0 {
                    out.push(Para::blank());
                }
                Para::styled(kp.text.clone(), p.text)
            }
            KeyPointKind::Bullet => Para::styled(kp.text.clone(), p.text)
                .prefixed(vec![Span::raw("• ")])
                .indented(0, 2),
            KeyPointKind::Item => Para::styled(kp.text.clone(), p.text).indented(4, 6),
        };
        out.push(para);
    }
}

fn themes(app: &App, region: &Region, out: &mut Vec<Para>) {
    let p = app.palette();
    let t = app.texts();
    heading(app, t.themes, out);
    out.push(Para::styled(
        format!("({})", t.themes_are_interpretation),
        p.dim,
    ));
    let mut any = false;
    for theme in &app.data().themes {
        let Some(tag) = region.themes.iter().find(|tag| tag.theme == theme.id) else {
            continue;
        };
        any = true;
        out.push(
            Para::spans(vec![
                Span::styled("● ", p.mark),
                Span::styled(t.theme_label(theme).to_string(), p.heading),
            ])
            .indented(0, 2),
        );
        out.push(
            Para::spans(vec![
                Span::styled(format!("“{}”", tag.evidence), p.quote),
                Span::styled(
                    format!(
                        " — {}: {}",
                        t.source.to_lowercase(),
                        t.source_name(tag.source)
                    ),
                    p.dim,
                ),
            ])
            .indented(2, 3),
        );
    }
    if !any {
        out.push(Para::styled(app.tt().no_themes, p.dim));
    }
}

fn notes(app: &App, region: &Region, out: &mut Vec<Para>) {
    if region.notes.is_empty() {
        return;
    }
    let p = app.palette();
    heading(app, app.texts().notes, out);
    for note in &region.notes {
        out.push(Para::styled(note.section.clone(), p.dim));
        out.push(Para::styled(note.text.clone(), p.text).indented(2, 2));
    }
}

fn aliases(app: &App, region: &Region, out: &mut Vec<Para>) {
    if region.aliases.is_empty() {
        return;
    }
    let p = app.palette();
    let tt = app.tt();
    heading(app, tt.aliases_heading, out);
    out.push(Para::styled(tt.aliases_note, p.dim));
    for alias in &region.aliases {
        out.push(
            Para::spans(vec![
                Span::styled(alias.name.clone(), p.text),
                Span::styled(format!(" → {}", alias.refers_to), p.dim),
            ])
            .indented(2, 4),
        );
    }
}
