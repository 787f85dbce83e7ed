//! The public map (`/`), its script and stylesheet, the vendored MapLibre GL JS, the MapLibre
//! styles (`/styles/{name}.json`) and the search over names and addresses (`/search`).

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use saale_model::{Bbox, Value};

use crate::http::{base_url, View};
use crate::{json, ApiError, ApiResult, AppState};

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/map.js");
const APP_CSS: &str = include_str!("../assets/map.css");
const ML_JS: &[u8] = include_bytes!("../assets/vendor/maplibre-gl/maplibre-gl.js");
const ML_CSS: &[u8] = include_bytes!("../assets/vendor/maplibre-gl/maplibre-gl.css");
const ML_LICENSE: &[u8] = include_bytes!("../assets/vendor/maplibre-gl/LICENSE.txt");

/// The styles shipped with saale (`styles/` at the repository root).
pub const BUILTIN_STYLES: [(&str, &str); 7] = [
    ("stadtplan", include_str!("../../styles/stadtplan.json")),
    ("districts", include_str!("../../styles/districts.json")),
    ("landuse", include_str!("../../styles/landuse.json")),
    ("pois", include_str!("../../styles/pois.json")),
    ("buildings", include_str!("../../styles/buildings.json")),
    ("plans", include_str!("../../styles/plans.json")),
    ("luftbild", include_str!("../../styles/luftbild.json")),
];

fn asset(body: &'static [u8], ct: &'static str, max_age: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(max_age));
    r
}

/// `/`: the map page.
pub(crate) async fn index(State(st): State<Arc<AppState>>) -> Response {
    let title = st
        .name
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    Html(INDEX.replace("{{TITLE}}", &title)).into_response()
}

/// `/map.js`.
pub(crate) async fn app_js() -> Response {
    asset(
        APP_JS.as_bytes(),
        "text/javascript; charset=utf-8",
        "public, max-age=300",
    )
}

/// `/map.css`.
pub(crate) async fn app_css() -> Response {
    asset(
        APP_CSS.as_bytes(),
        "text/css; charset=utf-8",
        "public, max-age=300",
    )
}

/// `/vendor/maplibre-gl/{file}`: MapLibre GL JS (BSD-3-Clause, licence included).
pub(crate) async fn vendor(Path(file): Path<String>) -> Response {
    match file.as_str() {
        "maplibre-gl.js" => asset(
            ML_JS,
            "text/javascript; charset=utf-8",
            "public, max-age=86400",
        ),
        "maplibre-gl.css" => asset(ML_CSS, "text/css; charset=utf-8", "public, max-age=86400"),
        "LICENSE.txt" => asset(
            ML_LICENSE,
            "text/plain; charset=utf-8",
            "public, max-age=86400",
        ),
        _ => ApiError::not_found("no such file").into_response(),
    }
}

/// `/styles`: the style names.
pub(crate) async fn style_list(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let b = base_url(&headers);
    let list: Vec<serde_json::Value> = st
        .styles
        .iter()
        .map(|(n, v)| {
            serde_json::json!({"id": n, "name": v.get("name"), "url": format!("{b}/styles/{n}.json")})
        })
        .collect();
    json(&serde_json::json!({ "styles": list }), "application/json")
}

/// `/styles/{name}.json`: a style with absolute URLs, reduced to the layers this view may see.
pub(crate) async fn style(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    let Some(style) = st.styles.get(stem) else {
        return Err(ApiError::not_found(format!("no style '{stem}'")));
    };
    let b = base_url(&headers);
    let mut style = style.clone();
    let mut dropped: Vec<String> = Vec::new();
    if let Some(sources) = style.get_mut("sources").and_then(|s| s.as_object_mut()) {
        let mut keep = serde_json::Map::new();
        for (id, src) in sources.iter() {
            let url = src.get("url").and_then(|u| u.as_str()).unwrap_or("");
            let layer = url
                .strip_prefix("/tiles/")
                .and_then(|u| u.strip_suffix(".json"));
            let ok = match layer {
                Some(l) => {
                    l.split(',').all(|n| {
                        st.layer(n, view.internal).is_some()
                            || st.raster(n, view.internal).is_some()
                    }) || st.archive(l, view.internal).is_some()
                }
                None => true,
            };
            if ok {
                let mut s = src.clone();
                if url.starts_with('/') {
                    s["url"] = serde_json::Value::from(format!("{b}{url}"));
                }
                keep.insert(id.clone(), s);
            } else {
                dropped.push(id.clone());
            }
        }
        *sources = keep;
    }
    if let Some(layers) = style.get_mut("layers").and_then(|l| l.as_array_mut()) {
        layers.retain(|l| {
            l.get("source")
                .and_then(|s| s.as_str())
                .is_none_or(|s| !dropped.iter().any(|d| d == s))
        });
    }
    // Glyphs and sprite on this server: absolute URLs, as for the sources.
    for key in ["glyphs", "sprite"] {
        if let Some(u) = style.get(key).and_then(|u| u.as_str()) {
            if u.starts_with('/') {
                style[key] = serde_json::Value::from(format!("{b}{u}"));
            }
        }
    }
    let titles = layer_titles(&st, &style, view);
    if let Some(obj) = style.as_object_mut() {
        let meta = obj
            .entry("metadata")
            .or_insert_with(|| serde_json::json!({}));
        if let Some(m) = meta.as_object_mut() {
            m.insert("saale:layers".into(), titles);
        }
    }
    Ok(json(&style, "application/json"))
}

/// The titles and descriptions of the layers a style draws (`source-layer`s served in this
/// view), for the map's layer switcher and legend: `{"statbez": {"title": ..,
/// "description": ..}}`. Kept in the style's `metadata` (free for applications by the spec).
fn layer_titles(st: &AppState, style: &serde_json::Value, view: View) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    // Raster layers are named by their source (they have no source-layer).
    for (id, src) in style
        .get("sources")
        .and_then(|s| s.as_object())
        .into_iter()
        .flatten()
    {
        if src.get("type").and_then(|t| t.as_str()) != Some("raster") {
            continue;
        }
        if let Some(r) = st.raster(id, view.internal) {
            out.insert(
                id.clone(),
                serde_json::json!({
                    "title": r.entry.title_of(id),
                    "description": r.entry.description_of(id),
                }),
            );
        }
    }
    for l in style
        .get("layers")
        .and_then(|l| l.as_array())
        .into_iter()
        .flatten()
    {
        let Some(name) = l.get("source-layer").and_then(|s| s.as_str()) else {
            continue;
        };
        if let Some(sl) = st.layer(name, view.internal) {
            out.insert(
                name.to_string(),
                serde_json::json!({
                    "title": sl.entry.title_of(name),
                    "description": sl.entry.description_of(name),
                }),
            );
        }
    }
    serde_json::Value::Object(out)
}

/// Fields searched by `/search`: text fields whose name suggests a name or an address.
fn searchable(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "name",
        "address",
        "adresse",
        "street",
        "strasse",
        "straße",
        "bezeichnung",
        "label",
        "number",
    ]
    .iter()
    .any(|k| n.contains(k))
        && !n.ends_with("_id")
}

/// `/search?q=TEXT[&limit=N]`: features whose name or address contains the text (on the
/// query pool).
pub(crate) async fn search(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult {
    let text = q
        .get("q")
        .map(|s| s.trim().to_lowercase())
        .unwrap_or_default();
    if text.chars().count() < 2 {
        return Err(ApiError::bad("q must have at least two characters"));
    }
    crate::pool::run(&st, move |st| Ok(search_in(st, &text, &q, view))).await
}

/// The search itself: a plain function over the state.
fn search_in(st: &AppState, text: &str, q: &HashMap<String, String>, view: View) -> Response {
    let limit = q
        .get("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(20)
        .clamp(1, 100);
    let mut out = Vec::new();
    'layers: for l in st.visible(view.internal) {
        let data = l.view_data(view.internal);
        let fields: Vec<(usize, &str)> = data
            .schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(i, f)| searchable(&f.name) && l.field_visible(*i, view.internal))
            .map(|(i, f)| (i, f.name.as_str()))
            .collect();
        if fields.is_empty() {
            continue;
        }
        let tl = l.tiles(view.internal);
        for (i, f) in data.features.iter().enumerate() {
            for (k, fname) in &fields {
                let Value::String(s) = f.value(*k) else {
                    continue;
                };
                if s.to_lowercase().contains(text) {
                    let Some(g) = tl.geometry_3857(i) else {
                        continue;
                    };
                    let b = Bbox::of(g);
                    let (w, so) = saale_tiles::tms::mercator_to_lonlat(b.min_x, b.min_y);
                    let (e, n) = saale_tiles::tms::mercator_to_lonlat(b.max_x, b.max_y);
                    out.push(serde_json::json!({
                        "layer": l.name, "id": i + 1, "field": fname, "label": s.as_ref(),
                        "bbox": [w, so, e, n],
                    }));
                    if out.len() >= limit {
                        break 'layers;
                    }
                    break;
                }
            }
        }
    }
    json(&serde_json::json!({ "results": out }), "application/json")
}
