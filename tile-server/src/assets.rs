//! The styles' label glyphs and icons, made on this machine, nothing fetched from outside:
//! `/fonts` (the installed font names), `/fonts/{fontstack}/{start}-{end}.pbf` (SDF glyph
//! ranges rendered from the installed fonts on first request and kept in memory) and
//! `/sprites/saale{,@2x}.{json,png}` (the sprite sheet of the POI icons in `styles/icons/`,
//! built once per process at pixel ratios 1 and 2).
//!
//! Fonts are searched in `SAALE_FONT_DIRS` (directories separated by `:`) or else in
//! `/usr/share/fonts` and `/usr/local/share/fonts` (Debian's `fonts-dejavu-core` gives the
//! `DejaVu Sans Book` and `DejaVu Sans Bold` the bundled styles use).

use std::path::PathBuf;
use std::sync::OnceLock;

use axum::extract::Path;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use saale_tiles::glyphs::{FontLibrary, GlyphError};
use saale_tiles::sprite::{self, SpriteSheet};

use crate::{json, ApiError, ApiResult};

/// The icons of the sprite sheet (`styles/icons/*.svg`), by sprite name.
pub const ICONS: [(&str, &str); 23] = [
    ("bank", include_str!("../../styles/icons/bank.svg")),
    ("bar", include_str!("../../styles/icons/bar.svg")),
    (
        "bicycle_parking",
        include_str!("../../styles/icons/bicycle_parking.svg"),
    ),
    ("bus_stop", include_str!("../../styles/icons/bus_stop.svg")),
    ("cafe", include_str!("../../styles/icons/cafe.svg")),
    ("doctors", include_str!("../../styles/icons/doctors.svg")),
    (
        "fire_station",
        include_str!("../../styles/icons/fire_station.svg"),
    ),
    ("fuel", include_str!("../../styles/icons/fuel.svg")),
    (
        "kindergarten",
        include_str!("../../styles/icons/kindergarten.svg"),
    ),
    ("library", include_str!("../../styles/icons/library.svg")),
    ("park", include_str!("../../styles/icons/park.svg")),
    ("parking", include_str!("../../styles/icons/parking.svg")),
    ("pharmacy", include_str!("../../styles/icons/pharmacy.svg")),
    (
        "place_of_worship",
        include_str!("../../styles/icons/place_of_worship.svg"),
    ),
    (
        "playground",
        include_str!("../../styles/icons/playground.svg"),
    ),
    ("poi", include_str!("../../styles/icons/poi.svg")),
    ("police", include_str!("../../styles/icons/police.svg")),
    (
        "post_office",
        include_str!("../../styles/icons/post_office.svg"),
    ),
    (
        "restaurant",
        include_str!("../../styles/icons/restaurant.svg"),
    ),
    ("school", include_str!("../../styles/icons/school.svg")),
    ("townhall", include_str!("../../styles/icons/townhall.svg")),
    (
        "tram_stop",
        include_str!("../../styles/icons/tram_stop.svg"),
    ),
    (
        "university",
        include_str!("../../styles/icons/university.svg"),
    ),
];

/// The directories searched for fonts.
#[must_use]
pub fn font_dirs() -> Vec<PathBuf> {
    match std::env::var_os("SAALE_FONT_DIRS") {
        Some(v) if !v.is_empty() => std::env::split_paths(&v).collect(),
        _ => FontLibrary::DEFAULT_DIRS
            .iter()
            .map(PathBuf::from)
            .collect(),
    }
}

/// The fonts of this process (scanned on first use).
pub fn fonts() -> &'static FontLibrary {
    static FONTS: OnceLock<FontLibrary> = OnceLock::new();
    FONTS.get_or_init(|| {
        let lib = FontLibrary::scan(&font_dirs());
        if lib.names().is_empty() {
            tracing::warn!(
                "no fonts found in {:?}: map labels will not render (install fonts-dejavu-core or set SAALE_FONT_DIRS)",
                font_dirs()
            );
        }
        lib
    })
}

/// The sprite sheets at pixel ratios 1 and 2 (built on first use).
///
/// # Errors
/// The message of the sprite builder when an icon cannot be rendered.
pub fn sprites() -> Result<&'static [SpriteSheet; 2], String> {
    static SHEETS: OnceLock<Result<[SpriteSheet; 2], String>> = OnceLock::new();
    SHEETS
        .get_or_init(|| {
            let icons: Vec<(String, String)> = ICONS
                .iter()
                .map(|(n, s)| ((*n).to_string(), (*s).to_string()))
                .collect();
            let one = sprite::build(&icons, 1).map_err(|e| e.to_string())?;
            let two = sprite::build(&icons, 2).map_err(|e| e.to_string())?;
            Ok([one, two])
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn binary(body: Vec<u8>, ct: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=86400"),
    );
    r
}

/// `/fonts`: the names of the installed fonts (what a style's `text-font` may name).
pub(crate) async fn font_list() -> Response {
    let names = tokio::task::spawn_blocking(|| {
        fonts()
            .names()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    })
    .await
    .unwrap_or_default();
    json(&serde_json::json!({ "fonts": names }), "application/json")
}

/// `/fonts/{fontstack}/{range}.pbf`: one SDF glyph range of a font stack.
pub(crate) async fn glyph_range(Path((stack, range)): Path<(String, String)>) -> ApiResult {
    let bytes = tokio::task::spawn_blocking(move || fonts().range(&stack, &range))
        .await
        .map_err(|e| ApiError::internal(format!("glyph rendering failed: {e}")))?
        .map_err(|e| match e {
            GlyphError::UnknownFont { .. } => ApiError::not_found(e.to_string()),
            GlyphError::Range(_) | GlyphError::StackTooLong(_) => ApiError::bad(e.to_string()),
            _ => ApiError::internal(e.to_string()),
        })?;
    Ok(binary(bytes.to_vec(), "application/x-protobuf"))
}

/// `/sprites/{file}`: `saale.json`, `saale.png`, `saale@2x.json`, `saale@2x.png`.
pub(crate) async fn sprite_file(Path(file): Path<String>) -> ApiResult {
    let (ratio, ext) = match file.as_str() {
        "saale.json" => (0, "json"),
        "saale.png" => (0, "png"),
        "saale@2x.json" => (1, "json"),
        "saale@2x.png" => (1, "png"),
        _ => {
            return Err(ApiError::not_found(format!(
                "no sprite file '{file}' (saale.json, saale.png, saale@2x.json, saale@2x.png)"
            )))
        }
    };
    let sheets = tokio::task::spawn_blocking(sprites)
        .await
        .map_err(|e| ApiError::internal(format!("sprite building failed: {e}")))?
        .map_err(ApiError::internal)?;
    let s = &sheets[ratio];
    Ok(if ext == "png" {
        binary(s.png.clone(), "image/png")
    } else {
        binary(s.json.clone(), "application/json")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bundled icon parses and rasterises (a duplicated SVG attribute broke one).
    #[test]
    fn every_bundled_icon_is_in_both_sheets() {
        let sheets = sprites().expect("sprite sheets");
        for (ratio, s) in sheets.iter().enumerate() {
            let idx: serde_json::Value = serde_json::from_slice(&s.json).expect("index");
            for (name, _) in ICONS {
                let d = &idx[name];
                assert_eq!(d["pixelRatio"], ratio + 1, "{name}");
                assert_eq!(d["width"], 15 * (ratio + 1), "{name}");
            }
        }
    }
}
