#![no_main]
//! Fuzz target `citygml`: see `saale_fuzz::citygml` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::citygml(data));
