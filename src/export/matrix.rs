//! The matrix in the export formats, with the three kinds of cell (● own tag, ○ said of all
//! profiles, · neither), the totals of ● and ○ apart, and in Markdown the caption and what the
//! cover text says of all or many profiles.

use std::fmt::Write as _;

use super::cell;
use crate::i18n::Texts;
use crate::matrix::{GENERAL, MOST, Matrix};
use crate::model::{Dataset, StatementScope};
use crate::source::{Quote, Source};

/// "8 ●" or "8 ●, 7 ○": a total of own tags and, apart, of ○ cells.
fn total(own: usize, general: usize) -> String {
    if general == 0 {
        format!("{own} {}", crate::matrix::OWN)
    } else {
        format!("{own} {}, {general} {GENERAL}", crate::matrix::OWN)
    }
}

/// The regions x themes matrix of `rows` as a Markdown table, followed by the caption of what
/// a cell means and the statements of the cover text about all or many profiles.
pub fn matrix_md(
    data: &Dataset,
    src: Option<&Source>,
    m: &Matrix,
    rows: &[usize],
    t: &Texts,
) -> String {
    let themes = data.themes.len();
    let mut s = String::new();
    let _ = write!(s, "| {} |", t.region);
    for theme in &data.themes {
        let _ = write!(s, " {} |", cell(t.theme_label(theme)));
    }
    let _ = writeln!(s, " {} |", t.total);
    let _ = writeln!(s, "|---|{}---|", "---|".repeat(themes));
    for &r in rows {
        let _ = write!(s, "| {} |", cell(&data.regions[r].name));
        for ti in 0..themes {
            let _ = write!(s, " {} |", m.cell(r, ti).symbol());
        }
        let _ = writeln!(s, " {} |", total(m.row_total(r), m.row_general_total(r)));
    }
    let _ = write!(s, "| {} |", t.total);
    for ti in 0..themes {
        let _ = write!(
            s,
            " {} |",
            total(m.column_total(ti, rows), m.column_general_total(ti, rows))
        );
    }
    let own: usize = rows.iter().map(|&r| m.row_total(r)).sum();
    let general: usize = rows.iter().map(|&r| m.row_general_total(r)).sum();
    let _ = writeln!(s, " {} |", total(own, general));
    s.push('\n');
    s.push_str(&caption_md(t));
    s.push_str(&general_md(data, src, t));
    s
}

/// What the kinds of cell mean, as a Markdown list.
pub fn caption_md(t: &Texts) -> String {
    let mut s = String::new();
    for (sign, text) in t.marks.caption(true) {
        let _ = writeln!(s, "- {sign} {text}");
    }
    s.push('\n');
    s
}

/// The statements of the cover text about all profiles (○) and many profiles (≈), each under
/// its theme with its quote and section; empty when the data has none.
pub fn general_md(data: &Dataset, src: Option<&Source>, t: &Texts) -> String {
    let mut s = String::new();
    let scopes = [
        (StatementScope::All, GENERAL, t.marks.general_heading, ""),
        (
            StatementScope::Most,
            MOST,
            t.marks.most_heading,
            t.marks.most,
        ),
    ];
    for (scope, sign, heading, note) in scopes {
        let mut any = false;
        for theme in &data.themes {
            let about = data
                .general_statements
                .iter()
                .enumerate()
                .filter(|(_, g)| g.theme == theme.id && g.scope == scope);
            for (gi, g) in about {
                if !any {
                    let note = if note.is_empty() {
                        String::new()
                    } else {
                        format!(": {note}")
                    };
                    let _ = writeln!(s, "**{sign} {heading}**{note}\n");
                    any = true;
                }
                let _ = writeln!(
                    s,
                    "- {}: “{}” ({}{})",
                    t.theme_label(theme),
                    g.quote,
                    g.section,
                    super::lines(src, t, Quote::General(gi))
                );
            }
        }
        if any {
            s.push('\n');
        }
    }
    s
}

/// The matrix of `rows` as JSON: `[{ "region_id", "themes": [own theme ids], "general":
/// [theme ids said of all profiles that the region has no own tag for] }]`.
pub fn matrix_json(data: &Dataset, m: &Matrix, rows: &[usize]) -> serde_json::Value {
    let ids = |ts: &mut dyn Iterator<Item = usize>| -> Vec<String> {
        ts.map(|t| data.themes[t].id.clone()).collect()
    };
    serde_json::Value::Array(
        rows.iter()
            .map(|&r| {
                serde_json::json!({
                    "region_id": data.regions[r].id,
                    "themes": ids(&mut m.row(r)),
                    "general": ids(&mut m.row_general(r)),
                })
            })
            .collect(),
    )
}
