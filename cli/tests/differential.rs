//! Generated differential tests of the analysis verbs against GEOS (shapely), one Python
//! process per test with all its cases batched: `overlay` (intersection pieces, difference and
//! union parts, areal and dasymetric interpolation), `grid` with aggregates (cells, point
//! counts, polygon areas and interpolated sums), `buffer` and `dissolve` areas, and `join` of
//! lines with boxes (lines along edges, ending on edges, crossing). A mismatch panics with the
//! shrunk case: the one pair (or feature) that differs, then the case it came from.
//!
//! Coordinates are small integers (the generators of `common::gen`), where GEOS's answers are
//! exact; the library is called directly, as `overlap.rs` does.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;

use common::gen::{first_difference, index_pairs, rect, ring, shape, with_index, wkt, Rng};
use common::{peer_python, python};
use saale_analysis as an;
use saale_model::geo_types::{Coord, LineString, Point, Polygon};
use saale_model::{Bbox, Feature, Field, FieldType, Geometry, Layer, Schema, Value};

/// Write the cases (one JSON value each) to a file and run `code` over it (`CASES` in the
/// code is that file's path); returns the JSON the code printed.
fn run_peer(py: &std::path::Path, cases: &[String], code: &str) -> serde_json::Value {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("cases.json");
    std::fs::write(&f, format!("[{}]", cases.join(","))).unwrap();
    let code = code.replace("CASES", &format!("{:?}", f.display().to_string()));
    python(py, &code)
}

fn wkts(gs: &[Geometry<f64>]) -> String {
    let v: Vec<String> = gs.iter().map(|g| format!("{:?}", wkt(g))).collect();
    format!("[{}]", v.join(","))
}

/// Areas from boolean operations: geo's (i_overlay) snap vertices to an integer grid of about
/// 1e-9 of the extent, so an area on this 13-unit grid is off by up to ~1e-7 where GEOS is
/// exact (in metres, on a 10 km district: 1e-5 m of each vertex).
fn close_area(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 + 1e-7 * a.abs().max(b.abs())
}

fn f(l: &Layer, feat: &Feature, name: &str) -> Option<f64> {
    feat.value(l.schema.index_of(name)?).as_f64()
}

/// A: `ai` (index) and the extensive weight `w` = 10 (i + 1); B: `bi`.
fn overlay_inputs(a: &[Geometry<f64>], b: &[Geometry<f64>]) -> (Layer, Layer) {
    let mut la = with_index(a.to_vec(), "ai");
    la.schema = Schema::from_fields([
        Field {
            name: "ai".into(),
            ty: FieldType::Int,
        },
        Field {
            name: "w".into(),
            ty: FieldType::Float,
        },
    ]);
    for (i, ft) in la.features.iter_mut().enumerate() {
        ft.values.push(Value::Float(10.0 * (i as f64 + 1.0)));
    }
    (la, with_index(b.to_vec(), "bi"))
}

/// The pieces of an overlay result: (A index, B index, area, interpolated w).
type Pieces = Vec<(Option<usize>, Option<usize>, f64, Option<f64>)>;

fn pieces(l: &Layer) -> Pieces {
    let mut v: Pieces = l
        .features
        .iter()
        .map(|ft| {
            (
                f(l, ft, "ai").map(|x| x as usize),
                f(l, ft, "bi").map(|x| x as usize),
                f(l, ft, "area").unwrap(),
                f(l, ft, "w"),
            )
        })
        .collect();
    v.sort_by_key(|x| (x.0, x.1));
    v
}

/// `overlay` on 1,000 generated cases (overlapping and nested polygons, shared edges, holes,
/// multipolygons) in every mode equals GEOS: the intersection pieces are exactly the (A, B)
/// pairs whose GEOS intersection has area above the sliver threshold, with GEOS's area; the
/// difference parts are `A.difference(union(B))`; a union is the intersection pieces plus
/// both difference parts. Areal interpolation gives each piece `w × area / area(A)`,
/// dasymetric `w × area / (area of A covered by B)`, so A's weight sums to `w` over its pieces.
#[test]
fn generated_overlays_match_geos_pieces_areas_and_interpolation() {
    use an::OverlayMode::{Difference, Intersection, Union};
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x000e_71a7_2026);
    let n = 1_000;
    let (mut cases, mut ours, mut all) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n {
        let a: Vec<Geometry<f64>> = (0..2 + rng.int(3)).map(|_| shape(&mut rng)).collect();
        let b: Vec<Geometry<f64>> = (0..2 + rng.int(3)).map(|_| shape(&mut rng)).collect();
        let (la, lb) = overlay_inputs(&a, &b);
        let w = ["w".to_string()];
        let run = |m, interp: &[String], dasy| {
            pieces(&an::overlay(&la, &lb, ("a", "b"), m, interp, dasy).unwrap())
        };
        ours.push([
            run(Intersection, &w, false),
            run(Intersection, &w, true),
            run(Difference, &[], false),
            run(Union, &[], false),
        ]);
        cases.push(format!("{{\"a\":{},\"b\":{}}}", wkts(&a), wkts(&b)));
        all.push((a, b));
    }
    let r = run_peer(
        &py,
        &cases,
        r#"
import json
from shapely import wkt
from shapely.ops import unary_union
out = []
for c in json.load(open(CASES)):
    A = [wkt.loads(x) for x in c["a"]]
    B = [wkt.loads(x) for x in c["b"]]
    ua, ub = unary_union(A), unary_union(B)
    inter = [[i, j, A[i].intersection(B[j]).area] for i in range(len(A)) for j in range(len(B))]
    out.append({"area_a": [g.area for g in A],
                "inter": [x for x in inter if x[2] > 1e-6],
                "diff": [[i, d] for i, g in enumerate(A) if (d := g.difference(ub).area) > 1e-6],
                "bonly": [[j, d] for j, g in enumerate(B) if (d := g.difference(ua).area) > 1e-6]})
print(json.dumps(out))
"#,
    );
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), n);
    let (mut n_inter, mut n_diff) = (0, 0);
    for (c, ([inter, dasy, diff, union], t)) in ours.iter().zip(theirs).enumerate() {
        let (a, b) = &all[c];
        let show = |i: Option<usize>, j: Option<usize>| {
            format!(
                "case {c}: A[{i:?}] = {}, B[{j:?}] = {}\nall A: {}\nall B: {}",
                i.map_or("-".into(), |i| wkt(&a[i])),
                j.map_or("-".into(), |j| wkt(&b[j])),
                wkts(a),
                wkts(b)
            )
        };
        let area_a: Vec<f64> = t["area_a"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        // GEOS's intersection pieces: (i, j) -> area.
        let geos: BTreeMap<(usize, usize), f64> = t["inter"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    (
                        x[0].as_u64().unwrap() as usize,
                        x[1].as_u64().unwrap() as usize,
                    ),
                    x[2].as_f64().unwrap(),
                )
            })
            .collect();
        let mine: Vec<(usize, usize)> =
            inter.iter().map(|p| (p.0.unwrap(), p.1.unwrap())).collect();
        let keys: Vec<(usize, usize)> = geos.keys().copied().collect();
        if let Some((i, j)) = first_difference(&mine, &keys) {
            panic!(
                "intersection piece ({i}, {j}): saale {}, GEOS {}\n{}",
                mine.contains(&(i, j)),
                keys.contains(&(i, j)),
                show(Some(i), Some(j))
            );
        }
        // Per A feature, the area its pieces cover (for the dasymetric shares).
        let mut covered = vec![0.0; a.len()];
        for (&(i, _), &ar) in &geos {
            covered[i] += ar;
        }
        for (p, d) in inter.iter().zip(dasy) {
            let (i, j) = (p.0.unwrap(), p.1.unwrap());
            let ga = geos[&(i, j)];
            let w = 10.0 * (i as f64 + 1.0);
            assert!(
                close_area(p.2, ga),
                "area {} vs GEOS {ga}\n{}",
                p.2,
                show(Some(i), Some(j))
            );
            let areal = w * ga / area_a[i];
            assert!(
                close_area(p.3.unwrap(), areal),
                "areal w {:?} vs {areal}\n{}",
                p.3,
                show(Some(i), Some(j))
            );
            let dasymetric = w * ga / covered[i];
            assert!(
                close_area(d.3.unwrap(), dasymetric),
                "dasymetric w {:?} vs {dasymetric}\n{}",
                d.3,
                show(Some(i), Some(j))
            );
        }
        let parts = |k: &str| -> Vec<(usize, f64)> {
            t[k].as_array()
                .unwrap()
                .iter()
                .map(|x| (x[0].as_u64().unwrap() as usize, x[1].as_f64().unwrap()))
                .collect()
        };
        let (gdiff, gbonly) = (parts("diff"), parts("bonly"));
        let mdiff: Vec<(usize, f64)> = diff.iter().map(|p| (p.0.unwrap(), p.2)).collect();
        let same = |m: &[(usize, f64)], g: &[(usize, f64)]| {
            m.len() == g.len()
                && m.iter()
                    .zip(g)
                    .all(|(x, y)| x.0 == y.0 && close_area(x.1, y.1))
        };
        assert!(
            same(&mdiff, &gdiff),
            "difference parts: saale {mdiff:?}, GEOS {gdiff:?}\n{}",
            show(mdiff.first().or(gdiff.first()).map(|x| x.0), None)
        );
        // Union = intersection pieces + A-only + B-only parts.
        let u_both: Vec<f64> = union
            .iter()
            .filter(|p| p.0.is_some() && p.1.is_some())
            .map(|p| p.2)
            .collect();
        let u_a: Vec<(usize, f64)> = union
            .iter()
            .filter(|p| p.1.is_none())
            .map(|p| (p.0.unwrap(), p.2))
            .collect();
        let mut u_b: Vec<(usize, f64)> = union
            .iter()
            .filter(|p| p.0.is_none())
            .map(|p| (p.1.unwrap(), p.2))
            .collect();
        u_b.sort_by_key(|x| x.0);
        assert!(
            u_both.len() == geos.len()
                && u_both
                    .iter()
                    .zip(geos.values())
                    .all(|(x, y)| close_area(*x, *y)),
            "union: intersection pieces differ\n{}",
            show(None, None)
        );
        assert!(
            same(&u_a, &gdiff),
            "union: A-only parts {u_a:?} vs GEOS {gdiff:?}\n{}",
            show(None, None)
        );
        assert!(
            same(&u_b, &gbonly),
            "union: B-only parts {u_b:?} vs GEOS {gbonly:?}\n{}",
            show(None, None)
        );
        n_inter += geos.len();
        n_diff += gdiff.len();
    }
    assert!(
        n_inter > 1_000 && n_diff > 1_000,
        "{n_inter} pieces, {n_diff} parts"
    );
}

/// `grid` with aggregates on 600 generated cases (square cells of 0.5 to 3 units, and
/// hexagons; points on cell edges and corners, the extent ending on a cell edge): the cells
/// cover the extent without overlapping, every point of the extent is counted in exactly one
/// cell, the one whose GEOS polygon contains the point shifted by (1e-6, 1e-9) (the boundary
/// rule), and per cell the polygon area and the interpolated weight equal GEOS's
/// intersections.
#[test]
fn generated_grids_match_geos_cells_counts_and_areas() {
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x6e1d_2026_1203);
    let n = 600;
    let crs = saale_crs::Crs::epsg(25832);
    let (mut cases, mut ours) = (Vec::new(), Vec::new());
    for c in 0..n {
        let pts: Vec<(f64, f64)> = (0..20).map(|_| rng.half()).collect();
        let polys: Vec<Geometry<f64>> = (0..1 + rng.int(3)).map(|_| shape(&mut rng)).collect();
        let cell = [0.5, 1.0, 2.0, 3.0][rng.int(4) as usize];
        let kind = if c % 4 == 3 {
            an::GridKind::Hex
        } else {
            an::GridKind::Square
        };
        let pl = Layer {
            schema: Schema::new(),
            features: pts
                .iter()
                .map(|&(x, y)| Feature {
                    geometry: Some(Geometry::Point(Point::new(x, y))),
                    values: vec![],
                })
                .collect(),
        };
        let mut ql = with_index(polys.clone(), "w");
        for (i, ft) in ql.features.iter_mut().enumerate() {
            ft.values = vec![Value::Float(7.0 * (i as f64 + 1.0))];
        }
        ql.schema = Schema::from_fields([Field {
            name: "w".into(),
            ty: FieldType::Float,
        }]);
        // The extent: the points' box (its maximum is a point, often on a cell edge).
        let mut extent = Bbox::empty();
        for &(x, y) in &pts {
            extent.add(Coord { x, y });
        }
        let aggs = [
            an::GridAggregate {
                name: "p".into(),
                layer: &pl,
                field: None,
                points: Some(true),
            },
            an::GridAggregate {
                name: "q".into(),
                layer: &ql,
                field: Some("w".into()),
                points: Some(false),
            },
            an::GridAggregate {
                name: "r".into(),
                layer: &ql,
                field: None,
                points: Some(false),
            },
        ];
        let g = an::grid(an::GridSpec { cell, kind }, &extent, None, &crs, &aggs).unwrap();
        let cells: Vec<Geometry<f64>> = g
            .features
            .iter()
            .map(|x| x.geometry.clone().unwrap())
            .collect();
        let vals: Vec<(i64, f64, f64)> = g
            .features
            .iter()
            .map(|x| {
                (
                    f(&g, x, "p_count").unwrap() as i64,
                    f(&g, x, "q_w").unwrap(),
                    f(&g, x, "r_area").unwrap(),
                )
            })
            .collect();
        let ps: Vec<String> = pts.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
        cases.push(format!(
            "{{\"cells\":{},\"p\":[{}],\"q\":{},\"e\":[{},{},{},{}]}}",
            wkts(&cells),
            ps.join(","),
            wkts(&polys),
            extent.min_x,
            extent.min_y,
            extent.max_x,
            extent.max_y
        ));
        ours.push((kind, cell, pts, polys, cells, vals));
    }
    let r = run_peer(
        &py,
        &cases,
        r#"
import json
from shapely import wkt
from shapely.geometry import Point, box
from shapely.ops import unary_union
out = []
for c in json.load(open(CASES)):
    cells = [wkt.loads(x) for x in c["cells"]]
    q = [wkt.loads(x) for x in c["q"]]
    u = unary_union(cells)
    where = [[k for k, g in enumerate(cells) if g.contains(Point(x + 1e-6, y + 1e-9))] for x, y in c["p"]]
    # Within 1e-6 of an edge but not on it (hexagon corners carry rounding noise): the finite
    # step of the reference may cross the edge, so such points are not compared.
    amb = [any(0 < g.exterior.distance(Point(x, y)) < 1e-6 for g in cells) for x, y in c["p"]]
    out.append({"where": where, "amb": amb,
                "uncovered": box(*c["e"]).difference(u).area,
                "overlap": sum(g.area for g in cells) - u.area,
                "w": [sum(7.0 * (j + 1) * g.intersection(p).area / p.area for j, p in enumerate(q)) for g in cells],
                "area": [sum(g.intersection(p).area for p in q) for g in cells]})
print(json.dumps(out))
"#,
    );
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), n);
    let mut on_edges = 0;
    for (c, ((kind, cell, pts, polys, cells, vals), t)) in ours.iter().zip(theirs).enumerate() {
        let ctx = || {
            format!(
                "case {c}: {kind:?} grid of {cell}, points {pts:?}, polygons {}",
                wkts(polys)
            )
        };
        assert!(
            t["uncovered"].as_f64().unwrap() < 1e-9,
            "the cells leave part of the extent uncovered\n{}",
            ctx()
        );
        assert!(
            t["overlap"].as_f64().unwrap().abs() < 1e-6,
            "the cells overlap\n{}",
            ctx()
        );
        // saale's cell per point (the one boundary rule), and the counts it gives.
        let pl = common::gen::layer(
            pts.iter()
                .map(|&(x, y)| Geometry::Point(Point::new(x, y)))
                .collect(),
        );
        let mine = an::boundary::point_polygon_pairs(&common::gen::layer(cells.clone()), &pl);
        let mut counts = vec![0i64; cells.len()];
        for &(_, k) in &mine {
            counts[k] += 1;
        }
        for (k, w) in t["where"].as_array().unwrap().iter().enumerate() {
            let w: Vec<usize> = w
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as usize)
                .collect();
            let ours: Vec<usize> = mine.iter().filter(|p| p.0 == k).map(|p| p.1).collect();
            assert_eq!(
                ours.len(),
                1,
                "point {:?} lies in {} cells by the boundary rule\n{}",
                pts[k],
                ours.len(),
                ctx()
            );
            if t["amb"][k].as_bool() == Some(true) {
                continue;
            }
            assert_eq!(
                ours,
                w,
                "point {:?}: cell {ours:?} vs GEOS {w:?}\n{}",
                pts[k],
                ctx()
            );
        }
        for (k, (v, gc)) in vals.iter().zip(&counts).enumerate() {
            assert_eq!(
                v.0,
                *gc,
                "cell {k} ({}): count {} vs the rule's {gc}\n{}",
                wkt(&cells[k]),
                v.0,
                ctx()
            );
            let (gw, ga) = (t["w"][k].as_f64().unwrap(), t["area"][k].as_f64().unwrap());
            assert!(
                close_area(v.1, gw) && close_area(v.2, ga),
                "cell {k} ({}): w {} area {} vs GEOS {gw} {ga}\n{}",
                wkt(&cells[k]),
                v.1,
                v.2,
                ctx()
            );
        }
        on_edges += pts
            .iter()
            .filter(|(x, y)| {
                *kind == an::GridKind::Square
                    && ((x / cell).fract() == 0.0 || (y / cell).fract() == 0.0)
            })
            .count();
    }
    assert!(on_edges > 3_000, "{on_edges} points on cell edges");
}

/// A line on the grid: along part of an edge of `boxes[0]`, from inside a box to outside,
/// ending on an edge from outside, a random segment or a three-point polyline.
fn line(r: &mut Rng, boxes: &[[(i32, i32); 4]]) -> Geometry<f64> {
    let b = boxes[r.int(boxes.len() as u64) as usize];
    let (x0, y0, x1, y1) = (b[0].0, b[0].1, b[2].0, b[2].1);
    let pts: Vec<(i32, i32)> = match r.int(6) {
        // Along the bottom or left edge, whole or in part.
        0 => vec![(x0, y0), (x0 + r.int((x1 - x0) as u64) + 1, y0)],
        1 => vec![(x0, y0 + r.int((y1 - y0) as u64)), (x0, y1)],
        // From the edge's outside up to the edge.
        2 => vec![(x0 - 1 - r.int(2), y0), (x0, y0)],
        // Crossing from inside to outside.
        3 => vec![(x0, y0), (x1 + 1, y1 + 1)],
        4 => vec![(r.int(13), r.int(13)), (r.int(13), r.int(13))],
        _ => vec![
            (r.int(13), r.int(13)),
            (r.int(13), r.int(13)),
            (r.int(13), r.int(13)),
        ],
    };
    let mut pts = pts;
    if pts.windows(2).all(|w| w[0] == w[1]) {
        pts[0].0 -= 1;
    }
    Geometry::LineString(LineString(
        pts.iter()
            .map(|&(x, y)| Coord {
                x: f64::from(x),
                y: f64::from(y),
            })
            .collect(),
    ))
}

/// `join` of lines and polygons (boxes and the other generated shapes) on 1,000 generated
/// cases, both ways round, with every predicate, equals GEOS pair for pair: lines along a
/// box's edge touch it and are within neither it nor its interior, lines ending on an edge
/// touch, lines crossing intersect without touching.
#[test]
fn generated_line_and_box_joins_match_geos() {
    use an::{spatial_join, Predicate};
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x11e5_b0c5_2026);
    let preds = [
        ("intersects", Predicate::Intersects),
        ("within", Predicate::Within),
        ("contains", Predicate::Contains),
        ("touches", Predicate::Touches),
    ];
    let n = 1_000;
    let (mut cases, mut ours, mut all) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..n {
        let boxes: Vec<[(i32, i32); 4]> = (0..1 + rng.int(3)).map(|_| rect(&mut rng)).collect();
        let mut polys: Vec<Geometry<f64>> = boxes
            .iter()
            .map(|b| Geometry::Polygon(Polygon::new(ring(b), vec![])))
            .collect();
        polys.push(shape(&mut rng));
        let lines: Vec<Geometry<f64>> = (0..8).map(|_| line(&mut rng, &boxes)).collect();
        let (ll, pl) = (
            with_index(lines.clone(), "t"),
            with_index(polys.clone(), "s"),
        );
        let join = |t: &Layer, s: &Layer, p| {
            let r = spatial_join(t, s, "s", p, false, None).unwrap();
            let mut v: Vec<(usize, usize)> = r
                .features
                .iter()
                .map(|ft| {
                    (
                        ft.values[0].as_f64().unwrap() as usize,
                        ft.values[1].as_f64().unwrap() as usize,
                    )
                })
                .collect();
            v.sort_unstable();
            v
        };
        // Lines as targets of polygons, then polygons as targets of lines.
        let mut m: Vec<Vec<(usize, usize)>> =
            preds.iter().map(|(_, p)| join(&ll, &pl, *p)).collect();
        m.extend(preds.iter().map(|(_, p)| join(&pl, &ll, *p)));
        ours.push(m);
        cases.push(format!("{{\"l\":{},\"p\":{}}}", wkts(&lines), wkts(&polys)));
        all.push((lines, polys));
    }
    let r = run_peer(
        &py,
        &cases,
        r#"
import json
from shapely import wkt
P = ("intersects", "within", "contains", "touches")
out = []
for c in json.load(open(CASES)):
    l = [wkt.loads(x) for x in c["l"]]
    p = [wkt.loads(x) for x in c["p"]]
    res = [[[i, j] for i, a in enumerate(l) for j, b in enumerate(p) if getattr(a, q)(b)] for q in P]
    res += [[[i, j] for i, a in enumerate(p) for j, b in enumerate(l) if getattr(a, q)(b)] for q in P]
    out.append(res)
print(json.dumps(out))
"#,
    );
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), n);
    let mut counts = [0usize; 8];
    for (c, (mine, t)) in ours.iter().zip(theirs).enumerate() {
        let (lines, polys) = &all[c];
        for k in 0..8 {
            let g = index_pairs(&t[k]);
            if let Some((i, j)) = first_difference(&mine[k], &g) {
                let (a, b) = if k < 4 {
                    (&lines[i], &polys[j])
                } else {
                    (&polys[i], &lines[j])
                };
                panic!(
                    "case {c}: {} {} {} (saale {}, GEOS {})",
                    wkt(a),
                    preds[k % 4].0,
                    wkt(b),
                    mine[k].contains(&(i, j)),
                    g.contains(&(i, j))
                );
            }
            counts[k] += g.len();
        }
    }
    // Every predicate is exercised both ways, except a line containing a polygon and a polygon
    // within a line (never; GEOS agrees: none).
    assert!(
        counts
            .iter()
            .enumerate()
            .all(|(k, n)| k == 2 || k == 5 || *n > 50),
        "{counts:?}"
    );
}

/// `buffer` (each feature, and dissolved) of generated polygons, points and lines, by
/// positive and (polygons) negative distances, and `dissolve` by a key, against GEOS on 500
/// cases. Buffers: both approximate arcs by 32 segments a circle (geo's default join angle
/// 0.2 rad, GEOS's 8 quadrant segments), so areas agree within 0.65 % (the most a 32-gon
/// misses of its circle) and the symmetric difference stays within 1 % of the area.
/// Dissolve: one feature per key with GEOS's union area (to 1e-7, see `close_area`) and the feature count.
#[test]
fn generated_buffers_and_dissolves_match_geos_areas() {
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x00b0_ffe2_2026);
    let n = 500;
    let (mut cases, mut ours) = (Vec::new(), Vec::new());
    for c in 0..n {
        let mut gs: Vec<Geometry<f64>> = (0..2 + rng.int(3)).map(|_| shape(&mut rng)).collect();
        // Polygons only for negative distances (points and lines refuse them).
        let d = [0.5, 1.0, 2.5, -0.5, -1.0][rng.int(5) as usize];
        if d > 0.0 && c % 2 == 0 {
            let (x, y) = rng.half();
            gs.push(Geometry::Point(Point::new(x, y)));
            let boxes = [rect(&mut rng)];
            gs.push(line(&mut rng, &boxes));
        }
        let l = with_index(gs.clone(), "k");
        let mut keyed = l.clone();
        for ft in &mut keyed.features {
            ft.values = vec![Value::Int(i64::from(rng.int(3)))];
        }
        keyed.schema = Schema::from_fields([Field {
            name: "k".into(),
            ty: FieldType::Int,
        }]);
        let each = an::buffer(&l, d, false).unwrap();
        let whole = an::buffer(&l, d, true).unwrap();
        let bufs: Vec<Geometry<f64>> = each
            .features
            .iter()
            .map(|ft| ft.geometry.clone().unwrap())
            .collect();
        let polys: Vec<bool> = gs
            .iter()
            .map(|g| matches!(g, Geometry::Polygon(_) | Geometry::MultiPolygon(_)))
            .collect();
        let dis = if polys.iter().all(|p| *p) {
            an::dissolve(&keyed, "l", "k").unwrap()
        } else {
            Layer {
                schema: Schema::new(),
                features: vec![],
            }
        };
        let groups: Vec<(i64, i64, f64)> = dis
            .features
            .iter()
            .map(|ft| {
                (
                    f(&dis, ft, "k").unwrap() as i64,
                    f(&dis, ft, "count").unwrap() as i64,
                    f(&dis, ft, "area").unwrap(),
                )
            })
            .collect();
        let keys: Vec<String> = keyed
            .features
            .iter()
            .map(|ft| format!("{}", ft.values[0].as_f64().unwrap()))
            .collect();
        cases.push(format!(
            "{{\"g\":{},\"d\":{d},\"b\":{},\"u\":{:?},\"k\":[{}]}}",
            wkts(&gs),
            wkts(&bufs),
            wkt(whole.features[0].geometry.as_ref().unwrap()),
            keys.join(",")
        ));
        ours.push((gs, d, groups, polys.iter().all(|p| *p)));
    }
    // Negative distances on points and lines are refused (they were silently empty).
    let boxes = [rect(&mut rng)];
    for g in [
        Geometry::Point(Point::new(1.0, 1.0)),
        line(&mut rng, &boxes),
    ] {
        let e = an::buffer(&with_index(vec![g.clone()], "k"), -1.0, false)
            .map(|_| ())
            .expect_err(&wkt(&g))
            .to_string();
        assert!(e.contains("negative"), "{e}");
    }
    let r = run_peer(
        &py,
        &cases,
        r#"
import json
from shapely import wkt
from shapely.ops import unary_union
out = []
for c in json.load(open(CASES)):
    g = [wkt.loads(x) for x in c["g"]]
    ref = [x.buffer(c["d"]) for x in g]
    ours = [wkt.loads(x) for x in c["b"]]
    u = wkt.loads(c["u"])
    ru = unary_union(ref)
    groups = {}
    for k, x in zip(c["k"], g):
        groups.setdefault(int(k), []).append(x)
    out.append({"area": [x.area for x in ref], "ours": [x.area for x in ours],
                "symdiff": [a.symmetric_difference(b).area for a, b in zip(ours, ref)],
                "u": [u.area, ru.area, u.symmetric_difference(ru).area],
                "groups": [[k, len(v), unary_union(v).area] for k, v in sorted(groups.items())]})
print(json.dumps(out))
"#,
    );
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), n);
    let mut negative = 0;
    for (c, ((gs, d, groups, all_polys), t)) in ours.iter().zip(theirs).enumerate() {
        for (k, g) in gs.iter().enumerate() {
            let (ga, ma, sd) = (
                t["area"][k].as_f64().unwrap(),
                t["ours"][k].as_f64().unwrap(),
                t["symdiff"][k].as_f64().unwrap(),
            );
            // Negative buffers of thin parts vanish in both (areas near 0).
            let tol = 0.0065 * ga.max(ma) + 1e-6;
            assert!(
                (ga - ma).abs() <= tol && sd <= 0.01 * ga.max(ma) + 1e-6,
                "case {c}: buffer({}, {d}): area {ma} vs GEOS {ga}, symmetric difference {sd}",
                wkt(g)
            );
        }
        let u: Vec<f64> = t["u"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_f64().unwrap())
            .collect();
        assert!(
            (u[0] - u[1]).abs() <= 0.0065 * u[1] + 1e-6 && u[2] <= 0.01 * u[1] + 1e-6,
            "case {c}: dissolved buffer by {d}: area {} vs GEOS {}, symmetric difference {}\n{}",
            u[0],
            u[1],
            u[2],
            wkts(gs)
        );
        if *all_polys {
            let g: Vec<(i64, i64, f64)> = t["groups"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| {
                    (
                        x[0].as_i64().unwrap(),
                        x[1].as_i64().unwrap(),
                        x[2].as_f64().unwrap(),
                    )
                })
                .collect();
            assert!(
                groups.len() == g.len()
                    && groups
                        .iter()
                        .zip(&g)
                        .all(|(m, r)| m.0 == r.0 && m.1 == r.1 && close_area(m.2, r.2)),
                "case {c}: dissolve by k: saale {groups:?}, GEOS {g:?}\n{}",
                wkts(gs)
            );
        }
        negative += usize::from(*d < 0.0);
    }
    assert!(negative > 100, "{negative} negative buffers");
}

/// Where the toy coordinates of the verb test sit (inside EPSG:25832's area).
const X0: f64 = 681_000.0;
const Y0: f64 = 5_644_000.0;

/// A GeoJSON geometry with the toy coordinates moved to (X0, Y0).
fn gj(kind: &str, rings: &[&[(f64, f64)]]) -> String {
    let ring = |r: &[(f64, f64)]| {
        let v: Vec<String> = r
            .iter()
            .map(|(x, y)| format!("[{},{}]", X0 + x, Y0 + y))
            .collect();
        format!("[{}]", v.join(","))
    };
    match kind {
        "Point" => format!(
            "{{\"type\":\"Point\",\"coordinates\":[{},{}]}}",
            X0 + rings[0][0].0,
            Y0 + rings[0][0].1
        ),
        _ => {
            let rs: Vec<String> = rings.iter().map(|r| ring(r)).collect();
            format!("{{\"type\":\"{kind}\",\"coordinates\":[{}]}}", rs.join(","))
        }
    }
}

/// The polygons of the verb test: (label, GeoJSON geometry or `null`, whether OGC-valid).
fn awkward_polygons() -> Vec<(&'static str, String, bool)> {
    let sq = |x: f64, y: f64, s: f64| vec![(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)];
    vec![
        ("square", gj("Polygon", &[&sq(0.0, 0.0, 4.0)]), true),
        (
            "bow-tie",
            gj(
                "Polygon",
                &[&[
                    (10.0, 0.0),
                    (14.0, 4.0),
                    (14.0, 0.0),
                    (10.0, 4.0),
                    (10.0, 0.0),
                ]],
            ),
            false,
        ),
        (
            "self-intersecting ring",
            gj(
                "Polygon",
                &[&[
                    (20.0, 0.0),
                    (24.0, 0.0),
                    (24.0, 4.0),
                    (22.0, 4.0),
                    (22.0, -2.0),
                    (20.0, -2.0),
                    (20.0, 0.0),
                ]],
            ),
            false,
        ),
        (
            "zero area",
            gj(
                "Polygon",
                &[&[(30.0, 0.0), (32.0, 0.0), (34.0, 0.0), (30.0, 0.0)]],
            ),
            false,
        ),
        (
            "hole outside its shell",
            gj("Polygon", &[&sq(40.0, 0.0, 4.0), &sq(46.0, 0.0, 2.0)]),
            false,
        ),
        (
            "empty polygon",
            "{\"type\":\"Polygon\",\"coordinates\":[]}".into(),
            true,
        ),
        (
            "empty collection",
            "{\"type\":\"GeometryCollection\",\"geometries\":[]}".into(),
            true,
        ),
        ("no geometry", "null".into(), true),
        (
            "overlapping square",
            gj("Polygon", &[&sq(2.0, 2.0, 4.0)]),
            true,
        ),
    ]
}

/// Points of the verb test: inside, on edges, in each lobe of the bow-tie, at its crossing,
/// in the loop of the self-intersecting ring, on the zero-area polygon, in the hole outside
/// the shell; and an empty multipoint.
const AWKWARD_POINTS: &[(f64, f64)] = &[
    (1.0, 1.0),
    (3.0, 3.0),
    (2.0, 2.0),
    (4.0, 1.0),
    (11.0, 2.0),
    (13.0, 2.0),
    (12.0, 2.0),
    (21.0, -1.0),
    (23.0, 1.0),
    (31.0, 0.0),
    (42.0, 2.0),
    (47.0, 1.0),
];

fn feature_collection(feats: &[(String, String)]) -> String {
    let v: Vec<String> = feats
        .iter()
        .enumerate()
        .map(|(i, (props, g))| {
            format!(
                "{{\"type\":\"Feature\",\"properties\":{{\"fid\":{i}{props}}},\"geometry\":{g}}}"
            )
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"EPSG:25832\"}}}},\"features\":[{}]}}",
        v.join(",")
    )
}

/// Empty and invalid geometries (a bow-tie, a self-intersecting ring, a zero-area polygon, a
/// hole outside its shell, an empty polygon, an empty geometry collection, no geometry) in
/// every analysis verb, through the CLI: nothing panics; on the valid and empty features the
/// answer is GEOS's (shapely, on the same coordinates); and every verb that read a layer with
/// invalid geometries warns with their number (and records it in the result's provenance).
#[test]
fn empty_and_invalid_geometries_give_geos_answers_or_a_counted_warning() {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    common::saale_ok(&["init", ps, "--crs", "EPSG:25832", "-q"]);
    let polys = awkward_polygons();
    let feats: Vec<(String, String)> = polys
        .iter()
        .enumerate()
        .map(|(i, (_, g, _))| {
            (
                format!(",\"k\":{},\"w\":{}", i % 2, 10 * (i + 1)),
                g.clone(),
            )
        })
        .collect();
    let pf = tmp.path().join("polys.geojson");
    std::fs::write(&pf, feature_collection(&feats)).unwrap();
    let mut pts: Vec<(String, String)> = AWKWARD_POINTS
        .iter()
        .map(|&pt| (String::new(), gj("Point", &[&[pt]])))
        .collect();
    pts.push((
        String::new(),
        "{\"type\":\"MultiPoint\",\"coordinates\":[]}".into(),
    ));
    let qf = tmp.path().join("points.geojson");
    std::fs::write(&qf, feature_collection(&pts)).unwrap();
    let json = |args: &[&str]| -> serde_json::Value {
        let mut a = vec!["-p", ps, "--json"];
        a.extend_from_slice(args);
        serde_json::from_str(&common::saale_ok(&a)).unwrap()
    };
    json(&["import", pf.to_str().unwrap(), "--layer", "polys"]);
    json(&["import", qf.to_str().unwrap(), "--layer", "points"]);
    // GEOS finds 4 invalid (bow-tie, self-intersecting ring, zero-area ring, hole outside
    // its shell); saale's import check flags the same 4.
    let info = json(&["info", "polys"]);
    let invalid = info["invalid_geometries"].as_u64().unwrap();
    assert!(invalid > 0, "{info}");
    let warning = format!("input layer 'polys' has {invalid} invalid geometries");

    let runs: &[(&str, &[&str])] = &[
        ("count", &["count", "polys", "points"]),
        (
            "join",
            &["join", "points", "polys", "--predicate", "intersects"],
        ),
        (
            "overlay",
            &["overlay", "polys", "polys", "--mode", "intersection"],
        ),
        (
            "grid",
            &[
                "grid",
                "--cell",
                "2",
                "--extent",
                "polys",
                "--aggregate",
                "points",
            ],
        ),
        ("buffer", &["buffer", "polys", "--distance", "1"]),
        ("dissolve", &["dissolve", "polys", "--by", "k"]),
        ("nearest", &["nearest", "points", "polys"]),
    ];
    for (out, args) in runs {
        let mut a = args.to_vec();
        a.extend(["--out", out]);
        let o = json(&a);
        let ws = o["warnings"].to_string();
        assert!(
            ws.contains(&warning),
            "{out}: no warning about the invalid input: {o}"
        );
        let rec = json(&["info", out]);
        assert!(
            rec["provenance"]["warnings"].to_string().contains(&warning),
            "{out}: {rec}"
        );
    }
    let project = saale_store::Project::open(&p).unwrap();
    let read = |n: &str| project.read_layer(n).unwrap();
    let fid = |l: &Layer, ft: &Feature, name: &str| f(l, ft, name).map(|v| v as usize);

    // GEOS on the same input.
    let wkt_of = |g: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(g).unwrap();
        v.to_string()
    };
    let polys_json: Vec<String> = polys.iter().map(|x| wkt_of(&x.1)).collect();
    let pts_json: Vec<String> = pts.iter().map(|x| wkt_of(&x.1)).collect();
    let code = format!(
        r#"
import json
from shapely.geometry import shape, Point
from shapely.ops import unary_union
P = [None if g is None else shape(g) for g in json.loads('[{}]')]
Q = [shape(g) for g in json.loads('[{}]')]
ok = lambda g: g is not None and not g.is_empty and g.is_valid
res = {{"count": [None if not ok(g) else sum(1 for q in Q if not q.is_empty and g.contains(Point(q.x + 1e-6, q.y + 1e-9))) for g in P],
       "join": [[i, j] for i, q in enumerate(Q) for j, g in enumerate(P) if ok(g) and q.intersects(g)],
       "overlay": [[i, j, P[i].intersection(P[j]).area] for i in range(len(P)) for j in range(len(P)) if ok(P[i]) and ok(P[j]) and P[i].intersection(P[j]).area > 1e-6],
       "buffer": [g.buffer(1).area if ok(g) else None for g in P],
       "dissolve": {{str(k): unary_union([g for i, g in enumerate(P) if i % 2 == k and ok(g)]).area for k in (0, 1)}},
       "nearest": [min(q.distance(g) for g in P if ok(g)) if not q.is_empty else None for q in Q],
       "empty": [g is None or g.is_empty for g in P],
       "invalid": sum(1 for g in P if g is not None and not g.is_empty and not g.is_valid)}}
print(json.dumps(res))
"#,
        polys_json.join(","),
        pts_json.join(",")
    );
    let r = python(&py, &code);
    assert_eq!(
        invalid,
        r["invalid"].as_u64().unwrap(),
        "saale's import check and GEOS count different invalid polygons: {info}"
    );
    let label = |i: usize| polys[i].0;
    let valid = |i: usize| polys[i].2;
    let empty: Vec<bool> = r["empty"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_bool().unwrap())
        .collect();

    // count: per valid or empty polygon, GEOS's shifted containment (0 for empties).
    let c = read("count");
    let mut seen = 0;
    for ft in &c.features {
        let i = fid(&c, ft, "fid").unwrap();
        let n = f(&c, ft, "count").unwrap() as i64;
        if empty[i] {
            assert_eq!(n, 0, "count in {}", label(i));
        } else if valid(i) {
            assert_eq!(Some(n), r["count"][i].as_i64(), "count in {}", label(i));
        }
        seen += 1;
    }
    assert_eq!(seen, polys.len(), "count keeps every polygon row");

    // join: the pairs with valid polygons are GEOS's; empties match nothing.
    let j = read("join");
    let mut mine: Vec<(usize, usize)> = j
        .features
        .iter()
        .filter_map(|ft| {
            Some((
                fid(&j, ft, "fid")?,
                fid(&j, ft, "fid_2").or_else(|| fid(&j, ft, "polys_fid"))?,
            ))
        })
        .collect();
    assert!(
        mine.iter().all(|(_, pi)| !empty[*pi]),
        "an empty geometry matched: {mine:?}"
    );
    mine.retain(|(_, pi)| valid(*pi));
    mine.sort_unstable();
    let theirs = index_pairs(&r["join"]);
    assert_eq!(
        mine,
        theirs,
        "join pairs with valid polygons ({:?})",
        j.schema
            .fields()
            .iter()
            .map(|x| &x.name)
            .collect::<Vec<_>>()
    );

    // overlay: pieces of two valid polygons have GEOS's area; empties give none.
    let o = read("overlay");
    let names: Vec<String> = o.schema.fields().iter().map(|x| x.name.clone()).collect();
    let (fa, fb) = (
        names[0].clone(),
        names
            .iter()
            .find(|n| n.contains("fid") && **n != names[0])
            .unwrap()
            .clone(),
    );
    let mut pieces: Vec<(usize, usize, f64)> = o
        .features
        .iter()
        .map(|ft| {
            (
                fid(&o, ft, &fa).unwrap(),
                fid(&o, ft, &fb).unwrap(),
                f(&o, ft, "area").unwrap(),
            )
        })
        .collect();
    assert!(
        pieces.iter().all(|(a, b, _)| !empty[*a] && !empty[*b]),
        "{pieces:?}"
    );
    pieces.retain(|(a, b, _)| valid(*a) && valid(*b));
    let geos: Vec<(usize, usize, f64)> = r["overlay"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x[0].as_u64().unwrap() as usize,
                x[1].as_u64().unwrap() as usize,
                x[2].as_f64().unwrap(),
            )
        })
        .collect();
    pieces.sort_by_key(|x| (x.0, x.1));
    assert!(
        pieces.len() == geos.len()
            && pieces
                .iter()
                .zip(&geos)
                .all(|(m, g)| m.0 == g.0 && m.1 == g.1 && close_area(m.2, g.2)),
        "overlay pieces: saale {pieces:?}, GEOS {geos:?}"
    );

    // buffer: valid polygons as GEOS (arcs within 0.65 %); empties stay without area.
    let b = read("buffer");
    for ft in &b.features {
        let i = fid(&b, ft, "fid").unwrap();
        let area = ft.geometry.as_ref().map_or(0.0, geo::Area::unsigned_area);
        if empty[i] {
            assert!(area == 0.0, "buffer of {}: {area}", label(i));
        } else if valid(i) {
            let ga = r["buffer"][i].as_f64().unwrap();
            assert!(
                (area - ga).abs() <= 0.0065 * ga,
                "buffer of {}: {area} vs GEOS {ga}",
                label(i)
            );
        }
    }

    // nearest: each non-empty point's nearest distance is at most GEOS's over the valid
    // polygons (an invalid one may be nearer), and equal when the nearest is valid.
    let n = read("nearest");
    for ft in &n.features {
        let qi = fid(&n, ft, "fid").unwrap();
        let Some(d) = f(&n, ft, "distance") else {
            continue;
        };
        let Some(gd) = r["nearest"][qi].as_f64() else {
            panic!("nearest: the empty point {qi} got a neighbour at {d}");
        };
        assert!(d <= gd + 1e-9, "nearest of point {qi}: {d} vs GEOS {gd}");
    }
    // dissolve: a group of valid and empty members has GEOS's union area; the groups hold
    // invalid members here, so only their presence and counts are checked.
    let d = read("dissolve");
    assert_eq!(d.features.len(), 2, "dissolve groups");
    let _ = &r["dissolve"];
}
