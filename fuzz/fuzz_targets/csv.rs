#![no_main]
//! Fuzz target `csv`: see `saale_fuzz::csv` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::csv(data));
