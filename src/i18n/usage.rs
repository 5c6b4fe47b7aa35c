//! What the command line says when its arguments are wrong, in Dutch and English: the
//! argument parser's own messages are English, so `crate::cli::arg_error` renders each kind
//! of mistake with these. Reached through [`super::Lang::usage`].
//!
//! `{arg}`-style placeholders are filled in by [`super::fill`]; what the user typed is cut
//! and made printable first.

use super::Lang;
use super::plural::Counted;

/// Messages about wrong arguments, in one language.
#[derive(Debug)]
pub struct UsageTexts {
    /// An argument that is not one of the command's: `{arg}`.
    pub unknown_argument: &'static str,
    /// After an unknown argument or value: the one meant, `{suggestion}`.
    pub did_you_mean: &'static str,
    /// How to give a value that starts with a dash: `{arg}`.
    pub dash_value: &'static str,
    /// A value the option does not take: `{value}`, `{arg}`.
    pub invalid_value: &'static str,
    /// An option without its value: `{arg}`.
    pub value_missing: &'static str,
    /// The values an option takes: `{values}`.
    pub possible_values: &'static str,
    /// Required arguments that are missing: `{args}`.
    pub missing: &'static str,
    /// Too few values: `{arg}`, `{actual}`; counted by the least number, `{n}`.
    pub too_few: Counted,
    /// A value too many: `{value}` for `{arg}`.
    pub too_many: &'static str,
    /// Not the number of values an option takes: `{arg}`, `{actual}`; counted by `{n}`.
    pub wrong_number: Counted,
    /// Two arguments that cannot go together: `{arg}`, `{other}`.
    pub conflict: &'static str,
    /// An option that needs its value after "=": `{arg}`.
    pub no_equals: &'static str,
    /// An argument that is not UTF-8 text.
    pub invalid_utf8: &'static str,
    /// A command is needed.
    pub missing_command: &'static str,
    /// Any other mistake in the arguments.
    pub other: &'static str,
    /// Where to read more: `{command}`.
    pub more: &'static str,
}

impl Lang {
    /// The messages about wrong arguments in this language.
    pub fn usage(self) -> &'static UsageTexts {
        match self {
            Lang::Nl => &USAGE_NL,
            Lang::En => &USAGE_EN,
        }
    }
}

/// Nederlands.
pub static USAGE_NL: UsageTexts = UsageTexts {
    unknown_argument: "onbekend argument '{arg}'",
    did_you_mean: "bedoelde je '{suggestion}'?",
    dash_value: "een waarde die met - begint, komt na --: '-- {arg}'",
    invalid_value: "ongeldige waarde '{value}' voor {arg}",
    value_missing: "{arg} heeft een waarde nodig",
    possible_values: "mogelijk: {values}",
    missing: "ontbreekt: {args}",
    too_few: Counted::nl(
        "{arg} heeft minstens 1 waarde nodig, er is er {actual}",
        "{arg} heeft minstens {n} waarden nodig, gegeven: {actual}",
    ),
    too_many: "een waarde te veel voor {arg}: '{value}'",
    wrong_number: Counted::nl(
        "{arg} neemt 1 waarde, gegeven: {actual}",
        "{arg} neemt {n} waarden, gegeven: {actual}",
    ),
    conflict: "{arg} gaat niet samen met {other}",
    no_equals: "{arg} wil zijn waarde na een '=': {arg}=…",
    invalid_utf8: "een argument is geen geldige UTF-8-tekst",
    missing_command: "geef een commando",
    other: "de argumenten kloppen niet",
    more: "Meer uitleg: {command} --help",
};

/// English.
pub static USAGE_EN: UsageTexts = UsageTexts {
    unknown_argument: "unknown argument '{arg}'",
    did_you_mean: "did you mean '{suggestion}'?",
    dash_value: "a value that starts with - goes after --: '-- {arg}'",
    invalid_value: "invalid value '{value}' for {arg}",
    value_missing: "{arg} needs a value",
    possible_values: "possible: {values}",
    missing: "missing: {args}",
    too_few: Counted::en(
        "{arg} needs at least 1 value, got {actual}",
        "{arg} needs at least {n} values, got {actual}",
    ),
    too_many: "one value too many for {arg}: '{value}'",
    wrong_number: Counted::en(
        "{arg} takes 1 value, got {actual}",
        "{arg} takes {n} values, got {actual}",
    ),
    conflict: "{arg} cannot be used with {other}",
    no_equals: "{arg} wants its value after an '=': {arg}=…",
    invalid_utf8: "an argument is not valid UTF-8 text",
    missing_command: "give a command",
    other: "the arguments are not right",
    more: "More: {command} --help",
};
