//! The cohort configuration: a TOML file that names CSV tables (relative to itself), loaded
//! into the base population, rates and flows of [`super::project`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{total, Flows, Pyramid, Rates, FEMALE, MALE};
use crate::{Error, Result};

/// Districts below this many inhabitants have unstable rates ([`Config::small_districts`]).
pub const UNSTABLE_BELOW: f64 = 5000.0;

/// Ages at or above this in a table are taken for a typo.
const MAX_AGE: usize = 130;

/// Kita and school places of one district.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Capacity {
    /// Kita places.
    pub kita: f64,
    /// Primary-school places.
    pub school: f64,
}

/// Capacities by district name.
pub type Capacities = BTreeMap<String, Capacity>;

/// Shares of children who need a place (the `[demand]` table).
#[derive(Deserialize, Debug, Clone, Copy, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DemandRates {
    /// Share of 0-2 year olds in a Kita (default 0.5).
    #[serde(default = "u3")]
    pub u3_rate: f64,
    /// Share of 3-5 year olds in a Kita (default 0.95).
    #[serde(default = "o3")]
    pub o3_rate: f64,
    /// Share of 6-9 year olds in primary school (default 1).
    #[serde(default = "one")]
    pub school_rate: f64,
}

impl Default for DemandRates {
    fn default() -> Self {
        Self {
            u3_rate: u3(),
            o3_rate: o3(),
            school_rate: one(),
        }
    }
}

fn u3() -> f64 {
    0.5
}
fn o3() -> f64 {
    0.95
}
fn one() -> f64 {
    1.0
}
fn srb() -> f64 {
    1.05
}
fn ppd() -> f64 {
    2.1
}

/// The TOML file as written (paths not yet resolved).
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct File {
    base: PathBuf,
    base_year: i32,
    fertility: PathBuf,
    survival: PathBuf,
    #[serde(default)]
    infant_survival: Option<[f64; 2]>,
    #[serde(default = "srb")]
    sex_ratio_at_birth: f64,
    #[serde(default)]
    migration: Option<PathBuf>,
    #[serde(default)]
    moves: Option<PathBuf>,
    #[serde(default)]
    housing: Option<PathBuf>,
    #[serde(default = "ppd")]
    persons_per_dwelling: f64,
    #[serde(default)]
    control: Option<PathBuf>,
    #[serde(default)]
    capacities: Option<PathBuf>,
    #[serde(default)]
    demand: DemandRates,
}

/// A loaded cohort configuration: everything [`Config::project`] needs, as values.
///
/// The file format is described in docs/USAGE.md ("Cohort-component projection"); every
/// table is a CSV file with a header, named relative to the configuration file:
///
/// | key | columns | |
/// |---|---|---|
/// | `base` | district, sex, age, count | required; the last age is "and over" |
/// | `fertility` | age, rate | required; births per woman and year |
/// | `survival` | sex, age, rate | required; probability to survive the year |
/// | `migration` | district, sex, age, arrivals, departure_rate | optional |
/// | `moves` | from, to, rate | optional; share of FROM's population moving to TO a year |
/// | `housing` | district, year, dwellings | optional; first occupied at the start of year |
/// | `control` | year, total | optional; city totals the districts are scaled to |
/// | `capacities` | district, kita, school | optional; for the demand table |
///
/// Sex is `f` or `m` (also `w`, `female`, `weiblich`, `male`, `männlich`); numbers may use a
/// decimal comma. The fields are public so that a caller can replace a table after loading
/// (the CLI replaces [`Config::capacities`] with sums over facilities of a project).
#[derive(Debug, Clone)]
pub struct Config {
    /// The configuration file.
    pub path: PathBuf,
    /// The configuration file and every table it names, as read (for provenance: a
    /// projection is outdated when one of them changes).
    pub files: Vec<PathBuf>,
    /// Year of the base population (start of year).
    pub base_year: i32,
    /// District names in the order of their first row in the base table.
    pub districts: Vec<String>,
    /// Base population per district (same order as `districts`).
    pub base: Vec<Pyramid>,
    /// Fertility and survival.
    pub rates: Rates,
    /// Migration, moves and new housing.
    pub flows: Flows,
    /// City totals by year (empty without `control`).
    pub control: BTreeMap<i32, f64>,
    /// Kita and school places by district, if the configuration names a `capacities` table.
    pub capacities: Option<Capacities>,
    /// Shares of children who need a place.
    pub demand: DemandRates,
}

impl Config {
    /// Read the TOML file at `path` and every table it names.
    ///
    /// The number of ages is the longest of the fertility and survival tables (missing
    /// fertility rates are 0, missing survival rates 1); older ages in the base, migration and
    /// housing tables are added to the last, open age.
    ///
    /// # Errors
    /// [`Error::Io`] for a file that cannot be read; [`Error::Config`] (file, line, column and
    /// key) for invalid TOML or an unknown, missing or mistyped key; [`Error::Table`] (file,
    /// line and column name) for a row that does not fit: a missing column, a value that is
    /// not a number, a sex other than f or m, an implausible age, a negative count or a
    /// district that is not in the base population; [`Error::Input`] when the fertility and
    /// survival tables have no rows.
    ///
    /// ```rust
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use saale_forecast::cohort::{Config, FEMALE, MALE};
    ///
    /// let dir = tempfile::tempdir()?;
    /// let w = |name: &str, text: &str| std::fs::write(dir.path().join(name), text);
    /// w("base.csv", "district,sex,age,count\nNord,f,0,10\nNord,f,1,20\nNord,m,1,5\n")?;
    /// w("fertility.csv", "age,rate\n1,0.5\n")?;
    /// w("survival.csv", "sex,age,rate\nf,0,0.9\nm,0,0.8\n")?;
    /// w("f.toml", "base = \"base.csv\"\nbase_year = 2024\n\
    ///              fertility = \"fertility.csv\"\nsurvival = \"survival.csv\"\n")?;
    /// let c = Config::load(dir.path().join("f.toml"))?;
    /// assert_eq!(c.districts, ["Nord"]);
    /// assert_eq!(c.base[0][FEMALE], [10.0, 20.0]);
    /// assert_eq!(c.rates.survival[MALE], [0.8, 1.0]); // age 1 not given: survives
    ///
    /// // Errors name the file, line, column and key.
    /// w("f.toml", "base = \"base.csv\"\nbase_year = \"2024\"\n")?;
    /// let e = Config::load(dir.path().join("f.toml")).unwrap_err().to_string();
    /// assert!(e.contains("f.toml: line 2, column 13 (key 'base_year')"), "{e}");
    /// # Ok(())
    /// # }
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Config> {
        let path = path.as_ref();
        let text =
            std::fs::read_to_string(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        let f: File = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let p = |f: &PathBuf| dir.join(f);

        // Fertility and survival fix the number of ages.
        let fertility = Table::read(&p(&f.fertility))?;
        let mut fert: Vec<f64> = Vec::new();
        for r in fertility.rows() {
            let age = r.age()?;
            if fert.len() <= age {
                fert.resize(age + 1, 0.0);
            }
            fert[age] = r.num("rate")?;
        }
        let survival = Table::read(&p(&f.survival))?;
        let mut surv: Pyramid = [Vec::new(), Vec::new()];
        for r in survival.rows() {
            let s = r.sex()?;
            let age = r.age()?;
            if surv[s].len() <= age {
                surv[s].resize(age + 1, 1.0);
            }
            surv[s][age] = r.num("rate")?;
        }
        let n_ages = surv[0].len().max(surv[1].len()).max(fert.len());
        if n_ages == 0 {
            return Err(Error::Input(format!(
                "{} and {}: no ages (the fertility and survival tables have no rows)",
                fertility.path.display(),
                survival.path.display()
            )));
        }
        fert.resize(n_ages, 0.0);
        surv[0].resize(n_ages, 1.0);
        surv[1].resize(n_ages, 1.0);
        let rates = Rates {
            infant_survival: f.infant_survival.unwrap_or([surv[0][0], surv[1][0]]),
            fertility: fert,
            survival: surv,
            sex_ratio_at_birth: f.sex_ratio_at_birth,
        };
        let empty = || -> Pyramid { [vec![0.0; n_ages], vec![0.0; n_ages]] };
        let open_age = |age: usize| age.min(n_ages - 1);

        let mut districts: Vec<String> = Vec::new();
        let mut base: Vec<Pyramid> = Vec::new();
        for r in Table::read(&p(&f.base))?.rows() {
            let d = r.get("district")?;
            let s = r.sex()?;
            let age = open_age(r.num("age")? as usize);
            let v = r.num("count")?;
            if v < 0.0 {
                return Err(r.error("negative count".into()));
            }
            let i = districts.iter().position(|x| x == d).unwrap_or_else(|| {
                districts.push(d.to_string());
                base.push(empty());
                districts.len() - 1
            });
            base[i][s][age] += v;
        }
        let nd = districts.len();
        let index: HashMap<&str, usize> = districts
            .iter()
            .enumerate()
            .map(|(i, d)| (d.as_str(), i))
            .collect();
        let find = |r: &Row, column: &str| -> Result<usize> {
            let d = r.get(column)?;
            index
                .get(d)
                .copied()
                .ok_or_else(|| r.error(format!("district '{d}' is not in the base population")))
        };

        let mut flows = Flows {
            persons_per_dwelling: f.persons_per_dwelling,
            ..Flows::default()
        };
        if let Some(m) = &f.migration {
            flows.arrivals = vec![empty(); nd];
            flows.departure_rates = vec![empty(); nd];
            for r in Table::read(&p(m))?.rows() {
                let d = find(&r, "district")?;
                let s = r.sex()?;
                let age = open_age(r.num("age")? as usize);
                flows.arrivals[d][s][age] += r.num("arrivals")?;
                flows.departure_rates[d][s][age] = r.num("departure_rate")?;
            }
        }
        if let Some(m) = &f.moves {
            let mut rate = vec![vec![0.0; nd]; nd];
            for r in Table::read(&p(m))?.rows() {
                let from = find(&r, "from")?;
                let to = find(&r, "to")?;
                if from != to {
                    rate[from][to] += r.num("rate")?;
                }
            }
            flows.move_rates = rate.iter().map(|r| r.iter().sum()).collect();
            flows.destinations = rate
                .iter()
                .zip(&flows.move_rates)
                .map(|(r, s)| {
                    r.iter()
                        .map(|v| if *s > 0.0 { v / s } else { 0.0 })
                        .collect()
                })
                .collect();
        }
        if let Some(h) = &f.housing {
            flows.dwellings = vec![BTreeMap::new(); nd];
            for r in Table::read(&p(h))?.rows() {
                let d = find(&r, "district")?;
                let y = r.num("year")? as i32;
                *flows.dwellings[d].entry(y).or_insert(0.0) += r.num("dwellings")?;
            }
            flows.occupant_profile = Some(occupant_profile(&base, n_ages));
        }
        let mut control = BTreeMap::new();
        if let Some(c) = &f.control {
            for r in Table::read(&p(c))?.rows() {
                control.insert(r.num("year")? as i32, r.num("total")?);
            }
        }
        let capacities = match &f.capacities {
            None => None,
            Some(c) => {
                let mut cap = Capacities::new();
                for r in Table::read(&p(c))?.rows() {
                    cap.insert(
                        r.get("district")?.to_string(),
                        Capacity {
                            kita: r.num("kita")?,
                            school: r.num("school")?,
                        },
                    );
                }
                Some(cap)
            }
        };
        let mut files = vec![
            path.to_path_buf(),
            p(&f.base),
            p(&f.fertility),
            p(&f.survival),
        ];
        files.extend(
            [
                &f.migration,
                &f.moves,
                &f.housing,
                &f.control,
                &f.capacities,
            ]
            .into_iter()
            .flatten()
            .map(p),
        );
        Ok(Config {
            path: path.to_path_buf(),
            files,
            base_year: f.base_year,
            districts,
            base,
            rates,
            flows,
            control,
            capacities,
            demand: f.demand,
        })
    }

    /// Number of single ages (the last one is open).
    #[must_use]
    pub fn ages(&self) -> usize {
        self.rates.fertility.len()
    }

    /// Districts whose base population is below [`UNSTABLE_BELOW`], with that population:
    /// their rates are unstable, so a caller should warn.
    #[must_use]
    pub fn small_districts(&self) -> Vec<(&str, f64)> {
        self.districts
            .iter()
            .zip(&self.base)
            .map(|(d, b)| (d.as_str(), total(b)))
            .filter(|(_, t)| *t < UNSTABLE_BELOW)
            .collect()
    }
}

/// First occupants of new dwellings: the age-sex structure of the city's 0-49 year olds.
fn occupant_profile(base: &[Pyramid], n_ages: usize) -> Pyramid {
    let mut prof: Pyramid = [vec![0.0; n_ages], vec![0.0; n_ages]];
    for b in base {
        for s in [FEMALE, MALE] {
            for age in 0..n_ages.min(50) {
                prof[s][age] += b[s][age];
            }
        }
    }
    let t = total(&prof);
    if t > 0.0 {
        for side in &mut prof {
            side.iter_mut().for_each(|v| *v /= t);
        }
    }
    prof
}

/// A TOML error with the file, line, column and the key on that line.
fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let span = e.span().unwrap_or(0..0);
    let at = span.start.min(text.len());
    let before = text.get(..at).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    let line_text = text[line_start..].lines().next().unwrap_or("");
    // The key on the line, unless the error is about the whole table (a missing key).
    let one_line = !e.message().starts_with("missing field")
        && !text
            .get(at..span.end.min(text.len()))
            .unwrap_or("")
            .contains('\n');
    let key = line_text
        .split_once('=')
        .filter(|_| one_line)
        .map(|(k, _)| k.trim().trim_matches('"').to_string())
        .filter(|k| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        });
    Error::Config {
        path: path.to_path_buf(),
        line,
        column,
        key,
        message: e.message().trim().to_string(),
    }
}

/// A CSV table with a header, trimmed cells, read whole.
struct Table {
    path: PathBuf,
    header: Vec<String>,
    /// (line, cells)
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn read(path: &Path) -> Result<Table> {
        let text =
            std::fs::read_to_string(path).map_err(|e| Error::Io(path.display().to_string(), e))?;
        let mut rd = csv::Reader::from_reader(text.as_bytes());
        let bad = |line: usize, e: csv::Error| Error::Table {
            path: path.to_path_buf(),
            line,
            message: e.to_string(),
        };
        let header: Vec<String> = rd
            .headers()
            .map_err(|e| bad(1, e))?
            .iter()
            .map(|s| s.trim().to_string())
            .collect();
        let mut rows = Vec::new();
        for (i, r) in rd.records().enumerate() {
            let r = r.map_err(|e| bad(i + 2, e))?;
            rows.push((i + 2, r.iter().map(|s| s.trim().to_string()).collect()));
        }
        Ok(Table {
            path: path.to_path_buf(),
            header,
            rows,
        })
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(|(line, cells)| Row {
            table: self,
            line: *line,
            cells,
        })
    }
}

/// One row of a [`Table`], for typed access with errors that name the file, line and column.
struct Row<'a> {
    table: &'a Table,
    line: usize,
    cells: &'a [String],
}

impl Row<'_> {
    fn error(&self, message: String) -> Error {
        Error::Table {
            path: self.table.path.clone(),
            line: self.line,
            message,
        }
    }

    fn get(&self, column: &str) -> Result<&str> {
        self.table
            .header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
            .ok_or_else(|| self.error(format!("no column '{column}'")))
    }

    fn num(&self, column: &str) -> Result<f64> {
        let s = self.get(column)?;
        let v: f64 = s
            .replace(',', ".")
            .parse()
            .map_err(|_| self.error(format!("{column} '{s}' is not a number")))?;
        if !v.is_finite() {
            return Err(self.error(format!("{column} is not finite")));
        }
        Ok(v)
    }

    /// The `age` column of a rate table (below [`MAX_AGE`]).
    fn age(&self) -> Result<usize> {
        let age = self.num("age")? as usize;
        if age >= MAX_AGE {
            return Err(self.error(format!("age {age} is not plausible")));
        }
        Ok(age)
    }

    fn sex(&self) -> Result<usize> {
        let s = self.get("sex")?;
        match s.to_ascii_lowercase().as_str() {
            "f" | "w" | "female" | "weiblich" => Ok(FEMALE),
            "m" | "male" | "männlich" | "maennlich" => Ok(MALE),
            _ => Err(self.error(format!("sex '{s}' (use f or m)"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory with the given files; returns it (kept alive by the caller).
    fn files(list: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, text) in list {
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        dir
    }

    const MINIMAL: [(&str, &str); 3] = [
        (
            "base.csv",
            "district,sex,age,count\nNord,f,0,10\nNord,m,5,3\nSued,w,1,4\n",
        ),
        ("fertility.csv", "age,rate\n1,0.5\n"),
        ("survival.csv", "sex,age,rate\nf,0,0.9\nm,0,\"0,8\"\n"),
    ];
    const TOML: &str = "base = \"base.csv\"\nbase_year = 2024\nfertility = \"fertility.csv\"\nsurvival = \"survival.csv\"\n";

    fn load_with(toml: &str, extra: &[(&str, &str)]) -> Result<Config> {
        let mut list: Vec<(&str, &str)> = MINIMAL.to_vec();
        list.extend_from_slice(extra);
        list.push(("f.toml", toml));
        let dir = files(&list);
        Config::load(dir.path().join("f.toml"))
    }

    #[test]
    fn older_ages_go_to_the_open_age_and_decimal_commas_parse() {
        let c = load_with(TOML, &[]).expect("load");
        assert_eq!(c.ages(), 2);
        assert_eq!(c.districts, ["Nord", "Sued"]);
        // Age 5 is beyond the two ages: it counts to the open age 1.
        assert_eq!(c.base[0][MALE], [0.0, 3.0]);
        assert_eq!(c.rates.survival[MALE], [0.8, 1.0]);
        assert_eq!(c.rates.infant_survival, [0.9, 0.8]);
        assert_eq!(c.small_districts(), [("Nord", 13.0), ("Sued", 4.0)]);
        assert!(c.capacities.is_none());
    }

    #[test]
    fn an_unknown_key_is_named_with_its_line() {
        let e = load_with(&format!("{TOML}\n[demand]\nu3 = 0.5\n"), &[])
            .expect_err("unknown key")
            .to_string();
        assert!(
            e.contains("f.toml: line 7, column 1 (key 'u3')") && e.contains("unknown field `u3`"),
            "{e}"
        );
        // A missing key is about the whole file: no key of line 1 is named.
        let e = load_with("base = \"base.csv\"\nbase_year = 2024\n", &[])
            .expect_err("missing key")
            .to_string();
        assert!(
            e.contains("f.toml: line 1, column 1: missing field `fertility`"),
            "{e}"
        );
    }

    #[test]
    fn table_errors_name_the_file_line_and_column() {
        let toml = format!("{TOML}moves = \"moves.csv\"\n");
        let e = load_with(
            &toml,
            &[("moves.csv", "from,to,rate\nNord,Sued,0.1\nNord,Ost,0.1\n")],
        )
        .expect_err("unknown district")
        .to_string();
        assert!(
            e.ends_with("moves.csv: line 3: district 'Ost' is not in the base population"),
            "{e}"
        );
        let toml = format!("{TOML}capacities = \"cap.csv\"\n");
        let e = load_with(&toml, &[("cap.csv", "district,kita,school\nNord,x,1\n")])
            .expect_err("not a number")
            .to_string();
        assert!(
            e.ends_with("cap.csv: line 2: kita 'x' is not a number"),
            "{e}"
        );
        let e = load_with(&toml, &[("cap.csv", "district,kita\nNord,1\n")])
            .expect_err("no column")
            .to_string();
        assert!(e.ends_with("cap.csv: line 2: no column 'school'"), "{e}");
        let e = load_with(&format!("{TOML}control = \"missing.csv\"\n"), &[])
            .expect_err("missing file")
            .to_string();
        assert!(e.contains("missing.csv: "), "{e}");
    }
}
