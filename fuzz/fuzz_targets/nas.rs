#![no_main]
//! Fuzz target `nas`: see `saale_fuzz::nas` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::nas(data));
