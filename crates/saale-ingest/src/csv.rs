//! Delimited text: points from x/y or lon/lat columns, geometries from a WKT column, or plain
//! attribute tables without geometry (e.g. demographic tables, wide with one column per date).
//!
//! Column types are inferred: a column is `int` when every non-empty value parses as an integer
//! without a leading zero (so keys like `01` stay text), `float` when every value parses as a
//! number (a decimal comma is accepted when the delimiter is `;`), else `string`.
//! Text that is not UTF-8 is read as ISO-8859-1.

use std::path::Path;

use saale_model::geo_types::Point;
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};

use crate::read::RawSource;
use crate::{Error, Result};

/// How to find geometry in a CSV file. With all fields `None`, columns named `wkt`/`geometry`/
/// `geom`/`the_geom`, or `lon`/`lng`/`longitude` with `lat`/`latitude`, or `x` with `y`
/// (case-insensitive) are used when present; otherwise the file is an attribute table.
#[derive(Debug, Clone, Default)]
pub struct CsvOptions {
    /// Column with x (east or longitude).
    pub x: Option<String>,
    /// Column with y (north or latitude).
    pub y: Option<String>,
    /// Column with WKT geometry.
    pub wkt: Option<String>,
    /// Field delimiter; sniffed from the header line when `None`.
    pub delimiter: Option<u8>,
}

enum GeomCols {
    None,
    Xy(usize, usize),
    Wkt(usize),
}

fn decode(bytes: Vec<u8>) -> String {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(b) => b.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    }
}

fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    [b';', b'\t', b',', b'|']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .filter(|d| header.bytes().any(|b| b == *d))
        .unwrap_or(b',')
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    headers
        .iter()
        .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

fn named(path: &Path, headers: &[String], name: &str) -> Result<usize> {
    find(headers, &[name]).ok_or_else(|| {
        Error::malformed(
            path,
            "header",
            format!("no column '{name}' (columns: {})", headers.join(", ")),
        )
    })
}

/// Read a CSV file; `xy_is_geographic` is set when the coordinate columns are lon/lat.
pub(crate) fn read(path: &Path, opts: &CsvOptions) -> Result<(RawSource, GeomKind)> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = decode(bytes);
    let delimiter = opts.delimiter.unwrap_or_else(|| sniff_delimiter(&text));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::malformed(path, "header", e.to_string()))?
        .iter()
        .map(str::to_string)
        .collect();
    let (cols, kind) = if let Some(w) = &opts.wkt {
        (GeomCols::Wkt(named(path, &headers, w)?), GeomKind::Wkt)
    } else if let (Some(x), Some(y)) = (&opts.x, &opts.y) {
        (
            GeomCols::Xy(named(path, &headers, x)?, named(path, &headers, y)?),
            GeomKind::Xy,
        )
    } else if let Some(w) = find(
        &headers,
        &["wkt", "geometry", "geom", "the_geom", "wkt_geom"],
    ) {
        (GeomCols::Wkt(w), GeomKind::Wkt)
    } else if let (Some(x), Some(y)) = (
        find(&headers, &["lon", "lng", "long", "longitude"]),
        find(&headers, &["lat", "latitude"]),
    ) {
        (GeomCols::Xy(x, y), GeomKind::LonLat)
    } else if let (Some(x), Some(y)) = (find(&headers, &["x"]), find(&headers, &["y"])) {
        (GeomCols::Xy(x, y), GeomKind::Xy)
    } else {
        (GeomCols::None, GeomKind::None)
    };
    let attr_cols: Vec<usize> = (0..headers.len())
        .filter(|i| !matches!(cols, GeomCols::Wkt(w) if w == *i))
        .collect();

    let mut rows: Vec<(u64, Vec<String>)> = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, csv::Position::line);
            Error::malformed(path, format!("line {line}"), e.to_string())
        })?;
        let line = rec.position().map_or(0, csv::Position::line);
        rows.push((line, rec.iter().map(str::to_string).collect()));
    }

    let decimal_comma = delimiter == b';';
    let types: Vec<FieldType> = attr_cols
        .iter()
        .map(|&c| infer(rows.iter().map(|(_, r)| r[c].as_str()), decimal_comma))
        .collect();
    let names = saale_model::unique_field_names(attr_cols.iter().map(|&c| {
        if headers[c].trim().is_empty() {
            format!("field_{}", c + 1)
        } else {
            headers[c].trim().to_string()
        }
    }));
    let schema = Schema::from_fields(
        names
            .into_iter()
            .zip(&types)
            .map(|(name, &ty)| Field { name, ty }),
    );

    let mut features = Vec::with_capacity(rows.len());
    for (line, r) in &rows {
        let geometry = match cols {
            GeomCols::None => None,
            GeomCols::Xy(x, y) => {
                let (xs, ys) = (r[x].trim(), r[y].trim());
                if xs.is_empty() && ys.is_empty() {
                    None
                } else {
                    let px = parse_num(xs, decimal_comma);
                    let py = parse_num(ys, decimal_comma);
                    match (px, py) {
                        (Some(px), Some(py)) => Some(Geometry::Point(Point::new(px, py))),
                        _ => {
                            return Err(Error::malformed(
                                path,
                                format!("line {line}"),
                                format!("coordinates '{xs}', '{ys}' are not numbers"),
                            ))
                        }
                    }
                }
            }
            GeomCols::Wkt(w) => {
                let t = r[w].trim();
                if t.is_empty() {
                    None
                } else {
                    Some(saale_model::geometry_from_wkt(t).map_err(|e| {
                        Error::malformed(path, format!("line {line}"), format!("bad WKT: {e}"))
                    })?)
                }
            }
        };
        let values = attr_cols
            .iter()
            .zip(&types)
            .map(|(&c, &ty)| convert(&r[c], ty, decimal_comma))
            .collect();
        features.push(Feature { geometry, values });
    }
    Ok((
        RawSource {
            layer: Layer { schema, features },
            crs: None,
            detail: "CSV".into(),
            warnings: Vec::new(),
        },
        kind,
    ))
}

/// Which kind of geometry columns a CSV file had (decides the default CRS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GeomKind {
    /// Attribute table.
    None,
    /// lon/lat columns: EPSG:4326 unless told otherwise.
    LonLat,
    /// x/y columns: CRS must be given unless values look like degrees.
    Xy,
    /// WKT column: EPSG:4326 unless told otherwise.
    Wkt,
}

fn parse_num(s: &str, decimal_comma: bool) -> Option<f64> {
    let s = s.trim();
    s.parse::<f64>().ok().or_else(|| {
        if decimal_comma && s.contains(',') && !s.contains('.') {
            s.replace(',', ".").parse().ok()
        } else {
            None
        }
    })
}

fn is_int(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !(digits.len() > 1 && digits.starts_with('0'))
        && s.parse::<i64>().is_ok()
}

fn infer<'a>(values: impl Iterator<Item = &'a str>, decimal_comma: bool) -> FieldType {
    let mut ty: Option<FieldType> = None;
    for v in values {
        let v = v.trim();
        if v.is_empty() {
            continue;
        }
        let digits = v.strip_prefix('-').unwrap_or(v).as_bytes();
        let leading_zero = digits.len() > 1 && digits[0] == b'0' && digits[1].is_ascii_digit();
        let t = if is_int(v) {
            FieldType::Int
        } else if !leading_zero && parse_num(v, decimal_comma).is_some_and(f64::is_finite) {
            FieldType::Float
        } else {
            FieldType::String
        };
        ty = Some(ty.map_or(t, |a| a.widen(t)));
        if ty == Some(FieldType::String) {
            break;
        }
    }
    ty.unwrap_or(FieldType::String)
}

fn convert(s: &str, ty: FieldType, decimal_comma: bool) -> Value {
    let t = s.trim();
    if t.is_empty() {
        return Value::Null;
    }
    match ty {
        FieldType::Int => t.parse().map_or(Value::Null, Value::Int),
        FieldType::Float => parse_num(t, decimal_comma).map_or(Value::Null, Value::Float),
        _ => Value::String(s.to_string().into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(text: &[u8]) -> tempfile::NamedTempFile {
        let mut f = tempfile::Builder::new()
            .suffix(".csv")
            .tempfile()
            .expect("tmp");
        f.write_all(text).expect("write");
        f
    }

    /// Fuzzing (target `csv`, fuzz/regressions/csv/duplicate_header.csv): a header naming a
    /// column twice gave one field for two columns, so rows had more values than fields and
    /// the second column's values took the first's place.
    #[test]
    fn duplicate_header_keeps_both_columns() {
        let f = write(b"a,b,a,a_2,,\n1,2,3,4,5,6\n");
        let l = read(f.path(), &CsvOptions::default())
            .expect("read")
            .0
            .layer;
        let names: Vec<&str> = l.schema.fields().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a", "b", "a_2", "a_2_2", "field_5", "field_6"]);
        assert!(l.features[0].values.len() <= names.len());
        assert_eq!(l.value(0, "a"), Some(&Value::Int(1)));
        assert_eq!(l.value(0, "a_2"), Some(&Value::Int(3)));
        assert_eq!(l.value(0, "a_2_2"), Some(&Value::Int(4)));
        assert_eq!(l.value(0, "field_6"), Some(&Value::Int(6)));
    }

    #[test]
    fn wide_table_without_geometry() {
        let f = write(b"name,nr,31.12.2016,31.12.2017\nJena,0,61012,\nA,11,205,\nB,012,1.5,\n");
        let (src, kind) = read(f.path(), &CsvOptions::default()).expect("read");
        assert_eq!(kind, GeomKind::None);
        let l = src.layer;
        let types: Vec<_> = l.schema.fields().iter().map(|f| f.ty).collect();
        assert_eq!(
            types,
            [
                FieldType::String,
                FieldType::String,
                FieldType::Float,
                FieldType::String
            ]
        );
        assert_eq!(l.value(0, "31.12.2016"), Some(&Value::Float(61012.0)));
        assert_eq!(l.value(2, "nr"), Some(&Value::String("012".into())));
        assert_eq!(l.value(1, "31.12.2017"), Some(&Value::Null));
    }

    #[test]
    fn lonlat_points_semicolon_decimal_comma_latin1() {
        let f = write(b"ort;lon;lat;wert\nSt\xF6\xdfen;11,5;50,9;3\n");
        let (src, kind) = read(f.path(), &CsvOptions::default()).expect("read");
        assert_eq!(kind, GeomKind::LonLat);
        let l = src.layer;
        assert_eq!(l.value(0, "ort"), Some(&Value::String("Stößen".into())));
        assert_eq!(
            l.features[0].geometry,
            Some(Geometry::Point(Point::new(11.5, 50.9)))
        );
        assert_eq!(l.value(0, "wert"), Some(&Value::Int(3)));
    }

    #[test]
    fn bad_wkt_names_line() {
        let f = write(b"id,wkt\n1,POINT (1 2)\n2,POINT (1\n");
        let e = read(f.path(), &CsvOptions::default())
            .expect_err("bad")
            .to_string();
        assert!(e.contains("line 3") && e.contains("bad WKT"), "{e}");
    }
}
