//! Versions of a layer: [`list`] them, [`diff`] two of them (the features added, removed and
//! changed, written as a layer on request) and [`rollback`] to an earlier one.
//!
//! Every rewrite of a layer (an import or a step replacing it, `refresh`, `replay`) keeps the
//! previous file as version 1, the one before as version 2 and so on, up to the number the
//! catalog's `[versions] keep` says; the store pushes and drops them
//! ([`saale_store::LayerEntry::versions_after_rewrite`]). A version is named by its index (`0`
//! is the current one) or by its file name.
//!
//! Features of two versions are matched by a key field (given, else an `id` or `gml_id` field
//! both versions have), else by the SHA-256 of the geometry's WKB (of a table's row: of all
//! its values). Features sharing a key are paired in file order; the rest are added or
//! removed. A matched pair whose attributes (by field name) or geometry differ is changed.

use std::collections::HashMap;

use saale_model::{Feature, Field, FieldType, Layer, Schema, Value};
use saale_store::{LayerVersion, Project};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::outcome::Outcome;
use crate::step::{Step, Target};
use crate::write::{write_result, Result_};
use crate::{Error, Result};

/// One version of a layer, as listings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionInfo {
    /// 0: the current version, 1: the previous one, ...
    pub index: usize,
    /// Its layer file (`layers/NAME.GEN.fgb`).
    pub file: String,
    /// RFC 3339 time it was written.
    pub written_at: String,
    /// Features (rows).
    pub features: u64,
    /// How it was made, in words.
    pub made_by: String,
}

impl VersionInfo {
    fn of(index: usize, v: &LayerVersion) -> Self {
        VersionInfo {
            index,
            file: v.file.clone(),
            written_at: v.written_at.clone(),
            features: v.features,
            made_by: v.made_by.clone(),
        }
    }
}

/// Every version of `layer`, the current one (index 0) first.
///
/// # Errors
/// [`saale_store::Error::NoSuchLayer`].
pub fn list(project: &Project, layer: &str) -> Result<Vec<VersionInfo>> {
    let e = project.entry(layer)?;
    Ok(std::iter::once(LayerVersion::of(e))
        .chain(e.versions.iter().cloned())
        .enumerate()
        .map(|(i, v)| VersionInfo::of(i, &v))
        .collect())
}

fn previous() -> String {
    "1".into()
}

fn current() -> String {
    "0".into()
}

/// `diff`: the features added, removed and changed between two versions of a layer. As a
/// recorded step it compares the versions by their index at the time it runs: replayed after
/// a rewrite, `1` to `0` lists the changes of that rewrite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffParams {
    /// The layer.
    pub layer: String,
    /// The older version: an index (`1`, the previous one) or a file name.
    #[serde(default = "previous")]
    pub from: String,
    /// The newer version: an index (`0`, the current one) or a file name.
    #[serde(default = "current")]
    pub to: String,
    /// Match features by this field (default: `id` or `gml_id` when both versions have it,
    /// else by geometry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl DiffParams {
    /// The previous version against the current one of `layer`, matched by the default key.
    #[must_use]
    pub fn new(layer: &str) -> Self {
        DiffParams {
            layer: layer.to_string(),
            from: previous(),
            to: current(),
            key: None,
        }
    }
}

/// What happened to a feature between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Only in the newer version.
    Added,
    /// Only in the older version.
    Removed,
    /// In both, with other attributes or another geometry.
    Changed,
}

impl ChangeKind {
    /// `added`, `removed` or `changed`, as the `change` field of a diff layer holds it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// One feature that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Added, removed or changed.
    pub change: ChangeKind,
    /// The key value, or the geometry hash (16 hex digits) the feature was matched by.
    pub key: String,
    /// For a changed feature: the fields whose values differ (`geometry` for the geometry).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
}

/// The differences between two versions of a layer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The layer.
    pub layer: String,
    /// The older version.
    pub from: VersionInfo,
    /// The newer version.
    pub to: VersionInfo,
    /// How features were matched: `key`, `geometry hash` or `row hash`.
    pub matched_by: String,
    /// The key field, when matched by key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Features only in the newer version.
    pub added: usize,
    /// Features only in the older version.
    pub removed: usize,
    /// Matched features that differ.
    pub changed: usize,
    /// Matched features that are equal.
    pub unchanged: usize,
    /// The features that differ, by key.
    pub changes: Vec<Change>,
    /// The diff layer, when one was written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written: Option<Outcome>,
}

impl Diff {
    /// `1 added, 1 removed, 1 changed (by key 'id', version 1 -> 0)`.
    #[must_use]
    pub fn headline(&self) -> String {
        let by = match &self.key {
            Some(k) => format!("key '{k}'"),
            None => self.matched_by.clone(),
        };
        format!(
            "{}: {} added, {} removed, {} changed, {} unchanged (by {by}, version {} -> {})",
            self.layer,
            self.added,
            self.removed,
            self.changed,
            self.unchanged,
            self.from.index,
            self.to.index
        )
    }
}

/// Compare two versions of a layer.
///
/// # Errors
/// [`saale_store::Error::NoSuchLayer`], [`saale_store::Error::NoSuchVersion`],
/// [`saale_store::Error::NoSuchField`] for a key field a version lacks, read errors.
pub fn diff(project: &Project, p: &DiffParams) -> Result<Diff> {
    Ok(compare(project, p)?.0)
}

/// Compare two versions of a layer and write the features that differ into `target`, each
/// with a `change` field (`added`, `removed`, `changed`) and `changed_fields`, then the
/// attributes of the newer version (of the older one for removed features). The result
/// records its step and the layer's current version as its input, like every result.
///
/// # Errors
/// As [`diff`]; [`Error::Invalid`] when the layer has a field named `change` or
/// `changed_fields`, or the target is the layer itself; the errors of writing the target.
pub fn diff_into(project: &mut Project, p: &DiffParams, target: &Target) -> Result<Diff> {
    crate::write::check_target(project, target)?;
    let step = Step::Diff(p.clone());
    let (mut d, rows) = compare(project, p)?;
    d.written = Some(write_diff(project, &step, &d, &rows, target)?);
    Ok(d)
}

/// [`diff_into`] as [`crate::run`] calls it for a [`Step::Diff`].
pub(crate) fn run(
    project: &mut Project,
    step: &Step,
    p: &DiffParams,
    target: &Target,
) -> Result<Outcome> {
    let (d, rows) = compare(project, p)?;
    write_diff(project, step, &d, &rows, target)
}

fn write_diff(
    project: &mut Project,
    step: &Step,
    d: &Diff,
    rows: &Layer,
    target: &Target,
) -> Result<Outcome> {
    if matches!(target, Target::Layer { name, .. } if *name == d.layer) {
        return Err(Error::Invalid(format!(
            "the diff of layer '{}' cannot replace the layer itself",
            d.layer
        )));
    }
    let note = format!(
        "features of version {} ({}) against version {} ({}) matched by {}",
        d.from.index,
        d.from.file,
        d.to.index,
        d.to.file,
        d.key
            .as_ref()
            .map_or_else(|| d.matched_by.clone(), |k| format!("key '{k}'"))
    );
    let r = Result_::new(step, rows, &[d.layer.as_str()], note, &[]);
    let mut o = write_result(project, &r, target)?;
    o.headlines.push(d.headline());
    #[expect(clippy::cast_precision_loss, reason = "feature counts")]
    for (k, v) in [
        ("added", d.added),
        ("removed", d.removed),
        ("changed", d.changed),
        ("unchanged", d.unchanged),
    ] {
        o.figures.insert(k.into(), v as f64);
    }
    Ok(o)
}

/// How features are matched.
enum Matching {
    /// By the value of this field (index in the older, in the newer version).
    Key(String, usize, usize),
    /// By the hash of the geometry's WKB.
    Geometry,
    /// By the hash of all values (tables without a key).
    Row,
}

/// The fields of a layer, for messages.
fn field_names(l: &Layer) -> String {
    crate::attributes::fields_of(l)
}

fn choose_matching(p: &DiffParams, a: &Layer, b: &Layer) -> Result<Matching> {
    if let Some(k) = &p.key {
        for l in [a, b] {
            if l.schema.index_of(k).is_none() {
                return Err(saale_store::Error::NoSuchField {
                    layer: p.layer.clone(),
                    field: k.clone(),
                    known: field_names(l),
                }
                .into());
            }
        }
    }
    let key = p.key.as_deref().or_else(|| {
        ["id", "gml_id"]
            .into_iter()
            .find(|k| a.schema.index_of(k).is_some() && b.schema.index_of(k).is_some())
    });
    if let Some(k) = key {
        if let (Some(ia), Some(ib)) = (a.schema.index_of(k), b.schema.index_of(k)) {
            return Ok(Matching::Key(k.to_string(), ia, ib));
        }
    }
    let has_geometry = |l: &Layer| l.features.iter().any(|f| f.geometry.is_some());
    Ok(if has_geometry(a) || has_geometry(b) {
        Matching::Geometry
    } else {
        Matching::Row
    })
}

/// The WKB of a feature's geometry (empty without one).
fn wkb(f: &Feature) -> Vec<u8> {
    f.geometry
        .as_ref()
        .and_then(|g| saale_model::geometry_to_wkb(g).ok())
        .unwrap_or_default()
}

/// The first 16 hex digits of a SHA-256.
fn short_hash(h: Sha256) -> String {
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The key a feature is matched by.
fn key_of(m: &Matching, newer: bool, l: &Layer, f: &Feature) -> String {
    match m {
        Matching::Key(_, ia, ib) => f
            .value(if newer { *ib } else { *ia })
            .join_key()
            .unwrap_or_else(|| "null".into()),
        Matching::Geometry => {
            let mut h = Sha256::new();
            h.update(wkb(f));
            short_hash(h)
        }
        Matching::Row => {
            let mut h = Sha256::new();
            for (i, field) in l.schema.fields().iter().enumerate() {
                h.update(field.name.as_bytes());
                h.update([0]);
                h.update(f.value(i).to_string().as_bytes());
                h.update([u8::from(f.value(i).is_null())]);
            }
            short_hash(h)
        }
    }
}

/// Equal values: numbers by value (an integer equals the same float), NaN equals NaN.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y || (x.is_nan() && y.is_nan()),
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
            a.as_f64() == b.as_f64()
        }
        _ => a == b,
    }
}

/// Keys in natural order: integers by value, then text.
fn key_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<i64>(), b.parse::<i64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

/// The fields of the diff layer: `change`, `changed_fields`, the newer version's fields, then
/// those only the older one has (types widened where the versions differ).
fn diff_schema(layer: &str, a: &Layer, b: &Layer) -> Result<Vec<Field>> {
    for l in [a, b] {
        for reserved in ["change", "changed_fields"] {
            if l.schema.index_of(reserved).is_some() {
                return Err(Error::Invalid(format!(
                    "layer '{layer}' has a field '{reserved}', which the diff layer needs for itself"
                )));
            }
        }
    }
    let mut fields = vec![
        Field {
            name: "change".into(),
            ty: FieldType::String,
        },
        Field {
            name: "changed_fields".into(),
            ty: FieldType::String,
        },
    ];
    for f in b.schema.fields() {
        let ty = a
            .schema
            .index_of(&f.name)
            .map_or(f.ty, |i| f.ty.widen(a.schema.fields()[i].ty));
        fields.push(Field {
            name: f.name.clone(),
            ty,
        });
    }
    for f in a.schema.fields() {
        if b.schema.index_of(&f.name).is_none() {
            fields.push(f.clone());
        }
    }
    Ok(fields)
}

/// Compare the versions: the diff and the rows of the diff layer.
fn compare(project: &Project, p: &DiffParams) -> Result<(Diff, Layer)> {
    let (ia, ib) = (
        project.version_index(&p.layer, &p.from)?,
        project.version_index(&p.layer, &p.to)?,
    );
    let versions = list(project, &p.layer)?;
    let (a, b) = (
        project.read_version(&p.layer, ia)?,
        project.read_version(&p.layer, ib)?,
    );
    let m = choose_matching(p, &a, &b)?;
    let fields = diff_schema(&p.layer, &a, &b)?;
    let schema = Schema::from_fields(fields.iter().cloned());
    // Features by key, in file order.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in a.features.iter().enumerate() {
        by_key.entry(key_of(&m, false, &a, f)).or_default().push(i);
    }
    let mut taken: HashMap<String, usize> = HashMap::new();
    // (key, kind, index in a or b, changed fields)
    let mut found: Vec<(String, ChangeKind, usize, Vec<String>)> = Vec::new();
    let mut unchanged = 0usize;
    let key_field = match &m {
        Matching::Key(k, ..) => Some(k.clone()),
        Matching::Geometry | Matching::Row => None,
    };
    let compare_geometry = matches!(m, Matching::Key(..));
    for (j, fb) in b.features.iter().enumerate() {
        let k = key_of(&m, true, &b, fb);
        let n = taken.entry(k.clone()).or_insert(0);
        let Some(&i) = by_key.get(&k).and_then(|v| v.get(*n)) else {
            found.push((k, ChangeKind::Added, j, Vec::new()));
            continue;
        };
        *n += 1;
        let fa = &a.features[i];
        let mut differ: Vec<String> = fields[2..]
            .iter()
            .filter(|f| key_field.as_deref() != Some(f.name.as_str()))
            .filter(|f| {
                let va = a
                    .schema
                    .index_of(&f.name)
                    .map_or(&Value::Null, |x| fa.value(x));
                let vb = b
                    .schema
                    .index_of(&f.name)
                    .map_or(&Value::Null, |x| fb.value(x));
                !same_value(va, vb)
            })
            .map(|f| f.name.clone())
            .collect();
        if compare_geometry && wkb(fa) != wkb(fb) {
            differ.push("geometry".into());
        }
        if differ.is_empty() {
            unchanged += 1;
        } else {
            found.push((k, ChangeKind::Changed, j, differ));
        }
    }
    for (k, idx) in &by_key {
        let used = taken.get(k).copied().unwrap_or(0);
        for &i in idx.iter().skip(used) {
            found.push((k.clone(), ChangeKind::Removed, i, Vec::new()));
        }
    }
    found.sort_by(|x, y| {
        key_order(&x.0, &y.0)
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
    });
    let mut rows = Layer {
        schema,
        features: Vec::with_capacity(found.len()),
    };
    for (_, kind, i, differ) in &found {
        let (src, f) = match kind {
            ChangeKind::Removed => (&a, &a.features[*i]),
            ChangeKind::Added | ChangeKind::Changed => (&b, &b.features[*i]),
        };
        let mut values = vec![Value::from(kind.name()), Value::from(differ.join(","))];
        for field in &fields[2..] {
            let v = src
                .schema
                .index_of(&field.name)
                .map_or(Value::Null, |x| f.value(x).clone());
            values.push(v.coerce(field.ty));
        }
        rows.features.push(Feature {
            geometry: f.geometry.clone(),
            values,
        });
    }
    let count = |k: ChangeKind| found.iter().filter(|x| x.1 == k).count();
    let d = Diff {
        layer: p.layer.clone(),
        from: versions[ia].clone(),
        to: versions[ib].clone(),
        matched_by: match m {
            Matching::Key(..) => "key",
            Matching::Geometry => "geometry hash",
            Matching::Row => "row hash",
        }
        .into(),
        key: key_field,
        added: count(ChangeKind::Added),
        removed: count(ChangeKind::Removed),
        changed: count(ChangeKind::Changed),
        unchanged,
        changes: found
            .into_iter()
            .map(|(key, change, _, fields)| Change {
                change,
                key,
                fields,
            })
            .collect(),
        written: None,
    };
    Ok((d, rows))
}

/// What [`rollback`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rollback {
    /// The layer.
    pub layer: String,
    /// The index the restored version had.
    pub restored: usize,
    /// The versions now, the restored one current (index 0), the replaced one index 1.
    pub versions: Vec<VersionInfo>,
}

/// Make the version `version` names (an index, `1` the previous one, or a file name) current
/// again; the current one becomes version 1. Atomic under the project's write lock: on error
/// the catalog is unchanged. Layers derived from the layer then show as outdated.
///
/// # Errors
/// [`saale_store::Error::NoSuchLayer`], [`saale_store::Error::NoSuchVersion`], or
/// [`saale_store::Error::Invalid`] for the current version or a missing file.
pub fn rollback(project: &mut Project, layer: &str, version: &str) -> Result<Rollback> {
    let restored = project.rollback_layer(layer, version)?;
    Ok(Rollback {
        layer: layer.to_string(),
        restored,
        versions: list(project, layer)?,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn numbers_compare_by_value_and_keys_in_natural_order() {
        assert!(same_value(&Value::Int(2), &Value::Float(2.0)));
        assert!(same_value(&Value::Float(f64::NAN), &Value::Float(f64::NAN)));
        assert!(!same_value(&Value::Int(2), &Value::from("2")));
        assert!(!same_value(&Value::Null, &Value::Int(0)));
        let mut keys = vec!["10", "b", "2", "a"];
        keys.sort_by(|a, b| key_order(a, b));
        assert_eq!(keys, vec!["2", "10", "a", "b"]);
    }
}
