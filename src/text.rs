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

/// Removes control characters (C0, DEL and C1, so also ESC) and the invisible controls of
/// text direction (see [`is_bidi_control`]): text from a data file or the command line must
/// not be able to send escape sequences to the terminal, nor make what is shown read
/// differently from what is there. Tabs and line breaks become spaces.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !needs_cleaning(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if is_removed(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// The invisible characters that change the direction of the text around them: the
/// embeddings and overrides U+202A to U+202E, the isolates U+2066 to U+2069, the marks
/// U+200E and U+200F and the Arabic letter mark U+061C. An override can make a name read
/// backwards on screen ("Trojan Source").
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Whether [`clean`] removes `c` (tabs and line breaks it turns into spaces instead).
fn is_removed(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// `s` made safe to print in a message about it (a file name, a user's query): control and
/// direction characters are shown as `\u{1b}`-style escapes instead of acting on the terminal,
/// so the user sees where they are.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !needs_cleaning(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_removed(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A path for a message: as [`printable`], with bytes that are not UTF-8 shown as U+FFFD,
/// and a path longer than [`ECHO_PATH_CHARS`] cut in the middle, so the file's name stays.
pub fn printable_path(path: &std::path::Path) -> String {
    let lossy = path.to_string_lossy();
    let count = lossy.chars().count();
    if count <= ECHO_PATH_CHARS {
        return printable(&lossy).into_owned();
    }
    let head: String = lossy.chars().take(ECHO_PATH_CHARS / 4).collect();
    let tail_chars = ECHO_PATH_CHARS - ECHO_PATH_CHARS / 4 - 1;
    let tail: String = lossy.chars().skip(count - tail_chars).collect();
    format!("{}…{}", printable(&head), printable(&tail))
}

/// The most characters of the user's input a message repeats (see [`echo`]).
pub const ECHO_CHARS: usize = 80;

/// The most characters of a path a message repeats (see [`printable_path`]): more than of
/// other input, as real paths are often long and their end names the file.
pub const ECHO_PATH_CHARS: usize = 160;

/// The user's input as a message repeats it ("Niet gevonden: “…”"): made printable, and cut
/// to [`ECHO_CHARS`] characters with "…" after it, so a pasted page does not come back whole.
pub fn echo(s: &str) -> Cow<'_, str> {
    match cut(s, ECHO_CHARS) {
        Cow::Borrowed(whole) => printable(whole),
        Cow::Owned(cut) => Cow::Owned(printable(&cut).into_owned()),
    }
}

/// `s` cut to `max` characters with "…" after them, or whole when it is no longer.
pub fn cut(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((end, _)) => Cow::Owned(format!("{}…", &s[..end])),
    }
}

/// Whether `s` holds a character [`clean`] changes. Every text of a dataset is checked at
/// load, so this looks at bytes first: C0 and DEL are single bytes, C1 characters are 0xC2
/// followed by 0x80 to 0x9F, U+061C starts with 0xD8 and the other direction controls with
/// 0xE2. Only text with such a byte at all (0xC2 also starts "°" or a no-break space, 0xE2
/// the typographic quotes and dashes) needs a second look.
fn needs_cleaning(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Whole blocks without a short cut inside, so the compiler can check many bytes at once.
    let suspect = |block: &[u8]| {
        block.iter().fold(false, |found, &b| {
            found | (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xd8) | (b == 0xe2)
        })
    };
    let mut blocks = bytes.chunks_exact(32);
    if !blocks.by_ref().any(suspect) && !suspect(blocks.remainder()) {
        return false;
    }
    // Typographic quotes and dashes start with 0xE2 too, so most Dutch text gets here: look
    // only at the characters that start with a suspect byte, not at every character.
    bytes.iter().enumerate().any(|(i, &b)| match b {
        0..0x20 | 0x7f => true,
        0xc2 | 0xd8 | 0xe2 => s
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(is_removed),
        _ => false,
    })
}

/// Collapses every run of whitespace into one space and trims the ends.
pub fn squash_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A theme label's first part, for tight places: "Erfgoed, identiteit en verhalen" gives
/// "Erfgoed", "Talentontwikkeling" stays whole.
pub fn short_label(label: &str) -> &str {
    let cut = [",", " en ", " and "]
        .iter()
        .filter_map(|sep| label.find(sep))
        .min()
        .unwrap_or(label.len());
    label[..cut].trim()
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
            assert_eq!(needs_cleaning(s), s.chars().any(is_removed), "{s:?}");
        }
        for c in (0..=0x2ffu32)
            .chain(0x600..0x620)
            .chain(0x2000..0x2070)
            .filter_map(char::from_u32)
        {
            for s in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}é"),
                format!("°{c}"),
            ] {
                assert_eq!(needs_cleaning(&s), s.chars().any(is_removed), "{s:?}");
            }
        }
    }

    #[test]
    fn clean_strips_direction_controls() {
        for c in [
            '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
        ] {
            assert_eq!(clean(&format!("ab{c}cd")), "abcd", "{c:?}");
        }
        // Their neighbours stay.
        assert_eq!(
            clean("’a\u{2065}\u{202f}\u{2010}"),
            "’a\u{2065}\u{202f}\u{2010}"
        );
    }

    #[test]
    fn printable_shows_what_clean_would_remove() {
        assert_eq!(printable("a\u{1b}[31m.ron"), "a\\u{1b}[31m.ron");
        assert_eq!(printable("x\u{202e}y"), "x\\u{202e}y");
        assert!(matches!(printable("plain ’ë"), Cow::Borrowed(_)));
    }

    #[test]
    fn echo_cuts_long_input_and_shows_escapes() {
        assert_eq!(echo("Hengelo"), "Hengelo");
        assert!(matches!(echo("Hengelo"), Cow::Borrowed(_)));
        let exact = "é".repeat(ECHO_CHARS);
        assert_eq!(echo(&exact), exact);
        let long = "ë".repeat(100_000);
        let shown = echo(&long);
        assert_eq!(shown.chars().count(), ECHO_CHARS + 1);
        assert!(shown.ends_with("ë…"));
        assert_eq!(echo("a\u{1b}b"), "a\\u{1b}b");
    }

    #[test]
    fn long_paths_keep_their_start_and_file_name() {
        let short = std::path::Path::new("/tmp/nieuw.ron");
        assert_eq!(printable_path(short), "/tmp/nieuw.ron");
        let long = format!("/tmp/{}/nieuw.ron", "d".repeat(100_000));
        let shown = printable_path(std::path::Path::new(&long));
        assert_eq!(shown.chars().count(), ECHO_PATH_CHARS);
        assert!(
            shown.starts_with("/tmp/ddd") && shown.ends_with("ddd/nieuw.ron"),
            "{shown}"
        );
        assert!(shown.contains('…'));
    }

    #[test]
    fn clean_strips_escapes() {
        assert_eq!(clean("a\u{1b}[31mb\u{9b}c\u{7}"), "a[31mbc");
        assert_eq!(clean("r\tn\nx"), "r n x");
        assert!(matches!(clean("plain ëé"), Cow::Borrowed(_)));
    }
}
