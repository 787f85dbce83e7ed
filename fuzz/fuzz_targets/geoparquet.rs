#![no_main]
//! Fuzz target `geoparquet`: see `saale_fuzz::geoparquet` for the entry point and its invariants.
//!
//! The reader turns panics of the `parquet` crate into errors (`catch_unwind`); libFuzzer's
//! panic hook would abort on them before they are caught, so this target prints panics
//! instead. A panic that escapes the reader, or a failed invariant check, still ends as a
//! crash: `fuzz_target!` catches it and aborts.

static QUIET: std::sync::Once = std::sync::Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    QUIET.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    saale_fuzz::geoparquet(data);
});
