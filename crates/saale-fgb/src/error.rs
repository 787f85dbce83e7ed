//! Errors of reading and writing FlatGeobuf files. Each names the file and, where it applies,
//! the feature or the part of the file.

use std::path::{Path, PathBuf};

/// Errors of reading and writing FlatGeobuf files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file could not be opened or read.
    #[error("{path}: cannot read file: {error}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error (printed in the message, not repeated as a cause).
        error: std::io::Error,
    },
    /// The file is malformed at a position.
    #[error("{path}: {location}: {reason}")]
    Malformed {
        /// The file.
        path: PathBuf,
        /// `header`, `index` or `feature 17`.
        location: String,
        /// What is wrong.
        reason: String,
    },
    /// The file could not be created, written or synced.
    #[error("{path}: {error}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error (printed in the message, not repeated as a cause).
        error: std::io::Error,
    },
    /// The layer cannot be encoded (too many features, or the `flatgeobuf` crate's writer
    /// refused a feature).
    #[error("{path}: cannot write: {reason}")]
    Encode {
        /// The file.
        path: PathBuf,
        /// What the encoder said, with the feature where it applies.
        reason: String,
    },
}

impl Error {
    pub(crate) fn read(path: &Path, source: std::io::Error) -> Self {
        Error::Read {
            path: path.to_path_buf(),
            error: source,
        }
    }

    pub(crate) fn malformed(
        path: &Path,
        location: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Error::Malformed {
            path: path.to_path_buf(),
            location: location.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn write(path: &Path, source: std::io::Error) -> Self {
        Error::Write {
            path: path.to_path_buf(),
            error: source,
        }
    }

    pub(crate) fn encode(path: &Path, reason: impl ToString) -> Self {
        Error::Encode {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
