//! HTTP hygiene shared by all routes: the view (public or internal) from the bearer token,
//! entity tags with `If-None-Match`, cache headers, metrics; `/health`, `/metrics` and 404s.

use std::fmt::Write as _;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::{ApiError, AppState};

/// Which view a request has: public, or internal (valid bearer token).
#[derive(Debug, Clone, Copy)]
pub(crate) struct View {
    /// True with a valid internal token.
    pub internal: bool,
}

/// Largest body the ETag step buffers (bigger bodies go out without an ETag).
const ETAG_MAX: usize = 64 * 1024 * 1024;

/// Bodies up to this size are hashed for the ETag on the async worker itself.
const HASH_INLINE: usize = 256 * 1024;

/// The middleware: view, metrics, cache headers, ETag and 304.
pub(crate) async fn hygiene(
    State(st): State<Arc<AppState>>,
    mut req: Request,
    next: Next,
) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |m| m.as_str().to_string());
    let internal = match bearer(req.headers()) {
        None => false,
        Some(t) if st.token_ok(t) => true,
        Some(_) => {
            st.metrics.count(&route, 401);
            return ApiError::Unauthorized("invalid token for the internal view".into())
                .into_response();
        }
    };
    req.extensions_mut().insert(View { internal });
    let get = req.method() == Method::GET || req.method() == Method::HEAD;
    let inm = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let gzip_ok = accepts_gzip(req.headers());
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    h.append(header::VARY, HeaderValue::from_static("Authorization"));
    if internal {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, max-age=0, must-revalidate"),
        );
    } else if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=60"),
        );
    }
    if get && resp.status() == StatusCode::OK {
        if !resp.headers().contains_key(header::ETAG) {
            let (parts, body) = resp.into_parts();
            match axum::body::to_bytes(body, ETAG_MAX).await {
                Ok(bytes) => {
                    let large = bytes.len() > HASH_INLINE;
                    let gz = large && gzip_ok && compressible(&parts.headers);
                    let (d, zipped) = if large {
                        // A large body is hashed (and, when the client takes gzip,
                        // compressed) on the blocking pool at background priority: hashing
                        // and compressing 10 MB takes tens of milliseconds an async worker
                        // would not answer `/health`.
                        let b = bytes.clone();
                        match tokio::task::spawn_blocking(move || {
                            crate::pool::background();
                            (
                                Sha256::digest(&b),
                                gz.then(|| saale_tiles::pyramid::gzip(&b).ok()).flatten(),
                            )
                        })
                        .await
                        {
                            Ok(r) => r,
                            Err(_) => (Sha256::digest(&bytes), None),
                        }
                    } else {
                        (Sha256::digest(&bytes), None)
                    };
                    let hex: String = d[..12].iter().map(|b| format!("{b:02x}")).collect();
                    let mut tag = format!("\"{hex}\"");
                    resp = match zipped {
                        Some(z) => {
                            // The compression layer leaves a response with a
                            // Content-Encoding alone.
                            let mut parts = parts;
                            parts.headers.remove(header::CONTENT_LENGTH);
                            parts
                                .headers
                                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                            parts
                                .headers
                                .append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
                            tag = crate::tiles::gz_tag(&tag);
                            Response::from_parts(parts, Body::from(z))
                        }
                        None => Response::from_parts(parts, Body::from(bytes)),
                    };
                    if let Ok(v) = HeaderValue::from_str(&tag) {
                        resp.headers_mut().insert(header::ETAG, v);
                    }
                }
                Err(_) => {
                    st.metrics.count(&route, 500);
                    return ApiError::internal("response too large").into_response();
                }
            }
        }
        if let (Some(inm), Some(tag)) = (inm, resp.headers().get(header::ETAG)) {
            let tag = tag.to_str().unwrap_or_default();
            let bare = tag.trim_start_matches("W/");
            let hit = inm
                .split(',')
                .map(str::trim)
                .any(|c| c == "*" || c == tag || c.trim_start_matches("W/") == bare);
            if hit {
                let mut r = StatusCode::NOT_MODIFIED.into_response();
                for k in [header::ETAG, header::CACHE_CONTROL, header::VARY] {
                    for v in resp.headers().get_all(&k) {
                        r.headers_mut().append(k.clone(), v.clone());
                    }
                }
                st.metrics.count(&route, 304);
                return r;
            }
        }
    }
    st.metrics.count(&route, resp.status().as_u16());
    resp
}

/// Whether the request's `Accept-Encoding` takes gzip (`gzip` or `*` without `q=0`).
pub(crate) fn accepts_gzip(h: &HeaderMap) -> bool {
    h.get_all(header::ACCEPT_ENCODING).iter().any(|v| {
        v.to_str().is_ok_and(|s| {
            s.split(',').any(|p| {
                let mut it = p.split(';');
                let enc = it.next().unwrap_or("").trim();
                let refused = it.any(|q| {
                    let q = q.trim().replace(' ', "");
                    q.strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                        .is_some_and(|v| v <= 0.0)
                });
                (enc.eq_ignore_ascii_case("gzip") || enc == "*") && !refused
            })
        })
    })
}

/// A response body worth compressing: not already encoded, not an image (PNG, JPEG and WebP
/// are compressed already; SVG is text).
fn compressible(h: &HeaderMap) -> bool {
    if h.contains_key(header::CONTENT_ENCODING) || h.contains_key(header::CONTENT_RANGE) {
        return false;
    }
    let ct = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    !ct.starts_with("image/") || ct.starts_with("image/svg")
}

/// The credential of an `Authorization` header: `None` without the header; the token of the
/// `Bearer` scheme (the scheme name is case-insensitive, RFC 7235); an empty string for any
/// other scheme or an unreadable header, so that it is refused instead of taken as public.
fn bearer(h: &HeaderMap) -> Option<&str> {
    let v = h.get(header::AUTHORIZATION)?;
    let Ok(v) = v.to_str() else {
        return Some("");
    };
    let (scheme, token) = v.trim().split_once(' ').unwrap_or((v.trim(), ""));
    Some(if scheme.eq_ignore_ascii_case("bearer") {
        token.trim()
    } else {
        ""
    })
}

/// `/health`: liveness and what is loaded.
pub(crate) async fn health(
    State(st): State<Arc<AppState>>,
    view: Option<axum::Extension<View>>,
) -> Response {
    // Only the layers this view may see are counted: the public does not learn how many
    // internal layers there are.
    let internal = view.is_some_and(|v| v.internal);
    let layers = st
        .layers
        .values()
        .filter(|l| internal || l.is_public())
        .count();
    let mut r = crate::json(
        &serde_json::json!({
            "status": "ok",
            "project": st.name,
            "layers": layers,
            "archives": st.archives.keys().filter(|n| st.archive(n, internal).is_some()).count(),
        }),
        "application/json",
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// `/metrics`: Prometheus text format.
pub(crate) async fn metrics(State(st): State<Arc<AppState>>) -> Response {
    let m = &st.metrics;
    let mut out = String::new();
    out.push_str("# HELP saale_http_requests_total Requests answered, by route and status.\n");
    out.push_str("# TYPE saale_http_requests_total counter\n");
    if let Ok(req) = m.requests.lock() {
        for ((route, status), n) in req.iter() {
            let route = route.replace('\\', "\\\\").replace('"', "\\\"");
            let _ = writeln!(
                out,
                "saale_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
            );
        }
    }
    let counters = [
        (
            "saale_tile_cache_hits_total",
            "Tiles answered from the cache.",
            m.tile_cache_hits.load(Ordering::Relaxed),
        ),
        (
            "saale_tiles_rendered_total",
            "Tiles cut from the layers.",
            m.tiles_rendered.load(Ordering::Relaxed),
        ),
        (
            "saale_tiles_over_budget_total",
            "Tiles generalised harder or thinned to meet the size budget.",
            m.tiles_over_budget.load(Ordering::Relaxed),
        ),
        (
            "saale_requests_shed_total",
            "Requests refused with 503 under load.",
            m.shed.load(Ordering::Relaxed),
        ),
        (
            "saale_transformer_reuses_total",
            "Queries that reused a cached PROJ transformer.",
            m.transformer_hits.load(Ordering::Relaxed),
        ),
        (
            "saale_transformers_created_total",
            "PROJ transformers created.",
            m.transformers_created.load(Ordering::Relaxed),
        ),
        (
            "saale_catalog_reloads_total",
            "Reloads after a change of the catalog.",
            m.reloads.load(Ordering::Relaxed),
        ),
    ];
    for (name, help, v) in counters {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
        );
    }
    // Layers by state (of the layers this public route may name), for monitoring.
    if let Some(hook) = st.config.layer_states.clone() {
        let public: std::collections::BTreeSet<String> =
            st.visible(false).map(|l| l.name.clone()).collect();
        if let Ok(states) = tokio::task::spawn_blocking(move || (hook.0)()).await {
            let mut by: std::collections::BTreeMap<String, u64> =
                ["current", "stale", "outdated", "broken"]
                    .iter()
                    .map(|s| ((*s).to_string(), 0))
                    .collect();
            for (layer, state) in states {
                if public.contains(&layer) {
                    *by.entry(state).or_insert(0) += 1;
                }
            }
            out.push_str("# HELP saale_layers Public layers by state (current, stale, outdated, broken; saale status).\n# TYPE saale_layers gauge\n");
            for (state, n) in by {
                let _ = writeln!(out, "saale_layers{{state=\"{state}\"}} {n}");
            }
        }
    }
    let secs = m.tile_render_us.load(Ordering::Relaxed) as f64 / 1e6;
    let _ = writeln!(
        out,
        "# HELP saale_tile_render_seconds_total Time spent cutting tiles.\n# TYPE saale_tile_render_seconds_total counter\nsaale_tile_render_seconds_total {secs}"
    );
    let _ = writeln!(
        out,
        "# HELP saale_connections_open Connections open now.\n# TYPE saale_connections_open gauge\nsaale_connections_open {}\n# HELP saale_connections_peak Most connections open at once.\n# TYPE saale_connections_peak gauge\nsaale_connections_peak {}",
        m.connections_open.load(Ordering::Relaxed),
        m.connections_peak.load(Ordering::Relaxed)
    );
    let (cached, cached_bytes) = st.cache.lock().map_or((0, 0), |c| (c.len(), c.bytes()));
    let _ = writeln!(
        out,
        "# HELP saale_tile_cache_entries Tiles in the cache.\n# TYPE saale_tile_cache_entries gauge\nsaale_tile_cache_entries {cached}\n# HELP saale_tile_cache_bytes Bytes held by the tile cache.\n# TYPE saale_tile_cache_bytes gauge\nsaale_tile_cache_bytes {cached_bytes}"
    );
    let mut r = out.into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4"),
    );
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// 404 for unknown routes.
pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("no such resource")
}

/// The base URL of a request (`http://host`), for absolute links.
pub(crate) fn base_url(h: &HeaderMap) -> String {
    let host = h
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|s| {
            s.chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
        })
        .unwrap_or("localhost");
    let proto = h
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https" || *p == "http")
        .unwrap_or("http");
    format!("{proto}://{host}")
}
