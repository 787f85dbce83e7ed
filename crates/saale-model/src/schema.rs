use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The type of an attribute field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    /// true/false.
    Bool,
    /// 64-bit integer.
    Int,
    /// 64-bit float.
    Float,
    /// UTF-8 text.
    String,
    /// ISO 8601 date (`2024-12-31`), stored as text.
    Date,
    /// ISO 8601 date and time, stored as text.
    DateTime,
}

impl FieldType {
    /// The type that holds values of both `self` and `other`.
    #[must_use]
    pub fn widen(self, other: FieldType) -> FieldType {
        use FieldType::{Float, Int};
        match (self, other) {
            (a, b) if a == b => a,
            (Int, Float) | (Float, Int) => Float,
            _ => FieldType::String,
        }
    }

    /// Lower-case name as written in the catalog.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            FieldType::Bool => "bool",
            FieldType::Int => "int",
            FieldType::Float => "float",
            FieldType::String => "string",
            FieldType::Date => "date",
            FieldType::DateTime => "datetime",
        }
    }
}

impl fmt::Display for FieldType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for FieldType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "bool" => FieldType::Bool,
            "int" => FieldType::Int,
            "float" => FieldType::Float,
            "string" => FieldType::String,
            "date" => FieldType::Date,
            "datetime" => FieldType::DateTime,
            other => return Err(format!("unknown field type '{other}'")),
        })
    }
}

/// One attribute field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// Field name as in the source.
    pub name: String,
    /// Field type.
    #[serde(rename = "type")]
    pub ty: FieldType,
}

/// Ordered attribute fields with a name lookup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    fields: Vec<Field>,
    index: HashMap<String, usize>,
    /// Per field: has a non-null value fixed its type yet?
    typed: Vec<bool>,
}

impl Schema {
    /// An empty schema.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Build a schema from fields (later duplicates of a name are ignored).
    #[must_use]
    pub fn from_fields(fields: impl IntoIterator<Item = Field>) -> Self {
        let mut s = Self::new();
        for f in fields {
            s.observe(&f.name, Some(f.ty));
        }
        s
    }

    /// The fields in order.
    #[must_use]
    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    /// Number of fields.
    #[must_use]
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// True when there are no fields.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// Position of a field by name.
    #[must_use]
    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Record that a field `name` carries a value of type `ty` (`None` for null), adding the
    /// field or widening its type. Returns the field's position. A field seen only with nulls
    /// is typed as text until a value says otherwise.
    pub fn observe(&mut self, name: &str, ty: Option<FieldType>) -> usize {
        if let Some(&i) = self.index.get(name) {
            if let Some(t) = ty {
                let f = &mut self.fields[i];
                f.ty = if self.typed[i] { f.ty.widen(t) } else { t };
                self.typed[i] = true;
            }
            return i;
        }
        let i = self.fields.len();
        self.fields.push(Field {
            name: name.to_string(),
            ty: ty.unwrap_or(FieldType::String),
        });
        self.typed.push(ty.is_some());
        self.index.insert(name.to_string(), i);
        i
    }

    /// Add all fields of `other` (widening types of fields present in both).
    pub fn merge(&mut self, other: &Schema) {
        for (i, f) in other.fields.iter().enumerate() {
            let ty = other.typed[i].then_some(f.ty);
            self.observe(&f.name, ty);
        }
    }
}

/// Field names made unique, in order: a repeated name gets `_2`, `_3`, ... (skipping names
/// already taken), so that every column of a source keeps its values. The one rule for
/// readers whose sources may repeat a column name (CSV headers, FlatGeobuf columns).
#[must_use]
pub fn unique_field_names(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for name in names {
        if seen.insert(name.clone()) {
            out.push(name);
            continue;
        }
        let k = next.entry(name.clone()).or_insert(2);
        let unique = loop {
            let candidate = format!("{name}_{k}");
            *k += 1;
            if seen.insert(candidate.clone()) {
                break candidate;
            }
        };
        out.push(unique);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn observe_widens_and_nulls_do_not_fix_type() {
        let mut s = Schema::new();
        s.observe("a", None);
        s.observe("b", Some(FieldType::Int));
        s.observe("a", Some(FieldType::Int));
        s.observe("b", Some(FieldType::Float));
        assert_eq!(s.fields()[0].ty, FieldType::Int);
        assert_eq!(s.fields()[1].ty, FieldType::Float);
        s.observe("a", Some(FieldType::String));
        assert_eq!(s.fields()[0].ty, FieldType::String);
        assert_eq!(s.index_of("b"), Some(1));
        assert_eq!(s.len(), 2);
    }
}
