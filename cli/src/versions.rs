//! `saale versions`, `saale diff` and `saale rollback`: the kept versions of a layer.

use std::path::Path;

use anyhow::Result;
use clap::Args;
use saale_ops::versions::{self, DiffParams};
use saale_store::Project;

use crate::{hint, Out};

/// `saale versions LAYER`.
#[derive(Args, Debug)]
pub(crate) struct VersionsArgs {
    /// Layer name.
    layer: String,
}

/// `saale diff LAYER [--from V] [--to V] [--key FIELD] [--out NAME]`.
#[derive(Args, Debug)]
pub(crate) struct DiffArgs {
    /// Layer name.
    layer: String,
    /// The older version: an index (1 = the previous one, 0 = the current one) or a file
    /// name from `saale versions`.
    #[arg(long, default_value = "1")]
    from: String,
    /// The newer version (an index or a file name).
    #[arg(long, default_value = "0")]
    to: String,
    /// Match features by this field (default: `id` or `gml_id` when both versions have it,
    /// else by a hash of the geometry).
    #[arg(long)]
    key: Option<String>,
    /// Write the features that differ into a new layer of this name, with a `change` field
    /// (added, removed, changed) and `changed_fields`.
    #[arg(long)]
    out: Option<String>,
    /// Overwrite an existing layer of the --out name.
    #[arg(long, requires = "out")]
    replace: bool,
}

/// `saale rollback LAYER V`.
#[derive(Args, Debug)]
pub(crate) struct RollbackArgs {
    /// Layer name.
    layer: String,
    /// The version to make current again: an index (1 = the previous one) or a file name
    /// from `saale versions`.
    version: String,
}

/// `saale versions`: index, time, features, file and how each version was made.
pub(crate) fn list(project: &Path, a: &VersionsArgs, out: &Out) -> Result<()> {
    let p = Project::open(project)?;
    let v = versions::list(&p, &a.layer).map_err(hint)?;
    if out.json {
        return out.json(&v);
    }
    out.say(format!(
        "{:>5}  {:<20}  {:>9}  {:<40}  MADE BY",
        "INDEX", "WRITTEN", "FEATURES", "FILE"
    ))?;
    for x in &v {
        out.say(format!(
            "{:>5}  {:<20}  {:>9}  {:<40}  {}",
            if x.index == 0 {
                "0*".to_string()
            } else {
                x.index.to_string()
            },
            x.written_at,
            x.features,
            x.file,
            x.made_by
        ))?;
    }
    out.say(format!(
        "{} version(s) of '{}' (* current; the catalog's [versions] keep = {} earlier ones)",
        v.len(),
        a.layer,
        p.catalog().versions.keep
    ))
}

/// `saale diff`: the counts and one line per feature that differs; with `--out`, the layer.
pub(crate) fn diff(project: &Path, a: &DiffArgs, out: &Out) -> Result<()> {
    let mut p = Project::open(project)?;
    let params = DiffParams {
        layer: a.layer.clone(),
        from: a.from.clone(),
        to: a.to.clone(),
        key: a.key.clone(),
    };
    let d = match &a.out {
        Some(name) => versions::diff_into(
            &mut p,
            &params,
            &saale_ops::Target::Layer {
                name: name.clone(),
                replace: a.replace,
            },
        ),
        None => versions::diff(&p, &params),
    }
    .map_err(hint)?;
    if out.json {
        return out.json(&d);
    }
    out.say(format!(
        "version {} ({}, {}) -> version {} ({}, {})",
        d.from.index, d.from.file, d.from.written_at, d.to.index, d.to.file, d.to.written_at
    ))?;
    let what = if d.key.is_some() { "key" } else { "hash" };
    for c in &d.changes {
        let fields = if c.fields.is_empty() {
            String::new()
        } else {
            format!(" ({})", c.fields.join(", "))
        };
        out.say(format!("{:<8} {what} {}{fields}", c.change.name(), c.key))?;
    }
    out.say(d.headline())?;
    if let Some(o) = &d.written {
        out.say(format!(
            "wrote {} features to layer '{}'",
            o.features,
            a.out.as_deref().unwrap_or_default()
        ))?;
    }
    Ok(())
}

/// `saale rollback`.
pub(crate) fn rollback(project: &Path, a: &RollbackArgs, out: &Out) -> Result<()> {
    let mut p = Project::open(project)?;
    let r = versions::rollback(&mut p, &a.layer, &a.version).map_err(hint)?;
    if out.json {
        return out.json(&r);
    }
    if let (Some(now), Some(before)) = (r.versions.first(), r.versions.get(1)) {
        out.say(format!(
            "'{}': restored version {} ({}, {} features, written {}) as the current one; the replaced one is now version 1 ({})",
            r.layer, r.restored, now.file, now.features, now.written_at, before.file
        ))?;
    }
    out.say(
        "layers derived from it show as outdated in `saale status` (an imported layer too while its source holds newer data)",
    )
}
