//! `saale`: the command-line program of the saale geodata toolkit.

mod analysis;
mod build;
mod describe;
mod forecast;
mod import;
mod indicator;
mod refresh;
mod report;
mod serve;
mod show;
mod versions;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand};
use saale_crs::Crs;
use saale_store::Project;

/// mimalloc: the readers allocate many small strings; it halves their allocation cost
/// (measured on a generated NAS delivery, see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// saale: load, inspect and export a city's geodata in a project directory.
#[derive(Parser, Debug)]
#[command(name = "saale", version, about, long_about = None)]
struct Cli {
    /// Project directory (default: the current directory).
    #[arg(
        long,
        short = 'p',
        global = true,
        default_value = ".",
        help_heading = "Global options"
    )]
    project: PathBuf,
    /// Print nothing but errors (no progress bars, no summaries).
    #[arg(long, short = 'q', global = true, help_heading = "Global options")]
    quiet: bool,
    /// Print the result as JSON (for scripts): the layers or files written, their headline
    /// figures and warnings; `layers`, `info` and `check` print their listing.
    #[arg(long, global = true, help_heading = "Global options")]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a new, empty project directory.
    Init {
        /// Directory to create the project in.
        dir: PathBuf,
        /// Working CRS; every layer is stored in it.
        #[arg(long, default_value = "EPSG:25832")]
        crs: String,
        /// Project name (default: the directory name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Import files into one layer (several files, or a directory, form one layer); a GeoTIFF
    /// becomes a raster layer.
    #[command(
        after_help = "Examples:\n  saale import districts.geojson --licence dl-de/by-2.0 --attribution \"Stadt Jena\"
  saale import osm/amenity --layer amenity --as-of 2014-12-01
  saale import addresses.csv --x RW --y HW --source-crs EPSG:25832
  saale import alkis/ --prefix jena        # NAS delivery: parcels, buildings, ...
  saale import dop.tif --layer luftbild    # GeoTIFF: a raster layer (Cloud-Optimized GeoTIFF)
  saale import dgm.tif --source-crs EPSG:4326 --layer dgm"
    )]
    Import(Box<import::ImportArgs>),
    /// Build a project from a directory with a `sources.toml` manifest and print its layers.
    Build(build::BuildArgs),
    /// Check an XPlanGML plan: valid geometry, ring orientation, objects inside the
    /// Geltungsbereich, no overlaps between area objects with Flächenschluss. Exit code 1 when
    /// errors are found.
    Check {
        /// The XPlanGML file.
        plan: PathBuf,
    },
    #[command(flatten)]
    Analysis(analysis::Verb),
    /// Planning indicators: land use per district, stop coverage, public green per inhabitant,
    /// solar potential, density against the zoning plan, infill candidates, KPI tables.
    Indicator {
        #[command(subcommand)]
        indicator: indicator::Indicator,
    },
    /// List the layers of the project.
    #[command(after_help = "Examples:\n  saale layers
  saale layers --json -v")]
    Layers {
        /// Also list every layer's sources with their hashes.
        #[arg(long, short = 'v')]
        verbose: bool,
    },
    /// Show one layer: schema, count, extent, CRS and provenance.
    #[command(after_help = "Examples:\n  saale info statbez
  saale info statbez --json")]
    Info {
        /// Layer name.
        layer: String,
        /// Also show the sources with their hashes and the whole import report.
        #[arg(long, short = 'v')]
        verbose: bool,
    },
    /// Join the fields of an attribute table onto a layer by key ("join attributes by field value").
    JoinAttributes {
        /// Target layer.
        layer: String,
        /// Attribute table (or layer) whose fields are added.
        table: String,
        /// Key fields as LAYER_FIELD=TABLE_FIELD.
        #[arg(long)]
        on: String,
        /// Name of the new layer.
        #[arg(long)]
        out: String,
        /// Overwrite an existing layer of that name.
        #[arg(long)]
        replace: bool,
    },
    /// Forecasts: trend forecasts of series with backtests, the cohort-component projection per
    /// district, Kita and school demand.
    Forecast {
        #[command(subcommand)]
        forecast: forecast::Forecast,
    },
    /// Reports for controllers: the district report (self-contained HTML with maps, charts,
    /// table and sources, or the KPI table as CSV) and the forecast report.
    Report {
        #[command(subcommand)]
        report: report::ReportCmd,
    },
    /// Serve the project: vector tiles, OGC API Features and Tiles, styles and the public map.
    #[command(
        after_help = "Examples:\n  saale serve data/jena                  # build the sample and serve it
  saale serve --addr 0.0.0.0:8080 --pmtiles city.pmtiles"
    )]
    Serve(Box<serve::ServeArgs>),
    /// Pre-generated vector tiles (PMTiles, MBTiles) and 3D Tiles of LoD2 buildings.
    Tiles {
        #[command(subcommand)]
        command: serve::TilesCommand,
    },
    /// Create a new token for the internal view of `saale serve` (printed once; its SHA-256
    /// is stored in saale.toml).
    Token,
    /// Mark a layer public or internal, and name its internal attributes.
    Access(serve::AccessArgs),
    /// Give a layer a human title and description (shown by the map, the OGC pages and
    /// reports); without options, print them.
    Describe(describe::DescribeArgs),
    /// Rename a layer (its access marks and provenance go with it).
    #[command(visible_alias = "mv")]
    Rename {
        /// Current name.
        layer: String,
        /// New name.
        new_name: String,
    },
    /// Remove layers from the project (all named layers or none; their files are deleted).
    #[command(visible_alias = "rm")]
    Remove {
        /// Layer names.
        #[arg(required = true)]
        layers: Vec<String>,
    },
    /// Export a layer to a file (the format follows the extension: .gpkg, .fgb, .geojson,
    /// .parquet, .csv, .shp) or into a PostGIS table (`--to PG:"dbname=... host=..."`).
    #[command(after_help = "Examples:\n  saale export statbez --to districts.gpkg
  saale export amenity --to amenity.geojson --replace
  saale export hh_priv --to hh.csv --allow-internal   # raw counts, logged
  saale export statbez --to PG:\"dbname=stadt host=db\" --table stadt.statbez")]
    Export {
        /// Layer name.
        layer: String,
        /// Target file, or `PG:CONNECTION` (a libpq connection string) for a PostGIS table.
        #[arg(long)]
        to: PathBuf,
        /// PostGIS table (`name` or `schema.name`; default: the layer name). Only with
        /// `--to PG:...`.
        #[arg(long)]
        table: Option<String>,
        /// CRS of the file or table (default: the working CRS; EPSG:4326 for GeoJSON).
        #[arg(long)]
        crs: Option<String>,
        /// Allow exporting a layer marked internal (the export is logged).
        #[arg(long)]
        allow_internal: bool,
        /// Overwrite an existing file (or PostGIS table).
        #[arg(long)]
        replace: bool,
    },
    /// Run the step recorded in a layer's provenance again over the current versions of its
    /// inputs, replacing the layer.
    #[command(after_help = "Examples:\n  saale replay stop_cov amenity_per_district")]
    Replay {
        /// Layer names.
        #[arg(required = true)]
        layers: Vec<String>,
    },
    /// List every layer and recorded report, tile archive or export as current, stale (older than its
    /// max_age), outdated (a source or input changed after it was made) or broken (a source or
    /// input is missing), with the reason.
    #[command(
        after_help = "Examples:\n  saale status\n  saale status --check   # exit 1 unless every layer is current (monitoring)"
    )]
    Status {
        /// Exit with an error unless every layer is current.
        #[arg(long)]
        check: bool,
    },
    /// Re-import the sources whose content changed and replay, in dependency order, every
    /// derived layer whose inputs changed; unchanged steps are skipped. A failing step keeps
    /// the previous version and the layers depending on it stay outdated.
    #[command(
        after_help = "Examples:\n  saale refresh --dry-run   # the plan, nothing written\n  saale refresh\n  saale refresh stop_cov    # only what stop_cov needs"
    )]
    Refresh {
        /// Layers to bring up to date, with what they depend on (default: all).
        layers: Vec<String>,
        /// Print the plan and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// List the kept versions of a layer (0 is the current one, 1 the previous one, ...).
    #[command(after_help = "Examples:\n  saale versions statbez\n  saale versions statbez --json")]
    Versions(versions::VersionsArgs),
    /// List the features added, removed and changed between two versions of a layer (by a
    /// key field, else by geometry), and write them as a layer with --out.
    #[command(
        after_help = "Examples:\n  saale diff statbez                      # previous version -> current\n  saale diff parcels --from 2 --key flstkennz --out parcel_changes"
    )]
    Diff(versions::DiffArgs),
    /// Make an earlier version of a layer current again (the current one becomes version 1).
    #[command(after_help = "Examples:\n  saale rollback statbez 1   # undo the last rewrite")]
    Rollback(versions::RollbackArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Warnings of the libraries (tiles over their size budget, ...) go to stderr, except
    // with --quiet or --json (the outcome carries them); RUST_LOG=info shows more.
    let level = if cli.quiet || cli.json {
        "error"
    } else {
        "warn"
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(level));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed stdout (`saale layers | head`) is not an error of saale.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // Hints of this program for errors of the libraries that reach here directly.
            let hint = if e.chain().any(|c| {
                matches!(
                    c.downcast_ref::<saale_store::Error>(),
                    Some(saale_store::Error::NotAProject { .. })
                )
            }) {
                "; create one with `saale init DIR` or give it with -p DIR"
            } else {
                ""
            };
            eprintln!("error: {e:#}{hint}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// How the program prints: `--quiet`, `--json`.
pub(crate) struct Out {
    pub quiet: bool,
    pub json: bool,
}

impl Out {
    /// Print a line unless quiet or JSON (then the JSON is the output).
    pub(crate) fn say(&self, msg: impl std::fmt::Display) -> Result<()> {
        if !self.quiet && !self.json {
            use std::io::Write as _;
            writeln!(std::io::stdout(), "{msg}")?;
        }
        Ok(())
    }

    /// Print a value as JSON.
    pub(crate) fn json(&self, v: &impl serde::Serialize) -> Result<()> {
        use std::io::Write as _;
        writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(v)?)?;
        Ok(())
    }

    /// Say what disclosure control suppressed, if anything.
    pub(crate) fn suppressed(&self, s: saale_ops::Suppressed) -> Result<()> {
        if s.primary + s.secondary > 0 {
            self.say(format!(
                "suppressed {} count cells below the threshold and {} more that totals would reveal (field 'suppressed_fields' names them)",
                s.primary, s.secondary
            ))?;
        }
        Ok(())
    }

    /// Print the outcome of a step: JSON, or its lines (warnings to stderr).
    pub(crate) fn outcome(&self, o: &saale_ops::Outcome) -> Result<()> {
        for w in &o.warnings {
            if !self.quiet {
                eprintln!("warning: {w}");
            }
        }
        if self.json {
            return self.json(o);
        }
        for h in &o.headlines {
            self.say(h)?;
        }
        self.suppressed(o.suppressed)?;
        if !o.dropped_fields.is_empty() {
            self.say(format!(
                "left out the internal attributes {} (pass --allow-internal if you are entitled to them)",
                o.dropped_fields.join(", ")
            ))?;
        }
        // A raster: its size in pixels instead of a feature count.
        let what = match (
            o.figures.get("raster_width"),
            o.figures.get("raster_height"),
        ) {
            (Some(w), Some(h)) => format!("a raster of {w} x {h} pixels"),
            _ => format!("{} features", o.features),
        };
        match &o.written {
            saale_ops::Written::Layer { name } => {
                self.say(format!("wrote {what} to layer '{name}'"))
            }
            saale_ops::Written::File { path, crs } => self.say(format!(
                "wrote {what} to {}{}",
                path.display(),
                crs.as_ref().map(|c| format!(" ({c})")).unwrap_or_default()
            )),
            saale_ops::Written::Table {
                connection,
                table,
                crs,
            } => self.say(format!(
                "wrote {} features to table '{table}' of {connection}{}",
                o.features,
                crs.as_ref().map(|c| format!(" ({c})")).unwrap_or_default()
            )),
        }
    }
}

/// The library's errors with the hints of this program (which flag to pass).
pub(crate) fn hint(e: saale_ops::Error) -> anyhow::Error {
    use saale_ops::Error as E;
    let extra = match &e {
        E::LayerExists { .. } | E::Store(saale_store::Error::LayerExists { .. }) => {
            "; use --replace to overwrite it"
        }
        E::FileExists { .. } | E::Store(saale_store::Error::TableExists { .. }) => {
            "; use --replace to overwrite it"
        }
        E::SeveralLayers { .. } => {
            "; pick one with --source-layer NAME, or import the file without --layer"
        }
        E::Ingest(saale_ingest::Error::OutOfBounds { .. }) => {
            "; give the right one with --source-crs, or import anyway with --no-bounds-check"
        }
        E::Analysis(saale_analysis::Error::RasterWithoutCrs { .. }) => " with --raster-crs",
        E::Withheld {
            reason: saale_privacy::Withheld::Internal,
            output,
            ..
        } if output == "an export" => {
            "; pass --allow-internal if you are entitled to, and the export will be logged"
        }
        E::Withheld {
            reason: saale_privacy::Withheld::Internal,
            output,
            ..
        } if output == "a file" => {
            "; write the result with --out and export it with `saale export --allow-internal` (which is logged)"
        }
        E::Withheld {
            reason: saale_privacy::Withheld::Internal,
            output,
            ..
        } if output == "a tile archive" || output == "a 3D tileset" => {
            "; pass --allow-internal to include it"
        }
        E::Withheld {
            reason: saale_privacy::Withheld::Internal,
            ..
        } => "; mark it public with `saale access LAYER --public` if it may be published",
        _ => "",
    };
    anyhow::anyhow!("{e}{extra}")
}

/// Write a text file atomically: to a temporary file beside it, then renamed into place.
pub(crate) fn write_file_atomic(path: &std::path::Path, text: &str) -> Result<()> {
    saale_ops::report::write_shared(path, text).map_err(hint)
}

/// Print unless `--quiet`.
pub(crate) fn say(quiet: bool, msg: impl std::fmt::Display) {
    if !quiet {
        println!("{msg}");
    }
}

fn run(cli: Cli) -> Result<()> {
    let quiet = cli.quiet;
    let out = Out {
        quiet: cli.quiet,
        json: cli.json,
    };
    match cli.command {
        Command::Init { dir, crs, name } => {
            let crs = Crs::parse(&crs)?;
            let p = Project::init(&dir, &crs, name.as_deref())?;
            out.say(format!(
                "created project '{}' in {} (working CRS {crs})",
                p.catalog().project.name,
                dir.display()
            ))
        }
        Command::Import(args) => import::run(&cli.project, &args, &out),
        Command::Build(args) => build::run(&args, &out),
        Command::Forecast { forecast } => forecast::run(&cli.project, &forecast, &out),
        Command::Report { report } => report::run(&cli.project, &report, &out),
        Command::Serve(args) => serve::serve(&cli.project, &args, quiet),
        Command::Tiles { command } => serve::tiles(&cli.project, &command, &out),
        Command::Token => serve::token(&cli.project),
        Command::Access(args) => serve::access(&cli.project, &args, quiet),
        Command::Describe(args) => describe::run(&cli.project, &args, &out),
        Command::Rename { layer, new_name } => {
            Project::open(&cli.project)?.rename_layer(&layer, &new_name)?;
            out.say(format!("renamed {layer} to {new_name}"))
        }
        Command::Remove { layers } => {
            let mut p = Project::open(&cli.project)?;
            let names: Vec<&str> = layers.iter().map(String::as_str).collect();
            p.remove_layers(&names)?;
            out.say(format!("removed {}", layers.join(", ")))
        }
        Command::Replay { layers } => {
            let mut p = Project::open(&cli.project)?;
            let mut outcomes = Vec::new();
            for l in &layers {
                let o = saale_ops::replay(&mut p, l).map_err(hint)?;
                if !out.json {
                    out.outcome(&o)?;
                }
                outcomes.push(o);
            }
            if out.json {
                out.json(&outcomes)?;
            }
            Ok(())
        }
        Command::Status { check } => refresh::status(&cli.project, check, &out),
        Command::Refresh { layers, dry_run } => {
            refresh::refresh(&cli.project, &layers, dry_run, &out)
        }
        Command::Versions(a) => versions::list(&cli.project, &a, &out),
        Command::Diff(a) => versions::diff(&cli.project, &a, &out),
        Command::Rollback(a) => versions::rollback(&cli.project, &a, &out),
        Command::Analysis(v) => analysis::run(&cli.project, v, &out),
        Command::Indicator { indicator } => indicator::run(&cli.project, indicator, &out),
        Command::Check { plan } => check_plan(&plan, &out),
        Command::Layers { verbose } => show::layers(&Project::open(&cli.project)?, verbose, &out),
        Command::Info { layer, verbose } => {
            show::info(&Project::open(&cli.project)?, &layer, verbose, &out)
        }
        Command::JoinAttributes {
            layer,
            table,
            on,
            out: name,
            replace,
        } => {
            let mut p = Project::open(&cli.project)?;
            join_attributes(&mut p, &layer, &table, &on, &name, replace, &out)
        }
        Command::Export {
            layer,
            to,
            table,
            crs,
            allow_internal,
            replace,
        } => {
            let mut p = Project::open(&cli.project)?;
            let crs = crs.as_deref().map(Crs::parse).transpose()?;
            let view = if allow_internal {
                saale_ops::View::Internal
            } else {
                saale_ops::View::Public
            };
            let spinner = progress_spinner(quiet || out.json, &format!("exporting {layer}"));
            let o = match to.to_str().and_then(|t| t.strip_prefix("PG:")) {
                Some(connection) => saale_ops::export_postgis(
                    &mut p,
                    &saale_ops::PostgisParams {
                        layer,
                        connection: connection.to_string(),
                        table,
                        crs,
                        view,
                        replace,
                    },
                ),
                None if table.is_some() => {
                    bail!("--table names a PostGIS table: use it with --to PG:\"dbname=...\"")
                }
                None => saale_ops::export(
                    &mut p,
                    &saale_ops::ExportParams {
                        layer,
                        to,
                        crs,
                        view,
                        replace,
                    },
                ),
            }
            .map_err(hint)?;
            spinner.finish_and_clear();
            out.outcome(&o)
        }
    }
}

/// `saale join-attributes`.
pub(crate) fn join_attributes(
    p: &mut Project,
    layer: &str,
    table: &str,
    on: &str,
    name: &str,
    replace: bool,
    out: &Out,
) -> Result<()> {
    let Some((lk, tk)) = on.split_once('=') else {
        bail!("--on must be LAYER_FIELD=TABLE_FIELD, got '{on}'");
    };
    let step = saale_ops::Step::JoinAttributes(saale_ops::JoinAttributesParams {
        layer: layer.to_string(),
        table: table.to_string(),
        layer_key: lk.to_string(),
        table_key: tk.to_string(),
    });
    let o = saale_ops::run(
        p,
        &step,
        &saale_ops::Target::Layer {
            name: name.to_string(),
            replace,
        },
    )
    .map_err(hint)?;
    if out.json {
        return out.json(&o);
    }
    for h in &o.headlines {
        out.say(h)?;
    }
    for w in &o.warnings {
        out.say(format!("  {w}"))?;
    }
    Ok(())
}

/// A spinner on stderr (hidden when quiet or not a terminal).
pub(crate) fn progress_spinner(quiet: bool, msg: &str) -> indicatif::ProgressBar {
    if quiet {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_message(msg.to_string());
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// `saale check`: print the findings; fail when there are errors.
fn check_plan(plan: &std::path::Path, out: &Out) -> Result<()> {
    let issues = saale_ingest::check_plan(plan)?;
    let errors = issues.iter().filter(|i| i.severity == "error").count();
    if out.json {
        out.json(&issues)?;
    } else {
        use std::io::Write as _;
        let mut so = std::io::stdout().lock();
        for i in &issues {
            writeln!(
                so,
                "{} {} {} ({}) at ({:.3}, {:.3}): {}",
                i.severity, i.rule, i.gml_id, i.object_type, i.x, i.y, i.message
            )?;
        }
        out.say(format!(
            "{}: {errors} error(s), {} warning(s)",
            plan.display(),
            issues.len() - errors
        ))?;
    }
    if errors > 0 {
        bail!("{}: the plan has {errors} error(s)", plan.display());
    }
    Ok(())
}
