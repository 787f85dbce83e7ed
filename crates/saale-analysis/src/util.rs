use saale_crs::Crs;
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};

use crate::{Error, Result};

/// Refuse metric operations on a geographic CRS.
///
/// # Errors
/// [`Error::GeographicCrs`] naming the operation.
pub fn require_projected(crs: &Crs, op: &str) -> Result<()> {
    if crs.is_geographic() {
        return Err(Error::GeographicCrs {
            op: op.to_string(),
            crs: crs.to_string(),
        });
    }
    Ok(())
}

/// Position of `field` in `layer`, or a clear error.
pub(crate) fn field_index(layer: &Layer, layer_name: &str, field: &str) -> Result<usize> {
    layer
        .schema
        .index_of(field)
        .ok_or_else(|| Error::NoSuchField {
            layer: layer_name.to_string(),
            field: field.to_string(),
            available: layer
                .schema
                .fields()
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
}

/// Schema of `a` followed by `b`'s fields; names already taken get `_2`, `_3`, ... (as QGIS
/// does). Returns the schema and `b`'s new names.
pub(crate) fn concat_schemas(a: &Schema, b: &Schema) -> Schema {
    let mut fields: Vec<Field> = a.fields().to_vec();
    for f in b.fields() {
        let mut name = f.name.clone();
        let mut n = 2;
        while fields.iter().any(|x| x.name == name) {
            name = format!("{}_{n}", f.name);
            n += 1;
        }
        fields.push(Field { name, ty: f.ty });
    }
    Schema::from_fields(fields)
}

/// A schema extended by extra fields (appended in order; a name already taken gets `_2`, ...).
pub(crate) fn with_fields(a: &Schema, extra: &[(&str, FieldType)]) -> Schema {
    let mut fields: Vec<Field> = a.fields().to_vec();
    for (n, t) in extra {
        let mut name = (*n).to_string();
        let mut k = 2;
        while fields.iter().any(|x| x.name == name) {
            name = format!("{n}_{k}");
            k += 1;
        }
        fields.push(Field { name, ty: *t });
    }
    Schema::from_fields(fields)
}

/// Polygonal part of a geometry as a multipolygon (`None` when it has no area).
/// The union of many polygons, whatever the orientation of their rings. geo's `unary_union`
/// takes a clockwise shell for a hole: the union of a clockwise triangle (area 4), a rectangle
/// (8) and a rectangle with a hole (24) came out as 1.06 instead of 33.06. Rings are oriented
/// first (shells counter-clockwise, holes clockwise), so every union of the crate goes
/// through here.
pub(crate) fn union_all<'a>(
    parts: impl IntoIterator<Item = &'a geo::MultiPolygon<f64>>,
) -> geo::MultiPolygon<f64> {
    use geo::orient::{Direction, Orient};
    let oriented: Vec<geo::MultiPolygon<f64>> = parts
        .into_iter()
        .map(|m| m.orient(Direction::Default))
        .collect();
    geo::unary_union(oriented.iter())
}

pub(crate) fn as_multipolygon(g: &Geometry<f64>) -> Option<geo::MultiPolygon<f64>> {
    match g {
        Geometry::Polygon(p) => Some(geo::MultiPolygon(vec![p.clone()])),
        Geometry::MultiPolygon(m) => Some(m.clone()),
        Geometry::Rect(r) => Some(geo::MultiPolygon(vec![r.to_polygon()])),
        Geometry::Triangle(t) => Some(geo::MultiPolygon(vec![t.to_polygon()])),
        Geometry::GeometryCollection(c) => {
            let ps: Vec<_> = c
                .iter()
                .filter_map(as_multipolygon)
                .flat_map(|m| m.0)
                .collect();
            (!ps.is_empty()).then_some(geo::MultiPolygon(ps))
        }
        _ => None,
    }
}

/// The values of `f` padded (or cut) to `n` fields.
pub(crate) fn padded(f: &Feature, n: usize) -> impl Iterator<Item = Value> + '_ {
    f.values
        .iter()
        .cloned()
        .chain(std::iter::repeat(Value::Null))
        .take(n)
}

/// A result row: `f`'s geometry and its values padded to `n` fields, followed by `extra`.
pub(crate) fn row_with(f: &Feature, n: usize, extra: impl IntoIterator<Item = Value>) -> Feature {
    let mut values: Vec<Value> = padded(f, n).collect();
    values.extend(extra);
    Feature {
        geometry: f.geometry.clone(),
        values,
    }
}
