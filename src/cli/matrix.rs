//! `themes` and `matrix`: the taxonomy with how many regions name each theme, and the regions
//! x themes table, both with the three kinds of cell (● own tag, ○ said of all profiles in the
//! cover text, · neither) and ● and ○ counted apart.

use std::io::Write;

use super::{CliError, Ctx, MatrixFormat, Outcome};
use crate::export;
use crate::matrix::{GENERAL, MOST, Matrix, OWN};
use crate::model::StatementScope;
use crate::source::Quote;

/// `themes`: the taxonomy with the number of regions per theme (● and ○ apart), and what the
/// cover text says of all (○) or many (≈) profiles about each.
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
                let general: Vec<_> = data
                    .general_statements
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.theme == t.id)
                    .map(|(gi, g)| {
                        let lines = ctx.source.and_then(|s| s.lines(Quote::General(gi)));
                        serde_json::json!({
                            "scope": g.scope.id(), "quote": g.quote, "section": g.section,
                            "lines": lines,
                        })
                    })
                    .collect();
                serde_json::json!({
                    "id": t.id, "label": t.label, "label_en": t.label_en,
                    "description": t.description, "regions": m.column_total(i, &all),
                    "general_regions": m.column_general_total(i, &all), "general": general,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(Outcome::Done);
    }
    let s = ctx.style;
    for (i, t) in data.themes.iter().enumerate() {
        let general = match m.column_general_total(i, &all) {
            0 => String::new(),
            n => format!("{n} {GENERAL}"),
        };
        writeln!(
            out,
            "{:<14} {:>2} {OWN} {general:<4} {} {}",
            t.id,
            m.column_total(i, &all),
            s.bold(ctx.t.theme_label(t)),
            s.dim(&format!("— {}", t.description))
        )?;
        for (scope, sign) in [(StatementScope::All, GENERAL), (StatementScope::Most, MOST)] {
            let about = data
                .general_statements
                .iter()
                .enumerate()
                .filter(|(_, g)| g.theme == t.id && g.scope == scope);
            for (gi, g) in about {
                let lines = ctx
                    .t
                    .cite
                    .after(ctx.source.and_then(|s| s.lines(Quote::General(gi))));
                writeln!(
                    out,
                    "{:<14} {sign} “{}” {}",
                    "",
                    g.quote,
                    s.dim(&format!("({}{lines})", g.section))
                )?;
            }
        }
    }
    writeln!(out)?;
    for line in caption_lines(ctx, 80) {
        writeln!(out, "{}", s.dim(&line))?;
    }
    writeln!(
        out,
        "{}",
        s.dim(&format!("({})", ctx.t.themes_are_interpretation))
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
        MatrixFormat::Md => write!(
            out,
            "{}{}",
            export::header(data, ctx.source, ctx.t),
            export::matrix_md(data, ctx.source, &m, &rows, ctx.t)
        )?,
        MatrixFormat::Text => matrix_text(ctx, &m, &rows, out)?,
    }
    Ok(Outcome::Done)
}

/// The matrix for a terminal: numbered theme columns with a legend, so it fits 80 columns;
/// totals of ● and of ○ apart, then what the signs mean.
fn matrix_text(
    ctx: &Ctx,
    m: &Matrix,
    rows: &[usize],
    out: &mut impl Write,
) -> Result<(), CliError> {
    let data = ctx.data;
    let marks = ctx.t.marks;
    let themes = data.themes.len();
    let width = rows
        .iter()
        .map(|&r| data.regions[r].id.chars().count())
        .max()
        .unwrap_or(0)
        .max(marks.total_own.chars().count());
    write!(out, "{:<width$} ", "")?;
    for i in 0..themes {
        write!(out, "{:>3}", i + 1)?;
    }
    writeln!(out, "  {OWN:>3} {GENERAL:>2}")?;
    for &r in rows {
        write!(out, "{:<width$} ", data.regions[r].id)?;
        for t in 0..themes {
            write!(out, "{:>3}", m.cell(r, t).symbol())?;
        }
        writeln!(out, "  {:>3} {:>2}", m.row_total(r), m.row_general_total(r))?;
    }
    let totals = [(marks.total_own, false), (marks.total_general, true)];
    for (label, general) in totals {
        let count = |t| {
            if general {
                m.column_general_total(t, rows)
            } else {
                m.column_total(t, rows)
            }
        };
        write!(out, "{label:<width$} ")?;
        for t in 0..themes {
            // Blank rather than a row of noughts where no region has a ○.
            match count(t) {
                0 if general => write!(out, "{:>3}", "")?,
                n => write!(out, "{n:>3}")?,
            }
        }
        let sum: usize = (0..themes).map(count).sum();
        // Each sum under its own column: ● first, ○ after it.
        if general {
            writeln!(out, "  {:>3} {sum:>2}", "")?;
        } else {
            writeln!(out, "  {sum:>3}")?;
        }
    }
    writeln!(out)?;
    for line in caption_lines(ctx, 80) {
        writeln!(out, "{line}")?;
    }
    writeln!(out)?;
    for (i, t) in data.themes.iter().enumerate() {
        let sign = if m.theme_general(i).is_some() {
            GENERAL
        } else if m.theme_most(i).is_empty() {
            " "
        } else {
            MOST
        };
        writeln!(
            out,
            "{:>3}{sign} {:<14} {}",
            i + 1,
            t.id,
            ctx.t.theme_label(t)
        )?;
    }
    Ok(())
}

/// What the signs mean, one kind a line (and ≈ when the data has statements about many
/// profiles), wrapped to `width` columns with the following lines under the text.
fn caption_lines(ctx: &Ctx, width: usize) -> Vec<String> {
    let marks = ctx.t.marks;
    let mut items: Vec<(&str, &str)> = marks.caption(true).to_vec();
    let most = ctx
        .data
        .general_statements
        .iter()
        .any(|g| g.scope == StatementScope::Most);
    if most {
        items.push((MOST, marks.most));
    }
    let mut lines = Vec::new();
    for (sign, text) in items {
        let mut line = sign.to_string();
        for word in text.split_whitespace() {
            if line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
                line.push(' ');
            }
            line.push(' ');
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}
