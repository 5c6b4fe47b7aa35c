//! Cutting text into words: one rule for fields (at build time), queries, and highlighting,
//! so word ordinals always agree.

use crate::text::fold_char;

/// Cuts `text` (original, not folded) into words and calls `f(chunk_start, chunk, word)` for
/// each: `chunk` is a whitespace-separated piece of `text` starting at byte `chunk_start`,
/// `word` is that piece folded, with punctuation trimmed from both ends (so "(“het" gives
/// "het", while "’s-Hertogenbosch" gives "s-hertogenbosch", keeping the inner hyphen).
/// Pieces that leave nothing ("–", "•") are no words. `f` returns false to stop.
///
/// Folding piece by piece (rather than the whole text first) lets the highlighter stop at
/// the last word it needs and fold only the words it highlights with a position map.
pub(super) fn each_word(text: &str, mut f: impl FnMut(usize, &str, &str) -> bool) {
    let mut buf = String::new();
    for (start, chunk, ascii) in chunks(text) {
        let word = if ascii {
            // Most pieces are plain ASCII, and index building cuts every field of the data:
            // there, folding is ASCII lower case, one byte for one, and keeps which bytes are
            // alphanumeric, so trimming before folding gives the same word, and a word that
            // is lower case already needs no copy at all.
            let trimmed = chunk.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if trimmed.bytes().any(|b| b.is_ascii_uppercase()) {
                buf.clear();
                buf.push_str(trimmed);
                buf.make_ascii_lowercase();
                &buf
            } else {
                trimmed
            }
        } else {
            buf.clear();
            for c in chunk.chars() {
                fold_char(c, &mut buf);
            }
            trim_word(&buf)
        };
        if word.is_empty() {
            continue;
        }
        if !f(start, chunk, word) {
            break;
        }
    }
}

/// The whitespace-separated pieces of `text`, exactly as [`str::split_whitespace`] cuts
/// them (Unicode white space), as `(byte offset, piece, piece is ASCII)`. It walks bytes and
/// decodes only characters beyond ASCII, which makes it faster than `split_whitespace`
/// (which decodes every one), and it learns on the way whether a piece is ASCII.
fn chunks(text: &str) -> Chunks<'_> {
    Chunks { text, at: 0 }
}

/// See [`chunks`].
struct Chunks<'a> {
    text: &'a str,
    at: usize,
}

/// `char::is_whitespace` for an ASCII byte: tab, line feed, vertical tab, form feed, carriage
/// return and space.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// For the character that starts `rest` (not ASCII): whether it is white space, and its
/// length in bytes. Kept out of line: the ASCII loop is the hot one.
#[inline(never)]
fn wide_char(rest: &str) -> (bool, usize) {
    rest.chars()
        .next()
        .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8()))
}

impl<'a> Iterator for Chunks<'a> {
    type Item = (usize, &'a str, bool);

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.at;
        // `i` only ever moves by whole characters, so every slice below is on boundaries.
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if !ascii_space(b) {
                    break;
                }
                i += 1;
            } else {
                let (space, n) = wide_char(&text[i..]);
                if !space {
                    break;
                }
                i += n;
            }
        }
        if i >= bytes.len() {
            self.at = i;
            return None;
        }
        let start = i;
        let mut ascii = true;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if ascii_space(b) {
                    break;
                }
                i += 1;
            } else {
                let (space, n) = wide_char(&text[i..]);
                if space {
                    break;
                }
                ascii = false;
                i += n;
            }
        }
        self.at = i;
        Some((start, &text[start..i], ascii))
    }
}

/// A folded piece with punctuation trimmed from both ends.
pub(super) fn trim_word(folded: &str) -> &str {
    folded.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        each_word(text, |at, _, w| {
            out.push((at, w.to_string()));
            true
        });
        out
    }

    /// The rule without the ASCII shortcut: fold the piece, then trim it.
    fn folded_then_trimmed(chunk: &str) -> String {
        let mut buf = String::new();
        for c in chunk.chars() {
            fold_char(c, &mut buf);
        }
        trim_word(&buf).to_string()
    }

    #[test]
    fn pieces_are_cut_as_split_whitespace_cuts() {
        let texts = [
            "",
            " ",
            "a",
            "  twee  woorden ",
            "tab\tlf\nvt\u{b}ff\u{c}cr\r.",
            "nbsp\u{a0}nel\u{85}ogham\u{1680}em\u{2003}ls\u{2028}ideo\u{3000}end",
            "zero\u{200b}width joiner\u{200d}blijft",
            "’s-Hertogenbosch  café\u{2009}–\u{202f}x",
        ];
        for t in texts {
            let got: Vec<(usize, &str)> = chunks(t)
                .map(|(at, chunk, ascii)| {
                    assert_eq!(ascii, chunk.is_ascii(), "{chunk:?}");
                    (at, chunk)
                })
                .collect();
            let want: Vec<(usize, &str)> = t
                .split_whitespace()
                .map(|c| (c.as_ptr() as usize - t.as_ptr() as usize, c))
                .collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn pieces_and_words_match_the_plain_rule(
            t in "[ a-zA-Z0-9.,’“\u{a0}\u{2003}\u{85}\t\n\u{b}éÉßÆ–-]{0,40}"
        ) {
            let got: Vec<&str> = chunks(&t).map(|c| c.1).collect();
            let want: Vec<&str> = t.split_whitespace().collect();
            proptest::prop_assert_eq!(got, want);
            let mut words = Vec::new();
            each_word(&t, |_, _, w| {
                words.push(w.to_string());
                true
            });
            let plain: Vec<String> = t
                .split_whitespace()
                .map(folded_then_trimmed)
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words, plain);
        }
    }

    #[test]
    fn the_ascii_shortcut_gives_the_same_words() {
        let pieces = [
            "Hengelo",
            "(Hengelo),",
            "'s-Hertogenbosch",
            "A.",
            "--",
            "x",
            "ABC-def_",
            "2021-2024",
            "\"Talent\"",
            "[Zwolle]",
            "R&D",
            "a\u{7f}b",
            "\u{1}Q",
            "Café",
            "’s",
        ];
        for p in pieces {
            let mut got = Vec::new();
            each_word(p, |_, _, w| {
                got.push(w.to_string());
                true
            });
            let want = folded_then_trimmed(p);
            let want: Vec<String> = [want].into_iter().filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{p:?}");
        }
    }

    #[test]
    fn pieces_are_folded_and_trimmed() {
        assert_eq!(
            words("(“Het wereldmagazijn”); – ’s-Hertogenbosch Löss,"),
            [
                (0, "het".to_string()),
                (8, "wereldmagazijn".to_string()),
                (32, "s-hertogenbosch".to_string()),
                (51, "loss".to_string()),
            ]
        );
    }
}
