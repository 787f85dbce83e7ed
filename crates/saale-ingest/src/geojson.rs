//! GeoJSON reader (RFC 7946, and the 2008 spec's `crs` member).
//!
//! Coordinates are always read as x = lon/east, y = lat/north, as GeoJSON requires, even when the
//! `crs` member names `urn:ogc:def:crs:EPSG::4326` (whose official axis order is lat/lon):
//! GDAL and every GeoJSON producer do the same. Heights (a third ordinate) are dropped.

use std::path::Path;

use saale_crs::Crs;
use saale_model::geo_types::{
    Coord, GeometryCollection, LineString, MultiLineString, MultiPoint, MultiPolygon, Point,
    Polygon,
};
use saale_model::{Feature, Geometry, Layer, Schema, Value};
use serde_json::Value as J;

use crate::read::RawSource;
use crate::{Error, Result};

/// Read a GeoJSON file (FeatureCollection, Feature or bare geometry).
pub(crate) fn read(path: &Path) -> Result<RawSource> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let doc: J = serde_json::from_slice(bytes).map_err(|e| {
        Error::malformed(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            format!("not valid JSON: {e}"),
        )
    })?;
    let crs = match doc.get("crs") {
        None | Some(J::Null) => None,
        Some(c) => Some(parse_crs_member(c).map_err(|e| match e {
            Ok(err) => Error::crs(path, "crs member: ".into(), err),
            Err(msg) => Error::malformed(path, "crs member", msg),
        })?),
    };
    let mut schema = Schema::new();
    let mut features = Vec::new();
    match doc.get("type").and_then(J::as_str) {
        Some("FeatureCollection") => {
            let list = doc.get("features").and_then(J::as_array).ok_or_else(|| {
                Error::malformed(path, "FeatureCollection", "has no 'features' array")
            })?;
            features.reserve(list.len());
            for (i, f) in list.iter().enumerate() {
                features.push(
                    feature(f, &mut schema)
                        .map_err(|m| Error::malformed(path, format!("feature {i}"), m))?,
                );
            }
        }
        Some("Feature") => features
            .push(feature(&doc, &mut schema).map_err(|m| Error::malformed(path, "feature 0", m))?),
        Some(_) => features.push(Feature {
            geometry: Some(geometry(&doc).map_err(|m| Error::malformed(path, "geometry", m))?),
            values: Vec::new(),
        }),
        None => {
            return Err(Error::malformed(
                path,
                "top level",
                "no 'type' member: not a GeoJSON object",
            ))
        }
    }
    // Coerce values to the final (widened) schema types.
    let types: Vec<_> = schema.fields().iter().map(|f| f.ty).collect();
    for f in &mut features {
        for (v, ty) in f.values.iter_mut().zip(&types) {
            *v = std::mem::replace(v, Value::Null).coerce(*ty);
        }
    }
    Ok(RawSource {
        layer: Layer { schema, features },
        crs: Some(crs.unwrap_or_else(|| Crs::epsg(4326))),
        detail: "GeoJSON".into(),
    })
}

/// `Err(Ok(crs error))` for an unknown CRS, `Err(Err(message))` for a malformed member.
fn parse_crs_member(
    c: &J,
) -> std::result::Result<Crs, std::result::Result<saale_crs::Error, String>> {
    let props = c.get("properties");
    let name = match c.get("type").and_then(J::as_str) {
        Some("name") => props
            .and_then(|p| p.get("name"))
            .and_then(J::as_str)
            .map(str::to_string),
        Some("EPSG") => props
            .and_then(|p| p.get("code"))
            .and_then(|v| {
                v.as_u64()
                    .map(|c| c.to_string())
                    .or_else(|| v.as_str().map(str::to_string))
            })
            .map(|c| format!("EPSG:{c}")),
        _ => None,
    }
    .ok_or_else(|| {
        Err("expected {\"type\": \"name\", \"properties\": {\"name\": ...}}".to_string())
    })?;
    Crs::parse(&name).map_err(Ok)
}

fn feature(f: &J, schema: &mut Schema) -> std::result::Result<Feature, String> {
    if f.get("type").and_then(J::as_str) != Some("Feature") {
        return Err("expected an object with \"type\": \"Feature\"".into());
    }
    let geometry = match f.get("geometry") {
        None | Some(J::Null) => None,
        Some(g) => Some(geometry(g)?),
    };
    let mut values = Vec::new();
    if let Some(J::Object(props)) = f.get("properties") {
        values.resize(schema.len().max(props.len()), Value::Null);
        for (k, v) in props {
            let value = json_value(v);
            let i = schema.observe(k, value.field_type());
            if i >= values.len() {
                values.resize(i + 1, Value::Null);
            }
            values[i] = value;
        }
    }
    Ok(Feature { geometry, values })
}

fn json_value(v: &J) -> Value {
    match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => n
            .as_i64()
            .map(Value::Int)
            .or_else(|| n.as_f64().map(Value::Float))
            .unwrap_or(Value::Null),
        J::String(s) => Value::String(s.clone()),
        other => Value::String(other.to_string()),
    }
}

fn position(p: &J) -> std::result::Result<Coord<f64>, String> {
    let a = p
        .as_array()
        .ok_or("a position must be an array of numbers")?;
    if a.len() < 2 {
        return Err(format!(
            "a position needs at least 2 numbers, found {}",
            a.len()
        ));
    }
    let x = a[0].as_f64().ok_or("position x is not a number")?;
    let y = a[1].as_f64().ok_or("position y is not a number")?;
    Ok(Coord { x, y })
}

fn positions(p: &J) -> std::result::Result<Vec<Coord<f64>>, String> {
    p.as_array()
        .ok_or("expected an array of positions")?
        .iter()
        .map(position)
        .collect()
}

fn ring(p: &J) -> std::result::Result<LineString<f64>, String> {
    let c = positions(p)?;
    if c.len() < 4 {
        return Err(format!(
            "a polygon ring needs at least 4 positions, found {}",
            c.len()
        ));
    }
    Ok(LineString(c))
}

fn polygon(p: &J) -> std::result::Result<Polygon<f64>, String> {
    let rings = p.as_array().ok_or("expected an array of rings")?;
    let mut it = rings.iter();
    let ext = it.next().ok_or("a polygon needs at least one ring")?;
    let exterior = ring(ext)?;
    let interiors = it.map(ring).collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, interiors))
}

fn geometry(g: &J) -> std::result::Result<Geometry<f64>, String> {
    let ty = g
        .get("type")
        .and_then(J::as_str)
        .ok_or("geometry has no 'type'")?;
    if ty == "GeometryCollection" {
        let parts = g
            .get("geometries")
            .and_then(J::as_array)
            .ok_or("GeometryCollection has no 'geometries' array")?;
        return Ok(Geometry::GeometryCollection(GeometryCollection(
            parts
                .iter()
                .map(geometry)
                .collect::<std::result::Result<_, _>>()?,
        )));
    }
    let c = g
        .get("coordinates")
        .ok_or_else(|| format!("{ty} has no 'coordinates'"))?;
    let arr = |c: &J| -> std::result::Result<Vec<J>, String> {
        c.as_array()
            .cloned()
            .ok_or_else(|| format!("{ty} coordinates must be an array"))
    };
    Ok(match ty {
        "Point" => Geometry::Point(Point(position(c)?)),
        "MultiPoint" => {
            Geometry::MultiPoint(MultiPoint(positions(c)?.into_iter().map(Point).collect()))
        }
        "LineString" => {
            let p = positions(c)?;
            if p.len() < 2 {
                return Err("a LineString needs at least 2 positions".into());
            }
            Geometry::LineString(LineString(p))
        }
        "MultiLineString" => Geometry::MultiLineString(MultiLineString(
            arr(c)?
                .iter()
                .map(|l| positions(l).map(LineString))
                .collect::<std::result::Result<_, _>>()?,
        )),
        "Polygon" => Geometry::Polygon(polygon(c)?),
        "MultiPolygon" => Geometry::MultiPolygon(MultiPolygon(
            arr(c)?
                .iter()
                .map(polygon)
                .collect::<std::result::Result<_, _>>()?,
        )),
        other => return Err(format!("unknown geometry type '{other}'")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::Builder::new()
            .suffix(".geojson")
            .tempfile()
            .expect("tmp");
        f.write_all(text.as_bytes()).expect("write");
        f
    }

    #[test]
    fn reads_collection_with_crs_and_mixed_types() {
        let f = write(
            r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4326"}},
            "features":[
             {"type":"Feature","properties":{"a":1,"b":"x"},"geometry":{"type":"Point","coordinates":[11.5,50.9]}},
             {"type":"Feature","properties":{"a":2.5,"c":true},"geometry":null}]}"#,
        );
        let src = read(f.path()).expect("read");
        assert_eq!(src.crs, Some(Crs::epsg(4326)));
        let l = &src.layer;
        assert_eq!(l.features.len(), 2);
        assert_eq!(l.value(0, "a"), Some(&Value::Float(1.0)));
        assert_eq!(l.value(1, "a"), Some(&Value::Float(2.5)));
        assert_eq!(l.value(1, "b"), Some(&Value::Null));
        assert_eq!(l.value(1, "c"), Some(&Value::Bool(true)));
        assert!(l.features[1].geometry.is_none());
    }

    #[test]
    fn bad_feature_is_named() {
        let f = write(
            r#"{"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}}]}"#,
        );
        let e = read(f.path()).expect_err("bad ring").to_string();
        assert!(
            e.contains("feature 1") && e.contains("at least 4 positions"),
            "{e}"
        );
        let g = write("{\"type\": \"FeatureCollection\",\n \"features\": [ {");
        let e = read(g.path()).expect_err("truncated").to_string();
        assert!(e.contains("line 2"), "{e}");
    }
}
