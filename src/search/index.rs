//! Building the index: segments, the folded-word vocabulary and its postings.

use std::hash::BuildHasher;
use std::ops::Range;

use fuzzy_matcher::skim::SkimMatcherV2;
use hashbrown::{DefaultHashBuilder, HashTable};

use super::Field;
use super::matching::char_mask;
use super::postings::SEG_MASK;
use super::words::each_word;
use crate::model::Dataset;

/// The search index over one dataset. Build it once with [`Index::build`], then call
/// [`Index::search`] per keystroke. It owns copies of the texts, so it does not borrow the
/// dataset.
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
    /// Region names mentioned in notes: `(word ordinal in the note, region)`.
    pub(super) mentions: Vec<(u32, u32)>,
    /// The fuzzy matcher, kept so its scratch buffers are reused between queries.
    pub(super) matcher: SkimMatcherV2,
}

/// One searchable field.
pub(super) struct Segment {
    pub owner: u32,
    pub field: Field,
    /// Range in `Index::text`.
    pub text: Range<u32>,
    /// Range in `Index::seg_words`.
    pub words: Range<u32>,
    /// Range in `Index::mentions` (only notes have mentions).
    pub mentions: Range<u32>,
    /// A name-like field (name, alias, partner): typos are forgiven here.
    pub namey: bool,
}

/// The hot part of a [`Segment`], for the ranking loop.
#[derive(Debug, Clone, Copy)]
pub(super) struct SegMeta {
    pub weight: u16,
    pub namey: bool,
    /// The field is a single word.
    pub single: bool,
    /// The field names regions (see `Index::mentions`).
    pub mentions: bool,
}

/// Who a hit belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OwnerKind {
    Region(usize),
    Section(usize),
    Area,
}

pub(super) struct Owner {
    pub kind: OwnerKind,
    /// Range of segment ids.
    pub segs: Range<u32>,
}

/// A distinct folded word.
pub(super) struct VocabWord {
    pub text: Range<u32>,
    pub chars: u16,
    pub mask: u64,
    /// Occurs in a name-like segment.
    pub namey: bool,
    pub postings: Range<u32>,
}

/// Field weights: name-like fields rank above titles, titles above body text. Multiples of
/// [`WEIGHT_UNIT`], at most 75, so they pack into a posting.
fn weight(field: Field) -> u16 {
    match field {
        Field::Name | Field::Alias(_) => 60,
        Field::Partner(_) | Field::WithoutProfileName(_) => 50,
        Field::ProfileTitle | Field::NationalHeading => 30,
        Field::Theme(_) | Field::ThemeEn(_) | Field::NationalItemHeading(_) => 20,
        Field::KeyPoint(_) => 15,
        Field::PartnerNote(_) => 10,
        Field::Evidence(_) => 5,
        Field::Note(_) | Field::NationalItem(_) | Field::WithoutProfileText(_) => 0,
    }
}

/// The vocabulary ids by word, while building. The table holds only ids and compares against
/// the words already in `Index::vocab_text`, so a word is stored once and a lookup allocates
/// nothing; small entries keep the table in cache (and its memory few pages); and the
/// hasher is a fast one, as building hashes every word of the data.
struct Lookup {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl Lookup {
    /// The id of `w`, adding it to the vocabulary when it is new.
    fn id(&mut self, index: &mut Index, w: &str) -> u32 {
        let hash = self.hasher.hash_one(w);
        let Index {
            vocab, vocab_text, ..
        } = index;
        let text = vocab_text.as_bytes();
        let found = self.table.find(hash, |&id| {
            let r = &vocab[id as usize].text;
            text.get(r.start as usize..r.end as usize) == Some(w.as_bytes())
        });
        if let Some(&id) = found {
            return id;
        }
        let id = vocab.len() as u32;
        let start = vocab_text.len() as u32;
        vocab_text.push_str(w);
        vocab.push(VocabWord {
            text: start..vocab_text.len() as u32,
            chars: w.chars().count().min(u16::MAX as usize) as u16,
            mask: char_mask(w),
            namey: false,
            postings: 0..0,
        });
        let hasher = &self.hasher;
        let text = vocab_text.as_str();
        self.table.insert_unique(hash, id, |&id| {
            let r = &vocab[id as usize].text;
            hasher.hash_one(&text[r.start as usize..r.end as usize])
        });
        id
    }
}

/// Collects segments and words while building.
struct Builder {
    index: Index,
    lookup: Lookup,
}

impl Visitor for Builder {
    fn add(&mut self, owner: u32, field: Field, text: &str) {
        if text.trim().is_empty() || self.index.segments.len() >= SEG_MASK as usize {
            return;
        }
        let namey = matches!(field, Field::Name | Field::Alias(_) | Field::Partner(_));
        let start = self.index.text.len() as u32;
        self.index.text.push_str(text);
        let words_start = self.index.seg_words.len() as u32;
        let Self { index, lookup } = self;
        each_word(text, |_, _, w| {
            let id = lookup.id(index, w);
            index.vocab[id as usize].namey |= namey;
            index.seg_words.push(id);
            true
        });
        let word_count = self.index.seg_words.len() as u32 - words_start;
        self.index.meta.push(SegMeta {
            weight: weight(field),
            namey,
            single: word_count == 1,
            mentions: false,
        });
        self.index.segments.push(Segment {
            owner,
            field,
            text: start..self.index.text.len() as u32,
            words: words_start..self.index.seg_words.len() as u32,
            mentions: 0..0,
            namey,
        });
    }

    fn open(&mut self, kind: OwnerKind) -> u32 {
        let id = self.index.owners.len() as u32;
        let at = self.index.segments.len() as u32;
        self.index.owners.push(Owner { kind, segs: at..at });
        id
    }

    fn close(&mut self, id: u32) {
        let end = self.index.segments.len() as u32;
        self.index.owners[id as usize].segs.end = end;
    }
}

/// What [`visit`] reports: owners opening and closing, and their fields.
trait Visitor {
    /// A new owner (a region, a cover-text heading or item, an area); its id.
    fn open(&mut self, kind: OwnerKind) -> u32;
    /// A field of the open owner.
    fn add(&mut self, owner: u32, field: Field, text: &str);
    /// The owner has no more fields.
    fn close(&mut self, owner: u32);
}

/// Walks every searchable field of `data` in index order. One walk for both measuring and
/// building, so the two cannot disagree.
fn visit(data: &Dataset, v: &mut impl Visitor) {
    for (ri, r) in data.regions.iter().enumerate() {
        let o = v.open(OwnerKind::Region(ri));
        v.add(o, Field::Name, &r.name);
        for (i, a) in r.aliases.iter().enumerate() {
            v.add(o, Field::Alias(i), &a.name);
        }
        v.add(o, Field::ProfileTitle, &r.profile_title);
        for (i, p) in r.partners.iter().enumerate() {
            v.add(o, Field::Partner(i), &p.name);
        }
        for (i, n) in r.partner_notes.iter().enumerate() {
            v.add(o, Field::PartnerNote(i), n);
        }
        for (i, k) in r.key_points.iter().enumerate() {
            v.add(o, Field::KeyPoint(i), &k.text);
        }
        for (i, n) in r.notes.iter().enumerate() {
            v.add(o, Field::Note(i), &n.text);
        }
        for (i, t) in r.themes.iter().enumerate() {
            if let Some(theme) = data.theme(&t.theme) {
                v.add(o, Field::Theme(i), &theme.label);
                v.add(o, Field::ThemeEn(i), &theme.label_en);
            }
            v.add(o, Field::Evidence(i), &t.evidence);
        }
        v.close(o);
    }
    // National hits are one per heading or item, so a long section does not collapse
    // into one result; an area without a profile is one result for its name and text.
    for (si, s) in data.national.iter().enumerate() {
        let o = v.open(OwnerKind::Section(si));
        v.add(o, Field::NationalHeading, &s.heading);
        v.close(o);
        for (i, item) in s.items.iter().enumerate() {
            let o = v.open(OwnerKind::Section(si));
            if let Some(h) = &item.heading {
                v.add(o, Field::NationalItemHeading(i), h);
            }
            v.add(o, Field::NationalItem(i), &item.text);
            v.close(o);
        }
    }
    for (i, a) in data.without_profile.iter().enumerate() {
        let o = v.open(OwnerKind::Area);
        v.add(o, Field::WithoutProfileName(i), &a.name);
        v.add(o, Field::WithoutProfileText(i), &a.text);
        v.close(o);
    }
}

/// Measures what a build will hold, so the index's vectors are allocated once at their size
/// instead of growing (and copying) while filling.
#[derive(Default)]
struct Sizer {
    owners: usize,
    segments: usize,
    bytes: usize,
}

impl Visitor for Sizer {
    fn open(&mut self, _: OwnerKind) -> u32 {
        self.owners += 1;
        0
    }

    fn add(&mut self, _: u32, _: Field, text: &str) {
        self.segments += 1;
        self.bytes += text.len();
    }

    fn close(&mut self, _: u32) {}
}

impl Index {
    /// Builds the index over every searchable field of `data`.
    pub fn build(data: &Dataset) -> Index {
        let mut size = Sizer::default();
        visit(data, &mut size);
        // Words are rarely shorter than three letters and a space; a guess too low only
        // means growing once or twice.
        let words = size.bytes / 4;
        // Distinct words are fewer: a quarter in the embedded data, far fewer in larger data.
        let distinct = words / 4;
        let mut b = Builder {
            index: Index {
                segments: Vec::with_capacity(size.segments),
                meta: Vec::with_capacity(size.segments),
                owners: Vec::with_capacity(size.owners),
                region_count: data.regions.len(),
                text: String::with_capacity(size.bytes),
                // Distinct words average some eight bytes.
                vocab_text: String::with_capacity(distinct * 8),
                vocab: Vec::with_capacity(distinct),
                seg_words: Vec::with_capacity(words),
                postings: Vec::new(),
                mentions: Vec::new(),
                matcher: SkimMatcherV2::default().ignore_case(),
            },
            lookup: Lookup {
                table: HashTable::with_capacity(distinct),
                hasher: DefaultHashBuilder::default(),
            },
        };
        visit(data, &mut b);
        let Builder { mut index, lookup } = b;
        // Freed before the postings are made, so they can reuse its memory: fresh memory
        // costs a page fault per page, a good part of a short command's run time.
        drop(lookup);
        index.fill_postings();
        index.fill_mentions();
        index
    }

    /// Records, for every note, where it names a region. A note of the cover text often
    /// speaks of several regions at once; a match then belongs most to the region named
    /// nearest to it. A region is named by a word of its name that no other region's name
    /// has ("north", "zwolle", "brabantstad"), at least three letters long.
    fn fill_mentions(&mut self) {
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
                    self.mentions.push((ord as u32, r));
                }
            }
            seg.mentions = start..self.mentions.len() as u32;
            meta.mentions = !seg.mentions.is_empty();
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
    fn weights_fit_a_posting() {
        let fields = [
            Field::Name,
            Field::Alias(0),
            Field::ProfileTitle,
            Field::Partner(0),
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
        for f in fields {
            assert!(weight(f) % 5 == 0 && weight(f) <= 75, "{f:?}");
        }
    }

    #[test]
    fn every_field_is_its_words_and_every_word_is_stored_once() {
        let data = crate::r#gen::generate(40, 3);
        let index = Index::build(&data);
        let word = |id: u32| {
            let r = &index.vocab[id as usize].text;
            &index.vocab_text[r.start as usize..r.end as usize]
        };
        let mut seen = std::collections::HashSet::new();
        assert!((0..index.vocab.len() as u32).all(|id| seen.insert(word(id))));
        for seg in &index.segments {
            let mut want = Vec::new();
            each_word(index.seg_text(seg), |_, _, w| {
                want.push(w.to_string());
                true
            });
            let got: Vec<&str> = index.seg_word_ids(seg).iter().map(|&id| word(id)).collect();
            assert_eq!(got, want);
        }
    }

    #[test]
    fn the_index_can_move_to_and_be_shared_between_threads() {
        fn check<T: Send + Sync>() {}
        check::<Index>();
    }
}
