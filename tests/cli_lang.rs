//! The help and the argument errors in the user's language, through the real binary: Dutch
//! by default, English with `--lang en` or an English locale (LC_ALL, LC_MESSAGES, LANG),
//! and none of the argument parser's own English words in the Dutch.

mod cli_support;

use cli_support::{err, out, run_in};
use std::process::Output;

fn run(args: &[&str]) -> Output {
    run_in(&[], args)
}

/// The argument parser's English, which the Dutch must not show.
const PARSER_ENGLISH: [&str; 16] = [
    "Usage",
    "Options",
    "Commands",
    "Arguments",
    "Print help",
    "Print version",
    "[OPTIONS]",
    "[COMMAND]",
    "error:",
    "tip:",
    "For more information",
    "possible values",
    "default:",
    "unexpected argument",
    "a similar",
    "required",
];

/// Words only the Dutch has, which the English must not show.
const DUTCH: [&str; 6] = [
    "Gebruik",
    "Opties",
    "Commando",
    "Argumenten",
    "Hulp tonen",
    "Algemene opties",
];

fn assert_dutch(text: &str, what: &str) {
    for word in PARSER_ENGLISH {
        assert!(!text.contains(word), "{what}: {word:?} in\n{text}");
    }
}

fn assert_english(text: &str, what: &str) {
    for word in DUTCH {
        assert!(!text.contains(word), "{what}: {word:?} in\n{text}");
    }
}

/// Every way to ask for help: the program's, each command's, short and long.
fn help_asks() -> Vec<Vec<String>> {
    let mut asks = vec![
        vec!["-h".to_string()],
        vec!["--help".to_string()],
        vec!["help".to_string()],
    ];
    for name in regioprofielen::cli::parse::command_names() {
        asks.push(vec![name.clone(), "-h".into()]);
        asks.push(vec![name.clone(), "--help".into()]);
        asks.push(vec!["help".into(), name]);
    }
    asks
}

#[test]
fn help_is_dutch_by_default_down_to_the_parsers_words() {
    for ask in help_asks() {
        let args: Vec<&str> = ask.iter().map(String::as_str).collect();
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let text = out(&o);
        assert_dutch(&text, &format!("{args:?}"));
        assert!(text.contains("Gebruik: regioprofielen"), "{args:?}: {text}");
        assert!(text.contains("Hulp tonen"), "{args:?}: {text}");
    }
    // The short help starts with the Dutch line that says what the program is.
    let short = out(&run(&["-h"]));
    assert!(
        short.starts_with("Verken de culturele profielen van de stedelijke regio's"),
        "{short}"
    );
    assert!(short.contains("Commando's:") && short.contains("Algemene opties:"));
    let long = out(&run(&["--help"]));
    assert!(
        long.contains("Gebruik: regioprofielen [OPTIES] [COMMANDO]"),
        "{long}"
    );
    assert!(long.contains("Een woord dat geen commando is, is een vraag"));
    let list = out(&run(&["list", "--help"]));
    assert!(
        list.contains("Gebruik: regioprofielen list [OPTIES]"),
        "{list}"
    );
    assert!(list.contains("--theme <THEMA>") && list.contains("Internationalisering"));
    let show = out(&run(&["show", "-h"]));
    assert!(show.contains("Argumenten:\n  <NAAM>..."), "{show}");
}

#[test]
fn help_is_english_with_lang_en_or_an_english_locale() {
    for ask in help_asks() {
        let mut args: Vec<&str> = vec!["--lang", "en"];
        args.extend(ask.iter().map(String::as_str));
        let text = out(&run(&args));
        assert_english(&text, &format!("{args:?}"));
        assert!(text.contains("Usage: regioprofielen"), "{args:?}: {text}");
    }
    let short = out(&run(&["--lang", "en", "-h"]));
    assert!(short.starts_with("Explore the cultural profiles of the Dutch urban regions"));
    assert!(short.contains("Options of every command:") && short.contains("Show the help"));
    // After the command too.
    let text = out(&run(&["where", "--help", "--lang", "en"]));
    assert!(text.contains("Which region(s) a municipality"), "{text}");
    assert!(text.contains("<NAME>..."), "{text}");

    let english = out(&run_in(&[("LANG", "en_US.UTF-8")], &["--help"]));
    assert_eq!(english, out(&run(&["--lang", "en", "--help"])));
    let dutch = out(&run(&["--help"]));
    for locale in [
        &[("LANG", "nl_NL.UTF-8")][..],
        &[("LANG", "C.UTF-8")],
        &[("LANG", "de_DE.UTF-8")],
        &[("LC_ALL", "nl_NL.UTF-8"), ("LANG", "en_US.UTF-8")],
    ] {
        assert_eq!(out(&run_in(locale, &["--help"])), dutch, "{locale:?}");
    }
    for locale in [
        &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_NL.UTF-8")][..],
        &[("LC_MESSAGES", "en_IE.UTF-8")],
    ] {
        assert_eq!(out(&run_in(locale, &["--help"])), english, "{locale:?}");
    }
    // --lang wins over the locale.
    let o = run_in(&[("LANG", "en_US.UTF-8")], &["--lang", "nl", "--help"]);
    assert_eq!(out(&o), dutch);
}

#[test]
fn the_locale_sets_the_language_of_the_answers_too() {
    let o = run_in(&[("LANG", "en_US.UTF-8")], &["where", "Hengelo"]);
    assert_eq!(out(&o), "Hengelo (municipality) → Twente [twente]\n");
    let o = run_in(&[("LANG", "nl_NL.UTF-8")], &["where", "Hengelo"]);
    assert_eq!(out(&o), "Hengelo (gemeente) → Twente [twente]\n");
    let o = run_in(
        &[("LANG", "en_US.UTF-8")],
        &["--lang", "nl", "where", "Hengelo"],
    );
    assert_eq!(out(&o), "Hengelo (gemeente) → Twente [twente]\n");
}

/// Argument errors, each with what the Dutch and the English message must say.
const MISTAKES: [(&[&str], &str, &str); 9] = [
    (
        &["list", "--thme", "x"],
        "onbekend argument '--thme'\n  bedoelde je '--theme'?",
        "unknown argument '--thme'\n  did you mean '--theme'?",
    ),
    (&["where"], "ontbreekt: <NAAM>...", "missing: <NAME>..."),
    (
        &["compare", "twente"],
        "<REGIO> <REGIO>... heeft minstens 2 waarden nodig, gegeven: 1",
        "<REGION> <REGION>... needs at least 2 values, got 1",
    ),
    (
        &["compare", "a", "b", "c", "d", "e"],
        "een waarde te veel voor <REGIO> <REGIO>...: 'e'",
        "one value too many for <REGION> <REGION>...: 'e'",
    ),
    (
        &["search", "x", "--limit", "0"],
        "ongeldige waarde '0' voor --limit <AANTAL>\n  --limit: Maximaal aantal resultaten, minstens 1",
        "invalid value '0' for --limit <N>\n  --limit: The most results, at least 1",
    ),
    (
        &["matrix", "--format", "xls"],
        "ongeldige waarde 'xls' voor --format <FORMAAT>\n  mogelijk: text, csv, md, json",
        "invalid value 'xls' for --format <FORMAT>\n  possible: text, csv, md, json",
    ),
    (
        &["export", "--output"],
        "--output <BESTAND> heeft een waarde nodig",
        "--output <FILE> needs a value",
    ),
    (
        &["list", "--any=ja"],
        "een waarde te veel voor --any: 'ja'",
        "one value too many for --any: 'ja'",
    ),
    (
        &["themes", "extra"],
        "onbekend argument 'extra'",
        "unknown argument 'extra'",
    ),
];

#[test]
fn argument_errors_speak_the_language_and_exit_2() {
    for (args, dutch, english) in MISTAKES {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let e = err(&o);
        assert!(e.starts_with("regioprofielen: "), "{args:?}: {e}");
        assert!(e.contains(dutch), "{args:?}: {e}");
        assert_dutch(&e, &format!("{args:?}"));

        let mut en = vec!["--lang", "en"];
        en.extend_from_slice(args);
        let e = err(&run(&en));
        assert!(e.contains(english), "{en:?}: {e}");
        assert_english(&e, &format!("{en:?}"));
        let e = err(&run_in(&[("LANG", "en_US.UTF-8")], args));
        assert!(e.contains(english), "{args:?} under LANG=en_US: {e}");
    }
    // Where the parser has the command's usage, it follows, with where to read more.
    let e = err(&run(&["list", "--foo"]));
    assert!(
        e.ends_with(
            "\n\nGebruik: regioprofielen list [OPTIES]\nMeer uitleg: regioprofielen list --help\n"
        ),
        "{e}"
    );
    let e = err(&run(&["--lang", "en", "where"]));
    assert!(
        e.ends_with("\n\nUsage: regioprofielen where [OPTIONS] <NAME>...\nMore: regioprofielen where --help\n"),
        "{e}"
    );
    // An unknown --lang is reported in the locale's language.
    let e = err(&run(&["--lang", "fr", "list"]));
    assert!(
        e.contains("ongeldige waarde 'fr' voor --lang <TAAL>\n  mogelijk: nl, en"),
        "{e}"
    );
    let e = err(&run_in(
        &[("LANG", "en_GB.UTF-8")],
        &["--lang", "fr", "list"],
    ));
    assert!(e.contains("invalid value 'fr' for --lang <LANG>"), "{e}");
}

#[test]
fn the_version_is_the_programs() {
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        out(&o),
        format!("regioprofielen {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(out(&run(&["-V"])), out(&o));
}
