//! Every route through `Router::oneshot`: status codes, 304s, bad tile addresses, unknown
//! layers, CRS handling, paging, filters, and that internal data never reaches public routes.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use geozero::mvt::{Message, Tile};
use http_body_util::BodyExt;
use saale_crs::Crs;
use saale_model::geo_types::{point, polygon};
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_store::{LayerEntry, LayerKind};
use saale_tile_server::{router, AppState, ServerConfig};
use tower::ServiceExt;

const TOKEN: &str = "s3cret-token";

fn sha(s: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn schema(names: &[(&str, FieldType)]) -> Schema {
    Schema::from_fields(names.iter().map(|(n, t)| Field {
        name: (*n).into(),
        ty: *t,
    }))
}

/// Three parcels in Jena (EPSG:25832) with an internal owner note, 50 points, an internal layer.
fn state(max_concurrency: usize) -> Arc<AppState> {
    let mut st = AppState::new(
        "test",
        Crs::epsg(25832),
        ServerConfig {
            internal_token_sha256: Some(sha(TOKEN)),
            max_limit: 20,
            max_concurrency,
            ..ServerConfig::default()
        },
    );
    let (x0, y0) = (681_000.0, 5_644_000.0);
    let parcels = Layer {
        schema: schema(&[
            ("name", FieldType::String),
            ("area", FieldType::Float),
            ("owner_note", FieldType::String),
        ]),
        features: (0..3)
            .map(|i| {
                let x = x0 + f64::from(i) * 100.0;
                Feature {
                    geometry: Some(Geometry::Polygon(polygon![(x: x, y: y0),
                        (x: x + 100.0, y: y0), (x: x + 100.0, y: y0 + 100.0), (x: x, y: y0 + 100.0)])),
                    values: vec![
                        Value::from(format!("Flurstück {i}")),
                        Value::Float(10_000.0),
                        Value::from(format!("Eigentümer {i}")),
                    ],
                }
            })
            .collect(),
    };
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.access.internal_fields = vec!["owner_note".into()];
    e.licence = "dl-de/by-2.0".into();
    e.geometry_types.insert("Polygon".into(), 3);
    st.add_layer("parcels", e, parcels).expect("parcels");
    let pois = Layer {
        schema: schema(&[("name", FieldType::String), ("kind", FieldType::String)]),
        features: (0..50)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: x0 + 5.0 + f64::from(i) * 6.0, y: y0 + 50.0),
                )),
                values: vec![
                    Value::from(format!("POI {i}")),
                    Value::from(if i % 2 == 0 { "school" } else { "cafe" }.to_string()),
                ],
            })
            .collect(),
    };
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.geometry_types.insert("Point".into(), 50);
    st.add_layer("pois", e, pois).expect("pois");
    let secret = Layer {
        schema: schema(&[("name", FieldType::String)]),
        features: vec![Feature {
            geometry: Some(Geometry::Point(point!(x: x0 + 10.0, y: y0 + 10.0))),
            values: vec![Value::from("geheim".to_string())],
        }],
    };
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.access.level = saale_privacy::Level::Internal;
    st.add_layer("secret", e, secret).expect("secret");
    let mut personal = LayerEntry::new(LayerKind::Vector);
    personal.access.level = saale_privacy::Level::Personal;
    assert!(st.add_layer("owners", personal, Layer::default()).is_err());
    Arc::new(st)
}

struct Resp {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("json body")
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

async fn get(st: &Arc<AppState>, uri: &str, headers: &[(&str, &str)]) -> Resp {
    let mut req = Request::builder().uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = router(Arc::clone(st))
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = r.status();
    let headers = r.headers().clone();
    let body = r
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Resp {
        status,
        headers,
        body,
    }
}

/// Tile of zoom `z` containing a point given in EPSG:25832.
fn tile_of(x: f64, y: f64, z: u8) -> (u32, u32) {
    let t = saale_crs::Transformer::new(&Crs::epsg(25832), &Crs::epsg(3857)).expect("tr");
    let mut xs = [x];
    let mut ys = [y];
    t.transform_coords(&mut xs, &mut ys).expect("transform");
    let o = saale_tiles::tms::ORIGIN_SHIFT;
    let n = f64::from(1u32 << z);
    (
        ((xs[0] + o) / (2.0 * o) * n).floor() as u32,
        ((o - ys[0]) / (2.0 * o) * n).floor() as u32,
    )
}

#[tokio::test]
async fn health_metrics_landing_conformance_api() {
    let st = state(64);
    let r = get(&st, "/health", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    // The public learns only of the public layers (the internal 'secret' is not counted).
    assert_eq!(r.json()["layers"], 2);
    let auth = format!("Bearer {TOKEN}");
    let r = get(&st, "/health", &[("authorization", &auth)]).await;
    assert_eq!(r.json()["layers"], 3);
    let r = get(&st, "/ogc", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    let rels: Vec<String> = r.json()["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| l["rel"].as_str().unwrap_or_default().to_string())
        .collect();
    for rel in ["self", "service-desc", "conformance", "data"] {
        assert!(rels.iter().any(|r| r == rel), "landing page lacks {rel}");
    }
    let r = get(&st, "/ogc/conformance", &[]).await;
    let c = r.json()["conformsTo"].to_string();
    assert!(c.contains("ogcapi-features-1/1.0/conf/core"));
    assert!(c.contains("ogcapi-features-2/1.0/conf/crs"));
    assert!(
        get(&st, "/ogc/api", &[]).await.json()["paths"]["/collections/{collectionId}/items"]
            .is_object()
    );
    let html = get(&st, "/ogc", &[("accept", "text/html")]).await;
    assert!(html.text().contains("<h1>saale: test</h1>"));
    assert_eq!(
        get(&st, "/ogc?f=xml", &[]).await.status,
        StatusCode::BAD_REQUEST
    );
    let m = get(&st, "/metrics", &[]).await.text();
    assert!(
        m.contains("saale_http_requests_total{route=\"/ogc\",status=\"200\"}"),
        "{m}"
    );
    assert!(m.contains("# TYPE saale_tiles_rendered_total counter"));
    assert_eq!(get(&st, "/nope", &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn collections_hide_internal_layers_and_attributes() {
    let st = state(64);
    let r = get(&st, "/ogc/collections", &[]).await;
    let ids: Vec<String> = r.json()["collections"]
        .as_array()
        .expect("collections")
        .iter()
        .map(|c| c["id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(ids, vec!["parcels", "pois"]);
    assert_eq!(
        get(&st, "/ogc/collections/secret", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&st, "/ogc/collections/secret/items", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&st, "/tiles/secret.json", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    // Public items have no owner_note, and a filter on it is refused.
    let r = get(&st, "/ogc/collections/parcels/items", &[]).await;
    assert!(!r.text().contains("owner_note") && !r.text().contains("Eigentümer"));
    assert_eq!(
        get(&st, "/ogc/collections/parcels/items?owner_note=x", &[])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let html = get(&st, "/ogc/collections/parcels/items?f=html", &[]).await;
    assert!(!html.text().contains("Eigentümer"));
    assert!(get(&st, "/search?q=geheim", &[]).await.json()["results"]
        .as_array()
        .is_some_and(Vec::is_empty));
    // Tiles: the public tile has no owner_note key.
    let (x, y) = tile_of(681_150.0, 5_644_050.0, 15);
    let t = get(&st, &format!("/tiles/parcels/15/{x}/{y}.mvt"), &[]).await;
    assert_eq!(t.status, StatusCode::OK);
    let tile = Tile::decode(t.body.as_slice()).expect("mvt");
    assert_eq!(tile.layers[0].keys, vec!["name", "area"]);
    assert!(!t.text().contains("Eigentümer"));
    // Style: the internal layer's source would be dropped; the public one made absolute.
    let s = get(&st, "/styles/stadtplan.json", &[("host", "example.org")]).await;
    assert_eq!(s.status, StatusCode::OK);
    assert!(s.json()["sources"]
        .as_object()
        .is_some_and(serde_json::Map::is_empty));
}

#[tokio::test]
async fn internal_view_needs_the_token() {
    let st = state(64);
    let auth = format!("Bearer {TOKEN}");
    let r = get(&st, "/ogc/collections", &[("authorization", &auth)]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["collections"].as_array().map(Vec::len), Some(3));
    assert!(r.headers[header::CACHE_CONTROL]
        .to_str()
        .unwrap_or_default()
        .starts_with("private"));
    let r = get(
        &st,
        "/ogc/collections/parcels/items?owner_note=Eigent%C3%BCmer%201",
        &[("authorization", &auth)],
    )
    .await;
    assert_eq!(r.json()["numberMatched"], 1);
    assert_eq!(
        r.json()["features"][0]["properties"]["owner_note"],
        "Eigentümer 1"
    );
    let bad = get(
        &st,
        "/ogc/collections",
        &[("authorization", "Bearer wrong")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert!(bad.headers.contains_key(header::WWW_AUTHENTICATE));
    // The scheme is case-insensitive; another scheme or an empty token is refused, not
    // taken as the public view.
    let lower = format!("bearer {TOKEN}");
    let r = get(&st, "/ogc/collections", &[("authorization", &lower)]).await;
    assert_eq!(r.json()["collections"].as_array().map(Vec::len), Some(3));
    for other in ["Basic dXNlcjpwdw==", "Bearer", "Bearer ", "token"] {
        let r = get(&st, "/ogc/collections", &[("authorization", other)]).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{other}");
    }
    // An offset near 2^64 neither wraps nor fails.
    let r = get(
        &st,
        "/ogc/collections/parcels/items?f=html&offset=18446744073709551615",
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    // Internal tile has the internal key; the cache keeps the views apart.
    let (x, y) = tile_of(681_150.0, 5_644_050.0, 15);
    let uri = format!("/tiles/parcels/15/{x}/{y}.mvt");
    let t = get(&st, &uri, &[("authorization", &auth)]).await;
    let tile = Tile::decode(t.body.as_slice()).expect("mvt");
    assert_eq!(tile.layers[0].keys, vec!["name", "area", "owner_note"]);
    let t = get(&st, &uri, &[]).await;
    assert!(!t.text().contains("Eigentümer"));
}

#[tokio::test]
async fn items_paging_filters_bbox_and_crs() {
    let st = state(64);
    // limit is clamped to max_limit (20); next links walk all 50.
    let mut uri = "/ogc/collections/pois/items?limit=500".to_string();
    let mut seen = 0;
    let mut pages = 0;
    loop {
        let r = get(&st, &uri, &[("host", "h")]).await;
        assert_eq!(r.status, StatusCode::OK);
        let j = r.json();
        assert_eq!(j["numberMatched"], 50);
        seen += j["numberReturned"].as_u64().unwrap_or(0);
        pages += 1;
        let next = j["links"]
            .as_array()
            .and_then(|l| l.iter().find(|l| l["rel"] == "next"))
            .and_then(|l| l["href"].as_str())
            .map(|h| h.trim_start_matches("http://h").to_string());
        match next {
            Some(n) => uri = n,
            None => break,
        }
    }
    assert_eq!((seen, pages), (50, 3));
    // Property filter.
    let r = get(
        &st,
        "/ogc/collections/pois/items?kind=school&limit=100",
        &[],
    )
    .await;
    assert_eq!(r.json()["numberMatched"], 25);
    // Native CRS: coordinates come back exactly; EPSG:4326 is lat/lon, CRS84 lon/lat.
    let r = get(
        &st,
        "/ogc/collections/pois/items/1?crs=http://www.opengis.net/def/crs/EPSG/0/25832",
        &[],
    )
    .await;
    assert_eq!(
        r.headers["content-crs"],
        "<http://www.opengis.net/def/crs/EPSG/0/25832>"
    );
    let c = &r.json()["geometry"]["coordinates"];
    assert!((c[0].as_f64().unwrap_or(0.0) - 681_005.0).abs() < 1e-6);
    assert!((c[1].as_f64().unwrap_or(0.0) - 5_644_050.0).abs() < 1e-6);
    let lonlat = get(&st, "/ogc/collections/pois/items/1", &[]).await.json();
    let latlon = get(
        &st,
        "/ogc/collections/pois/items/1?crs=http://www.opengis.net/def/crs/EPSG/0/4326",
        &[],
    )
    .await
    .json();
    let (lon, lat) = (
        lonlat["geometry"]["coordinates"][0].as_f64().unwrap_or(0.0),
        lonlat["geometry"]["coordinates"][1].as_f64().unwrap_or(0.0),
    );
    assert!(
        (lon - 11.57).abs() < 0.05 && (lat - 50.92).abs() < 0.05,
        "{lon} {lat}"
    );
    assert_eq!(latlon["geometry"]["coordinates"][0].as_f64(), Some(lat));
    assert_eq!(latlon["geometry"]["coordinates"][1].as_f64(), Some(lon));
    // Web Mercator output.
    let r = get(
        &st,
        "/ogc/collections/pois/items/1?crs=http://www.opengis.net/def/crs/EPSG/0/3857",
        &[],
    )
    .await;
    let x = r.json()["geometry"]["coordinates"][0]
        .as_f64()
        .unwrap_or(0.0);
    assert!((x - lon.to_radians() * 6_378_137.0).abs() < 1e-3);
    // bbox in the native CRS around the first 10 points (x 681005..681059).
    let r = get(
        &st,
        "/ogc/collections/pois/items?limit=20&bbox=681000,5644000,681060,5644100&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/25832",
        &[],
    )
    .await;
    assert_eq!(r.json()["numberMatched"], 10);
    // The same box in CRS84 (from the first and tenth point's coordinates) finds the same.
    let p10 = get(&st, "/ogc/collections/pois/items/10", &[]).await.json();
    let lon10 = p10["geometry"]["coordinates"][0].as_f64().unwrap_or(0.0);
    let r = get(
        &st,
        &format!(
            "/ogc/collections/pois/items?bbox={},{},{},{}",
            lon - 1e-6,
            lat - 1e-4,
            lon10 + 1e-6,
            lat + 1e-4
        ),
        &[],
    )
    .await;
    assert_eq!(r.json()["numberMatched"], 10);
    for bad in [
        "/ogc/collections/pois/items?limit=0",
        "/ogc/collections/pois/items?limit=x",
        "/ogc/collections/pois/items?offset=-1",
        "/ogc/collections/pois/items?bbox=1,2,3",
        "/ogc/collections/pois/items?bbox=1,2,3,nan",
        "/ogc/collections/pois/items?crs=EPSG:999999",
        "/ogc/collections/pois/items?bbox-crs=EPSG:4326",
        "/ogc/collections/pois/items?colour=red",
        "/ogc/collections/..%2Fetc/items",
    ] {
        let s = get(&st, bad, &[]).await.status;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
    }
    assert_eq!(
        get(&st, "/ogc/collections/pois/items/51", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&st, "/ogc/collections/pois/items/0", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn tiles_etags_gzip_and_bad_addresses() {
    let st = state(64);
    let (x, y) = tile_of(681_150.0, 5_644_050.0, 16);
    let uri = format!("/tiles/parcels,pois/16/{x}/{y}.mvt");
    let r = get(&st, &uri, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.headers[header::CONTENT_TYPE],
        "application/vnd.mapbox-vector-tile"
    );
    let tile = Tile::decode(r.body.as_slice()).expect("mvt");
    let names: Vec<&str> = tile.layers.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, vec!["parcels", "pois"]);
    assert_eq!(tile.layers[0].features.len(), 3);
    assert_eq!(tile.layers[1].features.len(), 50);
    let tag = r.headers[header::ETAG].to_str().expect("etag").to_string();
    let again = get(&st, &uri, &[("if-none-match", &tag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    // gzip passes the pre-compressed bytes with their own tag.
    let gz = get(&st, &uri, &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.headers[header::CONTENT_ENCODING], "gzip");
    assert_ne!(gz.headers[header::ETAG], tag.as_str());
    let mut raw = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz.body[..]), &mut raw)
        .expect("gunzip");
    assert_eq!(raw, r.body);
    // Points start at zoom 10 and 100 m parcels are below a pixel at zoom 9: empty (204).
    let (x9, y9) = tile_of(681_150.0, 5_644_050.0, 9);
    let t9 = get(&st, &format!("/tiles/parcels,pois/9/{x9}/{y9}.mvt"), &[]).await;
    assert_eq!(t9.status, StatusCode::NO_CONTENT);
    let (x13, y13) = tile_of(681_150.0, 5_644_050.0, 13);
    let t13 = get(&st, &format!("/tiles/parcels,pois/13/{x13}/{y13}.mvt"), &[]).await;
    let t13 = Tile::decode(t13.body.as_slice()).expect("mvt");
    assert_eq!(t13.layers.len(), 2);
    // Empty tile: 204.
    assert_eq!(
        get(&st, "/tiles/parcels/3/0/0.mvt", &[]).await.status,
        StatusCode::NO_CONTENT
    );
    // OGC API Tiles answers the same tile (row/col order).
    let o = get(
        &st,
        &format!("/ogc/collections/pois/tiles/WebMercatorQuad/16/{y}/{x}"),
        &[],
    )
    .await;
    assert_eq!(
        Tile::decode(o.body.as_slice()).expect("mvt").layers[0]
            .features
            .len(),
        50
    );
    for (bad, want) in [
        ("/tiles/parcels/25/0/0.mvt", StatusCode::BAD_REQUEST),
        ("/tiles/parcels/2/4/0.mvt", StatusCode::BAD_REQUEST),
        ("/tiles/parcels/2/0/-1.mvt", StatusCode::BAD_REQUEST),
        ("/tiles/parcels/a/b/c.mvt", StatusCode::BAD_REQUEST),
        ("/tiles/nope/1/0/0.mvt", StatusCode::NOT_FOUND),
        ("/tiles/..%2F..%2Fetc/1/0/0.mvt", StatusCode::BAD_REQUEST),
        ("/tiles/parcels,secret/1/0/0.mvt", StatusCode::NOT_FOUND),
        (
            "/ogc/collections/pois/tiles/WebMercatorQuad/30/0/0",
            StatusCode::BAD_REQUEST,
        ),
    ] {
        assert_eq!(get(&st, bad, &[]).await.status, want, "{bad}");
    }
    // TileJSON 3.0.
    let tj = get(
        &st,
        "/tiles/parcels,pois.json",
        &[("host", "example.org:8080")],
    )
    .await;
    let j = tj.json();
    assert_eq!(j["tilejson"], "3.0.0");
    assert_eq!(
        j["tiles"][0],
        "http://example.org:8080/tiles/parcels,pois/{z}/{x}/{y}.mvt"
    );
    assert_eq!(j["vector_layers"][1]["id"], "pois");
    assert_eq!(j["vector_layers"][0]["fields"]["area"], "Number");
    assert!(j["vector_layers"][0]["fields"].get("owner_note").is_none());
    let m = get(&st, "/metrics", &[]).await.text();
    assert!(m.contains("saale_tile_cache_hits_total"));
    assert!(!m.contains("saale_tiles_rendered_total 0\n"), "{m}");
}

#[tokio::test]
async fn json_routes_have_etags_and_answer_304() {
    let st = state(64);
    for uri in [
        "/ogc/collections",
        "/ogc/collections/pois",
        "/ogc/collections/pois/items",
        "/tiles/pois.json",
        "/styles/stadtplan.json",
        "/ogc/tileMatrixSets/WebMercatorQuad",
        "/",
        "/vendor/maplibre-gl/maplibre-gl.js",
    ] {
        let r = get(&st, uri, &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        let tag = r.headers[header::ETAG].to_str().expect("etag").to_string();
        let again = get(&st, uri, &[("if-none-match", &tag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(r.headers.contains_key(header::CACHE_CONTROL));
    }
    // brotli for JSON when asked for.
    let r = get(
        &st,
        "/ogc/collections/pois/items?limit=20",
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(r.headers[header::CONTENT_ENCODING], "br");
    // CORS.
    let r = get(&st, "/ogc", &[("origin", "https://geoportal.example")]).await;
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    // The map page and its assets.
    let page = get(&st, "/", &[]).await.text();
    assert!(page.contains("/vendor/maplibre-gl/maplibre-gl.js") && page.contains("id=\"list\""));
    assert_eq!(get(&st, "/map.js", &[]).await.status, StatusCode::OK);
    assert_eq!(
        get(&st, "/vendor/maplibre-gl/../../etc", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let s = get(&st, "/search?q=poi%201", &[]).await.json();
    assert_eq!(s["results"].as_array().map(Vec::len), Some(11)); // POI 1, 10..19
    assert_eq!(
        get(&st, "/search?q=a", &[]).await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_is_shed_with_503_and_retry_after() {
    // One request at a time. A tile of 100,000 points over a 20 KB budget takes many encoding
    // rounds (far longer than the 50 ms head start); requests meanwhile are refused.
    let mut st = AppState::new(
        "load",
        Crs::epsg(25832),
        ServerConfig {
            max_concurrency: 1,
            tiles: saale_tiles::TileOptions {
                budget: 20_000,
                ..saale_tiles::TileOptions::default()
            },
            ..ServerConfig::default()
        },
    );
    let many = Layer {
        schema: schema(&[("name", FieldType::String)]),
        features: (0..100_000)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: 681_000.0 + f64::from(i % 300) * 3.0,
                    y: 5_644_000.0 + f64::from(i / 300) * 3.0),
                )),
                values: vec![Value::from(format!("p{i}"))],
            })
            .collect(),
    };
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.geometry_types.insert("Point".into(), 100_000);
    st.add_layer("many", e, many).expect("layer");
    let st = Arc::new(st);
    let (x, y) = tile_of(681_450.0, 5_644_500.0, 14);
    let app = router(Arc::clone(&st));
    let slow = tokio::spawn({
        let app = app.clone();
        async move {
            app.oneshot(
                Request::builder()
                    .uri(format!("/tiles/many/14/{x}/{y}.mvt"))
                    .body(Body::empty())
                    .expect("req"),
            )
            .await
            .expect("resp")
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let call = |uri: &'static str| {
        app.clone().oneshot(
            Request::builder()
                .uri(uri)
                .body(Body::empty())
                .expect("req"),
        )
    };
    let r = call("/ogc/collections").await.expect("resp");
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()[header::RETRY_AFTER], "1");
    // `/health` is never shed (tile-server/tests/hardening.rs).
    assert_eq!(
        call("/health").await.expect("resp").status(),
        StatusCode::OK
    );
    let done = slow.await.expect("join");
    assert_eq!(done.status(), StatusCode::OK);
    let m = get(&st, "/metrics", &[]).await.text();
    assert!(m.contains("saale_requests_shed_total 1"), "{m}");
    assert!(m.contains("saale_tiles_over_budget_total 1"), "{m}");
}

#[tokio::test]
async fn public_routes_suppress_small_counts() {
    let mut st = AppState::new(
        "privacy",
        Crs::epsg(25832),
        ServerConfig {
            internal_token_sha256: Some(sha(TOKEN)),
            ..ServerConfig::default()
        },
    );
    let (x0, y0) = (681_000.0, 5_644_000.0);
    let districts = Layer {
        schema: schema(&[("name", FieldType::String), ("hh", FieldType::Int)]),
        features: [2i64, 50, 4, 70]
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let x = x0 + i as f64 * 100.0;
                Feature {
                    geometry: Some(Geometry::Polygon(polygon![(x: x, y: y0),
                        (x: x + 100.0, y: y0), (x: x + 100.0, y: y0 + 100.0), (x: x, y: y0 + 100.0)])),
                    values: vec![Value::from(format!("D{i}")), Value::Int(*v)],
                }
            })
            .collect(),
    };
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.access.counts = vec!["hh".into()];
    e.geometry_types.insert("Polygon".into(), 4);
    st.add_layer("districts", e, districts).expect("layer");
    let st = Arc::new(st);
    let j = get(&st, "/ogc/collections/districts/items", &[])
        .await
        .json();
    let hh: Vec<serde_json::Value> = j["features"]
        .as_array()
        .expect("features")
        .iter()
        .map(|f| f["properties"]["hh"].clone())
        .collect();
    // 2 is below 3; 4 is the smallest other cell and goes too, so the total reveals nothing.
    assert_eq!(
        hh,
        vec![
            serde_json::Value::Null,
            50.into(),
            serde_json::Value::Null,
            70.into()
        ]
    );
    assert_eq!(j["features"][0]["properties"]["suppressed_fields"], "hh");
    assert_eq!(j["features"][1]["properties"]["suppressed_fields"], "");
    // Filters cannot probe suppressed values.
    let probe = get(&st, "/ogc/collections/districts/items?hh=2", &[])
        .await
        .json();
    assert_eq!(probe["numberMatched"], 0);
    // Tiles carry the protected values.
    let (x, y) = tile_of(681_200.0, 5_644_050.0, 15);
    let t = get(&st, &format!("/tiles/districts/15/{x}/{y}.mvt"), &[]).await;
    let tile = Tile::decode(t.body.as_slice()).expect("mvt");
    let l = &tile.layers[0];
    assert!(l.keys.contains(&"suppressed_fields".to_string()));
    let ints: Vec<i64> = l
        .values
        .iter()
        .filter_map(|v| v.sint_value.or(v.int_value))
        .collect();
    assert!(
        ints.contains(&50) && !ints.contains(&2) && !ints.contains(&4),
        "{ints:?}"
    );
    // The internal view sees the raw counts.
    let auth = format!("Bearer {TOKEN}");
    let j = get(
        &st,
        "/ogc/collections/districts/items",
        &[("authorization", &auth)],
    )
    .await
    .json();
    assert_eq!(j["features"][0]["properties"]["hh"], 2);
}

#[tokio::test]
async fn adv_tiles_in_epsg_25832() {
    use saale_tiles::tms::Adv25832;
    let st = state(64);
    // Level 12: a tile spans 256 x 4891.97 / 4096 = 305.75 m. The parcels (x 681,000..681,300,
    // y 5,644,000..5,644,100) in the tile that holds (681,150, 5,644,050).
    let (c, r) = Adv25832::tile_of(12, 681_150.0, 5_644_050.0);
    let t = get(
        &st,
        &format!("/tiles/DE_EPSG_25832_ADV/parcels/12/{c}/{r}.mvt"),
        &[],
    )
    .await;
    assert_eq!(t.status, StatusCode::OK);
    let tile = Tile::decode(t.body.as_slice()).expect("mvt");
    let l = &tile.layers[0];
    assert_eq!(l.name, "parcels");
    // Every vertex of the middle parcel (x 681,100..681,200, y 5,644,000..5,644,100), mapped
    // back from tile units with the grid's bounds, lies on that parcel (within a tile unit of
    // 7.5 cm; clipped vertices lie on the tile's buffer edge inside the parcel's box).
    let b = Adv25832::bounds(12, c, r).expect("bounds");
    let scale = 4096.0 / (b.max_x - b.min_x);
    let zz = |v: u32| ((v >> 1) as i32) ^ -((v & 1) as i32);
    let f = l
        .features
        .iter()
        .find(|f| {
            f.tags.chunks(2).any(|kv| {
                l.keys[kv[0] as usize] == "name"
                    && l.values[kv[1] as usize].string_value.as_deref() == Some("Flurstück 1")
            })
        })
        .expect("parcel 1");
    let g = &f.geometry;
    let (mut i, mut cx, mut cy, mut n) = (0, 0i32, 0i32, 0);
    while i < g.len() {
        let (cmd, count) = (g[i] & 7, (g[i] >> 3) as usize);
        i += 1;
        if cmd == 7 {
            continue;
        }
        for _ in 0..count {
            cx += zz(g[i]);
            cy += zz(g[i + 1]);
            i += 2;
            let (x, y) = (
                b.min_x + f64::from(cx) / scale,
                b.max_y - f64::from(cy) / scale,
            );
            let tol = 1.0 / scale;
            assert!((681_100.0 - tol..=681_200.0 + tol).contains(&x), "x {x}");
            assert!(
                (5_644_000.0 - tol..=5_644_100.0 + tol).contains(&y),
                "y {y}"
            );
            n += 1;
        }
    }
    assert!(n >= 4, "{n} vertices");
    let m = get(&st, "/ogc/tileMatrixSets/DE_EPSG_25832_ADV", &[])
        .await
        .json();
    assert_eq!(m["tileMatrices"][0]["cellSize"], 4891.96981025128);
    let ts = get(&st, "/ogc/collections/parcels/tiles", &[]).await.json();
    assert_eq!(ts["tilesets"].as_array().map(Vec::len), Some(2));
    let o = get(
        &st,
        &format!("/ogc/collections/parcels/tiles/DE_EPSG_25832_ADV/12/{r}/{c}"),
        &[],
    )
    .await;
    assert_eq!(o.body, t.body);
    assert_eq!(
        get(&st, "/tiles/DE_EPSG_25832_ADV/parcels/21/0/0.mvt", &[])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&st, "/tiles/DE_EPSG_25832_ADV/parcels/1/2/0.mvt", &[])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&st, "/tiles/DE_EPSG_25832_ADV/secret/12/0/0.mvt", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_route_answers() {
    let st = state(64);
    let (x, y) = tile_of(681_150.0, 5_644_050.0, 15);
    for (uri, ct) in [
        ("/", "text/html"),
        ("/map.js", "text/javascript"),
        ("/map.css", "text/css"),
        ("/vendor/maplibre-gl/maplibre-gl.js", "text/javascript"),
        ("/vendor/maplibre-gl/maplibre-gl.css", "text/css"),
        ("/vendor/maplibre-gl/LICENSE.txt", "text/plain"),
        ("/styles", "application/json"),
        ("/styles/stadtplan.json", "application/json"),
        ("/styles/plans.json", "application/json"),
        ("/search?q=POI", "application/json"),
        ("/health", "application/json"),
        ("/metrics", "text/plain"),
        ("/tiles", "application/json"),
        ("/tiles/parcels.json", "application/json"),
        ("/ogc", "application/json"),
        ("/ogc/", "application/json"),
        ("/ogc/api", "application/vnd.oai.openapi+json"),
        ("/ogc/conformance", "application/json"),
        ("/ogc/collections", "application/json"),
        ("/ogc/collections?f=html", "text/html"),
        ("/ogc/collections/parcels", "application/json"),
        ("/ogc/collections/parcels?f=html", "text/html"),
        ("/ogc/collections/parcels/items", "application/geo+json"),
        ("/ogc/collections/parcels/items?f=html", "text/html"),
        ("/ogc/collections/parcels/items/1", "application/geo+json"),
        ("/ogc/collections/parcels/items/1?f=html", "text/html"),
        ("/ogc/tileMatrixSets", "application/json"),
        ("/ogc/tileMatrixSets/WebMercatorQuad", "application/json"),
        ("/ogc/tileMatrixSets/DE_EPSG_25832_ADV", "application/json"),
        ("/ogc/collections/parcels/tiles", "application/json"),
        (
            "/ogc/collections/parcels/tiles/WebMercatorQuad",
            "application/json",
        ),
    ] {
        let r = get(&st, uri, &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        let got = r.headers[header::CONTENT_TYPE].to_str().unwrap_or_default();
        assert!(got.starts_with(ct), "{uri}: {got}");
    }
    let t = get(&st, &format!("/tiles/parcels/15/{x}/{y}.pbf"), &[]).await;
    assert_eq!(t.status, StatusCode::OK);
    let tiles = get(&st, "/tiles", &[]).await.json();
    let names: Vec<&str> = tiles["tilesets"]
        .as_array()
        .expect("tilesets")
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(names, vec!["parcels", "pois"]);
    let styles = get(&st, "/styles", &[]).await.json();
    // The six thematic styles and the Luftbild base map.
    assert_eq!(styles["styles"].as_array().map(Vec::len), Some(7));
    // A style keeps only the sources the project has: plans has none of its layers here.
    let plans = get(&st, "/styles/plans.json", &[]).await.json();
    assert!(plans["layers"].as_array().is_some_and(|l| l.len() == 1)); // background only
    assert_eq!(
        get(&st, "/styles/nope.json", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

/// Issue 14 item 14: a tile URL naming `landuse` 3,000 times took 47 s of CPU and 800 MB;
/// layer lists were neither de-duplicated nor bounded.
#[tokio::test]
async fn tile_layer_lists_are_deduplicated_and_bounded() {
    let st = state(64);
    let (x, y) = tile_of(681_150.0, 5_644_050.0, 16);
    let once = get(&st, &format!("/tiles/parcels,pois/16/{x}/{y}.mvt"), &[]).await;
    assert_eq!(once.status, StatusCode::OK);
    let many = vec!["parcels,pois"; 3_000].join(",");
    let r = get(&st, &format!("/tiles/{many}/16/{x}/{y}.mvt"), &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    // The same tile: two layers, the same bytes.
    assert_eq!(r.body, once.body);
    let tile = Tile::decode(r.body.as_slice()).expect("mvt");
    assert_eq!(tile.layers.len(), 2);
    let tj = get(&st, &format!("/tiles/{many}.json"), &[]).await.json();
    assert_eq!(tj["vector_layers"].as_array().map(Vec::len), Some(2));
    // More than 32 distinct names: a 400 that says so, before any layer is looked up.
    let names: Vec<String> = (0..33).map(|i| format!("l{i}")).collect();
    let r = get(
        &st,
        &format!("/tiles/{}/16/{x}/{y}.mvt", names.join(",")),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.json()["description"]
            .as_str()
            .is_some_and(|d| d.contains("at most 32 distinct layers")),
        "{}",
        r.text()
    );
    // 32 distinct names are looked up (and here unknown: 404).
    let r = get(
        &st,
        &format!("/tiles/{}/16/{x}/{y}.mvt", names[..32].join(",")),
        &[],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// Issue 14 item 15: items filtered, reprojected and serialised on the async workers with a
/// new PROJ transformer per request. Now they run on the query pool: saturated, it answers 503
/// with Retry-After while `/health` answers; transformers are reused; results are unchanged.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_run_on_the_query_pool_with_reused_transformers() {
    let st = state(64);
    let uri = "/ogc/collections/pois/items?limit=20&crs=http://www.opengis.net/def/crs/EPSG/0/3857";
    let first = get(&st, uri, &[]).await;
    assert_eq!(first.status, StatusCode::OK);
    let strip = |mut v: serde_json::Value| {
        v["timeStamp"] = serde_json::Value::Null;
        v
    };
    let want = strip(first.json());
    // The first point at (681,005, 5,644,050) in Web Mercator, against an independent
    // transformation.
    let t = saale_crs::Transformer::new(&Crs::epsg(25832), &Crs::epsg(3857)).expect("tr");
    let (mut xs, mut ys) = ([681_005.0], [5_644_050.0]);
    t.transform_coords(&mut xs, &mut ys).expect("transform");
    let c = &want["features"][0]["geometry"]["coordinates"];
    assert!((c[0].as_f64().expect("x") - xs[0]).abs() < 1e-6, "{c}");
    assert!((c[1].as_f64().expect("y") - ys[0]).abs() < 1e-6, "{c}");
    let created = |st: &Arc<AppState>| {
        st.metrics
            .transformers_created
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    for _ in 0..9 {
        let r = get(&st, uri, &[]).await;
        assert_eq!(strip(r.json()), want);
    }
    // Ten requests; each thread of the blocking pool makes its transformer once.
    let hits = st
        .metrics
        .transformer_hits
        .load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(hits + created(&st), 10);
    assert!(created(&st) < 10 && hits >= 1, "created {}", created(&st));
    // A saturated pool refuses at once with Retry-After; /health and tiles still answer.
    let full = st.queries.saturate().expect("saturate");
    for u in [uri, "/ogc/collections/pois/items/1", "/search?q=POI"] {
        let r = get(&st, u, &[]).await;
        assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{u}");
        assert_eq!(r.headers[header::RETRY_AFTER], "1");
    }
    assert_eq!(get(&st, "/health", &[]).await.status, StatusCode::OK);
    drop(full);
    assert_eq!(strip(get(&st, uri, &[]).await.json()), want);
}

/// schemathesis (scripts/server_robustness.sh) against the served OpenAPI document: it
/// declared `bbox` as an exploded array (`bbox=1&bbox=2...`, answered 400), CRSs as any URI,
/// `collectionId` and `datetime` as any string and `lang` as an enum, all unlike the server.
/// The document now says what the server accepts; each declared form is answered as declared.
#[tokio::test]
async fn openapi_document_declares_what_the_server_accepts() {
    let st = state(64);
    let api = get(&st, "/ogc/api", &[]).await.json();
    let items = &api["paths"]["/collections/{collectionId}/items"]["get"];
    let param = |name: &str| {
        items["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .find(|p| p["name"] == name)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(param("bbox")["explode"], false);
    assert_eq!(param("bbox")["style"], "form");
    let crs: Vec<String> = param("crs")["schema"]["enum"]
        .as_array()
        .expect("crs enum")
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    assert!(crs.contains(&"http://www.opengis.net/def/crs/OGC/1.3/CRS84".to_string()));
    assert_eq!(
        param("collectionId")["schema"]["pattern"],
        "^[A-Za-z0-9_-]{1,128}$"
    );
    assert!(param("datetime")["schema"]["pattern"].is_string());
    assert!(param("limit")["schema"].get("maximum").is_none());
    let tile = &api["paths"]
        ["/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}"]
        ["get"]["parameters"][1]["schema"];
    assert_eq!(tile["maximum"], u32::from(saale_tiles::MAX_ZOOM), "{tile}");
    for code in ["200", "400", "404", "503"] {
        assert!(items["responses"][code].is_object(), "{code}");
    }
    // Every declared CRS is accepted, a comma-separated bbox too, a datetime interval, f=geojson,
    // a limit above the maximum (served as the maximum) and any lang.
    for c in &crs {
        let enc = c.replace(':', "%3A").replace('/', "%2F");
        let r = get(
            &st,
            &format!("/ogc/collections/parcels/items?crs={enc}"),
            &[],
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{c}");
    }
    for q in [
        "bbox=11.5,50.9,11.7,51.0",
        "datetime=2024-05-01T00:00:00Z/..",
        "f=geojson",
        "limit=99999999",
        "lang=fr&f=html",
    ] {
        let r = get(&st, &format!("/ogc/collections/parcels/items?{q}"), &[]).await;
        assert_eq!(r.status, StatusCode::OK, "{q}");
    }
    // An id outside the pattern is a 400, one inside it that is not served a 404.
    assert_eq!(
        get(&st, "/ogc/collections/a%20b", &[]).await.status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&st, "/ogc/collections/nope", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

/// A 3D tileset directory with a `tileset.json` marked `access` and one GLB-named file.
fn tileset_dir(root: &std::path::Path, name: &str, access: &str) -> std::path::PathBuf {
    let d = root.join(name);
    std::fs::create_dir_all(d.join("tiles/0/0")).expect("dir");
    std::fs::write(
        d.join("tileset.json"),
        serde_json::json!({"asset": {"version": "1.1", "extras": {"saale": {"access": access}}},
            "geometricError": 100, "root": {"geometricError": 0,
            "boundingVolume": {"box": [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]},
            "content": {"uri": "tiles/0/0/0.glb"}}})
        .to_string(),
    )
    .expect("write");
    std::fs::write(d.join("tiles/0/0/0.glb"), b"glTF-not-really").expect("write");
    std::fs::write(d.join("secret.txt"), b"no").expect("write");
    d
}

#[tokio::test]
async fn tilesets3d_are_files_of_their_directory_and_internal_ones_need_the_token() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut st = Arc::try_unwrap(state(64)).ok().expect("sole owner");
    st.add_tileset3d("lod2", &tileset_dir(tmp.path(), "lod2", "public"))
        .expect("public tileset");
    st.add_tileset3d("intern", &tileset_dir(tmp.path(), "intern", "internal"))
        .expect("internal tileset");
    assert!(st
        .add_tileset3d("none", &tmp.path().join("missing"))
        .is_err());
    let st = Arc::new(st);
    let auth = format!("Bearer {TOKEN}");
    let r = get(&st, "/3dtiles/lod2/tileset.json", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(r.json()["asset"]["version"], "1.1");
    let etag = r.headers[header::ETAG].to_str().expect("etag").to_string();
    let r = get(
        &st,
        "/3dtiles/lod2/tileset.json",
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_MODIFIED);
    let r = get(&st, "/3dtiles/lod2/tiles/0/0/0.glb", &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers[header::CONTENT_TYPE], "model/gltf-binary");
    // Only tileset.json and GLBs below tiles/, no way out of the directory.
    for bad in [
        "/3dtiles/lod2/secret.txt",
        "/3dtiles/lod2/tiles/../secret.txt",
        "/3dtiles/lod2/tiles/..%2F..%2Fintern%2Ftileset.json",
        "/3dtiles/lod2/tiles/.hidden.glb",
        "/3dtiles/nope/tileset.json",
    ] {
        assert_eq!(
            get(&st, bad, &[]).await.status,
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
    // The internal tileset: absent from the public view, served with the token.
    assert_eq!(
        get(&st, "/3dtiles/intern/tileset.json", &[]).await.status,
        StatusCode::NOT_FOUND
    );
    let r = get(
        &st,
        "/3dtiles/intern/tileset.json",
        &[("authorization", &auth)],
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let names = |r: &Resp| -> Vec<String> {
        r.json()["tilesets"]
            .as_array()
            .expect("tilesets")
            .iter()
            .filter(|t| t["kind"] == "3dtiles")
            .map(|t| t["name"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(names(&get(&st, "/tiles", &[]).await), ["lod2"]);
    assert_eq!(
        names(&get(&st, "/tiles", &[("authorization", &auth)]).await),
        ["intern", "lod2"]
    );
    // Rebuilt as internal under the running server (`saale tiles 3d --allow-internal
    // --replace`): no longer public (regression: the mark was read once at start).
    std::thread::sleep(std::time::Duration::from_millis(50));
    tileset_dir(tmp.path(), "lod2", "internal");
    for path in [
        "/3dtiles/lod2/tileset.json",
        "/3dtiles/lod2/tiles/0/0/0.glb",
    ] {
        assert_eq!(
            get(&st, path, &[]).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
        let r = get(&st, path, &[("authorization", &auth)]).await;
        assert_eq!(r.status, StatusCode::OK, "{path}");
        assert!(r.headers[header::CACHE_CONTROL]
            .to_str()
            .unwrap_or_default()
            .starts_with("private"));
    }
}

/// Robustness run (scripts/server_robustness.sh): large bodies (items pages, the MapLibre
/// script) were gzip-compressed by the compression layer on the async workers, which then
/// could not answer `/health` within 100 ms under load (and brotli ran at quality 11). A body
/// above 256 KB is now compressed on the blocking pool: the same bytes after decoding, its own
/// entity tag, 304 on it, identity when gzip is refused.
#[tokio::test]
async fn large_bodies_are_gzipped_off_the_async_workers() {
    use std::io::Read as _;
    let st = state(64);
    let uri = "/vendor/maplibre-gl/maplibre-gl.js";
    let plain = get(&st, uri, &[]).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert!(plain.body.len() > 256 * 1024, "{}", plain.body.len());
    assert!(!plain.headers.contains_key(header::CONTENT_ENCODING));
    let tag = plain.headers[header::ETAG]
        .to_str()
        .expect("etag")
        .to_string();
    let gz = get(&st, uri, &[("accept-encoding", "gzip, deflate, br")]).await;
    assert_eq!(gz.headers[header::CONTENT_ENCODING], "gzip");
    assert!(gz
        .headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.contains("Accept-Encoding"))));
    let mut back = Vec::new();
    flate2::read::GzDecoder::new(gz.body.as_slice())
        .read_to_end(&mut back)
        .expect("valid gzip");
    assert_eq!(back, plain.body);
    assert!(gz.body.len() < plain.body.len() / 2, "{}", gz.body.len());
    let gz_tag = gz.headers[header::ETAG].to_str().expect("etag").to_string();
    assert_ne!(gz_tag, tag);
    let again = get(
        &st,
        uri,
        &[("accept-encoding", "gzip"), ("if-none-match", &gz_tag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    for refused in ["gzip;q=0", "gzip; q=0.0, identity", "identity"] {
        let r = get(&st, uri, &[("accept-encoding", refused)]).await;
        assert!(
            !r.headers.contains_key(header::CONTENT_ENCODING),
            "{refused}"
        );
        assert_eq!(r.body, plain.body, "{refused}");
    }
    let star = get(&st, uri, &[("accept-encoding", "*;q=0.5")]).await;
    assert_eq!(star.headers[header::CONTENT_ENCODING], "gzip");
    // Only brotli: the compression layer (quality 4) does it.
    let br = get(&st, uri, &[("accept-encoding", "br")]).await;
    assert_eq!(br.headers[header::CONTENT_ENCODING], "br");
    assert!(br.body.len() < plain.body.len() / 2);
}
