//! `where NAME`: which region(s) a municipality or partner belongs to, or the region itself
//! when the name is a region's.

use std::io::Write;

use super::{CliError, Ctx, Outcome};
use crate::i18n::fill;
use crate::lookup::{Place, closest_names, name_key, where_is};
use crate::text::echo;

/// `where NAME`.
pub fn where_cmd(ctx: &Ctx, name: &str, out: &mut impl Write) -> Result<Outcome, CliError> {
    let data = ctx.data;
    if name_key(name).is_empty() {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_name.to_string()));
    }
    let places = where_is(data, name);
    if !places.is_empty() {
        write_places(ctx, &places, out)?;
        return Ok(Outcome::Done);
    }
    if ctx.json {
        writeln!(out, "[]")?;
    } else {
        writeln!(out, "{}: \"{}\".", ctx.t.cli.name_not_found, echo(name))?;
        let near = closest_names(data, name, 5);
        if !near.is_empty() {
            writeln!(out, "{}: {}?", ctx.t.did_you_mean, near.join(", "))?;
        }
    }
    Ok(Outcome::NotFound)
}

/// The answers of `where`, as text or (with `--json`) as an array of `{ "partner", "kind",
/// "region_id", "region" }`; `kind` is the partner's kind, "region" for a region itself and
/// null for an area without a profile.
pub(super) fn write_places(
    ctx: &Ctx,
    places: &[Place],
    out: &mut impl Write,
) -> Result<(), CliError> {
    let data = ctx.data;
    if ctx.json {
        let v: Vec<_> = places
            .iter()
            .map(|p| {
                let region = p.region.map(|r| &data.regions[r]);
                let kind = match (p.kind, region) {
                    (Some(k), _) => Some(k.id()),
                    (None, Some(_)) => Some("region"),
                    (None, None) => None,
                };
                serde_json::json!({
                    "partner": p.partner,
                    "kind": kind,
                    "region_id": region.map(|r| r.id.as_str()),
                    "region": region.map(|r| r.name.as_str()),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(());
    }
    let (t, s) = (ctx.t, ctx.style);
    for p in places {
        let region = p.region.map(|r| &data.regions[r]);
        if let (None, None, Some(reg)) = (p.kind, &p.via_alias, region) {
            // The name is the region's own: say so, and how to see it whole.
            let line = fill(t.cli.is_a_region, &[("name", &reg.name), ("id", &reg.id)]);
            writeln!(out, "{} · {}", s.bold(&line), reg.profile_title)?;
            let command = format!("regioprofielen show {}", reg.id);
            let hint = fill(t.cli.show_hint, &[("command", &command)]);
            writeln!(out, "  {}", s.dim(&hint))?;
            continue;
        }
        let mut who = p.partner.clone();
        if let Some(k) = p.kind {
            who = format!("{who} ({})", t.kind_name(k));
        }
        if let Some(a) = &p.via_alias {
            who = format!("{a} = {who} {}", s.dim(&format!("[{}]", t.alias)));
        }
        match region {
            Some(reg) => {
                writeln!(
                    out,
                    "{who} → {} {}",
                    s.bold(&reg.name),
                    s.dim(&format!("[{}]", reg.id))
                )?;
            }
            None => {
                writeln!(out, "{who} → {}", s.bold(t.no_profile_yet))?;
                if let Some(n) = &p.note {
                    writeln!(out, "  {}", s.dim(&format!("“{n}”")))?;
                }
            }
        }
    }
    Ok(())
}
