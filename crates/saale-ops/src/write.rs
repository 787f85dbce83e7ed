//! Writing a step's result: the catalog entry derived from the inputs (licence, attribution,
//! date, access, sources) with the structured provenance, into a layer or through the gate
//! into a file.

use std::collections::HashSet;

use saale_model::Rows;
use saale_privacy::{Access, View};
use saale_store::{InputVersion, LayerEntry, LayerKind, Project, Provenance};

use crate::gate;
use crate::outcome::{Outcome, Written};
use crate::step::{Step, Target};
use crate::{Error, Result};

/// A result ready to be written: the rows, the inputs they came from and how.
pub(crate) struct Result_<'a> {
    /// The rows.
    pub rows: &'a dyn Rows,
    /// The step that made them.
    pub step: &'a Step,
    /// Input layer names.
    pub inputs: Vec<String>,
    /// The method in words.
    pub note: String,
    /// Result fields holding counts of persons although their names do not say so.
    pub extra_counts: Vec<String>,
    /// Grid cells (the grid threshold applies).
    pub grid: bool,
    /// Warnings to record in the provenance and report.
    pub warnings: Vec<String>,
}

impl<'a> Result_<'a> {
    /// A result of `step` over `inputs`, described by `note`, with the result fields in
    /// `extra_counts` marked as counts of persons.
    pub(crate) fn new(
        step: &'a Step,
        rows: &'a dyn Rows,
        inputs: &[&str],
        note: String,
        extra_counts: &[&str],
    ) -> Self {
        Result_ {
            rows,
            step,
            inputs: inputs.iter().map(|s| (*s).to_string()).collect(),
            note,
            extra_counts: extra_counts.iter().map(|s| (*s).to_string()).collect(),
            grid: false,
            warnings: Vec::new(),
        }
    }
}

/// Refuse a target that exists unless it is to be replaced; check the layer name.
pub(crate) fn check_target(project: &Project, target: &Target) -> Result<()> {
    match target {
        Target::Layer { name, replace } => {
            saale_store::validate_layer_name(name)?;
            if !replace && project.catalog().layers.contains_key(name) {
                return Err(Error::LayerExists { name: name.clone() });
            }
        }
        Target::File { path, replace } => {
            if !replace && path.exists() {
                return Err(Error::FileExists { path: path.clone() });
            }
        }
    }
    Ok(())
}

/// The structured provenance of a step over `inputs` (with the file each was read from).
pub(crate) fn provenance(
    project: &Project,
    step: &Step,
    inputs: &[String],
    note: &str,
    warnings: &[String],
) -> Result<Provenance> {
    let table = toml::Table::try_from(step)
        .map_err(|e| Error::Invalid(format!("the step cannot be recorded: {e}")))?;
    let inputs = inputs
        .iter()
        .map(|n| {
            Ok(InputVersion {
                layer: n.clone(),
                file: project.entry(n)?.file.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Provenance {
        step: Some(table),
        inputs,
        saale_version: env!("CARGO_PKG_VERSION").to_string(),
        note: note.to_string(),
        warnings: warnings.to_vec(),
        legacy: String::new(),
        deliveries: Vec::new(),
    })
}

/// Join distinct non-empty texts with "; ".
pub(crate) fn join_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    }
    out.join("; ")
}

/// The catalog entry of a result derived from `inputs`.
pub(crate) fn derived_entry(
    project: &Project,
    kind: LayerKind,
    result_fields: &[String],
    r: &Result_<'_>,
) -> Result<LayerEntry> {
    let entries: Vec<&LayerEntry> = r
        .inputs
        .iter()
        .map(|n| project.entry(n))
        .collect::<std::result::Result<_, _>>()?;
    let mut e = LayerEntry::new(kind);
    e.source_crs = project.crs().to_string();
    e.licence = join_text(entries.iter().map(|e| e.licence.as_str()));
    e.attribution = join_text(entries.iter().map(|e| e.attribution.as_str()));
    e.as_of = entries
        .iter()
        .map(|e| e.as_of.clone())
        .max()
        .unwrap_or_default();
    let accesses: Vec<&Access> = entries.iter().map(|e| &e.access).collect();
    let extra: Vec<&str> = r.extra_counts.iter().map(String::as_str).collect();
    e.access = Access::derive(&accesses, result_fields, &extra);
    e.access.grid |= r.grid;
    // Each source file once, even when several inputs derive from it.
    let mut seen = HashSet::new();
    e.sources = entries
        .iter()
        .flat_map(|e| e.sources.iter().cloned())
        .filter(|s| seen.insert((s.path.clone(), s.sha256.clone())))
        .collect();
    e.provenance = provenance(project, r.step, &r.inputs, &r.note, &warnings(&entries, r))?;
    Ok(e)
}

/// The result's warnings, and one per input layer with invalid geometries (counted on import):
/// the one place that says a result was computed on them.
fn warnings(entries: &[&LayerEntry], r: &Result_<'_>) -> Vec<String> {
    let mut w = r.warnings.clone();
    for (name, e) in r.inputs.iter().zip(entries) {
        if e.invalid_geometries > 0 {
            w.push(format!(
                "input layer '{name}' has {} invalid geometr{} (self-intersecting or otherwise \
                 not OGC-valid, see `saale info {name}`): they are used as they are (points in \
                 them by the even-odd rule), so results on them may differ from GEOS or QGIS; \
                 repair them, or re-import with --skip-invalid",
                e.invalid_geometries,
                if e.invalid_geometries == 1 {
                    "y"
                } else {
                    "ies"
                }
            ));
        }
    }
    w
}

/// Write a result to its target: a layer with its entry, or a file through the gate (a file
/// is a public output: internal inputs are refused, counts protected).
pub(crate) fn write_result(
    project: &mut Project,
    r: &Result_<'_>,
    target: &Target,
) -> Result<Outcome> {
    let fields: Vec<String> = r
        .rows
        .schema()
        .fields()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let entry = derived_entry(project, LayerKind::Vector, &fields, r)?;
    // As recorded (before the result may replace an input).
    let warned = entry.provenance.warnings.clone();
    let verb = r.step.verb();
    let mut out = match target {
        Target::File { path, replace } => {
            if !replace && path.exists() {
                return Err(Error::FileExists { path: path.clone() });
            }
            let released = gate::release_data(
                project,
                &format!("result of {verb}"),
                &entry.access,
                r.rows.to_layer(),
                View::Public,
                "a file",
            )?;
            let crs =
                saale_store::export_layer(&released.layer, "result", project.crs(), None, path)?;
            let mut o = Outcome::new(
                verb,
                Written::File {
                    path: path.clone(),
                    crs: Some(crs.to_string()),
                },
                r.rows.len(),
            );
            o.suppressed = released.applied.protection.into();
            o.dropped_fields = released.applied.dropped;
            o
        }
        Target::Layer { name, replace } => {
            project.write_rows(name, r.rows, entry, *replace)?;
            Outcome::new(verb, Written::Layer { name: name.clone() }, r.rows.len())
        }
    };
    out.warnings = warned;
    Ok(out)
}
