//! The source document and the dataset, for the tests that hold the one against the other.

#![allow(dead_code)]

use regioprofielen::model::Dataset;

/// The document itself.
pub const SOURCE: &str = include_str!("../../assets/source.txt");

/// Collapse every whitespace run to one space and trim the ends.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The source text normalised: a hyphen followed by optional spaces/tabs, a line break and any
/// whitespace becomes just the hyphen; then whitespace is collapsed.
pub fn normalised_source() -> String {
    let chars: Vec<char> = SOURCE.chars().collect();
    let mut out = String::with_capacity(SOURCE.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        out.push(c);
        i += 1;
        if c == '-' {
            let mut j = i;
            while j < chars.len() && (chars[j] == ' ' || chars[j] == '\t') {
                j += 1;
            }
            if j < chars.len() && (chars[j] == '\n' || chars[j] == '\r') {
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                i = j;
            }
        }
    }
    collapse(&out)
}

/// The embedded dataset.
pub fn dataset() -> Dataset {
    regioprofielen::load::embedded().expect("assets/profiles.ron parses")
}
