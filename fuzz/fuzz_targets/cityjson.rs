#![no_main]
//! Fuzz target `cityjson`: see `saale_fuzz::cityjson` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::cityjson(data));
