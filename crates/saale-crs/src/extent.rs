//! Where a CRS's coordinates may lie: its area of use (from PROJ's database), widened.

use gdal::spatial_ref::CoordTransform;
use saale_model::Bbox;

use crate::Crs;

/// The margin, in degrees, by which [`Crs::valid_extent`] widens the area of use on every
/// side. Zones are used well beyond their nominal width (EPSG:25832, nominally 6° to 12° E,
/// is used statewide in Bavaria and Saxony up to 15° E), so the check only catches
/// coordinates that cannot be meant in this CRS (a wrong CRS, swapped axes, 1e308).
pub const AREA_OF_USE_MARGIN_DEG: f64 = 10.0;

/// Points per side of the grid sampled over the area of use when it is projected.
const GRID: usize = 33;

/// The area of use of a CRS: geographic bounds and the box they cover in the CRS's own
/// coordinates (x = east, y = north).
#[derive(Debug, Clone, PartialEq)]
pub struct Extent {
    /// West, south, east, north in degrees (widened and clamped to the globe).
    pub lon_lat: [f64; 4],
    /// The same area in the CRS's coordinates.
    pub bbox: Bbox,
}

impl Extent {
    /// True when (x, y) (in the CRS's coordinates) lies inside.
    #[must_use]
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.bbox.min_x && x <= self.bbox.max_x && y >= self.bbox.min_y && y <= self.bbox.max_y
    }
}

impl Crs {
    /// The CRS's area of use as PROJ records it, widened by `margin_deg` degrees on every
    /// side, in the CRS's own coordinates (x = east, y = north).
    ///
    /// `None` when PROJ records no area of use (a custom definition) or the area cannot be
    /// projected.
    ///
    /// # Runtime
    /// For a projected CRS, about a thousand points of the widened area are projected one by
    /// one (a millisecond); compute it once per file, not per feature.
    #[must_use]
    pub fn valid_extent(&self, margin_deg: f64) -> Option<Extent> {
        match self.memo(crate::crs::Fact::Extent(margin_deg.to_bits()), || {
            self.compute_valid_extent(margin_deg)
                .map(crate::crs::Known::Extent)
        }) {
            Some(crate::crs::Known::Extent(e)) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn compute_valid_extent(&self, margin_deg: f64) -> Option<Extent> {
        let sr = self.spatial_ref().ok()?;
        let a = sr.area_of_use()?;
        let (mut w, mut e) = (a.west_lon_degree, a.east_lon_degree);
        if !(w.is_finite() && e.is_finite() && a.south_lat_degree.is_finite()) {
            return None;
        }
        if w > e {
            // Crosses the antimeridian.
            (w, e) = (-180.0, 180.0);
        }
        let lon_lat = [
            (w - margin_deg).max(-180.0 - margin_deg),
            (a.south_lat_degree - margin_deg).max(-90.0),
            (e + margin_deg).min(180.0 + margin_deg),
            (a.north_lat_degree + margin_deg).min(90.0),
        ];
        if sr.is_geographic() {
            return Some(Extent {
                lon_lat,
                bbox: Bbox {
                    min_x: lon_lat[0],
                    min_y: lon_lat[1],
                    max_x: lon_lat[2],
                    max_y: lon_lat[3],
                },
            });
        }
        let mut wgs84 = Crs::epsg(4326).spatial_ref().ok()?;
        wgs84
            .set_axis_mapping_strategy(gdal::spatial_ref::AxisMappingStrategy::TraditionalGisOrder);
        let ct = CoordTransform::new(&wgs84, &sr).ok()?;
        let mut bbox = Bbox::empty();
        #[allow(clippy::cast_precision_loss)]
        for i in 0..GRID {
            for j in 0..GRID {
                let lon = lon_lat[0] + (lon_lat[2] - lon_lat[0]) * i as f64 / (GRID - 1) as f64;
                let lat = lon_lat[1] + (lon_lat[3] - lon_lat[1]) * j as f64 / (GRID - 1) as f64;
                let (mut x, mut y) = ([lon.clamp(-180.0, 180.0)], [lat]);
                if ct.transform_coords(&mut x, &mut y, &mut []).is_ok()
                    && x[0].is_finite()
                    && y[0].is_finite()
                {
                    bbox.add(saale_model::geo_types::coord! { x: x[0], y: y[0] });
                }
            }
        }
        (!bbox.is_empty()).then_some(Extent { lon_lat, bbox })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utm32_extent_is_wide_but_excludes_nonsense() {
        let e = Crs::epsg(25832)
            .valid_extent(AREA_OF_USE_MARGIN_DEG)
            .expect("extent");
        // Jena, Dresden (15° E, beyond the nominal zone), and the Alps are inside.
        assert!(e.contains(681_000.0, 5_644_000.0));
        assert!(e.contains(911_000.0, 5_665_000.0));
        assert!(e.contains(640_000.0, 5_260_000.0));
        assert!(!e.contains(1e308, 1e308));
        // Northing first: y of 681 km would be south of the equator.
        assert!(!e.contains(5_644_000.0, 681_000.0));
        assert!(!e.contains(32_681_000.0, 5_644_000.0));
        // The zone-prefixed variant holds exactly those.
        let p = Crs::epsg(4647)
            .valid_extent(AREA_OF_USE_MARGIN_DEG)
            .expect("extent");
        assert!(p.contains(32_681_000.0, 5_644_000.0));
        assert!(!p.contains(681_000.0, 5_644_000.0));
    }

    #[test]
    fn geographic_extent_is_the_widened_area() {
        let e = Crs::epsg(4326)
            .valid_extent(AREA_OF_USE_MARGIN_DEG)
            .expect("extent");
        assert!(e.contains(11.6, 50.9) && e.contains(-179.0, -89.0));
        assert!(!e.contains(11.6, 95.0) && !e.contains(500.0, 0.0));
    }
}
