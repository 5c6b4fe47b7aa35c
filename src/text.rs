//! Text helpers shared by the core: folding for matching, and cleaning text for display.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds one character for matching: lower case, diacritics removed, typographic quotes and
/// dashes made plain. Returns the folded characters (usually one, never zero for a letter).
///
/// One character may fold to several (e.g. "ß" stays one; "Æ" gives "æ"); callers that map
/// positions back use [`fold_with_map`].
pub fn fold_char(c: char, out: &mut String) {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' | '′' => out.push('\''),
        '“' | '”' | '„' | '″' => out.push('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in c.nfd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// Folds a string for matching (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Folds a string and records, for every byte of the folded string, the byte offset in `s`
/// of the character it came from. `map` has one more entry than the folded string has bytes:
/// the last entry is `s.len()`, so a folded range `[a, b)` maps back to `[map[a], map[b])`.
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        let before = out.len();
        fold_char(c, &mut out);
        map.extend(std::iter::repeat_n(i, out.len() - before));
    }
    map.push(s.len());
    (out, map)
}

/// Removes control characters (C0, DEL and C1, so also ESC): text from a data file must not be
/// able to send escape sequences to the terminal. Tabs and line breaks become spaces.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Collapses every run of whitespace into one space and trims the ends.
pub fn squash_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_diacritics_and_case() {
        assert_eq!(fold("Löss"), "loss");
        assert_eq!(fold("geïntensiveerd"), "geintensiveerd");
        assert_eq!(fold("’s-Hertogenbosch"), "'s-hertogenbosch");
        assert_eq!(fold("Ruimte – naar"), "ruimte - naar");
        assert_eq!(fold("CAFÉ"), "cafe");
    }

    #[test]
    fn fold_map_points_back_to_char_starts() {
        let s = "’s-Hertogenbosch Löss";
        let (f, map) = fold_with_map(s);
        assert_eq!(map.len(), f.len() + 1);
        for &m in &map {
            assert!(s.is_char_boundary(m));
        }
        let at = f.find("loss").unwrap();
        assert_eq!(&s[map[at]..map[at + 4]], "Löss");
        assert_eq!(&s[map[0]..map[1]], "’");
    }

    #[test]
    fn clean_strips_escapes() {
        assert_eq!(clean("a\u{1b}[31mb\u{9b}c\u{7}"), "a[31mbc");
        assert_eq!(clean("r\tn\nx"), "r n x");
        assert!(matches!(clean("plain ëé"), Cow::Borrowed(_)));
    }
}
