//! Hits for the command line: JSON rows and plain text with optional highlighting.

use crate::i18n::Texts;
use std::io::{self, Write};

use serde::Serialize;

use super::{Field, Hit};
use crate::model::Dataset;

/// One hit as the CLI prints it in JSON:
/// `{ "region_id", "region", "field", "snippet", "score", "positions": [[start, end], ...] }`.
/// `region_id` and `region` are null for hits in the national context; positions are byte
/// ranges within `snippet`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonRow<'a> {
    /// The region's id.
    pub region_id: Option<&'a str>,
    /// The region's name.
    pub region: Option<&'a str>,
    /// The field's stable name (see [`Field::name`]).
    pub field: &'static str,
    /// The snippet.
    pub snippet: &'a str,
    /// The score.
    pub score: i64,
    /// Highlighted byte ranges within `snippet`.
    pub positions: &'a [(usize, usize)],
}

/// The JSON rows for `hits` (which must come from an index built over `data`).
pub fn to_json_rows<'a>(data: &'a Dataset, hits: &'a [Hit]) -> Vec<JsonRow<'a>> {
    hits.iter()
        .map(|h| {
            let region = h.region.and_then(|i| data.regions.get(i));
            JsonRow {
                region_id: region.map(|r| r.id.as_str()),
                region: region.map(|r| r.name.as_str()),
                field: h.field.name(),
                snippet: &h.snippet,
                score: h.score,
                positions: &h.positions,
            }
        })
        .collect()
}

/// Who a hit belongs to, for people: the region's name, the cover-text section's heading or
/// the area's name.
fn owner_label<'a>(data: &'a Dataset, hit: &Hit) -> &'a str {
    if let Some(r) = hit.region.and_then(|i| data.regions.get(i)) {
        return &r.name;
    }
    if let Some(s) = hit.section.and_then(|i| data.national.get(i)) {
        return &s.heading;
    }
    match hit.field {
        Field::WithoutProfileName(i) | Field::WithoutProfileText(i) => {
            data.without_profile.get(i).map_or("", |a| a.name.as_str())
        }
        _ => "",
    }
}

/// Prints one line per hit: who, field (with its 1-based number in its list), snippet.
/// With `color`, matched characters are bold and underlined (ANSI); without, the text is
/// plain. Data text was cleaned of control characters when loaded, so nothing here can
/// reach the terminal as an escape sequence but our own.
pub fn write_text(
    data: &Dataset,
    hits: &[Hit],
    t: &Texts,
    out: &mut impl Write,
    color: bool,
) -> io::Result<()> {
    const ON: &str = "\x1b[1;4m";
    const OFF: &str = "\x1b[0m";
    for hit in hits {
        write!(
            out,
            "{} · {}",
            owner_label(data, hit),
            t.field_label(hit.field.name())
        )?;
        if let Some(i) = hit.field.index() {
            write!(out, " {}", i + 1)?;
        }
        write!(out, ": ")?;
        let mut at = 0;
        for &(a, b) in &hit.positions {
            // Positions come from the index and are valid, but a stale or foreign hit must
            // not panic: skip anything out of order or off a character boundary.
            let ok = at <= a
                && a < b
                && hit.snippet.is_char_boundary(a)
                && hit.snippet.is_char_boundary(b);
            if !ok {
                continue;
            }
            write!(out, "{}", &hit.snippet[at..a])?;
            if color {
                write!(out, "{ON}{}{OFF}", &hit.snippet[a..b])?;
            } else {
                write!(out, "{}", &hit.snippet[a..b])?;
            }
            at = b;
        }
        writeln!(out, "{}", &hit.snippet[at..])?;
    }
    Ok(())
}
