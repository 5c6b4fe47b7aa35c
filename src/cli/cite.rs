//! `cite REGION [THEME]`: a region's quote for a theme (or for each of its themes) with the
//! lines where it stands in the source text, ready to paste into minutes.

use std::io::Write;

use super::{CliError, Ctx, Outcome, resolve_or_report};
use crate::matrix::{Cell, GENERAL, Matrix, NEITHER, OWN};
use crate::source::Quote;
use crate::text::fold;

/// One quote to cite: the theme it is for, what kind of cell, where it stands in the data.
struct Cited<'a> {
    theme: usize,
    cell: Cell,
    quote: Quote,
    text: &'a str,
    /// Where the quote stands, in words: the kind of field, or the cover text's section.
    place: String,
}

/// `cite REGION [THEME]`.
pub fn cite(
    ctx: &Ctx,
    region: &str,
    theme: Option<&str>,
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let data = ctx.data;
    let theme = match theme {
        Some(q) => Some(resolve_theme(ctx, q)?),
        None => None,
    };
    let Some(r) = resolve_or_report(ctx, region, out)? else {
        return Ok(Outcome::NotFound);
    };
    let m = Matrix::build(data);
    let reg = &data.regions[r];
    let themes: Vec<usize> = match theme {
        Some(t) => vec![t],
        None => (0..data.themes.len()).collect(),
    };
    let mut cited = Vec::new();
    let mut unnamed = Vec::new();
    for &ti in &themes {
        let cell = m.cell(r, ti);
        match cell {
            Cell::Own(i) => {
                let tag = &reg.themes[i];
                cited.push(Cited {
                    theme: ti,
                    cell,
                    quote: Quote::Evidence(r, i),
                    text: &tag.evidence,
                    place: ctx.t.source_name(tag.source).to_string(),
                });
            }
            Cell::General(g) => {
                let st = &data.general_statements[g];
                cited.push(Cited {
                    theme: ti,
                    cell,
                    quote: Quote::General(g),
                    text: &st.quote,
                    place: st.section.clone(),
                });
            }
            Cell::Neither => unnamed.push(ti),
        }
    }
    let lines = |q| ctx.source.and_then(|s| s.lines(q));
    if ctx.json {
        let quotes: Vec<_> = cited
            .iter()
            .map(|c| {
                let (cell, source) = match c.cell {
                    Cell::Own(i) => ("own", reg.themes[i].source.id()),
                    _ => ("general", "general_statements"),
                };
                serde_json::json!({
                    "theme": data.themes[c.theme].id,
                    "cell": cell,
                    "source": source,
                    "place": c.place,
                    "text": c.text,
                    "lines": lines(c.quote),
                })
            })
            .collect();
        let v = serde_json::json!({
            "region_id": reg.id,
            "region": reg.name,
            "document": data.title,
            "source": ctx.source.map(|s| s.name()),
            "quotes": quotes,
            "not_named": unnamed.iter().map(|&t| data.themes[t].id.as_str()).collect::<Vec<_>>(),
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else {
        write_text(ctx, r, &cited, &unnamed, theme.is_some(), out)?;
    }
    Ok(if cited.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Done
    })
}

/// The quotes as text: per quote a line saying whose it is and what kind, then the quote
/// with the document and its lines.
fn write_text(
    ctx: &Ctx,
    r: usize,
    cited: &[Cited],
    unnamed: &[usize],
    one: bool,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (t, s, data) = (ctx.t, ctx.style, ctx.data);
    let name = &data.regions[r].name;
    let label = |ti: usize| t.theme_label(&data.themes[ti]);
    for (k, c) in cited.iter().enumerate() {
        if k > 0 {
            writeln!(out)?;
        }
        let (sign, kind) = match c.cell {
            Cell::Own(_) => (OWN, format!("{} {}", t.cite.own, c.place)),
            _ => (GENERAL, format!("{} ({})", t.cite.general, c.place)),
        };
        let head = format!("{name} — {}", label(c.theme));
        writeln!(out, "{sign} {}: {}", s.bold(&head), s.dim(&kind))?;
        let at = match ctx.source.and_then(|src| src.lines(c.quote)) {
            Some(l) => format!("{}, {}", data.title, t.cite.range(l)),
            None => data.title.clone(),
        };
        writeln!(out, "  “{}” ({at})", c.text)?;
    }
    if one && cited.is_empty() {
        if let Some(&ti) = unnamed.first() {
            writeln!(
                out,
                "{NEITHER} {name} — {}: {}",
                label(ti),
                t.cite.not_named
            )?;
        }
        return Ok(());
    }
    if !unnamed.is_empty() {
        let list: Vec<&str> = unnamed.iter().map(|&ti| label(ti)).collect();
        writeln!(out)?;
        writeln!(
            out,
            "{NEITHER} {}: {}",
            t.cite.not_named_list,
            list.join("; ")
        )?;
    }
    if !cited.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", s.dim(t.cite.interpretation))?;
    }
    if ctx.source.is_none() {
        writeln!(out, "{}", s.dim(t.cite.no_source))?;
    }
    Ok(())
}

/// The theme `q` names: its id, its label in either language (case and diacritics aside), or
/// the unique beginning of one of them; else a usage error listing the ids.
fn resolve_theme(ctx: &Ctx, q: &str) -> Result<usize, CliError> {
    let themes = &ctx.data.themes;
    let q = fold(q.trim());
    let names = |i: usize| {
        let t = &themes[i];
        [fold(&t.id), fold(&t.label), fold(&t.label_en)]
    };
    if let Some(i) = (0..themes.len()).find(|&i| names(i).contains(&q)) {
        return Ok(i);
    }
    let starts: Vec<usize> = (0..themes.len())
        .filter(|&i| !q.is_empty() && names(i).iter().any(|n| n.starts_with(&q)))
        .collect();
    match starts[..] {
        [i] => Ok(i),
        _ => {
            let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
            Err(CliError::Usage(format!(
                "{} \"{}\" ({})",
                ctx.t.cite.unknown_theme,
                crate::text::clean(&q),
                ids.join(", ")
            )))
        }
    }
}
