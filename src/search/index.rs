//! The search index: segments, the folded-word vocabulary and its postings. The `build`
//! module beside this one makes it.

use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::Field;
use super::stem::Stems;
use super::words::each_word;

/// The search index over one dataset. Build it once with [`Index::build`], then call
/// [`Index::search`] per keystroke. It owns copies of the texts, so it does not borrow the
/// dataset.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Index {
    /// Every searchable field, grouped by owner.
    pub(super) segments: Vec<Segment>,
    /// What the per-keystroke loops need of each segment, packed small so those loops stay
    /// in cache (parallel to `segments`).
    pub(super) meta: Vec<SegMeta>,
    /// What each hit can belong to: regions first (index = region index), then the national
    /// context.
    pub(super) owners: Vec<Owner>,
    /// How many owners are regions (the first ones).
    pub(super) region_count: usize,
    /// All original texts, concatenated; segments hold ranges into it.
    pub(super) text: String,
    /// All distinct folded words, concatenated.
    pub(super) vocab_text: String,
    /// One entry per distinct folded word.
    pub(super) vocab: Vec<VocabWord>,
    /// For each segment's words in order, the vocabulary id.
    pub(super) seg_words: Vec<u32>,
    /// Packed [`super::postings::Posting`]s per vocabulary word (each segment once, in segment order), ranges
    /// in `VocabWord::postings`.
    pub(super) postings: Vec<u32>,
    /// Region names mentioned in notes.
    pub(super) mentions: Vec<Mention>,
    /// For every word of a note that names regions, the number of its clause (see
    /// [`clauses`]); ranges in `Segment::clauses`.
    pub(super) clause_of: Vec<u32>,
    /// Words written together: per name, its runs of two and three words joined ("denhaag"),
    /// and in every field each word with a hyphen or apostrophe without it ("noordholland"),
    /// as vocabulary words of their own (see [`Join`]).
    pub(super) joins: Vec<Join>,
    /// The fuzzy matcher, kept so its scratch buffers are reused between queries.
    #[serde(skip, default = "matcher")]
    pub(super) matcher: SkimMatcherV2,
    /// The Dutch stemmer, for word forms.
    #[serde(skip)]
    pub(super) stems: Stems,
}

/// A region named in a note.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(super) struct Mention {
    /// The word ordinal in the note.
    pub ord: u32,
    /// The clause of the note it stands in (see [`clauses`]).
    pub clause: u32,
    /// The region.
    pub region: u32,
}

/// For every word of `text` (as [`each_word`] cuts it), the number of its clause: clauses
/// end at a word followed by a comma, semicolon, colon or full stop. "In Brabantstad wordt
/// samengewerkt in talenthubs, We the North investeert …" says "talenthubs" of Brabantstad,
/// though "We the North" stands nearer.
pub(super) fn clauses(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut clause = 0;
    each_word(text, |_, chunk, _| {
        out.push(clause);
        if chunk.ends_with([',', ';', ':', '.', '!', '?']) {
            clause += 1;
        }
        true
    });
    out
}

/// A joined word of a segment: the vocabulary word `word` stands for the segment's words
/// `ord .. ord + span` (one word without its punctuation, or two written together).
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(super) struct Join {
    pub ord: u32,
    pub span: u32,
    pub word: u32,
}

/// One searchable field.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct Segment {
    pub owner: u32,
    pub field: Field,
    /// Range in `Index::text`.
    pub text: Range<u32>,
    /// Range in `Index::seg_words`.
    pub words: Range<u32>,
    /// Range in `Index::mentions` (only notes have mentions).
    pub mentions: Range<u32>,
    /// Range in `Index::joins`.
    pub joins: Range<u32>,
    /// For a note that names regions: range in `Index::clause_of`, one entry per word.
    pub clauses: Range<u32>,
    /// A name-like field (name, alias, partner): typos are forgiven here.
    pub namey: bool,
}

/// The hot part of a [`Segment`], for the ranking loop.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(super) struct SegMeta {
    pub weight: u16,
    pub namey: bool,
    /// The field is a single word.
    pub single: bool,
    /// The field names regions (see `Index::mentions`).
    pub mentions: bool,
}

/// Who a hit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(super) enum OwnerKind {
    Region(usize),
    Section(usize),
    Area,
}

#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct Owner {
    pub kind: OwnerKind,
    /// Range of segment ids.
    pub segs: Range<u32>,
}

/// A distinct folded word.
#[derive(serde::Serialize, serde::Deserialize)]
pub(super) struct VocabWord {
    pub text: Range<u32>,
    pub chars: u16,
    pub mask: u64,
    /// Occurs in a name-like segment.
    pub namey: bool,
    /// A joined word (see [`Join`]), not a word of the text.
    pub joined: bool,
    pub postings: Range<u32>,
}

/// Field weights: name-like fields rank above titles, titles above body text, within a tier
/// (see [`super::Tier`]).
pub(super) fn weight(field: Field) -> u16 {
    match field {
        Field::Name | Field::Alias(_) | Field::RouteOost => 60,
        Field::Partner(_) | Field::PartnerKind(_) | Field::WithoutProfileName(_) => 50,
        Field::ProfileTitle | Field::NationalHeading => 30,
        Field::NationalItemHeading(_) => 20,
        Field::KeyPoint(_) => 15,
        Field::PartnerNote(_) => 10,
        // What the document says of an area without a profile is the fact about it: above
        // the running text of the cover text, which says the same among other things.
        Field::Evidence(_) | Field::WithoutProfileText(_) => 5,
        // Theme labels are interpretation, not the document's words: a document heading
        // or key point with the same word says more.
        Field::Theme(_) | Field::ThemeEn(_) => 5,
        Field::Note(_) | Field::NationalItem(_) | Field::Passage(_) => 0,
    }
}

/// A fresh fuzzy matcher, as the index uses it.
pub(super) fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

impl Index {
    /// Records, for every note, where it names a region. A note of the cover text often
    /// speaks of several regions at once; a match then belongs most to the region named
    /// nearest to it. A region is named by a word of its name that no other region's name
    /// has ("north", "zwolle", "brabantstad"), at least three letters long.
    pub(super) fn fill_mentions(&mut self) {
        const NONE: u32 = u32::MAX;
        const SHARED: u32 = u32::MAX - 1;
        let mut owner_of = vec![NONE; self.vocab.len()];
        for seg in &self.segments {
            let OwnerKind::Region(r) = self.owners[seg.owner as usize].kind else {
                continue;
            };
            if seg.field != Field::Name {
                continue;
            }
            for &w in &self.seg_words[seg.words.start as usize..seg.words.end as usize] {
                if self.vocab[w as usize].chars < 3 {
                    continue;
                }
                let slot = &mut owner_of[w as usize];
                *slot = match *slot {
                    NONE => r as u32,
                    x if x == r as u32 => x,
                    _ => SHARED,
                };
            }
        }
        for (seg, meta) in self.segments.iter_mut().zip(&mut self.meta) {
            if !matches!(seg.field, Field::Note(_)) {
                continue;
            }
            let start = self.mentions.len() as u32;
            let words = &self.seg_words[seg.words.start as usize..seg.words.end as usize];
            for (ord, &w) in words.iter().enumerate() {
                let r = owner_of[w as usize];
                if r < SHARED {
                    self.mentions.push(Mention {
                        ord: ord as u32,
                        clause: 0,
                        region: r,
                    });
                }
            }
            // Clauses only matter where regions are named.
            let clauses = if self.mentions.len() as u32 > start {
                clauses(&self.text[seg.text.start as usize..seg.text.end as usize])
            } else {
                Vec::new()
            };
            for m in &mut self.mentions[start as usize..] {
                m.clause = clauses.get(m.ord as usize).copied().unwrap_or(0);
            }
            seg.mentions = start..self.mentions.len() as u32;
            meta.mentions = !seg.mentions.is_empty();
            if meta.mentions {
                let at = self.clause_of.len() as u32;
                self.clause_of.extend(&clauses);
                seg.clauses = at..self.clause_of.len() as u32;
            }
        }
    }

    /// The original text of a segment.
    pub(super) fn seg_text(&self, seg: &Segment) -> &str {
        &self.text[seg.text.start as usize..seg.text.end as usize]
    }

    /// The vocabulary ids of a segment's words, in order.
    pub(super) fn seg_word_ids(&self, seg: &Segment) -> &[u32] {
        &self.seg_words[seg.words.start as usize..seg.words.end as usize]
    }

    /// A segment's joined words.
    pub(super) fn seg_joins(&self, seg: &Segment) -> &[Join] {
        &self.joins[seg.joins.start as usize..seg.joins.end as usize]
    }

    /// The text of vocabulary word `id`.
    pub(super) fn word_text(&self, id: u32) -> &str {
        let r = &self.vocab[id as usize].text;
        &self.vocab_text[r.start as usize..r.end as usize]
    }

    /// Number of searchable fields (for diagnostics and tests).
    pub fn field_count(&self) -> usize {
        self.segments.len()
    }

    /// Number of distinct folded words (for diagnostics and tests).
    pub fn vocabulary_size(&self) -> usize {
        self.vocab.len()
    }
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("fields", &self.segments.len())
            .field("words", &self.vocab.len())
            .field("regions", &self.region_count)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_order_names_titles_and_text() {
        let fields = [
            Field::Name,
            Field::Alias(0),
            Field::ProfileTitle,
            Field::RouteOost,
            Field::Partner(0),
            Field::PartnerKind(0),
            Field::PartnerNote(0),
            Field::KeyPoint(0),
            Field::Note(0),
            Field::Theme(0),
            Field::ThemeEn(0),
            Field::Evidence(0),
            Field::NationalHeading,
            Field::NationalItemHeading(0),
            Field::NationalItem(0),
            Field::WithoutProfileName(0),
            Field::WithoutProfileText(0),
        ];
        // Names above titles above body text.
        assert!(weight(Field::Name) > weight(Field::ProfileTitle));
        assert!(weight(Field::Partner(0)) > weight(Field::KeyPoint(0)));
        assert!(weight(Field::KeyPoint(0)) > weight(Field::Note(0)));
        assert!(fields.iter().all(|&f| weight(f) <= weight(Field::Name)));
    }

    #[test]
    fn the_index_can_move_to_and_be_shared_between_threads() {
        fn check<T: Send + Sync>() {}
        check::<Index>();
    }
}
