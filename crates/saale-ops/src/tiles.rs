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
    /// Patch the archive at `to` (implies `replace`): when it is recorded as a build with the
    /// same parameters and the layer versions it was built from are still kept, only the tiles
    /// that changed features reach are cut again and the others copied. Otherwise it is built
    /// in full and the outcome says why.
    pub patch: bool,
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
    if !a.replace && !a.patch && a.to.exists() {
        return Err(Error::FileExists { path: a.to.clone() });
    }
    let mut released_layers = Vec::new();
    let mut fields_of = Vec::new();
    let mut suppressed = crate::Suppressed::default();
    for name in &a.layers {
        let e = p.entry(name)?;
        let released = gate::release_layer(p, name, a.view, "a tile archive")?;
        gate::log_release(p, name, &e.access, &released, a.view, "tiles with ", &a.to)?;
        suppressed.primary += released.applied.protection.primary;
        suppressed.secondary += released.applied.protection.secondary;
        fields_of.push(saale_tiles::tile_fields(
            &released.layer,
            &e.tile_fields,
            &[],
        ));
        released_layers.push((name.clone(), Arc::new(released.layer)));
    }
    // The tiling indexes of the layers are built side by side.
    let crs = p.crs().clone();
    let tls: Vec<TileLayer> = {
        use rayon::prelude::*;
        released_layers
            .par_iter()
            .zip(fields_of.par_iter())
            .map(|((name, data), fields)| {
                TileLayer::new(name, Arc::clone(data), &crs, Some(fields))
            })
            .collect::<std::result::Result<Vec<_>, _>>()?
    };
    let changes = if a.patch && a.to.exists() {
        Some(changes_since_recorded(p, a, &released_layers)?)
    } else {
        None
    };
    let refs: Vec<&TileLayer> = tls.iter().collect();
    let opts = TileOptions {
        budget: a.budget,
        internal: a.view == View::Internal,
        ..TileOptions::default()
    };
    let mut full_because = None;
    let patch = match &changes {
        Some(Ok(boxes)) => Some(saale_tiles::pyramid::Patch {
            old: &a.to,
            changed: boxes,
        }),
        Some(Err(why)) => {
            full_because = Some(why.clone());
            None
        }
        None => None,
    };
    let report = saale_tiles::pyramid::build_patched(
        &refs,
        a.minzoom,
        a.maxzoom,
        &opts,
        &a.to,
        format,
        patch.as_ref(),
        |_, _| {
            zoom_done();
        },
    )?;
    let full_because = full_because.or_else(|| report.full_because.clone());
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
    if a.patch {
        o.figures.insert("tiles_cut".into(), report.cut as f64);
        o.figures
            .insert("tiles_copied".into(), report.copied as f64);
        if let Some(why) = full_because {
            o.warnings.push(format!(
                "{}: built in full, not patched: {why}",
                a.to.display()
            ));
        }
    }
    crate::outputs::record(p, &a.to, &crate::outputs::OutputStep::of_pyramid(a))?;
    Ok(o)
}

/// The envelopes of what changed in the layers of a recorded archive since it was built: the
/// released form of each layer version it was built from against the released current data
/// (`released`). `Err` says why the archive cannot be patched (then it is built in full).
fn changes_since_recorded(
    p: &Project,
    a: &PyramidParams,
    released: &[(String, Arc<saale_model::Layer>)],
) -> Result<std::result::Result<Vec<saale_model::Bbox>, String>> {
    let key = crate::outputs::key(p, &a.to);
    let Some(entry) = p.catalog().outputs.get(&key) else {
        return Ok(Err(
            "the archive is not recorded as a tile build of this project".into(),
        ));
    };
    match crate::outputs::recorded(entry, &key) {
        Ok(step) if step == crate::outputs::OutputStep::of_pyramid(a) => {}
        _ => {
            return Ok(Err(
                "the archive was built with other layers, zoom levels, budget or view".into(),
            ))
        }
    }
    let mut boxes = Vec::new();
    for (name, now) in released {
        let Some(input) = entry.provenance.inputs.iter().find(|i| &i.layer == name) else {
            return Ok(Err(format!(
                "the archive records no version of layer '{name}'"
            )));
        };
        let e = p.entry(name)?;
        if e.file == input.file {
            continue;
        }
        let Some(i) =
            (1..=e.versions.len()).find(|&i| e.version_file(i) == Some(input.file.as_str()))
        else {
            return Ok(Err(format!(
                "the version of layer '{name}' it was built from ({}) is no longer kept",
                input.file
            )));
        };
        let old = p.read_version(name, i)?;
        let old = gate::release_data(p, name, &e.access, old, a.view, "a tile archive")?;
        boxes.extend(saale_tiles::pyramid::changed_envelopes(
            &old.layer,
            now,
            p.crs(),
        )?);
    }
    Ok(Ok(boxes))
}
