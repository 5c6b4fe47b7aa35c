//! The profile of the selected region.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::model::{KeyPointKind, PartnerKind, Region};
use crate::search::Field;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::label_for;
use crate::tui::pages::{highlighted, line_of};
use crate::tui::search::ranges_in;
use crate::tui::view::{Focus, View};
use crate::tui::wrap::Para;

/// The search's match in the shown profile: which field, and where in its text.
struct Found {
    field: Field,
    snippet: String,
    positions: Vec<(usize, usize)>,
}

impl Found {
    /// The paragraph text of `field`, with the match highlighted when it is this field.
    fn para(
        &self,
        field: Field,
        text: &str,
        style: Style,
        hl: Style,
        mark: &mut Option<bool>,
    ) -> Para {
        if self.field != field {
            return Para::styled(text.to_string(), style);
        }
        *mark = Some(true);
        Para::spans(highlighted(
            text,
            style,
            &ranges_in(text, &self.snippet, &self.positions),
            hl,
        ))
    }
}

/// The profile of the selected region, or why there is none.
pub fn paras(app: &App) -> Vec<Para> {
    build(app).0
}

/// The wrapped line where the search's match stands in the profile, if it is shown.
pub fn match_line(app: &App, width: usize) -> Option<usize> {
    let (paras, at) = build(app);
    at.map(|i| line_of(&paras, i, width))
}

/// The profile's paragraphs, and the index of the one holding the search's match.
fn build(app: &App) -> (Vec<Para>, Option<usize>) {
    let p = app.palette();
    let Some(ri) = app.selected_region() else {
        return (no_region(app), None);
    };
    let Some(region) = app.region(ri) else {
        return (no_region(app), None);
    };
    let found = app.search().hit(ri).map(|h| Found {
        field: h.field,
        snippet: h.snippet.clone(),
        positions: h.positions.clone(),
    });
    let mut b = Builder {
        out: Vec::new(),
        found,
        at: None,
        hl: p.match_hl,
    };
    b.text(Field::Name, &region.name, p.title);
    b.text(Field::ProfileTitle, &region.profile_title, p.quote);
    if region.route_oost {
        b.out.push(Para::spans(vec![
            Span::styled("◆ ", p.route_oost),
            Span::styled(app.texts().route_oost, p.route_oost),
        ]));
    }
    if app.is_marked(ri) {
        b.out.push(Para::styled(app.tt().work.is_marked, p.picked));
    }
    partners(app, ri, region, &mut b);
    key_points(app, region, &mut b);
    themes(app, region, &mut b);
    notes(app, region, &mut b);
    aliases(app, region, &mut b);
    (b.out, b.at)
}

/// Why no profile is shown.
fn no_region(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let key = |a: Action| label_for(&a, View::Profiles, Focus::Regions, tt);
    vec![
        Para::styled(tt.no_match, p.warning),
        Para::blank(),
        Para::styled(
            tt.no_match_hint
                .replace("{clear}", &key(Action::ClearFilter))
                .replace("{back}", &key(Action::Back)),
            p.dim,
        ),
    ]
}

/// Collects the paragraphs and remembers which one holds the search's match.
struct Builder {
    out: Vec<Para>,
    found: Option<Found>,
    at: Option<usize>,
    hl: Style,
}

impl Builder {
    /// Pushes `text` as the paragraph of `field` (highlighted if the match is there).
    fn text(&mut self, field: Field, text: &str, style: Style) {
        let para = self.para(field, text, style);
        self.out.push(para);
    }

    /// The paragraph of `field`; notes its index if the match is there.
    fn para(&mut self, field: Field, text: &str, style: Style) -> Para {
        let mut mark = None;
        let para = match &self.found {
            Some(f) => f.para(field, text, style, self.hl, &mut mark),
            None => Para::styled(text.to_string(), style),
        };
        if mark.is_some() {
            self.at = Some(self.out.len());
        }
        para
    }

    /// Marks the next paragraph as the match's when `field` is the matched one.
    fn mark_if(&mut self, field: Field) -> bool {
        let hit = self.found.as_ref().is_some_and(|f| f.field == field);
        if hit {
            self.at = Some(self.out.len());
        }
        hit
    }
}

fn heading(app: &App, text: &str, b: &mut Builder) {
    b.out.push(Para::blank());
    b.out
        .push(Para::styled(text.to_string(), app.palette().heading));
}

fn partners(app: &App, ri: usize, region: &Region, b: &mut Builder) {
    let p = app.palette();
    let t = app.texts();
    heading(app, t.partners, b);
    for kind in PartnerKind::ALL {
        let mut spans = vec![Span::styled(format!("{}: ", t.kind_heading(kind)), p.dim)];
        let mut any = false;
        for (pi, partner) in region.partners.iter().enumerate() {
            if partner.kind != kind {
                continue;
            }
            if any {
                spans.push(Span::raw(", "));
            }
            any = true;
            if b.mark_if(Field::Partner(pi)) {
                spans.push(Span::styled(partner.name.clone(), p.match_hl));
            } else {
                spans.push(Span::raw(partner.name.clone()));
            }
            // A municipality in two regions is worth knowing in a meeting: name the others.
            let others = app.partners().others(ri, pi);
            if kind == PartnerKind::Municipality && others.len() > 0 {
                let names = others.map(|o| App::short_name(&app.data().regions[o]));
                spans.push(Span::styled(
                    format!(" ({})", crate::export::also_in(names, t)),
                    p.dim,
                ));
            }
        }
        if any {
            b.out.push(Para::spans(spans).indented(0, 2));
        }
    }
    for (i, note) in region.partner_notes.iter().enumerate() {
        b.text(Field::PartnerNote(i), note, p.text);
    }
}

fn key_points(app: &App, region: &Region, b: &mut Builder) {
    let p = app.palette();
    heading(app, app.texts().key_points, b);
    for (i, kp) in region.key_points.iter().enumerate() {
        // Headings and paragraphs stand apart in the document; keep them apart here.
        if i > 0 && matches!(kp.kind, KeyPointKind::Heading | KeyPointKind::Paragraph) {
            b.out.push(Para::blank());
        }
        let style = if kp.kind == KeyPointKind::Heading {
            p.heading
        } else {
            p.text
        };
        let para = b.para(Field::KeyPoint(i), &kp.text, style);
        let para = match kp.kind {
            KeyPointKind::Heading | KeyPointKind::Paragraph => para,
            KeyPointKind::Bullet => para.prefixed(vec![Span::raw("• ")]).indented(0, 2),
            KeyPointKind::Item => para.indented(4, 6),
        };
        b.out.push(para);
    }
}

fn themes(app: &App, region: &Region, b: &mut Builder) {
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
        let label_style = if b.mark_if(Field::Theme(ti)) || b.mark_if(Field::ThemeEn(ti)) {
            p.match_hl
        } else {
            p.heading
        };
        b.out.push(
            Para::spans(vec![
                Span::styled("● ", p.mark),
                Span::styled(t.theme_label(theme).to_string(), label_style),
            ])
            .indented(0, 2),
        );
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
    }
    if !any {
        b.out.push(Para::styled(app.tt().no_themes, p.dim));
    }
}

fn notes(app: &App, region: &Region, b: &mut Builder) {
    if region.notes.is_empty() {
        return;
    }
    let p = app.palette();
    heading(app, app.texts().notes, b);
    for (i, note) in region.notes.iter().enumerate() {
        b.out.push(Para::styled(note.section.clone(), p.dim));
        let para = b.para(Field::Note(i), &note.text, p.text).indented(2, 2);
        b.out.push(para);
    }
}

fn aliases(app: &App, region: &Region, b: &mut Builder) {
    if region.aliases.is_empty() {
        return;
    }
    let p = app.palette();
    let tt = app.tt();
    heading(app, tt.aliases_heading, b);
    b.out.push(Para::styled(tt.aliases_note, p.dim));
    for (i, alias) in region.aliases.iter().enumerate() {
        let style = if b.mark_if(Field::Alias(i)) {
            p.match_hl
        } else {
            p.text
        };
        b.out.push(
            Para::spans(vec![
                Span::styled(alias.name.clone(), style),
                Span::styled(format!(" → {}", alias.refers_to), p.dim),
            ])
            .indented(2, 4),
        );
    }
}
