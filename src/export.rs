//! Turning the dataset (or part of it) into files: Markdown for meeting notes, CSV, JSON, RON,
//! and writing them atomically.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::i18n::Texts;
use crate::matrix::{Comparison, Matrix};
use crate::model::{Dataset, KeyPointKind, PartnerKind, Region, Section, SectionItemKind};

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

/// The matrix of `rows` as CSV: region id, name, one 0/1 column per theme, total.
pub fn matrix_csv(data: &Dataset, m: &Matrix, rows: &[usize]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["region_id".to_string(), "region".to_string()];
    header.extend(data.themes.iter().map(|t| t.id.clone()));
    header.push("total".into());
    w.write_record(&header)?;
    for &r in rows {
        let reg = &data.regions[r];
        let mut rec = vec![reg.id.clone(), reg.name.clone()];
        rec.extend((0..data.themes.len()).map(|t| u8::from(m.has(r, t)).to_string()));
        rec.push(m.row_total(r).to_string());
        w.write_record(&rec)?;
    }
    bytes_to_string(w)
}

fn bytes_to_string(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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
        "key_points",
    ])?;
    for r in &data.regions {
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
    s.push('\n');
    for &r in &c.regions {
        s.push_str(&profile_md(data, &data.regions[r], t));
        s.push('\n');
    }
    s
}
