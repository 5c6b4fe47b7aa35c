//! Which quote of a dataset, and where it stands in the source text.
//!
//! The build script compiles this file too (see `locate.rs`), so it uses nothing of the crate
//! but `crate::model`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, ROUTE_OOST_TEXT};

/// One quoted text of a dataset: which field of which region, section or area. Indices point
/// into the dataset's vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Quote {
    /// The document's title.
    Title,
    /// `national[s].heading`.
    Heading(usize),
    /// `national[s].items[i].heading`.
    ItemHeading(usize, usize),
    /// `national[s].items[i].text`.
    Item(usize, usize),
    /// `without_profile[a].name`.
    AreaName(usize),
    /// `without_profile[a].text`.
    AreaText(usize),
    /// `general_statements[g].quote`.
    General(usize),
    /// `regions[r].name`.
    Name(usize),
    /// `regions[r].profile_title`.
    ProfileTitle(usize),
    /// `regions[r].partners[i].name`.
    Partner(usize, usize),
    /// `regions[r].partner_notes[i]`.
    PartnerNote(usize, usize),
    /// The table's words for membership of ROUTE OOST, in region `r`'s row.
    RouteOost(usize),
    /// `regions[r].key_points[i].text`.
    KeyPoint(usize, usize),
    /// `regions[r].notes[i].text`.
    Note(usize, usize),
    /// `regions[r].themes[i].evidence`.
    Evidence(usize, usize),
}

impl Quote {
    /// The quoted text itself.
    pub fn text(self, data: &Dataset) -> Option<&str> {
        let region = |r: usize| data.regions.get(r);
        let item = |s: usize, i: usize| data.national.get(s).and_then(|x| x.items.get(i));
        Some(match self {
            Quote::Title => &data.title,
            Quote::Heading(s) => &data.national.get(s)?.heading,
            Quote::ItemHeading(s, i) => item(s, i)?.heading.as_deref()?,
            Quote::Item(s, i) => &item(s, i)?.text,
            Quote::AreaName(a) => &data.without_profile.get(a)?.name,
            Quote::AreaText(a) => &data.without_profile.get(a)?.text,
            Quote::General(g) => &data.general_statements.get(g)?.quote,
            Quote::Name(r) => &region(r)?.name,
            Quote::ProfileTitle(r) => &region(r)?.profile_title,
            Quote::Partner(r, i) => &region(r)?.partners.get(i)?.name,
            Quote::PartnerNote(r, i) => region(r)?.partner_notes.get(i)?,
            Quote::RouteOost(r) => region(r)
                .filter(|x| x.route_oost)
                .map(|_| ROUTE_OOST_TEXT)?,
            Quote::KeyPoint(r, i) => &region(r)?.key_points.get(i)?.text,
            Quote::Note(r, i) => &region(r)?.notes.get(i)?.text,
            Quote::Evidence(r, i) => &region(r)?.themes.get(i)?.evidence,
        })
    }

    /// The region the quote belongs to, if it is a region's.
    pub fn region(self) -> Option<usize> {
        match self {
            Quote::Name(r)
            | Quote::ProfileTitle(r)
            | Quote::RouteOost(r)
            | Quote::Partner(r, _)
            | Quote::PartnerNote(r, _)
            | Quote::KeyPoint(r, _)
            | Quote::Note(r, _)
            | Quote::Evidence(r, _) => Some(r),
            _ => None,
        }
    }

    /// The quote's field as the data file names it: within its region for a region's
    /// (`key_points[2].text`), else from the top (`national[1].items[0].text`).
    pub fn field(self) -> String {
        match self {
            Quote::Title => "title".into(),
            Quote::Heading(s) => format!("national[{s}].heading"),
            Quote::ItemHeading(s, i) => format!("national[{s}].items[{i}].heading"),
            Quote::Item(s, i) => format!("national[{s}].items[{i}].text"),
            Quote::AreaName(a) => format!("without_profile[{a}].name"),
            Quote::AreaText(a) => format!("without_profile[{a}].text"),
            Quote::General(g) => format!("general_statements[{g}].quote"),
            Quote::Name(_) => "name".into(),
            Quote::ProfileTitle(_) => "profile_title".into(),
            Quote::Partner(_, i) => format!("partners[{i}].name"),
            Quote::PartnerNote(_, i) => format!("partner_notes[{i}]"),
            Quote::RouteOost(_) => "route_oost".into(),
            Quote::KeyPoint(_, i) => format!("key_points[{i}].text"),
            Quote::Note(_, i) => format!("notes[{i}].text"),
            Quote::Evidence(_, i) => format!("themes[{i}].evidence"),
        }
    }

    /// Every quote of `data`, in the order of the dataset.
    pub fn all(data: &Dataset) -> Vec<Quote> {
        let mut out = vec![Quote::Title];
        for (s, sec) in data.national.iter().enumerate() {
            out.push(Quote::Heading(s));
            for (i, item) in sec.items.iter().enumerate() {
                if item.heading.is_some() {
                    out.push(Quote::ItemHeading(s, i));
                }
                out.push(Quote::Item(s, i));
            }
        }
        for a in 0..data.without_profile.len() {
            out.extend([Quote::AreaName(a), Quote::AreaText(a)]);
        }
        out.extend((0..data.general_statements.len()).map(Quote::General));
        for (r, region) in data.regions.iter().enumerate() {
            out.extend([Quote::Name(r), Quote::ProfileTitle(r)]);
            out.extend((0..region.partners.len()).map(|i| Quote::Partner(r, i)));
            out.extend((0..region.partner_notes.len()).map(|i| Quote::PartnerNote(r, i)));
            if region.route_oost {
                out.push(Quote::RouteOost(r));
            }
            out.extend((0..region.key_points.len()).map(|i| Quote::KeyPoint(r, i)));
            out.extend((0..region.notes.len()).map(|i| Quote::Note(r, i)));
            out.extend((0..region.themes.len()).map(|i| Quote::Evidence(r, i)));
        }
        out
    }
}

/// Where a quote stands in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The byte offset of its first character in the text.
    pub start: u32,
    /// The byte offset just after its last character.
    pub end: u32,
    /// The line (1-based) it starts on.
    pub first: u32,
    /// The line it ends on.
    pub last: u32,
}

impl Place {
    /// Its bytes in the text.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// `[first, last]` line.
    pub fn lines(self) -> [u32; 2] {
        [self.first, self.last]
    }
}

/// Where every located quote of a dataset stands, looked up by quote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Places {
    /// Sorted by quote.
    entries: Vec<(Quote, Place)>,
}

impl Places {
    /// The places of `entries`, which are sorted by quote.
    pub fn from_sorted(entries: Vec<(Quote, Place)>) -> Places {
        Places { entries }
    }

    /// The place of `q`, if it was located.
    pub fn get(&self, q: Quote) -> Option<Place> {
        self.entries
            .binary_search_by(|(k, _)| k.cmp(&q))
            .ok()
            .map(|i| self.entries[i].1)
    }

    /// Every located quote and its place, in quote order.
    pub fn iter(&self) -> impl Iterator<Item = (Quote, Place)> + '_ {
        self.entries.iter().copied()
    }

    /// How many quotes were located.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether none was.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
