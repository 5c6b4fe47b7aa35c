//! The Kaart view's own state and what it shows: the atlas of the data (built when the view
//! is first shown), the outline rasterised for the current size, and ROUTE OOST as a group.

use std::sync::Arc;

use super::app::App;
use crate::export::braille::{APPROX, Raster, Scene};
use crate::geo::Atlas;
use crate::model::PartnerKind;

/// The state of the Kaart view.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapState {
    /// Whether ROUTE OOST is shown as a group (highlighted together) instead of the selected
    /// region.
    pub group: bool,
    /// The first row shown of the region list.
    pub offset: usize,
    /// The dataset's municipalities on the map; built when the view is first shown.
    pub atlas: Option<Arc<Atlas>>,
    /// The outline rasterised for the map's current size (made again only when it changes).
    pub raster: Option<Raster>,
    /// Why there is no map, if the geodata did not load.
    pub error: Option<String>,
}

impl App {
    /// The Kaart view's state.
    pub fn map_state(&self) -> &MapState {
        &self.map
    }

    /// The regions the map highlights: the ROUTE OOST group, else the selected region.
    pub fn map_highlight(&self) -> Vec<usize> {
        if self.map.group {
            (0..self.data.regions.len())
                .filter(|&r| self.data.regions[r].route_oost)
                .collect()
        } else {
            self.selected_region().into_iter().collect()
        }
    }

    /// The municipalities (indices into the atlas) whose partner entry the search matched.
    pub fn map_matches(&self, atlas: &Atlas) -> Vec<usize> {
        let Some(hits) = &self.search.results else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for hit in hits {
            let Some(region) = self.data.regions.get(hit.region) else {
                continue;
            };
            for &p in &hit.partners {
                let Some(partner) = region.partners.get(p) else {
                    continue;
                };
                if partner.kind != PartnerKind::Municipality {
                    continue;
                }
                if let Some(i) = atlas
                    .municipalities
                    .iter()
                    .position(|m| m.name == partner.name)
                {
                    if !out.contains(&i) {
                        out.push(i);
                    }
                }
            }
        }
        out
    }

    /// What the map shows now besides the land.
    pub fn map_scene(&self, atlas: &Atlas) -> Scene {
        let highlight = self.map_highlight();
        let name = if self.map.group {
            Some("ROUTE OOST".to_string())
        } else {
            highlight
                .first()
                .map(|&r| self.data.regions[r].short().to_string())
        };
        let label = name.and_then(|n| atlas.middle(&highlight).map(|at| (n, at)));
        Scene {
            highlight,
            label,
            matches: self.map_matches(atlas),
            area_prefix: APPROX.to_string(),
        }
    }

    /// Builds the atlas once, and rasterises the outline for the map's size when it changed.
    pub(super) fn map_refresh(&mut self, cols: u16, rows: u16) {
        if self.map.atlas.is_none() && self.map.error.is_none() {
            match crate::geo::embedded() {
                Ok(geo) => self.map.atlas = Some(Arc::new(Atlas::build(&self.data, geo))),
                Err(e) => self.map.error = Some(e.to_string()),
            }
        }
        let Some(atlas) = &self.map.atlas else {
            return;
        };
        let stale = self
            .map
            .raster
            .as_ref()
            .is_none_or(|r| r.cols != cols || r.rows != rows);
        if stale {
            self.map.raster = Some(Raster::new(atlas, cols, rows));
        }
    }
}
