//! `list`, `themes` and `matrix`.

use std::io::Write;

use super::{CliError, Ctx, MatrixFormat, Outcome};
use crate::export;
use crate::filter::{Mode, ThemeFilter};
use crate::matrix::Matrix;

/// `list [--theme ID]... [--any] [--route-oost]`.
pub fn list(
    ctx: &Ctx,
    themes: &[String],
    any: bool,
    route_oost: bool,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let mut chosen = Vec::new();
    for id in themes {
        match data.theme_index(id) {
            Some(i) => chosen.push(i),
            None => {
                let ids: Vec<&str> = data.themes.iter().map(|t| t.id.as_str()).collect();
                return Err(CliError::Usage(format!(
                    "{} \"{}\" ({})",
                    ctx.t.unknown_theme,
                    crate::text::clean(id),
                    ids.join(", ")
                )));
            }
        }
    }
    let m = Matrix::build(data);
    let mode = if any { Mode::Any } else { Mode::All };
    let filter = ThemeFilter::with(data.themes.len(), &chosen, mode);
    let all: Vec<usize> = (0..data.regions.len()).collect();
    let rows: Vec<usize> = filter
        .apply(&m, &all)
        .into_iter()
        .filter(|&r| !route_oost || data.regions[r].route_oost)
        .collect();
    if ctx.json {
        let v: Vec<_> = rows
            .iter()
            .map(|&r| {
                let reg = &data.regions[r];
                serde_json::json!({
                    "id": reg.id,
                    "name": reg.name,
                    "profile_title": reg.profile_title,
                    "partner_count": reg.partners.len(),
                    "route_oost": reg.route_oost,
                    "themes": reg.theme_ids(&data.themes).collect::<Vec<_>>(),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(Outcome::Done);
    }
    let s = ctx.style;
    for &r in &rows {
        let reg = &data.regions[r];
        writeln!(
            out,
            "{:<16} {} {} {}",
            reg.id,
            s.bold(&reg.name),
            s.dim("·"),
            reg.profile_title
        )?;
        let mut facts = vec![format!(
            "{} {}",
            reg.partners.len(),
            ctx.t.partners.to_lowercase()
        )];
        if reg.route_oost {
            facts.push("ROUTE OOST".into());
        }
        let ids: Vec<&str> = reg.theme_ids(&data.themes).collect();
        facts.push(format!(
            "{}: {}",
            ctx.t.themes.to_lowercase(),
            ids.join(", ")
        ));
        writeln!(out, "{:<16} {}", "", s.dim(&facts.join(" · ")))?;
    }
    writeln!(
        out,
        "{}",
        s.dim(&format!(
            "{} / {} {}",
            rows.len(),
            data.regions.len(),
            ctx.t.regions.to_lowercase()
        ))
    )?;
    Ok(Outcome::Done)
}

/// `themes`: the taxonomy with the number of regions per theme.
pub fn themes(ctx: &Ctx, out: &mut impl Write) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let m = Matrix::build(data);
    let all: Vec<usize> = (0..data.regions.len()).collect();
    if ctx.json {
        let v: Vec<_> = data
            .themes
            .iter()
            .enumerate()
            .map(|(i, t)| {
                serde_json::json!({
                    "id": t.id, "label": t.label, "label_en": t.label_en,
                    "description": t.description, "regions": m.column_total(i, &all),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(Outcome::Done);
    }
    for (i, t) in data.themes.iter().enumerate() {
        let n = m.column_total(i, &all);
        writeln!(
            out,
            "{:<14} {:>2} {} {}",
            t.id,
            n,
            ctx.style.bold(ctx.t.theme_label(t)),
            ctx.style.dim(&format!("— {}", t.description))
        )?;
    }
    writeln!(
        out,
        "{}",
        ctx.style
            .dim(&format!("({})", ctx.t.themes_are_interpretation))
    )?;
    Ok(Outcome::Done)
}

/// `matrix [--format text|csv|md|json]`.
pub fn matrix(ctx: &Ctx, format: MatrixFormat, out: &mut impl Write) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let m = Matrix::build(data);
    let rows: Vec<usize> = (0..data.regions.len()).collect();
    let format = if ctx.json { MatrixFormat::Json } else { format };
    match format {
        MatrixFormat::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&export::matrix_json(data, &m, &rows))?
        )?,
        MatrixFormat::Csv => write!(out, "{}", export::matrix_csv(data, &m, &rows)?)?,
        MatrixFormat::Md => write!(out, "{}", export::matrix_md(data, &m, &rows, ctx.t))?,
        MatrixFormat::Text => matrix_text(ctx, &m, &rows, out)?,
    }
    Ok(Outcome::Done)
}

/// The matrix for a terminal: numbered theme columns with a legend, so it fits 80 columns.
fn matrix_text(
    ctx: &Ctx,
    m: &Matrix,
    rows: &[usize],
    out: &mut impl Write,
) -> Result<(), CliError> {
    let data = ctx.data;
    let width = rows
        .iter()
        .map(|&r| data.regions[r].id.chars().count())
        .max()
        .unwrap_or(0)
        .max(ctx.t.total.chars().count());
    write!(out, "{:<width$} ", "")?;
    for i in 0..data.themes.len() {
        write!(out, "{:>3}", i + 1)?;
    }
    writeln!(out, "  {}", ctx.t.total)?;
    for &r in rows {
        write!(out, "{:<width$} ", data.regions[r].id)?;
        for t in 0..data.themes.len() {
            write!(out, "{:>3}", if m.has(r, t) { "■" } else { "·" })?;
        }
        writeln!(out, "  {:>3}", m.row_total(r))?;
    }
    write!(out, "{:<width$} ", ctx.t.total)?;
    for t in 0..data.themes.len() {
        write!(out, "{:>3}", m.column_total(t, rows))?;
    }
    writeln!(out)?;
    writeln!(out)?;
    for (i, t) in data.themes.iter().enumerate() {
        writeln!(out, "{:>3} {:<14} {}", i + 1, t.id, ctx.t.theme_label(t))?;
    }
    Ok(())
}
