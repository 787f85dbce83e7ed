//! What the catalog knows of a raster layer (an orthophoto, a DEM, a hillshade): the vocabulary
//! shared by the store that writes it, the tile renderer that reads it and the programs that
//! show it. No IO.

use serde::{Deserialize, Serialize};

/// A raster layer's grid and bands, as read from its Cloud-Optimized GeoTIFF.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RasterInfo {
    /// CRS of the raster's grid (the source's CRS: rasters are not resampled on import),
    /// `EPSG:25832`.
    pub crs: String,
    /// Width in pixels.
    pub width: u64,
    /// Height in pixels.
    pub height: u64,
    /// Number of bands.
    pub bands: u32,
    /// GDAL data type of the bands (`Byte`, `Int16`, `Float32`, ...).
    pub data_type: String,
    /// The no-data value of band 1, if one is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nodata: Option<f64>,
    /// Pixel size `[x, y]` in the raster CRS's units (both positive).
    pub resolution: [f64; 2],
    /// Extent `[min_x, min_y, max_x, max_y]` in the raster's CRS.
    pub extent: [f64; 4],
    /// Overview levels in the file, as decimation factors (`[2, 4, 8]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overviews: Vec<u32>,
    /// Minimum and maximum of band 1 (valid pixels), used to stretch single-band rasters
    /// of other types than `Byte` (elevations) to grey values in tiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// What the bands show: `image` (colour or grey values), `elevation` (a DEM) or
    /// `hillshade` (grey values derived from a DEM).
    pub role: RasterRole,
}

/// What a raster layer's pixels mean, which decides how tiles are resampled and coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RasterRole {
    /// Colour or grey values (an orthophoto): bilinear resampling, shown as they are.
    Image,
    /// Heights (a DEM): bilinear resampling, shown as grey values stretched over the range.
    Elevation,
    /// Grey shading derived from a DEM.
    Hillshade,
}

impl RasterRole {
    /// The role's name as the catalog writes it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            RasterRole::Image => "image",
            RasterRole::Elevation => "elevation",
            RasterRole::Hillshade => "hillshade",
        }
    }
}
