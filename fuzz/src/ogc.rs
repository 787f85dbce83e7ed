//! The fuzz target `ogc_query` and its invariants, shared by the libFuzzer target
//! (`fuzz_targets/ogc_query.rs`, nightly) and the replay of its corpus on stable
//! (`tile-server/tests/fuzz_corpus.rs` includes this file).
//!
//! An input is the query string of an items request (`bbox=...&limit=...`), optionally after
//! a feature id and a newline (`FID\nQUERY`). It goes through the tile server's query parser
//! and the items and feature answers on the sample layer (`saale_tile_server::fuzzing`), in
//! the public and the internal view, and these must hold:
//! - nothing panics, and no answer is a 5xx;
//! - an accepted `bbox` is finite and ordered in the working CRS; `limit` is between 1 and
//!   the configured maximum; filters name fields visible in the view;
//! - an error is a 400 or 404 with a JSON body `{"code", "description"}` and a message; the
//!   parser and the route agree on it;
//! - an accepted query is answered with 200: a FeatureCollection with at most `limit`
//!   features, numbers that add up, and only visible properties; nothing internal (the
//!   internal field's value `secret`) in any public answer.

use std::sync::OnceLock;

use saale_tile_server::fuzzing::{Answer, Sample};

fn sample() -> &'static Sample {
    static S: OnceLock<Sample> = OnceLock::new();
    S.get_or_init(Sample::new)
}

/// The input as (feature id, query).
fn split(data: &[u8]) -> (String, String) {
    let text = String::from_utf8_lossy(data);
    match text.split_once('\n') {
        Some((fid, q)) => (fid.to_string(), q.to_string()),
        None => ("1".to_string(), text.into_owned()),
    }
}

fn json(a: &Answer, what: &str) -> serde_json::Value {
    serde_json::from_slice(&a.body)
        .unwrap_or_else(|e| panic!("{what}: {} answer is no JSON ({e})", a.status))
}

/// A 400 or 404 in the OGC exception format with a message.
fn check_error(a: &Answer, what: &str) {
    assert!(
        a.status.as_u16() == 400 || a.status.as_u16() == 404,
        "{what}: status {}: {}",
        a.status,
        String::from_utf8_lossy(&a.body)
    );
    let v = json(a, what);
    assert_eq!(v["code"], a.status.as_str(), "{what}: {v}");
    let msg = v["description"].as_str().unwrap_or("");
    assert!(
        !msg.trim().is_empty(),
        "{what}: error without a message: {v}"
    );
}

/// Whether the request itself names the internal field or its value (answers echo the query
/// in links and messages).
fn mentions_internal(fid: &str, query: &str) -> bool {
    let decoded = saale_tile_server::fuzzing::decode_query(query)
        .map(|q| q.into_iter().flat_map(|(k, v)| [k, v]).collect::<Vec<_>>())
        .unwrap_or_default();
    let hit = [fid, query]
        .into_iter()
        .chain(decoded.iter().map(String::as_str))
        .any(|t| t.contains("secret") || t.contains("note"));
    hit
}

/// Nothing internal in a public answer (unless the request asked for it by name).
fn check_public(a: &Answer, internal: bool, echo: bool, what: &str) {
    if !internal && !echo {
        let body = String::from_utf8_lossy(&a.body);
        assert!(
            !body.contains("secret") && !body.contains("\"note\""),
            "{what}: internal data in a public answer: {body}"
        );
    }
}

/// The query of one view through the parser, the items answer and the feature answer.
fn view(fid: &str, query: &str, internal: bool) {
    let s = sample();
    let what = if internal { "internal" } else { "public" };
    let echo = mentions_internal(fid, query);
    let parsed = s.parse_items_query(query, internal);
    let items = s.items(query, internal);
    check_public(&items, internal, echo, what);
    match &parsed {
        Ok(p) => {
            assert!(
                (1..=s.max_limit()).contains(&p.limit),
                "{what}: limit {} outside 1..={}",
                p.limit,
                s.max_limit()
            );
            if let Some((b, vertices)) = &p.bbox {
                assert!(b.iter().all(|v| v.is_finite()), "{what}: bbox {b:?}");
                assert!(
                    b[0] <= b[2] && b[1] <= b[3],
                    "{what}: bbox {b:?} not ordered"
                );
                assert_eq!(*vertices, 65, "{what}: bbox polygon");
            }
            let visible = s.visible_fields(internal);
            for (k, _) in &p.filters {
                assert!(visible.contains(k), "{what}: filter on hidden field {k}");
            }
            assert!(
                p.crs.starts_with("http://www.opengis.net/def/crs/"),
                "{what}: {}",
                p.crs
            );
            if items.status.as_u16() != 200 {
                // Only the format check comes before the parser.
                check_error(&items, what);
                assert_eq!(items.status.as_u16(), 400, "{what}");
                let v = json(&items, what);
                let msg = v["description"].as_str().unwrap_or("");
                assert!(msg.contains("format"), "{what}: parsed, then {msg}");
            } else if items.content_type.starts_with("text/html") {
                assert!(std::str::from_utf8(&items.body).is_ok(), "{what}: HTML");
            } else {
                check_collection(&items, p.limit, p.offset, internal, what);
            }
        }
        Err(e) => {
            check_error(&items, what);
            assert!(
                items.status == e.status() || items.status.as_u16() == 400,
                "{what}: parser {} ({e}), route {}",
                e.status(),
                items.status
            );
        }
    }
    let item = s.item(fid, query, internal);
    check_public(&item, internal, echo, what);
    if item.status.as_u16() == 200 {
        let n: usize = fid.parse().unwrap_or(0);
        assert!(
            (1..=s.features()).contains(&n),
            "{what}: feature '{fid}' answered"
        );
    } else {
        check_error(&item, what);
    }
}

/// A FeatureCollection page: at most `limit` features, counts that add up.
fn check_collection(a: &Answer, limit: usize, offset: usize, internal: bool, what: &str) {
    let v = json(a, what);
    assert_eq!(v["type"], "FeatureCollection", "{what}");
    let features = v["features"].as_array().map_or(0, Vec::len);
    let returned = v["numberReturned"].as_u64().unwrap_or(u64::MAX);
    let matched = v["numberMatched"].as_u64().unwrap_or(u64::MAX);
    assert_eq!(features as u64, returned, "{what}: numberReturned");
    assert!(
        features <= limit,
        "{what}: {features} features, limit {limit}"
    );
    assert!(
        matched <= sample().features() as u64,
        "{what}: numberMatched {matched}"
    );
    let expect = (matched as usize).saturating_sub(offset).min(limit);
    assert_eq!(features, expect, "{what}: page of {matched} from {offset}");
    for f in v["features"].as_array().into_iter().flatten() {
        let props = f["properties"].as_object();
        for k in props.into_iter().flat_map(|m| m.keys()) {
            assert!(
                internal || k != "note",
                "{what}: internal property in a public answer"
            );
        }
    }
}

/// Fuzz target `ogc_query`: the OGC API items query parser and answers.
pub fn ogc_query(data: &[u8]) {
    let (fid, query) = split(data);
    view(&fid, &query, false);
    view(&fid, &query, true);
}
