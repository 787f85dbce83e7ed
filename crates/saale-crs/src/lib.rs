//! Coordinate reference systems: names and transformations.
//!
//! Transformations go through GDAL's OSR, so saale uses exactly the libproj that libgdal links
//! (one PROJ, one `proj.db`). Axis order is always x = east/longitude, y = north/latitude
//! (GDAL's "traditional GIS order"), whatever the CRS definition says.

mod crs;
mod extent;
mod transform;

/// A parsed coordinate reference system.
pub use crs::Crs;
/// The area of use of a CRS, widened, in its own coordinates.
pub use extent::{Extent, AREA_OF_USE_MARGIN_DEG};
/// Geometry transformation between two CRSs.
pub use transform::{egm96_undulation, transform_features_parallel, Transformer};

/// Errors of CRS parsing and transformation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The CRS name is not understood.
    #[error("unknown CRS '{name}': {reason}")]
    UnknownCrs {
        /// The name as given.
        name: String,
        /// Why it was rejected.
        reason: String,
    },
    /// PROJ could not transform coordinates.
    #[error("cannot transform coordinates from {from} to {to}: {reason}")]
    Transform {
        /// Source CRS.
        from: String,
        /// Target CRS.
        to: String,
        /// PROJ's message.
        reason: String,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
