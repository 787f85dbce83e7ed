//! `saale import`: files into one layer.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use saale_crs::Crs;
use saale_ingest::{read_sources, CsvOptions, ImportOptions, Progress};
use saale_store::{sha256_file, LayerEntry, LayerKind, Project, SourceEntry};

use crate::say;

/// Arguments of `saale import`.
#[derive(Args, Debug, Clone, Default)]
pub(crate) struct ImportArgs {
    /// Files or directories (a directory contributes every readable file below it).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Layer name; all paths form this one layer. Default: one layer per path, named after it.
    #[arg(long)]
    pub layer: Option<String>,
    /// Licence of the data (e.g. dl-de/by-2.0, ODbL-1.0).
    #[arg(long, default_value = "")]
    pub licence: String,
    /// Attribution required by the licence.
    #[arg(long, default_value = "")]
    pub attribution: String,
    /// Date the data describes (YYYY-MM-DD).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Mark the layer internal: never exported without --allow-internal, never served publicly.
    #[arg(long)]
    pub internal: bool,
    /// Skip features with invalid geometry (default: keep and count them).
    #[arg(long)]
    pub skip_invalid: bool,
    /// CRS of the sources, overriding what they declare (needed for CSV x/y columns).
    #[arg(long)]
    pub source_crs: Option<String>,
    /// CSV: column with x / longitude.
    #[arg(long, requires = "y")]
    pub x: Option<String>,
    /// CSV: column with y / latitude.
    #[arg(long, requires = "x")]
    pub y: Option<String>,
    /// CSV: column with WKT geometry.
    #[arg(long)]
    pub wkt: Option<String>,
    /// Layer to read from multi-layer sources (GeoPackage, GML); default the first.
    #[arg(long)]
    pub source_layer: Option<String>,
    /// Overwrite an existing layer of the same name.
    #[arg(long)]
    pub replace: bool,
    /// City formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus): put this prefix and an
    /// underscore before the default layer names (`--prefix bonn` gives `bonn_parcels`).
    #[arg(long)]
    pub prefix: Option<String>,
    /// NAS: keep historic object versions (objects with `endet`), not only current ones.
    #[arg(long)]
    pub history: bool,
    /// GML arcs: maximum deviation of the linearised arc from the true arc, in metres.
    #[arg(long, default_value_t = 0.01)]
    pub arc_tolerance: f64,
    /// OSM: POI tag filter, comma-separated `key` or `key=value`
    /// (default: amenity,shop,healthcare,public_transport,highway=bus_stop,railway=tram_stop,
    /// leisure,tourism).
    #[arg(long, value_delimiter = ',')]
    pub poi_tags: Vec<String>,
}

const EXTENSIONS: &[&str] = &[
    "geojson", "json", "fgb", "gpkg", "shp", "csv", "parquet", "gml", "kml", "tab", "zip", "xml",
    "xplan", "osm", "pbf",
];

/// Expand directories into the readable files below them (sorted).
pub(crate) fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            if found.is_empty() {
                bail!("{}: directory holds no file saale can read", p.display());
            }
            found.sort();
            out.extend(found);
        } else if p.exists() {
            out.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for ent in std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))? {
        let p = ent?.path();
        if p.is_dir() {
            walk(&p, out)?;
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
pub(crate) fn default_name(p: &Path) -> String {
    let stem = if p.is_dir() {
        p.file_name()
    } else {
        p.file_stem()
    }
    .map(|s| s.to_string_lossy().into_owned())
    .unwrap_or_else(|| "layer".into());
    let mut name: String = stem
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

pub(crate) struct Bar(pub(crate) indicatif::ProgressBar);

impl Progress for Bar {
    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}

/// `saale import`.
pub(crate) fn run(dir: &Path, args: &ImportArgs, quiet: bool) -> Result<()> {
    let mut project = Project::open(dir)?;
    let files = expand(&args.paths)?;
    let mut city = 0;
    for f in &files {
        if saale_ingest::detect_family(f)?.is_some() {
            city += 1;
        }
    }
    if city > 0 {
        if city < files.len() {
            bail!(
                "city formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus) and other files \
                 cannot be imported together; import them separately"
            );
        }
        if args.layer.is_some() {
            bail!("city formats give several layers with fixed names; use --prefix NAME instead of --layer");
        }
        return crate::dataset::import_dataset(&mut project, &files, args, quiet);
    }
    let groups: Vec<(String, Vec<PathBuf>)> = match &args.layer {
        Some(name) => vec![(name.clone(), args.paths.clone())],
        None => args
            .paths
            .iter()
            .map(|p| (default_name(p), vec![p.clone()]))
            .collect(),
    };
    for (name, paths) in groups {
        import_layer(&mut project, &name, &paths, args, quiet)?;
    }
    Ok(())
}

/// Import `paths` as layer `name` into `project`.
pub(crate) fn import_layer(
    project: &mut Project,
    name: &str,
    paths: &[PathBuf],
    args: &ImportArgs,
    quiet: bool,
) -> Result<()> {
    saale_store::validate_layer_name(name)?;
    if !args.replace && project.catalog().layers.contains_key(name) {
        bail!("layer '{name}' exists already; use --replace to overwrite it");
    }
    if let Some(d) = &args.as_of {
        check_date(d)?;
    }
    let files = expand(paths)?;
    let mut opts = ImportOptions::new(project.crs().clone());
    opts.source_crs = args.source_crs.as_deref().map(Crs::parse).transpose()?;
    opts.skip_invalid = args.skip_invalid;
    opts.csv = CsvOptions {
        x: args.x.clone(),
        y: args.y.clone(),
        wkt: args.wkt.clone(),
        delimiter: None,
    };
    opts.gdal_layer = args.source_layer.clone();

    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    let pb = progress_bar(quiet, total, format!("importing {name}"));
    // Hash the sources on a second thread while they are read.
    let (imported, hashes) = std::thread::scope(|s| {
        let hasher = s.spawn(|| {
            files
                .iter()
                .map(|f| sha256_file(f))
                .collect::<Result<Vec<_>, _>>()
        });
        let imported = read_sources(&files, &opts, &Bar(pb.clone()));
        (imported, hasher.join())
    });
    let imported = imported?;
    let hashes = hashes.map_err(|_| anyhow::anyhow!("hashing the sources failed"))??;
    pb.finish_and_clear();

    let kind = if imported.is_table {
        LayerKind::Table
    } else {
        LayerKind::Vector
    };
    let mut entry = LayerEntry::new(kind);
    let mut crss: Vec<String> = imported
        .sources
        .iter()
        .filter_map(|s| s.crs.as_ref().map(ToString::to_string))
        .collect();
    crss.dedup();
    entry.source_crs = crss.join(", ");
    entry.licence.clone_from(&args.licence);
    entry.attribution.clone_from(&args.attribution);
    entry.as_of = args.as_of.clone().unwrap_or_default();
    entry.public = !args.internal;
    entry.invalid_geometries = imported.report.invalid;
    entry.skipped = imported.report.skipped;
    entry.provenance = std::env::args().collect::<Vec<_>>().join(" ");
    entry.sources = source_entries(&imported.sources, hashes);
    let count = imported.layer.features.len();
    project.write_layer(name, &imported.layer, entry, args.replace)?;
    let r = &imported.report;
    say(
        quiet,
        format!(
            "imported {count} {} from {} file(s) into '{name}'{}",
            if imported.is_table {
                "rows"
            } else {
                "features"
            },
            files.len(),
            if imported.is_table {
                String::new()
            } else {
                format!(" ({})", project.crs())
            }
        ),
    );
    if r.invalid > 0 {
        say(
            quiet,
            format!(
                "  {} invalid geometr{} ({}){}",
                r.invalid,
                if r.invalid == 1 { "y" } else { "ies" },
                r.reasons
                    .iter()
                    .map(|(k, v)| format!("{v} x {k}"))
                    .collect::<Vec<_>>()
                    .join("; "),
                if r.skipped > 0 {
                    format!(", {} skipped", r.skipped)
                } else {
                    ", kept (use --skip-invalid to drop them)".to_string()
                }
            ),
        );
        for e in r.examples.iter().take(3) {
            say(quiet, format!("    e.g. {e}"));
        }
    }
    Ok(())
}

pub(crate) fn check_date(d: &str) -> Result<()> {
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
        bail!("--as-of must be a date YYYY-MM-DD, got '{d}'")
    }
}

/// A byte progress bar (hidden with --quiet).
pub(crate) fn progress_bar(quiet: bool, total: u64, msg: String) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(total);
    pb.set_style(
        indicatif::ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} ({elapsed})",
        )
        .map_or_else(
            |_| indicatif::ProgressStyle::default_bar(),
            |s| s.progress_chars("=> "),
        ),
    );
    pb.set_message(msg);
    pb
}

/// Catalog entries of the source files, with their hashes (in the same order).
pub(crate) fn source_entries(
    sources: &[saale_ingest::SourceInfo],
    hashes: Vec<(String, u64)>,
) -> Vec<SourceEntry> {
    sources
        .iter()
        .zip(hashes)
        .map(|(s, (sha256, bytes))| SourceEntry {
            path: s.path.display().to_string(),
            format: s.format.clone(),
            sha256,
            bytes,
            features: s.features,
        })
        .collect()
}
