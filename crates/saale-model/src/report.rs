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
}

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
