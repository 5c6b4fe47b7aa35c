//! The search field: its text, its cursor and its results, from the search engine
//! ([`crate::search::Index`]), built once when the interface starts.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

pub use crate::search::ranges_in;
use crate::search::{Field, Index};
use crate::tui::widgets::TextField;

/// The longest query the field takes, in characters.
pub const MAX_QUERY_CHARS: usize = crate::tui::widgets::text_field::MAX_CHARS;

/// The search index, shared (cloning the interface state does not copy it).
#[derive(Clone)]
pub struct SharedIndex(pub Arc<Index>);

impl fmt::Debug for SharedIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SharedIndex")
    }
}

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedIndex {}

/// One region found by a search: its best field, with the matched characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The region's index in the dataset.
    pub region: usize,
    /// Byte ranges of the region's name that matched, for highlighting in the list.
    pub name_ranges: Vec<Range<usize>>,
    /// The field that matched best.
    pub field: Field,
    /// The field's text, or a window of it ("…" at cut ends).
    pub snippet: String,
    /// Matched byte ranges within `snippet`.
    pub positions: Vec<(usize, usize)>,
    /// The region's partners (indices into its `partners`) the query matched, best first.
    pub partners: Vec<usize>,
}

/// A hit in the national context (a cover-text section or the areas without a profile).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NationalHit {
    /// The entry of the Context view's section list it opens (see `App::section_count`).
    pub section: usize,
    /// The field that matched.
    pub field: Field,
    /// The matched text, or a window of it.
    pub snippet: String,
    /// Matched byte ranges within `snippet`.
    pub positions: Vec<(usize, usize)>,
}

/// One row of the search results, in the engine's order: regions and passages of the cover
/// text ranked together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultRow {
    /// A region (its index in the dataset).
    Region(usize),
    /// A hit in the national context (its index in [`Search::national`]).
    National(usize),
}

/// What a query found: the regions, the hits in the national context, and both in one
/// order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The regions found, best first; `None` when the query is blank (nothing is filtered).
    pub regions: Option<Vec<Hit>>,
    /// The hits in the national context, best first.
    pub national: Vec<NationalHit>,
    /// Every hit in rank order.
    pub order: Vec<ResultRow>,
}

/// The state of the search field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Whether the field is open and takes the keys.
    pub editing: bool,
    /// The query as typed, with its cursor.
    pub field: TextField,
    /// The regions found, best first; `None` when the query is blank (nothing is filtered).
    pub results: Option<Vec<Hit>>,
    /// The hits in the national context, best first.
    pub national: Vec<NationalHit>,
    /// Every hit in rank order: regions and national hits together.
    pub order: Vec<ResultRow>,
    /// The selected national hit, when the selection is on one.
    pub national_sel: Option<usize>,
    /// When the query found nothing at all: the closest words of the data to the query
    /// words that matched nothing (empty when every word matched somewhere, or nothing is
    /// close).
    pub nothing: Option<Vec<String>>,
    /// Set when the query changed or was accepted: the profile scrolls to the match once.
    pub follow: bool,
    /// The selected region when the field was opened, restored when the search is cancelled.
    pub saved_selection: Option<usize>,
}

impl Search {
    /// Whether a query currently filters the regions.
    pub fn is_filtering(&self) -> bool {
        self.results.is_some()
    }

    /// The hit for this region, if the search found it.
    pub fn hit(&self, region: usize) -> Option<&Hit> {
        self.results
            .as_ref()
            .and_then(|hits| hits.iter().find(|h| h.region == region))
    }

    /// The query as typed.
    pub fn query(&self) -> &str {
        self.field.text()
    }

    /// Recomputes the results for the current query. The selection is the caller's to
    /// place.
    pub fn refresh(&mut self, index: &Index, data: &crate::model::Dataset) {
        let found = find(index, data, self.field.text());
        self.national_sel = None;
        self.results = found.regions;
        self.national = found.national;
        self.order = found.order;
        self.nothing = (self.order.is_empty() && self.results.is_some()).then(|| {
            index
                .suggest(self.field.text())
                .into_iter()
                .flat_map(|s| s.closest)
                .collect()
        });
        self.follow = true;
    }
}

/// The regions and national-context hits for `query`, best first; `None` regions for a
/// blank query (nothing is filtered).
pub fn find(index: &Index, data: &crate::model::Dataset, query: &str) -> Found {
    if query.trim().is_empty() {
        return Found::default();
    }
    let mut found = Found {
        regions: Some(Vec::new()),
        ..Found::default()
    };
    let regions = found.regions.get_or_insert_with(Vec::new);
    for hit in index.search(query, usize::MAX) {
        match hit.region {
            Some(region) => {
                let name_ranges = if hit.field == Field::Name {
                    hit.positions.iter().map(|&(a, b)| a..b).collect()
                } else {
                    Vec::new()
                };
                found.order.push(ResultRow::Region(region));
                let mut partners = Vec::new();
                for f in std::iter::once(hit.field).chain(hit.other_fields.iter().copied()) {
                    if let Field::Partner(i) | Field::PartnerKind(i) = f {
                        if !partners.contains(&i) {
                            partners.push(i);
                        }
                    }
                }
                regions.push(Hit {
                    partners,
                    region,
                    name_ranges,
                    field: hit.field,
                    snippet: hit.snippet,
                    positions: hit.positions,
                });
            }
            None => {
                // Areas without a profile are the Context view's last entry.
                let section = hit.section.unwrap_or(data.national.len());
                found.order.push(ResultRow::National(found.national.len()));
                found.national.push(NationalHit {
                    section,
                    field: hit.field,
                    snippet: hit.snippet,
                    positions: hit.positions,
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_uses_the_engine_and_folds_diacritics() {
        let data = crate::load::embedded().expect("embedded data");
        let index = Index::build(&data);
        let hits = find(&index, &data, "TWENTË").regions.expect("a query");
        assert_eq!(data.regions[hits[0].region].id, "twente");
        let first = &find(&index, &data, "loss").regions.expect("hits")[0];
        assert_eq!(data.regions[first.region].id, "zuid");
        assert!(find(&index, &data, "  ").regions.is_none());
        assert_eq!(find(&index, &data, "qzvxqzvx").regions, Some(vec![]));
        let found = find(&index, &data, "geintensiveerd");
        assert!(!found.national.is_empty());
        // One order for both kinds: the section heading first for its own words.
        let found = find(&index, &data, "raad voor cultuur");
        assert_eq!(found.order[0], ResultRow::National(0));
        assert_eq!(
            found.order.len(),
            found.national.len() + found.regions.map_or(0, |r| r.len())
        );
    }

    #[test]
    fn ranges_map_a_window_back_to_the_full_text() {
        let full = "Een lange tekst over Löss en nog veel meer";
        let snippet = "…over Löss en…";
        let at = snippet.find("Löss").expect("in snippet");
        let r = ranges_in(full, snippet, &[(at, at + "Löss".len())]);
        assert_eq!(&full[r[0].clone()], "Löss");
        assert!(ranges_in(full, "…niet hier…", &[(3, 6)]).is_empty());
    }
}
