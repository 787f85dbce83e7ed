//! CRS negotiation of OGC API Features Part 2: the CRSs the server offers, their URIs, the
//! `crs` and `bbox-crs` parameters, and the transformers from the working CRS, cached per
//! thread and target CRS.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use saale_crs::{Crs, Transformer};

use crate::state::Metrics;
use crate::{ApiError, AppState};

/// URI of OGC's longitude/latitude WGS 84.
pub(crate) const CRS84: &str = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

/// A CRS as the API names it.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub(crate) enum ApiCrs {
    /// Longitude/latitude, WGS 84.
    Crs84,
    /// EPSG code (EPSG:4326 in latitude/longitude order).
    Epsg(u32),
}

impl ApiCrs {
    /// The URI of this CRS.
    pub(crate) fn uri(self) -> String {
        match self {
            ApiCrs::Crs84 => CRS84.to_string(),
            ApiCrs::Epsg(c) => format!("http://www.opengis.net/def/crs/EPSG/0/{c}"),
        }
    }

    /// Parse a URI, `[URI]`, `EPSG:n` or `CRS84`.
    pub(crate) fn parse(s: &str) -> Option<ApiCrs> {
        let s = s.trim().trim_start_matches('[').trim_end_matches(']');
        if s == CRS84 || s.eq_ignore_ascii_case("CRS84") || s.ends_with("/OGC/1.3/CRS84") {
            return Some(ApiCrs::Crs84);
        }
        let code = s
            .strip_prefix("http://www.opengis.net/def/crs/EPSG/0/")
            .or_else(|| s.strip_prefix("https://www.opengis.net/def/crs/EPSG/0/"))
            .or_else(|| s.strip_prefix("EPSG:"))
            .or_else(|| s.strip_prefix("epsg:"))?;
        code.parse().ok().map(ApiCrs::Epsg)
    }

    /// The CRS for transformation and whether axes are swapped (EPSG:4326 is lat/lon).
    pub(crate) fn crs(self) -> (Crs, bool) {
        match self {
            ApiCrs::Crs84 => (Crs::epsg(4326), false),
            ApiCrs::Epsg(4326) => (Crs::epsg(4326), true),
            ApiCrs::Epsg(c) => (Crs::epsg(c), false),
        }
    }
}

/// The CRSs offered for responses and bounding boxes.
pub(crate) fn supported_crs(st: &AppState) -> Vec<ApiCrs> {
    let mut v = vec![
        ApiCrs::Crs84,
        ApiCrs::Epsg(4326),
        ApiCrs::Epsg(25832),
        ApiCrs::Epsg(3857),
    ];
    if let Some(c) = st.crs.epsg_code() {
        if !v.contains(&ApiCrs::Epsg(c)) {
            v.push(ApiCrs::Epsg(c));
        }
    }
    v
}

/// The URI of the working CRS.
pub(crate) fn storage_crs(st: &AppState) -> String {
    st.crs
        .epsg_code()
        .map_or_else(|| st.crs.to_string(), |c| ApiCrs::Epsg(c).uri())
}

/// The CRS named by query parameter `key` (CRS84 when absent), or a 400 listing the supported.
pub(crate) fn query_crs(
    st: &AppState,
    q: &HashMap<String, String>,
    key: &str,
) -> Result<ApiCrs, ApiError> {
    match q.get(key) {
        None => Ok(ApiCrs::Crs84),
        Some(s) => ApiCrs::parse(s)
            .filter(|c| supported_crs(st).contains(c))
            .ok_or_else(|| {
                ApiError::bad(format!(
                    "{key}={s} is not supported; use one of {}",
                    supported_crs(st)
                        .iter()
                        .map(|c| c.uri())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }),
    }
}

thread_local! {
    /// PROJ transformers of this thread by (source, target): a PROJ transformer is not `Send`,
    /// so each worker thread of the blocking pool keeps its own and reuses it across requests.
    static TRANSFORMERS: RefCell<Vec<(Crs, Crs, Rc<Transformer>)>> = const { RefCell::new(Vec::new()) };
}

/// Most transformers a thread keeps (the supported CRSs are few; this bounds a misuse).
const MAX_CACHED: usize = 16;

/// The transformer `from` -> `to` of this thread, created on first use; counts hits and
/// creations in `metrics`.
///
/// # Errors
/// A 500 when PROJ knows no transformation.
pub(crate) fn transformer(
    from: &Crs,
    to: &Crs,
    metrics: &Metrics,
) -> Result<Rc<Transformer>, ApiError> {
    let hit = TRANSFORMERS.with(|c| {
        c.borrow()
            .iter()
            .find(|(f, t, _)| f == from && t == to)
            .map(|(_, _, tr)| Rc::clone(tr))
    });
    if let Some(t) = hit {
        Metrics::inc(&metrics.transformer_hits, 1);
        return Ok(t);
    }
    let t = Rc::new(Transformer::new(from, to).map_err(|e| ApiError::internal(e.to_string()))?);
    Metrics::inc(&metrics.transformers_created, 1);
    TRANSFORMERS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHED {
            c.clear();
        }
        c.push((from.clone(), to.clone(), Rc::clone(&t)));
    });
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crs_parameters_parse() {
        assert_eq!(ApiCrs::parse("CRS84"), Some(ApiCrs::Crs84));
        assert_eq!(
            ApiCrs::parse("[http://www.opengis.net/def/crs/EPSG/0/25832]"),
            Some(ApiCrs::Epsg(25832))
        );
        assert_eq!(ApiCrs::parse("EPSG:3857"), Some(ApiCrs::Epsg(3857)));
        assert_eq!(ApiCrs::parse("EPSG:x"), None);
        assert_eq!(ApiCrs::Epsg(4326).crs(), (Crs::epsg(4326), true));
    }

    #[test]
    fn transformers_are_reused_per_thread_and_target() {
        let m = Metrics::default();
        let (a, b) = (Crs::epsg(25832), Crs::epsg(4326));
        let t1 = transformer(&a, &b, &m).expect("PROJ");
        let t2 = transformer(&a, &b, &m).expect("PROJ");
        assert!(Rc::ptr_eq(&t1, &t2));
        let _ = transformer(&a, &Crs::epsg(3857), &m).expect("PROJ");
        use std::sync::atomic::Ordering::Relaxed;
        assert_eq!(m.transformers_created.load(Relaxed), 2);
        assert_eq!(m.transformer_hits.load(Relaxed), 1);
    }
}
