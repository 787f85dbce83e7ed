//! The corpus of the fuzz target `ogc_query` replayed on stable: every file of
//! `fuzz/corpus/ogc_query` (the seeds) and of `fuzz/regressions/ogc_query` (inputs that once
//! failed the target) goes through the same entry point and invariant checks as the libFuzzer
//! target (`fuzz/src/ogc.rs`, included here), so CI checks them without nightly.

#[path = "../../fuzz/src/ogc.rs"]
mod ogc;

use std::path::{Path, PathBuf};

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

#[test]
fn ogc_query() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let corpus = files(&fuzz.join("corpus/ogc_query"));
    assert!(corpus.len() >= 20, "seeds in fuzz/corpus/ogc_query");
    let regressions = files(&fuzz.join("regressions/ogc_query"));
    let mut failed = Vec::new();
    for path in corpus.iter().chain(&regressions) {
        let data = std::fs::read(path).expect("read corpus file");
        if let Err(e) = std::panic::catch_unwind(|| ogc::ogc_query(&data)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {msg}", path.display()));
        }
    }
    assert!(failed.is_empty(), "ogc_query:\n{}", failed.join("\n"));
}

/// The seeds reach every outcome the invariants distinguish (so the checks can fail): an
/// accepted bbox, a 400, a 404, an HTML page and a GeoJSON page.
#[test]
fn ogc_query_seeds_cover_the_outcomes() {
    use saale_tile_server::fuzzing::Sample;
    let s = Sample::new();
    let p = s
        .parse_items_query("bbox=11.57,50.92,11.60,50.94&limit=3", false)
        .expect("accepted");
    let (b, n) = p.bbox.expect("bbox");
    // The box around Jena in EPSG:25832 (hand check: 11.57 E, 50.92 N is about 681,000 E).
    assert!(
        b[0] > 670_000.0 && b[2] < 700_000.0 && b[1] > 5_640_000.0,
        "{b:?}"
    );
    assert_eq!((n, p.limit), (65, 3));
    let a = s.items("bbox=3,2,1,4", false);
    assert_eq!(a.status.as_u16(), 400);
    let a = s.items("limit=2&offset=3", false);
    assert_eq!(a.status.as_u16(), 200);
    let v: serde_json::Value = serde_json::from_slice(&a.body).expect("json");
    assert_eq!(
        (v["numberMatched"].as_u64(), v["numberReturned"].as_u64()),
        (Some(13), Some(2))
    );
    assert!(!String::from_utf8_lossy(&a.body).contains("secret"));
    let a = s.items("limit=2", true);
    assert!(String::from_utf8_lossy(&a.body).contains("secret"));
    let a = s.item("14", "", false);
    assert_eq!(a.status.as_u16(), 404);
    let a = s.items("f=html&offset=18446744073709551615", false);
    assert!(
        a.content_type.starts_with("text/html"),
        "{}",
        a.content_type
    );
    // Repeated parameters: the last wins, as the router decodes them.
    let p = s
        .parse_items_query("limit=2&limit=3", false)
        .expect("accepted");
    assert_eq!(p.limit, 3);
}
