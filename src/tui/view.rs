//! The views (tabs) and the panes that can hold the focus.

use crate::i18n::TuiTexts;

/// A view: one tab of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// Region list, theme filter and the selected region's profile (the start view).
    Profiles,
    /// Regions x themes.
    Matrix,
    /// Comparing regions (explained, not yet built).
    Compare,
    /// The national sections of the cover text.
    Context,
    /// The source document itself, with its line numbers and what the data uses of it.
    Source,
    /// The map: the regions' municipalities on the Netherlands, beside the region list.
    Map,
}

impl View {
    /// Every view, in tab order (the number key of a view is its position + 1).
    pub const ALL: [View; 6] = [
        View::Profiles,
        View::Matrix,
        View::Compare,
        View::Context,
        View::Source,
        View::Map,
    ];

    /// Position in the tab bar.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The number key that shows the view, as its tab says.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The tab title.
    pub fn title(self, t: &TuiTexts) -> &'static str {
        match self {
            View::Map => t.map.view,
            v => t.views[v.index()],
        }
    }

    /// The panes of this view, in `Tab` order; the first holds the focus when the view opens.
    pub fn panes(self) -> &'static [Focus] {
        match self {
            View::Profiles => &[Focus::Regions, Focus::Filter, Focus::Detail],
            View::Matrix => &[Focus::Matrix],
            View::Compare => &[Focus::Compare],
            View::Context => &[Focus::Sections, Focus::SectionText],
            View::Map => &[Focus::MapList],
            View::Source => &[Focus::Source],
        }
    }
}

/// A pane that can hold the keyboard focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Focus {
    /// The region list (Profielen).
    Regions,
    /// The theme filter (Profielen).
    Filter,
    /// The profile of the selected region (Profielen).
    Detail,
    /// The matrix table.
    Matrix,
    /// The comparison pane.
    Compare,
    /// The list of cover-text sections (Context).
    Sections,
    /// The text of the selected section (Context).
    SectionText,
    /// The source document (Bron).
    Source,
    /// The region list beside the map (Kaart); it drives the map.
    MapList,
}

impl Focus {
    /// The view this pane belongs to.
    pub fn view(self) -> View {
        match self {
            Focus::Regions | Focus::Filter | Focus::Detail => View::Profiles,
            Focus::Matrix => View::Matrix,
            Focus::Compare => View::Compare,
            Focus::Sections | Focus::SectionText => View::Context,
            Focus::Source => View::Source,
            Focus::MapList => View::Map,
        }
    }

    /// The pane's title.
    pub fn title(self, t: &TuiTexts) -> &'static str {
        match self {
            Focus::Regions => t.pane_regions,
            Focus::Filter => t.pane_filter,
            Focus::Detail => t.pane_profile,
            Focus::Matrix => t.views[View::Matrix.index()],
            Focus::Compare => t.views[View::Compare.index()],
            Focus::Sections => t.pane_sections,
            Focus::SectionText => t.pane_section_text,
            Focus::Source => t.views[View::Source.index()],
            Focus::MapList => t.pane_regions,
        }
    }

    /// The next (`forward`) or previous pane of the same view, wrapping around.
    pub fn cycle(self, forward: bool) -> Focus {
        let panes = self.view().panes();
        let at = panes.iter().position(|&p| p == self).unwrap_or(0);
        let n = panes.len();
        let next = if forward {
            (at + 1) % n
        } else {
            (at + n - 1) % n
        };
        panes[next]
    }

    /// Whether this pane shows scrolled text rather than a list with a cursor.
    pub fn is_text(self) -> bool {
        matches!(self, Focus::Detail | Focus::Compare | Focus::SectionText)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_belong_to_their_view_and_cycle() {
        for v in View::ALL {
            for &p in v.panes() {
                assert_eq!(p.view(), v);
                assert_eq!(p.cycle(true).cycle(false), p);
            }
        }
        assert_eq!(Focus::Detail.cycle(true), Focus::Regions);
        assert_eq!(Focus::Matrix.cycle(true), Focus::Matrix);
    }
}
