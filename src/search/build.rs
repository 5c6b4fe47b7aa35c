//! Building the index: one walk over the dataset's fields, each cut into words, each word
//! looked up in (or added to) the vocabulary; then the postings and the region mentions.

use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable};

use super::Field;
use super::index::{Index, Join, Owner, OwnerKind, SegMeta, Segment, VocabWord, weight};
use super::matching::char_mask;
use super::postings::SEG_MASK;
use super::stem::Stems;
use super::words::each_word;
use crate::model::{Dataset, ROUTE_OOST_TEXT};

/// The vocabulary ids by word, while building. The table holds only ids and compares against
/// the words already in `Index::vocab_text`, so a word is stored once and a lookup allocates
/// nothing; small entries keep the table in cache (and its memory few pages); and the
/// hasher is a fast one, as building hashes every word of the data.
struct Lookup {
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
}

impl Lookup {
    fn new(capacity: usize) -> Lookup {
        Lookup {
            table: HashTable::with_capacity(capacity),
            hasher: DefaultHashBuilder::default(),
        }
    }

    /// The id of `w`, adding it to the vocabulary when it is new (as a joined word when
    /// `joined`: joined words have a table of their own).
    #[inline]
    fn id(&mut self, index: &mut Index, w: &str, joined: bool) -> u32 {
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
            joined,
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
    /// The joined words, apart from the words of the text.
    joined: Lookup,
    /// Scratch for joining: the current name's words without punctuation, run together ...
    squashed: String,
    /// ... and where each of them ends in it.
    ends: Vec<usize>,
    /// The words of each theme label, once cut (see [`Visitor::add_label`]).
    labels: Vec<Option<std::ops::Range<u32>>>,
    /// The last partner added and its words (see [`Visitor::add_partner_kind`]).
    last_partner: Option<(usize, std::ops::Range<u32>)>,
}

/// Fields whose runs of words are also indexed written together: names, which people type
/// either way ("Den Haag", "denhaag"). Running text and titles are not: their runs would
/// swell the vocabulary, which every keystroke walks, for words nobody types; nor is a
/// partner with its kind ("gemeentehengelo"). (A hyphenated word is also indexed without its
/// hyphen in every field: "noordholland", "presentatieplekken".)
fn joins_pairs(field: Field) -> bool {
    matches!(
        field,
        Field::Name
            | Field::Alias(_)
            | Field::Partner(_)
            | Field::RouteOost
            | Field::NationalHeading
            | Field::WithoutProfileName(_)
    )
}

/// The most words of a name joined into one: "We The North" is typed "wethenorth".
const MAX_JOINED: usize = 3;

impl Builder {
    /// `(key, the words of the field added last)`, if a field was added.
    fn last_words(&self, key: usize) -> Option<(usize, std::ops::Range<u32>)> {
        self.index
            .segments
            .last()
            .map(|seg| (key, seg.words.clone()))
    }

    /// Adds a field of `owner` whose words come from `words`.
    fn add_field(&mut self, owner: u32, field: Field, text: &str, words: Words) {
        if text.trim().is_empty() || self.index.segments.len() >= SEG_MASK as usize {
            return;
        }
        let namey = matches!(field, Field::Name | Field::Alias(_) | Field::Partner(_));
        let start = self.index.text.len() as u32;
        self.index.text.push_str(text);
        let words_start = self.index.seg_words.len() as u32;
        let pairs = joins_pairs(field);
        let Self {
            index,
            lookup,
            joined,
            squashed,
            ends,
            ..
        } = self;
        squashed.clear();
        ends.clear();
        let joins_start = index.joins.len() as u32;
        match words {
            Words::Cut => {}
            Words::Same(r) => index
                .seg_words
                .extend_from_within(r.start as usize..r.end as usize),
            Words::Then(first, r) => {
                let id = lookup.id(index, first, false);
                index.seg_words.push(id);
                index
                    .seg_words
                    .extend_from_within(r.start as usize..r.end as usize);
            }
        }
        let cut = index.seg_words.len() as u32 == words_start;
        each_word(if cut { text } else { "" }, |_, _, w| {
            let id = lookup.id(index, w, false);
            index.vocab[id as usize].namey |= namey;
            let ord = index.seg_words.len() as u32 - words_start;
            index.seg_words.push(id);
            // In running text only a hyphenated word is also written together
            // ("presentatie-plekken", "presentatieplekken"); in names every run of words too.
            if !pairs && !w.bytes().any(|b| b == b'-' || b == b'\'') {
                return true;
            }
            if !pairs {
                squashed.clear();
                ends.clear();
            }
            // The field's words without inner punctuation, one after another in `squashed`;
            // `ends` marks where each ends.
            let from = squashed.len();
            squashed.extend(w.chars().filter(|c| c.is_alphanumeric()));
            ends.push(squashed.len());
            let this = &squashed[from..];
            let mut add = |at: u32, span: u32, text: &str| {
                let word = joined.id(index, text, true);
                index.vocab[word as usize].namey |= namey;
                index.joins.push(Join {
                    ord: at,
                    span,
                    word,
                });
            };
            if !this.is_empty() && this.len() != w.len() {
                add(ord, 1, this);
            }
            if !pairs {
                return true;
            }
            // The runs of two and three words that end here ("denhaag", "wethenorth").
            let n = ends.len();
            for span in 2..=MAX_JOINED.min(n) {
                let start = if n > span { ends[n - span - 1] } else { 0 };
                add(ord + 1 - span as u32, span as u32, &squashed[start..]);
            }
            true
        });
        let joins = joins_start..index.joins.len() as u32;
        let word_count = self.index.seg_words.len() as u32 - words_start;
        self.index.meta.push(SegMeta {
            weight: weight(field),
            namey,
            // Matching a whole field counts for the document's words, not for a theme
            // label (interpretation).
            single: word_count == 1 && !matches!(field, Field::Theme(_) | Field::ThemeEn(_)),
            mentions: false,
        });
        self.index.segments.push(Segment {
            owner,
            field,
            text: start..self.index.text.len() as u32,
            words: words_start..self.index.seg_words.len() as u32,
            mentions: 0..0,
            joins,
            clauses: 0..0,
            namey,
        });
    }
}

impl Visitor for Builder {
    fn add(&mut self, owner: u32, field: Field, text: &str) {
        self.add_field(owner, field, text, Words::Cut);
        if let Field::Partner(i) = field {
            self.last_partner = self.last_words(i);
        }
    }

    fn add_label(&mut self, owner: u32, field: Field, text: &str, key: usize) {
        let words = match self.labels.get(key).cloned().flatten() {
            Some(r) => Words::Same(r),
            None => Words::Cut,
        };
        self.add_field(owner, field, text, words);
        if self.labels.len() <= key {
            self.labels.resize(key + 1, None);
        }
        if self.labels[key].is_none() {
            self.labels[key] = self.last_words(key).map(|(_, r)| r);
        }
    }

    fn add_partner_kind(&mut self, owner: u32, i: usize, word: &'static str, text: &str) {
        let words = match self.last_partner.clone() {
            Some((j, r)) if j == i => Words::Then(word, r),
            _ => Words::Cut,
        };
        self.add_field(owner, Field::PartnerKind(i), text, words);
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

/// Where the words of a field come from.
#[derive(Debug, Clone)]
enum Words {
    /// Cut from its text.
    Cut,
    /// The same as another field's (a theme label seen before): a range of `seg_words`.
    Same(std::ops::Range<u32>),
    /// A word (a partner's kind), then another field's words (the partner's name).
    Then(&'static str, std::ops::Range<u32>),
}

/// What [`visit`] reports: owners opening and closing, and their fields.
trait Visitor {
    /// A new owner (a region, a cover-text heading or item, an area); its id.
    fn open(&mut self, kind: OwnerKind) -> u32;
    /// A field of the open owner.
    fn add(&mut self, owner: u32, field: Field, text: &str);
    /// A theme label: the same text under the same `key` has the same words, cut once.
    fn add_label(&mut self, owner: u32, field: Field, text: &str, key: usize) {
        let _ = key;
        self.add(owner, field, text);
    }
    /// Partner `i` again, with `word` (its kind) before its name: the words of the partner
    /// field just added, after `word`. `text` is the two together.
    fn add_partner_kind(&mut self, owner: u32, i: usize, word: &'static str, text: &str) {
        let _ = word;
        self.add(owner, Field::PartnerKind(i), text);
    }
    /// The owner has no more fields.
    fn close(&mut self, owner: u32);
}

/// Walks every searchable field of `data` in index order. One walk for both measuring and
/// building, so the two cannot disagree.
fn visit(data: &Dataset, v: &mut dyn Visitor) {
    for (ri, r) in data.regions.iter().enumerate() {
        let o = v.open(OwnerKind::Region(ri));
        v.add(o, Field::Name, &r.name);
        for (i, a) in r.aliases.iter().enumerate() {
            v.add(o, Field::Alias(i), &a.name);
        }
        v.add(o, Field::ProfileTitle, &r.profile_title);
        if r.route_oost {
            v.add(o, Field::RouteOost, ROUTE_OOST_TEXT);
        }
        for (i, p) in r.partners.iter().enumerate() {
            v.add(o, Field::Partner(i), &p.name);
            let word = p.kind.word();
            v.add_partner_kind(o, i, word, &format!("{word} {}", p.name));
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
            if let Some(ti) = data.theme_index(&t.theme) {
                let theme = &data.themes[ti];
                v.add_label(o, Field::Theme(i), &theme.label, 2 * ti);
                v.add_label(o, Field::ThemeEn(i), &theme.label_en, 2 * ti + 1);
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

/// Walks the passages of a text, each its own owner with one field.
fn visit_passages(passages: &[&str], v: &mut dyn Visitor) {
    for (i, text) in passages.iter().enumerate() {
        let o = v.open(OwnerKind::Area);
        v.add(o, Field::Passage(i), text);
        v.close(o);
    }
}

impl Index {
    /// Builds the index over every searchable field of `data`.
    pub fn build(data: &Dataset) -> Index {
        Index::build_with(data.regions.len(), |v| visit(data, v))
    }

    /// Builds an index over the passages of a text: each passage is one result, found with
    /// the same matching and ranking as the fields of a dataset (hits carry
    /// [`Field::Passage`] and no region or section).
    pub fn build_passages(passages: &[&str]) -> Index {
        Index::build_with(0, |v| visit_passages(passages, v))
    }

    /// Builds the index over what `walk` reports (twice: once to measure, once to fill).
    fn build_with(region_count: usize, walk: impl Fn(&mut dyn Visitor)) -> Index {
        let mut size = Sizer::default();
        walk(&mut size);
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
                region_count,
                text: String::with_capacity(size.bytes),
                // Distinct words average some eight bytes.
                vocab_text: String::with_capacity(distinct * 8),
                vocab: Vec::with_capacity(distinct),
                seg_words: Vec::with_capacity(words),
                postings: Vec::new(),
                mentions: Vec::new(),
                clause_of: Vec::new(),
                joins: Vec::new(),
                matcher: super::index::matcher(),
                stems: Stems::default(),
            },
            lookup: Lookup::new(distinct),
            // Only names are joined: a few per region.
            joined: Lookup::new(size.owners * 4),
            squashed: String::new(),
            ends: Vec::new(),
            labels: Vec::new(),
            last_partner: None,
        };
        walk(&mut b);
        let Builder {
            mut index,
            lookup,
            joined,
            ..
        } = b;
        // Freed before the postings are made, so they can reuse its memory: fresh memory
        // costs a page fault per page, a good part of a short command's run time.
        drop((lookup, joined));
        index.fill_postings();
        index.fill_mentions();
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_its_words_and_every_word_is_stored_once() {
        let data = crate::r#gen::generate(40, 3);
        let index = Index::build(&data);
        let word = |id: u32| {
            let r = &index.vocab[id as usize].text;
            &index.vocab_text[r.start as usize..r.end as usize]
        };
        let mut seen = std::collections::HashSet::new();
        assert!(
            (0..index.vocab.len() as u32)
                .all(|id| seen.insert((word(id), index.vocab[id as usize].joined)))
        );
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
    fn names_are_also_indexed_written_together() {
        let data = crate::load::embedded().expect("embedded data");
        let index = Index::build(&data);
        let mut all = std::collections::BTreeSet::new();
        for seg in &index.segments {
            let words: Vec<&str> = index
                .seg_word_ids(seg)
                .iter()
                .map(|&id| index.word_text(id))
                .collect();
            for j in index.seg_joins(seg) {
                assert!(index.vocab[j.word as usize].joined);
                let parts = &words[j.ord as usize..(j.ord + j.span) as usize];
                let want: String = parts
                    .iter()
                    .flat_map(|w| w.chars().filter(|c| c.is_alphanumeric()))
                    .collect();
                assert_eq!(index.word_text(j.word), want);
                all.insert(want);
            }
        }
        for w in [
            "denhaag",
            "denbosch",
            "noordholland",
            "shertogenbosch",
            "routeoost",
            "wethenorth",
        ] {
            assert!(all.contains(w), "{w}");
        }
    }
}
