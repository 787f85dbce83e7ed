use std::fmt;

use gdal::spatial_ref::SpatialRef;

use crate::{Error, Result};

/// A coordinate reference system, identified by an EPSG code where one exists.
///
/// Accepted spellings: `EPSG:25832`, `25832`, `urn:ogc:def:crs:EPSG::25832`,
/// `urn:ogc:def:crs:EPSG:6.9:25832`, `http://www.opengis.net/def/crs/EPSG/0/25832`,
/// `urn:ogc:def:crs:OGC:1.3:CRS84` / `OGC:CRS84` / `CRS84` (lon/lat WGS 84, as EPSG:4326),
/// the AdV URNs `urn:adv:crs:ETRS89_UTM32` (also with `*DE_DHHN2016_NH...` height parts),
/// `ETRS89_UTM33`, `DE_DHDN_3GK2`..`DE_DHDN_3GK5`, and WKT or PROJJSON definitions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crs {
    epsg: Option<u32>,
    /// WKT for CRSs without an EPSG code.
    wkt: Option<String>,
}

impl Crs {
    /// The CRS with this EPSG code.
    #[must_use]
    pub fn epsg(code: u32) -> Self {
        Self {
            epsg: Some(code),
            wkt: None,
        }
    }

    /// Parse a CRS name (see the type's doc for accepted spellings).
    ///
    /// # Errors
    /// [`Error::UnknownCrs`] when the name is not understood or PROJ does not know the code.
    pub fn parse(name: &str) -> Result<Self> {
        let s = name.trim();
        let unknown = |reason: &str| Error::UnknownCrs {
            name: name.to_string(),
            reason: reason.to_string(),
        };
        if s.is_empty() {
            return Err(unknown("empty CRS name"));
        }
        let lower = s.to_ascii_lowercase();
        let crs = if let Some(code) = adv_code(&lower) {
            Crs::epsg(code)
        } else if lower.ends_with("crs84") || lower == "wgs84" {
            Crs::epsg(4326)
        } else if let Some(code) = epsg_code(&lower) {
            Crs::epsg(code)
        } else if s.starts_with('{') || lower.contains('[') {
            let sr = SpatialRef::from_definition(s).map_err(|e| unknown(&e.to_string()))?;
            let code = sr.auth_code().ok().filter(|_| {
                sr.auth_name()
                    .is_some_and(|a| a.eq_ignore_ascii_case("EPSG"))
            });
            match code.and_then(|c| u32::try_from(c).ok()) {
                Some(c) => Crs::epsg(c),
                None => Crs {
                    epsg: None,
                    wkt: Some(sr.to_wkt().map_err(|e| unknown(&e.to_string()))?),
                },
            }
        } else {
            return Err(unknown(
                "expected e.g. EPSG:25832, urn:ogc:def:crs:EPSG::4326, OGC:CRS84 or a WKT definition",
            ));
        };
        // Check PROJ knows it.
        crs.spatial_ref().map_err(|e| match e {
            Error::UnknownCrs { reason, .. } => unknown(&reason),
            other => other,
        })?;
        Ok(crs)
    }

    /// The EPSG code, if the CRS has one.
    #[must_use]
    pub fn epsg_code(&self) -> Option<u32> {
        self.epsg
    }

    /// True for geographic (degree-based) CRSs such as EPSG:4326.
    #[must_use]
    pub fn is_geographic(&self) -> bool {
        self.spatial_ref().is_ok_and(|s| s.is_geographic())
    }

    /// WKT (WKT2) definition of the CRS.
    #[must_use]
    pub fn wkt(&self) -> String {
        if let Some(w) = &self.wkt {
            return w.clone();
        }
        self.spatial_ref()
            .ok()
            .and_then(|s| s.to_wkt().ok())
            .unwrap_or_default()
    }

    /// PROJJSON definition of the CRS (used by GeoParquet).
    #[must_use]
    pub fn projjson(&self) -> Option<String> {
        self.spatial_ref().ok().and_then(|s| s.to_projjson().ok())
    }

    /// The OGC URI of the CRS (`http://www.opengis.net/def/crs/EPSG/0/25832`).
    #[must_use]
    pub fn ogc_uri(&self) -> Option<String> {
        self.epsg
            .map(|c| format!("http://www.opengis.net/def/crs/EPSG/0/{c}"))
    }

    /// A GDAL spatial reference with traditional GIS axis order (x = east/lon).
    ///
    /// # Errors
    /// [`Error::UnknownCrs`] when PROJ does not know the CRS.
    pub fn spatial_ref(&self) -> Result<SpatialRef> {
        let sr = match (self.epsg, &self.wkt) {
            (Some(code), _) => SpatialRef::from_epsg(code),
            (None, Some(w)) => SpatialRef::from_wkt(w),
            (None, None) => {
                return Err(Error::UnknownCrs {
                    name: String::new(),
                    reason: "CRS without code or definition".into(),
                })
            }
        }
        .map_err(|e| Error::UnknownCrs {
            name: self.to_string(),
            reason: e.to_string(),
        })?;
        let mut sr = sr;
        sr.set_axis_mapping_strategy(gdal::spatial_ref::AxisMappingStrategy::TraditionalGisOrder);
        Ok(sr)
    }
}

impl fmt::Display for Crs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.epsg, &self.wkt) {
            (Some(c), _) => write!(f, "EPSG:{c}"),
            (None, Some(w)) => {
                let name = w.split('"').nth(1).unwrap_or("custom CRS");
                write!(f, "{name}")
            }
            (None, None) => f.write_str("unknown CRS"),
        }
    }
}

/// EPSG code from `epsg:N`, `N`, `urn:ogc:def:crs:epsg:[version]:N`, or
/// `http(s)://www.opengis.net/def/crs/epsg/0/N` (all lower-cased).
fn epsg_code(s: &str) -> Option<u32> {
    let tail = if let Some(rest) = s.strip_prefix("urn:ogc:def:crs:epsg:") {
        rest.rsplit(':').next()?
    } else if let Some(pos) = s.find("/def/crs/epsg/") {
        s[pos + "/def/crs/epsg/".len()..].rsplit('/').next()?
    } else if let Some(rest) = s.strip_prefix("epsg:") {
        rest
    } else {
        s
    };
    tail.trim().parse().ok().filter(|c| *c > 0)
}

/// EPSG code for the AdV CRS URNs used in NAS and German CityGML. Height parts after `*` are
/// ignored: saale works in 2D and keeps heights as they are.
fn adv_code(s: &str) -> Option<u32> {
    let rest = s.strip_prefix("urn:adv:crs:")?;
    let horizontal = rest.split('*').next()?;
    Some(match horizontal {
        "etrs89_utm32" => 25832,
        "etrs89_utm33" => 25833,
        "etrs89_lat-lon" | "etrs89_lat_lon" => 4258,
        "de_dhdn_3gk2" => 31466,
        "de_dhdn_3gk3" => 31467,
        "de_dhdn_3gk4" => 31468,
        "de_dhdn_3gk5" => 31469,
        "de_dhdn_lat-lon" => 4314,
        "etrs89_3gk3" => 5682,
        "etrs89_utm32-ne" | "etrs89_utm32n" => 4647,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_spellings() {
        for (s, code) in [
            ("EPSG:25832", 25832),
            ("25833", 25833),
            ("urn:ogc:def:crs:EPSG::4326", 4326),
            ("urn:ogc:def:crs:EPSG:6.9:31467", 31467),
            ("http://www.opengis.net/def/crs/EPSG/0/3035", 3035),
            ("urn:ogc:def:crs:OGC:1.3:CRS84", 4326),
            ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", 25832),
            ("urn:adv:crs:DE_DHDN_3GK4", 31468),
        ] {
            assert_eq!(Crs::parse(s).expect(s).epsg_code(), Some(code), "{s}");
        }
    }

    #[test]
    fn rejects_unknown() {
        let e = Crs::parse("EPSG:999999").expect_err("bogus code");
        assert!(e.to_string().contains("EPSG:999999"), "{e}");
        assert!(Crs::parse("hello").is_err());
        assert!(Crs::parse("").is_err());
    }

    #[test]
    fn geographic_flag() {
        assert!(Crs::epsg(4326).is_geographic());
        assert!(!Crs::epsg(25832).is_geographic());
    }
}
