//! The server under change and abuse (issue 14): catalog changes reach a running server; slow
//! or idle connections are closed and the connection cap holds while `/health` answers.
//! Every wait is bounded by a guard (a guard that runs out fails the test); nothing asserts
//! a timing.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use saale_crs::Crs;
use saale_model::geo_types::point;
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_store::{LayerEntry, LayerKind, Project};
use saale_tile_server::{router_live, serve_on, AppState, Live, ServerConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

fn sha(s: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `n` bus stops in Jena (EPSG:25832).
fn stops(n: u32) -> Layer {
    Layer {
        schema: Schema::from_fields([Field {
            name: "name".into(),
            ty: FieldType::String,
        }]),
        features: (0..n)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: 681_000.0 + f64::from(i) * 50.0, y: 5_644_000.0),
                )),
                values: vec![Value::from(format!("Haltestelle {i}"))],
            })
            .collect(),
    }
}

async fn status(live: &Live, uri: &str, token: Option<&str>) -> (StatusCode, serde_json::Value) {
    let mut req = Request::builder().uri(uri);
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let r = router_live(live.clone())
        .oneshot(req.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    let s = r.status();
    let body = r.into_body().collect().await.expect("body").to_bytes();
    (s, serde_json::from_slice(&body).unwrap_or_default())
}

/// Poll `cond` every 50 ms for at most 10 s.
async fn eventually<F, Fut>(what: &str, mut cond: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..200 {
        if cond().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("not within 10 s: {what}");
}

/// Issue 14 item 4: `access bus --internal` and `saale token` reached the server only after a
/// restart (the layer stayed public, the old token kept working, the new one got 401).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_and_token_changes_reach_a_running_server() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("p");
    let mut p = Project::init(&root, &Crs::epsg(25832), Some("t")).expect("init");
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.licence = "ODbL-1.0".into();
    p.write_layer("bus", &stops(4), e, false)
        .expect("write bus");
    p.update_catalog(|c| {
        c.server.internal_token_sha256 = Some(sha("old-token"));
        Ok(())
    })
    .expect("token");
    let st = AppState::from_project(
        &Project::open(&root).expect("open"),
        ServerConfig::default(),
    )
    .expect("state");
    let live = Live::new(Arc::new(st));
    let watcher = live.watch(Duration::from_millis(100));

    let (s, c) = status(&live, "/ogc/collections/bus/items?limit=100", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(c["numberMatched"], 4);
    assert_eq!(
        status(&live, "/health", Some("old-token")).await.0,
        StatusCode::OK
    );
    assert_eq!(
        status(&live, "/health", Some("new-token")).await.0,
        StatusCode::UNAUTHORIZED
    );
    let before = live.state();

    // What `saale access bus --internal` and `saale token` do, through the store.
    let mut p = Project::open(&root).expect("open");
    p.update_catalog(|c| {
        if let Some(e) = c.layers.get_mut("bus") {
            e.access.level = saale_privacy::Level::Internal;
        }
        Ok(())
    })
    .expect("access");
    p.update_catalog(|c| {
        c.server.internal_token_sha256 = Some(sha("new-token"));
        Ok(())
    })
    .expect("token");

    eventually("the layer is no longer public", || async {
        status(&live, "/ogc/collections/bus", None).await.0 == StatusCode::NOT_FOUND
    })
    .await;
    eventually("the new token opens the internal view", || async {
        status(&live, "/ogc/collections/bus", Some("new-token"))
            .await
            .0
            == StatusCode::OK
    })
    .await;
    assert_eq!(
        status(&live, "/health", Some("old-token")).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (s, t) = status(&live, "/tiles", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(t["tilesets"].as_array().map(Vec::len), Some(0), "{t}");
    // A request that started before the swap finishes on the state it started with.
    assert!(before.layer("bus", false).is_some());
    assert!(live.state().layer("bus", false).is_none());

    // A new version of the layer file is served, too.
    let mut p = Project::open(&root).expect("open");
    let e = p.entry("bus").expect("bus").clone();
    p.write_layer("bus", &stops(7), e, true)
        .expect("replace bus");
    eventually("the new layer version is served", || async {
        let (s, c) = status(
            &live,
            "/ogc/collections/bus/items?limit=100",
            Some("new-token"),
        )
        .await;
        s == StatusCode::OK && c["numberMatched"] == 7
    })
    .await;
    assert!(live.state().metrics.reloads.load(Ordering::Relaxed) >= 2);
    watcher.abort();
}

async fn read_all(s: &mut tokio::net::TcpStream) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut out))
        .await
        .map_err(|_| std::io::Error::other("guard: not closed within 10 s"))??;
    Ok(out)
}

/// Issue 14 item 13: 300 connections sending half a header made `/health` time out; 1,000
/// half-open connections stayed open. Now a connection that has not sent a complete head
/// within the header timeout is closed (idle kept-alive ones too), and the cap holds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_header_connections_are_closed_and_the_cap_holds() {
    let st = Arc::new(AppState::new(
        "t",
        Crs::epsg(25832),
        ServerConfig {
            header_timeout: Duration::from_millis(300),
            max_connections: 2,
            ..ServerConfig::default()
        },
    ));
    let metrics = Arc::clone(&st.metrics);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_on(listener, Live::new(st), async {
        let _ = stopped.await;
    }));

    // Two connections fill the cap with half a request head each.
    let mut slow = Vec::new();
    for _ in 0..2 {
        let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
        s.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            .await
            .expect("write");
        slow.push(s);
    }
    // A third waits for a slot and is answered once the slow ones are cut off.
    let mut third = tokio::net::TcpStream::connect(addr).await.expect("connect");
    third
        .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .expect("write");
    let answer = read_all(&mut third).await.expect("third answered");
    let text = String::from_utf8_lossy(&answer);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("\"status\":\"ok\""), "{text}");
    for mut s in slow {
        // Closed by the server: EOF (or a reset), never a response.
        match read_all(&mut s).await {
            Ok(b) => assert!(b.is_empty() || !b.starts_with(b"HTTP/1.1 200"), "{b:?}"),
            Err(e) => assert!(!e.to_string().starts_with("guard"), "{e}"),
        }
    }
    // A kept-alive connection that sends nothing more is closed after its answer.
    let mut idle = tokio::net::TcpStream::connect(addr).await.expect("connect");
    idle.write_all(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let b = read_all(&mut idle).await.expect("idle connection closed");
    assert!(String::from_utf8_lossy(&b).starts_with("HTTP/1.1 200"));
    // A connection that sends nothing at all is closed as well.
    let mut mute = tokio::net::TcpStream::connect(addr).await.expect("connect");
    assert!(read_all(&mut mute).await.expect("mute closed").is_empty());
    // Never more connections open than the cap.
    assert_eq!(metrics.connections_peak.load(Ordering::Relaxed), 2);
    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("server stops")
        .expect("join")
        .expect("served");
}

/// `n` features in Jena, each with a `text` of `len` characters (a large items response).
fn bulky(n: u32, len: usize) -> Layer {
    Layer {
        schema: Schema::from_fields([Field {
            name: "text".into(),
            ty: FieldType::String,
        }]),
        features: (0..n)
            .map(|i| Feature {
                geometry: Some(Geometry::Point(
                    point!(x: 681_000.0 + f64::from(i), y: 5_644_000.0),
                )),
                values: vec![Value::from(format!("{i:>len$}"))],
            })
            .collect(),
    }
}

/// GET `path` on a new connection and return the whole answer (the server closes it).
async fn get_closed(addr: std::net::SocketAddr, path: &str) -> String {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .expect("write");
    String::from_utf8_lossy(&read_all(&mut s).await.expect("answer")).into_owned()
}

/// Issue 14, server: a client that requests a large response and stops reading held its
/// connection (and task, and slot under the cap) as long as it stayed connected. Now the
/// connection is closed once the response has not moved for the write timeout, while the
/// server keeps answering `/health`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_stops_reading_is_cut_off_after_the_write_timeout() {
    let mut st = AppState::new(
        "t",
        Crs::epsg(25832),
        ServerConfig {
            write_timeout: Duration::from_millis(300),
            ..ServerConfig::default()
        },
    );
    // 2,000 features of 10 KB: a 20 MB answer, far beyond what the socket buffers hold.
    st.add_layer(
        "bulky",
        LayerEntry::new(LayerKind::Vector),
        bulky(2000, 10_000),
    )
    .expect("layer");
    let st = Arc::new(st);
    let metrics = Arc::clone(&st.metrics);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_on(listener, Live::new(st), async {
        let _ = stopped.await;
    }));

    // A small receive window, the request, the first bytes of the answer, then no more reads.
    let sock = tokio::net::TcpSocket::new_v4().expect("socket");
    sock.set_recv_buffer_size(4096).expect("buffer size");
    let mut stalled = sock.connect(addr).await.expect("connect");
    stalled
        .write_all(b"GET /ogc/collections/bulky/items?limit=2000 HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let mut head = [0u8; 64];
    let n = tokio::time::timeout(Duration::from_secs(30), stalled.read(&mut head))
        .await
        .expect("guard: no answer within 30 s")
        .expect("read");
    assert!(head[..n].starts_with(b"HTTP/1.1 200"), "{:?}", &head[..n]);
    assert_eq!(metrics.connections_open.load(Ordering::Relaxed), 1);

    // The server closes it by itself (the guard allows 10 s for a timeout of 0.3 s) ...
    eventually("the stalled connection is closed", || async {
        metrics.connections_open.load(Ordering::Relaxed) == 0
    })
    .await;
    // ... and keeps answering meanwhile and after.
    let health = get_closed(addr, "/health").await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(health.contains("\"status\":\"ok\""), "{health}");
    // The stalled client gets what was in flight, then the end: never the whole answer.
    let rest = match read_all(&mut stalled).await {
        Ok(b) => b.len(),
        Err(e) => {
            assert!(!e.to_string().starts_with("guard"), "{e}");
            0
        }
    };
    assert!(
        n + rest < 20_000_000,
        "{} bytes: the whole answer",
        n + rest
    );

    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("server stops")
        .expect("join")
        .expect("served");
}

/// Issue 14 (the robustness script at 64 concurrent): every tile request rendered on its own
/// blocking thread at once, so 64 renders on two cores pushed `/health` to 180 ms (p99). Now
/// at most `max_renders` render at once; the rest wait for a slot and are all answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tile_renders_are_capped_and_all_answered() {
    let mut st = AppState::new(
        "t",
        Crs::epsg(25832),
        ServerConfig {
            max_renders: 1,
            ..ServerConfig::default()
        },
    );
    st.add_layer("bus", LayerEntry::new(LayerKind::Vector), stops(400))
        .expect("layer");
    let live = Live::new(Arc::new(st));
    // 24 different tiles around Jena at zoom 16 (none cached), requested at once.
    let mut tasks = Vec::new();
    for dx in 0..6u32 {
        for dy in 0..4u32 {
            let live = live.clone();
            tasks.push(tokio::spawn(async move {
                let uri = format!("/tiles/bus/16/{}/{}.mvt", 34_872 + dx, 22_016 + dy);
                let r = router_live(live)
                    .oneshot(
                        Request::builder()
                            .uri(uri)
                            .body(Body::empty())
                            .expect("req"),
                    )
                    .await
                    .expect("response");
                r.status()
            }));
        }
    }
    for t in tasks {
        let s = tokio::time::timeout(Duration::from_secs(60), t)
            .await
            .expect("guard: answered within 60 s")
            .expect("join");
        assert!(s == StatusCode::OK || s == StatusCode::NO_CONTENT, "{s}");
    }
    let m = &live.state().metrics;
    assert_eq!(m.tiles_rendered.load(Ordering::Relaxed), 24);
    assert_eq!(m.renders_peak.load(Ordering::Relaxed), 1);
    assert_eq!(m.renders_running.load(Ordering::Relaxed), 0);
}

/// Issue 14 (the robustness script at 256 concurrent): `/health` sat behind the same
/// concurrency limit as every route, so with the limit reached it was shed with 503. Now it
/// answers while the other routes are saturated (and they still get 503).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_answers_while_the_other_routes_are_shed() {
    let mut st = AppState::new(
        "t",
        Crs::epsg(25832),
        ServerConfig {
            max_concurrency: 1,
            max_renders: 1,
            ..ServerConfig::default()
        },
    );
    st.add_layer("bus", LayerEntry::new(LayerKind::Vector), stops(10))
        .expect("layer");
    let st = Arc::new(st);
    // Every render slot taken: a tile request waits, holding the one concurrency slot.
    let hold = Arc::clone(&st.renders)
        .acquire_many_owned(1)
        .await
        .expect("render slots");
    // One router: the concurrency limit belongs to it.
    let app = router_live(Live::new(Arc::clone(&st)));
    let call = |uri: &'static str| {
        let app = app.clone();
        async move {
            let r = app
                .oneshot(
                    Request::builder()
                        .uri(uri)
                        .body(Body::empty())
                        .expect("req"),
                )
                .await
                .expect("response");
            let s = r.status();
            let body = r.into_body().collect().await.expect("body").to_bytes();
            (
                s,
                serde_json::from_slice::<serde_json::Value>(&body).unwrap_or_default(),
            )
        }
    };
    // The tile request must hold the one slot before anything else asks: a request that
    // comes first takes the slot and the tile request is shed (on an idle machine the spawned
    // task often runs after the next line). A request that is not shed at once holds the slot
    // and waits for the render slot held above, so it does not finish.
    let mut waiting = tokio::spawn(call("/tiles/bus/0/0/0.mvt"));
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if !waiting.is_finished() {
            break;
        }
        waiting = tokio::spawn(call("/tiles/bus/0/0/0.mvt"));
    }
    assert!(
        !waiting.is_finished(),
        "guard: the tile request never held the slot in 10 s"
    );
    assert_eq!(
        call("/ogc/collections").await.0,
        StatusCode::SERVICE_UNAVAILABLE,
        "the other routes are shed while the slot is held"
    );
    let (s, body) = call("/health").await;
    assert_eq!(s, StatusCode::OK, "{body}");
    assert_eq!(body["status"], "ok");
    drop(hold);
    let (s, _) = tokio::time::timeout(Duration::from_secs(30), waiting)
        .await
        .expect("guard: the tile is answered")
        .expect("join");
    assert!(s == StatusCode::OK || s == StatusCode::NO_CONTENT, "{s}");
}
