//! Deterministic cohort-component projection per district: single ages 0..A (the last age is
//! open, "A and over"), two sexes, annual steps.
//!
//! One step from the start of year t to the start of t+1, per district:
//! 1. births from the women at the start of the year and the age-specific fertility rates,
//!    split by the sex ratio at birth; the newborns that survive are age 0 at t+1;
//! 2. ageing with survival rates (the open age group keeps its own survivors);
//! 3. external migration: arrivals by age and sex (counts) are added, departures (rates of the
//!    aged population) subtracted;
//! 4. internal moves: a share of each district's population moves, spread over the other
//!    districts by origin-destination shares (the city total is unchanged);
//! 5. first occupants of new dwellings: dwellings x persons per dwelling x an age-sex profile;
//! 6. negative counts (from departures above the population) are set to zero and counted.
//!
//! With control totals, every district is scaled so that the city matches the total of the
//! year. Scenarios multiply fertility, mortality (1 − survival), arrivals and departures.
//!
//! # Runtime
//! `O(years x districts x ages)`; internal moves add `O(districts²)` per year.
//!
//! # From a configuration file
//! [`Config::load`] reads a TOML file and the CSV tables it names into the inputs of
//! [`project`]; [`Config::project`] runs it for a scenario and returns the result tables
//! ([`Outcome`]: population by district, year, sex and age group with disclosure control, and
//! Kita and school demand).

// The loops index several [sex][age] arrays of different districts at once; iterators over
// one of them would hide that.
#![allow(clippy::needless_range_loop)]

use std::collections::BTreeMap;

use crate::{Error, Result};

mod config;
mod outcome;

pub use config::{Capacities, Capacity, Config, DemandRates, UNSTABLE_BELOW};
pub use outcome::{DemandRow, Outcome, PopulationRow, AGE_GROUPS};

/// Female and male index.
pub const FEMALE: usize = 0;
/// Male index.
pub const MALE: usize = 1;

/// Population of one district: `[sex][age]`.
pub type Pyramid = [Vec<f64>; 2];

/// Demographic rates (the same for every district).
#[derive(Debug, Clone)]
pub struct Rates {
    /// Births per woman and year by age (length = number of ages).
    pub fertility: Vec<f64>,
    /// Probability to survive the year by sex and age (`[sex][age]`).
    pub survival: Pyramid,
    /// Probability of a newborn to survive to the end of its birth year, by sex.
    pub infant_survival: [f64; 2],
    /// Boys per girl at birth (about 1.05).
    pub sex_ratio_at_birth: f64,
}

/// Migration and new housing, per district.
#[derive(Debug, Clone, Default)]
pub struct Flows {
    /// Arrivals per year from outside the city, `[district][sex][age]`.
    pub arrivals: Vec<Pyramid>,
    /// Departures as a share of the population, `[district][sex][age]`.
    pub departure_rates: Vec<Pyramid>,
    /// Share of a district's population that moves to another district each year.
    pub move_rates: Vec<f64>,
    /// Where the movers of a district go: `[from][to]`, rows add up to 1.
    pub destinations: Vec<Vec<f64>>,
    /// New dwellings by district and year (occupied at the start of that year).
    pub dwellings: Vec<BTreeMap<i32, f64>>,
    /// Persons per new dwelling.
    pub persons_per_dwelling: f64,
    /// Age-sex profile of first occupants (`[sex][age]`, adds up to 1).
    pub occupant_profile: Option<Pyramid>,
}

/// Multipliers of a scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    /// Fertility multiplier.
    pub fertility: f64,
    /// Mortality multiplier (applied to 1 − survival).
    pub mortality: f64,
    /// Arrivals multiplier.
    pub arrivals: f64,
    /// Departures multiplier.
    pub departures: f64,
}

impl Scenario {
    /// `main`, `high` or `low` (high: fertility and arrivals +10 %, departures and mortality
    /// −10 %; low the reverse).
    #[must_use]
    pub fn named(name: &str) -> Option<Scenario> {
        let (f, m, a, d) = match name {
            "main" => (1.0, 1.0, 1.0, 1.0),
            "high" => (1.1, 0.9, 1.1, 0.9),
            "low" => (0.9, 1.1, 0.9, 1.1),
            _ => return None,
        };
        Some(Scenario {
            fertility: f,
            mortality: m,
            arrivals: a,
            departures: d,
        })
    }
}

/// A projection: the population of every district at the start of every year.
#[derive(Debug, Clone)]
pub struct Projection {
    /// Years, starting with the base year.
    pub years: Vec<i32>,
    /// `[year][district]` pyramids.
    pub population: Vec<Vec<Pyramid>>,
    /// Births per year (from the first step) and district.
    pub births: Vec<Vec<f64>>,
    /// Counts set to zero because departures exceeded the population.
    pub clamped: usize,
}

fn check(base: &[Pyramid], r: &Rates, f: &Flows) -> Result<usize> {
    let a = r.fertility.len();
    if a < 2 {
        return Err(Error::Input("at least two ages are needed".into()));
    }
    let bad = |m: String| Err(Error::Input(m));
    for s in 0..2 {
        if r.survival[s].len() != a {
            return bad(format!(
                "survival has {} ages, fertility {a}",
                r.survival[s].len()
            ));
        }
        if r.survival[s].iter().any(|v| !(0.0..=1.0).contains(v)) {
            return bad("survival rates must lie in 0..1".into());
        }
    }
    for (d, p) in base.iter().enumerate() {
        if p[0].len() != a || p[1].len() != a {
            return bad(format!("district {d}: base population has not {a} ages"));
        }
    }
    let n = base.len();
    let lens = [
        f.arrivals.len(),
        f.departure_rates.len(),
        f.move_rates.len(),
        f.destinations.len(),
        f.dwellings.len(),
    ];
    if lens.iter().any(|l| *l != 0 && *l != n) {
        return bad(format!(
            "flows are given for a different number of districts than the {n} of the base"
        ));
    }
    Ok(a)
}

/// Project `base` (at the start of `base_year`) to the start of `until`.
///
/// # Errors
/// [`Error::Input`] when the rates, flows and base do not fit together.
pub fn project(
    base: &[Pyramid],
    base_year: i32,
    until: i32,
    r: &Rates,
    f: &Flows,
    sc: &Scenario,
    control: &BTreeMap<i32, f64>,
) -> Result<Projection> {
    let a = check(base, r, f)?;
    let nd = base.len();
    let surv: [Vec<f64>; 2] = [0, 1].map(|s| {
        r.survival[s]
            .iter()
            .map(|v| (1.0 - (1.0 - v) * sc.mortality).clamp(0.0, 1.0))
            .collect()
    });
    let girl = 1.0 / (1.0 + r.sex_ratio_at_birth);
    let mut years = vec![base_year];
    let mut population = vec![base.to_vec()];
    let mut births = Vec::new();
    let mut clamped = 0;
    let mut cur = base.to_vec();
    for year in base_year..until {
        let mut next: Vec<Pyramid> = vec![[vec![0.0; a], vec![0.0; a]]; nd];
        let mut b_year = vec![0.0; nd];
        for d in 0..nd {
            let p = &cur[d];
            let b: f64 = r
                .fertility
                .iter()
                .zip(&p[FEMALE])
                .map(|(fr, w)| fr * w)
                .sum::<f64>()
                * sc.fertility;
            b_year[d] = b;
            let n = &mut next[d];
            n[FEMALE][0] = b * girl * r.infant_survival[FEMALE];
            n[MALE][0] = b * (1.0 - girl) * r.infant_survival[MALE];
            for s in 0..2 {
                for age in 0..a - 1 {
                    n[s][age + 1] += p[s][age] * surv[s][age];
                }
                n[s][a - 1] += p[s][a - 1] * surv[s][a - 1];
            }
            if let Some(arr) = f.arrivals.get(d) {
                for s in 0..2 {
                    for age in 0..a {
                        n[s][age] += arr[s][age] * sc.arrivals;
                    }
                }
            }
            if let Some(dep) = f.departure_rates.get(d) {
                for s in 0..2 {
                    for age in 0..a {
                        n[s][age] -= n[s][age] * dep[s][age] * sc.departures;
                    }
                }
            }
        }
        // Internal moves, from the populations after migration.
        if !f.move_rates.is_empty() {
            let moved: Vec<Pyramid> = next
                .iter()
                .zip(&f.move_rates)
                .map(|(p, m)| [0, 1].map(|s| p[s].iter().map(|v| v.max(0.0) * m).collect()))
                .collect();
            for from in 0..nd {
                for s in 0..2 {
                    for age in 0..a {
                        next[from][s][age] -= moved[from][s][age];
                    }
                }
                for to in 0..nd {
                    let share = f
                        .destinations
                        .get(from)
                        .and_then(|r| r.get(to))
                        .copied()
                        .unwrap_or(0.0);
                    if share == 0.0 {
                        continue;
                    }
                    for s in 0..2 {
                        for age in 0..a {
                            next[to][s][age] += moved[from][s][age] * share;
                        }
                    }
                }
            }
        }
        // First occupants of the dwellings ready at the start of the next year.
        if let Some(profile) = f.occupant_profile.as_ref() {
            for (d, dw) in f.dwellings.iter().enumerate() {
                let k = dw.get(&(year + 1)).copied().unwrap_or(0.0) * f.persons_per_dwelling;
                if k > 0.0 {
                    for s in 0..2 {
                        for age in 0..a {
                            next[d][s][age] += k * profile[s].get(age).copied().unwrap_or(0.0);
                        }
                    }
                }
            }
        }
        for p in &mut next {
            for s in p.iter_mut() {
                for v in s.iter_mut() {
                    if *v < 0.0 {
                        *v = 0.0;
                        clamped += 1;
                    }
                }
            }
        }
        if let Some(t) = control.get(&(year + 1)) {
            let sum: f64 = next.iter().map(total).sum();
            if sum > 0.0 {
                let k = t / sum;
                for p in &mut next {
                    for s in p.iter_mut() {
                        s.iter_mut().for_each(|v| *v *= k);
                    }
                }
            }
        }
        births.push(b_year);
        years.push(year + 1);
        population.push(next.clone());
        cur = next;
    }
    Ok(Projection {
        years,
        population,
        births,
        clamped,
    })
}

/// Total of a pyramid.
#[must_use]
pub fn total(p: &Pyramid) -> f64 {
    p[0].iter().chain(&p[1]).sum()
}

/// Persons aged `from..=to` (both sexes).
#[must_use]
pub fn ages(p: &Pyramid, from: usize, to: usize) -> f64 {
    (0..2)
        .map(|s| p[s].iter().skip(from).take(to + 1 - from).sum::<f64>())
        .sum()
}

/// Kita and primary-school demand of one district and year: places needed for children 0-2
/// (`u3_rate`) and 3-5 (`o3_rate`), and school places for 6-9 year olds (`school_rate`, the
/// share in primary school).
#[must_use]
pub fn demand(p: &Pyramid, u3_rate: f64, o3_rate: f64, school_rate: f64) -> (f64, f64) {
    (
        ages(p, 0, 2) * u3_rate + ages(p, 3, 5) * o3_rate,
        ages(p, 6, 9) * school_rate,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates3() -> Rates {
        Rates {
            fertility: vec![0.0, 0.5, 0.1],
            survival: [vec![0.9, 0.8, 0.5], vec![0.8, 0.7, 0.4]],
            infant_survival: [0.95, 0.9],
            sex_ratio_at_birth: 1.0,
        }
    }

    #[test]
    fn two_districts_three_ages_by_hand() {
        // District A: women 100/50/20, men 100/40/10; B: women 10/10/10, men 0/0/0.
        let base = vec![
            [vec![100.0, 50.0, 20.0], vec![100.0, 40.0, 10.0]],
            [vec![10.0, 10.0, 10.0], vec![0.0, 0.0, 0.0]],
        ];
        let f = Flows {
            arrivals: vec![
                [vec![0.0, 5.0, 0.0], vec![0.0; 3]],
                [vec![0.0; 3], vec![0.0; 3]],
            ],
            departure_rates: vec![
                [vec![0.0, 0.1, 0.0], vec![0.0; 3]],
                [vec![0.0; 3], vec![0.0; 3]],
            ],
            move_rates: vec![0.1, 0.0],
            destinations: vec![vec![0.0, 1.0], vec![1.0, 0.0]],
            ..Flows::default()
        };
        let p = project(
            &base,
            2020,
            2021,
            &rates3(),
            &f,
            &Scenario::named("main").expect("main"),
            &BTreeMap::new(),
        )
        .expect("projection");
        let a = &p.population[1][0];
        let b = &p.population[1][1];
        // A: births = 0.5 x 50 + 0.1 x 20 = 27, half girls: 13.5 x 0.95 = 12.825 and
        // 13.5 x 0.9 = 12.15. Women aged 1: 100 x 0.9 = 90, + 5 arrivals = 95, − 10 % = 85.5.
        // Women 2+: 50 x 0.8 + 20 x 0.5 = 50. Men 1: 80; men 2+: 28 + 4 = 32.
        // Then 10 % of everyone moves to B.
        assert_eq!(p.births[0][0], 27.0);
        let close = |x: f64, y: f64| (x - y).abs() < 1e-12;
        assert!(close(a[FEMALE][0], 12.825 * 0.9));
        assert!(close(a[FEMALE][1], 85.5 * 0.9));
        assert!(close(a[FEMALE][2], 50.0 * 0.9));
        assert!(close(a[MALE][1], 72.0) && close(a[MALE][2], 28.8));
        // B: births 0.5 x 10 + 0.1 x 10 = 6: girls 3 x 0.95 = 2.85 plus A's movers 1.2825.
        assert!(close(b[FEMALE][0], 2.85 + 1.2825));
        assert!(close(b[FEMALE][1], 9.0 + 8.55));
        assert!(close(b[FEMALE][2], 8.0 + 5.0 + 5.0));
        assert!(close(b[MALE][2], 3.2));
    }

    #[test]
    fn one_district_equals_the_leslie_matrix() {
        // 101 ages, two sexes: the step must equal L x P for the Leslie matrix L of the rates.
        let a = 101;
        let fert: Vec<f64> = (0..a)
            .map(|x| {
                if (15..50).contains(&x) {
                    0.04 + 0.001 * ((x * 7) % 11) as f64
                } else {
                    0.0
                }
            })
            .collect();
        let sv = |s: usize| -> Vec<f64> {
            (0..a)
                .map(|x| 1.0 - 0.0005 * (1.0 + x as f64 / 10.0).powf(2.0 + s as f64 * 0.1))
                .collect()
        };
        let r = Rates {
            fertility: fert.clone(),
            survival: [sv(0), sv(1)],
            infant_survival: [0.997, 0.996],
            sex_ratio_at_birth: 1.05,
        };
        let base = vec![[0, 1].map(|s| {
            (0..a)
                .map(|x| 500.0 + 37.0 * ((x * (s + 3)) % 17) as f64)
                .collect::<Vec<f64>>()
        })];
        let p = project(
            &base,
            2020,
            2025,
            &r,
            &Flows::default(),
            &Scenario::named("main").expect("main"),
            &BTreeMap::new(),
        )
        .expect("projection");
        // Build L (2a x 2a; females first) and iterate.
        let n = 2 * a;
        let mut l = vec![vec![0.0; n]; n];
        let girl = 1.0 / 2.05;
        for x in 0..a {
            l[0][x] = fert[x] * girl * 0.997;
            l[a][x] = fert[x] * (1.0 - girl) * 0.996;
        }
        for s in 0..2 {
            for x in 0..a - 1 {
                l[s * a + x + 1][s * a + x] = r.survival[s][x];
            }
            l[s * a + a - 1][s * a + a - 1] = r.survival[s][a - 1];
        }
        let mut v: Vec<f64> = base[0][0].iter().chain(&base[0][1]).copied().collect();
        for year in 1..=5 {
            v = (0..n)
                .map(|i| (0..n).map(|j| l[i][j] * v[j]).sum())
                .collect();
            let got: Vec<f64> = p.population[year][0][0]
                .iter()
                .chain(&p.population[year][0][1])
                .copied()
                .collect();
            for (g, w) in got.iter().zip(&v) {
                assert!(
                    (g - w).abs() <= 1e-9 * w.abs().max(1.0),
                    "year {year}: {g} vs {w}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn without_births_and_migration_the_population_only_ages_and_shrinks(
            seed in proptest::collection::vec(0.0f64..1000.0, 12), s in 0.5f64..1.0
        ) {
            let base = vec![[seed[..6].to_vec(), seed[6..].to_vec()]];
            let r = Rates { fertility: vec![0.0; 6], survival: [vec![s; 6], vec![s; 6]], infant_survival: [1.0, 1.0], sex_ratio_at_birth: 1.05 };
            let p = project(&base, 2000, 2010, &r, &Flows::default(), &Scenario::named("main").expect("main"), &BTreeMap::new()).expect("projection");
            let mut last = total(&base[0]);
            for y in &p.population[1..] {
                let t = total(&y[0]);
                proptest::prop_assert!(t <= last + 1e-9);
                proptest::prop_assert!(y[0].iter().flatten().all(|v| *v >= 0.0));
                // Nobody is born: age 0 is empty.
                proptest::prop_assert!(y[0][0][0] == 0.0 && y[0][1][0] == 0.0);
                last = t;
            }
        }

        #[test]
        fn departures_never_make_counts_negative_and_moves_keep_the_total(
            seed in proptest::collection::vec(0.0f64..100.0, 8), dep in 0.0f64..3.0, mv in 0.0f64..1.0
        ) {
            let base = vec![[seed[..2].to_vec(), seed[2..4].to_vec()], [seed[4..6].to_vec(), seed[6..].to_vec()]];
            let r = Rates { fertility: vec![0.0, 0.1], survival: [vec![1.0; 2], vec![1.0; 2]], infant_survival: [1.0, 1.0], sex_ratio_at_birth: 1.0 };
            let zero = [vec![0.0; 2], vec![0.0; 2]];
            let f = Flows {
                departure_rates: vec![[vec![dep; 2], vec![dep; 2]], zero.clone()],
                move_rates: vec![mv, mv],
                destinations: vec![vec![0.0, 1.0], vec![1.0, 0.0]],
                ..Flows::default()
            };
            let p = project(&base, 2000, 2003, &r, &f, &Scenario::named("main").expect("main"), &BTreeMap::new()).expect("projection");
            for y in &p.population {
                proptest::prop_assert!(y.iter().flat_map(|d| d.iter().flatten()).all(|v| *v >= 0.0));
            }
            // Moves alone (no departures, no births) keep the city total.
            let f2 = Flows { departure_rates: vec![], ..f };
            let r2 = Rates { fertility: vec![0.0, 0.0], ..r };
            let q = project(&base, 2000, 2003, &r2, &f2, &Scenario::named("main").expect("main"), &BTreeMap::new()).expect("projection");
            let t0: f64 = base.iter().map(total).sum();
            for y in &q.population {
                let t: f64 = y.iter().map(total).sum();
                proptest::prop_assert!((t - t0).abs() < 1e-9 * t0.max(1.0));
            }
        }
    }
}
