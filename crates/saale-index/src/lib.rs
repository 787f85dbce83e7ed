//! In-memory spatial index over a layer's features: a bulk-loaded R-tree (`rstar`) of feature
//! envelopes.
//!
//! # Runtime
//! Building is `O(n log n)` (bulk load; prefer it to inserting one by one). A bounding-box
//! query costs `O(log n + k)` for `k` hits.

use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{RTree, AABB};
use saale_model::{Bbox, Layer};

type Entry = GeomWithData<Rectangle<[f64; 2]>, usize>;

/// R-tree of the envelopes of a layer's features (features without geometry are left out).
pub struct LayerIndex {
    tree: RTree<Entry>,
}

impl LayerIndex {
    /// Bulk-load the envelopes of `layer`'s features.
    #[must_use]
    pub fn build(layer: &Layer) -> Self {
        let entries = layer
            .features
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let b = Bbox::of(f.geometry.as_ref()?);
                (!b.is_empty()).then(|| {
                    GeomWithData::new(
                        Rectangle::from_corners([b.min_x, b.min_y], [b.max_x, b.max_y]),
                        i,
                    )
                })
            })
            .collect();
        Self {
            tree: RTree::bulk_load(entries),
        }
    }

    /// Bulk-load from `(feature index, envelope)` pairs, e.g. geometries kept apart from a
    /// layer or transformed to another CRS. Empty envelopes are left out.
    #[must_use]
    pub fn from_envelopes(envelopes: impl IntoIterator<Item = (usize, Bbox)>) -> Self {
        let entries = envelopes
            .into_iter()
            .filter(|(_, b)| !b.is_empty())
            .map(|(i, b)| {
                GeomWithData::new(
                    Rectangle::from_corners([b.min_x, b.min_y], [b.max_x, b.max_y]),
                    i,
                )
            })
            .collect();
        Self {
            tree: RTree::bulk_load(entries),
        }
    }

    /// Number of indexed features.
    #[must_use]
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    /// True when nothing is indexed.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
    }

    /// Call `f` with the index of every feature whose envelope intersects `bbox` (any order, no
    /// allocation).
    pub fn for_each_in_bbox(&self, bbox: &Bbox, mut f: impl FnMut(usize)) {
        let env = AABB::from_corners([bbox.min_x, bbox.min_y], [bbox.max_x, bbox.max_y]);
        for e in self.tree.locate_in_envelope_intersecting(&env) {
            f(e.data);
        }
    }

    /// The `k` nearest features to a query geometry by an exact distance, nearest first, up to
    /// `max_distance`. The query is given by a point `(x, y)` and a `slack`: every point of the
    /// query geometry lies within `slack` of `(x, y)` (0 for a point query). `exact(i)` gives
    /// the true distance to feature `i`; it is at least the envelope distance minus `slack`,
    /// which lets the search stop early. Ties are broken by feature index.
    pub fn nearest(
        &self,
        x: f64,
        y: f64,
        slack: f64,
        k: usize,
        max_distance: f64,
        mut exact: impl FnMut(usize) -> f64,
    ) -> Vec<(usize, f64)> {
        let mut best: Vec<(usize, f64)> = Vec::with_capacity(k + 1);
        if k == 0 {
            return best;
        }
        for (e, d2) in self.tree.nearest_neighbor_iter_with_distance_2(&[x, y]) {
            let lower = (d2.sqrt() - slack).max(0.0);
            let kth = if best.len() == k {
                best[k - 1].1
            } else {
                f64::INFINITY
            };
            if lower > kth || lower > max_distance {
                break;
            }
            let d = exact(e.data);
            if d > max_distance {
                continue;
            }
            let pos = best
                .iter()
                .position(|&(i, bd)| d < bd || (d == bd && e.data < i))
                .unwrap_or(best.len());
            if pos < k {
                best.insert(pos, (e.data, d));
                best.truncate(k);
            }
        }
        best
    }

    /// Indices of features whose envelope intersects `bbox`, in ascending order.
    #[must_use]
    pub fn query_bbox(&self, bbox: &Bbox) -> Vec<usize> {
        let env = AABB::from_corners([bbox.min_x, bbox.min_y], [bbox.max_x, bbox.max_y]);
        let mut hits: Vec<usize> = self
            .tree
            .locate_in_envelope_intersecting(&env)
            .map(|e| e.data)
            .collect();
        hits.sort_unstable();
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::point;
    use saale_model::{Feature, Geometry};

    #[test]
    fn bbox_query_finds_points_inside() {
        let layer = Layer {
            features: (0..100)
                .map(|i| Feature {
                    geometry: Some(Geometry::Point(point!(x: f64::from(i), y: f64::from(i)))),
                    values: vec![],
                })
                .chain(std::iter::once(Feature {
                    geometry: None,
                    values: vec![],
                }))
                .collect(),
            ..Layer::default()
        };
        let idx = LayerIndex::build(&layer);
        assert_eq!(idx.len(), 100);
        let b = Bbox {
            min_x: 9.5,
            min_y: 0.0,
            max_x: 12.0,
            max_y: 50.0,
        };
        assert_eq!(idx.query_bbox(&b), vec![10, 11, 12]);
        let near = idx.nearest(20.2, 20.2, 0.0, 3, f64::INFINITY, |i| {
            ((i as f64 - 20.2).powi(2) * 2.0).sqrt()
        });
        assert_eq!(
            near.iter().map(|n| n.0).collect::<Vec<_>>(),
            vec![20, 21, 19]
        );
        let capped = idx.nearest(20.2, 20.2, 0.0, 3, 1.0, |i| {
            ((i as f64 - 20.2).powi(2) * 2.0).sqrt()
        });
        assert_eq!(capped.len(), 1);
    }
}
