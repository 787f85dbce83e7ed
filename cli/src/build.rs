//! `saale build DIR`: a whole project from a `sources.toml` manifest.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use saale_store::Project;

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

/// `saale build`.
pub(crate) fn run(args: &BuildArgs, out: &Out) -> Result<()> {
    let bar = crate::import::Bar::new(out.quiet || out.json);
    let built = saale_ops::build::build(&args.dir, &args.out, &bar).map_err(crate::hint)?;
    if out.json {
        return out.json(&built);
    }
    let p = Project::open(&args.out)?;
    for i in &built.imports {
        crate::import::print(&p, i, out)?;
    }
    for j in &built.joins {
        for h in &j.headlines {
            out.say(h)?;
        }
        for w in &j.warnings {
            out.say(format!("  {w}"))?;
        }
    }
    if !out.quiet {
        out.say("")?;
        crate::show::layers(&p, false, out)?;
    }
    Ok(())
}
