//! The Profielen view's own state: where its list, theme filter and profile stand. What it
//! shares with other views (the selected region, the filter's themes, the search) is the
//! [`super::App`]'s.

/// Where the Profielen view's panes stand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfilesState {
    /// The first row shown of the region list.
    pub region_offset: usize,
    /// The theme under the filter's cursor.
    pub filter_cursor: usize,
    /// The first theme shown in the filter.
    pub filter_offset: usize,
    /// How far the profile is scrolled.
    pub detail_scroll: usize,
    /// The profile's quote cursor: which of its quotes `b` shows in the source.
    pub detail_quote: usize,
}
