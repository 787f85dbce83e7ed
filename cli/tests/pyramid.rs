//! Tile pyramids keep what a map needs at their highest zoom: clients show the tiles of the
//! last level magnified at every higher zoom, so no feature may be missing there for being
//! small. Checked with GDAL's MVT reader (MBTiles) as the independent decoder.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use common::saale_ok;

/// The distinct `bid` values GDAL reads from the tiles of one zoom level of an MBTiles file.
fn ids_at_zoom(mbtiles: &std::path::Path, z: u8) -> BTreeSet<i64> {
    let out = Command::new("ogr2ogr")
        .args(["-f", "CSV", "/vsistdout/", mbtiles.to_str().unwrap(), "-oo"])
        .arg(format!("ZOOM_LEVEL={z}"))
        .args(["-select", "bid", "houses"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|l| l.trim().trim_matches('"').parse().ok())
        .collect()
}

/// 300 sheds of 4 m x 4 m (16 m², under one 256-pixel pixel at z14, about 37 m² at this
/// latitude) and 20 houses of 15 m x 12 m: before, the z14 level of a z10-14 pyramid held no
/// shed at all (simplified with a tolerance of one 256-pixel pixel, each collapsed); now every
/// shed and house is there, while z12 may still leave out what is under a pixel.
#[test]
fn the_highest_zoom_of_a_pyramid_keeps_every_small_building() {
    if !common::require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let sq = |x: f64, y: f64, w: f64, h: f64| {
        format!(
            "[[[{x},{y}],[{},{y}],[{},{}],[{x},{}],[{x},{y}]]]",
            x + w,
            x + w,
            y + h,
            y + h
        )
    };
    let mut feats = Vec::new();
    for i in 0..320 {
        let (x, y) = (
            681_000.0 + f64::from(i % 20) * 40.0,
            5_644_000.0 + f64::from(i / 20) * 40.0,
        );
        let (w, h) = if i % 16 == 0 {
            (15.0, 12.0)
        } else {
            (4.0, 4.0)
        };
        feats.push(format!(
            "{{\"type\":\"Feature\",\"properties\":{{\"bid\":{i}}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{}}}}}",
            sq(x, y, w, h)
        ));
    }
    let gj = tmp.path().join("houses.geojson");
    std::fs::write(
        &gj,
        format!(
            "{{\"type\":\"FeatureCollection\",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"EPSG:25832\"}}}},\"features\":[{}]}}",
            feats.join(",")
        ),
    )
    .unwrap();
    let p = tmp.path().join("p");
    let ps = p.to_str().unwrap();
    saale_ok(&["init", ps, "-q"]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        gj.to_str().unwrap(),
        "--layer",
        "houses",
        "-q",
    ]);
    let mb = tmp.path().join("houses.mbtiles");
    saale_ok(&[
        "-p",
        ps,
        "tiles",
        "build",
        "--layers",
        "houses",
        "--minzoom",
        "10",
        "--maxzoom",
        "14",
        "--to",
        mb.to_str().unwrap(),
        "-q",
    ]);
    let all: BTreeSet<i64> = (0..320).collect();
    assert_eq!(
        ids_at_zoom(&mb, 14),
        all,
        "every building at the highest zoom"
    );
    // Below the highest zoom what is under a 256-pixel pixel (about 24 m at z12 here) may go.
    let z12 = ids_at_zoom(&mb, 12);
    assert!(
        z12.is_subset(&all) && z12.len() < 320,
        "{} kept at z12",
        z12.len()
    );
}
