//! `saale forecast series|backtest|cohort`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, Subcommand};
use saale_forecast::cohort::{Config, Scenario};
use saale_forecast::series::{self, Method, SeriesForecast};

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

impl SeriesInput {
    /// Read the table; `--total-id` must name one of its series.
    fn read(&self) -> Result<series::Table> {
        let t = series::read_table(&self.series, &self.id_column)?;
        if let Some(tid) = &self.total_id {
            if !t.values.contains_key(tid) {
                bail!("--total-id {tid}: no series with that id");
            }
        }
        Ok(t)
    }
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
pub(crate) fn run(project: &Path, f: &Forecast, quiet: bool) -> Result<()> {
    match f {
        Forecast::Series(a) => run_series(a, quiet),
        Forecast::Backtest(a) => run_backtest(a, quiet),
        Forecast::Cohort(a) => run_cohort(project, a, quiet),
    }
}

fn run_series(a: &SeriesArgs, quiet: bool) -> Result<()> {
    let t = a.input.read()?;
    let fixed = match a.method.as_str() {
        "auto" => None,
        m => Some(
            Method::parse(m)
                .with_context(|| format!("unknown method '{m}' (auto, naive, linear, damped)"))?,
        ),
    };
    let mut out = series::forecast_all(&t, a.until, fixed).map_err(with_flags)?;
    if out.is_empty() {
        bail!(
            "{}: no series has values (column '{}' and year columns like 2016 or 31.12.2016 are needed)",
            a.input.series.display(),
            a.input.id_column
        );
    }
    let mut chosen: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &out {
        *chosen.entry(f.method.name()).or_insert(0) += 1;
    }
    // Reconcile the districts to the city, or add the city as their sum.
    let reconciled = match &a.input.total_id {
        Some(tid) => {
            series::reconcile_to_total(&mut out, tid)
                .map_err(|_| anyhow!("--total-id {tid}: that series has no values"))?;
            true
        }
        None => {
            let points = series::sum(&out);
            out.push(SeriesForecast {
                id: "total".into(),
                points,
                method: Method::Naive,
            });
            false
        }
    };
    // Disclosure control per year over the districts (the city total is published).
    let city_id = a
        .input
        .total_id
        .clone()
        .unwrap_or_else(|| "total".to_string());
    let district_rows: Vec<usize> = (0..out.len()).filter(|&i| out[i].id != city_id).collect();
    let horizon = out.first().map_or(0, |o| o.points.len());
    let mut hidden = vec![vec![false; horizon]; out.len()];
    if a.min_count > 0 {
        // Rows: districts, columns: years; each year's column is a group with a published
        // total (the city).
        let cells: Vec<Vec<Option<f64>>> = district_rows
            .iter()
            .map(|&i| out[i].points.iter().map(|p| Some(p.value)).collect())
            .collect();
        let sup = saale_privacy::suppress(&cells, a.min_count, false);
        for (r, &i) in district_rows.iter().enumerate() {
            hidden[i] = sup.cells[r]
                .iter()
                .map(|m| *m != saale_privacy::Mark::Published)
                .collect();
        }
        // A year whose districts cannot protect a hidden cell withholds the city total too.
        for i in (0..out.len()).filter(|i| !district_rows.contains(i)) {
            for (k, h) in hidden[i].iter_mut().enumerate() {
                *h |= !sup.column_total_published(k);
            }
        }
    }
    let n_hidden: usize = hidden.iter().flatten().filter(|h| **h).count();
    let mut csv = String::from("id,year,value,lower,upper,method\n");
    for (i, f) in out.iter().enumerate() {
        let id = &f.id;
        let name = if a.input.total_id.is_none() && id == "total" {
            "sum of districts"
        } else {
            f.method.name()
        };
        for (k, p) in f.points.iter().enumerate() {
            if hidden[i][k] {
                csv.push_str(&format!("{id},{},.,.,.,{name}\n", p.year));
                continue;
            }
            csv.push_str(&format!(
                "{id},{},{:.3},{:.3},{:.3},{name}\n",
                p.year, p.value, p.lower, p.upper
            ));
        }
    }
    crate::write_file_atomic(&a.to, &csv)?;
    crate::say(
        quiet,
        format!(
            "forecast {} series to {}{}: {}",
            out.len(),
            a.until,
            if reconciled {
                " (districts reconciled to the city total)"
            } else {
                ""
            },
            chosen
                .iter()
                .map(|(m, n)| format!("{m} for {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    if n_hidden > 0 {
        crate::say(
            quiet,
            format!(
                "{n_hidden} forecast cells below {} (or protecting one) written as \".\"",
                a.min_count
            ),
        );
    }
    if fixed.is_none() {
        crate::say(quiet, "method auto: for each series the method with the smallest backtest MAPE over its last (up to 3) years");
    }
    Ok(())
}

fn run_backtest(a: &BacktestArgs, quiet: bool) -> Result<()> {
    let mut t = a.input.read()?;
    let city = match &a.input.total_id {
        Some(tid) => tid.clone(),
        None => {
            let mut sum: BTreeMap<i32, f64> = BTreeMap::new();
            for row in t.values.values() {
                for (y, v) in row {
                    *sum.entry(*y).or_insert(0.0) += v;
                }
            }
            t.ids.push("total".into());
            t.values.insert("total".into(), sum);
            "total".to_string()
        }
    };
    let mut csv = String::from("id,method,mape\n");
    let mut per_method: HashMap<Method, Vec<f64>> = HashMap::new();
    let mut city_mape: Vec<(Method, Option<f64>)> = Vec::new();
    let mut skipped = Vec::new();
    for id in &t.ids {
        let bt = series::backtest(&t, id, a.fit_until);
        if bt.iter().all(|(_, e)| e.is_none()) {
            skipped.push(id.clone());
            continue;
        }
        for (m, e) in &bt {
            match e {
                Some(e) => {
                    csv.push_str(&format!("{id},{},{e:.4}\n", m.name()));
                    if *id != city {
                        per_method.entry(*m).or_default().push(*e);
                    }
                }
                None => csv.push_str(&format!("{id},{},\n", m.name())),
            }
        }
        if *id == city {
            city_mape = bt;
        }
    }
    crate::write_file_atomic(&a.to, &csv)?;
    if !quiet {
        println!(
            "backtest: fit until {}, forecast the later years with data",
            a.fit_until
        );
        println!(
            "{:<8} {:>12} {:>22}",
            "method", "city MAPE", "median district MAPE"
        );
        for m in Method::ALL {
            let mut v = per_method.get(&m).cloned().unwrap_or_default();
            v.sort_by(f64::total_cmp);
            let med = v.get(v.len() / 2).copied();
            let c = city_mape.iter().find(|(x, _)| *x == m).and_then(|x| x.1);
            println!(
                "{:<8} {:>11} {:>21}",
                m.name(),
                c.map_or("-".into(), |e| format!("{e:.2} %")),
                med.map_or("-".into(), |e| format!("{e:.2} %"))
            );
        }
        if let Some((m, _)) = city_mape
            .iter()
            .filter_map(|(m, e)| e.map(|e| (m, e)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
        {
            println!(
                "auto picks {} for the city (smallest backtest MAPE)",
                m.name()
            );
        }
        if !skipped.is_empty() {
            println!(
                "not evaluated (no data or only zeros in the held-back years): {}",
                skipped.join(", ")
            );
        }
    }
    Ok(())
}

/// `saale forecast cohort`: the library loads the configuration and projects; here the
/// project's parts (facility capacities, the `pop_YEAR` layer) and the files.
fn run_cohort(project: &Path, a: &CohortArgs, quiet: bool) -> Result<()> {
    let sc = Scenario::named(&a.scenario)
        .with_context(|| format!("unknown scenario '{}' (main, high, low)", a.scenario))?;
    let mut c = Config::load(&a.config)?;
    if a.demand_to.is_some() {
        if let (Some(spec), Some(ln), Some(key)) = (&a.facilities, &a.layer, &a.key) {
            let p = saale_store::Project::open(project)?;
            c.capacities = Some(
                saale_ops::forecast::facility_capacities(&p, spec, ln, key)
                    .map_err(|e| anyhow::anyhow!("--facilities {spec}: {e}"))?,
            );
        }
    }
    let out = c.project(&sc, a.until, a.min_count).map_err(with_flags)?;
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
    if let Some(dt) = &a.demand_to {
        crate::write_file_atomic(dt, &out.demand_csv())?;
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
