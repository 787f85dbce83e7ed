//! WKB and WKT: how geometries cross to GDAL, GeoParquet, GeoPackage and CSV (through geozero).

use crate::Geometry;
use geozero::wkb::Wkb;
use geozero::wkt::Wkt;
use geozero::{CoordDimensions, ToGeo, ToWkb, ToWkt};

/// Parse WKB (ISO or extended WKB with SRID, as PostGIS writes it) into a geometry.
///
/// # Errors
/// A message saying what is wrong with the bytes.
pub fn geometry_from_wkb(bytes: &[u8]) -> Result<Geometry<f64>, String> {
    if bytes.len() < 5 {
        return Err(format!("WKB too short ({} bytes)", bytes.len()));
    }
    // Extended WKB (PostGIS: SRID, Z and M flags in the high bits) goes through geozero's EWKB
    // reader, which skips the SRID.
    let ty = if bytes[0] == 1 {
        u32::from_le_bytes([bytes[1], bytes[2], bytes[3], bytes[4]])
    } else {
        u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]])
    };
    if ty & 0xE000_0000 != 0 {
        return geozero::wkb::Ewkb(bytes.to_vec())
            .to_geo()
            .map_err(|e| e.to_string());
    }
    Wkb(bytes.to_vec()).to_geo().map_err(|e| e.to_string())
}

/// Parse WKT into a geometry.
///
/// # Errors
/// A message saying what is wrong with the text.
pub fn geometry_from_wkt(text: &str) -> Result<Geometry<f64>, String> {
    // The parser recurses once per parenthesis: refuse deep nesting before it can exhaust the
    // stack (a real geometry nests at most a collection of multipolygons: 4 levels).
    let mut depth = 0usize;
    for b in text.bytes() {
        match b {
            b'(' => {
                depth += 1;
                if depth > MAX_WKT_DEPTH {
                    return Err(format!(
                        "the WKT is nested more than {MAX_WKT_DEPTH} parentheses deep"
                    ));
                }
            }
            b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Wkt(text).to_geo().map_err(|e| e.to_string())
}

/// Deepest nesting of parentheses [`geometry_from_wkt`] parses.
pub const MAX_WKT_DEPTH: usize = 32;

/// Encode a geometry as little-endian ISO WKB (2D).
///
/// # Errors
/// A message from the encoder.
pub fn geometry_to_wkb(geom: &Geometry<f64>) -> Result<Vec<u8>, String> {
    geom.to_wkb(CoordDimensions::xy())
        .map_err(|e| e.to_string())
}

/// Encode a geometry as WKT.
///
/// # Errors
/// A message from the encoder.
pub fn geometry_to_wkt(geom: &Geometry<f64>) -> Result<String, String> {
    geom.to_wkt().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo_types::point;

    #[test]
    fn wkb_round_trip_and_ewkb_with_srid() {
        let g = Geometry::Point(point!(x: 1.5, y: -2.0));
        let wkb = geometry_to_wkb(&g).expect("wkb");
        assert_eq!(geometry_from_wkb(&wkb).expect("parse"), g);
        // EWKB point with SRID 25832, little endian.
        let ewkb = "0101000020E86400000000000000408F400000000000A09240";
        let bytes: Vec<u8> = (0..ewkb.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&ewkb[i..i + 2], 16).expect("hex"))
            .collect();
        let p = geometry_from_wkb(&bytes).expect("ewkb");
        assert_eq!(p, Geometry::Point(point!(x: 1000.0, y: 1192.0)));
        assert!(geometry_from_wkb(&[1, 2]).is_err());
        assert_eq!(geometry_from_wkt("POINT (1.5 -2)").expect("wkt"), g);
    }
}
