//! Raster layers: orthophotos, DEMs and hillshades kept as Cloud-Optimized GeoTIFFs
//! (`layers/NAME.GEN.tif`, tiled 256 x 256, DEFLATE, with overviews), written by GDAL's COG
//! driver through the `gdal` crate and registered in the catalog like vector layers (the same
//! lock, the same atomic catalog rename, the same versions).
//!
//! Rasters keep the grid and CRS of their source: an import copies pixels, it does not
//! resample them (tiles are warped to their tile matrix set when served). A source without a
//! CRS in the file (an ASCII grid, a bare TIFF) takes the one given on import.

use std::path::{Path, PathBuf};

use gdal::{Dataset, DatasetOptions, DriverManager, GdalOpenFlags};
use saale_crs::{Crs, Transformer};
use saale_model::{RasterInfo, RasterRole};

use crate::catalog::{LayerEntry, LayerKind};
use crate::project::{now_rfc3339, unique, LAYERS, TMP};
use crate::{Error, Project, Result};

/// File extensions taken as rasters by an import: GeoTIFF and COG (`tif`, `tiff`), JPEG 2000
/// (`jp2`, as several states deliver their DOPs) and the grid formats of DEM deliveries (ESRI
/// ASCII grid `asc`, a regular XYZ grid `xyz`, as DGM1 tiles come).
pub const EXTENSIONS: &[&str] = &["tif", "tiff", "jp2", "asc", "xyz"];

/// Whether `path` names a raster saale imports as a raster layer (by its extension, see
/// [`EXTENSIONS`]).
#[must_use]
pub fn is_raster_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

fn raster_err(path: &Path, what: &str, e: impl std::fmt::Display) -> Error {
    Error::Raster {
        path: path.to_path_buf(),
        reason: format!("{what}: GDAL: {e}"),
    }
}

/// Open a raster read-only, optionally one of its overview levels (0: the first overview).
///
/// # Errors
/// [`Error::Raster`] naming the file and GDAL's message (not a raster, truncated header).
pub fn open(path: &Path, overview: Option<usize>) -> Result<Dataset> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(Error::io(path, e));
    }
    let level = overview.map(|l| format!("OVERVIEW_LEVEL={l}"));
    let opts: Vec<&str> = level.iter().map(String::as_str).collect();
    Dataset::open_ex(
        path,
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_RASTER | GdalOpenFlags::GDAL_OF_READONLY,
            open_options: (!opts.is_empty()).then_some(&opts[..]),
            ..Default::default()
        },
    )
    .map_err(|e| raster_err(path, "cannot open it as a raster (GeoTIFF, COG)", e))
}

/// The CRS of an open raster: `given` when set, else the file's.
fn crs_of(path: &Path, ds: &Dataset, given: Option<&Crs>) -> Result<Crs> {
    if let Some(c) = given {
        return Ok(c.clone());
    }
    match ds.spatial_ref() {
        Ok(sr) => Crs::from_spatial_ref(&sr).map_err(Error::from),
        Err(_) => Err(Error::Raster {
            path: path.to_path_buf(),
            reason: "the raster has no CRS in the file; give it with --source-crs (e.g. \
                     --source-crs EPSG:4326)"
                .into(),
        }),
    }
}

/// Copy the raster at `src` into a Cloud-Optimized GeoTIFF at `dst` (tiles of 256 pixels,
/// lossless DEFLATE, overviews down to one tile by bilinear averaging), with `crs` when given
/// (the source has none, or a wrong one), and read back what the catalog keeps of it.
///
/// # Errors
/// [`Error::Raster`] naming `src` and GDAL's message for a corrupt or truncated file, a
/// rotated grid or a raster without CRS.
pub fn copy_to_cog(
    src: &Path,
    crs: Option<&Crs>,
    dst: &Path,
    role: Option<RasterRole>,
) -> Result<RasterInfo> {
    let ds = open(src, None)?;
    let gt = ds
        .geo_transform()
        .map_err(|e| raster_err(src, "the raster has no georeference", e))?;
    if gt[2] != 0.0 || gt[4] != 0.0 {
        return Err(Error::Raster {
            path: src.to_path_buf(),
            reason: "rotated or sheared rasters are not supported; warp it to a north-up grid \
                     first (gdalwarp)"
                .into(),
        });
    }
    let crs = crs_of(src, &ds, crs)?;
    let cog = DriverManager::get_driver_by_name("COG")
        .map_err(|e| raster_err(src, "GDAL's COG driver is missing", e))?;
    let options = cog_options(&ds);
    // The CRS goes in through a virtual copy, so the source file is never written to.
    let vrt_path = PathBuf::from(format!("/vsimem/saale-{}.vrt", unique()));
    let vrt_driver = DriverManager::get_driver_by_name("VRT")
        .map_err(|e| raster_err(src, "GDAL's VRT driver is missing", e))?;
    let mut vrt = ds
        .create_copy(&vrt_driver, &vrt_path, &gdal::cpl::CslStringList::new())
        .map_err(|e| raster_err(src, "cannot read the raster", e))?;
    let sr = crs.spatial_ref()?;
    vrt.set_spatial_ref(&sr)
        .map_err(|e| raster_err(src, "cannot set the CRS", e))?;
    let written = vrt.create_copy(&cog, dst, &options);
    drop(vrt);
    let _ = gdal::vsi::unlink_mem_file(&vrt_path);
    match written {
        Ok(out) => drop(out),
        Err(e) => {
            let _ = std::fs::remove_file(dst);
            return Err(raster_err(
                src,
                "cannot convert it to a Cloud-Optimized GeoTIFF (is the file corrupt or \
                 truncated?)",
                e,
            ));
        }
    }
    info(dst, &crs, role)
}

/// Creation options of the COG driver for a copy of `ds`.
fn cog_options(ds: &Dataset) -> gdal::cpl::CslStringList {
    let mut o = gdal::cpl::CslStringList::new();
    let float = ds
        .rasterband(1)
        .map(|b| {
            matches!(
                b.band_type(),
                gdal::raster::GdalDataType::Float32 | gdal::raster::GdalDataType::Float64
            )
        })
        .unwrap_or(false);
    for (k, v) in [
        ("BLOCKSIZE", "256"),
        ("COMPRESS", "DEFLATE"),
        (
            "PREDICTOR",
            if float { "FLOATING_POINT" } else { "STANDARD" },
        ),
        ("RESAMPLING", "BILINEAR"),
        ("OVERVIEWS", "IGNORE_EXISTING"),
        ("NUM_THREADS", "ALL_CPUS"),
        ("BIGTIFF", "IF_SAFER"),
    ] {
        // Fixed ASCII names and values: adding them cannot fail.
        let _ = o.set_name_value(k, v);
    }
    o
}

/// The short name of the GDAL driver that reads the raster at `path` (`GTiff`, `JP2OpenJPEG`,
/// `XYZ`, ...).
///
/// # Errors
/// [`Error::Raster`] when GDAL cannot open it.
pub fn driver_of(path: &Path) -> Result<String> {
    Ok(open(path, None)?.driver().short_name())
}

/// What the catalog keeps of the raster at `path` (its grid in `crs`): size, bands, type,
/// no-data value, resolution, extent, overviews, the range of band 1 and the role (`role`,
/// or `image` for colour and byte rasters, `elevation` for one band of another type).
///
/// # Errors
/// [`Error::Raster`] when the file cannot be read.
pub fn info(path: &Path, crs: &Crs, role: Option<RasterRole>) -> Result<RasterInfo> {
    let ds = open(path, None)?;
    let gt = ds
        .geo_transform()
        .map_err(|e| raster_err(path, "the raster has no georeference", e))?;
    let (w, h) = ds.raster_size();
    let bands = ds.raster_count();
    let b1 = ds
        .rasterband(1)
        .map_err(|e| raster_err(path, "the raster has no band", e))?;
    let dt = b1.band_type();
    let nodata = b1.no_data_value();
    let overviews = (0..usize::try_from(b1.overview_count().unwrap_or(0)).unwrap_or(0))
        .filter_map(|i| b1.overview(i).ok())
        .map(|o| (w as f64 / o.x_size().max(1) as f64).round() as u32)
        .collect();
    let byte = dt == gdal::raster::GdalDataType::UInt8;
    let role = role.unwrap_or(if bands >= 3 || byte {
        RasterRole::Image
    } else {
        RasterRole::Elevation
    });
    let range = if byte {
        None
    } else {
        b1.compute_raster_min_max(false)
            .ok()
            .map(|m| [m.min, m.max])
    };
    let (x0, y0) = (gt[0], gt[3]);
    let (x1, y1) = (gt[0] + gt[1] * w as f64, gt[3] + gt[5] * h as f64);
    Ok(RasterInfo {
        crs: crs.to_string(),
        width: w as u64,
        height: h as u64,
        bands: u32::try_from(bands).unwrap_or(u32::MAX),
        data_type: dt.name(),
        nodata,
        resolution: [gt[1].abs(), gt[5].abs()],
        extent: [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)],
        overviews,
        range,
        role,
    })
}

/// The extent of a raster's grid in `to`: its outline (points along every edge) transformed.
///
/// # Errors
/// CRS and transformation errors.
pub fn extent_in(info: &RasterInfo, to: &Crs) -> Result<[f64; 4]> {
    let from = Crs::parse(&info.crs)?;
    let [x0, y0, x1, y1] = info.extent;
    let n = 32;
    let (mut xs, mut ys) = (Vec::with_capacity(4 * n), Vec::with_capacity(4 * n));
    for i in 0..n {
        let t = i as f64 / (n - 1) as f64;
        for (x, y) in [
            (x0 + t * (x1 - x0), y0),
            (x0 + t * (x1 - x0), y1),
            (x0, y0 + t * (y1 - y0)),
            (x1, y0 + t * (y1 - y0)),
        ] {
            xs.push(x);
            ys.push(y);
        }
    }
    Transformer::new(&from, to)?.transform_coords(&mut xs, &mut ys)?;
    let fold = |v: &[f64], f: fn(f64, f64) -> f64, init: f64| {
        v.iter().copied().filter(|x| x.is_finite()).fold(init, f)
    };
    Ok([
        fold(&xs, f64::min, f64::INFINITY),
        fold(&ys, f64::min, f64::INFINITY),
        fold(&xs, f64::max, f64::NEG_INFINITY),
        fold(&ys, f64::max, f64::NEG_INFINITY),
    ])
}

impl Project {
    /// Write a raster layer: `make` writes the COG at the path it is given (under `.tmp/`)
    /// and returns what it holds; the file is then moved into `layers/` and the catalog
    /// replaced in one rename, under the project's write lock, as for vector layers. A
    /// rewrite keeps the previous file as an earlier version. On any error, or if the
    /// process dies, the project stays as it was.
    ///
    /// # Errors
    /// [`Error::LayerExists`] unless `replace`; [`Error::Invalid`] for a bad name; what `make`
    /// returns; IO errors.
    pub fn write_raster(
        &mut self,
        name: &str,
        entry: LayerEntry,
        make: &dyn Fn(&Path) -> Result<RasterInfo>,
        replace: bool,
    ) -> Result<()> {
        self.locked(|p| p.write_raster_unlocked(name, entry, make, replace))
    }

    fn write_raster_unlocked(
        &mut self,
        name: &str,
        mut entry: LayerEntry,
        make: &dyn Fn(&Path) -> Result<RasterInfo>,
        replace: bool,
    ) -> Result<()> {
        crate::validate_layer_name(name)?;
        if !replace && self.catalog().layers.contains_key(name) {
            return Err(Error::LayerExists {
                name: name.to_string(),
            });
        }
        self.collect_garbage();
        let dir = self.dir().to_path_buf();
        let tmp_dir = dir.join(TMP);
        std::fs::create_dir_all(&tmp_dir).map_err(|e| Error::io(&tmp_dir, e))?;
        std::fs::create_dir_all(dir.join(LAYERS)).map_err(|e| Error::io(&dir, e))?;
        let file_name = format!("{name}.{}.tif", unique());
        let tmp = tmp_dir.join(&file_name);
        let info = match make(&tmp) {
            Ok(i) => i,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        let bbox = match extent_in(&info, self.crs()) {
            Ok(b) => b,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        if let Ok(f) = std::fs::File::open(&tmp) {
            let _ = f.sync_all();
        }
        entry.kind = LayerKind::Raster;
        entry.file = format!("{LAYERS}/{file_name}");
        entry.feature_count = 0;
        entry.bbox = Some(bbox);
        entry.geometry_types.clear();
        entry.fields.clear();
        if entry.source_crs.is_empty() {
            entry.source_crs.clone_from(&info.crs);
        }
        entry.raster = Some(info);
        if entry.imported_at.is_empty() {
            entry.imported_at = now_rfc3339();
        }
        let final_path = dir.join(&entry.file);
        std::fs::rename(&tmp, &final_path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(&final_path, e)
        })?;
        let keep = self.catalog().versions.keep;
        let mut old_files = Vec::new();
        if let Some(old) = self.catalog().layers.get(name) {
            if entry.title.is_none() {
                entry.title.clone_from(&old.title);
            }
            if entry.description.is_none() {
                entry.description.clone_from(&old.description);
            }
            let (versions, dropped) = old.versions_after_rewrite(keep);
            old_files = dropped;
            entry.versions = versions;
        }
        let r = self.update_catalog_unlocked(|c| {
            c.layers.insert(name.to_string(), entry);
            Ok(())
        });
        if let Err(e) = r {
            let _ = std::fs::remove_file(&final_path);
            return Err(e);
        }
        self.remove_unreferenced(&old_files);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn raster_paths_are_known_by_extension() {
        assert!(is_raster_path(Path::new("a/DOP.TIF")));
        assert!(is_raster_path(Path::new("dgm.tiff")));
        assert!(is_raster_path(Path::new("dop20rgb_32_680_5642_2_th.jp2")));
        assert!(is_raster_path(Path::new("dgm1_32_680_5642_1_th.xyz")));
        assert!(!is_raster_path(Path::new("a.geojson")));
        assert!(!is_raster_path(Path::new("tif")));
    }
}
