//! `where NAME`: which region(s) a municipality or partner belongs to.

use std::io::Write;

use super::{CliError, Ctx, Outcome};
use crate::lookup::{Resolution, closest_names, name_key, resolve_region, where_is};
use crate::text::clean;

/// `where NAME`.
pub fn where_cmd(ctx: &Ctx, name: &str, out: &mut impl Write) -> Result<Outcome, CliError> {
    let data = ctx.data;
    if name_key(name).is_empty() {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_name.to_string()));
    }
    let places = where_is(data, name);
    if ctx.json {
        let v: Vec<_> = places
            .iter()
            .map(|p| {
                let region = p.region.map(|r| &data.regions[r]);
                serde_json::json!({
                    "partner": p.partner,
                    "region_id": region.map(|r| r.id.as_str()),
                    "region": region.map(|r| r.name.as_str()),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else if places.is_empty() {
        writeln!(out, "{}: \"{}\".", ctx.t.name_not_found, clean(name))?;
    }
    if places.is_empty() {
        let near = closest_names(data, name, 5);
        if !ctx.json && !near.is_empty() {
            writeln!(out, "{}: {}?", ctx.t.did_you_mean, near.join(", "))?;
        }
        // A region's own name is not a partner, but the user surely wants that region.
        if let (false, Resolution::Found(r)) = (ctx.json, resolve_region(data, name)) {
            let reg = &data.regions[r];
            if name_key(&reg.name) == name_key(name) || name_key(&reg.id) == name_key(name) {
                writeln!(out, "{} regioprofielen show {}", ctx.t.is_a_region, reg.id)?;
            }
        }
        return Ok(Outcome::NotFound);
    }
    if ctx.json {
        return Ok(Outcome::Done);
    }
    let (t, s) = (ctx.t, ctx.style);
    for p in &places {
        let mut who = p.partner.clone();
        if let Some(k) = p.kind {
            who = format!("{who} ({})", t.kind_name(k));
        }
        if let Some(a) = &p.via_alias {
            who = format!("{a} = {who} {}", s.dim(&format!("[{}]", t.alias)));
        }
        match p.region {
            Some(r) => {
                let reg = &data.regions[r];
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
    Ok(Outcome::Done)
}
