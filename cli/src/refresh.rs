//! `saale status` and `saale refresh`: print what the library finds and does.

use std::path::Path;

use anyhow::{bail, Result};
use saale_ops::refresh::{Refreshed, State};
use saale_store::Project;

use crate::{hint, Out};

/// `saale status`: every layer with its state and reasons; with `check`, an error when a
/// layer is not current (for monitoring).
pub(crate) fn status(project: &Path, check: bool, out: &Out) -> Result<()> {
    let p = Project::open(project)?;
    let st = saale_ops::status(&p);
    if out.json {
        out.json(&st)?;
    } else if !out.quiet {
        let w = st.iter().map(|s| s.layer.len()).max().unwrap_or(5).max(5);
        println!(
            "{:<w$}  {:<6}  {:<8}  {:<23}  REASON",
            "LAYER", "KIND", "STATE", "MADE BY"
        );
        for s in &st {
            println!(
                "{:<w$}  {:<6}  {:<8}  {:<23}  {}",
                s.layer,
                s.kind,
                s.state.name(),
                s.made_by,
                s.reasons.join("; ")
            );
        }
        let count = |x: State| st.iter().filter(|s| s.state == x).count();
        println!(
            "{} layer(s) and file(s): {} current, {} stale, {} outdated, {} broken",
            st.len(),
            count(State::Current),
            count(State::Stale),
            count(State::Outdated),
            count(State::Broken)
        );
    }
    let not_current = st.iter().filter(|s| s.state != State::Current).count();
    if check && not_current > 0 {
        bail!("{not_current} layer(s) are not current");
    }
    Ok(())
}

/// `saale refresh [LAYER...] [--dry-run]`.
pub(crate) fn refresh(project: &Path, layers: &[String], dry_run: bool, out: &Out) -> Result<()> {
    let mut p = Project::open(project)?;
    let r: Refreshed = saale_ops::refresh(&mut p, layers, dry_run, &()).map_err(hint)?;
    if out.json {
        out.json(&r)?;
    } else if !out.quiet {
        for a in &r.actions {
            let what = if a.verb == "import" {
                "re-import".to_string()
            } else {
                format!("replay {}", a.verb)
            };
            let verdict = match (a.result.as_str(), &a.error) {
                ("planned", _) => "would run".to_string(),
                (_, Some(e)) => format!("failed: {e}"),
                (r, None) => r.to_string(),
            };
            println!("{what} {}: {} ({verdict})", a.layers.join(", "), a.reason);
            if let Some(n) = &a.note {
                println!("  {n}");
            }
        }
        for (l, why) in &r.broken {
            println!("broken {l}: {why}");
        }
        let steps = r.actions.len();
        if steps == 0 && r.broken.is_empty() {
            println!(
                "everything is current ({} layer(s) unchanged)",
                r.unchanged.len()
            );
        } else if dry_run {
            println!(
                "{steps} step(s) would run, {} layer(s) unchanged (dry run: nothing written)",
                r.unchanged.len()
            );
        } else {
            println!(
                "{} step(s) done, {} failed, {} layer(s) unchanged",
                r.actions.iter().filter(|a| a.result == "done").count(),
                r.failed(),
                r.unchanged.len()
            );
        }
    }
    if r.failed() > 0 || !r.broken.is_empty() {
        bail!(
            "refresh: {} step(s) failed and {} layer(s) are broken; the previous versions are kept",
            r.failed(),
            r.broken.len()
        );
    }
    Ok(())
}
