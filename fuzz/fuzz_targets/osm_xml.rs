#![no_main]
//! Fuzz target `osm_xml`: see `saale_fuzz::osm_xml` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::osm_xml(data));
