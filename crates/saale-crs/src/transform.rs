use gdal::spatial_ref::CoordTransform;
use saale_model::{for_each_coord, for_each_coord_mut, Feature, Geometry};

use crate::{Crs, Error, Result};

/// Transforms geometries from one CRS to another with PROJ (through GDAL's OSR).
///
/// Not `Send`: create one per thread (they are cheap next to the work they do).
///
/// # Runtime
/// One PROJ call per batch: [`Transformer::transform_features`] gathers all coordinates of a
/// slice of features into flat buffers and transforms them at once.
pub struct Transformer {
    ct: Option<CoordTransform>,
    from: Crs,
    to: Crs,
}

impl Transformer {
    /// A transformer from `from` to `to` (the identity when both are the same CRS).
    ///
    /// # Errors
    /// [`Error::UnknownCrs`] or [`Error::Transform`] when PROJ finds no transformation.
    pub fn new(from: &Crs, to: &Crs) -> Result<Self> {
        let ct = if from == to {
            None
        } else {
            let ct =
                CoordTransform::new(&from.spatial_ref()?, &to.spatial_ref()?).map_err(|e| {
                    Error::Transform {
                        from: from.to_string(),
                        to: to.to_string(),
                        reason: e.to_string(),
                    }
                })?;
            Some(ct)
        };
        Ok(Self {
            ct,
            from: from.clone(),
            to: to.clone(),
        })
    }

    /// True when source and target are the same CRS.
    #[must_use]
    pub fn is_identity(&self) -> bool {
        self.ct.is_none()
    }

    /// Transform flat coordinate buffers in place.
    ///
    /// # Errors
    /// [`Error::Transform`] when PROJ fails for any coordinate.
    pub fn transform_coords(&self, xs: &mut [f64], ys: &mut [f64]) -> Result<()> {
        let Some(ct) = &self.ct else { return Ok(()) };
        if xs.is_empty() {
            return Ok(());
        }
        ct.transform_coords(xs, ys, &mut [])
            .map_err(|e| Error::Transform {
                from: self.from.to_string(),
                to: self.to.to_string(),
                reason: e.to_string(),
            })?;
        if xs.iter().chain(ys.iter()).any(|v| !v.is_finite()) {
            return Err(Error::Transform {
                from: self.from.to_string(),
                to: self.to.to_string(),
                reason: "a coordinate lies outside the area of use (result not finite)".into(),
            });
        }
        Ok(())
    }

    /// Transform flat 3D coordinate buffers in place (heights too: to EPSG:4978, geocentric
    /// X/Y/Z; a horizontal source CRS takes `zs` as heights above the ellipsoid).
    ///
    /// # Errors
    /// [`Error::Transform`] when PROJ fails for any coordinate.
    pub fn transform_coords_3d(
        &self,
        xs: &mut [f64],
        ys: &mut [f64],
        zs: &mut [f64],
    ) -> Result<()> {
        let Some(ct) = &self.ct else { return Ok(()) };
        if xs.is_empty() {
            return Ok(());
        }
        ct.transform_coords(xs, ys, zs)
            .map_err(|e| Error::Transform {
                from: self.from.to_string(),
                to: self.to.to_string(),
                reason: e.to_string(),
            })?;
        if xs
            .iter()
            .chain(ys.iter())
            .chain(zs.iter())
            .any(|v| !v.is_finite())
        {
            return Err(Error::Transform {
                from: self.from.to_string(),
                to: self.to.to_string(),
                reason: "a coordinate lies outside the area of use (result not finite)".into(),
            });
        }
        Ok(())
    }

    /// Transform one geometry in place.
    ///
    /// # Errors
    /// [`Error::Transform`] when PROJ fails.
    pub fn transform_geometry(&self, geom: &mut Geometry<f64>) -> Result<()> {
        if self.ct.is_none() {
            return Ok(());
        }
        let (mut xs, mut ys) = (Vec::new(), Vec::new());
        for_each_coord(geom, &mut |c| {
            xs.push(c.x);
            ys.push(c.y);
        });
        self.transform_coords(&mut xs, &mut ys)?;
        let mut i = 0;
        for_each_coord_mut(geom, &mut |c| {
            c.x = xs[i];
            c.y = ys[i];
            i += 1;
        });
        Ok(())
    }

    /// Transform the geometries of many features with one PROJ call.
    ///
    /// # Errors
    /// [`Error::Transform`] when PROJ fails; the error names no feature, so callers that need
    /// the feature index retry per feature.
    pub fn transform_features(&self, features: &mut [Feature]) -> Result<()> {
        if self.ct.is_none() {
            return Ok(());
        }
        let (mut xs, mut ys) = (Vec::new(), Vec::new());
        for g in features.iter().filter_map(|f| f.geometry.as_ref()) {
            for_each_coord(g, &mut |c| {
                xs.push(c.x);
                ys.push(c.y);
            });
        }
        self.transform_coords(&mut xs, &mut ys)?;
        let mut i = 0;
        for g in features.iter_mut().filter_map(|f| f.geometry.as_mut()) {
            for_each_coord_mut(g, &mut |c| {
                c.x = xs[i];
                c.y = ys[i];
                i += 1;
            });
        }
        Ok(())
    }
}

/// Features per PROJ call in [`transform_features_parallel`].
const CHUNK: usize = 4096;

/// Transform the geometries of `features` from `from` to `to` on all cores, in batches of
/// several thousand features per PROJ call (one [`Transformer`] per thread, as GDAL's
/// transformations are not shareable between threads).
///
/// # Errors
/// The index of the first feature that failed (`None` when the transformation itself cannot be
/// set up) and the error.
pub fn transform_features_parallel(
    features: &mut [saale_model::Feature],
    from: &Crs,
    to: &Crs,
) -> std::result::Result<(), (Option<usize>, Error)> {
    use rayon::prelude::*;
    let probe = Transformer::new(from, to).map_err(|e| (None, e))?;
    if probe.is_identity() {
        return Ok(());
    }
    drop(probe);
    features
        .par_chunks_mut(CHUNK)
        .enumerate()
        .try_for_each_init(
            || Transformer::new(from, to),
            |t, (chunk_no, chunk)| {
                let t = t.as_ref().map_err(|e| {
                    (
                        None,
                        Error::UnknownCrs {
                            name: String::new(),
                            reason: e.to_string(),
                        },
                    )
                })?;
                if t.transform_features(chunk).is_ok() {
                    return Ok(());
                }
                // Find the feature that failed, for the message.
                for (j, f) in chunk.iter_mut().enumerate() {
                    if let Some(g) = &mut f.geometry {
                        t.transform_geometry(g)
                            .map_err(|e| (Some(chunk_no * CHUNK + j), e))?;
                    }
                }
                Ok(())
            },
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::point;

    #[test]
    fn wgs84_to_utm32_known_point() {
        let t = Transformer::new(&Crs::epsg(4326), &Crs::epsg(25832)).expect("transformer");
        let mut g = Geometry::Point(point!(x: 9.0, y: 50.0));
        t.transform_geometry(&mut g).expect("transform");
        let Geometry::Point(p) = g else {
            panic!("not a point")
        };
        assert!((p.x() - 500_000.000).abs() < 1e-3, "{}", p.x());
        assert!((p.y() - 5_538_630.703).abs() < 1e-3, "{}", p.y());
    }

    #[test]
    fn round_trip_through_3857() {
        let a = Transformer::new(&Crs::epsg(25832), &Crs::epsg(3857)).expect("t");
        let b = Transformer::new(&Crs::epsg(3857), &Crs::epsg(25832)).expect("t");
        let mut xs = [681_000.0, 682_500.5];
        let mut ys = [5_643_000.0, 5_644_100.25];
        a.transform_coords(&mut xs, &mut ys).expect("fwd");
        b.transform_coords(&mut xs, &mut ys).expect("back");
        assert!((xs[1] - 682_500.5).abs() < 1e-6 && (ys[1] - 5_644_100.25).abs() < 1e-6);
    }
}

/// The height of the EGM96 geoid above the WGS 84 ellipsoid at each longitude/latitude
/// (degrees), in metres: what turns a height above sea level into an ellipsoidal height
/// (`h = H + N`). PROJ reads the grid `egm96_15.gtx` (Debian's `proj-data`).
///
/// For German normal heights (DHHN92, DHHN2016) this stands in for the official quasigeoid
/// GCG2016, which PROJ does not ship; the two differ by decimetres, not by the 40-50 m of the
/// undulation itself.
///
/// # Errors
/// [`Error::Transform`] when PROJ lacks the grid or fails.
pub fn egm96_undulation(lons: &[f64], lats: &[f64]) -> Result<Vec<f64>> {
    use gdal::spatial_ref::{AxisMappingStrategy, SpatialRef};
    let err = |reason: String| Error::Transform {
        from: "EPSG:4326+5773 (WGS 84 + EGM96 height)".into(),
        to: "EPSG:4979".into(),
        reason,
    };
    let mut from = SpatialRef::from_definition("EPSG:4326+5773").map_err(|e| err(e.to_string()))?;
    let mut to = SpatialRef::from_epsg(4979).map_err(|e| err(e.to_string()))?;
    from.set_axis_mapping_strategy(AxisMappingStrategy::TraditionalGisOrder);
    to.set_axis_mapping_strategy(AxisMappingStrategy::TraditionalGisOrder);
    let ct = CoordTransform::new(&from, &to).map_err(|e| err(e.to_string()))?;
    let mut xs = lons.to_vec();
    let mut ys = lats.to_vec();
    let mut zs = vec![0.0; lons.len()];
    if xs.is_empty() {
        return Ok(zs);
    }
    ct.transform_coords(&mut xs, &mut ys, &mut zs)
        .map_err(|e| err(e.to_string()))?;
    if zs.iter().any(|z| !z.is_finite() || *z == 0.0) {
        return Err(err(
            "no geoid height (is PROJ's egm96_15.gtx grid installed?)".into(),
        ));
    }
    Ok(zs)
}

#[cfg(test)]
mod geoid_tests {
    /// EGM96 at Jena (11.59 E, 50.93 N) is about 47 m (PROJ's grid; published maps of the
    /// undulation over Thuringia give 46-48 m).
    #[test]
    fn egm96_in_jena() {
        let n = super::egm96_undulation(&[11.589], &[50.927]).expect("grid");
        assert!((45.0..49.0).contains(&n[0]), "{n:?}");
    }
}
