//! Who may see what: one [`Access`] per layer, one rule for every output ([`Access::release`])
//! and one rule for everything derived from layers ([`Access::derive`]).
//!
//! The level decides whether a layer leaves the project at all: `Personal` never (owners and
//! bookings of the cadastre), `Internal` only to the internal view, `Public` to everyone. Within
//! a released layer, internal fields are left out of public outputs and count fields of persons
//! or households pass disclosure control ([`crate::protect_layer_with_ratios`]).

use saale_model::Layer;
use serde::{Deserialize, Serialize};

use crate::{Policy, Protection};

/// How far a layer may travel.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Exported and served to everyone.
    #[default]
    Public,
    /// Only in the internal view (token) and in exports that are entitled and logged.
    Internal,
    /// Personal data: never exported, served, reported or put into tiles.
    Personal,
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Level::Public => "public",
            Level::Internal => "internal",
            Level::Personal => "personal",
        })
    }
}

/// Who receives an output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    /// Everyone: public routes, files meant to be shared, reports, tile archives.
    Public,
    /// The internal view: the server with the token, an entitled export (logged).
    Internal,
}

/// Everything that decides who may see what of one layer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AccessRepr", into = "AccessRepr")]
pub struct Access {
    /// How far the layer may travel.
    pub level: Level,
    /// Attributes only the internal view sees.
    pub internal_fields: Vec<String>,
    /// Fields holding counts of persons or households: small cells are suppressed in public
    /// outputs.
    pub counts: Vec<String>,
    /// Shares or rates computed from the counts: suppressed with them.
    pub ratios: Vec<String>,
    /// The count fields of a feature add up to a published total (e.g. age groups).
    pub counts_additive: bool,
    /// Grid cells: the grid threshold applies.
    pub grid: bool,
}

/// Why an output of a layer is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Withheld {
    /// Personal data never leaves the project.
    #[error("it holds personal data, which never leaves the project")]
    Personal,
    /// An internal layer in a public output.
    #[error("it is marked internal and this output is public")]
    Internal,
}

/// What a view may receive of a layer (the answer of [`Access::release`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// The view it was released to.
    pub view: View,
    /// Fields to leave out.
    pub hidden_fields: Vec<String>,
    /// Whether count fields pass disclosure control.
    pub protect_counts: bool,
    /// Whether the output must be logged (internal data or unsuppressed counts leave).
    pub logged: bool,
}

/// What [`Access::apply`] did to a layer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Fields left out (in the layer's order).
    pub dropped: Vec<String>,
    /// Cells suppressed.
    pub protection: Protection,
}

impl Access {
    /// A public layer without marks.
    #[must_use]
    pub fn public() -> Self {
        Access::default()
    }

    /// Whether the layer is public.
    #[must_use]
    pub fn is_public(&self) -> bool {
        self.level == Level::Public
    }

    /// Whether the layer holds personal data.
    #[must_use]
    pub fn is_personal(&self) -> bool {
        self.level == Level::Personal
    }

    /// The one rule of every output: personal data never; an internal layer only to the
    /// internal view; in the public view internal fields are hidden and counts protected.
    ///
    /// # Errors
    /// [`Withheld`] when the view may not receive the layer at all.
    pub fn release(&self, view: View) -> Result<Release, Withheld> {
        match (self.level, view) {
            (Level::Personal, _) => Err(Withheld::Personal),
            (Level::Internal, View::Public) => Err(Withheld::Internal),
            (_, View::Public) => Ok(Release {
                view,
                hidden_fields: self.internal_fields.clone(),
                protect_counts: !self.counts.is_empty(),
                logged: false,
            }),
            (level, View::Internal) => Ok(Release {
                view,
                hidden_fields: Vec::new(),
                protect_counts: false,
                logged: level == Level::Internal
                    || !self.internal_fields.is_empty()
                    || !self.counts.is_empty(),
            }),
        }
    }

    /// Apply a [`Release`] to the layer data: hidden fields removed, counts protected with the
    /// policy's threshold (grid or table).
    pub fn apply(&self, release: &Release, layer: &mut Layer, policy: &Policy) -> Applied {
        let dropped = drop_fields(layer, &release.hidden_fields);
        let protection = if release.protect_counts {
            self.protect(layer, policy)
        } else {
            Protection::default()
        };
        Applied {
            dropped,
            protection,
        }
    }

    /// Suppress the small counts of the layer's count fields (and the ratios next to them)
    /// in place, with the threshold of `policy` for this layer. [`Access::apply`] does this
    /// for a public release; a server that keeps one schema for both views calls it for its
    /// public copy.
    pub fn protect(&self, layer: &mut Layer, policy: &Policy) -> Protection {
        if self.counts.is_empty() {
            return Protection::default();
        }
        crate::protect_layer_with_ratios(
            layer,
            &self.counts,
            &self.ratios,
            self.threshold(policy),
            self.counts_additive,
        )
    }

    /// The smallest publishable count of this layer under `policy`.
    #[must_use]
    pub fn threshold(&self, policy: &Policy) -> u64 {
        if self.grid {
            policy.grid_min_count
        } else {
            policy.min_count
        }
    }

    /// The access of a layer derived from `inputs` with the result fields `fields` (the one
    /// inheritance rule): the strictest level of the inputs; a result field that derives from
    /// an internal field or a count field of an input ([`derives_from`]) is internal or a
    /// count itself; `extra_counts` are result fields that hold counts although their names do
    /// not say so (`total`, `covered` of a weighted coverage); shares and rates next to counts
    /// are ratios.
    #[must_use]
    pub fn derive(inputs: &[&Access], fields: &[String], extra_counts: &[&str]) -> Access {
        let level = inputs
            .iter()
            .map(|a| a.level)
            .max()
            .unwrap_or(Level::Public);
        let inherit = |marks: &mut dyn Iterator<Item = &String>| -> Vec<String> {
            let marks: Vec<&String> = marks.collect();
            fields
                .iter()
                .filter(|f| marks.iter().any(|m| derives_from(f, m)))
                .cloned()
                .collect()
        };
        let internal_fields = inherit(&mut inputs.iter().flat_map(|a| a.internal_fields.iter()));
        let mut counts = inherit(&mut inputs.iter().flat_map(|a| a.counts.iter()));
        for c in extra_counts {
            if fields.iter().any(|n| n == c) && !counts.iter().any(|x| x == c) {
                counts.push((*c).to_string());
            }
        }
        let ratios = if counts.is_empty() {
            Vec::new()
        } else {
            fields
                .iter()
                .filter(|n| n.starts_with("share") || n.ends_with("_per_inhabitant"))
                .cloned()
                .collect()
        };
        Access {
            level,
            internal_fields,
            counts,
            ratios,
            counts_additive: inputs.iter().any(|a| a.counts_additive),
            grid: inputs.iter().any(|a| a.grid),
        }
    }
}

/// Whether a result field derives from an input field, by the names saale's verbs give:
/// the same name, or a name that contains it (`hh` -> `sum_hh`, `hh_within`, `table_hh`).
/// Errs on the side of protection: a field that merely contains the name is treated as
/// derived.
#[must_use]
pub fn derives_from(result_field: &str, input_field: &str) -> bool {
    !input_field.is_empty() && result_field.contains(input_field)
}

/// Remove the fields named in `names` from `layer`; returns the names removed.
fn drop_fields(layer: &mut Layer, names: &[String]) -> Vec<String> {
    if names.is_empty() {
        return Vec::new();
    }
    let fields = layer.schema.fields();
    let keep: Vec<usize> = (0..fields.len())
        .filter(|&i| !names.iter().any(|n| n == &fields[i].name))
        .collect();
    if keep.len() == fields.len() {
        return Vec::new();
    }
    let dropped: Vec<String> = fields
        .iter()
        .enumerate()
        .filter(|(i, _)| !keep.contains(i))
        .map(|(_, f)| f.name.clone())
        .collect();
    layer.schema =
        saale_model::Schema::from_fields(keep.iter().filter_map(|&i| fields.get(i).cloned()));
    for f in &mut layer.features {
        f.values = keep.iter().map(|&i| f.value(i).clone()).collect();
    }
    dropped
}

/// The catalog's form of [`Access`]: `access = "public" | "internal" | "personal"` beside the
/// field lists; catalogs written before the level existed say `public = true|false` and
/// `personal = true` and are read the same.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct AccessRepr {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    access: Option<Level>,
    #[serde(default, skip_serializing)]
    public: Option<bool>,
    #[serde(default, skip_serializing)]
    personal: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    internal_fields: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    counts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    ratios: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    counts_additive: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    grid: bool,
}

impl From<AccessRepr> for Access {
    fn from(r: AccessRepr) -> Self {
        let level = r.access.unwrap_or(if r.personal == Some(true) {
            Level::Personal
        } else if r.public == Some(false) {
            Level::Internal
        } else {
            Level::Public
        });
        Access {
            level,
            internal_fields: r.internal_fields,
            counts: r.counts,
            ratios: r.ratios,
            counts_additive: r.counts_additive,
            grid: r.grid,
        }
    }
}

impl From<Access> for AccessRepr {
    fn from(a: Access) -> Self {
        AccessRepr {
            access: Some(a.level),
            public: None,
            personal: None,
            internal_fields: a.internal_fields,
            counts: a.counts,
            ratios: a.ratios,
            counts_additive: a.counts_additive,
            grid: a.grid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_follows_the_level() {
        let mut a = Access::public();
        a.internal_fields = vec!["note".into()];
        let r = a.release(View::Public).expect("public");
        assert_eq!(r.hidden_fields, vec!["note".to_string()]);
        assert!(!r.logged);
        let r = a.release(View::Internal).expect("internal");
        assert!(r.hidden_fields.is_empty());
        assert!(r.logged, "internal fields leaving are logged");
        a.level = Level::Internal;
        assert_eq!(a.release(View::Public), Err(Withheld::Internal));
        assert!(a.release(View::Internal).is_ok());
        a.level = Level::Personal;
        assert_eq!(a.release(View::Public), Err(Withheld::Personal));
        assert_eq!(a.release(View::Internal), Err(Withheld::Personal));
    }

    #[test]
    fn derived_fields_keep_their_marks() {
        let mut a = Access::public();
        a.internal_fields = vec!["name".into()];
        a.counts = vec!["hh".into()];
        let b = Access {
            level: Level::Internal,
            ..Access::default()
        };
        let fields: Vec<String> = ["id", "hh_name", "sum_hh", "share", "area"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        let d = Access::derive(&[&a, &b], &fields, &["area"]);
        assert_eq!(d.level, Level::Internal);
        assert_eq!(d.internal_fields, vec!["hh_name".to_string()]);
        assert_eq!(
            d.counts,
            vec!["hh_name".to_string(), "sum_hh".into(), "area".into()]
        );
        assert_eq!(d.ratios, vec!["share".to_string()]);
    }

    #[test]
    fn legacy_booleans_read_as_levels() {
        #[derive(Deserialize)]
        struct W {
            a: Access,
        }
        let t = |s: &str| -> Level {
            let w: W = serde_json::from_str(s).expect("json");
            w.a.level
        };
        assert_eq!(t(r#"{"a":{"public":true}}"#), Level::Public);
        assert_eq!(t(r#"{"a":{"public":false}}"#), Level::Internal);
        assert_eq!(
            t(r#"{"a":{"public":false,"personal":true}}"#),
            Level::Personal
        );
        assert_eq!(t(r#"{"a":{"access":"internal"}}"#), Level::Internal);
    }
}
