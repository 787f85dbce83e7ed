//! Deterministic generators of small geometries on the integer grid 0..=12 and the helpers
//! the generated differential tests share (`overlap.rs`, `differential.rs`): WKT for the
//! Python peer, index pairs from it, the first difference of two pair lists.
#![allow(dead_code, clippy::unwrap_used)]

use saale_model::geo_types::{Coord, LineString, MultiPolygon, Polygon};
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};

/// A tiny deterministic generator (xorshift) for the generated cases.
pub struct Rng(pub u64);

impl Rng {
    /// The next raw value.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A number in `0..n`.
    pub fn int(&mut self, n: u64) -> i32 {
        i32::try_from(self.next() % n).unwrap()
    }
    /// A point on the half-integer grid of 0..=13.
    pub fn half(&mut self) -> (f64, f64) {
        (f64::from(self.int(27)) / 2.0, f64::from(self.int(27)) / 2.0)
    }
}

/// A closed ring through `pts`.
pub fn ring(pts: &[(i32, i32)]) -> LineString<f64> {
    let mut c: Vec<Coord<f64>> = pts
        .iter()
        .map(|&(x, y)| Coord {
            x: f64::from(x),
            y: f64::from(y),
        })
        .collect();
    c.push(c[0]);
    LineString(c)
}

/// An axis-parallel rectangle on the grid, as its four corners.
pub fn rect(r: &mut Rng) -> [(i32, i32); 4] {
    let (x, y) = (r.int(10), r.int(10));
    let (w, h) = (1 + r.int(4), 1 + r.int(4));
    [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
}

/// A random valid polygonal geometry on the integer grid 0..=12: a rectangle, a triangle, a
/// rectangle with a rectangular hole, or a multipolygon of two rectangles apart.
pub fn shape(r: &mut Rng) -> Geometry<f64> {
    match r.int(4) {
        0 => Geometry::Polygon(Polygon::new(ring(&rect(r)), vec![])),
        1 => {
            let a = (r.int(12), r.int(12));
            let mut b = (r.int(12), r.int(12));
            let mut c = (r.int(12), r.int(12));
            // No degenerate triangles.
            while (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0) == 0 {
                b = (r.int(12), r.int(12));
                c = (r.int(12), r.int(12));
            }
            Geometry::Polygon(Polygon::new(ring(&[a, b, c]), vec![]))
        }
        2 => {
            let (x, y) = (r.int(6), r.int(6));
            let (w, h) = (4 + r.int(3), 4 + r.int(3));
            let outer = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
            let hole = [
                (x + 1, y + 1),
                (x + 1, y + h - 1),
                (x + w - 2, y + h - 1),
                (x + w - 2, y + 1),
            ];
            Geometry::Polygon(Polygon::new(ring(&outer), vec![ring(&hole)]))
        }
        _ => {
            let (a, b) = (rect(r), rect(r));
            // Two rectangles; shift the second right if they would meet (overlap, or share an
            // edge or a corner): the parts of a valid multipolygon are apart.
            let b = if b[0].0 <= a[1].0 && a[0].0 <= b[1].0 && b[0].1 <= a[2].1 && a[0].1 <= b[2].1
            {
                b.map(|(x, y)| (x + a[1].0 - b[0].0 + 1, y))
            } else {
                b
            };
            Geometry::MultiPolygon(MultiPolygon(vec![
                Polygon::new(ring(&a), vec![]),
                Polygon::new(ring(&b), vec![]),
            ]))
        }
    }
}

/// A layer of these geometries without attributes.
pub fn layer(geoms: Vec<Geometry<f64>>) -> Layer {
    Layer {
        schema: Schema::new(),
        features: geoms
            .into_iter()
            .map(|g| Feature {
                geometry: Some(g),
                values: Vec::<Value>::new(),
            })
            .collect(),
    }
}

/// A layer of these geometries with their index in the Int field `field`.
pub fn with_index(geoms: Vec<Geometry<f64>>, field: &str) -> Layer {
    Layer {
        schema: Schema::from_fields([Field {
            name: field.into(),
            ty: FieldType::Int,
        }]),
        features: geoms
            .into_iter()
            .enumerate()
            .map(|(i, g)| Feature {
                geometry: Some(g),
                values: vec![Value::Int(i64::try_from(i).unwrap())],
            })
            .collect(),
    }
}

/// WKT of a generated geometry (as shapely reads it; empty parts as `EMPTY`).
pub fn wkt(g: &Geometry<f64>) -> String {
    fn coords(l: &LineString<f64>) -> String {
        let c: Vec<String> = l.0.iter().map(|c| format!("{} {}", c.x, c.y)).collect();
        format!("({})", c.join(", "))
    }
    fn poly(p: &Polygon<f64>) -> String {
        if p.exterior().0.is_empty() {
            return "EMPTY".into();
        }
        let mut r = vec![coords(p.exterior())];
        r.extend(p.interiors().iter().map(coords));
        format!("({})", r.join(", "))
    }
    match g {
        Geometry::Point(p) => format!("POINT ({} {})", p.x(), p.y()),
        Geometry::LineString(l) if l.0.is_empty() => "LINESTRING EMPTY".into(),
        Geometry::LineString(l) => format!("LINESTRING {}", coords(l)),
        Geometry::Polygon(p) => format!("POLYGON {}", poly(p)),
        Geometry::MultiPolygon(m) if m.0.is_empty() => "MULTIPOLYGON EMPTY".into(),
        Geometry::MultiPolygon(m) => {
            let ps: Vec<String> = m.0.iter().map(poly).collect();
            format!("MULTIPOLYGON ({})", ps.join(", "))
        }
        Geometry::GeometryCollection(c) if c.0.is_empty() => "GEOMETRYCOLLECTION EMPTY".into(),
        Geometry::GeometryCollection(c) => {
            let ps: Vec<String> = c.0.iter().map(wkt).collect();
            format!("GEOMETRYCOLLECTION ({})", ps.join(", "))
        }
        other => unreachable!("not generated: {other:?}"),
    }
}

/// `[[i, j], ...]` from Python as sorted index pairs.
pub fn index_pairs(v: &serde_json::Value) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_u64().unwrap() as usize,
                p[1].as_u64().unwrap() as usize,
            )
        })
        .collect();
    out.sort_unstable();
    out
}

/// A pair in one list and not the other (saale's or GEOS's), if any.
pub fn first_difference(a: &[(usize, usize)], b: &[(usize, usize)]) -> Option<(usize, usize)> {
    a.iter()
        .find(|x| !b.contains(x))
        .or_else(|| b.iter().find(|x| !a.contains(x)))
        .copied()
}
