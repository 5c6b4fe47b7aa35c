//! The Context view's own state: the section shown and where its list and text stand.

/// Where the Context view stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContextState {
    /// The selected entry of the section list (the last may be the areas without a
    /// profile).
    pub section: usize,
    /// The first entry shown of the section list.
    pub offset: usize,
    /// How far the section's text is scrolled.
    pub scroll: usize,
    /// The text's quote cursor.
    pub quote: usize,
}
