//! The `flatgeobuf` crate's writer, for what the parallel writer does not encode: geometry
//! collections and other rare types, and layers mixing rows with and without geometry.

use std::io::BufWriter;
use std::path::Path;

use flatgeobuf::{FgbCrs, FgbWriter, FgbWriterOptions, GeometryType};
use geozero::{ColumnValue, FeatureProcessor, GeozeroDatasource, PropertyProcessor};
use saale_crs::Crs;
use saale_model::{Feature, FieldType, Geometry, Layer, Schema, Value};

use crate::header::column_type;
use crate::{Error, Result};

fn write_props<P: PropertyProcessor>(
    p: &mut P,
    schema: &Schema,
    f: &Feature,
) -> geozero::error::Result<()> {
    for (i, (field, v)) in schema.fields().iter().zip(&f.values).enumerate() {
        let name = field.name.as_str();
        let date_time;
        let cv = match v {
            Value::Null => continue,
            Value::Bool(b) => ColumnValue::Bool(*b),
            Value::Int(x) => ColumnValue::Long(*x),
            Value::Float(x) => ColumnValue::Double(*x),
            Value::String(s) if field.ty == FieldType::DateTime => {
                date_time = s;
                ColumnValue::DateTime(date_time)
            }
            Value::String(s) => ColumnValue::String(s),
        };
        p.property(i, name, &cv)?;
    }
    Ok(())
}

/// A row without geometry, as a geozero data source with only properties.
struct Row<'a>(&'a Schema, &'a Feature);

impl GeozeroDatasource for Row<'_> {
    fn process<P: FeatureProcessor>(&mut self, p: &mut P) -> geozero::error::Result<()> {
        p.properties_begin()?;
        write_props(p, self.0, self.1)?;
        p.properties_end()
    }
}

/// The `flatgeobuf` crate's writer (sequential, through a temporary file).
pub(crate) fn write_with_crate(
    path: &Path,
    name: &str,
    layer: &Layer,
    crs: Option<&Crs>,
    dataset: GeometryType,
) -> Result<()> {
    let wkt = crs.map(Crs::wkt);
    let has_geometry = layer.features.iter().any(|f| f.geometry.is_some());
    let options = FgbWriterOptions {
        write_index: has_geometry,
        detect_type: false,
        promote_to_multi: false,
        crs: FgbCrs {
            code: crs
                .and_then(Crs::epsg_code)
                .and_then(|c| i32::try_from(c).ok())
                .unwrap_or(0),
            wkt: wkt.as_deref(),
            ..FgbCrs::default()
        },
        ..FgbWriterOptions::default()
    };
    let mut fgb = FgbWriter::create_with_options(name, dataset, options)
        .map_err(|e| Error::encode(path, e))?;
    for f in layer.schema.fields() {
        fgb.add_column(&f.name, column_type(f.ty), |_, col| col.nullable = true);
    }
    for (i, f) in layer.features.iter().enumerate() {
        let r = match &f.geometry {
            Some(g) => {
                let g: Geometry<f64> = g.clone();
                let mut err = Ok(());
                let r = fgb.add_feature_geom(g, |w| err = write_props(w, &layer.schema, f));
                err.and(r)
            }
            None => fgb.add_feature(Row(&layer.schema, f)),
        };
        r.map_err(|e| Error::encode(path, format!("feature {i}: {e}")))?;
    }
    let file = std::fs::File::create(path).map_err(|e| Error::write(path, e))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    fgb.write(&mut out).map_err(|e| Error::encode(path, e))?;
    let file = out
        .into_inner()
        .map_err(|e| Error::write(path, e.into_error()))?;
    file.sync_all().map_err(|e| Error::write(path, e))?;
    drop(file);
    Ok(())
}
