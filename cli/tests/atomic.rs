//! Bad input gives a clear error and leaves the project exactly as it was, also when the
//! process is killed mid-write.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{saale, saale_ok};

/// The catalog's bytes and the bytes of every file it references.
fn snapshot(project: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    let cat = std::fs::read(project.join("saale.toml")).unwrap();
    let text = String::from_utf8(cat.clone()).unwrap();
    m.insert("saale.toml".to_string(), cat);
    // The layer files the catalog references (not the input versions named in provenance,
    // which may be gone).
    let doc: toml::Table = toml::from_str(&text).unwrap();
    for (_, e) in doc["layers"].as_table().into_iter().flatten() {
        let f = e["file"].as_str().unwrap();
        m.insert(f.to_string(), std::fs::read(project.join(f)).unwrap());
    }
    m
}

fn project_with_one_layer(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    let src = dir.join("ok.geojson");
    std::fs::write(
        &src,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":{"type":"Point","coordinates":[11.6,50.9]}}]}"#,
    )
    .unwrap();
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        src.to_str().unwrap(),
        "--layer",
        "pts",
        "-q",
    ]);
    p
}

fn stderr_of(args: &[&str]) -> String {
    let out = saale(args);
    assert!(!out.status.success(), "expected failure of {args:?}");
    assert_eq!(out.status.code(), Some(1));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn bad_inputs_name_file_and_place_and_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project_with_one_layer(tmp.path());
    let ps = p.to_str().unwrap();
    let before = snapshot(&p);

    // Truncated JSON: line named.
    let trunc = tmp.path().join("trunc.geojson");
    std::fs::write(
        &trunc,
        "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",",
    )
    .unwrap();
    let e = stderr_of(&[
        "-p",
        ps,
        "import",
        trunc.to_str().unwrap(),
        "--layer",
        "pts",
        "--replace",
    ]);
    assert!(e.contains("trunc.geojson") && e.contains("line 3"), "{e}");

    // Unparsable geometry in the middle of the file: feature named. The replace must not happen.
    let bad = tmp.path().join("bad.geojson");
    let mut feats: Vec<String> = (0..1000)
        .map(|i| format!(r#"{{"type":"Feature","properties":{{"i":{i}}},"geometry":{{"type":"Point","coordinates":[11.6,50.9]}}}}"#))
        .collect();
    feats[500] = r#"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["x",50.9]}}"#.into();
    std::fs::write(
        &bad,
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            feats.join(",")
        ),
    )
    .unwrap();
    let e = stderr_of(&[
        "-p",
        ps,
        "import",
        bad.to_str().unwrap(),
        "--layer",
        "pts",
        "--replace",
    ]);
    assert!(
        e.contains("bad.geojson") && e.contains("feature 500") && e.contains("not a number"),
        "{e}"
    );

    // Unknown CRS.
    let crs = tmp.path().join("crs.geojson");
    std::fs::write(&crs, r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:999999"}},"features":[]}"#).unwrap();
    let e = stderr_of(&["-p", ps, "import", crs.to_str().unwrap()]);
    assert!(
        e.contains("crs.geojson") && e.contains("EPSG:999999"),
        "{e}"
    );

    // Absurd coordinates (latitude 300): PROJ fails, the feature is named.
    let absurd = tmp.path().join("absurd.geojson");
    std::fs::write(&absurd, r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[11.6,50.9]}},{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[11.6,300]}}]}"#).unwrap();
    let e = stderr_of(&["-p", ps, "import", absurd.to_str().unwrap()]);
    assert!(
        e.contains("absurd.geojson") && e.contains("feature 1"),
        "{e}"
    );

    // CSV with a bad WKT line; a binary file that is no format at all; a missing file.
    let csv = tmp.path().join("w.csv");
    std::fs::write(&csv, "id,wkt\n1,POINT (11.6 50.9)\n2,POLYGON ((1 2,\n").unwrap();
    let e = stderr_of(&["-p", ps, "import", csv.to_str().unwrap()]);
    assert!(e.contains("w.csv") && e.contains("line 3"), "{e}");
    let junk = tmp.path().join("junk.dat");
    std::fs::write(&junk, [0u8, 159, 146, 150, 1, 2, 3]).unwrap();
    let e = stderr_of(&["-p", ps, "import", junk.to_str().unwrap()]);
    assert!(
        e.contains("junk.dat") && e.contains("not a vector format"),
        "{e}"
    );
    let e = stderr_of(&["-p", ps, "import", "/nonexistent/x.geojson"]);
    assert!(e.contains("/nonexistent/x.geojson"), "{e}");
    // CSV x/y in metres without a CRS: asks for --source-crs.
    let xy = tmp.path().join("xy.csv");
    std::fs::write(&xy, "x,y,n\n681000,5643000,1\n").unwrap();
    let e = stderr_of(&["-p", ps, "import", xy.to_str().unwrap()]);
    assert!(e.contains("--source-crs"), "{e}");
    saale_ok(&[
        "-p",
        ps,
        "import",
        xy.to_str().unwrap(),
        "--source-crs",
        "EPSG:25832",
        "-q",
    ]);
    // Existing layer without --replace.
    let e = stderr_of(&[
        "-p",
        ps,
        "import",
        trunc.to_str().unwrap(),
        "--layer",
        "pts",
    ]);
    assert!(e.contains("exists already"), "{e}");

    let mut after = snapshot(&p);
    // Only the successful xy import was added.
    let cat = String::from_utf8(after.remove("saale.toml").unwrap()).unwrap();
    assert!(cat.contains("[layers.xy]"));
    for (k, v) in &before {
        if k != "saale.toml" {
            assert_eq!(after.get(k), Some(v), "{k} changed");
        }
    }
}

#[test]
fn invalid_geometries_are_counted_or_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project_with_one_layer(tmp.path());
    let ps = p.to_str().unwrap();
    let src = tmp.path().join("bow.geojson");
    std::fs::write(&src, r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"k":"bowtie"},"geometry":{"type":"Polygon","coordinates":[[[11.60,50.90],[11.61,50.91],[11.61,50.90],[11.60,50.91],[11.60,50.90]]]}},
      {"type":"Feature","properties":{"k":"square"},"geometry":{"type":"Polygon","coordinates":[[[11.60,50.90],[11.61,50.90],[11.61,50.91],[11.60,50.91],[11.60,50.90]]]}}]}"#).unwrap();
    let out = saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "--layer", "kept"]);
    assert!(
        out.contains("1 invalid geometry") && out.contains("feature 0"),
        "{out}"
    );
    let info: serde_json::Value =
        serde_json::from_str(&saale_ok(&["-p", ps, "info", "kept", "--json"])).unwrap();
    assert_eq!(info["invalid_geometries"], 1);
    assert_eq!(info["feature_count"], 2);
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "skipped",
        "--skip-invalid",
        "-q",
    ]);
    let info: serde_json::Value =
        serde_json::from_str(&saale_ok(&["-p", ps, "info", "skipped", "--json"])).unwrap();
    assert_eq!(info["feature_count"], 1);
    assert_eq!(info["skipped"], 1);
}

#[test]
fn kill_9_during_a_large_import_leaves_the_project_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project_with_one_layer(tmp.path());
    let before = snapshot(&p);
    // About 400,000 points (40 MB of GeoJSON).
    let big = tmp.path().join("big.geojson");
    let mut s = String::from(r#"{"type":"FeatureCollection","features":["#);
    for i in 0..400_000u32 {
        if i > 0 {
            s.push(',');
        }
        let x = 11.5 + f64::from(i % 1000) * 1e-4;
        let y = 50.9 + f64::from(i / 1000) * 1e-4;
        s.push_str(&format!(
            r#"{{"type":"Feature","properties":{{"i":{i},"name":"address {i}"}},"geometry":{{"type":"Point","coordinates":[{x},{y}]}}}}"#
        ));
    }
    s.push_str("]}");
    std::fs::write(&big, s).unwrap();

    let mut killed_mid_write = false;
    // Kill at several moments: while reading, and as soon as the layer file is being written.
    for wait_for_tmp in [false, true] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_saale"))
            .args([
                "-p",
                p.to_str().unwrap(),
                "-q",
                "import",
                big.to_str().unwrap(),
                "--layer",
                "pts",
                "--replace",
            ])
            .spawn()
            .unwrap();
        let start = Instant::now();
        if wait_for_tmp {
            let tmpdir = p.join(".tmp");
            while start.elapsed() < Duration::from_secs(60) {
                let writing = std::fs::read_dir(&tmpdir)
                    .map(|rd| {
                        rd.flatten()
                            .any(|e| e.file_name().to_string_lossy().ends_with(".fgb"))
                    })
                    .unwrap_or(false);
                if writing || child.try_wait().unwrap().is_some() {
                    break;
                }
                std::thread::sleep(Duration::from_micros(200));
            }
        } else {
            std::thread::sleep(Duration::from_millis(150));
        }
        let _ = Command::new("kill")
            .args(["-9", &child.id().to_string()])
            .status();
        let status = child.wait().unwrap();
        if wait_for_tmp {
            killed_mid_write = !status.success();
        }
        assert_eq!(
            snapshot(&p),
            before,
            "project changed after kill -9 (wait_for_tmp={wait_for_tmp})"
        );
        saale_ok(&["-p", p.to_str().unwrap(), "layers"]);
    }
    assert!(
        killed_mid_write,
        "the import finished before it could be killed"
    );
    // The next write cleans up what the killed one left.
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "-q",
        "import",
        big.to_str().unwrap(),
        "--layer",
        "big2",
    ]);
    assert!(
        !p.join(".tmp").exists() || std::fs::read_dir(p.join(".tmp")).unwrap().next().is_none()
    );
    let files = std::fs::read_dir(p.join("layers")).unwrap().count();
    assert_eq!(files, 2, "only the two referenced layer files remain");
}

/// A second layer in the project: `pts` buffered by `d` metres as `out`.
fn buffer_pts(project: &str, d: &str, out: &str) {
    saale_ok(&[
        "-p",
        project,
        "buffer",
        "pts",
        "--distance",
        d,
        "--out",
        out,
        "-q",
    ]);
}

/// `saale remove` removes all named layers or, when one name is unknown, none.
#[test]
fn remove_takes_all_named_layers_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project_with_one_layer(tmp.path());
    let ps = p.to_str().unwrap();
    buffer_pts(ps, "10", "b");
    buffer_pts(ps, "20", "c");
    let before = snapshot(&p);
    assert_eq!(before.len(), 4, "{:?}", before.keys());
    let e = stderr_of(&["-p", ps, "remove", "b", "nope"]);
    assert!(e.contains("no layer 'nope' in the project"), "{e}");
    assert_eq!(snapshot(&p), before);
    saale_ok(&["-p", ps, "rm", "b", "c", "-q"]);
    let after = snapshot(&p);
    assert_eq!(after.len(), 2, "{:?}", after.keys());
    let cat = String::from_utf8(after["saale.toml"].clone()).unwrap();
    assert!(
        cat.contains("[layers.pts]") && !cat.contains("[layers.b]"),
        "{cat}"
    );
    // The removed layers' files are gone: only the one left is in layers/.
    let files: Vec<_> = std::fs::read_dir(p.join("layers")).unwrap().collect();
    assert_eq!(files.len(), 1);
    let out = saale_ok(&["-p", ps, "layers"]);
    assert!(out.contains("pts") && !out.contains("\nb "), "{out}");
}

/// `saale rename` moves the layer, its file and its access marks to the new name; a taken or
/// invalid name changes nothing.
#[test]
fn rename_moves_layer_file_and_marks() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project_with_one_layer(tmp.path());
    let ps = p.to_str().unwrap();
    buffer_pts(ps, "10", "b");
    saale_ok(&["-p", ps, "access", "pts", "--internal", "-q"]);
    let before = snapshot(&p);
    let e = stderr_of(&["-p", ps, "rename", "pts", "b"]);
    assert!(e.contains("layer 'b' exists already"), "{e}");
    let e = stderr_of(&["-p", ps, "rename", "pts", "no/slash"]);
    assert!(e.contains("invalid layer name 'no/slash'"), "{e}");
    let e = stderr_of(&["-p", ps, "rename", "nope", "x"]);
    assert!(e.contains("no layer 'nope' in the project"), "{e}");
    assert_eq!(snapshot(&p), before);
    saale_ok(&["-p", ps, "mv", "pts", "points", "-q"]);
    let after = snapshot(&p);
    // The same bytes under the new name: the catalog and the two layer files.
    assert_eq!(after.len(), 3, "{:?}", after.keys());
    let file = after
        .keys()
        .find(|k| k.starts_with("layers/points."))
        .expect("file named after the layer");
    let old = before
        .keys()
        .find(|k| k.starts_with("layers/pts."))
        .unwrap();
    assert_eq!(after[file], before[old]);
    let files: Vec<_> = std::fs::read_dir(p.join("layers")).unwrap().collect();
    assert_eq!(files.len(), 2);
    let info = saale_ok(&["-p", ps, "info", "points"]);
    assert!(
        info.contains("features:     1") && info.contains("access:       internal"),
        "{info}"
    );
    let e = stderr_of(&["-p", ps, "info", "pts"]);
    assert!(e.contains("no layer 'pts'"), "{e}");
}

/// Writers of one project wait for each other: imports of different layers, `access` and
/// `token` started at the same moment all land (before the project lock, one import was lost
/// in every round and `access` was reverted by a concurrent import).
#[test]
fn concurrent_writers_all_land() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let jena = common::jena_dir();
    let statbez = jena.join("statbez.geojson");
    saale_ok(&["-p", ps, "import", statbez.to_str().unwrap(), "-q"]);
    let sources = [
        "ortsteile.geojson",
        "osm/bus.geojson",
        "osm/tram.geojson",
        "osm/highway_nodes.geojson",
        "hh_priv.csv",
        "hh_priv_1.csv",
    ];
    for round in 0..3 {
        let mut children = Vec::new();
        for (i, s) in sources.iter().enumerate() {
            let name = format!("l{round}_{i}");
            children.push(
                std::process::Command::new(env!("CARGO_BIN_EXE_saale"))
                    .args(["-p", ps, "import", "-q", "--layer", &name])
                    .arg(jena.join(s))
                    .spawn()
                    .unwrap(),
            );
        }
        let level = if round % 2 == 0 {
            "--internal"
        } else {
            "--public"
        };
        children.push(
            std::process::Command::new(env!("CARGO_BIN_EXE_saale"))
                .args(["-p", ps, "access", "statbez", level, "-q"])
                .spawn()
                .unwrap(),
        );
        for mut c in children {
            assert!(c.wait().unwrap().success());
        }
        let doc: serde_json::Value =
            serde_json::from_str(&saale_ok(&["-p", ps, "layers", "--json"])).unwrap();
        let names: Vec<&str> = doc["layers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l["name"].as_str())
            .collect();
        for r in 0..=round {
            for i in 0..sources.len() {
                let n = format!("l{r}_{i}");
                assert!(
                    names.contains(&n.as_str()),
                    "round {round}: {n} lost: {names:?}"
                );
            }
        }
        let statbez = doc["layers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["name"] == "statbez")
            .unwrap();
        let want = if round % 2 == 0 { "internal" } else { "public" };
        assert_eq!(statbez["access"], want, "round {round}: access reverted");
        // Every layer file the catalog names exists, and no other layer file is left.
        let files: std::collections::BTreeSet<String> = std::fs::read_dir(p.join("layers"))
            .unwrap()
            .filter_map(|d| d.ok())
            .map(|d| format!("layers/{}", d.file_name().to_string_lossy()))
            .collect();
        let listed: std::collections::BTreeSet<String> = doc["layers"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|l| l["file"].as_str().map(str::to_string))
            .collect();
        assert_eq!(files, listed);
    }
}
