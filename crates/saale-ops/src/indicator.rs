//! The planning indicators: land use per district, stop coverage, public green per
//! inhabitant, KPI tables, solar potential, density against the zoning plan, infill.

use saale_analysis as an;
use saale_analysis::indicators as ind;
use saale_model::{FieldType, Layer, Value};
use saale_store::Project;

use crate::outcome::{grouped, Outcome};
use crate::step::{
    DensityParams, GreenParams, InfillParams, KpisParams, LanduseParams, SolarParams, Step,
    StopCoverageParams, Target,
};
use crate::write::{write_result, Result_};
use crate::{Error, Result};

/// Read `LAYER[:FIELD=V1|V2]`: the layer, filtered to the features whose field has one of
/// the values.
pub fn selection(p: &Project, spec: &str) -> Result<(String, Layer)> {
    let (name, filter) = match spec.split_once(':') {
        Some((n, f)) => (n, Some(f)),
        None => (spec, None),
    };
    let mut l = p.read_layer(name)?;
    if let Some(f) = filter {
        let (field, values) = f
            .split_once('=')
            .ok_or_else(|| Error::Invalid(format!("'{spec}': expected LAYER:FIELD=VALUE")))?;
        let i = l
            .schema
            .index_of(field)
            .ok_or_else(|| Error::Invalid(format!("layer '{name}' has no field '{field}'")))?;
        let values: Vec<&str> = values.split('|').collect();
        l.features
            .retain(|ft| ft.value(i).as_str().is_some_and(|s| values.contains(&s)));
        if l.features.is_empty() {
            return Err(Error::Invalid(format!("'{spec}' selects no features")));
        }
    }
    Ok((name.to_string(), l))
}

fn result<'a>(
    step: &'a Step,
    rows: &'a dyn saale_model::Rows,
    inputs: &[&str],
    note: String,
    extra_counts: &[&str],
) -> Result_<'a> {
    Result_::new(step, rows, inputs, note, extra_counts)
}

fn weight_total(l: &Layer, field: &str) -> f64 {
    l.schema.index_of(field).map_or(0.0, |i| {
        l.features.iter().filter_map(|f| f.value(i).as_f64()).sum()
    })
}

pub(crate) fn landuse(
    p: &mut Project,
    step: &Step,
    a: &LanduseParams,
    target: &Target,
) -> Result<Outcome> {
    let d = p.read_layer(&a.districts)?;
    let l = p.read_layer(&a.landuse)?;
    let class: Vec<String> = a
        .class
        .iter()
        .filter(|c| l.schema.index_of(c).is_some())
        .cloned()
        .collect();
    if class.is_empty() {
        return Err(Error::Invalid(format!(
            "none of the class fields ({}) is in '{}'",
            a.class.join(", "),
            a.landuse
        )));
    }
    let r = ind::landuse_shares(&d, &l, &a.landuse, &class)?;
    let note = format!(
        "land use per district: class = first of {}; area of intersection in m2, share of district area; overlapping land-use polygons count once each",
        class.join(", ")
    );
    write_result(
        p,
        &result(step, &r, &[&a.districts, &a.landuse], note, &[]),
        target,
    )
}

pub(crate) fn stop_coverage(
    p: &mut Project,
    step: &Step,
    a: &StopCoverageParams,
    target: &Target,
) -> Result<Outcome> {
    if a.distances.is_empty() || a.distances.iter().any(|d| !d.is_finite() || *d <= 0.0) {
        return Err(Error::Invalid(
            "stop coverage: the distances must be positive numbers of metres".into(),
        ));
    }
    let hh = p.read_layer(&a.households)?;
    let (res_name, res) = selection(p, &a.residential)?;
    let pieces = an::overlay(
        &hh,
        &res,
        (&a.households, &res_name),
        an::OverlayMode::Intersection,
        std::slice::from_ref(&a.weight),
        true,
    )?;
    let fls: Vec<Layer> = a
        .stops
        .iter()
        .map(|s| p.read_layer(s))
        .collect::<std::result::Result<_, _>>()?;
    let refs: Vec<&Layer> = fls.iter().collect();
    let net = a.network.as_deref().map(|n| p.read_layer(n)).transpose()?;
    let net = net.as_ref().map(an::Network::from_layer).transpose()?;
    let dist = an::distances_to_nearest(&pieces, &refs, net.as_ref());
    let mut result_layer = hh.clone();
    let mut extra_counts = vec!["hh_total".to_string()];
    let mut added: Vec<(String, FieldType)> = vec![("hh_total".into(), FieldType::Float)];
    let mut cols: Vec<Vec<Value>> = vec![Vec::new(); hh.features.len()];
    let mut first = true;
    let mut headline_figures = Vec::new();
    for d in &a.distances {
        let c = an::coverage(
            &pieces,
            "pieces",
            &dist,
            *d,
            Some(&hh),
            Some(&a.weight),
            None,
        )?;
        let (it, ic, is) = (
            c.schema.index_of("total"),
            c.schema.index_of("covered"),
            c.schema.index_of("share"),
        );
        let tag = format!("{d:.0}");
        added.push((format!("hh_{tag}"), FieldType::Float));
        added.push((format!("share_{tag}"), FieldType::Float));
        extra_counts.push(format!("hh_{tag}"));
        let sum = |i: Option<usize>| -> f64 {
            i.map_or(0.0, |i| {
                c.features.iter().filter_map(|f| f.value(i).as_f64()).sum()
            })
        };
        headline_figures.push((*d, sum(ic), sum(it)));
        for (k, f) in c.features.iter().enumerate() {
            let g = |i: Option<usize>| i.map_or(Value::Null, |i| f.value(i).clone());
            if first {
                cols[k].push(g(it));
            }
            cols[k].push(g(ic));
            cols[k].push(g(is));
        }
        first = false;
    }
    for (name, ty) in &added {
        result_layer.schema.observe(name, Some(*ty));
    }
    let n = hh.schema.len();
    for (f, extra) in result_layer.features.iter_mut().zip(cols) {
        f.values.resize(n, Value::Null);
        f.values.extend(extra);
    }
    // Account for the weight: what found no residential land is not in any district total.
    let input_total = weight_total(&hh, &a.weight);
    let placed = headline_figures.first().map_or(0.0, |x| x.2);
    let mut warnings = Vec::new();
    if input_total - placed > 0.5 {
        warnings.push(format!(
            "{} of {} {} ({:.1} %) found no residential land in their district and are in no total",
            grouped(input_total - placed),
            grouped(input_total),
            a.weight,
            100.0 * (input_total - placed) / input_total
        ));
    }
    let mut inputs: Vec<&str> = vec![a.households.as_str(), res_name.as_str()];
    inputs.extend(a.stops.iter().map(String::as_str));
    if let Some(n) = &a.network {
        inputs.push(n);
    }
    let note = format!(
        "households ({}) spread over {} by area (dasymetric), share within {} m of {} ({})",
        a.weight,
        a.residential,
        a.distances
            .iter()
            .map(|d| format!("{d:.0}"))
            .collect::<Vec<_>>()
            .join(" / "),
        a.stops.join(", "),
        if a.network.is_some() {
            "walking distance along the network"
        } else {
            "straight-line"
        }
    );
    let counts: Vec<&str> = extra_counts.iter().map(String::as_str).collect();
    let mut res = result(step, &result_layer, &inputs, note, &counts);
    res.warnings = warnings;
    let mut out = write_result(p, &res, target)?;
    out.figures.insert("input_total".into(), input_total);
    for (d, covered, total) in headline_figures {
        if total > 0.0 {
            out.headlines.push(format!(
                "{} of {} households ({:.1} %) within {d:.0} m",
                grouped(covered),
                grouped(total),
                100.0 * covered / total
            ));
        }
        out.figures.insert(format!("covered_{d:.0}"), covered);
        out.figures.insert("total".into(), total);
    }
    Ok(out)
}

fn green_rules(rules: &[String]) -> Result<Vec<ind::GreenRule>> {
    rules
        .iter()
        .map(|r| {
            let bad = || {
                Error::Invalid(format!(
                    "green rule '{r}': expected DISTANCE:MIN_AREA:GUIDE with positive numbers"
                ))
            };
            let v: Vec<f64> = r
                .split(':')
                .map(str::parse)
                .collect::<std::result::Result<_, _>>()
                .map_err(|_| bad())?;
            match v.as_slice() {
                [d, a, g] if *d > 0.0 && *a >= 0.0 && *g >= 0.0 => Ok(ind::GreenRule {
                    distance: *d,
                    min_area: *a,
                    guide: *g,
                }),
                _ => Err(bad()),
            }
        })
        .collect()
}

pub(crate) fn green(
    p: &mut Project,
    step: &Step,
    a: &GreenParams,
    target: &Target,
) -> Result<Outcome> {
    let rules = green_rules(&a.rules)?;
    let pop = p.read_layer(&a.population)?;
    let (res_name, res) = selection(p, &a.residential)?;
    let pieces = an::overlay(
        &pop,
        &res,
        (&a.population, &res_name),
        an::OverlayMode::Intersection,
        std::slice::from_ref(&a.weight),
        true,
    )?;
    let mut greens = Layer::default();
    let mut names = Vec::new();
    for g in &a.green {
        let (n, l) = selection(p, g)?;
        greens.features.extend(l.features);
        names.push(n);
    }
    let dof = ind::district_of(&pop, &pieces);
    let r = ind::green(&pop, &pieces, "pieces", &a.weight, &dof, &greens, &rules)?;
    let mut inputs: Vec<&str> = vec![a.population.as_str(), res_name.as_str()];
    inputs.extend(names.iter().map(String::as_str));
    let note = format!(
        "population ({}) spread over {} (dasymetric); each green area ({}) shared among the people within reach; rules {}",
        a.weight,
        a.residential,
        a.green.join(", "),
        rules
            .iter()
            .map(|r| format!("{} m / >= {} m2 / guide {} m2", r.distance, r.min_area, r.guide))
            .collect::<Vec<_>>()
            .join("; ")
    );
    write_result(p, &result(step, &r, &inputs, note, &["population"]), target)
}

pub(crate) fn kpis(
    p: &mut Project,
    step: &Step,
    a: &KpisParams,
    target: &Target,
) -> Result<Outcome> {
    let (lk, tk) = a
        .key
        .split_once('=')
        .map_or((a.key.as_str(), a.key.as_str()), |(x, y)| (x, y));
    let Some(first) = a.layers.first() else {
        return Err(Error::Invalid(
            "a KPI table needs at least one layer".into(),
        ));
    };
    let mut acc = p.read_layer(first)?;
    for t in &a.layers[1..] {
        let tab = p.read_layer(t)?;
        if tab.schema.index_of(tk).is_none() {
            return Err(Error::Invalid(format!("'{t}' has no key field '{tk}'")));
        }
        // Drop the table's fields the accumulated layer has already (same values).
        let keep: Vec<usize> = (0..tab.schema.len())
            .filter(|&i| {
                let n = &tab.schema.fields()[i].name;
                n == tk || acc.schema.index_of(n).is_none()
            })
            .collect();
        let slim = Layer {
            schema: saale_model::Schema::from_fields(
                keep.iter().map(|&i| tab.schema.fields()[i].clone()),
            ),
            features: tab
                .features
                .iter()
                .map(|f| saale_model::Feature {
                    geometry: None,
                    values: keep.iter().map(|&i| f.value(i).clone()).collect(),
                })
                .collect(),
        };
        let r = saale_model::join_attributes(&acc, lk, &slim, tk, t).ok_or_else(|| {
            Error::Invalid(format!("joining '{t}' by {}: no key field '{lk}'", a.key))
        })?;
        acc = r.layer;
    }
    let refs: Vec<&str> = a.layers.iter().map(String::as_str).collect();
    let note = format!("KPI table: {} joined by {}", a.layers.join(", "), a.key);
    write_result(p, &result(step, &acc, &refs, note, &[]), target)
}

pub(crate) fn solar(
    p: &mut Project,
    step: &Step,
    a: &SolarParams,
    target: &Target,
) -> Result<Outcome> {
    let r = p.read_layer(&a.roofs)?;
    let m = ind::SolarModel {
        irradiation: a.irradiation,
        ..ind::SolarModel::default()
    };
    let faces = ind::solar(&r, &a.roofs, &m)?;
    let note = format!(
        "yield = usable area x {} x {} x {} kWh/m2a x orientation factor; suitable: factor >= {}, area >= {} m2; usable {}/{} of pitched/flat faces",
        m.efficiency, m.performance_ratio, a.irradiation, m.min_factor, m.min_area, m.usable_pitched, m.usable_flat
    );
    match &a.districts {
        None => write_result(p, &result(step, &faces, &[&a.roofs], note, &[]), target),
        Some(d) => {
            let dl = p.read_layer(d)?;
            let s =
                ind::sum_by_district(&dl, &faces, &a.roofs, &["usable_area", "kwp", "yield_kwh"])?;
            write_result(p, &result(step, &s, &[&a.roofs, d], note, &[]), target)
        }
    }
}

pub(crate) fn density(
    p: &mut Project,
    step: &Step,
    a: &DensityParams,
    target: &Target,
) -> Result<Outcome> {
    let pl = p.read_layer(&a.parcels)?;
    let bl = p.read_layer(&a.buildings)?;
    let zl = p.read_layer(&a.zones)?;
    let f = ind::DensityFields {
        storeys: Some(a.storeys.clone()),
        height: Some(a.height.clone()),
        ..ind::DensityFields::default()
    };
    let r = ind::density(&pl, &bl, &zl, (&a.parcels, &a.buildings, &a.zones), &f)?;
    let note = "GRZ = footprints in the parcel / parcel area; GFZ = footprint x storeys (height / 3 m when storeys are missing) / parcel area; plan zone by the parcel's interior point";
    write_result(
        p,
        &result(
            step,
            &r,
            &[&a.parcels, &a.buildings, &a.zones],
            note.into(),
            &[],
        ),
        target,
    )
}

pub(crate) fn infill(
    p: &mut Project,
    step: &Step,
    a: &InfillParams,
    target: &Target,
) -> Result<Outcome> {
    let d = p.read_layer(&a.density)?;
    let bu = a.built_up.as_deref().map(|s| selection(p, s)).transpose()?;
    let rules = ind::InfillRules {
        max_grz: a.max_grz,
        min_area: a.min_area,
        dwellings_per_ha: a.dwellings_per_ha,
    };
    let r = ind::infill(&d, bu.as_ref().map(|b| &b.1), &rules)?;
    let mut inputs = vec![a.density.as_str()];
    if let Some((n, _)) = &bu {
        inputs.push(n);
    }
    let note = format!(
        "infill: GRZ <= {}, area >= {} m2, inside a plan zone{}; dwellings = ha x {}",
        a.max_grz,
        a.min_area,
        if bu.is_some() {
            ", in built-up land use"
        } else {
            ""
        },
        a.dwellings_per_ha
    );
    let dwellings: i64 = r.schema.index_of("dwellings").map_or(0, |i| {
        r.features
            .iter()
            .filter_map(|f| match f.value(i) {
                Value::Int(n) => Some(*n),
                _ => None,
            })
            .sum()
    });
    let mut out = write_result(p, &result(step, &r, &inputs, note, &[]), target)?;
    out.headlines.insert(
        0,
        format!(
            "{} infill candidates, about {dwellings} dwellings",
            r.features.len()
        ),
    );
    out.figures.insert("dwellings".into(), dwellings as f64);
    Ok(out)
}
