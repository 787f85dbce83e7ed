//! `join-attributes`: a table joined onto a layer by key.

use saale_store::{LayerKind, Project};

use crate::outcome::{Outcome, Written};
use crate::step::{JoinAttributesParams, Step, Target};
use crate::write::{derived_entry, Result_};
use crate::{Error, Result};

/// The field names of a layer, for messages (`id, gid, name`).
pub(crate) fn fields_of(l: &saale_model::Layer) -> String {
    l.schema
        .fields()
        .iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Join the table's fields onto the layer; the result is always a layer of the project.
pub(crate) fn join_attributes(
    p: &mut Project,
    step: &Step,
    a: &JoinAttributesParams,
    target: &Target,
) -> Result<Outcome> {
    let Target::Layer { name: out, replace } = target else {
        return Err(Error::Invalid(
            "join-attributes writes a layer of the project, not a file".into(),
        ));
    };
    let layer = p.read_layer(&a.layer)?;
    let tab = p.read_layer(&a.table)?;
    for (l, name, key) in [
        (&layer, &a.layer, &a.layer_key),
        (&tab, &a.table, &a.table_key),
    ] {
        if l.schema.index_of(key).is_none() {
            return Err(saale_store::Error::NoSuchField {
                layer: name.clone(),
                field: key.clone(),
                known: fields_of(l),
            }
            .into());
        }
    }
    let r = saale_model::join_attributes(&layer, &a.layer_key, &tab, &a.table_key, &a.table)
        .ok_or_else(|| Error::Invalid(format!("key field '{}' vanished", a.layer_key)))?;
    let mut warnings = Vec::new();
    if !r.unmatched_target_keys.is_empty() {
        warnings.push(format!(
            "{} key(s) of '{}' without a row in '{}': {}",
            r.unmatched_target_keys.len(),
            a.layer,
            a.table,
            r.unmatched_target_keys.join(", ")
        ));
    }
    if !r.unmatched_table_keys.is_empty() {
        warnings.push(format!(
            "{} key(s) of '{}' not used: {}",
            r.unmatched_table_keys.len(),
            a.table,
            r.unmatched_table_keys.join(", ")
        ));
    }
    if !r.duplicate_table_keys.is_empty() {
        warnings.push(format!(
            "duplicate keys in '{}' (first row used): {}",
            a.table,
            r.duplicate_table_keys.join(", ")
        ));
    }
    let fields: Vec<String> = r
        .layer
        .schema
        .fields()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let res = Result_ {
        rows: &r.layer,
        step,
        inputs: vec![a.layer.clone(), a.table.clone()],
        note: format!(
            "attributes of '{}' joined by {}={}",
            a.table, a.layer_key, a.table_key
        ),
        extra_counts: Vec::new(),
        grid: false,
        warnings: warnings.clone(),
    };
    let mut entry = derived_entry(p, LayerKind::Vector, &fields, &res)?;
    // The joined layer keeps the target's geometry CRS and grid semantics.
    let le = p.entry(&a.layer)?;
    entry.source_crs.clone_from(&le.source_crs);
    entry.access.grid = le.access.grid;
    let n = r.layer.features.len();
    p.write_layer(out, &r.layer, entry, *replace)?;
    let mut o = Outcome::new(step.verb(), Written::Layer { name: out.clone() }, n);
    o.headlines.push(format!(
        "joined '{}' onto '{}' as '{out}': {} of {} features matched",
        a.table,
        a.layer,
        r.matched,
        layer.features.len()
    ));
    o.figures.insert("matched".into(), r.matched as f64);
    o.warnings = warnings;
    Ok(o)
}
