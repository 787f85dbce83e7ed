//! Small hostile files: a reference cycle, references that multiply, deeply nested WKT. Each
//! gives a clear error or a reported skip in bounded time and memory, never a crash.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Instant;

use common::{saale, saale_ok};

const HEAD: &str = "<?xml version=\"1.0\"?>\n<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\" xmlns:bldg=\"http://www.opengis.net/citygml/building/2.0\" xmlns:gml=\"http://www.opengis.net/gml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<gml:boundedBy><gml:Envelope srsName=\"EPSG:25832\" srsDimension=\"3\"><gml:lowerCorner>500000 5600000 0</gml:lowerCorner><gml:upperCorner>500010 5600010 10</gml:upperCorner></gml:Envelope></gml:boundedBy>\n";

fn square(id: &str, z: f64) -> String {
    format!(
        "<gml:Polygon gml:id=\"{id}\"><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">500000 5600000 {z} 500010 5600000 {z} 500010 5600010 {z} 500000 5600010 {z} 500000 5600000 {z}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
    )
}

fn building(id: &str, solid: &str) -> String {
    format!("<core:cityObjectMember><bldg:Building gml:id=\"{id}\"><bldg:lod2Solid>{solid}</bldg:lod2Solid></bldg:Building></core:cityObjectMember>\n")
}

fn run_import(dir: &std::path::Path, file: &str, doc: &str) -> (Option<i32>, String, String) {
    let f = dir.join(file);
    std::fs::write(&f, doc).unwrap();
    let p = dir.join(format!("p_{file}"));
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    let r = saale(&["-p", p.to_str().unwrap(), "import", f.to_str().unwrap()]);
    (
        r.status.code(),
        String::from_utf8_lossy(&r.stdout).into_owned(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
    )
}

#[test]
fn citygml_reference_cycles_and_multiplying_references_are_bounded() {
    let tmp = tempfile::tempdir().unwrap();
    // A composite surface whose member references the composite itself, beside a good house.
    let cyclic = format!(
        "{HEAD}{}{}</core:CityModel>",
        building(
            "loop",
            "<gml:Solid><gml:exterior><gml:CompositeSurface gml:id=\"c\"><gml:surfaceMember xlink:href=\"#c\"/></gml:CompositeSurface></gml:exterior></gml:Solid>"
        ),
        building(
            "good",
            &format!(
                "<gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember>{}</gml:surfaceMember><gml:surfaceMember>{}</gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid>",
                square("a", 0.0),
                square("b", 10.0)
            )
        ),
    );
    let (code, out, err) = run_import(tmp.path(), "cycle.gml", &cyclic);
    assert_eq!(code, Some(0), "{out}\n{err}");
    assert!(out.contains("layer buildings3d: 1 feature(s)"), "{out}");
    assert!(
        out.contains("references nested more than"),
        "no reason given: {out}"
    );

    // 8 levels of 10 references each (10^8 leaves) in a few KB.
    let mut levels = String::new();
    levels.push_str(&format!("<gml:CompositeSurface gml:id=\"l0\"><gml:surfaceMember>{}</gml:surfaceMember></gml:CompositeSurface>", square("leaf", 0.0)));
    for l in 1..=8 {
        let members: String = (0..10)
            .map(|_| format!("<gml:surfaceMember xlink:href=\"#l{}\"/>", l - 1))
            .collect();
        levels.push_str(&format!(
            "<gml:CompositeSurface gml:id=\"l{l}\">{members}</gml:CompositeSurface>"
        ));
    }
    let bomb = format!(
        "{HEAD}<core:cityObjectMember><bldg:Building gml:id=\"bomb\"><bldg:lod1MultiSurface><gml:MultiSurface>{}</gml:MultiSurface></bldg:lod1MultiSurface><bldg:lod2Solid><gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember xlink:href=\"#l8\"/></gml:CompositeSurface></gml:exterior></gml:Solid></bldg:lod2Solid></bldg:Building></core:cityObjectMember></core:CityModel>",
        levels.replace("<gml:CompositeSurface", "<gml:surfaceMember><gml:CompositeSurface").replace("</gml:CompositeSurface>", "</gml:CompositeSurface></gml:surfaceMember>")
    );
    assert!(bomb.len() < 20_000);
    let t0 = Instant::now();
    let (code, out, err) = run_import(tmp.path(), "bomb.gml", &bomb);
    // Refused with the reason (the only building is skipped), in bounded time.
    assert!(
        code == Some(0) || code == Some(1),
        "crashed: {code:?} {err}"
    );
    let all = format!("{out}{err}");
    assert!(all.contains("references"), "{all}");
    assert!(t0.elapsed().as_secs() < 120, "took {:?}", t0.elapsed());
}

#[test]
fn deeply_nested_wkt_is_an_error_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let depth = 50_000;
    let wkt = format!(
        "{}POINT(1 2){}",
        "GEOMETRYCOLLECTION(".repeat(depth),
        ")".repeat(depth)
    );
    let csv = format!("id,wkt\n1,\"POINT(500000 5600000)\"\n2,\"{wkt}\"\n");
    let f = tmp.path().join("nested.csv");
    std::fs::write(&f, csv).unwrap();
    let p = tmp.path().join("p");
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    let r = saale(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        f.to_str().unwrap(),
        "--source-crs",
        "EPSG:25832",
    ]);
    assert_eq!(r.status.code(), Some(1), "{:?}", r.status);
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(e.contains("nested") && e.contains("nested.csv"), "{e}");
}

#[test]
fn a_closed_stdout_is_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    let statbez = common::jena_dir().join("statbez.geojson");
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        statbez.to_str().unwrap(),
        "-q",
    ]);
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "\"{}\" -p \"{}\" layers | true; echo \"${{PIPESTATUS[0]}}\"",
            env!("CARGO_BIN_EXE_saale"),
            p.display()
        ))
        .output()
        .unwrap();
    let code = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(code, "0", "{}", String::from_utf8_lossy(&out.stderr));
}

/// Every file of a project (catalog, layer files, logs) with its bytes; the lock file and the
/// (empty) staging directory aside.
fn snapshot(project: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(
        base: &std::path::Path,
        dir: &std::path::Path,
        out: &mut std::collections::BTreeMap<String, Vec<u8>>,
    ) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            let rel = p.strip_prefix(base).unwrap().display().to_string();
            if rel == ".saale.lock" {
                continue;
            }
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(project, project, &mut out);
    out
}

const GOOD: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[11.59,50.93]},"properties":{"a":1}}]}"#;

#[test]
fn multi_path_import_with_a_bad_file_keeps_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let old = tmp.path().join("old.geojson");
    std::fs::write(&old, GOOD).unwrap();
    saale_ok(&["-p", ps, "import", old.to_str().unwrap(), "-q"]);
    let before = snapshot(&p);
    assert!(
        before.keys().any(|k| k.starts_with("layers/old.")),
        "{before:?}"
    );

    let good = tmp.path().join("good.geojson");
    std::fs::write(&good, GOOD).unwrap();
    let bad = tmp.path().join("bad.geojson");
    std::fs::write(&bad, &GOOD[..GOOD.len() - 20]).unwrap();
    for args in [
        vec![good.to_str().unwrap(), bad.to_str().unwrap()],
        vec![bad.to_str().unwrap(), good.to_str().unwrap()],
        vec![
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
            "--layer",
            "both",
        ],
    ] {
        let mut a = vec!["-p", ps, "import"];
        a.extend(&args);
        let r = saale(&a);
        assert_eq!(r.status.code(), Some(1), "{args:?}");
        let e = String::from_utf8_lossy(&r.stderr);
        assert!(e.contains("bad.geojson"), "{e}");
        assert_eq!(snapshot(&p), before, "the project changed after {args:?}");
    }
}

#[test]
fn two_paths_with_the_same_layer_name_are_refused_not_merged_away() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let before = snapshot(&p);
    for d in ["a", "b"] {
        std::fs::create_dir(tmp.path().join(d)).unwrap();
        std::fs::write(tmp.path().join(d).join("x.geojson"), GOOD).unwrap();
    }
    let a = tmp.path().join("a/x.geojson");
    let b = tmp.path().join("b/x.geojson");
    let r = saale(&["-p", ps, "import", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(e.contains("'x'") && e.contains("b/x.geojson"), "{e}");
    assert_eq!(snapshot(&p), before);
}

fn utm32_point(x: &str, y: &str) -> String {
    format!(
        r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::25832"}}}},"features":[{{"type":"Feature","geometry":{{"type":"Point","coordinates":[681000,5644000]}},"properties":{{}}}},{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{x},{y}]}},"properties":{{}}}}]}}"#
    )
}

#[test]
fn a_point_at_1e308_in_utm32_is_refused_unless_the_bounds_check_is_off() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let before = snapshot(&p);
    let huge = tmp.path().join("huge.geojson");
    std::fs::write(&huge, utm32_point("1e308", "1e308")).unwrap();
    let r = saale(&["-p", ps, "import", huge.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(
        e.contains("huge.geojson: feature 1: coordinate (1e308, 1e308) lies outside the area of use of EPSG:25832")
            && e.contains("--no-bounds-check"),
        "{e}"
    );
    assert_eq!(snapshot(&p), before);
    // Swapped axes are outside too.
    let swapped = tmp.path().join("swapped.geojson");
    std::fs::write(&swapped, utm32_point("5644000", "681000")).unwrap();
    let r = saale(&["-p", ps, "import", swapped.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    // Görlitz (15° E, 3° beyond the nominal zone) is inside the widened area.
    let east = tmp.path().join("east.geojson");
    std::fs::write(&east, utm32_point("919495", "5683640")).unwrap();
    let out = saale_ok(&["-p", ps, "import", east.to_str().unwrap()]);
    assert!(out.contains("imported 2 features"), "{out}");
    // The opt-out imports the point as it is.
    let out = saale_ok(&[
        "-p",
        ps,
        "import",
        huge.to_str().unwrap(),
        "--no-bounds-check",
    ]);
    assert!(out.contains("imported 2 features"), "{out}");
}

/// 1,000 points as GeoJSON in EPSG:25832, written by ogr2ogr as `FORMAT` into `dir/name`.
fn ogr_points(dir: &std::path::Path, name: &str, format: &str) -> std::path::PathBuf {
    let feats: Vec<String> = (0..1000)
        .map(|i| {
            format!(
                r#"{{"type":"Feature","properties":{{"id":{i},"name":"n{i}"}},"geometry":{{"type":"Point","coordinates":[{},{}]}}}}"#,
                680_000 + i,
                5_640_000 + i
            )
        })
        .collect();
    let src = dir.join(format!("{name}.src.geojson"));
    std::fs::write(
        &src,
        format!(
            r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"EPSG:25832"}}}},"features":[{}]}}"#,
            feats.join(",")
        ),
    )
    .unwrap();
    let out = dir.join(name);
    let r = std::process::Command::new("ogr2ogr")
        .args(["-f", format])
        .arg(&out)
        .arg(&src)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    out
}

fn truncate_half(p: &std::path::Path) {
    let len = std::fs::metadata(p).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(p)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
}

#[test]
fn truncated_shapefile_gml_and_dbf_are_errors_not_partial_layers() {
    if !common::require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    // The intact shapefile imports all 1,000 points.
    let whole = ogr_points(tmp.path(), "whole.shp", "ESRI Shapefile");
    let out = saale_ok(&["-p", ps, "import", whole.to_str().unwrap()]);
    assert!(out.contains("imported 1000 features"), "{out}");
    let before = snapshot(&p);
    let mut cases = Vec::new();
    let shp = ogr_points(tmp.path(), "cut_shp.shp", "ESRI Shapefile");
    truncate_half(&shp);
    cases.push((shp.clone(), "cut_shp.shp: feature 4"));
    let dbf = ogr_points(tmp.path(), "cut_dbf.shp", "ESRI Shapefile");
    truncate_half(&dbf.with_extension("dbf"));
    cases.push((dbf, "cut_dbf.shp: feature 4"));
    let gml = ogr_points(tmp.path(), "cut.gml", "GML");
    let _ = std::fs::remove_file(gml.with_extension("xsd"));
    truncate_half(&gml);
    cases.push((gml, "cut.gml: feature"));
    for (f, want) in cases {
        let r = saale(&["-p", ps, "import", f.to_str().unwrap()]);
        let e = String::from_utf8_lossy(&r.stderr);
        assert_eq!(
            r.status.code(),
            Some(1),
            "{f:?}: {}{e}",
            String::from_utf8_lossy(&r.stdout)
        );
        assert!(e.contains(want) && e.contains("GDAL cannot read it"), "{e}");
        assert_eq!(snapshot(&p), before, "{f:?} changed the project");
    }
}

#[test]
fn gdal_warnings_are_reported_and_kept_in_the_import_report() {
    if !common::require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let gml = ogr_points(tmp.path(), "warn.gml", "GML");
    // An integer field (per the .xsd) with a value GDAL parses only in part.
    let text = std::fs::read_to_string(&gml).unwrap();
    assert!(text.contains("<ogr:id>7</ogr:id>"));
    std::fs::write(
        &gml,
        text.replace("<ogr:id>7</ogr:id>", "<ogr:id>7x</ogr:id>"),
    )
    .unwrap();
    let out = saale_ok(&["-p", ps, "import", gml.to_str().unwrap()]);
    assert!(out.contains("imported 1000 features"), "{out}");
    let want = "warn.gml: GDAL: Value '7x' of field";
    assert!(
        out.lines()
            .any(|l| l.starts_with("  warning: ") && l.contains(want)),
        "{out}"
    );
    let info = saale_ok(&["-p", ps, "info", "warn", "-v"]);
    assert!(
        info.contains("import report:") && info.contains(want),
        "{info}"
    );
}

/// Run `saale ARGS`, killing it after `secs` (a hang fails the test instead of blocking CI).
fn saale_within(secs: u64, args: &[&str]) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_saale"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if t0.elapsed().as_secs() > secs {
            child.kill().unwrap();
            panic!("saale {args:?} did not finish within {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn symlink_loops_end_and_links_out_of_the_directory_are_refused() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let d = tmp.path().join("d");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/a.geojson"), GOOD).unwrap();
    symlink("..", d.join("sub/up")).unwrap();
    symlink("../sub", d.join("sub/again")).unwrap();
    symlink(".", d.join("here")).unwrap();
    // Loops inside the directory: each file once.
    let r = saale_within(
        120,
        &["-p", ps, "import", d.to_str().unwrap(), "--layer", "x"],
    );
    let out = String::from_utf8_lossy(&r.stdout);
    assert!(
        r.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(out.contains("imported 1 features from 1 file(s)"), "{out}");
    // A link to / would walk the whole file system.
    symlink("/", d.join("sub/root")).unwrap();
    let before = snapshot(&p);
    let r = saale_within(
        120,
        &["-p", ps, "import", d.to_str().unwrap(), "--layer", "y"],
    );
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(e.contains("sub/root: a link to a directory outside"), "{e}");
    assert_eq!(snapshot(&p), before);
    // A file linked to itself is an error, not a hang.
    std::fs::remove_file(d.join("sub/root")).unwrap();
    symlink("self.geojson", d.join("self.geojson")).unwrap();
    let r = saale_within(
        120,
        &["-p", ps, "import", d.to_str().unwrap(), "--layer", "z"],
    );
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr).contains("self.geojson"));
}

/// A circle of `n` vertices around Jena (radius 500 m) as `x y` pairs, closed; with
/// `cross`, vertex n - 2 jumps across the circle so that its two edges cross the ring.
fn circle(n: usize, cross: bool) -> Vec<(f64, f64)> {
    let mut pts: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64;
            (680_000.0 + 500.0 * a.cos(), 5_640_000.0 + 500.0 * a.sin())
        })
        .collect();
    if cross {
        pts[n - 2] = (679_500.0, 5_640_000.5);
    }
    pts.push(pts[0]);
    pts
}

#[test]
fn check_and_import_of_a_sixty_thousand_vertex_ring_are_right() {
    let tmp = tempfile::tempdir().unwrap();
    let pos = |pts: &[(f64, f64)]| {
        pts.iter()
            .map(|(x, y)| format!("{x:.3} {y:.3}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let poly = |id: &str, pts: &[(f64, f64)]| {
        format!("<gml:Polygon gml:id=\"{id}g\" srsName=\"EPSG:25832\"><gml:exterior><gml:LinearRing><gml:posList>{}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>", pos(pts))
    };
    let plan = |ring: &[(f64, f64)]| {
        format!(
            "<?xml version=\"1.0\"?>\n<xplan:XPlanAuszug xmlns:xplan=\"http://www.xplanung.de/xplangml/6/0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\">\n<gml:featureMember><xplan:BP_Plan gml:id=\"plan\"><xplan:name>Ring</xplan:name><xplan:raeumlicherGeltungsbereich>{}</xplan:raeumlicherGeltungsbereich></xplan:BP_Plan></gml:featureMember>\n<gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id=\"z\"><xplan:position>{}</xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>\n</xplan:XPlanAuszug>",
            poly("plan", &[(679_000.0, 5_639_000.0), (681_000.0, 5_639_000.0), (681_000.0, 5_641_000.0), (679_000.0, 5_641_000.0), (679_000.0, 5_639_000.0)]),
            poly("z", ring)
        )
    };
    let n = 60_000;
    let good = tmp.path().join("ring.gml");
    std::fs::write(&good, plan(&circle(n, false))).unwrap();
    let r = saale_within(600, &["check", good.to_str().unwrap(), "--json"]);
    let issues: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert!(
        !issues
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["rule"] == "invalid-geometry"),
        "{issues}"
    );
    let bad = tmp.path().join("crossing.gml");
    std::fs::write(&bad, plan(&circle(n, true))).unwrap();
    let r = saale_within(600, &["check", bad.to_str().unwrap(), "--json"]);
    let issues: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let inv = issues
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["rule"] == "invalid-geometry")
        .unwrap_or_else(|| panic!("no invalid-geometry: {issues}"));
    assert!(
        inv["message"]
            .as_str()
            .unwrap()
            .contains("exterior ring has a self-intersection"),
        "{inv}"
    );
    // The reported crossing lies on the ring, inside the circle's box.
    let (x, y) = (inv["x"].as_f64().unwrap(), inv["y"].as_f64().unwrap());
    assert!((679_500.0..=680_500.0).contains(&x) && (5_639_500.0..=5_640_500.0).contains(&y));
    // The same ring as GeoJSON imports with its invalid geometry counted.
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    for (name, cross, invalid) in [("ok", false, 0), ("cross", true, 1)] {
        let coords: Vec<String> = circle(n, cross)
            .iter()
            .map(|(x, y)| format!("[{x},{y}]"))
            .collect();
        let f = tmp.path().join(format!("{name}.geojson"));
        std::fs::write(&f, format!(
            r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"EPSG:25832"}}}},"features":[{{"type":"Feature","properties":{{}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}]}}"#,
            coords.join(",")
        )).unwrap();
        let r = saale_within(600, &["-p", ps, "import", f.to_str().unwrap(), "--json"]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        let v: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
        assert_eq!(v["layers"][0]["invalid"], invalid, "{v}");
    }
}

#[test]
fn skipped_buildings_are_grouped_by_reason_not_one_line_each() {
    let tmp = tempfile::tempdir().unwrap();
    let broken = |id: &str| {
        building(
            id,
            "<gml:Solid><gml:exterior><gml:CompositeSurface gml:id=\"c\"><gml:surfaceMember xlink:href=\"#c\"/></gml:CompositeSurface></gml:exterior></gml:Solid>",
        )
    };
    let good = building(
        "good",
        &format!(
            "<gml:Solid><gml:exterior><gml:CompositeSurface><gml:surfaceMember>{}</gml:surfaceMember><gml:surfaceMember>{}</gml:surfaceMember></gml:CompositeSurface></gml:exterior></gml:Solid>",
            square("a", 0.0),
            square("b", 10.0)
        ),
    );
    let many: String = (0..111).map(|i| broken(&format!("b{i}"))).collect();
    let (code, out, err) = run_import(
        tmp.path(),
        "tile.gml",
        &format!("{HEAD}{many}{good}</core:CityModel>"),
    );
    assert_eq!(code, Some(0), "{out}\n{err}");
    let skipped: Vec<&str> = out.lines().filter(|l| l.contains("skipped:")).collect();
    assert_eq!(skipped.len(), 1, "{out}");
    assert!(
        skipped[0].contains("111 x building with unreadable geometry"),
        "{out}"
    );
    assert!(
        out.contains("tile.gml: line 4, column 24, Building gml:id b0")
            && out.contains("Building gml:id b0; ")
            && out.contains("Building gml:id b2 and 108 more"),
        "{out}"
    );
    assert!(out.lines().all(|l| l.len() < 600), "{out}");
    // The import report keeps every place.
    let p = tmp.path().join("p_tile.gml");
    let info = saale_ok(&["-p", p.to_str().unwrap(), "info", "buildings3d", "-v"]);
    for i in 0..111 {
        assert!(
            info.contains(&format!("Building gml:id b{i}\n")),
            "b{i}: {info}"
        );
    }

    // All skipped: the error stays one short line per reason.
    let (code, out, err) = run_import(
        tmp.path(),
        "all.gml",
        &format!("{HEAD}{many}</core:CityModel>"),
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(err.len() < 1000, "{} bytes: {err}", err.len());
    assert!(
        err.contains("111 x building with unreadable geometry") && err.contains("the first at"),
        "{err}"
    );
}
