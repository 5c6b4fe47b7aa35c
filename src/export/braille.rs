//! The map in Braille: the outline and water on a ratatui [`Canvas`], the municipalities as
//! one glyph each over it, each its region's letter, in the region's colour when there is
//! colour (see [`looks`]), and labels where they hide no point (see [`plan`]). The explorer's
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

use super::looks;
use crate::geo::{Atlas, Fit};

mod plan;

pub use looks::region_letter;
pub use plan::{Mark, Plan, plan};

/// The glyph of a municipality in two regions (in both styles: it is no region's letter).
pub const TWO_REGIONS: &str = "◐";
/// The glyph of a municipality the search matched.
pub const MATCHED: &str = "◉";
/// The glyph of an area without a profile; its label starts with [`APPROX`].
pub const NO_PROFILE: &str = "◌";
/// Marks a position as approximate.
pub const APPROX: &str = "≈";

/// How the map looks: regions in their colours, or by letter alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapStyle {
    /// Whether regions are drawn in their colours (see [`looks`]); their letters show always.
    pub color: bool,
    /// The colour of the outline's dots.
    pub land: Color,
    /// The colour of the inland water's dots.
    pub water: Color,
    /// A highlighted municipality (added to its colour).
    pub strong: Style,
    /// A municipality of a region that is not highlighted (added to its colour).
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

impl MapStyle {
    /// Regions in their colours, for terminals with colour. A highlighted region is reversed
    /// (its colour behind its letter): the colours read on the terminal's background either
    /// way, and are not dimmed, which would take that away.
    pub fn color() -> Self {
        Self {
            color: true,
            land: Color::Reset,
            water: Color::Blue,
            strong: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            weak: Style::new(),
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
            color: false,
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

    /// The colour of a region, if regions are coloured: its fixed 256-colour entry.
    pub fn region_color(&self, region: usize) -> Option<Color> {
        self.color
            .then(|| Color::Indexed(looks::region_index(region)))
    }

    /// How a region's sign looks in a list or legend: its colour, if regions are coloured.
    pub fn sign_style(&self, region: usize) -> Style {
        match self.region_color(region) {
            Some(c) => Style::new().fg(c).add_modifier(Modifier::BOLD),
            None => Style::new(),
        }
    }
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

/// Draws the map into `area` of `buf`: the outline and water, then the [`plan`]'s points and
/// labels. `raster` should be made for `area`'s size; another size is rasterised on the spot
/// (correct, only slower).
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
    let plan = plan(atlas, raster, scene, style);
    for m in plan.points.iter().chain(&plan.labels) {
        let width = u16::try_from(m.text.width()).unwrap_or(u16::MAX);
        buf.set_stringn(
            area.x + m.col,
            area.y + m.row,
            &m.text,
            usize::from(width),
            m.style,
        );
    }
}
