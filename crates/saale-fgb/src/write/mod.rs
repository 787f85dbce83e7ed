//! Writing layers as FlatGeobuf files: [`write_flatgeobuf`] for a [`Layer`],
//! [`write_flatgeobuf_rows`] for rows produced on demand. Both choose the writer from one pass
//! over the geometries and return what they wrote ([`Written`]).

mod crate_writer;
mod encode;
mod parallel;

use std::collections::BTreeMap;
use std::path::Path;

use saale_crs::Crs;
use saale_model::{geometry_kind, Bbox, Layer, Rows};

use crate::header::dataset_type;
use crate::Result;

/// What a writer wrote: features per geometry kind and the extent, as the store's catalog
/// records them.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Written {
    /// Features per geometry kind (`Point`, `Polygon`, ...); empty for a table.
    pub types: BTreeMap<String, u64>,
    /// Extent of all geometries (empty for a table).
    pub bbox: Bbox,
}

/// One pass over the rows: features per kind, and whether the parallel writer can write them
/// (only points, lines and polygons, single or multi).
fn kinds(rows: &dyn Rows) -> (BTreeMap<&'static str, u64>, bool) {
    let mut types = BTreeMap::new();
    let mut simple = true;
    for g in (0..rows.len()).filter_map(|i| rows.geometry(i)) {
        *types.entry(geometry_kind(g)).or_insert(0u64) += 1;
        simple &= encode::encodes(g);
    }
    (types, simple)
}

/// Write a layer as FlatGeobuf to `path`, with a packed Hilbert R-tree unless it has no
/// geometry (an attribute table: no index, no CRS).
///
/// # Runtime
/// Features are encoded on all cores and written once, in index order; memory beyond the
/// layer stays at two batches of encoded features and 44 bytes a feature for the order and
/// the index. Layers with geometry collections or other rare types, or with rows lacking a
/// geometry among rows having one, go through the `flatgeobuf` crate's sequential writer.
///
/// # Errors
/// [`Error::Write`](crate::Error::Write) or [`Error::Encode`](crate::Error::Encode) naming
/// the file.
pub fn write_flatgeobuf(
    path: &Path,
    name: &str,
    layer: &Layer,
    crs: Option<&Crs>,
) -> Result<Written> {
    write_flatgeobuf_rows(path, name, layer, crs)
}

/// [`write_flatgeobuf`] for rows produced on demand ([`Rows`]): a result that repeats its
/// inputs is encoded row by row and never built as a [`Layer`] (unless its geometry types
/// need the `flatgeobuf` crate's writer).
///
/// # Errors
/// [`Error::Write`](crate::Error::Write) or [`Error::Encode`](crate::Error::Encode) naming
/// the file.
pub fn write_flatgeobuf_rows(
    path: &Path,
    name: &str,
    rows: &dyn Rows,
    crs: Option<&Crs>,
) -> Result<Written> {
    let (types, simple) = kinds(rows);
    let with: u64 = types.values().sum();
    let n = rows.len() as u64;
    let dataset = dataset_type(&types);
    // A table (no geometry) has no CRS.
    let crs = crs.filter(|_| with > 0);
    // The parallel writer indexes all features or none; a mix of rows with and without
    // geometry goes through the crate's writer, unless it has geometry collections, which
    // the crate's writer mis-encodes: then the parallel writer writes it without index.
    let collections = types.contains_key("GeometryCollection");
    let bbox = if simple && (with == 0 || with == n) {
        parallel::write_parallel(path, name, rows, crs, dataset, with == n && n > 0)?
    } else if simple && collections {
        parallel::write_parallel(path, name, rows, crs, dataset, false)?;
        let mut b = Bbox::empty();
        for g in (0..rows.len()).filter_map(|i| rows.geometry(i)) {
            b.merge(&Bbox::of(g));
        }
        b
    } else {
        let layer = rows.to_layer();
        crate_writer::write_with_crate(path, name, &layer, crs, dataset)?;
        layer.bbox()
    };
    Ok(Written {
        types: types.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        bbox,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_flatgeobuf;
    use saale_model::geo_types::{line_string, point};
    use saale_model::{Feature, Field, FieldType, Geometry, Schema, Value};

    /// Property test (tests/write_read_props.rs): the `flatgeobuf` crate's writer, which
    /// wrote every geometry collection, split a polygon's holes into polygons of their own
    /// (GDAL read them so too, with an extra empty polygon) and wrote a multipoint inside a
    /// collection without coordinates. Collections alone and mixed with rows without
    /// geometry now read back as written.
    #[test]
    fn collections_with_holes_and_multipoints_read_back_equal() {
        use saale_model::geo_types::{polygon, GeometryCollection, MultiPoint};
        let dir = tempfile::tempdir().expect("tmp");
        let holed = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 4.0, y: 0.0), (x: 0.0, y: 4.0)],
            interiors: [[(x: 0.5, y: 0.5), (x: 1.0, y: 0.5), (x: 0.5, y: 1.0)]],
        );
        let collection = Geometry::GeometryCollection(GeometryCollection(vec![
            Geometry::Polygon(holed),
            Geometry::MultiPoint(MultiPoint(vec![
                point!(x: 1.0, y: 2.0),
                point!(x: 3.0, y: 1.0),
            ])),
            Geometry::Point(point!(x: 2.0, y: 2.0)),
        ]));
        let with = Feature {
            geometry: Some(collection),
            values: vec![],
        };
        let without = Feature {
            geometry: None,
            values: vec![],
        };
        for features in [vec![with.clone()], vec![with.clone(), without]] {
            let layer = Layer {
                schema: Schema::new(),
                features,
            };
            let p = dir.path().join("c.fgb");
            let written =
                write_flatgeobuf(&p, "c", &layer, Some(&Crs::epsg(25832))).expect("write");
            assert_eq!(written.bbox, layer.bbox());
            let (back, _) = read_flatgeobuf(&p).expect("read");
            assert_eq!(back.features, layer.features);
        }
    }

    /// A layer mixing points and lines goes through the crate's writer, a table through the
    /// parallel one; both read back with their nulls, and `Written` says what was written.
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
        let written = write_flatgeobuf(&p, "m", &layer, Some(&Crs::epsg(25832))).expect("write");
        assert_eq!(written.types.len(), 2);
        assert_eq!(written.bbox, layer.bbox());
        let (back, crs) = read_flatgeobuf(&p).expect("read");
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
        let written = write_flatgeobuf(&t, "t", &table, None).expect("write table");
        assert!(written.types.is_empty() && written.bbox.is_empty());
        let (back, crs) = read_flatgeobuf(&t).expect("read table");
        assert_eq!(crs, None);
        assert_eq!(back.features[0].geometry, None);
        assert_eq!(back.features[0].values[1], Value::String("a".into()));
    }
}
