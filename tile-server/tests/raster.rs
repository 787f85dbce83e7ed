//! Raster layers through `Router::oneshot`: a four-colour GeoTIFF in Jena (EPSG:25832) written
//! with GDAL, stored as a COG, served from the project: TileJSON, the colour of each quadrant in
//! a Web Mercator and an AdV tile (hand-computed pixel positions), the no-data quadrant and the
//! outside transparent (JPEG: white), 204 for tiles outside, 400/404 for bad requests, ETag and
//! 304, the cache.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use saale_crs::{Crs, Transformer};
use saale_store::{LayerEntry, LayerKind, Project};
use saale_tile_server::{router, AppState, ServerConfig};
use tower::ServiceExt;

const X0: f64 = 681_000.0;
const Y0: f64 = 5_644_000.0;
/// Pixels per side (1 m each).
const N: usize = 256;
/// Quadrant colours: north-west, north-east, south-west, south-east (250: no data).
const COLOURS: [[u8; 3]; 4] = [[200, 0, 0], [0, 180, 0], [0, 0, 160], [250, 250, 250]];

/// A 256 x 256 RGB GeoTIFF of 1 m pixels at (X0, Y0)-(X0+256, Y0+256), one colour per quadrant,
/// no-data 250 (the south-east quadrant).
fn write_tiff(path: &Path) {
    let drv = gdal::DriverManager::get_driver_by_name("GTiff").unwrap();
    let mut ds = drv.create_with_band_type::<u8, _>(path, N, N, 3).unwrap();
    ds.set_geo_transform(&[X0, 1.0, 0.0, Y0 + N as f64, 0.0, -1.0])
        .unwrap();
    ds.set_spatial_ref(&gdal::spatial_ref::SpatialRef::from_epsg(25832).unwrap())
        .unwrap();
    for (b, band) in (1..=3).enumerate() {
        let data: Vec<u8> = (0..N * N)
            .map(|i| {
                let (col, row) = (i % N, i / N);
                let q = usize::from(row >= N / 2) * 2 + usize::from(col >= N / 2);
                COLOURS[q][b]
            })
            .collect();
        let mut buf = gdal::raster::Buffer::new((N, N), data);
        let mut rb = ds.rasterband(band).unwrap();
        rb.write((0, 0), (N, N), &mut buf).unwrap();
        // The south-east quadrant is no data.
        rb.set_no_data_value(Some(250.0)).unwrap();
    }
}

fn state(dir: &Path, internal: bool) -> Arc<AppState> {
    let mut p = Project::init(&dir.join("p"), &Crs::epsg(25832), None).unwrap();
    let src = dir.join("quad.tif");
    write_tiff(&src);
    let mut e = LayerEntry::new(LayerKind::Raster);
    e.attribution = "Test".into();
    if internal {
        e.access.level = saale_privacy::Level::Internal;
    }
    p.write_raster(
        "quad",
        e,
        &|dst: &Path| saale_store::raster::copy_to_cog(&src, None, dst, None),
        false,
    )
    .unwrap();
    Arc::new(AppState::from_project(&p, ServerConfig::default()).unwrap())
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

async fn get(st: &Arc<AppState>, uri: &str, headers: &[(&str, &str)]) -> Resp {
    let mut req = Request::builder().uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = router(Arc::clone(st))
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = r.status();
    let headers = r.headers().clone();
    let body = r.into_body().collect().await.unwrap().to_bytes().to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

/// The bands of an encoded tile, decoded by GDAL.
fn decode(bytes: &[u8], dir: &Path, name: &str) -> Vec<Vec<u8>> {
    let f = dir.join(name);
    std::fs::write(&f, bytes).unwrap();
    let ds = gdal::Dataset::open(&f).unwrap();
    (1..=ds.raster_count())
        .map(|b| {
            ds.rasterband(b)
                .unwrap()
                .read_as::<u8>((0, 0), (256, 256), (256, 256), None)
                .unwrap()
                .into_shape_and_vec()
                .1
        })
        .collect()
}

/// The RGBA a tile shows at the centre of quadrant `q`: its colour, or transparent for the
/// no-data quadrant.
fn expected(q: usize) -> [u8; 4] {
    let c = COLOURS[q];
    if c == [250, 250, 250] {
        [0, 0, 0, 0]
    } else {
        [c[0], c[1], c[2], 255]
    }
}

/// The quadrant centres in EPSG:25832.
fn centres() -> [(f64, f64); 4] {
    let (a, b) = (N as f64 / 4.0, 3.0 * N as f64 / 4.0);
    [
        (X0 + a, Y0 + b),
        (X0 + b, Y0 + b),
        (X0 + a, Y0 + a),
        (X0 + b, Y0 + a),
    ]
}

#[tokio::test]
async fn raster_tiles_show_each_quadrant_in_its_colour() {
    let dir = tempfile::tempdir().unwrap();
    let st = state(dir.path(), false);
    let tj: serde_json::Value =
        serde_json::from_slice(&get(&st, "/tiles/quad.json", &[]).await.body).unwrap();
    assert_eq!(tj["format"], "webp");
    assert_eq!(tj["attribution"], "Test");
    // 1 m pixels at 50.9° N are 1.59 m in Web Mercator: z 17 (1.19 m) is the first finer zoom.
    assert_eq!(tj["maxzoom"], 17);
    let b = tj["bounds"].as_array().unwrap();
    assert!((b[0].as_f64().unwrap() - 11.58).abs() < 0.01, "{b:?}");
    // The Web Mercator tile of z 15 holding the raster's centre, and where the quadrant
    // centres fall in it.
    let to_merc = Transformer::new(&Crs::epsg(25832), &Crs::epsg(3857)).unwrap();
    let c = centres();
    let mut xs: Vec<f64> = c.iter().map(|p| p.0).collect();
    let mut ys: Vec<f64> = c.iter().map(|p| p.1).collect();
    to_merc.transform_coords(&mut xs, &mut ys).unwrap();
    let o = 20_037_508.342_789_244;
    let z = 15;
    let s = 2.0 * o / f64::from(1u32 << z);
    let mx = xs.iter().sum::<f64>() / 4.0;
    let my = ys.iter().sum::<f64>() / 4.0;
    let (tx, ty) = (((mx + o) / s).floor(), ((o - my) / s).floor());
    let r = get(&st, &format!("/tiles/quad/{z}/{tx}/{ty}.png"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "image/png");
    let px = decode(&r.body, dir.path(), "t.png");
    assert_eq!(px.len(), 4, "RGBA");
    for (q, (x, y)) in xs.iter().zip(&ys).enumerate() {
        let col = ((x - (-o + tx * s)) / s * 256.0).floor() as usize;
        let row = (((o - ty * s) - y) / s * 256.0).floor() as usize;
        let i = row * 256 + col;
        let got = [px[0][i], px[1][i], px[2][i], px[3][i]];
        assert_eq!(got, expected(q), "quadrant {q} at {col},{row}");
    }
    // Outside the raster (the tile's corner): transparent in PNG, white in JPEG.
    assert_eq!(px[3][0], 0);
    let jpg = get(&st, &format!("/tiles/quad/{z}/{tx}/{ty}.jpg"), &[]).await;
    assert_eq!(jpg.headers[header::CONTENT_TYPE], "image/jpeg");
    let j = decode(&jpg.body, dir.path(), "t.jpg");
    assert_eq!(j.len(), 3);
    assert!(j[0][0] > 250 && j[1][0] > 250 && j[2][0] > 250);
    // ETag and 304; the second request is a cache hit.
    let tag = r.headers[header::ETAG].to_str().unwrap().to_string();
    let again = get(
        &st,
        &format!("/tiles/quad/{z}/{tx}/{ty}.png"),
        &[("If-None-Match", &tag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(
        st.metrics
            .tile_cache_hits
            .load(std::sync::atomic::Ordering::Relaxed)
            >= 1
    );
    // Low zooms, whose tiles reach beyond the domain of UTM 32N: the raster is smaller than a
    // pixel there, so no content, not an error (the tile's outline used to be transformed to
    // EPSG:25832 to pick the overview, which failed with a 500 at z 1 and 2).
    for z in 0..=6u8 {
        let s = 2.0 * o / f64::from(1u32 << z);
        let (x, y) = (((mx + o) / s).floor(), ((o - my) / s).floor());
        let r = get(&st, &format!("/tiles/quad/{z}/{x}/{y}.png"), &[]).await;
        assert_eq!(
            r.status,
            StatusCode::NO_CONTENT,
            "z {z}: {:?}",
            String::from_utf8_lossy(&r.body)
        );
    }
    // A tile far away: 204.
    let far = get(&st, "/tiles/quad/15/0/0.png", &[]).await;
    assert_eq!(far.status, StatusCode::NO_CONTENT);
    // Bad addresses and names.
    assert_eq!(
        get(&st, "/tiles/quad/30/0/0.png", &[]).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&st, "/tiles/nope/1/0/0.png", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    // The raster in the AdV grid: level 10, the quadrant colours at their pixels.
    let span = 256.0 * 4_891.969_810_251_28 / 1024.0;
    let (ox, oy) = (-46_133.17, 6_301_219.54);
    let cx = X0 + N as f64 / 2.0;
    let cy = Y0 + N as f64 / 2.0;
    let (col, row) = (((cx - ox) / span).floor(), ((oy - cy) / span).floor());
    let r = get(
        &st,
        &format!("/tiles/DE_EPSG_25832_ADV/quad/10/{col}/{row}.png"),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let px = decode(&r.body, dir.path(), "adv.png");
    for (q, (x, y)) in centres().iter().enumerate() {
        let c = ((x - (ox + col * span)) / span * 256.0).floor() as usize;
        let rr = (((oy - row * span) - y) / span * 256.0).floor() as usize;
        let i = rr * 256 + c;
        assert_eq!(
            [px[0][i], px[1][i], px[2][i], px[3][i]],
            expected(q),
            "AdV quadrant {q}"
        );
    }
}

#[tokio::test]
async fn an_internal_raster_needs_the_internal_view() {
    let dir = tempfile::tempdir().unwrap();
    let st = state(dir.path(), true);
    for uri in ["/tiles/quad.json", "/tiles/quad/15/0/0.png"] {
        assert_eq!(
            get(&st, uri, &[]).await.status,
            StatusCode::NOT_FOUND,
            "{uri}"
        );
    }
    let list: serde_json::Value =
        serde_json::from_slice(&get(&st, "/tiles", &[]).await.body).unwrap();
    assert_eq!(list["tilesets"], serde_json::json!([]));
    let cols: serde_json::Value =
        serde_json::from_slice(&get(&st, "/ogc/collections", &[]).await.body).unwrap();
    assert_eq!(cols["collections"], serde_json::json!([]));
}
