//! The theme filter ("alle" / "een van") and its facet counts.
//!
//! The filter matches a region's own tags (●); what the cover text says of all profiles (○)
//! counts only when asked for, so a filtered list never passes a region off as naming a theme
//! that only the cover text names for it.

use crate::matrix::Matrix;

/// How several chosen themes combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A region must address every chosen theme ("alle").
    #[default]
    All,
    /// A region must address at least one chosen theme ("een van").
    Any,
}

impl Mode {
    /// The other mode.
    pub fn toggled(self) -> Self {
        match self {
            Self::All => Self::Any,
            Self::Any => Self::All,
        }
    }
}

/// A set of chosen themes (by index) and how they combine.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThemeFilter {
    chosen: Vec<bool>,
    /// How the chosen themes combine.
    pub mode: Mode,
    /// Whether ○ cells count as well as own tags.
    pub general: bool,
}

impl ThemeFilter {
    /// An empty filter over `themes` themes.
    pub fn new(themes: usize) -> Self {
        Self {
            chosen: vec![false; themes],
            mode: Mode::All,
            general: false,
        }
    }

    /// A filter with these themes chosen.
    pub fn with(themes: usize, chosen: &[usize], mode: Mode) -> Self {
        let mut f = Self::new(themes);
        for &t in chosen {
            f.set(t, true);
        }
        f.mode = mode;
        f
    }

    /// Chooses or unchooses theme `t` (out of range is ignored).
    pub fn set(&mut self, t: usize, on: bool) {
        if let Some(c) = self.chosen.get_mut(t) {
            *c = on;
        }
    }

    /// Flips theme `t`.
    pub fn toggle(&mut self, t: usize) {
        let on = !self.is_chosen(t);
        self.set(t, on);
    }

    /// Whether theme `t` is chosen.
    pub fn is_chosen(&self, t: usize) -> bool {
        self.chosen.get(t).copied().unwrap_or(false)
    }

    /// The chosen theme indices.
    pub fn chosen(&self) -> impl Iterator<Item = usize> + '_ {
        self.chosen
            .iter()
            .enumerate()
            .filter(|(_, c)| **c)
            .map(|(i, _)| i)
    }

    /// Whether any theme is chosen.
    pub fn is_active(&self) -> bool {
        self.chosen.iter().any(|c| *c)
    }

    /// Unchooses every theme (the mode and whether ○ counts stay).
    pub fn clear(&mut self) {
        self.chosen.iter_mut().for_each(|c| *c = false);
    }

    /// Whether region `r` passes the filter (an inactive filter passes everything).
    pub fn matches(&self, m: &Matrix, r: usize) -> bool {
        if !self.is_active() {
            return true;
        }
        let has = |t| {
            if self.general {
                m.covers(r, t)
            } else {
                m.has(r, t)
            }
        };
        match self.mode {
            Mode::All => self.chosen().all(has),
            Mode::Any => self.chosen().any(has),
        }
    }

    /// The regions among `rows` that pass, in the given order.
    pub fn apply(&self, m: &Matrix, rows: &[usize]) -> Vec<usize> {
        rows.iter()
            .copied()
            .filter(|&r| self.matches(m, r))
            .collect()
    }
}

/// Facet counts: for every theme, how many of `shown` regions have a tag of their own for it.
pub fn facets(m: &Matrix, shown: &[usize]) -> Vec<usize> {
    (0..m.themes()).map(|t| m.column_total(t, shown)).collect()
}

/// For every theme, how many of `shown` regions have a ○ cell for it (counted apart from
/// [`facets`]).
pub fn general_facets(m: &Matrix, shown: &[usize]) -> Vec<usize> {
    (0..m.themes())
        .map(|t| m.column_general_total(t, shown))
        .collect()
}
