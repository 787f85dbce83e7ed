//! Pre-generated tile pyramids: every non-empty tile of a zoom range, cut in parallel with the
//! same generalisation as live tiles, written to PMTiles v3 (with the `pmtiles` crate) or
//! MBTiles 1.3 (SQLite, `rusqlite`). Tiles are gzip-compressed as both formats expect. The
//! archive is written to a temporary file beside the target and renamed into place.

use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use rayon::prelude::*;
use saale_model::Bbox;

use crate::tms::{tile_range, TileId};
use crate::{render, Error, Result, TileLayer, TileOptions};

/// A cut tile: address, gzip bytes, uncompressed size, over budget.
type Cut = (TileId, Vec<u8>, usize, bool);

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
    /// Tiles that were generalised harder or thinned to meet the budget.
    pub over_budget: u64,
    /// Total compressed bytes of all tiles.
    pub bytes: u64,
}

/// gzip a tile.
///
/// # Errors
/// Only on an I/O failure of the in-memory encoder.
pub fn gzip(data: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut e = GzEncoder::new(
        Vec::with_capacity(data.len() / 2),
        flate2::Compression::default(),
    );
    e.write_all(data)?;
    e.finish()
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
    for z in minzoom..=maxzoom {
        let Some((x0, y0, x1, y1)) = tile_range(&bounds, z) else {
            continue;
        };
        let ids: Vec<TileId> = (y0..=y1)
            .flat_map(|y| (x0..=x1).map(move |x| TileId { z, x, y }))
            .collect();
        let done: Vec<Result<Option<Cut>>> = ids
            .par_iter()
            .map(|&id| {
                let r = render(layers, id, opts)?;
                if r.data.is_empty() {
                    return Ok(None);
                }
                let gz = gzip(&r.data).map_err(|e| err(e.to_string()))?;
                Ok(Some((id, gz, r.data.len(), !r.notes.is_empty())))
            })
            .collect();
        let mut tiles: Vec<(TileId, Vec<u8>)> = Vec::new();
        for d in done {
            if let Some((id, gz, raw, over)) = d? {
                report.max_tile_bytes = report.max_tile_bytes.max(raw);
                report.over_budget += u64::from(over);
                report.bytes += gz.len() as u64;
                tiles.push((id, gz));
            }
        }
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
