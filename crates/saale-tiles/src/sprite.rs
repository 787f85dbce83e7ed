//! Sprite sheets for MapLibre styles: SVG icons rasterised with resvg and packed into one PNG
//! with its JSON index (`{"school": {"x", "y", "width", "height", "pixelRatio"}}`) by `spreet`,
//! the sprite builder Martin uses, at pixel ratio 1 and 2 (`sprite.png`, `sprite@2x.png`).
//!
//! # Runtime
//! A dozen 15-pixel icons rasterise and pack in milliseconds; the PNG is optimised with oxipng.

use std::collections::BTreeMap;

use spreet::resvg::usvg;
use spreet::{Sprite, Spritesheet};

/// Errors of building a sprite sheet.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SpriteError {
    /// An icon is not valid SVG.
    #[error("icon '{name}': not a valid SVG image: {message}")]
    Svg {
        /// The icon's name.
        name: String,
        /// The parser's message.
        message: String,
    },
    /// An icon has no size (or is too large to rasterise).
    #[error("icon '{0}': cannot rasterise (empty or too large)")]
    Raster(String),
    /// Packing or encoding the sheet failed.
    #[error("cannot build the sprite sheet: {0}")]
    Sheet(String),
    /// The pixel ratio is not 1 to 4.
    #[error("pixel ratio {0} is not 1 to 4")]
    Ratio(u8),
}

/// One sprite sheet: the PNG and its JSON index.
#[derive(Debug, Clone)]
pub struct SpriteSheet {
    /// The encoded PNG.
    pub png: Vec<u8>,
    /// The index as JSON bytes.
    pub json: Vec<u8>,
    /// Pixel ratio (1 or 2).
    pub pixel_ratio: u8,
}

/// Largest icon side in SVG pixels.
const MAX_ICON: f32 = 256.0;

/// Build the sheet of `icons` (`(name, SVG text)`) at `pixel_ratio`.
///
/// # Errors
/// [`SpriteError::Svg`] for an icon that does not parse, [`SpriteError::Raster`] for one without
/// a usable size, [`SpriteError::Sheet`] when packing or PNG encoding fails,
/// [`SpriteError::Ratio`].
pub fn build(icons: &[(String, String)], pixel_ratio: u8) -> Result<SpriteSheet, SpriteError> {
    if !(1..=4).contains(&pixel_ratio) {
        return Err(SpriteError::Ratio(pixel_ratio));
    }
    let opts = usvg::Options::default();
    let mut sprites = BTreeMap::new();
    for (name, svg) in icons {
        let tree = usvg::Tree::from_str(svg, &opts).map_err(|e| SpriteError::Svg {
            name: name.clone(),
            message: e.to_string(),
        })?;
        let size = tree.size();
        if size.width() > MAX_ICON || size.height() > MAX_ICON {
            return Err(SpriteError::Raster(name.clone()));
        }
        let sprite =
            Sprite::new(tree, pixel_ratio).ok_or_else(|| SpriteError::Raster(name.clone()))?;
        sprites.insert(name.clone(), sprite);
    }
    let sheet = Spritesheet::build()
        .sprites(sprites)
        .spacing(1)
        .generate()
        .ok_or_else(|| SpriteError::Sheet("no icons to pack".into()))?;
    let png = sheet
        .encode_png()
        .map_err(|e| SpriteError::Sheet(e.to_string()))?;
    let json =
        serde_json::to_vec(sheet.get_index()).map_err(|e| SpriteError::Sheet(e.to_string()))?;
    Ok(SpriteSheet {
        png,
        json,
        pixel_ratio,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(side: u32) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}"><rect width="{side}" height="{side}" fill="red"/></svg>"#
        )
    }

    #[test]
    fn index_positions_match_pixel_ratio() {
        let icons = vec![("a".to_string(), square(10)), ("b".to_string(), square(20))];
        for ratio in [1u8, 2] {
            let s = build(&icons, ratio).expect("sheet");
            let idx: serde_json::Value = serde_json::from_slice(&s.json).expect("json");
            assert_eq!(idx["a"]["width"], 10 * u32::from(ratio));
            assert_eq!(idx["b"]["height"], 20 * u32::from(ratio));
            assert_eq!(idx["b"]["pixelRatio"], ratio);
            assert!(s.png.starts_with(b"\x89PNG"));
        }
    }

    #[test]
    fn bad_svg_names_the_icon() {
        let e = build(&[("broken".into(), "<svg".into())], 1).expect_err("bad");
        assert!(e.to_string().contains("broken"), "{e}");
        assert!(matches!(build(&[], 5), Err(SpriteError::Ratio(5))));
    }
}
