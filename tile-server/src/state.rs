//! What the server holds in memory: the served layers with their tiling index, tile cache,
//! PMTiles archives, styles, configuration and metrics; and [`Live`], the current state
//! behind a lock, swapped whole when the project's catalog changes.

use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use saale_crs::Crs;
use saale_index::LayerIndex;
use saale_model::{Bbox, Layer};
use saale_store::{LayerEntry, Project};
use saale_tiles::{TileLayer, TileOptions};

use crate::pool::QueryPool;
use crate::Error;

/// Settings of a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Tile generation (buffer, tolerance, size budget).
    pub tiles: TileOptions,
    /// Largest `limit` of an items request; larger values are clamped.
    pub max_limit: usize,
    /// Default `limit` of an items request.
    pub default_limit: usize,
    /// Requests processed at once; further requests get 503 with Retry-After.
    pub max_concurrency: usize,
    /// Largest accepted request body in bytes.
    pub max_body: usize,
    /// Tiles kept in the cache.
    pub cache_tiles: usize,
    /// Bytes the tile cache may hold (tiles, their gzip and keys).
    pub cache_bytes: usize,
    /// Directory with MapLibre styles (`*.json`).
    pub styles_dir: Option<PathBuf>,
    /// SHA-256 (hex) of the token of the internal view; `None`: no internal view.
    pub internal_token_sha256: Option<String>,
    /// Disclosure-control thresholds for count fields on public routes.
    pub privacy: saale_privacy::Policy,
    /// Items, feature and search requests running at once on the blocking pool.
    pub max_queries: usize,
    /// Such requests waiting for a slot; beyond that they get 503 with Retry-After.
    pub queue_queries: usize,
    /// Tiles rendered at once on the blocking pool (default: the number of cores); further
    /// tile requests wait for a slot, so rendering cannot crowd out `/health` and the
    /// connection handling on the async workers.
    pub max_renders: usize,
    /// Time a connection has to send a complete request head (also the longest a kept-alive
    /// connection may idle before its next request); then it is closed.
    pub header_timeout: Duration,
    /// Longest a response may be blocked on a client that does not read it (no byte written
    /// for this long); then the connection is closed.
    pub write_timeout: Duration,
    /// Open connections at most; further connections wait in the listen backlog.
    pub max_connections: usize,
    /// How often the catalog (`saale.toml`) is checked for changes.
    pub reload_interval: Duration,
    /// The state of every layer (`current`, `stale`, `outdated`, `broken`) for `/metrics`;
    /// given by the program (the project-level library knows the dependency graph).
    pub layer_states: Option<LayerStates>,
}

/// A function giving `(layer, state)` for every layer of the project, for `/metrics`.
#[derive(Clone)]
pub struct LayerStates(pub Arc<dyn Fn() -> Vec<(String, String)> + Send + Sync>);

impl std::fmt::Debug for LayerStates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LayerStates(..)")
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            tiles: TileOptions::default(),
            max_limit: 10_000,
            default_limit: 10,
            max_concurrency: 256,
            max_body: 64 * 1024,
            cache_tiles: 20_000,
            cache_bytes: 128 * 1024 * 1024,
            styles_dir: None,
            internal_token_sha256: None,
            privacy: saale_privacy::Policy::default(),
            max_queries: 8,
            queue_queries: 64,
            max_renders: std::thread::available_parallelism().map_or(2, usize::from),
            header_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            max_connections: 4096,
            reload_interval: Duration::from_secs(1),
            layer_states: None,
        }
    }
}

/// The inputs of a layer's AdV tiling index.
struct AdvSpec {
    crs: Crs,
    internal_names: Vec<String>,
    public_names: Vec<String>,
    minzoom: u8,
}

/// One served layer.
pub struct ServedLayer {
    /// Name (collection id, tile layer name).
    pub name: String,
    /// Catalog entry (licence, attribution, provenance, access marks).
    pub entry: LayerEntry,
    /// Tiling index with all attributes (internal view).
    pub tiles_internal: TileLayer,
    /// Tiling index with the public attributes only.
    pub tiles_public: TileLayer,
    /// R-tree over the geometries in the working CRS (bbox filters).
    pub index: LayerIndex,
    /// Field indices that are internal.
    pub internal_fields: Vec<usize>,
    /// Tiling index in EPSG:25832 for the AdV tile matrix set (internal, public), built on the
    /// first AdV request (`None` when the layer cannot be brought to EPSG:25832).
    tiles_adv: std::sync::OnceLock<Option<(TileLayer, TileLayer)>>,
    /// What the AdV index is built from.
    adv_spec: AdvSpec,
    /// The layer as the public sees it: counts of persons or households protected by
    /// disclosure control (the same data when the layer has no count fields).
    pub public_data: Arc<Layer>,
    /// When the served version of the layer was made: the modification time of its file, or
    /// the time the server took in a change of its marks. `timeStamp` of items responses,
    /// `Last-Modified`, and the collection's `updated`; responses of one version are the same
    /// bytes, so their entity tags change only when this layer does.
    pub modified: std::time::SystemTime,
}

impl ServedLayer {
    /// The layer data in the working CRS.
    #[must_use]
    pub fn data(&self) -> &Layer {
        &self.tiles_internal.source
    }

    /// [`ServedLayer::modified`] as RFC 3339 (UTC, seconds).
    #[must_use]
    pub fn modified_rfc3339(&self) -> String {
        time::OffsetDateTime::from(self.modified)
            .replace_nanosecond(0)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default()
    }

    /// [`ServedLayer::modified`] as an HTTP date (`Last-Modified`).
    #[must_use]
    pub fn modified_http(&self) -> String {
        httpdate::fmt_http_date(self.modified)
    }

    /// The layer data of a view (public: with small counts suppressed).
    #[must_use]
    pub fn view_data(&self, internal: bool) -> &Layer {
        if internal {
            &self.tiles_internal.source
        } else {
            &self.public_data
        }
    }

    /// The AdV (EPSG:25832) tiling index of this view, built on first use.
    #[must_use]
    pub fn tiles_adv(&self, internal: bool) -> Option<&TileLayer> {
        self.tiles_adv
            .get_or_init(|| {
                let a = &self.adv_spec;
                // AdV levels are about 4 below Web Mercator zooms at German latitudes.
                let mut t = TileLayer::new_in(
                    &self.name,
                    Arc::clone(&self.tiles_internal.source),
                    &a.crs,
                    &Crs::epsg(25832),
                    Some(&a.internal_names),
                )
                .ok()?;
                t.minzoom = a.minzoom.saturating_sub(4);
                t.maxzoom = saale_tiles::tms::Adv25832::MAX_LEVEL;
                let p = t
                    .with_source(Arc::clone(&self.public_data), Some(&a.public_names))
                    .ok()?;
                Some((t, p))
            })
            .as_ref()
            .map(|(i, p)| if internal { i } else { p })
    }

    /// Whether the public may see the layer at all.
    #[must_use]
    pub fn is_public(&self) -> bool {
        self.entry
            .access
            .release(saale_privacy::View::Public)
            .is_ok()
    }

    /// Whether field `i` may be shown in this view.
    #[must_use]
    pub fn field_visible(&self, i: usize, internal: bool) -> bool {
        internal || !self.internal_fields.contains(&i)
    }

    /// The tiling index of this view.
    #[must_use]
    pub fn tiles(&self, internal: bool) -> &TileLayer {
        if internal {
            &self.tiles_internal
        } else {
            &self.tiles_public
        }
    }
}

/// One served raster layer (an orthophoto, DEM or hillshade): its COG, read per tile.
pub struct ServedRaster {
    /// Layer name.
    pub name: String,
    /// Catalog entry (licence, attribution, access marks).
    pub entry: LayerEntry,
    /// The grid and bands of the COG.
    pub info: saale_model::RasterInfo,
    /// The COG file.
    pub path: PathBuf,
    /// Extent in longitude/latitude (TileJSON `bounds`).
    pub bounds_lonlat: [f64; 4],
    /// Extent in EPSG:3857 (tiles outside are empty without reading the file).
    pub bounds_3857: Bbox,
    /// Extent in EPSG:25832 (the AdV grid), if the raster can be brought there.
    pub bounds_25832: Option<Bbox>,
}

impl ServedRaster {
    /// A raster layer of the project ready to serve.
    ///
    /// # Errors
    /// When the entry has no raster description or its extent cannot be transformed.
    pub fn new(dir: &Path, name: &str, entry: &LayerEntry) -> Result<ServedRaster, Error> {
        let info = entry.raster.clone().ok_or_else(|| {
            Error::Store(saale_store::Error::Invalid(format!(
                "raster layer '{name}' has no raster description"
            )))
        })?;
        let to_bbox = |b: [f64; 4]| Bbox {
            min_x: b[0],
            min_y: b[1],
            max_x: b[2],
            max_y: b[3],
        };
        let ll = saale_store::raster::extent_in(&info, &Crs::epsg(4326))?;
        // Web Mercator ends at ±85.05°: clamp before projecting.
        let clamp = |v: f64| v.clamp(-85.0511, 85.0511);
        let m = saale_tiles::tms::ORIGIN_SHIFT;
        let merc = |lon: f64, lat: f64| {
            let y = (clamp(lat).to_radians() / 2.0 + std::f64::consts::FRAC_PI_4)
                .tan()
                .ln()
                * m
                / std::f64::consts::PI;
            (lon / 180.0 * m, y)
        };
        let (x0, y0) = merc(ll[0], ll[1]);
        let (x1, y1) = merc(ll[2], ll[3]);
        Ok(ServedRaster {
            name: name.to_string(),
            entry: entry.clone(),
            bounds_lonlat: ll,
            bounds_3857: Bbox {
                min_x: x0,
                min_y: y0,
                max_x: x1,
                max_y: y1,
            },
            bounds_25832: saale_store::raster::extent_in(&info, &Crs::epsg(25832))
                .ok()
                .map(to_bbox),
            info,
            path: dir.join(&entry.file),
        })
    }

    /// Whether the public may see the raster at all (the same rule as for vector layers).
    #[must_use]
    pub fn is_public(&self) -> bool {
        self.entry
            .access
            .release(saale_privacy::View::Public)
            .is_ok()
    }
}

/// A PMTiles archive served as is.
pub struct Archive {
    /// Tileset name.
    pub name: String,
    /// Reader over the memory-mapped file.
    pub reader: pmtiles::AsyncPmTilesReader<pmtiles::MmapBackend>,
    /// File path.
    pub path: PathBuf,
    /// TileJSON `vector_layers` etc. from the archive metadata.
    pub metadata: serde_json::Value,
    /// Built for the internal view (`saale tiles build --allow-internal`): served only there.
    pub internal: bool,
}

/// A 3D Tiles directory written by `saale tiles 3d`, served as files.
pub struct Tileset3d {
    /// Tileset name (the directory's name).
    pub name: String,
    /// The directory with `tileset.json` and `tiles/`.
    pub dir: PathBuf,
    /// Built for the internal view (`saale tiles 3d --allow-internal`): served only there.
    /// Read from `tileset.json` again whenever its modification time changes, as `saale
    /// refresh` or a new `saale tiles 3d --replace` may rewrite the directory under a running
    /// server (a tileset that became internal must not stay public).
    internal: Mutex<(Option<std::time::SystemTime>, bool)>,
}

impl Tileset3d {
    /// A tileset served from `dir`.
    #[must_use]
    pub fn new(name: &str, dir: &Path) -> Tileset3d {
        let t = Tileset3d {
            name: name.to_string(),
            dir: dir.to_path_buf(),
            internal: Mutex::new((None, true)),
        };
        let _ = t.is_internal();
        t
    }

    /// Whether the tileset is for the internal view now (a tileset whose `tileset.json`
    /// cannot be read counts as internal).
    #[must_use]
    pub fn is_internal(&self) -> bool {
        let modified = std::fs::metadata(self.dir.join("tileset.json"))
            .and_then(|m| m.modified())
            .ok();
        let mut g = self
            .internal
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if modified.is_none() || g.0 != modified {
            *g = (
                modified,
                saale_tiles::city3d::tileset_is_internal(&self.dir),
            );
        }
        g.1
    }
}

/// A cached tile: raw and gzip bytes and the entity tag.
pub struct CachedTile {
    /// Uncompressed MVT.
    pub raw: Vec<u8>,
    /// gzip of `raw`.
    pub gz: Vec<u8>,
    /// Strong entity tag.
    pub etag: String,
}

/// Put a copy of `tile` into `cache` through the cache's own thread, which copies the bytes
/// into exact-size allocations of its own; returns once the copy is kept (or at once when that
/// thread cannot be reached, keeping `tile` itself).
///
/// Why a thread of its own: an entry made where the tile was rendered (or on an async worker)
/// sits in the allocator's pages among that thread's short-lived allocations and keeps those
/// pages from going back to the OS after a burst of requests (scripts/server_robustness.sh:
/// 55 MB more than the cached bytes stayed after the run). Copied on one thread that does
/// nothing else, the entries fill pages of their own.
pub async fn cache_put(cache: &Arc<Mutex<TileCache>>, key: TileKey, tile: &Arc<CachedTile>) {
    type Job = (
        Arc<Mutex<TileCache>>,
        TileKey,
        Arc<CachedTile>,
        tokio::sync::oneshot::Sender<()>,
    );
    static KEEPER: std::sync::OnceLock<Option<std::sync::mpsc::Sender<Job>>> =
        std::sync::OnceLock::new();
    let keeper = KEEPER.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("saale-tile-cache".into())
            .spawn(move || {
                for (cache, key, t, done) in rx {
                    let kept = Arc::new(CachedTile {
                        raw: t.raw.as_slice().to_vec(),
                        gz: t.gz.as_slice().to_vec(),
                        etag: t.etag.as_str().to_string(),
                    });
                    drop(t);
                    if let Ok(mut c) = cache.lock() {
                        c.put(key, kept);
                    }
                    let _ = done.send(());
                }
            })
            .ok()
            .map(|_| tx)
    });
    let (done, finished) = tokio::sync::oneshot::channel();
    let job = (Arc::clone(cache), key, Arc::clone(tile), done);
    let sent = match keeper {
        Some(tx) => tx.send(job).map_err(|e| e.0),
        None => Err(job),
    };
    match sent {
        // Either way the copy is kept or was dropped: the caller answers with `tile`.
        Ok(()) => {
            let _ = finished.await;
        }
        Err((cache, key, tile, _)) => {
            if let Ok(mut c) = cache.lock() {
                c.put(key, tile);
            }
        }
    }
}

/// Cache key of a tile: internal view?, layer list, z, x, y.
pub type TileKey = (bool, String, u8, u32, u32);

/// Counters exported at `/metrics`.
#[derive(Default)]
pub struct Metrics {
    /// Requests answered, by route class.
    pub requests: Mutex<BTreeMap<(String, u16), u64>>,
    /// Tiles answered from the cache.
    pub tile_cache_hits: AtomicU64,
    /// Tiles rendered.
    pub tiles_rendered: AtomicU64,
    /// Microseconds spent rendering tiles.
    pub tile_render_us: AtomicU64,
    /// Requests refused under load.
    pub shed: AtomicU64,
    /// Tiles that hit the size budget.
    pub tiles_over_budget: AtomicU64,
    /// Requests that reused a PROJ transformer of their thread.
    pub transformer_hits: AtomicU64,
    /// PROJ transformers created.
    pub transformers_created: AtomicU64,
    /// Catalog reloads.
    pub reloads: AtomicU64,
    /// Connections open now.
    pub connections_open: AtomicU64,
    /// Most connections open at once since the start.
    pub connections_peak: AtomicU64,
    /// Tiles being rendered now.
    pub renders_running: AtomicU64,
    /// Most tiles rendered at once since the start.
    pub renders_peak: AtomicU64,
}

impl Metrics {
    /// Count a response.
    pub fn count(&self, route: &str, status: u16) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((route.to_string(), status)).or_insert(0) += 1;
        }
    }

    /// Add one to a counter.
    pub fn inc(c: &AtomicU64, by: u64) {
        c.fetch_add(by, Ordering::Relaxed);
    }
}

/// The tile cache: least recently used tiles go first, bounded by a count and by bytes (a
/// count alone does not bound memory: a street-zoom tile of a dense layer is a hundred times
/// a rural one).
pub struct TileCache {
    lru: lru::LruCache<TileKey, Arc<CachedTile>>,
    bytes: usize,
    max_bytes: usize,
}

impl TileCache {
    /// A cache of at most `tiles` tiles and `max_bytes` bytes (tile bytes, gzip and key).
    #[must_use]
    pub fn new(tiles: usize, max_bytes: usize) -> TileCache {
        let cap = NonZeroUsize::new(tiles.max(1)).unwrap_or(NonZeroUsize::MIN);
        TileCache {
            lru: lru::LruCache::new(cap),
            bytes: 0,
            max_bytes,
        }
    }

    fn size(k: &TileKey, t: &CachedTile) -> usize {
        k.1.len() + t.raw.len() + t.gz.len() + t.etag.len() + 64
    }

    /// The tile under `k` (marks it used).
    pub fn get(&mut self, k: &TileKey) -> Option<Arc<CachedTile>> {
        self.lru.get(k).cloned()
    }

    /// Keep `t` under `k`, dropping the least recently used tiles while over a bound; a tile
    /// larger than the whole byte bound is not kept.
    pub fn put(&mut self, k: TileKey, t: Arc<CachedTile>) {
        let n = Self::size(&k, &t);
        if n > self.max_bytes {
            return;
        }
        if let Some(old) = self.lru.pop(&k) {
            self.bytes -= Self::size(&k, &old);
        }
        while self.bytes + n > self.max_bytes {
            match self.lru.pop_lru() {
                Some((ok, ov)) => self.bytes -= Self::size(&ok, &ov),
                None => break,
            }
        }
        if let Some((ok, ov)) = self.lru.push(k, t) {
            self.bytes -= Self::size(&ok, &ov);
        }
        self.bytes += n;
    }

    /// Tiles cached.
    #[must_use]
    pub fn len(&self) -> usize {
        self.lru.len()
    }

    /// True when no tile is cached.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.lru.is_empty()
    }

    /// Bytes cached (as counted against the bound).
    #[must_use]
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Drop every tile.
    pub fn clear(&mut self) {
        self.lru.clear();
        self.bytes = 0;
    }

    /// Drop the cached tiles whose layer list names one of `layers`; tiles of other layers
    /// stay cached (and keep their entity tags).
    pub fn drop_layers(&mut self, layers: &BTreeSet<String>) {
        if layers.is_empty() {
            return;
        }
        let stale: Vec<TileKey> = self
            .lru
            .iter()
            .filter(|(k, _)| k.1.split(',').any(|n| layers.contains(n)))
            .map(|(k, _)| k.clone())
            .collect();
        for k in stale {
            if let Some(v) = self.lru.pop(&k) {
                self.bytes -= Self::size(&k, &v);
            }
        }
    }
}

/// Where a state was loaded from, to notice catalog changes.
#[derive(Clone)]
struct ProjectSource {
    /// The project directory.
    dir: PathBuf,
    /// SHA-256 of `saale.toml` as loaded.
    catalog_sha: Vec<u8>,
    /// The token hash comes from the catalog (not from the configuration).
    token_from_catalog: bool,
}

/// SHA-256 of a project's `saale.toml`.
fn catalog_sha(dir: &Path) -> Result<Vec<u8>, Error> {
    use sha2::{Digest, Sha256};
    let path = dir.join("saale.toml");
    let text = std::fs::read(&path).map_err(|e| Error::Io(path, e))?;
    Ok(Sha256::digest(&text).to_vec())
}

/// Everything a request handler needs: one consistent state. A reload builds a new one and
/// [`Live`] swaps it in; requests in flight finish on the state they started with.
pub struct AppState {
    /// Project name.
    pub name: String,
    /// Working CRS of the layers.
    pub crs: Crs,
    /// Served layers by name (personal layers are never loaded).
    pub layers: BTreeMap<String, Arc<ServedLayer>>,
    /// Served raster layers by name (personal ones are never loaded).
    pub rasters: BTreeMap<String, Arc<ServedRaster>>,
    /// PMTiles archives by tileset name.
    pub archives: BTreeMap<String, Arc<Archive>>,
    /// 3D Tiles directories by tileset name.
    pub tilesets3d: BTreeMap<String, Arc<Tileset3d>>,
    /// MapLibre styles by name.
    pub styles: BTreeMap<String, serde_json::Value>,
    /// Settings.
    pub config: ServerConfig,
    /// Tile cache keyed by view, layers and tile (shared across reloads).
    pub cache: Arc<Mutex<TileCache>>,
    /// Counters (shared across reloads).
    pub metrics: Arc<Metrics>,
    /// The gates of the query pool (shared across reloads).
    pub queries: Arc<QueryPool>,
    /// Slots for rendering tiles, [`ServerConfig::max_renders`] (shared across reloads).
    pub renders: Arc<tokio::sync::Semaphore>,
    /// The project this state was loaded from (`None`: built by hand, never reloaded).
    source: Option<ProjectSource>,
}

impl AppState {
    /// An empty state (add layers with [`AppState::add_layer`]).
    #[must_use]
    pub fn new(name: &str, crs: Crs, config: ServerConfig) -> AppState {
        let cache = TileCache::new(config.cache_tiles, config.cache_bytes);
        let styles = crate::web::BUILTIN_STYLES
            .iter()
            .filter_map(|(n, s)| Some(((*n).to_string(), serde_json::from_str(s).ok()?)))
            .collect();
        let queries = Arc::new(QueryPool::new(config.max_queries, config.queue_queries));
        let renders = Arc::new(tokio::sync::Semaphore::new(config.max_renders.max(1)));
        AppState {
            name: name.to_string(),
            crs,
            layers: BTreeMap::new(),
            rasters: BTreeMap::new(),
            archives: BTreeMap::new(),
            tilesets3d: BTreeMap::new(),
            styles,
            config,
            cache: Arc::new(Mutex::new(cache)),
            metrics: Arc::new(Metrics::default()),
            queries,
            renders,
            source: None,
        }
    }

    /// Load every vector layer of a project except personal ones, and the styles.
    ///
    /// # Errors
    /// Read errors of the project's layers, transformation errors.
    pub fn from_project(project: &Project, mut config: ServerConfig) -> Result<AppState, Error> {
        let sha = catalog_sha(project.dir())?;
        config.privacy = project.catalog().policy();
        let token_from_catalog = config.internal_token_sha256.is_none();
        if token_from_catalog {
            config
                .internal_token_sha256
                .clone_from(&project.catalog().server.internal_token_sha256);
        }
        let mut st = AppState::new(
            &project.catalog().project.name,
            project.crs().clone(),
            config,
        );
        for (name, entry) in &project.catalog().layers {
            if entry.access.is_personal() {
                continue;
            }
            if entry.kind == saale_store::LayerKind::Raster {
                st.rasters.insert(
                    name.clone(),
                    Arc::new(ServedRaster::new(project.dir(), name, entry)?),
                );
                continue;
            }
            if entry.kind != saale_store::LayerKind::Vector {
                continue;
            }
            let layer = project.read_layer(name)?;
            st.add_layer(name, entry.clone(), layer)?;
            st.set_modified_from_file(name, &project.dir().join(&entry.file));
        }
        if let Some(dir) = st.config.styles_dir.clone() {
            st.load_styles(&dir)?;
        }
        st.source = Some(ProjectSource {
            dir: project.dir().to_path_buf(),
            catalog_sha: sha,
            token_from_catalog,
        });
        Ok(st)
    }

    /// The state after a change of the project's catalog, or `None` when `saale.toml` is as
    /// loaded (or the state was not loaded from a project). Layers whose catalog entry is
    /// unchanged are shared with this state; a layer whose marks changed is rebuilt from the
    /// data in memory, one whose file changed is read anew. Cached tiles of the changed (and
    /// removed) layers are dropped, the others kept; a changed CRS or privacy policy empties
    /// the cache. Archives, styles, cache, metrics and the query pool are kept.
    ///
    /// # Errors
    /// When the catalog or a changed layer cannot be read; this state stays valid.
    pub fn reloaded(&self) -> Result<Option<AppState>, Error> {
        let Some(src) = &self.source else {
            return Ok(None);
        };
        let sha = catalog_sha(&src.dir)?;
        if sha == src.catalog_sha {
            return Ok(None);
        }
        let project = Project::open(&src.dir)?;
        let catalog = project.catalog();
        let mut config = self.config.clone();
        config.privacy = catalog.policy();
        if src.token_from_catalog {
            config
                .internal_token_sha256
                .clone_from(&catalog.server.internal_token_sha256);
        }
        let same_base = config.privacy == self.config.privacy && project.crs() == &self.crs;
        let mut st = AppState {
            name: catalog.project.name.clone(),
            crs: project.crs().clone(),
            layers: BTreeMap::new(),
            rasters: BTreeMap::new(),
            archives: self.archives.clone(),
            tilesets3d: self.tilesets3d.clone(),
            styles: self.styles.clone(),
            config,
            cache: Arc::clone(&self.cache),
            metrics: Arc::clone(&self.metrics),
            queries: Arc::clone(&self.queries),
            renders: Arc::clone(&self.renders),
            source: Some(ProjectSource {
                catalog_sha: sha,
                ..src.clone()
            }),
        };
        let mut changed: BTreeSet<String> = BTreeSet::new();
        for (name, entry) in &catalog.layers {
            if entry.access.is_personal() {
                continue;
            }
            if entry.kind == saale_store::LayerKind::Raster {
                match self.rasters.get(name) {
                    Some(old) if old.entry == *entry => {
                        st.rasters.insert(name.clone(), Arc::clone(old));
                    }
                    _ => {
                        changed.insert(name.clone());
                        st.rasters.insert(
                            name.clone(),
                            Arc::new(ServedRaster::new(project.dir(), name, entry)?),
                        );
                    }
                }
                continue;
            }
            if entry.kind != saale_store::LayerKind::Vector {
                continue;
            }
            match self.layers.get(name) {
                Some(old) if same_base && old.entry == *entry => {
                    st.layers.insert(name.clone(), Arc::clone(old));
                }
                Some(old) if same_base && old.entry.file == entry.file => {
                    changed.insert(name.clone());
                    st.add_layer(name, entry.clone(), old.data().clone())?;
                }
                _ => {
                    changed.insert(name.clone());
                    st.add_layer(name, entry.clone(), project.read_layer(name)?)?;
                    st.set_modified_from_file(name, &project.dir().join(&entry.file));
                }
            }
        }
        changed.extend(
            self.layers
                .keys()
                .filter(|k| !st.layers.contains_key(*k))
                .cloned(),
        );
        changed.extend(
            self.rasters
                .keys()
                .filter(|k| !st.rasters.contains_key(*k))
                .cloned(),
        );
        if let Ok(mut c) = st.cache.lock() {
            if same_base {
                c.drop_layers(&changed);
            } else {
                c.clear();
            }
        }
        Metrics::inc(&st.metrics.reloads, 1);
        Ok(Some(st))
    }

    /// Take the modification time of a layer's file as the time its served version was made
    /// (kept as set by [`AppState::add_layer`] when the file cannot be read).
    fn set_modified_from_file(&mut self, name: &str, file: &Path) {
        let Ok(t) = std::fs::metadata(file).and_then(|m| m.modified()) else {
            return;
        };
        if let Some(l) = self.layers.get_mut(name).and_then(Arc::get_mut) {
            l.modified = t;
        }
    }

    /// Serve `layer` (in the working CRS) under `name`. Personal layers are refused.
    ///
    /// # Errors
    /// [`Error::Personal`] for personal layers, transformation errors.
    pub fn add_layer(&mut self, name: &str, entry: LayerEntry, layer: Layer) -> Result<(), Error> {
        // The one access rule: personal data is released to no view.
        if entry.access.release(saale_privacy::View::Internal).is_err() {
            return Err(Error::Personal(name.to_string()));
        }
        let hidden = entry.access.internal_fields.clone();
        let internal_fields: Vec<usize> = hidden
            .iter()
            .filter_map(|f| layer.schema.index_of(f))
            .collect();
        let internal_names = saale_tiles::tile_fields(&layer, &entry.tile_fields, &[]);
        let public_names = saale_tiles::tile_fields(&layer, &entry.tile_fields, &hidden);
        let index = LayerIndex::build(&layer);
        let layer = Arc::new(layer);
        let mut tiles_internal =
            TileLayer::new(name, Arc::clone(&layer), &self.crs, Some(&internal_names))?;
        // Point layers are legible from zoom 10, the rest from zoom 0.
        let points = entry.geometry_types.keys().all(|k| k.contains("Point"))
            && !entry.geometry_types.is_empty();
        let minzoom = if points { 10 } else { 0 };
        tiles_internal.minzoom = minzoom;
        let public_data = if entry.access.counts.is_empty() {
            Arc::clone(&layer)
        } else {
            let mut copy = (*layer).clone();
            let p = entry.access.protect(&mut copy, &self.config.privacy);
            tracing::info!(
                "layer '{name}': {} count cells suppressed, {} to protect them",
                p.primary,
                p.secondary
            );
            Arc::new(copy)
        };
        let mut public_names = public_names;
        if !entry.access.counts.is_empty() {
            public_names.push(saale_privacy::FLAG_FIELD.to_string());
        }
        let tiles_public =
            tiles_internal.with_source(Arc::clone(&public_data), Some(&public_names))?;
        let adv_spec = AdvSpec {
            crs: self.crs.clone(),
            internal_names,
            public_names,
            minzoom,
        };
        self.layers.insert(
            name.to_string(),
            Arc::new(ServedLayer {
                name: name.to_string(),
                entry,
                tiles_internal,
                tiles_public,
                index,
                internal_fields,
                tiles_adv: std::sync::OnceLock::new(),
                adv_spec,
                public_data,
                modified: std::time::SystemTime::now(),
            }),
        );
        Ok(())
    }

    /// Load every `*.json` style in `dir`.
    ///
    /// # Errors
    /// Unreadable directory or invalid JSON, naming the file.
    pub fn load_styles(&mut self, dir: &Path) -> Result<(), Error> {
        let rd = std::fs::read_dir(dir).map_err(|e| Error::Io(dir.to_path_buf(), e))?;
        for ent in rd.flatten() {
            let p = ent.path();
            if p.extension().is_some_and(|x| x == "json") {
                let text = std::fs::read_to_string(&p).map_err(|e| Error::Io(p.clone(), e))?;
                let v: serde_json::Value = serde_json::from_str(&text)
                    .map_err(|e| Error::Style(p.clone(), e.to_string()))?;
                if let Some(stem) = p.file_stem().and_then(|s| s.to_str()) {
                    self.styles.insert(stem.to_string(), v);
                }
            }
        }
        Ok(())
    }

    /// Serve a PMTiles archive under `name` (tiles passed through without re-encoding).
    ///
    /// # Errors
    /// When the file cannot be opened or is not a PMTiles v3 archive.
    pub async fn add_archive(&mut self, name: &str, path: &Path) -> Result<(), Error> {
        let backend = pmtiles::MmapBackend::try_from(path)
            .await
            .map_err(|e| Error::Archive(path.to_path_buf(), e.to_string()))?;
        let reader = pmtiles::AsyncPmTilesReader::try_from_source(backend)
            .await
            .map_err(|e| Error::Archive(path.to_path_buf(), e.to_string()))?;
        let meta = reader
            .get_metadata()
            .await
            .map_err(|e| Error::Archive(path.to_path_buf(), e.to_string()))?;
        let metadata: serde_json::Value =
            serde_json::from_str(&meta).unwrap_or(serde_json::Value::Null);
        let internal = metadata["saale"]["access"] == "internal";
        self.archives.insert(
            name.to_string(),
            Arc::new(Archive {
                name: name.to_string(),
                reader,
                path: path.to_path_buf(),
                metadata,
                internal,
            }),
        );
        Ok(())
    }

    /// Serve the 3D Tiles directory `dir` under `name` (`/3dtiles/{name}/tileset.json`); its
    /// `tileset.json` says whether it is internal.
    ///
    /// # Errors
    /// When `dir` holds no readable `tileset.json`.
    pub fn add_tileset3d(&mut self, name: &str, dir: &Path) -> Result<(), Error> {
        let ts = dir.join("tileset.json");
        let text = std::fs::read(&ts).map_err(|e| Error::Io(ts.clone(), e))?;
        serde_json::from_slice::<serde_json::Value>(&text)
            .map_err(|e| Error::Archive(ts.clone(), format!("not a 3D tileset: {e}")))?;
        self.tilesets3d
            .insert(name.to_string(), Arc::new(Tileset3d::new(name, dir)));
        Ok(())
    }

    /// The 3D tileset `name` if this view may see it (an internal one only with the token).
    #[must_use]
    pub fn tileset3d(&self, name: &str, internal: bool) -> Option<&Arc<Tileset3d>> {
        self.tilesets3d
            .get(name)
            .filter(|t| internal || !t.is_internal())
    }

    /// The archive `name` if this view may see it (an internal archive only with the token).
    #[must_use]
    pub fn archive(&self, name: &str, internal: bool) -> Option<&Arc<Archive>> {
        self.archives.get(name).filter(|a| internal || !a.internal)
    }

    /// Does `token` open the internal view?
    #[must_use]
    pub fn token_ok(&self, token: &str) -> bool {
        use sha2::{Digest, Sha256};
        let Some(want) = &self.config.internal_token_sha256 else {
            return false;
        };
        let got: String = Sha256::digest(token.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        // Compare all bytes regardless of where they differ.
        let a = got.as_bytes();
        let b = want.trim().to_ascii_lowercase().into_bytes();
        a.len() == b.len() && a.iter().zip(&b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    /// Layers visible in a view, by name.
    pub fn visible(&self, internal: bool) -> impl Iterator<Item = &ServedLayer> {
        self.layers
            .values()
            .map(AsRef::as_ref)
            .filter(move |l| internal || l.is_public())
    }

    /// A raster layer visible in a view.
    #[must_use]
    pub fn raster(&self, name: &str, internal: bool) -> Option<&Arc<ServedRaster>> {
        self.rasters.get(name).filter(|r| internal || r.is_public())
    }

    /// The raster layers visible in a view.
    pub fn visible_rasters(&self, internal: bool) -> impl Iterator<Item = &ServedRaster> {
        self.rasters
            .values()
            .map(AsRef::as_ref)
            .filter(move |r| internal || r.is_public())
    }

    /// A layer visible in a view.
    #[must_use]
    pub fn layer(&self, name: &str, internal: bool) -> Option<&ServedLayer> {
        self.layers
            .get(name)
            .map(AsRef::as_ref)
            .filter(|l| internal || l.is_public())
    }

    /// Extent of all served layers in the working CRS.
    #[must_use]
    pub fn extent(&self) -> Bbox {
        let mut b = Bbox::empty();
        for l in self.layers.values() {
            b.merge(&l.data().bbox());
        }
        b
    }
}

/// The state a server answers from: swapped whole when the catalog changes. Cheap to clone
/// (a handle); the router holds one, and every handler takes the state current when its
/// request is extracted.
#[derive(Clone)]
pub struct Live(Arc<LiveInner>);

struct LiveInner {
    current: RwLock<Arc<AppState>>,
    /// The last reload error (logged once, not every poll).
    failed: Mutex<Option<String>>,
}

impl Live {
    /// A live handle on `state`.
    #[must_use]
    pub fn new(state: Arc<AppState>) -> Live {
        Live(Arc::new(LiveInner {
            current: RwLock::new(state),
            failed: Mutex::new(None),
        }))
    }

    /// The current state.
    #[must_use]
    pub fn state(&self) -> Arc<AppState> {
        match self.0.current.read() {
            Ok(g) => Arc::clone(&g),
            Err(p) => Arc::clone(&p.into_inner()),
        }
    }

    /// Check the catalog and swap in the reloaded state when it changed (blocking: reads
    /// files). Returns whether the state was swapped.
    ///
    /// # Errors
    /// As [`AppState::reloaded`]; the current state stays.
    pub fn reload(&self) -> Result<bool, Error> {
        let Some(next) = self.state().reloaded()? else {
            return Ok(false);
        };
        let next = Arc::new(next);
        match self.0.current.write() {
            Ok(mut g) => *g = next,
            Err(p) => *p.into_inner() = next,
        }
        Ok(true)
    }

    /// Poll the catalog every `every` in a background task and reload on change; reload
    /// errors are logged once and the old state kept. Needs a tokio runtime.
    pub fn watch(&self, every: Duration) -> tokio::task::JoinHandle<()> {
        let live = self.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(every.max(Duration::from_millis(10)));
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
            loop {
                tick.tick().await;
                let l2 = live.clone();
                let r = tokio::task::spawn_blocking(move || l2.reload()).await;
                let err = match r {
                    Ok(Ok(true)) => {
                        tracing::info!(
                            "the catalog changed: layers, access marks and token reloaded"
                        );
                        None
                    }
                    Ok(Ok(false)) => continue,
                    Ok(Err(e)) => Some(e.to_string()),
                    Err(e) => Some(e.to_string()),
                };
                if let Ok(mut f) = live.0.failed.lock() {
                    if let Some(e) = &err {
                        if f.as_ref() != Some(e) {
                            tracing::warn!("the catalog changed but cannot be reloaded (serving the previous state): {e}");
                        }
                    }
                    *f = err;
                }
            }
        })
    }
}

impl axum::extract::FromRef<Live> for Arc<AppState> {
    fn from_ref(live: &Live) -> Arc<AppState> {
        live.state()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tile(n: usize) -> Arc<CachedTile> {
        Arc::new(CachedTile {
            raw: vec![1; n],
            gz: vec![2; n / 2],
            etag: "\"e\"".into(),
        })
    }

    fn key(layers: &str, x: u32) -> TileKey {
        (false, layers.to_string(), 14, x, 0)
    }

    /// The byte bound holds after every insert, the least recently used tiles go first, and
    /// the byte count follows replacements, layer drops and clears.
    #[test]
    fn tile_cache_is_bounded_by_bytes() {
        let one = TileCache::size(&key("a", 0), &tile(1000));
        let mut c = TileCache::new(1000, 3 * one);
        for x in 0..3 {
            c.put(key("a", x), tile(1000));
        }
        assert_eq!((c.len(), c.bytes()), (3, 3 * one));
        assert!(c.get(&key("a", 0)).is_some(), "touch tile 0");
        c.put(key("b", 3), tile(1000));
        assert_eq!(c.len(), 3);
        assert!(
            c.get(&key("a", 1)).is_none(),
            "the least recently used went"
        );
        assert!(c.get(&key("a", 0)).is_some());
        // Replacing a tile counts it once.
        c.put(key("b", 3), tile(1000));
        assert_eq!(c.bytes(), 3 * one);
        // A tile above the whole bound is not kept and evicts nothing.
        c.put(key("c", 9), tile(10_000));
        assert_eq!((c.len(), c.bytes()), (3, 3 * one));
        c.drop_layers(&BTreeSet::from(["a".to_string()]));
        assert_eq!((c.len(), c.bytes()), (1, one));
        c.clear();
        assert_eq!((c.len(), c.bytes()), (0, 0));
    }

    /// The count bound still holds when the bytes would allow more.
    #[test]
    fn tile_cache_is_bounded_by_count() {
        let mut c = TileCache::new(2, usize::MAX);
        for x in 0..5 {
            c.put(key("a", x), tile(10));
        }
        assert_eq!(c.len(), 2);
        assert_eq!(c.bytes(), 2 * TileCache::size(&key("a", 0), &tile(10)));
    }
}
