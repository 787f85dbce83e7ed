//! Layer files: FlatGeobuf through `saale-fgb`, with the catalog's field types restored on
//! reading (FlatGeobuf has no date type).

use std::path::Path;

use saale_crs::Crs;
use saale_model::{Layer, Rows, Schema};

use crate::Result;

/// Write `rows` as the layer file `path`, returning what the catalog records (features per
/// geometry kind, extent).
pub(crate) fn write_rows(
    path: &Path,
    name: &str,
    rows: &dyn Rows,
    crs: Option<&Crs>,
) -> Result<saale_fgb::Written> {
    Ok(saale_fgb::write_flatgeobuf_rows(path, name, rows, crs)?)
}

/// Read a layer file and restore the catalog's field types (FlatGeobuf has no date type).
pub(crate) fn read_layer_file(
    path: &Path,
    fields: &[saale_model::Field],
    columns: Option<&[&str]>,
) -> Result<Layer> {
    let (layer, _crs) = saale_fgb::read_flatgeobuf_columns(path, columns)?;
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
    let (layer, _crs) = match saale_fgb::IndexedFgb::open(path, columns)? {
        Some(ix) if ix.reach(boxes)? < max_reach => ix.read_in(boxes)?,
        Some(ix) => ix.read_all()?,
        None => saale_fgb::read_flatgeobuf_columns(path, columns)?,
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
    use saale_model::geo_types::point;
    use saale_model::{Feature, Field, FieldType, Geometry, Value};

    /// A date column, written as a FlatGeobuf string, reads back as a date; reading some
    /// columns keeps their catalog types.
    #[test]
    fn read_restores_the_catalogs_field_types() {
        let dir = tempfile::tempdir().expect("tmp");
        let fields = vec![
            Field {
                name: "day".into(),
                ty: FieldType::Date,
            },
            Field {
                name: "n".into(),
                ty: FieldType::Int,
            },
        ];
        let layer = Layer {
            schema: Schema::from_fields(fields.clone()),
            features: vec![Feature {
                geometry: Some(Geometry::Point(point!(x: 1.0, y: 2.0))),
                values: vec![Value::String("2024-05-01".into()), Value::Int(3)],
            }],
        };
        let p = dir.path().join("d.fgb");
        write_rows(&p, "d", &layer, Some(&Crs::epsg(25832))).expect("write");
        let back = read_layer_file(&p, &fields, None).expect("read");
        assert_eq!(back.schema.fields(), &fields[..]);
        assert_eq!(back.features, layer.features);
        let some = read_layer_file(&p, &fields, Some(&["day"])).expect("read a column");
        assert_eq!(some.schema.fields(), &fields[..1]);
    }
}
