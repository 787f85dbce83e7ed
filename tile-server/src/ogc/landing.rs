//! The landing page, the conformance classes and the OpenAPI 3.0 document.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::crs::supported_crs;
use super::html::{check_format, lang_query, page, wants_html, Lang};
use crate::http::base_url;
use crate::{json, ApiResult, AppState};

/// `/ogc`: landing page.
pub(crate) async fn landing(
    State(st): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult {
    check_format(&q)?;
    let b = base_url(&headers);
    if wants_html(&q, &headers) {
        let lang = Lang::of(&q, &headers);
        return Ok(page(
            lang,
            &format!("saale: {}", st.name),
            &format!(
                "<ul><li><a href=\"/ogc/collections?f=html{lq}\">{}</a></li>\
                 <li><a href=\"/ogc/conformance?f=json\">{}</a></li>\
                 <li><a href=\"/ogc/api\">{}</a></li></ul>",
                lang.t("Sammlungen (Ebenen)", "Collections (layers)"),
                lang.t("Konformitätsklassen (JSON)", "Conformance classes (JSON)"),
                lang.t("OpenAPI-Beschreibung (JSON)", "OpenAPI definition (JSON)"),
                lq = lang_query(lang),
            ),
        ));
    }
    Ok(json(
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
    ))
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

/// `/ogc/api`: OpenAPI 3.0 definition of the routes under `/ogc`, with the parameters,
/// statuses and media types they answer with (checked against the running server by
/// `schemathesis` in `scripts/server_robustness.sh`).
pub(crate) async fn api(State(st): State<Arc<AppState>>, headers: HeaderMap) -> Response {
    let b = base_url(&headers);
    let p = |name: &str, desc: &str, schema: serde_json::Value| serde_json::json!({"name": name, "in": "query", "required": false, "description": desc, "schema": schema});
    let path = |name: &str, ty: &str| {
        let schema = if name == "collectionId" {
            // What `find` accepts (`tiles::valid_name`); anything else is a 400.
            serde_json::json!({"type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$"})
        } else {
            serde_json::json!({"type": ty})
        };
        serde_json::json!({"name": name, "in": "path", "required": true, "schema": schema})
    };
    // An RFC 3339 date or date-time, and intervals of them with open ends (`query::check_datetime`
    // also checks the days of the month and that the start is not after the end).
    let instant = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d))?";
    let datetime_pattern = format!(r"^({instant}|({instant}|\.\.)?/({instant}|\.\.)?)$");
    let media = |types: &[&str]| {
        types
            .iter()
            .map(|t| ((*t).to_string(), serde_json::json!({})))
            .collect::<serde_json::Map<String, serde_json::Value>>()
    };
    let error =
        |desc: &str| serde_json::json!({"description": desc, "content": {"application/json": {}}});
    // Every route: its answer, 400 for a malformed parameter, 404 for what is not there (or
    // not in this view), 401 for a wrong token, 503 when the server sheds load.
    let answers = |desc: &str, types: &[&str]| {
        serde_json::json!({
            "200": {"description": desc, "content": media(types)},
            "400": error("bad request: the message names the parameter"),
            "401": error("the bearer token does not open the internal view"),
            "404": error("not found (in this view)"),
            "503": {"description": "overloaded: retry after Retry-After seconds"},
        })
    };
    let page_types = ["application/json", "text/html"];
    // The CRSs by URI (the server takes `EPSG:n`, `CRS84` and `[URI]` as well).
    let crs_uris: Vec<String> = supported_crs(&st).iter().map(|c| c.uri()).collect();
    let crs_schema = serde_json::json!({"type": "string", "enum": crs_uris});
    let f = p(
        "f",
        "json (geojson for features) or html; without it, a browser's Accept gets HTML",
        serde_json::json!({"type": "string", "enum": ["json", "geojson", "html"]}),
    );
    let lang = p(
        "lang",
        "language of the HTML page: de or en (another value: Accept-Language, else German)",
        serde_json::json!({"type": "string"}),
    );
    let mut items_params = vec![
        path("collectionId", "string"),
        serde_json::json!({"name": "bbox", "in": "query", "required": false,
            "description": "minx,miny,maxx,maxy (or with minz and maxz: 6 numbers) in bbox-crs; latitude first in EPSG:4326",
            "style": "form", "explode": false,
            "schema": {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 6}}),
        p("bbox-crs", "CRS of bbox (default CRS84); only with bbox", crs_schema.clone()),
        p("crs", "CRS of the response geometries (default CRS84)", crs_schema.clone()),
        p("datetime", "an RFC 3339 instant or an interval start/end (.. or empty for an open end); checked, and matched by every feature (the layers have no time axis)", serde_json::json!({"type": "string", "pattern": datetime_pattern})),
        p("limit", &format!("features per page; values above {} are served as {}", st.config.max_limit, st.config.max_limit), serde_json::json!({"type": "integer", "minimum": 1, "default": st.config.default_limit})),
        p("offset", "features to skip", serde_json::json!({"type": "integer", "minimum": 0, "default": 0})),
    ];
    items_params.push(f.clone());
    items_params.push(lang.clone());
    let tile_answers = serde_json::json!({
        "200": {"description": "MVT", "content": {"application/vnd.mapbox-vector-tile": {}}},
        "204": {"description": "empty tile"},
        "400": error("the tile is outside the tile matrix set"),
        "401": error("the bearer token does not open the internal view"),
        "404": error("no such collection (in this view)"),
        "503": {"description": "overloaded: retry after Retry-After seconds"},
    });
    // Zoom levels as `tiles::parse_tile` accepts them; row and column below 2^level (not
    // expressible here: beyond that a 400).
    let level = |name: &str, max: Option<u32>| {
        let mut schema = serde_json::json!({"type": "integer", "minimum": 0});
        if let Some(m) = max {
            schema["maximum"] = m.into();
        }
        serde_json::json!({"name": name, "in": "path", "required": true, "schema": schema})
    };
    let tile_params = serde_json::json!([
        path("collectionId", "string"),
        level("tileMatrix", Some(u32::from(saale_tiles::MAX_ZOOM))),
        level("tileRow", None),
        level("tileCol", None),
    ]);
    json(
        &serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": format!("saale: {}", st.name), "version": env!("CARGO_PKG_VERSION")},
            "servers": [{"url": format!("{b}/ogc")}],
            "paths": {
                "/": {"get": {"summary": "landing page", "operationId": "getLandingPage",
                    "parameters": [f.clone(), lang.clone()], "responses": answers("landing page", &page_types)}},
                "/conformance": {"get": {"summary": "conformance classes", "operationId": "getConformance",
                    "responses": answers("conformance", &["application/json"])}},
                "/collections": {"get": {"summary": "collections", "operationId": "getCollections",
                    "parameters": [f.clone(), lang.clone()], "responses": answers("collections", &page_types)}},
                "/collections/{collectionId}": {"get": {"summary": "one collection", "operationId": "describeCollection",
                    "parameters": [path("collectionId", "string"), f.clone(), lang.clone()], "responses": answers("collection", &page_types)}},
                "/collections/{collectionId}/items": {"get": {"summary": "features; further query parameters filter by property value", "operationId": "getFeatures",
                    "parameters": items_params, "responses": answers("GeoJSON FeatureCollection", &["application/geo+json", "text/html"])}},
                "/collections/{collectionId}/items/{featureId}": {"get": {"summary": "one feature", "operationId": "getFeature",
                    "parameters": [path("collectionId", "string"), path("featureId", "integer"),
                                   p("crs", "CRS of the response geometry (default CRS84)", crs_schema),
                                   f, lang], "responses": answers("GeoJSON Feature", &["application/geo+json", "text/html"])}},
                "/tileMatrixSets": {"get": {"summary": "tile matrix sets", "operationId": "getTileMatrixSets",
                    "responses": answers("tile matrix sets", &["application/json"])}},
                "/collections/{collectionId}/tiles": {"get": {"summary": "the tilesets of a collection", "operationId": "getTilesets",
                    "parameters": [path("collectionId", "string")], "responses": answers("tilesets", &["application/json"])}},
                "/collections/{collectionId}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}": {"get": {"summary": "vector tile (WebMercatorQuad)", "operationId": "getTile",
                    "parameters": tile_params, "responses": tile_answers}},
            }
        }),
        "application/vnd.oai.openapi+json;version=3.0",
    )
}
