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
    }
}
