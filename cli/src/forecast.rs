//! `saale forecast series|backtest|cohort`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, Subcommand};
use saale_forecast::cohort::{self, Flows, Pyramid, Rates, Scenario};
use saale_forecast::series::{self, Method, SeriesForecast};
use serde::Deserialize;

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
        let marks = saale_privacy::suppress(&cells, a.min_count, false);
        for (r, &i) in district_rows.iter().enumerate() {
            hidden[i] = marks[r]
                .iter()
                .map(|m| *m != saale_privacy::Mark::Published)
                .collect();
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

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct CohortConfig {
    base: PathBuf,
    base_year: i32,
    fertility: PathBuf,
    survival: PathBuf,
    #[serde(default)]
    infant_survival: Option<[f64; 2]>,
    #[serde(default = "srb")]
    sex_ratio_at_birth: f64,
    #[serde(default)]
    migration: Option<PathBuf>,
    #[serde(default)]
    moves: Option<PathBuf>,
    #[serde(default)]
    housing: Option<PathBuf>,
    #[serde(default = "ppd")]
    persons_per_dwelling: f64,
    #[serde(default)]
    control: Option<PathBuf>,
    #[serde(default)]
    capacities: Option<PathBuf>,
    #[serde(default)]
    demand: DemandRates,
}

fn srb() -> f64 {
    1.05
}
fn ppd() -> f64 {
    2.1
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct DemandRates {
    #[serde(default = "u3")]
    u3_rate: f64,
    #[serde(default = "o3")]
    o3_rate: f64,
    #[serde(default = "one")]
    school_rate: f64,
}

impl Default for DemandRates {
    fn default() -> Self {
        Self {
            u3_rate: u3(),
            o3_rate: o3(),
            school_rate: one(),
        }
    }
}
fn u3() -> f64 {
    0.5
}
fn o3() -> f64 {
    0.95
}
fn one() -> f64 {
    1.0
}

/// Rows of a CSV as maps by header, with the file and line for errors.
fn rows(path: &Path) -> Result<Vec<(usize, HashMap<String, String>)>> {
    let mut rd =
        csv::Reader::from_path(path).with_context(|| format!("cannot read {}", path.display()))?;
    let header: Vec<String> = rd.headers()?.iter().map(|s| s.trim().to_string()).collect();
    let mut out = Vec::new();
    for (i, r) in rd.records().enumerate() {
        let r = r.with_context(|| format!("{}: line {}", path.display(), i + 2))?;
        out.push((
            i + 2,
            header
                .iter()
                .cloned()
                .zip(r.iter().map(|s| s.trim().to_string()))
                .collect(),
        ));
    }
    Ok(out)
}

fn get<'a>(path: &Path, line: usize, r: &'a HashMap<String, String>, k: &str) -> Result<&'a str> {
    r.get(k)
        .map(String::as_str)
        .with_context(|| format!("{}: line {line}: no column '{k}'", path.display()))
}

fn num(path: &Path, line: usize, r: &HashMap<String, String>, k: &str) -> Result<f64> {
    let s = get(path, line, r, k)?;
    let v: f64 = s
        .replace(',', ".")
        .parse()
        .with_context(|| format!("{}: line {line}: {k} '{s}' is not a number", path.display()))?;
    if !v.is_finite() {
        bail!("{}: line {line}: {k} is not finite", path.display());
    }
    Ok(v)
}

fn sex(path: &Path, line: usize, s: &str) -> Result<usize> {
    match s.to_ascii_lowercase().as_str() {
        "f" | "w" | "female" | "weiblich" => Ok(cohort::FEMALE),
        "m" | "male" | "männlich" | "maennlich" => Ok(cohort::MALE),
        _ => bail!("{}: line {line}: sex '{s}' (use f or m)", path.display()),
    }
}

fn run_cohort(project: &Path, a: &CohortArgs, quiet: bool) -> Result<()> {
    let text = std::fs::read_to_string(&a.config)
        .with_context(|| format!("cannot read {}", a.config.display()))?;
    let c: CohortConfig = toml::from_str(&text)
        .with_context(|| format!("{}: invalid configuration", a.config.display()))?;
    let dir = a.config.parent().unwrap_or(Path::new("."));
    let p = |f: &PathBuf| dir.join(f);
    let sc = Scenario::named(&a.scenario)
        .with_context(|| format!("unknown scenario '{}' (main, high, low)", a.scenario))?;
    if a.until <= c.base_year {
        bail!("--until must be after the base year {}", c.base_year);
    }
    // Fertility fixes the number of ages.
    let fpath = p(&c.fertility);
    let mut fert: Vec<f64> = Vec::new();
    for (line, r) in rows(&fpath)? {
        let age = num(&fpath, line, &r, "age")? as usize;
        if age >= 130 {
            bail!(
                "{}: line {line}: age {age} is not plausible",
                fpath.display()
            );
        }
        if fert.len() <= age {
            fert.resize(age + 1, 0.0);
        }
        fert[age] = num(&fpath, line, &r, "rate")?;
    }
    let spath = p(&c.survival);
    let mut surv: Pyramid = [Vec::new(), Vec::new()];
    for (line, r) in rows(&spath)? {
        let s = sex(&spath, line, get(&spath, line, &r, "sex")?)?;
        let age = num(&spath, line, &r, "age")? as usize;
        if age >= 130 {
            bail!(
                "{}: line {line}: age {age} is not plausible",
                spath.display()
            );
        }
        if surv[s].len() <= age {
            surv[s].resize(age + 1, 1.0);
        }
        surv[s][age] = num(&spath, line, &r, "rate")?;
    }
    let n_ages = surv[0].len().max(surv[1].len()).max(fert.len());
    fert.resize(n_ages, 0.0);
    surv[0].resize(n_ages, 1.0);
    surv[1].resize(n_ages, 1.0);
    let rates = Rates {
        infant_survival: c.infant_survival.unwrap_or([surv[0][0], surv[1][0]]),
        fertility: fert,
        survival: surv,
        sex_ratio_at_birth: c.sex_ratio_at_birth,
    };
    let bpath = p(&c.base);
    let mut districts: Vec<String> = Vec::new();
    let mut base: Vec<Pyramid> = Vec::new();
    let empty = || [vec![0.0; n_ages], vec![0.0; n_ages]];
    let idx = |districts: &mut Vec<String>, base: &mut Vec<Pyramid>, d: &str| -> usize {
        districts.iter().position(|x| x == d).unwrap_or_else(|| {
            districts.push(d.to_string());
            base.push(empty());
            districts.len() - 1
        })
    };
    for (line, r) in rows(&bpath)? {
        let d = get(&bpath, line, &r, "district")?.to_string();
        let s = sex(&bpath, line, get(&bpath, line, &r, "sex")?)?;
        let age = (num(&bpath, line, &r, "age")? as usize).min(n_ages - 1);
        let v = num(&bpath, line, &r, "count")?;
        if v < 0.0 {
            bail!("{}: line {line}: negative count", bpath.display());
        }
        let i = idx(&mut districts, &mut base, &d);
        base[i][s][age] += v;
    }
    let nd = districts.len();
    let find = |path: &Path, line: usize, d: &str| -> Result<usize> {
        districts.iter().position(|x| x == d).with_context(|| {
            format!(
                "{}: line {line}: district '{d}' is not in the base population",
                path.display()
            )
        })
    };
    let mut flows = Flows {
        persons_per_dwelling: c.persons_per_dwelling,
        ..Flows::default()
    };
    if let Some(m) = &c.migration {
        let mp = p(m);
        flows.arrivals = vec![empty(); nd];
        flows.departure_rates = vec![empty(); nd];
        for (line, r) in rows(&mp)? {
            let d = find(&mp, line, get(&mp, line, &r, "district")?)?;
            let s = sex(&mp, line, get(&mp, line, &r, "sex")?)?;
            let age = (num(&mp, line, &r, "age")? as usize).min(n_ages - 1);
            flows.arrivals[d][s][age] += num(&mp, line, &r, "arrivals")?;
            flows.departure_rates[d][s][age] = num(&mp, line, &r, "departure_rate")?;
        }
    }
    if let Some(m) = &c.moves {
        let mp = p(m);
        let mut rate = vec![vec![0.0; nd]; nd];
        for (line, r) in rows(&mp)? {
            let from = find(&mp, line, get(&mp, line, &r, "from")?)?;
            let to = find(&mp, line, get(&mp, line, &r, "to")?)?;
            if from != to {
                rate[from][to] += num(&mp, line, &r, "rate")?;
            }
        }
        flows.move_rates = rate.iter().map(|r| r.iter().sum()).collect();
        flows.destinations = rate
            .iter()
            .zip(&flows.move_rates)
            .map(|(r, s)| {
                r.iter()
                    .map(|v| if *s > 0.0 { v / s } else { 0.0 })
                    .collect()
            })
            .collect();
    }
    if let Some(h) = &c.housing {
        let hp = p(h);
        flows.dwellings = vec![BTreeMap::new(); nd];
        for (line, r) in rows(&hp)? {
            let d = find(&hp, line, get(&hp, line, &r, "district")?)?;
            let y = num(&hp, line, &r, "year")? as i32;
            *flows.dwellings[d].entry(y).or_insert(0.0) += num(&hp, line, &r, "dwellings")?;
        }
        // First occupants: the age-sex structure of the city's 0-49 year olds.
        let mut prof = empty();
        for b in &base {
            for s in 0..2 {
                for age in 0..n_ages.min(50) {
                    prof[s][age] += b[s][age];
                }
            }
        }
        let t = cohort::total(&prof);
        if t > 0.0 {
            for side in &mut prof {
                side.iter_mut().for_each(|v| *v /= t);
            }
        }
        flows.occupant_profile = Some(prof);
    }
    let mut control = BTreeMap::new();
    if let Some(cp) = &c.control {
        let cp = p(cp);
        for (line, r) in rows(&cp)? {
            control.insert(
                num(&cp, line, &r, "year")? as i32,
                num(&cp, line, &r, "total")?,
            );
        }
    }
    for (d, b) in districts.iter().zip(&base) {
        let t = cohort::total(b);
        if t < 5000.0 && !quiet {
            eprintln!(
                "warning: district '{d}' has {t:.0} inhabitants; rates are unstable below 5,000"
            );
        }
    }
    let proj = cohort::project(&base, c.base_year, a.until, &rates, &flows, &sc, &control)?;
    let groups: [(&str, usize, usize); 7] = [
        ("0-2", 0, 2),
        ("3-5", 3, 5),
        ("6-9", 6, 9),
        ("10-17", 10, 17),
        ("18-64", 18, 64),
        ("65+", 65, n_ages - 1),
        ("total", 0, n_ages - 1),
    ];
    let groups: Vec<(&str, usize, usize)> = groups.into_iter().filter(|g| g.1 < n_ages).collect();
    let mut csv = String::from("district,year,sex,age_group,value\n");
    let mut n_hidden = 0;
    for (yi, y) in proj.years.iter().enumerate() {
        // Rows: district x sex; columns: the age groups (the last is the total, which the
        // others add up to).
        let cells: Vec<Vec<Option<f64>>> = districts
            .iter()
            .enumerate()
            .flat_map(|(d, _)| [cohort::FEMALE, cohort::MALE].map(|s| (d, s)))
            .map(|(d, s)| {
                let pyr = &proj.population[yi][d];
                groups
                    .iter()
                    .map(|(_, from, to)| {
                        Some(
                            pyr[s]
                                .iter()
                                .skip(*from)
                                .take(to.min(&(n_ages - 1)) + 1 - from)
                                .sum(),
                        )
                    })
                    .collect()
            })
            .collect();
        let detail: Vec<Vec<Option<f64>>> =
            cells.iter().map(|r| r[..r.len() - 1].to_vec()).collect();
        let marks = if a.min_count > 0 {
            saale_privacy::suppress(&detail, a.min_count, true)
        } else {
            detail
                .iter()
                .map(|r| vec![saale_privacy::Mark::Published; r.len()])
                .collect()
        };
        for (d, name) in districts.iter().enumerate() {
            for (si, sname) in ["f", "m"].iter().enumerate() {
                let row = d * 2 + si;
                for (gi, (g, _, _)) in groups.iter().enumerate() {
                    let v = cells[row][gi].unwrap_or(0.0);
                    let hide = if gi + 1 == groups.len() {
                        a.min_count > 0 && v > 0.0 && v < a.min_count as f64
                    } else {
                        marks[row][gi] != saale_privacy::Mark::Published
                    };
                    if hide {
                        n_hidden += 1;
                        csv.push_str(&format!("{name},{y},{sname},{g},.\n"));
                    } else {
                        csv.push_str(&format!("{name},{y},{sname},{g},{v:.3}\n"));
                    }
                }
            }
        }
    }
    crate::write_file_atomic(&a.to, &csv)?;
    if let Some(dt) = &a.demand_to {
        let mut cap: HashMap<String, (f64, f64)> = HashMap::new();
        if let (Some(spec), Some(ln), Some(key)) = (&a.facilities, &a.layer, &a.key) {
            let parts: Vec<&str> = spec.split(':').collect();
            let [fl, kf, sf] = parts.as_slice() else {
                bail!("--facilities {spec}: expected LAYER:KITA_FIELD:SCHOOL_FIELD (a field may be empty)");
            };
            let pr = saale_store::Project::open(project)?;
            let dl = pr.read_layer(ln)?;
            let fac = pr.read_layer(fl)?;
            let mut fields = Vec::new();
            for f in [kf, sf] {
                if !f.is_empty() {
                    fields.push(*f);
                }
            }
            let sums = saale_analysis::indicators::sum_by_district(&dl, &fac, fl, &fields)?;
            let ki = sums
                .schema
                .index_of(key)
                .with_context(|| format!("layer '{ln}' has no field '{key}'"))?;
            let col = |f: &str| sums.schema.index_of(&format!("sum_{f}"));
            for f in &sums.features {
                let name = match f.value(ki) {
                    saale_model::Value::String(s) => s.to_string(),
                    saale_model::Value::Int(i) => i.to_string(),
                    _ => continue,
                };
                let get_sum = |field: &str| -> f64 {
                    if field.is_empty() {
                        return 0.0;
                    }
                    col(field).and_then(|i| f.value(i).as_f64()).unwrap_or(0.0)
                };
                cap.insert(name, (get_sum(kf), get_sum(sf)));
            }
        } else if let Some(cp) = &c.capacities {
            let cp = p(cp);
            for (line, r) in rows(&cp)? {
                cap.insert(
                    get(&cp, line, &r, "district")?.to_string(),
                    (num(&cp, line, &r, "kita")?, num(&cp, line, &r, "school")?),
                );
            }
        }
        let mut out = String::from("district,year,kita_needed,kita_capacity,kita_shortfall,school_needed,school_capacity,school_shortfall\n");
        for (yi, y) in proj.years.iter().enumerate() {
            for (d, name) in districts.iter().enumerate() {
                let (k, s) = cohort::demand(
                    &proj.population[yi][d],
                    c.demand.u3_rate,
                    c.demand.o3_rate,
                    c.demand.school_rate,
                );
                let (kc, sc) = cap.get(name).copied().unwrap_or((0.0, 0.0));
                out.push_str(&format!(
                    "{name},{y},{k:.1},{kc},{:.1},{s:.1},{sc},{:.1}\n",
                    (k - kc).max(0.0),
                    (s - sc).max(0.0)
                ));
            }
        }
        crate::write_file_atomic(dt, &out)?;
    }
    if let (Some(ln), Some(key), Some(out)) = (&a.layer, &a.key, &a.out) {
        let mut p = saale_store::Project::open(project)?;
        let mut l = p.read_layer(ln)?;
        let ki = l
            .schema
            .index_of(key)
            .with_context(|| format!("layer '{ln}' has no field '{key}'"))?;
        let cols: Vec<(String, usize)> = proj
            .years
            .iter()
            .map(|y| {
                let n = format!("pop_{y}");
                let i = l.schema.observe(&n, Some(saale_model::FieldType::Float));
                (n, i)
            })
            .collect();
        let mut matched = 0;
        for f in &mut l.features {
            let name = match f.value(ki) {
                saale_model::Value::String(s) => s.to_string(),
                saale_model::Value::Int(i) => i.to_string(),
                _ => continue,
            };
            let Some(d) = districts.iter().position(|x| *x == name) else {
                continue;
            };
            matched += 1;
            for (yi, (_, ci)) in cols.iter().enumerate() {
                if f.values.len() <= *ci {
                    f.values.resize(ci + 1, saale_model::Value::Null);
                }
                f.values[*ci] = saale_model::Value::Float(cohort::total(&proj.population[yi][d]));
            }
        }
        if matched == 0 {
            bail!("no feature of '{ln}' has a {key} that is a district of the base population");
        }
        let src = p.entry(ln)?.clone();
        let mut e = saale_store::LayerEntry::new(saale_store::LayerKind::Vector);
        e.licence = src.licence.clone();
        e.attribution = src.attribution.clone();
        e.public = src.public;
        e.personal = src.personal;
        e.sources = src.sources.clone();
        e.source_crs = src.source_crs.clone();
        e.counts = cols.iter().map(|(n, _)| n.clone()).collect();
        e.provenance = format!(
            "{} [inputs: {ln}; cohort-component projection, scenario {}]",
            std::env::args().collect::<Vec<_>>().join(" "),
            a.scenario
        );
        p.write_layer(out, &l, e, false)?;
        crate::say(
            quiet,
            format!(
                "wrote layer '{out}' ({matched} districts, pop_{}..pop_{})",
                c.base_year, a.until
            ),
        );
    }
    let t0: f64 = base.iter().map(cohort::total).sum();
    let t1: f64 = proj
        .population
        .last()
        .map_or(0.0, |p| p.iter().map(cohort::total).sum());
    crate::say(
        quiet,
        format!(
            "projected {nd} districts from {} to {} ({} scenario): {t0:.0} -> {t1:.0} inhabitants{}{}",
            c.base_year,
            a.until,
            a.scenario,
            if proj.clamped > 0 { format!("; {} counts below zero set to zero", proj.clamped) } else { String::new() },
            if n_hidden > 0 { format!("; {n_hidden} cells below {} (or protecting one) written as \".\"", a.min_count) } else { String::new() }
        ),
    );
    Ok(())
}
