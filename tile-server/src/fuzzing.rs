//! Entry points for the fuzz target `ogc_query` (`fuzz/`) and the replay of its corpus on
//! stable (`tests/fuzz_corpus.rs`): the query of an OGC API items request, decoded as the
//! router decodes it, parsed ([`Sample::parse_items_query`]) and answered
//! ([`Sample::items`], [`Sample::item`]) on a fixed sample layer without a socket. Serving
//! needs nothing here.

use std::collections::HashMap;
use std::future::Future;
use std::task::{Context, Poll, Waker};

use axum::extract::Query;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::IntoResponse;
use saale_crs::Crs;
use saale_model::geo_types::{line_string, point, polygon};
use saale_model::{Feature, Field, FieldType, Geometry, Layer, Schema, Value};
use saale_store::{LayerEntry, LayerKind};

use crate::http::View;
use crate::{ApiError, AppState, ServerConfig};

/// The name of the sample layer (the collection id).
pub const SAMPLE: &str = "sample";

/// What [`Sample::parse_items_query`] accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedItemsQuery {
    /// Features per page.
    pub limit: usize,
    /// Features skipped.
    pub offset: usize,
    /// URI of the CRS of the response geometries.
    pub crs: String,
    /// The envelope of the box in the working CRS (`[min_x, min_y, max_x, max_y]`) and the
    /// number of vertices of its polygon there.
    pub bbox: Option<([f64; 4], usize)>,
    /// Property filters (field index, value).
    pub filters: Vec<(usize, String)>,
}

/// An answer of [`Sample::items`] or [`Sample::item`].
#[derive(Debug, Clone)]
pub struct Answer {
    /// HTTP status.
    pub status: StatusCode,
    /// `Content-Type`.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
}

/// A server state with one layer `sample` in EPSG:25832 (Jena): ten points 100 m apart along
/// x, a polygon, a line and a feature without geometry; fields `kind` (text), `n` (integer),
/// `share` (float) and `note` (text, internal).
pub struct Sample {
    state: AppState,
}

impl Default for Sample {
    fn default() -> Self {
        Sample::new()
    }
}

/// The query string of `/ogc/collections/{SAMPLE}/items?{query}` as the router's `Query`
/// extractor decodes it (percent-decoding, `+` as space, a repeated key: the last value).
///
/// # Errors
/// A 400 when the URI or the query is malformed (the HTTP layer's answer).
pub fn decode_query(query: &str) -> Result<HashMap<String, String>, ApiError> {
    let uri: Uri = format!("/ogc/collections/{SAMPLE}/items?{query}")
        .parse()
        .map_err(|e| ApiError::bad(format!("invalid request URI: {e}")))?;
    Query::<HashMap<String, String>>::try_from_uri(&uri)
        .map(|Query(q)| q)
        .map_err(|e| ApiError::bad(format!("invalid query: {e}")))
}

impl Sample {
    /// The sample state (default server configuration).
    ///
    /// # Panics
    /// When the sample layer cannot be served (PROJ cannot transform EPSG:25832).
    #[must_use]
    pub fn new() -> Sample {
        let mut state = AppState::new("fuzz", Crs::epsg(25832), ServerConfig::default());
        let fields = [
            ("kind", FieldType::String),
            ("n", FieldType::Int),
            ("share", FieldType::Float),
            ("note", FieldType::String),
        ];
        let row = |i: i32, g: Option<Geometry>| Feature {
            geometry: g,
            values: vec![
                Value::from(if i % 2 == 0 { "a" } else { "b" }),
                Value::Int(i64::from(i)),
                Value::Float(f64::from(i) / 4.0),
                Value::from("secret"),
            ],
        };
        let mut features: Vec<Feature> = (0..10)
            .map(|i| {
                let x = 681_000.0 + f64::from(i) * 100.0;
                row(i, Some(Geometry::Point(point!(x: x, y: 5_644_000.0))))
            })
            .collect();
        features.push(row(
            10,
            Some(Geometry::Polygon(polygon![
                (x: 681_000.0, y: 5_643_900.0),
                (x: 681_500.0, y: 5_643_900.0),
                (x: 681_500.0, y: 5_643_950.0),
                (x: 681_000.0, y: 5_643_900.0),
            ])),
        ));
        features.push(row(
            11,
            Some(Geometry::LineString(line_string![
                (x: 680_900.0, y: 5_644_100.0),
                (x: 682_100.0, y: 5_644_100.0),
            ])),
        ));
        features.push(row(12, None));
        let layer = Layer {
            schema: Schema::from_fields(fields.map(|(name, ty)| Field {
                name: name.into(),
                ty,
            })),
            features,
        };
        let mut entry = LayerEntry::new(LayerKind::Vector);
        entry.access.internal_fields = vec!["note".into()];
        if let Err(e) = state.add_layer(SAMPLE, entry, layer) {
            panic!("the sample layer cannot be served: {e}");
        }
        Sample { state }
    }

    /// The configured largest `limit`.
    #[must_use]
    pub fn max_limit(&self) -> usize {
        self.state.config.max_limit
    }

    /// Features of the sample layer.
    #[must_use]
    pub fn features(&self) -> usize {
        self.state
            .layer(SAMPLE, true)
            .map_or(0, |l| l.data().features.len())
    }

    /// Fields of the sample layer visible in a view (`note` is internal).
    #[must_use]
    pub fn visible_fields(&self, internal: bool) -> Vec<usize> {
        self.state.layer(SAMPLE, true).map_or_else(Vec::new, |l| {
            (0..l.data().schema.len())
                .filter(|&k| l.field_visible(k, internal))
                .collect()
        })
    }

    /// The items query `query` (the part after `?`) parsed for the sample layer in the public
    /// or the internal view.
    ///
    /// # Errors
    /// The [`ApiError`] the route would answer with.
    pub fn parse_items_query(
        &self,
        query: &str,
        internal: bool,
    ) -> Result<ParsedItemsQuery, ApiError> {
        let q = decode_query(query)?;
        let l = self
            .state
            .layer(SAMPLE, internal)
            .ok_or_else(|| ApiError::not_found(SAMPLE))?;
        let iq = crate::ogc::query::parse_items_query(&self.state, l, &q, View { internal })?;
        Ok(ParsedItemsQuery {
            limit: iq.limit,
            offset: iq.offset,
            crs: iq.out_crs.uri(),
            bbox: iq.bbox.map(|(poly, b)| {
                (
                    [b.min_x, b.min_y, b.max_x, b.max_y],
                    poly.exterior().0.len(),
                )
            }),
            filters: iq.filters,
        })
    }

    /// The answer to `/ogc/collections/{SAMPLE}/items?{query}` in a view (what the route
    /// computes on the query pool), or the error status and body.
    #[must_use]
    pub fn items(&self, query: &str, internal: bool) -> Answer {
        let r = decode_query(query).and_then(|q| {
            crate::ogc::features::items_page(
                &self.state,
                SAMPLE,
                &q,
                &HeaderMap::new(),
                View { internal },
            )
        });
        answer(r)
    }

    /// The answer to `/ogc/collections/{SAMPLE}/items/{fid}?{query}` in a view.
    #[must_use]
    pub fn item(&self, fid: &str, query: &str, internal: bool) -> Answer {
        let r = decode_query(query).and_then(|q| {
            crate::ogc::features::feature(
                &self.state,
                SAMPLE,
                fid,
                &q,
                &HeaderMap::new(),
                View { internal },
            )
        });
        answer(r)
    }
}

/// A response with its body (the routes' bodies are complete in memory).
fn answer(r: Result<axum::response::Response, ApiError>) -> Answer {
    let resp = match r {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    };
    let status = resp.status();
    let content_type = resp
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = std::pin::pin!(axum::body::to_bytes(resp.into_body(), usize::MAX));
    let body = match body.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(b)) => b.to_vec(),
        Poll::Ready(Err(e)) => unreachable!("an in-memory body failed: {e}"),
        Poll::Pending => unreachable!("an in-memory body was not ready"),
    };
    Answer {
        status,
        content_type,
        body,
    }
}
