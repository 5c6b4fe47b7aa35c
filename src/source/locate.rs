//! Where each quote of a dataset stands in its source text.
//!
//! The text is normalised the way the fidelity test reads it: a hyphen that ends a line is
//! joined to the word on the next line ("Noord-" + "Holland" gives "Noord-Holland"), and every
//! run of whitespace becomes one space. Each quote is then found in the normalised text and
//! mapped back to the bytes and lines of the original. A quote that occurs more than once gets
//! the occurrence inside its own part of the document: a region's fields inside its block of
//! the table, in the order the table has them; a cover-text item inside its section; a note or
//! general statement inside the section it names; an evidence quote inside the field it
//! stands in.
//!
//! The build script compiles this file too, to locate the embedded data's quotes once at build
//! time, so it uses nothing of the crate but `crate::model` and `super::quote`.

use std::ops::Range;

use super::quote::{Place, Places, Quote};
use crate::model::{Dataset, EvidenceSource, ROUTE_OOST_TEXT};

/// A text normalised for locating quotes, with the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalised {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text`, the byte offset in the original of the character it came
    /// from (a collapsed run of whitespace: its first character); one more entry, the
    /// original's length.
    pub map: Vec<u32>,
}

/// Normalises `source` (see the module documentation).
pub fn normalise(source: &str) -> Normalised {
    let mut text = String::with_capacity(source.len());
    let mut map = Vec::with_capacity(source.len() + 1);
    // The first byte of a run of whitespace not yet written.
    let mut space: Option<usize> = None;
    let mut chars = source.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space.get_or_insert(i);
            continue;
        }
        if let Some(at) = space.take() {
            if !text.is_empty() {
                text.push(' ');
                map.push(at as u32);
            }
        }
        text.push(c);
        map.extend(std::iter::repeat_n(i as u32, c.len_utf8()));
        if c == '-' {
            let rest = source[i + 1..].trim_start_matches([' ', '\t']);
            if rest.starts_with(['\n', '\r']) {
                while chars.next_if(|&(_, d)| d.is_whitespace()).is_some() {}
            }
        }
    }
    map.push(source.len() as u32);
    Normalised { text, map }
}

impl Normalised {
    /// The bytes of the original that the normalised range `r` (not starting or ending in a
    /// collapsed space) came from: from its first character to the end of its last.
    pub fn original(&self, source: &str, r: Range<usize>) -> Range<usize> {
        let start = self.map[r.start] as usize;
        let last = self.map[r.end.max(r.start + 1) - 1] as usize;
        let len = source[last..].chars().next().map_or(0, char::len_utf8);
        start..last + len
    }

    /// The normalised offset of the first character at or after byte `at` of the original.
    pub fn offset_of(&self, at: usize) -> usize {
        self.map.partition_point(|&m| (m as usize) < at)
    }
}

/// The outcome of locating a dataset's quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// Where each quote found stands.
    pub places: Places,
    /// The quotes that do not stand in the text, in the dataset's order.
    pub missing: Vec<Quote>,
}

/// Locates every quote of `data` in `source`, whose normalised form is `norm`.
pub fn locate(data: &Dataset, source: &str, norm: &Normalised) -> Located {
    let mut l = Locator {
        source,
        norm,
        line_starts: line_starts(source),
        found: Vec::new(),
        missing: Vec::new(),
    };
    let all = 0..norm.text.len();
    l.put(Quote::Title, &data.title, std::slice::from_ref(&all));
    let mut cursor = 0;
    let mut sections = Vec::with_capacity(data.national.len());
    for (s, sec) in data.national.iter().enumerate() {
        let start = l
            .put(
                Quote::Heading(s),
                &sec.heading,
                &[cursor..all.end, all.clone()],
            )
            .map_or(cursor, |r| r.start);
        cursor = cursor.max(start);
        for (i, item) in sec.items.iter().enumerate() {
            let fields = [
                (Quote::ItemHeading(s, i), item.heading.as_deref()),
                (Quote::Item(s, i), Some(item.text.as_str())),
            ];
            for (q, text) in fields {
                let Some(text) = text else { continue };
                let ranges = [cursor..all.end, start..all.end, all.clone()];
                if let Some(r) = l.put(q, text, &ranges) {
                    cursor = cursor.max(r.end);
                }
            }
        }
        sections.push(start..cursor.max(start));
    }
    let cover_end = cursor;
    for (a, area) in data.without_profile.iter().enumerate() {
        let text = l.put(Quote::AreaText(a), &area.text, &[0..cover_end, all.clone()]);
        let within: Vec<Range<usize>> = text.into_iter().chain([all.clone()]).collect();
        l.put(Quote::AreaName(a), &area.name, &within);
    }
    let section = |name: &str| {
        let heading = name.split(':').next().unwrap_or(name).trim();
        data.national
            .iter()
            .position(|s| s.heading == heading)
            .map(|s| sections[s].clone())
    };
    for (g, st) in data.general_statements.iter().enumerate() {
        let within: Vec<Range<usize>> = section(&st.section)
            .into_iter()
            .chain([all.clone()])
            .collect();
        l.put(Quote::General(g), &st.quote, &within);
    }
    let blocks = region_blocks(data, &norm.text, cover_end);
    for (r, region) in data.regions.iter().enumerate() {
        let block = blocks[r].clone();
        let seq = |from: usize| [from.min(block.end)..block.end, block.clone(), all.clone()];
        let inside = |r: &Range<usize>| r.end <= block.end && r.start >= block.start;
        let mut at = l
            .put(Quote::Name(r), &region.name, &seq(block.start))
            .filter(inside)
            .map_or(block.start, |x| x.end);
        if let Some(x) = l.put(Quote::ProfileTitle(r), &region.profile_title, &seq(at)) {
            at = if inside(&x) { x.end } else { at };
        }
        let mut column_end = at;
        let mut next = at;
        for (i, p) in region.partners.iter().enumerate() {
            if let Some(x) = l
                .put(Quote::Partner(r, i), &p.name, &seq(next))
                .filter(inside)
            {
                next = x.end;
                column_end = column_end.max(x.end);
            }
        }
        let mut next = at;
        for (i, n) in region.partner_notes.iter().enumerate() {
            if let Some(x) = l
                .put(Quote::PartnerNote(r, i), n, &seq(next))
                .filter(inside)
            {
                next = x.end;
                column_end = column_end.max(x.end);
            }
        }
        if region.route_oost {
            if let Some(x) = l
                .put(Quote::RouteOost(r), ROUTE_OOST_TEXT, &seq(at))
                .filter(inside)
            {
                column_end = column_end.max(x.end);
            }
        }
        let mut next = column_end;
        for (i, k) in region.key_points.iter().enumerate() {
            if let Some(x) = l
                .put(Quote::KeyPoint(r, i), &k.text, &seq(next))
                .filter(inside)
            {
                next = x.end;
            }
        }
        for (i, n) in region.notes.iter().enumerate() {
            let within: Vec<Range<usize>> = section(&n.section)
                .into_iter()
                .chain([all.clone()])
                .collect();
            l.put(Quote::Note(r, i), &n.text, &within);
        }
        for (i, tag) in region.themes.iter().enumerate() {
            // Inside the first field of the kind it names that holds it, where that field is.
            let fields: Vec<Quote> = match tag.source {
                EvidenceSource::KeyPoints => (0..region.key_points.len())
                    .map(|j| Quote::KeyPoint(r, j))
                    .collect(),
                EvidenceSource::Partners => (0..region.partner_notes.len())
                    .map(|j| Quote::PartnerNote(r, j))
                    .collect(),
                EvidenceSource::CoverText => {
                    (0..region.notes.len()).map(|j| Quote::Note(r, j)).collect()
                }
            };
            let field = fields.into_iter().find_map(|q| {
                let text = q.text(data)?;
                text.contains(tag.evidence.as_str())
                    .then(|| l.normalised(q))?
            });
            let within: Vec<Range<usize>> = field
                .into_iter()
                .chain([block.clone(), all.clone()])
                .collect();
            l.put(Quote::Evidence(r, i), &tag.evidence, &within);
        }
    }
    let mut found = l.found;
    found.sort_by_key(|&(q, _, _)| q);
    let mut missing = l.missing;
    let order = Quote::all(data);
    missing.sort_by_key(|q| order.iter().position(|o| o == q));
    Located {
        places: Places::from_sorted(found.into_iter().map(|(q, _, p)| (q, p)).collect()),
        missing,
    }
}

/// The start of every line (0-based byte offsets).
pub fn line_starts(source: &str) -> Vec<u32> {
    let mut out = vec![0];
    out.extend(
        source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32 + 1),
    );
    out
}

/// Each region's block of the table in the normalised text: from where its name and title
/// stand (its name alone, if they are not side by side) to where the next region's start, the
/// first after the cover text. A region not found gets the whole text.
fn region_blocks(data: &Dataset, text: &str, from: usize) -> Vec<Range<usize>> {
    let mut starts = Vec::with_capacity(data.regions.len());
    let mut cursor = from;
    for r in &data.regions {
        let head = format!("{} {}", r.name, r.profile_title);
        let at = find(text, &head, cursor..text.len())
            .or_else(|| find(text, &r.name, cursor..text.len()));
        if let Some(at) = at {
            cursor = at + 1;
        }
        starts.push(at);
    }
    (0..starts.len())
        .map(|i| match starts[i] {
            Some(s) => {
                let end = starts[i + 1..].iter().flatten().next().copied();
                s..end.unwrap_or(text.len())
            }
            None => 0..text.len(),
        })
        .collect()
}

/// The first occurrence of `needle` in `hay[range]` that stands as whole words (no letter or
/// digit right before or after it), else the first occurrence at all.
fn find(hay: &str, needle: &str, range: Range<usize>) -> Option<usize> {
    let slice = hay.get(range.clone())?;
    if needle.is_empty() {
        return None;
    }
    let mut first = None;
    for (i, _) in slice.match_indices(needle) {
        let at = range.start + i;
        first.get_or_insert(at);
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
    }
    first
}

struct Locator<'a> {
    source: &'a str,
    norm: &'a Normalised,
    line_starts: Vec<u32>,
    /// Each quote found, with its normalised range and its place.
    found: Vec<(Quote, Range<usize>, Place)>,
    missing: Vec<Quote>,
}

impl Locator<'_> {
    /// Finds `text` in the first of `ranges` (of the normalised text) that holds it and
    /// records the quote's place; its normalised range, or `None` (recorded as missing).
    fn put(&mut self, q: Quote, text: &str, ranges: &[Range<usize>]) -> Option<Range<usize>> {
        let hay = &self.norm.text;
        let at = ranges.iter().find_map(|r| find(hay, text, r.clone()));
        let Some(at) = at.filter(|_| !text.trim().is_empty()) else {
            self.missing.push(q);
            return None;
        };
        let n = at..at + text.len();
        let bytes = self.norm.original(self.source, n.clone());
        let line = |b: usize| self.line_starts.partition_point(|&s| s as usize <= b) as u32;
        let place = Place {
            start: bytes.start as u32,
            end: bytes.end as u32,
            first: line(bytes.start),
            last: line(bytes.end.saturating_sub(1).max(bytes.start)),
        };
        self.found.push((q, n.clone(), place));
        Some(n)
    }

    /// The normalised range of a quote found before.
    fn normalised(&self, q: Quote) -> Option<Range<usize>> {
        self.found
            .iter()
            .find(|(k, _, _)| *k == q)
            .map(|(_, n, _)| n.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_joins_broken_words_and_collapses_space_keeping_the_way_back() {
        let src = "Noord-  \n\n  Holland  en\tZee- land \r\nnog";
        let n = normalise(src);
        assert_eq!(n.text, "Noord-Holland en Zee- land nog");
        assert_eq!(n.map.len(), n.text.len() + 1);
        let at = n.text.find("Holland").expect("joined");
        assert_eq!(&src[n.original(src, at..at + 7)], "Holland");
        let whole = n.original(src, 0..n.text.find(" en").expect("en"));
        assert_eq!(&src[whole], "Noord-  \n\n  Holland");
        assert_eq!(n.offset_of(src.find("Holland").expect("in source")), at);
    }

    #[test]
    fn a_whole_word_occurrence_is_preferred() {
        let hay = "Edeling en Ede-Wageningen, Ede";
        // Not inside "Edeling"; a hyphen is no letter.
        assert_eq!(find(hay, "Ede", 0..hay.len()), Some(11));
        assert_eq!(find("Edeling", "Ede", 0..7), Some(0));
        assert_eq!(find("abc", "x", 0..3), None);
    }
}
