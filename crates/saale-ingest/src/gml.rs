//! GML 2/3.1/3.2 geometry from captured [`Node`] trees: points, curves (line strings, arcs),
//! surfaces (Polygon, Surface with PolygonPatches, MultiSurface, CompositeSurface,
//! OrientableSurface), solids. Coordinates are kept in 3D (`z = NaN` when the source is 2D) so
//! that CityGML can compute volumes and roof angles; [`to_polygon`] drops z.
//!
//! Circular arcs (`gml:Arc`, `gml:ArcString`, `gml:Circle`) are linearised so that no point of the
//! true arc is further than the given maximum deviation from the chords.

use std::cell::Cell;
use std::collections::HashMap;

use saale_model::geo_types::{Coord, LineString, MultiPolygon, Polygon};

use crate::xml::Node;

/// A 3D coordinate (z is NaN in 2D sources).
pub(crate) type P3 = [f64; 3];
/// A ring of 3D coordinates, closed (first == last).
pub(crate) type Ring3 = Vec<P3>;
/// A polygon: exterior ring first, then holes.
pub(crate) type Poly3 = Vec<Ring3>;

/// Coordinates beyond this magnitude are refused as absurd.
pub(crate) const MAX_COORD: f64 = 1.0e9;

/// Settings of the geometry reader.
#[derive(Debug, Clone, Copy)]
pub(crate) struct GmlOpts {
    /// Coordinate dimension when the document does not state `srsDimension`.
    pub default_dim: usize,
    /// Maximum deviation of linearised arcs from the true arc, in CRS units.
    pub arc_tolerance: f64,
}

/// References followed within one nested path (`xlink:href` inside a referenced element);
/// deeper chains are cycles or hostile (real deliveries nest one or two).
pub(crate) const MAX_HREF_DEPTH: usize = 16;
/// References followed per feature in all: bounds the expansion of references that each
/// reference several others (8 levels of 10 give 10^8).
pub(crate) const MAX_HREF_FOLLOWS: usize = 100_000;

/// Index of `gml:id` → node within one feature, for `xlink:href="#id"` references, with the
/// bounds on following them.
pub(crate) struct IdIndex<'a> {
    map: HashMap<&'a str, &'a Node>,
    depth: Cell<usize>,
    follows: Cell<usize>,
}

/// Build the id index of a feature. An id given twice (deliveries give a `gml:Polygon` and its
/// `gml:LinearRing` the same id) refers to the first element with it, the outer one.
pub(crate) fn id_index(root: &Node) -> IdIndex<'_> {
    let mut m = HashMap::new();
    root.walk(&mut |n| {
        if let Some(id) = n.id() {
            m.entry(id).or_insert(n);
        }
    });
    IdIndex {
        map: m,
        depth: Cell::new(0),
        follows: Cell::new(0),
    }
}

/// Ends one followed reference when dropped.
pub(crate) struct Guard<'i>(Option<&'i Cell<usize>>);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        if let Some(d) = self.0 {
            d.set(d.get().saturating_sub(1));
        }
    }
}

/// The geometry elements of a member, holding the reference it followed (if any) open while
/// they are read: iterate it (or keep it alive) while recursing into them.
pub(crate) struct Members<'i, 'a> {
    nodes: Vec<&'a Node>,
    guard: Guard<'i>,
}

impl<'a> Members<'_, 'a> {
    /// The first element.
    pub(crate) fn first(&self) -> Option<&'a Node> {
        self.nodes.first().copied()
    }
}

/// Iterator over [`Members`], keeping the reference open until it is dropped.
pub(crate) struct MembersIter<'i, 'a> {
    inner: std::vec::IntoIter<&'a Node>,
    _guard: Guard<'i>,
}

impl<'a> Iterator for MembersIter<'_, 'a> {
    type Item = &'a Node;
    fn next(&mut self) -> Option<&'a Node> {
        self.inner.next()
    }
}

impl<'i, 'a> IntoIterator for Members<'i, 'a> {
    type Item = &'a Node;
    type IntoIter = MembersIter<'i, 'a>;
    fn into_iter(self) -> MembersIter<'i, 'a> {
        MembersIter {
            inner: self.nodes.into_iter(),
            _guard: self.guard,
        }
    }
}

fn dim_of(n: &Node, inherited: usize) -> usize {
    n.attr("srsDimension")
        .and_then(|d| d.trim().parse::<usize>().ok())
        .filter(|d| (2..=3).contains(d))
        .unwrap_or(inherited)
}

/// Parse numbers of a `posList`/`pos`/`coordinates` text.
fn numbers(text: &str, out: &mut Vec<f64>) -> Result<(), String> {
    let number = |tok: &str| -> Result<f64, String> {
        let v: f64 = fast_float2::parse(tok)
            .map_err(|_| format!("'{tok}' is not a number in a coordinate list"))?;
        if !v.is_finite() || v.abs() > MAX_COORD {
            return Err(format!("absurd coordinate value {tok}"));
        }
        Ok(v)
    };
    if !text.is_ascii() {
        for tok in text.split(|c: char| c.is_whitespace() || c == ',') {
            if !tok.is_empty() {
                out.push(number(tok)?);
            }
        }
        return Ok(());
    }
    // Coordinate lists are ASCII: split on bytes (the ASCII characters `char::is_whitespace`
    // accepts, and commas) instead of decoding characters.
    let b = text.as_bytes();
    let sep = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b',');
    out.reserve(b.len() / 8);
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && sep(b[i]) {
            i += 1;
        }
        let start = i;
        while i < b.len() && !sep(b[i]) {
            i += 1;
        }
        if start < i {
            out.push(number(&text[start..i])?);
        }
    }
    Ok(())
}

fn to_points(nums: &[f64], dim: usize) -> Result<Vec<P3>, String> {
    if !nums.len().is_multiple_of(dim) {
        return Err(format!(
            "{} numbers do not form {dim}D coordinates",
            nums.len()
        ));
    }
    Ok(nums
        .chunks_exact(dim)
        .map(|c| [c[0], c[1], if dim == 3 { c[2] } else { f64::NAN }])
        .collect())
}

/// Points directly inside a geometry element: `posList`, `pos`*, `coordinates`, `pointProperty`.
fn direct_points(n: &Node, dim: usize) -> Result<Vec<P3>, String> {
    let dim = dim_of(n, dim);
    if let Some(pl) = n.child("posList") {
        let d = dim_of(pl, dim);
        let mut nums = Vec::new();
        numbers(&pl.text, &mut nums)?;
        // A 3D default with a list that only divides by 2 is a 2D list (tolerant reading).
        let d = if nums.len() % d != 0 && nums.len() % 2 == 0 {
            2
        } else {
            d
        };
        return to_points(&nums, d);
    }
    if let Some(c) = n.child("coordinates") {
        // GML 2: tuples separated by spaces, coordinates by commas.
        let mut pts = Vec::new();
        for tuple in c.text.split_whitespace() {
            let mut nums = Vec::new();
            numbers(tuple, &mut nums)?;
            if nums.len() < 2 {
                return Err(format!(
                    "coordinate tuple '{tuple}' has fewer than 2 values"
                ));
            }
            pts.push([nums[0], nums[1], nums.get(2).copied().unwrap_or(f64::NAN)]);
        }
        return Ok(pts);
    }
    let mut pts = Vec::new();
    for c in &n.children {
        match c.name.as_str() {
            "pos" => {
                let mut nums = Vec::new();
                numbers(&c.text, &mut nums)?;
                let d = dim_of(c, nums.len().clamp(2, 3));
                pts.extend(to_points(&nums, d)?);
            }
            "pointProperty" | "pointRep" => {
                if let Some(p) = c.child("Point") {
                    pts.extend(direct_points(p, dim)?);
                }
            }
            _ => {}
        }
    }
    Ok(pts)
}

/// A point geometry (`gml:Point`).
pub(crate) fn point(n: &Node, o: &GmlOpts) -> Result<P3, String> {
    direct_points(n, o.default_dim)?
        .first()
        .copied()
        .ok_or_else(|| "gml:Point without coordinates".to_string())
}

/// Points of a curve: LineString, LinearRing, Curve (segments), Ring (curve members),
/// CompositeCurve, OrientableCurve.
pub(crate) fn curve_points(n: &Node, o: &GmlOpts, ids: &IdIndex<'_>) -> Result<Vec<P3>, String> {
    let dim = dim_of(n, o.default_dim);
    match n.name.as_str() {
        "LineString" | "LinearRing" | "LineStringSegment" => direct_points(n, dim),
        "Arc" | "ArcString" => {
            let pts = direct_points(n, dim)?;
            arc_string(&pts, o.arc_tolerance, false)
        }
        "Circle" => {
            let pts = direct_points(n, dim)?;
            arc_string(&pts, o.arc_tolerance, true)
        }
        "Curve" => {
            let mut out = Vec::new();
            let segs = n
                .child("segments")
                .ok_or_else(|| "gml:Curve without segments".to_string())?;
            for s in &segs.children {
                let sub = GmlOpts {
                    default_dim: dim,
                    ..*o
                };
                append(&mut out, curve_points(s, &sub, ids)?);
            }
            Ok(out)
        }
        "Ring" | "CompositeCurve" => {
            let mut out = Vec::new();
            for m in n.children.iter().filter(|c| c.name == "curveMember") {
                for c in member_geometries(m, ids)? {
                    append(&mut out, curve_points(c, o, ids)?);
                }
            }
            Ok(out)
        }
        "OrientableCurve" => {
            let members = match n.child("baseCurve") {
                Some(b) => Some(member_geometries(b, ids)?),
                None => None,
            };
            // `members` keeps a followed reference open while the base curve is read.
            let base = members
                .as_ref()
                .and_then(Members::first)
                .ok_or_else(|| "gml:OrientableCurve without baseCurve".to_string())?;
            let mut pts = curve_points(base, o, ids)?;
            if n.attr("orientation") == Some("-") {
                pts.reverse();
            }
            Ok(pts)
        }
        other => Err(format!("unsupported curve type gml:{other}")),
    }
}

/// Append curve points, dropping the shared point where one part starts where the last ended.
fn append(out: &mut Vec<P3>, pts: Vec<P3>) {
    let skip = usize::from(
        matches!((out.last(), pts.first()), (Some(a), Some(b)) if a[0] == b[0] && a[1] == b[1]),
    );
    out.extend(pts.into_iter().skip(skip));
}

/// The geometry elements a property/member element contains or references (`xlink:href="#id"`).
///
/// # Errors
/// A reference cycle or chain deeper than [`MAX_HREF_DEPTH`], or more than
/// [`MAX_HREF_FOLLOWS`] references in one feature.
pub(crate) fn member_geometries<'i, 'a>(
    m: &'a Node,
    ids: &'i IdIndex<'a>,
) -> Result<Members<'i, 'a>, String> {
    if !m.children.is_empty() {
        return Ok(Members {
            nodes: m.children.iter().collect(),
            guard: Guard(None),
        });
    }
    if let Some(href) = m.attr("href") {
        let key = href.trim_start_matches('#');
        if let Some(n) = ids.map.get(key) {
            if ids.depth.get() >= MAX_HREF_DEPTH {
                return Err(format!(
                    "xlink:href=\"{href}\": references nested more than {MAX_HREF_DEPTH} deep (a reference cycle?)"
                ));
            }
            if ids.follows.get() >= MAX_HREF_FOLLOWS {
                return Err(format!(
                    "more than {MAX_HREF_FOLLOWS} xlink:href references followed in one feature"
                ));
            }
            ids.depth.set(ids.depth.get() + 1);
            ids.follows.set(ids.follows.get() + 1);
            return Ok(Members {
                nodes: vec![*n],
                guard: Guard(Some(&ids.depth)),
            });
        }
    }
    Ok(Members {
        nodes: Vec::new(),
        guard: Guard(None),
    })
}

/// Linearise circular arcs through consecutive point triples.
fn arc_string(pts: &[P3], tol: f64, full_circle: bool) -> Result<Vec<P3>, String> {
    if pts.len() < 3 || !(pts.len() - 1).is_multiple_of(2) && !full_circle {
        return Err(format!(
            "a gml:Arc/ArcString needs 2n+1 control points, found {}",
            pts.len()
        ));
    }
    let mut out = vec![pts[0]];
    if full_circle {
        let (a, b, c) = (pts[0], pts[1], pts[2]);
        let seg = arc3(a, b, c, tol, true);
        out.extend(seg);
        return Ok(out);
    }
    let mut i = 0;
    while i + 2 < pts.len() {
        out.extend(arc3(pts[i], pts[i + 1], pts[i + 2], tol, false));
        i += 2;
    }
    Ok(out)
}

/// Points after `a` along the circle through a, b, c, ending at c (or back at a for a circle).
fn arc3(a: P3, b: P3, c: P3, tol: f64, full: bool) -> Vec<P3> {
    let (ax, ay, bx, by, cx, cy) = (a[0], a[1], b[0], b[1], c[0], c[1]);
    let d = 2.0 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
    let scale = (bx - ax).abs() + (by - ay).abs() + (cx - ax).abs() + (cy - ay).abs();
    if d.abs() <= 1e-12 * scale * scale || scale == 0.0 {
        // Collinear: a straight line.
        return if full { vec![a] } else { vec![b, c] };
    }
    // Centre relative to a for numerical stability with large coordinates.
    let (bxr, byr, cxr, cyr) = (bx - ax, by - ay, cx - ax, cy - ay);
    let dr = 2.0 * (bxr * cyr - byr * cxr);
    let b2 = bxr * bxr + byr * byr;
    let c2 = cxr * cxr + cyr * cyr;
    let ux = (cyr * b2 - byr * c2) / dr;
    let uy = (bxr * c2 - cxr * b2) / dr;
    let r = (ux * ux + uy * uy).sqrt();
    let (ox, oy) = (ax + ux, ay + uy);
    let ang = |x: f64, y: f64| (y - oy).atan2(x - ox);
    let (t0, t2) = (ang(ax, ay), ang(cx, cy));
    let tau = std::f64::consts::TAU;
    let norm = |t: f64| t.rem_euclid(tau);
    // Counter-clockwise if b lies on the ccw sweep from a to c.
    let ccw = dr > 0.0;
    let sweep = if full {
        if ccw {
            tau
        } else {
            -tau
        }
    } else if ccw {
        norm(t2 - t0)
    } else {
        -norm(t0 - t2)
    };
    // Max deviation of a chord spanning angle φ: r(1 - cos(φ/2)) ≤ tol.
    let tol = tol.max(1e-9);
    let max_step = if tol >= r {
        std::f64::consts::FRAC_PI_2
    } else {
        2.0 * (1.0 - tol / r).acos()
    };
    let max_step = max_step.clamp(1e-4, std::f64::consts::FRAC_PI_4);
    let n = ((sweep.abs() / max_step).ceil() as usize).clamp(2, 100_000);
    let za = a[2];
    let zc = c[2];
    let mut out = Vec::with_capacity(n);
    for k in 1..n {
        let t = t0 + sweep * (k as f64) / (n as f64);
        let z = za + (zc - za) * (k as f64) / (n as f64);
        out.push([ox + r * t.cos(), oy + r * t.sin(), z]);
    }
    out.push(if full { a } else { c });
    out
}

/// Collect polygons of any surface-like geometry (recursively through multi/composite/solid).
pub(crate) fn surfaces(
    n: &Node,
    o: &GmlOpts,
    ids: &IdIndex<'_>,
    out: &mut Vec<Poly3>,
) -> Result<(), String> {
    let dim = dim_of(n, o.default_dim);
    let o = &GmlOpts {
        default_dim: dim,
        ..*o
    };
    match n.name.as_str() {
        "Polygon" | "PolygonPatch" | "Triangle" | "Rectangle" => {
            let mut rings = Vec::new();
            for c in &n.children {
                let is_ext = matches!(c.name.as_str(), "exterior" | "outerBoundaryIs");
                let is_int = matches!(c.name.as_str(), "interior" | "innerBoundaryIs");
                if !(is_ext || is_int) {
                    continue;
                }
                for g in member_geometries(c, ids)? {
                    let mut r = curve_points(g, o, ids)?;
                    close(&mut r);
                    if is_ext {
                        rings.insert(0, r);
                    } else {
                        rings.push(r);
                    }
                }
            }
            if !rings.is_empty() {
                out.push(rings);
            }
            Ok(())
        }
        "Surface" | "PolyhedralSurface" | "TriangulatedSurface" | "Tin" => {
            for p in n.children.iter().filter(|c| {
                matches!(
                    c.name.as_str(),
                    "patches" | "polygonPatches" | "trianglePatches"
                )
            }) {
                for patch in &p.children {
                    surfaces(patch, o, ids, out)?;
                }
            }
            Ok(())
        }
        "MultiSurface" | "CompositeSurface" | "Shell" | "MultiPolygon" => {
            for m in &n.children {
                match m.name.as_str() {
                    "surfaceMember" | "polygonMember" | "surfaceMembers" | "polygonMembers" => {
                        for g in member_geometries(m, ids)? {
                            surfaces(g, o, ids, out)?;
                        }
                    }
                    _ => {}
                }
            }
            Ok(())
        }
        "OrientableSurface" => {
            let mut tmp = Vec::new();
            if let Some(b) = n.child("baseSurface") {
                for g in member_geometries(b, ids)? {
                    surfaces(g, o, ids, &mut tmp)?;
                }
            }
            if n.attr("orientation") == Some("-") {
                for p in &mut tmp {
                    for r in p.iter_mut() {
                        r.reverse();
                    }
                }
            }
            out.extend(tmp);
            Ok(())
        }
        "Solid" => {
            if let Some(e) = n.child("exterior") {
                for g in member_geometries(e, ids)? {
                    surfaces(g, o, ids, out)?;
                }
            }
            Ok(())
        }
        "MultiSolid" | "CompositeSolid" => {
            for m in n
                .children
                .iter()
                .filter(|c| matches!(c.name.as_str(), "solidMember" | "solidMembers"))
            {
                for g in member_geometries(m, ids)? {
                    surfaces(g, o, ids, out)?;
                }
            }
            Ok(())
        }
        other => Err(format!("unsupported surface type gml:{other}")),
    }
}

fn close(r: &mut Ring3) {
    if let (Some(a), Some(b)) = (r.first().copied(), r.last().copied()) {
        if a[0] != b[0] || a[1] != b[1] {
            r.push(a);
        }
    }
}

/// A polygon in 2D (z dropped).
pub(crate) fn to_polygon(p: &Poly3) -> Option<Polygon<f64>> {
    let ring = |r: &Ring3| {
        LineString::new(
            r.iter()
                .map(|c| Coord { x: c[0], y: c[1] })
                .collect::<Vec<_>>(),
        )
    };
    let ext = p.first()?;
    if ext.len() < 4 {
        return None;
    }
    Some(Polygon::new(
        ring(ext),
        p[1..].iter().filter(|r| r.len() >= 4).map(ring).collect(),
    ))
}

/// Polygons in 2D as one multipolygon (degenerate rings dropped).
pub(crate) fn to_multipolygon(ps: &[Poly3]) -> MultiPolygon<f64> {
    MultiPolygon(ps.iter().filter_map(to_polygon).collect())
}

/// A line string in 2D.
pub(crate) fn to_linestring(pts: &[P3]) -> LineString<f64> {
    LineString::new(pts.iter().map(|c| Coord { x: c[0], y: c[1] }).collect())
}

/// Any GML geometry element as a 2D geometry.
pub(crate) fn geometry(
    n: &Node,
    o: &GmlOpts,
    ids: &IdIndex<'_>,
) -> Result<saale_model::Geometry<f64>, String> {
    geometry_with_rings(n, o, ids).map(|(g, _)| g)
}

/// Any GML geometry element as a 2D geometry, plus the rings of surface geometries in source
/// order and orientation (empty for points and curves), from one walk of the element.
pub(crate) fn geometry_with_rings(
    n: &Node,
    o: &GmlOpts,
    ids: &IdIndex<'_>,
) -> Result<(saale_model::Geometry<f64>, Vec<Poly3>), String> {
    use saale_model::geo_types::{MultiLineString, MultiPoint, Point};
    use saale_model::Geometry as G;
    match n.name.as_str() {
        "Point" => {
            let p = point(n, o)?;
            Ok((G::Point(Point::new(p[0], p[1])), Vec::new()))
        }
        "MultiPoint" => {
            let mut pts = Vec::new();
            for m in &n.children {
                for g in member_geometries(m, ids)? {
                    if g.name == "Point" {
                        let p = point(g, o)?;
                        pts.push(Point::new(p[0], p[1]));
                    }
                }
            }
            Ok((G::MultiPoint(MultiPoint(pts)), Vec::new()))
        }
        "LineString" | "Curve" | "CompositeCurve" | "OrientableCurve" => Ok((
            G::LineString(to_linestring(&curve_points(n, o, ids)?)),
            Vec::new(),
        )),
        "MultiCurve" | "MultiLineString" => {
            let mut ls = Vec::new();
            for m in &n.children {
                for g in member_geometries(m, ids)? {
                    ls.push(to_linestring(&curve_points(g, o, ids)?));
                }
            }
            Ok((G::MultiLineString(MultiLineString(ls)), Vec::new()))
        }
        _ => {
            let mut ps = Vec::new();
            surfaces(n, o, ids, &mut ps)?;
            let mp = to_multipolygon(&ps);
            if mp.0.len() == 1 && matches!(n.name.as_str(), "Polygon" | "Surface") {
                let mut v = mp.0;
                Ok((G::Polygon(v.remove(0)), ps))
            } else {
                Ok((G::MultiPolygon(mp), ps))
            }
        }
    }
}

/// The `srsName` of a geometry element or its first descendant that has one.
pub(crate) fn srs_name(n: &Node) -> Option<&str> {
    if let Some(s) = n.attr("srsName") {
        return Some(s);
    }
    n.children.iter().find_map(srs_name)
}

/// Signed area (shoelace) of a ring's xy projection; positive when counter-clockwise.
pub(crate) fn signed_area_2d(r: &[P3]) -> f64 {
    if r.len() < 3 {
        return 0.0;
    }
    let (x0, y0) = (r[0][0], r[0][1]);
    let mut s = 0.0;
    for w in r.windows(2) {
        s += (w[0][0] - x0) * (w[1][1] - y0) - (w[1][0] - x0) * (w[0][1] - y0);
    }
    s / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinate_lists_split_on_every_whitespace_and_commas() {
        let mut v = Vec::new();
        numbers(" 1 2.5\t-3e2\r\n4,5\u{b}6\u{c}7 ", &mut v).expect("ascii");
        assert_eq!(v, [1.0, 2.5, -300.0, 4.0, 5.0, 6.0, 7.0]);
        // Unicode whitespace (no-break space, ideographic space) separates numbers too.
        v.clear();
        numbers("1\u{a0}2\u{3000}3", &mut v).expect("unicode");
        assert_eq!(v, [1.0, 2.0, 3.0]);
        v.clear();
        let e = numbers("1 2x 3", &mut v).expect_err("not a number");
        assert!(e.contains("'2x'"), "{e}");
        assert!(numbers("1 1e300", &mut v).is_err());
    }

    #[test]
    fn coordinates_parse_to_the_bits_the_standard_library_gives() {
        // fast-float2 against str::parse: the same value to the bit, and the same tokens
        // refused.
        let same = |tok: &str| {
            let ours = fast_float2::parse::<f64, _>(tok).ok();
            let std = tok.parse::<f64>().ok();
            assert_eq!(ours.map(f64::to_bits), std.map(f64::to_bits), "'{tok}'");
        };
        for tok in [
            "0",
            "-0",
            "+1",
            "1.",
            ".5",
            "-.5",
            "1e5",
            "1E-5",
            "1e+5",
            "681000.123",
            "5644000.5",
            "1e308",
            "1e309",
            "4.9e-324",
            "2.2250738585072011e-308",
            "0.1",
            "123456789012345678901",
            "",
            "-",
            "+",
            ".",
            "1e",
            "e5",
            "1.2.3",
            "0x10",
            "1_0",
            "--1",
            "1,5",
            " 1",
            "1 ",
            "inf",
            "-infinity",
            "NaN",
            "1e-400",
            "00012.50",
        ] {
            same(tok);
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x);
            if !v.is_finite() {
                continue;
            }
            let utm = (x % 1_000_000_000) as f64 / 1000.0 + 300_000.0;
            for tok in [
                format!("{v}"),
                format!("{v:e}"),
                format!("{utm}"),
                format!("{utm:.3}"),
                format!("{:.2}", utm / 1000.0),
            ] {
                same(&tok);
            }
        }
    }

    #[test]
    fn quarter_circle_arc_within_tolerance() {
        // Arc from (10,0) through (7.0710678,7.0710678) to (0,10): quarter circle r = 10.
        let s = std::f64::consts::FRAC_1_SQRT_2 * 10.0;
        let pts = arc_string(
            &[
                [10.0, 0.0, f64::NAN],
                [s, s, f64::NAN],
                [0.0, 10.0, f64::NAN],
            ],
            0.01,
            false,
        )
        .expect("arc");
        assert_eq!(pts.first().map(|p| p[0]), Some(10.0));
        assert_eq!(pts.last().map(|p| p[1]), Some(10.0));
        for w in pts.windows(2) {
            // Every point on the circle, chord midpoints no more than 1 cm inside.
            let r = (w[0][0].powi(2) + w[0][1].powi(2)).sqrt();
            assert!((r - 10.0).abs() < 1e-9, "{r}");
            let mx = (w[0][0] + w[1][0]) / 2.0;
            let my = (w[0][1] + w[1][1]) / 2.0;
            assert!(10.0 - (mx * mx + my * my).sqrt() <= 0.01 + 1e-12);
        }
        // Counter-clockwise: y grows.
        assert!(pts[1][1] > 0.0);
        // Clockwise arc the other way.
        let back = arc_string(
            &[
                [0.0, 10.0, f64::NAN],
                [s, s, f64::NAN],
                [10.0, 0.0, f64::NAN],
            ],
            0.01,
            false,
        )
        .expect("arc");
        assert!(back[1][0] > 0.0 && back[1][1] < 10.0);
        // Area of the sector polygon (centre + arc) approaches pi*r^2/4 from below.
        let mut ring: Vec<P3> = vec![[0.0, 0.0, f64::NAN]];
        ring.extend(pts.iter().copied());
        ring.push([0.0, 0.0, f64::NAN]);
        let a = signed_area_2d(&ring);
        let exact = std::f64::consts::PI * 100.0 / 4.0;
        assert!(
            a < exact && exact - a < 0.01 * 10.0 * std::f64::consts::FRAC_PI_2 + 1e-9,
            "{a}"
        );
    }
}
