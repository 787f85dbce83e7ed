//! `import`: files into layers. Everyday formats give one layer per path (or one for all with
//! a layer name); the city formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus) give their
//! typed layers, and a NAS update (NBA) is applied to the layers it updates. Every layer of one
//! call is written in one batch: all appear, or none does.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use saale_ingest::remote::Remote;
use saale_ingest::{
    read_dataset, read_sources, BoundsCheck, CsvOptions, DatasetOptions, Family, ImportOptions,
};
use saale_model::{Layer, Rows};
use saale_privacy::Level;
use saale_store::{sha256_file, LayerEntry, LayerKind, Project, Provenance, SourceEntry};
use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Progress of long work, reported by the library and shown by a program (a progress bar).
pub trait Progress: Sync {
    /// Work on `what` starts, `total` bytes long.
    fn begin(&self, _what: &str, _total: u64) {}
    /// `n` more bytes are done.
    fn advance(&self, _n: u64) {}
    /// The work is done.
    fn finish(&self) {}
}

impl Progress for () {}

struct Bytes<'a>(&'a dyn Progress);

impl saale_ingest::Progress for Bytes<'_> {
    fn advance(&self, n: u64) {
        self.0.advance(n);
    }
}

/// What to import and how. Paths are as given; the catalog records them relative to the
/// project when they lie inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportParams {
    /// Files or directories (a directory contributes every readable file below it).
    pub paths: Vec<PathBuf>,
    /// One layer of this name for all paths (default: one layer per path, named after it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<String>,
    /// Licence of the data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
    /// Attribution required by the licence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub attribution: String,
    /// Date the data describes: `YYYY-MM-DD`, `file`, `field:NAME` or `delivery`
    /// ([`resolve_as_of`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// How old the data may get before the layer is stale (ISO 8601 duration, `P1M`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_age: Option<String>,
    /// Mark the layers internal.
    #[serde(default)]
    pub internal: bool,
    /// Skip features with invalid geometry (default: keep and count them).
    #[serde(default)]
    pub skip_invalid: bool,
    /// CRS of the sources, overriding what they declare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_crs: Option<String>,
    /// CSV: column with x / longitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
    /// CSV: column with y / latitude.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<String>,
    /// CSV: column with WKT geometry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wkt: Option<String>,
    /// Layer to read from multi-layer sources (default: every layer into a layer of its own,
    /// named `FILE_LAYER`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_layer: Option<String>,
    /// PostGIS (`PG:`) source: the layer is the result of this SQL query.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    /// Overwrite existing layers of the same names.
    #[serde(default, skip_serializing)]
    pub replace: bool,
    /// City formats: a prefix and an underscore before the default layer names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// NAS: keep historic object versions; an NBA update ends the versions it replaces,
    /// updates or deletes (`endet`, `anlass`) instead of removing them.
    #[serde(default)]
    pub history: bool,
    /// Data with history (`beginnt`, `endet`): keep the object versions valid at this date
    /// or time (`beginnt <= DATE < endet`). Not the date the data describes (`as_of`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_at: Option<String>,
    /// GML arcs: maximum deviation of the linearised arc, in metres.
    pub arc_tolerance: f64,
    /// OSM: POI tag filter (`key` or `key=value`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub poi_tags: Vec<String>,
    /// Do not check that coordinates lie inside the source CRS's area of use.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_bounds_check: bool,
}

impl ImportParams {
    /// Import `paths` with the defaults.
    #[must_use]
    pub fn new(paths: Vec<PathBuf>) -> Self {
        ImportParams {
            paths,
            layer: None,
            licence: String::new(),
            attribution: String::new(),
            as_of: None,
            max_age: None,
            internal: false,
            skip_invalid: false,
            source_crs: None,
            x: None,
            y: None,
            wkt: None,
            source_layer: None,
            sql: None,
            replace: false,
            prefix: None,
            history: false,
            state_at: None,
            arc_tolerance: 0.01,
            poi_tags: Vec::new(),
            no_bounds_check: false,
        }
    }
}

/// One layer written by an import.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedLayer {
    /// Its name.
    pub name: String,
    /// Features (rows) written.
    pub features: usize,
    /// A table without geometry.
    pub table: bool,
    /// Its access level.
    pub level: Level,
    /// Files read into it.
    pub files: usize,
    /// Invalid geometries kept or skipped.
    pub invalid: u64,
    /// Features skipped.
    pub skipped: u64,
    /// Invalid geometries per reason.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub invalid_reasons: BTreeMap<String, u64>,
    /// The first few invalid features with their reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// Warnings and assumptions of the readers (GDAL warnings, an assumed CRS, swapped axes);
    /// the catalog keeps them in the layer's import report.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// A raster layer: its grid and bands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raster: Option<saale_model::RasterInfo>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Imported {
    /// The layers written, in order.
    pub layers: Vec<ImportedLayer>,
    /// For a city-format delivery: the family (`NAS`, `CityGML`, ...), its format, and the
    /// delivery's report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
}

/// The report of a city-format delivery.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Delivery {
    /// The family.
    pub family: String,
    /// The format of the first source.
    pub format: String,
    /// Files read.
    pub files: usize,
    /// A NAS update (NBA) applied to existing layers.
    pub update: bool,
    /// Objects removed or replaced by the update (ended, with history).
    pub removed: usize,
    /// NBA update: what was applied, with the delivery's header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nba: Option<NbaApplied>,
    /// Objects read, written, repaired and skipped.
    pub report: saale_model::DatasetReport,
}

/// What an NBA update did, as the import report shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NbaApplied {
    /// Applied with history (ended versions kept).
    pub history: bool,
    /// The files with their `portionskennung` and hashes.
    pub files: Vec<saale_store::DeliveryFile>,
    /// Objects added (inserts and new versions).
    pub inserted: usize,
    /// Object versions ended (history) or removed.
    pub ended: usize,
    /// Replace, update and delete operations that matched no current object, per element.
    pub unmatched: BTreeMap<String, usize>,
    /// The first ids of the unmatched operations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unmatched_ids: Vec<String>,
}

const EXTENSIONS: &[&str] = &[
    "geojson", "json", "fgb", "gpkg", "shp", "csv", "parquet", "gml", "kml", "tab", "zip", "xml",
    "xplan", "osm", "pbf",
];

/// Expand directories into the readable files below them (sorted).
///
/// # Errors
/// [`Error::File`] for a missing path or a directory without readable files.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            let mut seen = HashSet::new();
            let root = std::fs::canonicalize(p).map_err(|e| Error::file(p, e))?;
            walk(p, &root, &mut found, &mut seen, 0)?;
            if found.is_empty() {
                return Err(Error::file(p, "the directory holds no file saale can read"));
            }
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            return Err(Error::file(p, "no such file or directory"));
        }
    }
    Ok(out)
}

/// Directories deeper than this are not followed (a guard against link loops the identity
/// check cannot see).
const MAX_DEPTH: usize = 64;

/// Collect the readable files below `dir`. A directory reached twice (a symbolic link loop)
/// is listed once; a link to a directory outside the imported one (`/`, `../..`) is an error
/// naming it, as following it would walk unrelated trees.
fn walk(
    dir: &Path,
    root: &Path,
    out: &mut Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
    depth: usize,
) -> Result<()> {
    let real = std::fs::canonicalize(dir).map_err(|e| Error::file(dir, e))?;
    if !real.starts_with(root) {
        return Err(Error::file(
            dir,
            format!(
                "a link to a directory outside {} ({}); import that directory by its own path",
                root.display(),
                real.display()
            ),
        ));
    }
    if depth > MAX_DEPTH || !seen.insert(real) {
        return Ok(());
    }
    let rd = std::fs::read_dir(dir).map_err(|e| Error::file(dir, e))?;
    for ent in rd {
        let p = ent.map_err(|e| Error::file(dir, e))?.path();
        if p.is_dir() {
            walk(&p, root, out, seen, depth + 1)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            out.push(p);
        }
    }
    Ok(())
}

/// Default layer name for a path: its file stem (or directory name), made a valid name.
#[must_use]
pub fn default_name(p: &Path) -> String {
    let stem = if p.is_dir() {
        p.file_name()
    } else {
        p.file_stem()
    }
    .map(|s| s.to_string_lossy().into_owned())
    .unwrap_or_else(|| "layer".into());
    valid_name(&stem)
}

/// `s` made a valid layer name: other characters than ASCII letters, digits, `_` and `-`
/// become `_`, at most 64 characters.
fn valid_name(s: &str) -> String {
    let mut name: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    name.truncate(64);
    name
}

/// Check a date `YYYY-MM-DD`.
///
/// # Errors
/// [`Error::Invalid`] naming the value.
pub fn check_date(d: &str) -> Result<()> {
    let b = d.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d[..4].parse::<u16>().is_ok()
        && d[5..7].parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
        && d[8..].parse::<u8>().is_ok_and(|x| (1..=31).contains(&x));
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "the date the data describes must be YYYY-MM-DD, got '{d}'"
        )))
    }
}

/// The catalog's record of the source files: paths relative to the project where they lie
/// inside it, else absolute (so that `saale status` and `refresh` find them from anywhere).
fn source_entries(
    project: &Project,
    sources: &[saale_ingest::SourceInfo],
    hashes: Vec<(String, u64)>,
) -> Vec<SourceEntry> {
    sources
        .iter()
        .zip(hashes)
        .map(|(s, (sha256, bytes))| SourceEntry {
            path: crate::project_path(project, &s.path).display().to_string(),
            format: s.format.clone(),
            sha256,
            bytes,
            features: s.features,
            modified_ns: saale_store::modified_ns(&s.path),
            etag: None,
            last_modified: None,
        })
        .collect()
}

/// The provenance of an import: the step with its paths as the project records them.
pub(crate) fn provenance(
    project: &Project,
    a: &ImportParams,
    paths: &[PathBuf],
) -> Result<Provenance> {
    let mut rec = a.clone();
    rec.paths = paths
        .iter()
        .map(|p| crate::project_path(project, p))
        .collect();
    let mut step = toml::Table::try_from(&rec)
        .map_err(|e| Error::Invalid(format!("the import cannot be recorded: {e}")))?;
    step.insert("verb".into(), toml::Value::String("import".into()));
    Ok(Provenance {
        step: Some(step),
        saale_version: env!("CARGO_PKG_VERSION").to_string(),
        ..Provenance::default()
    })
}

fn bounds(a: &ImportParams) -> BoundsCheck {
    if a.no_bounds_check {
        BoundsCheck::Off
    } else {
        BoundsCheck::AreaOfUse
    }
}

/// The date the data describes, by the rule given with the import: a date as given (checked),
/// `file` (the newest modification date of the source files, UTC), `field:NAME` (the latest
/// `YYYY-MM-DD` date in that field of the layer) or `delivery` (the date the delivery gives
/// itself: [`saale_ingest::remote::date_in_text`] of the files, the newest of them; for a
/// remote source [`saale_ingest::remote::delivery_date_remote`] of `remote` and the layer it
/// reads); empty without a rule. On a refresh the rule is applied again, so the date follows
/// the data.
///
/// # Errors
/// [`Error::Invalid`] for a malformed date, an unknown field, a field without dates or a
/// delivery without a date; a remote source that cannot be reached.
pub fn resolve_as_of(
    rule: Option<&str>,
    layer: &Layer,
    files: &[PathBuf],
    remote: Option<(&Remote, Option<&str>)>,
) -> Result<String> {
    match rule {
        None => Ok(String::new()),
        Some("delivery") => {
            let found = match remote {
                Some((r, l)) => saale_ingest::remote::delivery_date_remote(r, l)?,
                None => files
                    .iter()
                    .filter_map(|f| saale_ingest::remote::delivery_date_of_file(f))
                    .max(),
            };
            found.ok_or_else(|| {
                Error::Invalid(
                    "as-of 'delivery': the delivery gives no date of its own (no WFS or OGC API \
                     timeStamp, no NAS bestandsdatum, no HTTP Last-Modified); give a date, \
                     'file' or 'field:NAME'"
                        .into(),
                )
            })
        }
        Some("file") => {
            let newest = files
                .iter()
                .filter_map(|f| std::fs::metadata(f).ok()?.modified().ok())
                .max()
                .ok_or_else(|| {
                    Error::Invalid("the source files have no modification date".into())
                })?;
            let t = time::OffsetDateTime::from(newest);
            Ok(format!(
                "{:04}-{:02}-{:02}",
                t.year(),
                u8::from(t.month()),
                t.day()
            ))
        }
        Some(r) if r.starts_with("field:") => {
            let field = &r["field:".len()..];
            let i = layer.schema.index_of(field).ok_or_else(|| {
                Error::Invalid(format!("as-of field '{field}' is not a field of the layer"))
            })?;
            layer
                .features
                .iter()
                .filter_map(|f| {
                    let v = f.value(i);
                    let text = match v {
                        saale_model::Value::Null => return None,
                        v => v.to_string(),
                    };
                    let d = text.get(..10)?.to_string();
                    check_date(&d).is_ok().then_some(d)
                })
                .max()
                .ok_or_else(|| {
                    Error::Invalid(format!("as-of field '{field}' holds no date (YYYY-MM-DD)"))
                })
        }
        Some(d) => {
            check_date(d)?;
            Ok(d.to_string())
        }
    }
}

pub(crate) fn base_entry(kind: LayerKind, a: &ImportParams) -> LayerEntry {
    let mut e = LayerEntry::new(kind);
    e.licence.clone_from(&a.licence);
    e.attribution.clone_from(&a.attribution);
    e.as_of = a
        .as_of
        .clone()
        .filter(|d| check_date(d).is_ok())
        .unwrap_or_default();
    if a.internal {
        e.access.level = Level::Internal;
    }
    e
}

/// A thread asking PROJ about a CRS, joined when dropped.
struct WarmUp(Option<std::thread::JoinHandle<()>>);

impl WarmUp {
    fn start(crs: saale_crs::Crs) -> Self {
        Self(
            std::thread::Builder::new()
                .spawn(move || crs.warm_up())
                .ok(),
        )
    }
}

impl Drop for WarmUp {
    fn drop(&mut self) {
        if let Some(h) = self.0.take() {
            let _ = h.join();
        }
    }
}

/// Import files into the project.
///
/// # Errors
/// [`Error::LayerExists`] unless replacing; reader errors naming the file; [`Error::Invalid`]
/// for city formats mixed with other files or a bad parameter. Nothing is written on error.
pub fn import(
    project: &mut Project,
    a: &ImportParams,
    progress: &dyn Progress,
) -> Result<Imported> {
    if let Some(d) = &a.as_of {
        if d != "file" && d != "delivery" && !d.starts_with("field:") {
            check_date(d)?;
        }
    }
    if let Some(m) = &a.max_age {
        m.parse::<crate::refresh::MaxAge>()?;
    }
    // PROJ's answers about the project CRS, asked while the sources are read. The thread is
    // joined on every way out of this function: a process that exits while a thread is inside
    // PROJ crashes in PROJ's static destructors.
    let _warm = WarmUp::start(project.crs().clone());
    let mut remotes = Vec::new();
    for p in &a.paths {
        if let Some(r) = Remote::parse_checked(&p.to_string_lossy())? {
            remotes.push(r);
        }
    }
    if let Some(r) = remotes.first() {
        if a.paths.len() > 1 {
            return Err(Error::Invalid(format!(
                "a remote source ({}) is imported on its own, one per layer",
                r.source()
            )));
        }
        return import_remote(project, a, r, progress);
    }
    if !a.paths.is_empty() && a.paths.iter().all(|p| crate::osm::is_change_file(p)) {
        return import_changes(project, a);
    }
    if a.sql.is_some() {
        return Err(Error::Invalid(
            "--sql reads a query from a PostGIS source (PG:CONNECTION), not from files".into(),
        ));
    }
    let files = expand(&a.paths)?;
    let rasters = files
        .iter()
        .filter(|f| saale_store::raster::is_raster_path(f))
        .count();
    if rasters > 0 {
        if rasters < files.len() {
            return Err(Error::Invalid(
                "rasters (GeoTIFF) and vector files cannot be imported together; import them \
                 separately"
                    .into(),
            ));
        }
        return crate::raster::import_rasters(project, &files, a, progress);
    }
    let mut city = 0;
    for f in &files {
        if saale_ingest::detect_family(f)?.is_some() {
            city += 1;
        }
    }
    if city > 0 {
        if city < files.len() {
            return Err(Error::Invalid(
                "city formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus) and other files \
                 cannot be imported together; import them separately"
                    .into(),
            ));
        }
        if a.layer.is_some() {
            return Err(Error::Invalid(
                "city formats give several layers with fixed names; give a prefix instead of a layer name".into(),
            ));
        }
        return import_dataset(project, &files, a, progress);
    }
    // (layer name, paths, parameters): a multi-layer source (GeoPackage, GML, ...) without
    // a chosen source layer gives one layer per source layer, named FILE_LAYER.
    let mut groups: Vec<(String, Vec<PathBuf>, ImportParams)> = Vec::new();
    match &a.layer {
        Some(name) => groups.push((name.clone(), a.paths.clone(), a.clone())),
        None => {
            for p in &a.paths {
                let layers = if a.source_layer.is_none() && p.is_file() {
                    saale_ingest::source_layers(p)?
                } else {
                    Vec::new()
                };
                if layers.len() > 1 {
                    for l in layers {
                        let mut one = a.clone();
                        one.source_layer = Some(l.clone());
                        let name = format!("{}_{}", default_name(p), valid_name(&l));
                        groups.push((valid_name(&name), vec![p.clone()], one));
                    }
                } else {
                    groups.push((default_name(p), vec![p.clone()], a.clone()));
                }
            }
        }
    }
    let mut names = HashSet::new();
    for (name, paths, _) in &groups {
        // Two paths named alike would give one layer twice, the second silently replacing
        // the first in the same batch.
        if !names.insert(name.as_str()) {
            return Err(Error::Invalid(format!(
                "two paths give the layer name '{name}' (the second is {}); give one layer \
                 name for all of them, or import them separately",
                paths
                    .first()
                    .map_or(String::new(), |p| p.display().to_string())
            )));
        }
        saale_store::validate_layer_name(name)?;
        if !a.replace && project.catalog().layers.contains_key(name) {
            return Err(Error::LayerExists { name: name.clone() });
        }
    }
    // Read every group first; write all layers in one batch.
    let mut read = Vec::new();
    for (name, paths, params) in groups {
        read.push(read_layer(project, &name, &paths, &params, progress)?);
    }
    let items: Vec<(String, &dyn Rows, LayerEntry)> = read
        .iter()
        .map(|(name, layer, entry, _)| (name.clone(), layer as &dyn Rows, entry.clone()))
        .collect();
    project.write_layers(items, a.replace)?;
    Ok(Imported {
        layers: read.into_iter().map(|(_, _, _, l)| l).collect(),
        delivery: None,
    })
}

fn read_layer(
    project: &Project,
    name: &str,
    paths: &[PathBuf],
    a: &ImportParams,
    progress: &dyn Progress,
) -> Result<(String, Layer, LayerEntry, ImportedLayer)> {
    let files = expand(paths)?;
    if a.source_layer.is_none() {
        // A file of a merged layer (or of a directory) with several layers would give only
        // its first.
        for f in &files {
            let layers = saale_ingest::source_layers(f)?;
            if layers.len() > 1 {
                return Err(Error::SeveralLayers {
                    path: f.clone(),
                    layers,
                });
            }
        }
    }
    let opts = read_options(project, a)?;
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    progress.begin(&format!("importing {name}"), total);
    // Hash the sources on a second thread while they are read.
    let (imported, hashes) = std::thread::scope(|s| {
        let hasher = s.spawn(|| {
            files
                .iter()
                .map(|f| sha256_file(f))
                .collect::<std::result::Result<Vec<_>, _>>()
        });
        let imported = read_sources(&files, &opts, &Bytes(progress));
        (imported, hasher.join())
    });
    progress.finish();
    let mut imported = imported?;
    let hashes = hashes.map_err(|_| Error::Invalid("hashing the sources failed".into()))??;
    if let Some(d) = &a.state_at {
        let dropped = crate::nba::state_at(&mut imported.layer, name, state_at_instant(d)?)?;
        imported.report.notes.push(format!(
            "{dropped} object version(s) not valid at {d} left out (--state-at)"
        ));
    }
    let sources = source_entries(project, &imported.sources, hashes);
    let as_of = resolve_as_of(a.as_of.as_deref(), &imported.layer, &files, None)?;
    let (entry, summary) = layer_entry(
        project,
        name,
        paths,
        a,
        &imported,
        sources,
        as_of,
        files.len(),
    )?;
    Ok((name.to_string(), imported.layer, entry, summary))
}

pub(crate) fn read_options(project: &Project, a: &ImportParams) -> Result<ImportOptions> {
    let mut opts = ImportOptions::new(project.crs().clone());
    opts.source_crs = a
        .source_crs
        .as_deref()
        .map(saale_ingest::parse_crs)
        .transpose()?;
    opts.skip_invalid = a.skip_invalid;
    opts.csv = CsvOptions {
        x: a.x.clone(),
        y: a.y.clone(),
        wkt: a.wkt.clone(),
        delimiter: None,
    };
    opts.gdal_layer = a.source_layer.clone();
    opts.bounds = bounds(a);
    Ok(opts)
}

/// The catalog entry and the summary of a layer read from `paths` (as given).
#[allow(clippy::too_many_arguments, reason = "the parts of one imported layer")]
fn layer_entry(
    project: &Project,
    name: &str,
    paths: &[PathBuf],
    a: &ImportParams,
    imported: &saale_ingest::Imported,
    sources: Vec<SourceEntry>,
    as_of: String,
    files: usize,
) -> Result<(LayerEntry, ImportedLayer)> {
    let kind = if imported.is_table {
        LayerKind::Table
    } else {
        LayerKind::Vector
    };
    let mut entry = base_entry(kind, a);
    let mut crss: Vec<String> = imported
        .sources
        .iter()
        .filter_map(|s| s.crs.as_ref().map(ToString::to_string))
        .collect();
    crss.dedup();
    entry.source_crs = crss.join(", ");
    entry.invalid_geometries = imported.report.invalid;
    entry.skipped = imported.report.skipped;
    let mut rec = a.clone();
    rec.layer = Some(name.to_string());
    entry.provenance = provenance(project, &rec, paths)?;
    entry.sources = sources;
    entry.as_of = as_of;
    let r = &imported.report;
    if !r.notes.is_empty() {
        let mut report = saale_model::DatasetReport::default();
        for s in &imported.sources {
            *report.read.entry(s.format.clone()).or_default() += s.features;
        }
        report
            .written
            .insert(name.to_string(), imported.layer.features.len() as u64);
        for n in &r.notes {
            report.note(n);
        }
        entry.report = Some(report);
    }
    let summary = ImportedLayer {
        name: name.to_string(),
        features: imported.layer.features.len(),
        table: imported.is_table,
        level: entry.access.level,
        files,
        invalid: r.invalid,
        skipped: r.skipped,
        invalid_reasons: r.reasons.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        examples: r.examples.iter().take(3).map(ToString::to_string).collect(),
        notes: r.notes.clone(),
        raster: None,
    };
    Ok((entry, summary))
}

/// Import one remote source (HTTP file, WFS, OGC API Features, PostGIS table or query) into
/// one layer. The source is recorded as given, with the content hash of what was read (and
/// the HTTP validators of a file), so `status` and `refresh` read it again.
fn import_remote(
    project: &mut Project,
    a: &ImportParams,
    remote: &Remote,
    progress: &dyn Progress,
) -> Result<Imported> {
    if a.layer.is_none() && a.sql.is_some() {
        return Err(Error::Invalid(
            "a query (--sql) needs the name of the layer it makes (--layer)".into(),
        ));
    }
    let opts = read_options(project, a)?;
    progress.begin(&format!("reading {}", remote.source()), 0);
    let read = saale_ingest::remote::read_remote(remote, a.sql.as_deref(), &opts);
    progress.finish();
    let read = read?;
    let name = match &a.layer {
        Some(n) => n.clone(),
        None => valid_name(&remote.default_name(read.layer_name.as_deref())),
    };
    saale_store::validate_layer_name(&name)?;
    if !a.replace && project.catalog().layers.contains_key(&name) {
        return Err(Error::LayerExists { name });
    }
    let imported = read.imported;
    let sources: Vec<SourceEntry> = imported
        .sources
        .iter()
        .map(|s| SourceEntry {
            path: remote.source().to_string(),
            format: s.format.clone(),
            sha256: s.sha256.clone().map(|(h, _)| h).unwrap_or_default(),
            bytes: 0,
            features: s.features,
            modified_ns: None,
            etag: read.stamp.etag.clone(),
            last_modified: read.stamp.last_modified.clone(),
        })
        .collect();
    let as_of = resolve_as_of(
        a.as_of.as_deref(),
        &imported.layer,
        &[],
        Some((remote, read.layer_name.as_deref())),
    )?;
    let paths = [PathBuf::from(remote.source())];
    let (entry, summary) = layer_entry(project, &name, &paths, a, &imported, sources, as_of, 1)?;
    project.write_layers(vec![(name, &imported.layer as &dyn Rows, entry)], a.replace)?;
    Ok(Imported {
        layers: vec![summary],
        delivery: None,
    })
}

/// Apply OSM change files to the OSM layers (see [`crate::osm::apply_changes`]).
fn import_changes(project: &mut Project, a: &ImportParams) -> Result<Imported> {
    let applied = crate::osm::apply_changes(project, a.prefix.as_deref(), &a.paths, None)?;
    let level = |n: &str| {
        project
            .catalog()
            .layers
            .get(n)
            .map_or(Level::Public, |e| e.access.level)
    };
    Ok(Imported {
        layers: applied
            .layers
            .iter()
            .map(|(name, n)| ImportedLayer {
                name: name.clone(),
                features: *n,
                table: false,
                level: level(name),
                files: a.paths.len(),
                invalid: 0,
                skipped: 0,
                invalid_reasons: BTreeMap::new(),
                examples: Vec::new(),
                raster: None,
                notes: Vec::new(),
            })
            .collect(),
        delivery: Some(Delivery {
            family: Family::Osm.to_string(),
            format: format!(
                "OSM change (replication sequence {})",
                applied
                    .sequence
                    .map_or("not given".into(), |s| s.to_string())
            ),
            files: a.paths.len(),
            update: true,
            removed: applied
                .files
                .iter()
                .map(|(_, _, c)| usize::try_from(c.deleted).unwrap_or(usize::MAX))
                .sum(),
            nba: None,
            report: applied.report,
        }),
    })
}

/// The NBA deliveries the layers record (each once, by its files' hashes).
fn prior_deliveries(entries: &BTreeMap<String, LayerEntry>) -> Vec<&saale_store::AppliedDelivery> {
    let mut seen = HashSet::new();
    entries
        .values()
        .flat_map(|e| &e.provenance.deliveries)
        .filter(|d| {
            seen.insert(
                d.files
                    .iter()
                    .map(|f| f.sha256.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            )
        })
        .collect()
}

/// The instant of `--state-at` (a date is midnight UTC).
fn state_at_instant(s: &str) -> Result<time::OffsetDateTime> {
    crate::nba::instant(s).ok_or_else(|| {
        Error::Invalid(format!(
            "--state-at must be a date YYYY-MM-DD or an RFC 3339 time, got '{s}'"
        ))
    })
}

/// Import a city-format delivery (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus).
fn import_dataset(
    project: &mut Project,
    files: &[PathBuf],
    a: &ImportParams,
    progress: &dyn Progress,
) -> Result<Imported> {
    if !(a.arc_tolerance > 0.0 && a.arc_tolerance.is_finite()) {
        return Err(Error::Invalid(
            "the arc tolerance must be a positive number of metres".into(),
        ));
    }
    let prefix = a
        .prefix
        .as_deref()
        .map(|p| format!("{p}_"))
        .unwrap_or_default();
    let mut opts = DatasetOptions::new(project.crs().clone());
    opts.source_crs = a
        .source_crs
        .as_deref()
        .map(saale_ingest::parse_crs)
        .transpose()?;
    // The state at a date is taken from all versions.
    opts.history = a.history || a.state_at.is_some();
    opts.arc_tolerance = a.arc_tolerance;
    opts.osm_poi_tags.clone_from(&a.poi_tags);
    opts.bounds = bounds(a);
    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    progress.begin(&format!("reading {} file(s)", files.len()), total);
    let ds = read_dataset(files, &opts, &Bytes(progress));
    progress.finish();
    let mut ds = ds?;
    // Most readers hash the bytes they read; hash the others now.
    let hashes: Vec<(String, u64)> = ds
        .sources
        .par_iter()
        .map(|s| match &s.sha256 {
            Some(h) => Ok(h.clone()),
            None => sha256_file(&s.path),
        })
        .collect::<std::result::Result<_, _>>()?;
    let sources: Vec<SourceEntry> = source_entries(project, &ds.sources, hashes);
    let mut crss: Vec<String> = ds
        .sources
        .iter()
        .filter_map(|s| s.crs.as_ref().map(ToString::to_string))
        .collect();
    crss.sort();
    crss.dedup();
    let prov = provenance(project, a, &a.paths)?;
    let make_entry = |layer: &Layer, level: Level| {
        let kind =
            if layer.features.iter().all(|f| f.geometry.is_none()) && !layer.features.is_empty() {
                LayerKind::Table
            } else {
                LayerKind::Vector
            };
        let mut e = base_entry(kind, a);
        e.source_crs = crss.join(", ");
        // Personal data is personal whatever the parameters say, and never leaves.
        e.access.level = e.access.level.max(level);
        e.provenance = prov.clone();
        e.sources.clone_from(&sources);
        e
    };
    // Final layers: for an NBA update, existing layers minus deleted/replaced objects plus the
    // new objects; otherwise the delivery's layers.
    let mut out: BTreeMap<String, (Layer, Level)> = BTreeMap::new();
    let mut removed = 0usize;
    let personal = |internal: bool| {
        if internal {
            Level::Personal
        } else {
            Level::Public
        }
    };
    // An NBA update: the layers it touches, their entries before, and the record of it.
    let mut nba: Option<(NbaApplied, saale_store::AppliedDelivery, Vec<String>)> = None;
    let mut before: BTreeMap<String, LayerEntry> = BTreeMap::new();
    if ds.is_update {
        if ds.family != Family::Nas {
            return Err(Error::Invalid(
                "updates are only defined for NAS deliveries".into(),
            ));
        }
        if a.state_at.is_some() {
            return Err(Error::Invalid(
                "--state-at selects from data with history; apply an NBA update with --history \
                 and import the state at a date from the result"
                    .into(),
            ));
        }
        let mut names: Vec<String> = ds
            .layers
            .iter()
            .map(|l| format!("{prefix}{}", l.name))
            .collect();
        for n in ["parcels", "buildings", "landuse", "addresses"] {
            names.push(format!("{prefix}{n}"));
        }
        for n in project.catalog().layers.keys() {
            if n.starts_with(&format!("{prefix}owners_")) {
                names.push(n.clone());
            }
        }
        names.sort();
        names.dedup();
        // The record of this delivery, and the order check against those applied before.
        let dfiles: Vec<saale_store::DeliveryFile> = sources
            .iter()
            .zip(&ds.sources)
            .map(|(s, info)| {
                let h = ds
                    .headers
                    .iter()
                    .find(|(p, _)| *p == info.path)
                    .map(|(_, h)| h.clone())
                    .unwrap_or_default();
                saale_store::DeliveryFile {
                    path: s.path.clone(),
                    sha256: s.sha256.clone(),
                    profilkennung: h.profilkennung.unwrap_or_default(),
                    datum: h.datum.unwrap_or_default(),
                    portion: h.portion,
                    portions: h.portions,
                }
            })
            .collect();
        for n in &names {
            if let Some(e) = project.catalog().layers.get(n) {
                before.insert(n.clone(), e.clone());
            }
        }
        let mut record = saale_store::AppliedDelivery {
            step: prov.step.clone().unwrap_or_default(),
            files: dfiles.clone(),
            applied_at: saale_store::now_rfc3339(),
            history: a.history,
            inserted: 0,
            ended: 0,
            unmatched: 0,
        };
        let prior = prior_deliveries(&before);
        crate::nba::check_order(&prior, &record).map_err(Error::Invalid)?;
        let mut notes = Vec::new();
        let datum = dfiles
            .iter()
            .map(|f| f.datum.as_str())
            .filter(|d| !d.is_empty())
            .max()
            .map(String::from);
        if datum.is_none() {
            notes.push(
                "the delivery has no portionskennung/datum: its order was not checked, and \
                 deleted objects end at the time of the import"
                    .to_string(),
            );
        }
        let delete_at = datum.unwrap_or_else(|| record.applied_at.clone());
        let mut work: Vec<(String, Layer)> = Vec::new();
        let mut inserted = 0usize;
        for name in &names {
            let fresh = ds
                .layers
                .iter()
                .find(|l| format!("{prefix}{}", l.name) == *name);
            let mut parts = Vec::new();
            if before.contains_key(name) {
                parts.push(project.read_layer(name)?);
            }
            if let Some(f) = fresh {
                inserted += f.layer.features.len();
                parts.push(f.layer.clone());
            }
            if !parts.is_empty() {
                work.push((name.clone(), saale_ingest::merge_layers(parts)));
            }
        }
        let applied = crate::nba::apply_changes(&mut work, &ds.changes, a.history, &delete_at);
        removed = applied.ended;
        if applied.unmatched_total() > 0 {
            notes.push(format!(
                "{} operation(s) of the update matched no current object ({}): {}{}",
                applied.unmatched_total(),
                applied
                    .unmatched
                    .iter()
                    .map(|(k, v)| format!("{v} x {}", k.element()))
                    .collect::<Vec<_>>()
                    .join(", "),
                applied.unmatched_ids.join("; "),
                if applied.unmatched_total() > applied.unmatched_ids.len() {
                    " ..."
                } else {
                    ""
                }
            ));
        }
        if !applied.not_applied.is_empty() {
            notes.push(format!(
                "wfs:Update properties other than endet and anlass are not applied: {}",
                applied
                    .not_applied
                    .iter()
                    .take(crate::nba::SHOWN_IDS)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        for n in notes {
            ds.report.note(&n);
        }
        record.inserted = inserted as u64;
        record.ended = applied.ended as u64;
        record.unmatched = applied.unmatched_total() as u64;
        for (name, layer) in work {
            let fresh = ds
                .layers
                .iter()
                .find(|l| format!("{prefix}{}", l.name) == name);
            // An updated layer keeps its level, or gets the delivery's if that is stricter.
            let level = personal(fresh.is_some_and(|f| f.internal))
                .max(before.get(&name).map_or(Level::Public, |e| e.access.level));
            out.insert(name, (layer, level));
        }
        nba = Some((
            NbaApplied {
                history: a.history,
                files: dfiles,
                inserted,
                ended: applied.ended,
                unmatched: applied
                    .unmatched
                    .iter()
                    .map(|(k, v)| (k.element().to_string(), *v))
                    .collect(),
                unmatched_ids: applied.unmatched_ids.clone(),
            },
            record,
            names,
        ));
    } else {
        let at = a.state_at.as_deref().map(state_at_instant).transpose()?;
        for mut l in std::mem::take(&mut ds.layers) {
            if let Some(at) = at {
                if l.layer.schema.index_of("beginnt").is_some() {
                    let dropped = crate::nba::state_at(&mut l.layer, &l.name, at)?;
                    ds.report.note(&format!(
                        "{}: {dropped} object version(s) not valid at {} left out (--state-at)",
                        l.name,
                        a.state_at.as_deref().unwrap_or_default()
                    ));
                } else {
                    ds.report.note(&format!(
                        "{}: no life-cycle fields (beginnt, endet); --state-at does not apply",
                        l.name
                    ));
                }
            }
            out.insert(
                format!("{prefix}{}", l.name),
                (l.layer, personal(l.internal)),
            );
        }
    }
    if out.is_empty() {
        let first = files.first().cloned().unwrap_or_default();
        return Err(Error::file(
            &first,
            format!(
                "no objects saale maps to a layer were found ({} read; skipped: {})",
                ds.report.read.values().sum::<u64>(),
                ds.report
                    .skipped
                    .iter()
                    .map(
                        |(k, v)| match ds.report.places.get(k).and_then(|p| p.first()) {
                            Some(p) if *v > 1 => format!("{v} x {k}, the first at {p}"),
                            Some(p) => format!("{v} x {k} at {p}"),
                            None => format!("{v} x {k}"),
                        }
                    )
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        ));
    }
    let entries: Vec<(String, &dyn Rows, LayerEntry)> = out
        .iter()
        .map(|(n, (l, level))| {
            let mut e = make_entry(l, *level);
            e.report = Some(ds.report.clone());
            e.as_of = resolve_as_of(a.as_of.as_deref(), l, files, None)?;
            if let (Some((_, record, _)), Some(old)) = (&nba, before.get(n)) {
                // An updated layer keeps how it was made and lists the deliveries applied
                // since, with this one last; its sources stay those of that step.
                e.provenance = old.provenance.clone();
                e.provenance.deliveries.push(record.clone());
                e.provenance.saale_version = env!("CARGO_PKG_VERSION").to_string();
                e.sources.clone_from(&old.sources);
                if e.licence.is_empty() {
                    e.licence.clone_from(&old.licence);
                }
                if e.attribution.is_empty() {
                    e.attribution.clone_from(&old.attribution);
                }
            } else if let Some((_, record, _)) = &nba {
                e.provenance.deliveries.push(record.clone());
            }
            if let (Some((_, record, _)), None) = (&nba, &a.as_of) {
                // The data describes the delivery's date (else what it described before).
                e.as_of = record
                    .files
                    .iter()
                    .filter_map(|f| f.datum.get(..10))
                    .filter(|d| check_date(d).is_ok())
                    .max()
                    .map(String::from)
                    .or_else(|| before.get(n).map(|o| o.as_of.clone()))
                    .unwrap_or_default();
            }
            Ok((n.clone(), l as &dyn Rows, e))
        })
        .collect::<Result<_>>()?;
    let levels: Vec<Level> = entries.iter().map(|(_, _, e)| e.access.level).collect();
    // OSM: the raw nodes, ways and relations are kept, so change files can be applied.
    let osm_store = if ds.family == Family::Osm {
        Some(saale_ingest::osmstore::OsmStore::read(files)?)
    } else {
        None
    };
    match &nba {
        Some((_, record, names)) => {
            // Checked again under the project's lock, against the catalog as it is then.
            let names = names.clone();
            let record = record.clone();
            project.write_layers_checked(entries, true, move |c| {
                let touched: BTreeMap<String, LayerEntry> = names
                    .iter()
                    .filter_map(|n| c.layers.get(n).map(|e| (n.clone(), e.clone())))
                    .collect();
                crate::nba::check_order(&prior_deliveries(&touched), &record)
            })?;
        }
        None => project.write_layers(entries, a.replace)?,
    }
    if let Some(store) = &osm_store {
        crate::osm::write_store(project, &prefix, store)?;
    }
    Ok(Imported {
        layers: out
            .iter()
            .zip(levels)
            .map(|((name, (l, _)), level)| ImportedLayer {
                name: name.clone(),
                features: l.features.len(),
                table: false,
                level,
                files: files.len(),
                invalid: 0,
                skipped: 0,
                invalid_reasons: BTreeMap::new(),
                examples: Vec::new(),
                notes: Vec::new(),
                raster: None,
            })
            .collect(),
        delivery: Some(Delivery {
            family: ds.family.to_string(),
            format: ds
                .sources
                .first()
                .map_or(String::new(), |s| s.format.clone()),
            files: files.len(),
            update: ds.is_update,
            removed,
            nba: nba.map(|(n, ..)| n),
            report: ds.report,
        }),
    })
}
