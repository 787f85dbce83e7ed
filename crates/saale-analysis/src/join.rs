//! Join attributes by location and count points in polygons.

use std::str::FromStr;

use geo::{Contains, Distance, Euclidean, Intersects, Relate, Within};
use rayon::prelude::*;
use saale_index::LayerIndex;
use saale_model::{Bbox, FieldType, Geometry, Layer, Rows, Value, WithColumns};

use crate::boundary::{point_polygon_pairs, PairStats};
use crate::util::{concat_schemas, field_index, padded, row_with, with_fields};
use crate::{Error, Result};

/// A spatial predicate between a target feature `a` and a source feature `b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Predicate {
    /// `a` and `b` share at least one point (boundaries included).
    Intersects,
    /// `a` lies within `b` (no point of `a` outside `b`, interiors meet).
    Within,
    /// `a` contains `b`.
    Contains,
    /// Boundaries meet, interiors do not.
    Touches,
    /// Euclidean distance at most this many metres.
    DWithin(f64),
}

impl FromStr for Predicate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "intersects" => Predicate::Intersects,
            "within" => Predicate::Within,
            "contains" => Predicate::Contains,
            "touches" => Predicate::Touches,
            _ => match s.strip_prefix("dwithin:").map(str::parse::<f64>) {
                Some(Ok(d)) if d >= 0.0 && d.is_finite() => Predicate::DWithin(d),
                _ => {
                    return Err(Error::Argument(format!(
                        "unknown predicate '{s}': use intersects, within, contains, touches or \
                         dwithin:METRES"
                    )))
                }
            },
        })
    }
}

impl Predicate {
    /// Name as written on the command line and in provenance.
    #[must_use]
    pub fn name(&self) -> String {
        match self {
            Predicate::Intersects => "intersects".into(),
            Predicate::Within => "within".into(),
            Predicate::Contains => "contains".into(),
            Predicate::Touches => "touches".into(),
            Predicate::DWithin(d) => format!("dwithin:{d}"),
        }
    }

    fn test(&self, a: &Geometry<f64>, b: &Geometry<f64>) -> bool {
        match self {
            Predicate::Intersects => a.intersects(b),
            Predicate::Within => a.is_within(b),
            Predicate::Contains => a.contains(b),
            Predicate::Touches => a.relate(b).is_touches(),
            Predicate::DWithin(d) => Euclidean.distance(a, b) <= *d,
        }
    }

    /// How far from a target a matching source feature can lie: the distance of `dwithin`,
    /// else 0.
    #[must_use]
    pub fn reach(&self) -> f64 {
        match self {
            Predicate::DWithin(d) => *d,
            _ => 0.0,
        }
    }
}

/// A summary of the joined source features per target feature.
#[derive(Debug, Clone, PartialEq)]
pub enum Aggregate {
    /// Number of matches.
    Count,
    /// Sum of a numeric field.
    Sum(String),
    /// Mean of a numeric field.
    Mean(String),
    /// Minimum of a numeric field.
    Min(String),
    /// Maximum of a numeric field.
    Max(String),
}

impl FromStr for Aggregate {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s == "count" {
            return Ok(Aggregate::Count);
        }
        let (op, f) = s.split_once(':').ok_or_else(|| {
            Error::Argument(format!(
                "unknown summary '{s}': use count, sum:FIELD, mean:FIELD, min:FIELD, max:FIELD"
            ))
        })?;
        let f = f.to_string();
        Ok(match op {
            "sum" => Aggregate::Sum(f),
            "mean" => Aggregate::Mean(f),
            "min" => Aggregate::Min(f),
            "max" => Aggregate::Max(f),
            _ => return Err(Error::Argument(format!("unknown summary '{op}'"))),
        })
    }
}

impl Aggregate {
    fn column(&self) -> String {
        match self {
            Aggregate::Count => "count".into(),
            Aggregate::Sum(f) => format!("sum_{f}"),
            Aggregate::Mean(f) => format!("mean_{f}"),
            Aggregate::Min(f) => format!("min_{f}"),
            Aggregate::Max(f) => format!("max_{f}"),
        }
    }
    fn field(&self) -> Option<&str> {
        match self {
            Aggregate::Count => None,
            Aggregate::Sum(f) | Aggregate::Mean(f) | Aggregate::Min(f) | Aggregate::Max(f) => {
                Some(f)
            }
        }
    }
}

/// Matches of every target feature among the source features, in source order.
fn matches(target: &Layer, source: &Layer, pred: Predicate) -> Vec<Vec<usize>> {
    let index = LayerIndex::build(source);
    target
        .features
        .par_iter()
        .map(|t| {
            let Some(g) = &t.geometry else {
                return Vec::new();
            };
            let mut hits = Vec::new();
            index.for_each_in_bbox(&Bbox::of(g).grown(pred.reach()), |j| {
                if let Some(sg) = &source.features[j].geometry {
                    if pred.test(g, sg) {
                        hits.push(j);
                    }
                }
            });
            hits.sort_unstable();
            hits
        })
        .collect()
}

/// Join attributes by location: each target feature with the source features that satisfy
/// `pred`; one row per match (target geometry), or with `summary` one row per target feature
/// with the aggregates. `left` keeps target features without a match (source fields null).
///
/// # Errors
/// A summary names a field the source does not have.
pub fn spatial_join(
    target: &Layer,
    source: &Layer,
    source_name: &str,
    pred: Predicate,
    left: bool,
    summary: Option<&[Aggregate]>,
) -> Result<Layer> {
    let m = matches(target, source, pred);
    if let Some(aggs) = summary {
        let idx: Vec<Option<usize>> = aggs
            .iter()
            .map(|a| {
                a.field()
                    .map(|f| field_index(source, source_name, f))
                    .transpose()
            })
            .collect::<Result<_>>()?;
        let cols: Vec<(String, FieldType)> = aggs
            .iter()
            .map(|a| {
                (
                    a.column(),
                    if *a == Aggregate::Count {
                        FieldType::Int
                    } else {
                        FieldType::Float
                    },
                )
            })
            .collect();
        let extra: Vec<(&str, FieldType)> = cols.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        let schema = with_fields(&target.schema, &extra);
        let n = target.schema.len();
        let features = target
            .features
            .iter()
            .zip(&m)
            .filter(|(_, hits)| left || !hits.is_empty())
            .map(|(t, hits)| {
                let mut values = Vec::with_capacity(aggs.len());
                for (a, fi) in aggs.iter().zip(&idx) {
                    let nums: Vec<f64> = match fi {
                        Some(i) => hits
                            .iter()
                            .filter_map(|&j| source.features[j].value(*i).as_f64())
                            .collect(),
                        None => Vec::new(),
                    };
                    values.push(match a {
                        Aggregate::Count => Value::Int(hits.len() as i64),
                        Aggregate::Sum(_) => Value::Float(nums.iter().sum()),
                        Aggregate::Mean(_) if nums.is_empty() => Value::Null,
                        Aggregate::Mean(_) => {
                            Value::Float(nums.iter().sum::<f64>() / nums.len() as f64)
                        }
                        Aggregate::Min(_) => nums
                            .iter()
                            .copied()
                            .reduce(f64::min)
                            .map_or(Value::Null, Value::Float),
                        Aggregate::Max(_) => nums
                            .iter()
                            .copied()
                            .reduce(f64::max)
                            .map_or(Value::Null, Value::Float),
                    });
                }
                row_with(t, n, values)
            })
            .collect();
        return Ok(Layer { schema, features });
    }
    let schema = concat_schemas(&target.schema, &source.schema);
    let (na, nb) = (target.schema.len(), source.schema.len());
    let mut features = Vec::new();
    for (t, hits) in target.features.iter().zip(&m) {
        if hits.is_empty() {
            if left {
                features.push(row_with(t, na + nb, []));
            }
            continue;
        }
        for &j in hits {
            features.push(row_with(t, na, padded(&source.features[j], nb)));
        }
    }
    Ok(Layer { schema, features })
}

/// Count points in polygons (or sum `weight`): every polygon feature with a `count` column
/// (Int), or `sum_<weight>` (Float). Only point (and multipoint) features are counted; lines and
/// polygons of a mixed layer are ignored. A point inside several (overlapping) polygons counts
/// in each; a point on a boundary counts where the crate's boundary rule puts it, so a point
/// on an edge shared by two polygons counts once.
///
/// # Errors
/// `weight` names a field the points do not have.
pub fn count_points(
    polygons: &Layer,
    points: &Layer,
    points_name: &str,
    weight: Option<&str>,
) -> Result<Layer> {
    Ok(count_points_rows(polygons, points, points_name, weight)?
        .0
        .to_layer())
}

/// [`count_points`] as [`Rows`]: the polygons are borrowed, not copied into the result; with
/// how the points relate to the polygons (held by none, by several).
///
/// # Errors
/// `weight` names a field the points do not have.
pub fn count_points_rows<'a>(
    polygons: &'a Layer,
    points: &Layer,
    points_name: &str,
    weight: Option<&str>,
) -> Result<(WithColumns<'a>, PairStats)> {
    let wi = weight
        .map(|w| field_index(points, points_name, w))
        .transpose()?;
    let n = polygons.features.len();
    let pairs = point_polygon_pairs(polygons, points);
    let mut counts = vec![0i64; n];
    let mut sums = vec![0.0f64; n];
    for &(i, j) in &pairs {
        counts[j] += 1;
        if let Some(w) = wi {
            sums[j] += points.features[i].value(w).as_f64().unwrap_or(0.0);
        }
    }
    let col = match weight {
        Some(w) => (format!("sum_{w}"), FieldType::Float),
        None => ("count".to_string(), FieldType::Int),
    };
    let schema = with_fields(&polygons.schema, &[(col.0.as_str(), col.1)]);
    let extra = if wi.is_some() {
        sums.into_iter().map(Value::Float).collect()
    } else {
        counts.into_iter().map(Value::Int).collect()
    };
    Ok((
        WithColumns::new(polygons, schema, extra),
        PairStats::of(&pairs),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::{point, polygon};
    use saale_model::Feature;
    use saale_model::Schema;

    fn squares() -> Layer {
        let sq = |x: f64| {
            Geometry::Polygon(
                polygon![(x: x, y: 0.0), (x: x + 1.0, y: 0.0), (x: x + 1.0, y: 1.0), (x: x, y: 1.0), (x: x, y: 0.0)],
            )
        };
        Layer {
            schema: Schema::from_fields([saale_model::Field {
                name: "id".into(),
                ty: FieldType::Int,
            }]),
            features: (0..2)
                .map(|i| Feature {
                    geometry: Some(sq(f64::from(i))),
                    values: vec![Value::Int(i64::from(i))],
                })
                .collect(),
        }
    }

    fn points(ps: &[(f64, f64)]) -> Layer {
        Layer {
            schema: Schema::from_fields([saale_model::Field {
                name: "w".into(),
                ty: FieldType::Float,
            }]),
            features: ps
                .iter()
                .map(|(x, y)| Feature {
                    geometry: Some(Geometry::Point(point!(x: *x, y: *y))),
                    values: vec![Value::Float(2.0)],
                })
                .collect(),
        }
    }

    #[test]
    fn boundary_points_counted_once() {
        // (1, 0.5) is on the shared edge (the +x shift puts it in the second square),
        // (0.5, 0.5) inside the first, (5, 5) outside.
        let pts = points(&[(1.0, 0.5), (0.5, 0.5), (5.0, 5.0), (1.5, 0.5)]);
        let c = count_points(&squares(), &pts, "pts", None).expect("count");
        let counts: Vec<_> = c.features.iter().map(|f| f.values[1].clone()).collect();
        assert_eq!(counts, vec![Value::Int(1), Value::Int(2)]);
        let s = count_points(&squares(), &pts, "pts", Some("w")).expect("sum");
        assert_eq!(s.features[1].values[1], Value::Float(4.0));
        // intersects reports the boundary point in both, within in neither.
        let j =
            spatial_join(&pts, &squares(), "sq", Predicate::Intersects, false, None).expect("join");
        assert_eq!(j.features.len(), 4);
        let w = spatial_join(&pts, &squares(), "sq", Predicate::Within, true, None).expect("join");
        assert_eq!(w.features.len(), 4);
        assert!(w.features[0].values[1].is_null());
        let sum = spatial_join(
            &squares(),
            &pts,
            "pts",
            Predicate::DWithin(0.6),
            true,
            Some(&[Aggregate::Count, Aggregate::Sum("w".into())]),
        )
        .expect("summary");
        assert_eq!(sum.features[0].values[1], Value::Int(3));
        assert_eq!(sum.features[1].values[2], Value::Float(6.0));
        assert!("dwithin:x".parse::<Predicate>().is_err());
    }

    /// Issue 15.1: a point strictly inside two overlapping polygons (a school inside a forest)
    /// was counted only in the first; it counts in each.
    #[test]
    fn count_in_overlapping_polygons_counts_each_pair() {
        let big = Geometry::Polygon(
            polygon![(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 10.0), (x: 0.0, y: 0.0)],
        );
        let small = Geometry::Polygon(
            polygon![(x: 2.0, y: 2.0), (x: 4.0, y: 2.0), (x: 4.0, y: 4.0), (x: 2.0, y: 4.0), (x: 2.0, y: 2.0)],
        );
        let polys = Layer {
            schema: Schema::new(),
            features: [big, small]
                .into_iter()
                .map(|g| Feature {
                    geometry: Some(g),
                    values: vec![],
                })
                .collect(),
        };
        // Inside both, inside the big one only, on the small one's left edge (the shift goes
        // into it), on its right edge (the shift leaves it), outside.
        let pts = points(&[(3.0, 3.0), (8.0, 8.0), (2.0, 3.0), (4.0, 3.0), (20.0, 0.0)]);
        let (rows, stats) = count_points_rows(&polys, &pts, "pts", None).expect("count");
        let c = rows.to_layer();
        let counts: Vec<_> = c.features.iter().map(|f| f.values[0].clone()).collect();
        assert_eq!(counts, vec![Value::Int(4), Value::Int(2)]);
        assert_eq!(
            stats,
            PairStats {
                pairs: 6,
                points_held: 4,
                points_in_several: 2
            }
        );
    }
}
