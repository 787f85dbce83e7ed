//! `saale tiles 3d`: the OGC 3D Tiles 1.1 tileset of LoD2 buildings against independent readers.
//! Every GLB passes the Khronos `gltf-validator` (npm) without errors; the tileset reads back
//! with `3d-tiles-tools` (npm) and `py3dtiles` (PyPI); the buildings, their heights (lowest and
//! highest z) and footprint extents equal those of the CityGML parsed with ElementTree, and
//! their count GDAL's; CesiumJS (npm `cesium`, no ion) loads it from `saale serve --3dtiles` in
//! headless Chromium without console errors or failed requests (screenshots in
//! target/test-artifacts/). Scripts in cli/tests/tiles3d/. Peers missing: skip, or fail under
//! SAALE_REQUIRE_PEERS.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::server::Server;
use common::{have, peer_python, require, root, saale, saale_ok, shared_data};

/// `target/npm` when it has the npm packages (and node is installed), else a skip (a failure
/// under SAALE_REQUIRE_PEERS).
fn npm_with(packages: &[&str]) -> Option<PathBuf> {
    let npm = root().join("target/npm");
    let mut missing: Vec<String> = packages
        .iter()
        .filter(|p| !npm.join("node_modules").join(p).is_dir())
        .map(|p| format!("{p} (npm)"))
        .collect();
    if !have("node") {
        missing.push("node".into());
    }
    if missing.is_empty() {
        return Some(npm);
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "{} required (SAALE_REQUIRE_PEERS is set)",
        missing.join(", ")
    );
    eprintln!("skipping: {} not installed", missing.join(", "));
    None
}

/// Python with py3dtiles and pyproj, else a skip (a failure under SAALE_REQUIRE_PEERS).
fn py3dtiles() -> Option<PathBuf> {
    let py = peer_python()?;
    let ok = Command::new(&py)
        .args(["-c", "import py3dtiles, pyproj"])
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        return Some(py);
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "py3dtiles (PyPI) required in {} (SAALE_REQUIRE_PEERS is set)",
        py.display()
    );
    eprintln!("skipping: py3dtiles not installed in {}", py.display());
    None
}

fn project(dir: &Path) -> PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    p
}

fn glbs(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            glbs(&p, out);
        } else if p.extension().is_some_and(|x| x == "glb") {
            out.push(p);
        }
    }
}

/// Run cli/tests/tiles3d/validate-glb.js over every GLB below `dirs`; returns the reports.
fn gltf_validate(npm: &Path, dirs: &[&Path]) -> Vec<serde_json::Value> {
    let mut files = Vec::new();
    for d in dirs {
        glbs(d, &mut files);
    }
    assert!(!files.is_empty());
    let out = Command::new("node")
        .arg(root().join("cli/tests/tiles3d/validate-glb.js"))
        .arg(npm)
        .args(&files)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let reports: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        reports.len(),
        files.len(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    reports
}

fn assert_no_gltf_errors(reports: &[serde_json::Value]) {
    for r in reports {
        assert_eq!(r["errors"], 0, "gltf-validator: {r}");
        assert_eq!(r["warnings"], 0, "gltf-validator: {r}");
    }
}

fn tiles3d(p: &Path, to: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "-p",
        p.to_str().unwrap(),
        "--json",
        "tiles",
        "3d",
        "--layers",
        "buildings3d",
        "--to",
        to.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    serde_json::from_str(&saale_ok(&args)).unwrap()
}

#[test]
fn nrw_lod2_tileset_validates_reads_back_and_matches_the_citygml() {
    let Some(data) = shared_data() else { return };
    let Some(npm) = npm_with(&["gltf-validator", "3d-tiles-tools"]) else {
        return;
    };
    let Some(py) = py3dtiles() else { return };
    let gml_dir = data.join("city3d/nrw_lod2");
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        gml_dir.to_str().unwrap(),
        "-q",
    ]);
    let out = tmp.path().join("3d");
    // Small tiles, so that the quadtree has several levels.
    let o = tiles3d(&p, &out, &["--max-buildings", "60"]);
    assert_eq!(o["figures"]["buildings"], 591.0, "{o}");
    let depth = o["figures"]["depth"].as_f64().unwrap();
    assert!(depth >= 3.0, "{o}");

    // tileset.json: 3D Tiles 1.1, a geometric error per level that halves, leaves 0.
    let ts: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("tileset.json")).unwrap()).unwrap();
    assert_eq!(ts["asset"]["version"], "1.1");
    assert_eq!(ts["asset"]["extras"]["saale"]["access"], "public");
    assert!(ts["asset"]["extras"]["saale"]["heights"]
        .as_str()
        .unwrap()
        .contains("EGM96"));
    // The root region of heights: about 47 m of geoid above the CityGML's 16-38 m.
    let b = ts["root"]["boundingVolume"]["box"].as_array().unwrap();
    let c: Vec<f64> = b[..3].iter().map(|v| v.as_f64().unwrap()).collect();
    let r = (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt();
    assert!((6_364_000.0..6_366_000.0).contains(&r), "{r}");
    fn walk(t: &serde_json::Value, level: usize, errs: &mut Vec<(usize, f64)>, n: &mut usize) {
        let e = t["geometricError"].as_f64().unwrap();
        errs.push((level, e));
        match t["children"].as_array() {
            Some(cs) => {
                assert!(e > 0.0);
                assert!(t.get("content").is_none());
                for c in cs {
                    assert!(c["geometricError"].as_f64().unwrap() < e);
                    walk(c, level + 1, errs, n);
                }
            }
            None => {
                assert_eq!(e, 0.0);
                assert!(t["content"]["uri"].as_str().unwrap().ends_with(".glb"));
                assert_eq!(t["transform"].as_array().unwrap().len(), 16);
                *n += 1;
            }
        }
    }
    let (mut errs, mut leaves) = (Vec::new(), 0);
    walk(&ts["root"], 0, &mut errs, &mut leaves);
    assert!(
        ts["geometricError"].as_f64().unwrap() > ts["root"]["geometricError"].as_f64().unwrap()
    );
    for (l, e) in &errs {
        if *e > 0.0 {
            let root = ts["root"]["geometricError"].as_f64().unwrap();
            assert!(
                (e * 2f64.powi(*l as i32) - root).abs() < 1e-6 * root,
                "level {l}: {e}"
            );
        }
    }
    assert_eq!(leaves as f64, o["figures"]["tiles"].as_f64().unwrap());

    // Every GLB passes the Khronos validator without errors or warnings.
    let reports = gltf_validate(&npm, &[&out]);
    assert_eq!(reports.len(), leaves);
    assert_no_gltf_errors(&reports);

    // 3d-tiles-tools traverses the tileset and resolves every content as a GLB 2.0.
    let t = Command::new("node")
        .arg(root().join("cli/tests/tiles3d/tiles-tools.js"))
        .arg(&npm)
        .arg(&out)
        .output()
        .unwrap();
    assert!(t.status.success(), "{}", String::from_utf8_lossy(&t.stderr));
    let t: serde_json::Value = serde_json::from_slice(&t.stdout).unwrap();
    assert_eq!(t["version"], "1.1");
    assert_eq!(t["contents"], leaves);
    assert_eq!(t["glb"], leaves);
    assert_eq!(t["bad"], serde_json::json!([]));

    // py3dtiles reads the tileset and every content; the triangles of each building, taken
    // back through the tile transform and PROJ (pyproj) to EPSG:25832, span exactly the
    // building's coordinates in the CityGML (parsed with ElementTree): same buildings, same
    // lowest and highest z, same footprint extent (1 mm: 32-bit offsets within a tile).
    let mut gmls: Vec<PathBuf> = std::fs::read_dir(&gml_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "gml"))
        .collect();
    gmls.sort();
    let rb = Command::new(&py)
        .arg(root().join("cli/tests/tiles3d/readback.py"))
        .arg(&out)
        .args(&gmls)
        .output()
        .unwrap();
    assert!(
        rb.status.success(),
        "{}",
        String::from_utf8_lossy(&rb.stderr)
    );
    let rb: serde_json::Value = serde_json::from_slice(&rb.stdout).unwrap();
    assert_eq!(rb["contents"], leaves);
    // The NRW CRS has DHHN2016 normal heights: made ellipsoidal with EGM96 (and undone by
    // pyproj above, with the same grid through its own PROJ).
    assert_eq!(rb["egm96"], true);
    assert_eq!(o["figures"]["geoid_egm96"], 1.0);
    let ours = rb["tileset"].as_object().unwrap();
    let reference = rb["citygml"].as_object().unwrap();
    assert_eq!(reference.len(), 591);
    assert_eq!(ours.len(), reference.len());
    let mut worst = 0f64;
    for (id, r) in reference {
        let o = ours
            .get(id)
            .unwrap_or_else(|| panic!("{id} not in the tileset"));
        // x/y within 1 mm; z within 5 mm, as saale adds one geoid height per building and
        // pyproj takes it back per vertex (EGM96 changes by under a millimetre per 100 m).
        for k in 0..6 {
            let d = (o[k].as_f64().unwrap() - r[k].as_f64().unwrap()).abs();
            worst = worst.max(d);
            assert!(
                d < if k < 4 { 1e-3 } else { 5e-3 },
                "{id}: {o} vs {r} (CityGML)"
            );
        }
        // Height: highest minus lowest z.
        let h = o[5].as_f64().unwrap() - o[4].as_f64().unwrap();
        let hr = r[5].as_f64().unwrap() - r[4].as_f64().unwrap();
        assert!((h - hr).abs() < 5e-3, "{id}: height {h} vs {hr}");
    }
    eprintln!("largest difference to the CityGML: {worst:.2e} m");
    // GDAL counts the same buildings.
    if require("ogrinfo") {
        let mut n = 0;
        for g in &gmls {
            let o = Command::new("ogrinfo")
                .args(["-ro", "-so", g.to_str().unwrap(), "Building"])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&o.stdout);
            let line = text
                .lines()
                .find(|l| l.starts_with("Feature Count:"))
                .unwrap();
            n += line["Feature Count:".len()..]
                .trim()
                .parse::<usize>()
                .unwrap();
        }
        assert_eq!(n, 591);
    }
}

#[test]
fn the_3d_tileset_loads_in_cesium_from_the_server() {
    let Some(data) = shared_data() else { return };
    let Some(npm) = npm_with(&["cesium", "puppeteer-core"]) else {
        return;
    };
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| have(c));
    let Some(chromium) = chromium else {
        assert!(
            std::env::var("SAALE_REQUIRE_PEERS").is_err(),
            "chromium required (SAALE_REQUIRE_PEERS is set)"
        );
        return;
    };
    let chromium = String::from_utf8(
        Command::new("sh")
            .args(["-c", &format!("command -v {chromium}")])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let gml_dir = data.join("city3d/nrw_lod2");
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        gml_dir.to_str().unwrap(),
        "-q",
    ]);
    let out = tmp.path().join("lod2");
    tiles3d(&p, &out, &["--max-buildings", "100"]);
    let srv = Server::start(&p, &["--3dtiles", out.to_str().unwrap()]);
    let artifacts = root().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("3dtiles-cesium.png");
    let _ = std::fs::remove_file(&shot);
    let r = Command::new("node")
        .arg(root().join("cli/tests/tiles3d/cesium-check.js"))
        .arg(&npm)
        .arg(chromium.trim())
        .arg(format!("{}/3dtiles/lod2/tileset.json", srv.url()))
        .arg(&shot)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let r: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    std::fs::write(
        artifacts.join("3dtiles-cesium.json"),
        serde_json::to_string_pretty(&r).unwrap(),
    )
    .unwrap();
    assert_eq!(r["errors"], serde_json::json!([]), "console errors: {r}");
    assert_eq!(r["failed"], serde_json::json!([]), "failed requests: {r}");
    assert_eq!(
        r["outside"],
        serde_json::json!([]),
        "requests to outside: {r}"
    );
    assert_eq!(r["result"]["loaded"], true, "{r}");
    // Every building reached Cesium with its attributes (EXT_structural_metadata).
    assert_eq!(r["result"]["features"], 591, "{r}");
    assert_eq!(r["result"]["heights"], 591, "{r}");
    let tiles = std::fs::read_to_string(out.join("tileset.json")).unwrap();
    assert_eq!(
        r["glb_requests"].as_u64().unwrap() as usize,
        tiles.matches(".glb").count()
    );
    assert!(shot.is_file());
}

#[test]
fn internal_buildings_need_allow_internal_and_are_served_only_with_the_token() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let gml = root().join("data/conformance/berlin/Block020023.gml");
    saale_ok(&["-p", ps, "import", gml.to_str().unwrap(), "-q"]);
    saale_ok(&["-p", ps, "access", "buildings3d", "--internal"]);
    let out = tmp.path().join("intern");
    let refused = saale(&[
        "-p",
        ps,
        "tiles",
        "3d",
        "--layers",
        "buildings3d",
        "--to",
        out.to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("--allow-internal"), "{err}");
    assert!(!out.exists());
    let o = tiles3d(&p, &out, &["--allow-internal"]);
    assert!(o["figures"]["buildings"].as_f64().unwrap() > 0.0, "{o}");
    let ts: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("tileset.json")).unwrap()).unwrap();
    assert_eq!(ts["asset"]["extras"]["saale"]["access"], "internal");
    // An existing tileset is not replaced without --replace.
    let again = saale(&[
        "-p",
        ps,
        "tiles",
        "3d",
        "--layers",
        "buildings3d",
        "--to",
        out.to_str().unwrap(),
        "--allow-internal",
    ]);
    assert!(!again.status.success());
    let token = saale_ok(&["-p", ps, "token"]).trim().to_string();
    let srv = Server::start(&p, &["--3dtiles", out.to_str().unwrap()]);
    let glb = ts["root"]["content"]["uri"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| {
            let mut v = Vec::new();
            glbs(&out, &mut v);
            v[0].strip_prefix(&out)
                .unwrap()
                .to_str()
                .unwrap()
                .to_string()
        });
    for path in [
        "/3dtiles/intern/tileset.json".to_string(),
        format!("/3dtiles/intern/{glb}"),
    ] {
        let (st, _, _) = srv.get(&path, &[]);
        assert_eq!(st, 404, "{path} without the token");
        let auth = format!("Bearer {token}");
        let (st, h, body) = srv.get(&path, &[("Authorization", &auth)]);
        assert_eq!(st, 200, "{path} with the token");
        assert!(!body.is_empty());
        let ct = h.iter().find(|(k, _)| k == "content-type").unwrap();
        assert!(
            ct.1 == "application/json" || ct.1 == "model/gltf-binary",
            "{ct:?}"
        );
    }
    // Nothing but the tileset's own files.
    let auth = format!("Bearer {token}");
    for bad in [
        "/3dtiles/intern/..%2Fp%2Fsaale.toml",
        "/3dtiles/intern/tiles/../tileset.json",
        "/3dtiles/intern/tiles/x.txt",
    ] {
        let (st, _, _) = srv.get(bad, &[("Authorization", &auth)]);
        assert_eq!(st, 404, "{bad}");
    }
}

#[test]
fn every_building_file_of_the_conformance_corpus_makes_valid_glb() {
    let Some(npm) = npm_with(&["gltf-validator"]) else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let corpus = root().join("data/conformance");
    let files = [
        "bavaria/LoD2_4490_5322_1_BY_citygml3.gml",
        "bavaria/DEBY_LOD2_4959457.gml",
        "berlin/DEB_LOD2_UUID_cda3726a.gml",
        "berlin/Block020023.gml",
        "berlin/3880_5819.gml",
        "mecklenburg-vorpommern/DEMVAL03000cncxu.city.json",
        "mecklenburg-vorpommern/DEMVAL03000hEfAe.city.json",
    ];
    let mut dirs = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let dir = tmp.path().join(format!("c{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        let p = project(&dir);
        saale_ok(&[
            "-p",
            p.to_str().unwrap(),
            "import",
            corpus.join(f).to_str().unwrap(),
            "-q",
        ]);
        let out = dir.join("3d");
        let o = tiles3d(&p, &out, &[]);
        let n = o["figures"]["buildings"].as_f64().unwrap();
        let info = saale_ok(&["-p", p.to_str().unwrap(), "--json", "info", "buildings3d"]);
        let info: serde_json::Value = serde_json::from_str(&info).unwrap();
        let layer = info["feature_count"].as_f64().unwrap();
        // Every building of the layer is in the tileset, or the outcome says why not.
        let left_out = o["figures"]["without_surfaces"].as_f64().unwrap()
            + o["figures"]["without_triangles"].as_f64().unwrap();
        assert!((n + left_out - layer).abs() < 0.5, "{f}: {o}");
        assert!(n > 0.0, "{f}: {o}");
        dirs.push(out);
    }
    let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    assert_no_gltf_errors(&gltf_validate(&npm, &refs));
}

/// Every `["get", NAME]` and `["has", NAME]` of a style expression.
fn fields_read(v: &serde_json::Value, out: &mut Vec<String>) {
    if let Some(a) = v.as_array() {
        if let (Some(op), Some(name)) = (
            a.first().and_then(|x| x.as_str()),
            a.get(1).and_then(|x| x.as_str()),
        ) {
            if (op == "get" || op == "has") && a.len() == 2 {
                out.push(name.to_string());
            }
        }
        for x in a {
            fields_read(x, out);
        }
    }
}

/// The map's LoD2 extrusion: from zoom 15 the `stadtplan` style extrudes `buildings3d` by
/// `roof_height_max - ground_height`; the live vector tiles carry those fields with the
/// layer's values (decoded by GDAL's MVT driver), and that height is the building's z range in
/// the CityGML (parsed with ElementTree).
#[test]
fn lod2_vector_tiles_carry_the_fields_the_extrusion_reads() {
    let Some(data) = shared_data() else { return };
    let Some(py) = peer_python() else { return };
    if !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let gml = data.join("city3d/nrw_lod2/LoD2_32_328_5732_1_NW.gml");
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        gml.to_str().unwrap(),
        "-q",
    ]);
    let gj = tmp.path().join("b.geojson");
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "export",
        "buildings3d",
        "--to",
        gj.to_str().unwrap(),
    ]);
    // The largest building, its centre in longitude/latitude and its fields (GeoPandas).
    let b = common::python(
        &py,
        &format!(
            "import json, geopandas as g\n\
             d = g.read_file({:?})\n\
             r = d.loc[d.to_crs(25832).area.idxmax()]\n\
             c = r.geometry.representative_point()\n\
             print(json.dumps({{'id': r.gml_id, 'lon': c.x, 'lat': c.y,\n\
               'top': r.roof_height_max, 'ground': r.ground_height}}))",
            gj.to_str().unwrap()
        ),
    );
    let srv = Server::start(&p, &[]);
    let (st, _, style) = srv.get("/styles/stadtplan.json", &[]);
    assert_eq!(st, 200);
    let style: serde_json::Value = serde_json::from_slice(&style).unwrap();
    let layer = style["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "buildings3d")
        .expect("the stadtplan style extrudes buildings3d");
    assert_eq!(layer["type"], "fill-extrusion");
    assert!(layer["minzoom"].as_f64().unwrap() >= 15.0);
    let mut read = Vec::new();
    fields_read(&layer["paint"]["fill-extrusion-height"], &mut read);
    for f in ["roof_height_max", "ground_height"] {
        assert!(read.iter().any(|r| r == f), "{f} not read: {read:?}");
    }
    let z = 16u8;
    let n = f64::from(1u32 << z);
    let lon = b["lon"].as_f64().unwrap();
    let lat = b["lat"].as_f64().unwrap();
    let x = ((lon + 180.0) / 360.0 * n).floor() as u32;
    let l = lat.to_radians();
    let y =
        ((1.0 - (l.tan() + 1.0 / l.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor() as u32;
    let (st, _, body) = srv.get(&format!("/tiles/buildings3d/{z}/{x}/{y}.mvt"), &[]);
    assert_eq!(st, 200);
    let dir = tmp.path().join(format!("mvt/{z}/{x}"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{y}.pbf"));
    std::fs::write(&file, &body).unwrap();
    let id = b["id"].as_str().unwrap();
    let o = Command::new("ogrinfo")
        .args(["-ro", "-al", "-where", &format!("gml_id = '{id}'")])
        .arg(&file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    let value = |f: &str| -> f64 {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(&format!("{f} (Real) = ")))
            .unwrap_or_else(|| panic!("{f} not in the tile:\n{text}"))
            .trim()
            .parse()
            .unwrap()
    };
    for f in read.iter().filter(|f| f.as_str() != "storeys_above") {
        if f == "storeys" {
            continue;
        }
        assert!(
            text.contains(&format!("{f} (")),
            "{f} not in the tile:\n{text}"
        );
    }
    let (top, ground) = (value("roof_height_max"), value("ground_height"));
    assert_eq!(top, b["top"].as_f64().unwrap());
    assert_eq!(ground, b["ground"].as_f64().unwrap());
    // The CityGML's own z range of that building (terrain intersection lines left out).
    let r = common::python(
        &py,
        &format!(
            "import json, xml.etree.ElementTree as ET\n\
             G = '{{http://www.opengis.net/gml}}'\n\
             zs = []\n\
             for _, e in ET.iterparse({:?}):\n\
             \x20   if e.tag.endswith('}}Building') and e.get(G + 'id') == {id:?}:\n\
             \x20       skip = {{id(c) for t in e.iter() if t.tag.endswith('TerrainIntersection') for c in t.iter()}}\n\
             \x20       for t in e.iter():\n\
             \x20           if id(t) not in skip and t.tag in (G + 'posList', G + 'pos') and t.text:\n\
             \x20               zs += [float(v) for v in t.text.split()][2::3]\n\
             print(json.dumps({{'h': max(zs) - min(zs)}}))",
            gml.to_str().unwrap()
        ),
    );
    assert!(
        (top - ground - r["h"].as_f64().unwrap()).abs() < 1e-6,
        "{top} - {ground} vs {r}"
    );
}

/// Bad input is refused with an error that names what is wrong: a layer that is not a building
/// layer, more than one layer, a source changed since the import, a source that is gone, a
/// target directory that is not a tileset.
#[test]
fn bad_inputs_are_refused_with_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let src = tmp.path().join("block.gml");
    std::fs::copy(root().join("data/conformance/berlin/Block020023.gml"), &src).unwrap();
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "-q"]);
    let statbez = root().join("data/jena/statbez.geojson");
    saale_ok(&["-p", ps, "import", statbez.to_str().unwrap(), "-q"]);
    let to = tmp.path().join("t");
    let run = |layers: &str, to: &Path| {
        let o = saale(&[
            "-p",
            ps,
            "tiles",
            "3d",
            "--layers",
            layers,
            "--to",
            to.to_str().unwrap(),
        ]);
        assert!(!o.status.success(), "{layers}: should fail");
        String::from_utf8_lossy(&o.stderr).into_owned()
    };
    let e = run("statbez", &to);
    assert!(e.contains("no field 'gml_id'"), "{e}");
    let e = run("buildings3d,statbez", &to);
    assert!(e.contains("one building layer"), "{e}");
    // Not a tileset directory: never replaced.
    let other = tmp.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("keep.txt"), "mine").unwrap();
    let o = saale(&[
        "-p",
        ps,
        "tiles",
        "3d",
        "--layers",
        "buildings3d",
        "--to",
        other.to_str().unwrap(),
        "--replace",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no tileset.json"));
    assert!(other.join("keep.txt").is_file());
    // The source changed since the import.
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&src, format!("{text}\n<!-- edited -->\n")).unwrap();
    let e = run("buildings3d", &to);
    assert!(
        e.contains("changed since layer 'buildings3d' was imported"),
        "{e}"
    );
    assert!(e.contains("saale refresh"), "{e}");
    // The source is gone.
    std::fs::remove_file(&src).unwrap();
    let e = run("buildings3d", &to);
    assert!(
        e.contains("block.gml") && e.contains("cannot be read"),
        "{e}"
    );
    assert!(!to.exists());
}

/// A 3D tileset is recorded as an output: when its layer's source changes, `saale status`
/// calls it outdated and `saale refresh` writes it again from the new delivery.
#[test]
fn refresh_writes_the_tileset_again_after_a_new_delivery() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let src = tmp.path().join("berlin.gml");
    let corpus = root().join("data/conformance/berlin");
    std::fs::copy(corpus.join("Block020023.gml"), &src).unwrap();
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "-q"]);
    let out = tmp.path().join("b3d");
    let count = || -> u64 {
        let ts: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("tileset.json")).unwrap()).unwrap();
        ts["asset"]["extras"]["saale"]["buildings"]
            .as_u64()
            .unwrap()
    };
    tiles3d(&p, &out, &[]);
    assert_eq!(count(), 4);
    let status = saale_ok(&["-p", ps, "status"]);
    assert!(
        status.contains("3 current, 0 stale, 0 outdated"),
        "{status}"
    );
    // A new delivery with 3 buildings at the same path.
    std::fs::copy(corpus.join("3880_5819.gml"), &src).unwrap();
    let status = saale_ok(&["-p", ps, "status"]);
    assert!(
        status.contains("0 current, 0 stale, 3 outdated"),
        "{status}"
    );
    let r = saale_ok(&["-p", ps, "refresh"]);
    assert!(r.contains("b3d"), "{r}");
    assert_eq!(count(), 3);
    let status = saale_ok(&["-p", ps, "status"]);
    assert!(
        status.contains("3 current, 0 stale, 0 outdated"),
        "{status}"
    );
}

/// Regression: buildings that share a gml_id across files (a delivery generated or merged from
/// copies) all went to one layer feature, which then carried every copy's surfaces while the
/// others had none. Each copy now goes to the feature whose footprint holds it.
#[test]
fn buildings_sharing_an_id_across_files_each_keep_their_own_surfaces() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let text =
        std::fs::read_to_string(root().join("data/conformance/berlin/Block020023.gml")).unwrap();
    std::fs::write(src.join("a.gml"), &text).unwrap();
    // The same buildings 1 km further north (every northing of the file starts 58212 or 58213).
    let north = text.replace(" 58212", " 58222").replace(" 58213", " 58223");
    assert_ne!(north, text);
    std::fs::write(src.join("b.gml"), north).unwrap();
    let p = project(tmp.path());
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        src.to_str().unwrap(),
        "-q",
    ]);
    let one = tmp.path().join("one");
    let single = project(&one);
    saale_ok(&[
        "-p",
        single.to_str().unwrap(),
        "import",
        src.join("a.gml").to_str().unwrap(),
        "-q",
    ]);
    let o1 = tiles3d(&single, &one.join("3d"), &[]);
    let o2 = tiles3d(&p, &tmp.path().join("3d"), &[]);
    assert_eq!(o1["figures"]["buildings"], 4.0, "{o1}");
    assert_eq!(o2["figures"]["buildings"], 8.0, "{o2}");
    assert_eq!(
        o2["figures"]["triangles"].as_f64().unwrap(),
        2.0 * o1["figures"]["triangles"].as_f64().unwrap()
    );
    assert_eq!(o2["figures"]["without_surfaces"], 0.0, "{o2}");
}
