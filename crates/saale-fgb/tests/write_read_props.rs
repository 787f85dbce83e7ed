//! Property tests of the FlatGeobuf writer: every layer written reads back equal (geometries,
//! attribute values of every type, nulls and empty strings, multi geometries and collections,
//! rows without geometry, tables), through both writers (the parallel one for simple
//! geometries, the `flatgeobuf` crate's for collections and mixes) and both readers.
//!
//! The writer orders features along the Hilbert curve, so features are compared as multisets.
//! FlatGeobuf has no date column: a `date` field comes back as `string` with the same text.

mod strategies;

use proptest::prelude::*;
use saale_crs::Crs;
use saale_fgb::{read_flatgeobuf, write_flatgeobuf, IndexedFgb};
use saale_model::{geometry_kind, Bbox, FieldType, Layer, Schema};
use strategies::{layer, sorted};

fn read_type(ty: FieldType) -> FieldType {
    if ty == FieldType::Date {
        FieldType::String
    } else {
        ty
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_layer_written_reads_back_equal(layer in layer(true)) {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("l.fgb");
        let crs = Crs::epsg(25832);
        let written = write_flatgeobuf(&path, "l", &layer, Some(&crs)).expect("write");

        let mut kinds = std::collections::BTreeMap::new();
        for g in layer.features.iter().filter_map(|f| f.geometry.as_ref()) {
            *kinds.entry(geometry_kind(g).to_string()).or_insert(0u64) += 1;
        }
        prop_assert_eq!(&written.types, &kinds);

        let (back, back_crs) = read_flatgeobuf(&path).expect("read");
        let names = |s: &Schema| -> Vec<(String, FieldType)> {
            s.fields().iter().map(|f| (f.name.clone(), f.ty)).collect()
        };
        let want: Vec<(String, FieldType)> = layer
            .schema
            .fields()
            .iter()
            .map(|f| (f.name.clone(), read_type(f.ty)))
            .collect();
        prop_assert_eq!(names(&back.schema), want);
        prop_assert_eq!(back_crs, (!kinds.is_empty()).then(|| crs.clone()));
        prop_assert_eq!(sorted(&back), sorted(&layer));

        // Through the packed R-tree: a box around everything returns every feature with a
        // geometry (rows without one may come too: the crate's writer indexes them).
        if let Some(idx) = IndexedFgb::open(&path, None).expect("open indexed") {
            prop_assert_eq!(idx.len(), layer.features.len());
            let all = Bbox { min_x: f64::MIN, min_y: f64::MIN, max_x: f64::MAX, max_y: f64::MAX };
            let (mut inside, _) = idx.read_in(&[all]).expect("read through the index");
            inside.features.retain(|f| f.geometry.is_some());
            let with = Layer {
                schema: layer.schema.clone(),
                features: layer.features.iter().filter(|f| f.geometry.is_some()).cloned().collect(),
            };
            prop_assert_eq!(sorted(&inside), sorted(&with));
        }
    }
}
