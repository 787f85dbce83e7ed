//! saale must use exactly the PROJ that libgdal links: one libproj, no second copy compiled in.
#![allow(clippy::unwrap_used)]

use std::process::Command;

#[test]
fn binary_links_one_proj_and_embeds_none() {
    let bin = env!("CARGO_BIN_EXE_saale");
    let ldd = Command::new("ldd").arg(bin).output().unwrap();
    let text = String::from_utf8_lossy(&ldd.stdout);
    let projs: Vec<&str> = text.lines().filter(|l| l.contains("libproj")).collect();
    assert_eq!(
        projs.len(),
        1,
        "expected exactly one libproj, ldd says:\n{text}"
    );
    assert!(
        text.contains("libgdal"),
        "saale should link libgdal:\n{text}"
    );
    // A statically built PROJ (proj-sys "bundled_proj") would define proj_* symbols in the
    // binary itself; dynamically linked ones are undefined ("U").
    let nm = Command::new("nm")
        .args(["--defined-only", bin])
        .output()
        .unwrap();
    let defined = String::from_utf8_lossy(&nm.stdout);
    let own: Vec<&str> = defined
        .lines()
        .filter(|l| {
            l.split_whitespace()
                .last()
                .is_some_and(|s| s.starts_with("proj_create"))
        })
        .collect();
    assert!(
        own.is_empty(),
        "PROJ symbols compiled into the binary: {own:?}"
    );
    // And the lock file has no proj-sys other than the pinned one.
    let lock =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock")).unwrap();
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"proj-sys\"" {
            let v = lines.next().unwrap();
            assert_eq!(
                v, "version = \"0.23.1\"",
                "proj-sys must stay at 0.23.1 (Debian's PROJ)"
            );
        }
    }
}
