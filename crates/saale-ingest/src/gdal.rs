//! Any OGR vector format through GDAL (Shapefile, GeoPackage, GML, KML, DXF, ...).
//! Geometries cross from GDAL to saale as WKB.

use std::path::Path;

use gdal::vector::{FieldValue, LayerAccess, OGRFieldType};
use gdal::{Dataset, DatasetOptions, GdalOpenFlags};
use saale_crs::Crs;
use saale_model::{Feature, Field, FieldType, Layer, Schema, Value};

use crate::read::RawSource;
use crate::{Error, Result};

fn field_type(t: OGRFieldType::Type) -> FieldType {
    match t {
        OGRFieldType::OFTInteger | OGRFieldType::OFTInteger64 => FieldType::Int,
        OGRFieldType::OFTReal => FieldType::Float,
        OGRFieldType::OFTDate => FieldType::Date,
        OGRFieldType::OFTDateTime => FieldType::DateTime,
        _ => FieldType::String,
    }
}

fn value(v: Option<FieldValue>) -> Value {
    match v {
        None => Value::Null,
        Some(FieldValue::IntegerValue(i)) => Value::Int(i64::from(i)),
        Some(FieldValue::Integer64Value(i)) => Value::Int(i),
        Some(FieldValue::RealValue(f)) => Value::Float(f),
        Some(FieldValue::StringValue(s)) => Value::String(s.into()),
        Some(FieldValue::DateValue(d)) => Value::String(d.format("%Y-%m-%d").to_string().into()),
        Some(FieldValue::DateTimeValue(d)) => Value::String(d.to_rfc3339().into()),
        Some(FieldValue::IntegerListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::Integer64ListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::RealListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::StringListValue(l)) => Value::String(format!("{l:?}").into()),
    }
}

/// Read the first layer (or the layer named `layer_name`) of any OGR vector dataset.
pub(crate) fn read(path: &Path, layer_name: Option<&str>) -> Result<RawSource> {
    let gdal_err = |e: gdal::errors::GdalError| Error::Gdal {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let ds = Dataset::open_ex(
        path,
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_VECTOR | GdalOpenFlags::GDAL_OF_READONLY,
            ..Default::default()
        },
    )
    .map_err(|e| Error::UnknownFormat {
        path: path.to_path_buf(),
        reason: format!("not a vector format saale or GDAL can read ({e})"),
    })?;
    let driver = ds.driver().short_name();
    if ds.layer_count() == 0 {
        return Err(Error::UnknownFormat {
            path: path.to_path_buf(),
            reason: format!("GDAL opened it as {driver} but found no vector layer"),
        });
    }
    let mut layer = match layer_name {
        Some(n) => ds.layer_by_name(n).map_err(gdal_err)?,
        None => ds.layer(0).map_err(gdal_err)?,
    };
    let crs = layer
        .spatial_ref()
        .map(|sr| match (sr.auth_name(), sr.auth_code()) {
            (Some(a), Ok(c)) if a.eq_ignore_ascii_case("EPSG") => {
                Ok(Crs::epsg(u32::try_from(c).unwrap_or(0)))
            }
            _ => sr
                .to_wkt()
                .map_err(|e| saale_crs::Error::UnknownCrs {
                    name: "layer CRS".into(),
                    reason: e.to_string(),
                })
                .and_then(|w| Crs::parse(&w)),
        });
    let crs = match crs {
        Some(r) => Some(r.map_err(|e| Error::crs(path, String::new(), e))?),
        None => None,
    };
    let schema = Schema::from_fields(layer.defn().fields().map(|f| Field {
        name: f.name(),
        ty: field_type(f.field_type()),
    }));
    let mut features = Vec::with_capacity(usize::try_from(layer.feature_count()).unwrap_or(0));
    for (i, f) in layer.features().enumerate() {
        let geometry = match f.geometry() {
            Some(g) if !g.is_empty() => {
                let wkb = g
                    .wkb()
                    .map_err(|e| Error::malformed(path, format!("feature {i}"), e.to_string()))?;
                Some(saale_model::geometry_from_wkb(&wkb).map_err(|e| {
                    Error::malformed(path, format!("feature {i}"), format!("geometry: {e}"))
                })?)
            }
            _ => None,
        };
        let values = f.fields().map(|(_, v)| value(v)).collect();
        features.push(Feature { geometry, values });
    }
    Ok(RawSource {
        layer: Layer { schema, features },
        crs,
        detail: format!("GDAL/{driver}"),
    })
}
