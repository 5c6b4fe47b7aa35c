//! Argument errors in the user's language. The parser knows what went wrong (the kind of
//! mistake, the argument, the value, what would be right); its sentences are English, so
//! each kind is put in words here from `crate::i18n::usage`. What the user typed is cut and
//! made printable ([`crate::text::echo`]) before it is repeated.

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::{Lang, fill};
use crate::text::echo;

/// The message for an argument error `e` (not for `--help` or `--version`, which are no
/// errors), in `lang`: what is wrong, a hint where the parser has one, the usage line of the
/// command and where to read more. Every line but the first is for after it.
pub fn describe(e: &clap::Error, lang: Lang) -> String {
    let u = lang.usage();
    let get = |kind: ContextKind| -> Option<String> {
        Some(match e.get(kind)? {
            ContextValue::String(s) => s.clone(),
            ContextValue::Strings(v) => v.join(", "),
            ContextValue::StyledStr(s) => s.to_string(),
            ContextValue::StyledStrs(v) => {
                let all: Vec<String> = v.iter().map(ToString::to_string).collect();
                all.join(", ")
            }
            ContextValue::Number(n) => n.to_string(),
            _ => return None,
        })
    };
    let number = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::Number(n)) => usize::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    // The user's own words are cut; the parser's names of arguments are the program's.
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let typed_arg = echo(&arg).into_owned();
    let value = echo(&get(ContextKind::InvalidValue).unwrap_or_default()).into_owned();
    let actual = number(ContextKind::ActualNumValues).to_string();
    let mut hints = Vec::new();
    let suggestion = get(ContextKind::SuggestedArg)
        .or_else(|| get(ContextKind::SuggestedValue))
        .or_else(|| get(ContextKind::SuggestedSubcommand));
    if let Some(suggestion) = &suggestion {
        hints.push(fill(u.did_you_mean, &[("suggestion", suggestion)]));
    }
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            if suggestion.is_none() && e.get(ContextKind::Suggested).is_some() {
                hints.push(fill(u.dash_value, &[("arg", &typed_arg)]));
            }
            fill(u.unknown_argument, &[("arg", &typed_arg)])
        }
        ErrorKind::InvalidSubcommand => {
            let sub = echo(&get(ContextKind::InvalidSubcommand).unwrap_or_default()).into_owned();
            fill(u.unknown_argument, &[("arg", &sub)])
        }
        ErrorKind::InvalidValue if value.is_empty() => fill(u.value_missing, &[("arg", &arg)]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            match get(ContextKind::ValidValue) {
                Some(valid) => hints.push(fill(u.possible_values, &[("values", &valid)])),
                // What the option takes, as its help says ("at least 1").
                None => hints.extend(option_help(&arg, lang)),
            }
            fill(u.invalid_value, &[("value", &value), ("arg", &arg)])
        }
        ErrorKind::MissingRequiredArgument => fill(u.missing, &[("args", &arg)]),
        ErrorKind::TooFewValues => u.too_few.with(
            number(ContextKind::MinValues),
            &[("arg", &arg), ("actual", &actual)],
        ),
        ErrorKind::WrongNumberOfValues => u.wrong_number.with(
            number(ContextKind::ExpectedNumValues),
            &[("arg", &arg), ("actual", &actual)],
        ),
        ErrorKind::TooManyValues => fill(u.too_many, &[("value", &value), ("arg", &arg)]),
        ErrorKind::ArgumentConflict => {
            let other = get(ContextKind::PriorArg).unwrap_or_default();
            fill(u.conflict, &[("arg", &arg), ("other", &other)])
        }
        ErrorKind::NoEquals => fill(u.no_equals, &[("arg", &arg)]),
        ErrorKind::InvalidUtf8 => u.invalid_utf8.to_string(),
        ErrorKind::MissingSubcommand => u.missing_command.to_string(),
        _ => u.other.to_string(),
    };
    let mut out = message;
    for hint in hints {
        out.push_str("\n  ");
        out.push_str(&hint);
    }
    let usage = get(ContextKind::Usage).unwrap_or_default();
    // The parser puts its English title before the usage line; the line itself is ours.
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
    if !usage.is_empty() {
        let command: Vec<&str> = usage
            .split(' ')
            .take_while(|w| !w.starts_with(['[', '<']))
            .collect();
        out.push_str(&format!("\n\n{} {usage}\n", lang.help().usage_heading));
        out.push_str(&fill(u.more, &[("command", &command.join(" "))]));
    }
    out
}

/// The help of the option that `arg` ("--limit <AANTAL>") names, as "--limit: …".
fn option_help(arg: &str, lang: Lang) -> Option<String> {
    let flag = arg.split(' ').next()?;
    lang.help()
        .args
        .iter()
        .find(|(_, id, _, _)| flag == format!("--{}", id.replace('_', "-")))
        .map(|(_, _, _, help)| format!("{flag}: {help}"))
}
