//! The public map and the OGC HTML pages in headless Chromium: axe-core finds no serious or
//! critical violation; layer titles, legend, keyboard use, permalink, mobile layout and print
//! (cli/tests/browser/map-check.js drives the browser; screenshots in target/test-artifacts/).
//! Needs `chromium` and the npm packages `puppeteer-core` and `axe-core` in target/npm
//! (`.ci/run` installs them); skips without them unless SAALE_REQUIRE_PEERS is set.
#![allow(clippy::unwrap_used)]

mod common;

use common::server::Server;

use std::process::Command;

use common::{jena_project, root, saale_ok};

/// Chromium and the npm packages, or `None` (a skip) when missing outside CI.
fn browser_tools() -> Option<(String, std::path::PathBuf)> {
    let npm = root().join("target/npm");
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| common::have(c));
    let missing: Vec<&str> = [
        ("chromium", chromium.is_some()),
        (
            "puppeteer-core (npm)",
            npm.join("node_modules/puppeteer-core").is_dir(),
        ),
        (
            "axe-core (npm)",
            npm.join("node_modules/axe-core/axe.min.js").is_file(),
        ),
        ("node", common::have("node")),
    ]
    .into_iter()
    .filter(|(_, ok)| !ok)
    .map(|(n, _)| n)
    .collect();
    if missing.is_empty() {
        // puppeteer wants the full path.
        let which = Command::new("sh")
            .args([
                "-c",
                &format!("command -v {}", chromium.unwrap_or_default()),
            ])
            .output()
            .unwrap();
        let path = String::from_utf8_lossy(&which.stdout).trim().to_string();
        return Some((path, npm));
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "{} required (SAALE_REQUIRE_PEERS is set)",
        missing.join(", ")
    );
    eprintln!("skipping: {} not installed", missing.join(", "));
    None
}

/// axe violations of impact serious or critical, as "id (impact): nodes".
fn serious(page: &serde_json::Value) -> Vec<String> {
    page["axe"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| format!("{} ({}): {}", v["id"], v["impact"], v["nodes"]))
        .collect()
}

#[test]
fn the_map_and_the_ogc_pages_pass_axe_in_chromium() {
    let Some((chromium, npm)) = browser_tools() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "describe",
        "ortsteile",
        "--title",
        "Ortsteile von Jena",
    ]);
    let srv = Server::start(&p, &[]);
    let artifacts = root().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    for f in [
        "map-desktop.png",
        "map-mobile.png",
        "map-desktop-street.png",
        "map-mobile-street.png",
        "map-print.pdf",
    ] {
        let _ = std::fs::remove_file(artifacts.join(f));
    }
    let script = root().join("cli/tests/browser/map-check.js");
    let out = Command::new("node")
        .arg(&script)
        .arg(&npm)
        .arg(&chromium)
        .arg(srv.url())
        .arg(&artifacts)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "map-check.js failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    std::fs::write(
        artifacts.join("map-check.json"),
        serde_json::to_string_pretty(&r).unwrap(),
    )
    .unwrap();
    let pages = &r["pages"];
    // axe: no serious or critical violation anywhere.
    for key in [
        "map",
        "mobile",
        "collections",
        "collection",
        "items",
        "item",
        "items_en",
        "item_en",
    ] {
        let page = &pages[key];
        assert!(serious(page).is_empty(), "{key}: {:?}", serious(page));
        assert_eq!(
            page["errors"],
            serde_json::json!([]),
            "{key}: console errors"
        );
        assert_eq!(
            page["failed"],
            serde_json::json!([]),
            "{key}: failed requests"
        );
    }
    let map = &pages["map"];
    assert_eq!(map["lang"], "de");
    assert!(map["colours"].as_u64().unwrap() > 5, "blank map");
    // The switcher names the layers by their titles (from sources.toml and `describe`).
    let switcher: Vec<&str> = map["switcher"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    for t in ["Statistische Bezirke", "Ortsteile von Jena", "Landnutzung"] {
        assert!(
            switcher.iter().any(|s| s.starts_with(t)),
            "{t} not in {switcher:?}"
        );
    }
    assert!(!switcher.iter().any(|s| s.starts_with("statbez")));
    // The legend: one heading per drawn layer, one entry per category of a `match`, in the
    // style's colours (stadtplan.json: landuse residential #e8c4b8, statbez line #2b5c8a).
    let heads = map["legendHeads"].as_array().unwrap();
    assert!(heads.iter().any(|h| h == "Landnutzung"), "{heads:?}");
    let items = map["legendItems"].as_array().unwrap();
    let item = |label: &str| {
        items
            .iter()
            .find(|i| i["label"].as_str().is_some_and(|l| l.starts_with(label)))
            .unwrap_or_else(|| panic!("no legend entry {label}: {items:?}"))
    };
    assert_eq!(item("Wohnen")["colour"], "rgb(232, 196, 184)");
    assert_eq!(item("Schule, Kindergarten")["colour"], "rgb(31, 120, 180)");
    assert!(items
        .iter()
        .any(|i| i["kind"] == "sw line" && i["line"] == "rgb(43, 92, 138)"));
    // Keyboard: search, layer checkboxes, the map and the feature list take the focus; the
    // list opens a feature's details and moves the focus there.
    let tabbed = map["tabbed"].as_array().unwrap();
    for want in ["#q", "layer-checkbox", "canvas", "list-button"] {
        assert!(
            tabbed.iter().any(|t| t == want),
            "{want} not reached: {tabbed:?}"
        );
    }
    assert_eq!(map["infoFocus"], "info-title");
    assert!(map["infoRows"].as_u64().unwrap() >= 2);
    // The permalink: the view of the URL, and zooming by keyboard changes it.
    assert!(map["hash"]
        .as_str()
        .unwrap()
        .starts_with("#13/50.927/11.589"));
    assert!(
        map["hashAfterZoom"].as_str().unwrap().starts_with("#14/"),
        "{}",
        map["hashAfterZoom"]
    );
    // Print: legend, scale, attribution and map shown; controls, search and switcher hidden.
    assert_eq!(
        map["print"],
        serde_json::json!({"legend": true, "scale": true, "attribution": true, "map": true,
            "navigation": false, "search": false, "layers": false})
    );
    // Mobile: the map comes first, across the width, above the panel.
    let m = &pages["mobile"];
    let f = |k: &str| m[k].as_f64().unwrap();
    assert!(f("mapTop") < 120.0 && f("mapWidth") >= 389.0, "{m}");
    assert!(f("mapHeight") > 0.45 * f("vh"), "{m}");
    assert!(f("panelTop") >= f("mapTop") + f("mapHeight") - 1.0, "{m}");
    // The OGC pages: German unless asked, with the small map.
    for key in ["collection", "items", "item"] {
        assert_eq!(pages[key]["lang"], "de", "{key}");
        assert_eq!(pages[key]["svg"], true, "{key}");
    }
    assert_eq!(pages["items_en"]["lang"], "en");
    assert_eq!(pages["item_en"]["lang"], "en");
    assert_eq!(pages["items"]["h1"], "Statistische Bezirke");
    // Labels and symbols (items 2, 3): glyph, sprite and tile requests all answered 200, no
    // console errors, street names along the streets at street zoom, Ortsteil names at city
    // zoom, POI icons, and the ODbL attribution on the map.
    let views = [
        ("map", &pages["map"]["drawn"]),
        ("mobile", &pages["mobile"]["drawn"]),
        ("street", &pages["street"]),
        ("street_mobile", &pages["street_mobile"]),
    ];
    for (key, d) in views {
        for kind in ["glyphs", "sprite"] {
            let n = d[kind]["count"].as_u64().unwrap();
            assert!(n > 0, "{key}: no {kind} requests");
            assert_eq!(d[kind]["ok"], n, "{key}: {kind} requests failed");
        }
        assert!(
            d["attribution"]
                .as_str()
                .unwrap()
                .contains("© OpenStreetMap contributors"),
            "{key}: {}",
            d["attribution"]
        );
    }
    // The street views (the city views are checked with the other pages above); an empty tile
    // answers 204, so failures show as requests of 400 and above in `failed`.
    for key in ["street", "street_mobile"] {
        assert_eq!(pages[key]["errors"], serde_json::json!([]), "{key}");
        assert_eq!(pages[key]["failed"], serde_json::json!([]), "{key}");
    }
    let street = &pages["street"];
    assert!(street["tiles"]["ok"].as_u64().unwrap() > 0);
    let names = street["street-labels"]["names"].as_array().unwrap();
    assert!(names.iter().any(|n| n == "Löbdergraben"), "{names:?}");
    assert!(street["amenity-points"]["count"].as_u64().unwrap() > 0);
    let places = pages["map"]["drawn"]["place-labels"]["names"]
        .as_array()
        .unwrap();
    assert!(places.iter().any(|n| n == "Jena-Zentrum"), "{places:?}");
    for f in [
        "map-desktop.png",
        "map-mobile.png",
        "map-desktop-street.png",
        "map-mobile-street.png",
        "map-print.pdf",
    ] {
        assert!(
            std::fs::metadata(artifacts.join(f)).is_ok_and(|m| m.len() > 1000),
            "{f} missing"
        );
    }
}

#[test]
fn describe_sets_prints_and_clears_a_layer_title() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let json = |args: &[&str]| -> serde_json::Value {
        let mut a = vec!["-p", ps, "--json", "describe"];
        a.extend_from_slice(args);
        serde_json::from_str(&saale_ok(&a)).unwrap()
    };
    // From sources.toml.
    assert_eq!(json(&["statbez"])["title"], "Statistische Bezirke");
    let v = json(&[
        "statbez",
        "--title",
        "Bezirke",
        "--description",
        "Die Bezirke",
    ]);
    assert_eq!(v["title"], "Bezirke");
    assert_eq!(v["description"], "Die Bezirke");
    // The default district report title is the layer's title.
    let out = tmp.path().join("r.html");
    saale_ok(&[
        "-p",
        ps,
        "report",
        "districts",
        "--layer",
        "statbez",
        "--kpis",
        "id",
        "--to",
        out.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains("<title>jena: Bezirke</title>"),
        "{}",
        &html[..html.len().min(400)]
    );
    // An empty title clears it: the name is the title again.
    assert_eq!(json(&["statbez", "--title", ""])["title"], "statbez");
    let bad = common::saale(&["-p", ps, "describe", "nope", "--title", "x"]);
    assert!(!bad.status.success());
}
