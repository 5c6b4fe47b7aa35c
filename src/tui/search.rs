//! The search field: its text, its cursor and its results.
//!
//! Matching sits behind one function, [`find`], so a better engine can replace the plain
//! substring match without touching the rest of the interface.

use std::ops::Range;

use crate::model::Dataset;
use crate::text::{fold, fold_with_map};

/// One region found by a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The region's index in the dataset.
    pub region: usize,
    /// Byte ranges of the region's name that matched, for highlighting.
    pub name_ranges: Vec<Range<usize>>,
}

/// The state of the search field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Whether the field is open and takes the keys.
    pub editing: bool,
    /// The query as typed.
    pub query: String,
    /// The cursor, in characters from the start of the query.
    pub cursor: usize,
    /// The regions found, best first; `None` when the query is blank (nothing is filtered).
    pub results: Option<Vec<Hit>>,
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

    /// The byte offset of the cursor in the query.
    pub fn cursor_byte(&self) -> usize {
        self.query
            .char_indices()
            .nth(self.cursor)
            .map_or(self.query.len(), |(i, _)| i)
    }

    /// Inserts a character at the cursor.
    pub fn insert(&mut self, c: char) {
        let at = self.cursor_byte();
        self.query.insert(at, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor; whether anything changed.
    pub fn backspace(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        let at = self.cursor_byte();
        self.query.remove(at);
        true
    }

    /// Deletes the character under the cursor; whether anything changed.
    pub fn delete(&mut self) -> bool {
        let at = self.cursor_byte();
        if at >= self.query.len() {
            return false;
        }
        self.query.remove(at);
        true
    }

    /// Moves the cursor by `delta` characters, staying inside the query.
    pub fn move_cursor(&mut self, delta: isize) {
        let len = self.query.chars().count();
        self.cursor = self.cursor.saturating_add_signed(delta).min(len);
    }

    /// Moves the cursor to the start (`false`) or the end (`true`).
    pub fn cursor_to(&mut self, end: bool) {
        self.cursor = if end { self.query.chars().count() } else { 0 };
    }

    /// Recomputes the results for the current query.
    pub fn refresh(&mut self, data: &Dataset) {
        self.results = find(data, &self.query);
    }
}

/// The regions whose name contains `query`, ignoring case and diacritics, in document order;
/// `None` for a blank query.
pub fn find(data: &Dataset, query: &str) -> Option<Vec<Hit>> {
    let needle = fold(query.trim());
    if needle.is_empty() {
        return None;
    }
    let hits = data
        .regions
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let (folded, map) = fold_with_map(&r.name);
            let at = folded.find(&needle)?;
            let range = map[at]..map[at + needle.len()];
            Some(Hit {
                region: i,
                name_ranges: vec![range],
            })
        })
        .collect();
    Some(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_respects_the_cursor() {
        let mut s = Search::default();
        for c in "twnte".chars() {
            s.insert(c);
        }
        s.move_cursor(-3);
        s.insert('e');
        assert_eq!(s.query, "twente");
        assert!(s.backspace());
        assert_eq!(s.query, "twnte");
        s.cursor_to(false);
        assert!(!s.backspace());
        assert!(s.delete());
        assert_eq!(s.query, "wnte");
        s.move_cursor(100);
        assert_eq!(s.cursor, 4);
        assert!(!s.delete());
    }

    #[test]
    fn multibyte_queries_are_safe() {
        let mut s = Search::default();
        s.insert('ö');
        s.insert('ß');
        s.move_cursor(-1);
        s.insert('é');
        assert_eq!(s.query, "öéß");
        assert!(s.backspace());
        assert_eq!(s.query, "öß");
    }

    #[test]
    fn find_folds_case_and_diacritics() {
        let data = crate::load::embedded().expect("embedded data");
        let hits = find(&data, "TWENTË").expect("a query");
        assert_eq!(hits.len(), 1);
        let name = &data.regions[hits[0].region].name;
        assert_eq!(&name[hits[0].name_ranges[0].clone()], "Twente");
        assert!(find(&data, "  ").is_none());
        assert_eq!(find(&data, "zzz"), Some(vec![]));
    }
}
