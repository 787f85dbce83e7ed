//! The HTTP server behind `saale serve`: live vector tiles and TileJSON from the layers of a
//! project, PMTiles passthrough, OGC API Features (Part 1 and 2) and Tiles under `/ogc`,
//! MapLibre styles and the public map, with ETags, compression, CORS, metrics, load shedding
//! and an access policy (internal layers and attributes only with the internal token, personal
//! layers never).
//!
//! Build an [`AppState`], then [`router`] gives the axum router and [`serve`] runs it until
//! SIGTERM or Ctrl-C: with a header-read timeout, a write timeout, a connection cap, and a
//! [`Live`] state that reloads layers, access marks and the token when the project's catalog
//! changes.
//!
//! Modules, one per concern:

/// Label glyphs (`/fonts`) and the POI sprite sheet (`/sprites`), made from local files.
pub mod assets;
/// The stream of one connection, with a write timeout for clients that stop reading.
mod conn;
/// [`ApiError`]: every error a route answers with.
mod error;
/// Entry points for the fuzz target of the OGC API query parsing (`fuzz/`).
pub mod fuzzing;
/// HTTP hygiene: the view from the token, ETags, cache headers, metrics, `/health`.
mod http;
/// OGC API Features and Tiles under `/ogc`, one module per resource.
mod ogc;
/// The query pool: items and search on the blocking pool with a concurrency cap.
mod pool;
/// The state in memory, and [`Live`], which swaps it on catalog changes.
mod state;
/// Tile routes and the [`TileSource`] trait (live layers, PMTiles archives).
mod tiles;
/// The public map, styles and search.
mod web;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::ServiceBuilder;

pub use conn::raise_open_files;
pub use error::{ApiError, ApiResult};
pub use pool::QueryPool;
pub use state::{
    AppState, Archive, CachedTile, LayerStates, Live, Metrics, ServedLayer, ServerConfig, TileCache,
};
pub use tiles::{source, Grid, LiveTiles, TileData, TileFuture, TileSource, MAX_LAYERS};

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

/// The router with every route and the HTTP hygiene layers, over a fixed state (tests; a
/// served project uses [`router_live`]).
pub fn router(state: Arc<AppState>) -> Router {
    router_live(Live::new(state))
}

/// The router over a live state: each request is answered from the state current when it
/// arrives.
pub fn router_live(live: Live) -> Router {
    let state = live.state();
    let max_conc = state.config.max_concurrency.max(1);
    let max_body = state.config.max_body;
    let metrics = Arc::clone(&state.metrics);
    let shed = ServiceBuilder::new()
        .layer(HandleErrorLayer::new(move |_err: tower::BoxError| {
            let metrics = Arc::clone(&metrics);
            async move {
                state::Metrics::inc(&metrics.shed, 1);
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
        .route("/fonts", get(assets::font_list))
        .route("/fonts/{stack}/{range}", get(assets::glyph_range))
        .route("/sprites/{file}", get(assets::sprite_file))
        .route("/metrics", get(http::metrics))
        .route("/tiles", get(tiles::catalog))
        .route("/tiles/{layers}", get(tiles::tilejson))
        .route("/tiles/{layers}/{z}/{x}/{y}", get(tiles::tile))
        .route(
            "/tiles/DE_EPSG_25832_ADV/{layers}/{z}/{x}/{y}",
            get(tiles::tile_adv),
        )
        .route("/3dtiles/{name}/{*file}", get(tiles::tileset3d))
        .merge(ogc::routes())
        .fallback(http::not_found)
        .layer(axum::middleware::from_fn_with_state(
            live.clone(),
            http::hygiene,
        ))
        .layer(shed)
        // `/health` is not shed: it must answer while the other routes are saturated (with
        // the same hygiene: view, metrics, ETag).
        .merge(Router::new().route("/health", get(http::health)).layer(
            axum::middleware::from_fn_with_state(live.clone(), http::hygiene),
        ))
        .layer(
            // Quality 4 for both: brotli's default (11) compresses about 1 MB/s, so one
            // browser request for a large page held an async worker for seconds.
            tower_http::compression::CompressionLayer::new()
                .gzip(true)
                .br(true)
                .quality(tower_http::CompressionLevel::Precise(4)),
        )
        .layer(tower_http::cors::CorsLayer::permissive().max_age(Duration::from_secs(3600)))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(max_body))
        .with_state(live)
}

/// Serve `state` on `addr` until SIGTERM or Ctrl-C (in-flight requests are finished), and
/// reload it when the project's catalog changes. `ready` is called with the bound address
/// (port 0 picks a free port).
///
/// # Errors
/// [`Error::Bind`] when the address cannot be bound or serving fails.
pub async fn serve(
    state: Arc<AppState>,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), Error> {
    let listener = listen(addr).map_err(|e| Error::Bind(addr.to_string(), e))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Bind(addr.to_string(), e))?;
    ready(local);
    let every = state.config.reload_interval;
    let live = Live::new(state);
    let watcher = live.watch(every);
    let r = serve_on(listener, live, shutdown_signal()).await;
    watcher.abort();
    r
}

/// Pending connections the kernel queues before `accept` (Linux caps it at
/// `net.core.somaxconn`, 4,096 by default). A burst of connections beyond the queue has its
/// SYNs dropped and retried by the client after a second: with tokio's default of 1,024 a
/// burst of 2,000 idle connections made a `/health` probe wait that second.
const BACKLOG: u32 = 4096;

/// A listening socket on `addr` with [`BACKLOG`] and `SO_REUSEADDR` (a restart need not wait
/// for the old connections' TIME_WAIT).
fn listen(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// Serve `live` on a bound listener until `shutdown` completes, then finish the requests in
/// flight. HTTP/1.1 with keep-alive; a connection that has not sent a complete request head
/// within `header_timeout` (idle kept-alive connections included) is closed, and so is one
/// whose response could not be written for `write_timeout` (a client that stopped reading);
/// at most `max_connections` are open, further ones wait in the listen backlog until one
/// closes.
///
/// # Errors
/// [`Error::Bind`] when the listener fails for good.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    live: Live,
    shutdown: impl Future<Output = ()>,
) -> Result<(), Error> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let cfg = live.state().config.clone();
    let local = listener
        .local_addr()
        .map_or_else(|_| "the listener".to_string(), |a| a.to_string());
    let metrics = Arc::clone(&live.state().metrics);
    let app = router_live(live);
    let slots = Arc::new(tokio::sync::Semaphore::new(cfg.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(cfg.header_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            s = Arc::clone(&slots).acquire_owned() => s.map_err(|e| {
                Error::Bind(local.clone(), std::io::Error::other(e.to_string()))
            })?,
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little, do not spin.
                    tracing::warn!("accept on {local} failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let svc = hyper_util::service::TowerToHyperService::new(app.clone());
        let io = TokioIo::new(conn::WriteTimeout::new(stream, cfg.write_timeout));
        let conn = graceful.watch(http.serve_connection(io, svc));
        let open = metrics.connections_open.fetch_add(1, Ordering::Relaxed) + 1;
        metrics.connections_peak.fetch_max(open, Ordering::Relaxed);
        let m = Arc::clone(&metrics);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::debug!("connection closed: {e}");
            }
            m.connections_open.fetch_sub(1, Ordering::Relaxed);
            drop(slot);
        });
    }
    drop(listener);
    tracing::info!("shutting down: finishing requests in flight");
    graceful.shutdown().await;
    Ok(())
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
}

/// A JSON response.
pub(crate) fn json(v: &serde_json::Value, content_type: &'static str) -> Response {
    let mut r = serde_json::to_vec(v).unwrap_or_default().into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r
}
