//! Grids: square and hexagonal grids in the working CRS, and the INSPIRE grid in EPSG:3035 with
//! standard cell ids (`CRS3035RES100mN2689100E4337000`, as the Zensus uses), with aggregates of
//! other layers per cell.

use geo::{Area, BooleanOps, Intersects};
use rayon::prelude::*;
use saale_crs::{Crs, Transformer};
use saale_index::LayerIndex;
use saale_model::geo_types::{LineString, Polygon};
use saale_model::{Bbox, Feature, Field, FieldType, Geometry, Layer, Schema, Value};

use crate::join::count_points;
use crate::util::{as_multipolygon, field_index};
use crate::{Error, Result};

/// Most cells a grid may have.
pub const MAX_CELLS: usize = 20_000_000;

/// The kind of grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridKind {
    /// Square cells aligned to multiples of the cell size in the working CRS.
    Square,
    /// Hexagons (pointy top) whose centres are `cell` metres apart.
    Hex,
    /// INSPIRE / Zensus grid: square cells aligned in EPSG:3035, transformed to the working CRS.
    Inspire,
}

/// Cell size and kind.
#[derive(Debug, Clone, Copy)]
pub struct GridSpec {
    /// Cell size in metres (hexagons: distance between neighbouring centres).
    pub cell: f64,
    /// Kind of grid.
    pub kind: GridKind,
}

/// One aggregate: a layer and, optionally, a numeric field to sum (points) or to interpolate by
/// area (polygons).
pub struct GridAggregate<'a> {
    /// Column prefix (the layer name).
    pub name: String,
    /// The layer.
    pub layer: &'a Layer,
    /// Field to sum / interpolate.
    pub field: Option<String>,
    /// Whether the layer is counted as points (`Some(true)`) or its polygons measured
    /// (`Some(false)`); `None` decides from `layer`'s features. A caller that read only the part
    /// of a layer near the grid passes what the whole layer holds.
    pub points: Option<bool>,
}

fn square(x0: f64, y0: f64, s: f64) -> Polygon<f64> {
    Polygon::new(
        LineString::from(vec![
            (x0, y0),
            (x0 + s, y0),
            (x0 + s, y0 + s),
            (x0, y0 + s),
            (x0, y0),
        ]),
        vec![],
    )
}

fn hexagon(cx: f64, cy: f64, r: f64) -> Polygon<f64> {
    let pts: Vec<(f64, f64)> = (0..=6)
        .map(|k| {
            let a = std::f64::consts::PI / 180.0 * (60.0 * f64::from(k % 6) + 30.0);
            // Snapped to a micrometre, so that neighbours computed from different centres
            // share their corners bit for bit and the cells are a partition (unsnapped, a
            // point on a shared edge counted in both cells: the corners differed by 1e-16).
            let snap = |v: f64| (v * 1e6).round() / 1e6;
            (snap(cx + r * a.cos()), snap(cy + r * a.sin()))
        })
        .collect();
    Polygon::new(LineString::from(pts), vec![])
}

/// Cells of size `s` from `x0` on that hold every coordinate up to and including `max`: a
/// point on the extent's upper edge belongs, by the boundary rule, to the cell beyond that
/// edge, so when `max` falls on a cell edge there is one cell more.
fn spans(x0: f64, max: f64, s: f64) -> f64 {
    ((max - x0) / s).floor() + 1.0
}

fn check_count(nx: f64, ny: f64) -> Result<()> {
    let n = nx * ny;
    if n.is_nan() || n > MAX_CELLS as f64 {
        return Err(Error::Argument(format!(
            "the grid would have {:.0} cells (more than {MAX_CELLS}); use a larger cell or a smaller extent",
            nx * ny
        )));
    }
    Ok(())
}

/// Build a grid over `extent` (working CRS); with `clip`, only cells that intersect a feature
/// of `clip` are kept. Each aggregate adds columns: points → `<name>_count` (or
/// `<name>_sum_<field>`), each point in exactly one cell (the cells are a partition; boundary
/// rule of [`crate::boundary::holds`]); polygons → `<name>_area` and `<name>_share` of the cell area (or
/// `<name>_<field>` interpolated by area).
///
/// # Errors
/// Non-positive cell size, too many cells, CRS failures for the INSPIRE grid, unknown fields.
pub fn grid(
    spec: GridSpec,
    extent: &Bbox,
    clip: Option<&Layer>,
    working: &Crs,
    aggregates: &[GridAggregate<'_>],
) -> Result<Layer> {
    let s = spec.cell;
    if !(s > 0.0 && s.is_finite()) {
        return Err(Error::Argument(
            "the cell size must be a positive number of metres".into(),
        ));
    }
    if extent.is_empty() {
        return Err(Error::Argument("the grid extent is empty".into()));
    }
    let mut ids: Vec<String> = Vec::new();
    let mut cells: Vec<Polygon<f64>> = Vec::new();
    match spec.kind {
        GridKind::Square => {
            let (x0, y0) = (
                (extent.min_x / s).floor() * s,
                (extent.min_y / s).floor() * s,
            );
            let (nx, ny) = (spans(x0, extent.max_x, s), spans(y0, extent.max_y, s));
            check_count(nx, ny)?;
            for j in 0..ny as usize {
                for i in 0..nx as usize {
                    let (x, y) = (x0 + i as f64 * s, y0 + j as f64 * s);
                    ids.push(format!("{x:.0}_{y:.0}"));
                    cells.push(square(x, y, s));
                }
            }
        }
        GridKind::Hex => {
            let r = s / 3f64.sqrt();
            let dy = 1.5 * r;
            let y0 = (extent.min_y / dy).floor() * dy - dy;
            let x0 = (extent.min_x / s).floor() * s - s;
            let nx = ((extent.max_x - x0) / s).ceil() + 2.0;
            let ny = ((extent.max_y - y0) / dy).ceil() + 2.0;
            check_count(nx, ny)?;
            for j in 0..ny as usize {
                for i in 0..nx as usize {
                    let cx = x0 + i as f64 * s + if j % 2 == 1 { s / 2.0 } else { 0.0 };
                    let cy = y0 + j as f64 * dy;
                    if cx + s < extent.min_x
                        || cx - s > extent.max_x
                        || cy + s < extent.min_y
                        || cy - s > extent.max_y
                    {
                        continue;
                    }
                    ids.push(format!("hex_{i}_{j}"));
                    cells.push(hexagon(cx, cy, r));
                }
            }
        }
        GridKind::Inspire => {
            let laea = Crs::epsg(3035);
            let to = Transformer::new(working, &laea)?;
            // The extent's outline, densified, in EPSG:3035.
            let mut xs = Vec::new();
            let mut ys = Vec::new();
            for k in 0..=16 {
                let t = f64::from(k) / 16.0;
                let x = extent.min_x + t * (extent.max_x - extent.min_x);
                let y = extent.min_y + t * (extent.max_y - extent.min_y);
                for (px, py) in [
                    (x, extent.min_y),
                    (x, extent.max_y),
                    (extent.min_x, y),
                    (extent.max_x, y),
                ] {
                    xs.push(px);
                    ys.push(py);
                }
            }
            to.transform_coords(&mut xs, &mut ys)?;
            let min_x = xs.iter().copied().fold(f64::INFINITY, f64::min);
            let max_x = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let min_y = ys.iter().copied().fold(f64::INFINITY, f64::min);
            let max_y = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let (x0, y0) = ((min_x / s).floor() * s, (min_y / s).floor() * s);
            let (nx, ny) = (spans(x0, max_x, s), spans(y0, max_y, s));
            check_count(nx, ny)?;
            let res = format!("{s:.0}m");
            let back = Transformer::new(&laea, working)?;
            for j in 0..ny as usize {
                for i in 0..nx as usize {
                    let (x, y) = (x0 + i as f64 * s, y0 + j as f64 * s);
                    ids.push(format!("CRS3035RES{res}N{y:.0}E{x:.0}"));
                    cells.push(square(x, y, s));
                }
            }
            // Transform all corners at once.
            let mut cx = Vec::with_capacity(cells.len() * 5);
            let mut cy = Vec::with_capacity(cells.len() * 5);
            for c in &cells {
                for p in &c.exterior().0 {
                    cx.push(p.x);
                    cy.push(p.y);
                }
            }
            back.transform_coords(&mut cx, &mut cy)?;
            let mut k = 0;
            for c in &mut cells {
                let pts: Vec<(f64, f64)> = (0..5).map(|m| (cx[k + m], cy[k + m])).collect();
                k += 5;
                *c = Polygon::new(LineString::from(pts), vec![]);
            }
        }
    }
    // Clip to the extent layer's features.
    if let Some(clip) = clip {
        let idx = LayerIndex::build(clip);
        let keep: Vec<bool> = cells
            .par_iter()
            .map(|c| {
                let g = Geometry::Polygon(c.clone());
                let mut hit = false;
                idx.for_each_in_bbox(&Bbox::of(&g), |j| {
                    if !hit {
                        hit = clip.features[j]
                            .geometry
                            .as_ref()
                            .is_some_and(|h| h.intersects(&g));
                    }
                });
                hit
            })
            .collect();
        let mut k = keep.iter();
        cells.retain(|_| *k.next().unwrap_or(&false));
        let mut k = keep.iter();
        ids.retain(|_| *k.next().unwrap_or(&false));
    }
    let mut layer = Layer {
        schema: Schema::from_fields([
            Field {
                name: "cell_id".into(),
                ty: FieldType::String,
            },
            Field {
                name: "cell_area".into(),
                ty: FieldType::Float,
            },
        ]),
        features: ids
            .into_iter()
            .zip(cells)
            .map(|(id, c)| {
                let a = c.unsigned_area();
                Feature {
                    geometry: Some(Geometry::Polygon(c)),
                    values: vec![Value::String(id.into()), Value::Float(a)],
                }
            })
            .collect(),
    };
    for agg in aggregates {
        layer = aggregate(layer, agg)?;
    }
    Ok(layer)
}

fn aggregate(cells: Layer, agg: &GridAggregate<'_>) -> Result<Layer> {
    let l = agg.layer;
    // A layer with points is counted (its lines and polygons are ignored); otherwise its
    // polygons are measured by area.
    let is_points = agg.points.unwrap_or_else(|| {
        l.features
            .iter()
            .filter_map(|f| f.geometry.as_ref())
            .any(|g| matches!(g, Geometry::Point(_) | Geometry::MultiPoint(_)))
    });
    if is_points {
        let mut out = count_points(&cells, l, &agg.name, agg.field.as_deref())?;
        let last = out.schema.len() - 1;
        let name = match &agg.field {
            Some(f) => format!("{}_sum_{f}", agg.name),
            None => format!("{}_count", agg.name),
        };
        let mut fields = out.schema.fields().to_vec();
        fields[last].name = name;
        out.schema = Schema::from_fields(fields);
        return Ok(out);
    }
    let fi = agg
        .field
        .as_deref()
        .map(|f| field_index(l, &agg.name, f))
        .transpose()?;
    let polys: Vec<Option<geo::MultiPolygon<f64>>> = l
        .features
        .iter()
        .map(|f| f.geometry.as_ref().and_then(as_multipolygon))
        .collect();
    let whole: Vec<f64> = polys
        .iter()
        .map(|p| p.as_ref().map_or(0.0, Area::unsigned_area))
        .collect();
    let idx = LayerIndex::build(l);
    let sums: Vec<(f64, f64)> = cells
        .features
        .par_iter()
        .map(|c| {
            let Some(Geometry::Polygon(cp)) = &c.geometry else {
                return (0.0, 0.0);
            };
            let g = Geometry::Polygon(cp.clone());
            let mut area = 0.0;
            let mut val = 0.0;
            idx.for_each_in_bbox(&Bbox::of(&g), |j| {
                if let Some(p) = &polys[j] {
                    let a = cp.intersection(p).unsigned_area();
                    area += a;
                    if let (Some(i), true) = (fi, whole[j] > 0.0) {
                        val += l.features[j].value(i).as_f64().unwrap_or(0.0) * a / whole[j];
                    }
                }
            });
            (area, val)
        })
        .collect();
    let mut fields = cells.schema.fields().to_vec();
    let extra: Vec<(String, FieldType)> = match &agg.field {
        Some(f) => vec![(format!("{}_{f}", agg.name), FieldType::Float)],
        None => vec![
            (format!("{}_area", agg.name), FieldType::Float),
            (format!("{}_share", agg.name), FieldType::Float),
        ],
    };
    for (n, t) in &extra {
        fields.push(Field {
            name: n.clone(),
            ty: *t,
        });
    }
    let n = cells.schema.len();
    let features = cells
        .features
        .into_iter()
        .zip(sums)
        .map(|(mut f, (a, v))| {
            f.values.resize(n, Value::Null);
            if agg.field.is_some() {
                f.values.push(Value::Float(v));
            } else {
                let ca = f.values.get(1).and_then(Value::as_f64).unwrap_or(0.0);
                f.values.push(Value::Float(a));
                f.values
                    .push(Value::Float(if ca > 0.0 { a / ca } else { 0.0 }));
            }
            f
        })
        .collect();
    Ok(Layer {
        schema: Schema::from_fields(fields),
        features,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::point;

    /// Was counted twice (`generated_grids_match_geos_cells_counts_and_areas`, case 19): the
    /// point (0, 4) on the edge between two hexagons of 0.5 lay in both, their shared corners
    /// differing by 1e-16.
    #[test]
    fn point_on_a_hexagon_edge_is_counted_once() {
        // The extent of case 19 (its points' box).
        let e = Bbox {
            min_x: 0.0,
            min_y: 1.5,
            max_x: 13.0,
            max_y: 11.5,
        };
        let pts = Layer {
            schema: Schema::new(),
            features: vec![Feature {
                geometry: Some(Geometry::Point(point!(x: 0.0, y: 4.0))),
                values: vec![],
            }],
        };
        let aggs = [GridAggregate {
            name: "p".into(),
            layer: &pts,
            field: None,
            points: Some(true),
        }];
        let spec = GridSpec {
            cell: 0.5,
            kind: GridKind::Hex,
        };
        let g = grid(spec, &e, None, &Crs::epsg(25832), &aggs).expect("grid");
        let c = g.schema.index_of("p_count").expect("col");
        let total: f64 = g.features.iter().filter_map(|f| f.values[c].as_f64()).sum();
        assert_eq!(total, 1.0);
    }

    /// Was lost: a point on the extent's upper or right edge, on a cell edge, fell in no cell
    /// (the cells ended at the edge, and the boundary rule puts the point beyond it).
    #[test]
    fn point_on_the_extent_edge_at_a_cell_edge_is_counted() {
        let e = Bbox {
            min_x: 0.0,
            min_y: 0.0,
            max_x: 20.0,
            max_y: 20.0,
        };
        let pts = Layer {
            schema: Schema::new(),
            features: [(20.0, 5.0), (5.0, 20.0), (20.0, 20.0), (0.0, 0.0)]
                .iter()
                .map(|(x, y)| Feature {
                    geometry: Some(Geometry::Point(point!(x: *x, y: *y))),
                    values: vec![],
                })
                .collect(),
        };
        let aggs = [GridAggregate {
            name: "p".into(),
            layer: &pts,
            field: None,
            points: Some(true),
        }];
        for kind in [GridKind::Square, GridKind::Inspire] {
            let spec = GridSpec { cell: 10.0, kind };
            let g = grid(spec, &e, None, &Crs::epsg(3035), &aggs).expect("grid");
            let c = g.schema.index_of("p_count").expect("col");
            let total: f64 = g.features.iter().filter_map(|f| f.values[c].as_f64()).sum();
            assert_eq!(total, 4.0, "{kind:?}");
        }
    }

    #[test]
    fn square_and_hex_grids_cover_the_extent() {
        let e = Bbox {
            min_x: 5.0,
            min_y: 5.0,
            max_x: 25.0,
            max_y: 15.0,
        };
        let crs = Crs::epsg(25832);
        let pts = Layer {
            schema: Schema::new(),
            features: [(5.0, 5.0), (10.0, 10.0), (24.0, 14.0)]
                .iter()
                .map(|(x, y)| Feature {
                    geometry: Some(Geometry::Point(point!(x: *x, y: *y))),
                    values: vec![],
                })
                .collect(),
        };
        let aggs = [GridAggregate {
            name: "p".into(),
            layer: &pts,
            field: None,
            points: None,
        }];
        let g = grid(
            GridSpec {
                cell: 10.0,
                kind: GridKind::Square,
            },
            &e,
            None,
            &crs,
            &aggs,
        )
        .expect("grid");
        // x from 0 to 30, y from 0 to 20: 3 x 2 cells.
        assert_eq!(g.features.len(), 6);
        let c = g.schema.index_of("p_count").expect("col");
        let total: i64 = g
            .features
            .iter()
            .map(|f| match f.values[c] {
                Value::Int(n) => n,
                _ => 0,
            })
            .sum();
        assert_eq!(total, 3);
        // (10, 10) lies on four cells' corner and is counted once.
        let h = grid(
            GridSpec {
                cell: 10.0,
                kind: GridKind::Hex,
            },
            &e,
            None,
            &crs,
            &[],
        )
        .expect("hex");
        let a = h.features[0].values[1].as_f64().expect("area");
        // Corners snapped to a micrometre: the area is exact to about perimeter x 1e-6.
        assert!((a - 100.0 * 3f64.sqrt() / 2.0).abs() < 1e-4, "{a}");
        assert!(grid(
            GridSpec {
                cell: 0.0,
                kind: GridKind::Square
            },
            &e,
            None,
            &crs,
            &[]
        )
        .is_err());
    }

    #[test]
    fn inspire_ids_are_aligned_in_laea() {
        // Jena centre in EPSG:25832.
        let e = Bbox {
            min_x: 681_000.0,
            min_y: 5_644_000.0,
            max_x: 681_500.0,
            max_y: 5_644_500.0,
        };
        let g = grid(
            GridSpec {
                cell: 100.0,
                kind: GridKind::Inspire,
            },
            &e,
            None,
            &Crs::epsg(25832),
            &[],
        )
        .expect("grid");
        assert!(g.features.len() >= 25);
        let Value::String(id) = &g.features[0].values[0] else {
            panic!("id")
        };
        let (res, n, east) = parse(id);
        assert_eq!(res, 100.0);
        assert_eq!(n % 100.0, 0.0);
        assert_eq!(east % 100.0, 0.0);
        // A cell in UTM is close to 100 x 100 m.
        let a = g.features[0].values[1].as_f64().expect("area");
        assert!((a - 10_000.0).abs() < 100.0, "{a}");
    }

    fn parse(id: &str) -> (f64, f64, f64) {
        let rest = id.strip_prefix("CRS3035RES").expect("prefix");
        let (res, rest) = rest.split_once("mN").expect("res");
        let (n, e) = rest.split_once('E').expect("E");
        (
            res.parse().expect("r"),
            n.parse().expect("n"),
            e.parse().expect("e"),
        )
    }
}
