//! Keeping data current (issue 16): `saale status` and `saale refresh` on the Jena sample built
//! from its manifest. A changed district table re-imports that table only and replays the
//! join and the stop coverage that depend on it, nothing else; values change as the edit says;
//! a second refresh does nothing; a broken source keeps the previous versions.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{jena_dir, saale, saale_ok};
use saale_store::Project;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&saale_ok(args)).unwrap()
}

/// Layer name -> state, from `saale status --json`.
fn states(p: &str) -> BTreeMap<String, String> {
    json(&["-p", p, "status", "--json"])
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

/// Add `delta` to the 2016 households of district `id` in the CSV.
fn edit_households(csv: &Path, id: &str, delta: i64) {
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let col = header.iter().position(|h| *h == "31.12.2016").unwrap();
    let idc = header
        .iter()
        .position(|h| *h == "statistischer_Bezirk_Nr")
        .unwrap();
    let mut hit = false;
    for l in lines.iter_mut().skip(1) {
        let mut cells: Vec<String> = l.split(',').map(String::from).collect();
        if cells[idc] == id {
            let v: i64 = cells[col].parse().unwrap();
            cells[col] = (v + delta).to_string();
            *l = cells.join(",");
            hit = true;
        }
    }
    assert!(hit, "no district {id}");
    std::fs::write(csv, lines.join("\n") + "\n").unwrap();
}

/// (first layer, verb, result) of every action of a `refresh --json`.
fn actions(r: &serde_json::Value) -> Vec<(String, String, String)> {
    r["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["layers"][0].as_str().unwrap().to_string(),
                a["verb"].as_str().unwrap().to_string(),
                a["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// `hh_total` of stop_cov per district id.
fn hh_total(p: &Path) -> BTreeMap<i64, f64> {
    let l = Project::open(p).unwrap().read_layer("stop_cov").unwrap();
    let (id, t) = (
        l.schema.index_of("id").unwrap(),
        l.schema.index_of("hh_total").unwrap(),
    );
    l.features
        .iter()
        .filter_map(|f| Some((f.value(id).as_f64()? as i64, f.value(t).as_f64()?)))
        .collect()
}

fn layer_file(p: &Path, name: &str) -> String {
    Project::open(p).unwrap().entry(name).unwrap().file.clone()
}

#[test]
fn refresh_replays_only_what_a_changed_table_reaches() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    copy_dir(&jena_dir(), &src);
    let proj: PathBuf = tmp.path().join("jena");
    let ps = proj.to_str().unwrap();
    saale_ok(&["build", src.to_str().unwrap(), "--out", ps, "-q"]);
    saale_ok(&[
        "-p",
        ps,
        "indicator",
        "stop-coverage",
        "--households",
        "statbez_households",
        "--weight",
        "31.12.2016",
        "--residential",
        "landuse:landuse=residential",
        "--stops",
        "bus,tram",
        "--out",
        "stop_cov",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "count",
        "statbez",
        "amenity",
        "--out",
        "amenity_per_district",
        "-q",
    ]);
    // A district report on the stop coverage: an output file in the graph.
    let report = proj.join("haltestellen.html");
    let kpis = "share_300=Haushalte bis 300 m,hh_total=Haushalte";
    let to = report.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "report",
        "districts",
        "--layer",
        "stop_cov",
        "--kpis",
        kpis,
        "--to",
        to,
        "-q",
    ]);
    let report_before = std::fs::read(&report).unwrap();
    assert!(
        states(ps).values().all(|s| s == "current"),
        "{:?}",
        states(ps)
    );
    let before = hh_total(&proj);
    let count_file = layer_file(&proj, "amenity_per_district");
    let bus_file = layer_file(&proj, "bus");

    // Ammerbach Ort (11) gets 100 more households in 2016.
    edit_households(&src.join("hh_priv.csv"), "11", 100);
    let st = states(ps);
    let outdated: Vec<&str> = st
        .iter()
        .filter(|(_, s)| *s != "current")
        .map(|(l, _)| l.as_str())
        .collect();
    assert_eq!(
        outdated,
        vec![
            "haltestellen.html",
            "hh_priv",
            "statbez_households",
            "stop_cov"
        ]
    );
    assert_eq!(st["hh_priv"], "outdated");
    let check = saale(&["-p", ps, "status", "--check", "-q"]);
    assert!(
        !check.status.success(),
        "status --check must fail on outdated layers"
    );

    // The plan, and nothing written.
    let catalog = std::fs::read(proj.join("saale.toml")).unwrap();
    let plan = json(&["-p", ps, "refresh", "--dry-run", "--json"]);
    let steps = actions(&plan);
    let expect = |r: &str| {
        [
            ("hh_priv", "import"),
            ("statbez_households", "join-attributes"),
            ("stop_cov", "indicator-stop-coverage"),
            ("haltestellen.html", "report-districts"),
        ]
        .iter()
        .map(|(l, v)| ((*l).to_string(), (*v).to_string(), r.to_string()))
        .collect::<Vec<_>>()
    };
    assert_eq!(steps, expect("planned"));
    assert_eq!(std::fs::read(proj.join("saale.toml")).unwrap(), catalog);

    let done = json(&["-p", ps, "refresh", "--json"]);
    let steps = actions(&done);
    assert_eq!(steps, expect("done"));
    // The new values: district 11 has 100 more households, every other district the same.
    let after = hh_total(&proj);
    assert_eq!(before.len(), after.len());
    for (id, v) in &before {
        let want = if *id == 11 { v + 100.0 } else { *v };
        assert!(
            (after[id] - want).abs() < 1e-6,
            "district {id}: {} vs {want}",
            after[id]
        );
    }
    // The report was written again from the new values.
    assert_ne!(std::fs::read(&report).unwrap(), report_before);
    // Untouched layers keep their files (not rewritten); the access marks of the table stay.
    assert_eq!(layer_file(&proj, "amenity_per_district"), count_file);
    assert_eq!(layer_file(&proj, "bus"), bus_file);
    let p = Project::open(&proj).unwrap();
    assert!(p
        .entry("hh_priv")
        .unwrap()
        .access
        .counts
        .contains(&"31.12.2016".to_string()));
    assert!(states(ps).values().all(|s| s == "current"));

    // A second refresh does nothing.
    let again = json(&["-p", ps, "refresh", "--json"]);
    assert_eq!(again["actions"].as_array().unwrap().len(), 0, "{again}");

    // A missing source: broken, the refresh fails and keeps every previous version.
    std::fs::remove_file(src.join("osm/tram.geojson")).unwrap();
    edit_households(&src.join("hh_priv.csv"), "11", 1);
    let st = states(ps);
    assert_eq!(st["tram"], "broken");
    assert_eq!(st["stop_cov"], "broken");
    let stop_file = layer_file(&proj, "stop_cov");
    let failed = saale(&["-p", ps, "refresh", "--json"]);
    assert!(!failed.status.success());
    let r: serde_json::Value = serde_json::from_slice(&failed.stdout).unwrap();
    assert!(r["broken"].to_string().contains("tram"), "{r}");
    // hh_priv and the join are still refreshed; stop_cov depends on tram and is not run.
    assert_eq!(layer_file(&proj, "stop_cov"), stop_file);
    assert!(r["actions"].to_string().contains("not run"), "{r}");
    assert_eq!(states(ps)["statbez_households"], "current");
}

#[test]
fn a_layer_older_than_its_max_age_is_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let src = jena_dir().join("statbez.geojson");
    let src = src.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        src,
        "--layer",
        "old",
        "--as-of",
        "2020-01-01",
        "--max-age",
        "P1Y",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        src,
        "--layer",
        "young",
        "--as-of",
        "2020-01-01",
        "--max-age",
        "P100Y",
        "-q",
    ]);
    let st = states(ps);
    assert_eq!(st["old"], "stale");
    assert_eq!(st["young"], "current");
    let bad = saale(&[
        "-p",
        ps,
        "import",
        src,
        "--layer",
        "x",
        "--max-age",
        "1 month",
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("ISO 8601"));
}

/// `--as-of field:NAME` and `--as-of file` (issue 16, item 1): the date follows the data, also
/// on a refresh, and decides staleness with `--max-age`.
#[test]
fn as_of_from_a_field_or_the_file_date_follows_the_data() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let src = tmp.path().join("pts.geojson");
    let write = |dates: &[&str]| {
        let f: Vec<String> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                format!(
                    r#"{{"type":"Feature","properties":{{"datum":"{d}"}},"geometry":{{"type":"Point","coordinates":[{},5644000]}}}}"#,
                    681000 + i
                )
            })
            .collect();
        std::fs::write(
            &src,
            format!(
                r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"EPSG:25832"}}}},"features":[{}]}}"#,
                f.join(",")
            ),
        )
        .unwrap();
    };
    write(&["2019-05-01", "2020-03-15T10:00:00", "2018-01-01"]);
    let s = src.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        s,
        "--layer",
        "pts",
        "--as-of",
        "field:datum",
        "--max-age",
        "P1Y",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        s,
        "--layer",
        "pts_file",
        "--as-of",
        "file",
        "--max-age",
        "P30D",
        "-q",
    ]);
    let p = Project::open(&proj).unwrap();
    assert_eq!(p.entry("pts").unwrap().as_of, "2020-03-15");
    assert_eq!(p.entry("pts_file").unwrap().as_of, saale_store::today());
    let st = states(ps);
    assert_eq!(st["pts"], "stale");
    assert_eq!(st["pts_file"], "current");
    // Rewritten with the same bytes (a new modification time): the hash decides, unchanged.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&src, std::fs::read(&src).unwrap()).unwrap();
    assert_eq!(states(ps)["pts"], "stale");
    // New data with a new date: outdated, and after the refresh current with the new date.
    write(&["2099-01-01", "2020-03-15"]);
    assert_eq!(states(ps)["pts"], "outdated");
    saale_ok(&["-p", ps, "refresh", "-q"]);
    assert_eq!(
        Project::open(&proj).unwrap().entry("pts").unwrap().as_of,
        "2099-01-01"
    );
    assert_eq!(states(ps)["pts"], "current");
    // A field without dates, or an unknown one, is an error naming it.
    let bad = saale(&[
        "-p",
        ps,
        "import",
        s,
        "--layer",
        "x",
        "--as-of",
        "field:nope",
    ]);
    assert!(String::from_utf8_lossy(&bad.stderr).contains("'nope'"));
}

/// A city-format delivery writes several layers from one import step (OSM: POIs, streets,
/// buildings, ...): a changed file is checked once and re-imported once, for all of them.
#[test]
fn one_osm_delivery_is_re_imported_once_for_all_its_layers() {
    let Some(data) = common::shared_data() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("weimar.osm");
    std::fs::copy(data.join("osm/weimar.osm"), &src).unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--prefix",
        "w",
        "-q",
    ]);
    let layers: Vec<String> = states(ps).keys().cloned().collect();
    assert!(layers.len() >= 3, "{layers:?}");
    // Rename one POI (a café) in the delivery.
    let text = std::fs::read_to_string(&src).unwrap();
    let old = r#"v="Sundays at Riaa""#;
    assert!(text.contains(old));
    std::fs::write(&src, text.replacen(old, r#"v="Sundays at Riaa Weimar""#, 1)).unwrap();
    assert!(
        states(ps).values().all(|s| s == "outdated"),
        "{:?}",
        states(ps)
    );
    let done = json(&["-p", ps, "refresh", "--json"]);
    let actions = done["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{done}");
    let mut written: Vec<String> = actions[0]["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect();
    written.sort();
    assert_eq!(written, layers);
    assert_eq!(actions[0]["result"], "done");
    assert!(states(ps).values().all(|s| s == "current"));
    // The new name is in the layers, the old one gone.
    let p = Project::open(&proj).unwrap();
    let mut names = Vec::new();
    for l in &layers {
        let layer = p.read_layer(l).unwrap();
        if let Some(ni) = layer.schema.index_of("name") {
            names.extend(layer.features.iter().map(|f| f.value(ni).to_string()));
        }
    }
    assert!(
        names.iter().any(|n| n == "Sundays at Riaa Weimar"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n == "Sundays at Riaa"));
}

/// Issue 16 item 6: `saale refresh` patches a recorded tile archive: after one point of a
/// delivery moved, only the tiles the change reaches are cut again, and the archive is the
/// same file, byte for byte, as a full build of the new data.
#[test]
fn a_refreshed_tile_archive_is_patched_and_equals_a_full_build() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("nodes.geojson");
    std::fs::copy(jena_dir().join("osm/highway_nodes.geojson"), &src).unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "-q"]);
    let archive = proj.join("nodes.pmtiles");
    let build = |to: &Path, extra: &[&str]| {
        let mut args = vec![
            "-p",
            ps,
            "tiles",
            "build",
            "--layers",
            "nodes",
            "--minzoom",
            "6",
            "--maxzoom",
            "15",
            "--to",
        ];
        args.push(to.to_str().unwrap());
        args.extend_from_slice(extra);
        args.push("--json");
        json(&args)
    };
    let first = build(&archive, &[]);
    let total = first["figures"]["tiles"].as_f64().unwrap();
    assert!(total > 100.0, "{first}");

    // Move the first node 300 m east (0.0043 degrees at 50.88 N).
    let mut d: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&src).unwrap()).unwrap();
    let x = d["features"][0]["geometry"]["coordinates"][0]
        .as_f64()
        .unwrap();
    d["features"][0]["geometry"]["coordinates"][0] = (x + 0.0043).into();
    std::fs::write(&src, d.to_string()).unwrap();
    assert_eq!(states(ps)["nodes"], "outdated");

    let done = json(&["-p", ps, "refresh", "--json"]);
    let acts = done["actions"].as_array().unwrap();
    let tiles = acts
        .iter()
        .find(|a| a["verb"] == "tiles-build")
        .unwrap_or_else(|| panic!("no tiles action: {done}"));
    assert_eq!(tiles["result"], "done", "{done}");
    let note = tiles["note"].as_str().unwrap_or_default().to_string();
    let figure = |word: &str| -> f64 {
        let before = note.split(word).next().unwrap();
        before
            .split_whitespace()
            .last()
            .unwrap()
            .replace(',', "")
            .parse()
            .unwrap()
    };
    assert!(note.starts_with("patched: "), "{note}");
    let (cut, copied) = (figure(" tiles cut"), figure(" copied"));
    // One point in its old and new place reaches a few tiles per zoom level (10 levels).
    assert!(cut <= 4.0 * 10.0, "{note}");
    assert!(
        copied >= total - cut - 20.0 && copied > 0.0,
        "{note} of {total}"
    );

    let full = tmp.path().join("full.pmtiles");
    build(&full, &[]);
    assert!(
        std::fs::read(&archive).unwrap() == std::fs::read(&full).unwrap(),
        "the patched archive is the full build's, byte for byte"
    );
    // A second refresh has nothing to do.
    let again = json(&["-p", ps, "refresh", "--json"]);
    assert!(again["actions"].as_array().unwrap().is_empty(), "{again}");
}

/// Issue 16 item 7: an export is an output in the graph: `status` calls it outdated when its
/// layer changed, `refresh` writes it again with the same CRS and view, and what the file holds
/// follows the new data.
#[test]
fn an_export_is_outdated_after_its_layer_changed_and_refresh_writes_it_again() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("nodes.geojson");
    std::fs::copy(jena_dir().join("osm/highway_nodes.geojson"), &src).unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "-q"]);
    let out = tmp.path().join("nodes_25833.geojson");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "nodes",
        "--to",
        out.to_str().unwrap(),
        "--crs",
        "EPSG:25833",
        "-q",
    ]);
    let key = out.display().to_string();
    assert_eq!(states(ps)[&key], "current", "{:?}", states(ps));
    // The `highway` value of node 486599 in an exported file.
    let kind = |f: &Path| -> String {
        let d: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let hits: Vec<String> = d["features"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["properties"]["@id"] == "node/486599")
            .map(|f| {
                f["properties"]["highway"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert_eq!(hits.len(), 1);
        hits[0].clone()
    };
    assert_eq!(kind(&out), "speed_camera");

    let mut d: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&src).unwrap()).unwrap();
    d["features"][0]["properties"]["highway"] = "traffic_signals".into();
    std::fs::write(&src, d.to_string()).unwrap();
    let st = states(ps);
    assert_eq!(st["nodes"], "outdated");
    assert_eq!(st[&key], "outdated", "{st:?}");

    let done = json(&["-p", ps, "refresh", "--json"]);
    let export = done["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["verb"] == "export")
        .unwrap_or_else(|| panic!("no export action: {done}"));
    assert_eq!(export["result"], "done", "{done}");
    assert_eq!(kind(&out), "traffic_signals");
    // Written in the recorded CRS again: the same as a fresh export to EPSG:25833.
    let fresh = tmp.path().join("fresh.geojson");
    saale_ok(&[
        "-p",
        ps,
        "export",
        "nodes",
        "--to",
        fresh.to_str().unwrap(),
        "--crs",
        "EPSG:25833",
        "-q",
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&fresh).unwrap());
    assert!(
        states(ps).values().all(|s| s == "current"),
        "{:?}",
        states(ps)
    );
}

/// A manifest imports a city format (here a Berlin LoD2 tile and an XPlanGML plan from the
/// conformance corpus) under the layer's name as prefix, as `saale import --prefix` does;
/// a changed tile makes those layers outdated and `refresh` re-imports them. A title on such
/// a manifest layer is refused (it would name no single layer).
#[test]
fn a_manifest_imports_city_formats_under_a_prefix() {
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    std::fs::create_dir_all(src.join("lod2")).unwrap();
    let tile = src.join("lod2/3880_5819.gml");
    std::fs::copy(
        common::root().join("data/conformance/berlin/3880_5819.gml"),
        &tile,
    )
    .unwrap();
    std::fs::copy(
        common::root().join("data/conformance/bremen/BP2135.gml"),
        src.join("bp.gml"),
    )
    .unwrap();
    let manifest = "name = \"m\"\ncrs = \"EPSG:25832\"\n\n[[layer]]\nname = \"lod2\"\npaths = [\"lod2\"]\n\n[[layer]]\nname = \"bp\"\npaths = [\"bp.gml\"]\n";
    std::fs::write(src.join("sources.toml"), manifest).unwrap();
    let built = tmp.path().join("built");
    saale_ok(&[
        "build",
        src.to_str().unwrap(),
        "--out",
        built.to_str().unwrap(),
        "-q",
    ]);
    // The reference: the same files imported with --prefix by hand.
    let by_hand = tmp.path().join("hand");
    let bh = by_hand.to_str().unwrap();
    saale_ok(&["init", bh, "-q"]);
    saale_ok(&[
        "-p",
        bh,
        "import",
        src.join("lod2").to_str().unwrap(),
        "--prefix",
        "lod2",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        bh,
        "import",
        src.join("bp.gml").to_str().unwrap(),
        "--prefix",
        "bp",
        "-q",
    ]);
    let (a, b) = (
        Project::open(&built).unwrap(),
        Project::open(&by_hand).unwrap(),
    );
    let names = |p: &Project| p.catalog().layers.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b));
    assert!(
        names(&a).iter().any(|n| n == "lod2_buildings3d"),
        "{:?}",
        names(&a)
    );
    assert!(
        names(&a).iter().any(|n| n.starts_with("bp_")),
        "{:?}",
        names(&a)
    );
    for n in names(&a) {
        assert_eq!(
            a.read_layer(&n).unwrap().features.len(),
            b.read_layer(&n).unwrap().features.len(),
            "{n}"
        );
    }
    let n_lod2 = a.read_layer("lod2_buildings3d").unwrap().features.len();
    assert!(n_lod2 > 0);
    // A changed tile: the LoD2 layers are outdated, refresh re-imports them.
    let bs = built.to_str().unwrap();
    let mut text = std::fs::read_to_string(&tile).unwrap();
    text.push_str("\n<!-- redelivered -->\n");
    std::fs::write(&tile, text).unwrap();
    let st = states(bs);
    assert_eq!(st["lod2_buildings3d"], "outdated", "{st:?}");
    assert!(st
        .iter()
        .filter(|(k, _)| k.starts_with("bp_"))
        .all(|(_, v)| v == "current"));
    let done = json(&["-p", bs, "refresh", "--json"]);
    assert_eq!(done["actions"].as_array().unwrap().len(), 1, "{done}");
    assert!(states(bs).values().all(|s| s == "current"));
    // A title names one layer: refused for a city format, with the layer named.
    std::fs::write(
        src.join("sources.toml"),
        manifest.replace("paths = [\"lod2\"]", "paths = [\"lod2\"]\ntitle = \"3D\""),
    )
    .unwrap();
    let out = saale(&[
        "build",
        src.to_str().unwrap(),
        "--out",
        tmp.path().join("again").to_str().unwrap(),
        "-q",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("layer 'lod2'") && err.contains("several layers"),
        "{err}"
    );
}

/// `mvt_id` -> OSM id of the features of an MBTiles archive at `zoom`, read with GDAL (its
/// MBTiles driver decodes the vector tiles; a feature in several tiles appears once per tile).
fn mvt_ids(archive: &Path, zoom: u8) -> Vec<(u64, String)> {
    let out = std::process::Command::new("ogrinfo")
        .args(["-ro", "-q", "-oo"])
        .arg(format!("ZOOM_LEVEL={zoom}"))
        .arg(archive)
        .arg("nodes")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut found = Vec::new();
    let mut id = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some(v) = line.strip_prefix("mvt_id (Integer64) = ") {
            id = Some(v.parse::<u64>().unwrap());
        } else if let (Some(i), Some((_, v))) = (id, line.split_once(") = node/")) {
            found.push((i, format!("node/{v}")));
            id = None;
        }
    }
    found
}

/// Issue 16 item 6: tile feature ids are stable. A re-delivery with 1 % of the points moved
/// (so stored at other positions) keeps the MVT id of every unchanged feature (decoded with GDAL), and the
/// patch cuts exactly the tiles whose buffered square holds a moved point in its old or new
/// place (counted here from the coordinates with the Web Mercator formulas).
#[test]
fn a_redelivery_with_moved_points_keeps_feature_ids_and_patches_only_the_reached_tiles() {
    if !common::require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("nodes.geojson");
    std::fs::copy(jena_dir().join("osm/highway_nodes.geojson"), &src).unwrap();
    let proj = tmp.path().join("p");
    let ps = proj.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "-q"]);
    let archive = proj.join("nodes.mbtiles");
    let (z0, z1) = (12u8, 15u8);
    let build = |extra: &[&str]| {
        let mut args = vec!["-p", ps, "tiles", "build", "--layers", "nodes"];
        let (lo, hi) = (z0.to_string(), z1.to_string());
        args.extend(["--minzoom", &lo, "--maxzoom", &hi, "--to"]);
        args.push(archive.to_str().unwrap());
        args.extend_from_slice(extra);
        args.push("--json");
        json(&args)
    };
    build(&[]);
    let before = mvt_ids(&archive, z1);
    assert!(before.len() > 500, "{}", before.len());

    // Every 100th point moved 20 m north: the layer file is stored in Hilbert order, so the
    // moved points and the features between their old and new places change positions.
    let mut d: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&src).unwrap()).unwrap();
    let feats = d["features"].as_array_mut().unwrap();
    let mut moved = Vec::new();
    let mut all = Vec::new();
    for (i, f) in feats.iter_mut().enumerate() {
        let c = &mut f["geometry"]["coordinates"];
        let (lon, lat) = (c[0].as_f64().unwrap(), c[1].as_f64().unwrap());
        if i % 100 == 0 {
            c[1] = (lat + 0.00018).into();
            moved.push((lon, lat));
            moved.push((lon, lat + 0.00018));
            all.push((lon, lat + 0.00018));
        } else {
            all.push((lon, lat));
        }
    }
    let moved_ids: std::collections::HashSet<String> = feats
        .iter()
        .step_by(100)
        .map(|f| f["properties"]["@id"].as_str().unwrap().to_string())
        .collect();
    std::fs::write(&src, d.to_string()).unwrap();
    saale_ok(&["-p", ps, "import", src.to_str().unwrap(), "--replace", "-q"]);
    let patched = build(&["--patch"]);

    // Tiles reached: the point lies in the tile grown by its buffer (64 of 4096 units).
    let frac = |lon: f64, lat: f64, z: u8| {
        let n = f64::from(1u32 << z);
        let y = (1.0 - lat.to_radians().tan().asinh() / std::f64::consts::PI) / 2.0;
        ((lon + 180.0) / 360.0 * n, y * n)
    };
    let mut reached = std::collections::HashSet::new();
    for z in z0..=z1 {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for &(lon, lat) in &all {
            let (x, y) = frac(lon, lat, z);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
        let b = 64.0 / 4096.0;
        for &(lon, lat) in &moved {
            let (x, y) = frac(lon, lat, z);
            for tx in
                ((x - b).floor().max(x0.floor()) as u32)..=((x + b).floor().min(x1.floor()) as u32)
            {
                for ty in ((y - b).floor().max(y0.floor()) as u32)
                    ..=((y + b).floor().min(y1.floor()) as u32)
                {
                    reached.insert((z, tx, ty));
                }
            }
        }
    }
    assert_eq!(
        patched["figures"]["tiles_cut"].as_f64().unwrap(),
        reached.len() as f64,
        "{patched}"
    );
    assert!(
        patched["figures"]["tiles_copied"].as_f64().unwrap() > 0.0,
        "{patched}"
    );

    // Unchanged features keep their ids.
    let after: std::collections::HashMap<String, u64> = mvt_ids(&archive, z1)
        .into_iter()
        .map(|(i, n)| (n, i))
        .collect();
    let mut kept = 0;
    for (id, node) in &before {
        if moved_ids.contains(node) {
            continue;
        }
        assert_eq!(after.get(node), Some(id), "{node}");
        kept += 1;
    }
    assert!(kept > 500, "{kept}");
}
