//! Search over every text of the dataset: one index, built once, queried per keystroke.
//!
//! # What is searched
//!
//! [`Index::build`] cuts the dataset into *segments*, one per searchable field: a region's
//! name, each alias, the profile title, its membership of ROUTE OOST (the table's words,
//! "Onderdeel van ROUTE OOST"), each partner, each partner again with the word for its kind
//! before it ("provincie Limburg", "gemeente Hengelo"), each partner note, key point, note,
//! theme label in both languages and evidence quote; each cover-text heading and item; each
//! area without a profile with what the document says of it. Every segment is folded
//! ([`crate::text::fold`]: case, diacritics, quotes, dashes) and cut into words; each distinct
//! folded word is stored once, with the segments it occurs in. Names are also indexed
//! written together: runs of two and three words of a name ("denhaag", "wethenorth"), and
//! every word without its inner hyphen or apostrophe ("noordholland", "presentatieplekken").
//!
//! # What counts as a match
//!
//! A query is folded the same way and cut into words. Each query word is matched against
//! the vocabulary, never across words: letters strewn over a sentence are no match. A query
//! word matches a word of the data
//!
//! - *whole*;
//! - as a *part*: the beginning of a word, a whole part of a hyphenated word ("holten" in
//!   "Rijssen-Holten"), three or more letters inside a compound ("ontwikkeling" in
//!   "talentontwikkeling"), or a name written together ("denhaag" for "Den Haag");
//! - as another *form*: the same Dutch stem (Snowball's Dutch stemmer, with a short list of
//!   irregular forms, in the `stem` module): "museum" finds "musea" and "museale",
//!   "collecties" finds "collectie";
//! - with a *typo*, in names only: one edit for words of four or five letters, two from six;
//! - *fuzzily*: its letters in order, close together, inside one part of one word.
//!
//! Typos and fuzzy matches of a query word count only when that word has no whole, part or
//! form match anywhere in the data: "haag" is a word of the data, so it never finds
//! "Haaksbergen". A query word with inner punctuation that finds nothing ("midden-limburg")
//! is searched for as its parts.
//!
//! # Ranking
//!
//! Every query word must match somewhere in one result: a region (in any of its fields), a
//! cover-text heading or item, or an area without a profile. One hit per result, all in one
//! ranking, ordered by rules applied one after another, each only breaking the ties of the
//! one before:
//!
//! 1. the [`Tier`]: the query as a phrase (its words side by side, in order, in one field)
//!    above every word whole, above parts, above forms, above typos, above fuzzy matches. A
//!    result's tier is that of its weakest query word. No hit is ever ranked below a hit of
//!    a lower tier;
//! 2. the score of the result's best field: each query word's match, weighted by the field
//!    (names, aliases, ROUTE OOST and partners above titles and headings, above key points,
//!    above cover-text notes; theme labels, being interpretation, low), with more for a word
//!    that is a whole one-word field or a query that is the whole field. A cover-text note
//!    that names several regions counts for the region it names nearest to the match (in
//!    the same clause first), and clearly less for the others;
//! 3. the number of other fields that matched;
//! 4. the document's order.
//!
//! When nothing is found, [`Index::suggest`] gives the words of the data closest to the
//! query words that matched nothing.

mod build;
mod edit;
mod index;
mod matching;
mod postings;
mod rank;
mod snippet;
mod stem;
mod suggest;
mod words;

pub use index::Index;
pub use suggest::Suggestion;

/// Whether `query` has anything to search for: at least one word (a query of spaces or
/// punctuation only matches nothing, and is not a question).
pub fn has_words(query: &str) -> bool {
    let mut any = false;
    words::each_word(query, |_, _, _| {
        any = true;
        false
    });
    any
}

/// Which field of the dataset a hit is in. Indices point into the owning region's (or
/// section's, or the dataset's) vectors, so a viewer can scroll to the exact item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Field {
    /// The region's name.
    Name,
    /// `region.aliases[i].name`.
    Alias(usize),
    /// The region's profile title.
    ProfileTitle,
    /// The region's membership of ROUTE OOST, as the document's table states it
    /// ([`crate::model::ROUTE_OOST_TEXT`]); only regions that are part of it have this field.
    RouteOost,
    /// `region.partners[i].name`.
    Partner(usize),
    /// `region.partners[i]` with the word for its kind before its name ("provincie Limburg",
    /// "gemeente Hengelo"), so a search for the kind finds the partner.
    PartnerKind(usize),
    /// `region.partner_notes[i]`.
    PartnerNote(usize),
    /// `region.key_points[i].text`.
    KeyPoint(usize),
    /// `region.notes[i].text`.
    Note(usize),
    /// The Dutch label of the theme of `region.themes[i]`.
    Theme(usize),
    /// The English label of the theme of `region.themes[i]`.
    ThemeEn(usize),
    /// `region.themes[i].evidence`.
    Evidence(usize),
    /// `national[section].heading`.
    NationalHeading,
    /// `national[section].items[i].heading`.
    NationalItemHeading(usize),
    /// `national[section].items[i].text`.
    NationalItem(usize),
    /// `without_profile[i].name`.
    WithoutProfileName(usize),
    /// `without_profile[i].text`.
    WithoutProfileText(usize),
    /// Passage `i` of a source text (see [`Index::build_passages`]).
    Passage(usize),
}

impl Field {
    /// The kind of text the field's words stand in, by the name of that kind's field (the
    /// key of its label): as [`Field::name`], but a theme's quote is the kind of text it is
    /// quoted from (a key point, the partner column, the cover text) in `region`.
    pub fn text_kind(self, region: Option<&crate::model::Region>) -> &'static str {
        use crate::model::EvidenceSource;
        match self {
            Self::Evidence(i) => match region.and_then(|r| r.themes.get(i)).map(|t| t.source) {
                Some(EvidenceSource::KeyPoints) => Self::KeyPoint(0).name(),
                Some(EvidenceSource::Partners) => Self::PartnerNote(0).name(),
                Some(EvidenceSource::CoverText) => Self::Note(0).name(),
                None => self.name(),
            },
            f => f.name(),
        }
    }

    /// The stable snake_case name used in JSON output. Several variants share a name where
    /// the distinction is ours, not the reader's (both theme labels are "theme"; every part
    /// of the cover text is "national").
    pub fn name(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Alias(_) => "alias",
            Self::ProfileTitle => "profile_title",
            Self::RouteOost => "route_oost",
            Self::Partner(_) | Self::PartnerKind(_) => "partner",
            Self::PartnerNote(_) => "partner_note",
            Self::KeyPoint(_) => "key_point",
            Self::Note(_) => "note",
            Self::Theme(_) | Self::ThemeEn(_) => "theme",
            Self::Evidence(_) => "evidence",
            Self::NationalHeading | Self::NationalItemHeading(_) | Self::NationalItem(_) => {
                "national"
            }
            Self::WithoutProfileName(_) | Self::WithoutProfileText(_) => "without_profile",
            Self::Passage(_) => "passage",
        }
    }

    /// The index of the item within its list (which key point, partner, note, ...), if the
    /// field is one of a list.
    pub fn index(self) -> Option<usize> {
        match self {
            Self::Name | Self::ProfileTitle | Self::RouteOost | Self::NationalHeading => None,
            Self::Alias(i)
            | Self::Partner(i)
            | Self::PartnerKind(i)
            | Self::PartnerNote(i)
            | Self::KeyPoint(i)
            | Self::Note(i)
            | Self::Theme(i)
            | Self::ThemeEn(i)
            | Self::Evidence(i)
            | Self::NationalItemHeading(i)
            | Self::NationalItem(i)
            | Self::WithoutProfileName(i)
            | Self::WithoutProfileText(i)
            | Self::Passage(i) => Some(i),
        }
    }
}

/// Where the matched characters of a hit fall in the whole text of its field: the snippet
/// may be a window of it with "…" at cut ends.
pub fn ranges_in(
    full: &str,
    snippet: &str,
    positions: &[(usize, usize)],
) -> Vec<std::ops::Range<usize>> {
    let lead = if snippet.starts_with('…') {
        '…'.len_utf8()
    } else {
        0
    };
    let core = snippet[lead..].trim_end_matches('…');
    let Some(at) = full.find(core) else {
        return Vec::new();
    };
    positions
        .iter()
        .filter(|&&(a, b)| a >= lead && b <= lead + core.len() && a < b)
        .map(|&(a, b)| (a - lead + at)..(b - lead + at))
        .filter(|r| full.is_char_boundary(r.start) && full.is_char_boundary(r.end))
        .collect()
}

/// The matched ranges of `text` with words matched one after another (only whitespace
/// between them) joined into one phrase, in order: "Cultuureducatie", "met", "Kwaliteit"
/// give one range, whose lines are the phrase's.
pub fn phrases(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<std::ops::Range<usize>> {
    let mut sorted = ranges.to_vec();
    sorted.sort_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for r in sorted {
        match out.last_mut() {
            Some(last)
                if last.end <= r.start
                    && text
                        .get(last.end..r.start)
                        .is_some_and(|gap| gap.chars().all(char::is_whitespace)) =>
            {
                last.end = r.end;
            }
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Every place in `text` where a matched phrase of a hit stands, each as the ranges of its
/// words: the phrases of `ranges` (see [`phrases`]), with the words as matched, and each
/// further occurrence of the same words in `text`, folded as the search folds (case and
/// diacritics aside), standing as the first one stands (a whole word where it was one, the
/// start of a word where it was that). In the order of the text. The engine's positions give
/// only the first occurrence, in its snippet.
pub fn occurrences(
    text: &str,
    ranges: &[std::ops::Range<usize>],
) -> Vec<Vec<std::ops::Range<usize>>> {
    let (folded, map) = crate::text::fold_with_map(text);
    // The folded offset of an original byte offset (the first folded byte at or after it).
    let to_folded = |at: usize| map.partition_point(|&m| m < at);
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let before = |s: &str, at: usize| s[..at].chars().next_back();
    let after = |s: &str, at: usize| s[at..].chars().next();
    let mut sorted = ranges.to_vec();
    sorted.sort_by_key(|r| r.start);
    let mut out: Vec<Vec<std::ops::Range<usize>>> = Vec::new();
    for p in phrases(text, &sorted) {
        let words: Vec<_> = sorted
            .iter()
            .filter(|r| r.start >= p.start && r.end <= p.end)
            .cloned()
            .collect();
        out.push(words);
        let (fa, fb) = (to_folded(p.start), to_folded(p.end));
        let Some(needle) = folded.get(fa..fb).filter(|n| !n.is_empty()) else {
            continue;
        };
        let starts_word = !is_word(before(text, p.start));
        let ends_word = !is_word(after(text, p.end));
        for (at, _) in folded.match_indices(needle) {
            let end = at + needle.len();
            if (starts_word && is_word(before(&folded, at)))
                || (ends_word && is_word(after(&folded, end)))
            {
                continue;
            }
            let (Some(&a), Some(&b)) = (map.get(at), map.get(end)) else {
                continue;
            };
            if a >= b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
                continue;
            }
            // Its words, without the whitespace between them.
            let mut words = Vec::new();
            let mut start = None;
            for (i, c) in text[a..b].char_indices() {
                match (c.is_whitespace(), start) {
                    (false, None) => start = Some(a + i),
                    (true, Some(s0)) => {
                        words.push(s0..a + i);
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s0) = start {
                words.push(s0..b);
            }
            out.push(words);
        }
    }
    out.retain(|w| !w.is_empty());
    out.sort_by_key(|w| w[0].start);
    // The first occurrence is also found by the search for further ones: keep it once.
    out.dedup_by(|later, earlier| later[0].start < earlier.last().map_or(0, |r| r.end));
    out
}

/// The span of a place's words: from the first word's start to the last word's end.
pub fn span(words: &[std::ops::Range<usize>]) -> Option<std::ops::Range<usize>> {
    Some(words.first()?.start..words.last()?.end)
}

/// The Dutch stem of a word as the search uses it for word forms (folded first); `None`
/// for a stop word or a word too short to take part (see the `stem` module).
pub fn word_stem(word: &str) -> Option<String> {
    stem::Stems::default().stem(&crate::text::fold(word))
}

/// How well a hit matches the query: the ranking's first rule. Every hit of a higher tier
/// ranks above every hit of a lower one; field weights only order hits within a tier.
///
/// A hit's tier is that of its weakest query word: a query of two words, one matched whole
/// and one with a typo, is a typo hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// A word's letters in order, close together, inside one part of one word.
    Fuzzy = 1,
    /// A name within one or two edits ("enschde" for "Enschede").
    Typo = 2,
    /// Another form of a word: the same Dutch stem ("musea" for "museum").
    Form = 3,
    /// The beginning of a word, a part of a compound, or words written together
    /// ("hengel", "holten" in "Rijssen-Holten", "denhaag" for "Den Haag").
    Part = 4,
    /// Every word of the query matched whole.
    Whole = 5,
    /// The query's words side by side, in order, in one field (the last word may be the
    /// beginning of one, as while typing).
    Phrase = 6,
}

impl Tier {
    /// The stable snake_case name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Self::Fuzzy => "fuzzy",
            Self::Typo => "typo",
            Self::Form => "form",
            Self::Part => "part",
            Self::Whole => "whole",
            Self::Phrase => "phrase",
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into `dataset.regions`; `None` for a hit in the national context.
    pub region: Option<usize>,
    /// Index into `dataset.national` for a hit in a cover-text section; `None` otherwise
    /// (region hits, and areas without a profile, which carry their index in `field`).
    pub section: Option<usize>,
    /// The best-matching field.
    pub field: Field,
    /// The matched field's text, or for long text a window around the match, with "…" at
    /// each end that was cut.
    pub snippet: String,
    /// How well the query matched: the tier decides the order first.
    pub tier: Tier,
    /// Higher is better; comparable only within one query. Hits of a higher tier always
    /// score higher than hits of a lower one.
    pub score: i64,
    /// Highlighted byte ranges `[start, end)` within `snippet`, sorted and disjoint, always
    /// on character boundaries.
    pub positions: Vec<(usize, usize)>,
    /// The other fields of the same region (or national item) that matched, best first.
    pub other_fields: Vec<Field>,
}

#[cfg(test)]
mod tests;
