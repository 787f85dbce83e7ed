use std::collections::BTreeMap;

use saale_model::{for_each_coord, Geometry};

/// What a reader saw: objects read, geometries found invalid (kept or skipped), with reasons.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadReport {
    /// Features read from the sources.
    pub read: u64,
    /// Features with an invalid geometry (kept unless `skip_invalid`).
    pub invalid: u64,
    /// Features skipped (invalid with `skip_invalid`).
    pub skipped: u64,
    /// Features without geometry.
    pub without_geometry: u64,
    /// Up to 20 examples: `file: feature N: reason`.
    pub examples: Vec<String>,
    /// Count per reason (first words of the validation message).
    pub reasons: BTreeMap<String, u64>,
    /// Warnings and assumptions (`file: GDAL: ...`, an assumed CRS), each once, at most
    /// [`MAX_NOTES`].
    pub notes: Vec<String>,
}

/// Notes kept in a [`ReadReport`].
pub const MAX_NOTES: usize = 100;

impl ReadReport {
    /// Add another report's counts to this one.
    pub fn merge(&mut self, other: &ReadReport) {
        self.read += other.read;
        self.invalid += other.invalid;
        self.skipped += other.skipped;
        self.without_geometry += other.without_geometry;
        for e in &other.examples {
            if self.examples.len() < 20 {
                self.examples.push(e.clone());
            }
        }
        for (k, v) in &other.reasons {
            *self.reasons.entry(k.clone()).or_default() += v;
        }
        for n in &other.notes {
            self.note(n.clone());
        }
    }

    /// Record a warning or assumption (once).
    pub fn note(&mut self, note: String) {
        if self.notes.len() < MAX_NOTES && !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    pub(crate) fn note_invalid(&mut self, where_: String, reason: &str) {
        self.invalid += 1;
        // Group by the message with numbers replaced, e.g. "interior ring at index N is ...".
        let mut key = String::with_capacity(reason.len());
        for c in reason.chars() {
            if c.is_ascii_digit() {
                if !key.ends_with('N') {
                    key.push('N');
                }
            } else {
                key.push(c);
            }
        }
        *self.reasons.entry(key).or_default() += 1;
        if self.examples.len() < 20 {
            self.examples.push(format!("{where_}: {reason}"));
        }
    }
}

/// Check a geometry: finite coordinates (hard error, returned as `Err`) and OGC validity
/// (`Ok(Some(reason))` for an invalid but usable geometry, `Ok(None)` when valid).
///
/// # Errors
/// A message when a coordinate is NaN or infinite: such a geometry cannot be stored.
pub fn check_geometry(geom: &Geometry<f64>) -> Result<Option<String>, String> {
    let mut bad = None;
    for_each_coord(geom, &mut |c| {
        if bad.is_none() && !(c.x.is_finite() && c.y.is_finite()) {
            bad = Some(format!(
                "coordinate ({}, {}) is not a finite number",
                c.x, c.y
            ));
        }
    });
    if let Some(b) = bad {
        return Err(b);
    }
    match geom {
        Geometry::Point(_) | Geometry::MultiPoint(_) => Ok(None),
        // The one validity check (`simple`); a geometry geo's predicates panic on counts as
        // invalid there, not as a reason to abort the read.
        g => Ok(crate::simple::validation_error(g)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::polygon;

    /// Fuzzing (target `flatgeobuf`, fuzz/regressions/flatgeobuf/validation_panic.fgb; the
    /// export property tests found the same): geo's validation panicked ("topology position
    /// conflict") on a geometry of this file, and the import with it.
    #[test]
    fn validation_panic_counts_as_invalid() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/regressions/flatgeobuf/validation_panic.fgb");
        let (layer, _) = saale_fgb::read_flatgeobuf(&path).expect("read");
        let reasons: Vec<String> = layer
            .features
            .iter()
            .filter_map(|f| f.geometry.as_ref())
            .filter_map(|g| check_geometry(g).expect("finite"))
            .collect();
        assert!(
            reasons
                .iter()
                .any(|r| r.contains("the validity check cannot resolve")),
            "{reasons:?}"
        );
    }

    #[test]
    fn bowtie_is_invalid_square_valid() {
        let bow = Geometry::Polygon(polygon![
            (x: 0.0, y: 0.0), (x: 2.0, y: 2.0), (x: 2.0, y: 0.0), (x: 0.0, y: 2.0), (x: 0.0, y: 0.0)
        ]);
        let sq = Geometry::Polygon(polygon![
            (x: 0.0, y: 0.0), (x: 2.0, y: 0.0), (x: 2.0, y: 2.0), (x: 0.0, y: 2.0), (x: 0.0, y: 0.0)
        ]);
        assert!(check_geometry(&bow).expect("finite").is_some());
        assert_eq!(check_geometry(&sq).expect("finite"), None);
        let nan = Geometry::Polygon(polygon![
            (x: f64::NAN, y: 0.0), (x: 2.0, y: 0.0), (x: 2.0, y: 2.0), (x: f64::NAN, y: 0.0)
        ]);
        assert!(check_geometry(&nan).is_err());
    }
}
