//! Terrain: a hillshade from a DEM with GDAL's DEMProcessing (`gdaldem hillshade`), the same
//! algorithm (Horn's slope, the combined azimuth and altitude of the light) and defaults.

use std::path::Path;

use gdal::raster::processing::dem::{hillshade as gdal_hillshade, HillshadeOptions};
use gdal::Dataset;

use crate::{Error, Result};

/// How a hillshade is lit and scaled, as `gdaldem hillshade` takes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hillshade {
    /// Vertical exaggeration (`-z`, default 1).
    pub z_factor: f64,
    /// Ratio of horizontal units to heights (`-s`): 1 for metres over metres, 111120 for
    /// degrees over metres (a DEM in EPSG:4326).
    pub scale: f64,
    /// Direction of the light in degrees clockwise from north (`-az`, default 315).
    pub azimuth: f64,
    /// Height of the light above the horizon in degrees (`-alt`, default 45).
    pub altitude: f64,
}

impl Default for Hillshade {
    fn default() -> Self {
        Hillshade {
            z_factor: 1.0,
            scale: 1.0,
            azimuth: 315.0,
            altitude: 45.0,
        }
    }
}

/// Write the hillshade of band 1 of the DEM at `dem` to a GeoTIFF at `dst`: one byte band,
/// 1 (shadow) to 255 (lit), 0 as no-data on the edge pixels and where the DEM has no data;
/// the grid and CRS of the DEM.
///
/// # Errors
/// [`Error::Argument`] naming the file and GDAL's message, or for parameters out of range.
pub fn hillshade(dem: &Path, dst: &Path, h: &Hillshade) -> Result<()> {
    let finite = [h.z_factor, h.scale, h.azimuth, h.altitude]
        .iter()
        .all(|v| v.is_finite());
    if !finite || h.z_factor <= 0.0 || h.scale <= 0.0 || !(0.0..=90.0).contains(&h.altitude) {
        return Err(Error::Argument(format!(
            "hillshade: z factor and scale must be positive and the altitude 0 to 90 degrees \
             (got z {}, scale {}, altitude {})",
            h.z_factor, h.scale, h.altitude
        )));
    }
    let ds =
        Dataset::open(dem).map_err(|e| Error::Argument(format!("{}: GDAL: {e}", dem.display())))?;
    let mut o = HillshadeOptions::new();
    o.with_z_factor(h.z_factor)
        .with_scale(h.scale)
        .with_azimuth(h.azimuth.rem_euclid(360.0))
        .with_altitude(h.altitude)
        .with_output_format("GTiff");
    gdal_hillshade(&ds, dst, &o)
        .map(drop)
        .map_err(|e| Error::Argument(format!("{}: hillshade: GDAL: {e}", dem.display())))
}
