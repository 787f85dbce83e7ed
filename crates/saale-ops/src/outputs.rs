//! Files saale writes outside the layers (district reports, tile archives, 3D tilesets,
//! exports) in the
//! catalog:
//! each with the step that wrote it and the versions of the layers it read, so that
//! [`crate::status`] can call it outdated and [`crate::refresh`] can write it again.

use std::path::{Path, PathBuf};

use saale_store::{InputVersion, OutputEntry, Project, Provenance};
use serde::{Deserialize, Serialize};

use crate::report::{DistrictReportParams, Lang};
use crate::tiles::PyramidParams;
use crate::{Error, Result, View};

/// The step that wrote an output file, as the catalog records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "verb", rename_all = "kebab-case")]
pub enum OutputStep {
    /// `saale report districts`.
    ReportDistricts {
        /// The district layer.
        layer: String,
        /// KPI fields with their captions.
        kpis: Vec<(String, String)>,
        /// Label field.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        /// Pattern of the series fields.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        series: Option<String>,
        /// Year of the change KPI.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        compare: Option<String>,
        /// Title.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// `de` or `en`.
        lang: String,
    },
    /// `saale tiles build`.
    TilesBuild {
        /// The layers.
        layers: Vec<String>,
        /// Lowest zoom.
        minzoom: u8,
        /// Highest zoom.
        maxzoom: u8,
        /// Size budget per tile in bytes.
        budget: usize,
        /// Built for the internal view.
        internal: bool,
    },
    /// `saale tiles 3d`: a 3D Tiles directory.
    Tiles3d {
        /// The building layer.
        layer: String,
        /// Most buildings in one content tile.
        max_buildings: usize,
        /// Largest content tile in bytes.
        max_tile_bytes: usize,
        /// `auto`, `egm96` or `ellipsoidal`.
        heights: String,
        /// Built for the internal view.
        internal: bool,
    },
    /// `saale export` to a file.
    Export {
        /// The layer.
        layer: String,
        /// CRS of the file (`EPSG:n` or WKT), when not the default.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        crs: Option<String>,
        /// Exported for the internal view.
        internal: bool,
    },
}

impl OutputStep {
    /// The kind of output (`report`, `tiles`).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            OutputStep::ReportDistricts { .. } => "report",
            OutputStep::TilesBuild { .. } => "tiles",
            OutputStep::Tiles3d { .. } => "3dtiles",
            OutputStep::Export { .. } => "export",
        }
    }

    /// The step of a district report.
    #[must_use]
    pub fn of_report(a: &DistrictReportParams) -> Self {
        OutputStep::ReportDistricts {
            layer: a.layer.clone(),
            kpis: a.kpis.clone(),
            label: a.label.clone(),
            series: a.series.clone(),
            compare: a.compare.clone(),
            title: a.title.clone(),
            lang: match a.lang {
                Lang::De => "de".into(),
                Lang::En => "en".into(),
            },
        }
    }

    /// The step of a tile archive.
    #[must_use]
    pub fn of_pyramid(a: &PyramidParams) -> Self {
        OutputStep::TilesBuild {
            layers: a.layers.clone(),
            minzoom: a.minzoom,
            maxzoom: a.maxzoom,
            budget: a.budget,
            internal: a.view == View::Internal,
        }
    }

    /// The step of a 3D tileset.
    #[must_use]
    pub fn of_tiles3d(a: &crate::tiles3d::Tiles3dParams) -> Self {
        use crate::tiles3d::Heights;
        OutputStep::Tiles3d {
            layer: a.layer.clone(),
            max_buildings: a.max_buildings,
            max_tile_bytes: a.max_tile_bytes,
            heights: match a.heights {
                Heights::Auto => "auto",
                Heights::Egm96 => "egm96",
                Heights::Ellipsoidal => "ellipsoidal",
            }
            .into(),
            internal: a.view == View::Internal,
        }
    }

    /// The step of an export to a file.
    #[must_use]
    pub fn of_export(a: &crate::ExportParams) -> Self {
        OutputStep::Export {
            layer: a.layer.clone(),
            crs: a.crs.as_ref().map(|c| match c.epsg_code() {
                Some(code) => format!("EPSG:{code}"),
                None => c.wkt(),
            }),
            internal: a.view == View::Internal,
        }
    }

    fn inputs(&self) -> Vec<String> {
        match self {
            OutputStep::ReportDistricts { layer, .. }
            | OutputStep::Export { layer, .. }
            | OutputStep::Tiles3d { layer, .. } => vec![layer.clone()],
            OutputStep::TilesBuild { layers, .. } => layers.clone(),
        }
    }
}

/// The catalog's key of an output file: relative to the project where it lies inside it,
/// else absolute.
#[must_use]
pub fn key(project: &Project, path: &Path) -> String {
    crate::project_path(project, path).display().to_string()
}

/// The file an output key names.
#[must_use]
pub fn path_of(project: &Project, key: &str) -> PathBuf {
    let p = Path::new(key);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        project.dir().join(p)
    }
}

/// Record that `step` wrote `path` from the current versions of its input layers.
///
/// # Errors
/// An input layer is unknown; the catalog cannot be written.
pub fn record(project: &mut Project, path: &Path, step: &OutputStep) -> Result<()> {
    let inputs = step
        .inputs()
        .iter()
        .map(|l| {
            Ok(InputVersion {
                layer: l.clone(),
                file: project.entry(l)?.file.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let table = toml::Table::try_from(step)
        .map_err(|e| Error::Invalid(format!("the output step cannot be recorded: {e}")))?;
    let entry = OutputEntry {
        kind: step.kind().to_string(),
        written_at: saale_store::now_rfc3339(),
        provenance: Provenance {
            step: Some(table),
            inputs,
            saale_version: env!("CARGO_PKG_VERSION").to_string(),
            ..Provenance::default()
        },
    };
    let k = key(project, path);
    project.update_catalog(|c| {
        c.outputs.insert(k, entry);
        Ok(())
    })?;
    Ok(())
}

/// The recorded step of an output.
///
/// # Errors
/// [`Error::NotReplayable`] when the step is not understood.
pub fn recorded(e: &OutputEntry, key: &str) -> Result<OutputStep> {
    let t = e
        .provenance
        .step
        .clone()
        .ok_or_else(|| Error::NotReplayable {
            layer: key.to_string(),
            reason: "no step is recorded".into(),
        })?;
    OutputStep::deserialize(toml::Value::Table(t)).map_err(|err| Error::NotReplayable {
        layer: key.to_string(),
        reason: format!("the recorded step is not understood: {err}"),
    })
}

/// Write an output again from its recorded step, over the current versions of its inputs (a
/// tile archive is patched where it can be, see [`crate::tiles::PyramidParams::patch`]).
///
/// # Errors
/// [`Error::NotReplayable`]; the errors of the report or the tile build.
pub fn replay(project: &mut Project, key: &str) -> Result<crate::Outcome> {
    let e = project
        .catalog()
        .outputs
        .get(key)
        .cloned()
        .ok_or_else(|| Error::Invalid(format!("no output '{key}' is recorded")))?;
    let to = path_of(project, key);
    match recorded(&e, key)? {
        OutputStep::ReportDistricts {
            layer,
            kpis,
            label,
            series,
            compare,
            title,
            lang,
        } => {
            let a = DistrictReportParams {
                layer,
                kpis,
                label,
                series,
                compare,
                title,
                lang: if lang == "en" { Lang::En } else { Lang::De },
                to,
                replace: true,
            };
            crate::report::districts(project, &a)
        }
        OutputStep::TilesBuild {
            layers,
            minzoom,
            maxzoom,
            budget,
            internal,
        } => {
            let a = PyramidParams {
                layers,
                minzoom,
                maxzoom,
                to,
                budget,
                view: if internal {
                    View::Internal
                } else {
                    View::Public
                },
                replace: true,
                patch: true,
            };
            crate::tiles::build(project, &a, &|| ())
        }
        OutputStep::Tiles3d {
            layer,
            max_buildings,
            max_tile_bytes,
            heights,
            internal,
        } => {
            use crate::tiles3d::Heights;
            let a = crate::tiles3d::Tiles3dParams {
                layer,
                to,
                view: if internal {
                    View::Internal
                } else {
                    View::Public
                },
                replace: true,
                max_buildings,
                max_tile_bytes,
                heights: match heights.as_str() {
                    "egm96" => Heights::Egm96,
                    "ellipsoidal" => Heights::Ellipsoidal,
                    _ => Heights::Auto,
                },
            };
            crate::tiles3d::build(project, &a)
        }
        OutputStep::Export {
            layer,
            crs,
            internal,
        } => {
            let crs = match crs {
                Some(c) => Some(
                    saale_crs::Crs::parse(&c).map_err(|err| Error::NotReplayable {
                        layer: key.to_string(),
                        reason: format!("the recorded CRS is not understood: {err}"),
                    })?,
                ),
                None => None,
            };
            let a = crate::ExportParams {
                layer,
                to,
                crs,
                view: if internal {
                    View::Internal
                } else {
                    View::Public
                },
                replace: true,
            };
            crate::export(project, &a)
        }
    }
}
