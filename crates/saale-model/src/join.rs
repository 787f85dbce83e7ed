use std::collections::HashMap;

use crate::{Feature, Field, Layer, Schema, Value};

/// Outcome of [`join_attributes`]: the joined layer and the keys that found no partner.
#[derive(Debug, Clone)]
pub struct JoinResult {
    /// Target features with the table's fields appended (nulls where unmatched).
    pub layer: Layer,
    /// Number of target features that found a table row.
    pub matched: usize,
    /// Keys of target features without a table row (in feature order, unique).
    pub unmatched_target_keys: Vec<String>,
    /// Keys of table rows no target feature asked for (in row order, unique).
    pub unmatched_table_keys: Vec<String>,
    /// Keys that occur in more than one table row (the first row is used).
    pub duplicate_table_keys: Vec<String>,
}

/// Join the fields of `table` onto `target` by key (QGIS "join attributes by field value",
/// one-to-one: the first table row with the key is used). Keys compare as text after trimming,
/// with integral numbers written without decimals, so `11`, `11.0` and `" 11"` match.
/// Table fields whose names clash with target fields get the prefix `{table_name}_`.
/// Returns `None` when a key field does not exist.
#[must_use]
pub fn join_attributes(
    target: &Layer,
    target_key: &str,
    table: &Layer,
    table_key: &str,
    table_name: &str,
) -> Option<JoinResult> {
    let tk = target.schema.index_of(target_key)?;
    let sk = table.schema.index_of(table_key)?;
    let mut rows: HashMap<String, usize> = HashMap::new();
    let mut duplicates = Vec::new();
    let mut table_order = Vec::new();
    for (i, r) in table.features.iter().enumerate() {
        if let Some(k) = r.value(sk).join_key() {
            if rows.contains_key(&k) {
                if !duplicates.contains(&k) {
                    duplicates.push(k);
                }
            } else {
                rows.insert(k.clone(), i);
                table_order.push(k);
            }
        }
    }
    let mut fields = target.schema.fields().to_vec();
    let mut take = Vec::new();
    for (j, f) in table.schema.fields().iter().enumerate() {
        if j == sk {
            continue;
        }
        let clash = target.schema.index_of(&f.name).is_some();
        fields.push(Field {
            name: if clash {
                format!("{table_name}_{}", f.name)
            } else {
                f.name.clone()
            },
            ty: f.ty,
        });
        take.push(j);
    }
    let schema = Schema::from_fields(fields);
    let mut used = std::collections::HashSet::new();
    let mut unmatched = Vec::new();
    let mut matched = 0;
    let n_target = target.schema.len();
    let features = target
        .features
        .iter()
        .map(|f| {
            let mut values: Vec<Value> = (0..n_target).map(|i| f.value(i).clone()).collect();
            let key = f.value(tk).join_key();
            match key.as_ref().and_then(|k| rows.get(k)) {
                Some(&r) => {
                    matched += 1;
                    if let Some(k) = &key {
                        used.insert(k.clone());
                    }
                    let row = &table.features[r];
                    values.extend(take.iter().map(|&j| row.value(j).clone()));
                }
                None => {
                    let k = key.unwrap_or_default();
                    if !unmatched.contains(&k) {
                        unmatched.push(k);
                    }
                    values.extend(take.iter().map(|_| Value::Null));
                }
            }
            Feature {
                geometry: f.geometry.clone(),
                values,
            }
        })
        .collect();
    Some(JoinResult {
        layer: Layer { schema, features },
        matched,
        unmatched_target_keys: unmatched,
        unmatched_table_keys: table_order
            .into_iter()
            .filter(|k| !used.contains(k))
            .collect(),
        duplicate_table_keys: duplicates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FieldType;

    fn layer(fields: &[(&str, FieldType)], rows: Vec<Vec<Value>>) -> Layer {
        Layer {
            schema: Schema::from_fields(fields.iter().map(|(n, t)| Field {
                name: (*n).into(),
                ty: *t,
            })),
            features: rows
                .into_iter()
                .map(|values| Feature {
                    geometry: None,
                    values,
                })
                .collect(),
        }
    }

    #[test]
    fn joins_by_normalised_key_and_reports_unmatched() {
        let t = layer(
            &[("id", FieldType::Int), ("name", FieldType::String)],
            vec![
                vec![Value::Int(11), "A".into()],
                vec![Value::Int(12), "B".into()],
                vec![Value::Int(99), "C".into()],
            ],
        );
        let tab = layer(
            &[
                ("nr", FieldType::String),
                ("name", FieldType::String),
                ("hh", FieldType::Int),
            ],
            vec![
                vec![" 11".into(), "x".into(), Value::Int(195)],
                vec!["12".into(), "y".into(), Value::Int(1230)],
                vec!["0".into(), "total".into(), Value::Int(56501)],
            ],
        );
        let r = join_attributes(&t, "id", &tab, "nr", "hh").expect("keys exist");
        assert_eq!(r.matched, 2);
        assert_eq!(r.unmatched_target_keys, vec!["99".to_string()]);
        assert_eq!(r.unmatched_table_keys, vec!["0".to_string()]);
        let names: Vec<_> = r
            .layer
            .schema
            .fields()
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(names, ["id", "name", "hh_name", "hh"]);
        assert_eq!(r.layer.value(1, "hh"), Some(&Value::Int(1230)));
        assert_eq!(r.layer.value(2, "hh"), Some(&Value::Null));
        assert!(join_attributes(&t, "nope", &tab, "nr", "hh").is_none());
    }
}
