//! `saale import` of city formats: one delivery, several typed layers, written in one batch.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use anyhow::{bail, Result};
use rayon::prelude::*;
use saale_crs::Crs;
use saale_ingest::{read_dataset, DatasetOptions, Family};
use saale_model::{Layer, Value};
use saale_store::{sha256_file, LayerEntry, LayerKind, Project, SourceEntry};

use crate::import::{check_date, progress_bar, source_entries, Bar, ImportArgs};
use crate::say;

use saale_ingest::nas_object_id as oid;

/// Import a city-format delivery (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus).
pub(crate) fn import_dataset(
    project: &mut Project,
    files: &[PathBuf],
    args: &ImportArgs,
    quiet: bool,
) -> Result<()> {
    if let Some(d) = &args.as_of {
        check_date(d)?;
    }
    if !(args.arc_tolerance > 0.0 && args.arc_tolerance.is_finite()) {
        bail!("--arc-tolerance must be a positive number of metres");
    }
    let prefix = args
        .prefix
        .as_deref()
        .map(|p| format!("{p}_"))
        .unwrap_or_default();
    let mut opts = DatasetOptions::new(project.crs().clone());
    opts.source_crs = args.source_crs.as_deref().map(Crs::parse).transpose()?;
    opts.history = args.history;
    opts.arc_tolerance = args.arc_tolerance;
    opts.osm_poi_tags.clone_from(&args.poi_tags);

    let total: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    let pb = progress_bar(quiet, total, format!("reading {} file(s)", files.len()));
    let mut ds = read_dataset(files, &opts, &Bar(pb.clone()))?;
    // Most readers hash the bytes they read; hash the others now.
    let hashes: Vec<(String, u64)> = ds
        .sources
        .par_iter()
        .map(|s| match &s.sha256 {
            Some(h) => Ok(h.clone()),
            None => sha256_file(&s.path),
        })
        .collect::<Result<_, _>>()?;
    pb.finish_and_clear();

    let sources: Vec<SourceEntry> = source_entries(&ds.sources, hashes);
    let mut crss: Vec<String> = ds
        .sources
        .iter()
        .filter_map(|s| s.crs.as_ref().map(ToString::to_string))
        .collect();
    crss.sort();
    crss.dedup();
    let provenance = std::env::args().collect::<Vec<_>>().join(" ");
    let make_entry = |layer: &Layer, internal: bool| {
        let kind =
            if layer.features.iter().all(|f| f.geometry.is_none()) && !layer.features.is_empty() {
                LayerKind::Table
            } else {
                LayerKind::Vector
            };
        let mut e = LayerEntry::new(kind);
        e.source_crs = crss.join(", ");
        e.licence.clone_from(&args.licence);
        e.attribution.clone_from(&args.attribution);
        e.as_of = args.as_of.clone().unwrap_or_default();
        // Personal data is internal whatever the command line says, and never exported.
        e.public = !(args.internal || internal);
        e.personal = internal;
        e.provenance.clone_from(&provenance);
        e.sources.clone_from(&sources);
        e.report = Some(ds.report.clone());
        e
    };

    // Final layers: for an NBA update, existing layers minus deleted/replaced objects plus the
    // new objects; otherwise the delivery's layers.
    let mut out: BTreeMap<String, (Layer, bool)> = BTreeMap::new();
    let mut removed = 0usize;
    if ds.is_update {
        if ds.family != Family::Nas {
            bail!("updates are only defined for NAS deliveries");
        }
        let deletes: HashSet<&str> = ds.deletes.iter().map(|d| oid(d)).collect();
        let mut names: Vec<String> = ds
            .layers
            .iter()
            .map(|l| format!("{prefix}{}", l.name))
            .collect();
        for n in ["parcels", "buildings", "landuse", "addresses"] {
            names.push(format!("{prefix}{n}"));
        }
        for n in project.catalog().layers.keys() {
            if n.starts_with(&format!("{prefix}owners_")) {
                names.push(n.clone());
            }
        }
        names.sort();
        names.dedup();
        for name in names {
            let fresh = ds
                .layers
                .iter()
                .find(|l| format!("{prefix}{}", l.name) == name);
            let existing = if project.catalog().layers.contains_key(&name) {
                Some(project.read_layer(&name)?)
            } else {
                None
            };
            let internal = fresh.is_some_and(|f| f.internal)
                || project
                    .catalog()
                    .layers
                    .get(&name)
                    .is_some_and(|e| !e.public);
            let mut parts = Vec::new();
            if let Some(mut old) = existing {
                if let Some(gi) = old.schema.index_of("gml_id") {
                    let before = old.features.len();
                    old.features.retain(|f| match f.value(gi) {
                        Value::String(s) => !deletes.contains(oid(s)),
                        _ => true,
                    });
                    removed += before - old.features.len();
                }
                parts.push(old);
            }
            if let Some(f) = fresh {
                parts.push(f.layer.clone());
            }
            if parts.is_empty() {
                continue;
            }
            out.insert(name, (saale_ingest::merge_layers(parts), internal));
        }
    } else {
        for l in std::mem::take(&mut ds.layers) {
            out.insert(format!("{prefix}{}", l.name), (l.layer, l.internal));
        }
    }
    if out.is_empty() {
        bail!(
            "{}: no objects saale maps to a layer were found ({} read; skipped: {})",
            files
                .first()
                .map(|f| f.display().to_string())
                .unwrap_or_default(),
            ds.report.read.values().sum::<u64>(),
            ds.report
                .skipped
                .iter()
                .map(|(k, v)| format!("{v} x {k}"))
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    let entries: Vec<(String, &dyn saale_model::Rows, LayerEntry)> = out
        .iter()
        .map(|(n, (l, internal))| {
            (
                n.clone(),
                l as &dyn saale_model::Rows,
                make_entry(l, *internal),
            )
        })
        .collect();
    project.write_layers(entries, args.replace || ds.is_update)?;

    // The report.
    say(
        quiet,
        format!(
            "imported {} ({} file(s), {}){}:",
            ds.family,
            files.len(),
            ds.sources
                .first()
                .map_or(String::new(), |s| s.format.clone()),
            if ds.is_update {
                format!(", update: {removed} object(s) removed or replaced")
            } else {
                String::new()
            }
        ),
    );
    let r = &ds.report;
    say(
        quiet,
        format!(
            "  read:     {}",
            r.read
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    for (name, (l, internal)) in &out {
        say(
            quiet,
            format!(
                "  layer {name}: {} feature(s){}",
                l.features.len(),
                if *internal {
                    " (internal: personal data)"
                } else {
                    ""
                }
            ),
        );
    }
    for (k, v) in &r.repaired {
        say(quiet, format!("  repaired: {v} x {k}"));
    }
    for (k, v) in &r.skipped {
        say(quiet, format!("  skipped:  {v} x {k}"));
    }
    Ok(())
}
