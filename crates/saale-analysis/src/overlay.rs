//! Buffer, dissolve and overlay (intersection, union, difference) with area-weighted
//! interpolation of extensive attributes.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use geo::{Area, BooleanOps, Buffer, Intersects, MultiPolygon};
use rayon::prelude::*;
use saale_index::LayerIndex;
use saale_model::{
    clip_multipolygon, Bbox, Feature, FieldType, Geometry, Layer, Rows, Schema, Value,
};

use crate::util::{as_multipolygon, concat_schemas, field_index, union_all, with_fields};
use crate::{Error, Result};

/// Areas below this (m²) are slivers from floating point and dropped from overlay results.
pub const SLIVER: f64 = 1e-6;

/// Buffer every geometry by `distance` metres (round joins and caps). With `dissolve`, the
/// result is one feature: the union of all buffers.
///
/// # Errors
/// A distance that is not a number, or a negative distance on a layer with points or lines
/// (they have no inside to shrink: the result would be empty).
pub fn buffer(layer: &Layer, distance: f64, dissolve: bool) -> Result<Layer> {
    if !distance.is_finite() {
        return Err(Error::Argument(
            "the distance must be a number of metres".into(),
        ));
    }
    if distance < 0.0 {
        let thin = layer
            .features
            .iter()
            .filter(|f| {
                f.geometry
                    .as_ref()
                    .is_some_and(|g| as_multipolygon(g).is_none())
            })
            .count();
        if thin > 0 {
            return Err(Error::Argument(format!(
                "a negative distance ({distance} m) shrinks polygons only, and {thin} of the \
                 layer's {} features are points or lines (their buffer would be empty)",
                layer.features.len()
            )));
        }
    }
    let buffered: Vec<Option<MultiPolygon<f64>>> = layer
        .features
        .par_iter()
        .map(|f| f.geometry.as_ref().map(|g| g.buffer(distance)))
        .collect();
    if dissolve {
        let parts: Vec<MultiPolygon<f64>> = buffered.into_iter().flatten().collect();
        let u = union_all(parts.iter());
        let schema = Schema::from_fields([saale_model::Field {
            name: "count".into(),
            ty: FieldType::Int,
        }]);
        return Ok(Layer {
            schema,
            features: vec![Feature {
                geometry: Some(Geometry::MultiPolygon(u)),
                values: vec![Value::Int(parts.len() as i64)],
            }],
        });
    }
    Ok(Layer {
        schema: layer.schema.clone(),
        features: layer
            .features
            .iter()
            .zip(buffered)
            .map(|(f, b)| Feature {
                geometry: b.map(Geometry::MultiPolygon),
                values: f.values.clone(),
            })
            .collect(),
    })
}

/// Dissolve polygons by the value of `by`: one feature per distinct value with the union of the
/// polygons, the value, `count` and `area`.
///
/// # Errors
/// `by` is not a field of the layer.
pub fn dissolve(layer: &Layer, layer_name: &str, by: &str) -> Result<Layer> {
    let i = field_index(layer, layer_name, by)?;
    let mut groups: BTreeMap<String, (Value, Vec<MultiPolygon<f64>>)> = BTreeMap::new();
    for f in &layer.features {
        let key = f.value(i).join_key().unwrap_or_default();
        let e = groups
            .entry(key)
            .or_insert_with(|| (f.value(i).clone(), Vec::new()));
        if let Some(mp) = f.geometry.as_ref().and_then(as_multipolygon) {
            e.1.push(mp);
        }
    }
    let ty = layer.schema.fields()[i].ty;
    let schema = Schema::from_fields([
        saale_model::Field {
            name: by.to_string(),
            ty,
        },
        saale_model::Field {
            name: "count".into(),
            ty: FieldType::Int,
        },
        saale_model::Field {
            name: "area".into(),
            ty: FieldType::Float,
        },
    ]);
    let groups: Vec<(Value, Vec<MultiPolygon<f64>>)> = groups.into_values().collect();
    let features = groups
        .into_par_iter()
        .map(|(v, parts)| {
            let u = union_all(parts.iter());
            let a = u.unsigned_area();
            Feature {
                geometry: Some(Geometry::MultiPolygon(u)),
                values: vec![v, Value::Int(parts.len() as i64), Value::Float(a)],
            }
        })
        .collect();
    Ok(Layer { schema, features })
}

/// How [`overlay`] combines the two layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayMode {
    /// Pieces covered by both layers (attributes of both).
    Intersection,
    /// Intersection pieces plus the parts of either layer covered by only one of them.
    Union,
    /// The parts of A not covered by B (attributes of A).
    Difference,
}

impl FromStr for OverlayMode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "intersection" => OverlayMode::Intersection,
            "union" => OverlayMode::Union,
            "difference" => OverlayMode::Difference,
            _ => {
                return Err(Error::Argument(format!(
                    "unknown overlay mode '{s}': use intersection, union or difference"
                )))
            }
        })
    }
}

/// An output piece with the A and B features it comes from and its area.
/// Overlay polygon layers `a` and `b`. Fields named in `interpolate` (of either layer) are
/// extensive counts (households, inhabitants): each piece gets the value times the piece's share
/// of its source feature's area (area-weighted interpolation); with `dasymetric`, the share of
/// the part of the source feature that the other layer covers, so that the whole value is
/// spread over the intersection pieces (households only onto residential land). Other fields
/// are copied. Every piece gets an `area` column.
///
/// # Errors
/// An interpolated field exists in neither layer or is not numeric.
pub fn overlay(
    a: &Layer,
    b: &Layer,
    names: (&str, &str),
    mode: OverlayMode,
    interpolate_fields: &[String],
    dasymetric: bool,
) -> Result<Layer> {
    Ok(overlay_rows(a, b, names, mode, interpolate_fields, dasymetric)?.to_layer())
}

/// [`overlay`] as [`Rows`]: the pieces with their source features and interpolation shares;
/// the attributes are taken from `a` and `b` when a row is written.
///
/// # Errors
/// As [`overlay`].
pub fn overlay_rows<'a>(
    a: &'a Layer,
    b: &'a Layer,
    names: (&str, &str),
    mode: OverlayMode,
    interpolate_fields: &[String],
    dasymetric: bool,
) -> Result<OverlayRows<'a>> {
    let base = if mode == OverlayMode::Difference {
        a.schema.clone()
    } else {
        concat_schemas(&a.schema, &b.schema)
    };
    let schema = with_fields(&base, &[("area", FieldType::Float)]);
    let na = a.schema.len();
    // Interpolated columns in the output, with the side they come from.
    let mut interp_a = Vec::new();
    let mut interp_b = Vec::new();
    for f in interpolate_fields {
        match (a.schema.index_of(f), b.schema.index_of(f)) {
            (Some(i), _) => interp_a.push(i),
            (None, Some(j)) if mode != OverlayMode::Difference => interp_b.push(na + j),
            _ => {
                let list = |l: &Layer| {
                    l.schema
                        .fields()
                        .iter()
                        .map(|x| x.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                // Fields of B are not carried by a difference.
                return Err(if mode == OverlayMode::Difference {
                    Error::NoSuchField {
                        layer: names.0.to_string(),
                        field: f.clone(),
                        available: list(a),
                    }
                } else {
                    Error::Argument(format!(
                        "neither layer '{}' nor '{}' has a field '{f}' to interpolate \
                         ({}: {}; {}: {})",
                        names.0,
                        names.1,
                        names.0,
                        list(a),
                        names.1,
                        list(b)
                    ))
                });
            }
        }
    }
    for &i in interp_a.iter().chain(&interp_b) {
        let ty = schema.fields()[i].ty;
        if !matches!(ty, FieldType::Int | FieldType::Float) {
            return Err(Error::Argument(format!(
                "field {} cannot be interpolated: it is {ty}, not a number",
                schema.fields()[i].name
            )));
        }
    }
    // Interpolated values are shares: the columns become floats.
    let schema = {
        let mut fields = schema.fields().to_vec();
        for &i in interp_a.iter().chain(&interp_b) {
            fields[i].ty = FieldType::Float;
        }
        Schema::from_fields(fields)
    };
    let am: Vec<Option<MultiPolygon<f64>>> = a
        .features
        .iter()
        .map(|f| f.geometry.as_ref().and_then(as_multipolygon))
        .collect();
    let bm: Vec<Option<MultiPolygon<f64>>> = b
        .features
        .iter()
        .map(|f| f.geometry.as_ref().and_then(as_multipolygon))
        .collect();
    let b_area: Vec<f64> = bm
        .iter()
        .map(|m| m.as_ref().map_or(0.0, Area::unsigned_area))
        .collect();
    let b_index = LayerIndex::build(b);
    let a_area: Vec<f64> = am
        .iter()
        .map(|m| m.as_ref().map_or(0.0, Area::unsigned_area))
        .collect();
    let row = |ai: Option<usize>, bi: Option<usize>, piece: MultiPolygon<f64>| -> Option<Piece> {
        let pa = piece.unsigned_area();
        if pa <= SLIVER {
            return None;
        }
        let share = |whole: f64| if whole > 0.0 { pa / whole } else { 0.0 };
        Some(Piece {
            geometry: Geometry::MultiPolygon(piece),
            a: ai,
            b: bi,
            area: pa,
            share_a: ai.map_or(0.0, |i| share(a_area[i])),
            share_b: bi.map_or(0.0, |j| share(b_area[j])),
        })
    };
    // Per A feature: its intersections with B, and (difference/union) its part outside B.
    let per_a: Vec<Vec<Piece>> = am
        .par_iter()
        .enumerate()
        .map(|(i, ga)| {
            let Some(ga) = ga else {
                return Vec::new();
            };
            let mut out = Vec::new();
            let mut cands = Vec::new();
            let bbox = Bbox::of(&Geometry::MultiPolygon(ga.clone()));
            b_index.for_each_in_bbox(&bbox, |j| cands.push(j));
            cands.sort_unstable();
            // B's polygons are cut to A's box plus a margin first: the result is the same (A
            // lies inside the box, the cut edges outside A), and the boolean operation sees
            // the few vertices of B near A instead of a whole district's boundary.
            let margin = 1.0 + 0.01 * (bbox.max_x - bbox.min_x).max(bbox.max_y - bbox.min_y);
            let window = bbox.grown(margin);
            let mut covering: Vec<MultiPolygon<f64>> = Vec::new();
            for j in cands {
                let Some(gb) = &bm[j] else { continue };
                let Some(gb) = clip_multipolygon(gb, &window) else {
                    continue;
                };
                if !ga.intersects(&gb) {
                    continue;
                }
                if mode != OverlayMode::Difference {
                    if let Some(f) = row(Some(i), Some(j), ga.intersection(&gb)) {
                        out.push(f);
                    }
                }
                covering.push(gb);
            }
            if mode != OverlayMode::Intersection {
                let rest = if covering.is_empty() {
                    ga.clone()
                } else {
                    ga.difference(&union_all(covering.iter()))
                };
                if let Some(f) = row(Some(i), None, rest) {
                    out.push(f);
                }
            }
            out
        })
        .collect();
    let mut pieces: Vec<Piece> = per_a.into_iter().flatten().collect();
    if mode == OverlayMode::Union {
        // The parts of B covered by no A feature.
        let a_index = LayerIndex::build(a);
        let per_b: Vec<Option<Piece>> = bm
            .par_iter()
            .enumerate()
            .map(|(j, gb)| {
                let gb = gb.as_ref()?;
                let mut covering: Vec<&MultiPolygon<f64>> = Vec::new();
                a_index.for_each_in_bbox(&Bbox::of(&Geometry::MultiPolygon(gb.clone())), |i| {
                    if let Some(ga) = &am[i] {
                        if ga.intersects(gb) {
                            covering.push(ga);
                        }
                    }
                });
                let rest = if covering.is_empty() {
                    gb.clone()
                } else {
                    gb.difference(&union_all(covering.iter().copied()))
                };
                row(None, Some(j), rest)
            })
            .collect();
        pieces.extend(per_b.into_iter().flatten());
    }
    if dasymetric {
        // Spread each feature's values over its intersection pieces only (their areas sum to
        // one), so a district's households all land on its residential land.
        let mut cov_a = vec![0.0; a.features.len()];
        let mut cov_b = vec![0.0; b.features.len()];
        for p in &pieces {
            if let (Some(i), Some(j)) = (p.a, p.b) {
                cov_a[i] += p.area;
                cov_b[j] += p.area;
            }
        }
        for p in &mut pieces {
            if let (Some(i), Some(j)) = (p.a, p.b) {
                if cov_a[i] > 0.0 {
                    p.share_a *= a_area[i] / cov_a[i];
                }
                if cov_b[j] > 0.0 {
                    p.share_b *= b_area[j] / cov_b[j];
                }
            }
        }
    }
    Ok(OverlayRows {
        a,
        b,
        schema,
        with_b: mode != OverlayMode::Difference,
        interp_a,
        interp_b,
        pieces,
    })
}

/// One piece of an overlay: its geometry, the features it comes from and the shares of their
/// areas that interpolated fields are scaled by.
struct Piece {
    geometry: Geometry<f64>,
    a: Option<usize>,
    b: Option<usize>,
    area: f64,
    share_a: f64,
    share_b: f64,
}

/// The result of [`overlay_rows`].
pub struct OverlayRows<'a> {
    a: &'a Layer,
    b: &'a Layer,
    schema: Schema,
    /// Whether B's fields are in the result (not for a difference).
    with_b: bool,
    /// Result positions of interpolated fields from A, and from B.
    interp_a: Vec<usize>,
    interp_b: Vec<usize>,
    pieces: Vec<Piece>,
}

impl OverlayRows<'_> {
    /// Per feature of A, the share of its extensive (interpolated) values that the pieces
    /// carry: 1 when all of it found B (or stays in an A-only piece), less where part of the
    /// feature meets no B (areal weighting) or, dasymetric, where it meets none at all (0).
    #[must_use]
    pub fn placed_share_a(&self) -> Vec<f64> {
        let mut placed = vec![0.0; self.a.features.len()];
        for p in &self.pieces {
            if let Some(i) = p.a {
                placed[i] += p.share_a;
            }
        }
        placed
    }
}

impl Rows for OverlayRows<'_> {
    fn schema(&self) -> &Schema {
        &self.schema
    }
    fn len(&self) -> usize {
        self.pieces.len()
    }
    fn geometry(&self, i: usize) -> Option<&Geometry<f64>> {
        self.pieces.get(i).map(|p| &p.geometry)
    }
    fn values<'v>(&'v self, i: usize, out: &mut Vec<Cow<'v, Value>>) {
        let Some(p) = self.pieces.get(i) else { return };
        let (na, nb) = (self.a.schema.len(), self.b.schema.len());
        if let Some(i) = p.a {
            self.a.values(i, out);
        }
        out.resize(na, Cow::Owned(Value::Null));
        if self.with_b {
            if let Some(j) = p.b {
                self.b.values(j, out);
            }
            out.resize(na + nb, Cow::Owned(Value::Null));
        }
        // Extensive fields: the piece's share of the value.
        let scale = |out: &mut Vec<Cow<'v, Value>>, fields: &[usize], share: f64| {
            for &k in fields {
                if let Some(v) = out.get(k).and_then(|v| v.as_f64()) {
                    out[k] = Cow::Owned(Value::Float(v * share));
                }
            }
        };
        if p.a.is_some() {
            scale(out, &self.interp_a, p.share_a);
        }
        if p.b.is_some() {
            scale(out, &self.interp_b, p.share_b);
        }
        out.push(Cow::Owned(Value::Float(p.area)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::polygon;
    use saale_model::Field;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64, v: Vec<Value>) -> Feature {
        Feature {
            geometry: Some(Geometry::Polygon(
                polygon![(x: x0, y: y0), (x: x1, y: y0), (x: x1, y: y1), (x: x0, y: y1), (x: x0, y: y0)],
            )),
            values: v,
        }
    }

    /// Was 1.0625 instead of 33.0625: geo's `unary_union` took the clockwise triangle for a
    /// hole (found by `generated_buffers_and_dissolves_match_geos_areas`).
    #[test]
    fn dissolve_of_a_clockwise_polygon_is_the_union() {
        let ring = |pts: &[(f64, f64)]| saale_model::geo_types::LineString::from(pts.to_vec());
        let geoms = [
            geo::Polygon::new(
                ring(&[(10.0, 3.0), (9.0, 3.0), (8.0, 11.0), (10.0, 3.0)]),
                vec![],
            ),
            geo::Polygon::new(
                ring(&[(9.0, 3.0), (13.0, 3.0), (13.0, 5.0), (9.0, 5.0), (9.0, 3.0)]),
                vec![],
            ),
            geo::Polygon::new(
                ring(&[(3.0, 2.0), (9.0, 2.0), (9.0, 8.0), (3.0, 8.0), (3.0, 2.0)]),
                vec![ring(&[
                    (4.0, 3.0),
                    (4.0, 7.0),
                    (7.0, 7.0),
                    (7.0, 3.0),
                    (4.0, 3.0),
                ])],
            ),
        ];
        let l = Layer {
            schema: Schema::from_fields([Field {
                name: "k".into(),
                ty: FieldType::Int,
            }]),
            features: geoms
                .iter()
                .map(|p| Feature {
                    geometry: Some(Geometry::Polygon(p.clone())),
                    values: vec![Value::Int(1)],
                })
                .collect(),
        };
        let d = dissolve(&l, "l", "k").expect("dissolve");
        let a = d.features[0].values[2].as_f64().expect("area");
        // GEOS (shapely unary_union): 33.0625.
        assert!((a - 33.0625).abs() < 1e-6, "{a}");
    }

    /// Was silently an empty geometry per point (the doc promised an error).
    #[test]
    fn negative_buffer_of_points_is_refused() {
        let l = Layer {
            schema: Schema::new(),
            features: vec![Feature {
                geometry: Some(Geometry::Point(
                    saale_model::geo_types::point!(x: 1.0, y: 1.0),
                )),
                values: vec![],
            }],
        };
        let e = buffer(&l, -1.0, false).expect_err("negative on points");
        assert!(
            e.to_string()
                .contains("1 of the layer's 1 features are points or lines"),
            "{e}"
        );
        assert!(buffer(&l, 1.0, false).is_ok());
    }

    #[test]
    fn interpolated_intersection_and_union_and_difference() {
        // Districts: two 10 x 10 squares with 100 and 50 households.
        let districts = Layer {
            schema: Schema::from_fields([
                Field {
                    name: "d".into(),
                    ty: FieldType::String,
                },
                Field {
                    name: "hh".into(),
                    ty: FieldType::Int,
                },
            ]),
            features: vec![
                rect(
                    0.0,
                    0.0,
                    10.0,
                    10.0,
                    vec![Value::from("A"), Value::Int(100)],
                ),
                rect(
                    10.0,
                    0.0,
                    20.0,
                    10.0,
                    vec![Value::from("B"), Value::Int(50)],
                ),
            ],
        };
        // Residential land use: a 10 x 4 strip across both districts.
        let landuse = Layer {
            schema: Schema::from_fields([Field {
                name: "use".into(),
                ty: FieldType::String,
            }]),
            features: vec![rect(5.0, 0.0, 15.0, 4.0, vec![Value::from("res")])],
        };
        let r = overlay(
            &landuse,
            &districts,
            ("lu", "d"),
            OverlayMode::Intersection,
            &["hh".into()],
            false,
        )
        .expect("overlay");
        assert_eq!(r.features.len(), 2);
        let hh = r.schema.index_of("hh").expect("hh");
        // 5 x 4 = 20 m² of 100 m² in each district.
        assert_eq!(r.features[0].values[hh], Value::Float(20.0));
        assert_eq!(r.features[1].values[hh], Value::Float(10.0));
        let ar = r.schema.index_of("area").expect("area");
        assert_eq!(r.features[0].values[ar], Value::Float(20.0));
        let u = overlay(
            &landuse,
            &districts,
            ("lu", "d"),
            OverlayMode::Union,
            &[],
            false,
        )
        .expect("union");
        let total: f64 = u
            .features
            .iter()
            .map(|f| f.values[ar].as_f64().unwrap_or(0.0))
            .sum();
        assert!((total - 200.0).abs() < 1e-9, "{total}");
        let d = overlay(
            &districts,
            &landuse,
            ("d", "lu"),
            OverlayMode::Difference,
            &["hh".into()],
            false,
        )
        .expect("difference");
        let hh = d.schema.index_of("hh").expect("hh");
        assert_eq!(d.features[0].values[hh], Value::Float(80.0));
        // Dasymetric: all 100 and 50 households go onto the strip.
        let das = overlay(
            &landuse,
            &districts,
            ("lu", "d"),
            OverlayMode::Intersection,
            &["hh".into()],
            true,
        )
        .expect("dasymetric");
        let hh = das.schema.index_of("hh").expect("hh");
        assert_eq!(das.features[0].values[hh], Value::Float(100.0));
        assert_eq!(das.features[1].values[hh], Value::Float(50.0));
        let dis = dissolve(&districts, "d", "d").expect("dissolve");
        assert_eq!(dis.features.len(), 2);
        let b = buffer(&landuse, 1.0, true).expect("buffer");
        let a = as_multipolygon(b.features[0].geometry.as_ref().expect("geom"))
            .expect("polygonal")
            .unsigned_area();
        // 12 x 6 minus the four corner squares plus four quarter circles: 72 - 4 + pi.
        assert!((a - (68.0 + std::f64::consts::PI)).abs() < 0.05, "{a}");
    }
}
