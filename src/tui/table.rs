//! The Matrix view's own state: its cursor, how far it is scrolled, its order and grouping,
//! and whether the coverage chart shows.

use crate::matrix::SortKey;

/// Where the matrix stands and how it is arranged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixState {
    /// The order of the rows.
    pub sort: SortKey,
    /// The theme column under the cursor.
    pub col: usize,
    /// The first row shown.
    pub row_offset: usize,
    /// The first theme column shown (a data file may have more themes than fit).
    pub col_offset: usize,
    /// Whether the ROUTE OOST regions come first, as a group.
    pub grouped: bool,
    /// Whether the coverage chart shows; `None` until the user chooses, meaning "where it
    /// fits beside the theme names".
    pub chart: Option<bool>,
}

impl Default for MatrixState {
    fn default() -> Self {
        MatrixState {
            sort: SortKey::Document,
            col: 0,
            row_offset: 0,
            col_offset: 0,
            grouped: false,
            chart: None,
        }
    }
}
