//! Vocabulary of saale, with no IO: what a feature, an attribute value, a schema and an extent are.
//!
//! Every other crate speaks in these types. Geometries are [`geo_types::Geometry<f64>`] with
//! x = east/longitude and y = north/latitude, always.

mod bbox;
mod clip;
mod coords;
mod feature;
pub mod geojson;
mod join;
mod raster;
mod report;
mod rows;
mod schema;
pub mod solid;
mod value;
mod wkb;

/// Axis-aligned extent of coordinates.
pub use bbox::Bbox;
/// Clipping polygons to a rectangle (Sutherland-Hodgman).
pub use clip::{clip_multipolygon, clip_ring};
/// Visit every coordinate of a geometry, mutably or not.
pub use coords::{for_each_coord, for_each_coord_mut, geometry_kind};
/// One feature: an optional geometry plus values in schema order.
pub use feature::{Feature, Layer};
/// Join an attribute table onto a layer by key.
pub use join::{join_attributes, JoinResult};
/// What the catalog knows of a raster layer (grid, bands, no-data, role).
pub use raster::{RasterInfo, RasterRole};
/// The import report of a city-format delivery (read, written, repaired, skipped).
pub use report::DatasetReport;
/// A layer produced row by row (results the store encodes without building them).
pub use rows::{Rows, WithColumns};
/// Attribute fields and their types; merging schemas of several sources.
pub use schema::{unique_field_names, Field, FieldType, Schema};
/// The 3D surfaces of a building (walls, roofs) for the 3D outputs.
pub use solid::{BuildingSurfaces, Surface3, SurfaceKind};
/// One attribute value.
pub use value::Value;
/// WKB and WKT encodings of geometries, shared by readers and writers.
pub use wkb::{
    geometry_from_wkb, geometry_from_wkt, geometry_to_wkb, geometry_to_wkt, MAX_WKT_DEPTH,
};

/// Re-export of the geometry types the model uses.
pub use geo_types::{self, Geometry};
