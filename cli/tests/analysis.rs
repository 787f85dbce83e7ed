//! Analysis verbs on the Jena sample, compared with GeoPandas on the same exported layers, plus
//! hand-computed cases.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use common::{jena_project, peer_python, python, saale, saale_ok};
use saale_model::{Layer, Value};
use saale_store::Project;

fn layer(p: &Path, name: &str) -> Layer {
    Project::open(p).unwrap().read_layer(name).unwrap()
}

fn col(l: &Layer, name: &str) -> usize {
    l.schema
        .index_of(name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

fn export(p: &Path, name: &str, dir: &Path) -> String {
    let f = dir.join(format!("{name}.parquet"));
    common::export(p, name, &f, &["-q"]);
    f.display().to_string()
}

#[test]
fn count_join_nearest_overlay_match_geopandas() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "count",
        "statbez",
        "bus",
        "--out",
        "bus_per_district",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "join",
        "statbez",
        "amenity",
        "--summary",
        "count",
        "--left",
        "--out",
        "amenity_per_district",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "nearest",
        "bus",
        "amenity",
        "-k",
        "1",
        "--out",
        "bus_nearest",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "overlay",
        "landuse",
        "statbez",
        "--mode",
        "intersection",
        "--out",
        "lu_x_d",
        "-q",
    ]);

    // Values saale computed.
    let c = layer(&p, "bus_per_district");
    let (ci, cc) = (col(&c, "id"), col(&c, "count"));
    let ours_count: HashMap<String, i64> = c
        .features
        .iter()
        .map(|f| {
            let Value::Int(n) = f.value(cc) else { panic!() };
            (f.value(ci).join_key().unwrap(), *n)
        })
        .collect();
    let total: i64 = ours_count.values().sum();
    // 203 bus stop points; a few lie outside the city's districts.
    assert!(total > 150 && total <= 203, "{total}");
    let j = layer(&p, "amenity_per_district");
    assert_eq!(j.features.len(), 41);
    let jc = col(&j, "count");
    let ours_join: HashMap<String, i64> = j
        .features
        .iter()
        .map(|f| {
            let Value::Int(n) = f.value(jc) else { panic!() };
            (f.value(col(&j, "id")).join_key().unwrap(), *n)
        })
        .collect();
    let n = layer(&p, "bus_nearest");
    let nd = col(&n, "distance");
    assert!(n
        .features
        .iter()
        .all(|f| f.value(nd).as_f64().is_some_and(|d| d >= 0.0)));
    let o = layer(&p, "lu_x_d");
    // The piece area is the last column (`area`, or `area_2` when an input has an `area` field).
    let last = o.schema.len() - 1;
    let oa: f64 = o
        .features
        .iter()
        .map(|f| f.value(last).as_f64().unwrap())
        .sum();

    let Some(py) = peer_python() else { return };
    let d = tmp.path();
    let (statbez, bus, amenity, landuse, lu_x_d) = (
        export(&p, "statbez", d),
        export(&p, "bus", d),
        export(&p, "amenity", d),
        export(&p, "landuse", d),
        export(&p, "lu_x_d", d),
    );
    let code = format!(
        r#"
import json, geopandas as gpd
d = gpd.read_parquet("{statbez}")
bus = gpd.read_parquet("{bus}")
pts = bus[bus.geom_type == "Point"].reset_index(drop=True)
# saale's rule: interior first, else the first district (in layer order) on whose boundary it lies
inter = gpd.sjoin(pts, d, predicate="intersects", how="inner")
inter["interior"] = [d.geometry.iloc[r].contains(pts.geometry.iloc[i]) for i, r in zip(inter.index, inter["index_right"])]
inter = inter.sort_values(["interior", "index_right"], ascending=[False, True])
first = inter[~inter.index.duplicated(keep="first")]
counts = first.groupby("id").size().to_dict()
am = gpd.read_parquet("{amenity}")
j = gpd.sjoin(d, am, predicate="intersects", how="left")
jc = j.groupby("id")["index_right"].count().to_dict()
# Brute force (GEOS distance to every amenity): sjoin_nearest's tree search misses invalid
# polygons, which the OSM extract has.
nd = pts.geometry.apply(lambda g: am.distance(g).min())
lu = gpd.read_parquet("{landuse}")
lu = lu[lu.geom_type.isin(["Polygon","MultiPolygon"])]
ov = gpd.overlay(lu, d, how="intersection", keep_geom_type=True)
# Compare on valid land-use polygons: GeoPandas repairs invalid ones first (make_valid), saale
# overlays them as given, so their pieces differ by design.
valid = set(lu[lu.is_valid]["@id"])
ov["ga"] = ov.geometry.area
gp = ov[ov["@id"].isin(valid)].groupby("@id")["ga"].sum()
sx = gpd.read_parquet("{lu_x_d}")
sx["ga"] = sx.geometry.area
sa = sx[sx["@id"].isin(valid)].groupby("@id")["ga"].sum()
j = gp.to_frame("gp").join(sa.to_frame("saale"), how="outer").fillna(0)
worst = ((j.gp - j.saale).abs() - 1e-3).clip(lower=0) / j.gp.clip(lower=1e-9)
print(json.dumps({{"counts": {{str(k): int(v) for k, v in counts.items()}},
  "join": {{str(k): int(v) for k, v in jc.items()}},
  "near_sum": float(nd.sum()), "near_n": int(len(nd)),
  "ov_gp": float(j.gp.sum()), "ov_saale": float(j.saale.sum()), "ov_pieces": int(len(j)),
  "ov_worst": float(worst.max())}}))
"#
    );
    let gp = python(&py, &code);
    // Identical counts (point in polygon, same boundary rule).
    for (k, v) in gp["counts"].as_object().unwrap() {
        assert_eq!(
            ours_count.get(k).copied().unwrap_or(0),
            v.as_i64().unwrap(),
            "district {k}"
        );
    }
    // DuckDB spatial (ST_Contains) on the same exported layers: identical per-district counts
    // for the points that lie inside one district (none of the bus stops lies on a boundary).
    let duck = format!(
        r#"
import duckdb, json, os, sys
ext = [os.path.join(p, "duckdb_ext", "extensions") for p in sys.path if os.path.isdir(os.path.join(p, "duckdb_ext", "extensions"))]
c = duckdb.connect()
c.execute("SET enable_progress_bar = false")
if ext:
    c.execute(f"SET extension_directory='{{ext[0]}}'")
c.execute("LOAD spatial")
rows = c.execute("""SELECT d.id, count(*) FROM read_parquet('{statbez}') d JOIN read_parquet('{bus}') b
  ON ST_GeometryType(b.geometry) = 'POINT' AND ST_Contains(d.geometry, b.geometry) GROUP BY d.id""").fetchall()
print(json.dumps({{str(k): int(v) for k, v in rows}}))
"#
    );
    let has_duck = Command::new(&py)
        .args(["-c", "import duckdb"])
        .status()
        .is_ok_and(|s| s.success());
    if has_duck {
        let dk = python(&py, &duck);
        let dk = dk.as_object().unwrap();
        assert!(!dk.is_empty());
        for (k, v) in dk {
            assert_eq!(
                ours_count.get(k).copied().unwrap_or(0),
                v.as_i64().unwrap(),
                "DuckDB, district {k}"
            );
        }
    } else {
        assert!(
            std::env::var("SAALE_REQUIRE_PEERS").is_err(),
            "duckdb is required in CI (SAALE_REQUIRE_PEERS)"
        );
        eprintln!("skipping the DuckDB comparison: no duckdb in the peer Python");
    }
    let gp_total: i64 = gp["counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_i64().unwrap())
        .sum();
    assert_eq!(total, gp_total);
    for (k, v) in gp["join"].as_object().unwrap() {
        assert_eq!(ours_join[k], v.as_i64().unwrap(), "district {k}");
    }
    // Nearest distances: per bus stop point the minimum distance; compare the sums (1e-6).
    let ours_near: f64 = n
        .features
        .iter()
        .filter(|f| matches!(f.geometry, Some(saale_model::Geometry::Point(_))))
        .map(|f| f.value(nd).as_f64().unwrap())
        .sum();
    let gp_near = gp["near_sum"].as_f64().unwrap();
    assert!(
        (ours_near - gp_near).abs() <= 1e-6 * gp_near,
        "{ours_near} vs {gp_near}"
    );
    // Overlay: the total area of the pieces of valid land-use polygons agrees within 1e-6, each
    // land-use feature's pieces within 1e-5 relative or 1e-3 m² (i_overlay snaps to an integer
    // grid, GEOS computes in floating point).
    let (a, b) = (
        gp["ov_gp"].as_f64().unwrap(),
        gp["ov_saale"].as_f64().unwrap(),
    );
    assert!((a - b).abs() <= 1e-6 * a, "{a} vs {b}");
    assert!(gp["ov_pieces"].as_u64().unwrap() > 2000);
    assert!(
        gp["ov_worst"].as_f64().unwrap() <= 1e-5,
        "{}",
        gp["ov_worst"]
    );
    assert!(oa >= b);
}

#[test]
fn interpolation_grid_and_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    // Households per district (2016) onto residential land use: the total is preserved where
    // land use covers the district, and never exceeds the district's households.
    saale_ok(&[
        "-p",
        ps,
        "overlay",
        "statbez_households",
        "landuse",
        "--mode",
        "intersection",
        "--interpolate",
        "31.12.2016",
        "--out",
        "hh_on_landuse",
        "-q",
    ]);
    let l = layer(&p, "hh_on_landuse");
    let (hi, di, ai) = (col(&l, "31.12.2016"), col(&l, "id"), l.schema.len() - 1);
    let src = layer(&p, "statbez_households");
    let mut district: HashMap<String, (f64, f64)> = HashMap::new();
    for f in &src.features {
        let id = f.value(col(&src, "id")).join_key().unwrap();
        let total = f.value(col(&src, "31.12.2016")).as_f64().unwrap_or(0.0);
        let area = match f.geometry.as_ref().unwrap() {
            saale_model::Geometry::Polygon(p) => geo::Area::unsigned_area(p),
            saale_model::Geometry::MultiPolygon(p) => geo::Area::unsigned_area(p),
            g => panic!("{g:?}"),
        };
        district.insert(id, (total, area));
    }
    let mut checked = 0;
    for f in &l.features {
        let (total, area) = district[&f.value(di).join_key().unwrap()];
        let Some(v) = f.value(hi).as_f64() else {
            continue;
        };
        let piece = f.value(ai).as_f64().unwrap();
        // Each piece carries the district's households times its share of the district's area.
        assert!(
            (v - total * piece / area).abs() <= 1e-9 * total.max(1.0),
            "{v} vs {}",
            total * piece / area
        );
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
    // INSPIRE 1 km grid over the districts with the bus stops counted: every stop inside the
    // grid is counted exactly once.
    saale_ok(&[
        "-p",
        ps,
        "grid",
        "--cell",
        "1000",
        "--inspire",
        "--extent",
        "statbez",
        "--aggregate",
        "bus",
        "--out",
        "grid1km",
        "-q",
    ]);
    let g = layer(&p, "grid1km");
    let id0 = match g.features[0].value(0) {
        Value::String(s) => s.clone(),
        v => panic!("{v:?}"),
    };
    assert!(id0.starts_with("CRS3035RES1000mN"), "{id0}");
    let bc = col(&g, "bus_count");
    let counted: i64 = g
        .features
        .iter()
        .map(|f| {
            if let Value::Int(n) = f.value(bc) {
                *n
            } else {
                0
            }
        })
        .sum();
    let bus = layer(&p, "bus");
    let points = bus
        .features
        .iter()
        .filter(|f| matches!(f.geometry, Some(saale_model::Geometry::Point(_))))
        .count();
    assert!(
        counted as usize <= points && counted > 150,
        "{counted} of {points}"
    );
    // Bad arguments give clear errors.
    let r = saale(&[
        "-p",
        ps,
        "join",
        "statbez",
        "bus",
        "--predicate",
        "near",
        "--out",
        "x",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("unknown predicate 'near'"));
    // Errors name the layer and what it has. An unknown field lists the layer's fields (the
    // first version of the index read listed none); a table or a layer without the
    // geometries a verb needs is an error, not a count of zeros or an empty result.
    let missing = tmp.path().join("missing.tif");
    let missing = missing.to_str().unwrap();
    let fields = "layer 'bus' has no field 'nope' (fields: @id, highway";
    for (args, msg) in [
        (&["count", "statbez", "bus", "--weight", "nope"][..], fields),
        (
            &["grid", "--cell", "500", "--extent", "statbez", "--aggregate", "bus:nope"][..],
            fields,
        ),
        (
            &["join", "statbez", "bus", "--predicate", "intersects", "--summary", "sum:nope"][..],
            fields,
        ),
        (
            &["overlay", "statbez", "landuse", "--interpolate", "nope"][..],
            "neither layer 'statbez' nor 'landuse' has a field 'nope' to interpolate (statbez: id, gid",
        ),
        (
            &["count", "statbez", "hh_priv"][..],
            "layer 'hh_priv' is a table without geometry",
        ),
        (
            &["overlay", "statbez", "bus"][..],
            "layer 'bus' has no polygons (it holds 7 LineString, 29 MultiLineString, 203 Point); overlay needs polygons there",
        ),
        (
            &["dissolve", "bus", "--by", "highway"][..],
            "layer 'bus' has no polygons",
        ),
        (
            &["count", "statbez", "statbez"][..],
            "layer 'statbez' has no points (it holds 41 Polygon); count needs points there",
        ),
        (
            &["zonal", "statbez", missing, "--stats", "mean"][..],
            "missing.tif: cannot read the raster: No such file",
        ),
    ] {
        let mut a = vec!["-p", ps];
        a.extend_from_slice(args);
        a.extend(["--out", "x"]);
        let r = saale(&a);
        assert_eq!(r.status.code(), Some(1), "{args:?}");
        let e = String::from_utf8_lossy(&r.stderr);
        assert!(e.contains(msg), "{args:?}: {e}");
    }
    // Metric operations refuse a geographic project.
    let geo = tmp.path().join("geo");
    saale_ok(&["init", geo.to_str().unwrap(), "--crs", "EPSG:4326", "-q"]);
    let data = common::jena_dir().join("statbez.geojson");
    saale_ok(&[
        "-p",
        geo.to_str().unwrap(),
        "import",
        data.to_str().unwrap(),
        "-q",
    ]);
    let r = saale(&[
        "-p",
        geo.to_str().unwrap(),
        "buffer",
        "statbez",
        "--distance",
        "100",
        "--out",
        "b",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("needs a projected CRS"));
}

#[test]
fn jena_worked_example_households_near_stops() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let res = common::jena_dir().join("osm/landuse/residential");
    saale_ok(&[
        "-p",
        ps,
        "import",
        res.to_str().unwrap(),
        "--layer",
        "residential",
        "-q",
    ]);
    // 1. Households per district (2016) onto residential land use, by area share.
    saale_ok(&[
        "-p",
        ps,
        "overlay",
        "statbez_households",
        "residential",
        "--interpolate",
        "31.12.2016",
        "--dasymetric",
        "--out",
        "hh_res",
        "-q",
    ]);
    // 2. Share of those households within 300 m (straight line) of a bus or tram stop.
    saale_ok(&[
        "-p",
        ps,
        "coverage",
        "hh_res",
        "bus,tram",
        "--distance",
        "300",
        "--districts",
        "statbez",
        "--weight",
        "31.12.2016",
        "--out",
        "stop_coverage",
        "-q",
    ]);
    let c = layer(&p, "stop_coverage");
    assert_eq!(c.features.len(), 41);
    let (t, cv, sh) = (col(&c, "total"), col(&c, "covered"), col(&c, "share"));
    let sup = col(&c, "suppressed");
    let mut with_households = 0;
    for f in &c.features {
        if f.value(sup) == &Value::Bool(true) {
            // Disclosure control: fewer than 3 households, nothing published.
            assert!(f.value(t).is_null() && f.value(cv).is_null() && f.value(sh).is_null());
            continue;
        }
        let total = f.value(t).as_f64().unwrap();
        assert!(total == 0.0 || total >= 3.0, "{total}");
        let covered = f.value(cv).as_f64().unwrap();
        assert!(covered <= total + 1e-9);
        if total > 0.0 {
            let share = f.value(sh).as_f64().unwrap();
            assert!((share - covered / total).abs() < 1e-12 && (0.0..=1.0).contains(&share));
            with_households += 1;
        }
    }
    assert!(with_households > 20, "{with_households}");
    // Dasymetric: every district's households land on its residential land, so the totals add
    // up to the districts' households wherever a district has residential land.
    let hh = layer(&p, "statbez_households");
    let all: f64 = hh
        .features
        .iter()
        .map(|f| f.value(col(&hh, "31.12.2016")).as_f64().unwrap_or(0.0))
        .sum();
    let spread: f64 = c
        .features
        .iter()
        .map(|f| f.value(t).as_f64().unwrap())
        .sum();
    assert!(
        spread <= all + 1e-6 && spread > 0.9 * all,
        "{spread} of {all}"
    );
    // Network distances (along the bus and tram lines as a stand-in street network, since the
    // sample has no streets) are never shorter than straight-line distances.
    saale_ok(&[
        "-p",
        ps,
        "coverage",
        "hh_res",
        "bus,tram",
        "--distance",
        "300",
        "--out",
        "d_euclid",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "coverage",
        "hh_res",
        "bus,tram",
        "--distance",
        "300",
        "--network",
        "bus",
        "--out",
        "d_network",
        "-q",
    ]);
    let (e, n) = (layer(&p, "d_euclid"), layer(&p, "d_network"));
    let (ei, ni) = (col(&e, "distance_m"), col(&n, "distance_m"));
    let mut compared = 0;
    for (a, b) in e.features.iter().zip(&n.features) {
        if let (Some(de), Some(dn)) = (a.value(ei).as_f64(), b.value(ni).as_f64()) {
            assert!(dn + 1e-6 >= de, "network {dn} < straight {de}");
            compared += 1;
        }
    }
    assert!(compared > 100, "{compared}");
    // Catchments: Euclidean circles of 300 m have the circle's area (round joins, 1 %).
    saale_ok(&[
        "-p",
        ps,
        "catchment",
        "tram",
        "--distance",
        "300",
        "--out",
        "tram_300",
        "-q",
    ]);
    let t = layer(&p, "tram_300");
    for f in &t.features {
        if let Some(saale_model::Geometry::MultiPolygon(m)) = &f.geometry {
            let a = geo::Area::unsigned_area(m);
            assert!(
                (a - std::f64::consts::PI * 90_000.0).abs() < 0.01 * a,
                "{a}"
            );
        }
    }
}

#[test]
fn zonal_statistics_hand_computed() {
    if !common::require("gdal_translate") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    // 4 x 3 pixels of 10 m, lower left (500000, 5600000); one nodata pixel.
    std::fs::write(
        d.join("grid.asc"),
        "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 5600000\ncellsize 10\nNODATA_value -9999\n\
         1 2 3 4\n5 6 -9999 8\n9 10 11 12\n",
    )
    .unwrap();
    let tif = d.join("grid.tif");
    let st = Command::new("gdal_translate")
        .args(["-q", "-a_srs", "EPSG:25832"])
        .arg(d.join("grid.asc"))
        .arg(&tif)
        .status()
        .unwrap();
    assert!(st.success());
    let zones = r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:25832"}},"features":[
      {"type":"Feature","properties":{"z":"left"},"geometry":{"type":"Polygon","coordinates":[[[500000,5600000],[500020,5600000],[500020,5600030],[500000,5600030],[500000,5600000]]]}},
      {"type":"Feature","properties":{"z":"col3"},"geometry":{"type":"Polygon","coordinates":[[[500021,5600001],[500029,5600001],[500029,5600029],[500021,5600029],[500021,5600001]]]}}]}"#;
    std::fs::write(d.join("zones.geojson"), zones).unwrap();
    let p = d.join("p");
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        d.join("zones.geojson").to_str().unwrap(),
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "zonal",
        "zones",
        tif.to_str().unwrap(),
        "--stats",
        "count,sum,mean,min,max",
        "--out",
        "zs",
        "-q",
    ]);
    let l = layer(&p, "zs");
    let by: HashMap<String, &saale_model::Feature> = l
        .features
        .iter()
        .map(|f| (f.value(col(&l, "z")).join_key().unwrap(), f))
        .collect();
    let left = by["left"];
    assert_eq!(left.value(col(&l, "count")), &Value::Int(6));
    assert_eq!(left.value(col(&l, "sum")).as_f64(), Some(33.0));
    assert_eq!(left.value(col(&l, "mean")).as_f64(), Some(5.5));
    assert_eq!(left.value(col(&l, "min")).as_f64(), Some(1.0));
    assert_eq!(left.value(col(&l, "max")).as_f64(), Some(10.0));
    let c3 = by["col3"];
    assert_eq!(c3.value(col(&l, "count")), &Value::Int(2));
    assert_eq!(c3.value(col(&l, "sum")).as_f64(), Some(14.0));
}

/// `(sq, count)` of every feature of a result over the squares, sorted.
fn square_counts(l: &Layer) -> Vec<(i64, i64)> {
    let mut v: Vec<(i64, i64)> = l
        .features
        .iter()
        .map(|f| {
            let (Value::Int(s), Value::Int(n)) = (f.value(col(l, "sq")), f.value(col(l, "count")))
            else {
                panic!("sq and count must be integers")
            };
            (*s, *n)
        })
        .collect();
    v.sort_unstable();
    v
}

/// A count in a few small polygons reads the points near them through the layer's index
/// (they reach well under a quarter of it); the counts equal GeoPandas' on the same polygons.
#[test]
fn count_in_small_polygons_reads_through_the_index_and_matches_geopandas() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    // Three 600 m squares in Jena: the centre, Lobeda, Nord.
    let squares: Vec<String> = [(681_000.0, 5_643_800.0), (684_200.0, 5_640_200.0), (681_300.0, 5_647_400.0)]
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            let r = 300.0;
            format!(
                r#"{{"type":"Feature","properties":{{"sq":{i}}},"geometry":{{"type":"Polygon","coordinates":[[[{a},{b}],[{c},{b}],[{c},{d}],[{a},{d}],[{a},{b}]]]}}}}"#,
                a = x - r,
                b = y - r,
                c = x + r,
                d = y + r
            )
        })
        .collect();
    let gj = tmp.path().join("squares.geojson");
    std::fs::write(
        &gj,
        format!(
            r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::25832"}}}},"features":[{}]}}"#,
            squares.join(",")
        ),
    )
    .unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        gj.to_str().unwrap(),
        "--layer",
        "squares",
        "-q",
    ]);
    // The squares reach a small part of the amenity layer's index.
    let project = Project::open(&p).unwrap();
    let sq = project.read_layer("squares").unwrap();
    let boxes: Vec<saale_model::Bbox> = sq
        .features
        .iter()
        .map(|f| saale_model::Bbox::of(f.geometry.as_ref().unwrap()))
        .collect();
    let file = p.join(&project.entry("amenity").unwrap().file);
    let ix = saale_fgb::IndexedFgb::open(&file, None).unwrap().unwrap();
    let reach = ix.reach(&boxes).unwrap();
    assert!(reach < 0.25, "reach {reach}");
    saale_ok(&["-p", ps, "count", "squares", "amenity", "--out", "c", "-q"]);
    let ours = square_counts(&layer(&p, "c"));
    assert!(ours.iter().map(|x| x.1).sum::<i64>() > 15, "{ours:?}");
    let Some(py) = peer_python() else { return };
    let (sq_f, am_f) = (
        export(&p, "squares", tmp.path()),
        export(&p, "amenity", tmp.path()),
    );
    let theirs = python(
        &py,
        &format!(
            "import geopandas as gpd, json; s = gpd.read_parquet('{sq_f}'); a = gpd.read_parquet('{am_f}'); \
             a = a[a.geom_type == 'Point']; j = gpd.sjoin(a, s, predicate='within'); \
             n = j.groupby('sq').size().reindex(s['sq'], fill_value=0); \
             print(json.dumps(sorted([[int(k), int(v)] for k, v in n.items()])))"
        ),
    );
    let theirs: Vec<(i64, i64)> = serde_json::from_value(theirs).unwrap();
    assert_eq!(ours, theirs);
    // A join reads the amenities near the squares (within 50 m for dwithin) the same way; its
    // counts (points, lines and polygons) equal GeoPandas'.
    saale_ok(&[
        "-p",
        ps,
        "join",
        "squares",
        "amenity",
        "--predicate",
        "dwithin:50",
        "--summary",
        "count",
        "--left",
        "--out",
        "j",
        "-q",
    ]);
    let joined = square_counts(&layer(&p, "j"));
    let theirs = python(
        &py,
        &format!(
            "import geopandas as gpd, json; s = gpd.read_parquet('{sq_f}'); a = gpd.read_parquet('{am_f}'); \
             n = {{int(r.sq): int(a.distance(r.geometry).le(50).sum()) for r in s.itertuples()}}; \
             print(json.dumps(sorted([[k, v] for k, v in n.items()])))"
        ),
    );
    let theirs: Vec<(i64, i64)> = serde_json::from_value(theirs).unwrap();
    assert_eq!(joined, theirs);
    assert!(
        joined.iter().zip(&ours).all(|(j, c)| j.1 >= c.1),
        "{joined:?} {ours:?}"
    );
    // A 100 m grid over the squares reads the amenities near them (the squares grown by two
    // cells still reach under a quarter of the index); per cell, its point counts equal
    // GeoPandas' on the same cells.
    let grown: Vec<saale_model::Bbox> = boxes.iter().map(|b| b.grown(200.0)).collect();
    let reach = ix.reach(&grown).unwrap();
    assert!(reach < 0.25, "reach {reach}");
    saale_ok(&[
        "-p",
        ps,
        "grid",
        "--cell",
        "100",
        "--extent",
        "squares",
        "--aggregate",
        "amenity",
        "--out",
        "g",
        "-q",
    ]);
    let g = layer(&p, "g");
    // The cells of the squares' common extent (x 680,700-684,500, y 5,639,900-5,647,700)
    // that meet a square, edges and corners included: 7 x 8 for the centre, 7 x 7 for Lobeda
    // (its left and lower neighbours lie outside the extent), 8 x 7 for Nord; plus the cells
    // beyond the extent's right and upper edges, which lie on cell edges (a point on those
    // edges counts in the cell beyond them by the boundary rule): 15 more.
    assert_eq!(g.features.len(), 56 + 49 + 56 + 15);
    let ac = col(&g, "amenity_count");
    let mut per_cell: Vec<(String, i64)> = g
        .features
        .iter()
        .filter_map(|f| match (f.value(0), f.value(ac)) {
            (Value::String(id), Value::Int(n)) if *n > 0 => Some((id.to_string(), *n)),
            _ => None,
        })
        .collect();
    per_cell.sort();
    assert!(
        per_cell.iter().map(|x| x.1).sum::<i64>() > 15,
        "{per_cell:?}"
    );
    let g_f = export(&p, "g", tmp.path());
    let theirs = python(
        &py,
        &format!(
            "import geopandas as gpd, json; g = gpd.read_parquet('{g_f}'); a = gpd.read_parquet('{am_f}'); \
             a = a[a.geom_type == 'Point']; j = gpd.sjoin(a, g, predicate='within'); \
             n = j.groupby('cell_id').size(); \
             print(json.dumps(sorted([[k, int(v)] for k, v in n.items()])))"
        ),
    );
    let theirs: Vec<(String, i64)> = serde_json::from_value(theirs).unwrap();
    assert_eq!(per_cell, theirs);
}
