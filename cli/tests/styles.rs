//! The MapLibre styles in `styles/` (issue 17, item 1): every style validates with MapLibre's
//! own validator (`gl-style-validate` from npm `@maplibre/maplibre-gl-style-spec`), and no
//! style layer draws a geometry family it is not meant for: circles and symbols only points
//! (they drew every vertex of the bus and tram routes as a stop), fills only polygons, route
//! lines only lines.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn styles() -> Vec<(String, Value)> {
    let dir = common::root().join("styles");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "json").then(|| {
                let v = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
                (p.file_name().unwrap().to_string_lossy().into_owned(), v)
            })
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(out.len() >= 6, "{} styles", out.len());
    out
}

/// The geometry types a layer's filter admits: `None` when the filter does not restrict the
/// geometry type (it matches everything).
fn admitted(filter: Option<&Value>) -> Option<Vec<String>> {
    let f = filter?.as_array()?;
    match f.first()?.as_str()? {
        // ["match", ["geometry-type"], [types...], true, false]
        "match" if f.get(1) == Some(&serde_json::json!(["geometry-type"])) => {
            if f.get(3) != Some(&Value::Bool(true)) || f.get(4) != Some(&Value::Bool(false)) {
                return None;
            }
            let types = f.get(2)?;
            Some(match types {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a
                    .iter()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect(),
                _ => return None,
            })
        }
        // ["==", ["geometry-type"], "Point"]
        "==" if f.get(1) == Some(&serde_json::json!(["geometry-type"])) => {
            Some(vec![f.get(2)?.as_str()?.to_string()])
        }
        // ["all", ...]: the intersection of what the parts admit.
        "all" => {
            let mut acc: Option<Vec<String>> = None;
            for part in &f[1..] {
                if let Some(t) = admitted(Some(part)) {
                    acc = Some(match acc {
                        None => t,
                        Some(a) => a.into_iter().filter(|x| t.contains(x)).collect(),
                    });
                }
            }
            acc
        }
        _ => None,
    }
}

#[test]
fn no_style_layer_draws_a_geometry_family_it_is_not_for() {
    let families = |t: &str| -> &'static [&'static str] {
        match t {
            "circle" | "symbol" => &["Point", "MultiPoint"],
            "fill" | "fill-extrusion" => &["Polygon", "MultiPolygon"],
            _ => &[],
        }
    };
    let mut checked = 0;
    for (name, s) in styles() {
        for l in s["layers"].as_array().unwrap() {
            let ty = l["type"].as_str().unwrap();
            let id = l["id"].as_str().unwrap();
            if ty == "background" || ty == "raster" || ty == "hillshade" {
                continue;
            }
            let got = admitted(l.get("filter"))
                .unwrap_or_else(|| panic!("{name}: layer {id} ({ty}) has no geometry-type filter"));
            // Labels placed along lines (street and river names) draw lines only.
            let along = ty == "symbol"
                && matches!(
                    l["layout"]["symbol-placement"].as_str(),
                    Some("line" | "line-center")
                );
            let allowed: &[&str] = if along {
                &["LineString", "MultiLineString"]
            } else {
                families(ty)
            };
            if ty == "line" {
                // Lines draw line layers or polygon outlines, never points.
                assert!(
                    got.iter().all(|g| !g.contains("Point")),
                    "{name}: line layer {id} admits {got:?}"
                );
            } else {
                assert!(
                    got.iter().all(|g| allowed.contains(&g.as_str())),
                    "{name}: {ty} layer {id} admits {got:?}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 30, "{checked}");
    // The bus and tram routes are drawn as lines, their stops as circles.
    let pois = styles()
        .into_iter()
        .find(|(n, _)| n == "pois.json")
        .unwrap()
        .1;
    for src in ["bus", "tram"] {
        let kinds: Vec<&str> = pois["layers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|l| l["source-layer"] == src)
            .map(|l| l["type"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, vec!["line", "circle"], "{src}");
    }
}

/// The filter check itself: an unfiltered circle layer and one admitting lines are caught.
#[test]
fn the_filter_check_catches_unfiltered_layers() {
    assert_eq!(admitted(None), None);
    assert_eq!(
        admitted(Some(&serde_json::json!(["==", ["get", "x"], 1]))),
        None
    );
    let pt = serde_json::json!([
        "match",
        ["geometry-type"],
        ["Point", "MultiPoint"],
        true,
        false
    ]);
    assert_eq!(
        admitted(Some(&pt)),
        Some(vec!["Point".into(), "MultiPoint".into()])
    );
    let both = serde_json::json!(["all", pt, ["==", ["geometry-type"], "Point"]]);
    assert_eq!(admitted(Some(&both)), Some(vec!["Point".into()]));
    let inverted = serde_json::json!(["match", ["geometry-type"], ["Point"], false, true]);
    assert_eq!(admitted(Some(&inverted)), None);
}

/// `gl-style-validate`: `target/npm` (installed by `.ci/run`) or on the PATH.
fn validator() -> Option<PathBuf> {
    let local = common::root().join("target/npm/node_modules/.bin/gl-style-validate");
    if local.is_file() {
        return Some(local);
    }
    if common::have("gl-style-validate") {
        return Some(PathBuf::from("gl-style-validate"));
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "gl-style-validate is required (SAALE_REQUIRE_PEERS is set): npm install --prefix target/npm @maplibre/maplibre-gl-style-spec"
    );
    eprintln!("skipping: gl-style-validate not installed");
    None
}

#[test]
fn every_style_validates_with_maplibre() {
    let Some(v) = validator() else { return };
    for (name, _) in styles() {
        let path = common::root().join("styles").join(&name);
        let out = Command::new(&v).arg(&path).output().unwrap();
        assert!(
            out.status.success() && out.stdout.is_empty() && out.stderr.is_empty(),
            "{name}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The validator does reject a broken style (the test can fail).
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, r#"{"version": 8, "sources": {}, "layers": [{"id": "x", "type": "circle", "source": "nope"}]}"#).unwrap();
    let out = Command::new(&v).arg(&bad).output().unwrap();
    assert!(!out.status.success() || !out.stdout.is_empty());
}
