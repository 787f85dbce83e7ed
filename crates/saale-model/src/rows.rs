//! Results produced row by row.

use std::borrow::Cow;

use geo_types::Geometry;

use crate::{Feature, Layer, Schema, Value};

/// A layer whose rows are produced on demand, in any order and from several threads.
///
/// Analyses whose results repeat their inputs (a k-nearest join writes every address five
/// times, each with all its attributes) describe their rows through this trait instead of
/// building a [`Layer`]: the store encodes each row straight from the inputs, so the result
/// never exists twice in memory. A [`Layer`] is rows too.
pub trait Rows: Sync {
    /// The fields of every row.
    fn schema(&self) -> &Schema;
    /// Number of rows.
    fn len(&self) -> usize;
    /// True when there are no rows.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Geometry of row `i` (`i < len()`), `None` for a row without one.
    fn geometry(&self, i: usize) -> Option<&Geometry<f64>>;
    /// Values of row `i` in schema order, appended to `out` (fewer than the schema's fields
    /// mean trailing nulls).
    fn values<'a>(&'a self, i: usize, out: &mut Vec<Cow<'a, Value>>);

    /// Build the rows as a [`Layer`] (for outputs that need one, such as file exports).
    fn to_layer(&self) -> Layer {
        let mut buf = Vec::new();
        let features = (0..self.len())
            .map(|i| {
                buf.clear();
                self.values(i, &mut buf);
                Feature {
                    geometry: self.geometry(i).cloned(),
                    values: buf.drain(..).map(Cow::into_owned).collect(),
                }
            })
            .collect();
        Layer {
            schema: self.schema().clone(),
            features,
        }
    }
}

impl Rows for Layer {
    fn schema(&self) -> &Schema {
        &self.schema
    }
    fn len(&self) -> usize {
        self.features.len()
    }
    fn geometry(&self, i: usize) -> Option<&Geometry<f64>> {
        self.features.get(i).and_then(|f| f.geometry.as_ref())
    }
    fn values<'a>(&'a self, i: usize, out: &mut Vec<Cow<'a, Value>>) {
        if let Some(f) = self.features.get(i) {
            out.extend(f.values.iter().map(Cow::Borrowed));
        }
    }
    fn to_layer(&self) -> Layer {
        self.clone()
    }
}

/// A layer with columns appended: the rows of `base` (geometry and values, borrowed) followed
/// by the same number of extra values per row. Counts per polygon are written this way, without
/// copying the polygons.
pub struct WithColumns<'a> {
    base: &'a Layer,
    schema: Schema,
    width: usize,
    extra: Vec<Value>,
}

impl<'a> WithColumns<'a> {
    /// `schema` is `base`'s schema plus the extra fields; `extra` holds `schema.len() -
    /// base.schema.len()` values per row of `base`, row after row.
    ///
    /// # Panics
    /// When `extra` does not hold that many values per row (a programming error).
    #[must_use]
    pub fn new(base: &'a Layer, schema: Schema, extra: Vec<Value>) -> Self {
        let width = schema.len().saturating_sub(base.schema.len());
        assert_eq!(
            extra.len(),
            width * base.features.len(),
            "extra values per row"
        );
        WithColumns {
            base,
            schema,
            width,
            extra,
        }
    }
}

impl Rows for WithColumns<'_> {
    fn schema(&self) -> &Schema {
        &self.schema
    }
    fn len(&self) -> usize {
        self.base.features.len()
    }
    fn geometry(&self, i: usize) -> Option<&Geometry<f64>> {
        self.base.geometry(i)
    }
    fn values<'a>(&'a self, i: usize, out: &mut Vec<Cow<'a, Value>>) {
        self.base.values(i, out);
        out.resize(self.base.schema.len(), Cow::Owned(Value::Null));
        let at = i * self.width;
        if let Some(extra) = self.extra.get(at..at + self.width) {
            out.extend(extra.iter().map(Cow::Borrowed));
        }
    }
}
