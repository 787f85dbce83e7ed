//! Encoding features: geometry and properties into size-prefixed FlatBuffers `Feature` tables,
//! many runs of features at a time on all cores.

use std::borrow::Cow;

use flatbuffers::{FlatBufferBuilder, WIPOffset};
use flatgeobuf::packed_r_tree::NodeItem;
use flatgeobuf::{
    Feature as FbFeature, FeatureArgs, Geometry as FbGeometry, GeometryArgs, GeometryType,
};
use rayon::prelude::*;
use saale_model::geo_types::{Coord, LineString, Polygon};
use saale_model::{FieldType, Geometry, Rows, Schema, Value};

/// Rows encoded by one task, into one buffer.
const RUN: usize = 512;

/// Whether this writer encodes the geometry: a (multi) point, line string or polygon, or a
/// collection of them.
pub(crate) fn encodes(g: &Geometry<f64>) -> bool {
    match g {
        Geometry::Point(_)
        | Geometry::LineString(_)
        | Geometry::Polygon(_)
        | Geometry::MultiPoint(_)
        | Geometry::MultiLineString(_)
        | Geometry::MultiPolygon(_) => true,
        Geometry::GeometryCollection(c) => c.0.iter().all(encodes),
        _ => false,
    }
}

fn props(schema: &Schema, values: &[Cow<'_, Value>], out: &mut Vec<u8>) {
    out.clear();
    for (i, (field, v)) in schema.fields().iter().zip(values).enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        match &**v {
            Value::Null => continue,
            Value::Bool(b) => {
                out.extend_from_slice(&i.to_le_bytes());
                out.push(u8::from(*b));
            }
            Value::Int(x) => {
                out.extend_from_slice(&i.to_le_bytes());
                // A value the schema types as float is written as a double.
                if field.ty == FieldType::Float {
                    #[expect(clippy::cast_precision_loss, reason = "widening int to float column")]
                    out.extend_from_slice(&(*x as f64).to_le_bytes());
                } else {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
            Value::Float(x) => {
                out.extend_from_slice(&i.to_le_bytes());
                out.extend_from_slice(&x.to_le_bytes());
            }
            Value::String(s) => {
                out.extend_from_slice(&i.to_le_bytes());
                let len = u32::try_from(s.len()).unwrap_or(u32::MAX);
                out.extend_from_slice(&len.to_le_bytes());
                out.extend_from_slice(&s.as_bytes()[..len as usize]);
            }
        }
    }
}

struct Parts {
    xy: Vec<f64>,
    ends: Vec<u32>,
}

impl Parts {
    fn line(&mut self, l: &LineString<f64>, bbox: &mut NodeItem) {
        for c in &l.0 {
            self.push(*c, bbox);
        }
        self.ends
            .push(u32::try_from(self.xy.len() / 2).unwrap_or(u32::MAX));
    }
    fn push(&mut self, c: Coord<f64>, bbox: &mut NodeItem) {
        self.xy.push(c.x);
        self.xy.push(c.y);
        bbox.expand_xy(c.x, c.y);
    }
    fn polygon(&mut self, p: &Polygon<f64>, bbox: &mut NodeItem) {
        self.line(p.exterior(), bbox);
        for r in p.interiors() {
            self.line(r, bbox);
        }
    }
}

fn simple<'a>(
    fbb: &mut FlatBufferBuilder<'a>,
    parts: &Parts,
    type_: GeometryType,
) -> WIPOffset<FbGeometry<'a>> {
    let xy = Some(fbb.create_vector(&parts.xy));
    // A single ring or line needs no ends.
    let ends = (parts.ends.len() > 1).then(|| fbb.create_vector(&parts.ends));
    FbGeometry::create(
        fbb,
        &GeometryArgs {
            xy,
            ends,
            type_,
            ..Default::default()
        },
    )
}

fn kind(g: &Geometry<f64>) -> GeometryType {
    match g {
        Geometry::Point(_) => GeometryType::Point,
        Geometry::LineString(_) => GeometryType::LineString,
        Geometry::Polygon(_) => GeometryType::Polygon,
        Geometry::MultiPoint(_) => GeometryType::MultiPoint,
        Geometry::MultiLineString(_) => GeometryType::MultiLineString,
        Geometry::MultiPolygon(_) => GeometryType::MultiPolygon,
        Geometry::GeometryCollection(_) => GeometryType::GeometryCollection,
        _ => GeometryType::Unknown,
    }
}

fn geometry<'a>(
    fbb: &mut FlatBufferBuilder<'a>,
    g: &Geometry<f64>,
    dataset: GeometryType,
    bbox: &mut NodeItem,
) -> WIPOffset<FbGeometry<'a>> {
    // The type is stored per feature only when the layer mixes types.
    let type_ = if dataset == GeometryType::Unknown {
        kind(g)
    } else {
        GeometryType::Unknown
    };
    let mut p = Parts {
        xy: Vec::new(),
        ends: Vec::new(),
    };
    match g {
        Geometry::Point(pt) => p.push(pt.0, bbox),
        Geometry::MultiPoint(m) => {
            for pt in &m.0 {
                p.push(pt.0, bbox);
            }
        }
        Geometry::LineString(l) => {
            for c in &l.0 {
                p.push(*c, bbox);
            }
        }
        Geometry::MultiLineString(m) => {
            for l in &m.0 {
                p.line(l, bbox);
            }
        }
        Geometry::Polygon(poly) => p.polygon(poly, bbox),
        Geometry::MultiPolygon(m) => {
            let parts: Vec<WIPOffset<FbGeometry<'a>>> =
                m.0.iter()
                    .map(|poly| {
                        let mut pp = Parts {
                            xy: Vec::new(),
                            ends: Vec::new(),
                        };
                        pp.polygon(poly, bbox);
                        simple(fbb, &pp, GeometryType::Unknown)
                    })
                    .collect();
            let parts = fbb.create_vector(&parts);
            return FbGeometry::create(
                fbb,
                &GeometryArgs {
                    parts: Some(parts),
                    type_,
                    ..Default::default()
                },
            );
        }
        // Each part a whole geometry with its own type (the `flatgeobuf` crate's writer split
        // a polygon's holes into polygons of their own and lost multipoints).
        Geometry::GeometryCollection(c) => {
            let parts: Vec<WIPOffset<FbGeometry<'a>>> =
                c.0.iter()
                    .map(|part| geometry(fbb, part, GeometryType::Unknown, bbox))
                    .collect();
            let parts = fbb.create_vector(&parts);
            return FbGeometry::create(
                fbb,
                &GeometryArgs {
                    parts: Some(parts),
                    type_,
                    ..Default::default()
                },
            );
        }
        _ => {}
    }
    simple(fbb, &p, type_)
}

/// Encode row `i` (size-prefixed) and append it to `out`.
fn encode<'r>(
    fbb: &mut FlatBufferBuilder<'_>,
    rows: &'r dyn Rows,
    i: usize,
    dataset: GeometryType,
    values: &mut Vec<Cow<'r, Value>>,
    prop_buf: &mut Vec<u8>,
    out: &mut Vec<u8>,
) {
    let mut bbox = NodeItem::create(0);
    let g = rows
        .geometry(i)
        .map(|g| geometry(fbb, g, dataset, &mut bbox));
    values.clear();
    rows.values(i, values);
    props(rows.schema(), values, prop_buf);
    let properties = (!prop_buf.is_empty()).then(|| fbb.create_vector(prop_buf));
    let feat = FbFeature::create(
        fbb,
        &FeatureArgs {
            geometry: g,
            properties,
            ..Default::default()
        },
    );
    fbb.finish_size_prefixed(feat, None);
    out.extend_from_slice(fbb.finished_data());
    fbb.reset();
}

/// Encode the rows `ids` on all cores: runs of features, each in one buffer with their sizes.
pub(crate) fn encode_batch(
    rows: &dyn Rows,
    ids: &[u32],
    dataset: GeometryType,
) -> Vec<(Vec<u8>, Vec<u64>)> {
    ids.par_chunks(RUN)
        .map(|ids| {
            let mut fbb = FlatBufferBuilder::with_capacity(1 << 12);
            let mut buf = Vec::new();
            let mut values = Vec::new();
            let mut bytes = Vec::with_capacity(ids.len() * 64);
            let mut lens = Vec::with_capacity(ids.len());
            for &i in ids {
                let before = bytes.len();
                encode(
                    &mut fbb,
                    rows,
                    i as usize,
                    dataset,
                    &mut values,
                    &mut buf,
                    &mut bytes,
                );
                lens.push((bytes.len() - before) as u64);
            }
            (bytes, lens)
        })
        .collect()
}
