//! `saale report districts`: the controller report (HTML or CSV).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use saale_store::Project;

/// Report language.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub(crate) enum LangArg {
    /// German.
    De,
    /// English.
    En,
}

/// Arguments of `saale report districts`.
#[derive(Args, Debug)]
pub(crate) struct ReportArgs {
    /// `districts` (maps, charts and table of KPIs per district) or `forecast` (forecast series
    /// with their intervals, from `saale forecast series`).
    #[arg(value_parser = ["districts", "forecast"])]
    pub kind: String,
    /// districts: the district layer with the KPI fields (e.g. from `saale indicator`).
    #[arg(long, required_if_eq("kind", "districts"))]
    pub layer: Option<String>,
    /// districts: KPI fields, comma-separated, each optionally with a caption: FIELD=Caption.
    #[arg(long, value_delimiter = ',', required_if_eq("kind", "districts"))]
    pub kpis: Vec<String>,
    /// forecast: the output of `saale forecast series`.
    #[arg(long, required_if_eq("kind", "forecast"))]
    pub forecast: Option<PathBuf>,
    /// forecast: the observed series (the input of `saale forecast series`) for the chart.
    #[arg(long, requires = "id_column")]
    pub history: Option<PathBuf>,
    /// forecast: id column of --history.
    #[arg(long)]
    pub id_column: Option<String>,
    /// forecast: the series to show (default: all, at most 12).
    #[arg(long, value_delimiter = ',')]
    pub ids: Vec<String>,
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
    /// Title (default: the layer's name and the project's).
    #[arg(long)]
    pub title: Option<String>,
    /// Language of the labels.
    #[arg(long, value_enum, default_value = "de")]
    pub lang: LangArg,
    /// Target: .html (self-contained report) or .csv (the KPI table).
    #[arg(long)]
    pub to: PathBuf,
}

/// `saale report`.
pub(crate) fn run(dir: &std::path::Path, a: &ReportArgs, quiet: bool) -> Result<()> {
    if a.kind == "forecast" {
        return run_forecast(a, quiet);
    }
    let Some(layer_name) = a.layer.as_deref() else {
        bail!("give --layer");
    };
    let p = Project::open(dir)?;
    let entry = p.entry(layer_name)?.clone();
    if entry.personal {
        bail!(
            "layer '{}' holds personal data and is never reported",
            layer_name
        );
    }
    if !entry.public {
        bail!(
            "layer '{}' is internal; reports are public outputs (mark it public with `saale access`)",
            layer_name
        );
    }
    if entry.kind != saale_store::LayerKind::Vector || entry.bbox.is_none() {
        bail!(
            "layer '{}' has no geometries; a district report needs district polygons (join the table onto them with `saale join-attributes`)",
            layer_name
        );
    }
    let raw = p.read_layer(layer_name)?;
    let mut layer = raw.clone();
    let prot = entry.protect(&mut layer, &p.catalog().policy());
    for f in &entry.internal_fields {
        if a.kpis
            .iter()
            .any(|k| k.split('=').next() == Some(f.as_str()))
        {
            bail!(
                "field '{f}' of '{}' is internal and cannot be reported",
                layer_name
            );
        }
    }
    let kpis: Vec<(String, String)> = a
        .kpis
        .iter()
        .map(|k| match k.split_once('=') {
            Some((f, c)) => (f.trim().to_string(), c.trim().to_string()),
            None => (k.trim().to_string(), k.trim().to_string()),
        })
        .collect();
    for (f, _) in &kpis {
        match layer
            .schema
            .index_of(f)
            .map(|i| layer.schema.fields()[i].ty)
        {
            Some(saale_model::FieldType::Int | saale_model::FieldType::Float) => {}
            Some(t) => bail!("KPI '{f}' of '{}' is {t}, not a number", layer_name),
            None => bail!(
                "layer '{}' has no field '{f}' (fields: {})",
                layer_name,
                layer
                    .schema
                    .fields()
                    .iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
    let label = match &a.label {
        Some(l) => {
            if layer.schema.index_of(l).is_none() {
                bail!("layer '{}' has no field '{l}'", layer_name);
            }
            l.clone()
        }
        None => layer
            .schema
            .fields()
            .iter()
            .find(|f| {
                f.ty == saale_model::FieldType::String && f.name.to_lowercase().contains("name")
            })
            .map(|f| f.name.clone())
            .context("no name field found; give --label FIELD")?,
    };
    let names: Vec<String> = layer
        .schema
        .fields()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let series_fields = match &a.series {
        Some(pat) => {
            let s = saale_privacy::match_fields(&names, std::slice::from_ref(pat));
            if s.is_empty() {
                bail!("--series {pat} matches no field of '{}'", layer_name);
            }
            s
        }
        None => Vec::new(),
    };
    let mut kpis = kpis;
    if let Some(year) = &a.compare {
        let base = series_fields
            .iter()
            .find(|f| f.contains(year.as_str()))
            .with_context(|| format!("--compare {year}: no series field contains it"))?
            .clone();
        let last = series_fields
            .iter()
            .rev()
            .find(|f| {
                layer
                    .schema
                    .index_of(f)
                    .is_some_and(|i| layer.features.iter().any(|x| x.value(i).as_f64().is_some()))
            })
            .context("the series has no values")?
            .clone();
        let (bi, li) = (
            layer
                .schema
                .index_of(&base)
                .context("series field vanished")?,
            layer
                .schema
                .index_of(&last)
                .context("series field vanished")?,
        );
        let name = format!("share_change_{}", kpis.len());
        let ci = layer
            .schema
            .observe(&name, Some(saale_model::FieldType::Float));
        for f in &mut layer.features {
            // Published values only: a suppressed base or target gives no change.
            let v = match (f.value(bi).as_f64(), f.value(li).as_f64()) {
                (Some(b), Some(l)) if b > 0.0 => saale_model::Value::Float((l - b) / b),
                _ => saale_model::Value::Null,
            };
            if f.values.len() <= ci {
                f.values.resize(ci + 1, saale_model::Value::Null);
            }
            f.values[ci] = v;
        }
        let caption = match a.lang {
            LangArg::De => format!("Veränderung {base} bis {last}"),
            LangArg::En => format!("Change {base} to {last}"),
        };
        kpis.push((name, caption));
    }
    let series_totals: Vec<Option<f64>> = series_fields
        .iter()
        .map(|f| {
            let i = raw.schema.index_of(f)?;
            let vals: Vec<f64> = raw
                .features
                .iter()
                .filter_map(|x| x.value(i).as_f64())
                .collect();
            (!vals.is_empty()).then(|| vals.iter().sum())
        })
        .collect();
    // Sources: the layers named in the provenance, else the layer itself.
    let mut inputs: Vec<String> = entry
        .provenance
        .split("[inputs: ")
        .nth(1)
        .and_then(|s| s.split(';').next())
        .map(|s| {
            s.split(',')
                .map(|x| x.trim().trim_end_matches(']').to_string())
                .collect()
        })
        .unwrap_or_default();
    inputs.retain(|n| p.entry(n).is_ok());
    inputs.insert(0, layer_name.to_string());
    let sources = inputs
        .iter()
        .filter_map(|n| p.entry(n).ok().map(|e| (n, e)))
        .map(|(n, e)| saale_report::Source {
            layer: n.clone(),
            attribution: e.attribution.clone(),
            licence: e.licence.clone(),
            as_of: e.as_of.clone(),
            provenance: e.provenance.clone(),
        })
        .collect();
    let policy = p.catalog().policy();
    let report = saale_report::Report {
        title: a
            .title
            .clone()
            .unwrap_or_else(|| format!("{}: {}", p.catalog().project.name, layer_name)),
        layer: &layer,
        label,
        kpis,
        series: series_fields
            .iter()
            .map(|f| (f.clone(), f.clone()))
            .collect(),
        series_totals,
        sources,
        min_count: if entry.grid {
            policy.grid_min_count
        } else {
            policy.min_count
        },
        lang: match a.lang {
            LangArg::De => saale_report::Lang::De,
            LangArg::En => saale_report::Lang::En,
        },
        date: saale_store::today(),
        metric: !p.crs().is_geographic(),
    };
    let text = match a.to.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm") => saale_report::html(&report),
        Some("csv") => saale_report::csv(&report),
        _ => bail!("{}: use .html or .csv", a.to.display()),
    };
    crate::write_file_atomic(&a.to, &text)?;
    if !entry.counts.is_empty() {
        crate::log_export(
            &p,
            &format!(
                "report with person counts of '{}' ({} cells suppressed, {} to protect them)",
                layer_name, prot.primary, prot.secondary
            ),
            &a.to,
        )?;
    }
    crate::say(
        quiet,
        format!(
            "wrote the report on {} districts ({} KPIs) to {}{}",
            layer.features.len(),
            a.kpis.len(),
            a.to.display(),
            if prot.primary + prot.secondary > 0 {
                format!("; {} cells suppressed", prot.primary + prot.secondary)
            } else {
                String::new()
            }
        ),
    );
    Ok(())
}

/// `saale report forecast`.
fn run_forecast(a: &ReportArgs, quiet: bool) -> Result<()> {
    let Some(fc) = &a.forecast else {
        bail!("give --forecast FILE (the output of saale forecast series)");
    };
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
    let lang = match a.lang {
        LangArg::De => saale_report::Lang::De,
        LangArg::En => saale_report::Lang::En,
    };
    let title = a.title.clone().unwrap_or_else(|| match lang {
        saale_report::Lang::De => "Prognose".to_string(),
        saale_report::Lang::En => "Forecast".to_string(),
    });
    let text = saale_report::forecast_html(&title, &series, &sources, lang, &saale_store::today());
    crate::write_file_atomic(&a.to, &text)?;
    crate::say(
        quiet,
        format!(
            "wrote the forecast report ({} series) to {}",
            series.len(),
            a.to.display()
        ),
    );
    Ok(())
}
