//! The one GeoJSON encoder (RFC 7946) of saale, used by the GeoJSON export of the store and by
//! the OGC API Features routes of the server: geometries, attribute values and features are
//! appended to a `String`, without building an intermediate JSON tree.
//!
//! Coordinates are written as Rust prints an `f64` (the shortest text that reads back to the
//! same number, never an exponent); values as `serde_json` writes them (non-finite floats as
//! `null`).
//!
//! ```
//! use saale_model::{geojson, Geometry, Value};
//! use saale_model::geo_types::point;
//!
//! let mut out = String::new();
//! let g = Geometry::Point(point!(x: 11.5, y: 50.9));
//! geojson::write_feature(Some(7), Some(&g), false, [("name", &Value::from("Markt"))], &mut out);
//! assert_eq!(
//!     out,
//!     r#"{"type":"Feature","id":7,"properties":{"name":"Markt"},"geometry":{"type":"Point","coordinates":[11.5,50.9]}}"#
//! );
//! ```

use std::fmt::Write as _;

use geo_types::{Coord, LineString, Polygon};

use crate::{geometry_kind, Geometry, Value};

/// Append the GeoJSON geometry object of `g`; with `swap_axes` every position is written as
/// `[y, x]` (EPSG:4326 in its official latitude/longitude order).
pub fn write_geometry(g: &Geometry<f64>, swap_axes: bool, out: &mut String) {
    let pos = |c: Coord<f64>, out: &mut String| {
        let (a, b) = if swap_axes { (c.y, c.x) } else { (c.x, c.y) };
        let _ = write!(out, "[{a},{b}]");
    };
    let line = |l: &LineString<f64>, out: &mut String| {
        out.push('[');
        for (i, c) in l.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            pos(*c, out);
        }
        out.push(']');
    };
    let poly = |p: &Polygon<f64>, out: &mut String| {
        out.push('[');
        line(p.exterior(), out);
        for r in p.interiors() {
            out.push(',');
            line(r, out);
        }
        out.push(']');
    };
    fn list<T>(items: &[T], out: &mut String, f: impl Fn(&T, &mut String)) {
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            f(x, out);
        }
        out.push(']');
    }
    if let Geometry::GeometryCollection(gc) = g {
        out.push_str("{\"type\":\"GeometryCollection\",\"geometries\":");
        list(&gc.0, out, |g, o| write_geometry(g, swap_axes, o));
        out.push('}');
        return;
    }
    let _ = write!(out, "{{\"type\":\"{}\",\"coordinates\":", geometry_kind(g));
    match g {
        Geometry::Point(p) => pos(p.0, out),
        Geometry::Line(l) => line(&LineString(vec![l.start, l.end]), out),
        Geometry::LineString(l) => line(l, out),
        Geometry::Polygon(p) => poly(p, out),
        Geometry::MultiPoint(m) => list(&m.0, out, |p, o| pos(p.0, o)),
        Geometry::MultiLineString(m) => list(&m.0, out, |l, o| line(l, o)),
        Geometry::MultiPolygon(m) => list(&m.0, out, |p, o| poly(p, o)),
        Geometry::Rect(r) => poly(&r.to_polygon(), out),
        Geometry::Triangle(t) => poly(&t.to_polygon(), out),
        Geometry::GeometryCollection(_) => {}
    }
    out.push('}');
}

/// Append `s` as a JSON string (quoted and escaped).
pub fn write_string(s: &str, out: &mut String) {
    out.push_str(&serde_json::Value::from(s).to_string());
}

/// Append the JSON value of an attribute (non-finite floats as `null`).
pub fn write_value(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => match serde_json::Number::from_f64(*f) {
            Some(n) => {
                let _ = write!(out, "{n}");
            }
            None => out.push_str("null"),
        },
        Value::String(s) => write_string(s, out),
    }
}

/// Append one GeoJSON Feature: `type`, the `id` when given, `properties` in the given order,
/// then `geometry` (`null` without one).
pub fn write_feature<'a>(
    id: Option<u64>,
    geometry: Option<&Geometry<f64>>,
    swap_axes: bool,
    properties: impl IntoIterator<Item = (&'a str, &'a Value)>,
    out: &mut String,
) {
    out.push_str("{\"type\":\"Feature\",");
    if let Some(id) = id {
        let _ = write!(out, "\"id\":{id},");
    }
    out.push_str("\"properties\":{");
    for (j, (name, v)) in properties.into_iter().enumerate() {
        if j > 0 {
            out.push(',');
        }
        write_string(name, out);
        out.push(':');
        write_value(v, out);
    }
    out.push_str("},\"geometry\":");
    match geometry {
        Some(g) => write_geometry(g, swap_axes, out),
        None => out.push_str("null"),
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::polygon;

    #[test]
    fn geometry_values_and_swapped_axes() {
        let g = Geometry::Polygon(polygon![(x: 1.0, y: 2.0), (x: 3.5, y: 2.0), (x: 3.5, y: 4.0)]);
        let mut out = String::new();
        write_geometry(&g, true, &mut out);
        assert_eq!(
            out,
            r#"{"type":"Polygon","coordinates":[[[2,1],[2,3.5],[4,3.5],[2,1]]]}"#
        );
        let mut out = String::new();
        for v in [
            Value::Null,
            Value::Float(f64::NAN),
            Value::Float(10_000.0),
            Value::Int(-3),
            Value::from("a\"b\n\u{1}"),
        ] {
            write_value(&v, &mut out);
            out.push(' ');
        }
        assert_eq!(out, "null null 10000.0 -3 \"a\\\"b\\n\\u0001\" ");
        let back: serde_json::Value =
            serde_json::from_str(out.split(' ').nth(4).unwrap_or_default()).unwrap_or_default();
        assert_eq!(back, "a\"b\n\u{1}");
    }
}
