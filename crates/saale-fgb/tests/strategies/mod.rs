//! Strategies for property tests of the writers: layers with every field type, nulls and
//! empty strings, every geometry type (multi geometries, collections, rows without geometry),
//! shared by `saale-fgb`'s and `saale-store`'s tests (included with `#[path]`).

use proptest::prelude::*;
use saale_model::geo_types::{
    Coord, GeometryCollection, LineString, MultiLineString, MultiPoint, MultiPolygon, Point,
    Polygon,
};
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};

/// Any field type.
pub fn field_type() -> impl Strategy<Value = FieldType> {
    prop_oneof![
        Just(FieldType::Bool),
        Just(FieldType::Int),
        Just(FieldType::Float),
        Just(FieldType::String),
        Just(FieldType::Date),
        Just(FieldType::DateTime),
    ]
}

/// Empty or any characters (NUL, newlines, any plane).
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter),
    ]
}

/// A value of type `ty` or null; floats include the infinities when `infinite`.
pub fn value(ty: FieldType, infinite: bool) -> BoxedStrategy<Value> {
    let v = match ty {
        FieldType::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        FieldType::Int => prop_oneof![any::<i64>(), Just(i64::MIN), Just(i64::MAX), Just(0)]
            .prop_map(Value::Int)
            .boxed(),
        FieldType::Float => {
            use prop::num::f64::{INFINITE, NEGATIVE, NORMAL, POSITIVE, SUBNORMAL, ZERO};
            let finite = POSITIVE | NEGATIVE | NORMAL | SUBNORMAL | ZERO;
            (if infinite { finite | INFINITE } else { finite })
                .prop_map(Value::Float)
                .boxed()
        }
        FieldType::String => text().prop_map(|s| Value::String(s.into())).boxed(),
        FieldType::Date => (1i32..9999, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| Value::String(format!("{y:04}-{m:02}-{d:02}").into()))
            .boxed(),
        FieldType::DateTime => (1i32..9999, 1u32..13, 1u32..29, 0u32..24, 0u32..60)
            .prop_map(|(y, mo, d, h, mi)| {
                Value::String(format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z").into())
            })
            .boxed(),
    };
    prop_oneof![1 => Just(Value::Null), 4 => v].boxed()
}

/// Mostly city-sized coordinates, some up to 1e300, some zero.
pub fn coord() -> impl Strategy<Value = Coord<f64>> {
    let c = prop_oneof![
        8 => -1.0e7..1.0e7f64,
        1 => -1.0e300..1.0e300f64,
        1 => Just(0.0f64),
    ];
    (c.clone(), c).prop_map(|(x, y)| Coord { x, y })
}

/// A line of `min` to 5 coordinates.
pub fn line(min: usize) -> impl Strategy<Value = LineString<f64>> {
    prop::collection::vec(coord(), min..6).prop_map(LineString::new)
}

/// A polygon with up to two holes (rings closed by `Polygon::new`).
pub fn polygon() -> impl Strategy<Value = Polygon<f64>> {
    (line(3), prop::collection::vec(line(3), 0..3)).prop_map(|(e, h)| Polygon::new(e, h))
}

/// A point, line or polygon, single or multi.
pub fn simple() -> impl Strategy<Value = Geometry<f64>> {
    prop_oneof![
        coord().prop_map(|c| Geometry::Point(Point(c))),
        line(2).prop_map(Geometry::LineString),
        polygon().prop_map(Geometry::Polygon),
        prop::collection::vec(coord().prop_map(Point), 1..5)
            .prop_map(|p| Geometry::MultiPoint(MultiPoint(p))),
        prop::collection::vec(line(2), 1..4)
            .prop_map(|l| Geometry::MultiLineString(MultiLineString(l))),
        prop::collection::vec(polygon(), 1..4)
            .prop_map(|p| Geometry::MultiPolygon(MultiPolygon(p))),
    ]
}

/// A simple geometry or a collection of them.
pub fn geometry() -> impl Strategy<Value = Geometry<f64>> {
    prop_oneof![
        6 => simple(),
        1 => prop::collection::vec(simple(), 1..4)
            .prop_map(|g| Geometry::GeometryCollection(GeometryCollection(g))),
    ]
}

/// A layer: a schema of 0-6 fields, 0-12 features; `geometries` chooses rows with geometry
/// only (the parallel writer), with and without (the crate's writer), or none (a table).
pub fn layer(infinite: bool) -> impl Strategy<Value = Layer> {
    (
        prop::collection::vec((field_type(), "[a-zA-Zäöü_ ]{0,6}"), 0..6),
        0..3u8,
    )
        .prop_flat_map(move |(fields, geometries)| {
            let schema = Schema::from_fields(fields.iter().enumerate().map(|(i, (ty, n))| Field {
                name: format!("f{i}{n}"),
                ty: *ty,
            }));
            let values: Vec<BoxedStrategy<Value>> =
                fields.iter().map(|(ty, _)| value(*ty, infinite)).collect();
            let geom = match geometries {
                0 => geometry().prop_map(Some).boxed(),
                1 => prop::option::weighted(0.8, geometry()).boxed(),
                _ => Just(None).boxed(),
            };
            let feature =
                (geom, values).prop_map(|(geometry, values)| Feature { geometry, values });
            prop::collection::vec(feature, 0..12).prop_map(move |features| Layer {
                schema: schema.clone(),
                features,
            })
        })
}

/// A layer's features as text (values padded with the trailing nulls a shorter vector means),
/// sorted: multisets compare equal whatever the order.
pub fn sorted(layer: &Layer) -> Vec<String> {
    let n = layer.schema.len();
    let mut v: Vec<String> = layer
        .features
        .iter()
        .map(|f| {
            let values: Vec<&Value> = (0..n.max(f.values.len())).map(|i| f.value(i)).collect();
            format!("{:?} {values:?}", f.geometry)
        })
        .collect();
    v.sort();
    v
}
