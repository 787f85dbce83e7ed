//! The query pool: items, feature and search requests filter, reproject and serialise on
//! tokio's blocking pool, at most `max_queries` at once; up to `queue_queries` more wait for a
//! slot, and a request beyond that is answered 503 with `Retry-After` at once. The async worker
//! threads stay free for tiles from the cache, `/health` and new connections.

use std::sync::Arc;

use tokio::sync::Semaphore;

use crate::state::Metrics;
use crate::{ApiError, AppState};

/// The two gates of the pool, shared by every state of a server (reloads keep them).
pub struct QueryPool {
    /// Requests admitted (running or waiting).
    admit: Arc<Semaphore>,
    /// Requests running.
    run: Arc<Semaphore>,
}

impl QueryPool {
    /// A pool running `running` requests at once with `waiting` more in line.
    #[must_use]
    pub fn new(running: usize, waiting: usize) -> QueryPool {
        let running = running.max(1);
        QueryPool {
            admit: Arc::new(Semaphore::new(running.saturating_add(waiting))),
            run: Arc::new(Semaphore::new(running)),
        }
    }

    /// Slots free for running requests (for tests and metrics).
    #[must_use]
    pub fn free(&self) -> usize {
        self.run.available_permits()
    }

    /// Take every admission slot (tests use it to saturate the pool); dropping the permit
    /// frees them again.
    #[doc(hidden)]
    #[must_use]
    pub fn saturate(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        let n = u32::try_from(self.admit.available_permits()).ok()?;
        Arc::clone(&self.admit).try_acquire_many_owned(n).ok()
    }
}

/// Run `f` on the blocking pool under the query gates of `st`.
///
/// # Errors
/// 503 with `Retry-After: 1` when the pool and its queue are full; `f`'s error; a 500 when
/// the task panicked.
pub(crate) async fn run<T: Send + 'static>(
    st: &Arc<AppState>,
    f: impl FnOnce(&AppState) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let busy = || ApiError::Unavailable {
        message: "too many queries at once, retry shortly".into(),
        retry_after: 1,
    };
    let Ok(admitted) = Arc::clone(&st.queries.admit).try_acquire_owned() else {
        Metrics::inc(&st.metrics.shed, 1);
        return Err(busy());
    };
    let running = Arc::clone(&st.queries.run)
        .acquire_owned()
        .await
        .map_err(|_| busy())?;
    let st2 = Arc::clone(st);
    // The permits move into the task: a request whose client went away still holds its slot
    // until the work on the blocking pool is done.
    tokio::task::spawn_blocking(move || {
        let _slots = (admitted, running);
        f(&st2)
    })
    .await
    .map_err(|e| ApiError::internal(format!("query failed: {e}")))?
}
