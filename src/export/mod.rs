//! Turning the dataset (or part of it) into files: Markdown for meeting notes, CSV, JSON, RON,
//! and writing them atomically. Every rendering is linear in the size of the data.

mod csv;
mod write;

use std::fmt::Write as _;

pub mod braille;
pub mod looks;
mod matrix;
pub mod svg;

pub use csv::{dataset_csv, matrix_csv, neutralise};
pub use matrix::{caption_md, general_md, matrix_json, matrix_md};
pub use write::{ExportError, Target, write_atomic};

use crate::i18n::{THEME_SEPARATOR, Texts, fill};
use crate::matrix::{Comparison, GENERAL, Matrix};
use crate::model::{Dataset, KeyPointKind, PartnerKind, Region, SectionItemKind, StatementScope};
use crate::partners::{NAMED_OTHERS, SharedPartners};
use crate::source::{Quote, Source};

/// The line that names the document at the top of an export with line ranges (and a blank
/// line after it); nothing without a source text.
pub fn header(data: &Dataset, src: Option<&Source>, t: &Texts) -> String {
    match src {
        Some(_) => format!("{}\n\n", t.cite.header.replace("{title}", &data.title)),
        None => String::new(),
    }
}

/// " (r. 586–587)" after a quote, when the source text is known.
pub fn at(src: Option<&Source>, t: &Texts, q: Quote) -> String {
    t.cite.at(src.and_then(|s| s.lines(q)))
}

/// "; r. 586–587" to close a parenthesis after a quote, when the source text is known.
pub fn lines(src: Option<&Source>, t: &Texts, q: Quote) -> String {
    t.cite.after(src.and_then(|s| s.lines(q)))
}

/// The lines of several quotes together: from the first line of the first to the last line
/// of the last.
fn span(src: Option<&Source>, t: &Texts, qs: impl IntoIterator<Item = Quote>) -> String {
    let Some(src) = src else {
        return String::new();
    };
    let lines: Vec<[u32; 2]> = qs.into_iter().filter_map(|q| src.lines(q)).collect();
    let first = lines.iter().map(|l| l[0]).min();
    let last = lines.iter().map(|l| l[1]).max();
    t.cite.at(first.zip(last).map(|(a, b)| [a, b]))
}

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The names of region `r`'s partners of one kind, each that other regions have too (a
/// municipality or a province in two regions, an organisation several work with) followed
/// by "(ook …)" naming them (see [`also_in`]).
pub fn partner_names(
    data: &Dataset,
    shared: &SharedPartners,
    r: usize,
    kind: PartnerKind,
    t: &Texts,
) -> Vec<String> {
    let Some(region) = data.regions.get(r) else {
        return Vec::new();
    };
    region
        .partners
        .iter()
        .enumerate()
        .filter(|(_, p)| p.kind == kind)
        .map(|(pi, p)| {
            let others = shared.others(r, pi);
            if others.len() == 0 {
                p.name.clone()
            } else {
                let names = others.map(|o| data.regions[o].name.as_str());
                format!("{} ({})", p.name, also_in(names, t))
            }
        })
        .collect()
}

/// "ook A, B, C" naming the other regions, at most [`NAMED_OTHERS`] of them and then how many
/// more: a partner that a thousand regions share must not make every profile a thousand
/// names longer.
pub fn also_in<'a>(mut names: impl ExactSizeIterator<Item = &'a str>, t: &Texts) -> String {
    let total = names.len();
    let shown: Vec<&str> = names.by_ref().take(NAMED_OTHERS).collect();
    let mut s = format!("{} {}", t.also_in, shown.join(", "));
    if total > shown.len() {
        s.push(' ');
        s.push_str(&fill(
            t.also_more,
            &[("n", &(total - shown.len()).to_string())],
        ));
    }
    s
}

/// Region `r`'s whole profile as Markdown (nothing for an index out of range), each quote
/// followed by its lines in the source text when `src` is given.
pub fn profile_md(
    data: &Dataset,
    shared: &SharedPartners,
    src: Option<&Source>,
    r: usize,
    t: &Texts,
) -> String {
    let mut s = String::new();
    let Some(region) = data.regions.get(r) else {
        return s;
    };
    let at = |q| at(src, t, q);
    let _ = writeln!(s, "## {}{}\n", region.name, at(Quote::Name(r)));
    let _ = writeln!(
        s,
        "*{}*{}\n",
        region.profile_title,
        at(Quote::ProfileTitle(r))
    );
    if region.route_oost {
        let _ = writeln!(s, "{}{}\n", t.route_oost, at(Quote::RouteOost(r)));
    }
    let _ = writeln!(s, "### {} ({})\n", t.partners, region.partners.len());
    for kind in PartnerKind::ALL {
        let names = partner_names(data, shared, r, kind, t);
        if !names.is_empty() {
            let of_kind = (0..region.partners.len())
                .filter(|&i| region.partners[i].kind == kind)
                .map(|i| Quote::Partner(r, i));
            let lines = span(src, t, of_kind);
            let _ = writeln!(s, "- {}: {}{lines}", t.kind_heading(kind), names.join(", "));
        }
    }
    for (i, n) in region.partner_notes.iter().enumerate() {
        let _ = writeln!(s, "- {n}{}", at(Quote::PartnerNote(r, i)));
    }
    let _ = writeln!(s, "\n### {}\n", t.key_points);
    for (i, k) in region.key_points.iter().enumerate() {
        let lines = at(Quote::KeyPoint(r, i));
        let _ = match k.kind {
            KeyPointKind::Heading => writeln!(s, "**{}**{lines}\n", k.text),
            KeyPointKind::Paragraph => writeln!(s, "{}{lines}\n", k.text),
            KeyPointKind::Bullet => writeln!(s, "- {}{lines}", k.text),
            KeyPointKind::Item => writeln!(s, "    - {}{lines}", k.text),
        };
    }
    s.push_str(&themes_md(data, src, region, t));
    if !region.notes.is_empty() {
        let _ = writeln!(s, "\n### {}\n", t.notes);
        for (i, n) in region.notes.iter().enumerate() {
            let _ = writeln!(s, "- *{}*: {}{}", n.section, n.text, at(Quote::Note(r, i)));
        }
    }
    if !region.aliases.is_empty() {
        let list: Vec<String> = region
            .aliases
            .iter()
            .map(|a| format!("{} → {}", a.name, a.refers_to))
            .collect();
        let _ = writeln!(s, "\n*{}*: {}", t.alias, list.join(", "));
    }
    s
}

/// The whole dataset as a readable Markdown document.
pub fn dataset_md(data: &Dataset, src: Option<&Source>, t: &Texts) -> String {
    let mut s = format!("# {}\n\n", data.title);
    s.push_str(&header(data, src, t));
    for i in 0..data.national.len() {
        s.push_str(&section_md(data, src, i, t));
    }
    if !data.without_profile.is_empty() {
        s.push_str(&without_profile_md(data, src, t));
    }
    let _ = writeln!(s, "# {}\n", t.regions);
    let shared = SharedPartners::build(data);
    for r in 0..data.regions.len() {
        s.push_str(&profile_md(data, &shared, src, r, t));
        s.push('\n');
    }
    let m = Matrix::build(data);
    let rows: Vec<usize> = (0..data.regions.len()).collect();
    let _ = writeln!(s, "# {} ({})\n", t.themes, t.themes_are_interpretation);
    s.push_str(&matrix_md(data, src, &m, &rows, t));
    s
}

/// A region's themes as Markdown, grouped by the kind of cell, each group under what its mark
/// means: own tags (●) with their quotes, what the cover text says of all profiles (○) where
/// the region has no own tag, and the themes neither names (·).
fn themes_md(data: &Dataset, src: Option<&Source>, region: &Region, t: &Texts) -> String {
    let mut s = String::new();
    let r = data.region_index(&region.id).unwrap_or(usize::MAX);
    let _ = writeln!(s, "\n### {} ({})\n", t.themes, t.themes_are_interpretation);
    let [own, general, neither] = t.marks.caption(true);
    let mut said = Vec::new();
    let mut unnamed = Vec::new();
    let mut tagged = String::new();
    for theme in &data.themes {
        let mut tags = region
            .themes
            .iter()
            .enumerate()
            .filter(|(_, tag)| tag.theme == theme.id)
            .peekable();
        if tags.peek().is_none() {
            let general = data
                .general_statements
                .iter()
                .enumerate()
                .find(|(_, g)| g.theme == theme.id && g.scope == StatementScope::All);
            match general {
                Some(g) => said.push((theme, g)),
                None => unnamed.push(t.theme_label(theme)),
            }
        }
        for (i, tag) in tags {
            let _ = writeln!(
                tagged,
                "- **{}**: “{}” ({}{})",
                t.theme_label(theme),
                tag.evidence,
                t.source_name(tag.source),
                lines(src, t, Quote::Evidence(r, i))
            );
        }
    }
    // Every kind under its meaning, an empty one too, so the legend is always whole.
    if tagged.is_empty() {
        tagged.push_str("—\n");
    }
    let _ = writeln!(s, "{} {}:\n\n{tagged}", own.0, own.1);
    let _ = writeln!(s, "{} {}:\n", general.0, general.1);
    if said.is_empty() {
        s.push_str("—\n");
    }
    for (theme, (gi, g)) in &said {
        let _ = writeln!(
            s,
            "- **{}**: “{}” ({}; {}{})",
            t.theme_label(theme),
            g.quote,
            t.marks.general_source,
            g.section,
            lines(src, t, Quote::General(*gi))
        );
    }
    s.push('\n');
    let unnamed = if unnamed.is_empty() {
        "—".to_string()
    } else {
        // Not "·": that is the sign of this kind of cell (as in the explorer).
        unnamed.join("; ")
    };
    let _ = writeln!(s, "{} {}: {unnamed}", neither.0, neither.1);
    s
}

/// Section `i` of the cover text as Markdown, under a level-2 heading (nothing when there is
/// no such section).
pub fn section_md(data: &Dataset, src: Option<&Source>, i: usize, t: &Texts) -> String {
    let mut s = String::new();
    let Some(sec) = data.national.get(i) else {
        return s;
    };
    let _ = writeln!(s, "## {}{}\n", sec.heading, at(src, t, Quote::Heading(i)));
    for (n, item) in sec.items.iter().enumerate() {
        let lines = span(src, t, [Quote::ItemHeading(i, n), Quote::Item(i, n)]);
        let _ = match (item.kind, &item.heading) {
            (_, Some(h)) => writeln!(s, "- **{}** {}{lines}\n", h, item.text),
            (SectionItemKind::Question, None) => writeln!(s, "- {}{lines}\n", item.text),
            (_, None) => writeln!(s, "{}{lines}\n", item.text),
        };
    }
    s
}

/// What the cover text says about the areas without a profile, as Markdown.
pub fn without_profile_md(data: &Dataset, src: Option<&Source>, t: &Texts) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## {}\n\n*{}*\n", t.without_profile, t.programs_heading);
    // The document says one thing of several areas at once: their names, then the text once.
    let areas = &data.without_profile;
    let mut i = 0;
    while i < areas.len() {
        let run = areas[i..]
            .iter()
            .take_while(|a| a.text == areas[i].text)
            .count();
        let names: Vec<String> = areas[i..i + run]
            .iter()
            .map(|a| format!("**{}**", a.name))
            .collect();
        let _ = writeln!(
            s,
            "- {}: {}{}",
            names.join(", "),
            areas[i].text,
            at(src, t, Quote::AreaText(i))
        );
        i += run;
    }
    s.push('\n');
    s
}

/// A comparison of regions as Markdown: shared themes, themes only one has, and side by side
/// facts.
pub fn comparison_md(
    data: &Dataset,
    shared: &SharedPartners,
    src: Option<&Source>,
    c: &Comparison,
    t: &Texts,
) -> String {
    let label = |ti: usize| t.theme_label(&data.themes[ti]).to_string();
    let names: Vec<&str> = c
        .regions
        .iter()
        .map(|&r| data.regions[r].name.as_str())
        .collect();
    let mut s = format!("# {}\n\n", names.join(" · "));
    s.push_str(&header(data, src, t));
    let common: Vec<String> = c.shared.iter().map(|&ti| label(ti)).collect();
    let _ = writeln!(
        s,
        "- **{}**: {}",
        t.shared_themes,
        if common.is_empty() {
            "—".to_string()
        } else {
            common.join(THEME_SEPARATOR)
        }
    );
    for (i, &r) in c.regions.iter().enumerate() {
        let only: Vec<String> = c.only[i].iter().map(|&ti| label(ti)).collect();
        let _ = writeln!(
            s,
            "- **{} {}**: {}",
            t.only_in,
            data.regions[r].name,
            if only.is_empty() {
                "—".to_string()
            } else {
                only.join(THEME_SEPARATOR)
            }
        );
    }
    // Apart from shared and only (own tags): each region's ○ themes.
    for (i, &r) in c.regions.iter().enumerate() {
        if c.general[i].is_empty() {
            continue;
        }
        let general: Vec<String> = c.general[i].iter().map(|&ti| label(ti)).collect();
        let _ = writeln!(
            s,
            "- **{GENERAL} {} ({})**: {}",
            t.marks.general_heading,
            data.regions[r].name,
            general.join(THEME_SEPARATOR)
        );
    }
    s.push('\n');
    for &r in &c.regions {
        s.push_str(&profile_md(data, shared, src, r, t));
        s.push('\n');
    }
    s
}
