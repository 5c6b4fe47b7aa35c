//! The sentence around a place in a text: what a search hit on the command line shows, so the
//! match is read in the words around it and not in a window cut mid-sentence.

use std::ops::Range;

/// A sentence longer than this many characters is shown as a window of about this size
/// around the match, with "…" where it is cut.
pub const MAX_CHARS: usize = 300;

/// Marks where a sentence is cut.
pub const ELLIPSIS: &str = "…";

/// What may close a sentence after its full stop: quotes and brackets.
const CLOSING: &[char] = &['’', '”', '"', '\'', ')', ']', '»'];

/// The bytes of the sentence of `text` that holds byte `at`, trimmed of spaces. A sentence
/// ends after ".", "!" or "?" followed by a space and a word that does not start in lower
/// case (so "P.O. t/m HBO" and "o.a. i.r.t." stay whole), after ";" followed by a space,
/// and at a line break or a bullet ("•").
pub fn around(text: &str, at: usize) -> Range<usize> {
    let at = at.min(text.len());
    let mut start = 0;
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        let mut after = i + c.len_utf8();
        let ends = match c {
            '\n' | '\r' | '•' => true,
            ';' => text[after..].starts_with(char::is_whitespace),
            '.' | '!' | '?' => {
                // A closing quote or bracket after the stop belongs to the sentence it ends
                // ("… voor de makers en kunstenaars.’ Elke regio …").
                let closing = text[after..].len() - text[after..].trim_start_matches(CLOSING).len();
                let rest = &text[after + closing..];
                let next = rest.trim_start().chars().next();
                let ends =
                    rest.starts_with(char::is_whitespace) && !next.is_some_and(char::is_lowercase);
                if ends {
                    after += closing;
                }
                ends
            }
            _ => false,
        };
        if !ends {
            continue;
        }
        // A line break or a bullet is no part of either sentence; a full stop is its own.
        let (stop, next) = match c {
            '\n' | '\r' | '•' => (i, after),
            _ => (after, after),
        };
        if after <= at {
            start = next;
        } else {
            end = stop;
            break;
        }
    }
    let s = &text[start..end.max(start)];
    let lead = s.len() - s.trim_start().len();
    start + lead..start + s.trim_end().len()
}

/// The text to show of `range` of `text` (a sentence) around the match at `hit`: the whole of
/// it when it has at most [`MAX_CHARS`] characters, else a window of about that many that
/// starts a little before the match, cut at spaces, with [`ELLIPSIS`] at each cut end. Its
/// range in `text`, and whether each end was cut.
pub fn bounded(text: &str, range: Range<usize>, hit: Range<usize>) -> (Range<usize>, bool, bool) {
    let s = &text[range.clone()];
    let chars: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    if chars.len() <= MAX_CHARS {
        return (range, false, false);
    }
    let rel = hit.start.saturating_sub(range.start).min(s.len());
    let hit_char = chars.partition_point(|&b| b < rel);
    let mut first = hit_char.saturating_sub(MAX_CHARS / 4);
    let mut last = (first + MAX_CHARS).min(chars.len());
    if last == chars.len() {
        first = chars.len() - MAX_CHARS;
    }
    let byte = |c: usize| chars.get(c).copied().unwrap_or(s.len());
    // Start after a space, end before one, so no word is cut.
    if first > 0 {
        if let Some(sp) = (first..hit_char).find(|&c| s[byte(c)..].starts_with(' ')) {
            first = sp + 1;
        }
    }
    let hit_end = chars.partition_point(|&b| b < hit.end.saturating_sub(range.start));
    if last < chars.len() {
        if let Some(sp) = (hit_end.max(first)..last)
            .rev()
            .find(|&c| s[byte(c)..].starts_with(' '))
        {
            last = sp;
        }
    }
    let (a, b) = (byte(first), byte(last));
    (range.start + a..range.start + b, a > 0, b < s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str, word: &str) -> String {
        let at = text.find(word).expect("the word is in the text");
        text[around(text, at)].to_string()
    }

    #[test]
    fn the_sentence_around_a_word() {
        let t = "Dit schuurt soms. Door als overheden overleg te voeren, worden instellingen \
                 beter in staat gesteld. Daarna komt meer!";
        assert_eq!(
            sentence(t, "overleg"),
            "Door als overheden overleg te voeren, worden instellingen beter in staat gesteld."
        );
        assert_eq!(sentence(t, "schuurt"), "Dit schuurt soms.");
        assert_eq!(sentence(t, "meer"), "Daarna komt meer!");
        let t = "Zo houden we rekening ‘met de makers en kunstenaars.’ Elke regio kreeg de kans.";
        assert_eq!(
            sentence(t, "makers"),
            "Zo houden we rekening ‘met de makers en kunstenaars.’"
        );
        assert_eq!(sentence(t, "regio"), "Elke regio kreeg de kans.");
    }

    #[test]
    fn abbreviations_numbers_and_semicolons() {
        let t = "Cultuureducatie van P.O. t/m HBO/WO (i.r.t. buitenschoolse activiteiten) en \
                 Station Noord 2.0 in Zwolle; daarna de rest.";
        assert_eq!(
            sentence(t, "HBO"),
            "Cultuureducatie van P.O. t/m HBO/WO (i.r.t. buitenschoolse activiteiten) en \
             Station Noord 2.0 in Zwolle;"
        );
        assert_eq!(sentence(t, "rest"), "daarna de rest.");
    }

    #[test]
    fn lines_and_bullets_end_a_sentence() {
        let t = "• eerste punt\n• tweede punt zonder punt";
        assert_eq!(sentence(t, "tweede"), "tweede punt zonder punt");
        assert_eq!(sentence(t, "eerste"), "eerste punt");
    }

    #[test]
    fn a_long_sentence_is_bounded_around_the_match_at_spaces() {
        let t = format!("{} doel {}.", "woord ".repeat(80), "tekst ".repeat(80));
        let at = t.find("doel").expect("present");
        let s = around(&t, at);
        assert_eq!(s, 0..t.len());
        let (r, cut_start, cut_end) = bounded(&t, s, at..at + 4);
        assert!(cut_start && cut_end);
        let shown = &t[r];
        assert!(shown.contains("doel"));
        assert!(shown.chars().count() <= MAX_CHARS, "{shown}");
        assert!(
            shown.starts_with("woord ") && shown.ends_with("tekst"),
            "{shown}"
        );
        // A short one is whole.
        assert_eq!(bounded("Kort.", 0..5, 0..4), (0..5, false, false));
    }
}
