#![no_main]
//! Fuzz target `geojson`: see `saale_fuzz::geojson` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::geojson(data));
