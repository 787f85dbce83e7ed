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
    /// `[outputs."PATH"]`: files saale wrote outside the layers (reports, tile archives), by
    /// path (relative to the project where it lies inside it), with how they were made.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outputs: BTreeMap<String, OutputEntry>,
}

/// A file saale wrote outside the layers: what kind, when, and how (the step and the input
/// layer versions), so that `saale refresh` can make it again and `saale status` can call it
/// outdated.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OutputEntry {
    /// `report` or `tiles`.
    pub kind: String,
    /// RFC 3339 time it was written.
    pub written_at: String,
    /// The step and the input versions it read.
    pub provenance: Provenance,
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
    /// Human title (`Statistische Bezirke`) shown by the map, the OGC pages and reports;
    /// absent: [`LayerEntry::title_of`] gives a default for the layers of the city formats,
    /// else the layer name. A new version of the layer keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the layer shows, in a sentence or two; a new version of the layer keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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
    /// Who may see what: the level (public, internal, personal), internal fields, count
    /// fields of persons or households and the shares computed from them. Stored beside the
    /// other keys (`access = "public"`, `internal_fields = [...]`, `counts = [...]`).
    #[serde(flatten)]
    pub access: saale_privacy::Access,
    /// Attributes put into vector tiles; empty: every field except internal ones and text
    /// longer than 1 KB.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tile_fields: Vec<String>,
    /// How the layer was made: the step with its typed parameters and the input versions it
    /// read, so that it can be replayed.
    #[serde(
        default,
        deserialize_with = "read_provenance",
        skip_serializing_if = "Provenance::is_empty"
    )]
    pub provenance: Provenance,
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
    /// Keys the catalog does not know: an error when the project is opened (kept here
    /// because the access keys are read beside the others).
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

/// Titles and descriptions of the layers the city-format readers write (ALKIS/NAS, XPlanGML,
/// CityGML, OpenStreetMap, Zensus), by layer name.
const CITY_LAYERS: [(&str, &str, &str); 14] = [
    (
        "parcels",
        "Flurstücke",
        "Flurstücke des Liegenschaftskatasters (ALKIS)",
    ),
    (
        "buildings",
        "Gebäude",
        "Gebäude des Liegenschaftskatasters (ALKIS)",
    ),
    (
        "addresses",
        "Adressen",
        "Gebäudeadressen (Lagebezeichnungen) aus ALKIS",
    ),
    (
        "landuse",
        "Tatsächliche Nutzung",
        "Flächen der tatsächlichen Nutzung aus ALKIS",
    ),
    (
        "plans",
        "Bebauungspläne",
        "Geltungsbereiche der Bebauungspläne (XPlanGML)",
    ),
    (
        "plan_zones",
        "Festsetzungen",
        "Flächenfestsetzungen der Bebauungspläne (XPlanGML)",
    ),
    (
        "plan_objects",
        "Planobjekte",
        "Weitere Objekte der Bebauungspläne (XPlanGML)",
    ),
    (
        "buildings3d",
        "3D-Gebäude",
        "Gebäude des 3D-Stadtmodells mit Höhen (LoD2)",
    ),
    (
        "roofs",
        "Dachflächen",
        "Dachflächen des 3D-Stadtmodells (LoD2)",
    ),
    (
        "pois",
        "Einrichtungen",
        "Einrichtungen und Haltestellen aus OpenStreetMap",
    ),
    (
        "poi_areas",
        "Einrichtungsflächen",
        "Flächen von Einrichtungen aus OpenStreetMap",
    ),
    ("streets", "Straßen", "Straßen und Wege aus OpenStreetMap"),
    (
        "osm_buildings",
        "Gebäude (OSM)",
        "Gebäude aus OpenStreetMap",
    ),
    (
        "zensus_grid",
        "Zensus-Gitter",
        "Ergebnisse des Zensus im Gitter",
    ),
];

impl LayerEntry {
    /// The title of layer `name`: the one set in the catalog, else the default of a
    /// city-format layer, else the name itself.
    #[must_use]
    pub fn title_of<'a>(&'a self, name: &'a str) -> &'a str {
        self.title
            .as_deref()
            .or_else(|| CITY_LAYERS.iter().find(|c| c.0 == name).map(|c| c.1))
            .unwrap_or(name)
    }

    /// The description of layer `name`: the one set in the catalog, else the default of a
    /// city-format layer, else none.
    #[must_use]
    pub fn description_of(&self, name: &str) -> Option<&str> {
        self.description
            .as_deref()
            .or_else(|| CITY_LAYERS.iter().find(|c| c.0 == name).map(|c| c.2))
    }
}

/// How a layer was made: the step (its verb and typed parameters, as the project-level
/// library records them), the versions of the input layers it read, the saale version and a
/// note on the method. A later step (`saale refresh`, a replay test) runs it again.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// The step: `verb` and its parameters (paths relative to the project). Absent for layers
    /// of catalogs written before steps were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<toml::Table>,
    /// The input layers with the file (version) each was read from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<InputVersion>,
    /// saale version that made the layer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub saale_version: String,
    /// The method in words (boundary rules, interpolation, ...).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Warnings of the step (weight that found no target, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The command line, as catalogs written before steps were recorded kept it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub legacy: String,
}

impl Provenance {
    /// Whether nothing is recorded.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Provenance::default()
    }

    /// The verb of the step (`""` when none is recorded).
    #[must_use]
    pub fn verb(&self) -> &str {
        self.step
            .as_ref()
            .and_then(|s| s.get("verb"))
            .and_then(toml::Value::as_str)
            .unwrap_or("")
    }

    /// The names of the input layers.
    pub fn input_layers(&self) -> impl Iterator<Item = &str> {
        self.inputs.iter().map(|i| i.layer.as_str())
    }
}

impl std::fmt::Display for Provenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.step.is_none() {
            return f.write_str(&self.legacy);
        }
        write!(f, "{}", self.verb())?;
        if let Some(step) = &self.step {
            for (k, v) in step.iter().filter(|(k, _)| *k != "verb") {
                write!(f, " {k}={v}")?;
            }
        }
        if !self.inputs.is_empty() {
            let names: Vec<&str> = self.input_layers().collect();
            write!(f, " [inputs: {}]", names.join(", "))?;
        }
        if !self.note.is_empty() {
            write!(f, "; {}", self.note)?;
        }
        Ok(())
    }
}

/// One input of a derived layer: its name and the file (version) it was read from.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct InputVersion {
    /// Layer name at the time.
    pub layer: String,
    /// The layer file read (`layers/NAME.GEN.fgb`): a new version has a new file.
    pub file: String,
}

/// Read `provenance`: a table, or the command line of catalogs written before steps were
/// recorded.
fn read_provenance<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Provenance, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Repr {
        Text(String),
        Record(Provenance),
    }
    Ok(match Repr::deserialize(d)? {
        Repr::Text(legacy) => Provenance {
            legacy,
            ..Provenance::default()
        },
        Repr::Record(p) => p,
    })
}
