//! Incremental OpenStreetMap: an OSM import keeps the raw nodes, ways and relations in the
//! project (`osm/PREFIXstore.bin`, [`saale_ingest::osmstore::OsmStore`]); [`apply_changes`]
//! applies change files (`.osc`, `.osc.gz`) to it in order of their replication sequence
//! and writes the OSM layers again from it, all in one batch.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use saale_ingest::osmstore::{sequence_of, ChangeCounts, OsmStore};
use saale_model::Rows;
use saale_store::{LayerEntry, Project};
use serde::Serialize;

use crate::{Error, Result};

/// The store of the OSM import with layer-name prefix `prefix` (`""` without one).
#[must_use]
pub fn store_path(project: &Project, prefix: &str) -> PathBuf {
    project.dir().join("osm").join(format!("{prefix}store.bin"))
}

/// Write the store of an OSM import atomically (a temporary file renamed into place).
///
/// # Errors
/// [`Error::File`] when the file cannot be written.
pub fn write_store(project: &Project, prefix: &str, store: &OsmStore) -> Result<()> {
    let path = store_path(project, prefix);
    let dir = path.parent().unwrap_or(project.dir());
    std::fs::create_dir_all(dir).map_err(|e| Error::file(dir, e))?;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, store.encode()).map_err(|e| Error::file(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| Error::file(&path, e))?;
    Ok(())
}

/// What applying change files did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Applied {
    /// Per change file: its path, its replication sequence and what it changed.
    pub files: Vec<(String, Option<u64>, ChangeCounts)>,
    /// The layers written, with their feature counts.
    pub layers: BTreeMap<String, usize>,
    /// The replication sequence now recorded.
    pub sequence: Option<u64>,
    /// The report of the layers written.
    pub report: saale_model::DatasetReport,
}

/// Apply OSM change files to the store of the OSM import with `prefix` and write its layers
/// again. The files are applied in the order given; each file's replication sequence is its
/// path's (`.../006/123/456.osc.gz`) or, for one file, `sequence`; a sequence at or below
/// the one recorded is refused (a change applied twice or out of order), naming both. The
/// POI filter of the import is kept. Nothing is written unless every file applies.
///
/// # Errors
/// [`Error::Invalid`] without a store (the OSM data was imported before stores were kept:
/// import it again) or for a sequence out of order; the readers' errors naming the file.
pub fn apply_changes(
    project: &mut Project,
    prefix: Option<&str>,
    files: &[PathBuf],
    sequence: Option<u64>,
) -> Result<Applied> {
    let prefix = prefix.map(|p| format!("{p}_")).unwrap_or_default();
    let path = store_path(project, &prefix);
    let bytes = std::fs::read(&path).map_err(|_| {
        Error::Invalid(format!(
            "no OSM store {} in the project: import the OSM extract (again) with this saale \
             first{}",
            path.display(),
            if prefix.is_empty() {
                String::new()
            } else {
                format!(" (with --prefix {})", prefix.trim_end_matches('_'))
            }
        ))
    })?;
    let mut store = OsmStore::decode(&path, &bytes)?;
    if sequence.is_some() && files.len() != 1 {
        return Err(Error::Invalid(
            "--sequence names the sequence of one change file; give one file".into(),
        ));
    }
    let mut out = Applied {
        files: Vec::new(),
        layers: BTreeMap::new(),
        sequence: store.sequence,
        report: saale_model::DatasetReport::default(),
    };
    for f in files {
        let seq = sequence.or_else(|| sequence_of(f));
        if let (Some(s), Some(last)) = (seq, store.sequence) {
            if s <= last {
                return Err(Error::Invalid(format!(
                    "{}: replication sequence {s} is not after {last}, the last one applied \
                     (applied twice or out of order); nothing was changed",
                    f.display()
                )));
            }
        }
        let counts = store.apply(f)?;
        if seq.is_some() {
            store.sequence = seq;
        }
        out.files.push((f.display().to_string(), seq, counts));
    }
    out.sequence = store.sequence;
    // The import step of the OSM layers: its POI filter and bounds rule, kept for the new
    // layers (and for a refresh of the base extract).
    let names: Vec<String> = project
        .catalog()
        .layers
        .iter()
        .filter(|(n, e)| {
            n.starts_with(&prefix)
                && e.provenance.verb() == "import"
                && e.sources.iter().any(|s| s.format.starts_with("OSM"))
        })
        .map(|(n, _)| n.clone())
        .collect();
    let first = names
        .first()
        .and_then(|n| project.catalog().layers.get(n))
        .cloned()
        .ok_or_else(|| {
            Error::Invalid(format!(
                "the project has no OSM layers{} to apply changes to",
                if prefix.is_empty() {
                    String::new()
                } else {
                    format!(" with prefix {prefix}")
                }
            ))
        })?;
    let mut params = crate::refresh::import_params_of(&first)
        .unwrap_or_else(|| crate::ImportParams::new(Vec::new()));
    params.replace = true;
    let mut opts = saale_ingest::DatasetOptions::new(project.crs().clone());
    opts.osm_poi_tags.clone_from(&params.poi_tags);
    if params.no_bounds_check {
        opts.bounds = saale_ingest::BoundsCheck::Off;
    }
    let ds = store.to_dataset(&path, &opts)?;
    let note = format!(
        "OSM changes applied up to replication sequence {}: {}",
        out.sequence
            .map_or("(none given)".into(), |s| s.to_string()),
        out.files
            .iter()
            .map(|(f, _, c)| format!(
                "{f} ({} created, {} modified, {} deleted)",
                c.created, c.modified, c.deleted
            ))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut items: Vec<(String, &dyn Rows, LayerEntry)> = Vec::new();
    for l in &ds.layers {
        let name = format!("{prefix}{}", l.name);
        let mut e = project
            .catalog()
            .layers
            .get(&name)
            .cloned()
            .unwrap_or_else(|| first.clone());
        e.versions.clear();
        if !e.provenance.note.is_empty() && !e.provenance.note.starts_with("OSM changes") {
            e.provenance.note.push_str("; ");
            e.provenance.note.push_str(&note);
        } else {
            e.provenance.note.clone_from(&note);
        }
        e.report = Some(ds.report.clone());
        out.layers.insert(name.clone(), l.layer.features.len());
        items.push((name, &l.layer as &dyn Rows, e));
    }
    // An OSM layer of the import that the changed data no longer fills (its last feature
    // deleted) is written empty: importing the changed extract would give no such layer, but
    // maps and steps that read it keep working.
    let mut emptied = Vec::new();
    for n in &names {
        if !out.layers.contains_key(n) && n.strip_prefix(&prefix).is_some_and(is_osm_layer) {
            let old = project.read_layer(n)?;
            let mut e = project
                .catalog()
                .layers
                .get(n)
                .cloned()
                .unwrap_or_else(|| first.clone());
            e.versions.clear();
            e.provenance.note.clone_from(&note);
            emptied.push((
                n.clone(),
                saale_model::Layer {
                    schema: old.schema,
                    features: Vec::new(),
                },
                e,
            ));
        }
    }
    for (n, l, e) in &emptied {
        out.layers.insert(n.clone(), 0);
        items.push((n.clone(), l as &dyn Rows, e.clone()));
    }
    project.write_layers(items, true)?;
    write_store(project, &prefix, &store)?;
    out.report = ds.report;
    Ok(out)
}

/// The layers an OSM import writes.
fn is_osm_layer(name: &str) -> bool {
    matches!(
        name,
        "pois" | "poi_areas" | "osm_buildings" | "streets" | "water" | "places"
    )
}

/// Whether `path` is a change file by its name (`.osc`, `.osc.gz`).
#[must_use]
pub fn is_change_file(path: &Path) -> bool {
    let n = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    n.ends_with(".osc") || n.ends_with(".osc.gz")
}
