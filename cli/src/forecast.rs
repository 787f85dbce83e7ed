//! `saale forecast series|backtest|cohort`.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};
use clap::{Args, Subcommand};
use saale_forecast::series::Method;

/// The forecasts.
#[derive(Subcommand, Debug)]
pub(crate) enum Forecast {
    /// Forecast annual series (e.g. households per district) with 95 % intervals; districts are
    /// reconciled to the city forecast. OUT has id, year, value, lower, upper, method.
    Series(SeriesArgs),
    /// Fit on the early years, forecast the held-back later years, and report the MAPE of
    /// every method per series and for the city (OUT has id, method, mape).
    Backtest(BacktestArgs),
    /// Cohort-component projection per district from a TOML configuration (see docs/USAGE.md),
    /// with Kita and school demand.
    Cohort(CohortArgs),
}

/// The series table of `forecast series` and `forecast backtest`.
#[derive(Args, Debug)]
pub(crate) struct SeriesInput {
    /// CSV: wide (one column per date, e.g. 31.12.2006) or long (id, year, value).
    #[arg(long)]
    pub series: PathBuf,
    /// Column with the series ids.
    #[arg(long)]
    pub id_column: String,
    /// Id of the city total (districts are reconciled to its forecast; default: the sum of
    /// all series is the city).
    #[arg(long)]
    pub total_id: Option<String>,
}

/// Arguments of `saale forecast series`.
#[derive(Args, Debug)]
pub(crate) struct SeriesArgs {
    #[command(flatten)]
    pub input: SeriesInput,
    /// Last year to forecast.
    #[arg(long)]
    pub until: i32,
    /// auto (by backtest error), naive, linear or damped.
    #[arg(long, default_value = "auto")]
    pub method: String,
    /// Disclosure control: forecasts of persons or households below this are written as "."
    /// (with a second cell per year so that the city total does not give them away; 0 turns
    /// it off for series that are not counts of people).
    #[arg(long, default_value_t = 3)]
    pub min_count: u64,
    /// Output CSV.
    #[arg(long)]
    pub to: PathBuf,
}

/// Arguments of `saale forecast backtest`.
#[derive(Args, Debug)]
pub(crate) struct BacktestArgs {
    #[command(flatten)]
    pub input: SeriesInput,
    /// Last year used for fitting; later years are forecast and compared.
    #[arg(long)]
    pub fit_until: i32,
    /// Output CSV.
    #[arg(long)]
    pub to: PathBuf,
}

/// Arguments of `saale forecast cohort`.
#[derive(Args, Debug)]
pub(crate) struct CohortArgs {
    /// TOML configuration (base population, rates, flows, demand).
    #[arg(long)]
    pub config: PathBuf,
    /// Last year (start-of-year population).
    #[arg(long)]
    pub until: i32,
    /// main, high or low.
    #[arg(long, default_value = "main")]
    pub scenario: String,
    /// Output CSV: district, year, sex, age_group, value.
    #[arg(long)]
    pub to: PathBuf,
    /// Kita and school demand against capacities: district, year, needed, capacity, shortfall.
    #[arg(long)]
    pub demand_to: Option<PathBuf>,
    /// Capacities from facilities in the project (`-p`): LAYER:KITA_FIELD:SCHOOL_FIELD (e.g.
    /// kitas:places:) summed per district of --layer by the district holding each facility;
    /// used instead of the configuration's `capacities` file.
    #[arg(long, requires_all = ["layer", "key"])]
    pub facilities: Option<String>,
    /// Disclosure control: projected persons per district, sex and age group below this are
    /// written as "." (with partner cells, so that totals do not give them away); 0 turns it off.
    #[arg(long, default_value_t = 3)]
    pub min_count: u64,
    /// Also write the totals per district and year onto this district layer of the project
    /// (`-p`), one column `pop_YEAR` per year, matched by --key; for maps, tiles and reports.
    #[arg(long, requires_all = ["key", "out"])]
    pub layer: Option<String>,
    /// Field of --layer that holds the district names of the base population.
    #[arg(long)]
    pub key: Option<String>,
    /// Name of the new layer.
    #[arg(long)]
    pub out: Option<String>,
}

/// A library error with the flag the user can change where one is to blame.
fn with_flags(e: saale_forecast::Error) -> anyhow::Error {
    match e {
        saale_forecast::Error::UntilNotAfterData { id, until, last } => {
            anyhow!("--until {until} is not after the last year with data ({last}) of '{id}'")
        }
        saale_forecast::Error::UntilNotAfterBase { until, base_year } => {
            anyhow!("--until {until} must be after the base year {base_year}")
        }
        e => e.into(),
    }
}

/// `saale forecast`.
pub(crate) fn run(project: &Path, f: &Forecast, out: &crate::Out) -> Result<()> {
    // With --json the summary is printed as JSON and nothing else.
    let quiet = out.quiet || out.json;
    match f {
        Forecast::Series(a) => run_series(project, a, quiet, out),
        Forecast::Backtest(a) => run_backtest(project, a, quiet, out),
        Forecast::Cohort(a) => run_cohort(project, a, quiet, out),
    }
}

impl SeriesInput {
    /// The library's parameters.
    fn params(&self) -> saale_ops::forecast::SeriesInput {
        saale_ops::forecast::SeriesInput {
            series: self.series.clone(),
            id_column: self.id_column.clone(),
            total_id: self.total_id.clone(),
        }
    }
}

/// A library error with the flag the user can change where one is to blame.
fn ops_flags(e: saale_ops::Error) -> anyhow::Error {
    match e {
        saale_ops::Error::Forecast(e) => with_flags(e),
        e => crate::hint(e),
    }
}

/// Record a forecast file in the catalog of the project at `-p`, when there is one there, so
/// that `status` calls it outdated and `refresh` writes it again when its tables change.
fn record(
    project: &Path,
    to: &Path,
    step: impl FnOnce(&saale_store::Project) -> saale_ops::outputs::OutputStep,
) -> Result<()> {
    if let Ok(mut p) = saale_store::Project::open(project) {
        let step = step(&p);
        saale_ops::outputs::record(&mut p, to, &step).map_err(crate::hint)?;
    }
    Ok(())
}

fn run_series(project: &Path, a: &SeriesArgs, quiet: bool, out: &crate::Out) -> Result<()> {
    let method = match a.method.as_str() {
        "auto" => None,
        m => Some(
            Method::parse(m)
                .with_context(|| format!("unknown method '{m}' (auto, naive, linear, damped)"))?,
        ),
    };
    let params = saale_ops::forecast::SeriesParams {
        input: a.input.params(),
        until: a.until,
        method,
        min_count: a.min_count,
        to: a.to.clone(),
    };
    let w = saale_ops::forecast::series(&params).map_err(ops_flags)?;
    record(project, &a.to, |p| {
        saale_ops::outputs::OutputStep::of_series(p, &params)
    })?;
    if out.json {
        return out.json(&w);
    }
    crate::say(
        quiet,
        format!(
            "forecast {} series to {}{}: {}",
            w.series,
            a.until,
            if w.reconciled {
                " (districts reconciled to the city total)"
            } else {
                ""
            },
            w.methods
                .iter()
                .map(|(m, n)| format!("{m} for {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    if w.withheld > 0 {
        crate::say(
            quiet,
            format!(
                "{} forecast cells below {} (or protecting one) written as \".\"",
                w.withheld, a.min_count
            ),
        );
    }
    if method.is_none() {
        crate::say(quiet, "method auto: for each series the method with the smallest backtest MAPE over its last (up to 3) years");
    }
    Ok(())
}

fn run_backtest(project: &Path, a: &BacktestArgs, quiet: bool, out: &crate::Out) -> Result<()> {
    let params = saale_ops::forecast::BacktestParams {
        input: a.input.params(),
        fit_until: a.fit_until,
        to: a.to.clone(),
    };
    let w = saale_ops::forecast::backtest(&params).map_err(ops_flags)?;
    record(project, &a.to, |p| {
        saale_ops::outputs::OutputStep::of_backtest(p, &params)
    })?;
    if out.json {
        return out.json(&w);
    }
    if quiet {
        return Ok(());
    }
    println!(
        "backtest: fit until {}, forecast the later years with data",
        a.fit_until
    );
    println!(
        "{:<8} {:>12} {:>22}",
        "method", "city MAPE", "median district MAPE"
    );
    let pct = |e: Option<f64>| e.map_or("-".into(), |e| format!("{e:.2} %"));
    for m in &w.methods {
        println!(
            "{:<8} {:>11} {:>21}",
            m.method,
            pct(m.city_mape),
            pct(m.median_district_mape)
        );
    }
    if let Some(m) = &w.best_for_city {
        println!("auto picks {m} for the city (smallest backtest MAPE)");
    }
    if !w.not_evaluated.is_empty() {
        println!(
            "not evaluated (no data or only zeros in the held-back years): {}",
            w.not_evaluated.join(", ")
        );
    }
    Ok(())
}

/// `saale forecast cohort`: the library loads the configuration and projects; here the
/// project's parts (facility capacities, the `pop_YEAR` layer) and the files.
fn run_cohort(project: &Path, a: &CohortArgs, quiet: bool, out_: &crate::Out) -> Result<()> {
    let params = saale_ops::forecast::CohortParams {
        config: a.config.clone(),
        until: a.until,
        scenario: a.scenario.clone(),
        min_count: a.min_count,
        facilities: match (&a.demand_to, &a.facilities, &a.layer, &a.key) {
            (Some(_), Some(spec), Some(ln), Some(key)) => {
                Some((spec.clone(), ln.clone(), key.clone()))
            }
            _ => None,
        },
    };
    let opened = saale_store::Project::open(project).ok();
    let (c, out) = saale_ops::forecast::cohort(opened.as_ref(), &params).map_err(ops_flags)?;
    let small = c.small_districts();
    if !small.is_empty() && !quiet {
        eprintln!(
            "warning: {} district{} under {:.0} inhabitants, where rates are unstable: {}",
            small.len(),
            if small.len() == 1 { "" } else { "s" },
            saale_forecast::cohort::UNSTABLE_BELOW,
            small
                .iter()
                .map(|(d, t)| format!("{d} ({t:.0})"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    crate::write_file_atomic(&a.to, &out.population_csv())?;
    record(project, &a.to, |p| {
        saale_ops::outputs::OutputStep::of_cohort(p, &params, "population")
    })?;
    if let Some(dt) = &a.demand_to {
        crate::write_file_atomic(dt, &out.demand_csv())?;
        record(project, dt, |p| {
            saale_ops::outputs::OutputStep::of_cohort(p, &params, "demand")
        })?;
    }
    if let (Some(ln), Some(key), Some(name)) = (&a.layer, &a.key, &a.out) {
        let mut p = saale_store::Project::open(project)?;
        let matched =
            saale_ops::forecast::write_totals_layer(&mut p, ln, key, name, &out, &a.scenario)
                .map_err(crate::hint)?;
        crate::say(
            quiet,
            format!(
                "wrote layer '{name}' ({matched} districts, pop_{}..pop_{})",
                c.base_year, a.until
            ),
        );
    }
    let totals = out.city_totals();
    let (t0, t1) = (
        totals.first().copied().unwrap_or(0.0),
        totals.last().copied().unwrap_or(0.0),
    );
    let n_hidden = out.withheld();
    if out_.json {
        return out_.json(&serde_json::json!({
            "verb": "forecast-cohort",
            "written": a.to,
            "demand": a.demand_to,
            "layer": a.out,
            "districts": out.districts.len(),
            "base_year": c.base_year,
            "until": a.until,
            "scenario": a.scenario,
            "city_total_first": t0,
            "city_total_last": t1,
            "withheld": n_hidden,
            "clamped": out.projection.clamped,
            "small_districts": small.iter().map(|(d, _)| d.to_string()).collect::<Vec<_>>(),
        }));
    }
    crate::say(
        quiet,
        format!(
            "projected {} districts from {} to {} ({} scenario): {t0:.0} -> {t1:.0} inhabitants{}{}",
            out.districts.len(),
            c.base_year,
            a.until,
            a.scenario,
            if out.projection.clamped > 0 { format!("; {} counts below zero set to zero", out.projection.clamped) } else { String::new() },
            if n_hidden > 0 { format!("; {n_hidden} cells below {} (or protecting one) written as \".\"", a.min_count) } else { String::new() }
        ),
    );
    Ok(())
}
