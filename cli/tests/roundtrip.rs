//! Round trip of every format: import a fixture, export to each format, re-read the export with
//! GDAL (and GeoPandas for GeoParquet, which GDAL 3.6 cannot read), and compare feature count,
//! attribute values and coordinates (1 mm) with GDAL's own reading of the source.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::process::Command;

use common::{peer_python, require, saale, saale_ok};
use serde_json::Value as J;

const FIXTURE: &str = r#"{"type":"FeatureCollection",
"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4326"}},
"features":[
 {"type":"Feature","properties":{"id":1,"name":"Saalbahnhof","share":0.25,"note":null},
  "geometry":{"type":"Point","coordinates":[11.5926,50.9345]}},
 {"type":"Feature","properties":{"id":2,"name":"Löbdergraben, Jena","share":1.5,"note":"ß \"quoted\""},
  "geometry":{"type":"Polygon","coordinates":[[[11.58,50.92],[11.60,50.92],[11.60,50.94],[11.58,50.94],[11.58,50.92]],
    [[11.585,50.925],[11.585,50.93],[11.59,50.93],[11.59,50.925],[11.585,50.925]]]}},
 {"type":"Feature","properties":{"id":3,"name":"Saale","share":-2,"note":"x"},
  "geometry":{"type":"LineString","coordinates":[[11.57,50.90],[11.58,50.95],[11.59,50.99]]}},
 {"type":"Feature","properties":{"id":4,"name":"Inseln","share":3.125,"note":""},
  "geometry":{"type":"MultiPolygon","coordinates":[[[[11.61,50.91],[11.62,50.91],[11.62,50.92],[11.61,50.91]]],
    [[[11.63,50.91],[11.64,50.91],[11.64,50.92],[11.63,50.91]]]]}}
]}"#;

/// Features as GDAL reads a file, transformed to EPSG:25832, as GeoJSON.
fn gdal_read(path: &Path, extra: &[&str]) -> J {
    let out = Command::new("ogr2ogr")
        .args(["-f", "GeoJSON", "/vsistdout/"])
        .arg(path)
        .args(["-t_srs", "EPSG:25832", "-lco", "COORDINATE_PRECISION=6"])
        .args(extra)
        .output()
        .expect("ogr2ogr");
    assert!(
        out.status.success(),
        "ogr2ogr on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn feature_count_ogrinfo(path: &Path, extra: &[&str]) -> u64 {
    let out = Command::new("ogrinfo")
        .args(["-so", "-al"])
        .args(extra)
        .arg(path)
        .output()
        .expect("ogrinfo");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Feature Count: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no feature count from ogrinfo {}: {text}", path.display()))
}

fn flat_coords(g: &J, out: &mut Vec<f64>) {
    match g {
        J::Number(n) => out.push(n.as_f64().unwrap()),
        J::Array(a) => a.iter().for_each(|x| flat_coords(x, out)),
        _ => {}
    }
}

/// Compare features by `id`: attributes and coordinates (within `tol` metres).
fn compare(reference: &J, got: &J, what: &str, tol: f64) {
    let rf = reference["features"].as_array().unwrap();
    let gf = got["features"].as_array().unwrap();
    assert_eq!(rf.len(), gf.len(), "{what}: feature count");
    for r in rf {
        let id = r["properties"]["id"].as_i64().unwrap();
        let g = gf
            .iter()
            .find(|g| g["properties"]["id"].as_f64() == Some(id as f64))
            .unwrap_or_else(|| panic!("{what}: feature id {id} missing"));
        assert_eq!(
            g["properties"]["name"], r["properties"]["name"],
            "{what}: name of {id}"
        );
        let (a, b) = (
            r["properties"]["share"].as_f64().unwrap(),
            g["properties"]["share"].as_f64().unwrap(),
        );
        assert!((a - b).abs() < 1e-12, "{what}: share of {id}: {a} vs {b}");
        let rn = &r["properties"]["note"];
        let gn = &g["properties"]["note"];
        // CSV cannot tell null from empty text.
        let blank = |v: &J| v.is_null() || v == "";
        let same = rn == gn || (what.contains("csv") && blank(rn) && blank(gn));
        assert!(same, "{what}: note of {id}: {rn} vs {gn}");
        let (mut rc, mut gc) = (Vec::new(), Vec::new());
        flat_coords(&r["geometry"]["coordinates"], &mut rc);
        flat_coords(&g["geometry"]["coordinates"], &mut gc);
        assert_eq!(rc.len(), gc.len(), "{what}: vertex count of {id}");
        for (x, y) in rc.iter().zip(&gc) {
            assert!(
                (x - y).abs() <= tol,
                "{what}: coordinate of {id}: {x} vs {y}"
            );
        }
        assert_eq!(
            r["geometry"]["type"], g["geometry"]["type"],
            "{what}: geometry type of {id}"
        );
    }
}

#[test]
fn every_format_round_trips_through_gdal() {
    if !require("ogr2ogr") || !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("fixture.geojson");
    std::fs::write(&src, FIXTURE).unwrap();
    let reference = gdal_read(&src, &[]);
    let proj = tmp.path().join("p");
    let p = proj.to_str().unwrap();
    saale_ok(&["init", p, "--quiet"]);
    saale_ok(&[
        "-p",
        p,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "fx",
        "-q",
    ]);

    for ext in ["gpkg", "fgb", "geojson", "csv", "parquet"] {
        let out = tmp.path().join(format!("out.{ext}"));
        saale_ok(&["-p", p, "export", "fx", "--to", out.to_str().unwrap(), "-q"]);
        let what = format!("export .{ext}");
        if ext != "parquet" {
            let extra: &[&str] = if ext == "csv" {
                &[
                    "-oo",
                    "GEOM_POSSIBLE_NAMES=WKT",
                    "-oo",
                    "KEEP_GEOM_COLUMNS=NO",
                    "-oo",
                    "AUTODETECT_TYPE=YES",
                    "-s_srs",
                    "EPSG:25832",
                ]
            } else {
                &[]
            };
            let count_extra: &[&str] = if ext == "csv" {
                &["-oo", "GEOM_POSSIBLE_NAMES=WKT"]
            } else {
                &[]
            };
            assert_eq!(feature_count_ogrinfo(&out, count_extra), 4, "{what}");
            compare(&reference, &gdal_read(&out, extra), &what, 1e-3);
        }
        // And saale reads its own export back into a project.
        let layer = format!("back_{ext}");
        let mut args = vec![
            "-p",
            p,
            "import",
            out.to_str().unwrap(),
            "--layer",
            &layer,
            "-q",
        ];
        if ext == "csv" {
            args.extend(["--source-crs", "EPSG:25832"]);
        }
        saale_ok(&args);
        let again = tmp.path().join(format!("again_{ext}.geojson"));
        saale_ok(&[
            "-p",
            p,
            "export",
            &layer,
            "--to",
            again.to_str().unwrap(),
            "-q",
        ]);
        compare(
            &reference,
            &gdal_read(&again, &[]),
            &format!("{what} re-imported"),
            1e-3,
        );
    }
    // GeoJSON exports are RFC 7946: EPSG:4326, no crs member.
    let gj: J =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("out.geojson")).unwrap())
            .unwrap();
    assert!(gj.get("crs").is_none());
    let point = gj["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["id"] == 1)
        .unwrap();
    let x = point["geometry"]["coordinates"][0].as_f64().unwrap();
    assert!((x - 11.5926).abs() < 1e-9, "lon kept: {x}");
    // With --crs the GeoJSON says so.
    let utm = tmp.path().join("utm.geojson");
    saale_ok(&[
        "-p",
        p,
        "export",
        "fx",
        "--to",
        utm.to_str().unwrap(),
        "--crs",
        "EPSG:25832",
        "-q",
    ]);
    let gj: J = serde_json::from_str(&std::fs::read_to_string(&utm).unwrap()).unwrap();
    assert_eq!(
        gj["crs"]["properties"]["name"],
        "urn:ogc:def:crs:EPSG::25832"
    );
    compare(
        &reference,
        &gdal_read(&utm, &[]),
        "geojson --crs 25832",
        1e-3,
    );

    // A Shapefile made by GDAL imports too.
    let shp = tmp.path().join("shp");
    let st = Command::new("ogr2ogr")
        .args(["-f", "ESRI Shapefile"])
        .arg(&shp)
        .arg(&src)
        .args(["-where", "id IN (2, 4)", "-nlt", "MULTIPOLYGON"])
        .status()
        .unwrap();
    assert!(st.success());
    let out = saale_ok(&[
        "-p",
        p,
        "import",
        shp.join("fixture.shp").to_str().unwrap(),
        "--layer",
        "shp",
    ]);
    assert!(out.contains("imported 2 features"), "{out}");

    // GeoParquet: read with GeoPandas, an independent reader.
    if let Some(py) = peer_python() {
        let script = r#"
import json, sys, geopandas
df = geopandas.read_parquet(sys.argv[1]).to_crs(25832)
print(df.crs.to_epsg(), file=sys.stderr)
print(df.to_json())
"#;
        let out = Command::new(py)
            .args([
                "-c",
                script,
                tmp.path().join("out.parquet").to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), "25832");
        let got: J = serde_json::from_slice(&out.stdout).unwrap();
        compare(&reference, &got, "export .parquet via geopandas", 1e-3);
    }
}

/// GDAL's FlatGeobuf with a TIN (one ring per triangle), a polyhedral surface (parts) and a
/// triangle imports as polygons with the hand-computed areas (the first reader version read
/// the TIN's triangles as one polygon with holes).
#[test]
fn gdal_flatgeobuf_surfaces_import_as_polygons() {
    if !require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("s.csv");
    std::fs::write(
        &csv,
        "id,WKT\n\
         1,\"TIN Z (((0 0 0,10 0 0,0 10 0,0 0 0)),((10 0 0,10 10 0,0 10 0,10 0 0)))\"\n\
         2,\"POLYHEDRALSURFACE Z (((0 0 0,0 5 0,5 5 0,5 0 0,0 0 0)),((5 0 0,5 5 0,8 0 0,5 0 0)))\"\n\
         3,\"TRIANGLE ((0 0,4 0,0 4,0 0))\"\n",
    )
    .unwrap();
    let fgb = tmp.path().join("s.fgb");
    let out = Command::new("ogr2ogr")
        .args(["-f", "FlatGeobuf"])
        .arg(&fgb)
        .arg(&csv)
        .args([
            "-oo",
            "GEOM_POSSIBLE_NAMES=WKT",
            "-oo",
            "KEEP_GEOM_COLUMNS=NO",
        ])
        .args(["-a_srs", "EPSG:25832", "-nlt", "GEOMETRY"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        fgb.to_str().unwrap(),
        "--layer",
        "s",
        // Toy coordinates near (0, 0), outside EPSG:25832's area of use.
        "--no-bounds-check",
        "-q",
    ]);
    let l = saale_store::Project::open(&p)
        .unwrap()
        .read_layer("s")
        .unwrap();
    let id = l.schema.index_of("id").unwrap();
    let mut areas: Vec<(String, usize, f64)> = l
        .features
        .iter()
        .map(|f| {
            let g = f.geometry.as_ref().unwrap();
            let parts = match g {
                saale_model::Geometry::MultiPolygon(m) => m.0.len(),
                saale_model::Geometry::Polygon(_) => 1,
                other => panic!("{other:?}"),
            };
            (
                f.value(id).join_key().unwrap(),
                parts,
                geo::Area::unsigned_area(g),
            )
        })
        .collect();
    areas.sort_by(|a, b| a.0.cmp(&b.0));
    // By hand: the TIN two triangles of 50 m², the surface 25 + 7.5 m², the triangle 8 m².
    let want = [("1", 2, 100.0), ("2", 2, 32.5), ("3", 1, 8.0)];
    for ((k, n, a), (wk, wn, wa)) in areas.iter().zip(want) {
        assert_eq!((k.as_str(), *n), (wk, wn));
        assert!((a - wa).abs() < 1e-9, "{k}: {a} vs {wa}");
    }
}

/// A GeoParquet file of many row groups (read in parallel, each into its own part of the
/// layer) imports every row once with its own values: ids, names (nulls included) and
/// coordinates equal what GeoPandas wrote.
#[test]
fn geoparquet_row_groups_import_every_row() {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("groups.parquet");
    // 1,000 points in 13 row groups of 77 (the last one shorter).
    let groups = common::python(
        &py,
        &format!(
            "import geopandas as gpd, shapely, json\n\
             n = 1000\n\
             pts = [shapely.Point(680000 + (i * 37) % 1000, 5640000 + (i * 91) % 1000) for i in range(n)]\n\
             df = gpd.GeoDataFrame({{'id': list(range(n)), 'name': [None if i % 10 == 3 else f'p{{i}}' for i in range(n)]}}, geometry=pts, crs='EPSG:25832')\n\
             df.to_parquet('{}', row_group_size=77)\n\
             import pyarrow.parquet as pq\n\
             print(json.dumps(pq.ParquetFile('{}').metadata.num_row_groups))",
            src.display(),
            src.display()
        ),
    );
    assert_eq!(groups, 13);
    let proj = tmp.path().join("p");
    let p = proj.to_str().unwrap();
    saale_ok(&["init", p, "-q"]);
    saale_ok(&[
        "-p",
        p,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "g",
        "-q",
    ]);
    let project = saale_store::Project::open(&proj).unwrap();
    let l = project.read_layer("g").unwrap();
    assert_eq!(l.features.len(), 1000);
    let (id, name) = (
        l.schema.index_of("id").unwrap(),
        l.schema.index_of("name").unwrap(),
    );
    let mut seen = vec![false; 1000];
    for f in &l.features {
        let saale_model::Value::Int(i) = f.value(id) else {
            panic!("{:?}", f.value(id))
        };
        let i = usize::try_from(*i).unwrap();
        seen[i] = true;
        let want_name = if i % 10 == 3 {
            saale_model::Value::Null
        } else {
            saale_model::Value::String(format!("p{i}").into())
        };
        assert_eq!(f.value(name), &want_name, "row {i}");
        let Some(saale_model::Geometry::Point(pt)) = &f.geometry else {
            panic!("row {i}: {:?}", f.geometry)
        };
        assert_eq!(
            (pt.x(), pt.y()),
            (
                680_000.0 + ((i * 37) % 1000) as f64,
                5_640_000.0 + ((i * 91) % 1000) as f64
            ),
            "row {i}"
        );
    }
    assert!(seen.iter().all(|s| *s));
}

#[test]
fn shapefile_and_csv_sidecars_carry_types_and_crs() {
    if !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("p");
    let p = proj.to_str().unwrap();
    saale_ok(&["init", p, "--quiet"]);
    let statbez = common::jena_dir().join("statbez.geojson");
    saale_ok(&["-p", p, "import", statbez.to_str().unwrap(), "-q"]);
    // Shapefile: 41 districts, UTF-8 names, EPSG:25832, all parts beside each other.
    let shp = tmp.path().join("bezirke.shp");
    saale_ok(&[
        "-p",
        p,
        "export",
        "statbez",
        "--to",
        shp.to_str().unwrap(),
        "-q",
    ]);
    for ext in ["shp", "shx", "dbf", "prj", "cpg"] {
        assert!(shp.with_extension(ext).is_file(), ".{ext} missing");
    }
    assert_eq!(feature_count_ogrinfo(&shp, &[]), 41);
    let info = Command::new("ogrinfo")
        .args(["-ro", "-al"])
        .arg(&shp)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&info.stdout);
    assert!(text.contains("Löbstedt"), "umlauts lost: {text:.500}");
    assert!(text.contains("UTM zone 32N"), "no CRS");
    // A layer of several geometry types is refused, and nothing is left behind.
    let src = tmp.path().join("fixture.geojson");
    std::fs::write(&src, FIXTURE).unwrap();
    saale_ok(&[
        "-p",
        p,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "fx",
        "-q",
    ]);
    let mixed = tmp.path().join("mixed.shp");
    let r = saale(&["-p", p, "export", "fx", "--to", mixed.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(
        e.contains("one geometry type") && e.contains("LineString, Point, Polygon"),
        "{e}"
    );
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(|d| d.ok())
        .filter(|d| d.file_name().to_string_lossy().contains("mixed"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // CSV: GDAL takes the column types from .csvt and the CRS from .prj.
    let csv = tmp.path().join("fx.csv");
    saale_ok(&["-p", p, "export", "fx", "--to", csv.to_str().unwrap(), "-q"]);
    let info = Command::new("ogrinfo")
        .args(["-ro", "-so", "-al", "-oo", "GEOM_POSSIBLE_NAMES=WKT"])
        .arg(&csv)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&info.stdout);
    assert!(text.contains("id: Integer64"), "{text}");
    assert!(text.contains("share: Real"), "{text}");
    assert!(text.contains("UTM zone 32N"), "{text}");
}

/// `layer_styles` rows of a GeoPackage, read by GDAL as CSV (header first).
fn layer_styles(gpkg: &Path) -> Vec<Vec<String>> {
    let out = Command::new("ogr2ogr")
        .args(["-f", "CSV", "/vsistdout/"])
        .arg(gpkg)
        .args([
            "-sql",
            "SELECT f_table_name, f_geometry_column, styleName, useAsDefault, styleQML, styleSLD, \
             (SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles') AS registered \
             FROM layer_styles",
        ])
        .output()
        .expect("ogr2ogr");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    csv::Reader::from_reader(out.stdout.as_slice())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The paint of the MapLibre layer of `source_layer` and `ty` in `styles/NAME.json`.
fn maplibre_paint(style: &str, source_layer: &str, ty: &str) -> J {
    let path = common::root().join(format!("styles/{style}.json"));
    let s: J = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    s["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source-layer"] == source_layer && l["type"] == ty)
        .unwrap_or_else(|| panic!("no {ty} layer for {source_layer} in {style}"))["paint"]
        .clone()
}

/// `#rrggbb` as QGIS writes colours (`r,g,b`).
fn qgis_rgb(hex: &str) -> String {
    let h = hex.trim_start_matches('#');
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap();
    format!("{},{},{}", c(0), c(2), c(4))
}

#[test]
fn geopackage_exports_carry_the_qgis_style_of_the_maplibre_style() {
    if !require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = common::jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let out = tmp.path().join("statbez.gpkg");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "statbez",
        "--to",
        out.to_str().unwrap(),
        "-q",
    ]);
    // The data layer is the first and unchanged: GDAL reads the 41 districts from it.
    assert_eq!(feature_count_ogrinfo(&out, &[]), 41);
    let rows = layer_styles(&out);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let r = &rows[0];
    assert_eq!(&r[0], "statbez");
    assert_eq!(&r[1], "geom");
    assert_eq!(&r[3], "1", "useAsDefault");
    assert_eq!(&r[6], "attributes", "layer_styles registered as QGIS does");
    let (qml, sld) = (&r[4], &r[5]);
    let fill = maplibre_paint("districts", "statbez", "fill");
    let line = maplibre_paint("districts", "statbez", "line");
    let alpha = (fill["fill-opacity"].as_f64().unwrap() * 255.0).round();
    let fill_rgb = qgis_rgb(fill["fill-color"].as_str().unwrap());
    assert!(
        qml.contains(&format!("name=\"color\" value=\"{fill_rgb},{alpha}\"")),
        "fill {fill_rgb},{alpha} not in the QML:\n{qml}"
    );
    let line_rgb = qgis_rgb(line["line-color"].as_str().unwrap());
    assert!(
        qml.contains(&format!("name=\"line_color\" value=\"{line_rgb},255\"")),
        "{qml}"
    );
    assert!(qml.contains(&format!(
        "name=\"line_width\" value=\"{}\"",
        line["line-width"].as_f64().unwrap()
    )));
    assert!(qml.starts_with("<!DOCTYPE qgis") && qml.contains("<layerGeometryType>2<"));
    assert!(sld.contains(&format!(
        "<se:SvgParameter name=\"fill\">{}</se:SvgParameter>",
        fill["fill-color"].as_str().unwrap()
    )));

    // A layer made from the districts carries their style (found through its provenance).
    saale_ok(&[
        "-p",
        ps,
        "join-attributes",
        "statbez",
        "hh_priv",
        "--on",
        "id=statistischer_Bezirk_Nr",
        "--out",
        "households_joined",
        "-q",
    ]);
    let joined = tmp.path().join("households.gpkg");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "households_joined",
        "--to",
        joined.to_str().unwrap(),
        "-q",
    ]);
    let rows = layer_styles(&joined);
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "households_joined");
    assert!(rows[0][4].contains(&format!("value=\"{fill_rgb},{alpha}\"")));

    // Points with a `match` colour: a categorized renderer over the field.
    let amenity = tmp.path().join("amenity.gpkg");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "amenity",
        "--to",
        amenity.to_str().unwrap(),
        "-q",
    ]);
    let rows = layer_styles(&amenity);
    let qml = &rows[0][4];
    assert!(
        qml.contains("type=\"categorizedSymbol\" attr=\"&quot;amenity&quot;\""),
        "{qml}"
    );
    assert!(qml.contains("<symbol type=\"marker\""));
    let colour = maplibre_paint("pois", "amenity", "circle")["circle-color"].clone();
    // ["match", ["get", "amenity"], [values...], "#colour", ..., fallback]
    let schools = colour[3].as_str().unwrap();
    assert!(colour[2].as_array().unwrap().contains(&J::from("school")));
    let id = qml
        .lines()
        .find(|l| l.contains("value=\"school\""))
        .and_then(|l| l.split("symbol=\"").nth(1))
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_string();
    let symbol = qml
        .split(&format!("<symbol type=\"marker\" name=\"{id}\""))
        .nth(1)
        .unwrap();
    assert!(
        symbol.contains(&format!(
            "name=\"color\" value=\"{},255\"",
            qgis_rgb(schools)
        )),
        "{symbol}"
    );

    // A layer no style knows gets no table (the GeoPackage has its one layer).
    let fx = tmp.path().join("hh.gpkg");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "hh_priv",
        "--to",
        fx.to_str().unwrap(),
        "-q",
    ]);
    let out = Command::new("ogrinfo").arg(&fx).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("layer_styles"), "{text}");
}
