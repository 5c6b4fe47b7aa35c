//! From the process's arguments to a [`Cli`], in the user's language: the language is known
//! before parsing (from `--lang` or the locale), so the help and the argument errors speak
//! it; a word that is no command is put behind the hidden command [`BARE`]; the parser's
//! own English words (the help's headings, "Print help", "`[OPTIONS]`") are replaced.

use std::ffi::{OsStr, OsString};

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};

use super::args::{BARE, Cli};
use crate::i18n::{HelpTexts, Lang};

/// The interface language the arguments ask for with `--lang`, or else the locale's (`get`
/// reads an environment variable, see [`Lang::from_locale`]). Read before parsing, so that
/// the help and the errors of the parse itself are in that language.
pub fn lang_of(args: &[OsString], get: impl Fn(&str) -> Option<String>) -> Lang {
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut asked = None;
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => rest.next(),
            Some(v) => v.strip_prefix('=').map(|v| v.to_string().into()),
            None => None,
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_id) {
            asked = Some(lang);
        }
    }
    asked.unwrap_or_else(|| Lang::from_locale(get))
}

/// The command line, its help and usage in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let h = lang.help();
    let mut cmd = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .max_term_width(100)
        .about(h.about)
        .long_about(h.long_about)
        .after_help(h.after_help)
        .subcommand_help_heading(h.commands_heading)
        .subcommand_value_name(h.command_placeholder)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true)
                .help(h.help_flag),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(h.version_flag),
        );
    cmd = localise(cmd, "", h);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| {
            let about = h.command(&name).unwrap_or_default();
            localise(sub.about(about), &name, h)
        });
    }
    // Usage lines as the parser makes them, with its English placeholders translated: they
    // stay right whatever arguments a command gets.
    cmd.build();
    let usage = |c: &mut clap::Command| -> String {
        let text = c.render_usage().to_string();
        let text = text.strip_prefix("Usage: ").unwrap_or(&text).to_string();
        text.replace("[OPTIONS]", h.options_placeholder)
    };
    let root = usage(&mut cmd);
    let mut subs = Vec::new();
    for sub in cmd.get_subcommands_mut() {
        subs.push((sub.get_name().to_string(), usage(sub)));
    }
    cmd = cmd.override_usage(root);
    for (name, line) in subs {
        cmd = cmd.mut_subcommand(&name, |sub| sub.override_usage(line));
    }
    cmd
}

/// The help's template, help and value names of one command's own arguments (`name` "" for
/// the root, whose arguments every command takes).
fn localise(cmd: clap::Command, name: &str, h: &HelpTexts) -> clap::Command {
    let heading = |arg: &Arg| {
        if name.is_empty() {
            h.global_heading
        } else if arg.is_positional() {
            h.arguments_heading
        } else {
            h.options_heading
        }
    };
    let ids: Vec<(String, &'static str)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), heading(a)))
        .collect();
    let template = help_template(h);
    let mut cmd = cmd.help_template(template);
    for (id, heading) in ids {
        let Some((value_name, help)) = h.arg(name, &id) else {
            // The flags added here have their help already.
            cmd = cmd.mut_arg(&id, |a| a.help_heading(heading));
            continue;
        };
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help(help).help_heading(heading);
            if value_name.is_empty() {
                return a;
            }
            // The help text names the values and the default itself, in its language.
            a.value_name(value_name)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    cmd
}

/// The parser's own template with its one English word, "Usage", translated.
fn help_template(h: &HelpTexts) -> StyledStr {
    let style = clap::builder::Styles::default();
    let usage = style.get_usage();
    let text = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        h.usage_heading,
        usage.render_reset()
    );
    StyledStr::from(text)
}

/// The arguments with [`BARE`] put before a first word that is no command (`regioprofielen
/// Hengelo` asks where Hengelo is), and `help [COMMAND]` turned into `[COMMAND] --help`.
/// Options before the word are passed over, with the value of those that take one.
pub fn rewrite(mut args: Vec<OsString>, cmd: &clap::Command) -> Vec<OsString> {
    let takes_value = |flag: &str| {
        cmd.get_arguments().any(|a| {
            let named = a.get_long().is_some_and(|l| flag == format!("--{l}"))
                || a.get_short().is_some_and(|s| flag == format!("-{s}"));
            named && a.get_action().takes_values()
        })
    };
    let is_command = |word: &OsStr| {
        cmd.get_subcommands()
            .any(|s| OsStr::new(s.get_name()) == word)
    };
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg.starts_with('-') && arg != "-" {
            i += if takes_value(&arg) { 2 } else { 1 };
            continue;
        }
        if is_command(&args[i]) {
            break;
        }
        if arg == "help" {
            let next_is_command = args.get(i + 1).is_some_and(|next| is_command(next));
            if next_is_command {
                args.swap(i, i + 1);
                args[i + 1] = "--help".into();
            } else {
                args[i] = "--help".into();
            }
            break;
        }
        args.insert(i, BARE.into());
        break;
    }
    args
}

/// Parses `args` (the program's name first) with the command line in `lang`.
pub fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli, clap::Error> {
    // Arguments that parse, without asking for help or the version, need none of the help's
    // words: parse them with the plain command first. Making the localised one renders every
    // command's usage line, which would cost a short command a good part of its run.
    let plain = plain_command();
    let quick = rewrite(args.clone(), &plain);
    if let Ok(matches) = plain.try_get_matches_from(quick) {
        if let Ok(cli) = Cli::from_arg_matches(&matches) {
            return Ok(cli);
        }
    }
    let mut cmd = command(lang);
    let args = rewrite(args, &cmd);
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// The command line with the same arguments as [`command`], without its localised help:
/// enough to parse arguments that ask for no help.
fn plain_command() -> clap::Command {
    Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
}

/// The names of the commands a user can type (not [`BARE`]).
pub fn command_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("regioprofielen")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    fn rewritten(words: &[&str]) -> Vec<String> {
        let cmd = command(Lang::Nl);
        rewrite(args(words), &cmd)
            .into_iter()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn every_argument_and_command_has_its_help_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let h = lang.help();
            let cmd = Cli::command();
            for arg in cmd.get_arguments() {
                assert!(
                    h.arg("", arg.get_id().as_str()).is_some(),
                    "{lang:?} {arg:?}"
                );
            }
            for sub in cmd.get_subcommands() {
                let name = sub.get_name();
                assert!(h.command(name).is_some(), "{lang:?}: {name}");
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    assert!(h.arg(name, id).is_some(), "{lang:?}: {name} {id}");
                }
            }
        }
    }

    #[test]
    fn a_word_that_is_no_command_becomes_a_question() {
        assert_eq!(rewritten(&["Hengelo"]), [BARE, "Hengelo"]);
        assert_eq!(rewritten(&["den", "bosch"]), [BARE, "den", "bosch"]);
        assert_eq!(
            rewritten(&["--lang", "en", "--data", "x.ron", "twente", "--json"]),
            ["--lang", "en", "--data", "x.ron", BARE, "twente", "--json"]
        );
        assert_eq!(
            rewritten(&["--json", "where", "x"]),
            ["--json", "where", "x"]
        );
        assert_eq!(rewritten(&["--lang=en", "list"]), ["--lang=en", "list"]);
        assert_eq!(rewritten(&["--", "list"]), ["--", "list"]);
        assert!(rewritten(&[]).is_empty());
        assert_eq!(rewritten(&["help"]), ["--help"]);
        assert_eq!(rewritten(&["help", "where"]), ["where", "--help"]);
        assert_eq!(rewritten(&["help", "Hengelo"]), ["--help", "Hengelo"]);
    }

    #[test]
    fn lang_comes_from_the_option_before_the_locale() {
        let locale =
            |value: &'static str| move |name: &str| (name == "LANG").then(|| value.to_string());
        assert_eq!(lang_of(&args(&[]), locale("en_US.UTF-8")), Lang::En);
        assert_eq!(
            lang_of(&args(&["--lang", "nl"]), locale("en_US.UTF-8")),
            Lang::Nl
        );
        assert_eq!(
            lang_of(&args(&["x", "--lang=en"]), locale("nl_NL")),
            Lang::En
        );
        assert_eq!(lang_of(&args(&["--lang", "fr"]), locale("en_GB")), Lang::En);
        assert_eq!(
            lang_of(&args(&["--", "--lang", "en"]), locale("C")),
            Lang::Nl
        );
        assert_eq!(lang_of(&args(&["--language", "en"]), locale("C")), Lang::Nl);
    }

    #[test]
    fn parses_in_either_language() {
        for lang in [Lang::Nl, Lang::En] {
            let cli = parse(args(&["where", "Hengelo", "--json"]), lang).expect("parses");
            assert!(cli.json);
            assert!(matches!(
                cli.command,
                Some(super::super::Command::Where { .. })
            ));
            let cli = parse(args(&["Hengelo"]), lang).expect("parses");
            assert!(matches!(
                cli.command,
                Some(super::super::Command::Bare { .. })
            ));
        }
    }
}
