//! Vector tile routes: `/tiles` (list), `/tiles/{layers}.json` (TileJSON 3.0) and
//! `/tiles/{layers}/{z}/{x}/{y}.mvt`, live from the layers or passed through from PMTiles.

use std::io::Read;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use saale_tiles::{render, TileId, TileLayer};
use sha2::{Digest, Sha256};

use crate::http::{base_url, View};
use crate::state::{CachedTile, Metrics};
use crate::{json, problem, AppState};

/// Validate a tileset or layer name: letters, digits, `_` and `-` only (no traversal).
pub(crate) fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Parse `z/x/y` (y may carry `.mvt` or `.pbf`).
pub(crate) fn parse_tile(z: &str, x: &str, y: &str) -> Result<TileId, Response> {
    let y = y
        .strip_suffix(".mvt")
        .or_else(|| y.strip_suffix(".pbf"))
        .unwrap_or(y);
    let (Ok(z), Ok(x), Ok(y)) = (z.parse::<u8>(), x.parse::<u32>(), y.parse::<u32>()) else {
        return Err(problem(
            StatusCode::BAD_REQUEST,
            format!("'{z}/{x}/{y}' is not a tile address (z/x/y with whole numbers)"),
        ));
    };
    TileId::new(z, x, y).ok_or_else(|| {
        problem(
            StatusCode::BAD_REQUEST,
            format!(
                "tile {z}/{x}/{y} is outside WebMercatorQuad (z 0..={}, x and y below 2^z)",
                saale_tiles::MAX_ZOOM
            ),
        )
    })
}

/// The tile layers named in a comma list, in a view; `Err` is a 404 or 400 response.
pub(crate) fn resolve<'a>(
    st: &'a AppState,
    list: &str,
    internal: bool,
) -> Result<Vec<&'a TileLayer>, Response> {
    resolve_in(st, list, internal, Grid::Mercator)
}

/// A tile matrix set the server cuts tiles in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grid {
    /// WebMercatorQuad (EPSG:3857).
    Mercator,
    /// The AdV tile matrix set for EPSG:25832.
    Adv,
}

/// [`resolve`] for a tile matrix set.
pub(crate) fn resolve_in<'a>(
    st: &'a AppState,
    list: &str,
    internal: bool,
    grid: Grid,
) -> Result<Vec<&'a TileLayer>, Response> {
    let mut out = Vec::new();
    for name in list.split(',') {
        if !valid_name(name) {
            return Err(problem(
                StatusCode::BAD_REQUEST,
                format!("'{name}' is not a valid layer name"),
            ));
        }
        match st.layer(name, internal) {
            Some(l) => match grid {
                Grid::Mercator => out.push(l.tiles(internal)),
                Grid::Adv => match l.tiles_adv(internal) {
                    Some(t) => out.push(t),
                    None => {
                        return Err(problem(
                            StatusCode::NOT_FOUND,
                            format!("layer '{name}' has no tiles in EPSG:25832"),
                        ))
                    }
                },
            },
            None => return Err(problem(StatusCode::NOT_FOUND, format!("no layer '{name}'"))),
        }
    }
    Ok(out)
}

/// `/tiles`: the tilesets (layers and archives) of this view.
pub(crate) async fn catalog(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    headers: HeaderMap,
) -> Response {
    let base = base_url(&headers);
    let mut sets: Vec<serde_json::Value> = st
        .visible(view.internal)
        .map(|l| {
            serde_json::json!({
                "name": l.name,
                "kind": "layer",
                "tilejson": format!("{base}/tiles/{}.json", l.name),
                "features": l.data().features.len(),
            })
        })
        .collect();
    for name in st
        .archives
        .keys()
        .filter(|n| st.archive(n, view.internal).is_some())
    {
        sets.push(serde_json::json!({
            "name": name,
            "kind": "pmtiles",
            "tilejson": format!("{base}/tiles/{name}.json"),
        }));
    }
    json(&serde_json::json!({ "tilesets": sets }), "application/json")
}

/// `/tiles/{layers}.json`: TileJSON 3.0.
pub(crate) async fn tilejson(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(list) = name.strip_suffix(".json") else {
        return problem(
            StatusCode::NOT_FOUND,
            "use /tiles/{layers}.json for TileJSON or /tiles/{layers}/{z}/{x}/{y}.mvt",
        );
    };
    let base = base_url(&headers);
    if let Some(a) = st.archive(list, view.internal) {
        let h = a.reader.get_header();
        let mut tj = serde_json::json!({
            "tilejson": "3.0.0",
            "name": list,
            "tiles": [format!("{base}/tiles/{list}/{{z}}/{{x}}/{{y}}.mvt")],
            "minzoom": h.min_zoom,
            "maxzoom": h.max_zoom,
            "bounds": [h.min_longitude, h.min_latitude, h.max_longitude, h.max_latitude],
            "center": [h.center_longitude, h.center_latitude, h.center_zoom],
        });
        if let Some(vl) = a.metadata.get("vector_layers") {
            tj["vector_layers"] = vl.clone();
        }
        return json(&tj, "application/json");
    }
    let layers = match resolve(&st, list, view.internal) {
        Ok(l) => l,
        Err(r) => return r,
    };
    let meta = saale_tiles::pyramid::metadata(&layers, 0, 22);
    let mut b = [180.0f64, 90.0, -180.0, -90.0];
    for l in &layers {
        let lb = l.bounds_lonlat();
        b = [
            b[0].min(lb[0]),
            b[1].min(lb[1]),
            b[2].max(lb[2]),
            b[3].max(lb[3]),
        ];
    }
    let attribution: Vec<String> = list
        .split(',')
        .filter_map(|n| st.layers.get(n))
        .map(|l| l.entry.attribution.clone())
        .filter(|a| !a.is_empty())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let minzoom = layers.iter().map(|l| l.minzoom).min().unwrap_or(0);
    json(
        &serde_json::json!({
            "tilejson": "3.0.0",
            "name": list,
            "tiles": [format!("{base}/tiles/{list}/{{z}}/{{x}}/{{y}}.mvt")],
            "vector_layers": meta["vector_layers"],
            "minzoom": minzoom,
            "maxzoom": 22,
            "bounds": b,
            "center": [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0, 12],
            "attribution": attribution.join("; "),
        }),
        "application/json",
    )
}

/// `/tiles/{layers}/{z}/{x}/{y}.mvt`.
pub(crate) async fn tile(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((list, z, x, y)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let id = match parse_tile(&z, &x, &y) {
        Ok(id) => id,
        Err(r) => return r,
    };
    serve_tile(&st, view, &list, id, &headers).await
}

/// Answer one tile for the layers in `list` (or a PMTiles archive of that name).
pub(crate) async fn serve_tile(
    st: &Arc<AppState>,
    view: View,
    list: &str,
    id: TileId,
    headers: &HeaderMap,
) -> Response {
    serve_tile_in(st, view, list, Grid::Mercator, id, headers).await
}

/// Parse `z/x/y` of the AdV tile matrix set (level up to 20).
pub(crate) fn parse_adv(z: &str, x: &str, y: &str) -> Result<TileId, Response> {
    let y = y
        .strip_suffix(".mvt")
        .or_else(|| y.strip_suffix(".pbf"))
        .unwrap_or(y);
    match (z.parse::<u8>(), x.parse::<u32>(), y.parse::<u32>()) {
        (Ok(z), Ok(x), Ok(y)) if saale_tiles::tms::Adv25832::bounds(z, x, y).is_some() => {
            Ok(TileId { z, x, y })
        }
        _ => Err(problem(
            StatusCode::BAD_REQUEST,
            format!(
                "'{z}/{x}/{y}' is not a tile of {} (levels 0..={}, column and row below 2^level)",
                saale_tiles::tms::Adv25832::ID,
                saale_tiles::tms::Adv25832::MAX_LEVEL
            ),
        )),
    }
}

/// `/tiles/DE_EPSG_25832_ADV/{layers}/{z}/{x}/{y}.mvt`: tiles in the AdV grid for EPSG:25832.
pub(crate) async fn tile_adv(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((list, z, x, y)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let id = match parse_adv(&z, &x, &y) {
        Ok(id) => id,
        Err(r) => return r,
    };
    serve_tile_in(&st, view, &list, Grid::Adv, id, &headers).await
}

/// Answer one tile of a tile matrix set.
pub(crate) async fn serve_tile_in(
    st: &Arc<AppState>,
    view: View,
    list: &str,
    grid: Grid,
    id: TileId,
    headers: &HeaderMap,
) -> Response {
    let gzip_ok = accepts_gzip(headers);
    if let Some(a) = st
        .archive(list, view.internal)
        .filter(|_| grid == Grid::Mercator)
    {
        let coord = match pmtiles::TileCoord::new(id.z, id.x, id.y) {
            Ok(c) => c,
            Err(e) => return problem(StatusCode::BAD_REQUEST, e.to_string()),
        };
        return match a.reader.get_tile(coord).await {
            Ok(Some(bytes)) => {
                let gz = a.reader.get_header().tile_compression == pmtiles::Compression::Gzip;
                let tag = etag(&bytes);
                if gz && !gzip_ok {
                    let mut raw = Vec::new();
                    if flate2::read::GzDecoder::new(&bytes[..])
                        .read_to_end(&mut raw)
                        .is_err()
                    {
                        return problem(
                            StatusCode::INTERNAL_SERVER_ERROR,
                            format!(
                                "{}: tile {}/{}/{} is not valid gzip",
                                a.path.display(),
                                id.z,
                                id.x,
                                id.y
                            ),
                        );
                    }
                    tile_response(raw, None, &tag)
                } else {
                    let tag = if gz { gz_tag(&tag) } else { tag };
                    tile_response(bytes.to_vec(), gz.then_some("gzip"), &tag)
                }
            }
            Ok(None) => empty_tile(),
            Err(e) => problem(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        };
    }
    let key_list = match grid {
        Grid::Mercator => list.to_string(),
        Grid::Adv => format!("adv:{list}"),
    };
    let key = (view.internal, key_list, id.z, id.x, id.y);
    let cached = st.cache.lock().ok().and_then(|mut c| c.get(&key).cloned());
    let entry = if let Some(c) = cached {
        Metrics::inc(&st.metrics.tile_cache_hits, 1);
        c
    } else {
        if let Err(r) = resolve_in(st, list, view.internal, grid) {
            return r;
        }
        let st2 = Arc::clone(st);
        let list2 = list.to_string();
        let t0 = Instant::now();
        let done = tokio::task::spawn_blocking(move || {
            let layers = resolve_in(&st2, &list2, view.internal, grid)
                .map_err(|_| "layer vanished".to_string())?;
            let r = match grid {
                Grid::Mercator => render(&layers, id, &st2.config.tiles),
                Grid::Adv => {
                    let b = saale_tiles::tms::Adv25832::bounds(id.z, id.x, id.y)
                        .ok_or_else(|| "tile outside the AdV grid".to_string())?;
                    saale_tiles::render_bounds(
                        &layers,
                        id.z,
                        b,
                        &format!(
                            "{}/{}/{}/{}",
                            saale_tiles::tms::Adv25832::ID,
                            id.z,
                            id.x,
                            id.y
                        ),
                        &st2.config.tiles,
                    )
                }
            }
            .map_err(|e| e.to_string())?;
            let gz = saale_tiles::pyramid::gzip(&r.data).map_err(|e| e.to_string())?;
            Ok::<_, String>((r, gz))
        })
        .await;
        let (r, gz) = match done {
            Ok(Ok(v)) => v,
            Ok(Err(e)) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e),
            Err(e) => return problem(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        };
        Metrics::inc(&st.metrics.tiles_rendered, 1);
        Metrics::inc(
            &st.metrics.tile_render_us,
            u64::try_from(t0.elapsed().as_micros()).unwrap_or(u64::MAX),
        );
        if !r.notes.is_empty() {
            Metrics::inc(&st.metrics.tiles_over_budget, 1);
        }
        let c = Arc::new(CachedTile {
            etag: etag(&r.data),
            raw: r.data,
            gz,
        });
        if let Ok(mut cache) = st.cache.lock() {
            cache.put(key, Arc::clone(&c));
        }
        c
    };
    if entry.raw.is_empty() {
        return empty_tile();
    }
    if gzip_ok {
        tile_response(entry.gz.clone(), Some("gzip"), &gz_tag(&entry.etag))
    } else {
        tile_response(entry.raw.clone(), None, &entry.etag)
    }
}

fn accepts_gzip(h: &HeaderMap) -> bool {
    h.get_all(header::ACCEPT_ENCODING).iter().any(|v| {
        v.to_str().is_ok_and(|s| {
            s.split(',').any(|p| {
                let mut it = p.split(';');
                let enc = it.next().unwrap_or("").trim();
                let q0 = it.any(|q| q.trim().replace(' ', "") == "q=0");
                (enc == "gzip" || enc == "*") && !q0
            })
        })
    })
}

fn etag(data: &[u8]) -> String {
    let d = Sha256::digest(data);
    let hex: String = d[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// The entity tag of the gzip representation (differs from the identity one).
fn gz_tag(tag: &str) -> String {
    format!("{}-gz\"", tag.trim_end_matches('"'))
}

fn empty_tile() -> Response {
    let mut r = StatusCode::NO_CONTENT.into_response();
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    r
}

fn tile_response(body: Vec<u8>, encoding: Option<&'static str>, tag: &str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/vnd.mapbox-vector-tile"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    h.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    if let Ok(v) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, v);
    }
    r
}
