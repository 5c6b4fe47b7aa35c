//! The source document of a dataset: its text, its lines, and where every quote of the data
//! stands in it (computed by [`locate`], never kept by hand). Knows no terminal.

mod closest;
pub mod locate;
mod passages;
pub mod quote;

use std::ops::Range;

pub use closest::{Closest, closest};
pub use locate::{Located, Normalised, normalise};
pub use passages::{DocHit, Passages};
pub use quote::{Place, Places, Quote};

use crate::model::Dataset;

/// A source text, with where the quotes of one dataset stand in it.
#[derive(Debug, Clone)]
pub struct Source {
    name: String,
    text: String,
    line_starts: Vec<u32>,
    places: Places,
}

impl Source {
    /// The source `text` (named `name` in messages) with the `places` of a dataset's quotes in
    /// it.
    pub fn new(name: impl Into<String>, text: impl Into<String>, places: Places) -> Source {
        let text = text.into();
        Source {
            name: name.into(),
            line_starts: locate::line_starts(&text),
            text,
            places,
        }
    }

    /// Locates every quote of `data` in `text`: the source, and the quotes that are not in it.
    pub fn locate(
        name: impl Into<String>,
        text: impl Into<String>,
        data: &Dataset,
    ) -> (Source, Vec<Quote>) {
        let text = text.into();
        let norm = normalise(&text);
        let located = locate::locate(data, &text, &norm);
        (Source::new(name, text, located.places), located.missing)
    }

    /// Where the text came from, for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where each quote stands.
    pub fn places(&self) -> &Places {
        &self.places
    }

    /// Where `q` stands, if it was located.
    pub fn place(&self, q: Quote) -> Option<Place> {
        self.places.get(q)
    }

    /// `[first, last]` line of `q`, if it was located.
    pub fn lines(&self, q: Quote) -> Option<[u32; 2]> {
        self.place(q).map(Place::lines)
    }

    /// `[first, last]` line of the bytes `part` of quote `q`'s text `text` (as the data has
    /// it: whitespace normalised), such as one sentence of a key point; `None` when the quote
    /// was not located, `part` is not within `text`, or the text there is not `text`.
    pub fn lines_within(&self, q: Quote, text: &str, part: Range<usize>) -> Option<[u32; 2]> {
        let place = self.place(q)?;
        let original = self.text.get(place.range())?;
        let norm = normalise(original);
        let ok = norm.text == text
            && part.start < part.end
            && part.end <= text.len()
            && text.is_char_boundary(part.start)
            && text.is_char_boundary(part.end);
        if !ok {
            return None;
        }
        let r = norm.original(original, part);
        let at = place.start as usize;
        Some(self.lines_of(at + r.start..at + r.end))
    }

    /// Where the bytes `parts` of quote `q`'s text `text` (as the data has it) stand in the
    /// source text, in order: the matched words of a search hit, say. Empty when the quote
    /// was not located or the text there is not `text`; parts outside `text` are left out.
    pub fn ranges_within(&self, q: Quote, text: &str, parts: &[Range<usize>]) -> Vec<Range<usize>> {
        let Some(place) = self.place(q) else {
            return Vec::new();
        };
        let Some(original) = self.text.get(place.range()) else {
            return Vec::new();
        };
        let norm = normalise(original);
        if norm.text != text {
            return Vec::new();
        }
        let at = place.start as usize;
        let mut out: Vec<Range<usize>> = parts
            .iter()
            .filter(|p| {
                p.start < p.end
                    && p.end <= text.len()
                    && text.is_char_boundary(p.start)
                    && text.is_char_boundary(p.end)
            })
            .map(|p| {
                let r = norm.original(original, p.clone());
                at + r.start..at + r.end
            })
            .collect();
        out.sort_by_key(|r| r.start);
        out
    }

    /// The number of lines (a text ending in a line break has no empty last line).
    pub fn line_count(&self) -> usize {
        let n = self.line_starts.len();
        if n > 1 && self.line_starts[n - 1] as usize == self.text.len() {
            n - 1
        } else {
            n
        }
    }

    /// The bytes of line `i` (0-based), without its line break.
    pub fn line_range(&self, i: usize) -> Range<usize> {
        let start = self
            .line_starts
            .get(i)
            .map_or(self.text.len(), |&s| s as usize);
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.text.len(), |&s| s as usize - 1);
        let line = &self.text[start..end.max(start)];
        start..start + line.trim_end_matches('\r').len()
    }

    /// Line `i` (0-based), without its line break.
    pub fn line(&self, i: usize) -> &str {
        &self.text[self.line_range(i)]
    }

    /// The line (0-based) byte `at` stands on.
    pub fn line_of(&self, at: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s as usize <= at)
            .saturating_sub(1)
    }

    /// The lines `[first, last]` (1-based) of a byte range.
    pub fn lines_of(&self, r: Range<usize>) -> [u32; 2] {
        let first = self.line_of(r.start) as u32 + 1;
        let last = self.line_of(r.end.saturating_sub(1).max(r.start)) as u32 + 1;
        [first, last]
    }
}

/// "586–587", or "586" for one line: a line range as people write it.
pub fn range_text([first, last]: [u32; 2]) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

impl Quote {
    /// The quote a search hit's field stands for: the field itself where it is a quote; for
    /// a theme label, the tag's evidence; for an alias, the name it stands for; for a partner
    /// with its kind, the partner. `region` and `section` are the hit's.
    pub fn of_field(
        data: &Dataset,
        region: Option<usize>,
        section: Option<usize>,
        field: crate::search::Field,
    ) -> Option<Quote> {
        use crate::search::Field as F;
        if let Some(r) = region {
            let reg = data.regions.get(r)?;
            return Some(match field {
                F::Name => Quote::Name(r),
                F::Alias(i) => {
                    let to = &reg.aliases.get(i)?.refers_to;
                    match reg.partners.iter().position(|p| &p.name == to) {
                        Some(p) => Quote::Partner(r, p),
                        None => Quote::Name(r),
                    }
                }
                F::ProfileTitle => Quote::ProfileTitle(r),
                F::RouteOost => Quote::RouteOost(r),
                F::Partner(i) | F::PartnerKind(i) => Quote::Partner(r, i),
                F::PartnerNote(i) => Quote::PartnerNote(r, i),
                F::KeyPoint(i) => Quote::KeyPoint(r, i),
                F::Note(i) => Quote::Note(r, i),
                F::Theme(i) | F::ThemeEn(i) | F::Evidence(i) => Quote::Evidence(r, i),
                _ => return None,
            });
        }
        Some(match (section, field) {
            (Some(s), F::NationalHeading) => Quote::Heading(s),
            (Some(s), F::NationalItemHeading(i)) => Quote::ItemHeading(s, i),
            (Some(s), F::NationalItem(i)) => Quote::Item(s, i),
            (_, F::WithoutProfileName(i)) => Quote::AreaName(i),
            (_, F::WithoutProfileText(i)) => Quote::AreaText(i),
            _ => return None,
        })
    }
}
