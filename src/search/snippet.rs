//! Turning a ranked owner into a [`Hit`]: which characters to highlight, mapped back from
//! folded to original text, and a window around them for long text.

use super::index::{Index, OwnerKind, Segment};
use super::matching::locate;
use super::rank::{QueryState, Ranked};
use super::words::{each_word, trim_word};
use super::{Field, Hit};
use crate::text::fold_with_map;

/// Text up to this many characters is shown whole.
const SNIPPET_CHARS: usize = 160;
/// In longer text, the window starts about this many characters before the first match.
const CONTEXT_BEFORE: usize = 50;
/// Marks a cut end of a snippet.
const ELLIPSIS: &str = "…";

impl Index {
    /// Builds the hit for one ranked owner.
    pub(super) fn hit(&self, state: &QueryState, r: &Ranked) -> Hit {
        let o = r.owner as usize;
        let seg = &self.segments[r.best_seg as usize];
        let (region, section) = match self.owners[o].kind {
            OwnerKind::Region(i) => (Some(i), None),
            OwnerKind::Section(s) => (None, Some(s)),
            OwnerKind::Area => (None, None),
        };
        let other_fields: Vec<Field> = self
            .matched_fields(state, o)
            .into_iter()
            .filter(|&(s, _)| s != r.best_seg)
            .map(|(_, f)| f)
            .collect();
        let text = self.seg_text(seg);
        let ranges = self.highlight(state, seg, text);
        let (snippet, positions) = window(text, &ranges);
        Hit {
            region,
            section,
            field: seg.field,
            snippet,
            score: r.score,
            positions,
            other_fields,
        }
    }

    /// The byte ranges of `text` (the segment's original text) that matched, sorted and
    /// merged. Each token is highlighted where it matched best, or, if the query stands in
    /// the field as a phrase, at the phrase.
    fn highlight(&self, state: &QueryState, seg: &Segment, text: &str) -> Vec<(usize, usize)> {
        let phrase = self.phrase_at(state, seg);
        // (word ordinal, token) pairs to highlight, by ordinal.
        let mut wanted: Vec<(usize, usize)> = (0..state.tokens.len())
            .filter_map(|k| {
                let ord = match phrase {
                    Some(i) => Some(i + k),
                    None => self.best_word(state, seg, k),
                };
                ord.map(|o| (o, k))
            })
            .collect();
        wanted.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut ord = 0;
        let mut next = wanted.iter().peekable();
        // The same cutting as at build time, so word ordinals agree with the index; only the
        // highlighted words are folded again, with a map back to the original bytes.
        each_word(text, |at, chunk, _| {
            while let Some(&&(_, k)) = next.peek().filter(|&&&(o, _)| o == ord) {
                next.next();
                let (folded, map) = fold_with_map(chunk);
                let w = trim_word(&folded);
                let off = w.as_ptr() as usize - folded.as_ptr() as usize;
                let found = locate(&self.matcher, &state.tokens[k], w, seg.namey);
                for (a, b) in found.map(|f| f.1).unwrap_or_default() {
                    if a < b {
                        let (s, e) = to_original(chunk, &map, off + a, off + b);
                        out.push((at + s, at + e));
                    }
                }
            }
            ord += 1;
            next.peek().is_some()
        });
        merge(out)
    }
}

/// Maps the folded byte range `[a, b)` (non-empty) back to `text`: from the start of the
/// character that gave folded byte `a` to the end of the character that gave byte `b - 1`.
/// One original character may fold to several ("æ" to "ae"); the range then covers it whole.
fn to_original(text: &str, map: &[usize], a: usize, b: usize) -> (usize, usize) {
    let start = map[a];
    let last = map[b - 1];
    let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
    (start, end)
}

/// Sorts ranges and merges those that overlap or touch.
fn merge(mut v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    v.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// The snippet for `text` with highlights `ranges`: the whole text if short, else a window
/// that starts a little before the first highlight, cut at spaces where possible, with "…"
/// at each cut end. Returns the snippet and the ranges relative to it (clipped to it).
pub(super) fn window(text: &str, ranges: &[(usize, usize)]) -> (String, Vec<(usize, usize)>) {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let nchars = bounds.len() - 1;
    if nchars <= SNIPPET_CHARS {
        return (text.to_string(), ranges.to_vec());
    }
    let anchor = ranges.first().map_or(0, |r| r.0);
    let anchor_char = bounds.partition_point(|&b| b < anchor);
    let mut first = anchor_char.saturating_sub(CONTEXT_BEFORE);
    let mut last = (first + SNIPPET_CHARS).min(nchars);
    if last == nchars {
        first = nchars.saturating_sub(SNIPPET_CHARS);
    }
    // Start at a word: just after the first space in the context, if there is one.
    if first > 0 {
        if let Some(sp) = (first..anchor_char).find(|&c| text[bounds[c]..].starts_with(' ')) {
            first = sp + 1;
        }
    }
    // End at a word: at the last space of the window, if it leaves the first highlight whole.
    let keep = ranges
        .first()
        .map_or(first, |r| bounds.partition_point(|&b| b < r.1));
    if last < nchars {
        if let Some(sp) = (keep..last)
            .rev()
            .find(|&c| text[bounds[c]..].starts_with(' '))
        {
            last = sp;
        }
    }
    let (start, end) = (bounds[first], bounds[last]);
    let mut snippet = String::with_capacity(end - start + 2 * ELLIPSIS.len());
    if start > 0 {
        snippet.push_str(ELLIPSIS);
    }
    let shift = snippet.len();
    snippet.push_str(&text[start..end]);
    if end < text.len() {
        snippet.push_str(ELLIPSIS);
    }
    let positions = ranges
        .iter()
        .filter(|r| r.0 < end && r.1 > start)
        .map(|r| (r.0.max(start) - start + shift, r.1.min(end) - start + shift))
        .collect();
    (snippet, positions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_whole() {
        let (s, p) = window("Löss, wat hier leeft", &[(0, 5)]);
        assert_eq!(s, "Löss, wat hier leeft");
        assert_eq!(p, vec![(0, 5)]);
    }

    #[test]
    fn long_text_gets_a_window_with_ellipses() {
        let text = format!(
            "{} géïntensiveerd {}",
            "woord ".repeat(40),
            "tekst ".repeat(40)
        );
        let at = text.find("géïntensiveerd").expect("present");
        let hl = (at, at + "géïntensiveerd".len());
        let (s, p) = window(&text, &[hl]);
        assert!(s.starts_with(ELLIPSIS) && s.ends_with(ELLIPSIS), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(p.len(), 1);
        assert_eq!(&s[p[0].0..p[0].1], "géïntensiveerd");
        // Cut at word starts: no half words after the ellipsis.
        assert!(s[ELLIPSIS.len()..].starts_with("woord "), "{s}");
    }

    #[test]
    fn merge_joins_touching_ranges() {
        assert_eq!(
            merge(vec![(5, 7), (0, 2), (2, 3), (6, 9)]),
            vec![(0, 3), (5, 9)]
        );
    }

    #[test]
    fn folded_ranges_map_to_whole_characters() {
        let text = "’s-Hertogenbosch";
        let (folded, map) = fold_with_map(text);
        let a = folded.find("s-h").expect("folded");
        let (s, e) = to_original(text, &map, a, a + 3);
        assert_eq!(&text[s..e], "s-H");
        let (s, e) = to_original(text, &map, 0, 1);
        assert_eq!(&text[s..e], "’");
    }
}
