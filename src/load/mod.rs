//! Loading a dataset: the embedded `assets/profiles.ron`, or a file of the same schema, with
//! validation that reports every problem and where it is.

mod index;
mod read;
mod sourced;
mod validate;

use std::fmt;
use std::path::Path;
use std::time::Duration;

pub use index::index;
pub use read::{PIPE_WAIT, node_kind, read_data};
pub use sourced::{
    EMBEDDED_SOURCE_NAME, EMBEDDED_SOURCE_TEXT, Loaded, embedded_source, load, with_source,
};
pub use validate::{Seen, evidence_stands, validate};

use crate::i18n::{ErrorTexts, Lang, NodeKind, fill};
use crate::model::Dataset;
use crate::text::{clean, printable_path};
use validate::sanitize;

/// The embedded dataset, compiled into the binary.
pub const EMBEDDED_RON: &str = include_str!("../../assets/profiles.ron");
/// The embedded dataset in postcard's compact form, made from [`EMBEDDED_RON`] by the build
/// script (`src/build.rs`), which fails the build when that file does not parse.
static EMBEDDED_COMPACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/profiles.postcard"));
/// The name used for the embedded data in messages.
pub const EMBEDDED_NAME: &str = "<ingebouwd>/assets/profiles.ron";
/// Larger data files are refused before parsing (the embedded file is about 60 KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// A dataset may have at most this many themes (the document has twelve): the matrix of
/// regions and themes, in the explorer and in every export, grows with their product.
pub const MAX_THEMES: usize = 64;

/// A dataset could not be loaded: what went wrong, and where. Every `path` is the file as
/// the user named it, made printable ([`printable_path`]).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes, when it has one (a pipe has not: more than `max` arrived).
        size: Option<u64>,
        /// The maximum.
        max: u64,
    },
    /// The file is empty or holds only whitespace.
    Empty {
        /// The file.
        path: String,
    },
    /// The file is not valid UTF-8 text.
    NotUtf8 {
        /// The file.
        path: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in characters) of the first invalid byte.
        column: usize,
    },
    /// The file holds a NUL byte: a binary file, not text.
    Binary {
        /// The file.
        path: String,
        /// 1-based line of the first NUL byte.
        line: usize,
        /// 1-based column (in characters) of the first NUL byte.
        column: usize,
    },
    /// The path is a directory, a device, a socket: nothing to read a dataset from.
    NotRegular {
        /// The path.
        path: String,
        /// What it is.
        kind: NodeKind,
    },
    /// A pipe stayed silent for longer than the loader waits.
    PipeSilent {
        /// The pipe.
        path: String,
        /// How long the loader waited.
        waited: Duration,
    },
    /// The text is not valid RON of the dataset's schema.
    Parse {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser expected or found.
        message: String,
    },
    /// The file parsed, but its content breaks the dataset's rules.
    Invalid {
        /// The file.
        path: String,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The message in the language of `t`.
    pub fn describe(&self, t: &ErrorTexts) -> String {
        let at = |template, path: &str, line: &usize, column: &usize| {
            fill(
                template,
                &[
                    ("path", path),
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                ],
            )
        };
        match self {
            Self::Io { path, source } => fill(
                t.read_failed,
                &[("path", path), ("error", &source.to_string())],
            ),
            Self::TooLarge { path, size, max } => {
                let max = max.to_string();
                match size {
                    Some(size) => fill(
                        t.too_large,
                        &[("path", path), ("size", &size.to_string()), ("max", &max)],
                    ),
                    None => fill(t.larger_than, &[("path", path), ("max", &max)]),
                }
            }
            Self::Empty { path } => fill(t.empty, &[("path", path)]),
            Self::NotUtf8 { path, line, column } => at(t.not_utf8, path, line, column),
            Self::Binary { path, line, column } => at(t.nul_byte, path, line, column),
            Self::NotRegular { path, kind } => {
                format!(
                    "{path}: {}",
                    fill(t.not_regular, &[("kind", t.kind(*kind))])
                )
            }
            Self::PipeSilent { path, waited } => fill(
                t.pipe_silent,
                &[("path", path), ("secs", &waited.as_secs().to_string())],
            ),
            Self::Parse {
                path,
                line,
                column,
                message,
            } => format!("{path}:{line}:{column}: {message}"),
            Self::Invalid { path, problems } => format!(
                "{path}: {}:\n{}",
                t.problem_count(problems.len()),
                ProblemList(problems)
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::Nl.errors()))
    }
}

/// One validation problem: where (region id and field) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The region's id (or its position when the id itself is the problem); `None` for
    /// dataset-level fields.
    pub region: Option<String>,
    /// The region's 1-based position in the file, when its id does not tell it apart: other
    /// regions have the same id.
    pub position: Option<usize>,
    /// The field path, e.g. `themes[2].evidence`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.region, self.position) {
            (Some(r), Some(at)) => write!(f, "regio {r} (#{at}), {}: {}", self.field, self.message),
            (Some(r), None) => write!(f, "regio {r}, {}: {}", self.field, self.message),
            (None, _) => write!(f, "{}: {}", self.field, self.message),
        }
    }
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  - {p}")?;
        }
        Ok(())
    }
}

/// The embedded dataset. Tests prove it clean and valid, so it is not checked again here.
pub fn embedded() -> Result<Dataset, LoadError> {
    // Decoding the compact form takes tens of microseconds where parsing the RON takes
    // hundreds: most of a short command's run time.
    match postcard::from_bytes::<Dataset>(EMBEDDED_COMPACT) {
        // The built-in data holds no control or direction characters and keeps every rule
        // (tests prove both: cleaning changes none of its texts, and validating it finds no
        // problem), so neither is done again at every start: a short command is mostly start.
        Ok(data) => Ok(data),
        // Only a build that mixed up its files gets here; the RON text is the truth.
        Err(_) => from_str(EMBEDDED_RON, EMBEDDED_NAME),
    }
}

/// Loads and validates a dataset file (see [`read_data`] for what can be read).
pub fn from_path(path: &Path) -> Result<Dataset, LoadError> {
    let bytes = read_data(path, PIPE_WAIT)?;
    from_bytes(&bytes, &printable_path(path))
}

/// Parses and validates a dataset from raw bytes; `name` is used in messages. A UTF-8 byte
/// order mark at the start is skipped.
pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Dataset, LoadError> {
    from_str(text_of(bytes, name)?, name)
}

/// The text of a file's bytes: UTF-8, without a byte order mark; `name` is used in messages.
fn text_of<'a>(bytes: &'a [u8], name: &str) -> Result<&'a str, LoadError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        // The valid prefix is UTF-8 by definition.
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    };
    // A NUL byte before the first invalid one says "binary" more plainly.
    Err(match valid.find('\0') {
        Some(nul) => {
            let (line, column) = line_col_after(&valid[..nul]);
            binary(name.to_string(), line, column)
        }
        None => {
            let (line, column) = line_col_after(valid);
            not_utf8(name.to_string(), line, column)
        }
    })
}

fn binary(path: String, line: usize, column: usize) -> LoadError {
    LoadError::Binary { path, line, column }
}

fn not_utf8(path: String, line: usize, column: usize) -> LoadError {
    LoadError::NotUtf8 { path, line, column }
}

/// Parses and validates a dataset from text; `name` is used in messages. A byte order mark
/// at the start is skipped.
pub fn from_str(text: &str, name: &str) -> Result<Dataset, LoadError> {
    checked(parsed(text, name)?, name)
}

/// A dataset file parsed and cleaned, its rules not yet checked.
fn parsed_file(path: &Path) -> Result<Dataset, LoadError> {
    let bytes = read_data(path, PIPE_WAIT)?;
    let name = printable_path(path);
    parsed(text_of(&bytes, &name)?, &name)
}

/// Parses a dataset from text and cleans it (so a name made only of control characters
/// counts as empty), without checking its rules; `name` is used in messages.
fn parsed(text: &str, name: &str) -> Result<Dataset, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: name.to_string(),
        });
    }
    if let Some(nul) = text.find('\0') {
        let (line, column) = line_col_after(&text[..nul]);
        return Err(binary(name.to_string(), line, column));
    }
    let data: Dataset = ron::from_str(text).map_err(|e| LoadError::Parse {
        path: name.to_string(),
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: clean(&e.code.to_string()).into_owned(),
    })?;
    let mut data = data;
    sanitize(&mut data);
    Ok(data)
}

/// Checks the rules of a parsed, cleaned dataset; `name` is used in messages.
fn checked(data: Dataset, name: &str) -> Result<Dataset, LoadError> {
    let problems = validate(&data);
    if !problems.is_empty() {
        return Err(LoadError::Invalid {
            path: name.to_string(),
            problems,
        });
    }
    Ok(data)
}

/// 1-based line and column of the position just after `prefix`.
fn line_col_after(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_data_keeps_every_rule() {
        let data = embedded().expect("the built-in data decodes");
        assert_eq!(validate(&data), Vec::new());
        // The same data through the RON text, checked like any file, is the same.
        assert_eq!(
            from_str(EMBEDDED_RON, EMBEDDED_NAME).expect("it loads"),
            data
        );
    }

    #[test]
    fn the_built_in_data_needs_no_cleaning() {
        let raw: Dataset = ron::from_str(EMBEDDED_RON).expect("the RON file parses");
        let mut cleaned = raw.clone();
        sanitize(&mut cleaned);
        assert_eq!(
            cleaned, raw,
            "a text of the built-in data holds a control character"
        );
    }

    #[test]
    fn the_compact_form_is_the_ron_file() {
        let compact: Dataset = postcard::from_bytes(EMBEDDED_COMPACT).expect("decodes");
        let parsed: Dataset = ron::from_str(EMBEDDED_RON).expect("parses");
        assert!(
            compact == parsed,
            "the compact form differs from the RON file"
        );
        let loaded = embedded().expect("the embedded data loads");
        let via_ron = from_str(EMBEDDED_RON, EMBEDDED_NAME).expect("the RON text loads");
        assert!(loaded == via_ron);
    }
}
