//! A bare word (`regioprofielen Hengelo`): not a command, so a question. It answers as
//! `where` does when a municipality, partner, area or region has that name, and otherwise
//! with what `search` finds.

use std::io::Write;

use super::{CliError, Ctx, Outcome, search, where_};
use crate::i18n::fill;
use crate::lookup::{name_key, where_is};

/// As many results as `search` gives by default.
const LIMIT: usize = 10;

/// Answers `words` as `where`, or as `search` when `where` finds nothing; `commands` are
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
