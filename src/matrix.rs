//! Region x theme coverage: the matrix, row sorting and the comparison of regions.
//!
//! A cell is one of three kinds: the region's own tag (●), what the cover text says of all
//! profiles where the region has no tag of its own (○), or neither (·). Totals, sorting and
//! the comparison's "shared" and "only" count own tags; the ○ cells are counted apart.

use crate::model::{Dataset, StatementScope};

/// What one cell of the matrix holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// The region's own tag: the index in `regions[r].themes`.
    Own(usize),
    /// No own tag, but the cover text says it of all profiles: the index in
    /// `general_statements` of the first such statement.
    General(usize),
    /// Neither: the document does not name the theme for this region.
    Neither,
}

impl Cell {
    /// The sign of this kind of cell, the same in every view and export.
    pub fn symbol(self) -> &'static str {
        match self {
            Cell::Own(_) => OWN,
            Cell::General(_) => GENERAL,
            Cell::Neither => NEITHER,
        }
    }
}

/// The sign of a region's own tag.
pub const OWN: &str = "●";
/// The sign of what the cover text says of all profiles.
pub const GENERAL: &str = "○";
/// The sign of a cell that is neither.
pub const NEITHER: &str = "·";
/// The sign beside a theme that the cover text names for many or most profiles (never a cell).
pub const MOST: &str = "≈";

/// Which region addresses which theme, by index, built once from a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// `cells[region][theme]`: the index of the region's tag for that theme, if tagged.
    cells: Vec<Vec<Option<usize>>>,
    /// Per theme, the first statement of scope `all` about it, if any.
    general: Vec<Option<usize>>,
    /// Per theme, the statements of scope `most` about it.
    most: Vec<Vec<usize>>,
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
    /// Themes (indices) every compared region has a tag of its own for.
    pub shared: Vec<usize>,
    /// Per compared region, the themes only that region has a tag for among the compared ones.
    pub only: Vec<Vec<usize>>,
    /// Per compared region, its ○ themes: said of all profiles, and no tag of its own.
    pub general: Vec<Vec<usize>>,
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
        let statements = |id: &str, scope| -> Vec<usize> {
            data.general_statements
                .iter()
                .enumerate()
                .filter(|(_, g)| g.theme == id && g.scope == scope)
                .map(|(i, _)| i)
                .collect()
        };
        Self {
            cells,
            general: data
                .themes
                .iter()
                .map(|t| statements(&t.id, StatementScope::All).first().copied())
                .collect(),
            most: data
                .themes
                .iter()
                .map(|t| statements(&t.id, StatementScope::Most))
                .collect(),
            themes: data.themes.len(),
        }
    }

    /// What the cell of region `r` and theme `t` holds (out of range is [`Cell::Neither`]).
    pub fn cell(&self, r: usize, t: usize) -> Cell {
        match (self.tag(r, t), self.general(r, t)) {
            (Some(i), _) => Cell::Own(i),
            (None, Some(g)) => Cell::General(g),
            (None, None) => Cell::Neither,
        }
    }

    /// The statement behind a ○ cell: said of all profiles, and region `r` has no own tag.
    pub fn general(&self, r: usize, t: usize) -> Option<usize> {
        if r >= self.regions() || self.has(r, t) {
            return None;
        }
        self.theme_general(t)
    }

    /// The first statement of scope `all` about theme `t`, if the cover text has one.
    pub fn theme_general(&self, t: usize) -> Option<usize> {
        self.general.get(t).copied().flatten()
    }

    /// The statements of scope `most` about theme `t` (indices into `general_statements`).
    pub fn theme_most(&self, t: usize) -> &[usize] {
        self.most.get(t).map_or(&[], Vec::as_slice)
    }

    /// Whether region `r` has theme `t` as its own tag or as a ○ cell.
    pub fn covers(&self, r: usize, t: usize) -> bool {
        self.has(r, t) || self.general(r, t).is_some()
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

    /// The theme indices that are ○ cells of region `r`, in taxonomy order.
    pub fn row_general(&self, r: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.themes).filter(move |&t| self.general(r, t).is_some())
    }

    /// How many ○ cells region `r` has.
    pub fn row_general_total(&self, r: usize) -> usize {
        self.row_general(r).count()
    }

    /// How many of `rows` address theme `t` with a tag of their own.
    pub fn column_total(&self, t: usize, rows: &[usize]) -> usize {
        rows.iter().filter(|&&r| self.has(r, t)).count()
    }

    /// How many of `rows` have a ○ cell for theme `t`.
    pub fn column_general_total(&self, t: usize, rows: &[usize]) -> usize {
        rows.iter()
            .filter(|&&r| self.general(r, t).is_some())
            .count()
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

    /// Compares the given regions: the themes all share, and those only one of them has (own
    /// tags both), and apart from them each region's ○ themes.
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
            general: regions
                .iter()
                .map(|&r| self.row_general(r).collect())
                .collect(),
        }
    }
}
