use geo_types::Geometry;

use crate::{Bbox, Schema, Value};

/// One feature: an optional geometry and attribute values in schema order.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// The geometry, `None` for rows of attribute tables.
    pub geometry: Option<Geometry<f64>>,
    /// Values, one per schema field (shorter vectors mean trailing nulls).
    pub values: Vec<Value>,
}

impl Feature {
    /// Value of field `i`, [`Value::Null`] when absent.
    #[must_use]
    pub fn value(&self, i: usize) -> &Value {
        self.values.get(i).unwrap_or(&Value::Null)
    }
}

/// An in-memory layer: schema plus features, all in one CRS.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    /// Attribute schema.
    pub schema: Schema,
    /// The features.
    pub features: Vec<Feature>,
}

impl Layer {
    /// Extent of all geometries.
    #[must_use]
    pub fn bbox(&self) -> Bbox {
        let mut b = Bbox::empty();
        for f in &self.features {
            if let Some(g) = &f.geometry {
                b.merge(&Bbox::of(g));
            }
        }
        b
    }

    /// Value of field `name` in feature `i`.
    #[must_use]
    pub fn value(&self, i: usize, name: &str) -> Option<&Value> {
        let idx = self.schema.index_of(name)?;
        self.features.get(i).map(|f| f.value(idx))
    }
}
