//! Running a [`Config`]: the projection and its result tables (population by district, year,
//! sex and age group with disclosure control, and Kita and school demand).

use saale_privacy::Mark;

use super::{demand, project, total, Config, Projection, Scenario, FEMALE, MALE};
use crate::{Error, Result};

/// The age groups of [`Outcome::population`]: name, first and last age (inclusive). The last
/// group, `total`, is the sum of the others; groups starting beyond the configured ages are
/// left out, and the last age is open ("and over").
pub const AGE_GROUPS: [(&str, usize, usize); 7] = [
    ("0-2", 0, 2),
    ("3-5", 3, 5),
    ("6-9", 6, 9),
    ("10-17", 10, 17),
    ("18-64", 18, 64),
    ("65+", 65, usize::MAX),
    ("total", 0, usize::MAX),
];

/// One cell of the population table.
#[derive(Debug, Clone, PartialEq)]
pub struct PopulationRow {
    /// District name.
    pub district: String,
    /// Year (start of year).
    pub year: i32,
    /// `f` or `m`.
    pub sex: &'static str,
    /// Age group (see [`AGE_GROUPS`]).
    pub age_group: &'static str,
    /// Projected persons.
    pub value: f64,
    /// False when disclosure control withholds the value (below the minimum count, or a
    /// partner cell that protects one).
    pub published: bool,
}

/// Kita and school demand of one district and year, against its capacities.
#[derive(Debug, Clone, PartialEq)]
pub struct DemandRow {
    /// District name.
    pub district: String,
    /// Year (start of year).
    pub year: i32,
    /// Kita places needed.
    pub kita_needed: f64,
    /// Kita places available (0 without capacities).
    pub kita_capacity: f64,
    /// Primary-school places needed.
    pub school_needed: f64,
    /// School places available (0 without capacities).
    pub school_capacity: f64,
}

impl DemandRow {
    /// Kita places missing (at least 0).
    #[must_use]
    pub fn kita_shortfall(&self) -> f64 {
        (self.kita_needed - self.kita_capacity).max(0.0)
    }

    /// School places missing (at least 0).
    #[must_use]
    pub fn school_shortfall(&self) -> f64 {
        (self.school_needed - self.school_capacity).max(0.0)
    }
}

/// The result of [`Config::project`].
#[derive(Debug, Clone)]
pub struct Outcome {
    /// District names (the order of [`Projection::population`]).
    pub districts: Vec<String>,
    /// Years, from the base year to the last.
    pub years: Vec<i32>,
    /// The full projection: single ages, births, clamped counts.
    pub projection: Projection,
    /// Population by year, district, sex (f, m) and age group, in this order.
    pub population: Vec<PopulationRow>,
    /// Minimum count of the disclosure control (0: off).
    pub min_count: u64,
    /// Demand by year and district, in this order.
    pub demand: Vec<DemandRow>,
}

impl Config {
    /// Project the base population to the start of `until` under `scenario`, and derive the
    /// result tables: [`Outcome::population`] with disclosure control at `min_count` (0 turns
    /// it off) and [`Outcome::demand`] against [`Config::capacities`] (0 where none are given).
    ///
    /// Disclosure control, per year: the rows are district x sex, the columns the age groups,
    /// which add up to the row total. Groups below `min_count` are withheld together with
    /// partner cells so that neither the row total nor the city total gives them away; a row
    /// total below `min_count` (but above 0) is withheld.
    ///
    /// # Errors
    /// [`Error::UntilNotAfterBase`] when `until` is not after the base year; [`Error::Input`]
    /// when the tables do not fit together.
    ///
    /// # Runtime
    /// That of [`project`], plus `O(years x districts x ages)` for the tables.
    pub fn project(&self, scenario: &Scenario, until: i32, min_count: u64) -> Result<Outcome> {
        if until <= self.base_year {
            return Err(Error::UntilNotAfterBase {
                until,
                base_year: self.base_year,
            });
        }
        let proj = project(
            &self.base,
            self.base_year,
            until,
            &self.rates,
            &self.flows,
            scenario,
            &self.control,
        )?;
        let population = population_table(&self.districts, &proj, self.ages(), min_count);
        let mut demand_rows = Vec::with_capacity(proj.years.len() * self.districts.len());
        for (yi, y) in proj.years.iter().enumerate() {
            for (d, name) in self.districts.iter().enumerate() {
                let (kita, school) = demand(
                    &proj.population[yi][d],
                    self.demand.u3_rate,
                    self.demand.o3_rate,
                    self.demand.school_rate,
                );
                let cap = self
                    .capacities
                    .as_ref()
                    .and_then(|c| c.get(name))
                    .copied()
                    .unwrap_or_default();
                demand_rows.push(DemandRow {
                    district: name.clone(),
                    year: *y,
                    kita_needed: kita,
                    kita_capacity: cap.kita,
                    school_needed: school,
                    school_capacity: cap.school,
                });
            }
        }
        Ok(Outcome {
            districts: self.districts.clone(),
            years: proj.years.clone(),
            projection: proj,
            population,
            min_count,
            demand: demand_rows,
        })
    }
}

fn population_table(
    districts: &[String],
    proj: &Projection,
    n_ages: usize,
    min_count: u64,
) -> Vec<PopulationRow> {
    let groups: Vec<(&'static str, usize, usize)> = AGE_GROUPS
        .into_iter()
        .filter(|g| g.1 < n_ages)
        .map(|(g, from, to)| (g, from, to.min(n_ages - 1)))
        .collect();
    let mut out = Vec::with_capacity(proj.years.len() * districts.len() * 2 * groups.len());
    for (yi, y) in proj.years.iter().enumerate() {
        // Rows: district x sex; columns: the age groups (the last is the total, which the
        // others add up to).
        let cells: Vec<Vec<f64>> = (0..districts.len())
            .flat_map(|d| [FEMALE, MALE].map(|s| (d, s)))
            .map(|(d, s)| {
                let side = &proj.population[yi][d][s];
                groups
                    .iter()
                    .map(|(_, from, to)| side.iter().skip(*from).take(to + 1 - from).sum())
                    .collect()
            })
            .collect();
        let detail: Vec<Vec<Option<f64>>> = cells
            .iter()
            .map(|r| r[..r.len() - 1].iter().copied().map(Some).collect())
            .collect();
        let sup = (min_count > 0).then(|| saale_privacy::suppress(&detail, min_count, true));
        for (d, name) in districts.iter().enumerate() {
            for (si, sex) in ["f", "m"].into_iter().enumerate() {
                let row = d * 2 + si;
                for (gi, (g, _, _)) in groups.iter().enumerate() {
                    let value = cells[row][gi];
                    // The last group is the row total: hidden when small, or when it would
                    // reveal the row's hidden cells.
                    let hide = match &sup {
                        None => false,
                        Some(sup) if gi + 1 == groups.len() => {
                            (value > 0.0 && value < min_count as f64)
                                || !sup.row_total_published(row)
                        }
                        Some(sup) => sup.cells[row][gi] != Mark::Published,
                    };
                    out.push(PopulationRow {
                        district: name.clone(),
                        year: *y,
                        sex,
                        age_group: g,
                        value,
                        published: !hide,
                    });
                }
            }
        }
    }
    out
}

impl Outcome {
    /// Number of withheld population cells.
    #[must_use]
    pub fn withheld(&self) -> usize {
        self.population.iter().filter(|r| !r.published).count()
    }

    /// Total population of a district in every year (the order of [`Outcome::years`]).
    #[must_use]
    pub fn district_totals(&self, district: &str) -> Option<Vec<f64>> {
        let d = self.districts.iter().position(|x| x == district)?;
        Some(
            self.projection
                .population
                .iter()
                .map(|year| total(&year[d]))
                .collect(),
        )
    }

    /// City total (sum of the districts) in every year.
    #[must_use]
    pub fn city_totals(&self) -> Vec<f64> {
        self.projection
            .population
            .iter()
            .map(|year| year.iter().map(total).sum())
            .collect()
    }

    /// The population table as CSV: `district,year,sex,age_group,value`, values with three
    /// decimals, withheld values as `.`.
    #[must_use]
    pub fn population_csv(&self) -> String {
        let mut csv = String::from("district,year,sex,age_group,value\n");
        for r in &self.population {
            let (d, y, s, g) = (&r.district, r.year, r.sex, r.age_group);
            if r.published {
                csv.push_str(&format!("{d},{y},{s},{g},{:.3}\n", r.value));
            } else {
                csv.push_str(&format!("{d},{y},{s},{g},.\n"));
            }
        }
        csv
    }

    /// The demand table as CSV: `district, year, kita_needed, kita_capacity, kita_shortfall,
    /// school_needed, school_capacity, school_shortfall`; places needed and missing with one
    /// decimal, capacities as given.
    #[must_use]
    pub fn demand_csv(&self) -> String {
        let mut out = String::from("district,year,kita_needed,kita_capacity,kita_shortfall,school_needed,school_capacity,school_shortfall\n");
        for r in &self.demand {
            out.push_str(&format!(
                "{},{},{:.1},{},{:.1},{:.1},{},{:.1}\n",
                r.district,
                r.year,
                r.kita_needed,
                r.kita_capacity,
                r.kita_shortfall(),
                r.school_needed,
                r.school_capacity,
                r.school_shortfall()
            ));
        }
        out
    }
}
