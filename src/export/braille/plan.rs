//! What the map shows over the land, cell by cell: first every point (a municipality, a
//! search match, an area without a profile), then the labels, each put where it covers no
//! point and no other label, or left out. A label never hides a point: a name with a point
//! in its middle (`Flevo◐and`) reads as neither.

use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::{MATCHED, MapStyle, NO_PROFILE, Raster, Scene, TWO_REGIONS, region_letter};
use crate::geo::Atlas;

/// Something the map shows at a cell: a point's glyph, or a label's text from there to the
/// right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The column, from the map's left edge.
    pub col: u16,
    /// The row, from the map's top edge.
    pub row: u16,
    /// The glyph or text.
    pub text: String,
    /// How it is drawn.
    pub style: Style,
}

/// The map's points and labels: the point layer (one mark per cell, the one on top where
/// several fall in one cell) and the labels placed around it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The points, one per cell.
    pub points: Vec<Mark>,
    /// The labels, each on cells no point and no other label holds.
    pub labels: Vec<Mark>,
}

/// At most this many search matches are named on the map; more would bury it in names.
const MAX_MATCH_LABELS: usize = 8;

/// The points and labels of `scene` on a map rasterised as `raster`.
pub fn plan(atlas: &Atlas, raster: &Raster, scene: &Scene, style: &MapStyle) -> Plan {
    let mut grid = Grid::new(raster.cols, raster.rows);
    let strong = |regions: &[usize]| {
        regions
            .iter()
            .find(|r| scene.highlight.contains(r))
            .copied()
    };
    // Weak ones first, so the highlighted ones stay visible where two share a cell.
    let mut order: Vec<usize> = (0..atlas.municipalities.len()).collect();
    order.sort_by_key(|&i| strong(&atlas.municipalities[i].regions).is_some());
    let dimmed = !scene.highlight.is_empty();
    for i in order {
        let m = &atlas.municipalities[i];
        let lead = strong(&m.regions);
        let Some(&region) = lead.as_ref().or(m.regions.first()) else {
            continue;
        };
        let glyph = if m.regions.len() > 1 {
            TWO_REGIONS.to_string()
        } else if style.plain && lead.is_none() && dimmed {
            "·".to_string()
        } else {
            region_letter(region).to_string()
        };
        let base = match (lead, dimmed) {
            (Some(_), _) => style.strong,
            (None, true) => style.weak,
            (None, false) => Style::new(),
        };
        let st = match style.region_color(region) {
            Some(c) => base.fg(c),
            None => base,
        };
        grid.point(raster.cell(m.lon, m.lat), glyph, plain(style, st));
    }
    for &i in &scene.matches {
        if let Some(m) = atlas.municipalities.get(i) {
            let st = plain(style, style.matched);
            grid.point(raster.cell(m.lon, m.lat), MATCHED.to_string(), st);
        }
    }
    // An area's place is a guess: it gives way to the municipalities' points.
    for a in &atlas.areas {
        let at = raster.cell(a.lon, a.lat);
        if !grid.has_point(at) {
            grid.point(at, NO_PROFILE.to_string(), plain(style, style.area));
        }
    }
    // The most wanted first: the highlighted region's name, then what the search found.
    if let Some((name, (lon, lat))) = &scene.label {
        grid.label(raster.cell(*lon, *lat), name, plain(style, style.label));
    }
    if scene.matches.len() <= MAX_MATCH_LABELS {
        for &i in &scene.matches {
            if let Some(m) = atlas.municipalities.get(i) {
                let st = plain(style, style.matched);
                grid.label(raster.cell(m.lon, m.lat), &m.name, st);
            }
        }
    }
    for a in &atlas.areas {
        let text = format!("{}{}", scene.area_prefix, a.name);
        grid.label(raster.cell(a.lon, a.lat), &text, plain(style, style.area));
    }
    grid.into_plan()
}

/// No style at all in plain text.
fn plain(style: &MapStyle, st: Style) -> Style {
    if style.plain { Style::new() } else { st }
}

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Free,
    /// The index of the point in [`Grid::points`].
    Point(usize),
    Label,
}

/// The map's cells while the plan is made.
struct Grid {
    cols: u16,
    rows: u16,
    cells: Vec<Cell>,
    points: Vec<Mark>,
    labels: Vec<Mark>,
}

impl Grid {
    fn new(cols: u16, rows: u16) -> Self {
        Self {
            cols,
            rows,
            cells: vec![Cell::Free; usize::from(cols) * usize::from(rows)],
            points: Vec::new(),
            labels: Vec::new(),
        }
    }

    fn index(&self, col: i32, row: i32) -> Option<usize> {
        let (w, h) = (i32::from(self.cols), i32::from(self.rows));
        ((0..w).contains(&col) && (0..h).contains(&row))
            .then(|| usize::try_from(row * w + col).ok())
            .flatten()
    }

    fn at(&self, col: i32, row: i32) -> Option<Cell> {
        self.index(col, row).map(|i| self.cells[i])
    }

    fn has_point(&self, (col, row): (u16, u16)) -> bool {
        matches!(
            self.at(i32::from(col), i32::from(row)),
            Some(Cell::Point(_))
        )
    }

    /// Puts a point at a cell, over the one there before.
    fn point(&mut self, (col, row): (u16, u16), glyph: String, style: Style) {
        let Some(i) = self.index(i32::from(col), i32::from(row)) else {
            return;
        };
        let mark = Mark {
            col,
            row,
            text: glyph,
            style,
        };
        match self.cells[i] {
            Cell::Point(p) => self.points[p] = mark,
            _ => {
                self.cells[i] = Cell::Point(self.points.len());
                self.points.push(mark);
            }
        }
    }

    /// Puts `text` beside the cell `at`: right of it, left of it, above or below (then the
    /// corners, then two rows off), in the first place where it covers no point and no label.
    /// A place with a blank on either side is preferred, so a name does not run into a
    /// letter; without any free place the label is left out.
    fn label(&mut self, at: (u16, u16), text: &str, style: Style) {
        let Ok(width) = i32::try_from(text.width()) else {
            return;
        };
        if width == 0 || width > i32::from(self.cols) {
            return;
        }
        let (col, row) = (i32::from(at.0), i32::from(at.1));
        let half = width / 2;
        let spots = [
            (col + 1, row),
            (col - width, row),
            (col - half, row - 1),
            (col - half, row + 1),
            (col + 1, row - 1),
            (col - width, row - 1),
            (col + 1, row + 1),
            (col - width, row + 1),
            (col - half, row - 2),
            (col - half, row + 2),
            (col + 1, row - 2),
            (col - width, row - 2),
            (col + 1, row + 2),
            (col - width, row + 2),
        ];
        let max_col = i32::from(self.cols) - width;
        let spots = spots.map(|(c, r)| (c.clamp(0, max_col), r));
        let free = |c: i32, r: i32| (c..c + width).all(|x| self.at(x, r) == Some(Cell::Free));
        // A neighbour may be the label's own point, which it names.
        let clear = |x: i32, r: i32| {
            (x, r) == (col, row) || matches!(self.at(x, r), None | Some(Cell::Free))
        };
        let roomy = |c: i32, r: i32| free(c, r) && clear(c - 1, r) && clear(c + width, r);
        let found = spots
            .iter()
            .find(|&&(c, r)| roomy(c, r))
            .or_else(|| spots.iter().find(|&&(c, r)| free(c, r)))
            .copied();
        let Some((c, r)) = found else {
            return;
        };
        for x in c..c + width {
            if let Some(i) = self.index(x, r) {
                self.cells[i] = Cell::Label;
            }
        }
        // Both are inside the grid: `free` checked every cell.
        let (c, r) = (u16::try_from(c).unwrap_or(0), u16::try_from(r).unwrap_or(0));
        self.labels.push(Mark {
            col: c,
            row: r,
            text: text.to_string(),
            style,
        });
    }

    fn into_plan(self) -> Plan {
        Plan {
            points: self.points,
            labels: self.labels,
        }
    }
}
