//! Property tests of the GeoJSON and GeoParquet exports: every layer exported reads back equal
//! through `saale-ingest`'s readers (geometries of every type, values of every type, nulls and
//! empty strings, rows without geometry, tables).
//!
//! What the formats cannot express is stated per test: GeoParquet and GeoJSON have no date
//! columns here (dates and date-times are written as text), GeoJSON has no infinite numbers
//! (so its layers have finite floats) and no type for a column whose values are all null,
//! Parquet has no rows without columns. The
//! GeoParquet export orders rows along the Hilbert curve, so features are compared as
//! multisets.

#[path = "../../saale-fgb/tests/strategies/mod.rs"]
mod strategies;

use std::path::PathBuf;

use proptest::prelude::*;
use saale_crs::Crs;
use saale_ingest::{read_source, ImportOptions};
use saale_model::{FieldType, Layer};
use saale_store::export_layer;
use strategies::{layer, sorted};

/// Export `layer` to `l.{ext}` in EPSG:25832 and read it back in the same CRS.
fn round_trip(layer: &Layer, ext: &str) -> (tempfile::TempDir, PathBuf, Layer) {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join(format!("l.{ext}"));
    let crs = Crs::epsg(25832);
    export_layer(layer, "l", &crs, Some(&crs), &path).expect("export");
    // Generated coordinates cover the whole plane, beyond the CRS's area of use.
    let mut opts = ImportOptions::new(crs);
    opts.bounds = saale_ingest::BoundsCheck::Off;
    let (back, _, report) = read_source(&path, &opts).expect("read back");
    assert_eq!(report.read as usize, layer.features.len());
    (dir, path, back)
}

fn as_text(ty: FieldType) -> FieldType {
    match ty {
        FieldType::Date | FieldType::DateTime => FieldType::String,
        t => t,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn geoparquet_export_reads_back_equal(layer in layer(true)) {
        // Parquet keeps rows in columns: a table without columns has no rows.
        prop_assume!(
            !layer.schema.is_empty() || layer.features.iter().any(|f| f.geometry.is_some())
        );
        let (_dir, _, back) = round_trip(&layer, "parquet");
        let want: Vec<(String, FieldType)> = layer
            .schema
            .fields()
            .iter()
            .map(|f| (f.name.clone(), as_text(f.ty)))
            .collect();
        let got: Vec<(String, FieldType)> =
            back.schema.fields().iter().map(|f| (f.name.clone(), f.ty)).collect();
        prop_assert_eq!(got, want);
        prop_assert_eq!(sorted(&back), sorted(&layer));
    }

    #[test]
    fn geojson_export_reads_back_equal(layer in layer(false)) {
        let (_dir, _, back) = round_trip(&layer, "geojson");
        if layer.features.is_empty() {
            prop_assert!(back.features.is_empty());
        } else {
            let names: Vec<&str> = layer.schema.fields().iter().map(|f| f.name.as_str()).collect();
            let got: Vec<&str> = back.schema.fields().iter().map(|f| f.name.as_str()).collect();
            prop_assert_eq!(got, names);
            for (j, (f, g)) in layer.schema.fields().iter().zip(back.schema.fields()).enumerate() {
                if layer.features.iter().any(|x| !x.value(j).is_null()) {
                    prop_assert_eq!(g.ty, as_text(f.ty), "field {}", f.name);
                }
            }
            prop_assert_eq!(sorted(&back), sorted(&layer));
        }
    }
}

/// Property test above: a layer without geometry is exported as plain Parquet (no 'geo'
/// metadata), which the reader refused ("Parquet file without GeoParquet 'geo' metadata"),
/// so saale could not read back its own table export.
#[test]
fn table_exported_as_parquet_reads_back_as_a_table() {
    use saale_model::{Feature, Field, Schema, Value};
    let layer = Layer {
        schema: Schema::from_fields([
            Field {
                name: "district".into(),
                ty: FieldType::String,
            },
            Field {
                name: "people".into(),
                ty: FieldType::Int,
            },
        ]),
        features: vec![
            Feature {
                geometry: None,
                values: vec![Value::String("Lobeda".into()), Value::Int(23_000)],
            },
            Feature {
                geometry: None,
                values: vec![Value::Null, Value::Int(-1)],
            },
        ],
    };
    let (_dir, path, back) = round_trip(&layer, "parquet");
    let (_, info, _) = read_source(&path, &ImportOptions::new(Crs::epsg(25832))).expect("read");
    assert_eq!(info.crs, None);
    assert_eq!(back.features, layer.features);
    assert_eq!(back.schema.fields(), layer.schema.fields());
}
