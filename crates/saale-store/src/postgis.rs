//! Export into PostGIS through GDAL's PostgreSQL driver: one table per layer, its geometry
//! column `geom` typed with the CRS' SRID and a GIST index, the fields typed (integers as
//! `bigint`, booleans as `bigint` 0/1, reals as `double precision`, dates as `date`,
//! date-times as `timestamp with time zone`, strings as `varchar`), field and table names kept
//! as they are (quoted, not lowercased), and the whole write in one transaction: a failed
//! export leaves the database as it was, the table it replaces included.

use gdal::vector::sql::Dialect;
use gdal::vector::{LayerAccess, LayerOptions};
use gdal::{Dataset, DatasetOptions, GdalOpenFlags};
use saale_crs::Crs;
use saale_model::{geometry_kind, Geometry, Layer};

use crate::export::{fill_ogr, ogr_geometry_type, sql_literal, transform_parallel};
use crate::{Error, Result};

/// Where in PostgreSQL a layer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgTarget {
    /// A libpq connection string (`dbname=stadt host=db.example`), with or without GDAL's
    /// `PG:` prefix.
    pub connection: String,
    /// The table, `name` or `schema.name`; at most 63 bytes each (PostgreSQL's limit).
    pub table: String,
    /// Replace an existing table of that name (otherwise an existing table is an error).
    pub replace: bool,
}

impl PgTarget {
    /// The connection string without a password, for logs and messages (`key=value`
    /// pairs as libpq reads them; a URI is shown up to its host).
    #[must_use]
    pub fn redacted(&self) -> String {
        let conn = self.connection.trim();
        let conn = conn.strip_prefix("PG:").unwrap_or(conn);
        if conn.starts_with("postgres://") || conn.starts_with("postgresql://") {
            // postgresql://user:password@host/db: drop everything before the host.
            let (scheme, rest) = conn.split_once("://").unwrap_or(("postgresql", ""));
            let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
            let rest = rest.split_once('?').map_or(rest, |(r, _)| r);
            return format!("PG:{scheme}://{rest}");
        }
        let mut out: Vec<String> = Vec::new();
        let mut chars = conn.chars().peekable();
        loop {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            let mut key = String::new();
            while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
                key.push(c);
            }
            if key.is_empty() && chars.peek().is_none() {
                break;
            }
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            let mut value = String::new();
            if chars.next_if_eq(&'=').is_some() {
                while chars.next_if(|c| c.is_whitespace()).is_some() {}
                if chars.next_if_eq(&'\'').is_some() {
                    value.push('\'');
                    while let Some(c) = chars.next() {
                        value.push(c);
                        match c {
                            '\\' => value.extend(chars.next()),
                            '\'' => break,
                            _ => {}
                        }
                    }
                } else {
                    while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                        value.push(c);
                    }
                }
            }
            if key.eq_ignore_ascii_case("password") {
                value = "***".into();
            }
            out.push(format!("{key}={value}"));
        }
        format!("PG:{}", out.join(" "))
    }

    fn schema_and_name(&self) -> Result<(Option<&str>, &str)> {
        let (schema, name) = match self.table.split_once('.') {
            Some((s, n)) => (Some(s), n),
            None => (None, self.table.as_str()),
        };
        for part in schema.into_iter().chain([name]) {
            if part.is_empty()
                || part.len() > 63
                || part.chars().any(|c| c.is_control() || c == '"')
            {
                return Err(Error::Invalid(format!(
                    "table '{}': a table is NAME or SCHEMA.NAME, each 1 to 63 bytes without quotes or control characters",
                    self.table
                )));
            }
        }
        Ok((schema, name))
    }
}

/// Write `layer` (in `from` CRS, transformed to `to`, default `from`) into the table of
/// `target`, named `name` in messages. Returns the CRS written.
///
/// # Errors
/// [`Error::TableExists`] when the table exists and replacing it was not asked for;
/// [`Error::Postgis`] when the database cannot be reached or refuses the write (nothing is
/// changed then); [`Error::Invalid`] for a bad table name; CRS errors.
pub fn export_postgis(
    layer: &Layer,
    name: &str,
    from: &Crs,
    to: Option<&Crs>,
    target: &PgTarget,
) -> Result<Crs> {
    let (schema, table) = target.schema_and_name()?;
    let capture = Capture::start();
    let pg = |e: gdal::errors::GdalError| Error::Postgis {
        table: target.table.clone(),
        reason: capture.reason(&e.to_string()),
    };
    let has_geometry = layer.features.iter().any(|f| f.geometry.is_some());
    let crs = to.cloned().unwrap_or_else(|| from.clone());
    let transformed;
    let layer = if crs == *from || !has_geometry {
        layer
    } else {
        let mut l = layer.clone();
        transform_parallel(&mut l, from, &crs)?;
        transformed = l;
        &transformed
    };
    // Polygons and multipolygons (lines, points) in one layer: one typed multi column.
    let promoted = promote_to_multi(layer);
    let layer = promoted.as_ref().unwrap_or(layer);
    let conn = target.connection.trim();
    let conn = conn.strip_prefix("PG:").unwrap_or(conn);
    let mut ds = Dataset::open_ex(
        format!("PG:{conn}"),
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_VECTOR | GdalOpenFlags::GDAL_OF_UPDATE,
            allowed_drivers: Some(&["PostgreSQL"]),
            ..Default::default()
        },
    )
    .map_err(|e| Error::Postgis {
        table: target.table.clone(),
        reason: format!(
            "cannot connect to {}: {}",
            target.redacted(),
            capture.reason(&e.to_string())
        ),
    })?;
    if let Some(s) = schema {
        if !schema_exists(&ds, s).map_err(pg)? {
            return Err(Error::Postgis {
                table: target.table.clone(),
                reason: format!("schema '{s}' does not exist (CREATE SCHEMA first)"),
            });
        }
    }
    if table_exists(&ds, schema, table).map_err(pg)? && !target.replace {
        return Err(Error::TableExists {
            table: target.table.clone(),
        });
    }
    let srs = if has_geometry {
        Some(crs.spatial_ref()?)
    } else {
        None
    };
    let mut options = vec![
        "GEOMETRY_NAME=geom".to_string(),
        "FID=fid".to_string(),
        "LAUNDER=NO".to_string(),
        "SPATIAL_INDEX=GIST".to_string(),
        "DIM=2".to_string(),
    ];
    if target.replace {
        options.push("OVERWRITE=YES".into());
    }
    if let Some(s) = schema {
        options.push(format!("SCHEMA={s}"));
    }
    let options: Vec<&str> = options.iter().map(String::as_str).collect();
    let mut txn = ds.start_transaction().map_err(pg)?;
    {
        let lo = LayerOptions {
            name: table,
            srs: srs.as_ref(),
            ty: ogr_geometry_type(layer, has_geometry, false),
            options: Some(&options),
        };
        let lyr = txn.create_layer(lo).map_err(pg)?;
        let columns = pg_columns(layer);
        fill_ogr(std::path::Path::new(name), &lyr, layer, &columns).map_err(|e| {
            Error::Postgis {
                table: target.table.clone(),
                reason: capture.reason(&e.to_string()),
            }
        })?;
    }
    txn.commit().map_err(pg)?;
    drop(ds);
    Ok(crs)
}

/// GDAL's error messages while a PostGIS write runs, collected instead of printed, so that
/// an error is reported once and with the server's own reason. GDAL's default handler is back
/// when the capture ends.
struct Capture {
    messages: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Capture {
    fn start() -> Capture {
        let messages = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = std::sync::Arc::clone(&messages);
        gdal::config::set_error_handler(move |ty, _, msg| {
            use gdal::errors::CplErrType;
            if matches!(ty, CplErrType::Failure | CplErrType::Fatal) {
                if let Ok(mut m) = sink.lock() {
                    // Bounded: the first errors say why.
                    if m.len() < 8 {
                        m.push(msg.to_string());
                    }
                }
            }
        });
        Capture { messages }
    }

    /// The server's messages (the statement GDAL sent left out), else `fallback`.
    fn reason(&self, fallback: &str) -> String {
        let msgs = self.messages.lock().map(|m| m.clone()).unwrap_or_default();
        let mut lines: Vec<String> = Vec::new();
        for m in &msgs {
            for l in m.lines().map(str::trim).filter(|l| !l.is_empty()) {
                // GDAL repeats the failed SQL statement and the caret line; keep the reason.
                let statement = [
                    "CREATE ", "INSERT ", "COPY ", "SELECT ", "DROP ", "LINE ", "^",
                ]
                .iter()
                .any(|p| l.starts_with(p));
                if !statement && !lines.iter().any(|x| x == l) {
                    lines.push(l.to_string());
                }
            }
        }
        if lines.is_empty() {
            fallback.to_string()
        } else {
            lines.join("; ")
        }
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        gdal::config::remove_error_handler();
    }
}

/// The layer with every geometry as its multi type, when it mixes single and multi parts of
/// one family (`Polygon` and `MultiPolygon`); `None` when it has one type or several families.
fn promote_to_multi(layer: &Layer) -> Option<Layer> {
    use saale_model::geo_types::{MultiLineString, MultiPoint, MultiPolygon};
    let kinds: std::collections::BTreeSet<&str> = layer
        .features
        .iter()
        .filter_map(|f| f.geometry.as_ref())
        .map(geometry_kind)
        .collect();
    let families = [
        ["Point", "MultiPoint"],
        ["LineString", "MultiLineString"],
        ["Polygon", "MultiPolygon"],
    ];
    if kinds.len() != 2 || !families.iter().any(|f| f.iter().all(|k| kinds.contains(k))) {
        return None;
    }
    let mut out = layer.clone();
    for f in &mut out.features {
        f.geometry = f.geometry.take().map(|g| match g {
            Geometry::Point(p) => Geometry::MultiPoint(MultiPoint(vec![p])),
            Geometry::Line(l) => Geometry::MultiLineString(MultiLineString(vec![l.into()])),
            Geometry::LineString(l) => Geometry::MultiLineString(MultiLineString(vec![l])),
            Geometry::Polygon(p) => Geometry::MultiPolygon(MultiPolygon(vec![p])),
            Geometry::Rect(r) => Geometry::MultiPolygon(MultiPolygon(vec![r.to_polygon()])),
            Geometry::Triangle(t) => Geometry::MultiPolygon(MultiPolygon(vec![t.to_polygon()])),
            g => g,
        });
    }
    Some(out)
}

/// Does the schema exist?
fn schema_exists(ds: &Dataset, schema: &str) -> std::result::Result<bool, gdal::errors::GdalError> {
    count(
        ds,
        &format!(
            "SELECT count(*) AS n FROM pg_catalog.pg_namespace WHERE nspname = {}",
            sql_literal(schema)
        ),
    )
    .map(|n| n > 0)
}

fn count(ds: &Dataset, sql: &str) -> std::result::Result<i64, gdal::errors::GdalError> {
    let Some(mut rs) = ds.execute_sql(sql, None, Dialect::DEFAULT)? else {
        return Ok(0);
    };
    let n = rs
        .features()
        .next()
        .and_then(|f| f.field_as_integer64(0).ok().flatten())
        .unwrap_or(0);
    Ok(n)
}

/// Whether the table of `target` exists, for `saale status` of a PostGIS export.
///
/// # Errors
/// [`Error::Postgis`] when the database cannot be reached (the connection named without
/// its password); [`Error::Invalid`] for a bad table name.
pub fn postgis_table_exists(target: &PgTarget) -> Result<bool> {
    let (schema, table) = target.schema_and_name()?;
    let capture = Capture::start();
    let conn = target.connection.trim();
    let conn = conn.strip_prefix("PG:").unwrap_or(conn);
    let fail = |e: gdal::errors::GdalError| Error::Postgis {
        table: target.table.clone(),
        reason: format!(
            "cannot ask {}: {}",
            target.redacted(),
            capture.reason(&e.to_string())
        ),
    };
    let ds = Dataset::open_ex(
        format!("PG:{conn}"),
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_VECTOR | GdalOpenFlags::GDAL_OF_READONLY,
            allowed_drivers: Some(&["PostgreSQL"]),
            ..Default::default()
        },
    )
    .map_err(fail)?;
    table_exists(&ds, schema, table).map_err(fail)
}

/// Does the table exist (in `schema`, or the first schema of the search path)?
fn table_exists(
    ds: &Dataset,
    schema: Option<&str>,
    table: &str,
) -> std::result::Result<bool, gdal::errors::GdalError> {
    let schema = schema.map_or_else(|| "current_schema()".to_string(), sql_literal);
    let sql = format!(
        "SELECT count(*) AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s \
         ON s.oid = c.relnamespace WHERE c.relname = {} AND s.nspname = {schema}",
        sql_literal(table)
    );
    count(ds, &sql).map(|n| n > 0)
}

/// Column names for PostgreSQL: kept as they are, at most 63 bytes (longer names are cut
/// at a character boundary), `fid` and `geom` taken, and names made unique with `_2`, `_3`.
pub(crate) fn pg_columns(layer: &Layer) -> Vec<String> {
    fn cut(s: &str, max: usize) -> &str {
        let mut end = s.len().min(max);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        &s[..end]
    }
    let mut seen: std::collections::HashSet<String> =
        ["fid", "geom"].iter().map(|s| (*s).to_string()).collect();
    layer
        .schema
        .fields()
        .iter()
        .map(|f| {
            let mut name = cut(&f.name, 63).to_string();
            let mut k = 2;
            while seen.contains(&name) {
                let suffix = format!("_{k}");
                name = format!("{}{suffix}", cut(&f.name, 63 - suffix.len()));
                k += 1;
            }
            seen.insert(name.clone());
            name
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::{Feature, Field, FieldType, Schema};

    #[test]
    fn passwords_never_reach_logs() {
        let t = |c: &str| PgTarget {
            connection: c.into(),
            table: "t".into(),
            replace: false,
        };
        assert_eq!(
            t("PG:dbname=x password=geheim host=h").redacted(),
            "PG:dbname=x password=*** host=h"
        );
        assert_eq!(
            t("dbname=x password = 'a b c' host=h").redacted(),
            "PG:dbname=x password=*** host=h"
        );
        assert_eq!(
            t("dbname=x PASSWORD='a\\'b' port=1").redacted(),
            "PG:dbname=x PASSWORD=*** port=1"
        );
        assert_eq!(
            t("postgresql://u:geheim@db:5432/stadt?sslmode=require").redacted(),
            "PG:postgresql://db:5432/stadt"
        );
    }

    #[test]
    fn mixed_single_and_multi_parts_become_multi() {
        use saale_model::geo_types::{polygon, MultiPolygon, Point};
        let feature = |g: Geometry<f64>| Feature {
            geometry: Some(g),
            values: vec![],
        };
        let square =
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 0.0)];
        let layer = Layer {
            schema: Schema::from_fields([]),
            features: vec![
                feature(Geometry::Polygon(square.clone())),
                feature(Geometry::MultiPolygon(MultiPolygon(vec![square.clone()]))),
            ],
        };
        let m = promote_to_multi(&layer).expect("promoted");
        assert!(m
            .features
            .iter()
            .all(|f| matches!(&f.geometry, Some(Geometry::MultiPolygon(mp)) if mp.0 == vec![square.clone()])));
        // One type, or two families: left as they are.
        let one = Layer {
            schema: Schema::from_fields([]),
            features: vec![feature(Geometry::Polygon(square.clone()))],
        };
        assert!(promote_to_multi(&one).is_none());
        let two = Layer {
            schema: Schema::from_fields([]),
            features: vec![
                feature(Geometry::Polygon(square)),
                feature(Geometry::Point(Point::new(0.0, 0.0))),
            ],
        };
        assert!(promote_to_multi(&two).is_none());
    }

    #[test]
    fn table_names_are_checked() {
        let t = |n: &str| PgTarget {
            connection: String::new(),
            table: n.into(),
            replace: false,
        };
        assert_eq!(
            t("stadt.statbez").schema_and_name().ok(),
            Some((Some("stadt"), "statbez"))
        );
        assert!(t("a\"b").schema_and_name().is_err());
        assert!(t(".x").schema_and_name().is_err());
        assert!(t(&"x".repeat(64)).schema_and_name().is_err());
    }

    #[test]
    fn pg_columns_keep_case_cut_long_names_and_avoid_reserved_ones() {
        let f = |n: &str| Field {
            name: n.into(),
            ty: FieldType::String,
        };
        let long = "ä".repeat(40); // 80 bytes
        let longer = format!("{long}x");
        let layer = Layer {
            schema: Schema::from_fields([f("Name"), f("name"), f("geom"), f(&long), f(&longer)]),
            features: vec![Feature {
                geometry: None,
                values: vec![],
            }],
        };
        let cols = pg_columns(&layer);
        assert_eq!(&cols[..3], &["Name", "name", "geom_2"]);
        assert_eq!(cols[3], "ä".repeat(31));
        assert_eq!(cols[4], format!("{}_2", "ä".repeat(30)));
        assert!(cols.iter().all(|c| c.len() <= 63));
    }
}
