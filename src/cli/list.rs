//! `list`: the regions, filtered by theme (see `matrix.rs` for `themes` and `matrix`).

use std::io::Write;

use super::{CliError, Ctx, Outcome};
use crate::filter::{Mode, ThemeFilter};
use crate::i18n::{THEME_SEPARATOR, fill};
use crate::lookup::{ThemeResolution, resolve_theme};
use crate::matrix::Matrix;
use crate::text::echo;

/// The theme `--theme` names (see [`resolve_theme`]), or a usage error that says which
/// themes come close, or which ones the beginning fits, and lists the ids.
fn theme_or_usage(ctx: &Ctx, theme: &str) -> Result<usize, CliError> {
    let (data, t) = (ctx.data, ctx.t);
    let named = |ts: &[usize]| -> String {
        let names: Vec<String> = ts
            .iter()
            .map(|&i| format!("{} ({})", t.theme_label(&data.themes[i]), data.themes[i].id))
            .collect();
        names.join(THEME_SEPARATOR)
    };
    let shown = echo(theme);
    let message = match resolve_theme(data, theme) {
        ThemeResolution::Found(i) => return Ok(i),
        ThemeResolution::Ambiguous(ts) => format!(
            "{}: {}",
            fill(t.cli.ambiguous_theme, &[("theme", &shown)]),
            named(&ts)
        ),
        ThemeResolution::NotFound(near) => {
            let mut m = fill(t.cli.unknown_theme, &[("theme", &shown)]);
            if !near.is_empty() {
                m.push_str(&format!(". {}: {}?", t.did_you_mean, named(&near)));
            }
            let ids: Vec<&str> = data.themes.iter().map(|t| t.id.as_str()).collect();
            m.push_str(&format!(" ({}: {})", t.cli.theme_ids, ids.join(", ")));
            m
        }
    };
    Err(CliError::Usage(message))
}

/// How `list` filters: the themes asked for, how they combine, whether ○ cells count, and
/// whether only ROUTE OOST regions are listed.
pub struct ListArgs<'a> {
    /// Themes (`--theme`): ids or labels, see [`resolve_theme`].
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
    for theme in themes {
        chosen.push(theme_or_usage(ctx, theme)?);
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
        let mut facts = vec![ctx.t.cli.partners.of(reg.partners.len())];
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
            "{} / {}",
            rows.len(),
            ctx.t.cli.regions.of(data.regions.len())
        ))
    )?;
    Ok(Outcome::Done)
}
