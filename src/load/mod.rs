//! Loading a dataset: the embedded `assets/profiles.ron`, or a file of the same schema, with
//! validation that reports every problem and where it is.

use std::fmt;
use std::path::Path;

use crate::model::{Dataset, Region};
use crate::text::clean;

mod read;
mod sourced;

pub use sourced::{
    EMBEDDED_SOURCE_NAME, EMBEDDED_SOURCE_TEXT, Loaded, embedded_source, load, with_source,
};

/// The embedded dataset, compiled into the binary.
pub const EMBEDDED_RON: &str = include_str!("../../assets/profiles.ron");
/// The embedded dataset in postcard's compact form, made from [`EMBEDDED_RON`] by the build
/// script (`src/build.rs`), which fails the build when that file does not parse.
static EMBEDDED_COMPACT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/profiles.postcard"));
/// The name used for the embedded data in messages.
pub const EMBEDDED_NAME: &str = "<ingebouwd>/assets/profiles.ron";
/// Larger data files are refused before parsing (the embedded file is about 60 KB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A dataset could not be loaded: what went wrong, and where.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read.
    #[error("{path}: kan het bestand niet lezen: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{path}: bestand is te groot ({size} bytes; maximaal {max} bytes)")]
    TooLarge {
        /// The file.
        path: String,
        /// Its size in bytes.
        size: u64,
        /// The maximum.
        max: u64,
    },
    /// The file is empty or holds only whitespace.
    #[error("{path}: bestand is leeg")]
    Empty {
        /// The file.
        path: String,
    },
    /// The file is not valid UTF-8 text.
    #[error("{path}:{line}:{column}: geen geldige UTF-8-tekst (is dit een binair bestand?)")]
    NotUtf8 {
        /// The file.
        path: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in characters) of the first invalid byte.
        column: usize,
    },
    /// The text is not valid RON of the dataset's schema.
    #[error("{path}:{line}:{column}: {message}")]
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
    #[error("{path}: {} probleem/problemen in de gegevens:\n{}", problems.len(), ProblemList(problems))]
    Invalid {
        /// The file.
        path: String,
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

/// One validation problem: where (region id and field) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The region's id (or its position when the id itself is the problem); `None` for
    /// dataset-level fields.
    pub region: Option<String>,
    /// The field path, e.g. `themes[2].evidence`.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.region {
            Some(r) => write!(f, "regio {r}, {}: {}", self.field, self.message),
            None => write!(f, "{}: {}", self.field, self.message),
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

/// The embedded dataset, cleaned and validated like any file.
pub fn embedded() -> Result<Dataset, LoadError> {
    // Decoding the compact form takes tens of microseconds where parsing the RON takes
    // hundreds: most of a short command's run time.
    match postcard::from_bytes::<Dataset>(EMBEDDED_COMPACT) {
        Ok(mut data) => {
            sanitize(&mut data);
            checked(data, EMBEDDED_NAME)
        }
        // Only a build that mixed up its files gets here; the RON text is the truth.
        Err(_) => from_str(EMBEDDED_RON, EMBEDDED_NAME),
    }
}

/// Loads and validates a dataset file.
pub fn from_path(path: &Path) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    from_bytes(&read::bytes(path)?, &name)
}

/// Parses and validates a dataset from raw bytes; `name` is used in messages.
pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Dataset, LoadError> {
    from_str(read::text(bytes, name)?, name)
}

/// Parses and validates a dataset from text; `name` is used in messages.
pub fn from_str(text: &str, name: &str) -> Result<Dataset, LoadError> {
    checked(parsed(text, name)?, name)
}

/// Parses a dataset from text and cleans it, without checking its rules.
fn parsed(text: &str, name: &str) -> Result<Dataset, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: name.to_string(),
        });
    }
    let data: Dataset = ron::from_str(text).map_err(|e| LoadError::Parse {
        path: name.to_string(),
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: clean(&e.code.to_string()).into_owned(),
    })?;
    // Clean first, so a name made only of control characters counts as empty.
    let mut data = data;
    sanitize(&mut data);
    Ok(data)
}

/// A parsed dataset file, cleaned; its rules not yet checked.
fn parsed_file(path: &Path) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let bytes = read::bytes(path)?;
    parsed(read::text(&bytes, &name)?, &name)
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

/// Checks the rules a dataset must keep; returns every problem found (empty when valid).
pub fn validate(data: &Dataset) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut top = |field: String, message: &str| {
        out.push(Problem {
            region: None,
            field,
            message: message.to_string(),
        })
    };
    if data.regions.is_empty() {
        top("regions".into(), "geen enkele regio");
    }
    if data.themes.is_empty() {
        top("themes".into(), "geen enkel thema");
    }
    for (i, t) in data.themes.iter().enumerate() {
        if t.id.trim().is_empty() {
            top(format!("themes[{i}].id"), "leeg");
        }
        if t.label.trim().is_empty() {
            top(format!("themes[{i}].label"), "leeg");
        }
        if data.themes[..i].iter().any(|o| o.id == t.id) {
            top(
                format!("themes[{i}].id"),
                &format!("dubbel id \"{}\"", t.id),
            );
        }
    }
    for (i, s) in data.national.iter().enumerate() {
        if s.heading.trim().is_empty() {
            top(format!("national[{i}].heading"), "leeg");
        }
        for (j, item) in s.items.iter().enumerate() {
            if item.text.trim().is_empty() {
                top(format!("national[{i}].items[{j}].text"), "leeg");
            }
        }
    }
    for (i, a) in data.without_profile.iter().enumerate() {
        if a.name.trim().is_empty() {
            top(format!("without_profile[{i}].name"), "leeg");
        }
    }
    for (i, g) in data.general_statements.iter().enumerate() {
        if data.theme(&g.theme).is_none() {
            top(
                format!("general_statements[{i}].theme"),
                &format!("onbekend thema \"{}\"", g.theme),
            );
        }
        if g.quote.trim().is_empty() {
            top(format!("general_statements[{i}].quote"), "leeg citaat");
        }
        if g.section.trim().is_empty() {
            top(format!("general_statements[{i}].section"), "leeg");
        }
    }
    for (i, r) in data.regions.iter().enumerate() {
        validate_region(data, i, r, &mut out);
    }
    out
}

fn validate_region(data: &Dataset, index: usize, r: &Region, out: &mut Vec<Problem>) {
    let who = if r.id.trim().is_empty() {
        format!("#{}", index + 1)
    } else {
        r.id.clone()
    };
    let mut add = |field: String, message: String| {
        out.push(Problem {
            region: Some(who.clone()),
            field,
            message,
        })
    };
    let empty = || "leeg".to_string();
    if r.id.trim().is_empty() {
        add("id".into(), empty());
    } else if data.regions[..index].iter().any(|o| o.id == r.id) {
        add("id".into(), format!("dubbel id \"{}\"", r.id));
    }
    if r.name.trim().is_empty() {
        add("name".into(), empty());
    }
    if r.profile_title.trim().is_empty() {
        add("profile_title".into(), empty());
    }
    if r.partners.is_empty() {
        add("partners".into(), "geen enkele partner".into());
    }
    for (j, p) in r.partners.iter().enumerate() {
        if p.name.trim().is_empty() {
            add(format!("partners[{j}].name"), empty());
        }
    }
    if r.key_points.is_empty() {
        add("key_points".into(), "geen enkel kernpunt".into());
    }
    for (j, k) in r.key_points.iter().enumerate() {
        if k.text.trim().is_empty() {
            add(format!("key_points[{j}].text"), empty());
        }
    }
    for (j, n) in r.notes.iter().enumerate() {
        if n.text.trim().is_empty() {
            add(format!("notes[{j}].text"), empty());
        }
    }
    for (j, a) in r.aliases.iter().enumerate() {
        if a.name.trim().is_empty() {
            add(format!("aliases[{j}].name"), empty());
        }
        if a.refers_to != r.name && !r.partners.iter().any(|p| p.name == a.refers_to) {
            add(
                format!("aliases[{j}].refers_to"),
                format!(
                    "\"{}\" is geen partner en niet de naam van de regio",
                    a.refers_to
                ),
            );
        }
    }
    for (j, t) in r.themes.iter().enumerate() {
        if data.theme(&t.theme).is_none() {
            add(
                format!("themes[{j}].theme"),
                format!("onbekend thema \"{}\"", t.theme),
            );
        } else if r.themes[..j].iter().any(|o| o.theme == t.theme) {
            add(
                format!("themes[{j}].theme"),
                format!("thema \"{}\" staat er twee keer", t.theme),
            );
        }
        if t.evidence.trim().is_empty() {
            add(format!("themes[{j}].evidence"), "leeg citaat".into());
        } else if !r.evidence_stands(t) {
            // A quote said to stand in the key points that stands elsewhere would send a
            // reader to the wrong place in the document.
            add(
                format!("themes[{j}].evidence"),
                format!("citaat staat niet in {}", t.source.id()),
            );
        }
    }
}

/// Removes control characters from every text of a dataset, so nothing printed from it can
/// reach the terminal as an escape sequence.
fn sanitize(d: &mut Dataset) {
    fn c(s: &mut String) {
        if let std::borrow::Cow::Owned(o) = clean(s) {
            *s = o;
        }
    }
    c(&mut d.title);
    for t in &mut d.themes {
        for s in [&mut t.id, &mut t.label, &mut t.label_en, &mut t.description] {
            c(s);
        }
    }
    for r in &mut d.regions {
        for s in [&mut r.id, &mut r.name, &mut r.profile_title] {
            c(s);
        }
        r.partners.iter_mut().for_each(|p| c(&mut p.name));
        r.partner_notes.iter_mut().for_each(c);
        r.key_points.iter_mut().for_each(|k| c(&mut k.text));
        for n in &mut r.notes {
            c(&mut n.section);
            c(&mut n.text);
        }
        for a in &mut r.aliases {
            c(&mut a.name);
            c(&mut a.refers_to);
        }
        for t in &mut r.themes {
            c(&mut t.theme);
            c(&mut t.evidence);
        }
    }
    for s in &mut d.national {
        c(&mut s.id);
        c(&mut s.heading);
        for i in &mut s.items {
            if let Some(h) = &mut i.heading {
                c(h);
            }
            c(&mut i.text);
        }
    }
    for a in &mut d.without_profile {
        c(&mut a.name);
        c(&mut a.text);
    }
    for g in &mut d.general_statements {
        for s in [&mut g.theme, &mut g.section, &mut g.quote] {
            c(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
