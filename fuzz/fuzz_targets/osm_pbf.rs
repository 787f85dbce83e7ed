#![no_main]
//! Fuzz target `osm_pbf`: see `saale_fuzz::osm_pbf` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::osm_pbf(data));
