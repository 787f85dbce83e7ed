//! OGC API Features Part 1 (core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference),
//! and OGC API Tiles (WebMercatorQuad and the AdV set for EPSG:25832) under `/ogc`, one module
//! per resource. Query parsing and execution ([`query`]) are plain functions over the state.

mod collections;
mod crs;
pub(crate) mod features;
mod html;
mod landing;
pub(crate) mod query;
mod svg;
mod tiles;

use axum::routing::get;
use axum::Router;

use crate::state::Live;

/// Media type of GeoJSON.
pub(crate) const GEOJSON: &str = "application/geo+json";

/// The routes under `/ogc`.
pub(crate) fn routes() -> Router<Live> {
    Router::new()
        .route("/ogc", get(landing::landing))
        .route("/ogc/", get(landing::landing))
        .route("/ogc/api", get(landing::api))
        .route("/ogc/conformance", get(landing::conformance))
        .route("/ogc/collections", get(collections::collections))
        .route("/ogc/collections/{id}", get(collections::collection))
        .route("/ogc/collections/{id}/items", get(features::items))
        .route("/ogc/collections/{id}/items/{fid}", get(features::item))
        .route("/ogc/tileMatrixSets", get(tiles::tile_matrix_sets))
        .route(
            "/ogc/tileMatrixSets/WebMercatorQuad",
            get(tiles::web_mercator_quad),
        )
        .route(
            "/ogc/tileMatrixSets/DE_EPSG_25832_ADV",
            get(tiles::adv_25832),
        )
        .route("/ogc/collections/{id}/tiles", get(tiles::tilesets))
        .route(
            "/ogc/collections/{id}/tiles/WebMercatorQuad",
            get(tiles::tileset),
        )
        .route(
            "/ogc/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}",
            get(tiles::tile),
        )
        .route(
            "/ogc/collections/{id}/tiles/DE_EPSG_25832_ADV/{z}/{y}/{x}",
            get(tiles::tile_adv),
        )
}
