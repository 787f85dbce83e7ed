//! The OGC HTML pages: one language per page (German by default, English on `?lang=en` or
//! `Accept-Language`), names first, a small SVG map, no coordinates of the data; layer titles
//! in the collections and the served styles.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use saale_crs::Crs;
use saale_model::geo_types::polygon;
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_store::{LayerEntry, LayerKind};
use saale_tile_server::{router, AppState, ServerConfig};
use tower::ServiceExt;

/// The corners of the districts (EPSG:25832): x0 + 100 i, y0.
const X0: f64 = 681_234.5;
const Y0: f64 = 5_644_321.25;

/// Two districts with a title and description, the name field after two others; one layer
/// without a title (its name is the title).
fn state() -> Arc<AppState> {
    let mut st = AppState::new("test", Crs::epsg(25832), ServerConfig::default());
    let schema = Schema::from_fields(
        [
            ("gid", FieldType::Int),
            ("area", FieldType::Float),
            ("statbez_name", FieldType::String),
        ]
        .iter()
        .map(|(n, t)| Field {
            name: (*n).into(),
            ty: *t,
        }),
    );
    let features = (0u8..2)
        .map(|i| {
            let x = X0 + f64::from(i) * 100.0;
            Feature {
                geometry: Some(Geometry::Polygon(polygon![(x: x, y: Y0),
                    (x: x + 100.0, y: Y0), (x: x + 100.0, y: Y0 + 100.0), (x: x, y: Y0 + 100.0)])),
                values: vec![
                    Value::Int(i64::from(i) + 7),
                    Value::Float(10_000.0),
                    Value::from(format!("Bezirk {}", ["Nord", "Süd"][usize::from(i)])),
                ],
            }
        })
        .collect();
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.title = Some("Statistische Bezirke".into());
    e.description = Some("Die Bezirke der Statistik".into());
    e.geometry_types.insert("Polygon".into(), 2);
    st.add_layer("statbez", e, Layer { schema, features })
        .expect("statbez");
    Arc::new(st)
}

async fn get(st: &Arc<AppState>, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
    let mut req = Request::builder().uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let r = router(Arc::clone(st))
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let status = r.status();
    let body = r.into_body().collect().await.expect("body").to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

const PAGES: [&str; 4] = [
    "/ogc/collections?f=html",
    "/ogc/collections/statbez?f=html",
    "/ogc/collections/statbez/items?f=html",
    "/ogc/collections/statbez/items/2?f=html",
];

#[tokio::test]
async fn ogc_pages_are_german_by_default_and_english_on_request() {
    let st = state();
    for p in PAGES {
        let (s, de) = get(&st, p, &[]).await;
        assert_eq!(s, StatusCode::OK, "{p}");
        assert!(de.contains("<html lang=\"de\">"), "{p}: {de}");
        assert!(de.contains(">Karte</a>") && !de.contains(">Map</a>"), "{p}");
        let (_, en) = get(&st, &format!("{p}&lang=en"), &[]).await;
        assert!(en.contains("<html lang=\"en\">"), "{p}: {en}");
        assert!(en.contains(">Map</a>") && !en.contains(">Karte</a>"), "{p}");
        let (_, en2) = get(&st, p, &[("accept-language", "en-GB,en;q=0.9,de;q=0.5")]).await;
        assert_eq!(en, en2, "{p}: Accept-Language en");
        let (_, de2) = get(&st, p, &[("accept-language", "de-DE,en;q=0.5")]).await;
        assert_eq!(de, de2, "{p}: Accept-Language de");
    }
    // The words of the page follow the language, too.
    let (_, de) = get(&st, PAGES[2], &[]).await;
    assert!(
        de.contains("2 von 2 Objekten") && !de.contains(" of "),
        "{de}"
    );
    let (_, en) = get(&st, &format!("{}&lang=en", PAGES[2]), &[]).await;
    assert!(
        en.contains("2 of 2 features") && !en.contains("Objekten"),
        "{en}"
    );
    // Links keep English.
    assert!(en.contains("/ogc/collections/statbez/items/1?f=html&amp;lang=en"));
}

#[tokio::test]
async fn ogc_pages_show_names_first_a_map_and_no_coordinates() {
    let st = state();
    for p in PAGES {
        let (_, html) = get(&st, p, &[]).await;
        // No coordinates of the data: neither the working CRS (metres) nor lon/lat.
        for c in ["681234", "681334", "5644321", "5644421", "11.5", "50.9"] {
            assert!(!html.contains(c), "{p} holds the coordinate {c}: {html}");
        }
        assert!(
            !html.contains("POLYGON") && !html.contains("coordinates"),
            "{p}"
        );
    }
    // Items: the map of the page, the name column first (a link), then the number and fields.
    let (_, items) = get(&st, PAGES[2], &[]).await;
    assert!(
        items.contains("<svg class=\"feature-map\" role=\"img\""),
        "{items}"
    );
    let head = items.split("<thead>").nth(1).expect("thead");
    let cols: Vec<&str> = head
        .split("<th scope=\"col\">")
        .skip(1)
        .map(|c| c.split('<').next().unwrap_or(""))
        .collect();
    assert_eq!(cols, ["Name", "Nr.", "gid", "area"]);
    assert!(items.contains(
        "<th scope=\"row\"><a href=\"/ogc/collections/statbez/items/1?f=html\">Bezirk Nord</a></th><td>1</td><td>7</td>"
    ));
    // Item: the name is the heading, the first row the name field; a map of the feature.
    let (_, item) = get(&st, PAGES[3], &[]).await;
    assert!(item.contains("<h1>Bezirk Süd</h1>"), "{item}");
    let first_row = item.split("<tr>").nth(1).expect("row");
    assert!(
        first_row.starts_with("<th scope=\"row\">statbez_name</th>"),
        "{item}"
    );
    // The 100 m square alone: 204 units high in the 320 x 220 drawing (margin 8), centred.
    assert!(
        item.contains("<path d=\"M58.0 212.0L262.0 212.0L262.0 8.0L58.0 8.0"),
        "{item}"
    );
}

#[tokio::test]
async fn collections_carry_the_layer_title_and_description() {
    let st = state();
    let (_, j) = get(&st, "/ogc/collections", &[]).await;
    let j: serde_json::Value = serde_json::from_str(&j).expect("json");
    let c = &j["collections"][0];
    assert_eq!(c["id"], "statbez");
    assert_eq!(c["title"], "Statistische Bezirke");
    assert!(c["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("Die Bezirke der Statistik (2 features")));
    let (_, html) = get(&st, PAGES[0], &[]).await;
    assert!(html.contains(
        "<a href=\"/ogc/collections/statbez?f=html\">Statistische Bezirke</a>: Die Bezirke der Statistik"
    ));
    let (_, html) = get(&st, PAGES[1], &[]).await;
    assert!(html.contains("<h1>Statistische Bezirke</h1>"));
    // The served style names the layers it draws by their titles (for the layer switcher).
    let (s, style) = get(
        &st,
        "/styles/districts.json",
        &[(header::HOST.as_str(), "x")],
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let style: serde_json::Value = serde_json::from_str(&style).expect("style");
    assert_eq!(
        style["metadata"]["saale:layers"]["statbez"]["title"],
        "Statistische Bezirke"
    );
    assert!(style["metadata"]["saale:layers"].get("ortsteile").is_none());
}
