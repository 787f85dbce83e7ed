//! `/ogc/collections` and `/ogc/collections/{id}`: the layers of a view as collections, and
//! [`find`], the start of every collection route.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::Extension;

use super::crs::{storage_crs, supported_crs, CRS84};
use super::html::{check_format, esc, lang_query, page, wants_html, Lang};
use super::GEOJSON;
use crate::http::{base_url, View};
use crate::state::{ServedLayer, ServedRaster};
use crate::tiles::valid_name;
use crate::{json, ApiError, ApiResult, AppState};

/// Features drawn in the small map of a collection page (the first ones of the layer).
const MAP_FEATURES: usize = 2000;

/// The JSON description of a collection.
fn collection_json(st: &AppState, l: &ServedLayer, b: &str) -> serde_json::Value {
    let tl = l.tiles(true);
    let bb = tl.bounds_lonlat();
    let id = &l.name;
    let facts = format!(
        "{} features; licence {}; {}{}",
        l.data().features.len(),
        l.entry.licence,
        l.entry.attribution,
        if l.entry.as_of.is_empty() {
            String::new()
        } else {
            format!("; as of {}", l.entry.as_of)
        }
    );
    let mut v = serde_json::json!({
        "id": id,
        "title": l.entry.title_of(id),
        "description": match l.entry.description_of(id) {
            Some(d) => format!("{d} ({facts})"),
            None => facts,
        },
        "itemType": "feature",
        "updated": l.modified_rfc3339(),
        "extent": {"spatial": {"bbox": [bb], "crs": CRS84}},
        "crs": supported_crs(st).iter().map(|c| c.uri()).collect::<Vec<_>>(),
        "storageCrs": storage_crs(st),
        "links": [
            {"href": format!("{b}/ogc/collections/{id}"), "rel": "self", "type": "application/json"},
            {"href": format!("{b}/ogc/collections/{id}?f=html"), "rel": "alternate", "type": "text/html"},
            {"href": format!("{b}/ogc/collections/{id}/items"), "rel": "items", "type": GEOJSON},
            {"href": format!("{b}/ogc/collections/{id}/items?f=html"), "rel": "items", "type": "text/html"},
            {"href": format!("{b}/ogc/collections/{id}/tiles"), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector", "type": "application/json"},
        ]
    });
    if let Some(url) = licence_url(&l.entry.licence) {
        if let Some(links) = v["links"].as_array_mut() {
            links
                .push(serde_json::json!({"href": url, "rel": "license", "title": l.entry.licence}));
        }
    }
    v
}

/// The JSON description of a raster layer's collection: no items (it is not a feature
/// collection), its extent, and a link to the TileJSON of its map tiles.
fn raster_collection_json(r: &ServedRaster, b: &str) -> serde_json::Value {
    let id = &r.name;
    let facts = format!(
        "raster, {} x {} pixels, {} band(s); licence {}; {}",
        r.info.width, r.info.height, r.info.bands, r.entry.licence, r.entry.attribution
    );
    let mut v = serde_json::json!({
        "id": id,
        "title": r.entry.title_of(id),
        "description": match r.entry.description_of(id) {
            Some(d) => format!("{d} ({facts})"),
            None => facts,
        },
        "itemType": "coverage",
        "extent": {"spatial": {"bbox": [r.bounds_lonlat], "crs": CRS84}},
        "storageCrs": r.info.crs,
        "links": [
            {"href": format!("{b}/ogc/collections/{id}"), "rel": "self", "type": "application/json"},
            {"href": format!("{b}/tiles/{id}.json"), "rel": "http://www.opengis.net/def/rel/ogc/1.0/tilesets-map", "type": "application/json", "title": "TileJSON 3.0 of the raster tiles (PNG, JPEG, WebP)"},
        ]
    });
    if let Some(url) = licence_url(&r.entry.licence) {
        if let Some(links) = v["links"].as_array_mut() {
            links
                .push(serde_json::json!({"href": url, "rel": "license", "title": r.entry.licence}));
        }
    }
    v
}

/// Web page of a licence named by its usual identifier.
fn licence_url(licence: &str) -> Option<&'static str> {
    match licence.to_ascii_lowercase().as_str() {
        "dl-de/by-2.0" | "dl-de-by-2.0" => Some("https://www.govdata.de/dl-de/by-2-0"),
        "dl-de/zero-2.0" | "dl-de-zero-2.0" => Some("https://www.govdata.de/dl-de/zero-2-0"),
        "odbl-1.0" | "odbl" => Some("https://opendatacommons.org/licenses/odbl/1-0/"),
        "cc-by-4.0" => Some("https://creativecommons.org/licenses/by/4.0/"),
        "cc0-1.0" => Some("https://creativecommons.org/publicdomain/zero/1.0/"),
        _ => None,
    }
}

/// `/ogc/collections`.
pub(crate) async fn collections(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult {
    check_format(&q)?;
    let b = base_url(&headers);
    if wants_html(&q, &headers) {
        let lang = Lang::of(&q, &headers);
        let mut body = String::from("<ul>");
        for l in st.visible(view.internal) {
            let _ = write!(
                body,
                "<li><a href=\"/ogc/collections/{n}?f=html{lq}\">{t}</a>{d} ({} {}, {} {})</li>",
                l.data().features.len(),
                lang.t("Objekte", "features"),
                lang.t("Lizenz", "licence"),
                esc(&l.entry.licence),
                n = esc(&l.name),
                t = esc(l.entry.title_of(&l.name)),
                d = l
                    .entry
                    .description_of(&l.name)
                    .map(|d| format!(": {}", esc(d)))
                    .unwrap_or_default(),
                lq = lang_query(lang),
            );
        }
        for r in st.visible_rasters(view.internal) {
            let _ = write!(
                body,
                "<li>{t} ({}, {} x {} {}, {} {})</li>",
                lang.t("Rasterkarte", "raster map"),
                r.info.width,
                r.info.height,
                lang.t("Pixel", "pixels"),
                lang.t("Lizenz", "licence"),
                esc(&r.entry.licence),
                t = esc(r.entry.title_of(&r.name)),
            );
        }
        body.push_str("</ul>");
        return Ok(page(lang, lang.t("Sammlungen", "Collections"), &body));
    }
    let cols: Vec<serde_json::Value> = st
        .visible(view.internal)
        .map(|l| collection_json(&st, l, &b))
        .chain(
            st.visible_rasters(view.internal)
                .map(|r| raster_collection_json(r, &b)),
        )
        .collect();
    Ok(json(
        &serde_json::json!({
            "links": [{"href": format!("{b}/ogc/collections"), "rel": "self", "type": "application/json"}],
            "crs": supported_crs(&st).iter().map(|c| c.uri()).collect::<Vec<_>>(),
            "collections": cols,
        }),
        "application/json",
    ))
}

/// The collection `id` of this view: a 400 for an invalid id, a 404 when it is not served.
pub(crate) fn find<'a>(
    st: &'a AppState,
    id: &str,
    view: View,
) -> Result<&'a ServedLayer, ApiError> {
    if !valid_name(id) {
        return Err(ApiError::bad(format!(
            "'{id}' is not a valid collection id"
        )));
    }
    st.layer(id, view.internal).ok_or_else(|| {
        if st.raster(id, view.internal).is_some() {
            ApiError::not_found(format!(
                "collection '{id}' is a raster layer: it has no features; its map tiles are \
                 described at /tiles/{id}.json"
            ))
        } else {
            ApiError::not_found(format!("no collection '{id}'"))
        }
    })
}

/// [`find`] after checking the `f` parameter (the start of every collection route).
pub(crate) fn find_with_format<'a>(
    st: &'a AppState,
    id: &str,
    view: View,
    q: &HashMap<String, String>,
) -> Result<&'a ServedLayer, ApiError> {
    check_format(q)?;
    find(st, id, view)
}

/// `/ogc/collections/{id}`.
pub(crate) async fn collection(
    State(st): State<Arc<AppState>>,
    Extension(view): Extension<View>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> ApiResult {
    if valid_name(&id) && !wants_html(&q, &headers) {
        if let Some(r) = st.raster(&id, view.internal) {
            check_format(&q)?;
            return Ok(json(
                &raster_collection_json(r, &base_url(&headers)),
                "application/json",
            ));
        }
    }
    let l = find_with_format(&st, &id, view, &q)?;
    if wants_html(&q, &headers) {
        let lang = Lang::of(&q, &headers);
        let title = l.entry.title_of(&l.name);
        let mut body = String::new();
        if let Some(d) = l.entry.description_of(&l.name) {
            let _ = write!(body, "<p class=\"lead\">{}</p>", esc(d));
        }
        let _ = write!(
            body,
            "<p>{} {}. {}: {}. {}</p><p><a href=\"/ogc/collections/{n}/items?f=html{lq}\">{all}</a></p>",
            l.data().features.len(),
            lang.t("Objekte", "features"),
            lang.t("Lizenz", "Licence"),
            esc(&l.entry.licence),
            esc(&l.entry.attribution),
            n = esc(&l.name),
            lq = lang_query(lang),
            all = lang.t("Alle Objekte", "All features"),
        );
        let data = l.view_data(view.internal);
        let geographic = st.crs.is_geographic();
        if let Some(svg) = super::svg::map(
            data.features
                .iter()
                .take(MAP_FEATURES)
                .filter_map(|f| f.geometry.as_ref()),
            geographic,
            &format!("{}: {title}", lang.t("Karte", "Map")),
        ) {
            body.push_str(&svg);
        }
        let _ = write!(body, "<h2>{}</h2><ul>", lang.t("Attribute", "Attributes"));
        for (i, f) in data.schema.fields().iter().enumerate() {
            if l.field_visible(i, view.internal) {
                let _ = write!(body, "<li>{} ({})</li>", esc(&f.name), f.ty.name());
            }
        }
        body.push_str("</ul>");
        return Ok(page(lang, title, &body));
    }
    Ok(super::features::last_modified(
        json(
            &collection_json(&st, l, &base_url(&headers)),
            "application/json",
        ),
        l,
    ))
}
