//! FlatGeobuf for saale: the format of every layer file in a project, and an import and export
//! format. Files open in QGIS and GDAL as they are.
//!
//! - [`read_flatgeobuf`] / [`read_flatgeobuf_columns`] read a whole file (a few megabytes of
//!   features at a time, decoded on all cores, only the columns asked for);
//! - [`IndexedFgb`] reads only the features that query boxes reach through the file's packed
//!   R-tree;
//! - [`write_flatgeobuf`] / [`write_flatgeobuf_rows`] write a layer with a packed Hilbert
//!   R-tree, encoding on all cores and writing in one pass.
//!
//! The FlatBuffers tables are the `flatgeobuf` crate's generated ones; its reader and writer
//! are sequential and copy every feature, so the codec around the tables is written here.
//! Geometries are x/y (z and m are not kept); saale's field types map to FlatGeobuf columns as
//! bool, long, double, datetime and string (a date as a string).
//!
//! ```rust
//! use saale_crs::Crs;
//! use saale_fgb::{read_flatgeobuf, write_flatgeobuf};
//! use saale_model::geo_types::point;
//! use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let dir = tempfile::tempdir()?;
//! let path = dir.path().join("stops.fgb");
//! let layer = Layer {
//!     schema: Schema::from_fields([Field { name: "name".into(), ty: FieldType::String }]),
//!     features: vec![Feature {
//!         geometry: Some(Geometry::Point(point!(x: 681_512.0, y: 5_644_380.0))),
//!         values: vec![Value::String("Paradiesbahnhof".into())],
//!     }],
//! };
//! let written = write_flatgeobuf(&path, "stops", &layer, Some(&Crs::epsg(25832)))?;
//! assert_eq!(written.types["Point"], 1);
//!
//! let (back, crs) = read_flatgeobuf(&path)?;
//! assert_eq!(back.features, layer.features);
//! assert_eq!(crs, Some(Crs::epsg(25832)));
//! # Ok(())
//! # }
//! ```

mod error;
mod header;
mod index;
mod read;
mod write;

/// Errors naming the file and the feature or part of the file.
pub use error::{Error, Result};
/// Reading a file through its packed R-tree: only the features in given boxes.
pub use read::IndexedFgb;
/// Reading whole files, all columns or some.
pub use read::{read_flatgeobuf, read_flatgeobuf_columns};
/// Writing layers and rows, and what was written.
pub use write::{write_flatgeobuf, write_flatgeobuf_rows, Written};
