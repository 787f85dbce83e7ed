//! What the server holds in memory: the served layers with their tiling index, tile cache,
//! PMTiles archives, styles, configuration and metrics.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use saale_crs::Crs;
use saale_index::LayerIndex;
use saale_model::{Bbox, Layer};
use saale_store::{LayerEntry, Project};
use saale_tiles::{TileLayer, TileOptions};

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
    /// Directory with MapLibre styles (`*.json`).
    pub styles_dir: Option<PathBuf>,
    /// SHA-256 (hex) of the token of the internal view; `None`: no internal view.
    pub internal_token_sha256: Option<String>,
    /// Disclosure-control thresholds for count fields on public routes.
    pub privacy: saale_privacy::Policy,
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
            styles_dir: None,
            internal_token_sha256: None,
            privacy: saale_privacy::Policy::default(),
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
}

impl ServedLayer {
    /// The layer data in the working CRS.
    #[must_use]
    pub fn data(&self) -> &Layer {
        &self.tiles_internal.source
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

/// A PMTiles archive served as is.
pub struct Archive {
    /// Reader over the memory-mapped file.
    pub reader: pmtiles::AsyncPmTilesReader<pmtiles::MmapBackend>,
    /// File path.
    pub path: PathBuf,
    /// TileJSON `vector_layers` etc. from the archive metadata.
    pub metadata: serde_json::Value,
    /// Built for the internal view (`saale tiles build --allow-internal`): served only there.
    pub internal: bool,
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

/// Everything a request handler needs.
pub struct AppState {
    /// Project name.
    pub name: String,
    /// Working CRS of the layers.
    pub crs: Crs,
    /// Served layers by name (personal layers are never loaded).
    pub layers: BTreeMap<String, ServedLayer>,
    /// PMTiles archives by tileset name.
    pub archives: BTreeMap<String, Archive>,
    /// MapLibre styles by name.
    pub styles: BTreeMap<String, serde_json::Value>,
    /// Settings.
    pub config: ServerConfig,
    /// Tile cache keyed by view, layers and tile.
    pub cache: Mutex<lru::LruCache<TileKey, Arc<CachedTile>>>,
    /// Counters.
    pub metrics: Metrics,
}

impl AppState {
    /// An empty state (add layers with [`AppState::add_layer`]).
    #[must_use]
    pub fn new(name: &str, crs: Crs, config: ServerConfig) -> AppState {
        let cap = NonZeroUsize::new(config.cache_tiles.max(1)).unwrap_or(NonZeroUsize::MIN);
        let styles = crate::web::BUILTIN_STYLES
            .iter()
            .filter_map(|(n, s)| Some(((*n).to_string(), serde_json::from_str(s).ok()?)))
            .collect();
        AppState {
            name: name.to_string(),
            crs,
            layers: BTreeMap::new(),
            archives: BTreeMap::new(),
            styles,
            config,
            cache: Mutex::new(lru::LruCache::new(cap)),
            metrics: Metrics::default(),
        }
    }

    /// Load every vector layer of a project except personal ones, and the styles.
    ///
    /// # Errors
    /// Read errors of the project's layers, transformation errors.
    pub fn from_project(project: &Project, mut config: ServerConfig) -> Result<AppState, Error> {
        config.privacy = project.catalog().policy();
        if config.internal_token_sha256.is_none() {
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
            if entry.access.is_personal() || entry.kind != saale_store::LayerKind::Vector {
                continue;
            }
            let layer = project.read_layer(name)?;
            st.add_layer(name, entry.clone(), layer)?;
        }
        if let Some(dir) = st.config.styles_dir.clone() {
            st.load_styles(&dir)?;
        }
        Ok(st)
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
            ServedLayer {
                name: name.to_string(),
                entry,
                tiles_internal,
                tiles_public,
                index,
                internal_fields,
                tiles_adv: std::sync::OnceLock::new(),
                adv_spec,
                public_data,
            },
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
            Archive {
                reader,
                path: path.to_path_buf(),
                metadata,
                internal,
            },
        );
        Ok(())
    }

    /// The archive `name` if this view may see it (an internal archive only with the token).
    #[must_use]
    pub fn archive(&self, name: &str, internal: bool) -> Option<&Archive> {
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
            .filter(move |l| internal || l.is_public())
    }

    /// A layer visible in a view.
    #[must_use]
    pub fn layer(&self, name: &str, internal: bool) -> Option<&ServedLayer> {
        self.layers.get(name).filter(|l| internal || l.is_public())
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
