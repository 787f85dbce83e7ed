//! Clipping to the buffered tile square and generalisation in tile coordinates.
//!
//! Written here rather than taken from `geo`'s boolean operations: a tile clip is against an
//! axis-parallel square, for which Sutherland-Hodgman (polygons) and Liang-Barsky (lines) are
//! linear-time and never fail, which is what every tile generator (tippecanoe, geojson-vt)
//! does. Rings may run along the clip square; renderers draw that edge outside the visible
//! tile because of the buffer.

use geo::{Coord, LineString};

/// Clip square `[lo, hi]` on both axes.
#[derive(Debug, Clone, Copy)]
pub struct ClipBox {
    /// Lower bound (negative buffer).
    pub lo: f64,
    /// Upper bound (extent plus buffer).
    pub hi: f64,
}

/// Clip a polygon ring (closed or not) with Sutherland-Hodgman. The result is closed, or
/// empty when nothing of the ring is inside.
#[must_use]
pub fn clip_ring(ring: &[Coord], b: ClipBox) -> Vec<Coord> {
    saale_model::clip_ring(
        ring,
        &saale_model::Bbox {
            min_x: b.lo,
            min_y: b.lo,
            max_x: b.hi,
            max_y: b.hi,
        },
    )
}

/// Clip a line string with Liang-Barsky per segment; the pieces inside, each with at least
/// two points.
#[must_use]
pub fn clip_line(line: &[Coord], b: ClipBox) -> Vec<Vec<Coord>> {
    let mut parts: Vec<Vec<Coord>> = Vec::new();
    let mut cur: Vec<Coord> = Vec::new();
    for w in line.windows(2) {
        let (p, q) = (w[0], w[1]);
        match clip_segment(p, q, b) {
            Some((a, c)) => {
                if cur.last() != Some(&a) {
                    if cur.len() >= 2 {
                        parts.push(std::mem::take(&mut cur));
                    }
                    cur.clear();
                    cur.push(a);
                }
                cur.push(c);
                if c != q {
                    // Left the box.
                    parts.push(std::mem::take(&mut cur));
                }
            }
            None => {
                if cur.len() >= 2 {
                    parts.push(std::mem::take(&mut cur));
                }
                cur.clear();
            }
        }
    }
    if cur.len() >= 2 {
        parts.push(cur);
    }
    parts.retain(|p| p.len() >= 2);
    parts
}

fn clip_segment(p: Coord, q: Coord, b: ClipBox) -> Option<(Coord, Coord)> {
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    let mut t0: f64 = 0.0;
    let mut t1: f64 = 1.0;
    for (pk, qk) in [
        (-dx, p.x - b.lo),
        (dx, b.hi - p.x),
        (-dy, p.y - b.lo),
        (dy, b.hi - p.y),
    ] {
        if pk == 0.0 {
            if qk < 0.0 {
                return None;
            }
        } else {
            let r = qk / pk;
            if pk < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    if t0 > t1 {
        return None;
    }
    let at = |t: f64| Coord {
        x: p.x + t * dx,
        y: p.y + t * dy,
    };
    Some((
        if t0 == 0.0 { p } else { at(t0) },
        if t1 == 1.0 { q } else { at(t1) },
    ))
}

/// Round to the integer grid and drop repeated points.
#[must_use]
pub fn snap(pts: &[Coord]) -> Vec<Coord> {
    let mut out: Vec<Coord> = Vec::with_capacity(pts.len());
    for c in pts {
        let r = Coord {
            x: c.x.round(),
            y: c.y.round(),
        };
        if out.last() != Some(&r) {
            out.push(r);
        }
    }
    out
}

/// Douglas-Peucker simplification with tolerance `tol` (tile units); keeps the end points.
#[must_use]
pub fn simplify(pts: Vec<Coord>, tol: f64) -> Vec<Coord> {
    if tol <= 0.0 || pts.len() <= 2 {
        return pts;
    }
    use geo::Simplify;
    LineString::new(pts).simplify(tol).0
}

/// Signed area in tile coordinates (y down): positive for rings that are clockwise on screen,
/// which MVT requires of exterior rings.
#[must_use]
pub fn signed_area(ring: &[Coord]) -> f64 {
    let mut s = 0.0;
    for w in ring.windows(2) {
        s += w[0].x * w[1].y - w[1].x * w[0].y;
    }
    s / 2.0
}

/// Length of a line.
#[must_use]
pub fn length(line: &[Coord]) -> f64 {
    line.windows(2)
        .map(|w| (w[1].x - w[0].x).hypot(w[1].y - w[0].y))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(x: f64, y: f64) -> Coord {
        Coord { x, y }
    }

    #[test]
    fn ring_clipped_to_square_keeps_inner_area() {
        let b = ClipBox { lo: 0.0, hi: 10.0 };
        // A 20 x 20 square centred on the corner (10, 10): a quarter (25) is inside.
        let ring = vec![
            c(5.0, 5.0),
            c(15.0, 5.0),
            c(15.0, 15.0),
            c(5.0, 15.0),
            c(5.0, 5.0),
        ];
        let out = clip_ring(&ring, b);
        assert!((signed_area(&out).abs() - 25.0).abs() < 1e-12);
        assert_eq!(out.first(), out.last());
        assert!(clip_ring(&[c(20.0, 20.0), c(30.0, 20.0), c(30.0, 30.0)], b).is_empty());
    }

    #[test]
    fn line_leaving_and_reentering_gives_two_parts() {
        let b = ClipBox { lo: 0.0, hi: 10.0 };
        let line = vec![c(1.0, 1.0), c(20.0, 1.0), c(20.0, 5.0), c(1.0, 5.0)];
        let parts = clip_line(&line, b);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0], vec![c(1.0, 1.0), c(10.0, 1.0)]);
        assert_eq!(parts[1], vec![c(10.0, 5.0), c(1.0, 5.0)]);
        assert!((length(&parts[0]) - 9.0).abs() < 1e-12);
    }
}
