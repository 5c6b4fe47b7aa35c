//! Turning the dataset (or part of it) into files: Markdown for meeting notes, CSV, JSON, RON,
//! and writing them atomically.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::i18n::Texts;
use crate::matrix::{Comparison, GENERAL, Matrix};

pub mod braille;
mod matrix;
pub mod svg;

use crate::model::{
    Dataset, KeyPointKind, PartnerKind, Region, Section, SectionItemKind, StatementScope,
};
pub use matrix::{caption_md, general_md, matrix_csv, matrix_json, matrix_md};

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, then a rename,
/// so a reader never sees half a file and a failed write leaves the old file alone.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Escapes text for a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

/// The names of a region's partners of one kind, each municipality that also sits in another
/// region followed by "(ook …)" naming it.
pub fn partner_names(data: &Dataset, region: &Region, kind: PartnerKind, t: &Texts) -> Vec<String> {
    region
        .partners_of(kind)
        .map(|p| {
            let others: Vec<&str> = data
                .other_regions_with_partner(region, p)
                .map(|r| r.name.as_str())
                .collect();
            if others.is_empty() || kind != PartnerKind::Municipality {
                p.name.clone()
            } else {
                format!("{} ({} {})", p.name, t.also_in, others.join(", "))
            }
        })
        .collect()
}

/// One region's whole profile as Markdown.
pub fn profile_md(data: &Dataset, region: &Region, t: &Texts) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "## {}\n", region.name);
    let _ = writeln!(s, "*{}*\n", region.profile_title);
    if region.route_oost {
        let _ = writeln!(s, "{}\n", t.route_oost);
    }
    let _ = writeln!(s, "### {} ({})\n", t.partners, region.partners.len());
    for kind in PartnerKind::ALL {
        let names = partner_names(data, region, kind, t);
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
    s.push_str(&themes_md(data, region, t));
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

pub(crate) fn bytes_to_string(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The whole dataset as one CSV row per region.
pub fn dataset_csv(data: &Dataset) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "id",
        "name",
        "profile_title",
        "route_oost",
        "partner_count",
        "municipalities",
        "provinces",
        "organisations",
        "themes",
        "general_themes",
        "key_points",
    ])?;
    let m = Matrix::build(data);
    for (ri, r) in data.regions.iter().enumerate() {
        let kind = |k| {
            r.partners_of(k)
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        w.write_record([
            r.id.as_str(),
            &r.name,
            &r.profile_title,
            if r.route_oost { "true" } else { "false" },
            &r.partners.len().to_string(),
            &kind(PartnerKind::Municipality),
            &kind(PartnerKind::Province),
            &kind(PartnerKind::Organisation),
            &r.theme_ids(&data.themes).collect::<Vec<_>>().join("; "),
            &m.row_general(ri)
                .map(|t| data.themes[t].id.as_str())
                .collect::<Vec<_>>()
                .join("; "),
            &r.key_points
                .iter()
                .map(|k| k.text.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        ])?;
    }
    bytes_to_string(w)
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
    for r in &data.regions {
        s.push_str(&profile_md(data, r, t));
        s.push('\n');
    }
    let m = Matrix::build(data);
    let rows: Vec<usize> = (0..data.regions.len()).collect();
    let _ = writeln!(s, "# {} ({})\n", t.themes, t.themes_are_interpretation);
    s.push_str(&matrix_md(data, &m, &rows, t));
    s
}

/// A region's themes as Markdown, grouped by the kind of cell, each group under what its mark
/// means: own tags (●) with their quotes, what the cover text says of all profiles (○) where
/// the region has no own tag, and the themes neither names (·).
fn themes_md(data: &Dataset, region: &Region, t: &Texts) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "\n### {} ({})\n", t.themes, t.themes_are_interpretation);
    let [own, general, neither] = t.marks.caption(true);
    let mut said = Vec::new();
    let mut unnamed = Vec::new();
    let mut tagged = String::new();
    for theme in &data.themes {
        let mut tags = region
            .themes
            .iter()
            .filter(|tag| tag.theme == theme.id)
            .peekable();
        if tags.peek().is_none() {
            match data.general_about(&theme.id, StatementScope::All).next() {
                Some(g) => said.push((theme, g)),
                None => unnamed.push(t.theme_label(theme)),
            }
        }
        for tag in tags {
            let _ = writeln!(
                tagged,
                "- **{}**: “{}” ({})",
                t.theme_label(theme),
                tag.evidence,
                t.source_name(tag.source)
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
    for (theme, g) in &said {
        let _ = writeln!(
            s,
            "- **{}**: “{}” ({}; {})",
            t.theme_label(theme),
            g.quote,
            t.marks.general_source,
            g.section
        );
    }
    s.push('\n');
    let unnamed = if unnamed.is_empty() {
        "—".to_string()
    } else {
        unnamed.join("; ")
    };
    let _ = writeln!(s, "{} {}: {unnamed}", neither.0, neither.1);
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
pub fn comparison_md(data: &Dataset, c: &Comparison, t: &Texts) -> String {
    let label = |ti: usize| t.theme_label(&data.themes[ti]).to_string();
    let names: Vec<&str> = c
        .regions
        .iter()
        .map(|&r| data.regions[r].name.as_str())
        .collect();
    let mut s = format!("# {}\n\n", names.join(" · "));
    let shared: Vec<String> = c.shared.iter().map(|&ti| label(ti)).collect();
    let _ = writeln!(
        s,
        "- **{}**: {}",
        t.shared_themes,
        if shared.is_empty() {
            "—".to_string()
        } else {
            shared.join(", ")
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
            general.join(", ")
        );
    }
    s.push('\n');
    for &r in &c.regions {
        s.push_str(&profile_md(data, &data.regions[r], t));
        s.push('\n');
    }
    s
}
