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
    for chunk in text.split_whitespace() {
        buf.clear();
        for c in chunk.chars() {
            fold_char(c, &mut buf);
        }
        let word = trim_word(&buf);
        if word.is_empty() {
            continue;
        }
        // `chunk` is a subslice of `text`, so the pointer difference is its offset.
        let start = chunk.as_ptr() as usize - text.as_ptr() as usize;
        if !f(start, chunk, word) {
            break;
        }
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
