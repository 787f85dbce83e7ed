use geo_types::{Coord, Geometry};
use serde::{Deserialize, Serialize};

use crate::coords::for_each_coord;

/// Axis-aligned bounding box `[min_x, min_y, max_x, max_y]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bbox {
    /// Smallest x (east).
    pub min_x: f64,
    /// Smallest y (north).
    pub min_y: f64,
    /// Largest x.
    pub max_x: f64,
    /// Largest y.
    pub max_y: f64,
}

impl Bbox {
    /// An empty box that any coordinate will grow.
    #[must_use]
    pub fn empty() -> Self {
        Self {
            min_x: f64::INFINITY,
            min_y: f64::INFINITY,
            max_x: f64::NEG_INFINITY,
            max_y: f64::NEG_INFINITY,
        }
    }

    /// True when nothing has been added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.min_x > self.max_x || self.min_y > self.max_y
    }

    /// Grow the box to include `c`.
    pub fn add(&mut self, c: Coord<f64>) {
        self.min_x = self.min_x.min(c.x);
        self.min_y = self.min_y.min(c.y);
        self.max_x = self.max_x.max(c.x);
        self.max_y = self.max_y.max(c.y);
    }

    /// Grow the box to include another box.
    pub fn merge(&mut self, other: &Bbox) {
        if other.is_empty() {
            return;
        }
        self.min_x = self.min_x.min(other.min_x);
        self.min_y = self.min_y.min(other.min_y);
        self.max_x = self.max_x.max(other.max_x);
        self.max_y = self.max_y.max(other.max_y);
    }

    /// Bounding box of one geometry (empty for an empty geometry).
    #[must_use]
    pub fn of(geom: &Geometry<f64>) -> Self {
        let mut b = Self::empty();
        for_each_coord(geom, &mut |c| b.add(c));
        b
    }

    /// The box as `[min_x, min_y, max_x, max_y]`.
    #[must_use]
    pub fn to_array(&self) -> [f64; 4] {
        [self.min_x, self.min_y, self.max_x, self.max_y]
    }

    /// The box grown by `d` on every side (a query box for "within `d`").
    #[must_use]
    pub fn grown(&self, d: f64) -> Bbox {
        Bbox {
            min_x: self.min_x - d,
            min_y: self.min_y - d,
            max_x: self.max_x + d,
            max_y: self.max_y + d,
        }
    }

    /// True when the two boxes share at least one point.
    #[must_use]
    pub fn intersects(&self, other: &Bbox) -> bool {
        self.min_x <= other.max_x
            && other.min_x <= self.max_x
            && self.min_y <= other.max_y
            && other.min_y <= self.max_y
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::{line_string, point};

    #[test]
    fn bbox_of_linestring() {
        let g = Geometry::LineString(line_string![(x: 1.0, y: 5.0), (x: -2.0, y: 3.0)]);
        let b = Bbox::of(&g);
        assert_eq!(b.to_array(), [-2.0, 3.0, 1.0, 5.0]);
        let p = Bbox::of(&Geometry::Point(point!(x: 0.0, y: 4.0)));
        assert!(b.intersects(&p));
    }
}
