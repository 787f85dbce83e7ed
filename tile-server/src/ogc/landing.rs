//! The landing page, the conformance classes and the OpenAPI 3.0 document.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;

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
        p("lang", "language of the HTML page (default: Accept-Language, else German)", serde_json::json!({"type": "string", "enum": ["de", "en"]})),
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
