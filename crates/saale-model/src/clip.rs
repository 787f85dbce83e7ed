//! Clipping to an axis-parallel rectangle.
//!
//! Written here rather than taken from `geo`'s boolean operations: against a rectangle,
//! Sutherland-Hodgman is linear-time and never fails, which is what tile generators
//! (tippecanoe, geojson-vt) do. A ring that leaves the rectangle and comes back is joined along
//! the rectangle's edge, so users clip to a rectangle a little larger than what they look at
//! (tiles: the buffer; overlays: a margin around the other polygon).

use geo_types::{Coord, LineString, MultiPolygon, Polygon};

use crate::Bbox;

/// Clip a polygon ring (closed or not) with Sutherland-Hodgman. The result is closed, or
/// empty when nothing of the ring is inside.
#[must_use]
pub fn clip_ring(ring: &[Coord<f64>], b: &Bbox) -> Vec<Coord<f64>> {
    let mut pts: Vec<Coord<f64>> = ring.to_vec();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    if pts
        .iter()
        .all(|c| c.x >= b.min_x && c.x <= b.max_x && c.y >= b.min_y && c.y <= b.max_y)
    {
        if pts.len() >= 3 {
            pts.push(pts[0]);
            return pts;
        }
        return Vec::new();
    }
    // Four half-planes: x >= lo, x <= hi, y >= lo, y <= hi.
    for edge in 0..4 {
        if pts.is_empty() {
            break;
        }
        let inside = |c: &Coord<f64>| match edge {
            0 => c.x >= b.min_x,
            1 => c.x <= b.max_x,
            2 => c.y >= b.min_y,
            _ => c.y <= b.max_y,
        };
        let cross = |p: &Coord<f64>, q: &Coord<f64>| -> Coord<f64> {
            let (t, fixed_x) = match edge {
                0 => ((b.min_x - p.x) / (q.x - p.x), true),
                1 => ((b.max_x - p.x) / (q.x - p.x), true),
                2 => ((b.min_y - p.y) / (q.y - p.y), false),
                _ => ((b.max_y - p.y) / (q.y - p.y), false),
            };
            let c = Coord {
                x: p.x + t * (q.x - p.x),
                y: p.y + t * (q.y - p.y),
            };
            // Snap exactly onto the clip line against rounding.
            match (fixed_x, edge) {
                (true, 0) => Coord { x: b.min_x, ..c },
                (true, _) => Coord { x: b.max_x, ..c },
                (false, 2) => Coord { y: b.min_y, ..c },
                (false, _) => Coord { y: b.max_y, ..c },
            }
        };
        let input = std::mem::take(&mut pts);
        let n = input.len();
        for i in 0..n {
            let cur = input[i];
            let prev = input[(i + n - 1) % n];
            let (ci, pi) = (inside(&cur), inside(&prev));
            if ci {
                if !pi {
                    pts.push(cross(&prev, &cur));
                }
                pts.push(cur);
            } else if pi {
                pts.push(cross(&prev, &cur));
            }
        }
    }
    if pts.len() < 3 {
        return Vec::new();
    }
    pts.push(pts[0]);
    pts
}

/// The part of a multipolygon inside `b` (rings clipped with [`clip_ring`]); `None` when
/// nothing is inside. Polygons inside `b` are kept as they are.
#[must_use]
pub fn clip_multipolygon(m: &MultiPolygon<f64>, b: &Bbox) -> Option<MultiPolygon<f64>> {
    let mut out = Vec::new();
    for p in &m.0 {
        let mut pb = Bbox::empty();
        for c in &p.exterior().0 {
            pb.add(*c);
        }
        if pb.is_empty() || !pb.intersects(b) {
            continue;
        }
        if pb.min_x >= b.min_x && pb.max_x <= b.max_x && pb.min_y >= b.min_y && pb.max_y <= b.max_y
        {
            out.push(p.clone());
            continue;
        }
        let ext = clip_ring(&p.exterior().0, b);
        if ext.is_empty() {
            continue;
        }
        let holes = p
            .interiors()
            .iter()
            .map(|r| clip_ring(&r.0, b))
            .filter(|r| !r.is_empty())
            .map(LineString)
            .collect();
        out.push(Polygon::new(LineString(ext), holes));
    }
    (!out.is_empty()).then_some(MultiPolygon(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::polygon;

    #[test]
    fn clips_a_square_with_a_hole_to_a_rectangle() {
        let p = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 10.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 1.0, y: 1.0), (x: 2.0, y: 1.0), (x: 2.0, y: 2.0), (x: 1.0, y: 2.0), (x: 1.0, y: 1.0)]],
        );
        let b = Bbox {
            min_x: 5.0,
            min_y: -1.0,
            max_x: 20.0,
            max_y: 4.0,
        };
        let c = clip_multipolygon(&MultiPolygon(vec![p.clone()]), &b).expect("inside");
        // The right half of the lower part: 5 x 4, the hole is outside.
        assert_eq!(c.0.len(), 1);
        assert!(c.0[0].interiors().is_empty());
        let area: f64 = geo::Area::unsigned_area(&c);
        assert!((area - 20.0).abs() < 1e-12, "{area}");
        let far = Bbox {
            min_x: 50.0,
            min_y: 50.0,
            max_x: 60.0,
            max_y: 60.0,
        };
        assert!(clip_multipolygon(&MultiPolygon(vec![p.clone()]), &far).is_none());
        let all = Bbox {
            min_x: -1.0,
            min_y: -1.0,
            max_x: 11.0,
            max_y: 11.0,
        };
        assert_eq!(
            clip_multipolygon(&MultiPolygon(vec![p.clone()]), &all),
            Some(MultiPolygon(vec![p]))
        );
    }
}
