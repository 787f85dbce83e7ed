//! The project-level library of saale: every verb as a function over a [`Project`] with typed
//! parameters, returning an [`Outcome`] (what was written, headline figures, warnings) and
//! recording structured, replayable provenance in the catalog. The command line, the server's
//! processes, `saale refresh` and the Python bindings all call this; none of it prints.
//!
//! - [`run`] a [`Step`] (analysis, indicator, join-attributes) into a [`Target`];
//!   [`replay`] runs a layer's recorded step again.
//! - [`import()`] files into layers, [`export()`] a layer to a file, [`report`] districts.
//! - [`raster`]: GeoTIFFs imported as Cloud-Optimized GeoTIFF layers, the hillshade of a DEM.
//! - [`status`] of every layer (current, stale, outdated, broken) and [`refresh`]: re-import
//!   changed sources and replay what depends on them.
//! - [`versions`]: list the kept versions of a layer, [`versions::diff`] two of them,
//!   [`versions::rollback`] to an earlier one.
//! - [`gate`]: the one access gate every output passes (export, report, files of steps, tile
//!   archives, the server); the rule itself is [`saale_privacy::Access::release`].
//!
//! ```
//! use saale_ops::{run, CountParams, Step, Target};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! let mut p = saale_store::Project::init(dir.path(), &saale_crs::Crs::parse("EPSG:25832")?, None)?;
//! // Two squares and three points near Jena, written as GeoJSON and imported.
//! let sq = |x: f64| format!(
//!     r#"{{"type":"Feature","properties":{{"id":{x}}},"geometry":{{"type":"Polygon","coordinates":[[[{x1},5640000],[{x2},5640000],[{x2},5640010],[{x1},5640010],[{x1},5640000]]]}}}}"#,
//!     x1 = 680000.0 + x, x2 = 680010.0 + x);
//! let pt = |x: f64| format!(
//!     r#"{{"type":"Feature","properties":{{}},"geometry":{{"type":"Point","coordinates":[{x},5640005]}}}}"#,
//!     x = 680000.0 + x);
//! let fc = |f: Vec<String>| format!(
//!     r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"EPSG:25832"}}}},"features":[{}]}}"#,
//!     f.join(","));
//! std::fs::write(dir.path().join("sq.geojson"), fc(vec![sq(0.0), sq(10.0)]))?;
//! std::fs::write(dir.path().join("pt.geojson"), fc(vec![pt(1.0), pt(2.0), pt(15.0)]))?;
//! for n in ["sq", "pt"] {
//!     let mut a = saale_ops::ImportParams::new(vec![dir.path().join(format!("{n}.geojson"))]);
//!     a.layer = Some(n.into());
//!     saale_ops::import(&mut p, &a, &())?;
//! }
//! let step = Step::Count(CountParams { polygons: "sq".into(), points: "pt".into(), weight: None });
//! let out = run(&mut p, &step, &Target::layer("counts"))?;
//! assert_eq!(out.features, 2);
//! // Per square (by its id, as the layer file is ordered along a Hilbert curve): the count.
//! let values = |p: &saale_store::Project| -> Result<Vec<(i64, f64)>, Box<dyn std::error::Error>> {
//!     let l = p.read_layer("counts")?;
//!     let (id, n) = (l.schema.index_of("id").ok_or("no id")?, l.schema.index_of("count").ok_or("no count")?);
//!     let mut v: Vec<(i64, f64)> = l.features.iter()
//!         .filter_map(|f| Some((f.value(id).as_f64()? as i64, f.value(n).as_f64()?)))
//!         .collect();
//!     v.sort_by_key(|x| x.0);
//!     Ok(v)
//! };
//! assert_eq!(values(&p)?, vec![(0, 2.0), (10, 1.0)]);
//! // The catalog records the step; replaying it gives the same layer.
//! assert_eq!(p.entry("counts")?.provenance.verb(), "count");
//! saale_ops::replay(&mut p, "counts")?;
//! assert_eq!(values(&p)?, vec![(0, 2.0), (10, 1.0)]);
//! # Ok(()) }
//! ```

pub mod access;
mod analysis;
mod attributes;
pub mod build;
pub mod describe;
mod error;
pub mod export;
pub mod forecast;
pub mod gate;
pub mod import;
mod indicator;
pub mod nba;
pub mod osm;
pub mod outcome;
pub mod outputs;
pub mod raster;
pub mod refresh;
pub mod report;
pub mod step;
pub mod tiles;
pub mod tiles3d;
pub mod versions;
mod write;

use std::path::{Path, PathBuf};

pub use error::{Error, Result};
pub use export::{export, export_postgis, ExportParams, PostgisParams};
pub use import::{import, ImportParams, Progress};
pub use indicator::selection;
pub use outcome::{Outcome, Suppressed, Written};
pub use refresh::{refresh, status, LayerStatus, Refreshed, State};
pub use saale_privacy::{Access, Level, View, Withheld};
pub use saale_store::Project;
pub use step::*;
pub use versions::DiffParams;

/// Run a step into a target: read its inputs, compute, write the result (a layer with its
/// catalog entry and provenance, or a file through the gate).
///
/// # Errors
/// [`Error::LayerExists`]/[`Error::FileExists`] unless the target replaces; the errors of
/// the step's inputs and kernels.
pub fn run(project: &mut Project, step: &Step, target: &Target) -> Result<Outcome> {
    write::check_target(project, target)?;
    match step {
        Step::Join(a) => analysis::join(project, step, a, target),
        Step::Count(a) => analysis::count(project, step, a, target),
        Step::Nearest(a) => analysis::nearest(project, step, a, target),
        Step::Buffer(a) => analysis::buffer(project, step, a, target),
        Step::Dissolve(a) => analysis::dissolve(project, step, a, target),
        Step::Overlay(a) => analysis::overlay(project, step, a, target),
        Step::Catchment(a) => analysis::catchment(project, step, a, target),
        Step::Coverage(a) => analysis::coverage(project, step, a, target),
        Step::Zonal(a) => analysis::zonal(project, step, a, target),
        Step::Grid(a) => analysis::grid(project, step, a, target),
        Step::JoinAttributes(a) => attributes::join_attributes(project, step, a, target),
        Step::IndicatorLanduse(a) => indicator::landuse(project, step, a, target),
        Step::IndicatorStopCoverage(a) => indicator::stop_coverage(project, step, a, target),
        Step::IndicatorGreen(a) => indicator::green(project, step, a, target),
        Step::IndicatorKpis(a) => indicator::kpis(project, step, a, target),
        Step::IndicatorSolar(a) => indicator::solar(project, step, a, target),
        Step::IndicatorDensity(a) => indicator::density(project, step, a, target),
        Step::IndicatorInfill(a) => indicator::infill(project, step, a, target),
        Step::Diff(a) => versions::run(project, step, a, target),
        Step::Hillshade(a) => raster::hillshade(project, step, a, target),
    }
}

/// The step recorded in a layer's provenance.
///
/// # Errors
/// [`Error::NotReplayable`] when the layer was imported, or made before steps were recorded.
pub fn recorded_step(project: &Project, layer: &str) -> Result<Step> {
    let prov = &project.entry(layer)?.provenance;
    let not = |reason: String| Error::NotReplayable {
        layer: layer.to_string(),
        reason,
    };
    let table = prov
        .step
        .clone()
        .ok_or_else(|| not("no step is recorded (made before saale recorded steps)".into()))?;
    if table.get("verb").and_then(toml::Value::as_str) == Some("import") {
        return Err(not(
            "it was imported; its sources are re-read by importing them again".into(),
        ));
    }
    serde::Deserialize::deserialize(toml::Value::Table(table))
        .map_err(|e: toml::de::Error| not(format!("the recorded step is not understood: {e}")))
}

/// Run the step recorded for `layer` again, replacing it: the same verb with the same
/// parameters over the current versions of its inputs.
///
/// # Errors
/// [`Error::NotReplayable`]; the errors of [`run`].
pub fn replay(project: &mut Project, layer: &str) -> Result<Outcome> {
    let step = recorded_step(project, layer)?;
    run(
        project,
        &step,
        &Target::Layer {
            name: layer.to_string(),
            replace: true,
        },
    )
}

/// A path given by a user (relative to the current directory) as the catalog records it:
/// relative to the project when it lies inside, else absolute.
#[must_use]
pub fn project_path(project: &Project, path: &Path) -> PathBuf {
    // A remote source (`PG:...`, `WFS:https://...`) is not a path: kept as given.
    if saale_ingest::remote::Remote::parse(&path.to_string_lossy()).is_some() {
        return path.to_path_buf();
    }
    let abs = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    let dir = std::fs::canonicalize(project.dir()).unwrap_or_else(|_| project.dir().to_path_buf());
    abs.strip_prefix(&dir)
        .map_or(abs.clone(), Path::to_path_buf)
}
