//! Fuzzy search over every text of the dataset: one index, built once, queried per keystroke.
//!
//! # How it works
//!
//! [`Index::build`] cuts the dataset into *segments*, one per searchable field (a region's name,
//! each alias, the profile title, each partner, partner note, key point, note, theme label in
//! both languages and evidence quote; each national heading and item; each area without a
//! profile). Every segment is folded once ([`crate::text::fold`]: case, diacritics, quotes,
//! dashes) and cut into words; each distinct folded word is stored once in a vocabulary with
//! the list of segments it occurs in.
//!
//! A query is folded the same way and split on whitespace into tokens. Each token is matched
//! against the vocabulary, not against the text: exact word, whole part of a compound
//! ("holten" in "Rijssen-Holten"), prefix, infix, a compact fuzzy match inside one word
//! (SkimMatcherV2, only on words that passed a cheap character-mask and subsequence check),
//! and, for names only, a typo within one or two edits. Matching per word is what cuts noise:
//! letters strewn across a paragraph are never a match.
//!
//! # Ranking
//!
//! Every token must match somewhere in a region (any field), as in fzf. A region's score is
//! that of its best field: the sum of its tokens' word scores (a token matched only in
//! another field counts half), weighted by the field (name, alias and partner above title,
//! above body text), plus bonuses for the query as a phrase, for matching a field as a whole,
//! for a cover-text note that names this region nearest to the match, and a little for every
//! other field that matched. One hit per region, best first; then the hits in the national
//! context (one per cover-text item, heading or area without a profile).

mod build;
mod edit;
mod index;
mod matching;
mod output;
mod postings;
mod rank;
mod snippet;
mod words;

pub use index::Index;

/// Whether `query` has anything to search for: at least one word (a query of spaces or
/// punctuation only matches nothing, and is not a question).
pub fn has_words(query: &str) -> bool {
    !rank::tokenize(query).is_empty()
}
pub use output::{JsonRow, to_json_rows, write_text};

/// Which field of the dataset a hit is in. Indices point into the owning region's (or
/// section's, or the dataset's) vectors, so a viewer can scroll to the exact item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The region's name.
    Name,
    /// `region.aliases[i].name`.
    Alias(usize),
    /// The region's profile title.
    ProfileTitle,
    /// `region.partners[i].name`.
    Partner(usize),
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
}

impl Field {
    /// The stable snake_case name used in JSON output. Several variants share a name where
    /// the distinction is ours, not the reader's (both theme labels are "theme"; every part
    /// of the cover text is "national").
    pub fn name(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Alias(_) => "alias",
            Self::ProfileTitle => "profile_title",
            Self::Partner(_) => "partner",
            Self::PartnerNote(_) => "partner_note",
            Self::KeyPoint(_) => "key_point",
            Self::Note(_) => "note",
            Self::Theme(_) | Self::ThemeEn(_) => "theme",
            Self::Evidence(_) => "evidence",
            Self::NationalHeading | Self::NationalItemHeading(_) | Self::NationalItem(_) => {
                "national"
            }
            Self::WithoutProfileName(_) | Self::WithoutProfileText(_) => "without_profile",
        }
    }

    /// The index of the item within its list (which key point, partner, note, ...), if the
    /// field is one of a list.
    pub fn index(self) -> Option<usize> {
        match self {
            Self::Name | Self::ProfileTitle | Self::NationalHeading => None,
            Self::Alias(i)
            | Self::Partner(i)
            | Self::PartnerNote(i)
            | Self::KeyPoint(i)
            | Self::Note(i)
            | Self::Theme(i)
            | Self::ThemeEn(i)
            | Self::Evidence(i)
            | Self::NationalItemHeading(i)
            | Self::NationalItem(i)
            | Self::WithoutProfileName(i)
            | Self::WithoutProfileText(i) => Some(i),
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
    /// Higher is better; comparable only within one query.
    pub score: i64,
    /// Highlighted byte ranges `[start, end)` within `snippet`, sorted and disjoint, always
    /// on character boundaries.
    pub positions: Vec<(usize, usize)>,
    /// The other fields of the same region (or national item) that matched, best first.
    pub other_fields: Vec<Field>,
}

#[cfg(test)]
mod tests;
