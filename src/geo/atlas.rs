//! The map of one dataset: each partner municipality with its point and its regions, the
//! regions' middles, and where the areas without a profile lie.

use super::{GeoData, Ring, plane};
use crate::model::{Dataset, PartnerKind};

/// A partner municipality on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// Its name as the dataset prints it.
    pub name: String,
    /// The GeoNames place its point is.
    pub town: String,
    /// Longitude in degrees east.
    pub lon: f64,
    /// Latitude in degrees north.
    pub lat: f64,
    /// The regions (indices into the dataset) that name it as a partner, in document order.
    pub regions: Vec<usize>,
}

/// An area without a profile, where the map labels it.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Its name as the dataset prints it.
    pub name: String,
    /// Longitude of the label in degrees east (approximate: the document draws no area).
    pub lon: f64,
    /// Latitude of the label in degrees north.
    pub lat: f64,
}

/// Everything the map draws, for one dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Atlas {
    /// The outline's rings.
    pub outline: Vec<Ring>,
    /// Inland water's rings.
    pub water: Vec<Ring>,
    /// The municipalities with a point, in the order the dataset first names them.
    pub municipalities: Vec<Municipality>,
    /// Partner municipalities the geodata have no point for (only with other data files).
    pub unplaced: Vec<String>,
    /// The areas without a profile that the geodata can place.
    pub areas: Vec<Area>,
}

impl Atlas {
    /// Joins the dataset with the geodata.
    pub fn build(data: &Dataset, geo: &GeoData) -> Atlas {
        let mut municipalities: Vec<Municipality> = Vec::new();
        let mut unplaced: Vec<String> = Vec::new();
        for (r, region) in data.regions.iter().enumerate() {
            for p in region.partners_of(PartnerKind::Municipality) {
                if let Some(m) = municipalities.iter_mut().find(|m| m.name == p.name) {
                    if !m.regions.contains(&r) {
                        m.regions.push(r);
                    }
                    continue;
                }
                match geo.places.iter().find(|g| g.municipality == p.name) {
                    Some(g) => municipalities.push(Municipality {
                        name: p.name.clone(),
                        town: g.town.clone(),
                        lon: g.lon,
                        lat: g.lat,
                        regions: vec![r],
                    }),
                    None if !unplaced.contains(&p.name) => unplaced.push(p.name.clone()),
                    None => {}
                }
            }
        }
        let areas = data
            .without_profile
            .iter()
            .filter_map(|a| {
                let g = geo.areas.iter().find(|g| g.name == a.name)?;
                Some(Area {
                    name: a.name.clone(),
                    lon: g.lon,
                    lat: g.lat,
                })
            })
            .collect();
        Atlas {
            outline: geo.outline.clone(),
            water: geo.water.clone(),
            municipalities,
            unplaced,
            areas,
        }
    }

    /// The municipalities of a region.
    pub fn of_region(&self, region: usize) -> impl Iterator<Item = &Municipality> {
        self.municipalities
            .iter()
            .filter(move |m| m.regions.contains(&region))
    }

    /// The middle of a group of regions: the median longitude and latitude of their
    /// municipalities (`None` when they have none on the map).
    pub fn middle(&self, regions: &[usize]) -> Option<(f64, f64)> {
        let ms: Vec<&Municipality> = self
            .municipalities
            .iter()
            .filter(|m| m.regions.iter().any(|r| regions.contains(r)))
            .collect();
        let lon = median(ms.iter().map(|m| m.lon).collect())?;
        let lat = median(ms.iter().map(|m| m.lat).collect())?;
        Some((lon, lat))
    }

    /// The plane box `(west, south, east, north)` (see [`plane`]) around the outline and every
    /// point and label anchor.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let points = self
            .outline
            .iter()
            .flatten()
            .copied()
            .chain(self.municipalities.iter().map(|m| (m.lon, m.lat)))
            .chain(self.areas.iter().map(|a| (a.lon, a.lat)));
        let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (lon, lat) in points {
            let (x, y) = plane(lon, lat);
            b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
        }
        if b.0 > b.2 {
            // Nothing to draw: any box will do.
            return (0.0, 0.0, 1.0, 1.0);
        }
        b
    }
}

/// The median of some numbers (the mean of the middle two for an even count).
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }

    #[test]
    fn a_municipality_in_two_regions_is_one_point() {
        let data = crate::load::embedded().expect("embedded data");
        let geo = super::super::embedded().expect("geodata");
        let atlas = Atlas::build(&data, geo);
        let almere: Vec<_> = atlas
            .municipalities
            .iter()
            .filter(|m| m.name == "Almere")
            .collect();
        assert_eq!(almere.len(), 1);
        let ids: Vec<&str> = almere[0]
            .regions
            .iter()
            .map(|&r| data.regions[r].id.as_str())
            .collect();
        assert_eq!(ids, ["flevoland", "mra"]);
        assert!(atlas.unplaced.is_empty());
    }
}
