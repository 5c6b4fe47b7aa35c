//! The Kaart view's layout: the region list (or, when the map needs the room, a strip of
//! marks), the legend under the list, and the map as large as the height allows while it
//! keeps the country's shape.

use std::sync::OnceLock;

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use super::inner;
use crate::geo::plane;
use crate::tui::app::App;

/// Width of the collapsed list: borders, the cursor mark, the region's mark, ROUTE OOST.
pub const STRIP_WIDTH: u16 = 5;
/// The map's width (with its border) below which the list collapses to a strip, unless the
/// map needs less to be as high as the screen.
pub const MIN_MAP_WIDTH: u16 = 42;

/// Where the parts of the Kaart view are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MapAreas {
    /// The region list (or strip), with its border.
    pub list: Rect,
    /// Whether the list is collapsed to a strip of marks.
    pub strip: bool,
    /// The legend under the list, with its border (empty when there is no room).
    pub legend: Rect,
    /// The map, with its border.
    pub map: Rect,
    /// Inside the map's border: the canvas.
    pub canvas: Rect,
}

/// Width over height of the country in the map's plane.
fn aspect() -> f64 {
    static ASPECT: OnceLock<f64> = OnceLock::new();
    *ASPECT.get_or_init(|| {
        let Ok(geo) = crate::geo::embedded() else {
            return 0.86;
        };
        let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(lon, lat) in geo.outline.iter().flatten() {
            let (x, y) = plane(lon, lat);
            b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
        }
        if b.0 < b.2 {
            (b.2 - b.0) / (b.3 - b.1)
        } else {
            0.86
        }
    })
}

/// The layout of the Kaart view in `body`.
pub fn compute(app: &App, body: Rect) -> MapAreas {
    let longest = app.data().regions.iter().map(|r| r.name.width()).max();
    // Cursor, comparison mark, region mark, a space, the name, a space and ROUTE OOST's
    // mark, plus the border.
    let list_w = u16::try_from(longest.unwrap_or(10) + 8)
        .unwrap_or(u16::MAX)
        .clamp(20, (body.width / 2).max(20));
    // A Braille dot is about square: a row holds 4 dots, a column 2.
    let rows = f64::from(body.height.saturating_sub(2));
    let need = (rows * 4.0 * aspect() / 2.0).ceil() as u16 + 2;
    // The list gives way first: to a strip when beside it the map would be narrower than it
    // needs, or than a width at which 80x24 still reads well.
    let strip = body.width.saturating_sub(list_w) < need.min(MIN_MAP_WIDTH);
    let left_w = if strip { STRIP_WIDTH } else { list_w };
    let [left, map] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Fill(1)]).areas(body);
    let regions = u16::try_from(app.data().regions.len()).unwrap_or(u16::MAX);
    let list_h = regions.saturating_add(2).min(left.height);
    let [list, legend] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Fill(1)]).areas(left);
    // A legend needs room for a line or more inside its border; the strip has none.
    let legend = if strip || legend.height < 3 {
        Rect::default()
    } else {
        legend
    };
    let list = if legend.is_empty() { left } else { list };
    MapAreas {
        list,
        strip,
        legend,
        map,
        canvas: inner(map),
    }
}
