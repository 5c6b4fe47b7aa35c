//! The Vergelijk view's own state: how far the comparison is scrolled, and which of the
//! marked regions it starts with. The marks themselves are the [`super::App`]'s.

/// Where the comparison stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareState {
    /// How far the columns are scrolled (together).
    pub scroll: usize,
    /// The first marked region shown when not all fit side by side.
    pub col: usize,
}
