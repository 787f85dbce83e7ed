//! `saale report districts` and `saale report forecast`: reports for controllers.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use saale_store::Project;

use crate::Out;

/// Report language.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub(crate) enum LangArg {
    /// German.
    De,
    /// English.
    En,
}

impl LangArg {
    fn lang(self) -> saale_report::Lang {
        match self {
            LangArg::De => saale_report::Lang::De,
            LangArg::En => saale_report::Lang::En,
        }
    }
}

/// The reports.
#[derive(Subcommand, Debug)]
pub(crate) enum ReportCmd {
    /// Maps, charts and a table of KPIs per district (self-contained HTML), or the KPI table
    /// as CSV. Small counts of persons or households are suppressed.
    ///
    /// Example: saale report districts --layer stop_cov --kpis "share_300=Haushalte bis 300 m" --to report.html
    Districts(DistrictsArgs),
    /// Forecast series with their intervals (from `saale forecast series`) as HTML.
    ///
    /// Example: saale report forecast --forecast households.csv --to forecast.html
    Forecast(ForecastArgs),
}

/// Arguments of `saale report districts`.
#[derive(Args, Debug)]
pub(crate) struct DistrictsArgs {
    /// The district layer with the KPI fields (e.g. from `saale indicator`).
    #[arg(long)]
    pub layer: String,
    /// KPI fields, comma-separated, each optionally with a caption: FIELD=Caption.
    #[arg(long, value_delimiter = ',', required = true)]
    pub kpis: Vec<String>,
    /// Field with the district names (default: the first text field whose name has "name").
    #[arg(long)]
    pub label: Option<String>,
    /// Fields of a time series for a chart of the city total (`*` matches any text, e.g.
    /// "31.12.*").
    #[arg(long)]
    pub series: Option<String>,
    /// With --series: add a KPI of the change per district from the series field of this year
    /// (e.g. 2010) to the last series field with values, in percent.
    #[arg(long, requires = "series")]
    pub compare: Option<String>,
    #[command(flatten)]
    pub file: ReportFile,
}

/// Arguments of `saale report forecast`.
#[derive(Args, Debug)]
pub(crate) struct ForecastArgs {
    /// The output of `saale forecast series`.
    #[arg(long)]
    pub forecast: PathBuf,
    /// The observed series (the input of `saale forecast series`) for the chart.
    #[arg(long, requires = "id_column")]
    pub history: Option<PathBuf>,
    /// Id column of --history.
    #[arg(long)]
    pub id_column: Option<String>,
    /// The series to show (default: all, at most 12).
    #[arg(long, value_delimiter = ',')]
    pub ids: Vec<String>,
    #[command(flatten)]
    pub file: ReportFile,
}

/// Title, language and target of a report.
#[derive(Args, Debug)]
pub(crate) struct ReportFile {
    /// Title (default: districts: the project's and the layer's name; forecast: "Prognose").
    #[arg(long)]
    pub title: Option<String>,
    /// Language of the labels.
    #[arg(long, value_enum, default_value = "de")]
    pub lang: LangArg,
    /// Target: .html (districts also .csv, the KPI table).
    #[arg(long)]
    pub to: PathBuf,
    /// Overwrite an existing file.
    #[arg(long)]
    pub replace: bool,
}

/// `saale report`.
pub(crate) fn run(dir: &std::path::Path, r: &ReportCmd, out: &Out) -> Result<()> {
    let a = match r {
        ReportCmd::Forecast(a) => return run_forecast(a, out),
        ReportCmd::Districts(a) => a,
    };
    let mut p = Project::open(dir)?;
    let kpis: Vec<(String, String)> = a
        .kpis
        .iter()
        .map(|k| match k.split_once('=') {
            Some((f, c)) => (f.trim().to_string(), c.trim().to_string()),
            None => (k.trim().to_string(), k.trim().to_string()),
        })
        .collect();
    let o = saale_ops::report::districts(
        &mut p,
        &saale_ops::report::DistrictReportParams {
            layer: a.layer.clone(),
            kpis,
            label: a.label.clone(),
            series: a.series.clone(),
            compare: a.compare.clone(),
            title: a.file.title.clone(),
            lang: a.file.lang.lang(),
            to: a.file.to.clone(),
            replace: a.file.replace,
        },
    )
    .map_err(crate::hint)?;
    if out.json {
        return out.json(&o);
    }
    let s = o.suppressed;
    out.say(format!(
        "wrote the report on {} districts ({} KPIs) to {}{}",
        o.features,
        a.kpis.len(),
        a.file.to.display(),
        if s.primary + s.secondary > 0 {
            format!("; {} cells suppressed", s.primary + s.secondary)
        } else {
            String::new()
        }
    ))
}

/// `saale report forecast`.
fn run_forecast(a: &ForecastArgs, out: &Out) -> Result<()> {
    let fc = &a.forecast;
    if !a.file.replace && a.file.to.exists() {
        bail!(
            "{} exists already; use --replace to overwrite it",
            a.file.to.display()
        );
    }
    let mut rd =
        csv::Reader::from_path(fc).with_context(|| format!("cannot read {}", fc.display()))?;
    let mut series: Vec<saale_report::ForecastSeries> = Vec::new();
    for (i, r) in rd
        .deserialize::<(String, i32, String, String, String, String)>()
        .enumerate()
    {
        let (id, year, v, lo, hi, m) = r.with_context(|| {
            format!(
                "{}: line {}: expected id,year,value,lower,upper,method",
                fc.display(),
                i + 2
            )
        })?;
        // Suppressed cells (".") stay suppressed: NaN is shown as "." and not drawn.
        let num = |x: &str| -> Result<f64> {
            if x == "." {
                return Ok(f64::NAN);
            }
            x.parse()
                .with_context(|| format!("{}: line {}: '{x}' is not a number", fc.display(), i + 2))
        };
        let (v, lo, hi) = (num(&v)?, num(&lo)?, num(&hi)?);
        match series.iter_mut().find(|s| s.label == id) {
            Some(s) => s.forecast.push((year, v, lo, hi)),
            None => series.push(saale_report::ForecastSeries {
                label: id,
                history: Vec::new(),
                forecast: vec![(year, v, lo, hi)],
                method: m,
            }),
        }
    }
    if !a.ids.is_empty() {
        for id in &a.ids {
            if !series.iter().any(|s| &s.label == id) {
                bail!("{}: no series '{id}'", fc.display());
            }
        }
        series.retain(|s| a.ids.contains(&s.label));
    } else {
        series.truncate(12);
    }
    let mut sources = Vec::new();
    if let (Some(h), Some(col)) = (&a.history, &a.id_column) {
        let t = saale_forecast::series::read_table(h, col)?;
        for s in &mut series {
            let id = s.label.clone();
            if let Some(name) = t.names.get(&id) {
                s.label = format!("{name} ({id})");
            }
            if let Some(row) = t.values.get(&id) {
                // Observed counts below the threshold are not shown.
                s.history = row
                    .iter()
                    .filter(|(_, v)| **v == 0.0 || **v >= 3.0)
                    .map(|(y, v)| (*y, *v))
                    .collect();
            }
        }
        sources.push(saale_report::Source {
            layer: h.display().to_string(),
            attribution: String::new(),
            licence: String::new(),
            as_of: String::new(),
            provenance: String::new(),
        });
    }
    let lang = a.file.lang.lang();
    let title = a.file.title.clone().unwrap_or_else(|| match lang {
        saale_report::Lang::De => "Prognose".to_string(),
        saale_report::Lang::En => "Forecast".to_string(),
    });
    let text = saale_report::forecast_html(&title, &series, &sources, lang, &saale_store::today());
    crate::write_file_atomic(&a.file.to, &text)?;
    if out.json {
        return out.json(&serde_json::json!({
            "verb": "report-forecast",
            "written": {"kind": "file", "path": a.file.to},
            "series": series.len(),
        }));
    }
    out.say(format!(
        "wrote the forecast report ({} series) to {}",
        series.len(),
        a.file.to.display()
    ))
}
