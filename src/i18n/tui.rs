//! The strings of the explorer (`regioprofielen` without a subcommand): its views, panes,
//! keys and messages, in Dutch and English. Larger areas have files of their own beside this
//! one (marks, work, session, map, bron), reached through fields of [`TuiTexts`].

use super::{BronTexts, Lang, MapTexts, MarkTexts, SessionTexts, WorkTexts};

mod strings;

pub use strings::{TUI_EN, TUI_NL};

impl Lang {
    /// The strings of the terminal interface in this language.
    pub fn tui(self) -> &'static TuiTexts {
        match self {
            Lang::Nl => &TUI_NL,
            Lang::En => &TUI_EN,
        }
    }
}

/// The strings of the terminal interface (`regioprofielen` without a subcommand).
///
/// Fields starting with `k_` describe a key in the help; `h_` are the short status-bar hints.
#[derive(Debug)]
pub struct TuiTexts {
    /// The program's name in the tab bar.
    pub app_name: &'static str,
    /// Tab titles, in tab order: profiles, matrix, compare, context, source.
    pub views: [&'static str; 5],
    /// Title of the region list.
    pub pane_regions: &'static str,
    /// Title of the theme filter.
    pub pane_filter: &'static str,
    /// Title of the profile pane.
    pub pane_profile: &'static str,
    /// Title of the section list.
    pub pane_sections: &'static str,
    /// Title of the section text.
    pub pane_section_text: &'static str,
    /// "van" in "3 van 15".
    pub of: &'static str,
    /// On a list's border when rows are hidden above, below: `{n}` rows.
    pub more_rows: [&'static str; 2],
    /// Legend under the region list (after the ROUTE OOST mark).
    pub legend_regions: &'static str,
    /// No region passes the filter and search (profile pane).
    pub no_match: &'static str,
    /// How to get regions back; `{clear}` and `{back}` become keys.
    pub no_match_hint: &'static str,
    /// No region passes (short, in lists).
    pub no_match_short: &'static str,
    /// The search found nothing at all ("{query}" is replaced).
    pub search_nothing: &'static str,
    /// The same, short, for the region list.
    pub search_nothing_short: &'static str,
    /// The theme filter alone leaves no region.
    pub no_match_filter: &'static str,
    /// How to clear the theme filter ("{clear}" is replaced by the key).
    pub no_match_filter_hint: &'static str,
    /// How to leave a search ("{back}" is replaced by the key).
    pub search_back_hint: &'static str,
    /// While typing a search that the theme filter empties: the filter's key types a letter
    /// there, so first leave the field ("{back}", "{clear}").
    pub no_match_hint_editing: &'static str,
    /// "gekozen" in the filter title.
    pub chosen: &'static str,
    /// "Modus".
    pub mode: &'static str,
    /// Filter mode: a region needs all chosen themes.
    pub mode_all: &'static str,
    /// Filter mode: a region needs one of the chosen themes.
    pub mode_any: &'static str,
    /// The filter has no theme chosen.
    pub none_chosen: &'static str,
    /// How to open the collapsed filter; `{pane}` becomes a key.
    pub filter_tab_hint: &'static str,
    /// A region without theme tags.
    pub no_themes: &'static str,
    /// Heading of a region's aliases.
    pub aliases_heading: &'static str,
    /// Explains that aliases are not the document's words.
    pub aliases_note: &'static str,
    /// The dataset has no cover-text sections.
    pub no_sections: &'static str,
    /// Help group headings: general, moving, filter, matrix, search, help.
    pub help_groups: [&'static str; 6],
    /// Title of the help overlay.
    pub help_title: &'static str,
    /// Bottom line of the help overlay.
    pub help_footer: &'static str,
    /// Heading of the mouse paragraph in the help.
    pub help_mouse_heading: &'static str,
    /// What the mouse does.
    pub help_mouse: &'static str,
    /// Name of the space bar.
    pub key_space: &'static str,
    /// Name for "any character".
    pub key_text: &'static str,
    /// Status bar: the filter.
    pub status_filter: &'static str,
    /// Prompt of the search field.
    pub search_prompt: &'static str,
    /// Shown in the empty search field.
    pub search_empty: &'static str,
    /// "sortering".
    pub sort_label: &'static str,
    /// Sort order: the document's.
    pub sort_document: &'static str,
    /// Sort order: most themes first.
    pub sort_total: &'static str,
    /// Sort order: a theme first ("thema 7").
    pub sort_theme: &'static str,
    /// Marks a theme tag as interpretation.
    pub interpretation: &'static str,
    /// The terminal is too small.
    pub too_small: &'static str,
    /// The sizes needed and present: `{w}`, `{h}`, `{cw}`, `{ch}` are filled in.
    pub too_small_need: &'static str,
    /// How to leave when too small; `{quit}` becomes a key.
    pub too_small_quit: &'static str,
    /// Help: Ctrl-C.
    pub k_quit: &'static str,
    /// Help: q.
    pub k_quit_q: &'static str,
    /// Help: the view keys 1-5.
    pub k_view: [&'static str; 5],
    /// Help: Tab.
    pub k_next_pane: &'static str,
    /// Help: Shift-Tab.
    pub k_prev_pane: &'static str,
    /// Help: Enter.
    pub k_open: &'static str,
    /// Help: /.
    pub k_search: &'static str,
    /// Help: a.
    pub k_mode: &'static str,
    /// Help: x.
    pub k_clear: &'static str,
    /// Help: Esc.
    pub k_back: &'static str,
    /// Help: ?.
    pub k_help: &'static str,
    /// Help: up.
    pub k_up: &'static str,
    /// Help: down.
    pub k_down: &'static str,
    /// Help: to the start.
    pub k_top: &'static str,
    /// Help: to the end.
    pub k_bottom: &'static str,
    /// Help: page up.
    pub k_page_up: &'static str,
    /// Help: page down.
    pub k_page_down: &'static str,
    /// Help: left.
    pub k_left: &'static str,
    /// Help: right.
    pub k_right: &'static str,
    /// Help: space in the filter.
    pub k_toggle: &'static str,
    /// Help: space in the matrix.
    pub k_toggle_col: &'static str,
    /// Help: s.
    pub k_sort: &'static str,
    /// Help: Enter in the search field.
    pub k_s_accept: &'static str,
    /// Help: Esc in the search field.
    pub k_s_cancel: &'static str,
    /// Help: up in the search field.
    pub k_s_up: &'static str,
    /// Help: down in the search field.
    pub k_s_down: &'static str,
    /// Help: Backspace.
    pub k_s_backspace: &'static str,
    /// Help: Del.
    pub k_s_delete: &'static str,
    /// Help: left in the search field.
    pub k_s_left: &'static str,
    /// Help: right in the search field.
    pub k_s_right: &'static str,
    /// Help: Home in the search field.
    pub k_s_home: &'static str,
    /// Help: End in the search field.
    pub k_s_end: &'static str,
    /// Help: Ctrl-U.
    pub k_s_clear: &'static str,
    /// Help: typing.
    pub k_s_type: &'static str,
    /// Help: closing the help.
    pub k_help_close: &'static str,
    /// Hint: quit.
    pub h_quit: &'static str,
    /// Hint: next pane.
    pub h_pane: &'static str,
    /// Hint: open.
    pub h_open: &'static str,
    /// Hint: search.
    pub h_search: &'static str,
    /// Hint: filter mode.
    pub h_mode: &'static str,
    /// Hint: clear the filter.
    pub h_clear: &'static str,
    /// Hint: back.
    pub h_back: &'static str,
    /// Hint: help.
    pub h_help: &'static str,
    /// Hint: toggle a theme.
    pub h_toggle: &'static str,
    /// Hint: filter on the column.
    pub h_toggle_col: &'static str,
    /// Hint: sort.
    pub h_sort: &'static str,
    /// Hint: cancel the search.
    pub h_cancel: &'static str,
    /// Hint: next result.
    pub h_next: &'static str,
    /// Hint: close the help.
    pub h_close: &'static str,
    /// Marks, comparison, matrix grouping and chart, status and exports.
    pub work: &'static WorkTexts,
    /// What the kinds of cell mean.
    pub marks: &'static MarkTexts,
    /// Strings for suspending and the search field's limits.
    pub session: &'static SessionTexts,
    /// The map view.
    pub map: &'static MapTexts,
    /// The source document: the Bron view and `b`.
    pub bron: &'static BronTexts,
}
