use std::path::PathBuf;

/// Errors of the project-level operations. Typed, without words of a user interface: a
/// program adds its own hints (which flag to pass) by matching the variant.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The project store failed (unknown layer or field, IO, catalog).
    #[error(transparent)]
    Store(#[from] saale_store::Error),
    /// An analysis kernel refused its input.
    #[error(transparent)]
    Analysis(#[from] saale_analysis::Error),
    /// A reader failed.
    #[error(transparent)]
    Ingest(#[from] saale_ingest::Error),
    /// A CRS could not be parsed or used.
    #[error(transparent)]
    Crs(#[from] saale_crs::Error),
    /// A tile pyramid could not be built.
    #[error(transparent)]
    Tiles(#[from] saale_tiles::Error),
    /// The result layer exists and replacing it was not asked for.
    #[error("layer '{name}' exists already")]
    LayerExists {
        /// The layer.
        name: String,
    },
    /// The target file exists and replacing it was not asked for.
    #[error("{} exists already", path.display())]
    FileExists {
        /// The file.
        path: PathBuf,
    },
    /// A layer without geometries where a step needs them.
    #[error("layer '{layer}' is a table without geometry; {verb} needs a layer with geometries")]
    Table {
        /// The layer.
        layer: String,
        /// The step.
        verb: String,
    },
    /// A layer without the geometry types a step needs.
    #[error("layer '{layer}' has no {what} (it holds {held}); {verb} needs {what} there")]
    MissingGeometry {
        /// The layer.
        layer: String,
        /// What it holds (`7 LineString, 203 Point`).
        held: String,
        /// The step.
        verb: String,
        /// What is needed (`polygons`).
        what: String,
    },
    /// The access rule refuses the output.
    #[error("layer '{layer}' is not released to {output}: {reason}")]
    Withheld {
        /// The layer.
        layer: String,
        /// The output (`an export`, `a report`, `a tile archive`).
        output: String,
        /// Why.
        reason: saale_privacy::Withheld,
    },
    /// A forecast failed (its table, its horizon).
    #[error(transparent)]
    Forecast(#[from] saale_forecast::Error),
    /// A parameter of a step is invalid.
    #[error("{0}")]
    Invalid(String),
    /// A layer was made by a step that cannot be replayed.
    #[error("layer '{layer}' cannot be replayed: {reason}")]
    NotReplayable {
        /// The layer.
        layer: String,
        /// Why.
        reason: String,
    },
    /// Writing or reading a file failed.
    #[error("{}: {reason}", path.display())]
    File {
        /// The file (the user's path).
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A source with several layers was to be merged into one layer: which one is unknown.
    #[error(
        "{}: it holds {} layers ({}); name the source layer to read, or import the file on its \
         own to get one layer per source layer",
        path.display(),
        layers.len(),
        layers.join(", ")
    )]
    SeveralLayers {
        /// The file.
        path: PathBuf,
        /// Its layers.
        layers: Vec<String>,
    },
}

impl Error {
    pub(crate) fn file(path: &std::path::Path, reason: impl std::fmt::Display) -> Self {
        Error::File {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        }
    }
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
