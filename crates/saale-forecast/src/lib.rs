//! Small-area forecasts for planning: the cohort-component projection per district
//! ([`cohort`]), trend forecasts of series with prediction intervals, reconciliation and
//! backtests ([`series`]), and Kita and school demand ([`cohort::demand`]).

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
