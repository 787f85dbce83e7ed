//! The cohort configuration shipped with the Jena sample (`data/jena/forecast.toml`): its
//! tables are the documented synthetic derivation from the district household totals, and a
//! projection from it matches a hand computation.
//!
//! The tables are generated here, so the derivation is written down once and checked: after a
//! change, `SAALE_WRITE_JENA_FORECAST=1 cargo test -p saale-forecast --test jena_config`
//! rewrites `data/jena/forecast/*.csv`.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use saale_forecast::cohort::{total, Config, Scenario, FEMALE, MALE};
use saale_forecast::series;

fn jena() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/jena")
}

/// Assumed persons per private household (Jena has about 110,000 inhabitants in about 61,000
/// private households; an assumption for the sample, not a published figure).
const PERSONS_PER_HOUSEHOLD: f64 = 1.8;
/// The last, open age: 90 and over.
const OPEN_AGE: usize = 90;

/// Relative weight of one single age in the synthetic age structure (a university city: many
/// 18-29 year olds), constant within bands.
fn age_weight(age: usize) -> f64 {
    match age {
        0..=5 => 0.9,
        6..=17 => 0.8,
        18..=29 => 1.8,
        30..=49 => 1.3,
        50..=64 => 1.1,
        65..=79 => 0.9,
        80..=89 => 0.4,
        _ => 0.8, // 90 and over, all of them
    }
}

/// Share of women at an age: half below 65, 57 % from 65.
fn female_share(age: usize) -> f64 {
    if age < 65 {
        0.5
    } else {
        0.57
    }
}

/// Yearly probability of dying (stylised Gompertz curve; age 0 is infant mortality; the open
/// age 90+ dies at the rate of age 95).
fn mortality(sex: usize, age: usize) -> f64 {
    let (a, b, infant) = if sex == FEMALE {
        (0.00002, 0.098, 0.003)
    } else {
        (0.00004, 0.094, 0.0035)
    };
    match age {
        0 => infant,
        OPEN_AGE => a * (b * 95.0f64).exp(),
        x => a * (b * x as f64).exp(),
    }
}

/// Births per woman and year: a total fertility rate of 1.35 spread over five-year bands.
fn fertility(age: usize) -> f64 {
    let share = match age {
        15..=19 => 0.03,
        20..=24 => 0.12,
        25..=29 => 0.28,
        30..=34 => 0.33,
        35..=39 => 0.18,
        40..=44 => 0.05,
        45..=49 => 0.01,
        _ => 0.0,
    };
    1.35 * share / 5.0
}

/// Whole persons that add up to `total`: every cell rounded down, and the persons left over
/// one each to the cells with the largest remainders (the first cell on ties).
fn whole_persons(cells: &[(&str, usize, f64)], total: f64) -> Vec<f64> {
    let mut out: Vec<f64> = cells.iter().map(|c| c.2.floor()).collect();
    let left = (total - out.iter().sum::<f64>()) as usize;
    let mut order: Vec<usize> = (0..cells.len()).collect();
    order.sort_by(|a, b| (cells[*b].2 - out[*b]).total_cmp(&(cells[*a].2 - out[*a])));
    for i in order.into_iter().take(left) {
        out[i] += 1.0;
    }
    out
}

/// The three tables of the Jena sample configuration, by file name.
fn synthetic_tables() -> BTreeMap<&'static str, String> {
    let t = series::read_table(&jena().join("hh_priv.csv"), "statistischer_Bezirk_Nr").unwrap();
    let weights: f64 = (0..=OPEN_AGE).map(age_weight).sum();
    let mut base = String::from("district,sex,age,count\n");
    for id in t.ids.iter().filter(|id| *id != "0" && *id != "999") {
        let persons = t.values[id][&2016] * PERSONS_PER_HOUSEHOLD;
        let cells: Vec<(&str, usize, f64)> = [(FEMALE, "f"), (MALE, "m")]
            .into_iter()
            .flat_map(|(sex, name)| (0..=OPEN_AGE).map(move |age| (sex, name, age)))
            .map(|(sex, name, age)| {
                let share = if sex == FEMALE {
                    female_share(age)
                } else {
                    1.0 - female_share(age)
                };
                (name, age, persons * age_weight(age) / weights * share)
            })
            .collect();
        for ((name, age, _), count) in cells.iter().zip(whole_persons(&cells, persons.round())) {
            base.push_str(&format!("{},{name},{age},{count}\n", t.names[id]));
        }
    }
    let mut fert = String::from("age,rate\n");
    for age in 15..=49 {
        fert.push_str(&format!("{age},{:.4}\n", fertility(age)));
    }
    let mut surv = String::from("sex,age,rate\n");
    for (sex, name) in [(FEMALE, "f"), (MALE, "m")] {
        for age in 0..=OPEN_AGE {
            surv.push_str(&format!("{name},{age},{:.6}\n", 1.0 - mortality(sex, age)));
        }
    }
    BTreeMap::from([
        ("base.csv", base),
        ("fertility.csv", fert),
        ("survival.csv", surv),
    ])
}

#[test]
fn shipped_jena_tables_are_the_documented_derivation() {
    let dir = jena().join("forecast");
    for (name, text) in synthetic_tables() {
        let path = dir.join(name);
        if std::env::var_os("SAALE_WRITE_JENA_FORECAST").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let shipped = std::fs::read_to_string(&path).unwrap();
        assert!(
            shipped == text,
            "{} is not the derivation in this test (SAALE_WRITE_JENA_FORECAST=1 rewrites it)",
            path.display()
        );
    }
}

#[test]
fn jena_sample_projects_as_computed_by_hand() {
    let c = Config::load(jena().join("forecast.toml")).unwrap();
    assert_eq!(c.base_year, 2017);
    assert_eq!(c.districts.len(), 41);
    assert_eq!(c.ages(), OPEN_AGE + 1);
    // The weights add up to 6 x 0.9 + 12 x 0.8 + 12 x 1.8 + 20 x 1.3 + 15 x 1.1 + 15 x 0.9
    // + 10 x 0.4 + 0.8 = 97.4. Jena-Zentrum: 3,639 households x 1.8 = 6,550.2 persons, 6,550
    // in whole persons; women aged 20: 6,550.2 x 1.8 / 97.4 x 0.5 = 60.53, so 60 or 61; men
    // aged 70: 6,550.2 x 0.9 / 97.4 x 0.43 = 26.03, so 26 or 27.
    let z = c
        .districts
        .iter()
        .position(|d| d == "Jena-Zentrum")
        .unwrap();
    assert_eq!(total(&c.base[z]), 6550.0);
    let w20 = c.base[z][FEMALE][20];
    assert!(w20 == 60.0 || w20 == 61.0, "{w20}");
    let m70 = c.base[z][MALE][70];
    assert!(m70 == 26.0 || m70 == 27.0, "{m70}");
    // Remderoda: 22 households x 1.8 = 39.6, 40 persons.
    let r = c.districts.iter().position(|d| d == "Remderoda").unwrap();
    assert_eq!(total(&c.base[r]), 40.0);
    // The city: the sum of the districts' rounded persons, about 61,012 households x 1.8.
    let city: f64 = c.base.iter().map(total).sum();
    assert!((city - 61_012.0 * 1.8).abs() <= 41.0 * 0.5, "{city}");
    let out = c
        .project(&Scenario::named("main").unwrap(), 2019, 3)
        .unwrap();
    assert_eq!(out.years, [2017, 2018, 2019]);
    // A closed population: women aged 21 at the start of 2018 are the 20 year olds of 2017
    // who survived: w20 x (1 − 0.00002 e^(0.098 x 20)), the rate rounded to 6 decimals.
    let q20 = 0.00002 * (0.098f64 * 20.0).exp();
    let s20: f64 = format!("{:.6}", 1.0 - q20).parse().unwrap();
    let w21 = out.projection.population[1][z][FEMALE][21];
    assert!((w21 - w20 * s20).abs() < 1e-9, "{w21}");
    // Girls born in 2017: births from the women aged 15-49 (rates rounded to 4 decimals) x
    // 1 / 2.05 x infant survival 0.997.
    let births: f64 = (15..=49)
        .map(|a| {
            let rate: f64 = format!("{:.4}", fertility(a)).parse().unwrap();
            rate * c.base[z][FEMALE][a]
        })
        .sum();
    let girls = out.projection.population[1][z][FEMALE][0];
    assert!((girls - births / 2.05 * 0.997).abs() < 1e-9, "{girls}");
    // Kita demand in the base year: 0-2 year olds x 0.5 + 3-5 year olds x 0.95 (defaults).
    let d = out
        .demand
        .iter()
        .find(|d| d.district == "Jena-Zentrum" && d.year == 2017)
        .unwrap();
    let kids = |from: usize, to: usize| -> f64 {
        (from..=to)
            .map(|a| c.base[z][FEMALE][a] + c.base[z][MALE][a])
            .sum()
    };
    assert!((d.kita_needed - (kids(0, 2) * 0.5 + kids(3, 5) * 0.95)).abs() < 1e-9);
    assert_eq!(d.kita_capacity, 0.0);
    assert_eq!(d.kita_shortfall(), d.kita_needed);
}
