//! `saale`: the command-line program of the saale geodata toolkit.

mod analysis;
mod build;
mod dataset;
mod forecast;
mod import;
mod indicator;
mod join;
mod report;
mod serve;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
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
    #[arg(long, short = 'p', global = true, default_value = ".")]
    project: PathBuf,
    /// Print nothing but errors (no progress bars, no summaries).
    #[arg(long, short = 'q', global = true)]
    quiet: bool,
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
    /// Import files into one layer (several files, or a directory, form one layer).
    Import(Box<import::ImportArgs>),
    /// Build a project from a directory with a `sources.toml` manifest and print its layers.
    Build(build::BuildArgs),
    /// Check an XPlanGML plan: valid geometry, ring orientation, objects inside the
    /// Geltungsbereich, no overlaps between area objects with Flächenschluss. Exit code 1 when
    /// errors are found.
    Check {
        /// The XPlanGML file.
        plan: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
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
    Layers {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one layer: schema, count, extent, CRS and provenance.
    Info {
        /// Layer name.
        layer: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
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
    /// Reports for controllers: `saale report districts --layer L --kpis a,b --to report.html`
    /// (self-contained HTML with maps, charts, table and sources) or `--to report.csv`.
    Report(Box<report::ReportArgs>),
    /// Serve the project: vector tiles, OGC API Features and Tiles, styles and the public map.
    Serve(Box<serve::ServeArgs>),
    /// Pre-generated vector tiles.
    Tiles {
        #[command(subcommand)]
        command: serve::TilesCommand,
    },
    /// Create a new token for the internal view of `saale serve` (printed once; its SHA-256
    /// is stored in saale.toml).
    Token,
    /// Mark a layer public or internal, and name its internal attributes.
    Access(serve::AccessArgs),
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
    /// Export a layer to a file; the format follows the extension
    /// (.gpkg, .fgb, .geojson, .parquet, .csv).
    Export {
        /// Layer name.
        layer: String,
        /// Target file.
        #[arg(long)]
        to: PathBuf,
        /// CRS of the file (default: the working CRS; EPSG:4326 for GeoJSON).
        #[arg(long)]
        crs: Option<String>,
        /// Allow exporting a layer marked internal (the export is logged).
        #[arg(long)]
        allow_internal: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Warnings of the libraries (tiles over their size budget, ...) go to stderr;
    // RUST_LOG=info shows more.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Write a text file atomically: to a temporary file beside it, then renamed into place.
pub(crate) fn write_file_atomic(path: &std::path::Path, text: &str) -> Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Print unless `--quiet`.
pub(crate) fn say(quiet: bool, msg: impl std::fmt::Display) {
    if !quiet {
        println!("{msg}");
    }
}

fn run(cli: Cli) -> Result<()> {
    let quiet = cli.quiet;
    match cli.command {
        Command::Init { dir, crs, name } => {
            let crs = Crs::parse(&crs)?;
            let p = Project::init(&dir, &crs, name.as_deref())?;
            say(
                quiet,
                format!(
                    "created project '{}' in {} (working CRS {crs})",
                    p.catalog().project.name,
                    dir.display()
                ),
            );
            Ok(())
        }
        Command::Import(args) => import::run(&cli.project, &args, quiet),
        Command::Build(args) => build::run(&args, quiet),
        Command::Forecast { forecast } => forecast::run(&cli.project, &forecast, quiet),
        Command::Report(args) => report::run(&cli.project, &args, quiet),
        Command::Serve(args) => serve::serve(&cli.project, &args, quiet),
        Command::Tiles { command } => serve::tiles(&cli.project, &command, quiet),
        Command::Token => serve::token(&cli.project),
        Command::Access(args) => serve::access(&cli.project, &args, quiet),
        Command::Rename { layer, new_name } => {
            Project::open(&cli.project)?.rename_layer(&layer, &new_name)?;
            say(quiet, format!("renamed {layer} to {new_name}"));
            Ok(())
        }
        Command::Remove { layers } => {
            let mut p = Project::open(&cli.project)?;
            let names: Vec<&str> = layers.iter().map(String::as_str).collect();
            p.remove_layers(&names)?;
            say(quiet, format!("removed {}", layers.join(", ")));
            Ok(())
        }
        Command::Analysis(v) => analysis::run(&cli.project, v, quiet),
        Command::Indicator { indicator } => indicator::run(&cli.project, indicator, quiet),
        Command::Check { plan, json } => check_plan(&plan, json, quiet),
        Command::Layers { json } => show::layers(&Project::open(&cli.project)?, json),
        Command::Info { layer, json } => show::info(&Project::open(&cli.project)?, &layer, json),
        Command::JoinAttributes {
            layer,
            table,
            on,
            out,
            replace,
        } => join::run(
            &mut Project::open(&cli.project)?,
            &layer,
            &table,
            &on,
            &out,
            replace,
            quiet,
        ),
        Command::Export {
            layer,
            to,
            crs,
            allow_internal,
        } => export(
            &cli.project,
            &layer,
            &to,
            crs.as_deref(),
            allow_internal,
            quiet,
        ),
    }
}

fn export(
    dir: &std::path::Path,
    layer: &str,
    to: &std::path::Path,
    crs: Option<&str>,
    allow_internal: bool,
    quiet: bool,
) -> Result<()> {
    let p = Project::open(dir)?;
    let entry = p.entry(layer)?;
    if entry.personal {
        bail!(
            "layer '{layer}' holds personal data (owners and bookings from the cadastre); saale \
             never exports it, not even with --allow-internal"
        );
    }
    if !entry.public && !allow_internal {
        bail!(
            "layer '{layer}' is marked internal (it may hold personal data) and is not exported; \
             pass --allow-internal if you are entitled to, and the export will be logged"
        );
    }
    let target = crs.map(Crs::parse).transpose()?;
    let spinner = progress_spinner(quiet, &format!("exporting {layer}"));
    let mut data = p.read_layer(layer)?;
    let dropped = if allow_internal {
        Vec::new()
    } else {
        drop_fields(&mut data, &entry.internal_fields)
    };
    // Disclosure control: small counts of persons or households are suppressed in every
    // export except an internal one (which is logged).
    let protection = if allow_internal {
        saale_privacy::Protection::default()
    } else {
        entry.protect(&mut data, &p.catalog().policy())
    };
    let written = saale_store::export_layer(&data, layer, p.crs(), target.as_ref(), to)
        .with_context(|| format!("exporting layer '{layer}' to {}", to.display()))?;
    spinner.finish_and_clear();
    if !entry.public || (allow_internal && !entry.internal_fields.is_empty()) {
        log_export(&p, &format!("internal layer '{layer}'"), to)?;
    }
    if !entry.counts.is_empty() {
        log_export(
            &p,
            &format!(
                "person counts of '{layer}' ({}; {} cells suppressed, {} to protect them)",
                if allow_internal {
                    "unsuppressed, internal"
                } else {
                    "suppressed"
                },
                protection.primary,
                protection.secondary
            ),
            to,
        )?;
        if protection.primary + protection.secondary > 0 {
            say(
                quiet,
                format!(
                    "suppressed {} count cells below the threshold and {} more that totals would reveal (field 'suppressed_fields' names them)",
                    protection.primary, protection.secondary
                ),
            );
        }
    }
    if !dropped.is_empty() {
        say(
            quiet,
            format!(
                "left out the internal attributes {} (pass --allow-internal if you are entitled to them)",
                dropped.join(", ")
            ),
        );
    }
    say(
        quiet,
        format!(
            "wrote {} features of '{layer}' to {} ({written})",
            data.features.len(),
            to.display()
        ),
    );
    Ok(())
}

/// Remove the fields named in `names` from `layer`; returns the names removed.
fn drop_fields(layer: &mut saale_model::Layer, names: &[String]) -> Vec<String> {
    let keep: Vec<usize> = (0..layer.schema.len())
        .filter(|&i| {
            !names
                .iter()
                .any(|n| layer.schema.fields().get(i).is_some_and(|f| &f.name == n))
        })
        .collect();
    if keep.len() == layer.schema.len() {
        return Vec::new();
    }
    let dropped: Vec<String> = layer
        .schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(i, _)| !keep.contains(i))
        .map(|(_, f)| f.name.clone())
        .collect();
    layer.schema = saale_model::Schema::from_fields(
        keep.iter()
            .filter_map(|&i| layer.schema.fields().get(i).cloned()),
    );
    for f in &mut layer.features {
        f.values = keep.iter().map(|&i| f.value(i).clone()).collect();
    }
    dropped
}

pub(crate) fn log_export(p: &Project, what: &str, to: &std::path::Path) -> Result<()> {
    use std::io::Write;
    let log = p.dir().join("exports.log");
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .with_context(|| format!("cannot write {}", log.display()))?;
    let user = std::env::var("USER").unwrap_or_default();
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    writeln!(f, "{secs}\t{user}\t{what}\t{}", to.display())?;
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
fn check_plan(plan: &std::path::Path, json: bool, quiet: bool) -> Result<()> {
    let issues = saale_ingest::check_plan(plan)?;
    let errors = issues.iter().filter(|i| i.severity == "error").count();
    if json {
        println!("{}", serde_json::to_string_pretty(&issues)?);
    } else {
        for i in &issues {
            println!(
                "{} {} {} ({}) at ({:.3}, {:.3}): {}",
                i.severity, i.rule, i.gml_id, i.object_type, i.x, i.y, i.message
            );
        }
        say(
            quiet,
            format!(
                "{}: {errors} error(s), {} warning(s)",
                plan.display(),
                issues.len() - errors
            ),
        );
    }
    if errors > 0 {
        bail!("{}: the plan has {errors} error(s)", plan.display());
    }
    Ok(())
}
