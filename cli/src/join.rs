//! `saale join-attributes`.

use anyhow::{bail, Context, Result};
use saale_store::{LayerEntry, LayerKind, Project};

use crate::say;

/// `saale join-attributes`: join a table onto a layer by key and store the result as `out`.
pub(crate) fn run(
    p: &mut Project,
    layer: &str,
    table: &str,
    on: &str,
    out: &str,
    replace: bool,
    quiet: bool,
) -> Result<()> {
    let Some((lk, tk)) = on.split_once('=') else {
        bail!("--on must be LAYER_FIELD=TABLE_FIELD, got '{on}'");
    };
    let target = p.read_layer(layer)?;
    let tab = p.read_layer(table)?;
    let names = |l: &saale_model::Layer| {
        l.schema
            .fields()
            .iter()
            .map(|f| f.name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if target.schema.index_of(lk).is_none() {
        bail!(
            "layer '{layer}' has no field '{lk}' (fields: {})",
            names(&target)
        );
    }
    if tab.schema.index_of(tk).is_none() {
        bail!(
            "table '{table}' has no field '{tk}' (fields: {})",
            names(&tab)
        );
    }
    let r =
        saale_model::join_attributes(&target, lk, &tab, tk, table).context("key field vanished")?;
    let le = p.entry(layer)?.clone();
    let te = p.entry(table)?.clone();
    let mut entry = LayerEntry::new(LayerKind::Vector);
    entry.source_crs = le.source_crs.clone();
    entry.licence = join_text(&le.licence, &te.licence);
    entry.attribution = join_text(&le.attribution, &te.attribution);
    entry.as_of = le.as_of.max(te.as_of);
    entry.public = le.public && te.public;
    // Personal data stays personal in everything derived from it.
    entry.personal = le.personal || te.personal;
    let names: Vec<String> = r
        .layer
        .schema
        .fields()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let counts: Vec<String> = le.counts.iter().chain(&te.counts).cloned().collect();
    entry.counts = saale_privacy::inherit_counts(&names, &counts);
    entry.counts_additive = le.counts_additive || te.counts_additive;
    entry.grid = le.grid;
    entry.provenance = format!("saale join-attributes {layer} {table} --on {on} --out {out}");
    let mut seen = std::collections::HashSet::new();
    entry.sources = le
        .sources
        .iter()
        .chain(&te.sources)
        .filter(|s| seen.insert((s.path.clone(), s.sha256.clone())))
        .cloned()
        .collect();
    p.write_layer(out, &r.layer, entry, replace)?;
    say(
        quiet,
        format!(
            "joined '{table}' onto '{layer}' as '{out}': {} of {} features matched",
            r.matched,
            target.features.len()
        ),
    );
    if !r.unmatched_target_keys.is_empty() {
        say(
            quiet,
            format!(
                "  {} key(s) of '{layer}' without a row in '{table}': {}",
                r.unmatched_target_keys.len(),
                r.unmatched_target_keys.join(", ")
            ),
        );
    }
    if !r.unmatched_table_keys.is_empty() {
        say(
            quiet,
            format!(
                "  {} key(s) of '{table}' not used: {}",
                r.unmatched_table_keys.len(),
                r.unmatched_table_keys.join(", ")
            ),
        );
    }
    if !r.duplicate_table_keys.is_empty() {
        say(
            quiet,
            format!(
                "  duplicate keys in '{table}' (first row used): {}",
                r.duplicate_table_keys.join(", ")
            ),
        );
    }
    Ok(())
}

fn join_text(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty(), a == b) {
        (_, true, _) | (_, _, true) => a.to_string(),
        (true, false, _) => b.to_string(),
        _ => format!("{a}; {b}"),
    }
}
