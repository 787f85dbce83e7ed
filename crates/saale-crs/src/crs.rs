use std::fmt;

use gdal::spatial_ref::SpatialRef;

use crate::{Error, Result};

/// A coordinate reference system, identified by an EPSG code where one exists.
///
/// Accepted spellings: `EPSG:25832`, `25832`, `urn:ogc:def:crs:EPSG::25832`,
/// `urn:ogc:def:crs:EPSG:6.9:25832`, `http://www.opengis.net/def/crs/EPSG/0/25832`,
/// `urn:ogc:def:crs:OGC:1.3:CRS84` / `OGC:CRS84` / `CRS84` (lon/lat WGS 84, as EPSG:4326),
/// the AdV URNs `urn:adv:crs:ETRS89_UTM32` (also with `*DE_DHHN2016_NH...` height parts),
/// `ETRS89_UTM33`, `DE_DHDN_3GK2`..`DE_DHDN_3GK5`, any other authority PROJ knows
/// (`ESRI:102329`, `urn:ogc:def:crs:ESRI::102329`, `IGNF:LAMB93`), and WKT, PROJJSON or
/// PROJ strings.
///
/// An EPSG code PROJ does not know is tried as the ESRI code of the same number (ArcGIS
/// services write `urn:ogc:def:crs:EPSG::102329` for ESRI:102329); [`Crs::note`] then says so.
///
/// Compound CRSs (horizontal + height): the OGC compound URN
/// `urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783`, its URL form
/// `http://www.opengis.net/def/crs-compound?1=...&2=...` and the AdV height parts
/// (`urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH`). saale works in 2D: the horizontal part is the
/// CRS (PROJ transforms a compound CRS to a 2D one exactly as its horizontal part, and keeps
/// heights as they are), and the vertical part is recorded in [`Crs::vertical`] and the note.
#[derive(Debug, Clone)]
pub struct Crs {
    epsg: Option<u32>,
    /// WKT for CRSs without an EPSG code.
    wkt: Option<String>,
    /// `AUTHORITY:CODE` for CRSs of another authority (`ESRI:102329`).
    auth: Option<String>,
    /// An assumption made while parsing (an EPSG code taken as ESRI, a compound CRS taken as
    /// its horizontal part).
    note: Option<String>,
    /// The vertical part of a compound CRS (`EPSG:5783`), heights being kept as they are.
    vertical: Option<String>,
}

impl PartialEq for Crs {
    /// Two CRSs are equal when they have the same code or definition (notes and the recorded
    /// vertical part aside: coordinates are 2D, so a compound CRS equals its horizontal part).
    fn eq(&self, other: &Self) -> bool {
        (self.epsg, &self.auth, &self.wkt) == (other.epsg, &other.auth, &other.wkt)
    }
}

impl Eq for Crs {}

impl Crs {
    /// The CRS with this EPSG code.
    #[must_use]
    pub fn epsg(code: u32) -> Self {
        Self {
            epsg: Some(code),
            wkt: None,
            auth: None,
            note: None,
            vertical: None,
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
        let crs = if let Some(parts) = compound_parts(s) {
            Self::compound(s, &parts).map_err(|reason| unknown(&reason))?
        } else if let Some(code) = adv_code(&lower) {
            let mut crs = Crs::epsg(code);
            if let Some(height) = lower.split('*').nth(1) {
                crs.note = Some(match adv_height_code(height) {
                    Some((v, name)) => {
                        crs.vertical = Some(format!("EPSG:{v}"));
                        format!(
                            "'{s}': compound CRS, EPSG:{code} taken as the CRS; heights in \
                             EPSG:{v} ({name}) kept as they are"
                        )
                    }
                    None => format!(
                        "'{s}': EPSG:{code} taken as the CRS; height part '{height}' not \
                         known, heights kept as they are"
                    ),
                });
            }
            crs
        } else if lower.ends_with("crs84") || lower == "wgs84" {
            Crs::epsg(4326)
        } else if let Some(code) = epsg_code(&lower) {
            if epsg_exists(code) {
                Crs::epsg(code)
            } else {
                // Not an EPSG code: ArcGIS writes its own codes under the EPSG authority.
                let esri = format!("ESRI:{code}");
                let sr = SpatialRef::from_definition(&esri).map_err(|_| {
                    unknown(&format!(
                        "EPSG has no code {code}, and neither has ESRI (is the code right?)"
                    ))
                })?;
                Crs {
                    epsg: None,
                    wkt: None,
                    note: Some(format!(
                        "'{s}': EPSG has no code {code}; taken as {esri} ({})",
                        sr.name().unwrap_or_default()
                    )),
                    auth: Some(esri),
                    vertical: None,
                }
            }
        } else if s.starts_with('{') || lower.contains('[') || lower.starts_with("+proj") {
            let sr = SpatialRef::from_definition(s).map_err(|e| unknown(&e.to_string()))?;
            Self::from_spatial_ref(&sr).map_err(|e| unknown(&e.to_string()))?
        } else if let Some(auth) = authority_code(s) {
            let sr = SpatialRef::from_definition(&auth)
                .map_err(|_| unknown(&format!("PROJ does not know {auth}")))?;
            if sr
                .auth_name()
                .is_some_and(|a| a.eq_ignore_ascii_case("EPSG"))
            {
                match sr.auth_code().ok().and_then(|c| u32::try_from(c).ok()) {
                    Some(c) => Crs::epsg(c),
                    None => Self::from_spatial_ref(&sr).map_err(|e| unknown(&e.to_string()))?,
                }
            } else {
                Crs {
                    epsg: None,
                    wkt: None,
                    auth: Some(auth),
                    note: None,
                    vertical: None,
                }
            }
        } else {
            return Err(unknown(
                "expected e.g. EPSG:25832, ESRI:102329, urn:ogc:def:crs:EPSG::4326, OGC:CRS84 or \
                 a WKT or PROJJSON definition",
            ));
        };
        // Check PROJ knows it (an EPSG code was checked above).
        if !crs.epsg.is_some_and(epsg_exists) {
            crs.spatial_ref().map_err(|e| match e {
                Error::UnknownCrs { reason, .. } => unknown(&reason),
                other => other,
            })?;
        }
        Ok(crs)
    }

    /// The CRS of a GDAL spatial reference: its EPSG code when it has one, else its
    /// `AUTHORITY:CODE`, else its WKT.
    ///
    /// # Errors
    /// [`Error::UnknownCrs`] when GDAL cannot write the definition.
    pub fn from_spatial_ref(sr: &SpatialRef) -> Result<Self> {
        let code = sr.auth_code().ok().and_then(|c| u32::try_from(c).ok());
        match (sr.auth_name(), code) {
            (Some(a), Some(c)) if a.eq_ignore_ascii_case("EPSG") => Ok(Crs::epsg(c)),
            (Some(a), Some(c)) if SpatialRef::from_definition(&format!("{a}:{c}")).is_ok() => {
                Ok(Crs {
                    epsg: None,
                    wkt: None,
                    auth: Some(format!("{}:{c}", a.to_ascii_uppercase())),
                    note: None,
                    vertical: None,
                })
            }
            _ => Ok(Crs {
                epsg: None,
                wkt: Some(sr.to_wkt().map_err(|e| Error::UnknownCrs {
                    name: sr.name().unwrap_or_default(),
                    reason: e.to_string(),
                })?),
                auth: None,
                note: None,
                vertical: None,
            }),
        }
    }

    /// A compound CRS from its components (`parts`, as CRS names): the first must be a
    /// horizontal CRS and the second a vertical one, and PROJ must build the compound from
    /// `name` itself (the URL form unescaped), so saale takes what PROJ would.
    fn compound(name: &str, parts: &[String]) -> std::result::Result<Self, String> {
        let [h, v] = parts else {
            return Err(format!(
                "a compound CRS needs a horizontal and a vertical part, found {} part(s)",
                parts.len()
            ));
        };
        let mut crs = Crs::parse(h).map_err(|e| format!("horizontal part: {e}"))?;
        if crs.spatial_ref().is_ok_and(|sr| sr.is_vertical()) {
            return Err(format!("its first part '{h}' is a vertical CRS"));
        }
        let vertical = Crs::parse(v).map_err(|e| format!("vertical part: {e}"))?;
        let vsr = vertical
            .spatial_ref()
            .map_err(|e| format!("vertical part: {e}"))?;
        if !vsr.is_vertical() {
            return Err(format!("its second part '{v}' is not a vertical CRS"));
        }
        // GDAL reads the URL form only unescaped and in order: give it the parts as read.
        let whole_name = if name.starts_with("urn:") || name.starts_with("URN:") {
            name.to_string()
        } else {
            format!("http://www.opengis.net/def/crs-compound?1={h}&2={v}")
        };
        let whole = SpatialRef::from_definition(&whole_name)
            .map_err(|e| format!("PROJ cannot build the compound CRS: {e}"))?;
        if !whole.is_compound() {
            return Err("PROJ does not read it as a compound CRS".into());
        }
        let vname = vsr.name().unwrap_or_default();
        crs.note = Some(format!(
            "'{name}': compound CRS ({}), {crs} taken as the CRS; heights in {vertical} \
             ({vname}) kept as they are",
            whole.name().unwrap_or_default()
        ));
        crs.vertical = Some(vertical.to_string());
        Ok(crs)
    }

    /// An assumption made while parsing the name (an unknown EPSG code taken as the ESRI code
    /// of the same number, a compound CRS taken as its horizontal part), for the import report.
    #[must_use]
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The vertical CRS of a compound CRS name (`EPSG:5783` for DHHN92 height), recorded but
    /// not applied: heights are kept as they are.
    #[must_use]
    pub fn vertical(&self) -> Option<&str> {
        self.vertical.as_deref()
    }

    /// The EPSG code, if the CRS has one.
    #[must_use]
    pub fn epsg_code(&self) -> Option<u32> {
        self.epsg
    }

    /// True for geographic (degree-based) CRSs such as EPSG:4326.
    #[must_use]
    pub fn is_geographic(&self) -> bool {
        matches!(
            self.memo(Fact::Geographic, || {
                Some(Known::Flag(
                    self.spatial_ref().is_ok_and(|s| s.is_geographic()),
                ))
            }),
            Some(Known::Flag(true))
        )
    }

    /// WKT (WKT2) definition of the CRS.
    #[must_use]
    pub fn wkt(&self) -> String {
        if let Some(w) = &self.wkt {
            return w.clone();
        }
        match self.memo(Fact::Wkt, || {
            self.spatial_ref()
                .ok()
                .and_then(|s| s.to_wkt().ok())
                .map(Known::Text)
        }) {
            Some(Known::Text(w)) => w,
            _ => String::new(),
        }
    }

    /// Ask PROJ now for what later steps ask about this CRS (its WKT, whether it is
    /// geographic, its widened area of use), so that they find it in the process's memo. A
    /// reader calls this on a thread of its own while it parses.
    pub fn warm_up(&self) {
        let _ = self.wkt();
        let _ = self.is_geographic();
        let _ = self.valid_extent(crate::AREA_OF_USE_MARGIN_DEG);
    }

    /// A fact PROJ gives about this CRS, asked once per process: opening PROJ's database
    /// costs milliseconds per thread, and every command asks about the same few CRSs.
    pub(crate) fn memo(
        &self,
        fact: Fact,
        compute: impl FnOnce() -> Option<Known>,
    ) -> Option<Known> {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        type Key = (Fact, Option<u32>, Option<String>, Option<String>);
        static MEMO: OnceLock<Mutex<HashMap<Key, Option<Known>>>> = OnceLock::new();
        let key = (fact, self.epsg, self.auth.clone(), self.wkt.clone());
        let memo = MEMO.get_or_init(Mutex::default);
        if let Some(v) = memo.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return v;
        }
        let v = compute();
        if let Ok(mut m) = memo.lock() {
            m.insert(key, v.clone());
        }
        v
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
        let sr = match (self.epsg, &self.auth, &self.wkt) {
            (Some(code), ..) => SpatialRef::from_epsg(code),
            (None, Some(a), _) => SpatialRef::from_definition(a),
            (None, None, Some(w)) => SpatialRef::from_wkt(w),
            (None, None, None) => {
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
            (None, _) if self.auth.is_some() => f.write_str(self.auth.as_deref().unwrap_or("")),
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
/// The facts [`Crs::memo`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Fact {
    Wkt,
    Geographic,
    Exists,
    /// The valid extent for a margin (its `f64` bits).
    Extent(u64),
}

/// A fact's value.
#[derive(Debug, Clone)]
pub(crate) enum Known {
    Text(String),
    Flag(bool),
    Extent(crate::Extent),
}

/// EPSG codes every EPSG dataset since version 6 holds (the CRSs of German cities, states and
/// the web): their existence is not looked up in PROJ's database.
const ALWAYS_IN_EPSG: &[u32] = &[
    3035, 3044, 3045, 3857, 4258, 4326, 4647, 5650, 5676, 5677, 5678, 5783, 7837, 25831, 25832,
    25833, 31466, 31467, 31468, 31469,
];

/// Whether EPSG (in PROJ's database) has `code`.
fn epsg_exists(code: u32) -> bool {
    ALWAYS_IN_EPSG.contains(&code)
        || Crs::epsg(code)
            .memo(Fact::Exists, || {
                Some(Known::Flag(SpatialRef::from_epsg(code).is_ok()))
            })
            .is_some_and(|k| matches!(k, Known::Flag(true)))
}

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

/// `AUTHORITY:CODE` from `AUTH:CODE`, `urn:ogc:def:crs:AUTH:[version]:CODE` or
/// `http(s)://www.opengis.net/def/crs/AUTH/0/CODE` (authority upper-cased).
fn authority_code(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let (auth, code) = if lower.starts_with("urn:ogc:def:crs:") {
        let rest = &s["urn:ogc:def:crs:".len()..];
        let auth = rest.split(':').next()?;
        (auth, rest.rsplit(':').next()?)
    } else if let Some(pos) = lower.find("/def/crs/") {
        let mut parts = s[pos + "/def/crs/".len()..].split('/');
        let auth = parts.next()?;
        (auth, parts.next_back()?)
    } else {
        let (a, c) = s.split_once(':')?;
        (a, c)
    };
    let ok = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (ok(auth) && ok(code) && auth.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| format!("{}:{code}", auth.to_ascii_uppercase()))
}

/// The component CRS names of an OGC compound CRS name, or `None` when `s` is not one:
/// `urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783` gives
/// `urn:ogc:def:crs:EPSG:6.12:25833` and `urn:ogc:def:crs:EPSG:6.12:5783`;
/// `http://www.opengis.net/def/crs-compound?1=URI&2=URI` gives the URIs in the order of their
/// numbers (percent-encoded `:`, `/`, `?`, `=`, `&` decoded).
fn compound_parts(s: &str) -> Option<Vec<String>> {
    let lower = s.to_ascii_lowercase();
    if let Some(rest) = lower
        .starts_with("urn:ogc:def:crs,")
        .then(|| &s["urn:ogc:def:crs,".len()..])
    {
        return Some(
            rest.split(',')
                .map(|p| {
                    let p = p.trim();
                    let tail = p.get(..4).filter(|h| h.eq_ignore_ascii_case("crs:"));
                    match tail {
                        Some(_) => format!("urn:ogc:def:crs:{}", &p[4..]),
                        None => p.to_string(),
                    }
                })
                .collect(),
        );
    }
    let pos = lower.find("/def/crs-compound?")?;
    let query = &s[pos + "/def/crs-compound?".len()..];
    let mut parts: Vec<(u32, String)> = query
        .split('&')
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            Some((k.trim().parse().ok()?, percent_decode(v.trim())))
        })
        .collect();
    parts.sort_by_key(|(k, _)| *k);
    Some(parts.into_iter().map(|(_, v)| v).collect())
}

/// Decode the percent escapes of a URI query value (`%3A` -> `:`); invalid escapes are kept.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = (b[i] == b'%')
            .then(|| s.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(c) => {
                out.push(c);
                i += 3;
            }
            None => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// EPSG code of the vertical CRS of an AdV height part (after `*`, lower-cased, possibly
/// followed by `*` and a geoid model): `DE_DHHN2016_NH`, `DE_DHHN92_NH`, `DE_DHHN85_NOH`.
fn adv_height_code(s: &str) -> Option<(u32, &'static str)> {
    // With EPSG's names (as PROJ gives them; asking PROJ would open its database).
    Some(match s.split('*').next()? {
        "de_dhhn2016_nh" => (7837, "DHHN2016 height"),
        "de_dhhn92_nh" => (5783, "DHHN92 height"),
        "de_dhhn85_noh" => (5784, "DHHN85 height"),
        _ => return None,
    })
}

/// EPSG code for the AdV CRS URNs used in NAS and German CityGML. Height parts after `*` are
/// not part of it (saale works in 2D and keeps heights as they are; [`adv_height_code`] names
/// them for the record).
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
    fn the_codes_and_names_kept_without_proj_are_what_proj_says() {
        for &code in ALWAYS_IN_EPSG {
            assert!(
                SpatialRef::from_epsg(code).is_ok(),
                "EPSG:{code} is listed as always in EPSG but PROJ does not know it"
            );
        }
        for adv in ["de_dhhn2016_nh", "de_dhhn92_nh", "de_dhhn85_noh"] {
            let (code, name) = adv_height_code(adv).expect("listed");
            let sr = SpatialRef::from_epsg(code).expect("in PROJ");
            assert_eq!(sr.name().as_deref(), Some(name), "{adv}");
            assert!(sr.is_vertical(), "{adv}");
        }
        // A code outside the list is still looked up, and a missing one still refused.
        assert!(epsg_exists(2056));
        assert!(!epsg_exists(999_999));
    }

    #[test]
    fn facts_asked_twice_are_the_same_as_asked_once() {
        for name in ["EPSG:25832", "EPSG:4326", "ESRI:102329"] {
            let c = Crs::parse(name).expect(name);
            let sr = c.spatial_ref().expect(name);
            for _ in 0..2 {
                assert_eq!(c.wkt(), sr.to_wkt().expect(name), "{name}");
                assert_eq!(c.is_geographic(), sr.is_geographic(), "{name}");
                assert_eq!(c.valid_extent(1.0), c.compute_valid_extent(1.0), "{name}");
            }
        }
    }

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
    fn other_authorities_and_esri_codes_under_epsg() {
        let esri = Crs::parse("ESRI:102329").expect("ESRI:102329");
        assert_eq!(esri.to_string(), "ESRI:102329");
        assert_eq!(esri.epsg_code(), None);
        assert!(esri.note().is_none());
        let urn = Crs::parse("urn:ogc:def:crs:ESRI::102329").expect("urn");
        assert_eq!(urn, esri);
        // An ArcGIS service's srsName: not an EPSG code, taken as ESRI with a note.
        let arc = Crs::parse("urn:ogc:def:crs:EPSG::102329").expect("fallback");
        assert_eq!(arc, esri);
        assert!(
            arc.note()
                .is_some_and(|n| n.contains("EPSG has no code 102329; taken as ESRI:102329")),
            "{:?}",
            arc.note()
        );
        // Zone-prefixed eastings: EPSG:4647 (32 before the easting) is a plain EPSG code.
        assert_eq!(
            Crs::parse("EPSG:4647").expect("4647").epsg_code(),
            Some(4647)
        );
        // WKT and PROJJSON of an ESRI CRS keep its code.
        let wkt = esri.wkt();
        assert_eq!(Crs::parse(&wkt).expect("wkt").to_string(), "ESRI:102329");
        let json = esri.projjson().expect("projjson");
        assert_eq!(
            Crs::parse(&json).expect("projjson").to_string(),
            "ESRI:102329"
        );
        // The transformation uses the definition: 32,680,000 m E in zone 32 with prefix.
        let t = crate::Transformer::new(&esri, &Crs::epsg(25832)).expect("t");
        let (mut x, mut y) = ([32_680_000.0], [5_640_000.0]);
        t.transform_coords(&mut x, &mut y).expect("transform");
        assert!((x[0] - 680_000.0).abs() < 1e-3 && (y[0] - 5_640_000.0).abs() < 1e-3);
        assert!(Crs::parse("ESRI:999999999").is_err());
        assert!(Crs::parse("EPSG:999999999").is_err());
    }

    /// Was refused as "unknown CRS" (Berlin's LoD2 download service writes it).
    #[test]
    fn ogc_compound_urn_is_its_horizontal_part_with_the_height_recorded() {
        for (name, h, v) in [
            (
                "urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783",
                25833,
                "EPSG:5783",
            ),
            ("urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::7837", 25832, "EPSG:7837"),
            (
                "http://www.opengis.net/def/crs-compound?1=http://www.opengis.net/def/crs/EPSG/0/25832&2=http://www.opengis.net/def/crs/EPSG/0/7837",
                25832,
                "EPSG:7837",
            ),
            (
                "http://www.opengis.net/def/crs-compound?2=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F5783&1=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F25833",
                25833,
                "EPSG:5783",
            ),
            ("urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH*GCG2016", 25832, "EPSG:7837"),
            ("urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH", 31468, "EPSG:5783"),
        ] {
            let c = Crs::parse(name).expect(name);
            assert_eq!(c.epsg_code(), Some(h), "{name}");
            assert_eq!(c.vertical(), Some(v), "{name}");
            assert_eq!(c, Crs::epsg(h), "{name}: equal to its horizontal part");
            let note = c.note().expect("note");
            assert!(
                note.contains(&format!("EPSG:{h} taken as the CRS"))
                    && note.contains(&format!("heights in {v}")),
                "{note}"
            );
        }
        let c = Crs::parse("urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783").expect("c");
        assert!(
            c.note()
                .is_some_and(|n| n.contains("ETRS89 / UTM zone 33N + DHHN92 height")),
            "{:?}",
            c.note()
        );
        // An unknown height part is said, not guessed.
        let c = Crs::parse("urn:adv:crs:ETRS89_UTM33*DE_XYZ_NH").expect("adv");
        assert_eq!((c.epsg_code(), c.vertical()), (Some(25833), None));
        assert!(c
            .note()
            .is_some_and(|n| n.contains("'de_xyz_nh' not known")));
        // Without a height part nothing is noted.
        assert!(Crs::parse("urn:adv:crs:ETRS89_UTM32")
            .expect("adv")
            .note()
            .is_none());
        // Malformed compounds are refused with the reason.
        for (bad, why) in [
            ("urn:ogc:def:crs,crs:EPSG::25832", "found 1 part"),
            (
                "urn:ogc:def:crs,crs:EPSG::7837,crs:EPSG::25832",
                "is a vertical CRS",
            ),
            (
                "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::4326",
                "is not a vertical CRS",
            ),
            (
                "urn:ogc:def:crs,crs:EPSG::25832,crs:EPSG::99999999",
                "vertical part",
            ),
            ("http://www.opengis.net/def/crs-compound?", "found 0 part"),
        ] {
            let e = Crs::parse(bad).expect_err(bad).to_string();
            assert!(e.contains(why) && e.contains(bad), "{bad}: {e}");
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
