//! `build`: a whole project from a directory with a `sources.toml` manifest, built beside the
//! target and swapped in, so a failed build leaves an existing project as it was.

use std::path::Path;

use serde::Deserialize;

use crate::import::{Imported, Progress};
use crate::outcome::Outcome;
use crate::{Error, Project, Result};

/// `sources.toml`: how a project is built from a directory of sources.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Project name.
    pub name: String,
    /// Working CRS (default EPSG:25832).
    #[serde(default = "default_crs")]
    pub crs: String,
    /// Layers to import.
    #[serde(default)]
    pub layer: Vec<ManifestLayer>,
    /// Tables to join onto layers.
    #[serde(default)]
    pub join: Vec<ManifestJoin>,
}

fn default_crs() -> String {
    "EPSG:25832".into()
}

/// `sources.toml`: how a project is built from a directory of sources.
/// `[[layer]]`: one layer of the manifest.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ManifestLayer {
    /// Layer name; for city formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus), which
    /// give several layers with fixed names, the prefix of those layers (`alkis` gives
    /// `alkis_parcels`, `alkis_buildings`, ...).
    pub name: String,
    /// Paths relative to the manifest's directory.
    pub paths: Vec<String>,
    /// Licence.
    #[serde(default)]
    pub licence: String,
    /// Attribution.
    #[serde(default)]
    pub attribution: String,
    /// Date the data describes.
    #[serde(default)]
    pub as_of: Option<String>,
    /// How old the data may get before the layer is stale (ISO 8601 duration, `P1M`).
    #[serde(default)]
    pub max_age: Option<String>,
    /// Mark the layer internal.
    #[serde(default)]
    pub internal: bool,
    /// CRS of the sources, overriding what they declare.
    #[serde(default)]
    pub source_crs: Option<String>,
    /// Fields holding counts of persons or households (`*` matches any text).
    #[serde(default)]
    pub counts: Vec<String>,
    /// The count fields of a row add up to a published total.
    #[serde(default)]
    pub counts_additive: bool,
    /// Grid cells (the grid threshold applies).
    #[serde(default)]
    pub grid: bool,
    /// Human title of the layer (map, OGC collections, reports).
    #[serde(default)]
    pub title: Option<String>,
    /// What the layer shows.
    #[serde(default)]
    pub description: Option<String>,
}

/// `sources.toml`: how a project is built from a directory of sources.
/// `[[join]]`: a table joined onto a layer by key.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct ManifestJoin {
    /// Target layer.
    pub layer: String,
    /// Table.
    pub table: String,
    /// `LAYER_FIELD=TABLE_FIELD`.
    pub on: String,
    /// Name of the joined layer.
    pub out: String,
}

/// What a build did, step by step.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Built {
    /// The imports, in manifest order.
    pub imports: Vec<Imported>,
    /// The joins, in manifest order.
    pub joins: Vec<Outcome>,
}

/// Read `DIR/sources.toml`.
///
/// # Errors
/// [`Error::File`] naming the manifest and what is wrong.
pub fn read_manifest(dir: &Path) -> Result<Manifest> {
    let path = dir.join("sources.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Error::file(&path, format!("cannot read the manifest: {e}")))?;
    toml::from_str(&text).map_err(|e| Error::file(&path, format!("invalid manifest: {e}")))
}

/// Build the project of the manifest in `dir` into `out` (an existing project there is
/// replaced whole, atomically).
///
/// # Errors
/// [`Error::File`] when `out` exists and is not a project; the errors of the imports and joins,
/// naming the layer.
pub fn build(dir: &Path, out: &Path, progress: &dyn Progress) -> Result<Built> {
    let m = read_manifest(dir)?;
    let not_empty = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_some());
    if out.exists() && !out.join(saale_store::CATALOG).is_file() && not_empty {
        return Err(Error::file(out, "exists and is not a saale project"));
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let out_name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let beside = |what: &str| parent.join(format!(".{out_name}.{what}.{}", std::process::id()));
    let tmp = beside("building");
    let _ = std::fs::remove_dir_all(&tmp);
    let built = match build_into(&tmp, dir, &m, progress) {
        Ok(b) => b,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };
    let old = beside("old");
    if out.exists() {
        std::fs::rename(out, &old)
            .map_err(|e| Error::file(out, format!("cannot move it aside: {e}")))?;
    }
    std::fs::rename(&tmp, out).map_err(|e| Error::file(out, format!("cannot create it: {e}")))?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(built)
}

/// True when `paths` (files, or the files of directories, the first 1,000 looked at) hold a
/// city format: the manifest layer's name is then the prefix of the layers they give (a mix
/// with other files is refused by the import, which names it).
fn is_city(paths: &[std::path::PathBuf]) -> Result<bool> {
    let city = |f: &Path| matches!(saale_ingest::detect_family(f), Ok(Some(_)));
    for p in paths {
        if p.is_file() && city(p) {
            return Ok(true);
        }
        if p.is_dir() {
            let rd = std::fs::read_dir(p).map_err(|e| Error::file(p, e.to_string()))?;
            if rd
                .flatten()
                .take(1000)
                .map(|e| e.path())
                .any(|f| f.is_file() && city(&f))
            {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

fn build_into(tmp: &Path, dir: &Path, m: &Manifest, progress: &dyn Progress) -> Result<Built> {
    let crs = saale_crs::Crs::parse(&m.crs)?;
    let mut p = Project::init(tmp, &crs, Some(&m.name))?;
    let mut built = Built {
        imports: Vec::new(),
        joins: Vec::new(),
    };
    let in_layer = |name: &str, e: Error| Error::Invalid(format!("layer '{name}': {e}"));
    for l in &m.layer {
        let mut a = crate::ImportParams::new(l.paths.iter().map(|s| dir.join(s)).collect());
        if is_city(&a.paths).map_err(|e| in_layer(&l.name, e))? {
            if l.title.is_some() || l.description.is_some() || !l.counts.is_empty() || l.grid {
                return Err(in_layer(
                    &l.name,
                    Error::Invalid(
                        "a city format gives several layers: title, description, counts and \
                         grid name one layer (set them with saale describe and saale access \
                         on the imported layers)"
                            .into(),
                    ),
                ));
            }
            a.prefix = Some(l.name.clone());
        } else {
            a.layer = Some(l.name.clone());
        }
        a.licence.clone_from(&l.licence);
        a.attribution.clone_from(&l.attribution);
        a.as_of.clone_from(&l.as_of);
        a.max_age.clone_from(&l.max_age);
        a.internal = l.internal;
        a.source_crs.clone_from(&l.source_crs);
        built
            .imports
            .push(crate::import(&mut p, &a, progress).map_err(|e| in_layer(&l.name, e))?);
        if l.title.is_some() || l.description.is_some() {
            crate::describe::describe(
                &mut p,
                &l.name,
                l.title.as_deref(),
                l.description.as_deref(),
            )
            .map_err(|e| in_layer(&l.name, e))?;
        }
        if !l.counts.is_empty() || l.grid {
            crate::access::mark_counts(&mut p, &l.name, &l.counts, l.counts_additive, l.grid)
                .map_err(|e| in_layer(&l.name, e))?;
        }
    }
    for j in &m.join {
        let (lk, tk) = j.on.split_once('=').ok_or_else(|| {
            Error::Invalid(format!(
                "join into '{}': on must be LAYER_FIELD=TABLE_FIELD, got '{}'",
                j.out, j.on
            ))
        })?;
        let step = crate::Step::JoinAttributes(crate::JoinAttributesParams {
            layer: j.layer.clone(),
            table: j.table.clone(),
            layer_key: lk.to_string(),
            table_key: tk.to_string(),
        });
        built.joins.push(
            crate::run(&mut p, &step, &crate::Target::layer(&j.out))
                .map_err(|e| Error::Invalid(format!("join into '{}': {e}", j.out)))?,
        );
    }
    Ok(built)
}
