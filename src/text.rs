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
    if !has_control(s) {
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

/// Whether `s` holds a control character (`char::is_control`: U+0000 to U+001F and U+007F
/// to U+009F). Every text of a dataset is checked at load, so this looks at bytes: C0 and
/// DEL are single bytes, and C1 characters are encoded as 0xC2 followed by 0x80 to 0x9F.
/// Only text with a 0xC2 byte at all (also the start of "°", "«" or a no-break space) needs a
/// second look.
fn has_control(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Whole blocks without a short cut inside, so the compiler can check many bytes at once.
    let suspect = |block: &[u8]| {
        block.iter().fold(false, |found, &b| {
            found | (b < 0x20) | (b == 0x7f) | (b == 0xc2)
        })
    };
    let mut blocks = bytes.chunks_exact(32);
    if !blocks.by_ref().any(suspect) && !suspect(blocks.remainder()) {
        return false;
    }
    bytes
        .iter()
        .zip(bytes.iter().skip(1).chain([&0]))
        .any(|(&b, &next)| b < 0x20 || b == 0x7f || (b == 0xc2 && (0x80..=0x9f).contains(&next)))
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
    fn control_characters_are_found_by_their_bytes() {
        let samples = [
            "",
            "plain",
            "ëé°«»\u{a0}",
            "a\u{1b}b",
            "\u{7f}",
            "x\u{80}",
            "\u{9f}y",
            "\u{a0}\u{85}",
            "\u{2028}",
            "\t",
            "é\u{c2}",
            "Â\u{0}",
            "\u{10ffff}",
        ];
        for s in samples {
            assert_eq!(has_control(s), s.chars().any(char::is_control), "{s:?}");
        }
        for c in (0..=0x2ffu32).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}é"),
                format!("°{c}"),
            ] {
                assert_eq!(has_control(&s), s.chars().any(char::is_control), "{s:?}");
            }
        }
    }

    #[test]
    fn clean_strips_escapes() {
        assert_eq!(clean("a\u{1b}[31mb\u{9b}c\u{7}"), "a[31mbc");
        assert_eq!(clean("r\tn\nx"), "r n x");
        assert!(matches!(clean("plain ëé"), Cow::Borrowed(_)));
    }
}
