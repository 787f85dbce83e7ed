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

/// The language of an HTML page: German unless `?lang=en` or an `Accept-Language` that
/// prefers English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lang {
    /// German (the default).
    De,
    /// English.
    En,
}

impl Lang {
    /// The language of a request: `lang=de|en` in the query wins, else the `Accept-Language`
    /// entry for German or English with the highest weight (German on a tie), else German.
    pub(crate) fn of(q: &HashMap<String, String>, h: &HeaderMap) -> Lang {
        match q.get("lang").map(|l| l.to_ascii_lowercase()) {
            Some(l) if l.starts_with("en") => return Lang::En,
            Some(l) if l.starts_with("de") => return Lang::De,
            _ => {}
        }
        let Some(accept) = h.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
            return Lang::De;
        };
        let (mut de, mut en) = (-1.0f64, -1.0f64);
        for (pos, part) in accept.split(',').take(32).enumerate() {
            let mut it = part.split(';');
            let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
            let weight = it
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f64>().ok()))
                .unwrap_or(1.0)
                // Earlier entries win among equal weights.
                - pos as f64 * 1e-6;
            let primary = tag.split('-').next().unwrap_or("");
            match primary {
                "de" => de = de.max(weight),
                "en" => en = en.max(weight),
                _ => {}
            }
        }
        if en > de && en > 0.0 {
            Lang::En
        } else {
            Lang::De
        }
    }

    /// The BCP 47 code (`de`, `en`).
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The German or the English text.
    pub(crate) fn t(self, de: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// The field holding a feature's name among `fields` (index, name): `name`, then a field
/// ending in `_name` or `name`, then one naming a label, title or designation, then an address.
pub(crate) fn name_field(fields: &[(usize, &str)]) -> Option<usize> {
    let rank = |n: &str| -> Option<u8> {
        let n = n.to_ascii_lowercase();
        if n == "name" {
            Some(0)
        } else if (n.ends_with("_name") || n.ends_with("name")) && !n.contains("file") {
            Some(1)
        } else if ["label", "bezeichnung", "title", "titel"]
            .iter()
            .any(|k| n.contains(k))
        {
            Some(2)
        } else if ["address", "adresse", "anschrift"]
            .iter()
            .any(|k| n.contains(k))
        {
            Some(3)
        } else {
            None
        }
    };
    fields
        .iter()
        .filter_map(|(i, n)| rank(n).map(|r| (r, *i)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, i)| i)
}

/// A page in `lang` with the navigation of the OGC routes, the title as heading and `body`.
/// Links keep the language with `lang=` when it is English.
pub(crate) fn page(lang: Lang, title: &str, body: &str) -> Response {
    let (other, other_name) = match lang {
        Lang::De => ("en", "English"),
        Lang::En => ("de", "Deutsch"),
    };
    let mut r = Html(format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width,initial-scale=1\"><link rel=\"icon\" href=\"data:,\"><title>{t}</title><style>body{{font-family:\
         system-ui,sans-serif;margin:1rem;max-width:70rem;color:#1a1a1a}}a{{color:#1a4f8a}}\
         a:focus{{outline:3px solid #f0b400;outline-offset:1px}}table{{border-collapse:collapse}}\
         td,th{{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}}\
         .feature-map{{max-width:100%;height:auto;border:1px solid #ccc}}.lead{{font-size:1.1rem}}\
         </style></head><body><header><nav aria-label=\"{nav}\"><a href=\"/\">{map}</a> · \
         <a href=\"/ogc?f=html{lq}\">OGC API</a> · <a href=\"/ogc/collections?f=html{lq}\">{cols}</a> · \
         <a href=\"?f=html&amp;lang={other}\" lang=\"{other}\" hreflang=\"{other}\">{other_name}</a>\
         </nav></header><main><h1>{t}</h1>{body}</main></body></html>",
        code = lang.code(),
        t = esc(title),
        nav = lang.t("Navigation", "Navigation"),
        map = lang.t("Karte", "Map"),
        cols = lang.t("Sammlungen", "Collections"),
        lq = lang_query(lang),
    ))
    .into_response();
    r.headers_mut().insert(
        header::VARY,
        axum::http::HeaderValue::from_static("Accept, Accept-Language"),
    );
    r.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        axum::http::HeaderValue::from_static(lang.code()),
    );
    r
}

/// `&amp;lang=en` for English pages (links keep the language), empty for German.
pub(crate) fn lang_query(lang: Lang) -> &'static str {
    match lang {
        Lang::De => "",
        Lang::En => "&amp;lang=en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(accept: &str, q: &[(&str, &str)]) -> Lang {
        let mut h = HeaderMap::new();
        if !accept.is_empty() {
            h.insert(
                header::ACCEPT_LANGUAGE,
                axum::http::HeaderValue::from_str(accept).unwrap_or_else(|_| unreachable!()),
            );
        }
        let q = q
            .iter()
            .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
            .collect();
        Lang::of(&q, &h)
    }

    #[test]
    fn the_language_follows_the_query_then_accept_language() {
        assert_eq!(lang("", &[]), Lang::De);
        assert_eq!(lang("en-US,en;q=0.9", &[]), Lang::En);
        assert_eq!(lang("de-DE,de;q=0.9,en;q=0.8", &[]), Lang::De);
        assert_eq!(lang("fr,en;q=0.5,de;q=0.4", &[]), Lang::En);
        assert_eq!(lang("fr", &[]), Lang::De);
        assert_eq!(lang("en;q=0", &[]), Lang::De);
        assert_eq!(lang("de", &[("lang", "en")]), Lang::En);
        assert_eq!(lang("en", &[("lang", "de")]), Lang::De);
    }

    #[test]
    fn the_name_field_comes_before_labels_and_addresses() {
        assert_eq!(
            name_field(&[(0, "gid"), (1, "statbez_name"), (2, "label")]),
            Some(1)
        );
        assert_eq!(name_field(&[(0, "address"), (3, "name")]), Some(3));
        assert_eq!(name_field(&[(0, "gid"), (1, "area")]), None);
    }
}
