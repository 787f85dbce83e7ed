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
use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value as J;

use crate::read::RawSource;
use crate::{Error, Result};

// The document is deserialised straight into light typed structs (no `serde_json::Value` tree):
// positions as nested number lists, properties as (name, value) pairs in file order.

/// Top-level object: a FeatureCollection, a Feature or a bare geometry. The features of a
/// collection are converted one by one as they are parsed ([`FeaturesSeed`]): no list of
/// parsed-but-unconverted features is held (it took about 2.5 times the file's size).
#[derive(Default)]
struct Top<'a> {
    ty: Option<String>,
    crs: Option<J>,
    features: Option<Vec<Feature>>,
    geometry: Option<RawGeom>,
    properties: Option<Props<'a>>,
    coordinates: Option<Coords>,
    geometries: Option<Vec<RawGeom>>,
}

/// Deserialises a [`Top`], collecting the features' schema in `schema` and the first bad
/// feature (index and message) in `bad`.
struct TopSeed<'s> {
    schema: &'s mut Schema,
    bad: &'s mut Option<(usize, String)>,
}

impl<'de, 's> serde::de::DeserializeSeed<'de> for TopSeed<'s> {
    type Value = Top<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Top<'de>, D::Error> {
        struct V<'s>(TopSeed<'s>);
        impl<'de, 's> Visitor<'de> for V<'s> {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a GeoJSON object")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut m: A,
            ) -> std::result::Result<Top<'de>, A::Error> {
                let V(TopSeed { schema, bad }) = self;
                let mut top = Top::default();
                while let Some(k) = m.next_key::<Key<'de>>()? {
                    match &*k.0 {
                        "type" => top.ty = m.next_value()?,
                        "crs" => top.crs = m.next_value()?,
                        "features" => {
                            top.features = m.next_value_seed(FeaturesSeed {
                                schema: &mut *schema,
                                bad: &mut *bad,
                            })?;
                        }
                        "geometry" => top.geometry = m.next_value()?,
                        "properties" => top.properties = m.next_value()?,
                        "coordinates" => top.coordinates = m.next_value()?,
                        "geometries" => top.geometries = m.next_value()?,
                        _ => {
                            m.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(top)
            }
        }
        d.deserialize_map(V(self))
    }
}

/// The `features` array (or null), each feature converted as soon as it is parsed.
struct FeaturesSeed<'s> {
    schema: &'s mut Schema,
    bad: &'s mut Option<(usize, String)>,
}

impl<'de, 's> serde::de::DeserializeSeed<'de> for FeaturesSeed<'s> {
    type Value = Option<Vec<Feature>>;
    fn deserialize<D: Deserializer<'de>>(
        self,
        d: D,
    ) -> std::result::Result<Option<Vec<Feature>>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, 's> Visitor<'de> for FeaturesSeed<'s> {
    type Value = Option<Vec<Feature>>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of features")
    }
    fn visit_unit<E>(self) -> std::result::Result<Option<Vec<Feature>>, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<Option<Vec<Feature>>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(f) = seq.next_element::<RawFeature<'de>>()? {
            match feature(f, self.schema) {
                Ok(f) => out.push(f),
                Err(msg) => {
                    *self.bad = Some((out.len(), msg));
                    return Err(serde::de::Error::custom("bad feature"));
                }
            }
        }
        Ok(Some(out))
    }
}

#[derive(Deserialize)]
struct RawFeature<'a> {
    #[serde(rename = "type")]
    ty: Option<String>,
    #[serde(borrow)]
    properties: Option<Props<'a>>,
    #[serde(default, deserialize_with = "nullable")]
    geometry: Option<RawGeom>,
}

#[derive(Deserialize)]
struct RawGeom {
    #[serde(rename = "type")]
    ty: String,
    coordinates: Option<Coords>,
    geometries: Option<Vec<RawGeom>>,
}

fn nullable<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<RawGeom>, D::Error> {
    Option::<RawGeom>::deserialize(d)
}

/// Coordinates: a number, a list, or something else (kept to report it with the feature index).
enum Coords {
    Num(f64),
    List(Vec<Coords>),
    Other(String),
}

impl<'de> Deserialize<'de> for Coords {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Coords;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("coordinates")
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<Coords, E> {
                Ok(Coords::Num(v))
            }
            #[expect(clippy::cast_precision_loss, reason = "coordinates are floats")]
            fn visit_i64<E>(self, v: i64) -> std::result::Result<Coords, E> {
                Ok(Coords::Num(v as f64))
            }
            #[expect(clippy::cast_precision_loss, reason = "coordinates are floats")]
            fn visit_u64<E>(self, v: u64) -> std::result::Result<Coords, E> {
                Ok(Coords::Num(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Coords, E> {
                Ok(Coords::Other(format!("'{v}'")))
            }
            fn visit_bool<E>(self, v: bool) -> std::result::Result<Coords, E> {
                Ok(Coords::Other(v.to_string()))
            }
            fn visit_unit<E>(self) -> std::result::Result<Coords, E> {
                Ok(Coords::Other("null".into()))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut m: A,
            ) -> std::result::Result<Coords, A::Error> {
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Coords::Other("an object".into()))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<Coords, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(2));
                while let Some(c) = seq.next_element()? {
                    v.push(c);
                }
                Ok(Coords::List(v))
            }
        }
        d.deserialize_any(V)
    }
}

/// A property name, borrowed from the input where it has no escapes.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a property name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

/// Properties in file order.
struct Props<'de>(Vec<(std::borrow::Cow<'de, str>, Value)>);

struct PropValue(Value);

impl<'de> Deserialize<'de> for PropValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = PropValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a property value")
            }
            fn visit_bool<E>(self, v: bool) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::Int(v)))
            }
            fn visit_u64<E>(self, v: u64) -> std::result::Result<PropValue, E> {
                Ok(PropValue(i64::try_from(v).map_or_else(
                    |_| Value::String(v.to_string().into()),
                    Value::Int,
                )))
            }
            fn visit_f64<E>(self, v: f64) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::Float(v)))
            }
            fn visit_str<E>(self, v: &str) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::String(v.to_string().into())))
            }
            fn visit_string<E>(self, v: String) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::String(v.into())))
            }
            fn visit_unit<E>(self) -> std::result::Result<PropValue, E> {
                Ok(PropValue(Value::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                seq: A,
            ) -> std::result::Result<PropValue, A::Error> {
                let j = J::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
                Ok(PropValue(Value::String(j.to_string().into())))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                m: A,
            ) -> std::result::Result<PropValue, A::Error> {
                let j = J::deserialize(serde::de::value::MapAccessDeserializer::new(m))?;
                Ok(PropValue(Value::String(j.to_string().into())))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Props<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for V<'a> {
            type Value = Props<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a properties object or null")
            }
            fn visit_unit<E>(self) -> std::result::Result<Props<'a>, E> {
                Ok(Props(Vec::new()))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut m: A,
            ) -> std::result::Result<Props<'a>, A::Error> {
                let mut v = Vec::with_capacity(m.size_hint().unwrap_or(8));
                while let Some(k) = m.next_key::<Key<'de>>()? {
                    let PropValue(x) = m.next_value()?;
                    v.push((k.0, x));
                }
                Ok(Props(v))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// Read a GeoJSON file (FeatureCollection, Feature or bare geometry).
pub(crate) fn read(path: &Path) -> Result<RawSource> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut schema = Schema::new();
    let mut bad = None;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = serde::de::DeserializeSeed::deserialize(
        TopSeed {
            schema: &mut schema,
            bad: &mut bad,
        },
        &mut de,
    )
    .and_then(|doc| de.end().map(|()| doc));
    let doc = match (parsed, bad) {
        (Ok(doc), _) => doc,
        (Err(_), Some((i, m))) => return Err(Error::malformed(path, format!("feature {i}"), m)),
        (Err(e), None) => {
            return Err(Error::malformed(
                path,
                format!("line {}, column {}", e.line(), e.column()),
                format!("not valid GeoJSON: {e}"),
            ))
        }
    };
    let crs = match &doc.crs {
        None | Some(J::Null) => None,
        Some(c) => Some(parse_crs_member(c).map_err(|e| match e {
            Ok(err) => Error::crs(path, "crs member: ".into(), err),
            Err(msg) => Error::malformed(path, "crs member", msg),
        })?),
    };
    let mut features = Vec::new();
    match doc.ty.as_deref() {
        Some("FeatureCollection") => {
            features = doc.features.ok_or_else(|| {
                Error::malformed(path, "FeatureCollection", "has no 'features' array")
            })?;
        }
        Some("Feature") => {
            let f = RawFeature {
                ty: doc.ty.clone(),
                properties: doc.properties,
                geometry: doc.geometry,
            };
            features
                .push(feature(f, &mut schema).map_err(|m| Error::malformed(path, "feature 0", m))?);
        }
        Some(ty) => {
            let g = RawGeom {
                ty: ty.to_string(),
                coordinates: doc.coordinates,
                geometries: doc.geometries,
            };
            features.push(Feature {
                geometry: Some(geometry(&g).map_err(|m| Error::malformed(path, "geometry", m))?),
                values: Vec::new(),
            });
        }
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
            if v.field_type().is_some_and(|t| t != *ty) {
                *v = std::mem::replace(v, Value::Null).coerce(*ty);
            }
        }
    }
    Ok(RawSource {
        layer: Layer { schema, features },
        crs: Some(crs.unwrap_or_else(|| Crs::epsg(4326))),
        detail: "GeoJSON".into(),
        warnings: Vec::new(),
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

fn feature(f: RawFeature<'_>, schema: &mut Schema) -> std::result::Result<Feature, String> {
    if f.ty.as_deref() != Some("Feature") {
        return Err("expected an object with \"type\": \"Feature\"".into());
    }
    let geometry = match &f.geometry {
        None => None,
        // RFC 7946 3.1: a geometry with empty "coordinates" may be read as no geometry
        // (counted in the import report as such), not refused.
        Some(g) if has_empty_coordinates(g) => None,
        Some(g) => Some(geometry(g)?),
    };
    let mut values = Vec::new();
    if let Some(Props(props)) = f.properties {
        // One value per field: a key repeated in one object (`{"a": 1, "a": 2}`) is one field,
        // and the last value wins, as in JSON.parse (sizing by the number of keys left a
        // trailing value without a field).
        values.reserve(schema.len().max(props.len()));
        values.resize(schema.len(), Value::Null);
        for (k, value) in props {
            let i = schema.observe(&k, value.field_type());
            if i >= values.len() {
                values.resize(i + 1, Value::Null);
            }
            values[i] = value;
        }
    }
    Ok(Feature { geometry, values })
}

fn position(p: &Coords) -> std::result::Result<Coord<f64>, String> {
    let Coords::List(a) = p else {
        return Err("a position must be an array of numbers".into());
    };
    if a.len() < 2 {
        return Err(format!(
            "a position needs at least 2 numbers, found {}",
            a.len()
        ));
    }
    let num = |c: &Coords, axis: &str| match c {
        Coords::Num(v) => Ok(*v),
        Coords::Other(s) => Err(format!("position {axis} is not a number: {s}")),
        Coords::List(_) => Err(format!("position {axis} is not a number: an array")),
    };
    Ok(Coord {
        x: num(&a[0], "x")?,
        y: num(&a[1], "y")?,
    })
}

fn list<'a>(c: &'a Coords, what: &str) -> std::result::Result<&'a [Coords], String> {
    match c {
        Coords::List(v) => Ok(v),
        _ => Err(format!("expected an array of {what}")),
    }
}

fn positions(p: &Coords) -> std::result::Result<Vec<Coord<f64>>, String> {
    list(p, "positions")?.iter().map(position).collect()
}

fn ring(p: &Coords) -> std::result::Result<LineString<f64>, String> {
    let c = positions(p)?;
    // RFC 7946 asks for 4 positions; shorter rings (degenerate, zero area) are kept as
    // delivered, like GDAL does, and the validity check counts them as invalid.
    if c.is_empty() {
        return Err("a polygon ring needs at least one position, found none".into());
    }
    Ok(LineString(c))
}

fn polygon(p: &Coords) -> std::result::Result<Polygon<f64>, String> {
    let rings = list(p, "rings")?;
    let mut it = rings.iter();
    let ext = it.next().ok_or("a polygon needs at least one ring")?;
    let exterior = ring(ext)?;
    let interiors = it.map(ring).collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, interiors))
}

/// A line or polygon geometry whose "coordinates" array is empty (`"Polygon", []`).
fn has_empty_coordinates(g: &RawGeom) -> bool {
    matches!(
        g.ty.as_str(),
        "LineString" | "Polygon" | "MultiLineString" | "MultiPolygon"
    ) && matches!(&g.coordinates, Some(Coords::List(v)) if v.is_empty())
}

fn geometry(g: &RawGeom) -> std::result::Result<Geometry<f64>, String> {
    let ty = g.ty.as_str();
    if ty == "GeometryCollection" {
        let parts = g
            .geometries
            .as_ref()
            .ok_or("GeometryCollection has no 'geometries' array")?;
        return Ok(Geometry::GeometryCollection(GeometryCollection(
            parts
                .iter()
                .map(geometry)
                .collect::<std::result::Result<_, _>>()?,
        )));
    }
    let c = g
        .coordinates
        .as_ref()
        .ok_or_else(|| format!("{ty} has no 'coordinates'"))?;
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
            list(c, "line strings")?
                .iter()
                .map(|l| positions(l).map(LineString))
                .collect::<std::result::Result<_, _>>()?,
        )),
        "Polygon" => Geometry::Polygon(polygon(c)?),
        "MultiPolygon" => Geometry::MultiPolygon(MultiPolygon(
            list(c, "polygons")?
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

    /// Fuzzing (target `geojson`, fuzz/regressions/geojson/duplicate_property_key.geojson):
    /// a key repeated in one properties object gave the feature more values than the layer
    /// has fields.
    #[test]
    fn duplicate_property_key_gives_no_value_without_a_field() {
        let f = write(
            r#"{"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"a":1,"b":"x","a":2},"geometry":null},
             {"type":"Feature","properties":{"b":"y"},"geometry":null}]}"#,
        );
        let l = read(f.path()).expect("read").layer;
        assert_eq!(l.schema.len(), 2);
        assert!(l.features.iter().all(|f| f.values.len() <= 2));
        assert_eq!(l.value(0, "a"), Some(&Value::Int(2)));
        assert_eq!(l.value(0, "b"), Some(&Value::String("x".into())));
        assert_eq!(l.value(1, "a"), Some(&Value::Null));
    }

    /// Was "feature 0: a polygon needs at least one ring", refusing the whole file
    /// (`empty_and_invalid_geometries_give_geos_answers_or_a_counted_warning`): RFC 7946 lets
    /// empty coordinates stand for no geometry.
    #[test]
    fn empty_polygon_coordinates_are_no_geometry() {
        let f = write(
            r#"{"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon","coordinates":[]}},
             {"type":"Feature","properties":{"a":2},"geometry":{"type":"LineString","coordinates":[]}},
             {"type":"Feature","properties":{"a":3},"geometry":{"type":"Polygon","coordinates":[[]]}}]}"#,
        );
        // A polygon with an empty ring is still malformed.
        assert!(read(f.path()).is_err());
        let f = write(
            r#"{"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon","coordinates":[]}},
             {"type":"Feature","properties":{"a":2},"geometry":{"type":"MultiPolygon","coordinates":[]}}]}"#,
        );
        let l = read(f.path()).expect("read").layer;
        assert_eq!(l.features.len(), 2);
        assert!(l.features.iter().all(|f| f.geometry.is_none()));
    }

    /// Property test (saale-store tests/export_read_props.rs, CI): a degenerate polygon
    /// `MULTIPOLYGON(((0 0,0 0,0 0)))` exported as a 3-position ring was refused on read back
    /// ("a polygon ring needs at least 4 positions"), so the whole file failed to import.
    #[test]
    fn a_ring_with_fewer_than_four_positions_is_kept_as_delivered() {
        let f = write(
            r#"{"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"a":1},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[0,0]]]}},
             {"type":"Feature","properties":{"a":2},"geometry":{"type":"Point","coordinates":[3,4]}}]}"#,
        );
        let l = read(f.path()).expect("read").layer;
        assert_eq!(l.features.len(), 2);
        let Some(Geometry::Polygon(p)) = &l.features[0].geometry else {
            panic!("not a polygon")
        };
        assert_eq!(p.exterior().0.len(), 3);
        assert_eq!(p.exterior().0[1], Coord { x: 1.0, y: 1.0 });
        // Kept, and counted invalid by the one validity check.
        let g = l.features[0].geometry.as_ref().expect("geometry");
        assert!(crate::validate::check_geometry(g)
            .expect("finite")
            .is_some());
    }

    /// Property test (saale-store tests/export_read_props.rs): a coordinate written in its
    /// shortest form read back one unit in the last place off (serde_json's fast float path).
    #[test]
    fn coordinates_and_numbers_read_back_exactly() {
        let x = 4.967_281_771_800_292e299_f64;
        let f = write(&format!(
            r#"{{"type":"Feature","properties":{{"v":{x}}},"geometry":{{"type":"Point","coordinates":[{x},0.0]}}}}"#
        ));
        let l = read(f.path()).expect("read").layer;
        let Some(Geometry::Point(p)) = &l.features[0].geometry else {
            panic!("not a point")
        };
        assert_eq!(p.x().to_bits(), x.to_bits());
        assert_eq!(l.value(0, "v"), Some(&Value::Float(x)));
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
             {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,"a"]]]}}]}"#,
        );
        let e = read(f.path()).expect_err("bad ring").to_string();
        assert!(e.contains("feature 1") && e.contains("not a number"), "{e}");
        let g = write("{\"type\": \"FeatureCollection\",\n \"features\": [ {");
        let e = read(g.path()).expect_err("truncated").to_string();
        assert!(e.contains("line 2"), "{e}");
        // Trailing garbage after the object is an error too.
        let h = write(r#"{"type":"FeatureCollection","features":[]} x"#);
        let e = read(h.path()).expect_err("trailing").to_string();
        assert!(e.contains("line 1") && e.contains("trailing"), "{e}");
    }

    /// Members in any order (features before type and crs), unknown members skipped, and
    /// `features: null` read as a collection without features (an error).
    #[test]
    fn members_in_any_order() {
        let f = write(
            r#"{"features":[{"properties":{"a":"x"},"geometry":{"coordinates":[3,4],"type":"Point"},"type":"Feature","id":7}],
               "bbox":[3,4,3,4],"name":"n","crs":{"type":"name","properties":{"name":"EPSG:25832"}},"type":"FeatureCollection"}"#,
        );
        let src = read(f.path()).expect("read");
        assert_eq!(src.crs, Some(Crs::epsg(25832)));
        assert_eq!(src.layer.features.len(), 1);
        assert_eq!(src.layer.value(0, "a"), Some(&Value::String("x".into())));
        let g = write(r#"{"type":"FeatureCollection","features":null}"#);
        let e = read(g.path()).expect_err("null features").to_string();
        assert!(e.contains("has no 'features' array"), "{e}");
    }
}
