//! Reports for controllers: the district report (self-contained HTML or the KPI table as CSV)
//! and the forecast report. Reports are public outputs: the layer passes the gate, and the
//! sources are read from the structured provenance of the layer and its inputs.

use std::collections::HashSet;
use std::path::PathBuf;

use saale_model::FieldType;
use saale_privacy::View;
use saale_store::Project;

use crate::gate;
use crate::outcome::{Outcome, Written};
use crate::{Error, Result};

pub use saale_report::Lang;

/// What a district report shows.
#[derive(Debug, Clone)]
pub struct DistrictReportParams {
    /// The district layer with the KPI fields.
    pub layer: String,
    /// KPI fields with their captions.
    pub kpis: Vec<(String, String)>,
    /// Field with the district names (default: the first text field whose name has "name").
    pub label: Option<String>,
    /// Pattern of the fields of a time series (`*` matches any text).
    pub series: Option<String>,
    /// Add a KPI of the change from the series field containing this year to the last one.
    pub compare: Option<String>,
    /// Title (default: the project's and the layer's name).
    pub title: Option<String>,
    /// Language.
    pub lang: Lang,
    /// Target: `.html` or `.csv`.
    pub to: PathBuf,
    /// Overwrite an existing file.
    pub replace: bool,
}

/// The sources of a layer: itself, then every layer its provenance names as input, and
/// theirs, each once.
///
/// # Errors
/// Store errors for the layer itself.
pub fn sources(project: &Project, layer: &str) -> Result<Vec<saale_report::Source>> {
    let mut order = Vec::new();
    let mut seen = HashSet::new();
    let mut queue = vec![layer.to_string()];
    project.entry(layer)?;
    while let Some(n) = queue.pop() {
        if !seen.insert(n.clone()) {
            continue;
        }
        let Ok(e) = project.entry(&n) else {
            continue;
        };
        order.push(saale_report::Source {
            layer: n.clone(),
            attribution: e.attribution.clone(),
            licence: e.licence.clone(),
            as_of: e.as_of.clone(),
            provenance: e.provenance.to_string(),
        });
        // Inputs in their order (the stack takes the last first).
        let inputs: Vec<String> = e.provenance.input_layers().map(str::to_string).collect();
        queue.extend(inputs.into_iter().rev());
    }
    Ok(order)
}

fn ext(to: &std::path::Path) -> Option<String> {
    to.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// Write a district report.
///
/// # Errors
/// [`Error::Withheld`] for an internal or personal layer or an internal KPI field;
/// [`Error::Invalid`] for unknown or non-numeric fields; [`Error::File`].
pub fn districts(project: &mut Project, a: &DistrictReportParams) -> Result<Outcome> {
    let name = a.layer.as_str();
    let entry = project.entry(name)?.clone();
    let html = match ext(&a.to).as_deref() {
        Some("html" | "htm") => true,
        Some("csv") => false,
        _ => {
            return Err(Error::file(&a.to, "a report is written as .html or .csv"));
        }
    };
    if !a.replace && a.to.exists() {
        return Err(Error::FileExists { path: a.to.clone() });
    }
    if entry.kind != saale_store::LayerKind::Vector || entry.bbox.is_none() {
        return Err(Error::Invalid(format!(
            "layer '{name}' has no geometries; a district report needs district polygons (join the table onto them first)"
        )));
    }
    for (f, _) in &a.kpis {
        if entry.access.internal_fields.contains(f) {
            return Err(Error::Invalid(format!(
                "field '{f}' of '{name}' is internal and cannot be reported"
            )));
        }
    }
    let released = gate::release_layer(project, name, View::Public, "a report")?;
    let raw = project.read_layer(name)?;
    let mut layer = released.layer.clone();
    let field_list = crate::attributes::fields_of;
    for (f, _) in &a.kpis {
        match layer
            .schema
            .index_of(f)
            .map(|i| layer.schema.fields()[i].ty)
        {
            Some(FieldType::Int | FieldType::Float) => {}
            Some(t) => {
                return Err(Error::Invalid(format!(
                    "KPI '{f}' of '{name}' is {t}, not a number"
                )))
            }
            None => {
                return Err(saale_store::Error::NoSuchField {
                    layer: name.to_string(),
                    field: f.clone(),
                    known: field_list(&layer),
                }
                .into())
            }
        }
    }
    let label = match &a.label {
        Some(l) => {
            if layer.schema.index_of(l).is_none() {
                return Err(saale_store::Error::NoSuchField {
                    layer: name.to_string(),
                    field: l.clone(),
                    known: field_list(&layer),
                }
                .into());
            }
            l.clone()
        }
        None => layer
            .schema
            .fields()
            .iter()
            .find(|f| f.ty == FieldType::String && f.name.to_lowercase().contains("name"))
            .map(|f| f.name.clone())
            .ok_or_else(|| {
                Error::Invalid(format!(
                    "layer '{name}' has no text field with \"name\" in its name; name the label field"
                ))
            })?,
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
                return Err(Error::Invalid(format!(
                    "the series pattern '{pat}' matches no field of '{name}'"
                )));
            }
            s
        }
        None => Vec::new(),
    };
    let mut kpis = a.kpis.clone();
    if let Some(year) = &a.compare {
        let base = series_fields
            .iter()
            .find(|f| f.contains(year.as_str()))
            .ok_or_else(|| Error::Invalid(format!("no series field contains the year {year}")))?
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
            .ok_or_else(|| Error::Invalid("the series has no values".into()))?
            .clone();
        let (Some(bi), Some(li)) = (layer.schema.index_of(&base), layer.schema.index_of(&last))
        else {
            return Err(Error::Invalid("a series field vanished".into()));
        };
        let fname = format!("share_change_{}", kpis.len());
        let ci = layer.schema.observe(&fname, Some(FieldType::Float));
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
            Lang::De => format!("Veränderung {base} bis {last}"),
            Lang::En => format!("Change {base} to {last}"),
        };
        kpis.push((fname, caption));
    }
    // City totals from the unsuppressed data, unless a total would reveal a suppressed cell.
    let withheld = &released.applied.protection.withheld_totals;
    let series_totals: Vec<Option<f64>> = series_fields
        .iter()
        .map(|f| {
            if withheld.contains(f) {
                return None;
            }
            let i = raw.schema.index_of(f)?;
            let vals: Vec<f64> = raw
                .features
                .iter()
                .filter_map(|x| x.value(i).as_f64())
                .collect();
            (!vals.is_empty()).then(|| vals.iter().sum())
        })
        .collect();
    let policy = project.catalog().policy();
    let nkpis = kpis.len();
    let report = saale_report::Report {
        title: a.title.clone().unwrap_or_else(|| {
            format!(
                "{}: {}",
                project.catalog().project.name,
                entry.title_of(name)
            )
        }),
        layer: &layer,
        label,
        kpis,
        series: series_fields
            .iter()
            .map(|f| (f.clone(), f.clone()))
            .collect(),
        series_totals,
        sources: sources(project, name)?,
        min_count: entry.access.threshold(&policy),
        lang: a.lang,
        date: saale_store::today(),
        metric: !project.crs().is_geographic(),
    };
    let text = if html {
        saale_report::html(&report)
    } else {
        saale_report::csv(&report)
    };
    write_shared(&a.to, &text)?;
    if !entry.access.counts.is_empty() {
        let p = &released.applied.protection;
        gate::log_export(
            project,
            &format!(
                "report with person counts of '{name}' ({} cells suppressed, {} to protect them)",
                p.primary, p.secondary
            ),
            &a.to,
        )?;
    }
    let mut o = Outcome::new(
        "report-districts",
        Written::File {
            path: a.to.clone(),
            crs: None,
        },
        layer.features.len(),
    );
    o.headlines.push(format!(
        "report on {} districts ({nkpis} KPIs)",
        layer.features.len()
    ));
    o.suppressed = released.applied.protection.into();
    o.dropped_fields = released.applied.dropped;
    crate::outputs::record(project, &a.to, &crate::outputs::OutputStep::of_report(a))?;
    Ok(o)
}

/// Write a text file meant to be shared: atomically (a temporary file beside it, renamed into
/// place), readable by everyone (0644).
///
/// # Errors
/// [`Error::File`] naming the file.
pub fn write_shared(path: &std::path::Path, text: &str) -> Result<()> {
    use std::io::Write as _;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let tmp = dir.join(format!(
        ".{}.saale-tmp",
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let write = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        Ok(())
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::file(path, e));
    }
    crate::export::share(&tmp)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::file(path, e)
    })
}
