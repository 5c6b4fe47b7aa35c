//! Everything the interface can be asked to do. Keys, mouse and resizes become an [`Action`]
//! (see `keymap` and `input`), and [`crate::tui::app::App::update`] is the only place that
//! acts on one.

use std::path::PathBuf;

use super::view::View;
pub use super::widgets::Edit;

/// One request to change the interface state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Give the terminal back and stop, as Ctrl-Z does in a shell; on `fg` the explorer
    /// takes the terminal again and redraws (performed outside `update`).
    Suspend,
    /// Move the cursor of the focused pane one row up, or scroll its text one line up.
    Up,
    /// Move the cursor of the focused pane one row down, or scroll its text one line down.
    Down,
    /// Jump to the first row (or the top of the text).
    Top,
    /// Jump to the last row (or the end of the text).
    Bottom,
    /// Move one page up in the focused pane.
    PageUp,
    /// Move one page down in the focused pane.
    PageDown,
    /// One matrix column to the left; elsewhere, focus the pane to the left.
    Left,
    /// One matrix column to the right; elsewhere, focus the pane to the right.
    Right,
    /// Focus the next pane of the view.
    NextPane,
    /// Focus the previous pane of the view.
    PrevPane,
    /// Switch to a view (its last focused pane gets the focus again).
    ShowView(View),
    /// Choose or unchoose a theme in the filter: the one under the filter cursor, or in the
    /// matrix the one of the cursor's column.
    ToggleTheme,
    /// Mark or unmark the selected region for the comparison (at most four are marked).
    ToggleMark,
    /// Unmark every region.
    ClearMarks,
    /// Show ROUTE OOST as a group, or stop: in the matrix its regions come first; on the map
    /// they are highlighted together.
    ToggleGroup,
    /// Matrix: show or hide the coverage chart (regions per theme).
    ToggleChart,
    /// Save what the view shows as a file: Markdown, or SVG for the map (performed outside
    /// `update`, see [`crate::tui::effect::Effect`]).
    Export,
    /// Copy what the view shows as Markdown to the clipboard (performed outside `update`).
    Copy,
    /// A file export finished: the path written, or the path and why it failed.
    Exported(Result<PathBuf, (PathBuf, String)>),
    /// A copy finished: the characters sent, or why nothing was sent.
    Copied(Result<Copied, CopyFailure>),
    /// Switch how chosen themes combine: all of them or any of them.
    ToggleMode,
    /// Unchoose every theme of the filter.
    ClearFilter,
    /// Let the theme filter count ○ cells (said of all profiles) as well as own tags, or own
    /// tags only again.
    ToggleGeneral,
    /// Show the selected region's profile (Profielen view, focus on the profile).
    Open,
    /// Cycle the matrix row order: document, total, theme under the cursor.
    CycleSort,
    /// Go back one step: close the help, leave a text pane for its list, or drop the search.
    Back,
    /// Open or close the key help.
    ToggleHelp,
    /// Open the Bron view at the quote of what is selected (a quote in a text, the matrix
    /// cell under the cursor, a search result), highlighted; `Back` there returns.
    Cite,
    /// Bron: show the next hit of the search in the document.
    NextHit,
    /// Bron: show the previous hit of the search in the document.
    PrevHit,
    /// Open the search field (the query typed before is kept).
    SearchOpen,
    /// Edit the open text field (the search, or the Bron view's search through the
    /// document): whichever is open takes every edit.
    Edit(Edit),
    /// Close the search field, drop the query and restore the selection from before the search.
    SearchCancel,
    /// Close the search field, keep the query as a filter and open the selected region.
    SearchAccept,
    /// Close the search field, keep the query as a filter and stay on the result list, where
    /// regions can be marked.
    SearchToList,
    /// Mark (or unmark) the region of the selected result without leaving the search field;
    /// after marking, the field is emptied for the next name.
    MarkResult,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A left click at this cell (column, row): selects what is under it.
    Click(u16, u16),
    /// The mouse wheel turned over this cell (column, row); `down` is towards the user.
    Wheel {
        /// Column of the pointer.
        x: u16,
        /// Row of the pointer.
        y: u16,
        /// Scrolling down (towards the end).
        down: bool,
    },
}

/// Why text did not reach the clipboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CopyFailure {
    /// The text has this many bytes, more than terminals accept in one sequence.
    TooLong(usize),
    /// Writing to the terminal failed.
    Io(String),
}

/// What a copy did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    /// The characters sent.
    pub chars: usize,
    /// Whether tmux took them into its buffer as well.
    pub tmux_buffer: bool,
}
