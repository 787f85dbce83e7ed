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
    /// `saale export --to PG:...`: a table, replaced in one transaction on a refresh.
    ExportPostgis {
        /// The layer.
        layer: String,
        /// The libpq connection string with `PG:` (never with a password: such an export is
        /// not recorded).
        connection: String,
        /// The table (`name` or `schema.name`).
        table: String,
        /// CRS of the geometry column (`EPSG:n` or WKT), when not the working CRS.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        crs: Option<String>,
        /// Exported for the internal view.
        internal: bool,
    },
    /// `saale forecast series`.
    ForecastSeries {
        /// The series table (relative to the project where it lies inside it).
        series: String,
        /// Column with the series ids.
        id_column: String,
        /// Id of the city total.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total_id: Option<String>,
        /// Last year forecast.
        until: i32,
        /// The method (`None`: chosen by backtest).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        method: Option<String>,
        /// Disclosure control threshold.
        min_count: u64,
    },
    /// `saale forecast backtest`.
    ForecastBacktest {
        /// The series table.
        series: String,
        /// Column with the series ids.
        id_column: String,
        /// Id of the city total.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total_id: Option<String>,
        /// Last year used for fitting.
        fit_until: i32,
    },
    /// `saale forecast cohort`: one of its tables.
    ForecastCohort {
        /// The configuration (relative to the project where it lies inside it).
        config: String,
        /// Last year.
        until: i32,
        /// The scenario.
        scenario: String,
        /// Disclosure control threshold.
        min_count: u64,
        /// `population` or `demand`.
        table: String,
        /// Capacities from facilities: `LAYER:KITA_FIELD:SCHOOL_FIELD`, the district layer
        /// and its key.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        facilities: Option<(String, String, String)>,
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
            OutputStep::ExportPostgis { .. } => "postgis",
            OutputStep::ForecastSeries { .. }
            | OutputStep::ForecastBacktest { .. }
            | OutputStep::ForecastCohort { .. } => "forecast",
        }
    }

    /// The step of an export into PostGIS, unless its connection string holds a password
    /// (which the catalog must not keep).
    #[must_use]
    pub fn of_postgis(a: &crate::PostgisParams, table: &str) -> Option<Self> {
        let conn = a.connection.trim();
        let conn = format!("PG:{}", conn.strip_prefix("PG:").unwrap_or(conn));
        saale_ingest::remote::Remote::parse_checked(&conn).ok()??;
        Some(OutputStep::ExportPostgis {
            layer: a.layer.clone(),
            connection: conn,
            table: table.to_string(),
            crs: a.crs.as_ref().map(crs_text),
            internal: a.view == View::Internal,
        })
    }

    /// The step of a series forecast.
    #[must_use]
    pub fn of_series(project: &Project, a: &crate::forecast::SeriesParams) -> Self {
        OutputStep::ForecastSeries {
            series: key(project, &a.input.series),
            id_column: a.input.id_column.clone(),
            total_id: a.input.total_id.clone(),
            until: a.until,
            method: a.method.map(|m| m.name().to_string()),
            min_count: a.min_count,
        }
    }

    /// The step of a backtest.
    #[must_use]
    pub fn of_backtest(project: &Project, a: &crate::forecast::BacktestParams) -> Self {
        OutputStep::ForecastBacktest {
            series: key(project, &a.input.series),
            id_column: a.input.id_column.clone(),
            total_id: a.input.total_id.clone(),
            fit_until: a.fit_until,
        }
    }

    /// The step of one table (`population` or `demand`) of a cohort projection.
    #[must_use]
    pub fn of_cohort(project: &Project, a: &crate::forecast::CohortParams, table: &str) -> Self {
        OutputStep::ForecastCohort {
            config: key(project, &a.config),
            until: a.until,
            scenario: a.scenario.clone(),
            min_count: a.min_count,
            table: table.to_string(),
            facilities: a.facilities.clone(),
        }
    }

    /// The catalog key of the output `path` (or, for PostGIS, the connection and table).
    #[must_use]
    pub fn key_of(&self, project: &Project, path: &Path) -> String {
        match self {
            OutputStep::ExportPostgis {
                connection, table, ..
            } => pg_key(connection, table),
            _ => key(project, path),
        }
    }

    /// Files outside the layers the output is made from (a forecast's tables).
    fn files(&self, project: &Project) -> Result<Vec<PathBuf>> {
        Ok(match self {
            OutputStep::ForecastSeries { series, .. }
            | OutputStep::ForecastBacktest { series, .. } => vec![path_of(project, series)],
            OutputStep::ForecastCohort { config, .. } => {
                saale_forecast::cohort::Config::load(path_of(project, config))?.files
            }
            _ => Vec::new(),
        })
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
            crs: a.crs.as_ref().map(crs_text),
            internal: a.view == View::Internal,
        }
    }

    fn inputs(&self) -> Vec<String> {
        match self {
            OutputStep::ReportDistricts { layer, .. }
            | OutputStep::Export { layer, .. }
            | OutputStep::ExportPostgis { layer, .. }
            | OutputStep::Tiles3d { layer, .. } => vec![layer.clone()],
            OutputStep::TilesBuild { layers, .. } => layers.clone(),
            OutputStep::ForecastSeries { .. } | OutputStep::ForecastBacktest { .. } => Vec::new(),
            OutputStep::ForecastCohort { facilities, .. } => facilities
                .iter()
                .flat_map(|(spec, layer, _)| {
                    [
                        spec.split(':').next().unwrap_or_default().to_string(),
                        layer.clone(),
                    ]
                })
                .collect(),
        }
    }
}

fn crs_text(c: &saale_crs::Crs) -> String {
    match c.epsg_code() {
        Some(code) => format!("EPSG:{code}"),
        None => c.wkt(),
    }
}

/// The catalog's key of a PostGIS table written by an export.
#[must_use]
pub fn pg_key(connection: &str, table: &str) -> String {
    format!("{connection} table {table}")
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
    let files = step.files(project)?;
    let sources = files
        .iter()
        .map(|f| {
            let (sha256, bytes) = saale_store::sha256_file(f)?;
            Ok(saale_store::SourceEntry {
                path: key(project, f),
                format: "file".into(),
                sha256,
                bytes,
                features: 0,
                modified_ns: saale_store::modified_ns(f),
                etag: None,
                last_modified: None,
            })
        })
        .collect::<Result<Vec<_>>>()?;
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
        sources,
    };
    let k = step.key_of(project, path);
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
        OutputStep::ExportPostgis {
            layer,
            connection,
            table,
            crs,
            internal,
        } => {
            let a = crate::PostgisParams {
                layer,
                connection,
                table: Some(table),
                crs: parse_crs(key, crs)?,
                view: if internal {
                    View::Internal
                } else {
                    View::Public
                },
                replace: true,
            };
            crate::export_postgis(project, &a)
        }
        OutputStep::ForecastSeries {
            series,
            id_column,
            total_id,
            until,
            method,
            min_count,
        } => {
            let method = match method {
                Some(m) => Some(saale_forecast::series::Method::parse(&m).ok_or_else(|| {
                    Error::NotReplayable {
                        layer: key.to_string(),
                        reason: format!("unknown method '{m}'"),
                    }
                })?),
                None => None,
            };
            let a = crate::forecast::SeriesParams {
                input: crate::forecast::SeriesInput {
                    series: path_of(project, &series),
                    id_column,
                    total_id,
                },
                until,
                method,
                min_count,
                to: to.clone(),
            };
            let w = crate::forecast::series(&a)?;
            record(project, &to, &OutputStep::of_series(project, &a))?;
            Ok(file_outcome("forecast series", to, w.series))
        }
        OutputStep::ForecastBacktest {
            series,
            id_column,
            total_id,
            fit_until,
        } => {
            let a = crate::forecast::BacktestParams {
                input: crate::forecast::SeriesInput {
                    series: path_of(project, &series),
                    id_column,
                    total_id,
                },
                fit_until,
                to: to.clone(),
            };
            let w = crate::forecast::backtest(&a)?;
            record(project, &to, &OutputStep::of_backtest(project, &a))?;
            Ok(file_outcome("forecast backtest", to, w.methods.len()))
        }
        OutputStep::ForecastCohort {
            config,
            until,
            scenario,
            min_count,
            table,
            facilities,
        } => {
            let a = crate::forecast::CohortParams {
                config: path_of(project, &config),
                until,
                scenario,
                min_count,
                facilities,
            };
            let (_, out) = crate::forecast::cohort(Some(project), &a)?;
            let text = if table == "demand" {
                out.demand_csv()
            } else {
                out.population_csv()
            };
            crate::report::write_shared(&to, &text)?;
            record(project, &to, &OutputStep::of_cohort(project, &a, &table))?;
            Ok(file_outcome(
                "forecast cohort",
                to,
                text.lines().count().saturating_sub(1),
            ))
        }
    }
}

fn parse_crs(key: &str, crs: Option<String>) -> Result<Option<saale_crs::Crs>> {
    crs.map(|c| {
        saale_crs::Crs::parse(&c).map_err(|err| Error::NotReplayable {
            layer: key.to_string(),
            reason: format!("the recorded CRS is not understood: {err}"),
        })
    })
    .transpose()
}

fn file_outcome(verb: &str, path: PathBuf, rows: usize) -> crate::Outcome {
    crate::Outcome::new(
        verb,
        crate::outcome::Written::File { path, crs: None },
        rows,
    )
}
