//! Catching a panic of third-party code (the `parquet` and `osmpbf` decoders, geo's validity
//! check) without printing it: a library must not write to stderr, and the panic is turned
//! into an error or a result by the caller.
//!
//! The panic hook is process-global. [`catch`] installs, once, a hook that wraps the hook in
//! place at that moment and stays silent only for panics raised on a thread that is inside
//! [`catch`] at the time (a thread-local depth). Panics anywhere else, on other threads
//! included, still reach the previous hook as before. A program that sets its own hook later
//! replaces this one, and caught panics are then printed by its hook.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`catch`] calls this thread is inside.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

static HOOK: Once = Once::new();

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            // `try_with`: a panic while the thread's locals are torn down is not silenced.
            if !DEPTH.try_with(|d| d.get() > 0).unwrap_or(false) {
                previous(info);
            }
        }));
    });
}

/// Leaves the silenced scope of this thread, on return and on unwinding alike.
struct Scope;

impl Scope {
    fn enter() -> Scope {
        DEPTH.with(|d| d.set(d.get() + 1));
        Scope
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let _ = DEPTH.try_with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// Run `f`; a panic in it (on this thread) is caught without being printed and comes back as
/// its message. Work `f` hands to other threads (rayon) must call `catch` there itself.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    let scope = Scope::enter();
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    drop(scope);
    r.map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_else(|| "no message".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_comes_back_as_its_message() {
        assert_eq!(catch(|| 7), Ok(7));
        assert_eq!(
            catch(|| -> u8 { panic!("boom {}", 1) }),
            Err("boom 1".into())
        );
        assert_eq!(catch(|| -> u8 { panic!("static") }), Err("static".into()));
        // Nested scopes unwind to depth 0.
        let inner = catch(|| catch(|| -> u8 { panic!("inner") }));
        assert_eq!(inner, Ok(Err("inner".into())));
        assert_eq!(DEPTH.with(Cell::get), 0);
    }
}
