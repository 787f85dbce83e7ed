//! Reading one or many source files into one layer in the working CRS.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Feature, Layer, Schema, Value};

use crate::csv::{CsvOptions, GeomKind};
use crate::validate::{check_geometry, ReadReport};
use crate::{Error, Format, Result};

/// What a format reader hands over: the layer in its source CRS.
#[derive(Debug)]
pub(crate) struct RawSource {
    pub layer: Layer,
    /// The CRS the source declares (`None`: it declares none).
    pub crs: Option<Crs>,
    /// Format name for the catalog (`GeoJSON`, `GDAL/ESRI Shapefile`, ...).
    pub detail: String,
    /// Warnings of the reader (GDAL warnings), for the import report.
    pub warnings: Vec<String>,
}

/// Options for reading sources.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// CRS all geometries are transformed to (the project's working CRS).
    pub target_crs: Crs,
    /// CRS of the sources, overriding what they declare (like `ogr2ogr -s_srs`); needed for
    /// sources that declare none (CSV with x/y columns, Shapefile without `.prj`).
    pub source_crs: Option<Crs>,
    /// Skip features with invalid geometry instead of keeping and counting them.
    pub skip_invalid: bool,
    /// CSV geometry columns and delimiter.
    pub csv: CsvOptions,
    /// Layer to read from multi-layer GDAL sources (default: the first).
    pub gdal_layer: Option<String>,
    /// Whether coordinates must lie inside the source CRS's area of use.
    pub bounds: BoundsCheck,
}

/// Whether coordinates are checked against the source CRS's area of use on import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BoundsCheck {
    /// Every coordinate must lie inside the CRS's area of use widened by
    /// [`saale_crs::AREA_OF_USE_MARGIN_DEG`]; a coordinate outside is an error naming the
    /// file and feature (a wrong CRS, swapped axes or a nonsense value such as 1e308 would
    /// otherwise be stored and break every later step).
    #[default]
    AreaOfUse,
    /// Only finiteness is checked.
    Off,
}

impl ImportOptions {
    /// Options that transform to `target_crs` and otherwise use the defaults.
    #[must_use]
    pub fn new(target_crs: Crs) -> Self {
        Self {
            target_crs,
            source_crs: None,
            skip_invalid: false,
            csv: CsvOptions::default(),
            gdal_layer: None,
            bounds: BoundsCheck::AreaOfUse,
        }
    }
}

/// One source file as read.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    /// Path as given.
    pub path: PathBuf,
    /// Format name.
    pub format: String,
    /// The source CRS (`None` for attribute tables).
    pub crs: Option<Crs>,
    /// Features read from this file.
    pub features: u64,
    /// SHA-256 (hex) and size of the file's bytes when the reader hashed them while reading
    /// (`None`: the caller hashes the file itself).
    pub sha256: Option<(String, u64)>,
}

/// The result of reading sources: one layer in the target CRS.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Features with a union schema of all sources.
    pub layer: Layer,
    /// Per source: path, format, CRS, count.
    pub sources: Vec<SourceInfo>,
    /// What was read, found invalid and skipped.
    pub report: ReadReport,
    /// True when no source has geometry (an attribute table).
    pub is_table: bool,
}

/// Receives progress: `advance(n)` after `n` bytes of source were read and transformed.
pub trait Progress: Sync {
    /// `n` more bytes are done.
    fn advance(&self, n: u64);
}

impl Progress for () {
    fn advance(&self, _n: u64) {}
}

/// The layers of a multi-layer source (GeoPackage, GML, ...) in order; a single-layer source
/// gives one name, and the formats saale reads natively give none.
///
/// # Errors
/// Reader errors naming the file.
pub fn source_layers(path: &Path) -> Result<Vec<String>> {
    let is_zip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    if is_zip {
        crate::archive::check_zip(path)?;
        return crate::gdal::layer_names(&PathBuf::from(format!("/vsizip/{}", path.display())));
    }
    match Format::detect(path)? {
        Format::Gdal => crate::gdal::layer_names(path),
        _ => Ok(Vec::new()),
    }
}

/// Parse a CRS name as [`Crs::parse`] does, without GDAL printing PROJ's lookups of codes it
/// does not know (an EPSG code tried as ESRI); [`Crs::note`] records such an assumption.
///
/// # Errors
/// [`saale_crs::Error::UnknownCrs`] when neither saale nor PROJ knows the name.
pub fn parse_crs(name: &str) -> saale_crs::Result<Crs> {
    crate::gdal::install_handler();
    Crs::parse(name)
}

/// Read one source file into the target CRS (see [`read_sources`]).
///
/// # Errors
/// Any reader error, naming the file and the feature or line.
pub fn read_source(path: &Path, opts: &ImportOptions) -> Result<(Layer, SourceInfo, ReadReport)> {
    let format = Format::detect(path)?;
    let is_zip = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    let (raw, csv_kind) = match format {
        _ if is_zip => {
            crate::archive::check_zip(path)?;
            let vsi = PathBuf::from(format!("/vsizip/{}", path.display()));
            (crate::gdal::read(&vsi, opts.gdal_layer.as_deref())?, None)
        }
        Format::GeoJson => (crate::geojson::read(path)?, None),
        Format::FlatGeobuf => (crate::flatgeobuf::read(path)?, None),
        Format::GeoParquet => (crate::geoparquet::read(path)?, None),
        Format::Csv => {
            let (r, k) = crate::csv::read(path, &opts.csv)?;
            (r, Some(k))
        }
        Format::Gdal => (crate::gdal::read(path, opts.gdal_layer.as_deref())?, None),
    };
    finish(path, raw, csv_kind, opts)
}

/// Check, repair and transform what a format reader handed over: the source CRS (given,
/// declared or assumed), the bounds check, the geometry checks and the transformation to the
/// target CRS.
pub(crate) fn finish(
    path: &Path,
    raw: RawSource,
    csv_kind: Option<GeomKind>,
    opts: &ImportOptions,
) -> Result<(Layer, SourceInfo, ReadReport)> {
    let RawSource {
        mut layer,
        crs,
        detail,
        warnings,
    } = raw;
    let has_geometry = layer.features.iter().any(|f| f.geometry.is_some());
    let source_crs = match (&opts.source_crs, crs, csv_kind) {
        (Some(c), _, _) => Some(c.clone()),
        (None, Some(c), _) => Some(c),
        (None, None, Some(GeomKind::None)) => None,
        (None, None, _) if !has_geometry => None,
        (None, None, Some(GeomKind::LonLat | GeomKind::Wkt)) => Some(Crs::epsg(4326)),
        (None, None, Some(GeomKind::Xy)) if looks_geographic(&layer) => Some(Crs::epsg(4326)),
        (None, None, _) => {
            return Err(Error::crs(
                path,
                String::new(),
                saale_crs::Error::UnknownCrs {
                    name: String::new(),
                    reason: "the source declares no CRS and its coordinates are not lon/lat; \
                             give it with --source-crs (e.g. --source-crs EPSG:25832)"
                        .into(),
                },
            ))
        }
    };

    let name = path.display().to_string();
    let mut notes = Vec::new();
    if let Some(src) = &source_crs {
        if let Some(n) = src.note() {
            notes.push(format!("{name}: {n}"));
        }
        let extents = Extents::default();
        if let Some(n) = check_bounds(
            path,
            &mut layer.features,
            src,
            &extents,
            opts.bounds,
            &|i| i,
        )? {
            notes.push(format!("{name}: {n}"));
        }
    }
    // Check geometries in source coordinates, so messages quote what the file says.
    let mut report = ReadReport {
        read: layer.features.len() as u64,
        ..ReadReport::default()
    };
    for n in notes {
        report.note(n);
    }
    for w in warnings {
        report.note(format!("{name}: {w}"));
    }
    let mut keep = Vec::with_capacity(layer.features.len());
    for (i, f) in layer.features.iter().enumerate() {
        let Some(g) = &f.geometry else {
            report.without_geometry += 1;
            keep.push(true);
            continue;
        };
        match check_geometry(g) {
            Err(msg) => return Err(Error::malformed(path, format!("feature {i}"), msg)),
            Ok(None) => keep.push(true),
            Ok(Some(reason)) => {
                report.note_invalid(format!("{name}: feature {i}"), &reason);
                if opts.skip_invalid {
                    report.skipped += 1;
                    keep.push(false);
                } else {
                    keep.push(true);
                }
            }
        }
    }
    if report.skipped > 0 {
        let mut k = keep.iter();
        layer.features.retain(|_| *k.next().unwrap_or(&true));
    }

    if let Some(src) = &source_crs {
        transform_all(path, &mut layer.features, src, &opts.target_crs)?;
    }
    let info = SourceInfo {
        path: path.to_path_buf(),
        format: detail,
        crs: source_crs,
        features: report.read,
        sha256: None,
    };
    Ok((layer, info, report))
}

fn looks_geographic(layer: &Layer) -> bool {
    let b = layer.bbox();
    !b.is_empty() && b.min_x >= -180.0 && b.max_x <= 180.0 && b.min_y >= -90.0 && b.max_y <= 90.0
}

/// The widened areas of use of the CRSs met in one read, each computed once: computing one
/// opens PROJ's database and projects about a thousand points (a millisecond or more), and a
/// delivery of many tiles in one CRS would otherwise compute the same area per tile and layer.
#[derive(Debug, Default)]
pub(crate) struct Extents(std::sync::Mutex<Vec<(Crs, Option<saale_crs::Extent>)>>);

impl Extents {
    /// The area of use of `crs` widened by [`saale_crs::AREA_OF_USE_MARGIN_DEG`].
    pub(crate) fn of(&self, crs: &Crs) -> Option<saale_crs::Extent> {
        let mut known = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, e)) = known.iter().find(|(c, _)| c == crs) {
            return e.clone();
        }
        let e = crs.valid_extent(saale_crs::AREA_OF_USE_MARGIN_DEG);
        known.push((crs.clone(), e.clone()));
        e
    }
}

/// Check that every coordinate of `features` lies inside the area of use of `crs` (widened,
/// taken from `extents`); CRSs without a recorded area of use are not checked. When every
/// coordinate lies outside as (x, y) but inside as (y, x), the file gives northing first: the
/// axes are swapped in place and the returned note says so.
pub(crate) fn check_bounds(
    path: &Path,
    features: &mut [Feature],
    crs: &Crs,
    extents: &Extents,
    bounds: BoundsCheck,
    index: &dyn Fn(usize) -> usize,
) -> Result<Option<String>> {
    if bounds == BoundsCheck::Off {
        return Ok(None);
    }
    let margin = saale_crs::AREA_OF_USE_MARGIN_DEG;
    let Some(ext) = extents.of(crs) else {
        return Ok(None);
    };
    let first_outside = |f: &Feature, swapped: bool| {
        let mut bad = None;
        if let Some(g) = &f.geometry {
            saale_model::for_each_coord(g, &mut |c| {
                let (x, y) = if swapped { (c.y, c.x) } else { (c.x, c.y) };
                if bad.is_none() && !ext.contains(x, y) {
                    bad = Some((c.x, c.y));
                }
            });
        }
        bad
    };
    let Some(i) = features
        .par_iter()
        .position_first(|f| first_outside(f, false).is_some())
    else {
        return Ok(None);
    };
    if features.iter().any(|f| f.geometry.is_some())
        && features
            .par_iter()
            .all(|f| first_outside(f, true).is_none())
    {
        features.par_iter_mut().for_each(|f| {
            if let Some(g) = &mut f.geometry {
                saale_model::for_each_coord_mut(g, &mut |c| std::mem::swap(&mut c.x, &mut c.y));
            }
        });
        return Ok(Some(format!(
            "axes swapped: the coordinates lie outside the area of use of {crs} as (x, y) and \
             inside as (y, x), so the file gives northing first; read as (y, x)"
        )));
    }
    let (x, y) = first_outside(&features[i], false).unwrap_or_default();
    let [w, s, e, n] = ext.lon_lat;
    Err(Error::OutOfBounds {
        path: path.to_path_buf(),
        location: format!("feature {}", index(i)),
        coord: [x, y],
        crs: crs.to_string(),
        range: format!(
            "widened by {margin}°: lon {w:.1} to {e:.1}, lat {s:.1} to {n:.1}; x {:.0} to {:.0}, \
             y {:.0} to {:.0}",
            ext.bbox.min_x, ext.bbox.max_x, ext.bbox.min_y, ext.bbox.max_y
        ),
    })
}

pub(crate) fn transform_all(
    path: &Path,
    features: &mut [Feature],
    from: &Crs,
    to: &Crs,
) -> Result<()> {
    saale_crs::transform_features_parallel(features, from, to).map_err(|(i, e)| {
        Error::crs(
            path,
            i.map(|i| format!("feature {i}: ")).unwrap_or_default(),
            e,
        )
    })
}

/// Read several source files (in parallel) into one layer in `opts.target_crs`.
///
/// The layer's schema is the union of the sources' schemas in file order; a field present in
/// several sources with different types is widened (int + float = float, else text).
///
/// # Errors
/// The first reader error, naming its file and the feature or line.
pub fn read_sources(
    paths: &[PathBuf],
    opts: &ImportOptions,
    progress: &dyn Progress,
) -> Result<Imported> {
    let parts: Vec<(Layer, SourceInfo, ReadReport)> = paths
        .par_iter()
        .map(|p| {
            let r = read_source(p, opts);
            progress.advance(std::fs::metadata(p).map_or(0, |m| m.len()));
            r
        })
        .collect::<Result<_>>()?;
    let mut report = ReadReport::default();
    let mut sources = Vec::with_capacity(parts.len());
    let mut layers = Vec::with_capacity(parts.len());
    for (layer, info, r) in parts {
        report.merge(&r);
        sources.push(info);
        layers.push(layer);
    }
    let layer = merge_layers(layers);
    let total = layer.features.len();
    let is_table = layer.features.iter().all(|f| f.geometry.is_none());
    Ok(Imported {
        layer,
        sources,
        report,
        is_table: is_table && total > 0,
    })
}

/// Merge layers into one with the union schema (fields in first-seen order, types widened);
/// values are moved to their field's position and coerced to its type. The features stay
/// where they are: the first part's vector takes the others' (a single file's layer is not
/// copied, which at the end of a read of millions of features would double them).
pub fn merge_layers(parts: Vec<Layer>) -> Layer {
    let mut schema = Schema::new();
    for l in &parts {
        schema.merge(&l.schema);
    }
    let types: Vec<_> = schema.fields().iter().map(|f| f.ty).collect();
    let total: usize = parts.iter().map(|l| l.features.len()).sum();
    let mut features: Vec<Feature> = Vec::new();
    for layer in parts {
        let map: Vec<usize> = layer
            .schema
            .fields()
            .iter()
            .map(|f| schema.index_of(&f.name).unwrap_or(usize::MAX))
            .collect();
        let identity = map.iter().enumerate().all(|(i, &j)| i == j) && map.len() == types.len();
        let mut part = layer.features;
        part.par_iter_mut().for_each(|f| {
            if !identity {
                let mut v = vec![Value::Null; types.len()];
                for (i, val) in std::mem::take(&mut f.values).into_iter().enumerate() {
                    if let Some(&j) = map.get(i).filter(|j| **j != usize::MAX) {
                        v[j] = val;
                    }
                }
                f.values = v;
            }
            for (v, ty) in f.values.iter_mut().zip(&types) {
                if !(v.is_null() || v.field_type() == Some(*ty)) {
                    *v = std::mem::replace(v, Value::Null).coerce(*ty);
                }
            }
            f.values.resize(types.len(), Value::Null);
        });
        if features.is_empty() {
            features = part;
            features.reserve_exact(total - features.len());
        } else {
            features.append(&mut part);
        }
    }
    Layer { schema, features }
}
