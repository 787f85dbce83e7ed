//! Pre-generated tile pyramids: every non-empty tile of a zoom range, cut in parallel with the
//! same generalisation as live tiles, written to PMTiles v3 (with the `pmtiles` crate) or
//! MBTiles 1.3 (SQLite, `rusqlite`). Tiles are gzip-compressed as both formats expect. The
//! archive is written to a temporary file beside the target and renamed into place.

use std::path::Path;

use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Bbox, Layer};

use crate::tms::{tile_range, TileId};
use crate::{render, Error, Result, TileLayer, TileOptions};

/// A cut tile: address, gzip bytes, uncompressed size, over budget.
type Cut = (TileId, Vec<u8>, usize, bool);

/// A zoom level in a group: its zoom, the tiles to cut, the tiles done (copied from the
/// previous archive, then the cut ones).
type Level = (u8, Vec<TileId>, Vec<(TileId, Vec<u8>)>);

/// Tiles per thread of the pool that close a group of levels cut together.
const GROUP_TILES_PER_THREAD: usize = 4;

/// An open archive being written.
enum Sink {
    /// PMTiles stream writer.
    Pm(Box<pmtiles::PmTilesStreamWriter<std::io::BufWriter<std::fs::File>>>),
    /// MBTiles database in a transaction.
    Mb(rusqlite::Connection),
}

/// Archive format of a pyramid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFormat {
    /// PMTiles v3, one file, served by HTTP range requests.
    PmTiles,
    /// MBTiles 1.3 (SQLite).
    MbTiles,
}

impl ArchiveFormat {
    /// Format from a file name (`.pmtiles` or `.mbtiles`).
    #[must_use]
    pub fn from_path(path: &Path) -> Option<ArchiveFormat> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pmtiles" => Some(ArchiveFormat::PmTiles),
            "mbtiles" => Some(ArchiveFormat::MbTiles),
            _ => None,
        }
    }
}

/// What a pyramid build produced.
#[derive(Debug, Clone, Default)]
pub struct PyramidReport {
    /// Tiles written (non-empty).
    pub tiles: u64,
    /// Tiles per zoom level.
    pub tiles_per_zoom: Vec<(u8, u64)>,
    /// Bytes of the largest uncompressed tile.
    pub max_tile_bytes: usize,
    /// Tiles that were generalised harder or thinned to meet the budget (of the tiles cut).
    pub over_budget: u64,
    /// Total compressed bytes of all tiles.
    pub bytes: u64,
    /// Tiles cut (all of them in a full build; in a patch those a change reaches).
    pub cut: u64,
    /// Tiles copied unchanged from the previous archive (a patch).
    pub copied: u64,
    /// Why a patch was built in full instead (`None`: no patch asked, or patched).
    pub full_because: Option<String>,
}

/// A previous archive of the same layers and options, and the envelopes (EPSG:3857) of what
/// changed since it was built: the old and the new form of every changed feature
/// ([`changed_envelopes`]). Tiles whose [`crate::reach`] meets none of them are copied from
/// the old archive; the rest are cut again. The result equals a full build tile for tile.
pub struct Patch<'a> {
    /// The previous archive (PMTiles or MBTiles, as the new one).
    pub old: &'a Path,
    /// Envelopes of the changed features in EPSG:3857.
    pub changed: &'a [Bbox],
}

/// The envelopes (EPSG:3857) of the features that differ between `old` and `new`, in their old
/// and their new form. Features are matched by their tile id ([`crate::feature_ids`], stable
/// across re-imports): a feature whose id is in one layer only, or whose geometry or values
/// differ, is changed; where a feature is stored does not matter. Both layers are in `crs`;
/// only the changed features are transformed.
///
/// # Errors
/// Transformation errors of the changed features.
pub fn changed_envelopes(old: &Layer, new: &Layer, crs: &Crs) -> Result<Vec<Bbox>> {
    let (ia, ib) = (crate::feature_ids(old), crate::feature_ids(new));
    let by_id: std::collections::HashMap<u64, usize> =
        ia.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let mut matched = vec![false; old.features.len()];
    let mut changed = Vec::new();
    for (f, id) in new.features.iter().zip(&ib) {
        match by_id.get(id) {
            Some(&i) => {
                matched[i] = true;
                if &old.features[i] != f {
                    changed.push(old.features[i].clone());
                    changed.push(f.clone());
                }
            }
            None => changed.push(f.clone()),
        }
    }
    changed.extend(
        old.features
            .iter()
            .zip(&matched)
            .filter(|(_, m)| !**m)
            .map(|(f, _)| f.clone()),
    );
    let layer = Layer {
        schema: new.schema.clone(),
        features: changed,
    };
    let n = layer.features.len();
    let tl = TileLayer::new("changed", std::sync::Arc::new(layer), crs, Some(&[]))?;
    Ok((0..n)
        .filter_map(|i| tl.geometry_3857(i).map(Bbox::of))
        .collect())
}

/// The uncompressed size a gzip member gives in its trailer (ISIZE, modulo 2^32).
fn gzip_size(gz: &[u8]) -> usize {
    match gz.len().checked_sub(4).and_then(|i| gz.get(i..)) {
        Some(t) => u32::from_le_bytes([t[0], t[1], t[2], t[3]]) as usize,
        None => 0,
    }
}

/// Noop-waker poll of a future that completes without waiting (reads from memory).
fn ready<T>(fut: impl std::future::Future<Output = T>) -> Option<T> {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match fut.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => Some(v),
        std::task::Poll::Pending => None,
    }
}

/// A PMTiles archive held in memory, for the crate's reader.
struct Memory(bytes::Bytes);

impl pmtiles::AsyncBackend for Memory {
    async fn read(
        &self,
        offset: u64,
        length: usize,
    ) -> pmtiles::PmtResult<pmtiles::BackendResponse> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.0.len());
        let end = start.saturating_add(length).min(self.0.len());
        Ok(pmtiles::BackendResponse {
            bytes: self.0.slice(start..end),
            data_version_string: None,
        })
    }
}

/// The tiles of a previous archive, by address.
enum OldTiles {
    /// PMTiles through the crate's reader, over the file's bytes.
    Pm(Box<pmtiles::AsyncPmTilesReader<Memory, pmtiles::HashMapCache>>),
    /// MBTiles.
    Mb(rusqlite::Connection),
}

impl OldTiles {
    fn open(path: &Path, err: &dyn Fn(String) -> Error) -> Result<(OldTiles, serde_json::Value)> {
        let what =
            |e: &dyn std::fmt::Display| err(format!("previous archive {}: {e}", path.display()));
        match ArchiveFormat::from_path(path) {
            Some(ArchiveFormat::PmTiles) => {
                let bytes = std::fs::read(path).map_err(|e| what(&e))?;
                let r = ready(pmtiles::AsyncPmTilesReader::try_from_cached_source(
                    Memory(bytes::Bytes::from(bytes)),
                    pmtiles::HashMapCache::default(),
                ))
                .ok_or_else(|| what(&"not readable from memory"))?
                .map_err(|e| what(&e))?;
                let meta = ready(r.get_metadata())
                    .ok_or_else(|| what(&"not readable from memory"))?
                    .map_err(|e| what(&e))?;
                let meta = serde_json::from_str(&meta).unwrap_or(serde_json::Value::Null);
                Ok((OldTiles::Pm(Box::new(r)), meta))
            }
            Some(ArchiveFormat::MbTiles) => {
                let db = rusqlite::Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )
                .map_err(|e| what(&e))?;
                let json: String = db
                    .query_row("SELECT value FROM metadata WHERE name = 'json'", [], |r| {
                        r.get(0)
                    })
                    .map_err(|e| what(&e))?;
                let meta = serde_json::from_str(&json).unwrap_or(serde_json::Value::Null);
                Ok((OldTiles::Mb(db), meta))
            }
            None => Err(what(&"not a .pmtiles or .mbtiles archive")),
        }
    }

    /// The stored (gzip) tiles of zoom `z` among `ids`.
    fn level(
        &self,
        z: u8,
        ids: &[TileId],
        err: &dyn Fn(String) -> Error,
    ) -> Result<std::collections::HashMap<(u32, u32), Vec<u8>>> {
        let mut out = std::collections::HashMap::new();
        match self {
            OldTiles::Pm(r) => {
                for id in ids {
                    let c = pmtiles::TileCoord::new(id.z, id.x, id.y)
                        .map_err(|e| err(e.to_string()))?;
                    let t = ready(r.get_tile(c))
                        .ok_or_else(|| err("previous archive: not readable from memory".into()))?
                        .map_err(|e| err(format!("previous archive: {e}")))?;
                    if let Some(t) = t {
                        out.insert((id.x, id.y), t.to_vec());
                    }
                }
            }
            OldTiles::Mb(db) => {
                let mut st = db
                    .prepare(
                        "SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ?1",
                    )
                    .map_err(|e| err(format!("previous archive: {e}")))?;
                let rows = st
                    .query_map([z], |r| {
                        Ok((
                            r.get::<_, u32>(0)?,
                            r.get::<_, u32>(1)?,
                            r.get::<_, Vec<u8>>(2)?,
                        ))
                    })
                    .map_err(|e| err(format!("previous archive: {e}")))?;
                let wanted: std::collections::HashSet<(u32, u32)> =
                    ids.iter().map(|id| (id.x, id.y)).collect();
                for row in rows {
                    let (x, tms_row, data) =
                        row.map_err(|e| err(format!("previous archive: {e}")))?;
                    let Some(y) = (1u32 << z)
                        .checked_sub(1)
                        .and_then(|m| m.checked_sub(tms_row))
                    else {
                        continue;
                    };
                    if wanted.contains(&(x, y)) {
                        out.insert((x, y), data);
                    }
                }
            }
        }
        Ok(out)
    }
}

/// gzip a tile (libdeflate, level 6; one compressor per thread).
///
/// # Errors
/// When libdeflate finds its own output bound too small (it cannot).
pub fn gzip(data: &[u8]) -> std::io::Result<Vec<u8>> {
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<libdeflater::Compressor> =
            std::cell::RefCell::new(libdeflater::Compressor::new(libdeflater::CompressionLvl::default()));
    }
    COMPRESSOR.with(|c| {
        let mut c = c.borrow_mut();
        let mut out = vec![0; c.gzip_compress_bound(data.len())];
        let n = c
            .gzip_compress(data, &mut out)
            .map_err(|e| std::io::Error::other(format!("gzip: {e:?}")))?;
        out.truncate(n);
        out.shrink_to_fit();
        Ok(out)
    })
}

/// Build the pyramid of `layers` for zooms `minzoom..=maxzoom` into `path`. `progress` is
/// called after each zoom level with `(zoom, tiles written so far)`.
///
/// # Errors
/// Encoding errors and I/O errors of the archive, with the path.
pub fn build(
    layers: &[&TileLayer],
    minzoom: u8,
    maxzoom: u8,
    opts: &TileOptions,
    path: &Path,
    format: ArchiveFormat,
    progress: impl FnMut(u8, u64),
) -> Result<PyramidReport> {
    build_patched(layers, minzoom, maxzoom, opts, path, format, None, progress)
}

/// [`build`], copying from a previous archive every tile that no change reaches ([`Patch`]).
/// When the previous archive has other layers, fields or zoom ranges than this build (its
/// `vector_layers`), every tile is cut and [`PyramidReport::full_because`] says why.
///
/// # Errors
/// As [`build`]; the previous archive cannot be read.
#[allow(clippy::too_many_arguments)]
pub fn build_patched(
    layers: &[&TileLayer],
    minzoom: u8,
    maxzoom: u8,
    opts: &TileOptions,
    path: &Path,
    format: ArchiveFormat,
    patch: Option<&Patch<'_>>,
    mut progress: impl FnMut(u8, u64),
) -> Result<PyramidReport> {
    let err = |m: String| Error::Archive {
        path: path.display().to_string(),
        message: m,
    };
    let mut bounds = Bbox::empty();
    for l in layers {
        bounds.merge(&l.bounds());
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| err(e.to_string()))?;
    let mut report = PyramidReport::default();
    let (w, s) = crate::tms::mercator_to_lonlat(bounds.min_x, bounds.min_y);
    let (e, nn) = crate::tms::mercator_to_lonlat(bounds.max_x, bounds.max_y);
    let mut meta = metadata(layers, minzoom, maxzoom);
    meta["saale"] = serde_json::json!({
        "access": if opts.internal { "internal" } else { "public" },
    });
    // A patch: the old archive's tiles, and an R-tree of the changed envelopes.
    let mut old = None;
    if let Some(p) = patch {
        let (tiles, old_meta) = OldTiles::open(p.old, &err)?;
        if old_meta == meta {
            let boxes: Vec<rstar::primitives::Rectangle<[f64; 2]>> = p
                .changed
                .iter()
                .filter(|b| !b.is_empty())
                .map(|b| {
                    rstar::primitives::Rectangle::from_corners(
                        [b.min_x, b.min_y],
                        [b.max_x, b.max_y],
                    )
                })
                .collect();
            old = Some((tiles, rstar::RTree::bulk_load(boxes)));
        } else {
            report.full_because =
                Some("the previous archive has other layers, fields, zoom levels or access".into());
        }
    }
    let center_zoom = minzoom.max(maxzoom.saturating_sub(4));
    // The archive is opened first and each zoom level written as soon as it is cut, so memory
    // holds one level's tiles at a time. PMTiles tile ids grow with the zoom level, so sorting
    // within a level keeps them in order.
    let mut sink = match format {
        ArchiveFormat::PmTiles => {
            use pmtiles::{Compression, PmTilesWriter, TileType};
            let file = tmp.reopen().map_err(|e| err(e.to_string()))?;
            let wr = PmTilesWriter::new(TileType::Mvt)
                .precompressed(Compression::Gzip)
                .min_zoom(minzoom)
                .max_zoom(maxzoom)
                .bounds(w, s, e, nn)
                .center((w + e) / 2.0, (s + nn) / 2.0)
                .center_zoom(center_zoom)
                .metadata(meta.to_string())
                .create(std::io::BufWriter::new(file))
                .map_err(|e| err(e.to_string()))?;
            Sink::Pm(Box::new(wr))
        }
        ArchiveFormat::MbTiles => {
            let db = rusqlite::Connection::open(tmp.path()).map_err(|e| err(e.to_string()))?;
            db.execute_batch(
                "BEGIN;
                 CREATE TABLE metadata (name TEXT, value TEXT);
                 CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
                 CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);",
            )
            .map_err(|e| err(e.to_string()))?;
            let kv = [
                ("name", "saale".to_string()),
                ("format", "pbf".to_string()),
                ("type", "overlay".to_string()),
                ("version", "1.3".to_string()),
                ("bounds", format!("{w},{s},{e},{nn}")),
                (
                    "center",
                    format!("{},{},{center_zoom}", (w + e) / 2.0, (s + nn) / 2.0),
                ),
                ("minzoom", minzoom.to_string()),
                ("maxzoom", maxzoom.to_string()),
                ("json", meta.to_string()),
            ];
            for (k, v) in kv {
                db.execute("INSERT INTO metadata VALUES (?1, ?2)", (k, v))
                    .map_err(|e| err(e.to_string()))?;
            }
            Sink::Mb(db)
        }
    };
    let top = opts.at_max_zoom();
    // Levels are cut in groups: consecutive levels with few tiles (the low zooms, one to a
    // few tiles each, every one holding a whole city) go to the thread pool together, so that
    // both cores work on them instead of one tile at a time; a group closes once it has
    // GROUP_TILES_PER_THREAD tiles per thread. Each level is still written in order.
    let threads = rayon::current_num_threads().max(1);
    let mut next = u16::from(minzoom);
    while next <= u16::from(maxzoom) {
        let mut group: Vec<Level> = Vec::new();
        let mut pending = 0usize;
        while next <= u16::from(maxzoom) && pending < GROUP_TILES_PER_THREAD * threads {
            let z = u8::try_from(next).unwrap_or(u8::MAX);
            next += 1;
            let Some((x0, y0, x1, y1)) = tile_range(&bounds, z) else {
                continue;
            };
            let mut ids: Vec<TileId> = (y0..=y1)
                .flat_map(|y| (x0..=x1).map(move |x| TileId { z, x, y }))
                .collect();
            let mut tiles: Vec<(TileId, Vec<u8>)> = Vec::new();
            if let Some((old, changed)) = &old {
                // Tiles no change reaches keep their stored bytes; only the others are cut.
                let (cut, keep): (Vec<TileId>, Vec<TileId>) = ids.iter().partition(|id| {
                    let r = crate::reach(&id.bounds(), opts);
                    let q = rstar::AABB::from_corners([r.min_x, r.min_y], [r.max_x, r.max_y]);
                    changed.locate_in_envelope_intersecting(&q).next().is_some()
                });
                let kept = old.level(z, &keep, &err)?;
                for id in keep {
                    if let Some(gz) = kept.get(&(id.x, id.y)) {
                        report.bytes += gz.len() as u64;
                        report.max_tile_bytes = report.max_tile_bytes.max(gzip_size(gz));
                        report.copied += 1;
                        tiles.push((id, gz.clone()));
                    }
                }
                ids = cut;
            }
            report.cut += ids.len() as u64;
            pending += ids.len();
            group.push((z, ids, tiles));
        }
        let jobs: Vec<(usize, TileId)> = group
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.1.iter().map(move |id| (gi, *id)))
            .collect();
        let done: Vec<Result<Option<(usize, Cut)>>> = jobs
            .par_iter()
            .map(|&(gi, id)| {
                let level = if id.z == maxzoom { &top } else { opts };
                let r = render(layers, id, level)?;
                if r.data.is_empty() {
                    return Ok(None);
                }
                let gz = gzip(&r.data).map_err(|e| err(e.to_string()))?;
                Ok(Some((gi, (id, gz, r.data.len(), !r.notes.is_empty()))))
            })
            .collect();
        for d in done {
            if let Some((gi, (id, gz, raw, over))) = d? {
                report.max_tile_bytes = report.max_tile_bytes.max(raw);
                report.over_budget += u64::from(over);
                report.bytes += gz.len() as u64;
                group[gi].2.push((id, gz));
            }
        }
        for (z, _, mut tiles) in group {
            let n = tiles.len() as u64;
            match &mut sink {
                Sink::Pm(wr) => {
                    use pmtiles::TileCoord;
                    tiles.sort_by_key(|(id, _)| {
                        TileCoord::new(id.z, id.x, id.y)
                            .map(|c| u64::from(pmtiles::TileId::from(c)))
                            .unwrap_or(u64::MAX)
                    });
                    for (id, data) in &tiles {
                        let c = TileCoord::new(id.z, id.x, id.y).map_err(|e| err(e.to_string()))?;
                        wr.add_tile(c, data).map_err(|e| err(e.to_string()))?;
                    }
                }
                Sink::Mb(db) => {
                    let mut st = db
                        .prepare_cached("INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)")
                        .map_err(|e| err(e.to_string()))?;
                    for (id, data) in &tiles {
                        // MBTiles rows count from the south (TMS).
                        let row = (1u32 << id.z) - 1 - id.y;
                        st.execute((id.z, id.x, row, data))
                            .map_err(|e| err(e.to_string()))?;
                    }
                }
            }
            report.tiles += n;
            report.tiles_per_zoom.push((z, n));
            progress(z, report.tiles);
        }
    }
    match sink {
        Sink::Pm(wr) => wr.finalize().map_err(|e| err(e.to_string()))?,
        Sink::Mb(db) => {
            db.execute_batch("COMMIT").map_err(|e| err(e.to_string()))?;
            db.close().map_err(|(_, e)| err(e.to_string()))?;
        }
    }
    tmp.persist(path).map_err(|e| err(e.to_string()))?;
    Ok(report)
}

/// The `vector_layers` metadata (TileJSON style) of a tile set.
#[must_use]
pub fn metadata(layers: &[&TileLayer], minzoom: u8, maxzoom: u8) -> serde_json::Value {
    serde_json::json!({
        "vector_layers": layers.iter().map(|l| serde_json::json!({
            "id": l.name,
            "fields": l.fields.iter().map(|(n, i)| {
                let ty = l.source.schema.fields().get(*i).map(|f| match f.ty {
                    saale_model::FieldType::Int | saale_model::FieldType::Float => "Number",
                    saale_model::FieldType::Bool => "Boolean",
                    _ => "String",
                }).unwrap_or("String");
                (n.clone(), serde_json::Value::from(ty))
            }).collect::<serde_json::Map<_, _>>(),
            "minzoom": l.minzoom.max(minzoom),
            "maxzoom": l.maxzoom.min(maxzoom),
        })).collect::<Vec<_>>()
    })
}
