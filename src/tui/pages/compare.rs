//! The comparison: the marked regions side by side, under a summary of what they share and
//! what only one of them has; or, with fewer than two marked, how to mark.
//!
//! The columns are composed into full-width lines here, so the pane scrolls them with one
//! offset (they move together) and `update` bounds the scroll with the same lines.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::matrix::{Cell, Comparison, GENERAL};
use crate::model::{KeyPointKind, Region};
use crate::tui::action::Action;
use crate::tui::app::{App, MAX_MARKS};
use crate::tui::keymap::label_for;
use crate::tui::view::{Focus, View};
use crate::tui::wrap::{Para, wrap_all};

/// The narrowest a region's column gets: at 80 columns two fit.
pub const MIN_COL: usize = 38;

/// How many of `n` regions fit side by side in `width` columns (columns of at least
/// [`MIN_COL`], one apart).
pub fn columns(width: usize, n: usize) -> usize {
    ((width + 1) / (MIN_COL + 1)).clamp(1, MAX_MARKS).min(n)
}

/// The width of each of `cols` columns in `width`.
pub fn column_width(width: usize, cols: usize) -> usize {
    width.saturating_sub(cols.saturating_sub(1)) / cols.max(1)
}

/// The summary that stays above the columns: the shared themes, and per region the themes
/// only it has. Empty while fewer than two regions are compared.
pub fn head(app: &App, width: usize) -> Vec<Line<'static>> {
    let c = app.comparison();
    if c.regions.len() < 2 {
        return Vec::new();
    }
    let p = app.palette();
    let t = app.texts();
    let label = |ti: usize| t.theme_label(&app.data().themes[ti]).to_string();
    let list = |themes: &[usize], style: Style| -> Vec<Span<'static>> {
        if themes.is_empty() {
            return vec![Span::styled("—", p.dim)];
        }
        let mut out = Vec::new();
        for (i, &ti) in themes.iter().enumerate() {
            if i > 0 {
                // Labels have commas of their own ("Erfgoed, identiteit en verhalen").
                out.push(Span::styled(" · ", p.dim));
            }
            out.push(Span::styled(label(ti), style));
        }
        out
    };
    let mut paras = Vec::new();
    let mut shared = vec![Span::styled(
        format!("{} ({}): ", t.shared_themes, c.shared.len()),
        p.heading,
    )];
    shared.extend(list(&c.shared, p.mark));
    paras.push(Para::spans(shared).indented(0, 2));
    let mut without = Vec::new();
    for (i, &r) in c.regions.iter().enumerate() {
        let name = App::short_name(&app.data().regions[r]);
        if c.only[i].is_empty() {
            without.push(name);
            continue;
        }
        let mut only = vec![Span::styled(format!("{} {name}: ", t.only_in), p.heading)];
        only.extend(list(&c.only[i], p.unique));
        paras.push(Para::spans(only).indented(0, 2));
    }
    // One line for every region without a theme of its own, rather than a line each.
    if !without.is_empty() {
        paras.push(
            Para::spans(vec![
                Span::styled(format!("{}: ", app.tt().work.no_own_themes), p.heading),
                Span::styled(without.join(" · "), p.text),
            ])
            .indented(0, 2),
        );
    }
    // Apart from shared and only: the ○ themes, one line for the regions that have the same.
    let mut groups: Vec<(&Vec<usize>, Vec<&str>)> = Vec::new();
    for (i, &r) in c.regions.iter().enumerate() {
        let name = App::short_name(&app.data().regions[r]);
        match groups.iter_mut().find(|(g, _)| *g == &c.general[i]) {
            Some((_, names)) => names.push(name),
            None if !c.general[i].is_empty() => groups.push((&c.general[i], vec![name])),
            None => {}
        }
    }
    for (themes, names) in groups {
        let mut line = vec![
            Span::styled(format!("{GENERAL} "), p.text),
            Span::styled(
                format!("{} ({}): ", t.marks.general_heading, names.join(" · ")),
                p.heading,
            ),
        ];
        line.extend(list(themes, p.text));
        paras.push(Para::spans(line).indented(0, 2));
    }
    wrap_all(&paras, width)
}

/// Short notes for the pane's bottom border, most important first: regions that do not fit
/// side by side, marked regions the filter hides, and what the theme marks mean.
pub fn notes(app: &App, width: usize) -> Vec<String> {
    let w = app.tt().work;
    let n = app.compared().len();
    let mut notes = Vec::new();
    let cols = columns(width, n);
    if n >= 2 && cols < n {
        let keys = format!(
            "{}/{}",
            first_key(app, &Action::Left),
            first_key(app, &Action::Right)
        );
        notes.push(
            w.columns_hidden
                .replace("{shown}", &cols.to_string())
                .replace("{n}", &n.to_string())
                .replace("{keys}", &keys),
        );
    }
    if let Some(note) = hidden_marks(app) {
        notes.push(note);
    }
    if n >= 2 {
        notes.push(app.texts().marks.compare.to_string());
    }
    notes
}

/// "2 gemarkeerd buiten filter/zoekterm", when the filter or search hides marked regions.
fn hidden_marks(app: &App) -> Option<String> {
    let hidden = app.marks().len() - app.compared().len();
    (hidden > 0).then(|| {
        app.tt()
            .work
            .marks_hidden
            .replace("{n}", &hidden.to_string())
    })
}

/// The scrolled part: the columns, or the explanation.
pub fn lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let c = app.comparison();
    if c.regions.len() < 2 {
        let mut paras = Vec::new();
        // Marked regions that the search or filter hides: why, and how to get them back.
        if hidden_marks(app).is_some() && app.visible_regions().is_empty() {
            paras.extend(super::profile::no_region(app));
            paras.push(Para::blank());
        }
        paras.extend(how_to(app));
        return wrap_all(&paras, width);
    }
    let cols = columns(width, c.regions.len());
    let col_w = column_width(width, cols);
    let first = app.compare_col().min(c.regions.len() - cols);
    let shown = &c.regions[first..first + cols];
    let regions: Vec<&Region> = shown.iter().map(|&r| &app.data().regions[r]).collect();

    // Sections that line up across the columns: each is as high as its highest cell.
    let mut aligned: Vec<Vec<Vec<Line<'static>>>> = Vec::new();
    let cell = |paras: Vec<Para>| wrap_all(&paras, col_w);
    aligned.push(regions.iter().map(|r| cell(facts(app, r))).collect());
    let t = app.texts();
    let themes_heading = format!("{} ({})", t.themes, app.tt().interpretation);
    // The same heading over every column.
    let heading_row = |text: &str| -> Vec<Vec<Line<'static>>> {
        let lines = cell(vec![
            Para::blank(),
            Para::styled(text.to_string(), app.palette().heading),
        ]);
        vec![lines; regions.len()]
    };
    aligned.push(heading_row(&themes_heading));
    for ti in (0..app.data().themes.len())
        .filter(|&ti| c.regions.iter().any(|&r| app.matrix().covers(r, ti)))
    {
        aligned.push(
            shown
                .iter()
                .map(|&r| cell(theme_cell(app, &c, r, ti)))
                .collect(),
        );
    }
    aligned.push(heading_row(t.key_points));
    // The key points differ in length and kind; they just run down each column.
    let points: Vec<Vec<Line<'static>>> =
        regions.iter().map(|r| cell(key_points(app, r))).collect();

    let sep = Span::styled("│", app.palette().border);
    let mut out = Vec::new();
    for section in aligned.iter().chain(std::iter::once(&points)) {
        join(section, col_w, &sep, &mut out);
    }
    out
}

/// Appends the rows of cells side by side, each padded to `col_w`, as high as the highest.
fn join(
    cells: &[Vec<Line<'static>>],
    col_w: usize,
    sep: &Span<'static>,
    out: &mut Vec<Line<'static>>,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(0);
    for row in 0..height {
        let mut spans = Vec::new();
        for (k, cell) in cells.iter().enumerate() {
            if k > 0 {
                spans.push(sep.clone());
            }
            let line = cell.get(row).cloned().unwrap_or_default();
            let pad = col_w.saturating_sub(line.width());
            spans.extend(line.spans);
            if k + 1 < cells.len() {
                spans.push(Span::raw(" ".repeat(pad)));
            }
        }
        out.push(Line::from(spans));
    }
}

/// Name, profile title, partner count and ROUTE OOST.
fn facts(app: &App, r: &Region) -> Vec<Para> {
    let p = app.palette();
    let w = app.tt().work;
    let partners = w.partner_count.of(r.partners.len());
    let route = if r.route_oost {
        Span::styled("◆ ROUTE OOST", p.route_oost)
    } else {
        Span::styled(w.not_route_oost, p.dim)
    };
    vec![
        Para::styled(r.name.clone(), p.title),
        Para::styled(r.profile_title.clone(), p.quote),
        Para::spans(vec![
            Span::styled(partners, p.text),
            Span::styled(" · ", p.dim),
            route,
        ]),
    ]
}

/// One theme in one region's column: empty when it is neither the region's own tag nor a ○
/// cell, else the mark and label and the quote with where it stands. An own tag's label
/// stands out when all compared regions share it, or only this one has it.
fn theme_cell(app: &App, c: &Comparison, r: usize, ti: usize) -> Vec<Para> {
    let p = app.palette();
    let t = app.texts();
    let data = app.data();
    let theme = &data.themes[ti];
    let k = c.regions.iter().position(|&x| x == r).unwrap_or(0);
    let (style, quote, source) = match app.matrix().cell(r, ti) {
        Cell::Own(i) => {
            let tag = &data.regions[r].themes[i];
            let style = if c.shared.contains(&ti) {
                p.mark
            } else if c.only.get(k).is_some_and(|o| o.contains(&ti)) {
                p.unique
            } else {
                p.text
            };
            (style, &tag.evidence, t.source_name(tag.source))
        }
        Cell::General(g) => (
            p.text,
            &data.general_statements[g].quote,
            t.marks.general_source,
        ),
        Cell::Neither => return Vec::new(),
    };
    let mark = app.matrix().cell(r, ti).symbol();
    vec![
        Para::styled(t.theme_label(theme).to_string(), style)
            .prefixed(vec![Span::styled(format!("{mark} "), style)])
            .indented(0, 2),
        Para::spans(vec![
            Span::styled(format!("“{quote}”"), p.quote),
            Span::styled(format!(" — {source}"), p.dim),
        ])
        .indented(2, 2),
    ]
}

fn key_points(app: &App, r: &Region) -> Vec<Para> {
    let p = app.palette();
    let mut out = Vec::new();
    for (i, kp) in r.key_points.iter().enumerate() {
        let text = kp.text.clone();
        match kp.kind {
            KeyPointKind::Heading | KeyPointKind::Paragraph => {
                if i > 0 {
                    out.push(Para::blank());
                }
                let style = if kp.kind == KeyPointKind::Heading {
                    p.heading
                } else {
                    p.text
                };
                out.push(Para::styled(text, style));
            }
            KeyPointKind::Bullet => out.push(
                Para::styled(text, p.text)
                    .prefixed(vec![Span::raw("• ")])
                    .indented(0, 2),
            ),
            KeyPointKind::Item => out.push(Para::styled(text, p.text).indented(4, 6)),
        }
    }
    out
}

/// With fewer than two regions to compare: how to mark them, and which are marked.
fn how_to(app: &App) -> Vec<Para> {
    let p = app.palette();
    let tt = app.tt();
    let w = tt.work;
    let key = |a: Action, v: View, f: Focus| label_for(&a, v, f, tt);
    let title = if app.compared().len() == 1 {
        w.compare_one_more
    } else {
        w.compare_title
    };
    let mut out = vec![Para::styled(title, p.heading), Para::blank()];
    for text in w.compare_how {
        // Keys are named from the key table, so the text cannot name a wrong one.
        let text = text
            .replace(
                "{mark}",
                &key(Action::ToggleMark, View::Profiles, Focus::Regions),
            )
            .replace(
                "{clear}",
                &key(Action::ClearMarks, View::Compare, Focus::Compare),
            )
            .replace(
                "{profiles}",
                &key(
                    Action::ShowView(View::Profiles),
                    View::Compare,
                    Focus::Compare,
                ),
            )
            .replace(
                "{matrix}",
                &key(
                    Action::ShowView(View::Matrix),
                    View::Compare,
                    Focus::Compare,
                ),
            )
            .replace("{list}", &search_key(app, &Action::SearchToList));
        out.push(Para::styled(text, p.text));
        out.push(Para::blank());
    }
    let compared = app.compared();
    if !compared.is_empty() {
        let names: Vec<&str> = compared
            .iter()
            .map(|&r| App::short_name(&app.data().regions[r]))
            .collect();
        out.push(Para::spans(vec![
            Span::styled(format!("{}: ", w.marked), p.heading),
            Span::styled(names.join(" · "), p.picked),
        ]));
    }
    if let Some(note) = hidden_marks(app) {
        out.push(Para::styled(note, p.dim));
    }
    while out.last().is_some_and(|l| *l == Para::blank()) {
        out.pop();
    }
    out
}

/// The first key of an action in the comparison ("←" of "←/h"), for short notes.
fn first_key(app: &App, action: &Action) -> String {
    use crate::tui::keymap::{KeyContext, Mode, binding_for};
    let ctx = KeyContext {
        mode: Mode::Normal,
        view: View::Compare,
        focus: Focus::Compare,
    };
    binding_for(action, &ctx)
        .and_then(|b| b.keys.first())
        .map_or_else(String::new, |k| k.label(app.tt()))
}

/// The key of a search-field action, from the key table.
fn search_key(app: &App, action: &Action) -> String {
    use crate::tui::keymap::{KeyContext, Mode, binding_for};
    let ctx = KeyContext {
        mode: Mode::Search,
        view: View::Profiles,
        focus: Focus::Regions,
    };
    binding_for(action, &ctx).map_or_else(String::new, |b| b.label(app.tt()))
}
