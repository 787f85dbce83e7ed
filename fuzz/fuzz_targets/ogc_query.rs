#![no_main]
//! Fuzz target `ogc_query`: see `fuzz/src/ogc.rs` for the entry point and its invariants.

#[path = "../src/ogc.rs"]
mod ogc;

static HOOK: std::sync::Once = std::sync::Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    HOOK.call_once(|| std::panic::set_hook(Box::new(|info| eprintln!("{info}"))));
    ogc::ogc_query(data);
});
