/// Errors of the analysis functions.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A metric operation on a geographic CRS.
    #[error("{op} measures in metres and needs a projected CRS; the project uses {crs} (create the project with a projected working CRS such as EPSG:25832)")]
    GeographicCrs {
        /// The operation.
        op: String,
        /// The CRS.
        crs: String,
    },
    /// A field named on the command line does not exist.
    #[error("layer '{layer}' has no field '{field}' (fields: {available})")]
    NoSuchField {
        /// Layer name.
        layer: String,
        /// Field name.
        field: String,
        /// The layer's fields.
        available: String,
    },
    /// An argument is out of range or malformed.
    #[error("{0}")]
    Argument(String),
    /// A raster names no CRS and none was given.
    #[error("{}: the raster has no CRS; give its CRS (e.g. EPSG:4326)", path.display())]
    RasterWithoutCrs {
        /// The raster file.
        path: std::path::PathBuf,
    },
    /// A CRS problem (grids in EPSG:3035).
    #[error(transparent)]
    Crs(#[from] saale_crs::Error),
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
