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
use geozero::mvt::{tile, Message, TagsBuilder, TileValue};
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
        if !tr.is_identity() {
            saale_crs::transform_features_parallel(&mut feats, crs, &to).map_err(
                |(_, cause)| Error::Transform {
                    layer: name.to_string(),
                    cause,
                },
            )?;
        }
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
            index: Arc::new(index),
            bounds,
        })
    }

    /// The same geometries with the attribute values of `source` (a copy of this layer's
    /// source with values changed, e.g. suppressed counts; same features in the same order)
    /// and another attribute selection.
    ///
    /// # Errors
    /// [`Error::UnknownField`] for a field `source` does not have.
    pub fn with_source(&self, source: Arc<Layer>, fields: Option<&[String]>) -> Result<TileLayer> {
        Ok(TileLayer {
            name: self.name.clone(),
            fields: select_fields(&self.name, &source, fields)?,
            source,
            minzoom: self.minzoom,
            maxzoom: self.maxzoom,
            geoms: Arc::clone(&self.geoms),
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

    /// Indices of the features whose envelope meets `bbox` (EPSG:3857), ascending.
    #[must_use]
    pub fn query(&self, bbox: &Bbox) -> Vec<usize> {
        self.index.query_bbox(bbox)
    }
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
    let candidates: Vec<Vec<usize>> = layers
        .iter()
        .map(|l| {
            if z < l.minzoom || z > l.maxzoom {
                Vec::new()
            } else {
                l.query(&query)
            }
        })
        .collect();
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
        // The features' geometries alone (without attributes and the layer's tables) are a
        // lower bound of the tile's size: above the budget, the tile cannot fit and is not
        // encoded (a street-zoom point tile of 100,000 addresses took 10 MB to find that out).
        let lower: usize = parts
            .iter()
            .map(|p| p.0.iter().map(|f| f.2.encoded_len()).sum::<usize>())
            .sum();
        let data = if lower > opts.budget {
            None
        } else {
            Some(encode(&parts, opts.extent))
        };
        let size = match data {
            Some(data) if data.len() <= opts.budget => {
                return Ok(RenderedTile {
                    data,
                    features: total,
                    notes,
                });
            }
            Some(data) => (format!("{} bytes", data.len()), data.len()),
            None => (format!("at least {lower} bytes"), lower),
        };
        let (size, known) = size;
        // Generalising harder changes nothing when the tile holds only points (their
        // position is snapped to the grid whatever the tolerance): thin at once.
        let only_points = parts.iter().all(|p| {
            p.0.iter()
                .all(|f| f.2.r#type == Some(tile::GeomType::Point as i32))
        });
        if attempt < 3 && !only_points {
            let note = format!(
                "tile {label}: {size} over the budget of {}; generalising with {}x the tolerance",
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
        // Still too large: keep the largest features that fit; among equals (points) a
        // bit-reversed order thins evenly over the tile. Binary search over the count.
        let mut rank: Vec<(usize, usize, f64, u64)> = parts
            .iter()
            .enumerate()
            .flat_map(|(li, p)| {
                p.0.iter()
                    .enumerate()
                    .map(move |(fi, f)| (li, fi, f.1, (f.0 as u64).reverse_bits()))
            })
            .collect();
        rank.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.3.cmp(&b.3)));
        let keep_first = |n: usize| -> Vec<u8> {
            let mut keep: Vec<Vec<bool>> = parts.iter().map(|p| vec![false; p.0.len()]).collect();
            for r in &rank[..n] {
                keep[r.0][r.1] = true;
            }
            let filtered: Vec<LayerPart<'_>> = parts
                .iter()
                .zip(&keep)
                .map(|((f, l), k)| {
                    (
                        f.iter()
                            .zip(k)
                            .filter(|(_, k)| **k)
                            .map(|(x, _)| x.clone())
                            .collect(),
                        *l,
                    )
                })
                .collect();
            encode(&filtered, opts.extent)
        };
        // The largest count whose tile fits. The encoded size grows with every feature
        // added (each count keeps a superset of the smaller one), so the answer lies between
        // a count that fits (`lo`, 0 at first) and one that does not (`hi`, all at first). A
        // few secant steps from the size of the whole tile narrow that bracket cheaply (each
        // step encodes about as many features as will be kept, where halving from all of
        // them encoded tens of thousands of features several times), then halving finishes it:
        // the same count a plain binary search finds.
        let (mut lo, mut hi) = (0usize, rank.len());
        let mut guess = (rank.len() as f64 * opts.budget as f64 / known.max(1) as f64) as usize;
        for _ in 0..4 {
            if hi - lo <= 1 {
                break;
            }
            let g = guess.clamp(lo + 1, hi - 1);
            let len = keep_first(g).len();
            if len <= opts.budget {
                lo = g;
            } else {
                hi = g;
            }
            // Aim just under the budget: the next guess overshoots less often.
            guess = (g as f64 * 0.995 * opts.budget as f64 / len.max(1) as f64) as usize;
        }
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if keep_first(mid).len() <= opts.budget {
                lo = mid;
            } else {
                hi = mid;
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

fn encode(parts: &[LayerPart<'_>], extent: u32) -> Vec<u8> {
    let mut t = geozero::mvt::Tile { layers: Vec::new() };
    for (feats, l) in parts {
        if feats.is_empty() {
            continue;
        }
        let mut tags = TagsBuilder::new();
        let mut out = Vec::with_capacity(feats.len());
        for (i, _, f) in feats {
            let mut f = f.clone();
            f.id = Some(*i as u64 + 1);
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
        assert_eq!(f.id, Some(1));
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
}
