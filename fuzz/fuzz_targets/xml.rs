#![no_main]
//! Fuzz target `xml`: see `saale_fuzz::xml` for the entry point and its invariants.
//!
//! Readers turn panics of their decoders (`parquet`, `osmpbf`) into errors with
//! `catch_unwind`; libFuzzer's panic hook would abort before they are caught, so panics are
//! printed instead. A panic that escapes the reader, or a failed invariant check, still ends
//! as a crash: `fuzz_target!` catches it and aborts.

static HOOK: std::sync::Once = std::sync::Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    saale_fuzz::xml(data);
});
