//! Turning a ranked owner into a [`Hit`]: which characters to highlight, mapped back from
//! folded to original text, and a window around them for long text.

use super::index::{Index, OwnerKind, Segment};
use super::matching::{Word, locate};
use super::rank::{QueryState, Ranked, Spot};
use super::words::each_word;
use super::{Field, Hit};
use crate::text::fold_char;

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
            tier: r.tier,
            score: r.score,
            positions,
            other_fields,
        }
    }

    /// The byte ranges of `text` (the segment's original text) that matched, sorted and
    /// merged. Each token is highlighted where it matched best, or, if the query stands in
    /// the field as a phrase, at the phrase. A range covers exactly what matched: the token
    /// in a word, the whole word for another form or a typo, the letters of a fuzzy match,
    /// and for words written together the letters of each word, not the space between.
    fn highlight(&self, state: &QueryState, seg: &Segment, text: &str) -> Vec<(usize, usize)> {
        let phrase = self.phrase_at(state, seg);
        // (spot, token) pairs to highlight.
        let wanted: Vec<(Spot, usize)> = (0..state.tokens.len())
            .filter_map(|k| {
                let spot = match phrase {
                    Some(i) => Some(Spot::Word(i + k)),
                    None => self.best_spot(state, seg, k),
                };
                spot.map(|s| (s, k))
            })
            .collect();
        // The word ordinals each spot covers.
        let covers = |spot: Spot| match spot {
            Spot::Word(ord) => ord..ord + 1,
            Spot::Join(j) => {
                let join = &self.joins[j];
                join.ord as usize..(join.ord + join.span) as usize
            }
        };
        let last = wanted
            .iter()
            .map(|&(s, _)| covers(s).end)
            .max()
            .unwrap_or(0);
        // The same cutting as at build time, so word ordinals agree with the index; only
        // the words up to the last one highlighted are kept.
        let mut chunks: Vec<(usize, &str)> = Vec::new();
        each_word(text, |at, chunk, _| {
            chunks.push((at, &text[at..at + chunk.len()]));
            chunks.len() < last
        });
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (spot, k) in wanted {
            let Some(pieces) = chunks.get(covers(spot)) else {
                continue;
            };
            let joined = matches!(spot, Spot::Join(_));
            let (folded, map) = folded_view(pieces, joined);
            let word = Word {
                joined,
                ..Word::plain(&folded, seg.namey)
            };
            let found = locate(&self.matcher, &self.stems, &state.tokens[k], &word);
            for (a, b) in found.map(|f| f.1).unwrap_or_default() {
                out.extend(merge(map[a..b].to_vec()));
            }
        }
        merge(out)
    }
}

/// The folded form of one word (`pieces` holds its piece of text), trimmed of punctuation at
/// both ends as the index cuts it; or, for a joined word (`joined`), the letters and digits
/// of all its pieces run together. With it, for every folded byte, the byte range of the
/// original character it came from (pieces carry their offset in the text).
fn folded_view(pieces: &[(usize, &str)], joined: bool) -> (String, Vec<(usize, usize)>) {
    let mut out = String::new();
    let mut map = Vec::new();
    let mut buf = String::new();
    for &(at, chunk) in pieces {
        for (i, c) in chunk.char_indices() {
            buf.clear();
            fold_char(c, &mut buf);
            for d in buf.chars() {
                if joined && !d.is_alphanumeric() {
                    continue;
                }
                out.push(d);
                let range = (at + i, at + i + c.len_utf8());
                map.extend(std::iter::repeat_n(range, d.len_utf8()));
            }
        }
    }
    if joined {
        return (out, map);
    }
    let start = out.len() - out.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let end = out
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .len()
        .max(start);
    (out[start..end].to_string(), map[start..end].to_vec())
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
    fn folded_views_map_to_whole_characters() {
        let text = "(’s-Hertogenbosch,";
        let (folded, map) = folded_view(&[(0, text)], false);
        assert_eq!(folded, "s-hertogenbosch");
        let a = folded.find("s-h").expect("folded");
        let r = merge(map[a..a + 3].to_vec());
        assert_eq!(
            r.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(),
            ["s-H"]
        );
        // Written together: the letters of both words, without the space or the hyphen.
        let text = "Den Noord-Holland";
        let (folded, map) = folded_view(&[(0, "Den"), (4, "Noord-Holland")], true);
        assert_eq!(folded, "dennoordholland");
        let r = merge(map.clone());
        let got: Vec<&str> = r.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["Den", "Noord", "Holland"]);
        let (folded, map) = folded_view(&[(0, "Æsop")], false);
        assert_eq!(folded, "æsop");
        assert_eq!(map[0], map[1], "one character folded to two");
    }
}
