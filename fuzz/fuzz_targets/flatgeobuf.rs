#![no_main]
//! Fuzz target `flatgeobuf`: see `saale_fuzz::flatgeobuf` for the entry point and its invariants.

libfuzzer_sys::fuzz_target!(|data: &[u8]| saale_fuzz::flatgeobuf(data));
