//! `saale serve` as a process, checked with real clients: GDAL's OAPIF driver reads the
//! collections and copies one, GDAL's MVT driver decodes a live tile (feature count compared
//! with GDAL's own spatial filter on the source file), a PMTiles pyramid is served by
//! passthrough with the same bytes as the live tile, headless Chromium renders the map, and
//! SIGTERM shuts the server down cleanly.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use common::server::Server;
use common::{export, jena_dir, jena_project, require, root, saale_ok};

fn ogr(args: &[&str]) -> String {
    let out = Command::new(args[0]).args(&args[1..]).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn feature_count(ogrinfo_out: &str) -> u64 {
    ogrinfo_out
        .lines()
        .find_map(|l| l.strip_prefix("Feature Count: "))
        .unwrap_or_else(|| panic!("no feature count in {ogrinfo_out}"))
        .trim()
        .parse()
        .unwrap()
}

/// Tile (z, x, y) containing lon/lat.
fn tile(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = ((lon + 180.0) / 360.0 * n).floor() as u32;
    let l = lat.to_radians();
    let y =
        ((1.0 - (l.tan() + 1.0 / l.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor() as u32;
    (x, y)
}

/// Bounds of a tile in EPSG:3857, grown by `buf` (share of the tile width).
fn bounds(z: u8, x: u32, y: u32, buf: f64) -> [f64; 4] {
    let o = 20_037_508.342_789_244;
    let s = 2.0 * o / f64::from(1u32 << z);
    let (x0, y1) = (-o + f64::from(x) * s, o - f64::from(y) * s);
    [
        x0 - buf * s,
        y1 - s - buf * s,
        x0 + s + buf * s,
        y1 + buf * s,
    ]
}

fn gunzip(b: &[u8]) -> Vec<u8> {
    // gzip via the system's gzip program keeps the test free of extra crates.
    let mut c = Command::new("gzip")
        .args(["-dc"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(b).unwrap();
    let out = c.wait_with_output().unwrap();
    out.stdout
}

#[test]
fn gdal_reads_features_and_tiles_from_the_server() {
    if !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let srv = Server::start(&p, &[]);
    let oapif = format!("OAPIF:{}/ogc", srv.url());
    let list = ogr(&["ogrinfo", "-ro", "-q", &oapif]);
    for name in [
        "amenity",
        "bus",
        "landuse",
        "statbez",
        "statbez_households",
        "tram",
    ] {
        assert!(
            list.contains(&format!(": {name} ")),
            "{name} missing in {list}"
        );
    }
    assert!(!list.contains("hh_priv"), "tables are not collections");
    let info = ogr(&["ogrinfo", "-ro", "-so", &oapif, "amenity"]);
    assert_eq!(feature_count(&info), 1642);
    // ogr2ogr copies a collection (paging through `next` links, limit 1000).
    let out = tmp.path().join("statbez.geojson");
    ogr(&[
        "ogr2ogr",
        "-f",
        "GeoJSON",
        out.to_str().unwrap(),
        &oapif,
        "statbez",
        "-oo",
        "PAGE_SIZE=10",
    ]);
    let copied = ogr(&["ogrinfo", "-ro", "-so", "-al", out.to_str().unwrap()]);
    assert_eq!(feature_count(&copied), 41);
    // Coordinates survive EPSG:4326 -> 25832 -> CRS84 within 1e-8 degrees: compare extents.
    let ext = |s: &str| -> Vec<f64> {
        let l = s.lines().find(|l| l.starts_with("Extent: ")).unwrap();
        l.replace(['(', ')', ',', '-'], " ")
            .split_whitespace()
            .filter_map(|t| t.parse().ok())
            .collect()
    };
    let src = ogr(&[
        "ogrinfo",
        "-ro",
        "-so",
        "-al",
        jena_dir().join("statbez.geojson").to_str().unwrap(),
    ]);
    for (a, b) in ext(&copied).iter().zip(ext(&src)) {
        assert!((a - b).abs() < 1e-8, "extent {a} vs {b}");
    }

    // A live tile over the city centre: GDAL's MVT driver decodes it, and it holds exactly
    // the districts that GDAL's own spatial filter finds in the buffered tile.
    let (z, (x, y)) = (14u8, tile(11.5890, 50.9270, 14));
    let (st, hs, body) = srv.get(&format!("/tiles/statbez/{z}/{x}/{y}.mvt"), &[]);
    assert_eq!(st, 200);
    assert!(hs
        .iter()
        .any(|(k, v)| k == "content-type" && v == "application/vnd.mapbox-vector-tile"));
    let dir = tmp.path().join(format!("mvt/{z}/{x}"));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{y}.pbf"));
    std::fs::write(&file, &body).unwrap();
    let mvt = ogr(&["ogrinfo", "-ro", "-so", "-al", file.to_str().unwrap()]);
    // A Web Mercator rectangle is a longitude/latitude rectangle: filter the EPSG:4326 source.
    let b = bounds(z, x, y, 64.0 / 4096.0);
    let o = 20_037_508.342_789_244;
    let lon = |x: f64| x / o * 180.0;
    let lat = |y: f64| {
        (2.0 * (y / o * std::f64::consts::PI).exp().atan() - std::f64::consts::FRAC_PI_2)
            .to_degrees()
    };
    let spat: Vec<String> = [lon(b[0]), lat(b[1]), lon(b[2]), lat(b[3])]
        .iter()
        .map(|v| format!("{v}"))
        .collect();
    let reference = ogr(&[
        "ogrinfo",
        "-ro",
        "-so",
        "-al",
        "-spat",
        &spat[0],
        &spat[1],
        &spat[2],
        &spat[3],
        jena_dir().join("statbez.geojson").to_str().unwrap(),
    ]);
    let n = feature_count(&mvt);
    assert!(n >= 3, "a central tile touches several districts, got {n}");
    assert_eq!(n, feature_count(&reference));
    srv.stop();
}

#[test]
fn pyramid_archives_and_passthrough() {
    if !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let pm = tmp.path().join("jena.pmtiles");
    let out = saale_ok(&[
        "-p",
        ps,
        "tiles",
        "build",
        "--layers",
        "statbez,landuse",
        "--minzoom",
        "10",
        "--maxzoom",
        "14",
        "--to",
        pm.to_str().unwrap(),
    ]);
    assert!(out.contains("tiles (z10-14)"), "{out}");
    let mb = tmp.path().join("jena.mbtiles");
    saale_ok(&[
        "-p",
        ps,
        "tiles",
        "build",
        "--layers",
        "statbez,landuse",
        "--minzoom",
        "10",
        "--maxzoom",
        "12",
        "--to",
        mb.to_str().unwrap(),
    ]);
    // GDAL reads the MBTiles as vector tiles with both layers.
    let info = ogr(&["ogrinfo", "-ro", "-q", mb.to_str().unwrap()]);
    assert!(
        info.contains("statbez") && info.contains("landuse"),
        "{info}"
    );
    // An archive built with --allow-internal is internal: served only with the token.
    let token = saale_ok(&["-p", ps, "token"]).trim().to_string();
    let internal = tmp.path().join("internal.pmtiles");
    saale_ok(&[
        "-p",
        ps,
        "tiles",
        "build",
        "--layers",
        "statbez",
        "--maxzoom",
        "8",
        "--allow-internal",
        "--to",
        internal.to_str().unwrap(),
    ]);
    let srv = Server::start(
        &p,
        &[
            "--pmtiles",
            pm.to_str().unwrap(),
            "--pmtiles",
            internal.to_str().unwrap(),
        ],
    );
    let auth = format!("Bearer {token}");
    let (st, _, _) = srv.get("/tiles/internal.json", &[]);
    assert_eq!(st, 404, "an internal archive is served to the public");
    let (st, _, _) = srv.get("/tiles/internal/0/0/0.mvt", &[]);
    assert_eq!(st, 404);
    let (_, _, list) = srv.get("/tiles", &[]);
    let list = String::from_utf8_lossy(&list).to_string();
    assert!(
        list.contains("\"jena\"") && !list.contains("\"internal\""),
        "{list}"
    );
    let (st, _, _) = srv.get("/tiles/internal.json", &[("Authorization", &auth)]);
    assert_eq!(st, 200);
    let (x, y) = tile(11.5890, 50.9270, 13);
    let (st, hs, live) = srv.get(&format!("/tiles/statbez,landuse/13/{x}/{y}.mvt"), &[]);
    assert_eq!(st, 200);
    assert!(!hs.iter().any(|(k, _)| k == "content-encoding"));
    let (st, hs, gz) = srv.get(
        &format!("/tiles/jena/13/{x}/{y}.mvt"),
        &[("Accept-Encoding", "gzip")],
    );
    assert_eq!(st, 200);
    assert!(hs
        .iter()
        .any(|(k, v)| k == "content-encoding" && v == "gzip"));
    assert!(gunzip(&gz) == live, "pre-generated and live tile differ");
    // Without gzip the server decompresses.
    let (_, _, plain) = srv.get(&format!("/tiles/jena/13/{x}/{y}.mvt"), &[]);
    assert!(plain == live, "decompressed passthrough differs");
    let (st, _, tj) = srv.get("/tiles/jena.json", &[]);
    assert_eq!(st, 200);
    let tj: serde_json::Value = serde_json::from_slice(&tj).unwrap();
    assert_eq!(tj["minzoom"], 10);
    assert_eq!(tj["vector_layers"][0]["id"], "statbez");
    srv.stop();
}

#[test]
fn headless_chromium_renders_the_map() {
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| common::have(c));
    let Some(chromium) = chromium else {
        assert!(
            std::env::var("SAALE_REQUIRE_PEERS").is_err(),
            "chromium is required (SAALE_REQUIRE_PEERS is set)"
        );
        eprintln!("skipping: chromium not installed");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let srv = Server::start(&p, &[]);
    let artifacts: PathBuf = root().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("map.png");
    let _ = std::fs::remove_file(&shot);
    let profile = tmp.path().join("chromium-profile");
    let common_args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--enable-unsafe-swiftshader",
        "--window-size=1000,760",
        "--virtual-time-budget=60000",
    ];
    let url = format!("{}/#13/50.927/11.589", srv.url());
    // Headless Chromium under load sometimes ends its virtual-time budget before the map is
    // idle; try up to three times, and keep the last DOM for the artifacts.
    let mut html = String::new();
    let mut stderr = String::new();
    for attempt in 1..=6 {
        let dom = Command::new(chromium)
            .args(common_args)
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(["--dump-dom", &url])
            .output()
            .unwrap();
        html = String::from_utf8_lossy(&dom.stdout).into_owned();
        stderr = String::from_utf8_lossy(&dom.stderr).into_owned();
        if html.contains("data-idle=\"1\"") {
            break;
        }
        eprintln!("map not idle after attempt {attempt}, retrying");
    }
    std::fs::write(artifacts.join("map-dom.html"), &html).unwrap();
    let attr = |name: &str| -> Option<String> {
        let key = format!("{name}=\"");
        let i = html.find(&key)? + key.len();
        Some(html[i..].split('"').next()?.to_string())
    };
    assert_eq!(
        attr("data-idle").as_deref(),
        Some("1"),
        "map never idle: {stderr}"
    );
    assert_eq!(
        attr("data-errors").as_deref(),
        Some("0"),
        "map logged errors"
    );
    let colours: u32 = attr("data-colours").unwrap().parse().unwrap();
    assert!(colours > 5, "canvas looks blank ({colours} colours)");
    // The accessible list holds the features in view.
    assert!(html.contains("Objekte sichtbar"), "no feature list");
    let out = Command::new(chromium)
        .args(common_args)
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(
        shot.is_file(),
        "no screenshot: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    srv.stop();
}

#[test]
fn access_marks_hide_attributes_from_exports_and_tiles() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "access",
        "statbez",
        "--internal-fields",
        "gid",
        "--tile-fields",
        "statbez_name,gid",
    ]);
    let out = tmp.path().join("s.geojson");
    export(&p, "statbez", &out, &[]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let props = doc["features"][0]["properties"].as_object().unwrap();
    assert!(props.contains_key("statbez_name") && !props.contains_key("gid"));
    export(&p, "statbez", &out, &["--allow-internal"]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(doc["features"][0]["properties"].get("gid").is_some());
    assert!(std::fs::read_to_string(p.join("exports.log"))
        .unwrap()
        .contains("statbez"));
    // Unknown fields are refused and leave the catalog alone.
    let before = std::fs::read(p.join("saale.toml")).unwrap();
    let bad = common::saale(&["-p", ps, "access", "statbez", "--tile-fields", "nope"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no field 'nope'"));
    assert_eq!(before, std::fs::read(p.join("saale.toml")).unwrap());
    // The public tile carries the chosen attributes minus the internal one.
    let srv = Server::start(&p, &[]);
    let (tj_status, _, tj) = srv.get("/tiles/statbez.json", &[]);
    assert_eq!(tj_status, 200);
    let tj: serde_json::Value = serde_json::from_slice(&tj).unwrap();
    let fields = tj["vector_layers"][0]["fields"].as_object().unwrap();
    assert_eq!(fields.keys().collect::<Vec<_>>(), vec!["statbez_name"]);
    // A token opens the internal view (tile attributes include gid there).
    let token = saale_ok(&["-p", ps, "token"]).trim().to_string();
    drop(srv);
    let srv = Server::start(&p, &[]);
    let auth = format!("Bearer {token}");
    let (_, _, tj) = srv.get("/tiles/statbez.json", &[("Authorization", &auth)]);
    let tj: serde_json::Value = serde_json::from_slice(&tj).unwrap();
    assert!(tj["vector_layers"][0]["fields"].get("gid").is_some());
    let (st, _, _) = srv.get("/tiles/statbez.json", &[("Authorization", "Bearer wrong")]);
    assert_eq!(st, 401);
    srv.stop();
}

/// `/metrics` counts the public layers by state, as `saale status` sees the catalog now
/// (issue 16, item 6): a changed source makes its layer outdated there without a restart.
#[test]
fn metrics_report_outdated_layers_while_serving() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let src = tmp.path().join("pts.geojson");
    let write = |x: u32| {
        std::fs::write(
            &src,
            format!(
                r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"EPSG:25832"}}}},"features":[{{"type":"Feature","properties":{{"n":1}},"geometry":{{"type":"Point","coordinates":[{x},5644000]}}}}]}}"#
            ),
        )
        .unwrap();
    };
    write(681_000);
    for name in ["a", "b"] {
        saale_ok(&[
            "-p",
            ps,
            "import",
            src.to_str().unwrap(),
            "--layer",
            name,
            "-q",
        ]);
    }
    // An internal layer is not counted on the public route.
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--layer",
        "c",
        "--internal",
        "-q",
    ]);
    let srv = Server::start(&p, &[]);
    let metric = |body: &[u8], state: &str| -> u64 {
        let text = String::from_utf8_lossy(body);
        let key = format!("saale_layers{{state=\"{state}\"}} ");
        text.lines()
            .find_map(|l| l.strip_prefix(&key))
            .unwrap_or_else(|| panic!("no {key} in {text}"))
            .trim()
            .parse()
            .unwrap()
    };
    let (status, _, body) = srv.get("/metrics", &[]);
    assert_eq!(status, 200);
    assert_eq!(metric(&body, "current"), 2);
    assert_eq!(metric(&body, "outdated"), 0);
    write(681_001);
    let (_, _, body) = srv.get("/metrics", &[]);
    assert_eq!(metric(&body, "outdated"), 2);
    assert_eq!(metric(&body, "current"), 0);
    srv.stop();
}

/// Robustness run (scripts/server_robustness.sh): after a burst of requests the server kept
/// 424 MB against 118 MB idle, because mimalloc purges freed memory only a second later and
/// only on a later allocator event, which an idle server never has. `saale serve` re-executes
/// itself with `MIMALLOC_PURGE_DELAY=0` (same process id), unless the environment sets it.
#[test]
fn serve_runs_with_the_allocator_purging_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    let srv = Server::start(&p, &[]);
    let (status, _, body) = srv.get("/health", &[]);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let environ = std::fs::read(format!("/proc/{}/environ", srv.pid())).unwrap();
    let vars: Vec<&[u8]> = environ.split(|b| *b == 0).collect();
    assert!(
        vars.contains(&b"MIMALLOC_PURGE_DELAY=0".as_slice()),
        "{:?}",
        String::from_utf8_lossy(&environ)
    );
    srv.stop();
}
