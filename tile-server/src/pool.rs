//! The query pool: items, feature and search requests filter, reproject and serialise on
//! tokio's blocking pool, at most `max_queries` at once; up to `queue_queries` more wait for a
//! slot, and a request beyond that is answered 503 with `Retry-After` at once. The async worker
//! threads stay free for tiles from the cache, `/health` and new connections.

use std::cell::Cell;
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
        background();
        f(&st2)
    })
    .await
    .map_err(|e| ApiError::internal(format!("query failed: {e}")))?
}

/// How much lower than the async workers the threads doing heavy work run (nice steps).
pub const BACKGROUND_NICE: i32 = 10;

/// Lower the calling thread's scheduling priority by [`BACKGROUND_NICE`], once per thread
/// (on Linux the nice value belongs to the thread; elsewhere nothing happens). Rendering and
/// queries call it on the blocking pool, so that when the cores are saturated the async
/// workers (`/health`, cached tiles, accepting connections) still get the CPU first; the
/// heavy work only waits while they run, which is short.
pub(crate) fn background() {
    thread_local! {
        static LOWERED: Cell<bool> = const { Cell::new(false) };
    }
    if LOWERED.with(|l| l.replace(true)) {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{getpriority_process, setpriority_process};
        let now = getpriority_process(None).unwrap_or(0);
        // Failure (a sandbox forbidding it) only costs the priority, never the request.
        let _ = setpriority_process(None, now.saturating_add(BACKGROUND_NICE).min(19));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The priority drops once and only for the calling thread.
    #[cfg(target_os = "linux")]
    #[test]
    fn background_lowers_this_thread_only() {
        use rustix::process::getpriority_process;
        let before = getpriority_process(None).unwrap_or(0);
        let (inside, again) = std::thread::spawn(|| {
            background();
            let a = getpriority_process(None).unwrap_or(0);
            background();
            (a, getpriority_process(None).unwrap_or(0))
        })
        .join()
        .unwrap_or((0, 0));
        assert_eq!(inside, (before + BACKGROUND_NICE).min(19));
        assert_eq!(again, inside, "lowered once, not once per call");
        assert_eq!(getpriority_process(None).unwrap_or(0), before);
    }
}
