//! [`WriteTimeout`]: the stream of one connection, whose writes fail when they make no progress
//! for a while. A client that requests a large response and stops reading fills the socket's
//! send buffer; without a timeout the connection, its task and its slot under the connection
//! cap were held until the client went away, and a graceful shutdown waited for it.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

/// A stream whose writes (and flushes, and the shutdown) fail with [`io::ErrorKind::TimedOut`]
/// once they have been blocked for `timeout` without writing a byte. The clock starts when a
/// write is first blocked and restarts after every write that makes progress, so a slow reader
/// that keeps reading is served; reads are passed through untouched (the header-read timeout
/// of the HTTP layer bounds them).
pub(crate) struct WriteTimeout<S> {
    inner: S,
    timeout: Duration,
    /// Running while a write is blocked.
    stalled: Option<Pin<Box<Sleep>>>,
}

impl<S> WriteTimeout<S> {
    /// `inner` with writes timing out after `timeout` without progress.
    pub(crate) fn new(inner: S, timeout: Duration) -> WriteTimeout<S> {
        WriteTimeout {
            inner,
            timeout,
            stalled: None,
        }
    }

    /// Pass a ready result through (and stop the clock); keep a pending one pending until the
    /// clock runs out.
    fn guard<T>(&mut self, cx: &mut Context<'_>, r: Poll<io::Result<T>>) -> Poll<io::Result<T>> {
        match r {
            Poll::Ready(v) => {
                self.stalled = None;
                Poll::Ready(v)
            }
            Poll::Pending => {
                let timeout = self.timeout;
                let clock = self
                    .stalled
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(timeout)));
                match clock.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        self.stalled = None;
                        Poll::Ready(Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            format!(
                                "the client read nothing for {} ms: connection closed",
                                timeout.as_millis()
                            ),
                        )))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for WriteTimeout<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for WriteTimeout<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.inner).poll_write(cx, buf);
        this.guard(cx, r)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        this.guard(cx, r)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.inner).poll_flush(cx);
        this.guard(cx, r)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let r = Pin::new(&mut this.inner).poll_shutdown(cx);
        this.guard(cx, r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// Over an in-memory pipe of 1 KB nobody reads: the write that fills it fails after the
    /// timeout; once the other end reads, writing goes on.
    #[tokio::test(start_paused = true)]
    async fn a_blocked_write_fails_after_the_timeout_and_progress_resets_it() {
        let (a, mut b) = tokio::io::duplex(1024);
        let mut w = WriteTimeout::new(a, Duration::from_secs(5));
        w.write_all(&[1; 1024]).await.expect("fits the pipe");
        let e = w.write_all(&[2; 10]).await.expect_err("blocked");
        assert_eq!(e.kind(), io::ErrorKind::TimedOut);
        assert!(e.to_string().contains("read nothing for 5000 ms"), "{e}");
        // The reader drains the pipe: writes make progress again.
        let mut got = vec![0; 1024];
        b.read_exact(&mut got).await.expect("read");
        w.write_all(&[3; 1000]).await.expect("progress");
    }
}

/// Raise the soft limit of open files of this process to its hard limit (a server needs one
/// descriptor per connection, and the usual soft limit of 1,024 is below the default
/// connection cap) and return how many descriptors it may now have open; `None` where the
/// limit is unknown or unlimited.
#[must_use]
pub fn raise_open_files() -> Option<u64> {
    #[cfg(unix)]
    {
        use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};
        let now = getrlimit(Resource::Nofile);
        if now.maximum != now.current {
            let _ = setrlimit(
                Resource::Nofile,
                Rlimit {
                    current: now.maximum,
                    maximum: now.maximum,
                },
            );
        }
        getrlimit(Resource::Nofile).current
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(all(test, unix))]
mod limit_tests {
    /// After the call the soft limit equals the hard limit.
    #[test]
    fn soft_limit_reaches_the_hard_limit() {
        use rustix::process::{getrlimit, Resource};
        let got = super::raise_open_files();
        let r = getrlimit(Resource::Nofile);
        assert_eq!(got, r.current);
        assert_eq!(r.current, r.maximum);
    }
}
