//! The matrix view's layout: the table with its totals, the side panel beside it (theme
//! names or the coverage chart), and under the table the caption that says what a cell means
//! and the quote of the cell under the cursor.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use crate::tui::app::App;
use crate::tui::pages;

/// The matrix's side panel from this width holds the theme names and the coverage chart.
pub const WIDE_LEGEND: u16 = 30;

/// The parts of the matrix view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MatrixAreas {
    /// The title line (count and sort order).
    pub title: Rect,
    /// The line of column numbers.
    pub header: Rect,
    /// The region rows.
    pub rows: Rect,
    /// The line of column totals of own tags (●).
    pub totals: Rect,
    /// The line of column totals of ○ cells, under the own ones (empty when there is no room
    /// or the data has no ○ cell).
    pub totals_general: Rect,
    /// The side panel beside the table: numbered theme names or the coverage chart (may be
    /// empty when there is no room).
    pub legend: Rect,
    /// What a cell means, under the table, over the whole width.
    pub caption: Rect,
    /// Whether the caption is the full one, a line per kind of cell (else the short form).
    pub caption_long: bool,
    /// The quote of the cell under the cursor, under the caption.
    pub info: Rect,
    /// Width of the region-name column.
    pub name_width: u16,
    /// Width of one theme column.
    pub col_width: u16,
    /// How many theme columns fit.
    pub cols_visible: usize,
    /// Whether the side panel shows the coverage chart.
    pub chart: bool,
    /// Whether the side panel shows the theme names.
    pub labels: bool,
}

impl MatrixAreas {
    /// The x of the theme column shown at position `k` (0 = first visible column).
    pub fn col_x(&self, k: usize) -> u16 {
        let k = u16::try_from(k).unwrap_or(u16::MAX);
        self.rows
            .x
            .saturating_add(self.name_width)
            .saturating_add(1)
            .saturating_add(k.saturating_mul(self.col_width))
    }

    /// The x of the totals column.
    pub fn total_x(&self) -> u16 {
        self.col_x(self.cols_visible).saturating_add(1)
    }
}

/// What the legend needs beside the longest theme name: the number, ≈, spaces, a bar of
/// six cells and the count.
const LEGEND_BESIDE_NAME: usize = 2 + 2 + 3 + 6 + 5;

/// The matrix view's areas in `body`.
pub fn compute(app: &App, body: Rect) -> MatrixAreas {
    // Widths are worked out in usize (a data file may have any number of themes) and
    // narrowed at the end, where they are known to fit the screen.
    let themes = app.data.themes.len();
    let rows = app.matrix_lines().len();
    let width = usize::from(body.width);
    let col_width = (themes.max(1).to_string().len() + 1).max(3);
    let total_w = col_width + 1;
    let longest = app.data.regions.iter().map(|r| r.name.width()).max();
    // Names as wide as they need (plus the selection and comparison marks), but leaving a
    // legend of at least 16 columns; at 80 columns that is 22 for the names.
    let grid = themes.saturating_mul(col_width);
    let max_name = width
        .saturating_sub(grid.saturating_add(total_w + 18))
        .max(10);
    let mut name_width = longest.unwrap_or(10).saturating_add(2).clamp(10, max_name);
    // The theme names beside the table want their whole length (and a short bar): where
    // the regions' full names would leave too little room for that, the names give way to
    // their short labels.
    let legend_need = super::longest_theme_label(app).unwrap_or(0) + LEGEND_BESIDE_NAME;
    let shortest = app.data.regions.iter().map(|r| r.short().width()).max();
    let short_width = shortest.unwrap_or(10).saturating_add(2).clamp(10, max_name);
    let room = |name: usize| width.saturating_sub(grid + total_w + 2 + name);
    if room(name_width) < legend_need && room(short_width) >= legend_need {
        name_width = short_width;
    }
    let fit = |name: usize| width.saturating_sub(name + 1 + total_w) / col_width;
    if fit(name_width) < themes {
        name_width = 10;
    }
    let cols_visible = fit(name_width).min(themes);
    let table_w = name_width + 1 + total_w + col_width * cols_visible;
    let narrow = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let (name_width, col_width, table_w) = (narrow(name_width), narrow(col_width), narrow(table_w));

    // Title, header and totals take a line each; under them the short caption and at least
    // two lines for the quote, which lets all fifteen rows fit at 80x24 (grouped too).
    let text_w = usize::from(body.width.saturating_sub(1));
    let short_h = narrow(pages::cell::caption(app, false, text_w).len());
    let rows_h = u16::try_from(rows.max(1))
        .unwrap_or(u16::MAX)
        .min(body.height.saturating_sub(3 + short_h + 2))
        .max(1);
    // Lines to spare go to the totals of ○ cells, then to the full caption, as long as the
    // quote keeps four lines.
    let below = body.height.saturating_sub(3 + rows_h);
    let any_general = (0..themes).any(|t| app.matrix.theme_general(t).is_some());
    let general_h = u16::from(any_general && below >= 1 + short_h + 4);
    let long_h = narrow(pages::cell::caption(app, true, text_w).len());
    let caption_long = below >= general_h + long_h + 4;
    let caption_h = if caption_long { long_h } else { short_h };
    let [
        title,
        header,
        row_area,
        totals,
        totals_general,
        caption,
        info,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(rows_h),
        Constraint::Length(1),
        Constraint::Length(general_h),
        Constraint::Length(caption_h),
        Constraint::Fill(1),
    ])
    .areas(body);
    let x = body.x;
    let w = table_w.min(body.width);
    // The side panel stands right of the table when there is room, from the header down to
    // the totals; the caption and the quote below have the whole width.
    let legend_x = x.saturating_add(table_w).saturating_add(1);
    let legend_w = body
        .right()
        .saturating_sub(legend_x)
        .min(narrow(legend_need + 9).max(48));
    // The coverage chart shares the side panel with the theme names: beside them when the
    // panel is wide, in their place (switched with `c`) when it is narrow.
    let wide = legend_w >= WIDE_LEGEND;
    let chart = legend_w >= 12 && app.table.chart.unwrap_or(wide);
    let legend = if legend_w >= 12 {
        Rect::new(
            legend_x,
            header.y,
            legend_w,
            totals_general.bottom().saturating_sub(header.y),
        )
    } else {
        Rect::default()
    };
    let table = |r: Rect| Rect { x, width: w, ..r };
    MatrixAreas {
        title,
        header: table(header),
        rows: table(row_area),
        totals: table(totals),
        totals_general: table(totals_general),
        legend,
        caption,
        caption_long,
        info,
        name_width,
        col_width,
        cols_visible,
        chart,
        labels: !legend.is_empty() && (wide || !chart),
    }
}
