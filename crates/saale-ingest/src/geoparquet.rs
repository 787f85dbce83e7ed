//! GeoParquet 1.x reader (WKB geometry; CRS as PROJJSON in the `geo` metadata, default OGC:CRS84).
//! Uses parquet's record API, so no Arrow dependency is needed.

use std::fs::File;
use std::io::{BufReader, Read};
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;

use parquet::basic::{ConvertedType, LogicalType, Type as Physical};
use parquet::file::reader::{ChunkReader, FileReader, Length, SerializedFileReader};
use parquet::record::Field as PqField;
use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Feature, Field, FieldType, Layer, Schema, Value};

use crate::read::RawSource;
use crate::{Error, Result};

/// Days since 1970-01-01 to an ISO date (proleptic Gregorian).
pub(crate) fn iso_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

fn iso_datetime_millis(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let rest = ms.rem_euclid(86_400_000);
    let (h, m, s, milli) = (
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1000 % 60,
        rest % 1000,
    );
    format!("{}T{h:02}:{m:02}:{s:02}.{milli:03}Z", iso_date(days))
}

fn field_type(t: &parquet::schema::types::Type) -> FieldType {
    let info = t.get_basic_info();
    if !t.is_primitive() {
        return FieldType::String;
    }
    match (
        t.get_physical_type(),
        info.logical_type_ref(),
        info.converted_type(),
    ) {
        (_, Some(LogicalType::Date), _) | (_, _, ConvertedType::DATE) => FieldType::Date,
        (_, Some(LogicalType::Timestamp { .. }), _) => FieldType::DateTime,
        (Physical::BOOLEAN, ..) => FieldType::Bool,
        (Physical::INT32 | Physical::INT64, ..) => FieldType::Int,
        (Physical::FLOAT | Physical::DOUBLE, ..) => FieldType::Float,
        _ => FieldType::String,
    }
}

fn value(f: &PqField) -> Value {
    match f {
        PqField::Null => Value::Null,
        PqField::Bool(b) => Value::Bool(*b),
        PqField::Byte(x) => Value::Int(i64::from(*x)),
        PqField::Short(x) => Value::Int(i64::from(*x)),
        PqField::Int(x) => Value::Int(i64::from(*x)),
        PqField::Long(x) => Value::Int(*x),
        PqField::UByte(x) => Value::Int(i64::from(*x)),
        PqField::UShort(x) => Value::Int(i64::from(*x)),
        PqField::UInt(x) => Value::Int(i64::from(*x)),
        PqField::ULong(x) => {
            i64::try_from(*x).map_or_else(|_| Value::String(x.to_string().into()), Value::Int)
        }
        PqField::Float(x) => Value::Float(f64::from(*x)),
        PqField::Double(x) => Value::Float(*x),
        PqField::Str(s) => Value::String(s.clone().into()),
        PqField::Date(d) => Value::String(iso_date(i64::from(*d)).into()),
        PqField::TimestampMillis(ms) => Value::String(iso_datetime_millis(*ms).into()),
        PqField::TimestampMicros(us) => {
            Value::String(iso_datetime_millis(us.div_euclid(1000)).into())
        }
        other => Value::String(other.to_string().into()),
    }
}

/// A Parquet file read with positioned reads (`pread`). The `File` reader of the parquet
/// crate hands out clones that share one cursor, so two row groups read at once corrupt each
/// other's pages ("snappy: corrupt input"); positioned reads share nothing, and one reader
/// (one parsed footer) serves every row group on all cores.
struct PositionedFile(Arc<File>);

/// A reader at an offset of a [`PositionedFile`].
struct ReadAt {
    file: Arc<File>,
    pos: u64,
}

impl Read for ReadAt {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Length for PositionedFile {
    fn len(&self) -> u64 {
        self.0.metadata().map_or(0, |m| m.len())
    }
}

impl ChunkReader for PositionedFile {
    type T = BufReader<ReadAt>;

    fn get_read(&self, start: u64) -> parquet::errors::Result<Self::T> {
        Ok(BufReader::new(ReadAt {
            file: Arc::clone(&self.0),
            pos: start,
        }))
    }

    fn get_bytes(&self, start: u64, length: usize) -> parquet::errors::Result<bytes::Bytes> {
        // Offsets and lengths come from the footer: a range beyond the end of the file is an
        // error, not an allocation of what the footer claims.
        let end = start.checked_add(length as u64);
        if end.is_none_or(|e| e > self.len()) {
            return Err(parquet::errors::ParquetError::EOF(format!(
                "the footer points at bytes {start}..{} of a file of {} bytes",
                end.map_or_else(|| "beyond".to_string(), |e| e.to_string()),
                self.len()
            )));
        }
        let mut buf = vec![0; length];
        self.0.read_exact_at(&mut buf, start)?;
        Ok(buf.into())
    }
}

/// The primary geometry column and its CRS from GeoParquet 'geo' metadata.
fn geo_column(path: &Path, geo: &serde_json::Value) -> Result<(String, Crs)> {
    let primary = geo
        .get("primary_column")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("geometry")
        .to_string();
    let col_meta = geo.get("columns").and_then(|c| c.get(&primary));
    if let Some(enc) = col_meta
        .and_then(|c| c.get("encoding"))
        .and_then(serde_json::Value::as_str)
    {
        if !enc.eq_ignore_ascii_case("WKB") {
            return Err(Error::UnknownFormat {
                path: path.to_path_buf(),
                reason: format!("GeoParquet geometry encoding '{enc}' is not supported (only WKB)"),
            });
        }
    }
    let crs = match col_meta.and_then(|c| c.get("crs")) {
        None => Crs::epsg(4326),
        Some(serde_json::Value::Null) => Crs::epsg(4326),
        Some(v) => {
            // PROJJSON with an EPSG id is the common case; otherwise hand the JSON to PROJ.
            let id = v.get("id");
            let code = id
                .filter(|i| i.get("authority").and_then(serde_json::Value::as_str) == Some("EPSG"))
                .and_then(|i| i.get("code"))
                .and_then(serde_json::Value::as_u64)
                .and_then(|c| u32::try_from(c).ok());
            match code {
                Some(c) => Crs::epsg(c),
                None => Crs::parse(&v.to_string())
                    .map_err(|e| Error::crs(path, "'geo' metadata: ".into(), e))?,
            }
        }
    };
    Ok((primary, crs))
}

/// Rows a Parquet file may claim whatever its size.
pub(crate) const MIN_ROW_BUDGET: u64 = 1 << 20;

/// Rows a Parquet file may claim per byte of its size beyond [`MIN_ROW_BUDGET`]. Real files
/// spend bytes on every row (a WKB point alone is 21 bytes before compression); a footer
/// claiming far more rows than the file could hold is forged or damaged, and the features
/// are allocated from that claim.
pub(crate) const MAX_ROWS_PER_BYTE: u64 = 64;

/// The row budget of a Parquet file of `len` bytes.
#[must_use]
pub(crate) fn row_budget(len: u64) -> u64 {
    MIN_ROW_BUDGET.max(len.saturating_mul(MAX_ROWS_PER_BYTE))
}

/// The row count of every row group as the footer declares it, checked: no negative count,
/// and in total within the [`row_budget`] of the file's size.
fn row_counts(path: &Path, md: &parquet::file::metadata::ParquetMetaData) -> Result<Vec<usize>> {
    let len = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    let budget = row_budget(len);
    let mut total: u64 = 0;
    let mut counts = Vec::with_capacity(md.num_row_groups());
    for (g, rg) in md.row_groups().iter().enumerate() {
        let n = u64::try_from(rg.num_rows()).map_err(|_| {
            Error::malformed(
                path,
                format!("row group {g}"),
                format!("the footer gives a negative row count ({})", rg.num_rows()),
            )
        })?;
        total = total.saturating_add(n);
        if total > budget {
            return Err(Error::TooLarge {
                path: path.to_path_buf(),
                reason: format!(
                    "the Parquet footer claims {} rows or more in a file of {len} bytes, beyond \
                     the row budget of {budget} ({MAX_ROWS_PER_BYTE} per byte, at least \
                     {MIN_ROW_BUDGET}): the footer is forged or damaged",
                    total
                ),
            });
        }
        // Within the budget, so within usize.
        counts.push(usize::try_from(n).unwrap_or(usize::MAX));
    }
    Ok(counts)
}

/// Read a GeoParquet file (or a plain Parquet table).
///
/// The `parquet` crate asserts on some malformed pages instead of returning an error (a
/// dictionary page shorter than its header says panicked in `bit_util`); such a panic becomes
/// an error naming the file, so a bad file cannot take the process down.
pub(crate) fn read(path: &Path) -> Result<RawSource> {
    Error::guarded(path, "Parquet", || read_file(path))
}

fn read_file(path: &Path) -> Result<RawSource> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let reader = SerializedFileReader::new(PositionedFile(Arc::new(file))).map_err(|e| {
        Error::malformed(path, "footer", format!("not a readable Parquet file: {e}"))
    })?;
    let meta = reader.metadata().file_metadata();
    let geo: Option<serde_json::Value> = meta
        .key_value_metadata()
        .and_then(|kv| kv.iter().find(|k| k.key == "geo"))
        .and_then(|k| k.value.as_deref())
        .map(|v| {
            serde_json::from_str(v)
                .map_err(|e| Error::malformed(path, "'geo' metadata", e.to_string()))
        })
        .transpose()?;
    // Without 'geo' metadata the file is a plain Parquet table (what the GeoParquet export
    // writes for a layer without geometry): every column is an attribute.
    let (primary, crs) = match geo {
        None => (None, None),
        Some(geo) => {
            let (primary, crs) = geo_column(path, &geo)?;
            (Some(primary), Some(crs))
        }
    };
    let root = meta.schema_descr().root_schema();
    let mut fields = Vec::new();
    for t in root.get_fields() {
        if Some(t.name()) != primary.as_deref() {
            fields.push(Field {
                name: t.name().to_string(),
                ty: field_type(t),
            });
        }
    }
    let schema = Schema::from_fields(fields);
    // Row groups are decoded in parallel, each into its own part of one vector sized from
    // the metadata (no second copy of the features), once the counts are within the budget.
    let counts = row_counts(path, reader.metadata())?;
    let mut features: Vec<Feature> = Vec::new();
    features.resize_with(counts.iter().sum(), || Feature {
        geometry: None,
        values: Vec::new(),
    });
    let mut parts = Vec::with_capacity(counts.len());
    let mut rest: &mut [Feature] = &mut features;
    let mut first = 0usize;
    for (g, &c) in counts.iter().enumerate() {
        let (part, tail) = rest.split_at_mut(c);
        parts.push((g, first, part));
        rest = tail;
        first += c;
    }
    parts
        .into_par_iter()
        .try_for_each(|(g, first, part)| -> Result<()> {
            // On a rayon worker: the decoder's panics are caught (quietly) here, not only by
            // the guard around the whole read.
            Error::guarded(path, "Parquet", || {
                decode_group(&reader, path, &schema, primary.as_deref(), g, first, part)
            })
        })?;
    Ok(RawSource {
        layer: Layer { schema, features },
        detail: if crs.is_some() {
            "GeoParquet"
        } else {
            "Parquet"
        }
        .into(),
        crs,
        warnings: Vec::new(),
    })
}

/// Decode row group `g` (rows `first..` of the file) into `part`, its slots of the features.
fn decode_group(
    reader: &SerializedFileReader<PositionedFile>,
    path: &Path,
    schema: &Schema,
    primary: Option<&str>,
    g: usize,
    first: usize,
    part: &mut [Feature],
) -> Result<()> {
    let group = reader
        .get_row_group(g)
        .map_err(|e| Error::malformed(path, format!("row group {g}"), e.to_string()))?;
    let rows = group
        .get_row_iter(None)
        .map_err(|e| Error::malformed(path, format!("row group {g}"), e.to_string()))?;
    let mut slots = part.iter_mut();
    for (k, row) in rows.enumerate() {
        let i = first + k;
        let row = row.map_err(|e| Error::malformed(path, format!("row {i}"), e.to_string()))?;
        let Some(slot) = slots.next() else {
            return Err(Error::malformed(
                path,
                format!("row group {g}"),
                "more rows than its metadata says",
            ));
        };
        let mut values = vec![Value::Null; schema.len()];
        let mut geometry = None;
        for (name, f) in row.get_column_iter() {
            if Some(name.as_str()) == primary {
                match f {
                    PqField::Bytes(b) => {
                        geometry = Some(saale_model::geometry_from_wkb(b.data()).map_err(|e| {
                            Error::malformed(path, format!("row {i}"), format!("geometry: {e}"))
                        })?);
                    }
                    PqField::Null => {}
                    other => {
                        return Err(Error::malformed(
                            path,
                            format!("row {i}"),
                            format!("geometry column holds {other}, not WKB bytes"),
                        ))
                    }
                }
            } else if let Some(j) = schema.index_of(name) {
                values[j] = value(f);
            }
        }
        *slot = Feature { geometry, values };
    }
    if slots.next().is_some() {
        return Err(Error::malformed(
            path,
            format!("row group {g}"),
            "fewer rows than its metadata says",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fuzzing (target `geoparquet`, fuzz/regressions/geoparquet/parquet_decoder_panic.parquet):
    /// a malformed dictionary page made the `parquet` crate panic ("assertion failed: size <=
    /// src.len()" in bit_util) and took the process down.
    #[test]
    fn parquet_decoder_panic_is_an_error_naming_the_file() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/regressions/geoparquet/parquet_decoder_panic.parquet");
        let e = read(&path).expect_err("malformed");
        let msg = e.to_string();
        assert!(msg.contains("parquet_decoder_panic.parquet"), "{msg}");
        assert!(msg.contains("not a readable Parquet file"), "{msg}");
    }

    /// `seed` (a fuzz seed) with every row group's row count in the footer replaced by `rows`.
    fn forged(rows: i64, dir: &Path) -> std::path::PathBuf {
        use parquet::file::metadata::{ParquetMetaDataReader, ParquetMetaDataWriter};
        let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus/geoparquet/saale_points.parquet");
        let bytes = std::fs::read(&seed).expect("seed");
        let n = bytes.len();
        let footer = u32::from_le_bytes(bytes[n - 8..n - 4].try_into().expect("4 bytes")) as usize;
        let md = ParquetMetaDataReader::new()
            .parse_and_finish(&bytes::Bytes::from(bytes.clone()))
            .expect("seed footer");
        let mut b = md.into_builder();
        let groups = b
            .take_row_groups()
            .into_iter()
            .map(|g| {
                g.into_builder()
                    .set_num_rows(rows)
                    .build()
                    .expect("row group")
            })
            .collect();
        let md = b.set_row_groups(groups).build();
        let mut out = bytes[..n - 8 - footer].to_vec();
        ParquetMetaDataWriter::new(&mut out, &md)
            .finish()
            .expect("footer");
        let path = dir.join(format!("forged_{rows}.parquet"));
        std::fs::write(&path, out).expect("write");
        path
    }

    /// A footer claiming 2^40 rows in a file of 4.7 KB: the reader sized its feature vector
    /// from the claim and the process aborted on the allocation.
    #[test]
    fn forged_row_count_is_an_error_not_an_allocation() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = forged(1 << 40, dir.path());
        let len = std::fs::metadata(&path).expect("len").len();
        assert!(len < 8192, "{len}");
        let e = read(&path).expect_err("forged");
        let msg = e.to_string();
        assert!(matches!(e, Error::TooLarge { .. }), "{msg}");
        assert!(msg.contains("forged_1099511627776.parquet"), "{msg}");
        assert!(msg.contains("claims 1099511627776 rows"), "{msg}");
        assert!(
            msg.contains(&format!("row budget of {}", row_budget(len))),
            "{msg}"
        );
        // A negative count is named as such; a claim within the budget but beyond the rows
        // the pages hold is found while decoding (the seed has 3 rows).
        let e = read(&forged(-5, dir.path())).expect_err("negative");
        assert!(e.to_string().contains("negative row count (-5)"), "{e}");
        let e = read(&forged(1000, dir.path())).expect_err("short");
        let msg = e.to_string();
        assert!(
            msg.contains("forged_1000.parquet: row 3: ") && msg.contains("end of column data"),
            "{msg}"
        );
    }

    /// A column chunk the footer places beyond the end of the file is an error, not an
    /// allocation of the claimed length.
    #[test]
    fn byte_range_beyond_the_file_is_an_error() {
        let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/corpus/geoparquet/saale_points.parquet");
        let f = PositionedFile(Arc::new(File::open(&seed).expect("seed")));
        let e = f.get_bytes(16, 1 << 40).expect_err("beyond the end");
        assert!(e.to_string().contains("of a file of 4710 bytes"), "{e}");
        assert!(f.get_bytes(u64::MAX - 1, 8).is_err());
        assert_eq!(f.get_bytes(0, 4).expect("magic").as_ref(), b"PAR1");
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(19_723), "2024-01-01");
        assert_eq!(iso_date(-1), "1969-12-31");
        assert_eq!(
            iso_datetime_millis(86_400_000 + 3_723_004),
            "1970-01-02T01:02:03.004Z"
        );
    }
}
