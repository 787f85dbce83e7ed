//! The boundary rule: which polygons hold a point.
//!
//! A point strictly inside several polygons is held by each of them. A point on a polygon's
//! boundary is held by it exactly when the point shifted by an infinitesimal step in +x (and,
//! where that step runs along a horizontal edge, by a smaller one in +y) lies inside. Two
//! polygons sharing an edge therefore hold a point of that edge exactly once, and a point on
//! A's edge inside B is held by B (and by A only if the shift goes into A).
//!
//! The test is the crossing-number test of the shifted point `(x + ε, y + ε²)`, evaluated
//! symbolically: an edge counts when it straddles the horizontal line through the point with
//! half-open y-intervals (`y_a > y` differs from `y_b > y`) and lies strictly to the right of
//! the point (robust orientation, so no rounding decides a boundary case). Interior and
//! exterior points get the ordinary answer; boundary points get the shifted one.

use geo::kernels::{Kernel, Orientation, RobustKernel};
use rayon::prelude::*;
use saale_index::LayerIndex;
use saale_model::geo_types::{Coord, LineString, Polygon};
use saale_model::{Bbox, Geometry, Layer};

/// Does the polygonal geometry `g` hold the point `p` under the boundary rule? Geometries
/// without area (points, lines) hold nothing; a collection holds what one of its members
/// holds.
#[must_use]
pub fn holds(g: &Geometry<f64>, p: Coord<f64>) -> bool {
    match g {
        Geometry::Polygon(pg) => polygon_holds(pg, p),
        Geometry::MultiPolygon(mp) => mp.0.iter().any(|pg| polygon_holds(pg, p)),
        Geometry::Rect(r) => polygon_holds(&r.to_polygon(), p),
        Geometry::Triangle(t) => polygon_holds(&t.to_polygon(), p),
        Geometry::GeometryCollection(gc) => gc.0.iter().any(|m| holds(m, p)),
        Geometry::Point(_)
        | Geometry::MultiPoint(_)
        | Geometry::Line(_)
        | Geometry::LineString(_)
        | Geometry::MultiLineString(_) => false,
    }
}

fn polygon_holds(pg: &Polygon<f64>, p: Coord<f64>) -> bool {
    let mut odd = crossings(pg.exterior(), p);
    for hole in pg.interiors() {
        odd ^= crossings(hole, p);
    }
    odd
}

/// Parity of the edges of `ring` that the ray from the shifted point in +x crosses.
fn crossings(ring: &LineString<f64>, p: Coord<f64>) -> bool {
    let mut odd = false;
    for w in ring.0.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a.y > p.y) == (b.y > p.y) {
            continue;
        }
        let o = RobustKernel::orient2d(a, b, p);
        // Upward edge: crossed when the point is on its left; downward: on its right.
        // Collinear means the point is on the edge; the shifted point is then to its right.
        let crossed = if b.y > a.y {
            o == Orientation::CounterClockwise
        } else {
            o == Orientation::Clockwise
        };
        odd ^= crossed;
    }
    // An unclosed ring is closed implicitly.
    if let (Some(&first), Some(&last)) = (ring.0.first(), ring.0.last()) {
        if first != last && ((last.y > p.y) != (first.y > p.y)) {
            let o = RobustKernel::orient2d(last, first, p);
            odd ^= if first.y > last.y {
                o == Orientation::CounterClockwise
            } else {
                o == Orientation::Clockwise
            };
        }
    }
    odd
}

/// The point coordinates of a point feature (a point, or each member of a multipoint);
/// empty for other geometries.
fn point_coords(g: &Geometry<f64>) -> Vec<Coord<f64>> {
    match g {
        Geometry::Point(p) => vec![p.0],
        Geometry::MultiPoint(mp) => mp.0.iter().map(|p| p.0).collect(),
        _ => Vec::new(),
    }
}

/// Every (point feature, polygon feature) pair in which the polygon holds the point by the
/// boundary rule, sorted by point then polygon. A multipoint is held when one of its points
/// is (once per polygon). Features that are not points, and polygons without area, pair with
/// nothing.
///
/// # Runtime
/// One bulk-loaded R-tree over the polygons; each point tests only the polygons whose
/// envelope holds it, in parallel.
#[must_use]
pub fn point_polygon_pairs(polygons: &Layer, points: &Layer) -> Vec<(usize, usize)> {
    let index = LayerIndex::build(polygons);
    let per_point: Vec<Vec<usize>> = points
        .features
        .par_iter()
        .map(|f| {
            let Some(g) = f.geometry.as_ref() else {
                return Vec::new();
            };
            let coords = point_coords(g);
            if coords.is_empty() {
                return Vec::new();
            }
            let mut cands = Vec::new();
            index.for_each_in_bbox(&Bbox::of(g), |j| cands.push(j));
            cands.sort_unstable();
            cands.dedup();
            cands.retain(|&j| {
                polygons.features[j]
                    .geometry
                    .as_ref()
                    .is_some_and(|pg| coords.iter().any(|&c| holds(pg, c)))
            });
            cands
        })
        .collect();
    per_point
        .into_iter()
        .enumerate()
        .flat_map(|(i, js)| js.into_iter().map(move |j| (i, j)))
        .collect()
}

/// How the pairs of [`point_polygon_pairs`] relate to the points: how many points are held by
/// no polygon, and how many by more than one (the polygons overlap there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairStats {
    /// (point, polygon) pairs.
    pub pairs: usize,
    /// Point features held by at least one polygon.
    pub points_held: usize,
    /// Point features held by two or more polygons.
    pub points_in_several: usize,
}

impl PairStats {
    /// Statistics of `pairs` (sorted by point, as [`point_polygon_pairs`] returns them).
    #[must_use]
    pub fn of(pairs: &[(usize, usize)]) -> PairStats {
        let mut s = PairStats {
            pairs: pairs.len(),
            ..PairStats::default()
        };
        let mut i = 0;
        while i < pairs.len() {
            let mut j = i + 1;
            while j < pairs.len() && pairs[j].0 == pairs[i].0 {
                j += 1;
            }
            s.points_held += 1;
            if j - i > 1 {
                s.points_in_several += 1;
            }
            i = j;
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::{coord, polygon};

    fn sq(x0: f64, y0: f64, s: f64) -> Geometry<f64> {
        Geometry::Polygon(polygon![
            (x: x0, y: y0), (x: x0 + s, y: y0), (x: x0 + s, y: y0 + s), (x: x0, y: y0 + s), (x: x0, y: y0)
        ])
    }

    #[test]
    fn shared_edges_and_vertices_go_to_the_side_of_the_shift() {
        let a = sq(0.0, 0.0, 1.0);
        let b = sq(1.0, 0.0, 1.0);
        let c = sq(0.0, 1.0, 1.0);
        // On the vertical edge shared by a and b: the +x shift goes into b.
        let p = coord! { x: 1.0, y: 0.5 };
        assert!(!holds(&a, p) && holds(&b, p));
        // On the horizontal edge shared by a and c: +x runs along it, +y goes into c.
        let p = coord! { x: 0.5, y: 1.0 };
        assert!(!holds(&a, p) && holds(&c, p));
        // The lower-left corner of a is held by a; its other corners are not.
        assert!(holds(&a, coord! { x: 0.0, y: 0.0 }));
        assert!(!holds(&a, coord! { x: 1.0, y: 0.0 }));
        assert!(!holds(&a, coord! { x: 1.0, y: 1.0 }));
        assert!(!holds(&a, coord! { x: 0.0, y: 1.0 }));
        // Interior and exterior as usual; nested polygons both hold an inner point.
        let inner = sq(0.25, 0.25, 0.5);
        let p = coord! { x: 0.5, y: 0.5 };
        assert!(holds(&a, p) && holds(&inner, p));
        assert!(!holds(&a, coord! { x: 2.5, y: 0.5 }));
    }

    #[test]
    fn holes_and_reversed_rings() {
        let with_hole = Geometry::Polygon(polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 4.0, y: 0.0), (x: 4.0, y: 4.0), (x: 0.0, y: 4.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 1.0, y: 1.0), (x: 1.0, y: 3.0), (x: 3.0, y: 3.0), (x: 3.0, y: 1.0), (x: 1.0, y: 1.0)]],
        ));
        assert!(!holds(&with_hole, coord! { x: 2.0, y: 2.0 }));
        assert!(holds(&with_hole, coord! { x: 0.5, y: 2.0 }));
        // The hole's left edge: the shift goes into the hole.
        assert!(!holds(&with_hole, coord! { x: 1.0, y: 2.0 }));
        // The hole's right edge: the shift leaves the hole.
        assert!(holds(&with_hole, coord! { x: 3.0, y: 2.0 }));
        // A clockwise ring gives the same answers.
        let cw = Geometry::Polygon(polygon![
            (x: 0.0, y: 0.0), (x: 0.0, y: 1.0), (x: 1.0, y: 1.0), (x: 1.0, y: 0.0), (x: 0.0, y: 0.0)
        ]);
        assert!(holds(&cw, coord! { x: 0.0, y: 0.5 }));
        assert!(!holds(&cw, coord! { x: 1.0, y: 0.5 }));
    }

    #[test]
    fn a_partition_holds_every_boundary_point_once() {
        // A 3x3 grid of unit squares; every point on a grid line inside the outer square
        // (away from its right and top edges) is held exactly once.
        let cells: Vec<Geometry<f64>> = (0..3)
            .flat_map(|i| (0..3).map(move |j| sq(f64::from(i), f64::from(j), 1.0)))
            .collect();
        for k in 0..=10 {
            for l in 0..=10 {
                let p = coord! { x: f64::from(k) * 0.25, y: f64::from(l) * 0.25 };
                let n = cells.iter().filter(|c| holds(c, p)).count();
                assert_eq!(n, 1, "{p:?}");
            }
        }
    }
}
