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
