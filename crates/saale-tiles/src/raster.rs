//! Raster tiles (PNG, JPEG, WebP) from the Cloud-Optimized GeoTIFF of a raster layer, read
//! through GDAL: the tile's window is warped (GDAL's warper, bilinear) from the overview level
//! whose resolution is the finest not coarser than the tile's, into a 256 x 256 grid of the
//! tile matrix set (WebMercatorQuad or the AdV grid for EPSG:25832), then encoded by GDAL's
//! PNG, JPEG or WEBP driver in memory.
//!
//! Pixels the raster does not cover (outside its extent, or its no-data) are transparent in
//! PNG and WebP and white in JPEG; a tile without a single covered pixel is `None` (the server
//! answers 204 No Content, as for empty vector tiles).
//!
//! # Runtime
//! One tile reads the COG blocks of one overview level under the tile (a few 256 x 256 blocks)
//! and warps 65,536 pixels: a few milliseconds.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use gdal::raster::Buffer;
use gdal::{Dataset, DatasetOptions, DriverManager, GdalOpenFlags};
use saale_crs::{Crs, Transformer};
use saale_model::{Bbox, RasterInfo, RasterRole};

/// Width and height of a raster tile in pixels.
pub const TILE_SIZE: usize = 256;

/// Value the warp target is filled with before warping: pixels still holding it were not
/// covered by the source.
const UNCOVERED: f32 = -3.0e38;

/// An image format of raster tiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ImageFormat {
    /// PNG with alpha (lossless).
    Png,
    /// JPEG (no alpha: uncovered pixels are white), quality 85.
    Jpeg,
    /// WebP with alpha, quality 85.
    Webp,
}

impl ImageFormat {
    /// The format a file extension names (`png`, `jpg`/`jpeg`, `webp`).
    #[must_use]
    pub fn from_extension(ext: &str) -> Option<ImageFormat> {
        match ext.to_ascii_lowercase().as_str() {
            "png" => Some(ImageFormat::Png),
            "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
            "webp" => Some(ImageFormat::Webp),
            _ => None,
        }
    }

    /// The usual extension (`png`, `jpg`, `webp`).
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Webp => "webp",
        }
    }

    /// The media type (`image/png`, ...).
    #[must_use]
    pub fn media_type(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Webp => "image/webp",
        }
    }

    fn driver(self) -> &'static str {
        match self {
            ImageFormat::Png => "PNG",
            ImageFormat::Jpeg => "JPEG",
            ImageFormat::Webp => "WEBP",
        }
    }
}

/// Errors of raster tiles: the file and GDAL's message.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RasterError {
    /// GDAL failed on the raster or the encoder.
    #[error("{path}: {what}: GDAL: {message}")]
    Gdal {
        /// The raster file.
        path: PathBuf,
        /// What was being done.
        what: String,
        /// GDAL's message.
        message: String,
    },
    /// The CRS of the raster or the tiles is not understood.
    #[error(transparent)]
    Crs(#[from] saale_crs::Error),
}

fn gdal_err(path: &Path, what: &str, e: impl std::fmt::Display) -> RasterError {
    RasterError::Gdal {
        path: path.to_path_buf(),
        what: what.to_string(),
        message: e.to_string(),
    }
}

/// The overview level to read for pixels `target_res` wide (in the raster CRS's units):
/// `None` for the full resolution, else the index of the coarsest overview that is not
/// coarser than the target (within 10 % of a level, that level), as `gdalwarp -ovr AUTO`
/// chooses.
#[must_use]
pub fn overview_for(info: &RasterInfo, target_res: f64) -> Option<usize> {
    let base = info.resolution[0].min(info.resolution[1]);
    if !(target_res.is_finite() && base > 0.0) {
        return None;
    }
    let ratio = target_res / base;
    let mut chosen = None;
    for (i, f) in info.overviews.iter().enumerate() {
        if f64::from(*f) <= ratio * 1.1 {
            chosen = Some(i);
        }
    }
    chosen
}

/// The size, in the raster CRS's units, of one pixel of `bounds` (in `tile_crs`), measured at
/// the raster's centre: a step of one tile pixel there, transformed back into the raster's CRS.
/// Measured at the raster rather than along the tile's outline, which at low zooms reaches
/// beyond the domain of the raster's projection. `None` when the transformation fails there.
fn source_pixel(
    info: &RasterInfo,
    bounds: &Bbox,
    tile_crs: &Crs,
    raster_crs: &Crs,
) -> Result<Option<f64>, RasterError> {
    let [x0, y0, x1, y1] = info.extent;
    let (mut xs, mut ys) = (vec![(x0 + x1) / 2.0], vec![(y0 + y1) / 2.0]);
    if Transformer::new(raster_crs, tile_crs)?
        .transform_coords(&mut xs, &mut ys)
        .is_err()
    {
        return Ok(None);
    }
    let step = (bounds.max_x - bounds.min_x) / TILE_SIZE as f64;
    let (mut bx, mut by) = (
        vec![xs[0], xs[0] + step, xs[0]],
        vec![ys[0], ys[0], ys[0] + step],
    );
    if Transformer::new(tile_crs, raster_crs)?
        .transform_coords(&mut bx, &mut by)
        .is_err()
    {
        return Ok(None);
    }
    let d = |i: usize| (bx[i] - bx[0]).hypot(by[i] - by[0]);
    let px = d(1).min(d(2));
    Ok(px.is_finite().then_some(px))
}

static MEM_FILES: AtomicU64 = AtomicU64::new(0);

/// Render one tile of the raster at `path` (described by `info`): the square `bounds` in
/// `tile_crs`, `TILE_SIZE` pixels wide, encoded as `format`. `None` when no pixel of the tile
/// is covered.
///
/// # Errors
/// [`RasterError`] naming the file and GDAL's message.
pub fn render_raster(
    path: &Path,
    info: &RasterInfo,
    tile_crs: &Crs,
    bounds: &Bbox,
    format: ImageFormat,
) -> Result<Option<Vec<u8>>, RasterError> {
    let raster_crs = Crs::parse(&info.crs)?;
    let level =
        source_pixel(info, bounds, tile_crs, &raster_crs)?.and_then(|px| overview_for(info, px));
    let level_opt = level.map(|l| format!("OVERVIEW_LEVEL={l}"));
    let opts: Vec<&str> = level_opt.iter().map(String::as_str).collect();
    let src = Dataset::open_ex(
        path,
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_RASTER | GdalOpenFlags::GDAL_OF_READONLY,
            open_options: (!opts.is_empty()).then_some(&opts[..]),
            ..Default::default()
        },
    )
    .map_err(|e| gdal_err(path, "cannot open the raster", e))?;
    let bands = src.raster_count().min(4);
    let alpha = alpha_band(&src, bands);
    let mem = DriverManager::get_driver_by_name("MEM")
        .map_err(|e| gdal_err(path, "GDAL's MEM driver is missing", e))?;
    let mut dst = mem
        .create_with_band_type::<f32, _>("", TILE_SIZE, TILE_SIZE, bands)
        .map_err(|e| gdal_err(path, "cannot create the tile", e))?;
    let res = (bounds.max_x - bounds.min_x) / TILE_SIZE as f64;
    dst.set_geo_transform(&[bounds.min_x, res, 0.0, bounds.max_y, 0.0, -res])
        .map_err(|e| gdal_err(path, "cannot set the tile's grid", e))?;
    dst.set_spatial_ref(&tile_crs.spatial_ref()?)
        .map_err(|e| gdal_err(path, "cannot set the tile's CRS", e))?;
    for b in 1..=bands {
        dst.rasterband(b)
            .and_then(|mut band| band.fill(f64::from(UNCOVERED), None))
            .map_err(|e| gdal_err(path, "cannot fill the tile", e))?;
    }
    gdal::raster::reproject(&src, &dst).map_err(|e| gdal_err(path, "cannot warp the tile", e))?;
    let mut planes = Vec::with_capacity(bands);
    for b in 1..=bands {
        let band = dst
            .rasterband(b)
            .map_err(|e| gdal_err(path, "cannot read the tile", e))?;
        let buf = band
            .read_as::<f32>((0, 0), (TILE_SIZE, TILE_SIZE), (TILE_SIZE, TILE_SIZE), None)
            .map_err(|e| gdal_err(path, "cannot read the tile", e))?;
        planes.push(buf.into_shape_and_vec().1);
    }
    let Some(rgba) = colour(info, &planes, alpha) else {
        return Ok(None);
    };
    encode(path, &rgba, format).map(Some)
}

/// Which of the first `bands` bands GDAL calls an alpha band (1-based), if any. Only a band
/// marked so is transparency: the fourth band of a German DOP (`DOP20RGBI`) or of a NAIP
/// image is near infrared, and taking it for alpha would make vegetation opaque and water
/// transparent.
fn alpha_band(src: &Dataset, bands: usize) -> Option<usize> {
    (2..=bands).find(|&b| {
        src.rasterband(b).is_ok_and(|band| {
            band.color_interpretation() == gdal::raster::ColorInterpretation::AlphaBand
        })
    })
}

/// The RGBA pixels of warped bands (`None` when no pixel is covered): colour (bands 1-3) and
/// grey (band 1) images as they are, alpha only from a band marked as alpha (`alpha`, 1-based;
/// other extra bands such as near infrared are not drawn), elevations stretched over the
/// layer's range.
fn colour(info: &RasterInfo, planes: &[Vec<f32>], alpha: Option<usize>) -> Option<[Vec<u8>; 4]> {
    let n = TILE_SIZE * TILE_SIZE;
    let mut out = [vec![0u8; n], vec![0u8; n], vec![0u8; n], vec![0u8; n]];
    let byte = |v: f32| v.round().clamp(0.0, 255.0) as u8;
    let [lo, hi] = info.range.unwrap_or([0.0, 255.0]);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let mut any = false;
    for i in 0..n {
        let first = planes[0][i];
        if first <= UNCOVERED * 0.5 || !first.is_finite() {
            continue;
        }
        let a = alpha.map_or(255, |b| byte(planes[b - 1][i]));
        let colour_bands = planes.len() - usize::from(alpha.is_some());
        let (r, g, b) = match (info.role, colour_bands) {
            (RasterRole::Elevation, _) => {
                let v = byte(((f64::from(first) - lo) / span * 255.0) as f32);
                (v, v, v)
            }
            (_, 0..=2) => {
                let v = byte(first);
                (v, v, v)
            }
            _ => (byte(first), byte(planes[1][i]), byte(planes[2][i])),
        };
        if a > 0 {
            any = true;
        }
        out[0][i] = r;
        out[1][i] = g;
        out[2][i] = b;
        out[3][i] = a;
    }
    any.then_some(out)
}

/// Encode RGBA planes with GDAL's driver for `format` into bytes (through `/vsimem/`).
fn encode(path: &Path, rgba: &[Vec<u8>; 4], format: ImageFormat) -> Result<Vec<u8>, RasterError> {
    let err = |e: gdal::errors::GdalError| gdal_err(path, "cannot encode the tile", e);
    let mem = DriverManager::get_driver_by_name("MEM").map_err(err)?;
    let jpeg = format == ImageFormat::Jpeg;
    let bands = if jpeg { 3 } else { 4 };
    let img = mem
        .create_with_band_type::<u8, _>("", TILE_SIZE, TILE_SIZE, bands)
        .map_err(err)?;
    for (b, plane) in rgba.iter().enumerate().take(bands) {
        let data = if jpeg {
            // No alpha in JPEG: uncovered pixels become white.
            plane
                .iter()
                .zip(&rgba[3])
                .map(|(v, a)| {
                    let a = u16::from(*a);
                    ((u16::from(*v) * a + 255 * (255 - a)) / 255) as u8
                })
                .collect()
        } else {
            plane.clone()
        };
        let mut buf = Buffer::new((TILE_SIZE, TILE_SIZE), data);
        let mut band = img.rasterband(b + 1).map_err(err)?;
        band.write((0, 0), (TILE_SIZE, TILE_SIZE), &mut buf)
            .map_err(err)?;
        if b == 3 {
            band.set_color_interpretation(gdal::raster::ColorInterpretation::AlphaBand)
                .map_err(err)?;
        }
    }
    let driver = DriverManager::get_driver_by_name(format.driver()).map_err(err)?;
    let name = PathBuf::from(format!(
        "/vsimem/saale-tile-{}-{}.{}",
        std::process::id(),
        MEM_FILES.fetch_add(1, Ordering::Relaxed),
        format.extension()
    ));
    let mut opts = gdal::cpl::CslStringList::new();
    match format {
        ImageFormat::Png => {
            let _ = opts.set_name_value("ZLEVEL", "6");
        }
        ImageFormat::Jpeg | ImageFormat::Webp => {
            let _ = opts.set_name_value("QUALITY", "85");
        }
    }
    let out = img.create_copy(&driver, &name, &opts).map_err(err)?;
    drop(out);
    let bytes = gdal::vsi::get_vsi_mem_file_bytes_owned(&name).map_err(err);
    let _ = gdal::vsi::unlink_mem_file(&name);
    bytes
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn info(overviews: Vec<u32>) -> RasterInfo {
        RasterInfo {
            crs: "EPSG:25832".into(),
            width: 4096,
            height: 4096,
            bands: 3,
            data_type: "Byte".into(),
            nodata: None,
            resolution: [0.2, 0.2],
            extent: [0.0, 0.0, 819.2, 819.2],
            overviews,
            range: None,
            role: RasterRole::Image,
        }
    }

    #[test]
    fn the_overview_is_the_coarsest_not_coarser_than_the_tile() {
        let i = info(vec![2, 4, 8, 16]);
        assert_eq!(overview_for(&i, 0.1), None);
        assert_eq!(overview_for(&i, 0.3), None);
        assert_eq!(overview_for(&i, 0.4), Some(0));
        assert_eq!(overview_for(&i, 1.4), Some(1));
        assert_eq!(overview_for(&i, 1.6), Some(2));
        assert_eq!(overview_for(&i, 100.0), Some(3));
        assert_eq!(overview_for(&info(vec![]), 100.0), None);
    }

    #[test]
    fn a_fourth_band_is_alpha_only_when_marked_so() {
        let mut i = info(vec![]);
        let n = TILE_SIZE * TILE_SIZE;
        let mut planes: Vec<Vec<f32>> = [10.0, 20.0, 30.0, 0.0]
            .iter()
            .map(|&v| vec![v; n])
            .collect();
        planes[3][0] = 200.0;
        // RGB + near infrared (0 here): an opaque colour pixel, the infrared not drawn.
        let rgba = colour(&i, &planes, None).unwrap();
        assert_eq!(
            [rgba[0][7], rgba[1][7], rgba[2][7], rgba[3][7]],
            [10, 20, 30, 255]
        );
        // RGBA: the fourth band is the transparency.
        let rgba = colour(&i, &planes, Some(4)).unwrap();
        assert_eq!(
            [rgba[0][7], rgba[1][7], rgba[2][7], rgba[3][7]],
            [10, 20, 30, 0]
        );
        assert_eq!(rgba[3][0], 200);
        // Grey + alpha.
        let grey = vec![vec![99.0; n], vec![128.0; n]];
        let rgba = colour(&i, &grey, Some(2)).unwrap();
        assert_eq!(
            [rgba[0][0], rgba[1][0], rgba[2][0], rgba[3][0]],
            [99, 99, 99, 128]
        );
        i.bands = 1;
        let rgba = colour(&i, &grey[..1], None).unwrap();
        assert_eq!(rgba[3][0], 255);
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(ImageFormat::from_extension("JPG"), Some(ImageFormat::Jpeg));
        assert_eq!(ImageFormat::from_extension("webp"), Some(ImageFormat::Webp));
        assert_eq!(ImageFormat::from_extension("mvt"), None);
        assert_eq!(ImageFormat::Png.media_type(), "image/png");
    }
}
