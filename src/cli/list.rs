//! `list`: the regions, filtered by theme (see `matrix.rs` for `themes` and `matrix`).

use std::io::Write;

use super::{CliError, Ctx, Outcome};
use crate::filter::{Mode, ThemeFilter};
use crate::matrix::Matrix;

/// How `list` filters: the themes asked for, how they combine, whether ○ cells count, and
/// whether only ROUTE OOST regions are listed.
pub struct ListArgs<'a> {
    /// Theme ids (`--theme`).
    pub themes: &'a [String],
    /// `--any`: one of the themes is enough.
    pub any: bool,
    /// `--general`: what the cover text says of all profiles counts too (○).
    pub general: bool,
    /// `--route-oost`.
    pub route_oost: bool,
}

/// `list [--theme ID]... [--any] [--general] [--route-oost]`.
pub fn list(ctx: &Ctx, args: &ListArgs, out: &mut impl Write) -> Result<Outcome, CliError> {
    let ListArgs {
        themes,
        any,
        general,
        route_oost,
    } = *args;
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
    let mut filter = ThemeFilter::with(data.themes.len(), &chosen, mode);
    filter.general = general;
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
                    "general": m.row_general(r).map(|t| data.themes[t].id.as_str()).collect::<Vec<_>>(),
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
            "{}: {} {}",
            ctx.t.themes.to_lowercase(),
            crate::matrix::OWN,
            ids.join(", ")
        ));
        let general: Vec<&str> = m
            .row_general(r)
            .map(|t| data.themes[t].id.as_str())
            .collect();
        if !general.is_empty() {
            facts.push(format!("{} {}", crate::matrix::GENERAL, general.join(", ")));
        }
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
