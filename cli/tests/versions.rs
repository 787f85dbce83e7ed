//! Versions of a layer (issue 16, item 3): a rewrite keeps the previous version, `saale diff`
//! lists the features added, removed and changed (checked against the sets computed here
//! from the two GeoJSON files), `--out` writes them as a layer that `refresh` remakes,
//! `saale rollback` restores the first import byte for byte, garbage collection keeps
//! `[versions] keep` versions and deletes older files, and a refused rollback changes nothing.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::{saale, saale_ok};
use saale_store::Project;
use serde_json::{json, Value as Json};

/// Six features: points and one polygon, with a key field named `key`.
fn original(key: &str) -> Json {
    let pt = |nr: i64, x: f64, name: &str, size: f64| {
        json!({"type": "Feature", "properties": {key: nr, "name": name, "size": size},
               "geometry": {"type": "Point", "coordinates": [680_000.0 + x, 5_640_000.5]}})
    };
    let poly = json!({"type": "Feature", "properties": {key: 6, "name": "Platz", "size": 400.0},
        "geometry": {"type": "Polygon", "coordinates": [[[681_000.0, 5_641_000.0],
            [681_020.0, 5_641_000.0], [681_020.0, 5_641_020.0], [681_000.0, 5_641_020.0],
            [681_000.0, 5_641_000.0]]]}});
    json!({"type": "FeatureCollection",
           "crs": {"type": "name", "properties": {"name": "EPSG:25832"}},
           "features": [pt(1, 0.0, "Apotheke", 1.5), pt(2, 10.0, "Bäcker", 2.0),
                        pt(3, 20.0, "Kiosk", 2.5), pt(4, 30.0, "Post", 3.0),
                        pt(5, 40.0, "Bank", 3.5), poly]})
}

/// The original with feature 3 removed, feature 7 added and the name of feature 2 changed.
fn modified(key: &str) -> Json {
    let mut fc = original(key);
    let features = fc["features"].as_array_mut().unwrap();
    features.retain(|f| f["properties"][key] != 3);
    for f in features.iter_mut() {
        if f["properties"][key] == 2 {
            f["properties"]["name"] = json!("Bäckerei");
        }
    }
    features.push(
        json!({"type": "Feature", "properties": {key: 7, "name": "Friseur", "size": 1.0},
        "geometry": {"type": "Point", "coordinates": [680_060.0, 5_640_000.5]}}),
    );
    fc
}

/// Expected changes, computed from the GeoJSON: for each change kind, the key values of the
/// features, matching features by `by` (a property) or, with `None`, by geometry.
fn expected(a: &Json, b: &Json, key: &str, by: Option<&str>) -> BTreeMap<String, BTreeSet<i64>> {
    let index = |fc: &Json| -> BTreeMap<String, (i64, Json)> {
        fc["features"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                let m = match by {
                    Some(k) => f["properties"][k].to_string(),
                    None => f["geometry"].to_string(),
                };
                (
                    m,
                    (
                        f["properties"][key].as_i64().unwrap(),
                        json!([f["properties"], f["geometry"]]),
                    ),
                )
            })
            .collect()
    };
    let (ia, ib) = (index(a), index(b));
    let mut out: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for (m, (k, v)) in &ib {
        match ia.get(m) {
            None => out.entry("added".into()).or_default().insert(*k),
            Some((_, w)) if w != v => out.entry("changed".into()).or_default().insert(*k),
            Some(_) => false,
        };
    }
    for (m, (k, _)) in &ia {
        if !ib.contains_key(m) {
            out.entry("removed".into()).or_default().insert(*k);
        }
    }
    out
}

fn write(path: &Path, fc: &Json) {
    std::fs::write(path, serde_json::to_string_pretty(fc).unwrap()).unwrap();
}

fn json_of(args: &[&str]) -> Json {
    serde_json::from_str(&saale_ok(args)).unwrap()
}

/// A project with layer `pois` imported from `original(key)`, then replaced by
/// `modified(key)` (through the same source path, as a new delivery would come).
fn two_versions(dir: &Path, key: &str) -> std::path::PathBuf {
    let proj = dir.join("proj");
    let src = dir.join("pois.geojson");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    write(&src, &original(key));
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "pois",
        "-q",
    ]);
    write(&src, &modified(key));
    let s = src.to_str().unwrap();
    saale_ok(&["-p", ps, "import", s, "--layer", "pois", "--replace", "-q"]);
    proj
}

/// Change kind -> key values of the rows of a diff layer.
fn diff_rows(proj: &Path, layer: &str, key: &str) -> BTreeMap<String, BTreeSet<i64>> {
    let l = Project::open(proj).unwrap().read_layer(layer).unwrap();
    let (c, k) = (
        l.schema.index_of("change").unwrap(),
        l.schema.index_of(key).unwrap(),
    );
    let mut out: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for f in &l.features {
        let kind = f.value(c).as_str().unwrap().to_string();
        #[expect(clippy::cast_possible_truncation, reason = "small integer keys")]
        out.entry(kind)
            .or_default()
            .insert(f.value(k).as_f64().unwrap() as i64);
    }
    out
}

/// Change kind -> key values in `saale diff --json`.
fn listed(d: &Json) -> BTreeMap<String, BTreeSet<i64>> {
    let mut out: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for c in d["changes"].as_array().unwrap() {
        out.entry(c["change"].as_str().unwrap().to_string())
            .or_default()
            .insert(c["key"].as_str().unwrap().parse().unwrap());
    }
    out
}

/// (key, name, size, geometry as WKT) of every feature, sorted.
fn features(p: &Project, layer: &str, key: &str) -> Vec<(String, String, String, String)> {
    let l = p.read_layer(layer).unwrap();
    let ix = |n: &str| l.schema.index_of(n).unwrap();
    let mut v: Vec<_> = l
        .features
        .iter()
        .map(|f| {
            (
                f.value(ix(key)).to_string(),
                f.value(ix("name")).to_string(),
                f.value(ix("size")).to_string(),
                saale_model::geometry_to_wkt(f.geometry.as_ref().unwrap()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn states(ps: &str) -> BTreeMap<String, String> {
    json_of(&["-p", ps, "status", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["layer"].as_str().unwrap().to_string(),
                s["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn diff_by_key_lists_one_added_one_removed_one_changed_and_writes_them_as_a_layer() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = two_versions(tmp.path(), "nr");
    let ps = proj.to_str().unwrap();
    let want = expected(&original("nr"), &modified("nr"), "nr", Some("nr"));
    assert_eq!(
        want.values().map(BTreeSet::len).collect::<Vec<_>>(),
        [1, 1, 1]
    );
    let d = json_of(&["-p", ps, "diff", "pois", "--key", "nr", "--json"]);
    assert_eq!(d["matched_by"], "key");
    assert_eq!(d["key"], "nr");
    assert_eq!(
        (d["added"].as_u64(), d["removed"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        (d["changed"].as_u64(), d["unchanged"].as_u64()),
        (Some(1), Some(4))
    );
    assert_eq!(listed(&d), want);
    let changed = d["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["change"] == "changed")
        .unwrap();
    assert_eq!(changed["fields"], json!(["name"]));
    assert_eq!(
        (d["from"]["index"].as_u64(), d["to"]["index"].as_u64()),
        (Some(1), Some(0))
    );

    // The same by the versions' file names.
    let p = Project::open(&proj).unwrap();
    let e = p.entry("pois").unwrap();
    let (old, new) = (e.versions[0].file.clone(), e.file.clone());
    let d2 = json_of(&[
        "-p", ps, "diff", "pois", "--from", &old, "--to", &new, "--key", "nr", "--json",
    ]);
    assert_eq!(listed(&d2), want);

    // --out: three rows with their change, recorded as a step over the current version.
    saale_ok(&[
        "-p",
        ps,
        "diff",
        "pois",
        "--key",
        "nr",
        "--out",
        "pois_changes",
        "-q",
    ]);
    assert_eq!(diff_rows(&proj, "pois_changes", "nr"), want);
    let p = Project::open(&proj).unwrap();
    let de = p.entry("pois_changes").unwrap();
    assert_eq!(de.feature_count, 3);
    assert_eq!(de.provenance.verb(), "diff");
    assert_eq!(de.provenance.inputs.len(), 1);
    assert_eq!(de.provenance.inputs[0].file, new);
    let l = p.read_layer("pois_changes").unwrap();
    let (c, n, f) = (
        l.schema.index_of("change").unwrap(),
        l.schema.index_of("name").unwrap(),
        l.schema.index_of("changed_fields").unwrap(),
    );
    for feat in &l.features {
        let name = feat.value(n).as_str().unwrap();
        match feat.value(c).as_str().unwrap() {
            // Added and changed rows carry the newer attributes, removed ones the older.
            "changed" => assert_eq!((name, feat.value(f).as_str()), ("Bäckerei", Some("name"))),
            "added" => assert_eq!(name, "Friseur"),
            "removed" => assert_eq!(name, "Kiosk"),
            other => panic!("unexpected change {other}"),
        }
    }
    // Without --key the `id`-less layer is matched by geometry: the same three here.
    let by_geom = expected(&original("nr"), &modified("nr"), "nr", None);
    assert_eq!(by_geom, want);
    let d3 = json_of(&["-p", ps, "diff", "pois", "--json", "--out", "geom_changes"]);
    assert_eq!(d3["matched_by"], "geometry hash");
    assert_eq!(
        (
            d3["added"].as_u64(),
            d3["removed"].as_u64(),
            d3["changed"].as_u64()
        ),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(diff_rows(&proj, "geom_changes", "nr"), by_geom);
    // The diff cannot replace the layer it compares.
    let own = saale(&["-p", ps, "diff", "pois", "--out", "pois", "--replace"]);
    assert!(!own.status.success());
    assert!(String::from_utf8_lossy(&own.stderr).contains("itself"));
    assert_eq!(
        Project::open(&proj).unwrap().entry("pois").unwrap().file,
        new
    );
    // A key field the layer lacks is refused, naming it.
    let bad = saale(&["-p", ps, "diff", "pois", "--key", "nope"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no field 'nope'"));
}

#[test]
fn diff_matches_by_an_id_field_without_being_told() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = two_versions(tmp.path(), "id");
    let ps = proj.to_str().unwrap();
    let want = expected(&original("id"), &modified("id"), "id", Some("id"));
    let d = json_of(&["-p", ps, "diff", "pois", "--json"]);
    assert_eq!(
        (d["matched_by"].as_str(), d["key"].as_str()),
        (Some("key"), Some("id"))
    );
    assert_eq!(listed(&d), want);
    // Geometry matching gives a moved feature as removed + added: move feature 4.
    let mut moved = modified("id");
    for f in moved["features"].as_array_mut().unwrap() {
        if f["properties"]["id"] == 4 {
            f["geometry"]["coordinates"][0] = json!(680_031.0);
        }
    }
    let src = tmp.path().join("pois.geojson");
    write(&src, &moved);
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "pois",
        "--replace",
        "-q",
    ]);
    let d = json_of(&["-p", ps, "diff", "pois", "--json"]);
    let want = expected(&modified("id"), &moved, "id", Some("id"));
    assert_eq!(listed(&d), want);
    assert_eq!(want["changed"], BTreeSet::from([4]));
    assert_eq!(d["changes"][0]["fields"], json!(["geometry"]));
}

#[test]
fn rollback_restores_the_first_import_and_derived_layers_become_outdated() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proj");
    let ps = proj.to_str().unwrap();
    let src = tmp.path().join("pois.geojson");
    saale_ok(&["init", ps, "-q"]);
    write(&src, &original("nr"));
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "pois",
        "-q",
    ]);
    let p = Project::open(&proj).unwrap();
    let first_file = p.entry("pois").unwrap().file.clone();
    let first_bytes = std::fs::read(proj.join(&first_file)).unwrap();
    let first = features(&p, "pois", "nr");
    assert_eq!(first.len(), 6);

    // Times are recorded to the second: the second version is a second younger.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    write(&src, &modified("nr"));
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "pois",
        "--replace",
        "-q",
    ]);
    saale_ok(&[
        "-p", ps, "diff", "pois", "--key", "nr", "--out", "changes", "-q",
    ]);
    let p = Project::open(&proj).unwrap();
    let second_file = p.entry("pois").unwrap().file.clone();
    assert_ne!(features(&p, "pois", "nr"), first);
    let listing = json_of(&["-p", ps, "versions", "pois", "--json"]);
    assert_eq!(listing.as_array().unwrap().len(), 2);
    assert_eq!(listing[1]["file"].as_str(), Some(first_file.as_str()));
    assert_eq!(listing[1]["features"].as_u64(), Some(6));
    assert_eq!(states(ps)["changes"], "current");

    let r = json_of(&["-p", ps, "rollback", "pois", "1", "--json"]);
    assert_eq!(r["restored"].as_u64(), Some(1));
    let p = Project::open(&proj).unwrap();
    let e = p.entry("pois").unwrap();
    assert_eq!(e.file, first_file);
    assert_eq!(std::fs::read(proj.join(&e.file)).unwrap(), first_bytes);
    assert_eq!(features(&p, "pois", "nr"), first);
    assert_eq!(e.feature_count, 6);
    // The replaced version is version 1 now.
    assert_eq!(e.versions.len(), 1);
    assert_eq!(e.versions[0].file, second_file);
    assert_eq!(e.versions[0].features, 6);
    // The diff layer was made from the replaced version: outdated; refresh remakes it, now
    // comparing the replaced version (1) with the restored one (0): the changes reversed.
    let st = json_of(&["-p", ps, "status", "--json"]);
    let ch = st
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["layer"] == "changes")
        .unwrap();
    assert_eq!(ch["state"], "outdated");
    assert!(
        ch["reasons"][0].as_str().unwrap().contains("rolled back"),
        "{ch}"
    );
    // The source file holds the newer data: the rolled-back import is outdated too, until
    // the source is rolled back as well.
    assert_eq!(states(ps)["pois"], "outdated");
    write(&src, &original("nr"));
    assert_eq!(states(ps)["pois"], "current");
    let r = json_of(&["-p", ps, "refresh", "--json"]);
    let acted: Vec<&str> = r["actions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| {
            a["layers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
        })
        .collect();
    assert_eq!(acted, ["changes"], "{r}");
    let p = Project::open(&proj).unwrap();
    assert_eq!(p.entry("pois").unwrap().file, first_file);
    let reversed = expected(&modified("nr"), &original("nr"), "nr", Some("nr"));
    assert_eq!(diff_rows(&proj, "changes", "nr"), reversed);
    assert_eq!(reversed["added"], BTreeSet::from([3]));
    // A replay replaced the diff layer: its previous version is kept.
    assert_eq!(p.entry("changes").unwrap().versions.len(), 1);
}

#[test]
fn a_refused_rollback_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = two_versions(tmp.path(), "nr");
    let ps = proj.to_str().unwrap();
    let cat = proj.join("saale.toml");
    let before = std::fs::read(&cat).unwrap();
    let files = |p: &Path| {
        let mut v: Vec<_> = std::fs::read_dir(p.join("layers"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        v.sort();
        v
    };
    let layer_files = files(&proj);
    for bad in ["7", "layers/pois.nothing.fgb", "0"] {
        let out = saale(&["-p", ps, "rollback", "pois", bad]);
        assert!(!out.status.success(), "rollback {bad} succeeded");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(bad) && err.contains("pois"), "{err}");
        assert_eq!(std::fs::read(&cat).unwrap(), before, "rollback {bad}");
        assert_eq!(files(&proj), layer_files);
    }
    let out = saale(&["-p", ps, "rollback", "nosuch", "1"]);
    assert!(!out.status.success());
    assert_eq!(std::fs::read(&cat).unwrap(), before);
}

#[test]
fn garbage_collection_keeps_the_configured_versions_and_deletes_older_files() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proj");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let cat = proj.join("saale.toml");
    let text = std::fs::read_to_string(&cat).unwrap();
    std::fs::write(&cat, format!("{text}\n[versions]\nkeep = 2\n")).unwrap();
    let src = tmp.path().join("pois.geojson");
    let s = src.to_str().unwrap();
    let mut files = Vec::new();
    for round in 0..4 {
        let mut fc = original("nr");
        fc["features"][0]["properties"]["size"] = json!(round);
        write(&src, &fc);
        saale_ok(&["-p", ps, "import", s, "--layer", "pois", "--replace", "-q"]);
        files.push(
            Project::open(&proj)
                .unwrap()
                .entry("pois")
                .unwrap()
                .file
                .clone(),
        );
    }
    // An unrelated write runs the garbage collection; the kept versions survive it.
    saale_ok(&["-p", ps, "import", s, "--layer", "other", "-q"]);
    let p = Project::open(&proj).unwrap();
    let e = p.entry("pois").unwrap();
    let kept: Vec<&str> = e.versions.iter().map(|v| v.file.as_str()).collect();
    assert_eq!(kept, [files[2].as_str(), files[1].as_str()]);
    assert_eq!(e.file, files[3]);
    assert!(
        !proj.join(&files[0]).exists(),
        "{} should be deleted",
        files[0]
    );
    for f in &files[1..] {
        assert!(proj.join(f).is_file(), "{f} is gone");
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(proj.join("layers"))
        .unwrap()
        .map(|e| format!("layers/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|f| f.starts_with("layers/pois."))
        .collect();
    on_disk.sort();
    let mut want: Vec<String> = files[1..].to_vec();
    want.sort();
    assert_eq!(on_disk, want);
    // Version 2 reads back with its own attribute value.
    let v2 = p.read_version("pois", 2).unwrap();
    let (nr, size) = (
        v2.schema.index_of("nr").unwrap(),
        v2.schema.index_of("size").unwrap(),
    );
    let f1 = v2
        .features
        .iter()
        .find(|f| f.value(nr).as_f64() == Some(1.0))
        .unwrap();
    assert_eq!(f1.value(size).as_f64(), Some(1.0));
    // The setting is kept and unknown keys in [versions] are errors naming the key.
    assert_eq!(p.catalog().versions.keep, 2);
    let text = std::fs::read_to_string(&cat).unwrap();
    std::fs::write(&cat, text.replace("keep = 2", "kept = 2")).unwrap();
    let out = saale(&["-p", ps, "layers"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("kept"));
}
