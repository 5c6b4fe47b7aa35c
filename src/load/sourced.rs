//! A dataset with its source text: which text, and every quote located in it. A quote that
//! is not in the text is a problem of the data, reported with its region, its field and the
//! passage of the text closest to it.

use std::path::{Path, PathBuf};

use super::{
    EMBEDDED_NAME, LoadError, PIPE_WAIT, Problem, checked, embedded, parsed_file, read_data,
    text_of, validate,
};
use crate::model::Dataset;
use crate::source::{Places, Source, closest, normalise, range_text};
use crate::text::clean;

/// The built-in source document.
pub const EMBEDDED_SOURCE_TEXT: &str = include_str!("../../assets/source.txt");
/// The name used for the built-in document in messages.
pub const EMBEDDED_SOURCE_NAME: &str = "<ingebouwd>/assets/source.txt";
/// Where the built-in data's quotes stand in the built-in document, located by the build
/// script (`src/build.rs`), which fails the build when one is not in it.
static EMBEDDED_PLACES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/places.postcard"));

/// A dataset and its source text, when it has one.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The data.
    pub data: Dataset,
    /// The source text with every quote of `data` located in it.
    pub source: Option<Source>,
}

/// The built-in document, with where the built-in data's quotes stand in it.
pub fn embedded_source() -> Source {
    match postcard::from_bytes::<Places>(EMBEDDED_PLACES) {
        Ok(places) => Source::new(EMBEDDED_SOURCE_NAME, EMBEDDED_SOURCE_TEXT, places),
        // Only a build that mixed up its files gets here: locate them now.
        Err(_) => {
            let data = embedded().unwrap_or_else(|_| empty());
            Source::locate(EMBEDDED_SOURCE_NAME, EMBEDDED_SOURCE_TEXT, &data).0
        }
    }
}

fn empty() -> Dataset {
    Dataset {
        title: String::new(),
        source: None,
        themes: Vec::new(),
        general_statements: Vec::new(),
        regions: Vec::new(),
        national: Vec::new(),
        without_profile: Vec::new(),
    }
}

/// Loads the data and its source text as the command line names them: the file `data` (else
/// the built-in data), with the text `source`; without one, the text the data file names in
/// its `source` field (a path relative to the file), and for the built-in data the built-in
/// document. Every quote must stand in the text. Without `lines` (for what shows no line
/// numbers) the built-in document is not read at all: a short command starts sooner.
pub fn load(data: Option<&Path>, source: Option<&Path>, lines: bool) -> Result<Loaded, LoadError> {
    let (dataset, name) = match data {
        Some(path) => (parsed_file(path)?, path.display().to_string()),
        None => (embedded()?, EMBEDDED_NAME.to_string()),
    };
    let named: Option<PathBuf> = match (source, data, &dataset.source) {
        (Some(s), _, _) => Some(s.to_path_buf()),
        (None, Some(file), Some(rel)) => Some(
            file.parent()
                .map_or_else(|| PathBuf::from(rel), |dir| dir.join(rel)),
        ),
        _ => None,
    };
    match named {
        Some(path) => {
            let text_name = crate::text::printable_path(&path);
            let bytes = read_data(&path, PIPE_WAIT)?;
            let text = text_of(&bytes, &text_name)?.to_string();
            with_source(dataset, &name, &text_name, text)
        }
        None if data.is_none() => Ok(Loaded {
            data: dataset,
            source: lines.then(embedded_source),
        }),
        None => Ok(Loaded {
            data: checked(dataset, &name)?,
            source: None,
        }),
    }
}

/// `data` (named `name` in messages) with the source `text` (named `text_name`): its rules
/// checked and every quote located, or every problem: each broken rule, and each quote that
/// is not in the text.
pub fn with_source(
    data: Dataset,
    name: &str,
    text_name: &str,
    text: String,
) -> Result<Loaded, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: text_name.to_string(),
        });
    }
    let mut problems = validate(&data);
    let (source, missing) = Source::locate(text_name, text, &data);
    if missing.is_empty() && problems.is_empty() {
        return Ok(Loaded {
            data,
            source: Some(source),
        });
    }
    let norm = normalise(source.text());
    problems.extend(missing.iter().map(|&q| {
        let quote = q.text(&data).unwrap_or_default();
        let near = match closest(&source, &norm, quote) {
            Some(c) => format!(
                "; het dichtst erbij (r. {}, {} van {} woorden gelijk): “{}”",
                range_text(c.lines),
                c.shared,
                c.words,
                // The text is the user's file: nothing of it may reach a terminal as an
                // escape sequence.
                clean(&c.text)
            ),
            None => "; niets in de tekst lijkt erop".to_string(),
        };
        Problem {
            region: q
                .region()
                .and_then(|r| data.regions.get(r))
                .map(|r| r.id.clone()),
            position: None,
            field: q.field(),
            message: format!("staat niet letterlijk in {text_name}{near}"),
        }
    }));
    Err(LoadError::Invalid {
        path: name.to_string(),
        problems,
    })
}
