//! The import report of a delivery in a city format: what an importer read, wrote, repaired and
//! skipped. Ingest fills it; the store keeps it in the catalog beside each layer of the delivery.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The import report: objects read per type, written per layer, repaired and skipped with
/// reasons. Stored in the catalog with each layer of the delivery.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetReport {
    /// Objects read, per object type (`AX_Flurstueck`, `bldg:Building`, `node`, ...).
    #[serde(default)]
    pub read: BTreeMap<String, u64>,
    /// Features written, per output layer (default names, without prefix).
    #[serde(default)]
    pub written: BTreeMap<String, u64>,
    /// Repairs made, per reason.
    #[serde(default)]
    pub repaired: BTreeMap<String, u64>,
    /// Objects skipped, per reason.
    #[serde(default)]
    pub skipped: BTreeMap<String, u64>,
    /// Where the skips and repairs of each reason happened (`file: line 12, column 3,
    /// Building gml:id X`), in reading order, up to [`MAX_PLACES`] per reason.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub places: BTreeMap<String, Vec<String>>,
    /// Warnings and assumptions made while reading (a GDAL warning, an ESRI code taken for an
    /// unknown EPSG code, axes found swapped), each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// Places kept per reason in [`DatasetReport::places`] (more are counted, not listed).
pub const MAX_PLACES: usize = 10_000;

impl DatasetReport {
    /// Add another report's counts.
    pub fn merge(&mut self, o: &DatasetReport) {
        for (dst, src) in [
            (&mut self.read, &o.read),
            (&mut self.written, &o.written),
            (&mut self.repaired, &o.repaired),
            (&mut self.skipped, &o.skipped),
        ] {
            for (k, v) in src {
                *dst.entry(k.clone()).or_default() += v;
            }
        }
        for (k, v) in &o.places {
            let dst = self.places.entry(k.clone()).or_default();
            let room = MAX_PLACES.saturating_sub(dst.len());
            dst.extend(v.iter().take(room).cloned());
        }
        for n in &o.notes {
            self.note(n);
        }
    }

    /// Count one object skipped for `reason` at `place`.
    pub fn skipped_at(&mut self, reason: &str, place: String) {
        self.skipped(reason);
        self.place(reason, place);
    }

    /// Count one repair made for `reason` at `place`.
    pub fn repaired_at(&mut self, reason: &str, place: String) {
        self.repaired(reason);
        self.place(reason, place);
    }

    fn place(&mut self, reason: &str, place: String) {
        let v = self.places.entry(reason.to_string()).or_default();
        if v.len() < MAX_PLACES {
            v.push(place);
        }
    }

    /// Record a warning or assumption (once).
    pub fn note(&mut self, note: &str) {
        if !self.notes.iter().any(|n| n == note) {
            self.notes.push(note.to_string());
        }
    }

    /// Count one object of type `ty` read.
    pub fn read(&mut self, ty: &str) {
        *self.read.entry(ty.to_string()).or_default() += 1;
    }
    /// Count one repair made for `reason`.
    pub fn repaired(&mut self, reason: &str) {
        *self.repaired.entry(reason.to_string()).or_default() += 1;
    }
    /// Count one object skipped for `reason`.
    pub fn skipped(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_string()).or_default() += 1;
    }
}
