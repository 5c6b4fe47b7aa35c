//! Searching a source text with the dataset's search engine. The text is cut into passages
//! the way the data cuts it: every field that holds no other (the title, names, profile
//! titles, partners, partner notes, key points, cover-text headings and items), and the text
//! between them, which the data leaves out; each passage is one result.

use std::ops::Range;

use super::{Normalised, Quote, Source, normalise};
use crate::search::{Field, Index, ranges_in};

/// A source text's passages and their search index, built once, queried per keystroke.
pub struct Passages {
    norm: Normalised,
    /// Each passage's range in the normalised text, in the document's order.
    ranges: Vec<Range<usize>>,
    index: Index,
}

impl std::fmt::Debug for Passages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Passages")
            .field("passages", &self.ranges.len())
            .finish_non_exhaustive()
    }
}

/// A hit in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocHit {
    /// The passage it is in (in the document's order).
    pub passage: usize,
    /// The matched characters, as byte ranges of the source text, in order.
    pub ranges: Vec<Range<usize>>,
    /// The lines `[first, last]` (1-based) of the matched characters.
    pub lines: [u32; 2],
    /// Its place in the search's ranking (0 for the best hit).
    pub rank: usize,
}

/// Whether a quote is a field that holds no other (see the module documentation).
fn holds_no_other(q: Quote) -> bool {
    matches!(
        q,
        Quote::Title
            | Quote::Heading(_)
            | Quote::ItemHeading(..)
            | Quote::Item(..)
            | Quote::Name(_)
            | Quote::ProfileTitle(_)
            | Quote::Partner(..)
            | Quote::PartnerNote(..)
            | Quote::RouteOost(_)
            | Quote::KeyPoint(..)
    )
}

impl Passages {
    /// Cuts `source` into passages and indexes them.
    pub fn build(source: &Source) -> Passages {
        let norm = normalise(source.text());
        let mut fields: Vec<Range<usize>> = source
            .places()
            .iter()
            .filter(|&(q, _)| holds_no_other(q))
            .map(|(_, p)| norm.offset_of(p.start as usize)..norm.offset_of(p.end as usize))
            .collect();
        fields.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut ranges = Vec::with_capacity(fields.len() * 2 + 1);
        let mut at = 0;
        let gap = |from: usize, to: usize, out: &mut Vec<Range<usize>>| {
            let text = &norm.text[from..to];
            let lead = text.len() - text.trim_start().len();
            let r = from + lead..from + text.trim_end().len();
            if r.start < r.end {
                out.push(r);
            }
        };
        for r in fields {
            // Fields of well-formed data never overlap; if they do, the first one counts.
            if r.start < at {
                continue;
            }
            gap(at, r.start, &mut ranges);
            ranges.push(r.clone());
            at = r.end;
        }
        gap(at, norm.text.len(), &mut ranges);
        let texts: Vec<&str> = ranges.iter().map(|r| &norm.text[r.clone()]).collect();
        let index = Index::build_passages(&texts);
        Passages {
            norm,
            ranges,
            index,
        }
    }

    /// How many passages there are.
    pub fn len(&self) -> usize {
        self.ranges.len()
    }

    /// Whether there are none (an empty text).
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    /// The hits of `query` in `source` (the text these passages were cut from), in the
    /// document's order, each with its rank. Where the words matched as one phrase, each
    /// place of that phrase in a passage is a hit of its own (so `n` steps to the next one);
    /// else a passage's hit highlights every place of each matched word.
    pub fn search(&self, source: &Source, query: &str) -> Vec<DocHit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for hit in self.index.search(query, usize::MAX) {
            let Field::Passage(i) = hit.field else {
                continue;
            };
            let Some(range) = self.ranges.get(i) else {
                continue;
            };
            let full = &self.norm.text[range.clone()];
            let matched = ranges_in(full, &hit.snippet, &hit.positions);
            let one_phrase = crate::search::phrases(full, &matched).len() == 1;
            let to_source = |r: &Range<usize>| {
                let n = range.start + r.start..range.start + r.end;
                self.norm.original(source.text(), n)
            };
            let places: Vec<Vec<Range<usize>>> = crate::search::occurrences(full, &matched)
                .iter()
                .map(|words| words.iter().map(to_source).collect())
                .collect();
            let groups: Vec<Vec<Range<usize>>> = if one_phrase {
                places
            } else {
                vec![places.into_iter().flatten().collect()]
            };
            for ranges in groups {
                let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
                    continue;
                };
                let lines = source.lines_of(first.start..last.end);
                out.push(DocHit {
                    passage: i,
                    lines,
                    ranges,
                    rank: out.len(),
                });
            }
        }
        out.sort_by_key(|h| h.ranges.first().map_or(0, |r| r.start));
        out
    }

    /// The normalised form of the text the passages were cut from.
    pub fn normalised(&self) -> &Normalised {
        &self.norm
    }
}
