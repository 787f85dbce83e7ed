#![no_main]
//! Fuzz target `xml`: see `saale_fuzz::xml` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::xml(data));
