//! The project store: a directory holding `saale.toml` (the catalog) and `layers/*.fgb`
//! (one FlatGeobuf file with packed R-tree per layer, openable in QGIS as it is).
//!
//! Every write is atomic: layer files are written under `.tmp/`, synced, renamed into
//! `layers/` under a fresh name, and only then is the catalog replaced by renaming a synced
//! temporary file over `saale.toml`. A failed or killed write leaves the catalog, and every
//! file it references, exactly as they were; leftovers are removed by the next write.
//!
//! A rewrite keeps the previous file as an earlier version of the layer (listed in its
//! catalog entry, at most `[versions] keep` of them, 5 unless set): versions can be read
//! ([`Project::read_version`]) and made current again ([`Project::rollback_layer`]), and
//! garbage collection keeps every file the catalog lists, current or earlier.

mod catalog;
mod error;
mod export;
mod fgb;
mod postgis;
mod project;
pub mod style;

/// The catalog (`saale.toml`) and its per-layer entries.
pub use catalog::{
    modified_ns, AppliedDelivery, Catalog, DeliveryFile, InputVersion, LayerEntry, LayerKind,
    LayerVersion, OutputEntry, ProjectSection, Provenance, ServerSection, SourceEntry,
    VersionsSection,
};
/// Errors with the path and what went wrong.
pub use error::{Error, Result};
/// Writing layers to files in every export format.
pub use export::{export_layer, export_layer_styled, ExportFormat};
/// Writing layers into PostGIS tables.
pub use postgis::{export_postgis, PgTarget};
/// Opening, creating and writing projects.
pub use project::{now_rfc3339, sha256_file, today, validate_layer_name, Project, CATALOG};
/// QGIS styles (QML, SLD) from the MapLibre styles.
pub use style::{builtin_style, LayerStyle};
