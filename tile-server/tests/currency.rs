//! A running server after one layer changed (issue 16 item 6): cached tiles and entity tags of
//! the other layers stay, those of the changed layer change; items responses carry the time
//! the served version was made (`timeStamp`, `Last-Modified`, the collection's `updated`), so a
//! page's entity tag stays until its layer changes and `If-None-Match` answers 304.
//! Every wait is bounded by a guard; nothing asserts a timing.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use saale_crs::{Crs, Transformer};
use saale_model::geo_types::point;
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_store::{LayerEntry, LayerKind, Project};
use saale_tile_server::{router_live, AppState, Live, ServerConfig};
use tower::ServiceExt;

/// `n` stops named `prefix i`, 50 m apart eastwards from (x0, 5 644 000) in EPSG:25832.
fn stops(prefix: &str, x0: f64, n: u32) -> Layer {
    Layer {
        schema: Schema::from_fields([Field {
            name: "name".into(),
            ty: FieldType::String,
        }]),
        features: (0..n)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: x0 + f64::from(i) * 50.0, y: 5_644_000.0),
                )),
                values: vec![Value::from(format!("{prefix} {i}"))],
            })
            .collect(),
    }
}

async fn get(live: &Live, uri: &str, inm: Option<&str>) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut req = Request::builder().uri(uri);
    if let Some(t) = inm {
        req = req.header(header::IF_NONE_MATCH, t);
    }
    let r = router_live(live.clone())
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let s = r.status();
    let h = r.headers().clone();
    let body = r.into_body().collect().await.expect("body").to_bytes();
    (s, h, body.to_vec())
}

fn etag(h: &HeaderMap) -> String {
    h.get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The z14 tile (x, y) holding the point (681 000, 5 644 000) of EPSG:25832, by the
/// slippy-map formula on its longitude and latitude.
fn tile_z14() -> (u32, u32) {
    let t = Transformer::new(&Crs::epsg(25832), &Crs::epsg(4326)).expect("transformer");
    let (mut xs, mut ys) = ([681_000.0], [5_644_000.0]);
    t.transform_coords(&mut xs, &mut ys).expect("transform");
    let (lon, lat) = (xs[0], ys[0]);
    let n = f64::from(1u32 << 14);
    let x = ((lon + 180.0) / 360.0 * n).floor();
    let lat_r = lat.to_radians();
    let y =
        ((1.0 - (lat_r.tan() + 1.0 / lat_r.cos()).ln() / std::f64::consts::PI) / 2.0 * n).floor();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    (x as u32, y as u32)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_layer_leaves_the_cached_tiles_and_tags_of_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("p");
    let mut p = Project::init(&root, &Crs::epsg(25832), Some("t")).expect("init");
    p.write_layer(
        "bus",
        &stops("Bus", 681_000.0, 4),
        LayerEntry::new(LayerKind::Vector),
        false,
    )
    .expect("write bus");
    p.write_layer(
        "tram",
        &stops("Tram", 681_010.0, 3),
        LayerEntry::new(LayerKind::Vector),
        false,
    )
    .expect("write tram");
    let st = AppState::from_project(
        &Project::open(&root).expect("open"),
        ServerConfig::default(),
    )
    .expect("state");
    let live = Live::new(Arc::new(st));
    let watcher = live.watch(Duration::from_millis(100));
    let (x, y) = tile_z14();
    let tile = |list: &str| format!("/tiles/{list}/14/{x}/{y}.mvt");
    let hits = |live: &Live| live.state().metrics.tile_cache_hits.load(Ordering::Relaxed);

    // Three tiles cut and cached; asked again, all three come from the cache.
    let mut tags = std::collections::BTreeMap::new();
    for list in ["bus", "tram", "bus,tram"] {
        let (s, h, body) = get(&live, &tile(list), None).await;
        assert_eq!(s, StatusCode::OK, "{list}");
        assert!(!body.is_empty(), "{list}: the tile holds the stops");
        tags.insert(list, etag(&h));
    }
    let h0 = hits(&live);
    for list in ["bus", "tram", "bus,tram"] {
        let (_, h, _) = get(&live, &tile(list), None).await;
        assert_eq!(etag(&h), tags[list], "{list}");
    }
    assert_eq!(hits(&live), h0 + 3);

    // Items: the same page twice is the same bytes (the time stamp is the version's), so its
    // entity tag holds and a conditional request is answered with 304.
    let items = "/ogc/collections/tram/items?limit=10";
    let (s, h1, b1) = get(&live, items, None).await;
    assert_eq!(s, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let (_, h2, b2) = get(&live, items, None).await;
    assert_eq!(b1, b2, "a page of one layer version is the same bytes");
    let tram_tag = etag(&h1);
    assert!(!tram_tag.is_empty());
    assert_eq!(etag(&h2), tram_tag);
    assert!(h1.contains_key(header::LAST_MODIFIED));
    assert_eq!(
        get(&live, items, Some(&tram_tag)).await.0,
        StatusCode::NOT_MODIFIED
    );
    let page: serde_json::Value = serde_json::from_slice(&b1).expect("json");
    let (_, _, c) = get(&live, "/ogc/collections/tram", None).await;
    let coll: serde_json::Value = serde_json::from_slice(&c).expect("json");
    assert_eq!(page["timeStamp"], coll["updated"], "{page} {coll}");
    let (_, _, c) = get(&live, "/ogc/collections/bus", None).await;
    let bus_updated = serde_json::from_slice::<serde_json::Value>(&c).expect("json")["updated"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let bus_items = "/ogc/collections/bus/items?limit=10";
    let bus_items_tag = etag(&get(&live, bus_items, None).await.1);

    // A new version of bus, a second later (the times have whole seconds).
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let reloads = live.state().metrics.reloads.load(Ordering::Relaxed);
    let mut p = Project::open(&root).expect("open");
    let e = p.entry("bus").expect("bus").clone();
    p.write_layer("bus", &stops("Bus", 681_000.0, 7), e, true)
        .expect("replace bus");
    for _ in 0..200 {
        if live.state().metrics.reloads.load(Ordering::Relaxed) > reloads {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        live.state().metrics.reloads.load(Ordering::Relaxed) > reloads,
        "guard: no reload within 10 s"
    );

    // tram's tile is still cached with its tag; bus and the pair are cut again, new tags.
    let h1 = hits(&live);
    let (_, h, _) = get(&live, &tile("tram"), None).await;
    assert_eq!(etag(&h), tags["tram"]);
    assert_eq!(hits(&live), h1 + 1, "tram's tile came from the cache");
    for list in ["bus", "bus,tram"] {
        let (s, h, _) = get(&live, &tile(list), None).await;
        assert_eq!(s, StatusCode::OK);
        assert_ne!(etag(&h), tags[list], "{list}: the tile shows the new stops");
    }
    assert_eq!(
        hits(&live),
        h1 + 1,
        "bus tiles were not answered from the cache"
    );

    // tram's items keep their tag (304), bus's page and time stamp follow the new version.
    assert_eq!(
        get(&live, items, Some(&tram_tag)).await.0,
        StatusCode::NOT_MODIFIED
    );
    let (s, h, b) = get(&live, bus_items, Some(&bus_items_tag)).await;
    assert_eq!(s, StatusCode::OK, "the old tag of bus no longer matches");
    assert_ne!(etag(&h), bus_items_tag);
    let page: serde_json::Value = serde_json::from_slice(&b).expect("json");
    assert_eq!(page["numberMatched"], 7);
    let stamp = page["timeStamp"].as_str().unwrap_or_default();
    assert!(stamp > bus_updated.as_str(), "{stamp} after {bus_updated}");
    watcher.abort();
}
