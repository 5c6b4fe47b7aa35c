//! The command line: every flag and subcommand. What `--help` says of them, in the user's
//! language, is put in by [`super::parse::command`] from `crate::i18n::help`; the doc
//! comments here are for readers of the code (a test checks every argument gets its
//! localised help).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

/// The parsed command line.
#[derive(Debug, Parser)]
#[command(name = "regioprofielen", version)]
pub struct Cli {
    /// Another data file (RON, same schema) instead of the built-in data.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// The source text every quote is located in (default: the `source` path of the data
    /// file; for the built-in data the built-in document).
    #[arg(long, global = true, value_name = "TEXT")]
    pub source: Option<PathBuf>,
    /// The interface language; without it, the environment's (see `Lang::from_locale`).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// JSON output, for scripts.
    #[arg(long, global = true)]
    pub json: bool,
    /// The subcommand; without one, the explorer opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Regions with title, partner count and themes.
    List {
        /// Only regions with this theme: an id or a label (repeatable: all of them).
        #[arg(long = "theme", value_name = "THEME")]
        themes: Vec<String>,
        /// With several `--theme`: one of them is enough.
        #[arg(long)]
        any: bool,
        /// What the cover text says of all profiles (○) counts too, not only own tags (●).
        #[arg(long)]
        general: bool,
        /// Only regions in ROUTE OOST.
        #[arg(long)]
        route_oost: bool,
    },
    /// One region's whole profile, or a part of the cover text whole.
    Show {
        /// The region (id, name, alias or a unique beginning) or the part of the cover text
        /// (see `crate::parts`); words are joined.
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        region: Vec<String>,
    },
    /// Which region(s) a municipality or partner is in; a region's own name answers too.
    Where {
        /// The name (words are joined).
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        name: Vec<String>,
    },
    /// The themes with the number of regions per theme.
    Themes,
    /// Regions x themes.
    Matrix {
        /// Output format.
        #[arg(long, value_enum, default_value_t = MatrixFormat::Text, value_name = "FORMAT")]
        format: MatrixFormat,
    },
    /// The whole dataset in one format.
    Export {
        /// Output format (`--json` means json).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ExportFormat>,
        /// A file to write (atomically) instead of the standard output; `-` is the latter.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check a data file; with a source text, every quote not verbatim in it too.
    Validate {
        /// The file; without it, the file `--data` names (both is a usage error: see
        /// [`super::validate_file`]).
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
    /// Search every field, best first.
    Search {
        /// The query; every word must match.
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// The most results (at least 1).
        #[arg(long, default_value = "10", value_name = "N")]
        limit: std::num::NonZeroUsize,
    },
    /// The map: every partner municipality on the map of the Netherlands, as Braille text,
    /// SVG or JSON (Natural Earth, public domain; GeoNames, CC BY 4.0).
    Map {
        /// Output format (`--json` means json).
        #[arg(long, value_enum, default_value_t = MapFormat::Text, value_name = "FORMAT")]
        format: MapFormat,
        /// Width of the text map in characters (20 to 400); its height follows the country.
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(20..=400), value_name = "N")]
        width: u16,
        /// Highlight this region (id, name or unique beginning).
        #[arg(long, value_name = "ID")]
        region: Option<String>,
        /// A file to write (atomically) instead of the standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// A region's quotes for a theme (or for all its themes), with their lines in the
    /// source text.
    Cite {
        /// The region (id, name, alias or unique beginning).
        #[arg(value_name = "REGION")]
        region: String,
        /// The theme (id or label, or a unique beginning); without it, all the region's.
        #[arg(value_name = "THEME")]
        theme: Option<String>,
    },
    /// Compare two to four regions.
    Compare {
        /// Two to four regions (id, name or unique beginning).
        #[arg(required = true, num_args = 2..=4, value_name = "REGION")]
        regions: Vec<String>,
    },
    /// A bare word, put in front of it by [`super::parse`]: answered as `where`, or as
    /// `search` when `where` finds nothing. Never shown in the help as a command of its own.
    #[command(name = BARE, hide = true)]
    Bare {
        /// The words.
        #[arg(required = true, num_args = 1.., value_name = "NAME")]
        words: Vec<String>,
    },
}

impl Command {
    /// Whether the command's output cites the source document by line (so the built-in
    /// document must be read): not for answers that quote nothing.
    pub fn shows_lines(&self) -> bool {
        !matches!(
            self,
            Command::Where { .. } | Command::List { .. } | Command::Map { .. }
        )
    }
}

/// The name of [`Command::Bare`], which [`super::parse`] puts before a bare word. Nobody
/// types it: a word that is no command becomes a question without it.
pub const BARE: &str = "ask";

/// Output formats of `matrix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    /// A table for the terminal.
    Text,
    /// Comma-separated values.
    Csv,
    /// A Markdown table.
    Md,
    /// JSON.
    Json,
}

/// Output formats of `map`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapFormat {
    /// Braille text for the terminal.
    Text,
    /// An SVG picture.
    Svg,
    /// Every municipality with its regions and point, as JSON.
    Json,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// JSON with the RON's field names.
    Json,
    /// RON, the data format itself.
    Ron,
    /// A readable Markdown document.
    Md,
    /// One CSV row per region.
    Csv,
}
