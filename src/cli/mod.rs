//! The non-interactive commands: pure functions over a [`Dataset`] that write to any
//! `impl Write` and return an [`Outcome`]; only `main` turns outcomes into exit codes.

mod args;
mod cite;
mod data;
mod list;
mod matrix;
pub mod search;
mod show;
mod style;
mod where_;

use std::io::{self, Write};

pub use args::{Cli, Command, ExportFormat, MatrixFormat};
pub use style::Style;

use crate::i18n::Texts;
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
}

/// A command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The data file is bad.
    #[error(transparent)]
    Load(#[from] LoadError),
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
        Command::Search { query, limit } => search::search(ctx, &query.join(" "), *limit, out),
        Command::Cite { region, theme } => cite::cite(ctx, region, theme.as_deref(), out),
        Command::Validate { file } => data::validate(ctx.t, ctx.json, file, None, out),
    }
}

pub use data::validate;

/// Resolves a region reference for a command, writing the "not found"/"ambiguous" message
/// itself; `None` means the command should end with [`Outcome::NotFound`].
fn resolve_or_report(ctx: &Ctx, query: &str, out: &mut impl Write) -> io::Result<Option<usize>> {
    let data = ctx.data;
    match resolve_region(data, query) {
        Resolution::Found(i) => Ok(Some(i)),
        Resolution::Ambiguous(cands) => {
            if ctx.json {
                let list: Vec<_> = cands
                    .iter()
                    .map(|&i| serde_json::json!({"id": data.regions[i].id, "name": data.regions[i].name}))
                    .collect();
                let v =
                    serde_json::json!({"error": "ambiguous", "query": query, "candidates": list});
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} \"{}\":",
                    ctx.t.ambiguous,
                    crate::text::clean(query)
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
                let v = serde_json::json!({"error": "not_found", "query": query});
                writeln!(out, "{v}")?;
            } else {
                writeln!(
                    out,
                    "{} \"{}\".",
                    ctx.t.region_not_found,
                    crate::text::clean(query)
                )?;
                let ids: Vec<&str> = data.regions.iter().map(|r| r.id.as_str()).collect();
                writeln!(out, "{}: {}", ctx.t.regions, ids.join(", "))?;
            }
            Ok(None)
        }
    }
}
