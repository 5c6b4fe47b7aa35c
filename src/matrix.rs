//! Region x theme coverage: the matrix, row sorting and the comparison of regions.

use crate::model::Dataset;

/// Which region addresses which theme, by index, built once from a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// `cells[region][theme]`: the index of the region's tag for that theme, if tagged.
    cells: Vec<Vec<Option<usize>>>,
    themes: usize,
}

/// How rows of the matrix are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The document's order.
    #[default]
    Document,
    /// Most themes first (ties in document order).
    Total,
    /// Regions with this theme (by index) first, then by total.
    Theme(usize),
}

/// The comparison of a few regions' themes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The compared regions (indices), in the order given.
    pub regions: Vec<usize>,
    /// Themes (indices) every compared region has.
    pub shared: Vec<usize>,
    /// Per compared region, the themes only that region has among the compared ones.
    pub only: Vec<Vec<usize>>,
}

impl Matrix {
    /// Builds the matrix of a dataset.
    pub fn build(data: &Dataset) -> Self {
        let cells = data
            .regions
            .iter()
            .map(|r| {
                data.themes
                    .iter()
                    .map(|t| r.themes.iter().position(|tag| tag.theme == t.id))
                    .collect()
            })
            .collect();
        Self {
            cells,
            themes: data.themes.len(),
        }
    }

    /// Number of regions (rows).
    pub fn regions(&self) -> usize {
        self.cells.len()
    }

    /// Number of themes (columns).
    pub fn themes(&self) -> usize {
        self.themes
    }

    /// Whether region `r` addresses theme `t` (out of range is `false`).
    pub fn has(&self, r: usize, t: usize) -> bool {
        self.tag(r, t).is_some()
    }

    /// The index in `regions[r].themes` of the tag for theme `t`.
    pub fn tag(&self, r: usize, t: usize) -> Option<usize> {
        self.cells
            .get(r)
            .and_then(|row| row.get(t))
            .copied()
            .flatten()
    }

    /// The theme indices region `r` addresses, in taxonomy order.
    pub fn row(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.themes).filter(move |&t| self.has(r, t))
    }

    /// How many themes region `r` addresses.
    pub fn row_total(&self, r: usize) -> usize {
        self.row(r).count()
    }

    /// How many of `rows` address theme `t`.
    pub fn column_total(&self, t: usize, rows: &[usize]) -> usize {
        rows.iter().filter(|&&r| self.has(r, t)).count()
    }

    /// `rows` reordered by `key` (stable: ties keep their given order).
    pub fn sorted(&self, rows: &[usize], key: SortKey) -> Vec<usize> {
        let mut out = rows.to_vec();
        match key {
            SortKey::Document => {}
            SortKey::Total => out.sort_by_key(|&r| std::cmp::Reverse(self.row_total(r))),
            SortKey::Theme(t) => out.sort_by_key(|&r| {
                (
                    std::cmp::Reverse(self.has(r, t)),
                    std::cmp::Reverse(self.row_total(r)),
                )
            }),
        }
        out
    }

    /// Compares the given regions: the themes all share, and those only one of them has.
    pub fn compare(&self, regions: &[usize]) -> Comparison {
        let shared = (0..self.themes)
            .filter(|&t| !regions.is_empty() && regions.iter().all(|&r| self.has(r, t)))
            .collect();
        let only = regions
            .iter()
            .map(|&r| {
                self.row(r)
                    .filter(|&t| regions.iter().filter(|&&o| self.has(o, t)).count() == 1)
                    .collect()
            })
            .collect();
        Comparison {
            regions: regions.to_vec(),
            shared,
            only,
        }
    }
}
