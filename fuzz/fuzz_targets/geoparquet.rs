#![no_main]
//! Fuzz target `geoparquet`: see `saale_fuzz::geoparquet` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::geoparquet(data));
