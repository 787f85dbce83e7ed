//! Raster layers: importing GeoTIFFs and COGs (orthophotos, DEMs) as Cloud-Optimized
//! GeoTIFFs, and the hillshade of a DEM as a derived raster layer whose provenance `refresh`
//! replays.

use std::path::{Path, PathBuf};

use saale_crs::Crs;
use saale_model::{Layer, RasterRole};
use saale_privacy::Access;
use saale_store::{sha256_file, LayerKind, Project, SourceEntry};

use crate::import::{base_entry, default_name, provenance, Imported, ImportedLayer};
use crate::outcome::{Outcome, Written};
use crate::step::{HillshadeParams, Step, Target};
use crate::write::join_text;
use crate::{Error, ImportParams, Progress, Result};

/// Import GeoTIFFs, one raster layer per file (named after the file, or `a.layer` for one
/// file), copied into COGs with overviews. Each layer is written atomically: after a failure
/// (a corrupt file) the project holds the layers of the files before it and nothing of the
/// failed one.
///
/// # Errors
/// [`Error::LayerExists`] unless replacing; [`Error::Invalid`] for several files into one
/// layer name or an unusable option; [`saale_store::Error::Raster`] naming the file and
/// GDAL's message.
pub(crate) fn import_rasters(
    project: &mut Project,
    files: &[PathBuf],
    a: &ImportParams,
    progress: &dyn Progress,
) -> Result<Imported> {
    if a.layer.is_some() && files.len() > 1 {
        return Err(Error::Invalid(
            "a raster layer is made from one file; import the rasters one by one, or mosaic \
             them into one GeoTIFF first (gdalbuildvrt, gdal_translate)"
                .into(),
        ));
    }
    if a.as_of.as_deref().is_some_and(|d| d.starts_with("field:")) {
        return Err(Error::Invalid(
            "a raster has no fields: give --as-of YYYY-MM-DD or --as-of file".into(),
        ));
    }
    let crs = a.source_crs.as_deref().map(Crs::parse).transpose()?;
    let names: Vec<String> = files
        .iter()
        .map(|f| a.layer.clone().unwrap_or_else(|| default_name(f)))
        .collect();
    for n in &names {
        saale_store::validate_layer_name(n)?;
        if !a.replace && project.catalog().layers.contains_key(n) {
            return Err(Error::LayerExists { name: n.clone() });
        }
    }
    let mut layers = Vec::new();
    for (file, name) in files.iter().zip(&names) {
        let total = std::fs::metadata(file).map_or(0, |m| m.len());
        progress.begin(&format!("importing {name}"), total);
        let (sha256, bytes) = sha256_file(file)?;
        let format = format!("GDAL/{}", saale_store::raster::driver_of(file)?);
        let mut entry = base_entry(LayerKind::Raster, a);
        let mut rec = a.clone();
        rec.layer = Some(name.clone());
        entry.provenance = provenance(project, &rec, std::slice::from_ref(file))?;
        entry.as_of = crate::import::resolve_as_of(
            a.as_of.as_deref(),
            &Layer::default(),
            std::slice::from_ref(file),
            None,
        )?;
        entry.sources = vec![SourceEntry {
            path: crate::project_path(project, file).display().to_string(),
            format,
            sha256,
            bytes,
            features: 0,
            modified_ns: saale_store::modified_ns(file),
            etag: None,
            last_modified: None,
        }];
        let crs = crs.clone();
        let src = file.clone();
        // ASCII and XYZ grids are how DEMs are delivered: heights, whatever their data type.
        let dem_format = file
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("asc") || e.eq_ignore_ascii_case("xyz"));
        let role = dem_format.then_some(RasterRole::Elevation);
        project.write_raster(
            name,
            entry,
            &move |dst: &Path| saale_store::raster::copy_to_cog(&src, crs.as_ref(), dst, role),
            a.replace,
        )?;
        progress.advance(total);
        progress.finish();
        let e = project.entry(name)?;
        layers.push(ImportedLayer {
            name: name.clone(),
            features: 0,
            table: false,
            level: e.access.level,
            files: 1,
            invalid: 0,
            skipped: 0,
            invalid_reasons: std::collections::BTreeMap::new(),
            examples: Vec::new(),
            notes: Vec::new(),
            raster: e.raster.clone(),
        });
    }
    Ok(Imported {
        layers,
        delivery: None,
    })
}

/// `hillshade`: the shading of the DEM layer `a.dem` as a new raster layer, computed by
/// GDAL's DEMProcessing with `gdaldem`'s parameters, stored as a COG in the DEM's grid. The
/// layer inherits the DEM's licence, attribution, date and access marks and records the step
/// and the DEM's file, so `saale refresh` makes it again when the DEM changes.
///
/// # Errors
/// [`Error::Invalid`] when the input is not a raster layer or the target is a file;
/// [`Error::LayerExists`] unless replacing; GDAL's errors naming the file.
pub(crate) fn hillshade(
    project: &mut Project,
    step: &Step,
    a: &HillshadeParams,
    target: &Target,
) -> Result<Outcome> {
    let Target::Layer { name, replace } = target else {
        return Err(Error::Invalid(
            "a hillshade is written as a raster layer (--to NAME); export it to a file \
             afterwards with `saale export`"
                .into(),
        ));
    };
    let dem = project.entry(&a.dem)?.clone();
    let Some(info) = dem.raster.clone().filter(|_| dem.kind == LayerKind::Raster) else {
        return Err(Error::Invalid(format!(
            "layer '{}' is not a raster layer; a hillshade needs a DEM imported with \
             `saale import DEM.tif`",
            a.dem
        )));
    };
    let crs = Crs::parse(&info.crs)?;
    let scale = a
        .scale
        .unwrap_or(if crs.is_geographic() { 111_120.0 } else { 1.0 });
    let spec = saale_analysis::terrain::Hillshade {
        z_factor: a.z_factor,
        scale,
        azimuth: a.azimuth,
        altitude: a.altitude,
    };
    let dem_path = project.dir().join(&dem.file);
    let mut e = saale_store::LayerEntry::new(LayerKind::Raster);
    e.licence.clone_from(&dem.licence);
    e.attribution = join_text([dem.attribution.as_str()]);
    e.as_of.clone_from(&dem.as_of);
    e.access = Access::derive(&[&dem.access], &[], &[]);
    e.sources.clone_from(&dem.sources);
    e.source_crs.clone_from(&info.crs);
    e.provenance = crate::write::provenance(
        project,
        step,
        std::slice::from_ref(&a.dem),
        &format!(
            "GDAL DEMProcessing hillshade (Horn), z factor {}, scale {scale}, azimuth {}, \
             altitude {}",
            a.z_factor, a.azimuth, a.altitude
        ),
        &[],
    )?;
    project.write_raster(
        name,
        e,
        &|dst: &Path| {
            let shaded = dst.with_extension("shade.tif");
            let r = saale_analysis::terrain::hillshade(&dem_path, &shaded, &spec)
                .map_err(|e| saale_store::Error::Raster {
                    path: dem_path.clone(),
                    reason: e.to_string(),
                })
                .and_then(|()| {
                    saale_store::raster::copy_to_cog(
                        &shaded,
                        Some(&crs),
                        dst,
                        Some(RasterRole::Hillshade),
                    )
                });
            let _ = std::fs::remove_file(&shaded);
            r
        },
        *replace,
    )?;
    let mut o = Outcome::new(step.verb(), Written::Layer { name: name.clone() }, 0);
    o.headlines.push(format!(
        "hillshade of '{}' ({} x {} pixels, scale {scale})",
        a.dem, info.width, info.height
    ));
    raster_figures(&mut o, &info);
    Ok(o)
}

/// The size of a written raster among an outcome's figures (`raster_width`, `raster_height`),
/// so programs say pixels rather than features.
pub(crate) fn raster_figures(o: &mut Outcome, info: &saale_model::RasterInfo) {
    o.figures.insert("raster_width".into(), info.width as f64);
    o.figures.insert("raster_height".into(), info.height as f64);
}
