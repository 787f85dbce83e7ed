//! Raster layers end to end, against GDAL as the reference: `saale import` of a GeoTIFF gives a
//! COG (gdalinfo: LAYOUT=COG, overviews) with the source's pixel values; served tiles equal
//! `gdalwarp -r bilinear` of the same tile in Web Mercator and in the AdV grid; the hillshade
//! equals `gdaldem hillshade`; an internal raster is invisible to the public; a corrupt TIFF is
//! an error naming the file and leaves the project as it was; `refresh` remakes the hillshade
//! when the DEM changes.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::server::Server;
use common::{require, root, saale, saale_ok, shared_data};

/// The bundled satellite image (Umbra SAR, CC BY 4.0; data/README.md), 1000 x 1000 px of
/// 1 m in EPSG:32759.
fn image() -> PathBuf {
    root().join("data/raster/umbra_yasur.tif")
}

/// The DEM of ../shared/data/raster (GTOPO30 around Bonn, EPSG:4326 without CRS in the file).
fn dem() -> Option<PathBuf> {
    shared_data().map(|d| d.join("raster/bonn_gtopo.tif"))
}

fn run(args: &[&str]) -> String {
    let out = Command::new(args[0]).args(&args[1..]).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Width, height and the values of band `b` of a raster, read by GDAL.
fn band(path: &Path, b: usize) -> (usize, usize, Vec<f64>) {
    let ds = gdal::Dataset::open(path).unwrap();
    let (w, h) = ds.raster_size();
    let v = ds
        .rasterband(b)
        .unwrap()
        .read_as::<f64>((0, 0), (w, h), (w, h), None)
        .unwrap();
    (w, h, v.into_shape_and_vec().1)
}

fn init(dir: &Path) -> PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    p
}

fn entry(project: &Path, layer: &str) -> serde_json::Value {
    let out = saale_ok(&["-p", project.to_str().unwrap(), "--json", "info", layer]);
    serde_json::from_str(&out).unwrap()
}

/// The layer's COG in the project.
fn cog(project: &Path, layer: &str) -> PathBuf {
    project.join(entry(project, layer)["file"].as_str().unwrap())
}

#[test]
fn import_writes_a_cog_with_overviews_and_the_source_pixels() {
    if !require("gdalinfo") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    let out = saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "luftbild",
        "--licence",
        "CC-BY-4.0",
        "--attribution",
        "Umbra Lab, Inc.",
    ]);
    assert!(
        out.contains("raster 'luftbild': 1000 x 1000 pixels"),
        "{out}"
    );
    let e = entry(&p, "luftbild");
    assert_eq!(e["kind"], "raster");
    assert_eq!(e["raster"]["crs"], "EPSG:32759");
    assert_eq!(e["raster"]["bands"], 1);
    assert_eq!(e["raster"]["nodata"], 0.0);
    assert_eq!(e["raster"]["resolution"][0], 1.0);
    assert_eq!(e["attribution"], "Umbra Lab, Inc.");
    let file = cog(&p, "luftbild");
    let info = run(&["gdalinfo", file.to_str().unwrap()]);
    assert!(info.contains("LAYOUT=COG"), "{info}");
    assert!(info.contains("Overviews: 500x500, 250x250"), "{info}");
    assert!(info.contains("Block=256x256"), "{info}");
    // The pixels are the source's, at a few points (gdallocationinfo reads both files).
    for (x, y) in [(0, 0), (17, 900), (500, 500), (999, 999), (640, 123)] {
        let at = |f: &Path| {
            run(&[
                "gdallocationinfo",
                "-valonly",
                f.to_str().unwrap(),
                &x.to_string(),
                &y.to_string(),
            ])
        };
        assert_eq!(at(&file), at(&image()), "pixel {x},{y}");
    }
    // Every pixel, read through GDAL.
    assert_eq!(band(&file, 1), band(&image(), 1));
    // Listed and described as a raster; exported as a copy of the COG.
    let layers = saale_ok(&["-p", ps, "layers"]);
    assert!(
        layers.contains("raster") && layers.contains("1000 x 1000 px"),
        "{layers}"
    );
    let to = dir.path().join("copy.tif");
    saale_ok(&["-p", ps, "export", "luftbild", "--to", to.to_str().unwrap()]);
    assert_eq!(std::fs::read(&to).unwrap(), std::fs::read(&file).unwrap());
    let bad = saale(&[
        "-p",
        ps,
        "export",
        "luftbild",
        "--to",
        dir.path().join("x.gpkg").to_str().unwrap(),
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("GeoTIFF"));
}

#[test]
fn a_dem_without_crs_takes_the_source_crs_and_refuses_without() {
    let Some(dem) = dem() else { return };
    if !require("gdalinfo") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    let before = std::fs::read(p.join("saale.toml")).unwrap();
    let out = saale(&["-p", ps, "import", dem.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bonn_gtopo.tif") && err.contains("--source-crs"),
        "{err}"
    );
    assert_eq!(std::fs::read(p.join("saale.toml")).unwrap(), before);
    saale_ok(&[
        "-p",
        ps,
        "import",
        dem.to_str().unwrap(),
        "--source-crs",
        "EPSG:4326",
        "--layer",
        "dgm",
    ]);
    let e = entry(&p, "dgm");
    assert_eq!(e["raster"]["role"], "elevation");
    assert_eq!(e["raster"]["data_type"], "Int16");
    let file = cog(&p, "dgm");
    let info = run(&["gdalinfo", "-json", file.to_str().unwrap()]);
    let j: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert!(
        j["coordinateSystem"]["wkt"]
            .as_str()
            .unwrap()
            .contains("ID[\"EPSG\",4326]"),
        "{info}"
    );
    assert_eq!(band(&file, 1), band(&dem, 1));
    // The extent in the working CRS: 5-9 °E, 49-52 °N in UTM 32N (9 °E is its central
    // meridian, x = 500 000 m).
    let b = e["bbox"].as_array().unwrap();
    assert!((b[2].as_f64().unwrap() - 500_000.0).abs() < 1e-3, "{b:?}");
    // The grid formats DEMs are delivered in: an XYZ grid and an ESRI ASCII grid of a part,
    // read back with the same heights, as elevations.
    for ext in ["xyz", "asc"] {
        let f = dir.path().join(format!("part.{ext}"));
        let of = if ext == "xyz" { "XYZ" } else { "AAIGrid" };
        run(&[
            "gdal_translate",
            "-q",
            "-of",
            of,
            "-srcwin",
            "100",
            "100",
            "120",
            "90",
            dem.to_str().unwrap(),
            f.to_str().unwrap(),
        ]);
        let name = format!("dgm_{ext}");
        saale_ok(&[
            "-p",
            ps,
            "import",
            f.to_str().unwrap(),
            "--source-crs",
            "EPSG:4326",
            "--layer",
            &name,
        ]);
        let e = entry(&p, &name);
        assert_eq!(e["raster"]["role"], "elevation", "{ext}");
        assert_eq!(e["sources"][0]["format"], format!("GDAL/{of}"));
        assert_eq!(band(&cog(&p, &name), 1), band(&f, 1), "{ext}");
    }
}

#[test]
fn a_truncated_tiff_names_the_file_and_gdal_and_leaves_the_project_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "a",
    ]);
    let before = std::fs::read(p.join("saale.toml")).unwrap();
    let files = |p: &Path| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(p.join("layers"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let layers_before = files(&p);
    let bytes = std::fs::read(image()).unwrap();
    let cut = dir.path().join("cut.tif");
    std::fs::write(&cut, &bytes[..bytes.len() * 3 / 5]).unwrap();
    let out = saale(&["-p", ps, "import", cut.to_str().unwrap(), "--layer", "b"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cut.tif") && err.contains("GDAL"), "{err}");
    // Not a panic, and nothing of the failed import is left.
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(std::fs::read(p.join("saale.toml")).unwrap(), before);
    assert_eq!(files(&p), layers_before);
    let tmp = p.join(".tmp");
    assert!(
        !tmp.exists() || std::fs::read_dir(&tmp).unwrap().next().is_none(),
        "left in .tmp"
    );
    // A file that is no TIFF at all.
    let junk = dir.path().join("junk.tif");
    std::fs::write(&junk, b"not a tiff").unwrap();
    let out = saale(&["-p", ps, "import", junk.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("junk.tif") && err.contains("GDAL"), "{err}");
    assert_eq!(std::fs::read(p.join("saale.toml")).unwrap(), before);
}

/// The bytes of a tile, decoded by GDAL (PNG) into its four bands.
fn decode(png: &[u8], dir: &Path, name: &str) -> Vec<Vec<f64>> {
    let f = dir.join(name);
    std::fs::write(&f, png).unwrap();
    (1..=4).map(|b| band(&f, b).2).collect()
}

/// Compare a served grey tile with a GDAL warp of the same window: the pixels both cover
/// agree within `tol` grey values, and the covered pixels are the same (alpha).
fn compare(tile: &[Vec<f64>], reference: &Path, tol: f64) -> usize {
    let (w, h, r) = band(reference, 1);
    assert_eq!((w, h), (256, 256));
    let (mut both, mut worst, mut mismatch) = (0, 0.0f64, 0);
    for i in 0..w * h {
        let covered = tile[3][i] > 0.0;
        let ref_covered = r[i] != 0.0;
        if covered != ref_covered {
            mismatch += 1;
            continue;
        }
        if covered {
            both += 1;
            assert_eq!(tile[0][i], tile[1][i], "a grey tile");
            worst = worst.max((tile[0][i] - r[i]).abs());
        }
    }
    // Coverage may differ on the raster's outline (one pixel of rounding).
    assert!(mismatch <= 2 * 256, "{mismatch} pixels differ in coverage");
    assert!(worst <= tol, "largest difference {worst} grey values");
    both
}

#[test]
fn served_tiles_equal_gdalwarp_in_web_mercator_and_the_adv_grid() {
    let Some(dem) = dem() else { return };
    if !require("gdalwarp") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "bild",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        dem.to_str().unwrap(),
        "--source-crs",
        "EPSG:4326",
        "--layer",
        "dgm",
    ]);
    saale_ok(&["-p", ps, "hillshade", "dgm", "--out", "relief"]);
    let srv = Server::start(&p, &[]);
    let tj: serde_json::Value =
        serde_json::from_slice(&srv.get("/tiles/bild.json", &[]).2).unwrap();
    assert_eq!(tj["format"], "png");
    assert_eq!(
        tj["maxzoom"], 18,
        "1 m pixels at 19.5 °S: z 18 has 0.56 m tile pixels"
    );
    let bild = cog(&p, "bild");
    let o = 20_037_508.342_789_244f64;
    // Tiles at full resolution (z 17) and from an overview (z 14, 1:4), around the centre.
    for (z, x, y) in [(17u8, 127_230u32, 72_787u32), (14, 15_903, 9_098)] {
        let (st, hs, body) = srv.get(&format!("/tiles/bild/{z}/{x}/{y}.png"), &[]);
        assert_eq!(st, 200, "tile {z}/{x}/{y}");
        assert!(hs
            .iter()
            .any(|(k, v)| k == "content-type" && v == "image/png"));
        let etag = hs.iter().find(|(k, _)| k == "etag").unwrap().1.clone();
        let (st, _, _) = srv.get(
            &format!("/tiles/bild/{z}/{x}/{y}.png"),
            &[("If-None-Match", &etag)],
        );
        assert_eq!(st, 304);
        let s = 2.0 * o / f64::from(1u32 << z);
        let (x0, y1) = (-o + f64::from(x) * s, o - f64::from(y) * s);
        let reference = dir.path().join(format!("ref{z}.tif"));
        run(&[
            "gdalwarp",
            "-q",
            "-r",
            "bilinear",
            "-t_srs",
            "EPSG:3857",
            "-te",
            &x0.to_string(),
            &(y1 - s).to_string(),
            &(x0 + s).to_string(),
            &y1.to_string(),
            "-ts",
            "256",
            "256",
            bild.to_str().unwrap(),
            reference.to_str().unwrap(),
        ]);
        let tile = decode(&body, dir.path(), &format!("t{z}.png"));
        let covered = compare(&tile, &reference, 1.0);
        assert!(covered > 1000, "tile {z}/{x}/{y} covers {covered} pixels");
    }
    // WebP and JPEG are images of their type.
    let (st, hs, body) = srv.get("/tiles/bild/17/127230/72787.webp", &[]);
    assert_eq!(st, 200);
    assert!(hs
        .iter()
        .any(|(k, v)| k == "content-type" && v == "image/webp"));
    assert_eq!(&body[..4], b"RIFF");
    let (st, _, body) = srv.get("/tiles/bild/17/127230/72787.jpg", &[]);
    assert_eq!(st, 200);
    assert_eq!(&body[..2], &[0xFF, 0xD8]);
    // Outside the extent: 204, as for empty vector tiles.
    let (st, _, body) = srv.get("/tiles/bild/17/0/0.png", &[]);
    assert_eq!((st, body.len()), (204, 0));
    // The hillshade in the AdV grid (level 5 tile over Bonn) against gdalwarp to EPSG:25832.
    let relief = cog(&p, "relief");
    let (level, col, row) = (5u32, 10u32, 17u32);
    let span = 256.0 * 4_891.969_810_251_28 / f64::from(1u32 << level);
    let (x0, y1) = (
        -46_133.17 + f64::from(col) * span,
        6_301_219.54 - f64::from(row) * span,
    );
    let (st, _, body) = srv.get(
        &format!("/tiles/DE_EPSG_25832_ADV/relief/{level}/{col}/{row}.png"),
        &[],
    );
    assert_eq!(st, 200);
    let reference = dir.path().join("ref_adv.tif");
    run(&[
        "gdalwarp",
        "-q",
        "-r",
        "bilinear",
        "-t_srs",
        "EPSG:25832",
        "-te",
        &x0.to_string(),
        &(y1 - span).to_string(),
        &(x0 + span).to_string(),
        &y1.to_string(),
        "-ts",
        "256",
        "256",
        relief.to_str().unwrap(),
        reference.to_str().unwrap(),
    ]);
    let tile = decode(&body, dir.path(), "adv.png");
    let covered = compare(&tile, &reference, 1.0);
    assert!(covered > 10_000, "the AdV tile covers {covered} pixels");
    srv.stop();
}

#[test]
fn the_hillshade_equals_gdaldem_and_refresh_remakes_it_when_the_dem_changes() {
    let Some(dem) = dem() else { return };
    if !require("gdaldem") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    let src = dir.path().join("dgm.tif");
    std::fs::copy(&dem, &src).unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        src.to_str().unwrap(),
        "--source-crs",
        "EPSG:4326",
        "--layer",
        "dgm",
        "--licence",
        "public domain",
        "--attribution",
        "USGS GTOPO30",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "hillshade",
        "dgm",
        "--z-factor",
        "2",
        "--out",
        "relief",
    ]);
    let e = entry(&p, "relief");
    assert_eq!(e["raster"]["role"], "hillshade");
    assert_eq!(e["attribution"], "USGS GTOPO30");
    assert_eq!(e["provenance"]["step"]["verb"], "hillshade");
    assert_eq!(e["provenance"]["inputs"][0]["layer"], "dgm");
    let reference = |dem: &Path, name: &str| {
        let with_crs = dir.path().join(format!("{name}_crs.tif"));
        run(&[
            "gdal_translate",
            "-q",
            "-a_srs",
            "EPSG:4326",
            dem.to_str().unwrap(),
            with_crs.to_str().unwrap(),
        ]);
        let out = dir.path().join(format!("{name}_hs.tif"));
        run(&[
            "gdaldem",
            "hillshade",
            "-q",
            "-z",
            "2",
            "-s",
            "111120",
            with_crs.to_str().unwrap(),
            out.to_str().unwrap(),
        ]);
        out
    };
    let want = reference(&src, "a");
    assert_eq!(band(&cog(&p, "relief"), 1), band(&want, 1));
    // A new DEM (heights doubled): refresh re-imports it and replays the hillshade.
    let doubled = dir.path().join("doubled.tif");
    run(&[
        "gdal_translate",
        "-q",
        "-scale",
        "0",
        "1000",
        "0",
        "2000",
        dem.to_str().unwrap(),
        doubled.to_str().unwrap(),
    ]);
    std::fs::copy(&doubled, &src).unwrap();
    let status = saale_ok(&["-p", ps, "status"]);
    assert!(
        status.contains("stale") || status.contains("changed"),
        "{status}"
    );
    saale_ok(&["-p", ps, "refresh"]);
    let want = reference(&src, "b");
    assert_eq!(band(&cog(&p, "relief"), 1), band(&want, 1));
    let status = saale_ok(&["-p", ps, "status"]);
    assert!(status.contains("0 stale, 0 outdated, 0 broken"), "{status}");
    // The previous hillshade is kept as version 1; a rollback makes it current again.
    let first = band(&reference(&dem, "c"), 1);
    assert_ne!(band(&cog(&p, "relief"), 1), first);
    saale_ok(&["-p", ps, "rollback", "relief", "1"]);
    assert_eq!(band(&cog(&p, "relief"), 1), first);
    // A vector layer is no DEM.
    let out = saale(&["-p", ps, "hillshade", "nope", "--out", "x"]);
    assert!(!out.status.success());
}

#[test]
fn an_internal_raster_is_not_served_to_the_public() {
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "geheim",
        "--internal",
    ]);
    let token = saale_ok(&["-p", ps, "token"]).trim().to_string();
    let srv = Server::start(&p, &[]);
    let tile = "/tiles/geheim/17/127230/72787.png";
    for path in [tile, "/tiles/geheim.json", "/ogc/collections/geheim"] {
        let (st, _, _) = srv.get(path, &[]);
        assert_eq!(st, 404, "{path} in the public view");
    }
    for path in ["/tiles", "/ogc/collections"] {
        let (_, _, body) = srv.get(path, &[]);
        assert!(!String::from_utf8_lossy(&body).contains("geheim"), "{path}");
    }
    let auth = format!("Bearer {token}");
    let (st, _, _) = srv.get(tile, &[("Authorization", &auth)]);
    assert_eq!(st, 200);
    // A raster imported while the server runs is served after the catalog reload; marking
    // it internal takes it out of the public view again.
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "neu",
    ]);
    let wait_for = |want: u16| {
        let t0 = std::time::Instant::now();
        loop {
            let (st, _, _) = srv.get("/tiles/neu/17/127230/72787.png", &[]);
            if st == want {
                return;
            }
            assert!(t0.elapsed().as_secs() < 20, "still {st}, want {want}");
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    };
    wait_for(200);
    saale_ok(&["-p", ps, "access", "neu", "--internal"]);
    wait_for(404);
    let (_, _, body) = srv.get("/tiles", &[("Authorization", &auth)]);
    assert!(String::from_utf8_lossy(&body).contains("geheim"));
    srv.stop();
    // Not exported in the public view either.
    let out = saale(&[
        "-p",
        ps,
        "export",
        "geheim",
        "--to",
        dir.path().join("g.tif").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
}

/// Chromium and puppeteer-core (target/npm), or `None` (a skip) when missing outside CI.
fn browser() -> Option<(String, PathBuf)> {
    let npm = root().join("target/npm");
    let chromium = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|c| common::have(c));
    let ok = chromium.is_some()
        && npm.join("node_modules/puppeteer-core").is_dir()
        && common::have("node");
    if !ok {
        assert!(
            std::env::var("SAALE_REQUIRE_PEERS").is_err(),
            "chromium, node and puppeteer-core (target/npm) are required (SAALE_REQUIRE_PEERS)"
        );
        eprintln!("skipping: chromium, node or puppeteer-core missing");
        return None;
    }
    let which = run(&[
        "sh",
        "-c",
        &format!("command -v {}", chromium.unwrap_or_default()),
    ]);
    Some((which.trim().to_string(), npm))
}

#[test]
fn the_map_offers_the_luftbild_base_layer_with_its_attribution() {
    let Some((chromium, npm)) = browser() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        orthophoto().to_str().unwrap(),
        "--layer",
        "luftbild",
        "--licence",
        "public-domain",
        "--attribution",
        "USDA FSA, NAIP 2020",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        root().join("data/jena/statbez.geojson").to_str().unwrap(),
        "--attribution",
        "Stadt Jena",
    ]);
    let srv = Server::start(&p, &[]);
    let artifacts = root().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    for f in ["luftbild-desktop.png", "luftbild-mobile.png"] {
        let _ = std::fs::remove_file(artifacts.join(f));
    }
    let out = Command::new("node")
        .arg(root().join("cli/tests/browser/luftbild-check.js"))
        .arg(&npm)
        .arg(&chromium)
        .arg(srv.url())
        .arg(&artifacts)
        .arg("#15/47.0204/-99.1548")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "luftbild-check.js failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    std::fs::write(
        artifacts.join("luftbild-check.json"),
        serde_json::to_string_pretty(&r).unwrap(),
    )
    .unwrap();
    for key in ["desktop", "mobile"] {
        let v = &r[key];
        assert_eq!(v["errors"], serde_json::json!([]), "{key}: console errors");
        assert_eq!(v["failed"], serde_json::json!([]), "{key}: failed requests");
        assert_eq!(v["style"], "Luftbild", "{key}");
        let n = v["rasterTiles"]["count"].as_u64().unwrap();
        assert!(n > 0, "{key}: no raster tile requests");
        assert_eq!(v["rasterTiles"]["ok"], n, "{key}: raster tiles failed");
        assert!(
            v["attribution"].as_str().unwrap().contains("NAIP 2020"),
            "{key}: {}",
            v["attribution"]
        );
        assert_eq!(
            v["basemaps"],
            serde_json::json!([{"value": "stadtplan", "checked": false},
                {"value": "luftbild", "checked": true}]),
            "{key}"
        );
        assert!(v["colours"].as_u64().unwrap() > 5, "{key}: a blank map");
    }
    assert_eq!(r["desktop"]["switched"]["style"], "Luftbild");
    assert_eq!(r["desktop"]["switched"]["url"], "?style=luftbild");
    for f in ["luftbild-desktop.png", "luftbild-mobile.png"] {
        assert!(
            std::fs::metadata(artifacts.join(f)).is_ok_and(|m| m.len() > 1000),
            "{f} missing"
        );
    }
    srv.stop();
}

/// The catalog's bytes and those of every layer file it references.
fn snapshot(project: &Path) -> Vec<(String, Vec<u8>)> {
    let cat = std::fs::read(project.join("saale.toml")).unwrap();
    let doc: toml::Table = toml::from_str(std::str::from_utf8(&cat).unwrap()).unwrap();
    let mut out = vec![("saale.toml".to_string(), cat)];
    for (_, e) in doc["layers"].as_table().into_iter().flatten() {
        let f = e["file"].as_str().unwrap();
        out.push((f.to_string(), std::fs::read(project.join(f)).unwrap()));
    }
    out
}

#[test]
fn kill_9_during_a_raster_import_leaves_the_project_as_it_was() {
    if !require("gdal_translate") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "bild",
    ]);
    let before = snapshot(&p);
    // A larger RGB raster (6000 x 6000 pixels, 108 MB of pixels) takes seconds to convert.
    let big = dir.path().join("big.tif");
    run(&[
        "gdal_translate",
        "-q",
        "-outsize",
        "6000",
        "6000",
        "-b",
        "1",
        "-b",
        "1",
        "-b",
        "1",
        image().to_str().unwrap(),
        big.to_str().unwrap(),
    ]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_saale"))
        .args([
            "-p",
            ps,
            "-q",
            "import",
            big.to_str().unwrap(),
            "--layer",
            "bild",
            "--replace",
        ])
        .spawn()
        .unwrap();
    // Kill as soon as the COG is being written under .tmp/.
    let t0 = std::time::Instant::now();
    let tmp = p.join(".tmp");
    while t0.elapsed().as_secs() < 60 {
        let writing = std::fs::read_dir(&tmp)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.file_name().to_string_lossy().contains(".tif"))
            })
            .unwrap_or(false);
        if writing || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_micros(200));
    }
    let _ = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the import finished before it could be killed"
    );
    assert!(snapshot(&p) == before, "the project changed after kill -9");
    saale_ok(&["-p", ps, "layers"]);
    // The next write removes what the killed one left.
    saale_ok(&[
        "-p",
        ps,
        "import",
        image().to_str().unwrap(),
        "--layer",
        "zwei",
    ]);
    assert!(!tmp.exists() || std::fs::read_dir(&tmp).unwrap().next().is_none());
    let files = std::fs::read_dir(p.join("layers")).unwrap().count();
    assert_eq!(files, 2, "only the two referenced COGs remain");
}

/// The bundled aerial orthophoto (USDA NAIP 2020, public domain; data/README.md): 934 x 723 px
/// of 5 m in EPSG:26914, bands red, green, blue and near infrared, no-data 0.
fn orthophoto() -> PathBuf {
    root().join("data/raster/naip_m_4709963_se_14_1_20200831.tif")
}

/// The Web Mercator tile (x, y) at zoom `z` holding a WGS 84 point.
fn tile_of(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let x = (lon + 180.0) / 360.0 * n;
    let y = (1.0 - lat.to_radians().tan().asinh() / std::f64::consts::PI) / 2.0 * n;
    (x as u32, y as u32)
}

#[test]
fn an_rgbi_orthophoto_is_served_in_colour_and_its_infrared_band_is_not_taken_for_alpha() {
    if !require("gdalwarp") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let p = init(dir.path());
    let ps = p.to_str().unwrap();
    let out = saale_ok(&[
        "-p",
        ps,
        "import",
        orthophoto().to_str().unwrap(),
        "--layer",
        "luftbild",
        "--licence",
        "public-domain",
        "--attribution",
        "USDA Farm Service Agency, NAIP 2020",
    ]);
    assert!(out.contains("raster 'luftbild': 934 x 723 pixels"), "{out}");
    let e = entry(&p, "luftbild");
    assert_eq!(e["raster"]["bands"], 4);
    assert_eq!(e["raster"]["crs"], "EPSG:26914");
    assert_eq!(e["raster"]["role"], "image");
    let file = cog(&p, "luftbild");
    // All four bands are kept, pixel for pixel.
    for b in 1..=4 {
        assert_eq!(band(&file, b), band(&orthophoto(), b), "band {b}");
    }
    let srv = Server::start(&p, &[]);
    let o = 20_037_508.342_789_244f64;
    // The centre of the image (99.1548 W, 47.0204 N) at full resolution (z 15) and from the
    // overview (z 13).
    for z in [15u8, 13] {
        let (x, y) = tile_of(-99.1548, 47.0204, z);
        let (st, _, body) = srv.get(&format!("/tiles/luftbild/{z}/{x}/{y}.png"), &[]);
        assert_eq!(st, 200, "tile {z}/{x}/{y}");
        let tile = decode(&body, dir.path(), &format!("t{z}.png"));
        let s = 2.0 * o / f64::from(1u32 << z);
        let (x0, y1) = (-o + f64::from(x) * s, o - f64::from(y) * s);
        let reference = dir.path().join(format!("ref{z}.tif"));
        run(&[
            "gdalwarp",
            "-q",
            "-r",
            "bilinear",
            "-t_srs",
            "EPSG:3857",
            "-te",
            &x0.to_string(),
            &(y1 - s).to_string(),
            &(x0 + s).to_string(),
            &y1.to_string(),
            "-ts",
            "256",
            "256",
            file.to_str().unwrap(),
            reference.to_str().unwrap(),
        ]);
        let bands: Vec<Vec<f64>> = (1..=4).map(|b| band(&reference, b).2).collect();
        let (mut covered, mut opaque, mut worst, mut colour, mut off) = (0, 0, 0.0f64, 0, 0);
        for i in 0..256 * 256 {
            if bands[0][i] == 0.0 {
                continue;
            }
            covered += 1;
            if tile[3][i] == 255.0 {
                opaque += 1;
            }
            let d = (0..3)
                .map(|c| (tile[c][i] - bands[c][i]).abs())
                .fold(0.0, f64::max);
            worst = worst.max(d);
            if d > 1.0 {
                off += 1;
            }
            if tile[0][i] != tile[1][i] || tile[1][i] != tile[2][i] {
                colour += 1;
            }
        }
        // The z 15 tile lies inside the image (almost every pixel covered), the z 13 tile
        // over its edge; every covered pixel is opaque whatever the infrared value (which
        // varies over fields and water).
        let least = if z == 15 { 60_000 } else { 40_000 };
        assert!(covered > least, "tile {z}: {covered} pixels covered");
        assert!(
            opaque >= covered - 256,
            "tile {z}: {opaque} of {covered} pixels opaque"
        );
        let nir: Vec<f64> = bands[3].iter().copied().filter(|v| *v > 0.0).collect();
        let (lo, hi) = nir
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
        assert!(hi - lo > 50.0, "the infrared band varies: {lo}..{hi}");
        // Red, green and blue as GDAL warps them (within one value; a few pixels on the
        // image's no-data edge within three), and a colour image, not grey.
        assert!(
            worst <= 3.0 && off * 100 < covered,
            "tile {z}: largest difference {worst}, {off} pixels off by more than 1"
        );
        assert!(colour > covered / 2, "tile {z}: {colour} colour pixels");
    }
    srv.stop();
}
