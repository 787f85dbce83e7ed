//! Vector tile routes: `/tiles` (list), `/tiles/{layers}.json` (TileJSON 3.0) and
//! `/tiles/{layers}/{z}/{x}/{y}.mvt`, answered by a [`TileSource`]: the live layers of the
//! project (cut on demand, cached) or a PMTiles archive (passed through).
//!
//! A layer list names at most [`MAX_LAYERS`] distinct layers; duplicates are removed.

use std::future::Future;
use std::io::Read;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use saale_tiles::raster::ImageFormat;
use saale_tiles::{render, TileId, TileLayer};
use sha2::{Digest, Sha256};

use crate::http::{base_url, View};
use crate::state::{Archive, CachedTile, Metrics, ServedRaster};
use crate::{json, ApiError, ApiResult, AppState};

/// Most distinct layers one tile or TileJSON request may name.
pub const MAX_LAYERS: usize = 32;

/// Validate a tileset or layer name: letters, digits, `_` and `-` only (no traversal).
pub(crate) fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 128
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// The names of a comma list, each valid, duplicates removed (first occurrence kept).
///
/// # Errors
/// A 400 for an invalid name or more than [`MAX_LAYERS`] distinct names.
pub(crate) fn layer_list(list: &str) -> Result<Vec<&str>, ApiError> {
    let mut out: Vec<&str> = Vec::new();
    for name in list.split(',') {
        if !valid_name(name) {
            return Err(ApiError::bad(format!("'{name}' is not a valid layer name")));
        }
        if !out.contains(&name) {
            if out.len() == MAX_LAYERS {
                return Err(ApiError::bad(format!(
                    "a tile request may name at most {MAX_LAYERS} distinct layers"
                )));
            }
            out.push(name);
        }
    }
    Ok(out)
}

/// Parse `z/x/y` (y may carry `.mvt` or `.pbf`).
pub(crate) fn parse_tile(z: &str, x: &str, y: &str) -> Result<TileId, ApiError> {
    let y = y
        .strip_suffix(".mvt")
        .or_else(|| y.strip_suffix(".pbf"))
        .unwrap_or(y);
    let (Ok(z), Ok(x), Ok(y)) = (z.parse::<u8>(), x.parse::<u32>(), y.parse::<u32>()) else {
        return Err(ApiError::bad(format!(
            "'{z}/{x}/{y}' is not a tile address (z/x/y with whole numbers)"
        )));
    };
    TileId::new(z, x, y).ok_or_else(|| {
        ApiError::bad(format!(
            "tile {z}/{x}/{y} is outside WebMercatorQuad (z 0..={}, x and y below 2^z)",
            saale_tiles::MAX_ZOOM
        ))
    })
}

/// Counts a render as running until dropped (on return and on unwinding alike).
struct Running<'a>(&'a std::sync::atomic::AtomicU64);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Parse `z/x/y` of the AdV tile matrix set (level up to 20).
pub(crate) fn parse_adv(z: &str, x: &str, y: &str) -> Result<TileId, ApiError> {
    let y = y
        .strip_suffix(".mvt")
        .or_else(|| y.strip_suffix(".pbf"))
        .unwrap_or(y);
    match (z.parse::<u8>(), x.parse::<u32>(), y.parse::<u32>()) {
        (Ok(z), Ok(x), Ok(y)) if saale_tiles::tms::Adv25832::bounds(z, x, y).is_some() => {
            Ok(TileId { z, x, y })
        }
        _ => Err(ApiError::bad(format!(
            "'{z}/{x}/{y}' is not a tile of {} (levels 0..={}, column and row below 2^level)",
            saale_tiles::tms::Adv25832::ID,
            saale_tiles::tms::Adv25832::MAX_LEVEL
        ))),
    }
}

/// A tile matrix set the server cuts tiles in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grid {
    /// WebMercatorQuad (EPSG:3857).
    Mercator,
    /// The AdV tile matrix set for EPSG:25832.
    Adv,
}

/// The tile layers named in a comma list, in a view.
///
/// # Errors
/// 400 for a bad list, 404 for a layer this view does not see (or without tiles in the grid).
pub(crate) fn resolve_in<'a>(
    st: &'a AppState,
    list: &str,
    internal: bool,
    grid: Grid,
) -> Result<Vec<&'a TileLayer>, ApiError> {
    let mut out = Vec::new();
    for name in layer_list(list)? {
        let Some(l) = st.layer(name, internal) else {
            return Err(ApiError::not_found(format!("no layer '{name}'")));
        };
        match grid {
            Grid::Mercator => out.push(l.tiles(internal)),
            Grid::Adv => match l.tiles_adv(internal) {
                Some(t) => out.push(t),
                None => {
                    return Err(ApiError::not_found(format!(
                        "layer '{name}' has no tiles in EPSG:25832"
                    )))
                }
            },
        }
    }
    Ok(out)
}

/// The bytes of one tile as a source has them.
pub enum TileData {
    /// Uncompressed MVT with its gzip form and entity tag (live tiles, cached).
    Cut(Arc<CachedTile>),
    /// MVT bytes as stored in an archive, gzip-compressed or not.
    Stored {
        /// The stored bytes.
        bytes: Vec<u8>,
        /// Whether `bytes` are gzip.
        gzip: bool,
    },
}

/// A future of a tile (boxed, so that sources can be trait objects).
pub type TileFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<TileData>, ApiError>> + Send + 'a>>;

/// A source of vector tiles, as Martin's `Source`: the live layers of the project or a
/// pre-built archive. The tile routes ask [`source`] for one and answer what it gives.
pub trait TileSource: Send + Sync {
    /// The tileset id (a layer list or the archive name).
    fn id(&self) -> &str;
    /// Whether the source holds internal data (served only in the internal view).
    fn internal(&self) -> bool;
    /// TileJSON 3.0 with tile URLs under `base`.
    fn tilejson(&self, base: &str) -> serde_json::Value;
    /// Tile `id`; `None` for an empty tile.
    fn get_tile(&self, id: TileId) -> TileFuture<'_>;
}

impl TileSource for Archive {
    fn id(&self) -> &str {
        &self.name
    }

    fn internal(&self) -> bool {
        self.internal
    }

    fn tilejson(&self, base: &str) -> serde_json::Value {
        let list = &self.name;
        let h = self.reader.get_header();
        let mut tj = serde_json::json!({
            "tilejson": "3.0.0",
            "name": list,
            "tiles": [format!("{base}/tiles/{list}/{{z}}/{{x}}/{{y}}.mvt")],
            "minzoom": h.min_zoom,
            "maxzoom": h.max_zoom,
            "bounds": [h.min_longitude, h.min_latitude, h.max_longitude, h.max_latitude],
            "center": [h.center_longitude, h.center_latitude, h.center_zoom],
        });
        if let Some(vl) = self.metadata.get("vector_layers") {
            tj["vector_layers"] = vl.clone();
        }
        tj
    }

    fn get_tile(&self, id: TileId) -> TileFuture<'_> {
        Box::pin(async move {
            let coord = pmtiles::TileCoord::new(id.z, id.x, id.y)
                .map_err(|e| ApiError::bad(e.to_string()))?;
            let bytes = self
                .reader
                .get_tile(coord)
                .await
                .map_err(|e| ApiError::internal(format!("tileset {}: {e}", self.name)))?;
            Ok(bytes.map(|b| TileData::Stored {
                bytes: b.to_vec(),
                gzip: self.reader.get_header().tile_compression == pmtiles::Compression::Gzip,
            }))
        })
    }
}

/// The live layers of a list, cut on demand on the blocking pool and cached.
pub struct LiveTiles {
    st: Arc<AppState>,
    /// The distinct layer names, comma-joined (also the cache key).
    list: String,
    /// The view asking (internal: all attributes).
    view_internal: bool,
    grid: Grid,
    /// Some layer of the list is internal.
    holds_internal: bool,
}

impl LiveTiles {
    /// The layers of `list` in a view and grid.
    ///
    /// # Errors
    /// As [`resolve_in`].
    fn new(st: &Arc<AppState>, list: &str, internal: bool, grid: Grid) -> Result<Self, ApiError> {
        resolve_in(st, list, internal, grid)?;
        let names = layer_list(list)?;
        let holds_internal = names
            .iter()
            .any(|n| st.layers.get(*n).is_some_and(|l| !l.is_public()));
        Ok(LiveTiles {
            st: Arc::clone(st),
            list: names.join(","),
            view_internal: internal,
            grid,
            holds_internal,
        })
    }
}

impl TileSource for LiveTiles {
    fn id(&self) -> &str {
        &self.list
    }

    fn internal(&self) -> bool {
        self.holds_internal
    }

    fn tilejson(&self, base: &str) -> serde_json::Value {
        let list = &self.list;
        let layers = resolve_in(&self.st, list, self.view_internal, self.grid).unwrap_or_default();
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
            .filter_map(|n| self.st.layers.get(n))
            .map(|l| l.entry.attribution.clone())
            .filter(|a| !a.is_empty())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let minzoom = layers.iter().map(|l| l.minzoom).min().unwrap_or(0);
        serde_json::json!({
            "tilejson": "3.0.0",
            "name": list,
            "tiles": [format!("{base}/tiles/{list}/{{z}}/{{x}}/{{y}}.mvt")],
            "vector_layers": meta["vector_layers"],
            "minzoom": minzoom,
            "maxzoom": 22,
            "bounds": b,
            "center": [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0, 12],
            "attribution": attribution.join("; "),
        })
    }

    fn get_tile(&self, id: TileId) -> TileFuture<'_> {
        Box::pin(async move {
            let st = &self.st;
            let key_list = match self.grid {
                Grid::Mercator => self.list.clone(),
                Grid::Adv => format!("adv:{}", self.list),
            };
            let key = (self.view_internal, key_list, id.z, id.x, id.y);
            if let Some(c) = st.cache.lock().ok().and_then(|mut c| c.get(&key)) {
                Metrics::inc(&st.metrics.tile_cache_hits, 1);
                return Ok((!c.raw.is_empty()).then_some(TileData::Cut(c)));
            }
            let st2 = Arc::clone(st);
            let (list, internal, grid) = (self.list.clone(), self.view_internal, self.grid);
            // One of `max_renders` slots (closed only when the state is dropped: then fail).
            let slot = Arc::clone(&st.renders)
                .acquire_owned()
                .await
                .map_err(|e| ApiError::internal(e.to_string()))?;
            let t0 = Instant::now();
            let metrics = Arc::clone(&st.metrics);
            let (r, gz) = tokio::task::spawn_blocking(move || {
                let _slot = slot;
                crate::pool::background();
                let now = metrics.renders_running.fetch_add(1, Ordering::Relaxed) + 1;
                metrics.renders_peak.fetch_max(now, Ordering::Relaxed);
                let _running = Running(&metrics.renders_running);
                let layers = resolve_in(&st2, &list, internal, grid)?;
                let r = match grid {
                    Grid::Mercator => render(&layers, id, &st2.config.tiles),
                    Grid::Adv => {
                        let b = saale_tiles::tms::Adv25832::bounds(id.z, id.x, id.y)
                            .ok_or_else(|| ApiError::bad("tile outside the AdV grid"))?;
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
                .map_err(|e| ApiError::internal(e.to_string()))?;
                let gz = saale_tiles::pyramid::gzip(&r.data)
                    .map_err(|e| ApiError::internal(e.to_string()))?;
                Ok::<_, ApiError>((r, gz))
            })
            .await
            .map_err(|e| ApiError::internal(e.to_string()))??;
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
            crate::state::cache_put(&st.cache, key, &c).await;
            Ok((!c.raw.is_empty()).then_some(TileData::Cut(c)))
        })
    }
}

/// The source answering `list` in a view and grid: a PMTiles archive of that name (Web
/// Mercator only) or the live layers.
///
/// # Errors
/// As [`resolve_in`].
pub fn source(
    st: &Arc<AppState>,
    list: &str,
    internal: bool,
    grid: Grid,
) -> Result<Box<dyn TileSource>, ApiError> {
    if grid == Grid::Mercator {
        if let Some(a) = st.archive(list, internal) {
            return Ok(Box::new(Arc::clone(a)));
        }
    }
    Ok(Box::new(LiveTiles::new(st, list, internal, grid)?))
}

/// A shared source is a source.
impl<T: TileSource + ?Sized> TileSource for Arc<T> {
    fn id(&self) -> &str {
        (**self).id()
    }
    fn internal(&self) -> bool {
        (**self).internal()
    }
    fn tilejson(&self, base: &str) -> serde_json::Value {
        (**self).tilejson(base)
    }
    fn get_tile(&self, id: TileId) -> TileFuture<'_> {
        (**self).get_tile(id)
    }
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
    for r in st.visible_rasters(view.internal) {
        sets.push(serde_json::json!({
            "name": r.name,
            "kind": "raster",
            "tilejson": format!("{base}/tiles/{}.json", r.name),
        }));
    }
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
    for name in st
        .tilesets3d
        .keys()
        .filter(|n| st.tileset3d(n, view.internal).is_some())
    {
        sets.push(serde_json::json!({
            "name": name,
            "kind": "3dtiles",
            "tileset": format!("{base}/3dtiles/{name}/tileset.json"),
        }));
    }
    json(&serde_json::json!({ "tilesets": sets }), "application/json")
}

/// The file a `/3dtiles/{name}/{*file}` request may read: `tileset.json` or a GLB below
/// `tiles/`, in path segments of letters, digits, `_`, `-` and `.` (no `..`, nothing hidden).
pub(crate) fn tileset3d_file(file: &str) -> Option<(&str, &'static str)> {
    let ok_segment = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && s.len() <= 64
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    if file == "tileset.json" {
        return Some((file, "application/json"));
    }
    let rest = file.strip_prefix("tiles/")?;
    (rest.ends_with(".glb") && rest.split('/').count() <= 4 && rest.split('/').all(ok_segment))
        .then_some((file, "model/gltf-binary"))
}

/// `/3dtiles/{name}/{*file}`: the files of a 3D tileset from `saale tiles 3d` (the tileset
/// JSON and its GLB content), internal tilesets only to the internal view.
pub(crate) async fn tileset3d(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((name, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let not_found = || ApiError::NotFound(format!("no 3D tileset file '{name}/{file}'"));
    let ts = st.tileset3d(&name, view.internal).ok_or_else(not_found)?;
    let (rel, ctype) = tileset3d_file(&file).ok_or_else(not_found)?;
    let path = ts.dir.join(rel);
    let bytes = tokio::fs::read(&path).await.map_err(|_| not_found())?;
    let etag = format!("\"{:x}\"", Sha256::digest(&bytes));
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == etag)
    {
        return Ok(StatusCode::NOT_MODIFIED.into_response());
    }
    let mut r = (StatusCode::OK, bytes).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if ts.is_internal() {
            "private, no-cache"
        } else {
            "public, no-cache"
        }),
    );
    Ok(r)
}

/// `/tiles/{layers}.json`: TileJSON 3.0.
pub(crate) async fn tilejson(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    let Some(list) = name.strip_suffix(".json") else {
        return Err(ApiError::not_found(
            "use /tiles/{layers}.json for TileJSON or /tiles/{layers}/{z}/{x}/{y}.mvt",
        ));
    };
    if let Some(r) = st.raster(list, view.internal) {
        return Ok(json(
            &raster_tilejson(r, &base_url(&headers)),
            "application/json",
        ));
    }
    let src = source(&st, list, view.internal, Grid::Mercator)?;
    Ok(json(&src.tilejson(&base_url(&headers)), "application/json"))
}

/// `/tiles/{layers}/{z}/{x}/{y}.mvt`.
pub(crate) async fn tile(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((list, z, x, y)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> ApiResult {
    if let Some((y, format)) = image_suffix(&y) {
        return serve_raster(&st, view, &list, Grid::Mercator, (&z, &x, y), format).await;
    }
    let id = parse_tile(&z, &x, &y)?;
    serve_tile_in(&st, view, &list, Grid::Mercator, id, &headers).await
}

/// `/tiles/DE_EPSG_25832_ADV/{layers}/{z}/{x}/{y}.mvt`: tiles in the AdV grid for EPSG:25832.
pub(crate) async fn tile_adv(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((list, z, x, y)): Path<(String, String, String, String)>,
    headers: HeaderMap,
) -> ApiResult {
    if let Some((y, format)) = image_suffix(&y) {
        return serve_raster(&st, view, &list, Grid::Adv, (&z, &x, y), format).await;
    }
    let id = parse_adv(&z, &x, &y)?;
    serve_tile_in(&st, view, &list, Grid::Adv, id, &headers).await
}

/// Answer one tile of a tile matrix set from its source, gzip when the client takes it.
pub(crate) async fn serve_tile_in(
    st: &Arc<AppState>,
    view: View,
    list: &str,
    grid: Grid,
    id: TileId,
    headers: &HeaderMap,
) -> ApiResult {
    let gzip_ok = crate::http::accepts_gzip(headers);
    let src = source(st, list, view.internal, grid)?;
    Ok(match src.get_tile(id).await? {
        None => empty_tile(),
        Some(TileData::Cut(entry)) => {
            if gzip_ok {
                tile_response(entry.gz.clone(), Some("gzip"), &gz_tag(&entry.etag))
            } else {
                tile_response(entry.raw.clone(), None, &entry.etag)
            }
        }
        Some(TileData::Stored { bytes, gzip }) => {
            let tag = etag(&bytes);
            if gzip && !gzip_ok {
                let mut raw = Vec::new();
                if flate2::read::GzDecoder::new(&bytes[..])
                    .read_to_end(&mut raw)
                    .is_err()
                {
                    return Err(ApiError::internal(format!(
                        "{}: tile {}/{}/{} is not valid gzip",
                        src.id(),
                        id.z,
                        id.x,
                        id.y
                    )));
                }
                tile_response(raw, None, &tag)
            } else {
                let tag = if gzip { gz_tag(&tag) } else { tag };
                tile_response(bytes, gzip.then_some("gzip"), &tag)
            }
        }
    })
}

fn etag(data: &[u8]) -> String {
    let d = Sha256::digest(data);
    let hex: String = d[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// The entity tag of the gzip representation (differs from the identity one).
pub(crate) fn gz_tag(tag: &str) -> String {
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

/// The tile address part and image format of `y.png`, `y.jpg`, `y.jpeg` or `y.webp`.
fn image_suffix(y: &str) -> Option<(&str, ImageFormat)> {
    let (stem, ext) = y.rsplit_once('.')?;
    ImageFormat::from_extension(ext).map(|f| (stem, f))
}

/// The zoom levels a raster is served at: maxzoom where a tile pixel is about the raster's
/// pixel (finer tiles would only magnify), minzoom where the whole raster spans about one
/// tile (at least 0).
#[must_use]
pub fn raster_zooms(r: &ServedRaster) -> (u8, u8) {
    // Metres per raster pixel: the extent's width in Web Mercator over its pixels.
    let width_m = (r.bounds_3857.max_x - r.bounds_3857.min_x).max(1e-9);
    let px = width_m / r.info.width.max(1) as f64;
    let z_of = |metres_per_px: f64| {
        (2.0 * saale_tiles::tms::ORIGIN_SHIFT / (256.0 * metres_per_px)).log2()
    };
    let max = z_of(px).ceil().clamp(0.0, f64::from(saale_tiles::MAX_ZOOM)) as u8;
    let min = z_of(width_m / 256.0).floor().clamp(0.0, f64::from(max)) as u8;
    (min, max)
}

/// TileJSON 3.0 of a raster layer.
fn raster_tilejson(r: &ServedRaster, base: &str) -> serde_json::Value {
    let (minzoom, maxzoom) = raster_zooms(r);
    let b = r.bounds_lonlat;
    let format = if r.info.role == saale_model::RasterRole::Image && r.info.bands >= 3 {
        "webp"
    } else {
        "png"
    };
    serde_json::json!({
        "tilejson": "3.0.0",
        "name": r.name,
        "description": r.entry.description_of(&r.name),
        "format": format,
        "tiles": [format!("{base}/tiles/{}/{{z}}/{{x}}/{{y}}.{format}", r.name)],
        "minzoom": minzoom,
        "maxzoom": maxzoom,
        "bounds": b,
        "center": [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0, maxzoom.saturating_sub(2).max(minzoom)],
        "attribution": r.entry.attribution,
        "tileSize": saale_tiles::raster::TILE_SIZE,
    })
}

/// One raster tile: warped from the layer's COG on the blocking pool (one of the render
/// slots), cached like vector tiles, with an entity tag; 204 outside the raster's extent
/// or where no pixel is covered, as for empty vector tiles.
async fn serve_raster(
    st: &Arc<AppState>,
    view: View,
    name: &str,
    grid: Grid,
    (z, x, y): (&str, &str, &str),
    format: ImageFormat,
) -> ApiResult {
    if !valid_name(name) {
        return Err(ApiError::bad(format!("'{name}' is not a valid layer name")));
    }
    let Some(r) = st.raster(name, view.internal) else {
        return Err(ApiError::not_found(format!("no raster layer '{name}'")));
    };
    let (id, bounds, extent, crs) = match grid {
        Grid::Mercator => {
            let id = parse_tile(z, x, y)?;
            (
                id,
                id.bounds(),
                Some(r.bounds_3857),
                saale_crs::Crs::epsg(3857),
            )
        }
        Grid::Adv => {
            let id = parse_adv(z, x, y)?;
            let b = saale_tiles::tms::Adv25832::bounds(id.z, id.x, id.y)
                .ok_or_else(|| ApiError::bad("tile outside the AdV grid"))?;
            (id, b, r.bounds_25832, saale_crs::Crs::epsg(25832))
        }
    };
    let meets = extent.is_some_and(|e| {
        e.min_x < bounds.max_x
            && e.max_x > bounds.min_x
            && e.min_y < bounds.max_y
            && e.max_y > bounds.min_y
    });
    if !meets {
        return Ok(empty_tile());
    }
    // The layer's name first, so a change of the layer drops these tiles from the cache; the
    // grid and format after a comma, as a part no layer name can equal.
    let grid_name = match grid {
        Grid::Mercator => "3857",
        Grid::Adv => "25832",
    };
    let key = (
        false,
        format!("{name},\u{0}raster:{grid_name}:{}", format.extension()),
        id.z,
        id.x,
        id.y,
    );
    if let Some(c) = st.cache.lock().ok().and_then(|mut c| c.get(&key)) {
        Metrics::inc(&st.metrics.tile_cache_hits, 1);
        return Ok(image_response(&c, format));
    }
    let slot = Arc::clone(&st.renders)
        .acquire_owned()
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let t0 = Instant::now();
    let metrics = Arc::clone(&st.metrics);
    let r2 = Arc::clone(r);
    let bytes = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let now = metrics.renders_running.fetch_add(1, Ordering::Relaxed) + 1;
        metrics.renders_peak.fetch_max(now, Ordering::Relaxed);
        let _running = Running(&metrics.renders_running);
        saale_tiles::raster::render_raster(&r2.path, &r2.info, &crs, &bounds, format)
            .map_err(|e| ApiError::internal(e.to_string()))
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    Metrics::inc(&st.metrics.tiles_rendered, 1);
    Metrics::inc(
        &st.metrics.tile_render_us,
        u64::try_from(t0.elapsed().as_micros()).unwrap_or(u64::MAX),
    );
    let raw = bytes.unwrap_or_default();
    let c = Arc::new(CachedTile {
        etag: etag(&raw),
        raw,
        gz: Vec::new(),
    });
    crate::state::cache_put(&st.cache, key, &c).await;
    Ok(image_response(&c, format))
}

/// The response of a cached raster tile (204 when it is empty).
fn image_response(c: &CachedTile, format: ImageFormat) -> Response {
    if c.raw.is_empty() {
        return empty_tile();
    }
    let mut r = c.raw.clone().into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.media_type()),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    if let Ok(v) = HeaderValue::from_str(&c.etag) {
        h.insert(header::ETAG, v);
    }
    r
}
