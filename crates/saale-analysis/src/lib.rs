//! Spatial analysis on layers, in parallel over R-tree indexes (rstar + rayon). Every function
//! takes layers in the project's (projected) working CRS and returns a new layer.
//!
//! Named after the QGIS Processing tools planners know: join attributes by location
//! ([`spatial_join`]), count points in polygon ([`count_points`]), join by nearest ([`nearest`]),
//! buffer ([`buffer`]), dissolve ([`dissolve`]), intersection/union/difference with area-weighted
//! interpolation ([`overlay`]), grids ([`grid`]), and walking-distance catchments and coverage
//! along a street network ([`Network`], [`catchment`], [`coverage`]).
//!
//! # Boundary rule
//! A point on the shared boundary of two polygons is counted once by [`count_points`]: it goes
//! to the polygon whose interior contains it, else to the first polygon (in layer order) whose
//! boundary it lies on. [`spatial_join`] with `intersects` reports it in both (that is what
//! the predicate says); `within` reports it in neither.

mod error;
mod grid;
pub mod indicators;
mod join;
mod nearest;
mod network;
mod overlay;
mod util;
mod zonal;

pub use error::{Error, Result};
pub use grid::{grid, GridAggregate, GridKind, GridSpec, MAX_CELLS};
pub use join::{count_points, count_points_rows, spatial_join, Aggregate, Predicate};
pub use nearest::{nearest, nearest_rows, NearestRows};
pub use network::{catchment, coverage, distances_to_nearest, Network, Snap};
pub use overlay::{buffer, dissolve, overlay, overlay_rows, OverlayMode, OverlayRows};
pub use util::require_projected;
pub use zonal::{zonal, ZonalStat};
