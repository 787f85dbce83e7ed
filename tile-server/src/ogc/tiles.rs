//! OGC API Tiles: the tile matrix sets (WebMercatorQuad and the AdV set for EPSG:25832), a
//! collection's tilesets, and its tiles (answered by the tile sources of [`crate::tiles`]).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Extension;

use super::collections::find;
use super::crs::CRS84;
use crate::http::{base_url, View};
use crate::state::ServedLayer;
use crate::tiles::{parse_tile, Grid};
use crate::{json, ApiResult, AppState};

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
) -> ApiResult {
    find(&st, &id, view)?;
    let tid = crate::tiles::parse_adv(&z, &col, &row)?;
    crate::tiles::serve_tile_in(&st, view, &id, Grid::Adv, tid, &headers).await
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

/// The JSON description of a layer's WebMercatorQuad tileset.
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
) -> ApiResult {
    let l = find(&st, &id, view)?;
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
    Ok(json(
        &serde_json::json!({ "tilesets": sets }),
        "application/json",
    ))
}

/// `/ogc/collections/{id}/tiles/WebMercatorQuad`.
pub(crate) async fn tileset(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    let l = find(&st, &id, view)?;
    Ok(json(
        &tileset_json(l, &base_url(&headers)),
        "application/json",
    ))
}

/// `/ogc/collections/{id}/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}`.
pub(crate) async fn tile(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((id, z, row, col)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> ApiResult {
    find(&st, &id, view)?;
    let tid = parse_tile(&z, &col, &row)?;
    crate::tiles::serve_tile_in(&st, view, &id, Grid::Mercator, tid, &headers).await
}
