//! WebMercatorQuad: the OGC tile matrix set of web maps (EPSG:3857, 256-pixel tiles, zoom 0
//! is one tile covering ±20,037,508.34 m).

use saale_model::Bbox;

/// Half the width of the Web Mercator world in metres.
pub const ORIGIN_SHIFT: f64 = 20_037_508.342_789_244;

/// Highest zoom level served (tiles at z 24 are about 2.4 m wide).
pub const MAX_ZOOM: u8 = 24;

/// A tile address in WebMercatorQuad (XYZ scheme: y grows southwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    /// Zoom level.
    pub z: u8,
    /// Column, 0..2^z.
    pub x: u32,
    /// Row from the north, 0..2^z.
    pub y: u32,
}

impl TileId {
    /// A tile address, or `None` when z exceeds [`MAX_ZOOM`] or x/y lie outside 0..2^z.
    #[must_use]
    pub fn new(z: u8, x: u32, y: u32) -> Option<TileId> {
        if z > MAX_ZOOM {
            return None;
        }
        let n = 1u32 << z;
        (x < n && y < n).then_some(TileId { z, x, y })
    }

    /// Width of this tile in metres.
    #[must_use]
    pub fn size(&self) -> f64 {
        2.0 * ORIGIN_SHIFT / f64::from(1u32 << self.z)
    }

    /// The tile's extent in EPSG:3857.
    #[must_use]
    pub fn bounds(&self) -> Bbox {
        let s = self.size();
        let min_x = -ORIGIN_SHIFT + f64::from(self.x) * s;
        let max_y = ORIGIN_SHIFT - f64::from(self.y) * s;
        Bbox {
            min_x,
            min_y: max_y - s,
            max_x: min_x + s,
            max_y,
        }
    }
}

/// The AdV tile matrix set for EPSG:25832 (ETRS89 / UTM 32N), as German portals (basemap.de,
/// Masterportal) use it: 256-pixel tiles, origin at (−46133.17, 6301219.54) top left, a
/// resolution of 4891.96981025128 m per pixel at level 0 (one tile covering Germany) halving at
/// every level.
#[derive(Debug, Clone, Copy)]
pub struct Adv25832;

impl Adv25832 {
    /// Identifier used in URLs and the OGC API.
    pub const ID: &'static str = "DE_EPSG_25832_ADV";
    /// Top-left corner.
    pub const ORIGIN: (f64, f64) = (-46_133.17, 6_301_219.54);
    /// Metres per pixel at level 0.
    pub const RES0: f64 = 4_891.969_810_251_28;
    /// Deepest level offered.
    pub const MAX_LEVEL: u8 = 20;

    /// Extent of tile `level/col/row` in EPSG:25832, or `None` outside the matrix.
    #[must_use]
    pub fn bounds(level: u8, col: u32, row: u32) -> Option<Bbox> {
        if level > Self::MAX_LEVEL {
            return None;
        }
        let n = 1u32 << level;
        if col >= n || row >= n {
            return None;
        }
        let span = 256.0 * Self::RES0 / f64::from(n);
        let min_x = Self::ORIGIN.0 + f64::from(col) * span;
        let max_y = Self::ORIGIN.1 - f64::from(row) * span;
        Some(Bbox {
            min_x,
            min_y: max_y - span,
            max_x: min_x + span,
            max_y,
        })
    }

    /// Column and row of the tile of `level` holding the point (x, y) in EPSG:25832.
    #[must_use]
    pub fn tile_of(level: u8, x: f64, y: f64) -> (u32, u32) {
        let span = 256.0 * Self::RES0 / f64::from(1u32 << level);
        (
            ((x - Self::ORIGIN.0) / span).floor().max(0.0) as u32,
            ((Self::ORIGIN.1 - y) / span).floor().max(0.0) as u32,
        )
    }
}

/// The tiles of zoom `z` that intersect `bbox` (EPSG:3857), as inclusive column and row ranges
/// `(x0, y0, x1, y1)`; `None` when the box misses the world or is empty.
#[must_use]
pub fn tile_range(bbox: &Bbox, z: u8) -> Option<(u32, u32, u32, u32)> {
    if bbox.is_empty() || z > MAX_ZOOM {
        return None;
    }
    let n = f64::from(1u32 << z);
    let s = 2.0 * ORIGIN_SHIFT / n;
    let col = |x: f64| (((x + ORIGIN_SHIFT) / s).floor()).clamp(0.0, n - 1.0) as u32;
    let row = |y: f64| (((ORIGIN_SHIFT - y) / s).floor()).clamp(0.0, n - 1.0) as u32;
    if bbox.max_x < -ORIGIN_SHIFT
        || bbox.min_x > ORIGIN_SHIFT
        || bbox.max_y < -ORIGIN_SHIFT
        || bbox.min_y > ORIGIN_SHIFT
    {
        return None;
    }
    Some((
        col(bbox.min_x),
        row(bbox.max_y),
        col(bbox.max_x),
        row(bbox.min_y),
    ))
}

/// Longitude/latitude (degrees) of a Web Mercator point.
#[must_use]
pub fn mercator_to_lonlat(x: f64, y: f64) -> (f64, f64) {
    let lon = x / ORIGIN_SHIFT * 180.0;
    let lat = (2.0 * (y / ORIGIN_SHIFT * std::f64::consts::PI).exp().atan()
        - std::f64::consts::FRAC_PI_2)
        .to_degrees();
    (lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adv_grid_level_zero_is_one_tile_over_germany() {
        let b = Adv25832::bounds(0, 0, 0).expect("tile");
        // The level-0 tile spans 256 x 4891.97 m = 1,252,344.27 m (the AdV extent).
        assert!((b.max_x - 1_206_211.101_424_33).abs() < 1e-6);
        assert!((b.min_y - 5_048_875.268_575_67).abs() < 1e-6);
        assert!(Adv25832::bounds(1, 2, 0).is_none());
        // Jena (681,000 / 5,644,000) at level 10.
        let (c, r) = Adv25832::tile_of(10, 681_000.0, 5_644_000.0);
        let t = Adv25832::bounds(10, c, r).expect("tile");
        assert!(
            t.min_x <= 681_000.0
                && 681_000.0 < t.max_x
                && t.min_y < 5_644_000.0
                && 5_644_000.0 <= t.max_y
        );
    }

    #[test]
    fn tile_bounds_and_ranges() {
        let t = TileId::new(0, 0, 0).expect("tile");
        let b = t.bounds();
        assert!((b.min_x + ORIGIN_SHIFT).abs() < 1e-6 && (b.max_y - ORIGIN_SHIFT).abs() < 1e-6);
        assert!(TileId::new(2, 4, 0).is_none());
        assert!(TileId::new(25, 0, 0).is_none());
        // Jena (11.59 E, 50.93 N) lies in tile 14/8719/5490 (slippy-map formula:
        // n(1 - ln(tan φ + sec φ)/π)/2 = 5490.05).
        let x = 11.59_f64.to_radians() * 6_378_137.0;
        let y = (std::f64::consts::FRAC_PI_4 + 50.93_f64.to_radians() / 2.0)
            .tan()
            .ln()
            * 6_378_137.0;
        let p = Bbox {
            min_x: x,
            min_y: y,
            max_x: x,
            max_y: y,
        };
        assert_eq!(tile_range(&p, 14), Some((8719, 5490, 8719, 5490)));
        let (lon, lat) = mercator_to_lonlat(x, y);
        assert!((lon - 11.59).abs() < 1e-9 && (lat - 50.93).abs() < 1e-9);
    }
}
