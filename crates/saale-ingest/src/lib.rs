//! Readers: every supported format into [`saale_model::Layer`]s in the project's working CRS.
//!
//! [`read_sources`] is the entry point: it detects each file's format ([`Format::detect`]),
//! reads the files in parallel (rayon), reprojects every geometry to the target CRS with PROJ,
//! checks geometries, and merges the files into one layer with a union schema.
//!
//! # Runtime
//! Files are read in parallel; coordinates are transformed in batches of several thousand
//! features per PROJ call, on all cores.

mod archive;
mod building3d;
mod citygml;
mod cityjson;
mod codes;
mod csv;
mod dataset;
mod error;
mod flatgeobuf;
mod format;
#[doc(hidden)]
pub mod fuzzing;
mod gdal;
mod geojson;
mod geoparquet;
mod gml;
mod nas;
/// The ALKIS object id of a NAS gml:id (its first 16 characters).
pub use nas::oid as nas_object_id;
mod osm;
/// Incremental OpenStreetMap: the raw data of an import in a compact store, change files applied.
pub mod osmstore;
/// Catching third-party panics without printing them.
mod quiet_panic;
mod read;
/// Sources that are not local files (HTTP, WFS, OGC API Features, PostGIS), read through GDAL.
pub mod remote;
mod simple;
mod validate;
mod xml;
mod xplan;
mod zensus;

/// CSV reading options (geometry columns, delimiter).
pub use crate::csv::CsvOptions;
/// City formats with typed layers (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus).
pub use dataset::{
    building_surfaces, detect_family, read_dataset, ChangeKind, Dataset, DatasetLayer,
    DatasetOptions, DeliveryHeader, Family, FileSurfaces, ObjectChange,
};
/// Errors with file, feature and line context.
pub use error::{Error, Result};
/// Source formats and their detection.
pub use format::Format;
/// Reading many files into one layer.
pub use read::{
    merge_layers, parse_crs, read_source, read_sources, source_layers, BoundsCheck, ImportOptions,
    Imported, Progress, SourceInfo,
};
/// Geometry checks and the import report.
pub use validate::{check_geometry, ReadReport};
/// XPlanGML conformity check (`saale check`).
pub use xplan::{check_plan, PlanIssue, AREA_TOLERANCE};
