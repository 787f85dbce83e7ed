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
    /// `[versions]`: how many earlier versions each layer keeps (`keep = 5`).
    #[serde(default, skip_serializing_if = "VersionsSection::is_default")]
    pub versions: VersionsSection,
}

/// `[versions]`: how many earlier versions of each layer the project keeps. Every rewrite of
/// a layer makes its current file the newest earlier version and deletes the oldest beyond
/// `keep`; `keep = 0` keeps none.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct VersionsSection {
    /// Earlier versions kept per layer (default 5).
    #[serde(default = "VersionsSection::default_keep")]
    pub keep: usize,
}

impl Default for VersionsSection {
    fn default() -> Self {
        VersionsSection {
            keep: Self::default_keep(),
        }
    }
}

impl VersionsSection {
    /// Earlier versions a layer keeps when `[versions]` does not say.
    pub const DEFAULT_KEEP: usize = 5;

    fn default_keep() -> usize {
        Self::DEFAULT_KEEP
    }

    fn is_default(&self) -> bool {
        *self == VersionsSection::default()
    }
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
    /// Modification time when it was read (nanoseconds since 1970): a file with the same size
    /// and time is taken as unchanged without hashing it again (`saale status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_ns: Option<u64>,
}

/// The modification time of a file in nanoseconds since 1970, if the file system gives one.
#[must_use]
pub fn modified_ns(path: &std::path::Path) -> Option<u64> {
    let t = std::fs::metadata(path).ok()?.modified().ok()?;
    let d = t.duration_since(std::time::UNIX_EPOCH).ok()?;
    u64::try_from(d.as_nanos()).ok()
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
    /// Earlier versions of the layer, newest first (version 1 is the previous one; the
    /// current one is version 0): their files stay in `layers/` until they fall out of the
    /// number `[versions] keep` says.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<LayerVersion>,
    /// Keys the catalog does not know: an error when the project is opened (kept here
    /// because the access keys are read beside the others).
    #[serde(flatten, skip_serializing)]
    pub unknown: BTreeMap<String, toml::Value>,
}

/// Titles and descriptions of the layers the city-format readers write (ALKIS/NAS, XPlanGML,
/// CityGML, OpenStreetMap, Zensus), by layer name.
const CITY_LAYERS: [(&str, &str, &str); 16] = [
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
        "water",
        "Gewässer",
        "Flüsse, Bäche, Kanäle und Wasserflächen aus OpenStreetMap",
    ),
    (
        "places",
        "Orte",
        "Namen von Orten, Ortsteilen und Plätzen aus OpenStreetMap",
    ),
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
    /// NAS updates (NBA deliveries) applied to the layer since `step` made it, in the order
    /// they were applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deliveries: Vec<AppliedDelivery>,
}

/// A NAS update (NBA delivery) applied to a layer: its import step, its files with their
/// headers and hashes, and what it did. The list of them orders the deliveries: a delivery
/// applied twice or out of order is refused.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AppliedDelivery {
    /// The import step that applied it (`verb`, `paths`, `history`, ...), replayable.
    pub step: toml::Table,
    /// Its files.
    pub files: Vec<DeliveryFile>,
    /// RFC 3339 time it was applied.
    pub applied_at: String,
    /// Whether it was applied with history (ended versions kept with `endet`).
    pub history: bool,
    /// Objects it added (inserts and new versions).
    pub inserted: u64,
    /// Object versions it ended (history) or removed (without history).
    pub ended: u64,
    /// Replace, update and delete operations that matched no current object.
    pub unmatched: u64,
}

/// One file of an applied NBA delivery: its path, content hash and `portionskennung`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DeliveryFile {
    /// Path (relative to the project where it lies inside it).
    pub path: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// `profilkennung` of the NBA profile.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub profilkennung: String,
    /// `datum` of the delivery (RFC 3339); empty when the file has no `portionskennung`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub datum: String,
    /// `laufendeNummerVonGesamtzahl`: the portion's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portion: Option<u32>,
    /// `gesamtzahl`: the number of portions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portions: Option<u32>,
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
        if let Some(last) = self.deliveries.last() {
            let datum = last
                .files
                .iter()
                .map(|x| x.datum.as_str())
                .max()
                .unwrap_or("");
            write!(
                f,
                " + {} NBA deliver{}",
                self.deliveries.len(),
                if self.deliveries.len() == 1 {
                    "y"
                } else {
                    "ies"
                }
            )?;
            if !datum.is_empty() {
                write!(f, " (last of {datum})")?;
            }
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

/// An earlier version of a layer: its file and what the catalog said of it when it was
/// current, so that it can be read, compared and made current again. Access marks and tile
/// fields are not part of a version: they are the layer's current policy.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LayerVersion {
    /// The layer file of this version (`layers/NAME.GEN.fgb`).
    pub file: String,
    /// RFC 3339 time this version was written.
    pub written_at: String,
    /// Number of features (rows).
    pub features: u64,
    /// How it was made, in words (the provenance's step and inputs).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub made_by: String,
    /// Vector layer or attribute table.
    pub kind: LayerKind,
    /// Source CRS(s).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source_crs: String,
    /// Licence of the data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
    /// Attribution line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub attribution: String,
    /// Date the data describes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_of: String,
    /// Extent in the working CRS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bbox: Option<[f64; 4]>,
    /// Count per geometry type.
    #[serde(default)]
    pub geometry_types: BTreeMap<String, u64>,
    /// Features whose geometry is invalid.
    #[serde(default)]
    pub invalid_geometries: u64,
    /// Features skipped on import.
    #[serde(default)]
    pub skipped: u64,
    /// The provenance of this version.
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
    /// The import report of a city-format delivery.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report: Option<saale_model::DatasetReport>,
}

impl LayerVersion {
    /// The version an entry describes (its current file and what the catalog says of it).
    #[must_use]
    pub fn of(e: &LayerEntry) -> Self {
        LayerVersion {
            file: e.file.clone(),
            written_at: e.imported_at.clone(),
            features: e.feature_count,
            made_by: e.provenance.to_string(),
            kind: e.kind,
            source_crs: e.source_crs.clone(),
            licence: e.licence.clone(),
            attribution: e.attribution.clone(),
            as_of: e.as_of.clone(),
            bbox: e.bbox,
            geometry_types: e.geometry_types.clone(),
            invalid_geometries: e.invalid_geometries,
            skipped: e.skipped,
            provenance: e.provenance.clone(),
            fields: e.fields.clone(),
            sources: e.sources.clone(),
            report: e.report.clone(),
        }
    }
}

impl LayerEntry {
    /// The earlier versions after `new` replaces this entry: this entry's current file
    /// first, then its earlier versions, at most `keep` of them; and the files of the
    /// versions that fall out. The one place where versions are pushed and dropped.
    #[must_use]
    pub fn versions_after_rewrite(&self, keep: usize) -> (Vec<LayerVersion>, Vec<String>) {
        let mut all = Vec::with_capacity(self.versions.len() + 1);
        all.push(LayerVersion::of(self));
        all.extend(self.versions.iter().cloned());
        let dropped = all
            .split_off(keep.min(all.len()))
            .into_iter()
            .map(|v| v.file)
            .collect();
        (all, dropped)
    }

    /// The index of a version named by `v`: `0` (or `current`) for the current one, `1` for
    /// the previous one and so on, or the name of its file (`layers/NAME.GEN.fgb` or
    /// `NAME.GEN.fgb`). `None` when no version matches.
    #[must_use]
    pub fn version_index(&self, v: &str) -> Option<usize> {
        let v = v.trim();
        if v == "current" {
            return Some(0);
        }
        if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
            return v
                .parse::<usize>()
                .ok()
                .filter(|i| *i <= self.versions.len());
        }
        let same = |file: &str| file == v || file.rsplit('/').next() == Some(v);
        if same(&self.file) {
            return Some(0);
        }
        self.versions
            .iter()
            .position(|x| same(&x.file))
            .map(|i| i + 1)
    }

    /// The file of version `i` (0: the current one).
    #[must_use]
    pub fn version_file(&self, i: usize) -> Option<&str> {
        if i == 0 {
            Some(&self.file)
        } else {
            self.versions.get(i - 1).map(|v| v.file.as_str())
        }
    }

    /// The fields of version `i` (0: the current one).
    #[must_use]
    pub fn version_fields(&self, i: usize) -> Option<&[Field]> {
        if i == 0 {
            Some(&self.fields)
        } else {
            self.versions.get(i - 1).map(|v| v.fields.as_slice())
        }
    }

    /// The layer files this entry references: the current one and those of its versions.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.file.as_str()).chain(self.versions.iter().map(|v| v.file.as_str()))
    }

    /// Make earlier version `i` (1: the previous one) current again; the current one becomes
    /// version 1, and the versions between move down by one. Access marks and tile fields
    /// stay. `false` when there is no version `i`.
    pub fn roll_back(&mut self, i: usize) -> bool {
        if i == 0 || i > self.versions.len() {
            return false;
        }
        let v = self.versions.remove(i - 1);
        let current = LayerVersion::of(self);
        self.file = v.file;
        self.imported_at = v.written_at;
        self.feature_count = v.features;
        self.kind = v.kind;
        self.source_crs = v.source_crs;
        self.licence = v.licence;
        self.attribution = v.attribution;
        self.as_of = v.as_of;
        self.bbox = v.bbox;
        self.geometry_types = v.geometry_types;
        self.invalid_geometries = v.invalid_geometries;
        self.skipped = v.skipped;
        self.provenance = v.provenance;
        self.fields = v.fields;
        self.sources = v.sources;
        self.report = v.report;
        self.versions.insert(0, current);
        true
    }
}
