//! Disclosure control on real data: Jena's single-person households aged 60+ per district
//! (cells of 3 to 6 exist) with the threshold raised to 5, through export, analysis output,
//! OGC API Features and tiles; the internal view and logs.
#![allow(clippy::unwrap_used)]

mod common;

use common::{export, jena_project, saale, saale_ok};

/// Parse a CSV export into header and rows of cells.
fn csv(path: &std::path::Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// The source table, straight from the bundled CSV.
fn source() -> Vec<Vec<Option<u64>>> {
    let text = std::fs::read_to_string(common::jena_dir().join("hh_priv_1_60plus.csv")).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    r.records()
        .map(|rec| {
            rec.unwrap()
                .iter()
                .skip(2)
                .map(|v| v.parse().ok())
                .collect()
        })
        .collect()
}

#[test]
fn small_household_counts_never_leave_unprotected() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let mut toml = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    toml.push_str("\n[privacy]\nmin_count = 5\n");
    std::fs::write(p.join("saale.toml"), toml).unwrap();

    let out = tmp.path().join("t.csv");
    let msg = export(&p, "hh_priv_1_60plus", &out, &[]);
    assert!(msg.contains("suppressed"), "{msg}");
    let (header, rows) = csv(&out);
    let src = source();
    assert_eq!(rows.len(), src.len());
    let years: Vec<usize> = (0..header.len())
        .filter(|&i| header[i].starts_with("31.12."))
        .collect();
    assert_eq!(years.len(), 12);
    let flag = header
        .iter()
        .position(|h| h == "suppressed_fields")
        .unwrap();
    let mut primary = 0;
    for (c, &col) in years.iter().enumerate() {
        let mut hidden_sum = 0;
        let mut hidden = 0;
        let mut published_nonzero = 0;
        for (row, s) in rows.iter().zip(&src) {
            let orig = s[c];
            let shown = &row[col];
            if shown.is_empty() {
                if let Some(v) = orig {
                    // Suppressed cells are named in the flag field.
                    assert!(row[flag].split(',').any(|f| f == header[col]), "{row:?}");
                    hidden += 1;
                    hidden_sum += v;
                    primary += u64::from(v > 0 && v < 5);
                }
            } else {
                let v: u64 = shown.parse().unwrap();
                assert_eq!(Some(v), orig, "published values are the source values");
                assert!(
                    v == 0 || v >= 5,
                    "cell {v} below 5 published in {}",
                    header[col]
                );
                published_nonzero += u64::from(v > 0);
            }
        }
        // Subtraction from the column total reveals no single cell and no sum below 5.
        assert!(
            hidden == 0 || (hidden >= 2 && hidden_sum >= 5) || published_nonzero == 0,
            "{}: {hidden} hidden, sum {hidden_sum}",
            header[col]
        );
    }
    // The source has this many cells of 1..4; all are suppressed.
    let expected: u64 = src
        .iter()
        .flatten()
        .flatten()
        .filter(|v| **v > 0 && **v < 5)
        .count() as u64;
    assert!(
        expected >= 10,
        "the test needs small cells, found {expected}"
    );
    assert_eq!(primary, expected);
    let log = std::fs::read_to_string(p.join("exports.log")).unwrap();
    assert!(
        log.contains("person counts of 'hh_priv_1_60plus' (suppressed"),
        "{log}"
    );

    // --allow-internal exports the raw table, and says so in the log.
    export(&p, "hh_priv_1_60plus", &out, &["--allow-internal"]);
    let (_, raw) = csv(&out);
    assert!(raw
        .iter()
        .all(|r| r.iter().skip(2).take(11).all(|v| !v.is_empty())));
    assert!(std::fs::read_to_string(p.join("exports.log"))
        .unwrap()
        .contains("unsuppressed, internal"));

    // Joined onto the districts, the marks follow; an analysis written to a file is protected.
    saale_ok(&[
        "-p",
        ps,
        "join-attributes",
        "statbez",
        "hh_priv_1_60plus",
        "--on",
        "id=statistischer_Bezirk_Nr",
        "--out",
        "d60",
    ]);
    let info: serde_json::Value =
        serde_json::from_str(&saale_ok(&["-p", ps, "info", "d60", "--json"])).unwrap();
    assert_eq!(info["counts"].as_array().map(Vec::len), Some(12), "{info}");
    let buf = tmp.path().join("b.geojson");
    saale_ok(&[
        "-p",
        ps,
        "buffer",
        "d60",
        "--distance",
        "1",
        "--to",
        buf.to_str().unwrap(),
    ]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&buf).unwrap()).unwrap();
    let mut nulls = 0;
    for f in doc["features"].as_array().unwrap() {
        for (k, v) in f["properties"].as_object().unwrap() {
            if k.starts_with("31.12.") {
                match v.as_u64() {
                    Some(n) => assert!(n == 0 || n >= 5, "{k} = {n}"),
                    None => nulls += 1,
                }
            }
        }
    }
    assert!(nulls > 0);
    // The raw numbers exist in the project (internal), so this is not vacuous.
    let bad = saale(&[
        "-p",
        ps,
        "export",
        "d60",
        "--to",
        tmp.path().join("x.csv").to_str().unwrap(),
    ]);
    assert!(bad.status.success());
}
