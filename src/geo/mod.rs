//! Geography for the map: the outline of the Netherlands, its inland water, and a point for
//! every partner municipality, from `assets/geo.ron`.
//!
//! The asset is derived once by `tools/geodata/derive.mjs` from Natural Earth (public domain)
//! and GeoNames (CC BY 4.0) and committed, so nothing here needs the network. [`Atlas`] joins
//! it with a dataset: which municipality lies where and in which regions. Nothing here knows a
//! terminal; the renderings are in [`crate::export`].

mod atlas;
mod project;

use std::sync::OnceLock;

use serde::Deserialize;

pub use atlas::{Area, Atlas, Municipality, median};
pub use project::{Fit, LAT0, plane};

/// The geodata, compiled into the binary.
pub const EMBEDDED_GEO: &str = include_str!("../../assets/geo.ron");

/// Who the geodata come from, as every map must say.
pub const ATTRIBUTION: &str = "Natural Earth (public domain); GeoNames (CC BY 4.0)";

/// A closed ring of (longitude, latitude) points in degrees; the last point may repeat the
/// first.
pub type Ring = Vec<(f64, f64)>;

/// The geodata as the asset holds them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeoData {
    /// The outline of the European Netherlands: the mainland and the islands, one ring each.
    pub outline: Vec<Ring>,
    /// Inland water drawn over the land (the IJsselmeer with the Markermeer); a ring inside
    /// another is land again (Flevoland).
    pub water: Vec<Ring>,
    /// One point per partner municipality of the embedded dataset.
    pub places: Vec<Place>,
    /// Where the areas without a profile are labelled (approximate).
    pub areas: Vec<AreaAnchor>,
}

/// The point of one municipality.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The municipality's name as the dataset prints it.
    pub municipality: String,
    /// The GeoNames place the point is (its main town or seat), or how the point was made.
    pub town: String,
    /// The province, as GeoNames names it.
    pub province: String,
    /// The municipality's code (CBS, as GeoNames' admin2 code).
    pub code: String,
    /// Longitude in degrees east.
    pub lon: f64,
    /// Latitude in degrees north.
    pub lat: f64,
}

/// The label position of an area without a profile.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaAnchor {
    /// The area's name as the dataset prints it.
    pub name: String,
    /// The GeoNames places whose middle the label stands at.
    pub towns: Vec<String>,
    /// Longitude in degrees east.
    pub lon: f64,
    /// Latitude in degrees north.
    pub lat: f64,
}

/// The geodata could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("assets/geo.ron:{line}:{column}: {message}")]
pub struct GeoError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What the parser found.
    pub message: String,
}

/// Parses geodata in the asset's format.
pub fn parse(text: &str) -> Result<GeoData, GeoError> {
    ron::from_str(text).map_err(|e| GeoError {
        line: e.span.start.line.max(1),
        column: e.span.start.col.max(1),
        message: e.code.to_string(),
    })
}

/// The embedded geodata, parsed on first use (a few hundred microseconds) and kept.
pub fn embedded() -> Result<&'static GeoData, GeoError> {
    static GEO: OnceLock<Result<GeoData, GeoError>> = OnceLock::new();
    GEO.get_or_init(|| parse(EMBEDDED_GEO))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_geodata_parse() {
        let geo = embedded().expect("assets/geo.ron parses");
        assert!(!geo.outline.is_empty());
        assert!(!geo.water.is_empty());
        assert!(geo.places.len() > 90);
        assert_eq!(geo.areas.len(), 3);
    }

    #[test]
    fn bad_geodata_say_where() {
        let e = parse("(outline: [], water: [], places: [], areas: [], extra: 1)")
            .expect_err("an unknown field");
        assert_eq!(e.line, 1);
        assert!(e.to_string().starts_with("assets/geo.ron:1:"));
    }
}
