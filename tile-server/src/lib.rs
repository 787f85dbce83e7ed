//! The HTTP server behind `saale serve`: live vector tiles and TileJSON from the layers of a
//! project, PMTiles passthrough, OGC API Features (Part 1 and 2) and Tiles under `/ogc`,
//! MapLibre styles and the public map, with ETags, compression, CORS, metrics, load shedding
//! and an access policy (internal layers and attributes only with the internal token, personal
//! layers never).
//!
//! Build an [`AppState`], then [`router`] gives the axum router and [`serve`] runs it until
//! SIGTERM or Ctrl-C.

// Handlers return early with a ready error `Response` (about 128 bytes) on cold paths;
// boxing it everywhere buys nothing measurable.
#![allow(clippy::result_large_err)]

mod http;
mod ogc;
mod state;
mod tiles;
mod web;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::ServiceBuilder;

pub use state::{AppState, CachedTile, Metrics, ServedLayer, ServerConfig};

/// Errors of building the server state or serving.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading the project failed.
    #[error(transparent)]
    Store(#[from] saale_store::Error),
    /// Preparing tiles failed.
    #[error(transparent)]
    Tiles(#[from] saale_tiles::Error),
    /// A personal layer was to be served.
    #[error("layer '{0}' holds personal data and is never served")]
    Personal(String),
    /// File I/O.
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// A style file is not valid JSON.
    #[error("{0}: invalid style: {1}")]
    Style(PathBuf, String),
    /// A PMTiles archive cannot be read.
    #[error("{0}: cannot serve the PMTiles archive: {1}")]
    Archive(PathBuf, String),
    /// Binding or serving failed.
    #[error("cannot serve on {0}: {1}")]
    Bind(String, std::io::Error),
}

/// The router with every route and the HTTP hygiene layers.
pub fn router(state: Arc<AppState>) -> Router {
    let max_conc = state.config.max_concurrency.max(1);
    let max_body = state.config.max_body;
    let st = Arc::clone(&state);
    let shed = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |_err: tower::BoxError| {
            let st = Arc::clone(&st);
            async move {
                state::Metrics::inc(&st.metrics.shed, 1);
                let mut r = (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "overloaded, retry shortly\n",
                )
                    .into_response();
                r.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                r
            }
        }))
        .load_shed()
        // One semaphore for the whole router (a plain ConcurrencyLimitLayer would give each
        // route its own).
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(max_conc));
    Router::new()
        .route("/", get(web::index))
        .route("/map.js", get(web::app_js))
        .route("/map.css", get(web::app_css))
        .route("/vendor/maplibre-gl/{file}", get(web::vendor))
        .route("/styles", get(web::style_list))
        .route("/styles/{name}", get(web::style))
        .route("/search", get(web::search))
        .route("/health", get(http::health))
        .route("/metrics", get(http::metrics))
        .route("/tiles", get(tiles::catalog))
        .route("/tiles/{layers}", get(tiles::tilejson))
        .route("/tiles/{layers}/{z}/{x}/{y}", get(tiles::tile))
        .route(
            "/tiles/DE_EPSG_25832_ADV/{layers}/{z}/{x}/{y}",
            get(tiles::tile_adv),
        )
        .route("/ogc", get(ogc::landing))
        .route("/ogc/", get(ogc::landing))
        .route("/ogc/api", get(ogc::api))
        .route("/ogc/conformance", get(ogc::conformance))
        .route("/ogc/collections", get(ogc::collections))
        .route("/ogc/collections/{id}", get(ogc::collection))
        .route("/ogc/collections/{id}/items", get(ogc::items))
        .route("/ogc/collections/{id}/items/{fid}", get(ogc::item))
        .route("/ogc/tileMatrixSets", get(ogc::tile_matrix_sets))
        .route(
            "/ogc/tileMatrixSets/WebMercatorQuad",
            get(ogc::web_mercator_quad),
        )
        .route("/ogc/tileMatrixSets/DE_EPSG_25832_ADV", get(ogc::adv_25832))
        .route("/ogc/collections/{id}/tiles", get(ogc::tilesets))
        .route(
            "/ogc/collections/{id}/tiles/WebMercatorQuad",
            get(ogc::tileset),
        )
        .route(
            "/ogc/collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}",
            get(ogc::tile),
        )
        .route(
            "/ogc/collections/{id}/tiles/DE_EPSG_25832_ADV/{z}/{y}/{x}",
            get(ogc::tile_adv),
        )
        .fallback(http::not_found)
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            http::hygiene,
        ))
        .layer(shed)
        .layer(
            tower_http::compression::CompressionLayer::new()
                .gzip(true)
                .br(true),
        )
        .layer(tower_http::cors::CorsLayer::permissive().max_age(Duration::from_secs(3600)))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(max_body))
        .with_state(state)
}

/// Serve `state` on `addr` until SIGTERM or Ctrl-C (in-flight requests are finished). `ready`
/// is called with the bound address (port 0 picks a free port).
///
/// # Errors
/// [`Error::Bind`] when the address cannot be bound or serving fails.
pub async fn serve(
    state: Arc<AppState>,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::Bind(addr.to_string(), e))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Bind(addr.to_string(), e))?;
    ready(local);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| Error::Bind(local.to_string(), e))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// A JSON response.
pub(crate) fn json(v: &serde_json::Value, content_type: &'static str) -> Response {
    let mut r = serde_json::to_vec(v).unwrap_or_default().into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}

/// An error response with a JSON body (OGC exception format).
pub(crate) fn problem(status: StatusCode, detail: impl Into<String>) -> Response {
    let detail = detail.into();
    let mut r = json(
        &serde_json::json!({
            "code": status.as_str(),
            "description": detail,
        }),
        "application/json",
    );
    *r.status_mut() = status;
    r
}
