//! The profile of the selected region.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::model::{KeyPointKind, PartnerKind, Region};
use std::ops::Range;

use crate::search::Field;
use crate::source::Quote;
use crate::text::{fold, fold_with_map};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::label_for;
use crate::tui::pages::{Built, Stop, highlighted, line_of};
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
        Para::spans(highlighted(text, style, &self.ranges(text), hl))
    }

    /// Where the matched characters stand in `text`, the shown form of the matched field:
    /// at the same place when `text` holds the snippet; otherwise (a partner shown without
    /// the word for its kind, a theme label in the other language, ROUTE OOST in the
    /// interface's words) wherever the matched words themselves stand in it.
    fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        let direct = ranges_in(text, &self.snippet, &self.positions);
        if !direct.is_empty() {
            return direct;
        }
        words_in(text, &self.snippet, &self.positions)
    }
}

/// The ranges of `text` that hold, folded, the same characters as the highlighted ranges
/// of `snippet` (each piece at its first place, in order of the pieces).
fn words_in(text: &str, snippet: &str, positions: &[(usize, usize)]) -> Vec<Range<usize>> {
    let (folded, map) = fold_with_map(text);
    let mut out: Vec<Range<usize>> = Vec::new();
    for &(a, b) in positions {
        let Some(piece) = snippet.get(a..b) else {
            continue;
        };
        let piece = fold(piece);
        if piece.is_empty() {
            continue;
        }
        if let Some(at) = folded.find(&piece) {
            let start = map[at];
            let end = map[at + piece.len()];
            if out.iter().all(|r| r.end <= start || r.start >= end) {
                out.push(start..end);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The profile of the selected region, or why there is none.
pub fn paras(app: &App) -> Vec<Para> {
    built(app).paras
}

/// The wrapped line where the search's match stands in the profile, if it is shown.
pub fn match_line(app: &App, width: usize) -> Option<usize> {
    let b = built(app);
    b.at.map(|i| line_of(&b.paras, i, width))
}

/// The profile's paragraphs, the one holding the search's match and its stops. While the
/// region list's selection is on a passage of the cover text, that passage in its section
/// instead.
pub fn built(app: &App) -> Built {
    if app.view() == View::Profiles {
        if let Some(preview) = crate::tui::pages::context::preview(app) {
            return preview;
        }
    }
    let p = app.palette();
    let nothing = || Built {
        paras: no_region(app),
        ..Built::default()
    };
    let Some(ri) = app.selected_region() else {
        return nothing();
    };
    let Some(region) = app.region(ri) else {
        return nothing();
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
        region: ri,
        stops: Vec::new(),
    };
    b.text(Field::Name, &region.name, p.title);
    b.stop([Quote::Name(ri)]);
    b.text(Field::ProfileTitle, &region.profile_title, p.quote);
    b.stop([Quote::ProfileTitle(ri)]);
    if region.route_oost {
        let mut spans = vec![Span::styled("◆ ", p.route_oost)];
        spans.extend(b.spans(&[Field::RouteOost], app.texts().route_oost, p.route_oost));
        b.out.push(Para::spans(spans));
        b.stop([Quote::RouteOost(ri)]);
    }
    if app.is_marked(ri) {
        b.out.push(Para::styled(app.tt().work.is_marked, p.picked));
    }
    partners(app, ri, region, &mut b);
    key_points(app, region, &mut b);
    super::themes::themes(app, region, &mut b);
    notes(app, region, &mut b);
    aliases(app, region, &mut b);
    Built {
        paras: b.out,
        at: b.at,
        stops: b.stops,
    }
}

/// Why a view shows no region: the search found nothing (with the closest words of the
/// data), or only passages of the cover text, or the theme filter, alone or with the
/// search, leaves no region; and how to get back.
pub fn no_region(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let key = |a: Action| label_for(&a, View::Profiles, Focus::Regions, tt);
    let search = app.search();
    let (said, hint) = match &search.nothing {
        Some(closest) => {
            let query = crate::text::clean(search.query().trim()).into_owned();
            let mut said = vec![Para::styled(
                tt.search_nothing.replace("{query}", &query),
                p.warning,
            )];
            if !closest.is_empty() {
                said.push(Para::styled(
                    format!("{}: {}?", app.texts().did_you_mean, closest.join(", ")),
                    p.text,
                ));
            } else if search.query().split_whitespace().count() > 1 {
                said.push(Para::styled(app.texts().no_result_holds_all, p.text));
            }
            if let Some(hint) = app.texts().dutch_hint(search.query(), app.data()) {
                said.push(Para::styled(hint, p.text));
            }
            (
                said,
                tt.search_back_hint.replace("{back}", &key(Action::Back)),
            )
        }
        None if search.is_filtering()
            && !search.national.is_empty()
            && !app.filter().is_active() =>
        {
            let w = tt.work;
            let query = crate::text::clean(search.query().trim()).into_owned();
            let passages = w.passages.of(search.national.len());
            let said = w
                .only_passages
                .replace("{query}", &query)
                .replace("{passages}", &passages);
            let open = key(Action::ShowView(View::Profiles));
            let hint = w
                .only_passages_hint
                .replace("{open}", &open)
                .replace("{back}", &key(Action::Back));
            (vec![Para::styled(said, p.warning)], hint)
        }
        None if search.is_filtering() => {
            // In the search field a letter is typed, not a command: say how to get out first.
            let hint = if search.editing {
                tt.no_match_hint_editing
            } else {
                tt.no_match_hint
            };
            (
                vec![Para::styled(tt.no_match, p.warning)],
                hint.replace("{clear}", &key(Action::ClearFilter))
                    .replace("{back}", &key(Action::Back)),
            )
        }
        None => (
            vec![Para::styled(tt.no_match_filter, p.warning)],
            tt.no_match_filter_hint
                .replace("{clear}", &key(Action::ClearFilter)),
        ),
    };
    let mut out = said;
    out.push(Para::blank());
    out.push(Para::styled(hint, p.dim));
    out
}

/// Collects the paragraphs and remembers which one holds the search's match, and which
/// ones quote the document.
pub(super) struct Builder {
    pub(super) out: Vec<Para>,
    found: Option<Found>,
    at: Option<usize>,
    hl: Style,
    /// The region's index.
    pub(super) region: usize,
    stops: Vec<Stop>,
}

impl Builder {
    /// Marks the last paragraph pushed as quoting `quotes`.
    pub(super) fn stop(&mut self, quotes: impl IntoIterator<Item = Quote>) {
        if let Some(para) = self.out.len().checked_sub(1) {
            self.stops.push(Stop {
                para,
                quotes: quotes.into_iter().collect(),
            });
        }
    }

    /// Pushes `text` as the paragraph of `field` (highlighted if the match is there).
    fn text(&mut self, field: Field, text: &str, style: Style) {
        let para = self.para(field, text, style);
        self.out.push(para);
    }

    /// The paragraph of `field`; notes its index if the match is there.
    pub(super) fn para(&mut self, field: Field, text: &str, style: Style) -> Para {
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

    /// `text`, the shown form of one of `fields`, as spans: the match highlighted (and the
    /// next paragraph marked as the match's) when one of them is the matched field.
    pub(super) fn spans(
        &mut self,
        fields: &[Field],
        text: &str,
        style: Style,
    ) -> Vec<Span<'static>> {
        let Some(f) = self.found.as_ref().filter(|f| fields.contains(&f.field)) else {
            return vec![Span::styled(text.to_string(), style)];
        };
        let ranges = f.ranges(text);
        self.at = Some(self.out.len());
        highlighted(text, style, &ranges, self.hl)
    }
}

pub(super) fn heading(app: &App, text: &str, b: &mut Builder) {
    b.out.push(Para::blank());
    b.out
        .push(Para::styled(text.to_string(), app.palette().heading));
}

fn partners(app: &App, ri: usize, region: &Region, b: &mut Builder) {
    let p = app.palette();
    let t = app.texts();
    heading(app, t.partners, b);
    for kind in PartnerKind::ALL {
        // A search for the kind ("provincie limburg") also lights the kind's heading, where
        // the interface's word holds it.
        let kind_fields: Vec<Field> = (0..region.partners.len())
            .filter(|&i| region.partners[i].kind == kind)
            .map(Field::PartnerKind)
            .collect();
        let kind_heading = format!("{}: ", t.kind_heading(kind));
        let mut spans = match b.found.as_ref().filter(|f| kind_fields.contains(&f.field)) {
            Some(f) => highlighted(
                &kind_heading,
                p.dim,
                &words_in(&kind_heading, &f.snippet, &f.positions),
                b.hl,
            ),
            None => vec![Span::styled(kind_heading, p.dim)],
        };
        let mut any = false;
        for (pi, partner) in region.partners.iter().enumerate() {
            if partner.kind != kind {
                continue;
            }
            if any {
                spans.push(Span::raw(", "));
            }
            any = true;
            let fields = [Field::Partner(pi), Field::PartnerKind(pi)];
            spans.extend(b.spans(&fields, &partner.name, Style::default()));
            // A partner in two regions (a municipality, a province) is worth knowing in a
            // meeting: name the others.
            let others = app.partners().others(ri, pi);
            if others.len() > 0 {
                let names = others.map(|o| App::short_name(&app.data().regions[o]));
                spans.push(Span::styled(
                    format!(" ({})", crate::export::also_in(names, t)),
                    p.dim,
                ));
            }
        }
        if any {
            b.out.push(Para::spans(spans).indented(0, 2));
            let r = b.region;
            b.stop(
                (0..region.partners.len())
                    .filter(|&i| region.partners[i].kind == kind)
                    .map(|i| Quote::Partner(r, i)),
            );
        }
    }
    for (i, note) in region.partner_notes.iter().enumerate() {
        b.text(Field::PartnerNote(i), note, p.text);
        b.stop([Quote::PartnerNote(b.region, i)]);
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
        b.stop([Quote::KeyPoint(b.region, i)]);
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
        b.stop([Quote::Note(b.region, i)]);
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
        let mut spans = b.spans(&[Field::Alias(i)], &alias.name, p.text);
        spans.push(Span::styled(format!(" → {}", alias.refers_to), p.dim));
        b.out.push(Para::spans(spans).indented(2, 4));
    }
}
