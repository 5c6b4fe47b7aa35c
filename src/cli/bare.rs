//! A bare word (`regioprofielen Hengelo`): not a command, so a question. A region's name,
//! short name, alias or id answers with the region (and a partner of that name after it);
//! otherwise it answers as `where` does when a municipality, partner or area has that name,
//! and otherwise with what `search` finds.

use std::io::Write;

use super::{CliError, Ctx, Outcome, search, where_};
use crate::i18n::fill;
use crate::lookup::{Place, name_key, partners_named, regions_named, where_is};

/// As many results as `search` gives by default.
const LIMIT: usize = 10;

/// Answers `words` with the region they name, else as `where`, or as `search` when `where`
/// finds nothing; `commands` are
/// the names of the commands, for a hint when nothing is found and the first word looks
/// like one of them mistyped.
pub fn bare(
    ctx: &Ctx,
    words: &[String],
    commands: &[&str],
    out: &mut impl Write,
) -> Result<Outcome, CliError> {
    let name = words.join(" ");
    if name_key(&name).is_empty() {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_name.to_string()));
    }
    if answer_region(ctx, &name, out)? {
        return Ok(Outcome::Done);
    }
    let places = where_is(ctx.data, &name);
    if !places.is_empty() {
        where_::write_places(ctx, &places, out)?;
        return Ok(Outcome::Done);
    }
    let outcome = search::answer(ctx, &name, LIMIT, Some(ctx.t.cli.search_instead), out)?;
    if outcome == Outcome::NotFound && !ctx.json {
        let first = words.first().map_or("", String::as_str);
        if let Some(command) = mistyped_command(first, commands) {
            let command = format!("regioprofielen {command}");
            writeln!(
                out,
                "{}",
                fill(ctx.t.cli.maybe_command, &[("command", &command)])
            )?;
        }
    }
    Ok(outcome)
}

/// Answers with the regions `name` names outright (see [`regions_named`]), first, then in one
/// line the partners (or areas) of that name too ("zeeland": the region, and the province
/// Zeeland that is one of its partners); with `--json`, all of them as `where` gives them,
/// the regions first. Whether `name` named a region.
fn answer_region(ctx: &Ctx, name: &str, out: &mut impl Write) -> Result<bool, CliError> {
    let regions = regions_named(ctx.data, name);
    if regions.is_empty() {
        return Ok(false);
    }
    let mut places: Vec<Place> = regions
        .iter()
        .map(|&ri| Place {
            partner: ctx.data.regions[ri].name.clone(),
            kind: None,
            region: Some(ri),
            via_alias: None,
            note: None,
        })
        .collect();
    // An alias of a region answers with the region: already there.
    let others: Vec<Place> = partners_named(ctx.data, name)
        .into_iter()
        .filter(|p| p.kind.is_some() || p.region.is_none_or(|r| !regions.contains(&r)))
        .collect();
    if ctx.json {
        places.extend(others);
        where_::write_places(ctx, &places, out)?;
        return Ok(true);
    }
    where_::write_places(ctx, &places, out)?;
    if !others.is_empty() {
        let list: Vec<String> = others.iter().map(|p| where_::place_line(ctx, p)).collect();
        // A partner in two regions is one partner.
        let mut partners: Vec<(&str, Option<crate::model::PartnerKind>)> = others
            .iter()
            .map(|p| (p.partner.as_str(), p.kind))
            .collect();
        partners.sort_unstable();
        partners.dedup();
        let line = ctx
            .t
            .cli
            .also_partner
            .with(partners.len(), &[("list", &list.join("; "))]);
        writeln!(out, "{line}")?;
    }
    Ok(true)
}

/// The command `word` is probably a typing error of: at most one edit from a command name
/// of four letters or more, two from one of seven or more ("serach", "comapre").
fn mistyped_command<'a>(word: &str, commands: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    commands.iter().copied().find(|c| {
        let allowed = match c.chars().count() {
            0..=3 => 0,
            4..=6 => 1,
            _ => 2,
        };
        allowed > 0 && strsim::damerau_levenshtein(&word, c) <= allowed
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_typed_wrong_is_recognised_but_not_a_place() {
        let commands = ["list", "show", "where", "search", "compare", "validate"];
        assert_eq!(mistyped_command("serach", &commands), Some("search"));
        assert_eq!(mistyped_command("lsit", &commands), Some("list"));
        assert_eq!(mistyped_command("comapre", &commands), Some("compare"));
        assert_eq!(mistyped_command("twente", &commands), None);
        assert_eq!(mistyped_command("hengelo", &commands), None);
    }
}
