//! Small-area forecasts for planning: the cohort-component projection per district
//! ([`cohort`], configured by a TOML file: [`cohort::Config`]), trend forecasts of series with
//! prediction intervals, method choice by backtest, reconciliation ([`series`]), and Kita and
//! school demand ([`cohort::demand`]).
//!
//! The crate works on tables (CSV files and values), not on a project: it neither prints nor
//! writes files. The CLI (`saale forecast`) reads and writes around it.
//!
//! ```rust
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use saale_forecast::cohort::{Config, Scenario};
//!
//! // The configuration shipped with the Jena sample (synthetic ages, see data/README.md).
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/jena/forecast.toml");
//! let config = Config::load(path)?;
//! let main = Scenario::named("main").ok_or("no scenario main")?;
//! let out = config.project(&main, 2030, 3)?;
//! assert_eq!(out.years.first(), Some(&config.base_year));
//! assert_eq!(out.years.last(), Some(&2030));
//! // Every district has one row per year, sex and age group, and one demand row per year.
//! assert_eq!(out.demand.len(), config.districts.len() * out.years.len());
//! # Ok(())
//! # }
//! ```

use std::path::PathBuf;

pub mod cohort;
pub mod series;

/// Errors of the forecasts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading a file failed.
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    /// Input that does not fit (names the file and line where known).
    #[error("{0}")]
    Input(String),
    /// A series that cannot be forecast.
    #[error("{0}")]
    Series(String),
    /// The cohort configuration (TOML) is not valid: bad syntax, or a key that is unknown,
    /// missing or of the wrong type. `key` is the key on that line, where there is one.
    #[error("{}: line {line}, column {column}{}: {message}", .path.display(), .key.as_ref().map_or(String::new(), |k| format!(" (key '{k}')")))]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// Line (1-based).
        line: usize,
        /// Column (1-based, in characters).
        column: usize,
        /// The key on that line.
        key: Option<String>,
        /// What is wrong (from the TOML parser).
        message: String,
    },
    /// A row of a table named by the cohort configuration that does not fit (names the column).
    #[error("{}: line {line}: {message}", .path.display())]
    Table {
        /// The CSV file.
        path: PathBuf,
        /// Line (1-based; the header is line 1).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A projection must end after its base year.
    #[error("the last year {until} is not after the base year {base_year}")]
    UntilNotAfterBase {
        /// The requested last year.
        until: i32,
        /// The base year of the configuration.
        base_year: i32,
    },
    /// A series forecast must end after the last year with data.
    #[error("{until} is not after the last year with data ({last}) of '{id}'")]
    UntilNotAfterData {
        /// The series.
        id: String,
        /// The requested last year.
        until: i32,
        /// Its last year with a value.
        last: i32,
    },
    /// A series id that the forecasts do not contain (no such series, or it has no values).
    #[error("no series '{0}' with values")]
    NoSeries(String),
}

/// Result alias.
pub type Result<T> = std::result::Result<T, Error>;
