//! The map in Braille: the outline and water on a ratatui [`Canvas`], the municipalities as
//! one glyph each over it, coloured by region or (without colour) lettered. The explorer's
//! Kaart view and the `map` command both draw it into a [`Buffer`].
//!
//! Rasterising the outline is the costly part, so it is done once per size into a
//! [`Raster`]; a frame then only paints its dots and the glyphs.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Painter, Shape};
use unicode_width::UnicodeWidthStr;

use crate::geo::{Atlas, Fit};

/// The glyph of a municipality in two regions (in both styles: it is no region's letter).
pub const TWO_REGIONS: &str = "◐";
/// The glyph of a municipality the search matched.
pub const MATCHED: &str = "◉";
/// The glyph of an area without a profile; its label starts with [`APPROX`].
pub const NO_PROFILE: &str = "◌";
/// Marks a position as approximate.
pub const APPROX: &str = "≈";

/// Letters for regions when there is no colour, in dataset order.
const LETTERS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// How the map looks: colours per region, or letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapStyle {
    /// One colour per region, repeating after the last; `None` marks regions by letter.
    pub colors: Option<&'static [Color]>,
    /// The colour of the outline's dots.
    pub land: Color,
    /// The colour of the inland water's dots.
    pub water: Color,
    /// A highlighted municipality (added to its colour).
    pub strong: Style,
    /// A municipality of a region that is not highlighted.
    pub weak: Style,
    /// The label of an area without a profile.
    pub area: Style,
    /// The name of the highlighted region or group on the map.
    pub label: Style,
    /// A municipality the search matched, and its name.
    pub matched: Style,
    /// Output without modifiers (plain text): weak municipalities become a small dot.
    pub plain: bool,
}

/// The region colours of a terminal, from its 16 ANSI colours. Neighbouring regions differ;
/// after the twelfth the list repeats, for regions far from the first ones.
pub const ANSI_REGION_COLORS: [Color; 12] = [
    Color::Cyan,
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::LightBlue,
    Color::LightGreen,
    Color::LightMagenta,
    Color::LightYellow,
    Color::LightCyan,
    Color::LightRed,
];

impl MapStyle {
    /// Regions in colour, for terminals with colour.
    pub fn color() -> Self {
        Self {
            colors: Some(&ANSI_REGION_COLORS),
            land: Color::Reset,
            water: Color::Blue,
            strong: Style::new().add_modifier(Modifier::BOLD),
            weak: Style::new().add_modifier(Modifier::DIM),
            area: Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM),
            label: Style::new().add_modifier(Modifier::BOLD),
            matched: Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            plain: false,
        }
    }

    /// Regions by letter, with bold, reverse and dim only (`NO_COLOR`).
    pub fn letters() -> Self {
        Self {
            colors: None,
            land: Color::Reset,
            water: Color::Reset,
            strong: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            weak: Style::new().add_modifier(Modifier::DIM),
            area: Style::new().add_modifier(Modifier::ITALIC | Modifier::DIM),
            label: Style::new().add_modifier(Modifier::BOLD),
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            plain: false,
        }
    }

    /// Letters in plain text, for output without escape codes.
    pub fn plain() -> Self {
        Self {
            plain: true,
            ..Self::letters()
        }
    }

    /// The colour of a region, if regions are coloured.
    pub fn region_color(&self, region: usize) -> Option<Color> {
        self.colors
            .filter(|c| !c.is_empty())
            .map(|c| c[region % c.len()])
    }
}

/// The letter that stands for a region without colour ("?" past the 52nd).
pub fn region_letter(region: usize) -> char {
    LETTERS.chars().nth(region).unwrap_or('?')
}

/// The outline and water as dots of a grid of `cols` x `rows` cells, and the fit that put
/// them there; made once per size.
#[derive(Debug, Clone, PartialEq)]
pub struct Raster {
    /// Columns of the grid.
    pub cols: u16,
    /// Rows of the grid.
    pub rows: u16,
    /// Where longitude and latitude fall, in Braille dots (2 per column, 4 per row).
    pub fit: Fit,
    land: Vec<(usize, usize)>,
    water: Vec<(usize, usize)>,
}

impl Raster {
    /// Rasterises the atlas's outline and water for a grid of this many cells.
    pub fn new(atlas: &Atlas, cols: u16, rows: u16) -> Raster {
        let (w, h) = (usize::from(cols) * 2, usize::from(rows) * 4);
        let fit = Fit::new(atlas.bounds(), w as f64, h as f64);
        let trace = |rings: &[crate::geo::Ring]| {
            let mut dots = Vec::new();
            for ring in rings {
                let pts: Vec<(f64, f64)> = ring.iter().map(|&(x, y)| fit.point(x, y)).collect();
                for (i, &a) in pts.iter().enumerate() {
                    let b = pts[(i + 1) % pts.len()];
                    line(a, b, w, h, &mut dots);
                }
            }
            dots.sort_unstable();
            dots.dedup();
            dots
        };
        Raster {
            cols,
            rows,
            fit,
            land: trace(&atlas.outline),
            water: trace(&atlas.water),
        }
    }

    /// The cell (column, row) of a longitude and latitude, relative to the grid.
    pub fn cell(&self, lon: f64, lat: f64) -> (u16, u16) {
        let (x, y) = self.fit.point(lon, lat);
        let col = (x.max(0.0) / 2.0) as u16;
        let row = (y.max(0.0) / 4.0) as u16;
        (
            col.min(self.cols.saturating_sub(1)),
            row.min(self.rows.saturating_sub(1)),
        )
    }
}

/// The dots of a straight line from `a` to `b` (DDA, one dot per step along the longer axis).
fn line(a: (f64, f64), b: (f64, f64), w: usize, h: usize, out: &mut Vec<(usize, usize)>) {
    let steps = (b.0 - a.0).abs().max((b.1 - a.1).abs()).ceil().max(1.0);
    let n = steps as usize;
    for i in 0..=n {
        let t = i as f64 / steps;
        let (x, y) = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        let (x, y) = (x.round(), y.round());
        if x >= 0.0 && y >= 0.0 && (x as usize) < w && (y as usize) < h {
            out.push((x as usize, y as usize));
        }
    }
}

/// Dots already in grid coordinates, painted as they are.
struct Dots<'a> {
    dots: &'a [(usize, usize)],
    color: Color,
}

impl Shape for Dots<'_> {
    fn draw(&self, painter: &mut Painter) {
        for &(x, y) in self.dots {
            painter.paint(x, y, self.color);
        }
    }
}

/// What to show on the map besides the land.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// The regions drawn strong (the selection, or a group); the others are drawn weak. Empty:
    /// every region is drawn plainly, neither strong nor weak.
    pub highlight: Vec<usize>,
    /// A name to print over the highlighted regions, at their middle.
    pub label: Option<(String, (f64, f64))>,
    /// Municipalities (indices into the atlas) the search matched.
    pub matches: Vec<usize>,
    /// How the areas without a profile are labelled: each area's name follows it.
    pub area_prefix: String,
}

/// Draws the map into `area` of `buf`. `raster` should be made for `area`'s size; another
/// size is rasterised on the spot (correct, only slower).
pub fn draw(
    atlas: &Atlas,
    raster: &Raster,
    scene: &Scene,
    style: &MapStyle,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.is_empty() {
        return;
    }
    let fresh;
    let raster = if raster.cols == area.width && raster.rows == area.height {
        raster
    } else {
        fresh = Raster::new(atlas, area.width, area.height);
        &fresh
    };
    let (w, h) = (f64::from(area.width) * 2.0, f64::from(area.height) * 4.0);
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, w])
        .y_bounds([0.0, h])
        .paint(|ctx| {
            ctx.draw(&Dots {
                dots: &raster.land,
                color: style.land,
            });
            ctx.draw(&Dots {
                dots: &raster.water,
                color: style.water,
            });
        })
        .render(area, buf);
    let mut labels = Labels::new(area);
    let strong = |regions: &[usize]| {
        regions
            .iter()
            .find(|r| scene.highlight.contains(r))
            .copied()
    };
    // Weak ones first, so the highlighted ones stay visible where two share a cell.
    let mut order: Vec<usize> = (0..atlas.municipalities.len()).collect();
    order.sort_by_key(|&i| strong(&atlas.municipalities[i].regions).is_some());
    for i in order {
        let m = &atlas.municipalities[i];
        let lead = strong(&m.regions);
        let region = lead.unwrap_or(m.regions[0]);
        let two = m.regions.len() > 1;
        let (glyph, mut st) = match (style.region_color(region), lead, scene.highlight.is_empty()) {
            (Some(c), Some(_), _) => (if two { TWO_REGIONS } else { "●" }, style.strong.fg(c)),
            (Some(c), None, true) => (if two { TWO_REGIONS } else { "●" }, Style::new().fg(c)),
            (Some(c), None, false) => (if two { TWO_REGIONS } else { "•" }, style.weak.fg(c)),
            (None, Some(_), _) => ("", style.strong),
            (None, None, true) => ("", Style::new()),
            (None, None, false) => ("", style.weak),
        };
        let letter;
        let glyph = if !glyph.is_empty() {
            glyph
        } else if two {
            TWO_REGIONS
        } else if style.plain && lead.is_none() && !scene.highlight.is_empty() {
            "·"
        } else {
            letter = region_letter(region).to_string();
            &letter
        };
        if style.plain {
            st = Style::new();
        }
        labels.dot(buf, raster.cell(m.lon, m.lat), glyph, st);
    }
    let matched = if style.plain {
        Style::new()
    } else {
        style.matched
    };
    for &i in &scene.matches {
        if let Some(m) = atlas.municipalities.get(i) {
            labels.dot(buf, raster.cell(m.lon, m.lat), MATCHED, matched);
        }
    }
    // Labels go where they cover no dot: beside, above or below their place.
    for a in &atlas.areas {
        let at = raster.cell(a.lon, a.lat);
        labels.dot(buf, at, NO_PROFILE, style.area);
        labels.label(
            buf,
            at,
            &format!("{}{}", scene.area_prefix, a.name),
            style.area,
        );
    }
    if let Some((name, (lon, lat))) = &scene.label {
        labels.label(buf, raster.cell(*lon, *lat), name, style.label);
    }
    if scene.matches.len() <= 8 {
        for &i in &scene.matches {
            if let Some(m) = atlas.municipalities.get(i) {
                labels.label(buf, raster.cell(m.lon, m.lat), &m.name, matched);
            }
        }
    }
}

/// Which cells of the map hold something, so labels can be put where they hide nothing.
struct Labels {
    area: Rect,
    taken: Vec<bool>,
}

impl Labels {
    fn new(area: Rect) -> Self {
        Self {
            area,
            taken: vec![false; usize::from(area.width) * usize::from(area.height)],
        }
    }

    fn index(&self, col: i32, row: i32) -> Option<usize> {
        let (w, h) = (i32::from(self.area.width), i32::from(self.area.height));
        ((0..w).contains(&col) && (0..h).contains(&row)).then(|| (row * w + col) as usize)
    }

    /// Draws a one-cell glyph at a cell and takes the cell.
    fn dot(&mut self, buf: &mut Buffer, (col, row): (u16, u16), glyph: &str, style: Style) {
        if let Some(i) = self.index(i32::from(col), i32::from(row)) {
            self.taken[i] = true;
            buf.set_stringn(self.area.x + col, self.area.y + row, glyph, 1, style);
        }
    }

    /// Draws `text` near the cell `at`: right of it, left of it, above or below, in the first
    /// place where it covers nothing (else where it covers least, skipping what is taken).
    fn label(&mut self, buf: &mut Buffer, at: (u16, u16), text: &str, style: Style) {
        let width = i32::try_from(text.width()).unwrap_or(i32::MAX);
        let (col, row) = (i32::from(at.0), i32::from(at.1));
        let max_col = (i32::from(self.area.width) - width).max(0);
        let spots = [
            (col + 1, row),
            (col - width, row),
            (col - width / 2, row - 1),
            (col - width / 2, row + 1),
            (col + 1, row - 1),
            (col - width, row + 1),
            (col - width / 2, row - 2),
            (col - width / 2, row + 2),
        ];
        let cost = |&(c, r): &(i32, i32)| -> i32 {
            let c = c.clamp(0, max_col);
            let off = i32::from(self.index(0, r).is_none()) * 1000;
            off + (c..c + width)
                .filter(|&x| self.index(x, r).is_some_and(|i| self.taken[i]))
                .count() as i32
        };
        let Some(&(c, r)) = spots.iter().min_by_key(|s| cost(s)) else {
            return;
        };
        if cost(&(c, r)) >= 1000 {
            return;
        }
        let c = c.clamp(0, max_col);
        for (k, ch) in text.chars().enumerate() {
            let x = c + i32::try_from(k).unwrap_or(i32::MAX);
            let Some(i) = self.index(x, r) else { break };
            if !self.taken[i] {
                self.taken[i] = true;
                let (x, y) = (self.area.x + x as u16, self.area.y + r as u16);
                buf.set_stringn(x, y, ch.to_string(), 1, style);
            }
        }
    }
}
