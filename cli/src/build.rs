//! `saale build DIR`: a whole project from a `sources.toml` manifest.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use saale_crs::Crs;
use saale_store::Project;
use serde::Deserialize;

use crate::Out;

/// Arguments of `saale build`.
#[derive(Args, Debug)]
pub(crate) struct BuildArgs {
    /// Directory with a `sources.toml` manifest (e.g. data/jena).
    pub dir: PathBuf,
    /// Project directory to create; an existing saale project there is replaced whole.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Manifest {
    name: String,
    #[serde(default = "default_crs")]
    crs: String,
    #[serde(default)]
    layer: Vec<ManifestLayer>,
    #[serde(default)]
    join: Vec<ManifestJoin>,
}

fn default_crs() -> String {
    "EPSG:25832".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ManifestLayer {
    name: String,
    paths: Vec<String>,
    #[serde(default)]
    licence: String,
    #[serde(default)]
    attribution: String,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    internal: bool,
    #[serde(default)]
    source_crs: Option<String>,
    /// Fields holding counts of persons or households (`*` matches any text).
    #[serde(default)]
    counts: Vec<String>,
    /// The count fields of a row add up to a published total.
    #[serde(default)]
    counts_additive: bool,
    /// Grid cells (the grid threshold applies).
    #[serde(default)]
    grid: bool,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ManifestJoin {
    layer: String,
    table: String,
    on: String,
    out: String,
}

/// `saale build`.
pub(crate) fn run(args: &BuildArgs, quiet: bool) -> Result<()> {
    let manifest_path = args.dir.join("sources.toml");
    let text = std::fs::read_to_string(&manifest_path)
        .with_context(|| format!("{}: cannot read the manifest", manifest_path.display()))?;
    let m: Manifest = toml::from_str(&text)
        .with_context(|| format!("{}: invalid manifest", manifest_path.display()))?;
    let out = &args.out;
    if out.exists() && !out.join("saale.toml").is_file() && std::fs::read_dir(out)?.next().is_some()
    {
        bail!(
            "{} exists and is not a saale project; choose another --out",
            out.display()
        );
    }
    // Build beside the target, then swap it in, so a failed build leaves the old project.
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let out_name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let beside = |what: &str| parent.join(format!(".{out_name}.{what}.{}", std::process::id()));
    let tmp = beside("building");
    let _ = std::fs::remove_dir_all(&tmp);
    let result = build_into(&tmp, &args.dir, &m, quiet);
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let old = beside("old");
    if out.exists() {
        std::fs::rename(out, &old)
            .with_context(|| format!("cannot move {} aside", out.display()))?;
    }
    std::fs::rename(&tmp, out).with_context(|| format!("cannot create {}", out.display()))?;
    let _ = std::fs::remove_dir_all(&old);
    if !quiet {
        println!();
        crate::show::layers(
            &Project::open(out)?,
            false,
            &Out {
                quiet: false,
                json: false,
            },
        )?;
    }
    Ok(())
}

fn build_into(tmp: &Path, dir: &Path, m: &Manifest, quiet: bool) -> Result<()> {
    let crs = Crs::parse(&m.crs)?;
    let mut p = Project::init(tmp, &crs, Some(&m.name))?;
    let out = Out { quiet, json: false };
    for l in &m.layer {
        let mut params =
            saale_ops::ImportParams::new(l.paths.iter().map(|s| dir.join(s)).collect());
        params.layer = Some(l.name.clone());
        params.licence.clone_from(&l.licence);
        params.attribution.clone_from(&l.attribution);
        params.as_of.clone_from(&l.as_of);
        params.internal = l.internal;
        params.source_crs.clone_from(&l.source_crs);
        crate::import::import_into(&mut p, &params, &out)
            .with_context(|| format!("layer '{}'", l.name))?;
        if !l.counts.is_empty() || l.grid {
            saale_ops::access::mark_counts(&mut p, &l.name, &l.counts, l.counts_additive, l.grid)
                .map_err(crate::hint)
                .with_context(|| format!("layer '{}'", l.name))?;
        }
    }
    for j in &m.join {
        crate::join_attributes(&mut p, &j.layer, &j.table, &j.on, &j.out, false, &out)
            .with_context(|| format!("join into '{}'", j.out))?;
    }
    Ok(())
}
