//! The fuzz corpora replayed on stable: every file of `fuzz/corpus/TARGET` (the seeds) and of
//! `fuzz/regressions/TARGET` (inputs that once crashed a target) goes through the same entry
//! point and the same invariant checks as the libFuzzer target `TARGET` (`fuzz/src/lib.rs`,
//! included here), so CI checks them without nightly or libFuzzer.

#[path = "../../../fuzz/src/lib.rs"]
mod fuzz;

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.is_file())
            .collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

/// Run target `name` on every corpus and regression file; the seeds must exist.
fn replay(name: &str) {
    let (_, entry) = fuzz::TARGETS
        .iter()
        .find(|(n, _)| *n == name)
        .expect("target");
    let corpus = files(&fuzz_dir().join("corpus").join(name));
    assert!(!corpus.is_empty(), "no seeds in fuzz/corpus/{name}");
    let regressions = files(&fuzz_dir().join("regressions").join(name));
    let mut failed = Vec::new();
    for path in corpus.iter().chain(&regressions) {
        let data = std::fs::read(path).expect("read corpus file");
        if let Err(e) = std::panic::catch_unwind(|| entry(&data)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {msg}", path.display()));
        }
    }
    assert!(failed.is_empty(), "{name}:\n{}", failed.join("\n"));
}

macro_rules! replay_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                replay(stringify!($name));
            }
        )*

        #[test]
        fn every_target_is_replayed() {
            let mut here = vec![$(stringify!($name)),*];
            let mut all: Vec<&str> = fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
            here.sort_unstable();
            all.sort_unstable();
            assert_eq!(here, all);
        }
    };
}

replay_tests!(
    geojson, csv, flatgeobuf, geoparquet, xml, nas, xplan, citygml, cityjson, osm_xml, osm_pbf,
);
