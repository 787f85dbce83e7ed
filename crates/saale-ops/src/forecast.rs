//! The project's side of the cohort-component projection: facility capacities summed per
//! district from layers, and the `pop_YEAR` layer of the projected district totals. The
//! projection itself is `saale_forecast::cohort`, which works on tables.

use saale_forecast::cohort::{Capacities, Capacity};
use saale_store::Project;

use crate::{Error, Result};

fn no_field(layer: &str, field: &str) -> Error {
    Error::Invalid(format!("layer '{layer}' has no field '{field}'"))
}

/// Kita and school places per district from `--facilities LAYER:KITA_FIELD:SCHOOL_FIELD`: the
/// fields summed over the facilities in each district of `districts`, named by `key`.
///
/// # Errors
/// [`Error::Invalid`] for a malformed `spec`; unknown layers or fields.
pub fn facility_capacities(
    pr: &Project,
    spec: &str,
    districts: &str,
    key: &str,
) -> Result<Capacities> {
    let parts: Vec<&str> = spec.split(':').collect();
    let [fl, kf, sf] = parts.as_slice() else {
        return Err(Error::Invalid(
            "expected LAYER:KITA_FIELD:SCHOOL_FIELD (a field may be empty)".into(),
        ));
    };
    let dl = pr.read_layer(districts)?;
    let fac = pr.read_layer(fl)?;
    let fields: Vec<&str> = [*kf, *sf].into_iter().filter(|f| !f.is_empty()).collect();
    let sums = saale_analysis::indicators::sum_by_district(&dl, &fac, fl, &fields)?;
    let ki = sums
        .schema
        .index_of(key)
        .ok_or_else(|| no_field(districts, key))?;
    let col = |f: &str| sums.schema.index_of(&format!("sum_{f}"));
    let mut cap = Capacities::new();
    for f in &sums.features {
        let Some(name) = district_name(f.value(ki)) else {
            continue;
        };
        let sum = |field: &str| -> f64 {
            if field.is_empty() {
                return 0.0;
            }
            col(field).and_then(|i| f.value(i).as_f64()).unwrap_or(0.0)
        };
        cap.insert(
            name,
            Capacity {
                kita: sum(kf),
                school: sum(sf),
            },
        );
    }
    Ok(cap)
}

/// A district key as text (string or integer field).
fn district_name(v: &saale_model::Value) -> Option<String> {
    match v {
        saale_model::Value::String(s) => Some(s.to_string()),
        saale_model::Value::Int(i) => Some(i.to_string()),
        _ => None,
    }
}

/// Write layer `name`: `districts` with one column `pop_YEAR` per year of the projection,
/// matched by `key`. Returns the number of matched districts.
///
/// # Errors
/// [`Error::Invalid`] when no district matches; store errors.
pub fn write_totals_layer(
    p: &mut Project,
    districts: &str,
    key: &str,
    name: &str,
    out: &saale_forecast::cohort::Outcome,
    scenario: &str,
) -> Result<usize> {
    let mut l = p.read_layer(districts)?;
    let ki = l
        .schema
        .index_of(key)
        .ok_or_else(|| no_field(districts, key))?;
    let cols: Vec<(String, usize)> = out
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
        let Some(totals) = district_name(f.value(ki)).and_then(|d| out.district_totals(&d)) else {
            continue;
        };
        matched += 1;
        for ((_, ci), t) in cols.iter().zip(totals) {
            if f.values.len() <= *ci {
                f.values.resize(ci + 1, saale_model::Value::Null);
            }
            f.values[*ci] = saale_model::Value::Float(t);
        }
    }
    if matched == 0 {
        return Err(Error::Invalid(format!(
            "no feature of '{districts}' has a {key} that is a district of the base population"
        )));
    }
    let src = p.entry(districts)?.clone();
    let mut e = saale_store::LayerEntry::new(saale_store::LayerKind::Vector);
    e.licence = src.licence.clone();
    e.attribution = src.attribution.clone();
    let fields: Vec<String> = l.schema.fields().iter().map(|f| f.name.clone()).collect();
    let pops: Vec<&str> = cols.iter().map(|(n, _)| n.as_str()).collect();
    // The district layer's marks carry over; the population columns are counts of persons.
    e.access = saale_privacy::Access::derive(&[&src.access], &fields, &pops);
    e.sources = src.sources.clone();
    e.source_crs = src.source_crs.clone();
    e.provenance = saale_store::Provenance {
        inputs: vec![saale_store::InputVersion {
            layer: districts.to_string(),
            file: src.file.clone(),
        }],
        saale_version: env!("CARGO_PKG_VERSION").to_string(),
        note: format!("cohort-component projection, scenario {scenario}"),
        ..saale_store::Provenance::default()
    };
    p.write_layer(name, &l, e, false)?;
    Ok(matched)
}

/// A table of annual series (`saale forecast series` and `backtest`).
#[derive(Debug, Clone)]
pub struct SeriesInput {
    /// CSV: wide (one column per date, e.g. `31.12.2006`) or long (id, year, value).
    pub series: std::path::PathBuf,
    /// Column with the series ids.
    pub id_column: String,
    /// Id of the city total (districts are reconciled to its forecast; `None`: the sum of all
    /// series is the city).
    pub total_id: Option<String>,
}

impl SeriesInput {
    fn read(&self) -> Result<series::Table> {
        let t = series::read_table(&self.series, &self.id_column)?;
        if let Some(tid) = &self.total_id {
            if !t.values.contains_key(tid) {
                return Err(Error::Invalid(format!(
                    "the city total '{tid}' is not a series of {}",
                    self.series.display()
                )));
            }
        }
        Ok(t)
    }
}

use saale_forecast::series::{self, Method, SeriesForecast};
use std::collections::{BTreeMap, HashMap};

/// A forecast of every series of a table to a CSV file.
#[derive(Debug, Clone)]
pub struct SeriesParams {
    /// The table.
    pub input: SeriesInput,
    /// Last year to forecast.
    pub until: i32,
    /// The method for every series (`None`: per series the one with the smallest backtest
    /// error).
    pub method: Option<Method>,
    /// Disclosure control: forecasts below this are withheld (with partner cells so that the
    /// city total does not give them away); 0 turns it off for series that do not count
    /// people.
    pub min_count: u64,
    /// The CSV written: id, year, value, lower, upper, method.
    pub to: std::path::PathBuf,
}

/// What [`series`] wrote.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SeriesWritten {
    /// Series forecast (the city included).
    pub series: usize,
    /// How often each method was chosen.
    pub methods: BTreeMap<String, usize>,
    /// Whether the districts were reconciled to a given city total (otherwise the city is
    /// their sum).
    pub reconciled: bool,
    /// Cells withheld by disclosure control (written as `.`).
    pub withheld: usize,
}

/// Forecast every series of a table with 95 % intervals, reconcile the districts to the city
/// (or add the city as their sum), withhold small forecasts and the cells that would give
/// them away, and write the CSV (0644).
///
/// # Errors
/// The table cannot be read or has no values; the horizon is not after the data.
pub fn series(a: &SeriesParams) -> Result<SeriesWritten> {
    let t = a.input.read()?;
    let mut out = series::forecast_all(&t, a.until, a.method)?;
    if out.is_empty() {
        return Err(Error::Invalid(format!(
            "{}: no series has values (column '{}' and year columns like 2016 or 31.12.2016 are needed)",
            a.input.series.display(),
            a.input.id_column
        )));
    }
    let mut methods: BTreeMap<String, usize> = BTreeMap::new();
    for f in &out {
        *methods.entry(f.method.name().to_string()).or_insert(0) += 1;
    }
    let reconciled = match &a.input.total_id {
        Some(tid) => {
            series::reconcile_to_total(&mut out, tid)?;
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
    let city_id = a.input.total_id.as_deref().unwrap_or("total");
    let district_rows: Vec<usize> = (0..out.len()).filter(|&i| out[i].id != city_id).collect();
    let horizon = out.first().map_or(0, |o| o.points.len());
    let mut hidden = vec![vec![false; horizon]; out.len()];
    if a.min_count > 0 {
        // Rows: districts, columns: years; each year's column is a group whose total (the
        // city) is published.
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
    let withheld: usize = hidden.iter().flatten().filter(|h| **h).count();
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
            } else {
                csv.push_str(&format!(
                    "{id},{},{:.3},{:.3},{:.3},{name}\n",
                    p.year, p.value, p.lower, p.upper
                ));
            }
        }
    }
    crate::report::write_shared(&a.to, &csv)?;
    Ok(SeriesWritten {
        series: out.len(),
        methods,
        reconciled,
        withheld,
    })
}

/// A backtest of every method on every series of a table, to a CSV file.
#[derive(Debug, Clone)]
pub struct BacktestParams {
    /// The table.
    pub input: SeriesInput,
    /// Last year used for fitting; later years are forecast and compared.
    pub fit_until: i32,
    /// The CSV written: id, method, mape.
    pub to: std::path::PathBuf,
}

/// What [`backtest`] found, per method.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MethodError {
    /// The method.
    pub method: String,
    /// Its MAPE (%) for the city.
    pub city_mape: Option<f64>,
    /// The median of its MAPE (%) over the districts.
    pub median_district_mape: Option<f64>,
}

/// What [`backtest`] wrote.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BacktestWritten {
    /// Per method.
    pub methods: Vec<MethodError>,
    /// The method with the smallest city MAPE (the one `auto` picks for the city).
    pub best_for_city: Option<String>,
    /// Series without data (or only zeros) in the held-back years.
    pub not_evaluated: Vec<String>,
}

/// Fit every method on the years up to `fit_until`, forecast the later years with data and
/// write the MAPE per series and method.
///
/// # Errors
/// The table cannot be read; the file cannot be written.
pub fn backtest(a: &BacktestParams) -> Result<BacktestWritten> {
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
    let mut not_evaluated = Vec::new();
    for id in &t.ids {
        let bt = series::backtest(&t, id, a.fit_until);
        if bt.iter().all(|(_, e)| e.is_none()) {
            not_evaluated.push(id.clone());
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
    crate::report::write_shared(&a.to, &csv)?;
    let methods = Method::ALL
        .iter()
        .map(|m| {
            let mut v = per_method.get(m).cloned().unwrap_or_default();
            v.sort_by(f64::total_cmp);
            MethodError {
                method: m.name().to_string(),
                city_mape: city_mape.iter().find(|(x, _)| x == m).and_then(|x| x.1),
                median_district_mape: v.get(v.len() / 2).copied(),
            }
        })
        .collect();
    let best_for_city = city_mape
        .iter()
        .filter_map(|(m, e)| e.map(|e| (m, e)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(m, _)| m.name().to_string());
    Ok(BacktestWritten {
        methods,
        best_for_city,
        not_evaluated,
    })
}

/// What `saale forecast cohort` projects.
#[derive(Debug, Clone)]
pub struct CohortParams {
    /// The TOML configuration.
    pub config: std::path::PathBuf,
    /// Last year (start-of-year population).
    pub until: i32,
    /// `main`, `high` or `low`.
    pub scenario: String,
    /// Disclosure control threshold of the population table (0: off).
    pub min_count: u64,
    /// Capacities from facilities of the project instead of the configuration's table:
    /// (`LAYER:KITA_FIELD:SCHOOL_FIELD`, district layer, its key field).
    pub facilities: Option<(String, String, String)>,
}

/// Load the configuration and project it (capacities from the project's facilities when
/// asked). Returns the configuration (its files and small districts) and the projection.
///
/// # Errors
/// [`Error::Invalid`] for an unknown scenario or facilities without a project; the
/// configuration's and the projection's errors.
pub fn cohort(
    project: Option<&Project>,
    a: &CohortParams,
) -> Result<(
    saale_forecast::cohort::Config,
    saale_forecast::cohort::Outcome,
)> {
    let sc = saale_forecast::cohort::Scenario::named(&a.scenario).ok_or_else(|| {
        Error::Invalid(format!(
            "unknown scenario '{}' (main, high, low)",
            a.scenario
        ))
    })?;
    let mut c = saale_forecast::cohort::Config::load(&a.config)?;
    if let Some((spec, layer, key)) = &a.facilities {
        let p = project.ok_or_else(|| {
            Error::Invalid("capacities from facilities need the project (-p)".into())
        })?;
        c.capacities = Some(
            facility_capacities(p, spec, layer, key)
                .map_err(|e| Error::Invalid(format!("--facilities {spec}: {e}")))?,
        );
    }
    let out = c.project(&sc, a.until, a.min_count)?;
    Ok((c, out))
}
