//! Parsing and running an items query (`limit`, `offset`, `crs`, `bbox`, `bbox-crs`,
//! `datetime`, property filters): plain functions over the state, tested without HTTP.

use std::collections::HashMap;

use geo::{Coord, Intersects, LineString, Polygon};
use saale_crs::Transformer;
use saale_model::{Bbox, Geometry, Layer, Value};

use super::crs::{query_crs, ApiCrs};
use crate::http::View;
use crate::state::ServedLayer;
use crate::{ApiError, AppState};

/// Parameters with a meaning of their own; every other parameter filters by a property.
const RESERVED: [&str; 8] = [
    "f", "bbox", "bbox-crs", "crs", "limit", "offset", "datetime", "lang",
];

/// A parsed items query.
#[derive(Debug)]
pub(crate) struct ItemsQuery {
    /// Features per page (clamped to the configured maximum).
    pub limit: usize,
    /// Features skipped.
    pub offset: usize,
    /// CRS of the response geometries.
    pub out_crs: ApiCrs,
    /// The box as a polygon in the working CRS and its envelope.
    pub bbox: Option<(Polygon<f64>, Bbox)>,
    /// Property filters: field index and the text its value must equal.
    pub filters: Vec<(usize, String)>,
}

/// Parse the query parameters of `/items` for layer `l` in a view: `limit`, `offset`, `crs`,
/// `bbox`, `bbox-crs`, and every other parameter as a filter on a visible property.
///
/// # Errors
/// A 400 naming the parameter and what is wrong with it.
pub(crate) fn parse_items_query(
    st: &AppState,
    l: &ServedLayer,
    q: &HashMap<String, String>,
    view: View,
) -> Result<ItemsQuery, ApiError> {
    let bad = ApiError::BadRequest;
    let limit = match q.get("limit") {
        None => st.config.default_limit,
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|v| *v >= 1)
            .ok_or_else(|| bad(format!("limit={s}: expected a whole number of at least 1")))?
            .min(st.config.max_limit),
    };
    let offset = match q.get("offset") {
        None => 0,
        Some(s) => s
            .parse::<usize>()
            .map_err(|_| bad(format!("offset={s}: expected a whole number of at least 0")))?,
    };
    if let Some(s) = q.get("datetime") {
        check_datetime(s).map_err(|why| bad(format!("datetime={s}: {why}")))?;
    }
    let out_crs = query_crs(st, q, "crs")?;
    let bbox_crs = query_crs(st, q, "bbox-crs")?;
    if q.contains_key("bbox-crs") && !q.contains_key("bbox") {
        return Err(bad("bbox-crs given without bbox".into()));
    }
    let bbox = match q.get("bbox") {
        None => None,
        Some(s) => {
            let v: Vec<f64> = s
                .split(',')
                .map(|p| p.trim().parse::<f64>())
                .collect::<Result<_, _>>()
                .map_err(|_| bad(format!("bbox={s}: expected 4 or 6 numbers")))?;
            let (x0, y0, x1, y1) = match v.len() {
                4 => (v[0], v[1], v[2], v[3]),
                6 => (v[0], v[1], v[3], v[4]),
                _ => return Err(bad(format!("bbox={s}: expected 4 or 6 numbers"))),
            };
            if v.iter().any(|x| !x.is_finite()) {
                return Err(bad(format!("bbox={s}: numbers must be finite")));
            }
            let (crs, swap) = bbox_crs.crs();
            // EPSG:4326 boxes are given as lat,lon.
            let (x0, y0, x1, y1) = if swap {
                (y0, x0, y1, x1)
            } else {
                (x0, y0, x1, y1)
            };
            if y0 > y1 {
                return Err(bad(format!("bbox={s}: lower corner above upper corner")));
            }
            let tr = super::crs::transformer(&crs, &st.crs, &st.metrics)?;
            Some(bbox_polygon(&tr, x0, y0, x1, y1).map_err(ApiError::BadRequest)?)
        }
    };
    let mut filters = Vec::new();
    for (k, v) in q {
        if RESERVED.contains(&k.as_str()) {
            continue;
        }
        match l.view_data(view.internal).schema.index_of(k) {
            Some(i) if l.field_visible(i, view.internal) => filters.push((i, v.clone())),
            _ => {
                return Err(bad(format!(
                    "unknown query parameter '{k}' (not a property of '{}')",
                    l.name
                )))
            }
        }
    }
    Ok(ItemsQuery {
        limit,
        offset,
        out_crs,
        bbox,
        filters,
    })
}

/// Check a `datetime` parameter of OGC API Features Part 1: an RFC 3339 instant (a date or a
/// date-time with `Z` or an offset), or an interval `start/end` whose ends are instants, `..`
/// or empty (open), the start not after the end. saale's layers have no time axis in the API,
/// so a well-formed value matches every feature; a malformed one is a 400.
///
/// # Errors
/// What is wrong with the value.
pub(crate) fn check_datetime(s: &str) -> Result<(), String> {
    let mut parts = s.split('/');
    let (Some(a), b, None) = (parts.next(), parts.next(), parts.next()) else {
        return Err("expected an instant or an interval start/end".into());
    };
    let Some(b) = b else {
        return instant(a).map(|_| ());
    };
    let open = |x: &str| x.is_empty() || x == "..";
    let start = if open(a) { None } else { Some(instant(a)?) };
    let end = if open(b) { None } else { Some(instant(b)?) };
    if let (Some(x), Some(y)) = (start, end) {
        if x > y {
            return Err("the interval starts after it ends".into());
        }
    }
    Ok(())
}

/// An RFC 3339 date or date-time as seconds (and nanoseconds) since 1970 UTC; a date is its
/// midnight UTC.
fn instant(s: &str) -> Result<(i64, u32), String> {
    let err = || format!("'{s}' is not an RFC 3339 date or date-time (2024-05-01T12:00:00Z)");
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Result<i64, String> {
        let d = b.get(r).ok_or_else(err)?;
        if d.is_empty() || !d.iter().all(u8::is_ascii_digit) {
            return Err(err());
        }
        Ok(d.iter().fold(0i64, |n, c| n * 10 + i64::from(c - b'0')))
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(err());
    }
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > days_in[usize::try_from(m - 1).map_err(|_| err())?] {
        return Err(err());
    }
    // Days since 1970-01-01 (proleptic Gregorian).
    let (yy, mm) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    if b.len() == 10 {
        return Ok((days * 86_400, 0));
    }
    if !matches!(b[10], b'T' | b't') || b.len() < 20 || b[13] != b':' || b[16] != b':' {
        return Err(err());
    }
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if h > 23 || mi > 59 || sec > 60 {
        return Err(err());
    }
    let mut i = 19;
    let mut nanos = 0u32;
    if b[i] == b'.' {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(err());
        }
        let mut scale = 100_000_000;
        for c in b[start..i].iter().take(9) {
            nanos += u32::from(c - b'0') * scale;
            scale /= 10;
        }
    }
    let offset = match b.get(i..) {
        Some(b"Z" | b"z") => 0,
        Some([sign @ (b'+' | b'-'), _, _, b':', _, _]) => {
            let (oh, om) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if oh > 23 || om > 59 {
                return Err(err());
            }
            let o = oh * 3600 + om * 60;
            if *sign == b'-' {
                -o
            } else {
                o
            }
        }
        _ => return Err(err()),
    };
    Ok((days * 86_400 + h * 3600 + mi * 60 + sec - offset, nanos))
}

/// The box as a densified polygon in the working CRS, and its envelope.
pub(crate) fn bbox_polygon(
    tr: &Transformer,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
) -> Result<(Polygon<f64>, Bbox), String> {
    const N: usize = 16;
    let mut ring = Vec::with_capacity(4 * N + 1);
    // A box crossing the antimeridian (x0 > x1) is not supported; say so.
    if x0 > x1 {
        return Err("bbox crossing the antimeridian is not supported".into());
    }
    for i in 0..N {
        ring.push(Coord {
            x: x0 + (x1 - x0) * i as f64 / N as f64,
            y: y0,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x1,
            y: y0 + (y1 - y0) * i as f64 / N as f64,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x1 - (x1 - x0) * i as f64 / N as f64,
            y: y1,
        });
    }
    for i in 0..N {
        ring.push(Coord {
            x: x0,
            y: y1 - (y1 - y0) * i as f64 / N as f64,
        });
    }
    ring.push(ring[0]);
    let mut g = Geometry::Polygon(Polygon::new(LineString::new(ring), vec![]));
    tr.transform_geometry(&mut g)
        .map_err(|e| format!("bbox cannot be transformed: {e}"))?;
    // PROJ may map a far-off box to infinities instead of failing.
    let mut finite = true;
    saale_model::for_each_coord(&g, &mut |c| finite &= c.x.is_finite() && c.y.is_finite());
    if !finite {
        return Err("bbox lies outside the area the working CRS can represent".into());
    }
    let env = Bbox::of(&g);
    match g {
        Geometry::Polygon(p) => Ok((p, env)),
        _ => Err("bbox transformation failed".into()),
    }
}

/// The features of `data` (the view's data of layer `l`) matching `iq`, in order.
#[must_use]
pub(crate) fn select(l: &ServedLayer, data: &Layer, iq: &ItemsQuery) -> Vec<usize> {
    let candidates: Vec<usize> = match &iq.bbox {
        Some((_, env)) => l.index.query_bbox(env),
        None => (0..data.features.len()).collect(),
    };
    candidates
        .into_iter()
        .filter(|&i| {
            let f = &data.features[i];
            if let Some((poly, _)) = &iq.bbox {
                match &f.geometry {
                    Some(g) if g.intersects(poly) => {}
                    _ => return false,
                }
            }
            iq.filters
                .iter()
                .all(|(k, v)| value_text(f.value(*k)) == *v)
        })
        .collect()
}

/// A value as the text a filter compares with (and the HTML table shows).
pub(crate) fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::String(s) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_crs::Crs;
    use saale_model::geo_types::point;
    use saale_model::{Feature, Field, FieldType, Schema};
    use saale_store::{LayerEntry, LayerKind};

    /// Ten points 100 m apart along x in EPSG:25832 (Jena), `kind` alternating a/b, `note`
    /// internal.
    fn state() -> AppState {
        let mut st = AppState::new("t", Crs::epsg(25832), crate::ServerConfig::default());
        let layer = Layer {
            schema: Schema::from_fields([
                Field {
                    name: "kind".into(),
                    ty: FieldType::String,
                },
                Field {
                    name: "note".into(),
                    ty: FieldType::String,
                },
            ]),
            features: (0..10)
                .map(|i| Feature {
                    geometry: Some(Geometry::Point(
                        point!(x: 681_000.0 + f64::from(i) * 100.0, y: 5_644_000.0),
                    )),
                    values: vec![
                        Value::from(if i % 2 == 0 { "a" } else { "b" }),
                        Value::from("secret"),
                    ],
                })
                .collect(),
        };
        let mut e = LayerEntry::new(LayerKind::Vector);
        e.access.internal_fields = vec!["note".into()];
        st.add_layer("p", e, layer).expect("layer");
        st
    }

    fn q(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect()
    }

    const PUBLIC: View = View { internal: false };

    #[test]
    fn items_query_parses_paging_filters_and_bbox_without_http() {
        let st = state();
        let l = st.layer("p", false).expect("p");
        let iq =
            parse_items_query(&st, l, &q(&[("limit", "3"), ("kind", "b")]), PUBLIC).expect("query");
        assert_eq!((iq.limit, iq.offset, iq.out_crs), (3, 0, ApiCrs::Crs84));
        let all = select(l, l.view_data(false), &iq);
        assert_eq!(all, vec![1, 3, 5, 7, 9]);
        // A box in the working CRS around the points 2..=4 (x 681,200..681,400).
        let iq = parse_items_query(
            &st,
            l,
            &q(&[
                ("bbox", "681150,5643990,681450,5644010"),
                ("bbox-crs", "http://www.opengis.net/def/crs/EPSG/0/25832"),
            ]),
            PUBLIC,
        )
        .expect("bbox query");
        let mut hit = select(l, l.view_data(false), &iq);
        hit.sort_unstable();
        assert_eq!(hit, vec![2, 3, 4]);
        // The limit is clamped to the configured maximum.
        let iq = parse_items_query(&st, l, &q(&[("limit", "999999")]), PUBLIC).expect("q");
        assert_eq!(iq.limit, st.config.max_limit);
    }

    #[test]
    fn datetime_instants_and_intervals() {
        for ok in [
            "2024-05-01",
            "2024-02-29T23:59:60Z",
            "2024-05-01T12:00:00.123456789123+02:00",
            "2024-05-01t12:00:00z",
            "../2024-05-01T00:00:00Z",
            "2024-05-01/",
            "/2024-05-01",
            "../..",
            // The same instant in two offsets: not after.
            "2024-05-01T12:00:00+02:00/2024-05-01T10:00:00Z",
        ] {
            assert_eq!(check_datetime(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "2023-02-29",
            "2024-05-01T24:00:00Z",
            "2024-05-01T12:00:00",
            "2024-05-01T12:00:00+2:00",
            "2024-05-01T12:00:00.Z",
            "2024-05-01T10:00:01Z/2024-05-01T12:00:00+02:00",
            "2024-05-01/2024-05-01/2024-05-01",
            "２０２４-05-01",
        ] {
            assert!(check_datetime(bad).is_err(), "{bad}");
        }
        // Hand computation: 2024-05-01T12:00:00+02:00 is 1714557600 s since 1970 UTC.
        assert_eq!(instant("2024-05-01T12:00:00+02:00"), Ok((1_714_557_600, 0)));
        assert_eq!(instant("1969-12-31"), Ok((-86_400, 0)));
    }

    #[test]
    fn items_query_errors_name_the_parameter() {
        let st = state();
        let l = st.layer("p", false).expect("p");
        for (pairs, want) in [
            (vec![("limit", "0")], "limit=0"),
            (vec![("offset", "-1")], "offset=-1"),
            (vec![("bbox", "1,2,3")], "bbox=1,2,3"),
            (vec![("bbox", "1,2,3,NaN")], "finite"),
            // Fuzzing (ogc_query, fuzz/regressions/ogc_query/bbox_transformed_to_infinity):
            // a finite box PROJ maps to infinities was accepted with an infinite envelope.
            (
                vec![
                    ("bbox", "1e231,1e308,1e308,1e308"),
                    ("bbox-crs", "EPSG:25832"),
                ],
                "outside the area the working CRS can represent",
            ),
            (
                vec![("bbox-crs", "EPSG:25832")],
                "bbox-crs given without bbox",
            ),
            (
                vec![("crs", "EPSG:9999999")],
                "crs=EPSG:9999999 is not supported",
            ),
            (
                vec![("datetime", "2024-13-01")],
                "datetime=2024-13-01: '2024-13-01'",
            ),
            (vec![("datetime", "yesterday")], "not an RFC 3339"),
            (
                vec![("datetime", "2024-05-02/2024-05-01")],
                "starts after it ends",
            ),
            (
                vec![("datetime", "2024-05-01/../x")],
                "an instant or an interval",
            ),
            // An internal field is no filter in the public view (it does not exist there).
            (vec![("note", "secret")], "unknown query parameter 'note'"),
        ] {
            let e = parse_items_query(&st, l, &q(&pairs), PUBLIC).expect_err(want);
            assert_eq!(e.status(), axum::http::StatusCode::BAD_REQUEST);
            assert!(e.to_string().contains(want), "{e} / {want}");
        }
        // The internal view may filter by it.
        let iq = parse_items_query(&st, l, &q(&[("note", "secret")]), View { internal: true })
            .expect("internal filter");
        assert_eq!(select(l, l.view_data(true), &iq).len(), 10);
    }
}
