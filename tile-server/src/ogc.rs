//! OGC API Features Part 1 (core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference),
//! and OGC API Tiles (WebMercatorQuad vector tiles) under `/ogc`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use geo::{Coord, Intersects, LineString, Polygon};
use saale_crs::{Crs, Transformer};
use saale_model::{Bbox, Geometry, Value};

use crate::http::{base_url, View};
use crate::state::ServedLayer;
use crate::tiles::{parse_tile, serve_tile, valid_name};
use crate::{json, problem, AppState};

const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const GEOJSON: &str = "application/geo+json";
const RESERVED: [&str; 7] = [
    "f", "bbox", "bbox-crs", "crs", "limit", "offset", "datetime",
];

/// A CRS as the API names it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ApiCrs {
    /// Longitude/latitude, WGS 84.
    Crs84,
    /// EPSG code (EPSG:4326 in latitude/longitude order).
    Epsg(u32),
}

impl ApiCrs {
    fn uri(self) -> String {
        match self {
            ApiCrs::Crs84 => CRS84.to_string(),
            ApiCrs::Epsg(c) => format!("http://www.opengis.net/def/crs/EPSG/0/{c}"),
        }
    }

    fn parse(s: &str) -> Option<ApiCrs> {
        let s = s.trim().trim_start_matches('[').trim_end_matches(']');
        if s == CRS84 || s.eq_ignore_ascii_case("CRS84") || s.ends_with("/OGC/1.3/CRS84") {
            return Some(ApiCrs::Crs84);
        }
        let code = s
            .strip_prefix("http://www.opengis.net/def/crs/EPSG/0/")
            .or_else(|| s.strip_prefix("https://www.opengis.net/def/crs/EPSG/0/"))
            .or_else(|| s.strip_prefix("EPSG:"))
            .or_else(|| s.strip_prefix("epsg:"))?;
        code.parse().ok().map(ApiCrs::Epsg)
    }

    /// The CRS for transformation and whether axes are swapped (EPSG:4326 is lat/lon).
    fn crs(self) -> (Crs, bool) {
        match self {
            ApiCrs::Crs84 => (Crs::epsg(4326), false),
            ApiCrs::Epsg(4326) => (Crs::epsg(4326), true),
            ApiCrs::Epsg(c) => (Crs::epsg(c), false),
        }
    }
}

fn supported_crs(st: &AppState) -> Vec<ApiCrs> {
    let mut v = vec![
        ApiCrs::Crs84,
        ApiCrs::Epsg(4326),
        ApiCrs::Epsg(25832),
        ApiCrs::Epsg(3857),
    ];
    if let Some(c) = st.crs.epsg_code() {
        if !v.contains(&ApiCrs::Epsg(c)) {
            v.push(ApiCrs::Epsg(c));
        }
    }
    v
}

fn storage_crs(st: &AppState) -> String {
    st.crs
        .epsg_code()
        .map_or_else(|| st.crs.to_string(), |c| ApiCrs::Epsg(c).uri())
}

/// HTML requested (`f=html`, or a browser's Accept without `f`)?
fn wants_html(q: &HashMap<String, String>, h: &HeaderMap) -> bool {
    match q.get("f").map(String::as_str) {
        Some("html") => true,
        Some(_) => false,
        None => h
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html")),
    }
}

fn bad_f(q: &HashMap<String, String>) -> Option<Response> {
    match q.get("f").map(String::as_str) {
        None | Some("json" | "html" | "geojson") => None,
        Some(other) => Some(problem(
            StatusCode::BAD_REQUEST,
            format!("unsupported format f={other} (json or html)"),
        )),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(title: &str, body: &str) -> Response {
    Html(format!(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width,initial-scale=1\"><title>{t}</title><style>body{{font-family:\
         system-ui,sans-serif;margin:1rem;max-width:70rem}}table{{border-collapse:collapse}}td,th\
         {{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}}</style></head><body>\
         <p><a href=\"/\">Karte</a> · <a href=\"/ogc?f=html\">OGC API</a> · <a href=\"/ogc/\
         collections?f=html\">Collections</a></p><h1>{t}</h1>{body}</body></html>",
        t = esc(title)
    ))
    .into_response()
}

/// `/ogc`: landing page.
pub(crate) async fn landing(
    State(st): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(r) = bad_f(&q) {
        return r;
    }
    let b = base_url(&headers);
    if wants_html(&q, &headers) {
        return page(
            &format!("saale: {}", st.name),
            "<ul><li><a href=\"/ogc/collections?f=html\">Collections</a></li>\
             <li><a href=\"/ogc/conformance?f=json\">Conformance</a></li>\
             <li><a href=\"/ogc/api\">OpenAPI</a></li></ul>",
        );
    }
    json(
        &serde_json::json!({
            "title": format!("saale: {}", st.name),
            "description": "Layers of the saale project as OGC API Features and Tiles",
            "links": [
                {"href": format!("{b}/ogc?f=json"), "rel": "self", "type": "application/json", "title": "this document"},
                {"href": format!("{b}/ogc?f=html"), "rel": "alternate", "type": "text/html", "title": "this document as HTML"},
                {"href": format!("{b}/ogc/api"), "rel": "service-desc", "type": "application/vnd.oai.openapi+json;version=3.0", "title": "OpenAPI definition"},
                {"href": format!("{b}/ogc/conformance"), "rel": "conformance", "type": "application/json", "title": "conformance classes"},
                {"href": format!("{b}/ogc/collections"), "rel": "data", "type": "application/json", "title": "collections"},
                {"href": format!("{b}/ogc/tileMatrixSets"), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes", "type": "application/json", "title": "tile matrix sets"},
            ]
        }),
        "application/json",
    )
}

/// `/ogc/conformance`.
pub(crate) async fn conformance() -> Response {
    json(
        &serde_json::json!({
            "conformsTo": [
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/landing-page",
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/json",
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-common-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
                "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
            ]
        }),
        "application/json",
    )
}

/// `/ogc/api`: OpenAPI 3.0 definition.
pub(crate) async fn api(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let b = base_url(&headers);
    let p = |name: &str, desc: &str, schema: serde_json::Value| serde_json::json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema});
    let ok = |desc: &str| serde_json::json!({"200": {"description": desc}, "400": {"description": "bad request"}, "404": {"description": "not found"}});
    let items_params = serde_json::json!([
        {"name": "collectionId", "in": "path", "required": true, "schema": {"type": "string"}},
        p("bbox", "minx,miny,maxx,maxy in bbox-crs", serde_json::json!({"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 6})),
        p("bbox-crs", "CRS of bbox (default CRS84)", serde_json::json!({"type": "string", "format": "uri"})),
        p("crs", "CRS of the response geometries (default CRS84)", serde_json::json!({"type": "string", "format": "uri"})),
        p("limit", "features per page", serde_json::json!({"type": "integer", "minimum": 1, "maximum": st.config.max_limit, "default": st.config.default_limit})),
        p("offset", "features to skip", serde_json::json!({"type": "integer", "minimum": 0, "default": 0})),
        p("f", "json or html", serde_json::json!({"type": "string", "enum": ["json", "html"]})),
    ]);
    json(
        &serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": format!("saale: {}", st.name), "version": env!("CARGO_PKG_VERSION")},
            "servers": [{"url": format!("{b}/ogc")}],
            "paths": {
                "/": {"get": {"summary": "landing page", "operationId": "getLandingPage", "responses": ok("landing page")}},
                "/conformance": {"get": {"summary": "conformance classes", "operationId": "getConformance", "responses": ok("conformance")}},
                "/collections": {"get": {"summary": "collections", "operationId": "getCollections", "responses": ok("collections")}},
                "/collections/{collectionId}": {"get": {"summary": "one collection", "operationId": "describeCollection",
                    "parameters": [{"name": "collectionId", "in": "path", "required": true, "schema": {"type": "string"}}], "responses": ok("collection")}},
                "/collections/{collectionId}/items": {"get": {"summary": "features; further query parameters filter by property value", "operationId": "getFeatures",
                    "parameters": items_params, "responses": ok("GeoJSON FeatureCollection")}},
                "/collections/{collectionId}/items/{featureId}": {"get": {"summary": "one feature", "operationId": "getFeature",
                    "parameters": [{"name": "collectionId", "in": "path", "required": true, "schema": {"type": "string"}},
                                   {"name": "featureId", "in": "path", "required": true, "schema": {"type": "integer"}},
                                   p("crs", "CRS of the response geometry", serde_json::json!({"type": "string"}))], "responses": ok("GeoJSON Feature")}},
                "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}": {"get": {"summary": "vector tile", "operationId": "getTile",
                    "parameters": [{"name": "collectionId", "in": "path", "required": true, "schema": {"type": "string"}},
                                   {"name": "tileMatrix", "in": "path", "required": true, "schema": {"type": "integer"}},
                                   {"name": "tileRow", "in": "path", "required": true, "schema": {"type": "integer"}},
                                   {"name": "tileCol", "in": "path", "required": true, "schema": {"type": "integer"}}],
                    "responses": {"200": {"description": "MVT", "content": {"application/vnd.mapbox-vector-tile": {}}}, "204": {"description": "empty tile"}}}},
            }
        }),
        "application/vnd.oai.openapi+json;version=3.0",
    )
}

fn collection_json(st: &AppState, l: &ServedLayer, b: &str) -> serde_json::Value {
    let tl = l.tiles(true);
    let bb = tl.bounds_lonlat();
    let id = &l.name;
    let mut v = serde_json::json!({
        "id": id,
        "title": id,
        "description": format!("{} features; licence {}; {}{}", l.data().features.len(), l.entry.licence,
            l.entry.attribution, if l.entry.as_of.is_empty() { String::new() } else { format!("; as of {}", l.entry.as_of) }),
        "itemType": "feature",
        "extent": {"spatial": {"bbox": [bb], "crs": CRS84}},
        "crs": supported_crs(st).iter().map(|c| c.uri()).collect::<Vec<_>>(),
        "storageCrs": storage_crs(st),
        "links": [
            {"href": format!("{b}/ogc/collections/{id}"), "rel": "self", "type": "application/json"},
            {"href": format!("{b}/ogc/collections/{id}?f=html"), "rel": "alternate", "type": "text/html"},
            {"href": format!("{b}/ogc/collections/{id}/items"), "rel": "items", "type": GEOJSON},
            {"href": format!("{b}/ogc/collections/{id}/items?f=html"), "rel": "items", "type": "text/html"},
            {"href": format!("{b}/ogc/collections/{id}/tiles"), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", "type": "application/json"},
        ]
    });
    if let Some(url) = licence_url(&l.entry.licence) {
        if let Some(links) = v["links"].as_array_mut() {
            links
                .push(serde_json::json!({"href": url, "rel": "license", "title": l.entry.licence}));
        }
    }
    v
}

/// Web page of a licence named by its usual identifier.
fn licence_url(licence: &str) -> Option<&'static str> {
    match licence.to_ascii_lowercase().as_str() {
        "dl-de/by-2.0" | "dl-de-by-2.0" => Some("https://www.govdata.de/dl-de/by-2-0"),
        "dl-de/zero-2.0" | "dl-de-zero-2.0" => Some("https://www.govdata.de/dl-de/zero-2-0"),
        "odbl-1.0" | "odbl" => Some("https://opendatacommons.org/licenses/odbl/1-0/"),
        "cc-by-4.0" => Some("https://creativecommons.org/licenses/by/4.0/"),
        "cc0-1.0" => Some("https://creativecommons.org/publicdomain/zero/1.0/"),
        _ => None,
    }
}

/// `/ogc/collections`.
pub(crate) async fn collections(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(r) = bad_f(&q) {
        return r;
    }
    let b = base_url(&headers);
    if wants_html(&q, &headers) {
        let mut body = String::from("<ul>");
        for l in st.visible(view.internal) {
            let _ = write!(
                body,
                "<li><a href=\"/ogc/collections/{n}?f=html\">{n}</a> ({} features, {})</li>",
                l.data().features.len(),
                esc(&l.entry.licence),
                n = esc(&l.name)
            );
        }
        body.push_str("</ul>");
        return page("Collections", &body);
    }
    let cols: Vec<serde_json::Value> = st
        .visible(view.internal)
        .map(|l| collection_json(&st, l, &b))
        .collect();
    json(
        &serde_json::json!({
            "links": [{"href": format!("{b}/ogc/collections"), "rel": "self", "type": "application/json"}],
            "crs": supported_crs(&st).iter().map(|c| c.uri()).collect::<Vec<_>>(),
            "collections": cols,
        }),
        "application/json",
    )
}

fn find<'a>(st: &'a AppState, id: &str, view: View) -> Result<&'a ServedLayer, Response> {
    if !valid_name(id) {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            format!("'{id}' is not a valid collection id"),
        ));
    }
    st.layer(id, view.internal)
        .ok_or_else(|| problem(StatusCode::NOT_FOUND, format!("no collection '{id}'")))
}

/// [`find`] after checking the `f` parameter (the start of every collection route).
fn find_with_format<'a>(
    st: &'a AppState,
    id: &str,
    view: View,
    q: &HashMap<String, String>,
) -> Result<&'a ServedLayer, Response> {
    if let Some(r) = bad_f(q) {
        return Err(r);
    }
    find(st, id, view)
}

/// `/ogc/collections/{id}`.
pub(crate) async fn collection(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let l = match find_with_format(&st, &id, view, &q) {
        Ok(l) => l,
        Err(r) => return r,
    };
    if wants_html(&q, &headers) {
        let mut body = format!(
            "<p>{} features. Licence: {}. {}</p><p><a href=\"/ogc/collections/{n}/items?f=html\">\
             Features</a></p><h2>Attributes</h2><ul>",
            l.data().features.len(),
            esc(&l.entry.licence),
            esc(&l.entry.attribution),
            n = esc(&l.name)
        );
        for (i, f) in l.data().schema.fields().iter().enumerate() {
            if l.field_visible(i, view.internal) {
                let _ = write!(body, "<li>{} ({})</li>", esc(&f.name), f.ty.name());
            }
        }
        body.push_str("</ul>");
        return page(&l.name, &body);
    }
    json(
        &collection_json(&st, l, &base_url(&headers)),
        "application/json",
    )
}

/// Parsed items query.
struct ItemsQuery {
    limit: usize,
    offset: usize,
    out_crs: ApiCrs,
    bbox: Option<(Polygon<f64>, Bbox)>,
    filters: Vec<(usize, String)>,
}

fn parse_items_query(
    st: &AppState,
    l: &ServedLayer,
    q: &HashMap<String, String>,
    view: View,
) -> Result<ItemsQuery, Response> {
    let bad = |m: String| problem(StatusCode::BAD_REQUEST, m);
    let limit = match q.get("limit") {
        None => st.config.default_limit,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|v| *v >= 1)
            .ok_or_else(|| bad(format!("limit={s}: expected a whole number of at least 1")))?
            .min(st.config.max_limit),
    };
    let offset = match q.get("offset") {
        None => 0,
        Some(s) => s
            .parse::<usize>()
            .map_err(|_| bad(format!("offset={s}: expected a whole number of at least 0")))?,
    };
    let out_crs = query_crs(st, q, "crs")?;
    let bbox_crs = query_crs(st, q, "bbox-crs")?;
    if q.contains_key("bbox-crs") && !q.contains_key("bbox") {
        return Err(bad("bbox-crs given without bbox".into()));
    }
    let bbox = match q.get("bbox") {
        None => None,
        Some(s) => {
            let v: Vec<f64> = s
                .split(',')
                .map(|p| p.trim().parse::<f64>())
                .collect::<Result<_, _>>()
                .map_err(|_| bad(format!("bbox={s}: expected 4 or 6 numbers")))?;
            let (x0, y0, x1, y1) = match v.len() {
                4 => (v[0], v[1], v[2], v[3]),
                6 => (v[0], v[1], v[3], v[4]),
                _ => return Err(bad(format!("bbox={s}: expected 4 or 6 numbers"))),
            };
            if v.iter().any(|x| !x.is_finite()) {
                return Err(bad(format!("bbox={s}: numbers must be finite")));
            }
            let (crs, swap) = bbox_crs.crs();
            // EPSG:4326 boxes are given as lat,lon.
            let (x0, y0, x1, y1) = if swap {
                (y0, x0, y1, x1)
            } else {
                (x0, y0, x1, y1)
            };
            if y0 > y1 {
                return Err(bad(format!("bbox={s}: lower corner above upper corner")));
            }
            Some(bbox_polygon(&crs, &st.crs, x0, y0, x1, y1).map_err(bad)?)
        }
    };
    let mut filters = Vec::new();
    for (k, v) in q {
        if RESERVED.contains(&k.as_str()) {
            continue;
        }
        match l.view_data(view.internal).schema.index_of(k) {
            Some(i) if l.field_visible(i, view.internal) => filters.push((i, v.clone())),
            _ => {
                return Err(bad(format!(
                    "unknown query parameter '{k}' (not a property of '{}')",
                    l.name
                )))
            }
        }
    }
    Ok(ItemsQuery {
        limit,
        offset,
        out_crs,
        bbox,
        filters,
    })
}

/// The CRS named by query parameter `key` (CRS84 when absent), or a 400 listing the supported.
fn query_crs(st: &AppState, q: &HashMap<String, String>, key: &str) -> Result<ApiCrs, Response> {
    match q.get(key) {
        None => Ok(ApiCrs::Crs84),
        Some(s) => ApiCrs::parse(s)
            .filter(|c| supported_crs(st).contains(c))
            .ok_or_else(|| {
                problem(
                    StatusCode::BAD_REQUEST,
                    format!(
                        "{key}={s} is not supported; use one of {}",
                        supported_crs(st)
                            .iter()
                            .map(|c| c.uri())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            }),
    }
}

/// The box as a densified polygon in the working CRS, and its envelope.
fn bbox_polygon(
    from: &Crs,
    to: &Crs,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
) -> Result<(Polygon<f64>, Bbox), String> {
    const N: usize = 16;
    let mut ring = Vec::with_capacity(4 * N + 1);
    // A box crossing the antimeridian (x0 > x1) is not supported; say so.
    if x0 > x1 {
        return Err("bbox crossing the antimeridian is not supported".into());
    }
    for i in 0..N {
        ring.push(Coord {
            x: x0 + (x1 - x0) * i as f64 / N as f64,
            y: y0,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x1,
            y: y0 + (y1 - y0) * i as f64 / N as f64,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x1 - (x1 - x0) * i as f64 / N as f64,
            y: y1,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x0,
            y: y1 - (y1 - y0) * i as f64 / N as f64,
        });
    }
    ring.push(ring[0]);
    let mut g = Geometry::Polygon(Polygon::new(LineString::new(ring), vec![]));
    let tr = Transformer::new(from, to).map_err(|e| e.to_string())?;
    tr.transform_geometry(&mut g)
        .map_err(|e| format!("bbox cannot be transformed: {e}"))?;
    let env = Bbox::of(&g);
    match g {
        Geometry::Polygon(p) => Ok((p, env)),
        _ => Err("bbox transformation failed".into()),
    }
}

fn value_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => (*b).into(),
        Value::Int(i) => (*i).into(),
        Value::Float(f) if f.is_finite() => (*f).into(),
        Value::Float(_) => serde_json::Value::Null,
        Value::String(s) => s.as_ref().into(),
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::String(s) => s.to_string(),
    }
}

/// GeoJSON geometry object.
pub(crate) fn geometry_json(g: &Geometry<f64>, swap: bool) -> serde_json::Value {
    let c = |c: &Coord| {
        if swap {
            serde_json::json!([c.y, c.x])
        } else {
            serde_json::json!([c.x, c.y])
        }
    };
    let line = |l: &LineString| l.0.iter().map(c).collect::<Vec<_>>();
    let poly = |p: &Polygon| {
        std::iter::once(p.exterior())
            .chain(p.interiors())
            .map(line)
            .collect::<Vec<_>>()
    };
    match g {
        Geometry::Point(p) => serde_json::json!({"type": "Point", "coordinates": c(&p.0)}),
        Geometry::MultiPoint(mp) => serde_json::json!({"type": "MultiPoint",
            "coordinates": mp.0.iter().map(|p| c(&p.0)).collect::<Vec<_>>()}),
        Geometry::LineString(l) => {
            serde_json::json!({"type": "LineString", "coordinates": line(l)})
        }
        Geometry::MultiLineString(ml) => serde_json::json!({"type": "MultiLineString",
            "coordinates": ml.0.iter().map(line).collect::<Vec<_>>()}),
        Geometry::Polygon(p) => serde_json::json!({"type": "Polygon", "coordinates": poly(p)}),
        Geometry::MultiPolygon(mp) => serde_json::json!({"type": "MultiPolygon",
            "coordinates": mp.0.iter().map(poly).collect::<Vec<_>>()}),
        Geometry::GeometryCollection(gc) => serde_json::json!({"type": "GeometryCollection",
            "geometries": gc.0.iter().map(|g| geometry_json(g, swap)).collect::<Vec<_>>()}),
        Geometry::Rect(r) => geometry_json(&Geometry::Polygon(r.to_polygon()), swap),
        Geometry::Triangle(t) => geometry_json(&Geometry::Polygon(t.to_polygon()), swap),
        Geometry::Line(l) => geometry_json(
            &Geometry::LineString(LineString::new(vec![l.start, l.end])),
            swap,
        ),
    }
}

fn feature_json(
    l: &ServedLayer,
    i: usize,
    tr: &Transformer,
    swap: bool,
    view: View,
) -> Result<serde_json::Value, String> {
    let data = l.view_data(view.internal);
    let f = &data.features[i];
    let geometry = match &f.geometry {
        None => serde_json::Value::Null,
        Some(g) => {
            let mut g = g.clone();
            if !tr.is_identity() {
                tr.transform_geometry(&mut g)
                    .map_err(|e| format!("feature {}: {e}", i + 1))?;
            }
            geometry_json(&g, swap)
        }
    };
    let props: serde_json::Map<String, serde_json::Value> = data
        .schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(k, _)| l.field_visible(*k, view.internal))
        .map(|(k, fd)| (fd.name.clone(), value_json(f.value(k))))
        .collect();
    Ok(serde_json::json!({
        "type": "Feature",
        "id": i + 1,
        "geometry": geometry,
        "properties": props,
    }))
}

fn with_crs(mut r: Response, c: ApiCrs) -> Response {
    if let Ok(v) = HeaderValue::from_str(&format!("<{}>", c.uri())) {
        r.headers_mut().insert("content-crs", v);
    }
    r
}

/// `/ogc/collections/{id}/items`.
pub(crate) async fn items(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let l = match find_with_format(&st, &id, view, &q) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let iq = match parse_items_query(&st, l, &q, view) {
        Ok(v) => v,
        Err(r) => return r,
    };
    let data = l.view_data(view.internal);
    let candidates: Vec<usize> = match &iq.bbox {
        Some((_, env)) => l.index.query_bbox(env),
        None => (0..data.features.len()).collect(),
    };
    let matched: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let f = &data.features[i];
            if let Some((poly, _)) = &iq.bbox {
                match &f.geometry {
                    Some(g) if g.intersects(poly) => {}
                    _ => return false,
                }
            }
            iq.filters
                .iter()
                .all(|(k, v)| value_text(f.value(*k)) == *v)
        })
        .collect();
    let page_ids: Vec<usize> = matched
        .iter()
        .skip(iq.offset)
        .take(iq.limit)
        .copied()
        .collect();
    let (target, swap) = iq.out_crs.crs();
    let tr = match Transformer::new(&st.crs, &target) {
        Ok(t) => t,
        Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let mut feats = Vec::with_capacity(page_ids.len());
    for &i in &page_ids {
        match feature_json(l, i, &tr, swap, view) {
            Ok(f) => feats.push(f),
            Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e),
        }
    }
    if wants_html(&q, &headers) {
        let fields: Vec<(usize, &str)> = data
            .schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(k, _)| l.field_visible(*k, view.internal))
            .map(|(k, f)| (k, f.name.as_str()))
            .collect();
        let mut body = format!(
            "<p>{} of {} features from {}.</p><table><thead><tr><th scope=\"col\">id</th>",
            page_ids.len(),
            matched.len(),
            iq.offset.saturating_add(1)
        );
        for (_, n) in &fields {
            let _ = write!(body, "<th scope=\"col\">{}</th>", esc(n));
        }
        body.push_str("</tr></thead><tbody>");
        for &i in &page_ids {
            let _ = write!(
                body,
                "<tr><td><a href=\"/ogc/collections/{}/items/{}?f=html\">{}</a></td>",
                esc(&l.name),
                i + 1,
                i + 1
            );
            for (k, _) in &fields {
                let _ = write!(
                    body,
                    "<td>{}</td>",
                    esc(&value_text(data.features[i].value(*k)))
                );
            }
            body.push_str("</tr>");
        }
        body.push_str("</tbody></table>");
        if iq.offset.saturating_add(page_ids.len()) < matched.len() {
            let _ = write!(
                body,
                "<p><a rel=\"next\" href=\"/ogc/collections/{}/items?f=html&amp;offset={}&amp;limit={}\">Weiter</a></p>",
                esc(&l.name),
                iq.offset.saturating_add(page_ids.len()),
                iq.limit
            );
        }
        return page(&l.name, &body);
    }
    let b = base_url(&headers);
    let self_q: Vec<String> = {
        let mut v: Vec<(&String, &String)> = q.iter().filter(|(k, _)| *k != "f").collect();
        v.sort();
        v.into_iter()
            .map(|(k, val)| format!("{}={}", enc(k), enc(val)))
            .collect()
    };
    let link = |offset: usize| {
        let mut parts: Vec<String> = self_q
            .iter()
            .filter(|p| !p.starts_with("offset=") && !p.starts_with("limit="))
            .cloned()
            .collect();
        parts.push(format!("limit={}", iq.limit));
        parts.push(format!("offset={offset}"));
        format!("{b}/ogc/collections/{}/items?{}", l.name, parts.join("&"))
    };
    let mut links = vec![
        serde_json::json!({"href": link(iq.offset), "rel": "self", "type": GEOJSON}),
        serde_json::json!({"href": format!("{}&f=html", link(iq.offset)), "rel": "alternate", "type": "text/html"}),
        serde_json::json!({"href": format!("{b}/ogc/collections/{}", l.name), "rel": "collection", "type": "application/json"}),
    ];
    if iq.offset.saturating_add(page_ids.len()) < matched.len() {
        links.push(serde_json::json!({"href": link(iq.offset.saturating_add(page_ids.len())), "rel": "next", "type": GEOJSON}));
    }
    if iq.offset > 0 {
        links.push(serde_json::json!({"href": link(iq.offset.saturating_sub(iq.limit)), "rel": "prev", "type": GEOJSON}));
    }
    let fc = serde_json::json!({
        "type": "FeatureCollection",
        "numberMatched": matched.len(),
        "numberReturned": feats.len(),
        "timeStamp": saale_store::now_rfc3339(),
        "links": links,
        "features": feats,
    });
    with_crs(json(&fc, GEOJSON), iq.out_crs)
}

fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `/ogc/collections/{id}/items/{fid}`.
pub(crate) async fn item(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((id, fid)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let l = match find_with_format(&st, &id, view, &q) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let n = l.data().features.len();
    let Some(i) = fid
        .parse::<usize>()
        .ok()
        .filter(|i| *i >= 1 && *i <= n)
        .map(|i| i - 1)
    else {
        return problem(
            StatusCode::NOT_FOUND,
            format!("collection '{id}' has no feature '{fid}' (ids run from 1 to {n})"),
        );
    };
    let out = match query_crs(&st, &q, "crs") {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (target, swap) = out.crs();
    let tr = match Transformer::new(&st.crs, &target) {
        Ok(t) => t,
        Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let mut f = match feature_json(l, i, &tr, swap, view) {
        Ok(f) => f,
        Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e),
    };
    if wants_html(&q, &headers) {
        let mut body = String::from("<table>");
        if let Some(p) = f["properties"].as_object() {
            for (k, v) in p {
                let t = match v {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                let _ = write!(
                    body,
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    esc(k),
                    esc(&t)
                );
            }
        }
        body.push_str("</table>");
        return page(&format!("{} {}", l.name, i + 1), &body);
    }
    let b = base_url(&headers);
    f["links"] = serde_json::json!([
        {"href": format!("{b}/ogc/collections/{}/items/{}", l.name, i + 1), "rel": "self", "type": GEOJSON},
        {"href": format!("{b}/ogc/collections/{}", l.name), "rel": "collection", "type": "application/json"},
    ]);
    with_crs(json(&f, GEOJSON), out)
}

/// `/ogc/tileMatrixSets`.
pub(crate) async fn tile_matrix_sets(headers: HeaderMap) -> Response {
    let b = base_url(&headers);
    json(
        &serde_json::json!({"tileMatrixSets": [{
            "id": "WebMercatorQuad",
            "title": "Google Maps Compatible for the World",
            "uri": "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad",
            "links": [{"href": format!("{b}/ogc/tileMatrixSets/WebMercatorQuad"), "rel": "self", "type": "application/json"}]
        }, {
            "id": "DE_EPSG_25832_ADV",
            "title": "AdV tile matrix set for ETRS89 / UTM zone 32N",
            "links": [{"href": format!("{b}/ogc/tileMatrixSets/DE_EPSG_25832_ADV"), "rel": "self", "type": "application/json"}]
        }]}),
        "application/json",
    )
}

/// `/ogc/tileMatrixSets/DE_EPSG_25832_ADV`: the AdV tile matrix set for EPSG:25832.
pub(crate) async fn adv_25832() -> Response {
    use saale_tiles::tms::Adv25832 as A;
    let matrices: Vec<serde_json::Value> = (0..=A::MAX_LEVEL)
        .map(|z| {
            let n = 1u64 << z;
            let cell = A::RES0 / n as f64;
            serde_json::json!({
                "id": z.to_string(),
                "scaleDenominator": cell / 0.00028,
                "cellSize": cell,
                "cornerOfOrigin": "topLeft",
                "pointOfOrigin": [A::ORIGIN.0, A::ORIGIN.1],
                "tileWidth": 256, "tileHeight": 256,
                "matrixWidth": n, "matrixHeight": n,
            })
        })
        .collect();
    json(
        &serde_json::json!({
            "id": A::ID,
            "title": "AdV tile matrix set for ETRS89 / UTM zone 32N",
            "crs": "http://www.opengis.net/def/crs/EPSG/0/25832",
            "orderedAxes": ["E", "N"],
            "tileMatrices": matrices,
        }),
        "application/json",
    )
}

/// `/ogc/collections/{id}/tiles/DE_EPSG_25832_ADV/{tileMatrix}/{tileRow}/{tileCol}`.
pub(crate) async fn tile_adv(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((id, z, row, col)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = find(&st, &id, view) {
        return r;
    }
    let tid = match crate::tiles::parse_adv(&z, &col, &row) {
        Ok(t) => t,
        Err(r) => return r,
    };
    crate::tiles::serve_tile_in(&st, view, &id, crate::tiles::Grid::Adv, tid, &headers).await
}

/// `/ogc/tileMatrixSets/WebMercatorQuad`: the definition (OGC 17-083r4).
pub(crate) async fn web_mercator_quad() -> Response {
    let o = saale_tiles::tms::ORIGIN_SHIFT;
    let matrices: Vec<serde_json::Value> = (0..=saale_tiles::MAX_ZOOM)
        .map(|z| {
            let n = 1u64 << z;
            let cell = 2.0 * o / (256.0 * n as f64);
            serde_json::json!({
                "id": z.to_string(),
                "scaleDenominator": cell / 0.00028,
                "cellSize": cell,
                "cornerOfOrigin": "topLeft",
                "pointOfOrigin": [-o, o],
                "tileWidth": 256, "tileHeight": 256,
                "matrixWidth": n, "matrixHeight": n,
            })
        })
        .collect();
    json(
        &serde_json::json!({
            "id": "WebMercatorQuad",
            "title": "Google Maps Compatible for the World",
            "uri": "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad",
            "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
            "orderedAxes": ["X", "Y"],
            "wellKnownScaleSet": "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible",
            "tileMatrices": matrices,
        }),
        "application/json",
    )
}

fn tileset_json(l: &ServedLayer, b: &str) -> serde_json::Value {
    let id = &l.name;
    let tl = l.tiles(true);
    serde_json::json!({
        "title": format!("{id} (vector tiles)"),
        "dataType": "vector",
        "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
        "tileMatrixSetURI": "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad",
        "boundingBox": {"lowerLeft": [tl.bounds_lonlat()[0], tl.bounds_lonlat()[1]],
            "upperRight": [tl.bounds_lonlat()[2], tl.bounds_lonlat()[3]], "crs": CRS84},
        "layers": [{"id": id, "dataType": "vector", "minTileMatrix": tl.minzoom.to_string(), "maxTileMatrix": "22"}],
        "links": [
            {"href": format!("{b}/ogc/collections/{id}/tiles/WebMercatorQuad"), "rel": "self", "type": "application/json"},
            {"href": format!("{b}/ogc/tileMatrixSets/WebMercatorQuad"), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", "type": "application/json"},
            {"href": format!("{b}/ogc/collections/{id}/tiles/WebMercatorQuad/{{tileMatrix}}/{{tileRow}}/{{tileCol}}"),
             "rel": "item", "type": "application/vnd.mapbox-vector-tile", "templated": true},
        ]
    })
}

/// `/ogc/collections/{id}/tiles`.
pub(crate) async fn tilesets(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let l = match find(&st, &id, view) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let b = base_url(&headers);
    let mut sets = vec![tileset_json(l, &b)];
    if l.tiles_adv(false).is_some() {
        let id = &l.name;
        sets.push(serde_json::json!({
            "title": format!("{id} (vector tiles, EPSG:25832)"),
            "dataType": "vector",
            "crs": "http://www.opengis.net/def/crs/EPSG/0/25832",
            "tileMatrixSetId": saale_tiles::tms::Adv25832::ID,
            "links": [
                {"href": format!("{b}/ogc/tileMatrixSets/{}", saale_tiles::tms::Adv25832::ID), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme", "type": "application/json"},
                {"href": format!("{b}/ogc/collections/{id}/tiles/{}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}", saale_tiles::tms::Adv25832::ID),
                 "rel": "item", "type": "application/vnd.mapbox-vector-tile", "templated": true},
            ]
        }));
    }
    json(&serde_json::json!({ "tilesets": sets }), "application/json")
}

/// `/ogc/collections/{id}/tiles/WebMercatorQuad`.
pub(crate) async fn tileset(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let l = match find(&st, &id, view) {
        Ok(l) => l,
        Err(r) => return r,
    };
    json(&tileset_json(l, &base_url(&headers)), "application/json")
}

/// `/ogc/collections/{id}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}`.
pub(crate) async fn tile(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((id, z, row, col)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = find(&st, &id, view) {
        return r;
    }
    let tid = match parse_tile(&z, &col, &row) {
        Ok(t) => t,
        Err(r) => return r,
    };
    serve_tile(&st, view, &id, tid, &headers).await
}
