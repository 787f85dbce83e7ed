//! Join by nearest: the k nearest features of another layer, with distances.

use geo::{Distance, Euclidean};
use rayon::prelude::*;
use saale_index::LayerIndex;
use std::borrow::Cow;

use saale_model::{Bbox, FieldType, Geometry, Layer, Rows, Schema, Value};

use crate::util::concat_schemas;
use crate::{Error, Result};

/// For each feature of `from`, the `k` nearest features of `to` (Euclidean distance between the
/// geometries, 0 when they intersect), nearest first, up to `max_distance`: one row per pair with
/// `from`'s geometry and attributes, `to`'s attributes, `distance` and `rank` (1 = nearest).
/// Features of `from` without a neighbour in reach are kept with nulls.
///
/// # Errors
/// `k` is 0.
pub fn nearest(from: &Layer, to: &Layer, k: usize, max_distance: Option<f64>) -> Result<Layer> {
    Ok(nearest_rows(from, to, k, max_distance)?.to_layer())
}

/// [`nearest`] as [`Rows`]: the pairs and distances, with the attributes taken from `from` and
/// `to` when a row is written (the result of k = 5 over 100,000 addresses never exists as
/// 500,000 copied features).
///
/// # Errors
/// `k` is 0.
pub fn nearest_rows<'a>(
    from: &'a Layer,
    to: &'a Layer,
    k: usize,
    max_distance: Option<f64>,
) -> Result<NearestRows<'a>> {
    if k == 0 {
        return Err(Error::Argument("-k must be at least 1".into()));
    }
    let max = max_distance.unwrap_or(f64::INFINITY);
    let index = LayerIndex::build(to);
    let found: Vec<Vec<(usize, f64)>> = from
        .features
        .par_iter()
        .map(|f| {
            let Some(g) = &f.geometry else {
                return Vec::new();
            };
            let exact = |j: usize| {
                to.features[j]
                    .geometry
                    .as_ref()
                    .map_or(f64::INFINITY, |h| distance(g, h))
            };
            match g {
                Geometry::Point(p) => index.nearest(p.x(), p.y(), 0.0, k, max, exact),
                _ => {
                    // Lines and polygons: search from the envelope centre with the half diagonal
                    // as slack, so no nearer feature is missed.
                    let b = Bbox::of(g);
                    let (cx, cy) = ((b.min_x + b.max_x) / 2.0, (b.min_y + b.max_y) / 2.0);
                    let r = (b.max_x - b.min_x).hypot(b.max_y - b.min_y) / 2.0;
                    index.nearest(cx, cy, r, k, max, exact)
                }
            }
        })
        .collect();
    let mut schema = concat_schemas(&from.schema, &to.schema);
    for (n, t) in [("distance", FieldType::Float), ("rank", FieldType::Int)] {
        let name = if schema.index_of(n).is_some() {
            format!("{n}_nearest")
        } else {
            n.to_string()
        };
        schema.observe(&name, Some(t));
    }
    let mut pairs = Vec::with_capacity(found.iter().map(|h| h.len().max(1)).sum());
    for (i, hits) in found.into_iter().enumerate() {
        if hits.is_empty() {
            pairs.push(Pair {
                from: i,
                to: None,
                distance: 0.0,
                rank: 0,
            });
        }
        for (rank, (j, d)) in hits.into_iter().enumerate() {
            pairs.push(Pair {
                from: i,
                to: Some(j),
                distance: d,
                rank: rank as i64 + 1,
            });
        }
    }
    Ok(NearestRows {
        from,
        to,
        schema,
        pairs,
    })
}

/// One row of a nearest join.
struct Pair {
    from: usize,
    to: Option<usize>,
    distance: f64,
    rank: i64,
}

/// The result of [`nearest_rows`]: pairs of features and their distances.
pub struct NearestRows<'a> {
    from: &'a Layer,
    to: &'a Layer,
    schema: Schema,
    pairs: Vec<Pair>,
}

impl Rows for NearestRows<'_> {
    fn schema(&self) -> &Schema {
        &self.schema
    }
    fn len(&self) -> usize {
        self.pairs.len()
    }
    fn geometry(&self, i: usize) -> Option<&Geometry<f64>> {
        self.pairs
            .get(i)
            .and_then(|p| self.from.features[p.from].geometry.as_ref())
    }
    fn values<'a>(&'a self, i: usize, out: &mut Vec<Cow<'a, Value>>) {
        let Some(p) = self.pairs.get(i) else { return };
        let (na, nb) = (self.from.schema.len(), self.to.schema.len());
        let pad = |out: &mut Vec<Cow<'a, Value>>, n: usize| {
            out.resize(n, Cow::Owned(Value::Null));
        };
        self.from.values(p.from, out);
        pad(out, na);
        let Some(j) = p.to else {
            // No neighbour in reach: nulls for the rest.
            pad(out, self.schema.len());
            return;
        };
        self.to.values(j, out);
        pad(out, na + nb);
        out.push(Cow::Owned(Value::Float(p.distance)));
        out.push(Cow::Owned(Value::Int(p.rank)));
    }
}

fn distance(a: &Geometry<f64>, b: &Geometry<f64>) -> f64 {
    Euclidean.distance(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::point;
    use saale_model::Feature;
    use saale_model::Schema;

    fn pts(v: &[(f64, f64)]) -> Layer {
        Layer {
            schema: Schema::new(),
            features: v
                .iter()
                .map(|(x, y)| Feature {
                    geometry: Some(Geometry::Point(point!(x: *x, y: *y))),
                    values: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn k_nearest_with_distances_and_cap() {
        let from = pts(&[(0.0, 0.0)]);
        let to = pts(&[(3.0, 4.0), (1.0, 0.0), (0.0, -2.0), (10.0, 10.0)]);
        let r = nearest(&from, &to, 2, None).expect("nearest");
        assert_eq!(r.features.len(), 2);
        assert_eq!(r.features[0].values, vec![Value::Float(1.0), Value::Int(1)]);
        assert_eq!(r.features[1].values, vec![Value::Float(2.0), Value::Int(2)]);
        let capped = nearest(&from, &to, 5, Some(4.0)).expect("nearest");
        assert_eq!(capped.features.len(), 2);
        let none = nearest(&from, &to, 1, Some(0.5)).expect("nearest");
        assert_eq!(none.features.len(), 1);
        assert!(none.features[0].values[0].is_null());
    }
}
