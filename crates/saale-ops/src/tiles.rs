//! `tiles build`: a tile pyramid of layers into a PMTiles or MBTiles archive, through the gate.

use std::path::PathBuf;
use std::sync::Arc;

use saale_privacy::View;
use saale_store::Project;
use saale_tiles::pyramid::ArchiveFormat;
use saale_tiles::{TileLayer, TileOptions};

use crate::gate;
use crate::outcome::{Outcome, Written};
use crate::{Error, Result};

/// What to put into the archive.
#[derive(Debug, Clone)]
pub struct PyramidParams {
    /// Layers (each becomes an MVT layer).
    pub layers: Vec<String>,
    /// Lowest zoom level.
    pub minzoom: u8,
    /// Highest zoom level.
    pub maxzoom: u8,
    /// Target: `.pmtiles` or `.mbtiles`.
    pub to: PathBuf,
    /// Size budget per tile in bytes.
    pub budget: usize,
    /// The view the archive is for (internal: internal layers and fields, counts
    /// unsuppressed).
    pub view: View,
    /// Overwrite an existing file.
    pub replace: bool,
}

/// Build a tile pyramid. `zoom_done` is called after each zoom level.
///
/// # Errors
/// [`Error::Invalid`] for a bad zoom range or archive type; [`Error::Withheld`]; tile errors.
pub fn build(p: &mut Project, a: &PyramidParams, zoom_done: &(dyn Fn() + Sync)) -> Result<Outcome> {
    let format = ArchiveFormat::from_path(&a.to).ok_or_else(|| {
        Error::file(
            &a.to,
            "unknown archive type; a pyramid is .pmtiles or .mbtiles",
        )
    })?;
    if a.minzoom > a.maxzoom || a.maxzoom > saale_tiles::MAX_ZOOM {
        return Err(Error::Invalid(format!(
            "zoom range {}..{} is invalid (0 <= minzoom <= maxzoom <= {})",
            a.minzoom,
            a.maxzoom,
            saale_tiles::MAX_ZOOM
        )));
    }
    if !a.replace && a.to.exists() {
        return Err(Error::FileExists { path: a.to.clone() });
    }
    let mut tls = Vec::new();
    let mut suppressed = crate::Suppressed::default();
    for name in &a.layers {
        let e = p.entry(name)?;
        let released = gate::release_layer(p, name, a.view, "a tile archive")?;
        gate::log_release(p, name, &e.access, &released, a.view, "tiles with ", &a.to)?;
        suppressed.primary += released.applied.protection.primary;
        suppressed.secondary += released.applied.protection.secondary;
        let fields = saale_tiles::tile_fields(&released.layer, &e.tile_fields, &[]);
        tls.push(TileLayer::new(
            name,
            Arc::new(released.layer),
            p.crs(),
            Some(&fields),
        )?);
    }
    let refs: Vec<&TileLayer> = tls.iter().collect();
    let opts = TileOptions {
        budget: a.budget,
        internal: a.view == View::Internal,
        ..TileOptions::default()
    };
    let report =
        saale_tiles::pyramid::build(&refs, a.minzoom, a.maxzoom, &opts, &a.to, format, |_, _| {
            zoom_done();
        })?;
    crate::export::share(&a.to)?;
    let mut o = Outcome::new(
        "tiles-build",
        Written::File {
            path: a.to.clone(),
            crs: None,
        },
        report.tiles as usize,
    );
    o.suppressed = suppressed;
    o.figures.insert("tiles".into(), report.tiles as f64);
    o.figures.insert("bytes".into(), report.bytes as f64);
    o.figures
        .insert("max_tile_bytes".into(), report.max_tile_bytes as f64);
    o.figures
        .insert("over_budget".into(), report.over_budget as f64);
    crate::outputs::record(p, &a.to, &crate::outputs::OutputStep::of_pyramid(a))?;
    Ok(o)
}
