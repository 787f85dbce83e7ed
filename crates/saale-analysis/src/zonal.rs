//! Zonal statistics of a raster (read with GDAL) per polygon.

use std::path::Path;

use gdal::raster::ResampleAlg;
use gdal::Dataset;
use geo::Contains;
use saale_crs::{Crs, Transformer};
use saale_model::geo_types::{Coord, Point};
use saale_model::{Bbox, FieldType, Layer, Value};

use crate::util::{row_with, with_fields};
use crate::{Error, Result};

/// A statistic of the pixel values inside a polygon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZonalStat {
    /// Number of pixels with data.
    Count,
    /// Mean value.
    Mean,
    /// Minimum.
    Min,
    /// Maximum.
    Max,
    /// Sum.
    Sum,
}

impl std::str::FromStr for ZonalStat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "count" => ZonalStat::Count,
            "mean" => ZonalStat::Mean,
            "min" => ZonalStat::Min,
            "max" => ZonalStat::Max,
            "sum" => ZonalStat::Sum,
            _ => {
                return Err(Error::Argument(format!(
                    "unknown statistic '{s}': use count, mean, min, max, sum"
                )))
            }
        })
    }
}

impl ZonalStat {
    fn column(self) -> &'static str {
        match self {
            ZonalStat::Count => "count",
            ZonalStat::Mean => "mean",
            ZonalStat::Min => "min",
            ZonalStat::Max => "max",
            ZonalStat::Sum => "sum",
        }
    }
}

fn gdal_err(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Argument(format!("{}: {e}", path.display()))
}

/// Statistics of band 1 of `raster` over each polygon of `polygons` (working CRS `working`):
/// a pixel belongs to a polygon when its centre lies inside it; nodata pixels are skipped. The
/// raster's CRS is taken from the file, or `raster_crs` when the file has none.
///
/// # Errors
/// The raster cannot be opened, has no CRS and none is given, or the transformation fails.
pub fn zonal(
    polygons: &Layer,
    raster: &Path,
    working: &Crs,
    raster_crs: Option<&Crs>,
    stats: &[ZonalStat],
) -> Result<Layer> {
    if let Err(e) = std::fs::metadata(raster) {
        return Err(gdal_err(raster, format!("cannot read the raster: {e}")));
    }
    let ds = Dataset::open(raster).map_err(|e| {
        gdal_err(
            raster,
            format!("GDAL cannot open it as a raster (GeoTIFF, ASCII grid, ...): {e}"),
        )
    })?;
    let crs = match raster_crs {
        Some(c) => c.clone(),
        None => {
            let wkt = ds.projection();
            if wkt.is_empty() {
                return Err(Error::RasterWithoutCrs {
                    path: raster.to_path_buf(),
                });
            }
            Crs::parse(&wkt)?
        }
    };
    let gt = ds.geo_transform().map_err(|e| gdal_err(raster, e))?;
    if gt[2] != 0.0 || gt[4] != 0.0 {
        return Err(Error::Argument(format!(
            "{}: rotated rasters are not supported",
            raster.display()
        )));
    }
    let band = ds.rasterband(1).map_err(|e| gdal_err(raster, e))?;
    let nodata = band.no_data_value();
    let (w, h) = ds.raster_size();
    let tr = Transformer::new(working, &crs)?;
    let n = polygons.schema.len();
    let extra: Vec<(&str, FieldType)> = stats
        .iter()
        .map(|s| {
            (
                s.column(),
                if *s == ZonalStat::Count {
                    FieldType::Int
                } else {
                    FieldType::Float
                },
            )
        })
        .collect();
    let schema = with_fields(&polygons.schema, &extra);
    let mut features = Vec::with_capacity(polygons.features.len());
    for f in &polygons.features {
        let mut acc = (0u64, 0.0f64, f64::INFINITY, f64::NEG_INFINITY);
        if let Some(g) = &f.geometry {
            let mut g = g.clone();
            tr.transform_geometry(&mut g)?;
            let b = Bbox::of(&g);
            // Pixel window covering the polygon.
            let col = |x: f64| (x - gt[0]) / gt[1];
            let row = |y: f64| (y - gt[3]) / gt[5];
            let (c0, c1) = (
                col(b.min_x).min(col(b.max_x)),
                col(b.min_x).max(col(b.max_x)),
            );
            let (r0, r1) = (
                row(b.min_y).min(row(b.max_y)),
                row(b.min_y).max(row(b.max_y)),
            );
            let c0 = (c0.floor().max(0.0)) as usize;
            let r0 = (r0.floor().max(0.0)) as usize;
            let c1 = (c1.ceil() as usize).min(w);
            let r1 = (r1.ceil() as usize).min(h);
            if c1 > c0 && r1 > r0 {
                let (ww, wh) = (c1 - c0, r1 - r0);
                let buf = band
                    .read_as::<f64>(
                        (c0 as isize, r0 as isize),
                        (ww, wh),
                        (ww, wh),
                        Some(ResampleAlg::NearestNeighbour),
                    )
                    .map_err(|e| gdal_err(raster, e))?;
                let data = buf.data();
                for r in 0..wh {
                    for c in 0..ww {
                        let v = data[r * ww + c];
                        if nodata.is_some_and(|nd| v == nd) || v.is_nan() {
                            continue;
                        }
                        let x = gt[0] + (c0 + c) as f64 * gt[1] + gt[1] / 2.0;
                        let y = gt[3] + (r0 + r) as f64 * gt[5] + gt[5] / 2.0;
                        if g.contains(&Point(Coord { x, y })) {
                            acc.0 += 1;
                            acc.1 += v;
                            acc.2 = acc.2.min(v);
                            acc.3 = acc.3.max(v);
                        }
                    }
                }
            }
        }
        let values = stats.iter().map(|s| match s {
            ZonalStat::Count => Value::Int(acc.0 as i64),
            _ if acc.0 == 0 => Value::Null,
            ZonalStat::Mean => Value::Float(acc.1 / acc.0 as f64),
            ZonalStat::Min => Value::Float(acc.2),
            ZonalStat::Max => Value::Float(acc.3),
            ZonalStat::Sum => Value::Float(acc.1),
        });
        features.push(row_with(f, n, values));
    }
    Ok(Layer { schema, features })
}
