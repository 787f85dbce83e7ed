//! Format negotiation (`f=json|html`, or a browser's `Accept`) and the HTML page frame shared
//! by the OGC routes.

use std::collections::HashMap;

use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse, Response};

use crate::ApiError;

/// HTML requested (`f=html`, or a browser's Accept without `f`)?
pub(crate) fn wants_html(q: &HashMap<String, String>, h: &HeaderMap) -> bool {
    match q.get("f").map(String::as_str) {
        Some("html") => true,
        Some(_) => false,
        None => h
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/html")),
    }
}

/// A 400 for an `f` other than json, geojson or html.
pub(crate) fn check_format(q: &HashMap<String, String>) -> Result<(), ApiError> {
    match q.get("f").map(String::as_str) {
        None | Some("json" | "html" | "geojson") => Ok(()),
        Some(other) => Err(ApiError::bad(format!(
            "unsupported format f={other} (json or html)"
        ))),
    }
}

/// `s` escaped for HTML text and attribute values.
pub(crate) fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A page with the navigation of the OGC routes, the title as heading and `body`.
pub(crate) fn page(title: &str, body: &str) -> Response {
    Html(format!(
        "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width,initial-scale=1\"><title>{t}</title><style>body{{font-family:\
         system-ui,sans-serif;margin:1rem;max-width:70rem}}table{{border-collapse:collapse}}td,th\
         {{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}}</style></head><body>\
         <p><a href=\"/\">Karte</a> · <a href=\"/ogc?f=html\">OGC API</a> · <a href=\"/ogc/\
         collections?f=html\">Collections</a></p><h1>{t}</h1>{body}</body></html>",
        t = esc(title)
    ))
    .into_response()
}
