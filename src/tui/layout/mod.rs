//! The layout: one pure function from the state and the screen to the areas of every pane.
//!
//! `update` uses it for page sizes, scroll limits and mouse hit-tests, `render` to draw, so
//! the two always agree on where things are. Every subtraction saturates: the function is
//! called at every size, down to 1x1.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use super::app::App;
use super::pages;
use super::view::{Focus, View};

mod map;
mod matrix;

pub use map::{MapAreas, STRIP_WIDTH};
pub use matrix::{MatrixAreas, WIDE_LEGEND};

/// The smallest usable terminal width; below it only a message is shown.
pub const MIN_WIDTH: u16 = 60;
/// The smallest usable terminal height.
pub const MIN_HEIGHT: u16 = 16;

/// Where everything of one frame is. Panes not in the current view have empty rectangles.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    /// The whole screen.
    pub screen: Rect,
    /// The screen is below the minimum size: only the message is drawn.
    pub too_small: bool,
    /// The tab bar.
    pub tabs: Rect,
    /// Each tab's clickable area.
    pub tab_hits: Vec<(View, Rect)>,
    /// Between the tab bar and the status bar.
    pub body: Rect,
    /// The status bar (or the search field while it is open).
    pub status: Rect,
    /// The region list, with its border.
    pub regions: Rect,
    /// The theme filter, with its border.
    pub filter: Rect,
    /// Whether the filter shows its checkboxes (else a one-paragraph summary).
    pub filter_expanded: bool,
    /// The profile, with its border.
    pub detail: Rect,
    /// The matrix and its parts.
    pub matrix: MatrixAreas,
    /// The comparison pane, with its border.
    pub compare: Rect,
    /// Inside the comparison pane: the summary that stays in place.
    pub compare_head: Rect,
    /// Inside the comparison pane: the columns, which scroll.
    pub compare_body: Rect,
    /// The section list, with its border.
    pub sections: Rect,
    /// The section text, with its border.
    pub section_text: Rect,
    /// The Kaart view's parts.
    pub map: MapAreas,
    /// The Bron view's pane, with its border; inside, the text and under it one line that
    /// says what is shown.
    pub source: Rect,
    /// The help overlay, with its border (empty while closed).
    pub help: Rect,
}

/// The inside of a bordered rectangle.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// The text of every tab in `width` columns: " 1 Profielen " where all fit so; else
/// without the padding; else the current view's title and the other views' numbers alone,
/// so every view keeps its tab (and its number) at any usable width.
pub fn tab_labels(app: &App, width: u16) -> Vec<(View, String)> {
    let fits = |labels: &[(View, String)]| {
        let w: usize = labels.iter().map(|(_, l)| l.width() + 1).sum();
        w <= usize::from(width)
    };
    let padded: Vec<(View, String)> = View::ALL
        .iter()
        .map(|&v| (v, format!(" {} {} ", v.number(), v.title(app.tt()))))
        .collect();
    if fits(&padded) {
        return padded;
    }
    let plain: Vec<(View, String)> = View::ALL
        .iter()
        .map(|&v| (v, format!("{} {}", v.number(), v.title(app.tt()))))
        .collect();
    if fits(&plain) {
        return plain;
    }
    View::ALL
        .iter()
        .map(|&v| {
            let label = if v == app.view {
                format!(" {} {} ", v.number(), v.title(app.tt()))
            } else {
                format!(" {} ", v.number())
            };
            (v, label)
        })
        .collect()
}

/// The layout of `app` on `screen`.
pub fn compute(app: &App, screen: Rect) -> Areas {
    let mut a = Areas {
        screen,
        ..Areas::default()
    };
    if screen.width < MIN_WIDTH || screen.height < MIN_HEIGHT {
        a.too_small = true;
        return a;
    }
    let [tabs, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(screen);
    a.tabs = tabs;
    a.body = body;
    a.status = status;
    a.tab_hits = tab_hits(app, tabs);
    match app.view {
        View::Profiles => profiles(app, body, &mut a),
        View::Matrix => a.matrix = matrix::compute(app, body),
        View::Compare => compare(app, body, &mut a),
        View::Context => context(app, body, &mut a),
        View::Map => a.map = map::compute(app, body),
        View::Source => a.source = body,
    }
    if app.help.is_some() {
        // The full width when a margin would be a column or two: a strip of the view
        // beside the help would show loose letters.
        let w = if body.width <= 86 { body.width } else { 78 };
        let h = body.height.saturating_sub(2);
        a.help = Rect {
            x: body.x + (body.width.saturating_sub(w)) / 2,
            y: body.y + 1,
            width: w,
            height: h,
        };
    }
    a
}

fn tab_hits(app: &App, tabs: Rect) -> Vec<(View, Rect)> {
    let mut x = tabs.x;
    let right = tabs.right();
    tab_labels(app, tabs.width)
        .into_iter()
        .map(|(v, label)| {
            let w = u16::try_from(label.width()).unwrap_or(u16::MAX);
            let w = w.min(right.saturating_sub(x));
            let r = Rect::new(x, tabs.y, w, 1);
            x = x.saturating_add(w).saturating_add(1).min(right);
            (v, r)
        })
        .collect()
}

fn profiles(app: &App, body: Rect, a: &mut Areas) {
    let longest = app.data.regions.iter().map(|r| r.name.width()).max();
    // Selection mark, comparison mark, name, ROUTE OOST mark and count (7 columns besides
    // the name), plus the border: at 80 columns the longest name just fits.
    let want = u16::try_from(longest.unwrap_or(10) + 9).unwrap_or(u16::MAX);
    let left_w = if app.search.is_filtering() {
        // Search results carry the matched field and a snippet: give them room.
        want.saturating_add(24)
            .clamp(24, (body.width.saturating_mul(3) / 5).max(24))
    } else {
        // Room for the theme filter's names too where the screen has it.
        let filter_want =
            u16::try_from(longest_theme_label(app).unwrap_or(10) + 17).unwrap_or(u16::MAX);
        want.max(filter_want)
            .clamp(24, (body.width / 2).saturating_sub(1).max(24))
    };
    let [left, detail] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Fill(1)]).areas(body);
    a.detail = detail;

    let themes = u16::try_from(app.data.themes.len()).unwrap_or(u16::MAX);
    let regions = u16::try_from(app.data.regions.len().max(1)).unwrap_or(u16::MAX);
    let list_need = regions.saturating_add(2);
    let filter_need = themes.saturating_add(3);
    let h = left.height;
    if list_need.saturating_add(filter_need) > h && app.focus == Focus::Filter {
        // Both do not fit: while themes are chosen, the filter takes the profile's place
        // and the list keeps the whole column, so every region the filter leaves stays in
        // view as it changes.
        a.regions = left;
        a.filter = detail;
        a.detail = Rect::default();
        a.filter_expanded = true;
        return;
    }
    // Otherwise the list gets its room and the filter, under it, what is left (folded to
    // its summary when the themes do not fit: two lines are enough for the summary, so at
    // 80x23, in a tmux pane at 80x24, every region still shows).
    let list_h = if list_need.saturating_add(filter_need) <= h {
        list_need
    } else {
        list_need.min(h.saturating_sub(4))
    };
    let [list, filter] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(left);
    a.regions = list;
    a.filter = filter;
    a.filter_expanded = inner(filter).height >= themes.saturating_add(1);
}

/// The comparison pane: the summary on top (at most half the inside, so the columns keep
/// room), then the columns under a rule.
fn compare(app: &App, body: Rect, a: &mut Areas) {
    a.compare = body;
    let r = inner(body);
    let head = pages::compare::head(app, usize::from(r.width)).len();
    let head = u16::try_from(head).unwrap_or(u16::MAX).min(r.height / 2);
    let rule = u16::from(head > 0);
    a.compare_head = Rect { height: head, ..r };
    a.compare_body = Rect {
        y: r.y.saturating_add(head + rule),
        height: r.height.saturating_sub(head + rule),
        ..r
    };
}

fn context(app: &App, body: Rect, a: &mut Areas) {
    let longest = app
        .data
        .national
        .iter()
        .map(|s| s.heading.width())
        .chain(std::iter::once(app.texts().without_profile.width()))
        .max()
        .unwrap_or(10);
    // On a narrow screen the text needs the room: while it has the focus it takes the whole
    // width (the pane's title names the section), and otherwise the list gets a quarter,
    // its headings cut.
    let narrow = body.width < 100;
    if narrow && app.focus == Focus::SectionText {
        a.sections = Rect::default();
        a.section_text = body;
        return;
    }
    let want = u16::try_from(longest + 4).unwrap_or(u16::MAX);
    let cap = if narrow {
        body.width / 4
    } else {
        (body.width / 2).saturating_sub(5)
    };
    let left_w = want.clamp(18, cap.max(18));
    let [list, text] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Fill(1)]).areas(body);
    a.sections = list;
    a.section_text = text;
}

impl Areas {
    /// The pane under a screen cell, if any.
    pub fn pane_at(&self, x: u16, y: u16) -> Option<Focus> {
        let p = ratatui::layout::Position::new(x, y);
        let m = &self.matrix;
        [
            (self.regions, Focus::Regions),
            (self.filter, Focus::Filter),
            (self.detail, Focus::Detail),
            (self.compare, Focus::Compare),
            (self.sections, Focus::Sections),
            (self.section_text, Focus::SectionText),
            (self.map.list, Focus::MapList),
            (self.source, Focus::Source),
            (m.header.union(m.rows).union(m.totals), Focus::Matrix),
        ]
        .into_iter()
        .find(|(r, _)| !r.is_empty() && r.contains(p))
        .map(|(_, f)| f)
    }

    /// The inside height of a pane (its page size); 0 when it is not shown.
    pub fn page(&self, pane: Focus) -> usize {
        let h = match pane {
            Focus::Regions => inner(self.regions).height,
            Focus::Filter => inner(self.filter).height.saturating_sub(1),
            Focus::Detail => inner(self.detail).height,
            Focus::Matrix => self.matrix.rows.height,
            Focus::Compare => self.compare_body.height,
            Focus::Sections => inner(self.sections).height,
            Focus::SectionText => inner(self.section_text).height,
            Focus::MapList => inner(self.map.list).height,
            // The last line inside says what is shown.
            Focus::Source => inner(self.source).height.saturating_sub(1),
        };
        usize::from(h)
    }

    /// The inside width of a text pane (what its text is wrapped to).
    pub fn text_width(&self, pane: Focus) -> usize {
        let r = match pane {
            Focus::Detail => self.detail,
            Focus::Compare => self.compare,
            Focus::SectionText => self.section_text,
            _ => return 0,
        };
        usize::from(inner(r).width)
    }
}

/// The width of the longest theme label in the interface's language.
fn longest_theme_label(app: &App) -> Option<usize> {
    let t = app.texts();
    app.data
        .themes
        .iter()
        .map(|th| t.theme_label(th).width())
        .max()
}

// The layout is worked out from the state, so it is asked of the state; it lives here, not in
// `app.rs`, so that the state does not depend on its layout.
impl App {
    /// The layout of the current state on the current screen.
    pub fn areas(&self) -> Areas {
        compute(self, self.screen())
    }

    /// Whether the terminal is below the minimum size.
    pub fn too_small(&self) -> bool {
        self.size.width < MIN_WIDTH || self.size.height < MIN_HEIGHT
    }
}
