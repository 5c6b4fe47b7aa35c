//! The passage of a text closest to a quote that is not in it, for the report of a quote that
//! is no longer verbatim: a changed word shows as the one difference.

use std::collections::HashMap;
use std::ops::Range;

use super::{Normalised, Source};
use crate::text::fold;

/// The passage of the source closest to a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closest {
    /// The passage, normalised like the quote.
    pub text: String,
    /// Its lines `[first, last]` (1-based).
    pub lines: [u32; 2],
    /// How many of the quote's words it shares (counted with repeats).
    pub shared: usize,
    /// How many words the quote has.
    pub words: usize,
}

/// The run of as many words as `quote` has that shares the most of its words (case and
/// diacritics aside), the first of equals; `None` when the text has no words or shares none.
pub fn closest(source: &Source, norm: &Normalised, quote: &str) -> Option<Closest> {
    let words: Vec<Range<usize>> = word_ranges(&norm.text);
    let want: Vec<String> = quote.split_whitespace().map(fold).collect();
    if words.is_empty() || want.is_empty() {
        return None;
    }
    let k = want.len().min(words.len());
    let folded: Vec<String> = words.iter().map(|r| fold(&norm.text[r.clone()])).collect();
    let mut window = Window::default();
    for w in &want {
        *window.need.entry(w.as_str()).or_default() += 1;
    }
    for w in &folded[..k] {
        window.add(w);
    }
    let mut best = (window.shared, 0);
    for start in 1..=folded.len() - k {
        window.remove(&folded[start - 1]);
        window.add(&folded[start + k - 1]);
        if window.shared > best.0 {
            best = (window.shared, start);
        }
    }
    let (score, start) = best;
    if score == 0 {
        return None;
    }
    let n = words[start].start..words[start + k - 1].end;
    let original = norm.original(source.text(), n.clone());
    Some(Closest {
        text: norm.text[n].to_string(),
        lines: source.lines_of(original),
        shared: score,
        words: want.len(),
    })
}

/// A window of words sliding over the text, counting the quote's words it holds.
#[derive(Default)]
struct Window<'a> {
    /// For each word of the quote, its copies not yet matched in the window (negative when
    /// the window holds more).
    need: HashMap<&'a str, isize>,
    /// How many of the quote's words the window holds.
    shared: usize,
}

impl Window<'_> {
    fn add(&mut self, w: &str) {
        if let Some(n) = self.need.get_mut(w) {
            if *n > 0 {
                self.shared += 1;
            }
            *n -= 1;
        }
    }

    fn remove(&mut self, w: &str) {
        if let Some(n) = self.need.get_mut(w) {
            *n += 1;
            if *n > 0 {
                self.shared -= 1;
            }
        }
    }
}

/// The byte ranges of the words (runs without spaces) of a normalised text.
fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c == ' ', start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dataset;

    fn source(text: &str) -> (Source, Normalised) {
        let empty: Dataset = ron::from_str(
            "(title: \"x\", themes: [], regions: [], national: [], without_profile: [])",
        )
        .expect("an empty dataset");
        let (s, _) = Source::locate("t", text, &empty);
        let norm = super::super::normalise(text);
        (s, norm)
    }

    #[test]
    fn a_changed_word_finds_the_passage_it_was_taken_from() {
        let text = "Een eerste regel.\nDe maker staat centraal in de\nambitie om programmatisch te werken.\nNog iets.";
        let (s, norm) = source(text);
        let c = closest(&s, &norm, "De maker staat midden in de ambitie").expect("found");
        assert_eq!(c.text, "De maker staat centraal in de ambitie");
        assert_eq!(c.lines, [2, 3]);
        assert_eq!((c.shared, c.words), (6, 7));
    }

    #[test]
    fn nothing_shared_is_nothing_close() {
        let (s, norm) = source("alpha beta gamma");
        assert_eq!(closest(&s, &norm, "delta"), None);
        let (s, norm) = source("");
        assert_eq!(closest(&s, &norm, "delta"), None);
    }
}
