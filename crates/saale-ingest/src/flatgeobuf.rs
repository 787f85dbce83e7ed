//! FlatGeobuf reader (native, through the `flatgeobuf` crate).

use std::io::BufReader;
use std::path::Path;

use flatgeobuf::{ColumnType, FallibleStreamingIterator, FgbReader};
use geozero::{ColumnValue, FeatureProperties, PropertyProcessor, ToGeo};
use saale_crs::Crs;
use saale_model::{Feature, Field, FieldType, Layer, Schema, Value};

use crate::read::RawSource;
use crate::{Error, Result};

fn column_type(t: ColumnType) -> FieldType {
    match t {
        ColumnType::Bool => FieldType::Bool,
        ColumnType::Byte
        | ColumnType::UByte
        | ColumnType::Short
        | ColumnType::UShort
        | ColumnType::Int
        | ColumnType::UInt
        | ColumnType::Long
        | ColumnType::ULong => FieldType::Int,
        ColumnType::Float | ColumnType::Double => FieldType::Float,
        ColumnType::DateTime => FieldType::DateTime,
        _ => FieldType::String,
    }
}

struct Props<'a> {
    values: &'a mut Vec<Value>,
}

impl PropertyProcessor for Props<'_> {
    fn property(&mut self, i: usize, _name: &str, v: &ColumnValue) -> geozero::error::Result<bool> {
        let value = match v {
            ColumnValue::Bool(b) => Value::Bool(*b),
            ColumnValue::Byte(x) => Value::Int(i64::from(*x)),
            ColumnValue::UByte(x) => Value::Int(i64::from(*x)),
            ColumnValue::Short(x) => Value::Int(i64::from(*x)),
            ColumnValue::UShort(x) => Value::Int(i64::from(*x)),
            ColumnValue::Int(x) => Value::Int(i64::from(*x)),
            ColumnValue::UInt(x) => Value::Int(i64::from(*x)),
            ColumnValue::Long(x) => Value::Int(*x),
            ColumnValue::ULong(x) => {
                i64::try_from(*x).map_or_else(|_| Value::String(x.to_string().into()), Value::Int)
            }
            ColumnValue::Float(x) => Value::Float(f64::from(*x)),
            ColumnValue::Double(x) => Value::Float(*x),
            ColumnValue::String(s) | ColumnValue::Json(s) | ColumnValue::DateTime(s) => {
                Value::String((*s).to_string().into())
            }
            ColumnValue::Binary(b) => Value::String(
                b.iter()
                    .map(|x| format!("{x:02x}"))
                    .collect::<String>()
                    .into(),
            ),
        };
        if i < self.values.len() {
            self.values[i] = value;
        }
        Ok(false)
    }
}

/// Read a whole FlatGeobuf file: schema, CRS and features (geometry in the file's CRS).
///
/// # Errors
/// [`Error::Io`] or [`Error::Malformed`] naming the file and feature.
pub fn read_flatgeobuf(path: &Path) -> Result<(Layer, Option<Crs>)> {
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let reader = FgbReader::open(BufReader::new(file)).map_err(|e| {
        Error::malformed(
            path,
            "header",
            format!("not a readable FlatGeobuf file: {e}"),
        )
    })?;
    let header = reader.header();
    let crs = header.crs().and_then(|c| {
        let org = c.org().unwrap_or("EPSG");
        if c.code() > 0 && org.eq_ignore_ascii_case("EPSG") {
            u32::try_from(c.code()).ok().map(Crs::epsg)
        } else {
            c.wkt().and_then(|w| Crs::parse(w).ok())
        }
    });
    let schema = Schema::from_fields(header.columns().into_iter().flatten().map(|c| Field {
        name: c.name().to_string(),
        ty: column_type(c.type_()),
    }));
    let count = usize::try_from(header.features_count()).unwrap_or(0);
    let mut iter = reader
        .select_all()
        .map_err(|e| Error::malformed(path, "index", e.to_string()))?;
    let mut features = Vec::with_capacity(count.min(10_000_000));
    let mut i = 0usize;
    while let Some(f) = iter
        .next()
        .map_err(|e| Error::malformed(path, format!("feature {i}"), e.to_string()))?
    {
        // A feature without geometry is written as an empty geometry record.
        let has_geometry = f.fbs_feature().geometry().is_some_and(|g| {
            g.xy().is_some_and(|v| !v.is_empty()) || g.parts().is_some_and(|p| !p.is_empty())
        });
        let geometry = if has_geometry {
            Some(
                f.to_geo()
                    .map_err(|e| Error::malformed(path, format!("feature {i}"), e.to_string()))?,
            )
        } else {
            None
        };
        let mut values = vec![Value::Null; schema.len()];
        f.process_properties(&mut Props {
            values: &mut values,
        })
        .map_err(|e| Error::malformed(path, format!("feature {i}"), e.to_string()))?;
        features.push(Feature { geometry, values });
        i += 1;
    }
    Ok((Layer { schema, features }, crs))
}

pub(crate) fn read(path: &Path) -> Result<RawSource> {
    let (layer, crs) = read_flatgeobuf(path)?;
    Ok(RawSource {
        layer,
        crs,
        detail: "FlatGeobuf".into(),
    })
}
