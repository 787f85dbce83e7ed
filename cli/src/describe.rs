//! `saale describe`: the human title and description of a layer.

use std::path::Path;

use anyhow::Result;
use saale_store::Project;

use crate::Out;

/// `saale describe LAYER [--title T] [--description D]`.
#[derive(clap::Args, Debug)]
pub(crate) struct DescribeArgs {
    /// Layer name.
    pub layer: String,
    /// Title shown by the map, the OGC pages and reports (empty string: the default).
    #[arg(long)]
    pub title: Option<String>,
    /// What the layer shows, in a sentence or two (empty string removes it).
    #[arg(long)]
    pub description: Option<String>,
}

/// Set the texts given, then print the title and description in effect.
pub(crate) fn run(project: &Path, a: &DescribeArgs, out: &Out) -> Result<()> {
    let mut p = Project::open(project)?;
    if a.title.is_some() || a.description.is_some() {
        saale_ops::describe::describe(
            &mut p,
            &a.layer,
            a.title.as_deref(),
            a.description.as_deref(),
        )
        .map_err(crate::hint)?;
    }
    let e = p.entry(&a.layer)?;
    let title = e.title_of(&a.layer);
    let description = e.description_of(&a.layer);
    if out.json {
        println!(
            "{}",
            serde_json::json!({"layer": a.layer, "title": title, "description": description})
        );
        return Ok(());
    }
    out.say(format!("'{}': {title}", a.layer))?;
    if let Some(d) = description {
        out.say(d)?;
    }
    Ok(())
}
