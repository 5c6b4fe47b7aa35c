//! From degrees to a flat picture that keeps the country's shape.
//!
//! A degree of longitude is shorter than a degree of latitude, by the cosine of the latitude;
//! over the Netherlands (50.7° to 53.6° N) one scale, that of [`LAT0`], is off by less than 4%
//! at the edges. The plane takes longitudes times that cosine, and [`Fit`] scales the plane
//! alike in both directions into a grid, so the shape is kept whatever the grid's size.

/// The latitude whose cosine scales longitudes: the middle of the Netherlands.
pub const LAT0: f64 = 52.2;

/// A point of the plane: (longitude scaled by cos [`LAT0`], latitude), both in degrees.
pub fn plane(lon: f64, lat: f64) -> (f64, f64) {
    (lon * LAT0.to_radians().cos(), lat)
}

/// A mapping of the plane into a grid of `width` x `height` points (y down), scaled alike in
/// both directions and centred. For a terminal's Braille dots, which are about square, the
/// grid is 2 dots per column and 4 per row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    west: f64,
    north: f64,
    scale: f64,
    dx: f64,
    dy: f64,
}

impl Fit {
    /// The fit of the plane box `(west, south, east, north)` (see [`plane`]) into a grid of
    /// `width` x `height` points.
    pub fn new(bounds: (f64, f64, f64, f64), width: f64, height: f64) -> Fit {
        let (west, south, east, north) = bounds;
        let (bw, bh) = ((east - west).max(1e-9), (north - south).max(1e-9));
        let (w, h) = ((width - 1.0).max(0.0), (height - 1.0).max(0.0));
        let scale = (w / bw).min(h / bh);
        Fit {
            west,
            north,
            scale,
            dx: (w - scale * bw) / 2.0,
            dy: (h - scale * bh) / 2.0,
        }
    }

    /// The grid point (x right, y down, fractional) of a longitude and latitude.
    pub fn point(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = plane(lon, lat);
        (
            self.dx + (x - self.west) * self.scale,
            self.dy + (self.north - y) * self.scale,
        )
    }

    /// How many grid points a degree of latitude takes.
    pub fn scale(&self) -> f64 {
        self.scale
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_is_kept_in_any_grid() {
        let (w, s) = plane(3.0, 50.0);
        let (e, n) = plane(7.0, 54.0);
        let ratio = (e - w) / (n - s);
        for (width, height) in [(100.0, 400.0), (400.0, 100.0), (61.0, 61.0)] {
            let fit = Fit::new((w, s, e, n), width, height);
            let (x0, y0) = fit.point(3.0, 54.0);
            let (x1, y1) = fit.point(7.0, 50.0);
            assert!(((x1 - x0) / (y1 - y0) - ratio).abs() < 1e-9);
            // It fills one direction and is centred in the other.
            assert!(x0 >= -1e-9 && y0 >= -1e-9 && x1 <= width - 1.0 + 1e-9);
            assert!((x1 - (width - 1.0)).abs() < 1e-9 || (y1 - (height - 1.0)).abs() < 1e-9);
            assert!((x0 - (width - 1.0 - x1)).abs() < 1e-9);
            assert!((y0 - (height - 1.0 - y1)).abs() < 1e-9);
        }
    }

    #[test]
    fn a_degree_east_is_shorter_than_a_degree_north() {
        let (x0, y0) = plane(5.0, 52.0);
        let (x1, y1) = plane(6.0, 53.0);
        assert!((x1 - x0) < (y1 - y0) * 0.62 && (x1 - x0) > (y1 - y0) * 0.6);
    }
}
