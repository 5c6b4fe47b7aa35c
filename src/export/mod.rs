//! Turning the dataset (or part of it) into files: Markdown for meeting notes, CSV, JSON, RON,
//! and writing them atomically. Every rendering is linear in the size of the data.

mod csv;
mod write;

use std::fmt::Write as _;

pub use csv::{dataset_csv, matrix_csv, neutralise};
pub use write::{ExportError, Target, write_atomic};

use crate::i18n::{Texts, fill};
use crate::matrix::{Comparison, Matrix};
use crate::model::{Dataset, KeyPointKind, PartnerKind, Section, SectionItemKind};
use crate::partners::{NAMED_OTHERS, SharedPartners};

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The names of region `r`'s partners of one kind, each municipality that also sits in
/// other regions followed by "(ook …)" naming them (see [`also_in`]).
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
            if others.len() == 0 || kind != PartnerKind::Municipality {
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

/// Region `r`'s whole profile as Markdown (nothing for an index out of range).
pub fn profile_md(data: &Dataset, shared: &SharedPartners, r: usize, t: &Texts) -> String {
    let mut s = String::new();
    let Some(region) = data.regions.get(r) else {
        return s;
    };
    let _ = writeln!(s, "## {}\n", region.name);
    let _ = writeln!(s, "*{}*\n", region.profile_title);
    if region.route_oost {
        let _ = writeln!(s, "{}\n", t.route_oost);
    }
    let _ = writeln!(s, "### {} ({})\n", t.partners, region.partners.len());
    for kind in PartnerKind::ALL {
        let names = partner_names(data, shared, r, kind, t);
        if !names.is_empty() {
            let _ = writeln!(s, "- {}: {}", t.kind_heading(kind), names.join(", "));
        }
    }
    for n in &region.partner_notes {
        let _ = writeln!(s, "- {n}");
    }
    let _ = writeln!(s, "\n### {}\n", t.key_points);
    for k in &region.key_points {
        let _ = match k.kind {
            KeyPointKind::Heading => writeln!(s, "**{}**\n", k.text),
            KeyPointKind::Paragraph => writeln!(s, "{}\n", k.text),
            KeyPointKind::Bullet => writeln!(s, "- {}", k.text),
            KeyPointKind::Item => writeln!(s, "    - {}", k.text),
        };
    }
    if !region.themes.is_empty() {
        let _ = writeln!(s, "\n### {} ({})\n", t.themes, t.themes_are_interpretation);
        for theme in &data.themes {
            for tag in region.themes.iter().filter(|tag| tag.theme == theme.id) {
                let _ = writeln!(
                    s,
                    "- **{}**: “{}” ({})",
                    t.theme_label(theme),
                    tag.evidence,
                    t.source_name(tag.source)
                );
            }
        }
    }
    if !region.notes.is_empty() {
        let _ = writeln!(s, "\n### {}\n", t.notes);
        for n in &region.notes {
            let _ = writeln!(s, "- *{}*: {}", n.section, n.text);
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

/// The regions x themes matrix of `rows` as a Markdown table.
pub fn matrix_md(data: &Dataset, m: &Matrix, rows: &[usize], t: &Texts) -> String {
    let mut s = String::new();
    let _ = write!(s, "| {} |", t.region);
    for theme in &data.themes {
        let _ = write!(s, " {} |", cell(t.theme_label(theme)));
    }
    let _ = writeln!(s, " {} |", t.total);
    let _ = writeln!(s, "|---|{}---|", "---|".repeat(data.themes.len()));
    for &r in rows {
        let _ = write!(s, "| {} |", cell(&data.regions[r].name));
        for ti in 0..data.themes.len() {
            let _ = write!(s, " {} |", if m.has(r, ti) { "✓" } else { "" });
        }
        let _ = writeln!(s, " {} |", m.row_total(r));
    }
    let _ = write!(s, "| {} |", t.total);
    for ti in 0..data.themes.len() {
        let _ = write!(s, " {} |", m.column_total(ti, rows));
    }
    let _ = writeln!(s, " |");
    s
}

/// The matrix of `rows` as JSON: `[{ "region_id", "themes": [theme ids] }]`.
pub fn matrix_json(data: &Dataset, m: &Matrix, rows: &[usize]) -> serde_json::Value {
    serde_json::Value::Array(
        rows.iter()
            .map(|&r| {
                serde_json::json!({
                    "region_id": data.regions[r].id,
                    "themes": m.row(r).map(|t| data.themes[t].id.as_str()).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

/// The whole dataset as a readable Markdown document.
pub fn dataset_md(data: &Dataset, t: &Texts) -> String {
    let mut s = format!("# {}\n\n", data.title);
    for sec in &data.national {
        s.push_str(&section_md(sec));
    }
    if !data.without_profile.is_empty() {
        s.push_str(&without_profile_md(data, t));
    }
    let _ = writeln!(s, "# {}\n", t.regions);
    let shared = SharedPartners::build(data);
    for r in 0..data.regions.len() {
        s.push_str(&profile_md(data, &shared, r, t));
        s.push('\n');
    }
    let m = Matrix::build(data);
    let rows: Vec<usize> = (0..data.regions.len()).collect();
    let _ = writeln!(s, "# {} ({})\n", t.themes, t.themes_are_interpretation);
    s.push_str(&matrix_md(data, &m, &rows, t));
    s
}

/// One section of the cover text as Markdown, under a level-2 heading.
pub fn section_md(sec: &Section) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## {}\n", sec.heading);
    for item in &sec.items {
        let _ = match (item.kind, &item.heading) {
            (_, Some(h)) => writeln!(s, "- **{}** {}\n", h, item.text),
            (SectionItemKind::Question, None) => writeln!(s, "- {}\n", item.text),
            (_, None) => writeln!(s, "{}\n", item.text),
        };
    }
    s
}

/// What the cover text says about the areas without a profile, as Markdown.
pub fn without_profile_md(data: &Dataset, t: &Texts) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## {}\n", t.without_profile);
    for a in &data.without_profile {
        let _ = writeln!(s, "- **{}**: {}", a.name, a.text);
    }
    s.push('\n');
    s
}

/// A comparison of regions as Markdown: shared themes, themes only one has, and side by side
/// facts.
pub fn comparison_md(data: &Dataset, shared: &SharedPartners, c: &Comparison, t: &Texts) -> String {
    let label = |ti: usize| t.theme_label(&data.themes[ti]).to_string();
    let names: Vec<&str> = c
        .regions
        .iter()
        .map(|&r| data.regions[r].name.as_str())
        .collect();
    let mut s = format!("# {}\n\n", names.join(" · "));
    let common: Vec<String> = c.shared.iter().map(|&ti| label(ti)).collect();
    let _ = writeln!(
        s,
        "- **{}**: {}",
        t.shared_themes,
        if common.is_empty() {
            "—".to_string()
        } else {
            common.join(", ")
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
                only.join(", ")
            }
        );
    }
    s.push('\n');
    for &r in &c.regions {
        s.push_str(&profile_md(data, shared, r, t));
        s.push('\n');
    }
    s
}
