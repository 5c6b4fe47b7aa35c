//! The national sections of the cover text.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::search::Field;
use crate::source::Quote;
use crate::tui::pages::Built;
use crate::tui::pages::{Stop, highlighted, line_of};
use crate::tui::search::{NationalHit, ranges_in};

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
    built(app).paras
}

/// The wrapped line where the selected national search hit stands, if it is in the shown
/// section.
pub fn match_line(app: &App, width: usize) -> Option<usize> {
    let b = built(app);
    b.at.map(|i| line_of(&b.paras, i, width))
}

/// The national search hit to highlight: the selected one, if it is in the shown section.
fn current_hit(app: &App) -> Option<&NationalHit> {
    selected_hit(app).filter(|h| h.section == app.section())
}

/// The selected national search hit, if the selection is on one.
pub fn selected_hit(app: &App) -> Option<&NationalHit> {
    let s = app.search();
    s.national_sel.and_then(|i| s.national.get(i))
}

/// The section of the selected national search hit with the hit highlighted, and the index
/// of the paragraph that holds it: what the profile pane shows while the region list's
/// selection is on a passage of the cover text.
pub fn preview(app: &App) -> Option<Built> {
    let hit = selected_hit(app)?;
    Some(build_for(app, hit.section, Some(hit)))
}

/// The paragraphs being built, which one holds the current search hit, and which ones
/// quote the document.
struct Doc<'a> {
    app: &'a App,
    hit: Option<&'a NationalHit>,
    out: Vec<Para>,
    at: Option<usize>,
    /// The section-list entry shown.
    entry: usize,
    stops: Vec<Stop>,
}

impl Doc<'_> {
    /// Pushes `text` as the paragraph of `field`, shaped by `shape` (prefix, indent), with the
    /// match highlighted when the current hit is in this field; a stop when it is a quote.
    fn push(&mut self, field: Field, text: &str, style: Style, shape: impl FnOnce(Para) -> Para) {
        let data = self.app.data();
        let section = (self.entry < data.national.len()).then_some(self.entry);
        if let Some(q) = Quote::of_field(data, None, section, field) {
            self.stops.push(Stop {
                para: self.out.len(),
                quotes: vec![q],
            });
        }
        let para = match self.hit.filter(|h| h.field == field) {
            Some(h) => {
                self.at = Some(self.out.len());
                Para::spans(highlighted(
                    text,
                    style,
                    &ranges_in(text, &h.snippet, &h.positions),
                    self.app.palette().match_hl,
                ))
            }
            None => Para::styled(text.to_string(), style),
        };
        self.out.push(shape(para));
    }
}

/// The section's paragraphs, the one holding the current search hit and its stops.
pub fn built(app: &App) -> Built {
    build_for(app, app.section(), current_hit(app))
}

/// The paragraphs of section-list entry `i` with `hit` highlighted, the paragraph that holds
/// it and the stops.
fn build_for<'a>(app: &'a App, i: usize, hit: Option<&'a NationalHit>) -> Built {
    let p = app.palette();
    let tt = app.tt();
    if app.section_count() == 0 {
        return Built {
            paras: vec![Para::styled(tt.no_sections, p.dim)],
            ..Built::default()
        };
    }
    let mut doc = Doc {
        app,
        hit,
        out: Vec::new(),
        at: None,
        entry: i,
        stops: Vec::new(),
    };
    let same = |x: Para| x;
    doc.push(
        Field::NationalHeading,
        section_heading(app, i),
        p.title,
        same,
    );
    let Some(section) = app.data().national.get(i) else {
        // The heading is the program's, not the document's: said so under it.
        doc.out
            .push(Para::styled(app.texts().programs_heading, p.dim));
        // The document says one thing about several areas at once: list the names of each
        // run of areas with the same text, then that text once.
        let areas = &app.data().without_profile;
        for (i, area) in areas.iter().enumerate() {
            if i == 0 || areas[i - 1].text != area.text {
                doc.out.push(Para::blank());
            }
            doc.push(Field::WithoutProfileName(i), &area.name, p.heading, |x| {
                x.prefixed(vec![Span::raw("• ")]).indented(0, 2)
            });
            if areas.get(i + 1).is_none_or(|next| next.text != area.text) {
                // The text is shown once for a run of areas: highlight it for any of them.
                let first = (0..=i)
                    .rev()
                    .take_while(|&j| areas[j].text == area.text)
                    .last()
                    .unwrap_or(i);
                let field = doc
                    .hit
                    .map(|h| h.field)
                    .filter(
                        |f| matches!(f, Field::WithoutProfileText(j) if (first..=i).contains(j)),
                    )
                    .unwrap_or(Field::WithoutProfileText(i));
                doc.push(field, &area.text, p.text, same);
            }
        }
        return doc.built();
    };
    let mut last_kind = SectionItemKind::Paragraph;
    // On a low screen the items of a list follow each other without blank lines, so the
    // five questions to the Raad fit on one screen at 80x24.
    let compact = app.size().height < 30;
    for (n, item) in section.items.iter().enumerate() {
        let follows = item.kind != SectionItemKind::Paragraph && item.kind == last_kind;
        if !(compact && follows) {
            doc.out.push(Para::blank());
        }
        last_kind = item.kind;
        let heading = Field::NationalItemHeading(n);
        let text = Field::NationalItem(n);
        if item.kind == SectionItemKind::Paragraph {
            if let Some(h) = &item.heading {
                doc.push(heading, h, p.heading, same);
            }
            doc.push(text, &item.text, p.text, same);
            continue;
        }
        // The document's own bullet, and nothing it does not have: no numbers, no labels
        // over the lists (its own sentences introduce them).
        let bullet = |x: Para| {
            x.prefixed(vec![Span::styled("• ", p.heading)])
                .indented(0, 2)
        };
        match &item.heading {
            Some(h) => {
                doc.push(heading, h, p.heading, bullet);
                doc.push(text, &item.text, p.text, |x| x.indented(2, 2));
            }
            None => doc.push(text, &item.text, p.text, bullet),
        }
    }
    doc.built()
}

impl Doc<'_> {
    fn built(self) -> Built {
        Built {
            paras: self.out,
            at: self.at,
            stops: self.stops,
        }
    }
}
