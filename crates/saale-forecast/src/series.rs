//! Forecasts of annual series without age structure (e.g. private households per district):
//! naive (last value), linear trend and damped trend (Holt's additive damped exponential
//! smoothing), each with 95 % prediction intervals; top-down reconciliation so that the
//! districts add up to the city forecast; backtests with MAPE.
//!
//! A whole table, as `saale forecast series` does it:
//!
//! ```rust
//! # fn main() -> Result<(), saale_forecast::Error> {
//! use saale_forecast::series::{self, Table};
//!
//! let mut t = Table::default();
//! for (id, values) in [("city", [100.0, 110.0, 120.0]), ("a", [40.0, 45.0, 50.0]), ("b", [60.0, 60.0, 60.0])] {
//!     t.ids.push(id.into());
//!     t.values.insert(id.into(), (2020..).zip(values).collect());
//! }
//! // Each series by the method with the smallest backtest error, then the districts scaled
//! // to the city's forecast.
//! let mut f = series::forecast_all(&t, 2025, None)?;
//! series::reconcile_to_total(&mut f, "city")?;
//! let (city, a, b) = (&f[0].points, &f[1].points, &f[2].points);
//! assert_eq!((city.len(), city[2].year), (3, 2025));
//! assert!((a[2].value + b[2].value - city[2].value).abs() < 1e-9);
//! # Ok(())
//! # }
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use crate::{Error, Result};

/// A forecasting method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// The last observed value.
    Naive,
    /// Least-squares line through the observations.
    Linear,
    /// Holt's additive damped trend.
    Damped,
}

impl Method {
    /// All methods.
    pub const ALL: [Method; 3] = [Method::Naive, Method::Linear, Method::Damped];

    /// Lower-case name.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Method::Naive => "naive",
            Method::Linear => "linear",
            Method::Damped => "damped",
        }
    }

    /// Parse a name.
    #[must_use]
    pub fn parse(s: &str) -> Option<Method> {
        Method::ALL.into_iter().find(|m| m.name() == s)
    }
}

/// One forecast value with its 95 % interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Year.
    pub year: i32,
    /// Point forecast.
    pub value: f64,
    /// Lower bound.
    pub lower: f64,
    /// Upper bound.
    pub upper: f64,
}

/// Two-sided 95 % quantile of Student's t with `df` degrees of freedom.
fn t95(df: usize) -> f64 {
    const T: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    if df == 0 {
        return f64::INFINITY;
    }
    T.get(df - 1).copied().unwrap_or(1.96)
}

/// Forecast `h` steps after the observations `y` (consecutive years ending at `last_year`).
/// Intervals: naive from the spread of year-on-year changes (random walk, widening with √h);
/// linear from the residual standard error with the leverage of the forecast year; damped from
/// the one-step errors with Hyndman's variance multipliers. Values never go below zero.
///
/// # Errors
/// [`Error::Series`] when there are fewer than 2 observations (3 for damped).
pub fn forecast(y: &[f64], last_year: i32, h: usize, m: Method) -> Result<Vec<Point>> {
    let n = y.len();
    if n < 2 || (m == Method::Damped && n < 3) {
        return Err(Error::Series(format!(
            "{} needs at least {} observations, got {n}",
            m.name(),
            if m == Method::Damped { 3 } else { 2 }
        )));
    }
    let mut out = Vec::with_capacity(h);
    match m {
        Method::Naive => {
            let d: Vec<f64> = y.windows(2).map(|w| w[1] - w[0]).collect();
            let mean = d.iter().sum::<f64>() / d.len() as f64;
            let sd = if d.len() > 1 {
                (d.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (d.len() - 1) as f64).sqrt()
            } else {
                0.0
            };
            let t = t95(d.len().saturating_sub(1).max(1));
            for k in 1..=h {
                let w = t * sd * (k as f64).sqrt();
                out.push(point(last_year + k as i32, y[n - 1], w));
            }
        }
        Method::Linear => {
            let xs: Vec<f64> = (0..n).map(|i| i as f64).collect();
            let xm = xs.iter().sum::<f64>() / n as f64;
            let ym = y.iter().sum::<f64>() / n as f64;
            let sxx: f64 = xs.iter().map(|x| (x - xm).powi(2)).sum();
            let sxy: f64 = xs.iter().zip(y).map(|(x, v)| (x - xm) * (v - ym)).sum();
            let b = sxy / sxx;
            let a = ym - b * xm;
            let sse: f64 = xs.iter().zip(y).map(|(x, v)| (v - a - b * x).powi(2)).sum();
            let df = n.saturating_sub(2);
            let se = if df > 0 {
                (sse / df as f64).sqrt()
            } else {
                0.0
            };
            let t = t95(df.max(1));
            for k in 1..=h {
                let x0 = (n - 1 + k) as f64;
                let w = t * se * (1.0 + 1.0 / n as f64 + (x0 - xm).powi(2) / sxx).sqrt();
                out.push(point(last_year + k as i32, a + b * x0, w));
            }
        }
        Method::Damped => {
            let (alpha, beta, phi, l, b, sse) = fit_damped(y);
            let sigma = (sse / (n as f64 - 1.0).max(1.0)).sqrt();
            let mut var = 0.0;
            for k in 1..=h {
                let phis: f64 = (1..=k).map(|j| phi.powi(j as i32)).sum();
                if k > 1 {
                    let j = (k - 1) as i32;
                    let c = alpha * (1.0 + beta * phi * (1.0 - phi.powi(j)) / (1.0 - phi));
                    var += c * c;
                }
                let w = 1.96 * sigma * (1.0 + var).sqrt();
                out.push(point(last_year + k as i32, l + phis * b, w));
            }
        }
    }
    Ok(out)
}

fn point(year: i32, v: f64, w: f64) -> Point {
    Point {
        year,
        value: v.max(0.0),
        lower: (v - w).max(0.0),
        upper: (v + w).max(0.0),
    }
}

/// Fit Holt's damped trend by grid search over α, β (0.05..0.95) and φ (0.80..0.98) on the
/// one-step-ahead squared errors; returns (α, β, φ, level, trend, SSE).
fn fit_damped(y: &[f64]) -> (f64, f64, f64, f64, f64, f64) {
    let mut best = (0.5, 0.1, 0.9, y[y.len() - 1], 0.0, f64::INFINITY);
    for ai in 1..=19 {
        let alpha = f64::from(ai) * 0.05;
        for bi in 1..=19 {
            let beta = f64::from(bi) * 0.05;
            for phi in [0.80, 0.85, 0.90, 0.95, 0.98] {
                let mut l = y[0];
                let mut b = y[1] - y[0];
                let mut sse = 0.0;
                for &v in &y[1..] {
                    let f = l + phi * b;
                    sse += (v - f).powi(2);
                    let ln = alpha * v + (1.0 - alpha) * (l + phi * b);
                    b = beta * (ln - l) + (1.0 - beta) * phi * b;
                    l = ln;
                }
                if sse < best.5 {
                    best = (alpha, beta, phi, l, b, sse);
                }
            }
        }
    }
    best
}

/// A table of series: id -> (year -> value), with the row order of the input.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Ids in input order.
    pub ids: Vec<String>,
    /// Values by id and year (missing cells are absent).
    pub values: BTreeMap<String, BTreeMap<i32, f64>>,
    /// A name per id: the first text column that is neither the id nor a year (e.g. Jena's
    /// `statistischer_Bezirk_Name`), if the table has one.
    pub names: BTreeMap<String, String>,
}

impl Table {
    /// The consecutive observations of `id` up to `until` (inclusive), ending at the last year
    /// with a value; returns (values, last year).
    #[must_use]
    pub fn observations(&self, id: &str, until: Option<i32>) -> Option<(Vec<f64>, i32)> {
        let row = self.values.get(id)?;
        let pts: Vec<(i32, f64)> = row
            .iter()
            .filter(|(y, _)| until.is_none_or(|u| **y <= u))
            .map(|(y, v)| (*y, *v))
            .collect();
        let last = pts.last()?.0;
        // Only the consecutive run ending at `last`.
        let mut run: Vec<f64> = Vec::new();
        let mut expect = last;
        for (y, v) in pts.iter().rev() {
            if *y != expect {
                break;
            }
            run.push(*v);
            expect -= 1;
        }
        run.reverse();
        Some((run, last))
    }
}

/// A year in a column name (`31.12.2016`, `2016`, `hh_2016`), if any.
#[must_use]
pub fn year_of(col: &str) -> Option<i32> {
    let digits: Vec<char> = col.chars().collect();
    (0..digits.len().saturating_sub(3)).rev().find_map(|i| {
        let s: String = digits[i..i + 4].iter().collect();
        let before = i == 0 || !digits[i - 1].is_ascii_digit();
        let after = i + 4 == digits.len() || !digits[i + 4].is_ascii_digit();
        (before && after && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
            .filter(|y| (1800..=2200).contains(y))
    })
}

/// Read a series table: wide (one column per date, like Jena's `31.12.2006`...) or long
/// (`id`, `year`, `value` columns). Empty cells are missing; `,` or `;` separated.
///
/// # Errors
/// Unreadable file, no id column, a cell that is not a number (with line and column).
pub fn read_table(path: &Path, id_column: &str) -> Result<Table> {
    let text =
        std::fs::read_to_string(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
    let delim = if text
        .lines()
        .next()
        .is_some_and(|h| h.matches(';').count() > h.matches(',').count())
    {
        b';'
    } else {
        b','
    };
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .from_reader(text.as_bytes());
    let bad = |m: String| Error::Input(format!("{}: {m}", path.display()));
    let header: Vec<String> = rd
        .headers()
        .map_err(|e| bad(e.to_string()))?
        .iter()
        .map(|s| s.trim().to_string())
        .collect();
    let idc = header.iter().position(|h| h == id_column).ok_or_else(|| {
        bad(format!(
            "no column '{id_column}' (columns: {})",
            header.join(", ")
        ))
    })?;
    let long = header
        .iter()
        .position(|h| h == "year")
        .zip(header.iter().position(|h| h == "value"));
    let year_cols: Vec<(usize, i32)> = header
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != idc)
        .filter_map(|(i, h)| year_of(h).map(|y| (i, y)))
        .collect();
    let name_col = header.iter().position(|h| {
        h != id_column
            && year_of(h).is_none()
            && h != "year"
            && h != "value"
            && h.to_lowercase().contains("name")
    });
    if long.is_none() && year_cols.is_empty() {
        return Err(bad("no year columns and no year/value columns".into()));
    }
    let mut t = Table::default();
    for (line, rec) in rd.records().enumerate() {
        let rec = rec.map_err(|e| bad(e.to_string()))?;
        let id = rec.get(idc).unwrap_or("").trim().to_string();
        if id.is_empty() {
            continue;
        }
        let num = |s: &str, col: &str| -> Result<Option<f64>> {
            let s = s.trim();
            if s.is_empty() || s == "." || s == "-" {
                return Ok(None);
            }
            s.replace(',', ".").parse::<f64>().map(Some).map_err(|_| {
                bad(format!(
                    "line {}: column '{col}': '{s}' is not a number",
                    line + 2
                ))
            })
        };
        if !t.values.contains_key(&id) {
            t.ids.push(id.clone());
            if let Some(nc) = name_col {
                let name = rec.get(nc).unwrap_or("").trim();
                if !name.is_empty() {
                    t.names.insert(id.clone(), name.to_string());
                }
            }
        }
        let row = t.values.entry(id).or_default();
        if let Some((yc, vc)) = long {
            let y = num(rec.get(yc).unwrap_or(""), "year")?;
            let v = num(rec.get(vc).unwrap_or(""), "value")?;
            if let (Some(y), Some(v)) = (y, v) {
                row.insert(y as i32, v);
            }
        } else {
            for (c, y) in &year_cols {
                if let Some(v) = num(rec.get(*c).unwrap_or(""), &header[*c])? {
                    row.insert(*y, v);
                }
            }
        }
    }
    Ok(t)
}

/// Mean absolute percentage error of `f` against `y` (pairs with y = 0 are skipped); `None`
/// when no pair is left.
#[must_use]
pub fn mape(y: &[f64], f: &[f64]) -> Option<f64> {
    let e: Vec<f64> = y
        .iter()
        .zip(f)
        .filter(|(a, _)| **a != 0.0)
        .map(|(a, b)| ((a - b) / a).abs())
        .collect();
    (!e.is_empty()).then(|| 100.0 * e.iter().sum::<f64>() / e.len() as f64)
}

/// Backtest of one series: fit on the years up to `fit_until`, forecast the later years that
/// have values; MAPE per method (`None` when the series cannot be fitted or is all zero).
#[must_use]
pub fn backtest(t: &Table, id: &str, fit_until: i32) -> Vec<(Method, Option<f64>)> {
    let Some((train, last)) = t.observations(id, Some(fit_until)) else {
        return Method::ALL.iter().map(|m| (*m, None)).collect();
    };
    let actual: Vec<(i32, f64)> = t
        .values
        .get(id)
        .map(|r| r.range(last + 1..).map(|(y, v)| (*y, *v)).collect())
        .unwrap_or_default();
    let h = actual.last().map_or(0, |(y, _)| (y - last) as usize);
    Method::ALL
        .iter()
        .map(|&m| {
            let Ok(f) = forecast(&train, last, h, m) else {
                return (m, None);
            };
            let (ys, fs): (Vec<f64>, Vec<f64>) = actual
                .iter()
                .map(|(y, v)| (*v, f[(y - last - 1) as usize].value))
                .unzip();
            (m, mape(&ys, &fs))
        })
        .collect()
}

/// The method `auto` picks for series `id`: the one with the smallest MAPE in a backtest over
/// the last third of its consecutive observations (at least 1, at most 3 years); ties go to
/// the simpler method (naive, linear, damped). Naive when there is nothing to backtest.
///
/// # Runtime
/// Three fits of the series; the damped trend's grid search dominates.
#[must_use]
pub fn auto_method(t: &Table, id: &str) -> Method {
    let Some((obs, last)) = t.observations(id, None) else {
        return Method::Naive;
    };
    let k = (obs.len() / 3).clamp(1, 3) as i32;
    backtest(t, id, last - k)
        .into_iter()
        .filter_map(|(m, e)| e.map(|e| (m, e)))
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
        .map_or(Method::Naive, |(m, _)| m)
}

/// The forecast of one series.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesForecast {
    /// Series id.
    pub id: String,
    /// The points after the last observation, one per year.
    pub points: Vec<Point>,
    /// The method used.
    pub method: Method,
}

/// Forecast every series of `t` that has values to `until`, with `method` or, for `None`,
/// [`auto_method`] per series. A damped trend on fewer than 3 observations falls back to the
/// linear one. Series without values are left out; the order is that of `t.ids`.
///
/// # Errors
/// [`Error::UntilNotAfterData`] when `until` is not after a series' last year with data;
/// [`Error::Series`] (naming the series) when one has too few observations.
pub fn forecast_all(t: &Table, until: i32, method: Option<Method>) -> Result<Vec<SeriesForecast>> {
    let mut out = Vec::new();
    for id in &t.ids {
        let Some((obs, last)) = t.observations(id, None) else {
            continue;
        };
        if until <= last {
            return Err(Error::UntilNotAfterData {
                id: id.clone(),
                until,
                last,
            });
        }
        let m = method.unwrap_or_else(|| auto_method(t, id));
        let m = if obs.len() < 3 && m == Method::Damped {
            Method::Linear
        } else {
            m
        };
        let points = forecast(&obs, last, (until - last) as usize, m)
            .map_err(|e| Error::Series(format!("series '{id}': {e}")))?;
        out.push(SeriesForecast {
            id: id.clone(),
            points,
            method: m,
        });
    }
    Ok(out)
}

/// Reconcile the forecasts to the one with id `total_id` (the city): every other forecast is
/// scaled, year by year, so that they add up to it ([`reconcile`]).
///
/// # Errors
/// [`Error::NoSeries`] when no forecast has the id `total_id`.
pub fn reconcile_to_total(forecasts: &mut [SeriesForecast], total_id: &str) -> Result<()> {
    let ti = forecasts
        .iter()
        .position(|f| f.id == total_id)
        .ok_or_else(|| Error::NoSeries(total_id.to_string()))?;
    let total = forecasts[ti].points.clone();
    let mut parts: Vec<Vec<Point>> = forecasts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != ti)
        .map(|(_, f)| f.points.clone())
        .collect();
    reconcile(&mut parts, &total);
    let others = forecasts
        .iter_mut()
        .enumerate()
        .filter(|(i, _)| *i != ti)
        .map(|(_, f)| f);
    for (f, p) in others.zip(parts) {
        f.points = p;
    }
    Ok(())
}

/// The sum of the forecasts (value and both bounds), for a city without a series of its own.
/// Points are matched by position, with the years of the first forecast: the forecasts should
/// all start in the same year (as [`forecast_all`]'s do when the series end in the same year).
#[must_use]
pub fn sum(forecasts: &[SeriesForecast]) -> Vec<Point> {
    let Some(first) = forecasts.first() else {
        return Vec::new();
    };
    (0..first.points.len())
        .map(|k| {
            let s = |f: fn(&Point) -> f64| {
                forecasts
                    .iter()
                    .filter_map(|o| o.points.get(k))
                    .map(f)
                    .sum()
            };
            Point {
                year: first.points[k].year,
                value: s(|p| p.value),
                lower: s(|p| p.lower),
                upper: s(|p| p.upper),
            }
        })
        .collect()
}

/// Scale the district forecasts of each year so that they add up to `total` (top-down
/// proportional reconciliation); intervals scale with them. Points are matched by position.
pub fn reconcile(districts: &mut [Vec<Point>], total: &[Point]) {
    for (k, t) in total.iter().enumerate() {
        let sum: f64 = districts
            .iter()
            .filter_map(|d| d.get(k))
            .map(|p| p.value)
            .sum();
        if sum <= 0.0 {
            continue;
        }
        let f = t.value / sum;
        for d in districts.iter_mut() {
            if let Some(p) = d.get_mut(k) {
                p.value *= f;
                p.lower *= f;
                p.upper *= f;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_on_a_line_and_a_constant() {
        let y = [10.0, 12.0, 14.0, 16.0, 18.0];
        let n = forecast(&y, 2020, 2, Method::Naive).expect("naive");
        assert_eq!(n[0].value, 18.0);
        assert_eq!(n[1].year, 2022);
        let l = forecast(&y, 2020, 2, Method::Linear).expect("linear");
        assert!((l[0].value - 20.0).abs() < 1e-12 && (l[1].value - 22.0).abs() < 1e-12);
        // A perfect line has no residuals: the interval is the point.
        assert!((l[0].upper - l[0].lower).abs() < 1e-9);
        let d = forecast(&y, 2020, 3, Method::Damped).expect("damped");
        // Damped trend: rises, but by less than the line.
        assert!(d[0].value > 18.0 && d[2].value < 24.0 + 1e-9);
        assert!(d[1].value - d[0].value <= d[0].value - 18.0 + 1e-9);
        let c = forecast(&[5.0; 6], 2020, 2, Method::Damped).expect("const");
        assert!((c[1].value - 5.0).abs() < 1e-9);
    }

    #[test]
    fn years_from_column_names_and_mape() {
        assert_eq!(year_of("31.12.2016"), Some(2016));
        assert_eq!(year_of("hh_2010"), Some(2010));
        assert_eq!(year_of("statistischer_Bezirk_Nr"), None);
        assert_eq!(year_of("12345"), None);
        assert_eq!(mape(&[100.0, 0.0, 200.0], &[110.0, 5.0, 180.0]), Some(10.0));
        assert_eq!(mape(&[0.0], &[1.0]), None);
    }

    #[test]
    fn reconciliation_keeps_the_city_total() {
        let p = |v| Point {
            year: 2020,
            value: v,
            lower: v - 1.0,
            upper: v + 1.0,
        };
        let mut d = vec![vec![p(30.0)], vec![p(70.0)]];
        reconcile(&mut d, &[p(120.0)]);
        assert!((d[0][0].value + d[1][0].value - 120.0).abs() < 1e-9);
        assert!((d[0][0].value - 36.0).abs() < 1e-9);
    }
}
