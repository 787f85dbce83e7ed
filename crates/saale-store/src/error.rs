use std::path::PathBuf;

/// Errors of the project store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// File system error on a path.
    #[error("{path}: {error}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The OS error (printed in the message, not repeated as a cause).
        error: std::io::Error,
    },
    /// The directory is not a saale project.
    #[error("{path} is not a saale project (no saale.toml)")]
    NotAProject {
        /// The directory.
        path: PathBuf,
    },
    /// The catalog cannot be parsed.
    #[error("{path}: invalid catalog: {reason}")]
    Catalog {
        /// The catalog file.
        path: PathBuf,
        /// What is wrong (names the key).
        reason: String,
    },
    /// A layer is unknown.
    #[error("no layer '{name}' in the project (layers: {known})")]
    NoSuchLayer {
        /// The name asked for.
        name: String,
        /// Known layer names.
        known: String,
    },
    /// A layer has no field of the name asked for.
    #[error("layer '{layer}' has no field '{field}' (fields: {known})")]
    NoSuchField {
        /// The layer.
        layer: String,
        /// The name asked for.
        field: String,
        /// The layer's fields.
        known: String,
    },
    /// A layer has no version of the name or index asked for.
    #[error("layer '{layer}' has no version '{version}' (versions: {known})")]
    NoSuchVersion {
        /// The layer.
        layer: String,
        /// The version asked for.
        version: String,
        /// The versions there are: index and file.
        known: String,
    },
    /// A layer exists and replacing it was not asked for.
    #[error("layer '{name}' exists already")]
    LayerExists {
        /// The layer.
        name: String,
    },
    /// A name or argument is invalid.
    #[error("{0}")]
    Invalid(String),
    /// Reading or writing a FlatGeobuf file (a layer file or an export) failed.
    #[error(transparent)]
    Fgb(#[from] saale_fgb::Error),
    /// A CRS problem.
    #[error(transparent)]
    Crs(#[from] saale_crs::Error),
    /// A PostgreSQL table exists and replacing it was not asked for.
    #[error("table '{table}' exists already")]
    TableExists {
        /// The table.
        table: String,
    },
    /// Writing into PostgreSQL failed (nothing was changed).
    #[error("PostGIS table '{table}': {reason}")]
    Postgis {
        /// The table.
        table: String,
        /// GDAL's or the server's message.
        reason: String,
    },
    /// A raster cannot be read or written (a corrupt or truncated GeoTIFF): the file and
    /// GDAL's message.
    #[error("{path}: {reason}")]
    Raster {
        /// The file.
        path: PathBuf,
        /// What failed, with GDAL's message.
        reason: String,
    },
    /// Writing a file failed in an encoder.
    #[error("{path}: cannot write: {reason}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The encoder's message.
        reason: String,
    },
}

impl Error {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            error: source,
        }
    }
    pub(crate) fn write(path: &std::path::Path, reason: impl ToString) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
