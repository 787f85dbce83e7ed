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
//! [`boundary::holds`] decides, in one place, which polygons hold a point: a point strictly
//! inside several (overlapping) polygons is held by each; a point on a boundary is held by a
//! polygon exactly when the point shifted by an infinitesimal step in +x (then +y on ties)
//! lies inside it. Two polygons sharing an edge get a point of that edge exactly once, so
//! counts over a partition (districts, grid cells) add up to the point total, and over
//! overlapping polygons to the number of (point, polygon) pairs. [`count_points`], grid
//! aggregation, coverage per district and the indicators' sums per district use it.
//! [`spatial_join`] keeps the meaning of its predicate: `intersects` reports a boundary point
//! in both polygons, `within` in neither.

pub mod boundary;
mod error;
mod grid;
pub mod indicators;
mod join;
mod nearest;
mod network;
mod overlay;
/// Hillshades from DEMs (GDAL DEMProcessing).
pub mod terrain;
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
