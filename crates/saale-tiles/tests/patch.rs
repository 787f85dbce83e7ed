//! A patched pyramid (issue 16 item 6) equals a full build of the changed layers tile for
//! tile, in both archive formats, and cuts only the tiles a change reaches. The tiles are
//! read back through the `pmtiles` crate's reader and SQLite, not through the patch code.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use saale_crs::Crs;
use saale_model::geo_types::{point, polygon};
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_tiles::pyramid::{build, build_patched, changed_envelopes, ArchiveFormat, Patch};
use saale_tiles::{TileLayer, TileOptions};

type Tiles = BTreeMap<(u8, u32, u32), Vec<u8>>;

/// 400 stops on a 20 x 20 grid of 250 m and 100 blocks of 150 m in Jena (EPSG:25832).
fn city(moved: &[usize], renamed: &[usize]) -> (Layer, Layer) {
    let schema = || {
        Schema::from_fields([Field {
            name: "name".into(),
            ty: FieldType::String,
        }])
    };
    let stops = Layer {
        schema: schema(),
        features: (0..400usize)
            .map(|i| {
                let (c, r) = ((i % 20) as f64, (i / 20) as f64);
                let dx = if moved.contains(&i) { 120.0 } else { 0.0 };
                let name = if renamed.contains(&i) {
                    format!("Neu {i}")
                } else {
                    format!("Haltestelle {i}")
                };
                Feature {
                    geometry: Some(Geometry::Point(
                        point!(x: 678_000.0 + c * 250.0 + dx, y: 5_640_000.0 + r * 250.0),
                    )),
                    values: vec![Value::from(name)],
                }
            })
            .collect(),
    };
    let blocks = Layer {
        schema: schema(),
        features: (0..100usize)
            .map(|i| {
                let (x, y) = (
                    678_100.0 + (i % 10) as f64 * 500.0,
                    5_640_100.0 + (i / 10) as f64 * 500.0,
                );
                Feature {
                    geometry: Some(Geometry::Polygon(polygon![
                        (x: x, y: y), (x: x + 150.0, y: y), (x: x + 150.0, y: y + 150.0),
                        (x: x, y: y + 150.0), (x: x, y: y)
                    ])),
                    values: vec![Value::from(format!("Block {i}"))],
                }
            })
            .collect(),
    };
    (stops, blocks)
}

fn tile_layers(stops: &Layer, blocks: &Layer) -> Vec<TileLayer> {
    let crs = Crs::epsg(25832);
    vec![
        TileLayer::new("stops", Arc::new(stops.clone()), &crs, None).expect("stops"),
        TileLayer::new("blocks", Arc::new(blocks.clone()), &crs, None).expect("blocks"),
    ]
}

/// Every tile of an archive, gzip bytes as stored.
fn read_all(path: &Path) -> Tiles {
    let mut out = Tiles::new();
    if path.extension().is_some_and(|e| e == "mbtiles") {
        let db = rusqlite::Connection::open(path).expect("open");
        let mut st = db
            .prepare("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles")
            .expect("select");
        let rows = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, u8>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, u32>(2)?,
                    r.get::<_, Vec<u8>>(3)?,
                ))
            })
            .expect("rows");
        for row in rows {
            let (z, x, tms, d) = row.expect("row");
            out.insert((z, x, (1u32 << z) - 1 - tms), d);
        }
        return out;
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let r = pmtiles::AsyncPmTilesReader::new_with_path(path)
            .await
            .expect("reader");
        let h = r.get_header();
        // Every tile address within the header's bounds, one tile of margin.
        let tile = |z: u8, lon: f64, lat: f64| {
            let n = f64::from(1u32 << z);
            let x = (lon + 180.0) / 360.0 * n;
            let l = lat.to_radians();
            let y = (1.0 - (l.tan() + 1.0 / l.cos()).ln() / std::f64::consts::PI) / 2.0 * n;
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            (x.floor() as u32, y.floor() as u32)
        };
        for z in h.min_zoom..=h.max_zoom {
            let (x0, y1) = tile(z, h.min_longitude, h.min_latitude);
            let (x1, y0) = tile(z, h.max_longitude, h.max_latitude);
            let n = 1u32 << z;
            for x in x0.saturating_sub(1)..=(x1 + 1).min(n - 1) {
                for y in y0.saturating_sub(1)..=(y1 + 1).min(n - 1) {
                    let c = pmtiles::TileCoord::new(z, x, y).expect("coord");
                    if let Some(t) = r.get_tile(c).await.expect("tile") {
                        out.insert((z, x, y), t.to_vec());
                    }
                }
            }
        }
    });
    out
}

fn tiles_per_format(ext: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let opts = TileOptions::default();
    let format = ArchiveFormat::from_path(Path::new(&format!("a.{ext}"))).expect("format");
    let (s0, b0) = city(&[], &[]);
    let old = dir.path().join(format!("old.{ext}"));
    let l0 = tile_layers(&s0, &b0);
    build(
        &l0.iter().collect::<Vec<_>>(),
        8,
        15,
        &opts,
        &old,
        format,
        |_, _| (),
    )
    .expect("old");

    // Two stops moved, three renamed, all in the south-west corner of the grid.
    let (s1, b1) = city(&[0, 21], &[1, 2, 20]);
    let l1 = tile_layers(&s1, &b1);
    let refs: Vec<&TileLayer> = l1.iter().collect();
    let full = dir.path().join(format!("full.{ext}"));
    let rf = build(&refs, 8, 15, &opts, &full, format, |_, _| ()).expect("full");

    let crs = Crs::epsg(25832);
    let mut changed = changed_envelopes(&s0, &s1, &crs).expect("changed");
    changed.extend(changed_envelopes(&b0, &b1, &crs).expect("changed"));
    assert_eq!(
        changed.len(),
        10,
        "5 changed stops in their old and new form"
    );
    let patched = dir.path().join(format!("patched.{ext}"));
    let rp = build_patched(
        &refs,
        8,
        15,
        &opts,
        &patched,
        format,
        Some(&Patch {
            old: &old,
            changed: &changed,
        }),
        |_, _| (),
    )
    .expect("patched");
    assert_eq!(rp.full_because, None);
    if ext == "pmtiles" {
        assert!(
            std::fs::read(&patched).expect("patched") == std::fs::read(&full).expect("full"),
            "the patched PMTiles file is the full build's, byte for byte"
        );
    }
    let (tf, tp) = (read_all(&full), read_all(&patched));
    assert_eq!(
        tf.len() as u64,
        rf.tiles,
        "the reader sees every tile written"
    );
    assert_eq!(
        tp, tf,
        "{ext}: the patched archive equals a full build tile for tile"
    );
    assert_eq!(rp.tiles, rf.tiles);
    assert_eq!(rp.bytes, rf.bytes);
    assert_eq!(rp.max_tile_bytes, rf.max_tile_bytes);
    assert!(rp.copied > 0 && rp.cut < rf.cut / 4, "{rp:?} vs {rf:?}");
    assert_ne!(read_all(&old), tf, "the change shows in the tiles");

    // The patch depends on the envelopes: given none, the old tiles stay and differ.
    let wrong = dir.path().join(format!("wrong.{ext}"));
    build_patched(
        &refs,
        8,
        15,
        &opts,
        &wrong,
        format,
        Some(&Patch {
            old: &old,
            changed: &[],
        }),
        |_, _| (),
    )
    .expect("wrong");
    assert_ne!(read_all(&wrong), tf);

    // Another zoom range than the old archive's: built in full, and said so.
    let other = dir.path().join(format!("other.{ext}"));
    let ro = build_patched(
        &refs,
        8,
        14,
        &opts,
        &other,
        format,
        Some(&Patch {
            old: &old,
            changed: &changed,
        }),
        |_, _| (),
    )
    .expect("other");
    assert!(ro.full_because.is_some() && ro.copied == 0);
}

#[test]
fn a_patched_pmtiles_archive_equals_a_full_build() {
    tiles_per_format("pmtiles");
}

#[test]
fn a_patched_mbtiles_archive_equals_a_full_build() {
    tiles_per_format("mbtiles");
}
