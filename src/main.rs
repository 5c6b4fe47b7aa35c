//! The `regioprofielen` binary: parse the arguments, run a command or open the explorer, and
//! decide the exit status (0 done, 1 not found or ambiguous, 2 bad data or usage, and a name
//! `show` cannot resolve).

use std::io::{self, Write};
use std::process::ExitCode;

use regioprofielen::cli::{self, CliError, Command, Ctx, Outcome, Style};
use regioprofielen::i18n::ErrorTexts;
use regioprofielen::load;

fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first, so that the help and the argument errors speak it.
    let lang = cli::parse::lang_of(&argv, |name| std::env::var(name).ok());
    let args = match cli::parse::parse(argv, lang) {
        Ok(a) => a,
        Err(e) => {
            cli::print_clap_error(&e, lang);
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let lang = args.lang.unwrap_or(lang);
    let t = lang.texts();
    let errors = lang.errors();
    // Before any file is opened: with descriptor 1 closed, the next file opened would get it,
    // and the output would go there (or nowhere, silently).
    if cli::stdout_is_closed() {
        let _ = writeln!(io::stderr(), "regioprofielen: {}", errors.stdout_closed);
        return ExitCode::from(2);
    }
    let loaded = match &args.command {
        // `validate` reads its own file; it needs no dataset.
        Some(Command::Validate { .. }) => None,
        command => {
            let lines = command.as_ref().is_none_or(|c| c.shows_lines());
            Some(load::load(
                args.data.as_deref(),
                args.source.as_deref(),
                lines,
            ))
        }
    };
    let loaded = match loaded {
        Some(Ok(l)) => Some(l),
        Some(Err(e)) => return fail(t.cli.data_error, &CliError::Load(e), errors),
        None => None,
    };
    let Some(command) = &args.command else {
        let Some(loaded) = loaded else {
            return ExitCode::from(2);
        };
        return explore(loaded, lang);
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = match (command, &loaded) {
        (Command::Validate { file }, _) => {
            cli::validate_file(t, file.as_deref(), args.data.as_deref()).and_then(|file| {
                cli::validate(t, args.json, file, args.source.as_deref(), &mut out)
            })
        }
        (c, Some(loaded)) => {
            let ctx = Ctx {
                data: &loaded.data,
                source: loaded.source.as_ref(),
                t,
                style: Style::detect(),
                json: args.json,
            };
            cli::run(&ctx, c, &mut out)
        }
        (_, None) => return ExitCode::from(2),
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(Outcome::Done), Ok(())) => ExitCode::SUCCESS,
        (Ok(Outcome::NotFound), Ok(())) => ExitCode::from(1),
        (Ok(Outcome::Unresolved), Ok(())) => ExitCode::from(2),
        // A closed pipe (`| head`) is the reader's choice, not an error.
        (Err(CliError::Io(e)), _) | (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        (Err(e @ CliError::Load(_)), _) => fail(t.cli.data_error, &e, errors),
        (Err(e), _) => fail("", &e, errors),
        (_, Err(e)) => fail("", &CliError::Io(e), errors),
    }
}

/// Prints an error to stderr in the user's language and gives exit status 2.
fn fail(prefix: &str, e: &CliError, errors: &ErrorTexts) -> ExitCode {
    let mut err = io::stderr().lock();
    let message = e.describe(errors);
    let _ = if prefix.is_empty() {
        writeln!(err, "regioprofielen: {message}")
    } else {
        writeln!(err, "regioprofielen: {prefix}: {message}")
    };
    ExitCode::from(2)
}

/// Opens the interactive explorer.
fn explore(loaded: load::Loaded, lang: regioprofielen::i18n::Lang) -> ExitCode {
    let t = lang.texts();
    if !regioprofielen::tui::is_terminal() {
        let _ = writeln!(io::stderr(), "regioprofielen: {}", t.not_a_terminal);
        return ExitCode::from(2);
    }
    match regioprofielen::tui::run(loaded.data, loaded.source, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "regioprofielen: {e}");
            ExitCode::from(2)
        }
    }
}
