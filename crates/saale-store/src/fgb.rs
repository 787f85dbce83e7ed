//! FlatGeobuf layer files, written with the `flatgeobuf` crate (packed Hilbert R-tree index).

use std::collections::BTreeMap;
use std::io::BufWriter;
use std::path::Path;

use flatgeobuf::{ColumnType, FgbCrs, FgbWriter, FgbWriterOptions, GeometryType};
use geozero::{ColumnValue, FeatureProcessor, GeozeroDatasource, PropertyProcessor};
use saale_crs::Crs;
use saale_model::{geometry_kind, Bbox, Feature, FieldType, Geometry, Layer, Rows, Schema, Value};

use crate::{Error, Result};

pub(crate) fn column_type(t: FieldType) -> ColumnType {
    match t {
        FieldType::Bool => ColumnType::Bool,
        FieldType::Int => ColumnType::Long,
        FieldType::Float => ColumnType::Double,
        FieldType::DateTime => ColumnType::DateTime,
        FieldType::String | FieldType::Date => ColumnType::String,
    }
}

/// What the store records of written rows: features per geometry kind and the extent.
pub(crate) struct Written {
    /// Features per geometry kind (`Point`, `Polygon`, ...).
    pub types: BTreeMap<String, u64>,
    /// Extent of all geometries (empty for a table).
    pub bbox: Bbox,
}

/// One pass over the rows: features per kind, and whether `fgb_fast` can write them (only
/// points, lines and polygons, single or multi).
fn kinds(rows: &dyn Rows) -> (BTreeMap<&'static str, u64>, bool) {
    let mut types = BTreeMap::new();
    let mut simple = true;
    for g in (0..rows.len()).filter_map(|i| rows.geometry(i)) {
        *types.entry(geometry_kind(g)).or_insert(0u64) += 1;
        simple &= crate::fgb_fast::encodes(g);
    }
    (types, simple)
}

/// The header's geometry type: the one kind of all features, else unknown (mixed).
fn geometry_type(types: &BTreeMap<&str, u64>) -> GeometryType {
    if types.len() != 1 {
        return GeometryType::Unknown;
    }
    match types.keys().next().copied().unwrap_or_default() {
        "Point" => GeometryType::Point,
        "LineString" => GeometryType::LineString,
        "Polygon" => GeometryType::Polygon,
        "MultiPoint" => GeometryType::MultiPoint,
        "MultiLineString" => GeometryType::MultiLineString,
        "MultiPolygon" => GeometryType::MultiPolygon,
        _ => GeometryType::GeometryCollection,
    }
}

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

/// Write a layer as FlatGeobuf to `path` (with a spatial index unless it has no geometry).
///
/// Features are encoded in parallel in memory and written once in index order
/// ([`crate::fgb_fast`]); layers with geometry types that encoder does not handle (collections,
/// rectangles, triangles, lines) or with features lacking a geometry among indexed ones go
/// through the `flatgeobuf` crate's writer.
///
/// # Errors
/// [`Error::Io`] or [`Error::Write`] naming the file.
pub fn write_flatgeobuf(path: &Path, name: &str, layer: &Layer, crs: Option<&Crs>) -> Result<()> {
    write_flatgeobuf_rows(path, name, layer, crs)
}

/// [`write_flatgeobuf`] for rows produced on demand ([`Rows`]): a result that repeats its
/// inputs is encoded row by row and never built as a [`Layer`] (unless its geometry types
/// need the `flatgeobuf` crate's writer).
///
/// # Errors
/// [`Error::Io`] or [`Error::Write`] naming the file.
pub fn write_flatgeobuf_rows(
    path: &Path,
    name: &str,
    rows: &dyn Rows,
    crs: Option<&Crs>,
) -> Result<()> {
    write_rows(path, name, rows, crs).map(|_| ())
}

/// [`write_flatgeobuf_rows`], returning what the catalog records, from the same pass over the
/// geometries that chooses the writer.
pub(crate) fn write_rows(
    path: &Path,
    name: &str,
    rows: &dyn Rows,
    crs: Option<&Crs>,
) -> Result<Written> {
    let (types, simple) = kinds(rows);
    let with: u64 = types.values().sum();
    let n = rows.len() as u64;
    let dataset = geometry_type(&types);
    // A table (no geometry) has no CRS.
    let crs = crs.filter(|_| with > 0);
    // The fast writer indexes all features or none; a mix of rows with and without geometry
    // goes through the crate's writer.
    let bbox = if simple && (with == 0 || with == n) {
        crate::fgb_fast::write(path, name, rows, crs, dataset, with == n && n > 0)?
    } else {
        let layer = rows.to_layer();
        write_with_crate(path, name, &layer, crs, dataset)?;
        layer.bbox()
    };
    Ok(Written {
        types: types.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        bbox,
    })
}

/// The `flatgeobuf` crate's writer (sequential, through a temporary file).
fn write_with_crate(
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
        .map_err(|e| Error::write(path, e))?;
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
        r.map_err(|e| Error::write(path, format!("feature {i}: {e}")))?;
    }
    let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    fgb.write(&mut out).map_err(|e| Error::write(path, e))?;
    let file = out
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    file.sync_all().map_err(|e| Error::io(path, e))?;
    drop(file);
    Ok(())
}

/// Read a layer file and restore the catalog's field types (FlatGeobuf has no date type).
pub(crate) fn read_layer_file(
    path: &Path,
    fields: &[saale_model::Field],
    columns: Option<&[&str]>,
) -> Result<Layer> {
    let (layer, _crs) = saale_ingest::read_flatgeobuf_columns(path, columns)?;
    Ok(restore_types(layer, fields, columns))
}

/// Read the features of a layer file whose boxes meet one of `boxes` through the file's
/// index, when the boxes reach less than `max_reach` (0 to 1) of it; else the whole file
/// (reading it through is faster then). The result holds every feature meeting a box, and
/// perhaps others.
pub(crate) fn read_layer_file_in(
    path: &Path,
    fields: &[saale_model::Field],
    columns: Option<&[&str]>,
    boxes: &[saale_model::Bbox],
    max_reach: f64,
) -> Result<Layer> {
    let (layer, _crs) = match saale_ingest::IndexedFgb::open(path, columns)? {
        Some(ix) if ix.reach(boxes)? < max_reach => ix.read_in(boxes)?,
        Some(ix) => ix.read_all()?,
        None => saale_ingest::read_flatgeobuf_columns(path, columns)?,
    };
    Ok(restore_types(layer, fields, columns))
}

/// The catalog's field types for the columns read (FlatGeobuf has no date type).
fn restore_types(
    mut layer: Layer,
    fields: &[saale_model::Field],
    columns: Option<&[&str]>,
) -> Layer {
    let kept: Vec<saale_model::Field> = fields
        .iter()
        .filter(|f| columns.is_none_or(|c| c.contains(&f.name.as_str())))
        .cloned()
        .collect();
    if !kept.is_empty()
        && kept.len() == layer.schema.len()
        && kept
            .iter()
            .zip(layer.schema.fields())
            .all(|(a, b)| a.name == b.name)
    {
        layer.schema = Schema::from_fields(kept);
    }
    layer
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::{line_string, point};
    use saale_model::Field;

    #[test]
    fn mixed_geometries_nulls_and_tables_round_trip() {
        let dir = tempfile::tempdir().expect("tmp");
        let schema = Schema::from_fields([
            Field {
                name: "n".into(),
                ty: FieldType::Int,
            },
            Field {
                name: "s".into(),
                ty: FieldType::String,
            },
        ]);
        let layer = Layer {
            schema: schema.clone(),
            features: vec![
                Feature {
                    geometry: Some(Geometry::Point(point!(x: 1.0, y: 2.0))),
                    values: vec![Value::Int(7), Value::Null],
                },
                Feature {
                    geometry: Some(Geometry::LineString(
                        line_string![(x: 0.0, y: 0.0), (x: 3.0, y: 4.0)],
                    )),
                    values: vec![Value::Null, Value::String("ä".into())],
                },
            ],
        };
        let p = dir.path().join("m.fgb");
        write_flatgeobuf(&p, "m", &layer, Some(&Crs::epsg(25832))).expect("write");
        let (back, crs) = saale_ingest::read_flatgeobuf(&p).expect("read");
        assert_eq!(crs, Some(Crs::epsg(25832)));
        assert_eq!(back.features.len(), 2);
        let pt = back
            .features
            .iter()
            .find(|f| matches!(f.geometry, Some(Geometry::Point(_))))
            .expect("pt");
        assert_eq!(pt.values, vec![Value::Int(7), Value::Null]);

        let table = Layer {
            schema,
            features: vec![Feature {
                geometry: None,
                values: vec![Value::Int(1), Value::String("a".into())],
            }],
        };
        let t = dir.path().join("t.fgb");
        write_flatgeobuf(&t, "t", &table, None).expect("write table");
        let back = read_layer_file(&t, &[], None).expect("read table");
        assert_eq!(back.features[0].geometry, None);
        assert_eq!(back.features[0].values[1], Value::String("a".into()));
    }
}
