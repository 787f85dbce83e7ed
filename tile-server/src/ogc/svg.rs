//! A small map of features for the OGC HTML pages: an inline SVG of their geometries, drawn
//! in screen units (no coordinates of the data in the page, no external tiles).

use std::fmt::Write as _;

use saale_model::geo_types::{Coord, LineString, Polygon};
use saale_model::{Bbox, Geometry};

/// Width and height of the drawing in SVG units.
const W: f64 = 320.0;
const H: f64 = 220.0;
/// Margin around the features.
const PAD: f64 = 8.0;
/// Deepest geometry collection drawn (deeper members are left out).
const MAX_DEPTH: usize = 8;

/// Maps coordinates of the working CRS to the drawing.
struct Frame {
    bbox: Bbox,
    scale: f64,
    /// Shrinks x for geographic CRSs (degrees of longitude are shorter).
    x_factor: f64,
    off_x: f64,
    off_y: f64,
}

impl Frame {
    fn new(bbox: Bbox, geographic: bool) -> Frame {
        let x_factor = if geographic {
            ((bbox.min_y + bbox.max_y) / 2.0)
                .to_radians()
                .cos()
                .abs()
                .max(0.01)
        } else {
            1.0
        };
        let w = ((bbox.max_x - bbox.min_x) * x_factor).max(1e-9);
        let h = (bbox.max_y - bbox.min_y).max(1e-9);
        let scale = ((W - 2.0 * PAD) / w).min((H - 2.0 * PAD) / h);
        Frame {
            off_x: (W - w * scale) / 2.0,
            off_y: (H - h * scale) / 2.0,
            bbox,
            scale,
            x_factor,
        }
    }

    fn px(&self, c: Coord<f64>) -> (f64, f64) {
        (
            self.off_x + (c.x - self.bbox.min_x) * self.x_factor * self.scale,
            H - self.off_y - (c.y - self.bbox.min_y) * self.scale,
        )
    }
}

/// An inline SVG map of `geoms` (in the working CRS; `geographic` for a CRS in degrees),
/// labelled `label` for screen readers; `None` when there is nothing to draw. Vertices less
/// than half a unit apart on screen are merged, so the size is bounded by the drawing, not
/// the data.
pub(crate) fn map<'a>(
    geoms: impl IntoIterator<Item = &'a Geometry<f64>>,
    geographic: bool,
    label: &str,
) -> Option<String> {
    let geoms: Vec<&Geometry<f64>> = geoms.into_iter().collect();
    let mut bbox = Bbox::empty();
    for g in &geoms {
        bbox.merge(&Bbox::of(g));
    }
    if bbox.is_empty() || !bbox.min_x.is_finite() || !bbox.max_y.is_finite() {
        return None;
    }
    let frame = Frame::new(bbox, geographic);
    let mut areas = String::new();
    let mut lines = String::new();
    let mut points = String::new();
    for g in geoms {
        draw(g, &frame, &mut areas, &mut lines, &mut points, 0);
    }
    let mut svg = format!(
        "<svg class=\"feature-map\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {W} {H}\" \
         width=\"{W}\" height=\"{H}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <rect width=\"{W}\" height=\"{H}\" fill=\"#f4f1ea\"/>",
        super::html::esc(label)
    );
    if !areas.is_empty() {
        let _ = write!(
            svg,
            "<path d=\"{areas}\" fill=\"#8fb3d9\" fill-opacity=\"0.5\" fill-rule=\"evenodd\" \
             stroke=\"#2b5c8a\" stroke-width=\"1\"/>"
        );
    }
    if !lines.is_empty() {
        let _ = write!(
            svg,
            "<path d=\"{lines}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\"/>"
        );
    }
    if !points.is_empty() {
        let _ = write!(
            svg,
            "<path d=\"{points}\" fill=\"#1f78b4\" stroke=\"#000\" stroke-width=\"1\"/>"
        );
    }
    svg.push_str("</svg>");
    Some(svg)
}

fn draw(
    g: &Geometry<f64>,
    f: &Frame,
    areas: &mut String,
    lines: &mut String,
    points: &mut String,
    depth: usize,
) {
    match g {
        Geometry::Point(p) => point(p.0, f, points),
        Geometry::MultiPoint(mp) => mp.iter().for_each(|p| point(p.0, f, points)),
        Geometry::Line(l) => path(&[l.start, l.end], f, false, lines),
        Geometry::LineString(ls) => line(ls, f, false, lines),
        Geometry::MultiLineString(ml) => ml.iter().for_each(|ls| line(ls, f, false, lines)),
        Geometry::Polygon(p) => polygon(p, f, areas),
        Geometry::MultiPolygon(mp) => mp.iter().for_each(|p| polygon(p, f, areas)),
        Geometry::Rect(r) => polygon(&r.to_polygon(), f, areas),
        Geometry::Triangle(t) => polygon(&t.to_polygon(), f, areas),
        Geometry::GeometryCollection(gc) if depth < MAX_DEPTH => {
            for m in gc {
                draw(m, f, areas, lines, points, depth + 1);
            }
        }
        Geometry::GeometryCollection(_) => {}
    }
}

fn point(c: Coord<f64>, f: &Frame, out: &mut String) {
    let (x, y) = f.px(c);
    // A circle of radius 4 as two arcs.
    let _ = write!(out, "M{:.1} {y:.1}a4 4 0 1 0 8 0a4 4 0 1 0 -8 0", x - 4.0);
}

fn polygon(p: &Polygon<f64>, f: &Frame, out: &mut String) {
    line(p.exterior(), f, true, out);
    for r in p.interiors() {
        line(r, f, true, out);
    }
}

fn line(ls: &LineString<f64>, f: &Frame, close: bool, out: &mut String) {
    path(&ls.0, f, close, out);
}

fn path(cs: &[Coord<f64>], f: &Frame, close: bool, out: &mut String) {
    let mut last: Option<(f64, f64)> = None;
    let mut n = 0usize;
    for &c in cs {
        let (x, y) = f.px(c);
        if let Some((lx, ly)) = last {
            if (x - lx).abs() < 0.5 && (y - ly).abs() < 0.5 {
                continue;
            }
        }
        let _ = write!(out, "{}{x:.1} {y:.1}", if n == 0 { 'M' } else { 'L' });
        last = Some((x, y));
        n += 1;
    }
    if close && n > 0 {
        out.push('Z');
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use saale_model::geo_types::{polygon, Point};

    #[test]
    fn the_map_is_in_screen_units_and_bounded() {
        // A square of 1 km in EPSG:25832 and a point in its middle.
        let sq: Geometry<f64> =
            polygon![(x: 680_000.0, y: 5_640_000.0), (x: 681_000.0, y: 5_640_000.0),
            (x: 681_000.0, y: 5_641_000.0), (x: 680_000.0, y: 5_641_000.0)]
            .into();
        let pt: Geometry<f64> = Point::new(680_500.0, 5_640_500.0).into();
        let svg = map([&sq, &pt], false, "Karte").unwrap();
        // Square: 204 units high (220 - 2*8), centred horizontally: x from 58 to 262.
        assert!(
            svg.contains("M58.0 212.0L262.0 212.0L262.0 8.0L58.0 8.0"),
            "{svg}"
        );
        // The point is a circle centred at (160, 110).
        assert!(svg.contains("M156.0 110.0a4 4"), "{svg}");
        assert!(!svg.contains("680"), "data coordinates in {svg}");
        // A line of a million vertices draws at most a few hundred.
        let long: Geometry<f64> = LineString::from(
            (0..1_000_000)
                .map(|i| (f64::from(i), (f64::from(i) / 1000.0).sin()))
                .collect::<Vec<_>>(),
        )
        .into();
        let svg = map([&long], false, "x").unwrap();
        assert!(svg.len() < 20_000, "{} bytes", svg.len());
        assert!(map(std::iter::empty(), false, "x").is_none());
    }
}
