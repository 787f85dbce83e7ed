//! Shared helpers for the end-to-end tests: run the binary, named fixtures.
#![allow(dead_code, clippy::unwrap_used)]

pub mod gen;
pub mod pg;
pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The bundled Jena sample (`data/jena`).
pub fn jena_dir() -> PathBuf {
    root().join("data/jena")
}

/// `../shared/data` beside the repository, if present. Tests that need it skip without it
/// locally; with `SAALE_REQUIRE_PEERS` set (CI, which always has it) its absence is a failure.
pub fn shared_data() -> Option<PathBuf> {
    let p = root().join("../shared/data");
    if p.is_dir() {
        return Some(p);
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "{} is required (SAALE_REQUIRE_PEERS is set) but missing",
        p.display()
    );
    eprintln!("skipping: ../shared/data is not present");
    None
}

/// Run `saale` with `args`; returns the output (does not check the status).
pub fn saale(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saale"))
        .args(args)
        .output()
        .expect("run saale")
}

/// Run `saale` and require success; returns stdout.
pub fn saale_ok(args: &[&str]) -> String {
    let out = saale(args);
    assert!(
        out.status.success(),
        "saale {args:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `saale -p PROJECT export LAYER --to FILE EXTRA...`, required to succeed; returns stdout.
pub fn export(project: &Path, layer: &str, to: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "-p",
        project.to_str().unwrap(),
        "export",
        layer,
        "--to",
        to.to_str().unwrap(),
        "--replace",
    ];
    args.extend_from_slice(extra);
    saale_ok(&args)
}

/// Build the Jena sample project into `dir/jena` and return its path.
pub fn jena_project(dir: &Path) -> PathBuf {
    let p = dir.join("jena");
    saale_ok(&[
        "build",
        jena_dir().to_str().unwrap(),
        "--out",
        p.to_str().unwrap(),
        "--quiet",
    ]);
    p
}

/// Is a program on PATH?
pub fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// GDAL's `ogrinfo` is required in CI (`SAALE_REQUIRE_PEERS=1`); elsewhere tests skip without it.
pub fn require(program: &str) -> bool {
    if have(program) {
        return true;
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "{program} is required (SAALE_REQUIRE_PEERS is set) but not installed"
    );
    eprintln!("skipping: {program} not installed");
    false
}

/// Python with the peer packages (pyarrow, geopandas): `$SAALE_PYTHON` or `target/peer-venv`.
pub fn peer_python() -> Option<PathBuf> {
    let p = std::env::var_os("SAALE_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/peer-venv/bin/python"));
    if p.is_file() {
        return Some(p);
    }
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "peer Python {} is required (SAALE_REQUIRE_PEERS is set) but missing",
        p.display()
    );
    eprintln!("skipping: no peer Python at {}", p.display());
    None
}

/// Run Python code with the peer interpreter; returns stdout parsed as JSON.
pub fn python(py: &Path, code: &str) -> serde_json::Value {
    let out = Command::new(py).args(["-c", code]).output().unwrap();
    assert!(
        out.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "python printed no JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}
