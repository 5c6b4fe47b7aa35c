//! `where NAME`: which region(s) a municipality or partner belongs to, or the region itself
//! (its title and partners) when the name is a region's.

use std::io::Write;

use super::{CliError, Ctx, Outcome};
use crate::i18n::fill;
use crate::lookup::{Place, closest_names, name_key, where_is};
use crate::model::PartnerKind;
use crate::partners::SharedPartners;
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
    let own = |p: &Place| match (p.kind, &p.via_alias, p.region) {
        (None, None, Some(ri)) => Some(ri),
        _ => None,
    };
    // Which partners regions share is only needed to show a region.
    let shared = places
        .iter()
        .any(|p| own(p).is_some())
        .then(|| SharedPartners::build(data));
    for p in places {
        match (own(p), &shared) {
            // The name is the region's own: the region.
            (Some(ri), Some(shared)) => write_region(ctx, shared, ri, out)?,
            _ => writeln!(out, "{}", place_line(ctx, p))?,
        }
        if let (None, None, Some(n)) = (p.kind, p.region, &p.note) {
            writeln!(out, "  {}", ctx.style.dim(&format!("“{n}”")))?;
        }
    }
    Ok(())
}

/// A region as `where` and a bare word answer with it: its name and id, its profile's
/// title, its partners by kind, and how to see the whole profile. The same block for every
/// region.
pub(super) fn write_region(
    ctx: &Ctx,
    shared: &SharedPartners,
    ri: usize,
    out: &mut impl Write,
) -> Result<(), CliError> {
    let (t, s, data) = (ctx.t, ctx.style, ctx.data);
    let reg = &data.regions[ri];
    let line = fill(t.cli.is_a_region, &[("name", &reg.name), ("id", &reg.id)]);
    writeln!(out, "{} · {}", s.bold(&line), reg.profile_title)?;
    for kind in PartnerKind::ALL {
        let names = crate::export::partner_names(data, shared, ri, kind, t);
        if !names.is_empty() {
            let heading = t.kind_heading_for(kind, names.len());
            writeln!(out, "  {heading}: {}", names.join(", "))?;
        }
    }
    let command = format!("regioprofielen show {}", reg.id);
    let hint = fill(t.cli.show_hint, &[("command", &command)]);
    writeln!(out, "  {}", s.dim(&hint))?;
    Ok(())
}

/// One answer of `where` that is not a region's own name, in one line: the partner with its
/// kind (and the alias typed), then its region or that it has no profile yet.
pub(super) fn place_line(ctx: &Ctx, p: &Place) -> String {
    let (t, s) = (ctx.t, ctx.style);
    let mut who = p.partner.clone();
    if let Some(k) = p.kind {
        who = format!("{who} ({})", t.kind_name(k));
    }
    if let Some(a) = &p.via_alias {
        who = format!("{a} = {who} {}", s.dim(&format!("[{}]", t.alias)));
    }
    match p.region.map(|r| &ctx.data.regions[r]) {
        Some(reg) => format!(
            "{who} → {} {}",
            s.bold(&reg.name),
            s.dim(&format!("[{}]", reg.id))
        ),
        None => format!("{who} → {}", s.bold(t.no_profile_yet)),
    }
}
