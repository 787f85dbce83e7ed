#![no_main]
//! Fuzz target `xplan`: see `saale_fuzz::xplan` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::xplan(data));
