//! Panics of third-party code that the readers catch (the `parquet` and `osmpbf` decoders,
//! geo's validity check) become errors or results naming the file, and are not printed: they
//! used to reach the default panic hook, so a library call wrote "thread panicked at ..." to
//! stderr. Its own test binary: the panic hook is process-global.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use saale_crs::Crs;
use saale_ingest::{read_dataset, read_source, BoundsCheck, DatasetOptions, ImportOptions};

fn regression(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/regressions")
        .join(rel)
}

#[test]
fn caught_decoder_panics_are_not_printed() {
    // Every panic that reaches the hook in place before the readers run is recorded.
    let seen: Arc<Mutex<Vec<String>>> = Arc::default();
    let record = Arc::clone(&seen);
    std::panic::set_hook(Box::new(move |info| {
        eprintln!("{info}");
        if let Ok(mut seen) = record.lock() {
            seen.push(info.to_string());
        }
    }));

    // The parquet crate's bit_util assertion (row groups decode on rayon workers).
    let path = regression("geoparquet/parquet_decoder_panic.parquet");
    let e = read_source(&path, &ImportOptions::new(Crs::epsg(25832))).expect_err("malformed");
    let msg = e.to_string();
    assert!(msg.contains("parquet_decoder_panic.parquet"), "{msg}");
    assert!(msg.contains("the decoder failed"), "{msg}");

    // osmpbf's dense-coordinate overflow (a panic where overflow checks are on).
    let path = regression("osm_pbf/dense_coordinate_overflow.osm.pbf");
    let r = read_dataset(&[path], &DatasetOptions::new(Crs::epsg(25832)), &());
    if let Err(e) = r {
        assert!(
            e.to_string().contains("dense_coordinate_overflow.osm.pbf"),
            "{e}"
        );
    }

    // geo's validity check on a polygon it cannot resolve: counted invalid.
    let path = regression("flatgeobuf/validation_panic.fgb");
    let mut opts = ImportOptions::new(Crs::epsg(25832));
    // Its coordinates are fuzzed, far outside EPSG:25832's area.
    opts.bounds = BoundsCheck::Off;
    let (_, _, report) = read_source(&path, &opts).expect("readable");
    assert!(report.invalid > 0, "{report:?}");

    let caught = seen.lock().expect("lock").clone();
    assert!(
        caught.is_empty(),
        "printed through the panic hook: {caught:?}"
    );

    // Panics elsewhere still reach the hook, on other threads too.
    let outside = std::thread::spawn(|| panic!("outside the readers")).join();
    assert!(outside.is_err());
    let after = seen.lock().expect("lock").clone();
    assert_eq!(after.len(), 1, "{after:?}");
    assert!(after[0].contains("outside the readers"), "{after:?}");
}
