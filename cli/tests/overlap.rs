//! The boundary rule on overlapping polygons (issue 15.1), against independent references:
//! DuckDB spatial and GeoPandas on the real Jena land use (nested and overlapping OSM
//! polygons), and GEOS (shapely) on thousands of generated cases whose points sit on vertices
//! and shared edges.
#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::gen::{first_difference, index_pairs, layer, shape, with_index, wkt, Rng};
use common::{jena_project, peer_python, python, saale_ok};
use saale_model::geo_types::Point;
use saale_model::{Feature, Geometry, Layer, Schema};
use saale_store::Project;

fn export(p: &Path, name: &str, dir: &Path) -> String {
    let f = dir.join(format!("{name}.parquet"));
    common::export(p, name, &f, &["-q"]);
    f.display().to_string()
}

/// Per-polygon point counts on Jena's OSM land use (polygons nest: a school ground inside a
/// residential area) equal DuckDB's `ST_Intersects` join and GeoPandas' `sjoin` for every
/// polygon without a point on its boundary; the boundary pairs follow the shift rule, checked
/// with GEOS on the shifted point.
#[test]
fn count_in_overlapping_polygons_matches_duckdb_and_geopandas() {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let out = saale_ok(&[
        "-p",
        ps,
        "count",
        "landuse",
        "amenity",
        "--out",
        "amenity_landuse",
        "--json",
    ]);
    let o: serde_json::Value = serde_json::from_str(&out).unwrap();
    let in_several = o["figures"]["points_in_several"].as_f64().unwrap();
    assert!(in_several > 0.0, "the land use should overlap: {out}");
    assert!(
        o["warnings"].to_string().contains("more than one polygon"),
        "{out}"
    );
    let landuse = export(&p, "landuse", tmp.path());
    let amenity = export(&p, "amenity", tmp.path());
    let result = Project::open(&p)
        .unwrap()
        .read_layer("amenity_landuse")
        .unwrap();
    let ci = result.schema.index_of("count").unwrap();
    let ours: Vec<i64> = result
        .features
        .iter()
        .map(|f| f.value(ci).as_f64().unwrap() as i64)
        .collect();
    let code = format!(
        r#"
import duckdb, json, os, sys
import geopandas as gpd
from shapely.geometry import Point
poly = gpd.read_parquet("{landuse}")
pts = gpd.read_parquet("{amenity}")
pts = pts[pts.geometry.geom_type == "Point"].reset_index(drop=True)
j = gpd.sjoin(pts, poly, predicate="intersects", how="inner")
gp = j.groupby("index_right").size().to_dict()
# Pairs with the point on the polygon's boundary, and what the shift rule says of them.
on_edge = {{}}
shifted = {{}}
for pi, row in j.iterrows():
    g = poly.geometry.iloc[row["index_right"]]
    pt = pts.geometry.iloc[pi]
    if g.boundary.intersects(pt):
        k = int(row["index_right"])
        on_edge[k] = on_edge.get(k, 0) + 1
        if g.contains(Point(pt.x + 1e-6, pt.y + 1e-9)):
            shifted[k] = shifted.get(k, 0) + 1
ext = [os.path.join(p, "duckdb_ext", "extensions") for p in sys.path if os.path.isdir(os.path.join(p, "duckdb_ext", "extensions"))]
c = duckdb.connect()
c.execute("SET enable_progress_bar = false")
if ext:
    c.execute(f"SET extension_directory='{{ext[0]}}'")
c.execute("LOAD spatial")
rows = c.execute("""SELECT d.file_row_number, count(*) FROM read_parquet('{landuse}', file_row_number=true) d
  JOIN read_parquet('{amenity}') a ON ST_GeometryType(a.geometry) = 'POINT' AND ST_Intersects(d.geometry, a.geometry)
  GROUP BY d.file_row_number""").fetchall()
print(json.dumps({{"n": len(poly), "invalid": [i for i, g in enumerate(poly.geometry) if not g.is_valid],
  "areal": [i for i, g in enumerate(poly.geometry) if g.geom_type in ("Polygon", "MultiPolygon")], "gp": {{str(k): int(v) for k, v in gp.items()}},
  "duck": {{str(k): int(v) for k, v in rows}},
  "on_edge": {{str(k): v for k, v in on_edge.items()}}, "shifted": {{str(k): v for k, v in shifted.items()}}}}))
"#
    );
    let r = python(&py, &code);
    assert_eq!(r["n"].as_u64().unwrap() as usize, ours.len());
    let get = |m: &str, i: usize| r[m][i.to_string()].as_i64().unwrap_or(0);
    // Invalid polygons (OSM multipolygons with a hole outside its shell) have no GEOS answer
    // to compare with; saale applies the even-odd rule to them.
    let invalid: Vec<usize> = r["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as usize)
        .collect();
    assert!(invalid.len() * 100 < ours.len(), "{invalid:?}");
    let areal: std::collections::HashSet<usize> = r["areal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as usize)
        .collect();
    let (mut pairs, mut checked) = (0, 0);
    for (i, &n) in ours.iter().enumerate() {
        pairs += n;
        if invalid.contains(&i) {
            continue;
        }
        // Points and lines of a mixed layer hold nothing (GEOS intersects a point with itself).
        if !areal.contains(&i) {
            assert_eq!(n, 0, "feature {i} is not a polygon");
            continue;
        }
        assert_eq!(
            get("gp", i),
            get("duck", i),
            "GeoPandas vs DuckDB, polygon {i}"
        );
        // Intersecting pairs minus the boundary pairs the shift takes outside.
        let expected = get("duck", i) - get("on_edge", i) + get("shifted", i);
        assert_eq!(n, expected, "polygon {i}");
        if get("on_edge", i) == 0 {
            checked += 1;
        }
    }
    assert_eq!(pairs as f64, o["figures"]["pairs"].as_f64().unwrap());
    assert!(checked > 100, "{checked} polygons without boundary points");
}

/// One generated case: the polygons and the points.
type Case = (Vec<Geometry<f64>>, Vec<(f64, f64)>);

/// Thousands of generated cases (nested and overlapping polygons, holes, multipolygons, points
/// on vertices, on shared edges, inside and outside): the (point, polygon) pairs of
/// `point_polygon_pairs` equal GEOS's `contains` of the point shifted by (1e-6, 1e-9) — the
/// rule's infinitesimal step, which no grid coordinate here is close enough to another edge
/// for the finite step to change. A mismatch prints the one polygon and point (the shrunk
/// case) and the case it came from.
#[test]
fn generated_cases_follow_the_shift_rule_like_geos() {
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x5eed_2026_1203);
    let cases = 2_000;
    let mut json = String::from("[");
    let mut ours: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut all: Vec<Case> = Vec::new();
    for c in 0..cases {
        let geoms: Vec<Geometry<f64>> = (0..2 + rng.int(5)).map(|_| shape(&mut rng)).collect();
        // Points on the half-integer grid: vertices, edges, interiors, outside.
        let pts: Vec<(f64, f64)> = (0..24)
            .map(|_| (f64::from(rng.int(27)) / 2.0, f64::from(rng.int(27)) / 2.0))
            .collect();
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
        ours.push(saale_analysis::boundary::point_polygon_pairs(
            &layer(geoms.clone()),
            &pl,
        ));
        if c > 0 {
            json.push(',');
        }
        let ws: Vec<String> = geoms.iter().map(|g| format!("\"{}\"", wkt(g))).collect();
        let ps: Vec<String> = pts.iter().map(|(x, y)| format!("[{x},{y}]")).collect();
        write!(
            json,
            "{{\"g\":[{}],\"p\":[{}]}}",
            ws.join(","),
            ps.join(",")
        )
        .unwrap();
        all.push((geoms, pts));
    }
    json.push(']');
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("cases.json");
    std::fs::write(&f, json).unwrap();
    let code = format!(
        r#"
import json
from shapely import wkt
from shapely.geometry import Point
cases = json.load(open("{}"))
out = []
for c in cases:
    gs = [wkt.loads(w) for w in c["g"]]
    out.append([[i, j] for i, (x, y) in enumerate(c["p"]) for j, g in enumerate(gs)
                if g.contains(Point(x + 1e-6, y + 1e-9))])
print(json.dumps(out))
"#,
        f.display()
    );
    let r = python(&py, &code);
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), cases);
    let (mut pairs, mut boundary) = (0usize, 0usize);
    for (c, (mine, t)) in ours.iter().zip(theirs).enumerate() {
        let t = index_pairs(t);
        let (geoms, pts) = &all[c];
        if let Some((i, j)) = first_difference(mine, &t) {
            panic!(
                "case {c}: point {:?} and polygon {} disagree (saale: {}, GEOS: {})\nall polygons: {:?}",
                pts[i],
                wkt(&geoms[j]),
                mine.contains(&(i, j)),
                t.contains(&(i, j)),
                geoms.iter().map(wkt).collect::<Vec<_>>()
            );
        }
        pairs += mine.len();
        // How many points of the case lie on some polygon's boundary (the cases the rule is about).
        boundary += pts
            .iter()
            .filter(|&&(x, y)| {
                geoms.iter().any(|g| {
                    use geo::Intersects;
                    let b = match g {
                        Geometry::Polygon(p) => {
                            p.exterior().intersects(&Point::new(x, y))
                                || p.interiors()
                                    .iter()
                                    .any(|h| h.intersects(&Point::new(x, y)))
                        }
                        Geometry::MultiPolygon(m) => {
                            m.0.iter()
                                .any(|p| p.exterior().intersects(&Point::new(x, y)))
                        }
                        _ => false,
                    };
                    b
                })
            })
            .count();
    }
    assert!(pairs > 10_000, "{pairs} pairs");
    assert!(boundary > 5_000, "only {boundary} boundary points");
}

/// Issue 15.4: households of a district without residential land (Löbstedt Ort, 252 in 2016)
/// vanished from the stop coverage without a word, and a dasymetric overlay onto land that
/// misses districts (here commercial land) drops theirs. Both warn with the amount, which
/// equals GeoPandas' sum over the districts that share no area with the target land, and
/// record it in the result's provenance.
#[test]
fn weight_that_finds_no_target_is_reported() {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let res_dir = common::jena_dir().join("osm/landuse/commercial");
    let res_dir = res_dir.to_str().unwrap();
    saale_ok(&["-p", ps, "import", res_dir, "--layer", "commercial", "-q"]);
    let args = "overlay statbez_households commercial --interpolate 31.12.2016 --dasymetric";
    let mut a: Vec<&str> = vec!["-p", ps];
    a.extend(args.split(' '));
    a.extend(["--out", "hh_res", "--json"]);
    let o: serde_json::Value = serde_json::from_str(&saale_ok(&a)).unwrap();
    let ws = o["warnings"].to_string();
    let args = "indicator stop-coverage --households statbez_households --weight 31.12.2016 \
                --residential landuse:landuse=residential --stops bus,tram";
    let mut a: Vec<&str> = vec!["-p", ps];
    a.extend(args.split_whitespace());
    a.extend(["--out", "stop_cov", "--json"]);
    let c: serde_json::Value = serde_json::from_str(&saale_ok(&a)).unwrap();
    let cws = c["warnings"].to_string();
    let districts = export(&p, "statbez_households", tmp.path());
    let landuse = export(&p, "landuse", tmp.path());
    let commercial = export(&p, "commercial", tmp.path());
    let code = format!(
        r#"
import json
import geopandas as gpd
d = gpd.read_parquet("{districts}")
def lost(l):
    l = l[l.geom_type.isin(["Polygon", "MultiPolygon"])]
    u = l.geometry.buffer(0).union_all()
    return float(d[d.geometry.intersection(u).area <= 1e-6]["31.12.2016"].fillna(0).sum())
lu = gpd.read_parquet("{landuse}")
print(json.dumps({{"overlay": lost(gpd.read_parquet("{commercial}")),
  "stop_cov": lost(lu[lu["landuse"] == "residential"]),
  "total": float(d["31.12.2016"].fillna(0).sum())}}))
"#
    );
    let r = python(&py, &code);
    let fmt = |v: f64| {
        let s = format!("{:.0}", v.round());
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        out
    };
    let total = fmt(r["total"].as_f64().unwrap());
    for (what, warnings) in [("overlay", &ws), ("stop_cov", &cws)] {
        let lost = r[what].as_f64().unwrap();
        assert!(lost >= 252.0, "{what}: {r}");
        let expected = format!("{} of {total} 31.12.2016", fmt(lost));
        assert!(
            warnings.contains(&expected),
            "{what}: {expected} not in {warnings}"
        );
    }
    // The warning is part of the recorded provenance.
    let info: serde_json::Value =
        serde_json::from_str(&saale_ok(&["-p", ps, "info", "stop_cov", "--json"])).unwrap();
    let recorded = info["provenance"]["warnings"].to_string();
    let expected = format!(
        "{} of {total} 31.12.2016",
        fmt(r["stop_cov"].as_f64().unwrap())
    );
    assert!(recorded.contains(&expected), "{recorded}");
}

/// The (target, source) index pairs of a join result.
fn join_pairs(l: &Layer) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = l
        .features
        .iter()
        .filter_map(|f| {
            Some((
                f.values.first()?.as_f64()? as usize,
                f.values.get(1)?.as_f64()? as usize,
            ))
        })
        .collect();
    v.sort_unstable();
    v
}

/// `join` with every predicate on generated polygon pairs (nested, overlapping, sharing
/// edges and vertices, holes, multipolygons) and on points on vertices and edges equals
/// GEOS (shapely) pair for pair; a mismatch prints the two geometries.
#[test]
#[allow(clippy::type_complexity)]
fn generated_joins_match_geos_predicates() {
    use saale_analysis::{spatial_join, Predicate};
    let Some(py) = peer_python() else { return };
    let mut rng = Rng(0x0dd_ba11_2026);
    let preds = [
        ("intersects", Predicate::Intersects),
        ("within", Predicate::Within),
        ("contains", Predicate::Contains),
        ("touches", Predicate::Touches),
    ];
    let cases = 400;
    let mut json = String::from("[");
    let mut ours: Vec<Vec<Vec<(usize, usize)>>> = Vec::new();
    // Per case: the targets and the sources.
    let mut all: Vec<(Vec<Geometry<f64>>, Vec<Geometry<f64>>)> = Vec::new();
    for c in 0..cases {
        let a: Vec<Geometry<f64>> = (0..2 + rng.int(4)).map(|_| shape(&mut rng)).collect();
        // Targets: polygons, and points on the half-integer grid.
        let mut t: Vec<Geometry<f64>> = (0..2 + rng.int(4)).map(|_| shape(&mut rng)).collect();
        t.extend((0..12).map(|_| {
            Geometry::Point(Point::new(
                f64::from(rng.int(27)) / 2.0,
                f64::from(rng.int(27)) / 2.0,
            ))
        }));
        let (tl, sl) = (with_index(t.clone(), "t"), with_index(a.clone(), "s"));
        ours.push(
            preds
                .iter()
                .map(|(_, p)| join_pairs(&spatial_join(&tl, &sl, "s", *p, false, None).unwrap()))
                .collect(),
        );
        if c > 0 {
            json.push(',');
        }
        let w = |g: &Geometry<f64>| match g {
            Geometry::Point(p) => format!("\"POINT ({} {})\"", p.x(), p.y()),
            g => format!("\"{}\"", wkt(g)),
        };
        let ts: Vec<String> = t.iter().map(w).collect();
        let ss: Vec<String> = a.iter().map(w).collect();
        write!(
            json,
            "{{\"t\":[{}],\"s\":[{}]}}",
            ts.join(","),
            ss.join(",")
        )
        .unwrap();
        all.push((t, a));
    }
    json.push(']');
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("joins.json");
    std::fs::write(&f, json).unwrap();
    let code = format!(
        r#"
import json
from shapely import wkt
cases = json.load(open("{}"))
out = []
for c in cases:
    t = [wkt.loads(x) for x in c["t"]]
    s = [wkt.loads(x) for x in c["s"]]
    out.append([[[i, j] for i, a in enumerate(t) for j, b in enumerate(s) if getattr(a, p)(b)]
                for p in ("intersects", "within", "contains", "touches")])
print(json.dumps(out))
"#,
        f.display()
    );
    let r = python(&py, &code);
    let theirs = r.as_array().unwrap();
    assert_eq!(theirs.len(), cases);
    let mut counts = [0usize; 4];
    for (c, (mine, t)) in ours.iter().zip(theirs).enumerate() {
        for (k, (name, _)) in preds.iter().enumerate() {
            let g = index_pairs(&t[k]);
            if let Some((i, j)) = first_difference(&mine[k], &g) {
                let (tg, sg) = (&all[c].0[i], &all[c].1[j]);
                panic!(
                    "case {c}, {name}: target {tg:?} and source {} disagree (saale: {}, GEOS: {})",
                    wkt(sg),
                    mine[k].contains(&(i, j)),
                    g.contains(&(i, j))
                );
            }
            counts[k] += g.len();
        }
    }
    // Every predicate is exercised.
    assert!(counts.iter().all(|n| *n > 20), "{counts:?}");
}
