//! The state of the interface and what can be read from it. The state changes only in
//! [`App::update`] (in `update.rs`); rendering reads it.

use ratatui::layout::{Rect, Size};

use super::bron::BronState;
use super::compare::CompareState;
use super::context::ContextState;
use super::effect::Effect;
use super::keymap::{KeyContext, Mode};
use super::map::MapState;
use super::palette::Palette;
use super::profiles::ProfilesState;
use super::search::{ResultRow, Search, SharedIndex};
use super::table::MatrixState;
use super::view::{Focus, View};
use crate::filter::ThemeFilter;
use crate::i18n::{Lang, Texts, TuiTexts};
use crate::matrix::{Matrix, SortKey};
use crate::model::{Dataset, Region};
use crate::partners::SharedPartners;
use crate::source::Source;

/// The most regions marked at once: more do not fit side by side (and the command line's
/// `compare` takes two to four too).
pub const MAX_MARKS: usize = 4;

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// What to say.
    pub text: String,
    /// Whether it reports a failure (shown as a warning).
    pub error: bool,
}

/// How much of a quote was in view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Seen {
    /// None of it.
    #[default]
    No,
    /// Some of its lines.
    Partly,
    /// All of it.
    Whole,
}

/// What was in view before a resize, to keep in view after it (see `update/place.rs`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Place {
    /// How much of the quote under the profile's cursor was in view.
    pub detail: Seen,
    /// How much of the quote under the section text's cursor was in view.
    pub section: Seen,
    /// The Bron view's highlighted quote, or its search's hit, was in view.
    pub bron: bool,
}

/// The text field that takes the keys while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenField {
    /// The search over everything (`/` in the views).
    Search,
    /// The Bron view's search through the document (`/` there).
    Bron,
}

/// The whole state of the interface.
#[derive(Debug, Clone)]
pub struct App {
    pub(crate) data: Dataset,
    /// The source text and where the data's quotes stand in it, when there is one.
    pub(crate) source: Option<std::sync::Arc<Source>>,
    pub(crate) matrix: Matrix,
    /// The search index over `data`, built once.
    pub(crate) index: SharedIndex,
    /// The partners regions share, found once.
    pub(crate) partners: std::sync::Arc<SharedPartners>,
    pub(crate) lang: Lang,
    pub(crate) palette: Palette,
    /// The terminal size the layout is computed for.
    pub(crate) size: Size,
    pub(crate) view: View,
    pub(crate) focus: Focus,
    /// The pane each view had the focus on when it was left.
    pub(crate) view_focus: [Focus; View::ALL.len()],
    /// The selected region (index into the dataset), shared by the list and the matrix.
    pub(crate) selected: usize,
    /// The themes chosen in the filter, which every view's regions pass.
    pub(crate) filter: ThemeFilter,
    /// The regions marked for the comparison, in the order they were marked (at most
    /// [`MAX_MARKS`]).
    pub(crate) marks: Vec<usize>,
    /// The Profielen view.
    pub(crate) profiles: ProfilesState,
    /// The Matrix view.
    pub(crate) table: MatrixState,
    /// The Vergelijk view.
    pub(crate) compare: CompareState,
    /// The Context view.
    pub(crate) context: ContextState,
    /// A message for the status bar, until the next action.
    pub(crate) message: Option<Message>,
    /// Work for the event loop: files to write, text to copy.
    pub(crate) effects: Vec<Effect>,
    pub(crate) search: Search,
    /// The Kaart view's state.
    pub(crate) map: MapState,
    /// The Bron view.
    pub(crate) bron: BronState,
    /// `Some(scroll)` while the key help is open.
    pub(crate) help: Option<usize>,
    pub(crate) quit: bool,
    /// What was in view at the last usable size, kept while the screen is too small.
    pub(crate) held_place: Place,
    /// Set by [`crate::tui::Action::Suspend`] until the event loop has suspended.
    pub(crate) suspend: bool,
}

impl App {
    /// A fresh interface over `data`: Profielen view, focus on the region list, first region
    /// selected. The palette follows `NO_COLOR`.
    pub fn new(data: Dataset, lang: Lang) -> Self {
        Self::with_palette(data, lang, Palette::from_env())
    }

    /// Like [`App::new`], with a given palette.
    pub fn with_palette(data: Dataset, lang: Lang, palette: Palette) -> Self {
        let matrix = Matrix::build(&data);
        let index = SharedIndex(std::sync::Arc::new(crate::load::index(&data)));
        let partners = std::sync::Arc::new(SharedPartners::build(&data));
        let filter = ThemeFilter::new(data.themes.len());
        let view_focus = View::ALL.map(|v| v.panes()[0]);
        Self {
            data,
            source: None,
            matrix,
            index,
            partners,
            lang,
            palette,
            size: Size::new(80, 24),
            view: View::Profiles,
            focus: Focus::Regions,
            view_focus,
            selected: 0,
            filter,
            marks: Vec::new(),
            profiles: ProfilesState::default(),
            table: MatrixState::default(),
            compare: CompareState::default(),
            context: ContextState::default(),
            message: None,
            effects: Vec::new(),
            search: Search::default(),
            map: MapState::default(),
            bron: BronState::default(),
            help: None,
            quit: false,
            held_place: Place::default(),
            suspend: false,
        }
    }

    /// Whether the user asked to suspend since the last call (the event loop does it).
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }

    /// Which partners the regions share.
    pub fn partners(&self) -> &SharedPartners {
        &self.partners
    }

    /// The dataset shown.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The region x theme matrix of the dataset.
    pub fn matrix(&self) -> &Matrix {
        &self.matrix
    }

    /// The interface strings shared with the command line.
    pub fn texts(&self) -> &'static Texts {
        self.lang.texts()
    }

    /// The interface strings of this terminal interface.
    pub fn tt(&self) -> &'static TuiTexts {
        self.lang.tui()
    }

    /// The styles in use.
    pub fn palette(&self) -> &Palette {
        &self.palette
    }

    /// The terminal size the layout is computed for.
    pub fn size(&self) -> Size {
        self.size
    }

    /// The whole screen as a rectangle.
    pub fn screen(&self) -> Rect {
        Rect::new(0, 0, self.size.width, self.size.height)
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.view
    }

    /// The focused pane.
    pub fn focus(&self) -> Focus {
        self.focus
    }

    /// Whether the program should end.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// What decides how keys are read now.
    pub fn key_context(&self) -> KeyContext {
        let mode = if self.too_small() {
            Mode::TooSmall
        } else if self.open_field().is_some() {
            Mode::Search
        } else if self.help.is_some() {
            Mode::Help
        } else {
            Mode::Normal
        };
        KeyContext {
            mode,
            view: self.view,
            focus: self.focus,
        }
    }

    /// The text field that is open, if one is.
    pub fn open_field(&self) -> Option<OpenField> {
        if self.bron.find.editing {
            Some(OpenField::Bron)
        } else if self.search.editing {
            Some(OpenField::Search)
        } else {
            None
        }
    }

    /// The theme filter.
    pub fn filter(&self) -> &ThemeFilter {
        &self.filter
    }

    /// The theme under the filter cursor.
    pub fn filter_cursor(&self) -> usize {
        self.profiles.filter_cursor
    }

    /// The search field.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The matrix row order.
    pub fn sort(&self) -> SortKey {
        self.table.sort
    }

    /// The theme of the matrix cursor's column.
    pub fn matrix_col(&self) -> usize {
        self.table.col
    }

    /// The selected cover-text section (see [`App::section_count`]).
    pub fn section(&self) -> usize {
        self.context.section
    }

    /// How far the profile is scrolled.
    pub fn detail_scroll(&self) -> usize {
        self.profiles.detail_scroll
    }

    /// How far the section text is scrolled.
    pub fn section_scroll(&self) -> usize {
        self.context.scroll
    }

    /// How far the comparison text is scrolled.
    pub fn compare_scroll(&self) -> usize {
        self.compare.scroll
    }

    /// How far the help is scrolled, while it is open.
    pub fn help_scroll(&self) -> Option<usize> {
        self.help
    }

    /// The first row shown of the region list.
    pub fn region_offset(&self) -> usize {
        self.profiles.region_offset
    }

    /// The selected region's index, kept even while the filter hides it.
    pub fn selection(&self) -> usize {
        self.selected
    }

    /// The selected region, if it is visible (the filter and search can hide every region).
    pub fn selected_region(&self) -> Option<usize> {
        let visible = self.visible_regions();
        visible.contains(&self.selected).then_some(self.selected)
    }

    /// The region at `index`.
    pub fn region(&self, index: usize) -> Option<&Region> {
        self.data.regions.get(index)
    }

    /// The regions that pass the search and the theme filter, in list order (the search's
    /// order, else the document's).
    pub fn visible_regions(&self) -> Vec<usize> {
        let base: Vec<usize> = match &self.search.results {
            Some(hits) => hits.iter().map(|h| h.region).collect(),
            None => (0..self.data.regions.len()).collect(),
        };
        self.filter.apply(&self.matrix, &base)
    }

    /// The rows of the region list: the visible regions, and while searching also the hits
    /// in the national context, all in the search's order.
    pub fn list_rows(&self) -> Vec<ResultRow> {
        let visible = self.visible_regions();
        if self.search.results.is_none() {
            return visible.into_iter().map(ResultRow::Region).collect();
        }
        let mut shown = vec![false; self.data.regions.len()];
        for r in visible {
            shown[r] = true;
        }
        self.search
            .order
            .iter()
            .copied()
            .filter(|row| match *row {
                ResultRow::Region(r) => shown.get(r).copied().unwrap_or(false),
                ResultRow::National(_) => true,
            })
            .collect()
    }

    /// The selected row of the region list: a national hit when one is selected, else the
    /// selected region.
    pub fn selected_row(&self) -> ResultRow {
        match self.search.national_sel {
            Some(k) if k < self.search.national.len() => ResultRow::National(k),
            _ => ResultRow::Region(self.selected),
        }
    }

    /// Selects a row of the region list.
    pub(super) fn select_row(&mut self, row: ResultRow) {
        match row {
            ResultRow::Region(r) => {
                self.selected = r;
                self.search.national_sel = None;
            }
            ResultRow::National(k) => self.search.national_sel = Some(k),
        }
    }

    /// The regions of the matrix, in its sort order; when grouped, the ROUTE OOST regions
    /// first (each group keeps the sort order).
    pub fn matrix_rows(&self) -> Vec<usize> {
        let rows = self.matrix.sorted(&self.visible_regions(), self.table.sort);
        if !self.table.grouped {
            return rows;
        }
        let (mut first, rest): (Vec<usize>, Vec<usize>) = rows
            .into_iter()
            .partition(|&r| self.data.regions[r].route_oost);
        first.extend(rest);
        first
    }

    /// The regions in the order the current view shows them (what ↑/↓ walk through).
    pub fn region_order(&self) -> Vec<usize> {
        if self.view == View::Matrix {
            self.matrix_rows()
        } else {
            self.visible_regions()
        }
    }

    /// How many entries the Context view's section list has: the cover-text sections, and
    /// one for the areas without a profile when there are any.
    pub fn section_count(&self) -> usize {
        self.data.national.len() + usize::from(!self.data.without_profile.is_empty())
    }

    /// A short name for a region where room is short: its display label (see
    /// [`Region::short`]).
    pub fn short_name(region: &Region) -> &str {
        region.short()
    }
}
