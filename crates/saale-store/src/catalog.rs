use std::collections::BTreeMap;

use saale_model::Field;
use serde::{Deserialize, Serialize};

/// The catalog: `saale.toml` at the root of a project. Unknown keys are errors.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Project-wide settings.
    pub project: ProjectSection,
    /// Layers by name.
    #[serde(default)]
    pub layers: BTreeMap<String, LayerEntry>,
    /// `[server]`: settings of `saale serve`.
    #[serde(default, skip_serializing_if = "ServerSection::is_default")]
    pub server: ServerSection,
    /// `[privacy]`: disclosure-control thresholds (`min_count`, `grid_min_count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy: Option<saale_privacy::Policy>,
}

/// `[server]`: settings of `saale serve`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ServerSection {
    /// SHA-256 (hex) of the bearer token that opens the internal view (internal layers and
    /// attributes). Set with `saale token`; without it there is no internal view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_token_sha256: Option<String>,
}

impl Catalog {
    /// The disclosure-control policy (defaults when `[privacy]` is absent).
    #[must_use]
    pub fn policy(&self) -> saale_privacy::Policy {
        self.privacy.unwrap_or_default()
    }
}

impl LayerEntry {
    /// Apply disclosure control to `layer` (read from this entry) for a public output:
    /// count fields with small cells become null and a `suppressed` field lists them.
    /// Returns what was suppressed; a layer without count fields is left alone.
    pub fn protect(
        &self,
        layer: &mut saale_model::Layer,
        policy: &saale_privacy::Policy,
    ) -> saale_privacy::Protection {
        if self.counts.is_empty() {
            return saale_privacy::Protection::default();
        }
        let k = if self.grid {
            policy.grid_min_count
        } else {
            policy.min_count
        };
        saale_privacy::protect_layer_with_ratios(
            layer,
            &self.counts,
            &self.ratios,
            k,
            self.counts_additive,
        )
    }
}

impl ServerSection {
    fn is_default(&self) -> bool {
        *self == ServerSection::default()
    }
}

/// `[project]`: name, working CRS, creation time.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProjectSection {
    /// Project name.
    pub name: String,
    /// Working CRS, e.g. `EPSG:25832`. Every layer is stored in it.
    pub crs: String,
    /// RFC 3339 creation time.
    pub created: String,
    /// saale version that created the project.
    pub saale_version: String,
}

/// What kind of data a layer holds.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LayerKind {
    /// Features with geometry.
    Vector,
    /// Rows without geometry (attribute table).
    Table,
}

/// One source file of a layer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    /// Path as given on import.
    pub path: String,
    /// Format (`GeoJSON`, `GDAL/ESRI Shapefile`, ...).
    pub format: String,
    /// SHA-256 of the file's bytes.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Features read from it.
    pub features: u64,
}

/// `[layers.NAME]`: one layer's file, provenance and summary.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LayerEntry {
    /// Vector layer or attribute table.
    pub kind: LayerKind,
    /// File relative to the project directory (`layers/NAME.GEN.fgb`).
    pub file: String,
    /// Source CRS(s) as declared or given (`EPSG:4326`); empty for tables.
    pub source_crs: String,
    /// Licence of the data (`dl-de/by-2.0`, `ODbL-1.0`, ...).
    pub licence: String,
    /// Attribution line required by the licence.
    pub attribution: String,
    /// Date the data describes (`YYYY-MM-DD`), if known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_of: String,
    /// RFC 3339 time of the import.
    pub imported_at: String,
    /// Number of features (rows).
    pub feature_count: u64,
    /// `[min_x, min_y, max_x, max_y]` in the working CRS (absent for tables).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<[f64; 4]>,
    /// Count per geometry type.
    #[serde(default)]
    pub geometry_types: BTreeMap<String, u64>,
    /// Features whose geometry is invalid (kept).
    pub invalid_geometries: u64,
    /// Features skipped on import (`--skip-invalid`).
    pub skipped: u64,
    /// Whether the layer may be exported and served publicly.
    pub public: bool,
    /// Personal data (owners from the cadastre): never exported or served, whatever the flags.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub personal: bool,
    /// Attributes that are internal: served and exported only in the internal view, never on
    /// public routes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub internal_fields: Vec<String>,
    /// Fields holding counts of persons or households: every public output suppresses their
    /// small cells (`saale-privacy`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<String>,
    /// Shares or rates computed from the counts: suppressed in every feature with a suppressed
    /// count (with the total they would give the count away).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ratios: Vec<String>,
    /// The count fields of a feature add up to a published total (e.g. age groups).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub counts_additive: bool,
    /// Grid cells: the grid threshold applies (`grid_min_count`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub grid: bool,
    /// Attributes put into vector tiles; empty: every field except internal ones and text
    /// longer than 1 KB.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tile_fields: Vec<String>,
    /// How the layer was made (command line), for provenance.
    #[serde(default)]
    pub provenance: String,
    /// Attribute fields in order.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// The source files.
    #[serde(default)]
    pub sources: Vec<SourceEntry>,
    /// For layers from city formats (NAS, CityGML, ...): the import report of the delivery
    /// (objects read per type, written per layer, repaired and skipped with reasons).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<saale_model::DatasetReport>,
}
