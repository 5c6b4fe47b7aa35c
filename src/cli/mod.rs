//! The non-interactive commands: pure functions over a [`Dataset`] that write to any
//! `impl Write` and return an [`Outcome`]; only `main` turns outcomes into exit codes.

pub mod arg_error;
mod args;
mod bare;
mod cite;
mod data;
mod list;
mod map;
mod matrix;
pub mod parse;
mod part;
pub mod search;
mod show;
mod style;
mod where_;

use std::io::{self, Write};

pub use args::{BARE, Cli, Command, ExportFormat, MapFormat, MatrixFormat};
pub use style::Style;

use crate::export::ExportError;
use crate::i18n::{ErrorTexts, Texts, fill};
use crate::load::LoadError;
use crate::lookup::{Resolution, resolve_region};
use crate::model::Dataset;
use crate::source::Source;

/// How a command ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It did what was asked (exit 0).
    Done,
    /// What was asked for was not found or was ambiguous (exit 1).
    NotFound,
    /// The name a command needs names nothing, or several things (exit 2, as bad usage):
    /// `show`, which then says what there is.
    Unresolved,
}

/// A command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The data file is bad.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// An export could not be written.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// Writing failed.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The arguments make no sense together.
    #[error("{0}")]
    Usage(String),
    /// CSV output failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// JSON output failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// RON output failed.
    #[error("ron: {0}")]
    Ron(#[from] ron::Error),
}

impl CliError {
    /// The message in the language of `t` (the errors that have one; the others as they
    /// are).
    pub fn describe(&self, t: &ErrorTexts) -> String {
        match self {
            Self::Load(e) => e.describe(t),
            Self::Export(e) => e.describe(t),
            // Commands write only to the standard output (files go through `Export`).
            Self::Io(e) => fill(t.stdout_failed, &[("error", &e.to_string())]),
            other => other.to_string(),
        }
    }
}

/// What every command gets: the data, the language, the output style and whether to emit JSON.
pub struct Ctx<'a> {
    /// The loaded dataset.
    pub data: &'a Dataset,
    /// Its source text, with where every quote stands in it, when there is one.
    pub source: Option<&'a Source>,
    /// Interface strings.
    pub t: &'static Texts,
    /// Colour or plain.
    pub style: Style,
    /// Emit JSON instead of text.
    pub json: bool,
}

/// Runs one subcommand (`validate` loads its own file, so it needs no dataset: see
/// [`validate`]).
pub fn run(ctx: &Ctx, command: &Command, out: &mut impl Write) -> Result<Outcome, CliError> {
    match command {
        Command::List {
            themes,
            any,
            general,
            route_oost,
        } => {
            let args = list::ListArgs {
                themes,
                any: *any,
                general: *general,
                route_oost: *route_oost,
            };
            list::list(ctx, &args, out)
        }
        Command::Show { region } => show::show(ctx, &region.join(" "), out),
        Command::Where { name } => where_::where_cmd(ctx, &name.join(" "), out),
        Command::Themes => matrix::themes(ctx, out),
        Command::Matrix { format } => matrix::matrix(ctx, *format, out),
        Command::Export { format, output } => data::export(ctx, *format, output.as_deref(), out),
        Command::Compare { regions } => show::compare(ctx, regions, out),
        Command::Map {
            format,
            width,
            region,
            output,
        } => {
            let args = map::MapArgs {
                format: *format,
                width: *width,
                region: region.as_deref(),
                output: output.as_deref(),
            };
            map::map(ctx, &args, out)
        }
        Command::Search { query, limit } => search::search(ctx, &query.join(" "), limit.get(), out),
        Command::Cite { region, theme } => cite::cite(ctx, region, theme.as_deref(), out),
        Command::Validate { file } => {
            let file = data::validate_file(ctx.t, file.as_deref(), None)?;
            data::validate(ctx.t, ctx.json, file, None, out)
        }
        Command::Bare { words } => {
            let names = parse::command_names();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            bare::bare(ctx, words, &names, out)
        }
    }
}

pub use data::{validate, validate_file};

/// Whether the standard output was closed when the program started (`list >&-`): writes
/// would vanish without an error. The standard library puts `/dev/null` in the place of a
/// closed descriptor 1 before `main`, opened for reading and writing; a shell's `>/dev/null`
/// opens it for writing only, so the two can be told apart.
pub fn stdout_is_closed() -> bool {
    #[cfg(unix)]
    {
        use rustix::fs::{OFlags, fcntl_getfl, fstat, major, minor};
        let out = io::stdout();
        let Ok(flags) = fcntl_getfl(&out) else {
            return true;
        };
        let read_write = flags & OFlags::RWMODE == OFlags::RDWR;
        let dev_null = fstat(&out).is_ok_and(|st| {
            let kind = st.st_mode & 0o170_000;
            kind == 0o020_000 && (major(st.st_rdev), minor(st.st_rdev)) == (1, 3)
        });
        read_write && dev_null
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Prints `--help` or `--version` (to the standard output), or an argument error in `lang`
/// (to the standard error, after the program's name, as every error).
pub fn print_clap_error(e: &clap::Error, lang: crate::i18n::Lang) {
    if !e.use_stderr() {
        let _ = e.print();
        return;
    }
    let _ = writeln!(
        io::stderr(),
        "regioprofielen: {}",
        arg_error::describe(e, lang)
    );
}

/// Resolves a region reference for a command, writing the "not found"/"ambiguous" message
/// itself; `None` means the command should end with [`Outcome::NotFound`].
fn resolve_or_report(
    ctx: &Ctx,
    query: &str,
    out: &mut impl Write,
) -> Result<Option<usize>, CliError> {
    if crate::lookup::name_key(query).is_empty() {
        return Err(CliError::Usage(ctx.t.lang.errors().empty_name.to_string()));
    }
    let data = ctx.data;
    match resolve_region(data, query) {
        Resolution::Found(i) => Ok(Some(i)),
        Resolution::Ambiguous(cands) => {
            if ctx.json {
                let list: Vec<_> = cands
                    .iter()
                    .map(|&i| serde_json::json!({"id": data.regions[i].id, "name": data.regions[i].name}))
                    .collect();
                let query = crate::text::cut(query, crate::text::ECHO_CHARS);
                let v =
                    serde_json::json!({"error": "ambiguous", "query": query, "candidates": list});
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} \"{}\":",
                    ctx.t.cli.ambiguous,
                    crate::text::echo(query)
                )?;
                for i in cands {
                    let r = &data.regions[i];
                    writeln!(out, "  {:<18} {}", r.id, r.name)?;
                }
            }
            Ok(None)
        }
        Resolution::NotFound => {
            if ctx.json {
                let query = crate::text::cut(query, crate::text::ECHO_CHARS);
                let v = serde_json::json!({"error": "not_found", "query": query});
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} \"{}\".",
                    ctx.t.cli.region_not_found,
                    crate::text::echo(query)
                )?;
                let ids: Vec<&str> = data.regions.iter().map(|r| r.id.as_str()).collect();
                writeln!(out, "{}: {}", ctx.t.regions, ids.join(", "))?;
            }
            Ok(None)
        }
    }
}
