use geo_types::{Coord, Geometry, LineString, Polygon};

/// Call `f` on every coordinate of `geom`, in storage order.
pub fn for_each_coord(geom: &Geometry<f64>, f: &mut impl FnMut(Coord<f64>)) {
    fn ls(l: &LineString<f64>, f: &mut impl FnMut(Coord<f64>)) {
        l.0.iter().for_each(|c| f(*c));
    }
    fn poly(p: &Polygon<f64>, f: &mut impl FnMut(Coord<f64>)) {
        ls(p.exterior(), f);
        p.interiors().iter().for_each(|r| ls(r, f));
    }
    match geom {
        Geometry::Point(p) => f(p.0),
        Geometry::Line(l) => {
            f(l.start);
            f(l.end);
        }
        Geometry::LineString(l) => ls(l, f),
        Geometry::Polygon(p) => poly(p, f),
        Geometry::MultiPoint(mp) => mp.0.iter().for_each(|p| f(p.0)),
        Geometry::MultiLineString(m) => m.0.iter().for_each(|l| ls(l, f)),
        Geometry::MultiPolygon(m) => m.0.iter().for_each(|p| poly(p, f)),
        Geometry::GeometryCollection(gc) => gc.0.iter().for_each(|g| for_each_coord(g, f)),
        Geometry::Rect(r) => {
            f(r.min());
            f(r.max());
        }
        Geometry::Triangle(t) => {
            f(t.v1());
            f(t.v2());
            f(t.v3());
        }
    }
}

/// Call `f` on every coordinate of `geom` mutably, in the same order as [`for_each_coord`].
pub fn for_each_coord_mut(geom: &mut Geometry<f64>, f: &mut impl FnMut(&mut Coord<f64>)) {
    fn ls(l: &mut LineString<f64>, f: &mut impl FnMut(&mut Coord<f64>)) {
        l.0.iter_mut().for_each(&mut *f);
    }
    fn poly(p: &mut Polygon<f64>, f: &mut impl FnMut(&mut Coord<f64>)) {
        p.exterior_mut(|e| ls(e, f));
        p.interiors_mut(|rs| rs.iter_mut().for_each(|r| ls(r, f)));
    }
    match geom {
        Geometry::Point(p) => f(&mut p.0),
        Geometry::Line(l) => {
            f(&mut l.start);
            f(&mut l.end);
        }
        Geometry::LineString(l) => ls(l, f),
        Geometry::Polygon(p) => poly(p, f),
        Geometry::MultiPoint(mp) => mp.0.iter_mut().for_each(|p| f(&mut p.0)),
        Geometry::MultiLineString(m) => m.0.iter_mut().for_each(|l| ls(l, f)),
        Geometry::MultiPolygon(m) => m.0.iter_mut().for_each(|p| poly(p, f)),
        Geometry::GeometryCollection(gc) => {
            gc.0.iter_mut().for_each(|g| for_each_coord_mut(g, f));
        }
        Geometry::Rect(r) => {
            let (mut a, mut b) = (r.min(), r.max());
            f(&mut a);
            f(&mut b);
            *r = geo_types::Rect::new(a, b);
        }
        Geometry::Triangle(t) => {
            let (mut a, mut b, mut c) = (t.v1(), t.v2(), t.v3());
            f(&mut a);
            f(&mut b);
            f(&mut c);
            *t = geo_types::Triangle::new(a, b, c);
        }
    }
}

/// The OGC name of a geometry's type (`Point`, `MultiPolygon`, ...).
#[must_use]
pub fn geometry_kind(geom: &Geometry<f64>) -> &'static str {
    match geom {
        Geometry::Point(_) => "Point",
        Geometry::Line(_) | Geometry::LineString(_) => "LineString",
        Geometry::Polygon(_) | Geometry::Rect(_) | Geometry::Triangle(_) => "Polygon",
        Geometry::MultiPoint(_) => "MultiPoint",
        Geometry::MultiLineString(_) => "MultiLineString",
        Geometry::MultiPolygon(_) => "MultiPolygon",
        Geometry::GeometryCollection(_) => "GeometryCollection",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::polygon;

    #[test]
    fn mut_and_ref_visit_in_same_order() {
        let mut g = Geometry::Polygon(polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 4.0, y: 0.0), (x: 4.0, y: 4.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 1.0, y: 1.0), (x: 2.0, y: 1.0), (x: 2.0, y: 2.0), (x: 1.0, y: 1.0)]],
        ));
        let mut seen = Vec::new();
        for_each_coord(&g, &mut |c| seen.push(c));
        for_each_coord_mut(&mut g, &mut |c| c.x = 2.0 * c.x + 1.0);
        let mut after = Vec::new();
        for_each_coord(&g, &mut |c| after.push(c.x));
        assert_eq!(seen.len(), 8);
        let expect: Vec<f64> = seen.iter().map(|c| 2.0 * c.x + 1.0).collect();
        assert_eq!(after, expect);
    }
}
