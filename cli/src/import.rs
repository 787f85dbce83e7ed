//! `saale import`: files into one layer.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;
use saale_ops::import::{ImportParams, Imported};
use saale_store::Project;

use crate::Out;

/// Arguments of `saale import`.
#[derive(Args, Debug, Clone)]
pub(crate) struct ImportArgs {
    /// Files or directories (a directory contributes every readable file below it).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Layer name; all paths form this one layer. Default: one layer per path, named after it.
    #[arg(long)]
    pub layer: Option<String>,
    /// Licence of the data (e.g. dl-de/by-2.0, ODbL-1.0).
    #[arg(long, default_value = "")]
    pub licence: String,
    /// Attribution required by the licence.
    #[arg(long, default_value = "")]
    pub attribution: String,
    /// Date the data describes: YYYY-MM-DD, `file` (the newest modification date of the
    /// source files) or `field:NAME` (the latest date in that field); `file` and `field:` are
    /// applied again on every refresh.
    #[arg(long)]
    pub as_of: Option<String>,
    /// How old the data may get before `saale status` calls the layer stale (ISO 8601
    /// duration: P1M, P14D, P1Y).
    #[arg(long)]
    pub max_age: Option<String>,
    /// Mark the layer internal: never exported without --allow-internal, never served publicly.
    #[arg(long)]
    pub internal: bool,
    /// Skip features with invalid geometry (default: keep and count them).
    #[arg(long)]
    pub skip_invalid: bool,
    /// CRS of the sources, overriding what they declare (needed for CSV x/y columns): any CRS
    /// PROJ knows (EPSG:25832, ESRI:102329, EPSG:4647, WKT, PROJJSON).
    #[arg(long)]
    pub source_crs: Option<String>,
    /// CSV: column with x / longitude.
    #[arg(long, requires = "y")]
    pub x: Option<String>,
    /// CSV: column with y / latitude.
    #[arg(long, requires = "x")]
    pub y: Option<String>,
    /// CSV: column with WKT geometry.
    #[arg(long)]
    pub wkt: Option<String>,
    /// Layer to read from multi-layer sources (GeoPackage, GML, KML). Default: every layer,
    /// each into a layer of its own named FILE_LAYER.
    #[arg(long)]
    pub source_layer: Option<String>,
    /// Overwrite an existing layer of the same name.
    #[arg(long)]
    pub replace: bool,
    /// City formats (NAS, XPlanGML, CityGML, CityJSON, OSM, Zensus): put this prefix and an
    /// underscore before the default layer names (`--prefix bonn` gives `bonn_parcels`).
    #[arg(long)]
    pub prefix: Option<String>,
    /// NAS: keep historic object versions (objects with `endet`), not only current ones. An
    /// NBA update (wfsext:Replace, wfs:Update, wfs:Delete) then ends the versions it replaces,
    /// updates or deletes (sets `endet` and `anlass`) instead of removing them.
    #[arg(long)]
    pub history: bool,
    /// Data with history (fields `beginnt`, `endet`: a NAS delivery, or a layer exported
    /// after NBA updates with --history): import the state at this date or time, the object
    /// versions with beginnt <= DATE < endet. A date is midnight UTC. Unlike --as-of, which
    /// only records the date the data describes, this selects features.
    #[arg(long, value_name = "DATE")]
    pub state_at: Option<String>,
    /// GML arcs: maximum deviation of the linearised arc from the true arc, in metres.
    #[arg(long, default_value_t = 0.01)]
    pub arc_tolerance: f64,
    /// OSM: POI tag filter, comma-separated `key` or `key=value`
    /// (default: amenity,shop,healthcare,public_transport,highway=bus_stop,railway=tram_stop,
    /// leisure,tourism).
    #[arg(long, value_delimiter = ',')]
    pub poi_tags: Vec<String>,
    /// Import coordinates outside the source CRS's area of use (widened by 10°) instead of
    /// refusing them (they usually mean a wrong --source-crs or swapped axes).
    #[arg(long)]
    pub no_bounds_check: bool,
}

impl ImportArgs {
    /// The library's parameters.
    pub(crate) fn params(&self) -> ImportParams {
        ImportParams {
            paths: self.paths.clone(),
            layer: self.layer.clone(),
            licence: self.licence.clone(),
            attribution: self.attribution.clone(),
            as_of: self.as_of.clone(),
            max_age: self.max_age.clone(),
            internal: self.internal,
            skip_invalid: self.skip_invalid,
            source_crs: self.source_crs.clone(),
            x: self.x.clone(),
            y: self.y.clone(),
            wkt: self.wkt.clone(),
            source_layer: self.source_layer.clone(),
            replace: self.replace,
            prefix: self.prefix.clone(),
            history: self.history,
            state_at: self.state_at.clone(),
            arc_tolerance: self.arc_tolerance,
            poi_tags: self.poi_tags.clone(),
            no_bounds_check: self.no_bounds_check,
        }
    }
}

/// A byte progress bar on stderr (hidden with --quiet).
pub(crate) struct Bar(pub(crate) indicatif::ProgressBar);

impl Bar {
    pub(crate) fn new(quiet: bool) -> Self {
        if quiet {
            return Bar(indicatif::ProgressBar::hidden());
        }
        let pb = indicatif::ProgressBar::new(0);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {bytes}/{total_bytes} ({elapsed})",
            )
            .map_or_else(
                |_| indicatif::ProgressStyle::default_bar(),
                |s| s.progress_chars("=> "),
            ),
        );
        Bar(pb)
    }
}

impl saale_ops::Progress for Bar {
    fn begin(&self, what: &str, total: u64) {
        self.0.reset();
        self.0.set_length(total);
        self.0.set_message(what.to_string());
    }
    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// Import into the project at `dir` and print what was written.
pub(crate) fn run(dir: &Path, args: &ImportArgs, out: &Out) -> Result<()> {
    let mut project = Project::open(dir)?;
    import_into(&mut project, &args.params(), out)
}

/// Import with the library and print the outcome.
pub(crate) fn import_into(project: &mut Project, params: &ImportParams, out: &Out) -> Result<()> {
    let bar = Bar::new(out.quiet || out.json);
    let imported = saale_ops::import(project, params, &bar).map_err(crate::hint)?;
    if out.json {
        return out.json(&imported);
    }
    print(project, &imported, out)
}

pub(crate) fn print(project: &Project, r: &Imported, out: &Out) -> Result<()> {
    if let Some(d) = &r.delivery {
        out.say(format!(
            "imported {} ({} file(s), {}){}:",
            d.family,
            d.files,
            d.format,
            match (&d.nba, d.update) {
                (Some(n), _) if n.history => {
                    format!(", update: {} object version(s) ended", d.removed)
                }
                (_, true) => format!(", update: {} object(s) removed or replaced", d.removed),
                _ => String::new(),
            }
        ))?;
        out.say(format!(
            "  read:     {}",
            d.report
                .read
                .iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ))?;
        for l in &r.layers {
            out.say(format!(
                "  layer {}: {} feature(s){}",
                l.name,
                l.features,
                if l.level == saale_ops::Level::Personal {
                    " (internal: personal data)"
                } else {
                    ""
                }
            ))?;
        }
        if let Some(n) = &d.nba {
            for f in &n.files {
                if f.datum.is_empty() {
                    out.say(format!("  delivery: {} (no portionskennung)", f.path))?;
                } else {
                    out.say(format!(
                        "  delivery: {} (datum {}{}{})",
                        f.path,
                        f.datum,
                        f.portion
                            .map(|p| format!(", portion {p}"))
                            .unwrap_or_default(),
                        if f.profilkennung.is_empty() {
                            String::new()
                        } else {
                            format!(", profile {}", f.profilkennung)
                        }
                    ))?;
                }
            }
            let unmatched: usize = n.unmatched.values().sum();
            out.say(format!(
                "  applied{}: {} object version(s) added, {} {}, {} operation(s) matched nothing{}",
                if n.history { " with history" } else { "" },
                n.inserted,
                n.ended,
                if n.history { "ended" } else { "removed" },
                unmatched,
                if n.unmatched_ids.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", n.unmatched_ids.join("; "))
                }
            ))?;
        }
        for (what, m) in [
            ("repaired: ", &d.report.repaired),
            ("skipped:  ", &d.report.skipped),
        ] {
            for (k, v) in m {
                out.say(format!("  {what}{v} x {k}"))?;
                say_places(out, *v, d.report.places.get(k))?;
            }
        }
        say_notes(out, &d.report.notes)?;
        return Ok(());
    }
    for l in &r.layers {
        out.say(format!(
            "imported {} {} from {} file(s) into '{}'{}",
            l.features,
            if l.table { "rows" } else { "features" },
            l.files,
            l.name,
            if l.table {
                String::new()
            } else {
                format!(" ({})", project.crs())
            }
        ))?;
        if l.invalid > 0 {
            out.say(format!(
                "  {} invalid geometr{} ({}){}",
                l.invalid,
                if l.invalid == 1 { "y" } else { "ies" },
                l.invalid_reasons
                    .iter()
                    .map(|(k, v)| format!("{v} x {k}"))
                    .collect::<Vec<_>>()
                    .join("; "),
                if l.skipped > 0 {
                    format!(", {} skipped", l.skipped)
                } else {
                    ", kept (use --skip-invalid to drop them)".to_string()
                }
            ))?;
            for e in &l.examples {
                out.say(format!("    e.g. {e}"))?;
            }
        }
        say_notes(out, &l.notes)?;
    }
    Ok(())
}

/// The first few places of a reason counted `n` times, and how many more the report holds.
fn say_places(out: &Out, n: u64, places: Option<&Vec<String>>) -> Result<()> {
    const SHOWN: usize = 3;
    let Some(places) = places.filter(|p| !p.is_empty()) else {
        return Ok(());
    };
    let shown: Vec<&str> = places.iter().take(SHOWN).map(String::as_str).collect();
    let more = n.saturating_sub(shown.len() as u64);
    out.say(format!(
        "      at {}{}",
        shown.join("; "),
        if more > 0 {
            format!(" and {more} more (all in the import report: saale info LAYER -v)")
        } else {
            String::new()
        }
    ))
}

/// Warnings and assumptions: the first few, and how many more the import report holds.
fn say_notes(out: &Out, notes: &[String]) -> Result<()> {
    const SHOWN: usize = 3;
    for n in notes.iter().take(SHOWN) {
        out.say(format!("  warning: {n}"))?;
    }
    if notes.len() > SHOWN {
        out.say(format!(
            "  ... and {} more warning(s) in the import report (saale info LAYER -v)",
            notes.len() - SHOWN
        ))?;
    }
    Ok(())
}
