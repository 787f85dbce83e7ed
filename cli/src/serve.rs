//! `saale serve`, `saale tiles build`, `saale token` and `saale access`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use saale_store::Project;
use saale_tile_server::{AppState, ServerConfig};
use saale_tiles::TileOptions;

use crate::Out;

/// Arguments of `saale serve`.
#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    /// A project directory, or a directory with a `sources.toml` manifest (e.g. data/jena),
    /// which is built into a temporary project first. Default: the project (`-p`).
    pub dir: Option<PathBuf>,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Serve a PMTiles archive as well, as tileset NAME (the file stem), tiles passed through.
    #[arg(long, value_name = "FILE")]
    pub pmtiles: Vec<PathBuf>,
    /// Serve a 3D Tiles directory (from `saale tiles 3d`) as well, at
    /// `/3dtiles/NAME/tileset.json` (NAME: the directory name; internal tilesets only to the
    /// internal view).
    #[arg(long = "3dtiles", value_name = "DIR")]
    pub tilesets3d: Vec<PathBuf>,
    /// Directory of MapLibre styles to serve instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub styles: Option<PathBuf>,
    /// Size budget per tile in KB; larger tiles are generalised harder, then thinned.
    #[arg(long, default_value_t = 500)]
    pub tile_budget_kb: usize,
    /// Largest `limit` of an OGC API items request.
    #[arg(long, default_value_t = 10_000)]
    pub max_limit: usize,
    /// Requests handled at once; more are refused with 503 and Retry-After.
    #[arg(long, default_value_t = 256)]
    pub max_concurrency: usize,
    /// Tiles kept in the in-memory cache.
    #[arg(long, default_value_t = 20_000)]
    pub cache_tiles: usize,
    /// Megabytes the in-memory tile cache may hold at most (tiles and their gzip).
    #[arg(long, default_value_t = 128)]
    pub cache_mb: usize,
    /// Items, feature and search requests computed at once (on worker threads); up to eight
    /// times as many wait, further ones get 503 and Retry-After.
    #[arg(long, default_value_t = 8)]
    pub max_queries: usize,
    /// Seconds a connection has to send a complete request head (also the longest an idle
    /// kept-alive connection stays open).
    #[arg(long, default_value_t = 10)]
    pub header_timeout: u64,
    /// Seconds a response may wait for a client that does not read it; then the connection is
    /// closed.
    #[arg(long, default_value_t = 30)]
    pub write_timeout: u64,
    /// Open connections at most; further ones wait until one closes. The soft limit of open
    /// files is raised to the hard limit, and the cap lowered to fit in it (less 64 for files).
    #[arg(long, default_value_t = 4096)]
    pub max_connections: usize,
}

/// `saale tiles ...`.
#[derive(Subcommand, Debug)]
pub(crate) enum TilesCommand {
    /// Pre-generate a tile pyramid into a PMTiles or MBTiles file (by extension).
    #[command(
        after_help = "Examples:\n  saale tiles build --layers landuse,statbez --maxzoom 14 --to jena.pmtiles"
    )]
    Build(TilesBuildArgs),
    /// Write an OGC 3D Tiles 1.1 tileset (tileset.json and GLB tiles) of a LoD1/LoD2 building
    /// layer, with the walls and roofs of its CityGML or CityJSON sources.
    #[command(
        name = "3d",
        after_help = "Examples:\n  saale tiles 3d --layers buildings3d --to web/3d/\n  saale serve --3dtiles web/3d   # then /3dtiles/3d/tileset.json"
    )]
    ThreeD(Tiles3dArgs),
}

/// Arguments of `saale tiles 3d`.
#[derive(Args, Debug)]
pub(crate) struct Tiles3dArgs {
    /// The building layer (one: `buildings3d` of a CityGML or CityJSON import).
    #[arg(long, value_delimiter = ',', required = true)]
    pub layers: Vec<String>,
    /// Target directory (`tileset.json` and `tiles/`).
    #[arg(long)]
    pub to: PathBuf,
    /// Most buildings in one content tile.
    #[arg(long, default_value_t = 400)]
    pub max_buildings: usize,
    /// Largest content tile in KB (estimated before writing; a larger building gets a tile of
    /// its own).
    #[arg(long, default_value_t = 4096)]
    pub tile_budget_kb: usize,
    /// Heights: `auto` adds the EGM96 geoid height when the source CRS has heights above sea
    /// level (DHHN2016, DHHN92), `egm96` always, `ellipsoidal` never (3D Tiles place
    /// ellipsoidal heights; globe terrain is ellipsoidal too).
    #[arg(long, value_parser = ["auto", "egm96", "ellipsoidal"], default_value = "auto")]
    pub heights: String,
    /// Include an internal layer and internal attributes (the tileset is then internal, too).
    #[arg(long)]
    pub allow_internal: bool,
    /// Replace an existing tileset directory.
    #[arg(long)]
    pub replace: bool,
}

/// Arguments of `saale tiles build`.
#[derive(Args, Debug)]
pub(crate) struct TilesBuildArgs {
    /// Layers, comma-separated (each becomes an MVT layer).
    #[arg(long, value_delimiter = ',', required = true)]
    pub layers: Vec<String>,
    /// Lowest zoom level.
    #[arg(long, default_value_t = 0)]
    pub minzoom: u8,
    /// Highest zoom level.
    #[arg(long, default_value_t = 14)]
    pub maxzoom: u8,
    /// Target file: `.pmtiles` or `.mbtiles`.
    #[arg(long)]
    pub to: PathBuf,
    /// Size budget per tile in KB.
    #[arg(long, default_value_t = 500)]
    pub tile_budget_kb: usize,
    /// Include internal layers and attributes (the archive is then internal, too).
    #[arg(long)]
    pub allow_internal: bool,
    /// Overwrite an existing file.
    #[arg(long)]
    pub replace: bool,
    /// Patch the existing archive: if `saale tiles build` wrote it with the same layers, zoom
    /// levels, budget and view and the layer versions it read are still kept, only the tiles
    /// that changed features reach are cut again (the rest copied); otherwise it is built in
    /// full and a warning says why. `saale refresh` patches the archives it remakes.
    #[arg(long)]
    pub patch: bool,
}

/// Arguments of `saale access`.
#[derive(Args, Debug)]
pub(crate) struct AccessArgs {
    /// Layer name.
    pub layer: String,
    /// Mark the layer public (served and exported to everyone).
    #[arg(long, conflicts_with = "internal")]
    pub public: bool,
    /// Mark the layer internal (only in the internal view, export needs --allow-internal).
    #[arg(long)]
    pub internal: bool,
    /// Attributes that are internal (comma-separated; empty string clears the list).
    #[arg(long, value_delimiter = ',')]
    pub internal_fields: Option<Vec<String>>,
    /// Fields holding counts of persons or households (comma-separated, `*` matches any
    /// text; empty string clears): public outputs suppress their small cells.
    #[arg(long, value_delimiter = ',')]
    pub counts: Option<Vec<String>>,
    /// The count fields of a feature add up to a published total (protect rows, too).
    #[arg(long)]
    pub counts_additive: bool,
    /// The features are grid cells (the grid threshold applies).
    #[arg(long)]
    pub grid: bool,
    /// Attributes put into vector tiles (comma-separated; empty string: the default, every
    /// field except internal ones and text longer than 1 KB).
    #[arg(long, value_delimiter = ',')]
    pub tile_fields: Option<Vec<String>>,
}

/// The mimalloc option `saale serve` sets for itself (unless the environment already sets it):
/// purge freed memory at once. mimalloc's default delays the purge by a second and runs it
/// only on a later allocator event, so a server that falls idle after a burst kept hundreds
/// of MB (scripts/server_robustness.sh: 424 MB after the run against 118 MB idle; with the
/// option 123 MB against 93 MB, and a lower peak). Options are read when the process starts,
/// hence the re-exec.
const PURGE_ENV: &str = "MIMALLOC_PURGE_DELAY";

/// Re-execute this process with [`PURGE_ENV`] set to 0 when it is not set (same PID, same
/// arguments). Returns only when the re-exec is not needed or failed (the server then runs
/// with the allocator's defaults).
fn ensure_allocator_purges(quiet: bool) {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        if std::env::var_os(PURGE_ENV).is_some() {
            return;
        }
        let Ok(exe) = std::env::current_exe() else {
            return;
        };
        let err = std::process::Command::new(exe)
            .args(std::env::args_os().skip(1))
            .env(PURGE_ENV, "0")
            .exec();
        if !quiet {
            eprintln!("warning: could not re-execute with {PURGE_ENV}=0: {err}");
        }
    }
}

/// `saale serve`.
pub(crate) fn serve(project: &Path, args: &ServeArgs, quiet: bool) -> Result<()> {
    ensure_allocator_purges(quiet);
    let dir = args.dir.clone().unwrap_or_else(|| project.to_path_buf());
    let mut _built: Option<tempfile::TempDir> = None;
    let project_dir = if !dir.join("saale.toml").is_file() && dir.join("sources.toml").is_file() {
        let tmp = tempfile::Builder::new()
            .prefix("saale-serve-")
            .tempdir()
            .context("cannot create a temporary directory for the project")?;
        let out = tmp.path().join("project");
        crate::say(
            quiet,
            format!(
                "building the project from {} into {}",
                dir.join("sources.toml").display(),
                out.display()
            ),
        );
        saale_ops::build::build(&dir, &out, &()).map_err(crate::hint)?;
        _built = Some(tmp);
        out
    } else {
        dir
    };
    let p = Project::open(&project_dir)?;
    let config = ServerConfig {
        tiles: TileOptions {
            budget: args.tile_budget_kb.saturating_mul(1024),
            ..TileOptions::default()
        },
        max_limit: args.max_limit.max(1),
        max_concurrency: args.max_concurrency.max(1),
        cache_tiles: args.cache_tiles,
        cache_bytes: args.cache_mb.saturating_mul(1024 * 1024),
        styles_dir: args.styles.clone(),
        max_queries: args.max_queries.max(1),
        queue_queries: args.max_queries.max(1).saturating_mul(8),
        header_timeout: std::time::Duration::from_secs(args.header_timeout.max(1)),
        write_timeout: std::time::Duration::from_secs(args.write_timeout.max(1)),
        max_connections: max_connections(args.max_connections, quiet),
        layer_states: Some(layer_states(&project_dir)),
        ..ServerConfig::default()
    };
    let spinner = crate::progress_spinner(quiet, "loading layers and building tile indexes");
    let mut state = AppState::from_project(&p, config)
        .with_context(|| format!("cannot serve {}", project_dir.display()))?;
    spinner.finish_and_clear();
    // Twice as many async workers as cores (at least 4): a worker busy compressing a large
    // response then cannot hold up `/health` and cached tiles; blocking-pool threads (renders,
    // queries) that idle for 5 s end, and with them their transformer caches and heaps.
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(cores.saturating_mul(2).max(4))
        .thread_keep_alive(std::time::Duration::from_secs(5))
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async move {
        for f in &args.pmtiles {
            let name = f
                .file_stem()
                .and_then(|s| s.to_str())
                .filter(|s| saale_store::validate_layer_name(s).is_ok())
                .with_context(|| {
                    format!(
                        "{}: the file name must be a valid tileset name (letters, digits, _ and -)",
                        f.display()
                    )
                })?
                .to_string();
            if state.layers.contains_key(&name) {
                bail!("{}: tileset name '{name}' is already a layer of the project", f.display());
            }
            state.add_archive(&name, f).await?;
        }
        for d in &args.tilesets3d {
            let name = d
                .file_name()
                .and_then(|s| s.to_str())
                .filter(|s| saale_store::validate_layer_name(s).is_ok())
                .with_context(|| {
                    format!(
                        "{}: the directory name must be a valid tileset name (letters, digits, _ and -)",
                        d.display()
                    )
                })?
                .to_string();
            state.add_tileset3d(&name, d)?;
        }
        let n_layers = state.layers.len();
        let public = state.visible(false).count();
        let rasters = match state.rasters.len() {
            0 => String::new(),
            n => format!(", {n} raster layer(s)"),
        };
        let internal_view = state.config.internal_token_sha256.is_some();
        let state = Arc::new(state);
        saale_tile_server::serve(state, args.addr, |addr| {
            if !quiet {
                println!(
                    "saale serves '{}' ({n_layers} layers, {public} public{rasters}{}) at http://{addr}/",
                    p.catalog().project.name,
                    if internal_view { ", internal view with token" } else { "" }
                );
                println!(
                    "  map http://{addr}/  ·  OGC API http://{addr}/ogc  ·  tiles http://{addr}/tiles  ·  stop with Ctrl-C"
                );
            }
        })
        .await?;
        Ok(())
    })
}

/// The connection cap: as asked, but within the open-file limit (raised to its hard limit)
/// less 64 descriptors for layer files, fonts and the listener.
fn max_connections(asked: usize, quiet: bool) -> usize {
    let asked = asked.max(1);
    let Some(limit) = saale_tile_server::raise_open_files() else {
        return asked;
    };
    let room = usize::try_from(limit.saturating_sub(64))
        .unwrap_or(usize::MAX)
        .max(16);
    if room < asked && !quiet {
        eprintln!(
            "warning: at most {room} connections (open-file limit {limit}); raise it with `ulimit -n` for {asked}"
        );
    }
    asked.min(room)
}

/// `saale tiles 3d`.
fn tiles3d(project: &Path, a: &Tiles3dArgs, out: &Out) -> Result<()> {
    let [layer] = a.layers.as_slice() else {
        bail!(
            "a 3D tileset is made of one building layer; got {} ({})",
            a.layers.len(),
            a.layers.join(",")
        );
    };
    let mut p = Project::open(project)?;
    let t0 = std::time::Instant::now();
    let o = saale_ops::tiles3d::build(
        &mut p,
        &saale_ops::tiles3d::Tiles3dParams {
            layer: layer.clone(),
            to: a.to.clone(),
            view: if a.allow_internal {
                saale_ops::View::Internal
            } else {
                saale_ops::View::Public
            },
            replace: a.replace,
            max_buildings: a.max_buildings,
            max_tile_bytes: a.tile_budget_kb.saturating_mul(1024),
            heights: match a.heights.as_str() {
                "egm96" => saale_ops::tiles3d::Heights::Egm96,
                "ellipsoidal" => saale_ops::tiles3d::Heights::Ellipsoidal,
                _ => saale_ops::tiles3d::Heights::Auto,
            },
        },
    )
    .map_err(crate::hint)?;
    if out.json {
        return out.json(&o);
    }
    let fig = |k: &str| o.figures.get(k).copied().unwrap_or(0.0);
    out.say(format!(
        "wrote {} buildings of {layer} ({} triangles) in {} tiles, {} levels, to {} in {:.2} s: {:.1} MB, largest tile {} KB",
        o.features,
        fig("triangles"),
        fig("tiles"),
        fig("depth") + 1.0,
        a.to.join("tileset.json").display(),
        t0.elapsed().as_secs_f64(),
        fig("bytes") / 1e6,
        fig("max_tile_bytes") as u64 / 1024,
    ))?;
    if !out.quiet {
        for w in &o.warnings {
            eprintln!("warning: {w}");
        }
    }
    Ok(())
}

/// `saale tiles build` and `saale tiles 3d`.
pub(crate) fn tiles(project: &Path, cmd: &TilesCommand, out: &Out) -> Result<()> {
    let a = match cmd {
        TilesCommand::Build(a) => a,
        TilesCommand::ThreeD(a) => return tiles3d(project, a, out),
    };
    let mut p = Project::open(project)?;
    let bar = if out.quiet || out.json {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(u64::from(a.maxzoom.saturating_sub(a.minzoom)) + 1)
    };
    bar.set_message("zoom levels");
    let t0 = std::time::Instant::now();
    let o = saale_ops::tiles::build(
        &mut p,
        &saale_ops::tiles::PyramidParams {
            layers: a.layers.clone(),
            minzoom: a.minzoom,
            maxzoom: a.maxzoom,
            to: a.to.clone(),
            budget: a.tile_budget_kb.saturating_mul(1024),
            view: if a.allow_internal {
                saale_ops::View::Internal
            } else {
                saale_ops::View::Public
            },
            replace: a.replace,
            patch: a.patch,
        },
        &|| bar.inc(1),
    )
    .map_err(crate::hint)?;
    bar.finish_and_clear();
    if out.json {
        return out.json(&o);
    }
    let fig = |k: &str| o.figures.get(k).copied().unwrap_or(0.0);
    out.say(format!(
        "wrote {} tiles (z{}-{}) of {} to {} in {:.2} s: {:.1} MB, largest tile {} KB{}",
        o.features,
        a.minzoom,
        a.maxzoom,
        a.layers.join(","),
        a.to.display(),
        t0.elapsed().as_secs_f64(),
        fig("bytes") / 1e6,
        fig("max_tile_bytes") as u64 / 1024,
        if fig("over_budget") > 0.0 {
            format!(
                ", {} tiles generalised to meet the budget",
                fig("over_budget")
            )
        } else {
            String::new()
        }
    ))?;
    if let (Some(cut), Some(copied)) = (o.figures.get("tiles_cut"), o.figures.get("tiles_copied")) {
        if o.warnings.is_empty() {
            out.say(format!(
                "patched: {} tiles cut again, {} copied from the previous archive",
                saale_ops::outcome::grouped(*cut),
                saale_ops::outcome::grouped(*copied)
            ))?;
        }
    }
    if !out.quiet {
        for w in &o.warnings {
            eprintln!("warning: {w}");
        }
    }
    out.suppressed(o.suppressed)
}

/// `saale token`: a new token for the internal view; its SHA-256 goes into `saale.toml`.
pub(crate) fn token(project: &Path) -> Result<()> {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let mut raw = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut raw))
        .context("cannot read /dev/urandom for a random token")?;
    let token: String = raw.iter().map(|b| format!("{b:02x}")).collect();
    let hash: String = Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut p = Project::open(project)?;
    p.update_catalog(|c| {
        c.server.internal_token_sha256 = Some(hash);
        Ok(())
    })?;
    println!("{token}");
    eprintln!(
        "new internal token (shown once; its SHA-256 is stored in saale.toml). Send it as \
         'Authorization: Bearer TOKEN'."
    );
    Ok(())
}

/// `saale access`.
pub(crate) fn access(project: &Path, a: &AccessArgs, quiet: bool) -> Result<()> {
    let mut p = Project::open(project)?;
    if let Some(c) = &a.counts {
        saale_ops::access::mark_counts(&mut p, &a.layer, c, a.counts_additive, a.grid)
            .map_err(crate::hint)?;
    }
    let level = if a.public {
        Some(saale_ops::Level::Public)
    } else if a.internal {
        Some(saale_ops::Level::Internal)
    } else {
        None
    };
    saale_ops::access::set_access(
        &mut p,
        &a.layer,
        &saale_ops::access::AccessChange {
            level,
            internal_fields: a.internal_fields.clone(),
            tile_fields: a.tile_fields.clone(),
        },
    )
    .map_err(crate::hint)?;
    let e = p.entry(&a.layer)?;
    let acc = &e.access;
    crate::say(
        quiet,
        format!(
            "'{}': {}{}{}{}",
            a.layer,
            match acc.level {
                saale_ops::Level::Personal => "personal (never served or exported)",
                saale_ops::Level::Public => "public",
                saale_ops::Level::Internal => "internal",
            },
            if acc.internal_fields.is_empty() {
                ""
            } else {
                "; internal attributes: "
            },
            acc.internal_fields.join(", "),
            if e.tile_fields.is_empty() {
                String::new()
            } else {
                format!("; tile attributes: {}", e.tile_fields.join(", "))
            }
        ) + &if acc.counts.is_empty() {
            String::new()
        } else {
            format!(
                "; person/household counts (suppressed below {} in public outputs): {}",
                acc.threshold(&p.catalog().policy()),
                acc.counts.join(", ")
            )
        },
    );
    Ok(())
}

/// `saale status` for the server's `/metrics`, read from the catalog on disk at each request.
fn layer_states(dir: &Path) -> saale_tile_server::LayerStates {
    let dir = dir.to_path_buf();
    saale_tile_server::LayerStates(std::sync::Arc::new(move || {
        Project::open(&dir)
            .map(|p| {
                saale_ops::status(&p)
                    .into_iter()
                    .filter(|s| s.kind == "layer")
                    .map(|s| (s.layer, s.state.name().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }))
}
