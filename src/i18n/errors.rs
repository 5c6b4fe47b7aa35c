//! Messages about bad input and failed output: data files that cannot be read, exports that
//! cannot be written, misused commands and the standard output. Reached through
//! [`super::Lang::errors`]; the error types render themselves with these (in Dutch when
//! printed with `Display`).
//!
//! `{path}`-style placeholders are filled in by [`fill`].

use super::Lang;
use super::plural::Counted;

/// Strings for errors, in one language.
#[derive(Debug)]
pub struct ErrorTexts {
    /// A file could not be opened or read: `{path}`, `{error}`.
    pub read_failed: &'static str,
    /// A file larger than allowed: `{path}`, `{size}`, `{max}`.
    pub too_large: &'static str,
    /// More arrived than allowed from something without a size (a pipe): `{path}`, `{max}`.
    pub larger_than: &'static str,
    /// An empty file: `{path}`.
    pub empty: &'static str,
    /// Not UTF-8: `{path}`, `{line}`, `{column}`.
    pub not_utf8: &'static str,
    /// A NUL byte, the mark of a binary file: `{path}`, `{line}`, `{column}`.
    pub nul_byte: &'static str,
    /// Not a regular file: `{kind}` (one of [`Self::kinds`]); the path goes before it.
    pub not_regular: &'static str,
    /// What a path is when it is not a regular file: a directory, a device, a pipe, a socket,
    /// something else.
    pub kinds: [&'static str; 5],
    /// Nothing came out of a pipe for a while: `{path}`, `{secs}`.
    pub pipe_silent: &'static str,
    /// The number of problems of a data file.
    pub problems: Counted,
    /// A file could not be written: `{path}`, `{error}`.
    pub write_failed: &'static str,
    /// The working directory is gone (deleted while the explorer ran): `{error}`.
    pub no_working_dir: &'static str,
    /// Writing to the standard output failed: `{error}`.
    pub stdout_failed: &'static str,
    /// The standard output is closed.
    pub stdout_closed: &'static str,
    /// A search without anything to search for.
    pub empty_query: &'static str,
    /// A `where` or `show` without a name.
    pub empty_name: &'static str,
    /// A query longer than the search takes: `{max}` characters.
    pub query_too_long: &'static str,
}

/// The five kinds of [`ErrorTexts::kinds`], in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// A directory.
    Directory,
    /// A character or block device.
    Device,
    /// A named pipe or pipe.
    Fifo,
    /// A socket.
    Socket,
    /// Anything else that is not a regular file.
    Other,
}

impl ErrorTexts {
    /// The name of a kind of file-system entry.
    pub fn kind(&self, kind: NodeKind) -> &'static str {
        self.kinds[kind as usize]
    }

    /// "1 probleem" or "`n` problemen".
    pub fn problem_count(&self, n: usize) -> String {
        self.problems.of(n)
    }
}

/// `template` with every `{name}` replaced by its value, in one pass, so a value that itself
/// holds `{…}` (a file name can) is left as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        });
        match found {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Lang {
    /// The error messages in this language.
    pub fn errors(self) -> &'static ErrorTexts {
        match self {
            Lang::Nl => &ERRORS_NL,
            Lang::En => &ERRORS_EN,
        }
    }
}

/// Nederlands.
pub static ERRORS_NL: ErrorTexts = ErrorTexts {
    read_failed: "{path}: kan het bestand niet lezen: {error}",
    too_large: "{path}: bestand is te groot ({size} bytes; maximaal {max} bytes)",
    larger_than: "{path}: meer dan {max} bytes, het maximum voor een gegevensbestand",
    empty: "{path}: bestand is leeg",
    not_utf8: "{path}:{line}:{column}: geen geldige UTF-8-tekst (is dit een binair bestand?)",
    nul_byte: "{path}:{line}:{column}: een NUL-byte; dit is een binair bestand, geen tekst",
    not_regular: "geen gewoon bestand maar {kind}",
    kinds: [
        "een map",
        "een apparaat",
        "een pipe (FIFO)",
        "een socket",
        "iets anders",
    ],
    pipe_silent: "{path}: in {secs} s kwam er niets uit deze pipe; schrijft er iets naar?",
    problems: Counted::nl("1 probleem", "{n} problemen"),
    write_failed: "{path}: kan niet schrijven: {error}",
    no_working_dir: "de huidige map bestaat niet meer ({error})",
    stdout_failed: "standaarduitvoer: schrijven mislukt: {error}",
    stdout_closed: "standaarduitvoer is gesloten; er kan niets worden geschreven",
    empty_query: "geef iets om naar te zoeken",
    empty_name: "geef een naam",
    query_too_long: "de zoekvraag is te lang (maximaal {max} tekens)",
};

/// English.
pub static ERRORS_EN: ErrorTexts = ErrorTexts {
    read_failed: "{path}: cannot read the file: {error}",
    too_large: "{path}: file is too large ({size} bytes; at most {max} bytes)",
    larger_than: "{path}: more than {max} bytes, the most a data file may have",
    empty: "{path}: file is empty",
    not_utf8: "{path}:{line}:{column}: not valid UTF-8 text (is this a binary file?)",
    nul_byte: "{path}:{line}:{column}: a NUL byte; this is a binary file, not text",
    not_regular: "not a regular file but {kind}",
    kinds: [
        "a directory",
        "a device",
        "a pipe (FIFO)",
        "a socket",
        "something else",
    ],
    pipe_silent: "{path}: nothing came out of this pipe in {secs} s; is anything writing to it?",
    problems: Counted::en("1 problem", "{n} problems"),
    write_failed: "{path}: cannot write: {error}",
    no_working_dir: "the current directory no longer exists ({error})",
    stdout_failed: "standard output: writing failed: {error}",
    stdout_closed: "standard output is closed; nothing can be written",
    empty_query: "give something to search for",
    empty_name: "give a name",
    query_too_long: "the query is too long (at most {max} characters)",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_singular_or_plural() {
        assert_eq!(ERRORS_NL.problem_count(1), "1 probleem");
        assert_eq!(ERRORS_NL.problem_count(3), "3 problemen");
        assert_eq!(ERRORS_EN.problem_count(1), "1 problem");
        assert_eq!(ERRORS_EN.problem_count(0), "0 problems");
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(fill("{a}-{b}-{a}", &[("a", "x"), ("b", "y")]), "x-y-x");
        assert_eq!(fill("{a}: {b}", &[("a", "{b}"), ("b", "y")]), "{b}: y");
        assert_eq!(fill("{c} {", &[("a", "x")]), "{c} {");
    }
}
