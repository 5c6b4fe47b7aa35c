//! CSV renderings, with every cell that a spreadsheet would take for a formula neutralised.

use std::borrow::Cow;

use crate::matrix::Matrix;
use crate::model::{Dataset, PartnerKind};

/// A cell made safe for spreadsheets, as OWASP advises against CSV injection: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula
/// (`=HYPERLINK(…)` from a data file), so it gets a `'` in front and is read as text.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

/// Writes one record, each cell neutralised.
fn write_row<'a>(
    w: &mut csv::Writer<Vec<u8>>,
    cells: impl IntoIterator<Item = &'a str>,
) -> Result<(), csv::Error> {
    let cells: Vec<Cow<'a, str>> = cells.into_iter().map(neutralise).collect();
    w.write_record(cells.iter().map(|c| c.as_bytes()))
}

/// The matrix of `rows` as CSV: region id, name, a column per theme holding ●, ○ or ·, and
/// the total of the row's own tags (●).
pub fn matrix_csv(data: &Dataset, m: &Matrix, rows: &[usize]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["region_id".to_string(), "region".to_string()];
    header.extend(data.themes.iter().map(|t| t.id.clone()));
    header.push("total".into());
    write_row(&mut w, header.iter().map(String::as_str))?;
    for &r in rows {
        let reg = &data.regions[r];
        let mut rec = vec![reg.id.clone(), reg.name.clone()];
        rec.extend((0..data.themes.len()).map(|t| m.cell(r, t).symbol().to_string()));
        rec.push(m.row_total(r).to_string());
        write_row(&mut w, rec.iter().map(String::as_str))?;
    }
    bytes_to_string(w)
}

fn bytes_to_string(w: csv::Writer<Vec<u8>>) -> Result<String, csv::Error> {
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The whole dataset as one CSV row per region.
pub fn dataset_csv(data: &Dataset) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    write_row(
        &mut w,
        [
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
        ],
    )?;
    let m = Matrix::build(data);
    for (ri, r) in data.regions.iter().enumerate() {
        let kind = |k| {
            r.partners_of(k)
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let count = r.partners.len().to_string();
        let (municipalities, provinces, organisations) = (
            kind(PartnerKind::Municipality),
            kind(PartnerKind::Province),
            kind(PartnerKind::Organisation),
        );
        let themes = r.theme_ids(&data.themes).collect::<Vec<_>>().join("; ");
        let general = m
            .row_general(ri)
            .map(|t| data.themes[t].id.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let key_points = r
            .key_points
            .iter()
            .map(|k| k.text.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        let row = [
            r.id.as_str(),
            &r.name,
            &r.profile_title,
            if r.route_oost { "true" } else { "false" },
            &count,
            &municipalities,
            &provinces,
            &organisations,
            &themes,
            &general,
            &key_points,
        ];
        write_row(&mut w, row)?;
    }
    bytes_to_string(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote_and_nothing_else_does() {
        for (cell, want) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+31", "'+31"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Twente", "Twente"),
            ("a=b", "a=b"),
            ("", ""),
            ("’s-Hertogenbosch", "’s-Hertogenbosch"),
        ] {
            assert_eq!(neutralise(cell), want, "{cell:?}");
        }
    }
}
