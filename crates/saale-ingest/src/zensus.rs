//! Zensus 2022 grid CSV (100 m, 1 km, 10 km cells): cell id or centre to the cell polygon in
//! EPSG:3035; a dash marks a suppressed value (null plus the `suppressed` flag), a value in
//! brackets or `KLAMMERN` in `werterlaeuternde_Zeichen` marks limited reliability (`uncertain`).
//! `;` separator, decimal comma, UTF-8 or ISO-8859-1.

use std::path::Path;

use saale_model::geo_types::{LineString, Polygon};
use saale_model::{FieldType, Geometry, Value};

use crate::dataset::{DatasetOptions, Part};
use crate::{Error, Result};

/// Parse a cell id like `CRS3035RES100mN2689100E4337000`: (resolution m, north, east) of the
/// lower-left corner.
pub(crate) fn parse_cell_id(id: &str) -> Option<(f64, f64, f64)> {
    let rest = id.strip_prefix("CRS3035RES")?;
    let npos = rest.find('N')?;
    let res_txt = &rest[..npos];
    let res = if let Some(k) = res_txt.strip_suffix("km") {
        k.parse::<f64>().ok()? * 1000.0
    } else {
        res_txt.strip_suffix('m')?.parse::<f64>().ok()?
    };
    let after = &rest[npos + 1..];
    let epos = after.find('E')?;
    let n: f64 = after[..epos].parse().ok()?;
    let e: f64 = after[epos + 1..].parse().ok()?;
    Some((res, n, e))
}

fn res_from_header(h: &str) -> Option<f64> {
    let l = h.to_ascii_lowercase();
    if l.ends_with("10km") {
        Some(10_000.0)
    } else if l.ends_with("1km") {
        Some(1000.0)
    } else if l.ends_with("100m") {
        Some(100.0)
    } else {
        None
    }
}

enum Cell {
    Num(f64),
    Suppressed,
    Empty,
}

fn parse_value(s: &str) -> (Cell, bool) {
    let t = s.trim();
    let (t, uncertain) = match t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        Some(inner) => (inner.trim(), true),
        None => (t, false),
    };
    if t.is_empty() {
        return (Cell::Empty, uncertain);
    }
    if matches!(t, "-" | "–" | "—" | "." | "/") {
        return (Cell::Suppressed, uncertain);
    }
    // Decimal comma (with optional thousands dots), else a plain number.
    let v = if t.contains(',') {
        t.replace('.', "").replace(',', ".").parse::<f64>()
    } else {
        t.parse::<f64>()
    };
    match v {
        Ok(v) if v.is_finite() => (Cell::Num(v), uncertain),
        _ => (Cell::Empty, uncertain),
    }
}

/// Read one Zensus grid CSV file.
pub(crate) fn read(path: &Path, _opts: &DatasetOptions) -> Result<Part> {
    let (bytes, hashed) = crate::dataset::read_hashed(path)?;
    let (text, latin1) = match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (e.into_bytes().iter().map(|&b| b as char).collect(), true),
    };
    let text = text.trim_start_matches('\u{feff}');
    let delim = if text.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::malformed(path, "line 1", format!("bad header: {e}")))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let find = |p: &str| {
        headers
            .iter()
            .position(|h| h.to_ascii_lowercase().starts_with(p))
    };
    let id_col = find("gitter_id_").ok_or_else(|| {
        Error::malformed(
            path,
            "line 1",
            "no GITTER_ID_* column (not a Zensus grid file)",
        )
    })?;
    let x_col = find("x_mp_");
    let y_col = find("y_mp_");
    let note_col = headers
        .iter()
        .position(|h| h.eq_ignore_ascii_case("werterlaeuternde_Zeichen"));
    let header_res = res_from_header(&headers[id_col]);
    let value_cols: Vec<usize> = (0..headers.len())
        .filter(|&i| Some(i) != x_col && Some(i) != y_col && i != id_col && Some(i) != note_col)
        .collect();

    struct Row {
        geom: Polygon<f64>,
        id: String,
        res: f64,
        cx: f64,
        cy: f64,
        vals: Vec<Option<f64>>,
        suppressed: Vec<usize>,
        uncertain: bool,
    }
    let mut rows = Vec::new();
    let mut all_int = vec![true; value_cols.len()];
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| Error::malformed(path, format!("line {line}"), e.to_string()))?;
        let id = rec.get(id_col).unwrap_or("").trim().to_string();
        let from_id = parse_cell_id(&id);
        let num = |c: Option<usize>| {
            c.and_then(|c| rec.get(c))
                .and_then(|s| s.trim().replace(',', ".").parse::<f64>().ok())
        };
        let (res, x0, y0) = match (from_id, num(x_col), num(y_col)) {
            (Some((r, n, e)), _, _) => (r, e, n),
            (None, Some(x), Some(y)) => {
                let r = header_res.ok_or_else(|| {
                    Error::malformed(
                        path,
                        format!("line {line}"),
                        "cell size unknown (no id, no size in the column name)",
                    )
                })?;
                (r, x - r / 2.0, y - r / 2.0)
            }
            _ => {
                return Err(Error::malformed(
                    path,
                    format!("line {line}"),
                    format!("cannot place cell '{id}': neither a CRS3035RES... id nor x_mp/y_mp"),
                ))
            }
        };
        if !(0.0..1.0e8).contains(&x0) || !(0.0..1.0e8).contains(&y0) {
            return Err(Error::malformed(
                path,
                format!("line {line}"),
                format!("absurd cell position {x0} {y0}"),
            ));
        }
        let ring = LineString::from(vec![
            (x0, y0),
            (x0 + res, y0),
            (x0 + res, y0 + res),
            (x0, y0 + res),
            (x0, y0),
        ]);
        let mut vals = Vec::with_capacity(value_cols.len());
        let mut suppressed = Vec::new();
        let mut uncertain = note_col
            .and_then(|c| rec.get(c))
            .is_some_and(|s| s.to_ascii_uppercase().contains("KLAMMERN"));
        for (k, &c) in value_cols.iter().enumerate() {
            let (cell, unc) = parse_value(rec.get(c).unwrap_or(""));
            uncertain |= unc;
            match cell {
                Cell::Num(v) => {
                    all_int[k] &= v.fract() == 0.0 && v.abs() < 9.0e15;
                    vals.push(Some(v));
                }
                Cell::Suppressed => {
                    suppressed.push(k);
                    vals.push(None);
                }
                Cell::Empty => vals.push(None),
            }
        }
        rows.push(Row {
            geom: Polygon::new(ring, vec![]),
            id,
            res,
            cx: x0 + res / 2.0,
            cy: y0 + res / 2.0,
            vals,
            suppressed,
            uncertain,
        });
    }
    let mut fields: Vec<(String, FieldType)> = vec![
        ("cell_id".into(), FieldType::String),
        ("resolution_m".into(), FieldType::Int),
        ("x_mp".into(), FieldType::Float),
        ("y_mp".into(), FieldType::Float),
    ];
    for (k, &c) in value_cols.iter().enumerate() {
        fields.push((
            headers[c].clone(),
            if all_int[k] {
                FieldType::Int
            } else {
                FieldType::Float
            },
        ));
    }
    fields.push(("suppressed".into(), FieldType::Bool));
    fields.push(("suppressed_fields".into(), FieldType::String));
    fields.push(("uncertain".into(), FieldType::Bool));
    let field_refs: Vec<(&str, FieldType)> = fields.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let mut part = Part {
        detail: format!(
            "Zensus grid CSV{}",
            if latin1 { " (ISO-8859-1)" } else { "" }
        ),
        default_srs: Some("EPSG:3035".into()),
        sha256: Some(hashed),
        ..Part::default()
    };
    let n_rows = rows.len();
    let layer = part.layer("zensus_grid", &field_refs);
    for r in rows {
        let mut v = vec![
            Value::String(r.id.into()),
            Value::Int(r.res as i64),
            Value::Float(r.cx),
            Value::Float(r.cy),
        ];
        for (k, x) in r.vals.iter().enumerate() {
            v.push(match x {
                Some(x) if all_int[k] => Value::Int(*x as i64),
                Some(x) => Value::Float(*x),
                None => Value::Null,
            });
        }
        v.push(Value::Bool(!r.suppressed.is_empty()));
        v.push(if r.suppressed.is_empty() {
            Value::Null
        } else {
            Value::String(
                r.suppressed
                    .iter()
                    .map(|&k| headers[value_cols[k]].clone())
                    .collect::<Vec<_>>()
                    .join(";")
                    .into(),
            )
        });
        v.push(Value::Bool(r.uncertain));
        layer.push(Some(Geometry::Polygon(r.geom)), v, u32::MAX);
    }
    for _ in 0..n_rows {
        part.report.read("grid cell");
    }
    Ok(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_ids() {
        assert_eq!(
            parse_cell_id("CRS3035RES100mN2689100E4337000"),
            Some((100.0, 2_689_100.0, 4_337_000.0))
        );
        assert_eq!(
            parse_cell_id("CRS3035RES1kmN2689000E4337000"),
            Some((1000.0, 2_689_000.0, 4_337_000.0))
        );
        assert_eq!(
            parse_cell_id("CRS3035RES10kmN268E433"),
            Some((10_000.0, 268.0, 433.0))
        );
        assert_eq!(parse_cell_id("garbage"), None);
    }

    #[test]
    fn values() {
        assert!(
            matches!(parse_value("1.234,5"), (Cell::Num(v), false) if (v - 1234.5).abs() < 1e-9)
        );
        assert!(matches!(parse_value("–"), (Cell::Suppressed, false)));
        assert!(matches!(parse_value("(12)"), (Cell::Num(v), true) if v == 12.0));
        assert!(matches!(parse_value("3,5"), (Cell::Num(v), false) if v == 3.5));
        assert!(matches!(parse_value("3.5"), (Cell::Num(v), false) if v == 3.5));
    }
}
