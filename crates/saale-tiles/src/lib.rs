//! Mapbox Vector Tiles (MVT 2.1) from saale layers.
//!
//! A [`TileLayer`] holds a layer's geometries in Web Mercator beside an R-tree over them, and
//! [`render`] cuts one tile from any number of such layers: features are selected from the
//! R-tree, clipped to the tile square plus a buffer, snapped to the tile grid, simplified with a
//! tolerance of one pixel at that zoom, and dropped when smaller than a pixel. A tile larger
//! than the size budget is generalised harder and then thinned (largest features kept), and the
//! reason is returned and logged. [`pyramid`] writes whole pyramids to PMTiles or MBTiles.
//!
//! Encoding uses `geozero`'s MVT writer and `prost`; clipping and generalisation are in
//! [`clip`].
//!
//! The styles' other resources are made here too: [`glyphs`] renders SDF glyph ranges from
//! installed fonts, [`sprite`] packs SVG icons into sprite sheets.
//!
//! # Runtime
//! A tile costs `O(log n + k·v)` for `k` features with `v` vertices in it.

/// OGC 3D Tiles 1.1 of buildings (glTF content with feature ids and attributes).
pub mod city3d;
pub mod clip;
/// Label glyphs: SDF glyph ranges from installed fonts, as MapLibre's `glyphs` URL serves them.
pub mod glyphs;
pub mod pyramid;
/// Raster tiles (PNG, JPEG, WebP) warped from Cloud-Optimized GeoTIFFs through GDAL.
pub mod raster;
/// Sprite sheets (PNG and JSON index, 1x and 2x) from SVG icons.
pub mod sprite;
pub mod tms;

use std::sync::Arc;

use geo::{Coord, Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon};
use std::collections::HashMap;

use geozero::mvt::tile;
use geozero::ToMvt;
use saale_crs::{Crs, Transformer};
use saale_index::LayerIndex;
use saale_model::{Bbox, Layer, Value};

use clip::ClipBox;
pub use tms::{TileId, MAX_ZOOM};

/// Errors of tile generation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reprojection to Web Mercator failed.
    #[error("layer '{layer}': cannot transform to EPSG:3857: {cause}")]
    Transform {
        /// Layer name.
        layer: String,
        /// Cause (printed in the message, not repeated).
        cause: saale_crs::Error,
    },
    /// MVT encoding failed.
    #[error("layer '{layer}', feature {feature}: cannot encode: {message}")]
    Encode {
        /// Layer name.
        layer: String,
        /// Feature index.
        feature: usize,
        /// What went wrong.
        message: String,
    },
    /// Writing a tile archive failed.
    #[error("{path}: {message}")]
    Archive {
        /// Archive path.
        path: String,
        /// What went wrong.
        message: String,
    },
    /// An unknown field was asked for.
    #[error("layer '{layer}' has no field '{field}'")]
    UnknownField {
        /// Layer name.
        layer: String,
        /// Field name.
        field: String,
    },
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;

/// How tiles are cut and generalised.
#[derive(Debug, Clone)]
pub struct TileOptions {
    /// Tile coordinate extent (MVT default 4096).
    pub extent: u32,
    /// Buffer around the tile in tile units (64 = 4 pixels of a 256-pixel tile).
    pub buffer: u32,
    /// Simplification tolerance in pixels of a 256-pixel tile.
    pub tolerance_px: f64,
    /// Polygons with less area than this many square pixels, and lines shorter than this many
    /// pixels, are dropped.
    pub min_size_px: f64,
    /// Size budget of one encoded (uncompressed) tile in bytes.
    pub budget: usize,
    /// A pyramid for the internal view only: recorded in the archive's metadata
    /// (`"saale": {"access": "internal"}`), so that a server serves it only there.
    pub internal: bool,
}

impl TileOptions {
    /// The options of a pyramid's highest zoom level. Clients show its tiles magnified at
    /// every higher zoom (overzoom), so nothing is dropped there for being small, and lines
    /// and rings are simplified only to the tile's own grid (one tile unit, as tippecanoe
    /// does) instead of a 256-pixel pixel: with that a z14 pyramid had dropped every building
    /// under about 40 m² (garages, sheds, building parts). The size budget still applies, and
    /// a tile thinned to meet it says so.
    #[must_use]
    pub fn at_max_zoom(&self) -> TileOptions {
        TileOptions {
            tolerance_px: 256.0 / f64::from(self.extent.max(1)),
            min_size_px: 0.0,
            ..self.clone()
        }
    }
}

impl Default for TileOptions {
    fn default() -> Self {
        Self {
            extent: 4096,
            buffer: 64,
            tolerance_px: 1.0,
            min_size_px: 1.0,
            budget: 500 * 1024,
            internal: false,
        }
    }
}

/// A layer prepared for tiling: its geometries in EPSG:3857, an R-tree over them and the
/// attributes to put into tiles.
pub struct TileLayer {
    /// Layer name (also the MVT layer name).
    pub name: String,
    /// The layer in its own CRS (attributes are read from here).
    pub source: Arc<Layer>,
    /// `(name, index in the schema)` of the attributes written into tiles.
    pub fields: Vec<(String, usize)>,
    /// Lowest zoom with features.
    pub minzoom: u8,
    /// Highest zoom with features (tiles above it are over-zoomed by clients).
    pub maxzoom: u8,
    geoms: Arc<Vec<Option<Geometry<f64>>>>,
    ids: Arc<Vec<u64>>,
    index: Arc<LayerIndex>,
    bounds: Bbox,
}

impl TileLayer {
    /// Prepare `layer` (in `crs`) for tiling with the attributes `fields` (`None`: all).
    ///
    /// # Errors
    /// [`Error::Transform`] when the geometries cannot be brought to EPSG:3857,
    /// [`Error::UnknownField`] for a field the layer does not have.
    pub fn new(
        name: &str,
        layer: Arc<Layer>,
        crs: &Crs,
        fields: Option<&[String]>,
    ) -> Result<TileLayer> {
        Self::new_in(name, layer, crs, &Crs::epsg(3857), fields)
    }

    /// Like [`TileLayer::new`], with the geometries in the CRS of another tile matrix set
    /// (`tile_crs`, e.g. EPSG:25832 for [`tms::Adv25832`]).
    ///
    /// # Errors
    /// As [`TileLayer::new`].
    pub fn new_in(
        name: &str,
        layer: Arc<Layer>,
        crs: &Crs,
        tile_crs: &Crs,
        fields: Option<&[String]>,
    ) -> Result<TileLayer> {
        let fields = select_fields(name, &layer, fields)?;
        let to = tile_crs.clone();
        let tr = Transformer::new(crs, &to).map_err(|cause| Error::Transform {
            layer: name.to_string(),
            cause,
        })?;
        let mut feats: Vec<saale_model::Feature> = layer
            .features
            .iter()
            .map(|f| saale_model::Feature {
                geometry: f.geometry.clone(),
                values: Vec::new(),
            })
            .collect();
        // The ids (a hash of every feature's values) are made while the geometries are
        // transformed.
        let identity = tr.is_identity();
        drop(tr);
        let (moved, ids) = rayon::join(
            || {
                if identity {
                    Ok(())
                } else {
                    saale_crs::transform_features_parallel(&mut feats, crs, &to).map_err(
                        |(_, cause)| Error::Transform {
                            layer: name.to_string(),
                            cause,
                        },
                    )
                }
            },
            || feature_ids(&layer),
        );
        moved?;
        let geoms: Vec<Option<Geometry<f64>>> = feats.into_iter().map(|f| f.geometry).collect();
        let mut bounds = Bbox::empty();
        let index = LayerIndex::from_envelopes(geoms.iter().enumerate().filter_map(|(i, g)| {
            let b = Bbox::of(g.as_ref()?);
            bounds.merge(&b);
            Some((i, b))
        }));
        Ok(TileLayer {
            name: name.to_string(),
            source: layer,
            fields,
            minzoom: 0,
            maxzoom: 16,
            geoms: Arc::new(geoms),
            ids: Arc::new(ids),
            index: Arc::new(index),
            bounds,
        })
    }

    /// The same geometries with the attribute values of `source` (a copy of this layer's
    /// source with values changed, e.g. suppressed counts; same features in the same order)
    /// and another attribute selection. The feature ids are made from `source`.
    ///
    /// # Errors
    /// [`Error::UnknownField`] for a field `source` does not have.
    pub fn with_source(&self, source: Arc<Layer>, fields: Option<&[String]>) -> Result<TileLayer> {
        // Ids come from the values this layer shows: a public copy without internal fields
        // must not carry hashes of them.
        let ids = if Arc::ptr_eq(&source, &self.source) {
            Arc::clone(&self.ids)
        } else {
            Arc::new(feature_ids(&source))
        };
        Ok(TileLayer {
            name: self.name.clone(),
            fields: select_fields(&self.name, &source, fields)?,
            source,
            minzoom: self.minzoom,
            maxzoom: self.maxzoom,
            geoms: Arc::clone(&self.geoms),
            ids,
            index: Arc::clone(&self.index),
            bounds: self.bounds,
        })
    }

    /// The same layer with another attribute selection (geometries and index are shared).
    ///
    /// # Errors
    /// [`Error::UnknownField`] for a field the layer does not have.
    pub fn with_fields(&self, fields: Option<&[String]>) -> Result<TileLayer> {
        self.with_source(Arc::clone(&self.source), fields)
    }

    /// Extent of the layer in EPSG:3857.
    #[must_use]
    pub fn bounds(&self) -> Bbox {
        self.bounds
    }

    /// Extent as `[west, south, east, north]` in degrees (TileJSON `bounds`).
    #[must_use]
    pub fn bounds_lonlat(&self) -> [f64; 4] {
        if self.bounds.is_empty() {
            return [-180.0, -85.051_128_779_806_6, 180.0, 85.051_128_779_806_6];
        }
        let (w, s) = tms::mercator_to_lonlat(self.bounds.min_x, self.bounds.min_y);
        let (e, n) = tms::mercator_to_lonlat(self.bounds.max_x, self.bounds.max_y);
        [w, s, e, n]
    }

    /// The geometry of feature `i` in EPSG:3857.
    #[must_use]
    pub fn geometry_3857(&self, i: usize) -> Option<&Geometry<f64>> {
        self.geoms.get(i).and_then(Option::as_ref)
    }

    /// The MVT id of feature `i` ([`feature_ids`]; 0 for an index beyond the layer).
    #[must_use]
    pub fn feature_id(&self, i: usize) -> u64 {
        self.ids.get(i).copied().unwrap_or(0)
    }

    /// Indices of the features whose envelope meets `bbox` (EPSG:3857), ascending.
    #[must_use]
    pub fn query(&self, bbox: &Bbox) -> Vec<usize> {
        self.index.query_bbox(bbox)
    }
}

/// Key fields a feature's tile id is made from, by priority: the NAS `gml_id`, the OSM id
/// (with its `osm_type`, so node 5 and way 5 differ), the import's `id`.
pub const ID_KEY_FIELDS: [&[&str]; 3] = [&["gml_id"], &["osm_type", "osm_id"], &["id"]];

/// Largest MVT id: JavaScript numbers (MapLibre's `feature.id`, feature state) hold integers
/// up to 2^53 exactly.
const MAX_ID: u64 = (1 << 53) - 1;

/// FNV-1a (64 bit) over a byte stream; stable across runs, platforms and Rust versions.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn value(&mut self, v: &Value) {
        match v {
            Value::Null => self.bytes(&[0]),
            Value::Bool(b) => self.bytes(&[1, u8::from(*b)]),
            Value::Int(i) => {
                self.bytes(&[2]);
                self.bytes(&i.to_le_bytes());
            }
            Value::Float(f) => {
                self.bytes(&[3]);
                self.bytes(&f.to_bits().to_le_bytes());
            }
            Value::String(s) => {
                self.bytes(&[4]);
                self.bytes(&(s.len() as u64).to_le_bytes());
                self.bytes(s.as_bytes());
            }
        }
    }
    /// The hash, finalised (splitmix64) so that all bits depend on the input.
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The MVT feature ids of a layer's features: stable across re-imports, so that a feature
/// keeps its id when others are added, removed or reordered (a patched pyramid copies the
/// tiles whose features are all unchanged, and clients keep their feature state).
///
/// A feature's id is a hash of its key (the first of [`ID_KEY_FIELDS`] the layer has, when the
/// feature's value is not null), else of all its attributes and its geometry (WKB), in
/// 1..=2^53-1. Ids are unique within the layer: features with the same hash are ordered by a
/// second hash of all attributes and the geometry (then by position, which only decides among
/// identical features), and each takes the next free id from its hash on.
#[must_use]
pub fn feature_ids(layer: &Layer) -> Vec<u64> {
    let key: Option<Vec<usize>> = ID_KEY_FIELDS.iter().find_map(|names| {
        names
            .iter()
            .map(|n| layer.schema.index_of(n))
            .collect::<Option<Vec<usize>>>()
    });
    let content = |f: &saale_model::Feature| -> u64 {
        let mut h = Fnv::new();
        for v in &f.values {
            h.value(v);
        }
        match f.geometry.as_ref().map(saale_model::geometry_to_wkb) {
            Some(Ok(w)) => {
                h.bytes(&[1]);
                h.bytes(&w);
            }
            _ => h.bytes(&[0]),
        }
        h.finish()
    };
    // (first hash, second hash, position)
    let mut order: Vec<(u64, u64, usize)> = layer
        .features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let c = content(f);
            let k = key.as_ref().and_then(|k| {
                if k.iter().any(|&j| f.value(j).is_null()) {
                    return None;
                }
                let mut h = Fnv::new();
                h.bytes(b"key");
                for &j in k {
                    h.value(f.value(j));
                }
                Some(h.finish())
            });
            (k.unwrap_or(c), c, i)
        })
        .collect();
    order.sort_unstable();
    let mut used = std::collections::HashSet::with_capacity(order.len());
    let mut ids = vec![0u64; order.len()];
    for (h, _, i) in order {
        let mut id = h & MAX_ID;
        loop {
            if id == 0 {
                id = 1;
            }
            if used.insert(id) {
                break;
            }
            id = (id + 1) & MAX_ID;
        }
        ids[i] = id;
    }
    ids
}

/// The attributes put into tiles by default: every field except `exclude` and text fields
/// with values longer than 1 KB (geometry dumps such as `the_geom`, free text), which make
/// tiles large and are no use for styling. OGC API Features still returns them.
#[must_use]
pub fn default_tile_fields(layer: &Layer, exclude: &[String]) -> Vec<String> {
    layer
        .schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(i, f)| {
            !exclude.contains(&f.name)
                && !layer
                    .features
                    .iter()
                    .any(|ft| matches!(ft.value(*i), Value::String(s) if s.len() > 1024))
        })
        .map(|(_, f)| f.name.clone())
        .collect()
}

/// The attributes of a layer's tiles: `chosen` (in that order, if not empty) or the
/// [`default_tile_fields`], always without `exclude`. Unknown names in `chosen` are skipped.
#[must_use]
pub fn tile_fields(layer: &Layer, chosen: &[String], exclude: &[String]) -> Vec<String> {
    if chosen.is_empty() {
        return default_tile_fields(layer, exclude);
    }
    chosen
        .iter()
        .filter(|f| !exclude.contains(f) && layer.schema.index_of(f).is_some())
        .cloned()
        .collect()
}

fn select_fields(
    name: &str,
    layer: &Layer,
    fields: Option<&[String]>,
) -> Result<Vec<(String, usize)>> {
    match fields {
        None => Ok(layer
            .schema
            .fields()
            .iter()
            .enumerate()
            .map(|(i, f)| (f.name.clone(), i))
            .collect()),
        Some(list) => list
            .iter()
            .map(|f| {
                layer
                    .schema
                    .index_of(f)
                    .map(|i| (f.clone(), i))
                    .ok_or_else(|| Error::UnknownField {
                        layer: name.to_string(),
                        field: f.clone(),
                    })
            })
            .collect(),
    }
}

/// One encoded tile.
#[derive(Debug, Clone, Default)]
pub struct RenderedTile {
    /// The MVT bytes (uncompressed protobuf; empty when the tile has no features).
    pub data: Vec<u8>,
    /// Features written, over all layers.
    pub features: usize,
    /// Why features were generalised harder or dropped to meet the budget.
    pub notes: Vec<String>,
}

/// Encoded features of one layer in a tile: `(feature index, size, feature)`.
type LayerPart<'a> = (Vec<(usize, f64, tile::Feature)>, &'a TileLayer);

/// Generalisation parameters of one attempt, in tile units.
#[derive(Clone, Copy)]
struct Gen {
    tol: f64,
    min_len: f64,
    min_area: f64,
}

/// Cut tile `id` from `layers`. Layers outside their zoom range contribute nothing.
///
/// # Errors
/// [`Error::Encode`] when a geometry cannot be encoded.
pub fn render(layers: &[&TileLayer], id: TileId, opts: &TileOptions) -> Result<RenderedTile> {
    render_bounds(
        layers,
        id.z,
        id.bounds(),
        &format!("{}/{}/{}", id.z, id.x, id.y),
        opts,
    )
}

/// The area whose features a tile of `bounds` (EPSG:3857) draws: the tile grown by its buffer.
/// A feature whose envelope misses it cannot change the tile (the rule a patched pyramid
/// relies on).
#[must_use]
pub fn reach(bounds: &Bbox, opts: &TileOptions) -> Bbox {
    let scale = f64::from(opts.extent) / (bounds.max_x - bounds.min_x);
    bounds.grown(f64::from(opts.buffer) / scale)
}

/// Cut the tile with `bounds` (in the layers' tile CRS, a square) at zoom `z` of any tile
/// matrix set; `label` names it in the notes.
///
/// # Errors
/// [`Error::Encode`] when a geometry cannot be encoded.
pub fn render_bounds(
    layers: &[&TileLayer],
    z: u8,
    bounds: Bbox,
    label: &str,
    opts: &TileOptions,
) -> Result<RenderedTile> {
    let px = f64::from(opts.extent) / 256.0;
    let mut gen = Gen {
        tol: opts.tolerance_px * px,
        min_len: opts.min_size_px * px,
        min_area: opts.min_size_px * px * px * opts.min_size_px,
    };
    let mut notes = Vec::new();
    // Candidates per layer, kept across generalisation attempts.
    let scale = f64::from(opts.extent) / (bounds.max_x - bounds.min_x);
    let query = reach(&bounds, opts);
    // In the order of their ids, so that a tile's bytes depend only on the features it shows
    // (not on where the layer file stores them).
    let candidates: Vec<Vec<usize>> = layers
        .iter()
        .map(|l| {
            if z < l.minzoom || z > l.maxzoom {
                Vec::new()
            } else {
                let mut c = l.query(&query);
                c.sort_unstable_by_key(|&i| l.feature_id(i));
                c
            }
        })
        .collect();
    // Harder generalisation changes lines and polygons only: a tile of points goes to the
    // thinning step at once (the retries would encode the same bytes again).
    let only_points = layers.iter().zip(&candidates).all(|(l, c)| {
        c.iter().all(|&i| {
            matches!(
                l.geometry_3857(i),
                None | Some(Geometry::Point(_) | Geometry::MultiPoint(_))
            )
        })
    });
    let clipbox = ClipBox {
        lo: -f64::from(opts.buffer),
        hi: f64::from(opts.extent + opts.buffer),
    };
    let to_tile = |c: Coord| Coord {
        x: (c.x - bounds.min_x) * scale,
        y: (bounds.max_y - c.y) * scale,
    };
    for attempt in 0..4 {
        let mut parts: Vec<LayerPart<'_>> = Vec::new();
        for (l, cands) in layers.iter().zip(&candidates) {
            let mut feats = Vec::with_capacity(cands.len());
            for &i in cands {
                let Some(g) = l.geometry_3857(i) else {
                    continue;
                };
                let Some((tg, size)) = to_tile_geometry(g, &to_tile, clipbox, gen) else {
                    continue;
                };
                let f = tg.to_mvt_unscaled().map_err(|e| Error::Encode {
                    layer: l.name.clone(),
                    feature: i,
                    message: e.to_string(),
                })?;
                feats.push((i, size, f));
            }
            parts.push((feats, *l));
        }
        let total: usize = parts.iter().map(|p| p.0.len()).sum();
        // A tile is at least as large as its features' geometries: when they alone exceed the
        // budget, the (costly) encoding of the whole tile is skipped.
        let floor = size_floor(&parts);
        let size = if floor > opts.budget {
            floor
        } else {
            let data = encode(&parts, opts.extent);
            if data.len() <= opts.budget {
                return Ok(RenderedTile {
                    data,
                    features: total,
                    notes,
                });
            }
            data.len()
        };
        if attempt < 3 && !only_points {
            let note = format!(
                "tile {label}: {}{size} bytes over the budget of {}; generalising with {}x the tolerance",
                if size == floor { "at least " } else { "" },
                opts.budget,
                1 << (attempt + 1)
            );
            tracing::warn!("{note}");
            notes.push(note);
            gen.tol *= 2.0;
            gen.min_len *= 2.0;
            gen.min_area *= 4.0;
            continue;
        }
        // Still too large: keep the largest features that fit; among equals (points) the
        // order of the ids (hashes, so spread over the tile) thins evenly and keeps the same
        // features whatever else changed. Binary search over the count.
        let mut rank: Vec<(usize, usize, f64, u64)> = parts
            .iter()
            .enumerate()
            .flat_map(|(li, p)| {
                p.0.iter()
                    .enumerate()
                    .map(move |(fi, f)| (li, fi, f.1, p.1.feature_id(f.0)))
            })
            .collect();
        rank.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.3.cmp(&b.3)));
        let keep_first = |n: usize| -> Vec<u8> {
            let mut keep: Vec<Vec<bool>> = parts.iter().map(|p| vec![false; p.0.len()]).collect();
            for r in &rank[..n] {
                keep[r.0][r.1] = true;
            }
            encode_where(&parts, opts.extent, Some(&keep))
        };
        // The count that fits lies near the budget's share of the tile: estimate it from the
        // size of a trial (sizes grow about linearly with the count) until a trial fits, then
        // search upward in doubling steps and bisect. Each trial encodes about a budget's worth
        // instead of halves of the whole tile.
        let n = rank.len();
        let mut guess = (n.saturating_mul(opts.budget) / size.max(1)).min(n);
        let mut hi = n;
        loop {
            let len = keep_first(guess).len();
            if len <= opts.budget {
                break;
            }
            hi = guess - 1;
            let est = u128::from(guess as u64) * u128::from(opts.budget as u64) / len as u128;
            guess = usize::try_from(est).unwrap_or(0).min(guess - 1);
        }
        let mut lo = guess;
        let mut step = (guess / 64).max(1);
        while lo < hi {
            let next = lo.saturating_add(step).min(hi);
            if keep_first(next).len() <= opts.budget {
                lo = next;
            } else {
                hi = next - 1;
                break;
            }
            step = step.saturating_mul(2);
        }
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if keep_first(mid).len() <= opts.budget {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let note = format!(
            "tile {label}: kept {} of {} features (largest first) to stay within {} bytes",
            lo, total, opts.budget
        );
        tracing::warn!("{note}");
        notes.push(note);
        return Ok(RenderedTile {
            data: keep_first(lo),
            features: lo,
            notes,
        });
    }
    Ok(RenderedTile::default())
}

/// A lower bound of the encoded size of `parts`: every feature's geometry and its framing
/// (ids and attributes only add to it).
fn size_floor(parts: &[LayerPart<'_>]) -> usize {
    let mut total = 0;
    for (feats, l) in parts {
        for (i, _, f) in feats {
            let g: usize = f.geometry.iter().map(|&v| varint_len(u64::from(v))).sum();
            // Each attribute value adds a key and a value index.
            let tags = l.source.features.get(*i).map_or(0, |src| {
                l.fields
                    .iter()
                    .filter(|(_, fi)| !src.value(*fi).is_null())
                    .count()
            });
            // geometry: key + length + packed values; the feature: key + length.
            total += 1 + varint_len(g as u64) + g + 2 + 2 * tags;
        }
    }
    total
}

/// Bytes of a protobuf varint.
fn varint_len(v: u64) -> usize {
    (64 - (v | 1).leading_zeros() as usize).div_ceil(7)
}

fn encode(parts: &[LayerPart<'_>], extent: u32) -> Vec<u8> {
    encode_where(parts, extent, None)
}

/// A tag value as dictionary key: borrowed from the layer, floats by their bits (as the MVT
/// dictionary compares them).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum TagValue<'a> {
    Bool(bool),
    Sint(i64),
    Double(u64),
    Str(&'a str),
}

/// The tile (MVT protobuf) of `parts`, only the features `keep` marks when given.
///
/// Written directly rather than through geozero's `Tile` and `TagsBuilder`: those cloned every
/// feature and string value and hashed keys and values with SipHash, about a fifth of a
/// pyramid build's CPU (benches/README.md, "Pyramid vs tippecanoe"). The bytes are those
/// prost writes for the same tile (fields in the order of their numbers;
/// `encoder_writes_the_bytes_prost_writes`).
fn encode_where(parts: &[LayerPart<'_>], extent: u32, keep: Option<&[Vec<bool>]>) -> Vec<u8> {
    let mut tile = Vec::new();
    let mut layer = Vec::new();
    let mut feats = Vec::new();
    let mut one = Vec::new();
    let mut tags: Vec<u32> = Vec::new();
    for (pi, (list, l)) in parts.iter().enumerate() {
        let kept = |fi: usize| keep.is_none_or(|k| k[pi].get(fi).copied().unwrap_or(false));
        if !(0..list.len()).any(kept) {
            continue;
        }
        // Keys in the order of first use, by field slot; values deduplicated in order.
        let mut key_of: Vec<u32> = vec![u32::MAX; l.fields.len()];
        let mut keys: Vec<&str> = Vec::new();
        let mut values: Vec<TagValue<'_>> = Vec::new();
        let mut value_of: HashMap<TagValue<'_>, u32, rustc_hash::FxBuildHasher> =
            HashMap::default();
        feats.clear();
        for (fi, (i, _, f)) in list.iter().enumerate() {
            if !kept(fi) {
                continue;
            }
            tags.clear();
            if let Some(src) = l.source.features.get(*i) {
                for (slot, (name, col)) in l.fields.iter().enumerate() {
                    let v = match src.value(*col) {
                        Value::Null => continue,
                        Value::Bool(b) => TagValue::Bool(*b),
                        Value::Int(v) => TagValue::Sint(*v),
                        Value::Float(v) => TagValue::Double(v.to_bits()),
                        Value::String(s) => TagValue::Str(s),
                    };
                    if key_of[slot] == u32::MAX {
                        key_of[slot] = keys.len() as u32;
                        keys.push(name);
                    }
                    let n = values.len() as u32;
                    let vi = *value_of.entry(v).or_insert_with(|| {
                        values.push(v);
                        n
                    });
                    tags.push(key_of[slot]);
                    tags.push(vi);
                }
            }
            one.clear();
            pb_varint_field(&mut one, 1, l.feature_id(*i));
            pb_packed(&mut one, 2, &tags);
            if let Some(t) = f.r#type {
                // An enum is written as the varint of its i32 (sign-extended).
                pb_varint_field(&mut one, 3, i64::from(t) as u64);
            }
            pb_packed(&mut one, 4, &f.geometry);
            pb_bytes(&mut feats, 2, &one);
        }
        layer.clear();
        pb_bytes(&mut layer, 1, l.name.as_bytes());
        layer.extend_from_slice(&feats);
        for k in &keys {
            pb_bytes(&mut layer, 3, k.as_bytes());
        }
        for v in &values {
            one.clear();
            match *v {
                TagValue::Str(s) => pb_bytes(&mut one, 1, s.as_bytes()),
                TagValue::Double(bits) => {
                    pb_key(&mut one, 3, 1);
                    one.extend_from_slice(&bits.to_le_bytes());
                }
                TagValue::Sint(x) => pb_varint_field(&mut one, 6, ((x << 1) ^ (x >> 63)) as u64),
                TagValue::Bool(b) => pb_varint_field(&mut one, 7, u64::from(b)),
            }
            pb_bytes(&mut layer, 4, &one);
        }
        pb_varint_field(&mut layer, 5, u64::from(extent));
        pb_varint_field(&mut layer, 15, 2);
        pb_bytes(&mut tile, 3, &layer);
    }
    tile
}

fn pb_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn pb_key(out: &mut Vec<u8>, field: u32, wire: u32) {
    pb_varint(out, u64::from((field << 3) | wire));
}

fn pb_varint_field(out: &mut Vec<u8>, field: u32, v: u64) {
    pb_key(out, field, 0);
    pb_varint(out, v);
}

fn pb_bytes(out: &mut Vec<u8>, field: u32, b: &[u8]) {
    pb_key(out, field, 2);
    pb_varint(out, b.len() as u64);
    out.extend_from_slice(b);
}

/// A packed repeated uint32 field (left out when empty, as prost does).
fn pb_packed(out: &mut Vec<u8>, field: u32, vals: &[u32]) {
    if vals.is_empty() {
        return;
    }
    let len: usize = vals.iter().map(|&v| varint_len(u64::from(v))).sum();
    pb_key(out, field, 2);
    pb_varint(out, len as u64);
    for &v in vals {
        pb_varint(out, u64::from(v));
    }
}

/// Transform, clip, snap, simplify and filter one geometry; returns it in tile units with its
/// size (area for polygons, length for lines, 0 for points), or `None` when nothing remains.
fn to_tile_geometry(
    g: &Geometry<f64>,
    tx: &impl Fn(Coord) -> Coord,
    b: ClipBox,
    gen: Gen,
) -> Option<(Geometry<f64>, f64)> {
    match g {
        Geometry::Point(p) => point(p.0, tx, b).map(|p| (Geometry::Point(p), 0.0)),
        Geometry::MultiPoint(mp) => {
            let pts: Vec<Point> = mp.0.iter().filter_map(|p| point(p.0, tx, b)).collect();
            match pts.len() {
                0 => None,
                1 => Some((Geometry::Point(pts[0]), 0.0)),
                _ => Some((Geometry::MultiPoint(MultiPoint(pts)), 0.0)),
            }
        }
        Geometry::LineString(l) => lines(std::slice::from_ref(l), tx, b, gen),
        Geometry::MultiLineString(ml) => lines(&ml.0, tx, b, gen),
        Geometry::Polygon(p) => polygons(std::slice::from_ref(p), tx, b, gen),
        Geometry::MultiPolygon(mp) => polygons(&mp.0, tx, b, gen),
        Geometry::Rect(r) => polygons(&[r.to_polygon()], tx, b, gen),
        Geometry::Triangle(t) => polygons(&[t.to_polygon()], tx, b, gen),
        Geometry::Line(l) => lines(&[LineString::new(vec![l.start, l.end])], tx, b, gen),
        Geometry::GeometryCollection(gc) => {
            // Tiles carry one geometry type per feature: keep the polygonal part, else lines,
            // else points.
            let mut polys = Vec::new();
            let mut ls = Vec::new();
            for g in &gc.0 {
                match g {
                    Geometry::Polygon(p) => polys.push(p.clone()),
                    Geometry::MultiPolygon(mp) => polys.extend(mp.0.iter().cloned()),
                    Geometry::LineString(l) => ls.push(l.clone()),
                    Geometry::MultiLineString(ml) => ls.extend(ml.0.iter().cloned()),
                    _ => {}
                }
            }
            if !polys.is_empty() {
                polygons(&polys, tx, b, gen)
            } else {
                lines(&ls, tx, b, gen)
            }
        }
    }
}

fn point(c: Coord, tx: &impl Fn(Coord) -> Coord, b: ClipBox) -> Option<Point> {
    let t = tx(c);
    (t.x >= b.lo && t.x <= b.hi && t.y >= b.lo && t.y <= b.hi)
        .then(|| Point::new(t.x.round(), t.y.round()))
}

fn lines(
    ls: &[LineString],
    tx: &impl Fn(Coord) -> Coord,
    b: ClipBox,
    gen: Gen,
) -> Option<(Geometry<f64>, f64)> {
    let mut out = Vec::new();
    let mut total = 0.0;
    for l in ls {
        let pts: Vec<Coord> = l.0.iter().map(|c| tx(*c)).collect();
        for part in clip::clip_line(&pts, b) {
            let s = clip::simplify(clip::snap(&part), gen.tol);
            if s.len() < 2 {
                continue;
            }
            let len = clip::length(&s);
            if len < gen.min_len {
                continue;
            }
            total += len;
            out.push(LineString::new(s));
        }
    }
    match out.len() {
        0 => None,
        1 => out.pop().map(|l| (Geometry::LineString(l), total)),
        _ => Some((Geometry::MultiLineString(MultiLineString(out)), total)),
    }
}

fn polygons(
    ps: &[Polygon],
    tx: &impl Fn(Coord) -> Coord,
    b: ClipBox,
    gen: Gen,
) -> Option<(Geometry<f64>, f64)> {
    let mut out = Vec::new();
    let mut total = 0.0;
    let ring = |r: &LineString, exterior: bool| -> Option<Vec<Coord>> {
        let pts: Vec<Coord> = r.0.iter().map(|c| tx(*c)).collect();
        let clipped = clip::clip_ring(&pts, b);
        if clipped.is_empty() {
            return None;
        }
        let mut s = clip::simplify(clip::snap(&clipped), gen.tol);
        if s.len() < 4 {
            return None;
        }
        let a = clip::signed_area(&s);
        if a.abs() < gen.min_area || a == 0.0 {
            return None;
        }
        // Exterior rings positive (clockwise on screen), holes negative.
        if (a > 0.0) != exterior {
            s.reverse();
        }
        Some(s)
    };
    for p in ps {
        let Some(ext) = ring(p.exterior(), true) else {
            continue;
        };
        total += clip::signed_area(&ext).abs();
        let holes: Vec<LineString> = p
            .interiors()
            .iter()
            .filter_map(|h| ring(h, false).map(LineString::new))
            .collect();
        out.push(Polygon::new(LineString::new(ext), holes));
    }
    match out.len() {
        0 => None,
        1 => out.pop().map(|p| (Geometry::Polygon(p), total)),
        _ => Some((Geometry::MultiPolygon(MultiPolygon(out)), total)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geozero::mvt::Message;
    use saale_model::geo_types::{coord, point, polygon};
    use saale_model::{Feature, Field, FieldType, Schema};

    fn layer(features: Vec<Feature>) -> Arc<Layer> {
        Arc::new(Layer {
            schema: Schema::from_fields([Field {
                name: "name".into(),
                ty: FieldType::String,
            }]),
            features,
        })
    }

    /// The encoder as it was, through geozero's prost messages and `TagsBuilder`: the
    /// reference the hand-written encoder is held to.
    fn encode_prost(parts: &[LayerPart<'_>], extent: u32) -> Vec<u8> {
        use geozero::mvt::{TagsBuilder, TileValue};
        let mut t = geozero::mvt::Tile { layers: Vec::new() };
        for (feats, l) in parts {
            if feats.is_empty() {
                continue;
            }
            let mut tags = TagsBuilder::new();
            let mut out = Vec::with_capacity(feats.len());
            for (i, _, f) in feats {
                let mut f = f.clone();
                f.id = Some(l.feature_id(*i));
                if let Some(src) = l.source.features.get(*i) {
                    for (name, fi) in &l.fields {
                        let v = match src.value(*fi) {
                            Value::Null => continue,
                            Value::Bool(b) => TileValue::Bool(*b),
                            Value::Int(v) => TileValue::Sint(*v),
                            Value::Float(v) => TileValue::Double(*v),
                            Value::String(s) => TileValue::Str(s.to_string()),
                        };
                        let (k, v) = tags.insert_ref(name, v);
                        f.tags.push(k);
                        f.tags.push(v);
                    }
                }
                out.push(f);
            }
            let (keys, values) = tags.into_tags();
            t.layers.push(tile::Layer {
                version: 2,
                name: l.name.clone(),
                features: out,
                keys,
                values: values.into_iter().map(Into::into).collect(),
                extent: Some(extent),
            });
        }
        if t.layers.is_empty() {
            return Vec::new();
        }
        t.encode_to_vec()
    }

    /// The MVT encoder writes byte for byte what prost writes for the same tile: two layers,
    /// points, lines, polygons with a hole, values of every type (negative integers, floats
    /// with equal values, repeated and empty strings, nulls), a feature without attributes,
    /// and a subset selected by a mask.
    #[test]
    fn encoder_writes_the_bytes_prost_writes() {
        let schema = Schema::from_fields([
            Field {
                name: "name".into(),
                ty: FieldType::String,
            },
            Field {
                name: "n".into(),
                ty: FieldType::Int,
            },
            Field {
                name: "f".into(),
                ty: FieldType::Float,
            },
            Field {
                name: "b".into(),
                ty: FieldType::Bool,
            },
        ]);
        let vals = |i: i64| -> Vec<Value> {
            vec![
                if i % 3 == 0 {
                    Value::Null
                } else {
                    Value::from(format!("n{}", i % 4))
                },
                Value::Int(i * 1_000_003 - 40_000_000),
                if i % 2 == 0 {
                    Value::Float(0.5)
                } else {
                    Value::Float(-(i as f64) / 7.0)
                },
                if i % 5 == 0 {
                    Value::Null
                } else {
                    Value::Bool(i % 2 == 1)
                },
            ]
        };
        let o = tms::ORIGIN_SHIFT;
        let pts: Vec<Feature> = (0..40)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: o / 4.0 + f64::from(i) * 9000.0, y: o / 3.0),
                )),
                values: vals(i64::from(i)),
            })
            .chain(std::iter::once(Feature {
                geometry: Some(Geometry::Point(point!(x: o / 3.0, y: o / 4.0))),
                values: vec![Value::Null, Value::Null, Value::Null, Value::Null],
            }))
            .collect();
        let shapes: Vec<Feature> = (0..12)
            .map(|i| {
                let x = o / 8.0 + f64::from(i) * 40_000.0;
                let g = if i % 2 == 0 {
                    Geometry::Polygon(saale_model::geo_types::Polygon::new(
                        saale_model::geo_types::LineString::from(vec![
                            (x, o / 8.0),
                            (x + 30_000.0, o / 8.0),
                            (x + 30_000.0, o / 8.0 + 30_000.0),
                            (x, o / 8.0 + 30_000.0),
                            (x, o / 8.0),
                        ]),
                        vec![saale_model::geo_types::LineString::from(vec![
                            (x + 10_000.0, o / 8.0 + 10_000.0),
                            (x + 20_000.0, o / 8.0 + 10_000.0),
                            (x + 20_000.0, o / 8.0 + 20_000.0),
                            (x + 10_000.0, o / 8.0 + 10_000.0),
                        ])],
                    ))
                } else {
                    Geometry::LineString(saale_model::geo_types::LineString::from(vec![
                        (x, o / 6.0),
                        (x + 35_000.0, o / 6.0 + 20_000.0),
                        (x + 5_000.0, o / 6.0 + 50_000.0),
                    ]))
                };
                Feature {
                    geometry: Some(g),
                    values: vals(i64::from(i) + 100),
                }
            })
            .collect();
        let mk = |name: &str, feats: Vec<Feature>| {
            TileLayer::new(
                name,
                Arc::new(Layer {
                    schema: schema.clone(),
                    features: feats,
                }),
                &Crs::epsg(3857),
                None,
            )
            .expect("layer")
        };
        let a = mk("pois", pts);
        let b = mk("shapes", shapes);
        let bounds = TileId::new(1, 1, 0).expect("id").bounds();
        let scale = 4096.0 / (bounds.max_x - bounds.min_x);
        let to_tile = |c: Coord| Coord {
            x: (c.x - bounds.min_x) * scale,
            y: (bounds.max_y - c.y) * scale,
        };
        let clip = ClipBox {
            lo: -64.0,
            hi: 4160.0,
        };
        let gen = Gen {
            tol: 1.0,
            min_len: 0.0,
            min_area: 0.0,
        };
        let part = |l: &TileLayer| -> Vec<(usize, f64, tile::Feature)> {
            (0..l.source.features.len())
                .filter_map(|i| {
                    let (tg, size) = to_tile_geometry(l.geometry_3857(i)?, &to_tile, clip, gen)?;
                    Some((i, size, tg.to_mvt_unscaled().expect("mvt")))
                })
                .collect()
        };
        let parts: Vec<LayerPart<'_>> = vec![(part(&a), &a), (part(&b), &b)];
        assert_eq!(parts[0].0.len(), 41);
        assert_eq!(parts[1].0.len(), 12);
        let want = encode_prost(&parts, 4096);
        assert_eq!(encode(&parts, 4096), want);
        // The decoded tile has the values (a check of the reference itself).
        let t = geozero::mvt::Tile::decode(want.as_slice()).expect("decode");
        assert_eq!(t.layers.len(), 2);
        assert!(t.layers[0]
            .values
            .iter()
            .any(|v| v.sint_value == Some(-40_000_000 + 1_000_003)));
        // A mask: every third feature of the first layer, none of the second (left out).
        let keep = vec![
            (0..parts[0].0.len())
                .map(|i| i % 3 == 0)
                .collect::<Vec<_>>(),
            vec![false; parts[1].0.len()],
        ];
        let masked: Vec<LayerPart<'_>> = vec![
            (
                parts[0]
                    .0
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 3 == 0)
                    .map(|(_, f)| f.clone())
                    .collect(),
                &a,
            ),
            (Vec::new(), &b),
        ];
        assert_eq!(
            encode_where(&parts, 4096, Some(&keep)),
            encode_prost(&masked, 4096)
        );
        assert!(encode_where(&parts, 4096, Some(&[vec![false; 41], vec![false; 12]])).is_empty());
    }

    #[test]
    fn square_is_clipped_and_exterior_ring_is_clockwise() {
        // Tile 1/1/0 is the north-east quarter: x 0..O, y 0..O. A square straddling x = 0.
        let o = tms::ORIGIN_SHIFT;
        let sq = polygon![(x: -o / 4.0, y: o / 4.0), (x: o / 4.0, y: o / 4.0),
            (x: o / 4.0, y: o / 2.0), (x: -o / 4.0, y: o / 2.0)];
        let l = TileLayer::new(
            "t",
            layer(vec![Feature {
                geometry: Some(Geometry::Polygon(sq)),
                values: vec![Value::from("a".to_string())],
            }]),
            &Crs::epsg(3857),
            None,
        )
        .expect("layer");
        let opts = TileOptions::default();
        let r = render(&[&l], TileId::new(1, 1, 0).expect("id"), &opts).expect("tile");
        let t = geozero::mvt::Tile::decode(r.data.as_slice()).expect("decode");
        assert_eq!(t.layers.len(), 1);
        let f = &t.layers[0].features[0];
        assert_eq!(f.id, Some(l.feature_id(0)));
        assert_eq!(t.layers[0].keys, vec!["name".to_string()]);
        // Decode the ring: MoveTo(1) + 2 params, LineTo(n) + 2n params, ClosePath.
        let g = &f.geometry;
        assert_eq!(g[0], 9); // MoveTo, count 1
        let zz = |v: u32| ((v >> 1) as i32) ^ -((v & 1) as i32);
        let mut pts = vec![coord! {x: f64::from(zz(g[1])), y: f64::from(zz(g[2]))}];
        let n = (g[3] >> 3) as usize;
        for k in 0..n {
            let last = pts[pts.len() - 1];
            pts.push(coord! {x: last.x + f64::from(zz(g[4 + 2 * k])),
            y: last.y + f64::from(zz(g[5 + 2 * k]))});
        }
        pts.push(pts[0]);
        // Clipped at x = -64 (buffer); y = o/2..o/4 lies at 2048..3072 (y down from y = o).
        let xs: Vec<f64> = pts.iter().map(|c| c.x).collect();
        let ys: Vec<f64> = pts.iter().map(|c| c.y).collect();
        assert_eq!(xs.iter().copied().fold(f64::INFINITY, f64::min), -64.0);
        assert_eq!(xs.iter().copied().fold(f64::NEG_INFINITY, f64::max), 1024.0);
        assert_eq!(ys.iter().copied().fold(f64::INFINITY, f64::min), 2048.0);
        assert_eq!(ys.iter().copied().fold(f64::NEG_INFINITY, f64::max), 3072.0);
        assert!(
            clip::signed_area(&pts) > 0.0,
            "exterior must be clockwise on screen"
        );
        assert_eq!(clip::signed_area(&pts), 1088.0 * 1024.0);
    }

    #[test]
    fn budget_thins_points_and_says_why() {
        let feats: Vec<Feature> = (0..20_000)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(point!(x: f64::from(i % 200) * 1000.0,
                    y: f64::from(i / 200) * 1000.0))),
                values: vec![Value::from(format!("poi {i}"))],
            })
            .collect();
        let l = TileLayer::new("p", layer(feats), &Crs::epsg(3857), None).expect("layer");
        let opts = TileOptions {
            budget: 50_000,
            ..TileOptions::default()
        };
        let id = TileId::new(7, 64, 63).expect("id");
        let r = render(&[&l], id, &opts).expect("tile");
        assert!(r.data.len() <= 50_000, "{} bytes", r.data.len());
        assert!(r.features > 1000 && r.features < 20_000, "{}", r.features);
        assert!(r.notes.last().is_some_and(|n| n.contains("kept")));
        let unlimited = TileOptions {
            budget: usize::MAX,
            ..TileOptions::default()
        };
        let full = render(&[&l], id, &unlimited).expect("tile");
        assert_eq!(full.features, 20_000);
        assert!(full.notes.is_empty());
    }

    #[test]
    fn feature_ids_follow_features_not_positions_and_are_unique() {
        let pt = |x: f64, name: &str| Feature {
            geometry: Some(Geometry::Point(point!(x: x, y: 0.0))),
            values: vec![Value::from(name.to_string())],
        };
        let a = layer(vec![pt(1.0, "a"), pt(2.0, "b"), pt(3.0, "c"), pt(3.0, "c")]);
        // Reordered, one feature moved, one added.
        let b = layer(vec![
            pt(5.0, "new"),
            pt(3.0, "c"),
            pt(2.5, "b"),
            pt(1.0, "a"),
            pt(3.0, "c"),
        ]);
        let (ia, ib) = (feature_ids(&a), feature_ids(&b));
        assert_eq!(ia[0], ib[3], "unchanged feature keeps its id");
        // The two identical features share a hash: the later takes the next id.
        assert_eq!(ia[3], ia[2] + 1);
        assert_eq!((ib[1], ib[4]), (ia[2], ia[3]));
        assert_ne!(ia[1], ib[2], "the moved feature (no key) gets a new id");
        for ids in [&ia, &ib] {
            let set: std::collections::HashSet<_> = ids.iter().collect();
            assert_eq!(set.len(), ids.len());
            assert!(ids.iter().all(|&i| (1..1 << 53).contains(&i)));
        }
        // With a key field, a moved or edited feature keeps its id.
        let keyed = |x: f64, id: i64| Feature {
            geometry: Some(Geometry::Point(point!(x: x, y: 0.0))),
            values: vec![Value::Int(id)],
        };
        let schema = Schema::from_fields([Field {
            name: "gml_id".into(),
            ty: FieldType::Int,
        }]);
        let k0 = Layer {
            schema: schema.clone(),
            features: vec![keyed(1.0, 7), keyed(2.0, 8)],
        };
        let k1 = Layer {
            schema,
            features: vec![keyed(9.0, 8), keyed(1.0, 7)],
        };
        let (i0, i1) = (feature_ids(&k0), feature_ids(&k1));
        assert_eq!((i0[0], i0[1]), (i1[1], i1[0]));
    }

    #[test]
    fn a_public_copy_takes_its_ids_from_its_own_values() {
        let f = |note: &str| Feature {
            geometry: Some(Geometry::Point(point!(x: 1.0, y: 2.0))),
            values: vec![Value::from(note.to_string())],
        };
        let internal = layer(vec![f("Eigentümer Müller")]);
        let public = layer(vec![f("")]);
        let l = TileLayer::new("t", Arc::clone(&internal), &Crs::epsg(3857), None).expect("layer");
        let p = l.with_source(Arc::clone(&public), None).expect("public");
        assert_eq!(l.feature_id(0), feature_ids(&internal)[0]);
        assert_eq!(p.feature_id(0), feature_ids(&public)[0]);
        assert_ne!(p.feature_id(0), l.feature_id(0));
        assert_eq!(
            l.with_fields(Some(&[])).expect("f").feature_id(0),
            l.feature_id(0)
        );
    }
}
