//! `/ogc/collections/{id}/items` and `/items/{fid}`: features as GeoJSON (the one encoder of
//! `saale_model::geojson`) or HTML. Filtering, reprojection and serialisation run on the query
//! pool ([`crate::pool`]), with the PROJ transformer of the thread reused.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use saale_crs::Transformer;
use saale_model::{geojson, Value};

use super::collections::find_with_format;
use super::crs::{query_crs, transformer, ApiCrs};
use super::html::{esc, lang_query, name_field, page, wants_html, Lang};
use super::query::{parse_items_query, select, value_text};
use super::GEOJSON;
use crate::http::{base_url, View};
use crate::state::ServedLayer;
use crate::{ApiError, ApiResult, AppState};

/// Append feature `i` of layer `l` in a view as GeoJSON, its geometry transformed by `tr`.
///
/// # Errors
/// A 500 naming the feature when its geometry cannot be transformed.
pub(crate) fn write_feature(
    l: &ServedLayer,
    i: usize,
    tr: &Transformer,
    swap: bool,
    view: View,
    out: &mut String,
) -> Result<(), ApiError> {
    let data = l.view_data(view.internal);
    let f = &data.features[i];
    let geometry = match &f.geometry {
        Some(g) if !tr.is_identity() => {
            let mut g = g.clone();
            tr.transform_geometry(&mut g)
                .map_err(|e| ApiError::internal(format!("feature {}: {e}", i + 1)))?;
            Some(g)
        }
        Some(g) => Some(g.clone()),
        None => None,
    };
    let props = data
        .schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(k, _)| l.field_visible(*k, view.internal))
        .map(|(k, fd)| (fd.name.as_str(), f.value(k)));
    geojson::write_feature(Some(i as u64 + 1), geometry.as_ref(), swap, props, out);
    Ok(())
}

/// A GeoJSON response with its `Content-Crs`.
fn geojson_response(body: String, c: ApiCrs) -> Response {
    let mut r = body.into_response();
    r.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static(GEOJSON),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("<{}>", c.uri())) {
        r.headers_mut().insert("content-crs", v);
    }
    r
}

/// Add the layer version's `Last-Modified` to a response.
pub(crate) fn last_modified(mut r: Response, l: &ServedLayer) -> Response {
    if let Ok(v) = HeaderValue::from_str(&l.modified_http()) {
        r.headers_mut().insert(axum::http::header::LAST_MODIFIED, v);
    }
    r
}

/// `/ogc/collections/{id}/items`.
pub(crate) async fn items(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult {
    // Cheap checks answer at once; the work goes to the query pool.
    find_with_format(&st, &id, view, &q)?;
    crate::pool::run(&st, move |st| items_page(st, &id, &q, &headers, view)).await
}

/// The page of an items request (runs on the query pool).
///
/// # Errors
/// 400/404 for a bad query or collection, 500 when a geometry cannot be transformed.
pub(crate) fn items_page(
    st: &AppState,
    id: &str,
    q: &HashMap<String, String>,
    headers: &HeaderMap,
    view: View,
) -> ApiResult {
    let l = find_with_format(st, id, view, q)?;
    let iq = parse_items_query(st, l, q, view)?;
    let data = l.view_data(view.internal);
    let matched = select(l, data, &iq);
    let page_ids: Vec<usize> = matched
        .iter()
        .skip(iq.offset)
        .take(iq.limit)
        .copied()
        .collect();
    if wants_html(q, headers) {
        return Ok(items_html(
            st,
            l,
            data,
            &page_ids,
            matched.len(),
            iq.offset,
            iq.limit,
            Lang::of(q, headers),
            view,
        ));
    }
    let (target, swap) = iq.out_crs.crs();
    let tr = transformer(&st.crs, &target, &st.metrics)?;
    let b = base_url(headers);
    let self_q: Vec<String> = {
        let mut v: Vec<(&String, &String)> = q.iter().filter(|(k, _)| *k != "f").collect();
        v.sort();
        v.into_iter()
            .map(|(k, val)| format!("{}={}", enc(k), enc(val)))
            .collect()
    };
    let link = |offset: usize| {
        let mut parts: Vec<String> = self_q
            .iter()
            .filter(|p| !p.starts_with("offset=") && !p.starts_with("limit="))
            .cloned()
            .collect();
        parts.push(format!("limit={}", iq.limit));
        parts.push(format!("offset={offset}"));
        format!("{b}/ogc/collections/{}/items?{}", l.name, parts.join("&"))
    };
    let mut links = vec![
        serde_json::json!({"href": link(iq.offset), "rel": "self", "type": GEOJSON}),
        serde_json::json!({"href": format!("{}&f=html", link(iq.offset)), "rel": "alternate", "type": "text/html"}),
        serde_json::json!({"href": format!("{b}/ogc/collections/{}", l.name), "rel": "collection", "type": "application/json"}),
    ];
    if iq.offset.saturating_add(page_ids.len()) < matched.len() {
        links.push(serde_json::json!({"href": link(iq.offset.saturating_add(page_ids.len())), "rel": "next", "type": GEOJSON}));
    }
    if iq.offset > 0 {
        links.push(serde_json::json!({"href": link(iq.offset.saturating_sub(iq.limit)), "rel": "prev", "type": GEOJSON}));
    }
    let mut out = String::with_capacity(256 + 256 * page_ids.len());
    let _ = write!(
        out,
        "{{\"type\":\"FeatureCollection\",\"numberMatched\":{},\"numberReturned\":{},\"timeStamp\":",
        matched.len(),
        page_ids.len()
    );
    // The time the served version was made, not the time of the request: the bytes of a page
    // stay the same until the layer changes, and so does its entity tag.
    geojson::write_string(&l.modified_rfc3339(), &mut out);
    let _ = write!(
        out,
        ",\"links\":{},\"features\":[",
        serde_json::Value::from(links)
    );
    for (n, &i) in page_ids.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        write_feature(l, i, &tr, swap, view, &mut out)?;
    }
    out.push_str("]}");
    Ok(last_modified(geojson_response(out, iq.out_crs), l))
}

/// The visible fields of a layer in a view, the name field first.
fn fields_name_first(
    l: &ServedLayer,
    data: &saale_model::Layer,
    view: View,
) -> (Option<usize>, Vec<(usize, String)>) {
    let fields: Vec<(usize, &str)> = data
        .schema
        .fields()
        .iter()
        .enumerate()
        .filter(|(k, _)| l.field_visible(*k, view.internal))
        .map(|(k, f)| (k, f.name.as_str()))
        .collect();
    let name = name_field(&fields);
    let mut out: Vec<(usize, String)> = Vec::with_capacity(fields.len());
    out.extend(
        fields
            .iter()
            .filter(|(k, _)| Some(*k) == name)
            .map(|(k, n)| (*k, (*n).to_string())),
    );
    out.extend(
        fields
            .iter()
            .filter(|(k, _)| Some(*k) != name)
            .map(|(k, n)| (*k, (*n).to_string())),
    );
    (name, out)
}

/// The name of feature `i` as the HTML pages show it: its name field, else "Objekt N".
fn feature_name(data: &saale_model::Layer, name: Option<usize>, i: usize, lang: Lang) -> String {
    name.map(|k| html_text(data.features[i].value(k)))
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| format!("{} {}", lang.t("Objekt", "Feature"), i + 1))
}

/// The HTML page of an items request: a map of the page's features, then a table with the
/// name first (a link to the feature) and no geometry.
#[allow(clippy::too_many_arguments)]
fn items_html(
    st: &AppState,
    l: &ServedLayer,
    data: &saale_model::Layer,
    page_ids: &[usize],
    matched: usize,
    offset: usize,
    limit: usize,
    lang: Lang,
    view: View,
) -> Response {
    let (name, fields) = fields_name_first(l, data, view);
    let title = l.entry.title_of(&l.name);
    let lq = lang_query(lang);
    let mut body = format!(
        "<p>{} {} {} {}, {} {}.</p>",
        page_ids.len(),
        lang.t("von", "of"),
        matched,
        lang.t("Objekten", "features"),
        lang.t("ab Nr.", "from no."),
        offset.saturating_add(1)
    );
    if let Some(svg) = super::svg::map(
        page_ids
            .iter()
            .filter_map(|&i| data.features[i].geometry.as_ref()),
        st.crs.is_geographic(),
        &format!(
            "{}: {title}",
            lang.t(
                "Karte der Objekte dieser Seite",
                "Map of the features on this page"
            )
        ),
    ) {
        body.push_str(&svg);
    }
    let _ = write!(
        body,
        "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        esc(title),
        lang.t("Name", "Name"),
        lang.t("Nr.", "No.")
    );
    for (k, n) in &fields {
        if Some(*k) != name {
            let _ = write!(body, "<th scope=\"col\">{}</th>", esc(n));
        }
    }
    body.push_str("</tr></thead><tbody>");
    for &i in page_ids {
        let _ = write!(
            body,
            "<tr><th scope=\"row\"><a href=\"/ogc/collections/{}/items/{}?f=html{lq}\">{}</a></th><td>{}</td>",
            esc(&l.name),
            i + 1,
            esc(&feature_name(data, name, i, lang)),
            i + 1
        );
        for (k, _) in &fields {
            if Some(*k) != name {
                let _ = write!(
                    body,
                    "<td>{}</td>",
                    esc(&value_text(data.features[i].value(*k)))
                );
            }
        }
        body.push_str("</tr>");
    }
    body.push_str("</tbody></table>");
    if offset.saturating_add(page_ids.len()) < matched {
        let _ = write!(
            body,
            "<p><a rel=\"next\" href=\"/ogc/collections/{}/items?f=html&amp;offset={}&amp;limit={}{lq}\">{}</a></p>",
            esc(&l.name),
            offset.saturating_add(page_ids.len()),
            limit,
            lang.t("Weiter", "Next")
        );
    }
    page(lang, title, &body)
}

/// Percent-encoding of a query key or value for the paging links.
fn enc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~:/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A value as the HTML page of one feature shows it (numbers as in the GeoJSON).
fn html_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Null => String::new(),
        other => {
            let mut s = String::new();
            geojson::write_value(other, &mut s);
            if s == "null" {
                s.clear();
            }
            s
        }
    }
}

/// `/ogc/collections/{id}/items/{fid}`.
pub(crate) async fn item(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path((id, fid)): Path<(String, String)>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult {
    find_with_format(&st, &id, view, &q)?;
    crate::pool::run(&st, move |st| feature(st, &id, &fid, &q, &headers, view)).await
}

/// One feature (runs on the query pool).
pub(crate) fn feature(
    st: &AppState,
    id: &str,
    fid: &str,
    q: &HashMap<String, String>,
    headers: &HeaderMap,
    view: View,
) -> ApiResult {
    let l = find_with_format(st, id, view, q)?;
    let n = l.data().features.len();
    let Some(i) = fid
        .parse::<usize>()
        .ok()
        .filter(|i| *i >= 1 && *i <= n)
        .map(|i| i - 1)
    else {
        return Err(ApiError::not_found(format!(
            "collection '{id}' has no feature '{fid}' (ids run from 1 to {n})"
        )));
    };
    let out_crs = query_crs(st, q, "crs")?;
    if wants_html(q, headers) {
        let lang = Lang::of(q, headers);
        let data = l.view_data(view.internal);
        let (name, fields) = fields_name_first(l, data, view);
        let fname = feature_name(data, name, i, lang);
        let title = l.entry.title_of(&l.name);
        let mut body = format!(
            "<p class=\"lead\"><a href=\"/ogc/collections/{}?f=html{lq}\">{}</a></p>",
            esc(&l.name),
            esc(title),
            lq = lang_query(lang)
        );
        if let Some(svg) = super::svg::map(
            data.features[i].geometry.as_ref(),
            st.crs.is_geographic(),
            &format!("{}: {fname}", lang.t("Karte", "Map")),
        ) {
            body.push_str(&svg);
        }
        body.push_str("<table>");
        for (k, n) in &fields {
            let _ = write!(
                body,
                "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                esc(n),
                esc(&html_text(data.features[i].value(*k)))
            );
        }
        body.push_str("</table>");
        return Ok(page(lang, &fname, &body));
    }
    let (target, swap) = out_crs.crs();
    let tr = transformer(&st.crs, &target, &st.metrics)?;
    let mut out = String::with_capacity(1024);
    write_feature(l, i, &tr, swap, view, &mut out)?;
    out.pop();
    let b = base_url(headers);
    let links = serde_json::json!([
        {"href": format!("{b}/ogc/collections/{}/items/{}", l.name, i + 1), "rel": "self", "type": GEOJSON},
        {"href": format!("{b}/ogc/collections/{}", l.name), "rel": "collection", "type": "application/json"},
    ]);
    let _ = write!(out, ",\"links\":{links}}}");
    Ok(last_modified(geojson_response(out, out_crs), l))
}
