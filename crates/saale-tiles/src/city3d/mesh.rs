//! Triangulation of a building's planar 3D surfaces (earcut in the plane of each polygon) into
//! flat-shaded triangles with one normal per surface.

use saale_model::{Surface3, SurfaceKind};

/// Triangles of one material group: positions (geocentric, metres), one normal per vertex and
/// indices into them, three per triangle, wound counter-clockwise seen along the normal.
#[derive(Debug, Clone, Default)]
pub(crate) struct Triangles {
    pub positions: Vec<[f64; 3]>,
    pub normals: Vec<[f64; 3]>,
    pub indices: Vec<u32>,
}

impl Triangles {
    pub fn triangle_count(&self) -> usize {
        self.indices.len() / 3
    }
}

/// A building's triangles: roofs apart from walls and the rest (ground, closure surfaces).
#[derive(Debug, Clone, Default)]
pub(crate) struct BuildingMesh {
    pub roofs: Triangles,
    pub walls: Triangles,
    /// Polygons without area (collinear or repeated vertices) or that earcut could not cut.
    pub degenerate: usize,
}

fn sub(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
}

fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn unit(a: [f64; 3]) -> Option<[f64; 3]> {
    let n = dot(a, a).sqrt();
    (n > 0.0 && n.is_finite()).then(|| [a[0] / n, a[1] / n, a[2] / n])
}

/// Newell's normal of a ring (its length is twice the ring's area).
pub(crate) fn newell(ring: &[[f64; 3]]) -> [f64; 3] {
    let mut n = [0.0; 3];
    let Some(o) = ring.first().copied() else {
        return n;
    };
    for (i, a) in ring.iter().enumerate() {
        let b = ring[(i + 1) % ring.len()];
        let (a, b) = (sub(*a, o), sub(b, o));
        n[0] += (a[1] - b[1]) * (a[2] + b[2]);
        n[1] += (a[2] - b[2]) * (a[0] + b[0]);
        n[2] += (a[0] - b[0]) * (a[1] + b[1]);
    }
    n
}

/// A ring without its closing vertex and without repeated consecutive vertices.
fn open_ring(r: &[[f64; 3]]) -> Vec<[f64; 3]> {
    let mut out: Vec<[f64; 3]> = Vec::with_capacity(r.len());
    for p in r {
        if out.last() != Some(p) {
            out.push(*p);
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Smallest triangle area kept, in square metres.
const MIN_AREA: f64 = 1e-6;

/// Triangulate one planar polygon (rings already in geocentric metres) into `out`. `false`
/// when it has no area or earcut fails.
fn triangulate(rings: &[Vec<[f64; 3]>], out: &mut Triangles) -> bool {
    let rings: Vec<Vec<[f64; 3]>> = rings
        .iter()
        .map(|r| open_ring(r))
        .filter(|r| r.len() >= 3)
        .collect();
    let Some(outer) = rings.first() else {
        return false;
    };
    let Some(n) = unit(newell(outer)) else {
        return false;
    };
    // A basis of the polygon's plane: u along the axis least aligned with the normal.
    let axis = if n[0].abs() <= n[1].abs() && n[0].abs() <= n[2].abs() {
        [1.0, 0.0, 0.0]
    } else if n[1].abs() <= n[2].abs() {
        [0.0, 1.0, 0.0]
    } else {
        [0.0, 0.0, 1.0]
    };
    let Some(u) = unit(cross(n, axis)) else {
        return false;
    };
    let v = cross(n, u);
    let o = outer[0];
    let mut flat = Vec::new();
    let mut holes = Vec::new();
    let mut pts = Vec::new();
    for (i, r) in rings.iter().enumerate() {
        if i > 0 {
            holes.push(pts.len());
        }
        for p in r {
            let d = sub(*p, o);
            flat.push(dot(d, u));
            flat.push(dot(d, v));
            pts.push(*p);
        }
    }
    let Ok(tris) = earcutr::earcut(&flat, &holes, 2) else {
        return false;
    };
    let base = out.positions.len();
    let mut used = vec![u32::MAX; pts.len()];
    let mut any = false;
    for t in tris.chunks_exact(3) {
        let (a, b, c) = (pts[t[0]], pts[t[1]], pts[t[2]]);
        let tn = cross(sub(b, a), sub(c, a));
        let area = dot(tn, tn).sqrt() / 2.0;
        if !area.is_finite() || area < MIN_AREA {
            continue;
        }
        let order = if dot(tn, n) >= 0.0 {
            [t[0], t[1], t[2]]
        } else {
            [t[0], t[2], t[1]]
        };
        for k in order {
            if used[k] == u32::MAX {
                used[k] = (out.positions.len() - base) as u32;
                out.positions.push(pts[k]);
                out.normals.push(n);
            }
            out.indices.push(base as u32 + used[k]);
        }
        any = true;
    }
    any
}

/// Triangulate a building's surfaces, given in geocentric coordinates (EPSG:4978). Faces of a
/// solid without thematic surfaces count as roofs when they face upwards (`up`: the local
/// vertical) by more than 10 degrees off the horizontal, else as walls.
pub(crate) fn building_mesh(surfaces: &[Surface3], up: [f64; 3]) -> BuildingMesh {
    let mut m = BuildingMesh::default();
    for s in surfaces {
        let roof = match s.kind {
            SurfaceKind::Roof => true,
            SurfaceKind::Other => s
                .rings
                .first()
                .and_then(|r| unit(newell(r)))
                .is_some_and(|n| dot(n, up) > 0.17),
            _ => false,
        };
        let out = if roof { &mut m.roofs } else { &mut m.walls };
        if !triangulate(&s.rings, out) {
            m.degenerate += 1;
        }
    }
    m
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn area(t: &Triangles) -> f64 {
        t.indices
            .chunks_exact(3)
            .map(|i| {
                let (a, b, c) = (
                    t.positions[i[0] as usize],
                    t.positions[i[1] as usize],
                    t.positions[i[2] as usize],
                );
                let n = cross(sub(b, a), sub(c, a));
                dot(n, n).sqrt() / 2.0
            })
            .sum()
    }

    #[test]
    fn a_square_with_a_hole_keeps_its_area_and_normal() {
        // A vertical 10 m x 6 m wall facing -y with a 2 m x 1 m window, closed rings.
        let outer = vec![
            [0.0, 0.0, 0.0],
            [10.0, 0.0, 0.0],
            [10.0, 0.0, 6.0],
            [0.0, 0.0, 6.0],
            [0.0, 0.0, 0.0],
        ];
        let hole = vec![
            [2.0, 0.0, 2.0],
            [2.0, 0.0, 3.0],
            [4.0, 0.0, 3.0],
            [4.0, 0.0, 2.0],
            [2.0, 0.0, 2.0],
        ];
        let s = Surface3 {
            kind: SurfaceKind::Wall,
            rings: vec![outer, hole],
        };
        let m = building_mesh(&[s], [0.0, 0.0, 1.0]);
        assert_eq!(m.degenerate, 0);
        assert!(m.roofs.indices.is_empty());
        assert!((area(&m.walls) - 58.0).abs() < 1e-9, "{}", area(&m.walls));
        // Counter-clockwise seen from -y: the normal points to -y, and every triangle agrees.
        for n in &m.walls.normals {
            assert!((n[1] + 1.0).abs() < 1e-12, "{n:?}");
        }
        for i in m.walls.indices.chunks_exact(3) {
            let p = |k: u32| m.walls.positions[k as usize];
            let tn = cross(sub(p(i[1]), p(i[0])), sub(p(i[2]), p(i[0])));
            assert!(tn[1] < 0.0);
        }
    }

    #[test]
    fn collinear_rings_are_counted_not_triangulated() {
        let s = Surface3 {
            kind: SurfaceKind::Roof,
            rings: vec![vec![[0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]],
        };
        let m = building_mesh(&[s], [0.0, 0.0, 1.0]);
        assert_eq!(m.degenerate, 1);
        assert!(m.roofs.positions.is_empty());
    }
}
