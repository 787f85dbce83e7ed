use std::path::PathBuf;

/// Errors of the readers. Each names the file and, where it applies, the feature or line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{path}: cannot read file: {error}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error (printed in the message, not repeated as a cause).
        error: std::io::Error,
    },
    /// The file's format is not recognised or not supported.
    #[error("{path}: {reason}")]
    UnknownFormat {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// The file is malformed at a position.
    #[error("{path}: {location}: {reason}")]
    Malformed {
        /// The file.
        path: PathBuf,
        /// `line 12, column 4`, `feature 17`, or `header`.
        location: String,
        /// What is wrong.
        reason: String,
    },
    /// A CRS problem (unknown CRS, transformation failure).
    #[error("{path}: {location}{cause}")]
    Crs {
        /// The file.
        path: PathBuf,
        /// Empty, or `feature 3: `.
        location: String,
        /// The CRS error (part of the message, not a separate cause).
        cause: saale_crs::Error,
    },
    /// A coordinate lies outside the area of use of the source CRS (widened by a wide margin):
    /// the CRS is wrong, the axes are swapped, or the value is nonsense.
    #[error(
        "{path}: {location}: coordinate ({}, {}) lies outside the area of use of {crs} \
         ({range}): the source CRS is probably wrong",
        number(.coord[0]),
        number(.coord[1])
    )]
    OutOfBounds {
        /// The file.
        path: PathBuf,
        /// `feature 17`.
        location: String,
        /// The coordinate (x, y) as the file gives it.
        coord: [f64; 2],
        /// The source CRS.
        crs: String,
        /// The accepted range, as text (the widened area in degrees and in the CRS's units).
        range: String,
    },
    /// Reading the file would exceed a budget (an archive expanding far beyond its size).
    #[error("{path}: {reason}")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// What exceeds which budget.
        reason: String,
    },
    /// A FlatGeobuf file cannot be read (names the file and the feature).
    #[error(transparent)]
    Fgb(#[from] saale_fgb::Error),
    /// A remote source (HTTP, WFS, OAPIF, PostGIS) cannot be used as given or reached.
    #[error("{name}: {reason}")]
    Remote {
        /// The source as recorded (never with a password).
        name: String,
        /// What is wrong.
        reason: String,
    },
    /// GDAL reported an error.
    #[error("{path}: GDAL: {reason}")]
    Gdal {
        /// The file.
        path: PathBuf,
        /// GDAL's message.
        reason: String,
    },
}

/// A coordinate as text: plain for ordinary values, in exponent form for huge or tiny ones.
fn number(v: f64) -> String {
    if v != 0.0 && !(1e-3..1e12).contains(&v.abs()) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

impl Error {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            error: source,
        }
    }

    pub(crate) fn malformed(
        path: &std::path::Path,
        location: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Error::Malformed {
            path: path.to_path_buf(),
            location: location.into(),
            reason: reason.into(),
        }
    }

    /// Run a third-party decoder that panics on some hostile inputs instead of returning an
    /// error (the `parquet` crate's page decoder, `osmpbf`'s coordinate arithmetic): a panic
    /// becomes an error naming the file, so a bad file cannot take the process down. The panic
    /// is not printed ([`crate::quiet_panic`]); work handed to other threads must be guarded
    /// there.
    pub(crate) fn guarded<T>(
        path: &std::path::Path,
        what: &str,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        crate::quiet_panic::catch(f).unwrap_or_else(|msg| {
            Err(Error::malformed(
                path,
                "data",
                format!("not a readable {what} file: the decoder failed ({msg})"),
            ))
        })
    }

    pub(crate) fn crs(path: &std::path::Path, location: String, source: saale_crs::Error) -> Self {
        Error::Crs {
            path: path.to_path_buf(),
            location,
            cause: source,
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
