//! Setting the access marks of a layer: its level, internal fields, count fields and the
//! fields put into tiles.

use saale_privacy::Level;
use saale_store::Project;

use crate::{Error, Result};

/// A change of a layer's marks; `None` leaves a mark as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessChange {
    /// Public or internal (personal is set by the readers of personal data and cannot be
    /// lifted).
    pub level: Option<Level>,
    /// Internal fields (empty: none).
    pub internal_fields: Option<Vec<String>>,
    /// Fields put into tiles (empty: the default).
    pub tile_fields: Option<Vec<String>>,
}

/// Mark the count fields of a layer (patterns with `*` are expanded against its fields).
///
/// # Errors
/// [`Error::Invalid`] when a pattern matches no field; store errors.
pub fn mark_counts(
    p: &mut Project,
    layer: &str,
    patterns: &[String],
    additive: bool,
    grid: bool,
) -> Result<()> {
    let fields: Vec<String> = p
        .entry(layer)?
        .fields
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let patterns: Vec<String> = patterns.iter().filter(|s| !s.is_empty()).cloned().collect();
    let counts = saale_privacy::match_fields(&fields, &patterns);
    if counts.is_empty() && !patterns.is_empty() {
        return Err(Error::Invalid(format!(
            "no field of '{layer}' matches {} (fields: {})",
            patterns.join(", "),
            fields.join(", ")
        )));
    }
    p.update_catalog(|c| {
        if let Some(e) = c.layers.get_mut(layer) {
            e.access.counts = counts;
            e.access.counts_additive = additive;
            e.access.grid = grid;
        }
        Ok(())
    })?;
    Ok(())
}

/// Change the access marks of a layer. Named fields must exist.
///
/// # Errors
/// [`Error::Invalid`] for an unknown field or an attempt to make personal data public or
/// internal; store errors. On error nothing changes.
pub fn set_access(p: &mut Project, layer: &str, change: &AccessChange) -> Result<()> {
    let entry = p.entry(layer)?;
    if entry.access.level == Level::Personal && change.level.is_some_and(|l| l != Level::Personal) {
        return Err(Error::Invalid(format!(
            "layer '{layer}' holds personal data; its level cannot be changed"
        )));
    }
    let known: Vec<String> = entry.fields.iter().map(|f| f.name.clone()).collect();
    let check = |list: &[String]| -> Result<Vec<String>> {
        let list: Vec<String> = list.iter().filter(|s| !s.is_empty()).cloned().collect();
        match list.iter().find(|f| !known.contains(f)) {
            Some(f) => Err(saale_store::Error::NoSuchField {
                layer: layer.to_string(),
                field: f.clone(),
                known: known.join(", "),
            }
            .into()),
            None => Ok(list),
        }
    };
    let internal = change.internal_fields.as_deref().map(check).transpose()?;
    let tiles = change.tile_fields.as_deref().map(check).transpose()?;
    p.update_catalog(|c| {
        if let Some(e) = c.layers.get_mut(layer) {
            if let Some(l) = change.level {
                e.access.level = l;
            }
            if let Some(f) = internal {
                e.access.internal_fields = f;
            }
            if let Some(f) = tiles {
                e.tile_fields = f;
            }
        }
        Ok(())
    })?;
    Ok(())
}
