//! What a step reports back: where it wrote, how many features, its headline figures and
//! warnings. Programs print it (as text or JSON); the library never prints.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

/// Where a result was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Written {
    /// A layer of the project.
    Layer {
        /// Its name.
        name: String,
    },
    /// A file.
    File {
        /// The file.
        path: PathBuf,
        /// The CRS of its coordinates, for geodata.
        #[serde(skip_serializing_if = "Option::is_none")]
        crs: Option<String>,
    },
    /// A database table.
    Table {
        /// The connection, without a password.
        connection: String,
        /// The table.
        table: String,
        /// The CRS of its geometry column.
        #[serde(skip_serializing_if = "Option::is_none")]
        crs: Option<String>,
    },
}

/// Cells suppressed by disclosure control in an output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Suppressed {
    /// Cells below the threshold.
    pub primary: usize,
    /// Cells suppressed so that totals do not reveal the others.
    pub secondary: usize,
}

impl From<saale_privacy::Protection> for Suppressed {
    fn from(p: saale_privacy::Protection) -> Self {
        Suppressed {
            primary: p.primary,
            secondary: p.secondary,
        }
    }
}

/// The result of a step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The verb.
    pub verb: String,
    /// Where it was written.
    pub written: Written,
    /// Features (rows) written.
    pub features: usize,
    /// The figures a user wants first, in words (`55,853 of 61,012 households (91.5 %)
    /// within 300 m`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headlines: Vec<String>,
    /// The same figures for scripts.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub figures: BTreeMap<String, f64>,
    /// Warnings (weight that found no target, keys without a match, ...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Fields left out of a public output.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped_fields: Vec<String>,
    /// Disclosure control of a public output.
    pub suppressed: Suppressed,
}

impl Outcome {
    pub(crate) fn new(verb: &str, written: Written, features: usize) -> Self {
        Outcome {
            verb: verb.to_string(),
            written,
            features,
            headlines: Vec::new(),
            figures: BTreeMap::new(),
            warnings: Vec::new(),
            dropped_fields: Vec::new(),
            suppressed: Suppressed::default(),
        }
    }
}

/// A count for people: thousands grouped with commas (`61,012`).
#[must_use]
pub fn grouped(n: f64) -> String {
    let r = n.round();
    let neg = r < 0.0;
    let digits = format!("{:.0}", r.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if neg {
        format!("-{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn grouped_thousands() {
        assert_eq!(super::grouped(61012.0), "61,012");
        assert_eq!(super::grouped(999.4), "999");
        assert_eq!(super::grouped(1_000_000.0), "1,000,000");
        assert_eq!(super::grouped(-1234.0), "-1,234");
    }
}
