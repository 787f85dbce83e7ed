//! The README's planner blocks run top to bottom as written. Every ```sh block after the
//! quick start is concatenated into one bash script (`set -e`), run in a scratch directory
//! that links the repository's `data/`, with the test build of `saale` first on the PATH.
//! Two things are added around the lines, not changed in them: a server started in the
//! background (`saale serve ... &`) is waited for (its port accepts) before the next line, and stopped at the end.

mod common;

use std::path::Path;
use std::process::Command;

/// The ```sh blocks of `text` after the heading `from`.
fn blocks(text: &str, from: &str) -> Vec<String> {
    let start = text.find(from).expect("heading in README");
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for line in text[start..].lines() {
        match (&mut cur, line.trim_start()) {
            (None, l) if l.starts_with("```sh") => cur = Some(String::new()),
            (Some(_), l) if l.starts_with("```") => out.extend(cur.take()),
            (Some(b), _) => {
                b.push_str(line);
                b.push('\n');
            }
            _ => {}
        }
    }
    out
}

#[test]
fn readme_planner_blocks_run_as_written() {
    let root = common::root();
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let blocks = blocks(&readme, "## What a planner can do now");
    assert!(blocks.len() >= 5, "found {} blocks", blocks.len());
    // ogrinfo (GDAL) reads the served collections; required in CI.
    if !common::require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().expect("tmp");
    std::os::unix::fs::symlink(root.join("data"), tmp.path().join("data")).expect("link data");
    let bin = Path::new(env!("CARGO_BIN_EXE_saale"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let mut script = String::from(
        "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n\
         wait_tcp() { for _ in $(seq 1 600); do (exec 3<>\"/dev/tcp/$1/$2\") 2>/dev/null && return 0; \
         sleep 0.2; done; echo \"nothing listens on $1:$2\" >&2; return 1; }\n",
    );
    for b in &blocks {
        // Join continued lines so a background `&` is seen on its command.
        let joined = b.replace("\\\n", " ");
        for line in joined.lines() {
            script.push_str(line);
            script.push('\n');
            let l = line.trim_start();
            if l.starts_with("saale serve") && l.contains(" &") {
                let addr = l
                    .split_whitespace()
                    .skip_while(|w| *w != "--addr")
                    .nth(1)
                    .unwrap_or("127.0.0.1:8080");
                let (host, port) = addr.rsplit_once(':').expect("HOST:PORT");
                script.push_str(&format!("wait_tcp {host} {port}\n"));
            }
        }
    }
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(tmp.path())
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .output()
        .expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "README blocks failed:\n--- script\n{script}\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    // What the blocks claim, checked on their results.
    let stadt = tmp.path().join("stadt");
    for f in [
        "districts.gpkg",
        "amenity.geojson",
        "haltestellen.html",
        "backtest.csv",
        "households.csv",
        "households.html",
        "population.csv",
        "kita_schule.csv",
        "jena.pmtiles",
    ] {
        assert!(stadt.join(f).is_file(), "{f} not written");
    }
    assert!(
        stdout.contains("households (") && stdout.contains("within 300 m"),
        "no headline figure:\n{stdout}"
    );
    assert!(stderr.contains("warning: "), "no warning of dropped weight");
    // The OGC API answered GDAL with the districts.
    assert!(stdout.contains("Feature Count: 41"), "{stdout}");
}
