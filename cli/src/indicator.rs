//! `saale indicator ...`: planning indicators as layers with provenance.

use anyhow::{bail, Context, Result};
use clap::Subcommand;
use saale_analysis as an;
use saale_analysis::indicators as ind;
use saale_model::{Layer, Value};
use saale_store::Project;

use crate::analysis::{check_new, write_result, write_result_counts, Output};

/// The indicators.
#[derive(Subcommand, Debug)]
pub(crate) enum Indicator {
    /// Land use per district: area and share of each class (ALKIS `class_label`, or OSM's
    /// landuse/natural/leisure tags).
    Landuse {
        /// District polygons.
        #[arg(long)]
        districts: String,
        /// Land-use polygons.
        #[arg(long)]
        landuse: String,
        /// Class fields, first non-empty wins.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "landuse,natural,leisure,waterway"
        )]
        class: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Share of households (or residents) per district within each distance of a stop,
    /// straight-line or along the street network. Households are spread over residential land
    /// first (dasymetric).
    StopCoverage {
        /// Districts with household counts (e.g. statbez_households).
        #[arg(long)]
        households: String,
        /// The count field (e.g. 31.12.2016).
        #[arg(long)]
        weight: String,
        /// Residential land: LAYER or LAYER:FIELD=VALUE (e.g. landuse:landuse=residential).
        #[arg(long)]
        residential: String,
        /// Stop layers, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "bus,tram")]
        stops: Vec<String>,
        /// Distances in metres.
        #[arg(long, value_delimiter = ',', default_value = "300,600")]
        distances: Vec<f64>,
        /// Street layer for walking distances (default: straight-line).
        #[arg(long)]
        network: Option<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Public green per inhabitant within reach, per district, against guide values (by default
    /// 6 m² of parks >= 0.5 ha within 500 m, 7 m² of green >= 10 ha within 1,000 m). Each green
    /// area is shared among the people who live within reach of it.
    Green {
        /// Districts with population (or household) counts.
        #[arg(long)]
        population: String,
        /// The count field.
        #[arg(long)]
        weight: String,
        /// Residential land: LAYER or LAYER:FIELD=VALUE.
        #[arg(long)]
        residential: String,
        /// Green areas: LAYER or LAYER:FIELD=V1|V2 (repeat for several layers or fields).
        #[arg(long, required = true)]
        green: Vec<String>,
        /// Rules DISTANCE:MIN_AREA_M2:GUIDE_M2, comma-separated.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "500:5000:6,1000:100000:7"
        )]
        rules: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// One KPI table per district: the fields of several district layers (indicator results,
    /// demographic tables) joined by a key.
    Kpis {
        /// Layers and tables, comma-separated; the first gives the geometry.
        #[arg(long, value_delimiter = ',', required = true)]
        layers: Vec<String>,
        /// Key field present in every layer (e.g. id), or LAYER_KEY=TABLE_KEY for tables whose
        /// key is named differently (applies to all but the first).
        #[arg(long)]
        key: String,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Solar potential of LoD2 roof faces (usable area, kWp, annual yield), per face or per
    /// district. Model and constants: docs/USAGE.md.
    Solar {
        /// Roof faces (the `roofs` layer of a CityGML/CityJSON import).
        #[arg(long, default_value = "roofs")]
        roofs: String,
        /// Sum per district instead of per face.
        #[arg(long)]
        districts: Option<String>,
        /// Global horizontal irradiation, kWh/m² a.
        #[arg(long, default_value_t = 1050.0)]
        irradiation: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Actual GRZ/GFZ per parcel beside the permitted values of the plan zone, and the unused
    /// building rights.
    Density {
        /// Parcels.
        #[arg(long, default_value = "parcels")]
        parcels: String,
        /// Buildings (footprints).
        #[arg(long, default_value = "buildings")]
        buildings: String,
        /// Plan zones (XPlanGML `plan_zones`).
        #[arg(long, default_value = "plan_zones")]
        zones: String,
        /// Storeys field of the buildings.
        #[arg(long, default_value = "storeys_above")]
        storeys: String,
        /// Height field of the buildings (storeys = height / 3 m when storeys are missing).
        #[arg(long, default_value = "measured_height")]
        height: String,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Infill candidates from a density result: unbuilt or lightly used parcels in a plan zone,
    /// above a minimum size, optionally in built-up land use; with reasons and dwellings.
    Infill {
        /// A layer made by `saale indicator density`.
        #[arg(long)]
        density: String,
        /// Built-up land: LAYER or LAYER:FIELD=VALUE[|VALUE...].
        #[arg(long)]
        built_up: Option<String>,
        /// Largest actual GRZ of a lightly used parcel.
        #[arg(long, default_value_t = 0.1)]
        max_grz: f64,
        /// Smallest parcel area in m².
        #[arg(long, default_value_t = 300.0)]
        min_area: f64,
        /// Dwellings per hectare for the estimate.
        #[arg(long, default_value_t = 25.0)]
        dwellings_per_ha: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
}

/// Read `LAYER[:FIELD=V1|V2]`: the layer, filtered to the features whose field has one of the
/// values.
fn selection(p: &Project, spec: &str) -> Result<(String, Layer)> {
    let (name, filter) = match spec.split_once(':') {
        Some((n, f)) => (n, Some(f)),
        None => (spec, None),
    };
    let mut l = p.read_layer(name)?;
    if let Some(f) = filter {
        let (field, values) = f
            .split_once('=')
            .with_context(|| format!("'{spec}': expected LAYER:FIELD=VALUE"))?;
        let i = l
            .schema
            .index_of(field)
            .with_context(|| format!("layer '{name}' has no field '{field}'"))?;
        let values: Vec<&str> = values.split('|').collect();
        l.features
            .retain(|ft| ft.value(i).as_str().is_some_and(|s| values.contains(&s)));
        if l.features.is_empty() {
            bail!("'{spec}' selects no features");
        }
    }
    Ok((name.to_string(), l))
}

/// `saale indicator ...`.
pub(crate) fn run(dir: &std::path::Path, ind_cmd: Indicator, quiet: bool) -> Result<()> {
    let mut p = Project::open(dir)?;
    let crs = p.crs().clone();
    an::require_projected(&crs, "indicators")?;
    match ind_cmd {
        Indicator::Landuse {
            districts,
            landuse,
            class,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let d = p.read_layer(&districts)?;
            let l = p.read_layer(&landuse)?;
            let class: Vec<String> = class
                .into_iter()
                .filter(|c| l.schema.index_of(c).is_some())
                .collect();
            if class.is_empty() {
                bail!("none of the class fields is in '{landuse}'");
            }
            let r = ind::landuse_shares(&d, &l, &landuse, &class)?;
            let note = format!(
                "land use per district: class = first of {}; area of intersection in m2, share of district area; overlapping land-use polygons count once each",
                class.join(", ")
            );
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&districts, &landuse],
                &note,
                quiet,
            )
        }
        Indicator::StopCoverage {
            households,
            weight,
            residential,
            stops,
            distances,
            network,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            if distances.is_empty() || distances.iter().any(|d| !d.is_finite() || *d <= 0.0) {
                bail!("--distances must be positive numbers of metres");
            }
            let hh = p.read_layer(&households)?;
            let (res_name, res) = selection(&p, &residential)?;
            let pieces = an::overlay(
                &hh,
                &res,
                (&households, &res_name),
                an::OverlayMode::Intersection,
                std::slice::from_ref(&weight),
                true,
            )?;
            let fls: Vec<Layer> = stops
                .iter()
                .map(|s| p.read_layer(s))
                .collect::<Result<_, _>>()?;
            let refs: Vec<&Layer> = fls.iter().collect();
            let net = network.as_deref().map(|n| p.read_layer(n)).transpose()?;
            let net = net.as_ref().map(an::Network::from_layer).transpose()?;
            let dist = an::distances_to_nearest(&pieces, &refs, net.as_ref());
            let mut result = hh.clone();
            let mut extra_counts = vec!["hh_total".to_string()];
            let mut added: Vec<(String, saale_model::FieldType)> =
                vec![("hh_total".into(), saale_model::FieldType::Float)];
            let mut cols: Vec<Vec<Value>> = vec![Vec::new(); hh.features.len()];
            let mut first = true;
            for d in &distances {
                let c = an::coverage(&pieces, "pieces", &dist, *d, Some(&hh), Some(&weight), None)?;
                let (it, ic, is) = (
                    c.schema.index_of("total"),
                    c.schema.index_of("covered"),
                    c.schema.index_of("share"),
                );
                let tag = format!("{d:.0}");
                added.push((format!("hh_{tag}"), saale_model::FieldType::Float));
                added.push((format!("share_{tag}"), saale_model::FieldType::Float));
                extra_counts.push(format!("hh_{tag}"));
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
                result.schema.observe(name, Some(*ty));
            }
            let n = hh.schema.len();
            for (f, extra) in result.features.iter_mut().zip(cols) {
                f.values.resize(n, Value::Null);
                f.values.extend(extra);
            }
            let mut inputs: Vec<&str> = vec![households.as_str(), res_name.as_str()];
            inputs.extend(stops.iter().map(String::as_str));
            if let Some(n) = &network {
                inputs.push(n);
            }
            let note = format!(
                "households ({weight}) spread over {residential} by area (dasymetric), share within {} m of {} ({})",
                distances.iter().map(|d| format!("{d:.0}")).collect::<Vec<_>>().join(" / "),
                stops.join(", "),
                if network.is_some() { "walking distance along the network" } else { "straight-line" }
            );
            let counts: Vec<&str> = extra_counts.iter().map(String::as_str).collect();
            write_result_counts(
                &mut p, &result, &output, replace, &inputs, &note, &counts, quiet,
            )
        }
        Indicator::Green {
            population,
            weight,
            residential,
            green,
            rules,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let rules: Vec<ind::GreenRule> = rules
                .iter()
                .map(|r| {
                    let v: Vec<f64> = r
                        .split(':')
                        .map(str::parse)
                        .collect::<Result<_, _>>()
                        .with_context(|| {
                            format!("--rules {r}: expected DISTANCE:MIN_AREA:GUIDE")
                        })?;
                    match v.as_slice() {
                        [d, a, g] if *d > 0.0 && *a >= 0.0 && *g >= 0.0 => Ok(ind::GreenRule {
                            distance: *d,
                            min_area: *a,
                            guide: *g,
                        }),
                        _ => bail!(
                            "--rules {r}: expected DISTANCE:MIN_AREA:GUIDE with positive numbers"
                        ),
                    }
                })
                .collect::<Result<_>>()?;
            let pop = p.read_layer(&population)?;
            let (res_name, res) = selection(&p, &residential)?;
            let pieces = an::overlay(
                &pop,
                &res,
                (&population, &res_name),
                an::OverlayMode::Intersection,
                std::slice::from_ref(&weight),
                true,
            )?;
            let mut greens = Layer::default();
            let mut names = Vec::new();
            for g in &green {
                let (n, l) = selection(&p, g)?;
                greens.features.extend(l.features);
                names.push(n);
            }
            let dof = ind::district_of(&pop, &pieces);
            let r = ind::green(&pop, &pieces, "pieces", &weight, &dof, &greens, &rules)?;
            let mut inputs: Vec<&str> = vec![population.as_str(), res_name.as_str()];
            inputs.extend(names.iter().map(String::as_str));
            let note = format!(
                "population ({weight}) spread over {residential} (dasymetric); each green area ({}) shared among the people within reach; rules {}",
                green.join(", "),
                rules.iter().map(|r| format!("{} m / >= {} m2 / guide {} m2", r.distance, r.min_area, r.guide)).collect::<Vec<_>>().join("; ")
            );
            write_result_counts(
                &mut p,
                &r,
                &output,
                replace,
                &inputs,
                &note,
                &["population"],
                quiet,
            )
        }
        Indicator::Kpis {
            layers,
            key,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let (lk, tk) = key
                .split_once('=')
                .map_or((key.as_str(), key.as_str()), |(a, b)| (a, b));
            let Some(first) = layers.first() else {
                bail!("--layers needs at least one layer");
            };
            let mut acc = p.read_layer(first)?;
            for t in &layers[1..] {
                let tab = p.read_layer(t)?;
                if tab.schema.index_of(tk).is_none() {
                    bail!("'{t}' has no key field '{tk}'");
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
                let r = saale_model::join_attributes(&acc, lk, &slim, tk, t)
                    .with_context(|| format!("joining '{t}' by {key}"))?;
                acc = r.layer;
            }
            let refs: Vec<&str> = layers.iter().map(String::as_str).collect();
            let note = format!("KPI table: {} joined by {key}", layers.join(", "));
            write_result(&mut p, &acc, &output, replace, &refs, &note, quiet)
        }
        Indicator::Solar {
            roofs,
            districts,
            irradiation,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let r = p.read_layer(&roofs)?;
            let m = ind::SolarModel {
                irradiation,
                ..ind::SolarModel::default()
            };
            let faces = ind::solar(&r, &roofs, &m)?;
            let note = format!(
                "yield = usable area x {} x {} x {irradiation} kWh/m2a x orientation factor; suitable: factor >= {}, area >= {} m2; usable {}/{} of pitched/flat faces",
                m.efficiency, m.performance_ratio, m.min_factor, m.min_area, m.usable_pitched, m.usable_flat
            );
            match districts {
                None => write_result(&mut p, &faces, &output, replace, &[&roofs], &note, quiet),
                Some(d) => {
                    let dl = p.read_layer(&d)?;
                    let s = ind::sum_by_district(
                        &dl,
                        &faces,
                        &roofs,
                        &["usable_area", "kwp", "yield_kwh"],
                    )?;
                    write_result(&mut p, &s, &output, replace, &[&roofs, &d], &note, quiet)
                }
            }
        }
        Indicator::Density {
            parcels,
            buildings,
            zones,
            storeys,
            height,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let pl = p.read_layer(&parcels)?;
            let bl = p.read_layer(&buildings)?;
            let zl = p.read_layer(&zones)?;
            let f = ind::DensityFields {
                storeys: Some(storeys),
                height: Some(height),
                ..ind::DensityFields::default()
            };
            let r = ind::density(&pl, &bl, &zl, (&parcels, &buildings, &zones), &f)?;
            let note = "GRZ = footprints in the parcel / parcel area; GFZ = footprint x storeys (height / 3 m when storeys are missing) / parcel area; plan zone by the parcel's interior point";
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&parcels, &buildings, &zones],
                note,
                quiet,
            )
        }
        Indicator::Infill {
            density,
            built_up,
            max_grz,
            min_area,
            dwellings_per_ha,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let d = p.read_layer(&density)?;
            let bu = built_up.as_deref().map(|s| selection(&p, s)).transpose()?;
            let rules = ind::InfillRules {
                max_grz,
                min_area,
                dwellings_per_ha,
            };
            let r = ind::infill(&d, bu.as_ref().map(|b| &b.1), &rules)?;
            let mut inputs = vec![density.as_str()];
            if let Some((n, _)) = &bu {
                inputs.push(n);
            }
            let note = format!(
                "infill: GRZ <= {max_grz}, area >= {min_area} m2, inside a plan zone{}; dwellings = ha x {dwellings_per_ha}",
                if bu.is_some() { ", in built-up land use" } else { "" }
            );
            say_count(quiet, &r);
            write_result(&mut p, &r, &output, replace, &inputs, &note, quiet)
        }
    }
}

fn say_count(quiet: bool, r: &Layer) {
    let dw: i64 = r
        .features
        .iter()
        .filter_map(|f| {
            r.schema
                .index_of("dwellings")
                .and_then(|i| match f.value(i) {
                    Value::Int(n) => Some(*n),
                    _ => None,
                })
        })
        .sum();
    crate::say(
        quiet,
        format!(
            "{} infill candidates, about {dw} dwellings",
            r.features.len()
        ),
    );
}
