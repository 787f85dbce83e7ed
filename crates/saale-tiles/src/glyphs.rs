//! Label glyphs for MapLibre styles: signed-distance-field (SDF) glyph ranges in the protobuf
//! format MapLibre reads (`/fonts/{fontstack}/{start}-{end}.pbf`, 256 code points a range),
//! rendered from TrueType/OpenType fonts on disk with FreeType through `pbf_font_tools`, the
//! renderer Martin uses.
//!
//! [`FontLibrary::scan`] finds the fonts in a list of directories (Debian's `fonts-dejavu-core`
//! puts DejaVu into `/usr/share/fonts/truetype/dejavu`) and names each face as MapLibre styles
//! refer to it: family and style, e.g. `DejaVu Sans Book`, `DejaVu Sans Bold`.
//! [`FontLibrary::range`] renders one range of a font stack (`A,B`: each glyph from the first
//! font that has it) and keeps the encoded result in memory.
//!
//! # Runtime
//! A range of DejaVu Sans (about 200 glyphs) renders in tens of milliseconds with optimised
//! dependencies; each range is rendered once per process and then served from the cache.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use pbf_font_tools::prost::Message;
use pbf_font_tools::{freetype, Fontstack, Glyphs};

/// Font size the SDFs are rendered at (MapLibre's convention: 24 px, buffer 3, radius 8).
pub const GLYPH_SIZE: usize = 24;
/// SDF radius in pixels.
pub const GLYPH_RADIUS: usize = 8;
/// Share of the byte range used for distances inside the outline.
pub const GLYPH_CUTOFF: f64 = 0.25;
/// Code points per range.
pub const RANGE_SIZE: u32 = 256;
/// Most fonts in one font stack.
pub const MAX_STACK: usize = 8;
/// Most encoded ranges kept in memory (a client naming ever new stacks cannot grow it).
pub const MAX_CACHED: usize = 1024;
/// Deepest directory level searched below each font directory.
const MAX_DEPTH: usize = 6;

/// Errors of glyph rendering.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GlyphError {
    /// The range is not `{start}-{end}` with `start` a multiple of 256, `end = start + 255`.
    #[error("'{0}' is not a glyph range: expected START-END with START a multiple of 256 and END = START + 255, at most 65535 (e.g. 0-255)")]
    Range(String),
    /// No font of the stack is installed.
    #[error("no font of the stack '{stack}' is installed (fonts found: {known})")]
    UnknownFont {
        /// The requested stack.
        stack: String,
        /// Names of the fonts found, comma-separated.
        known: String,
    },
    /// The stack names more fonts than [`MAX_STACK`].
    #[error("font stack '{0}' names more than {MAX_STACK} fonts")]
    StackTooLong(String),
    /// FreeType failed on a font file.
    #[error("{path}: cannot render glyphs: {message}")]
    Render {
        /// The font file.
        path: PathBuf,
        /// What FreeType said.
        message: String,
    },
}

/// Encoded ranges by (font stack, range start).
type RangeCache = Mutex<HashMap<(String, u32), Arc<Vec<u8>>>>;

/// A font face on disk.
#[derive(Debug, Clone)]
struct Face {
    path: PathBuf,
    index: isize,
}

/// The fonts found in some directories, by name, with the ranges rendered so far.
#[derive(Debug, Default)]
pub struct FontLibrary {
    faces: BTreeMap<String, Face>,
    cache: RangeCache,
}

impl FontLibrary {
    /// The Debian font directories searched by default.
    pub const DEFAULT_DIRS: [&'static str; 2] = ["/usr/share/fonts", "/usr/local/share/fonts"];

    /// Find the `.ttf`/`.otf` fonts below `dirs` (missing directories are skipped; files
    /// FreeType cannot open are skipped too). A name met twice keeps the first file.
    #[must_use]
    pub fn scan(dirs: &[PathBuf]) -> FontLibrary {
        let mut files = Vec::new();
        for d in dirs {
            collect_fonts(d, 0, &mut files);
        }
        files.sort();
        let mut faces = BTreeMap::new();
        let Ok(lib) = freetype::Library::init() else {
            return FontLibrary::default();
        };
        for path in files {
            let Ok(face) = lib.new_face(&path, 0) else {
                continue;
            };
            let n = face.num_faces().max(1);
            for index in 0..n {
                let f = if index == 0 {
                    face.clone()
                } else {
                    match lib.new_face(&path, index as isize) {
                        Ok(f) => f,
                        Err(_) => continue,
                    }
                };
                if let Some(name) = face_name(&f) {
                    faces.entry(name).or_insert_with(|| Face {
                        path: path.clone(),
                        index: index as isize,
                    });
                }
            }
        }
        FontLibrary {
            faces,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The names of the fonts found, sorted (`DejaVu Sans Bold`, `DejaVu Sans Book`, ...).
    #[must_use]
    pub fn names(&self) -> Vec<&str> {
        self.faces.keys().map(String::as_str).collect()
    }

    /// Whether a font of this name was found.
    #[must_use]
    pub fn has(&self, name: &str) -> bool {
        self.faces.contains_key(name)
    }

    /// The encoded glyph range `range` (`0-255`) of `stack` (font names separated by commas;
    /// fonts not installed are left out, each glyph comes from the first font that has it).
    /// A range without any glyph in these fonts is a valid, empty font stack message.
    ///
    /// # Errors
    /// [`GlyphError::Range`] for a malformed range, [`GlyphError::UnknownFont`] when no font of
    /// the stack is installed, [`GlyphError::StackTooLong`], [`GlyphError::Render`].
    pub fn range(&self, stack: &str, range: &str) -> Result<Arc<Vec<u8>>, GlyphError> {
        let start = parse_range(range)?;
        let key = (stack.to_string(), start);
        if let Some(hit) = self.cache_get(&key) {
            return Ok(hit);
        }
        let names: Vec<&str> = stack
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if names.len() > MAX_STACK {
            return Err(GlyphError::StackTooLong(stack.to_string()));
        }
        let faces: Vec<&Face> = names.iter().filter_map(|n| self.faces.get(*n)).collect();
        if faces.is_empty() {
            return Err(GlyphError::UnknownFont {
                stack: stack.to_string(),
                known: self.names().join(", "),
            });
        }
        let end = start + RANGE_SIZE - 1;
        let mut parts = Vec::with_capacity(faces.len());
        for f in faces {
            parts.push(render_face(f, start, end)?);
        }
        let glyphs = pbf_font_tools::combine_glyphs(parts).unwrap_or_else(|| Glyphs {
            stacks: vec![Fontstack {
                name: names.join(", "),
                range: format!("{start}-{end}"),
                glyphs: Vec::new(),
            }],
        });
        let bytes = Arc::new(glyphs.encode_to_vec());
        self.cache_put(key, Arc::clone(&bytes));
        Ok(bytes)
    }

    fn cache_get(&self, key: &(String, u32)) -> Option<Arc<Vec<u8>>> {
        let c = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        c.get(key).cloned()
    }

    fn cache_put(&self, key: (String, u32), v: Arc<Vec<u8>>) {
        let mut c = self
            .cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if c.len() < MAX_CACHED {
            c.insert(key, v);
        }
    }
}

/// `Family Style` of a face, as `pbf_font_tools` names its stack.
fn face_name(f: &freetype::Face) -> Option<String> {
    let mut name = f.family_name()?;
    if let Some(style) = f.style_name() {
        name.push(' ');
        name.push_str(&style);
    }
    Some(name)
}

fn render_face(f: &Face, start: u32, end: u32) -> Result<Glyphs, GlyphError> {
    let err = |e: &dyn std::fmt::Display| GlyphError::Render {
        path: f.path.clone(),
        message: e.to_string(),
    };
    // FreeType handles are not shared between threads: one library per rendering.
    let lib = freetype::Library::init().map_err(|e| err(&e))?;
    let face = lib.new_face(&f.path, f.index).map_err(|e| err(&e))?;
    let stack = pbf_font_tools::glyph_range_for_face(
        &face,
        start,
        end,
        GLYPH_SIZE,
        GLYPH_RADIUS,
        GLYPH_CUTOFF,
    )
    .map_err(|e| err(&e))?;
    Ok(Glyphs {
        stacks: vec![stack],
    })
}

/// The start of a range `START-END`.
fn parse_range(range: &str) -> Result<u32, GlyphError> {
    let bad = || GlyphError::Range(range.to_string());
    let r = range.strip_suffix(".pbf").unwrap_or(range);
    let (a, b) = r.split_once('-').ok_or_else(bad)?;
    let start: u32 = a.parse().map_err(|_| bad())?;
    let end: u32 = b.parse().map_err(|_| bad())?;
    if !start.is_multiple_of(RANGE_SIZE) || end != start + RANGE_SIZE - 1 || end > 65_535 {
        return Err(bad());
    }
    Ok(start)
}

fn collect_fonts(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        let Ok(ft) = e.file_type() else {
            continue;
        };
        if ft.is_dir() {
            collect_fonts(&p, depth + 1, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| x.eq_ignore_ascii_case("ttf") || x.eq_ignore_ascii_case("otf"))
        {
            out.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_checked() {
        assert_eq!(parse_range("0-255").ok(), Some(0));
        assert_eq!(parse_range("256-511.pbf").ok(), Some(256));
        assert_eq!(parse_range("65280-65535").ok(), Some(65280));
        for bad in ["0-256", "1-256", "65536-65791", "a-b", "0", "-1-254", ""] {
            assert!(
                matches!(parse_range(bad), Err(GlyphError::Range(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn unknown_stack_names_the_fonts_found() {
        let lib = FontLibrary::default();
        let e = lib.range("Nope Regular", "0-255").expect_err("unknown");
        assert!(e.to_string().contains("Nope Regular"), "{e}");
    }

    /// A range of DejaVu Sans Book (installed by scripts/setup.sh) decodes as the protobuf
    /// MapLibre reads: one font stack of that name and range, glyph ids inside the range, and
    /// every bitmap the signed distance field of its glyph box with the 3-pixel border
    /// MapLibre expects ((width + 6) x (height + 6) bytes).
    #[test]
    fn a_glyph_range_decodes_as_maplibre_reads_it() {
        use pbf_font_tools::prost::Message;
        let dirs: Vec<PathBuf> = FontLibrary::DEFAULT_DIRS
            .iter()
            .map(PathBuf::from)
            .collect();
        let lib = FontLibrary::scan(&dirs);
        assert!(
            lib.has("DejaVu Sans Book"),
            "fonts-dejavu-core is required (scripts/setup.sh); found {:?}",
            lib.names()
        );
        let bytes = lib.range("DejaVu Sans Book", "0-255").expect("range");
        let g = pbf_font_tools::Glyphs::decode(bytes.as_slice()).expect("protobuf");
        assert_eq!(g.stacks.len(), 1);
        let st = &g.stacks[0];
        assert_eq!(st.name, "DejaVu Sans Book");
        // The crate names the range from its first glyph ("32-255": 0-31 are control
        // characters without glyphs); MapLibre reads the glyphs, not this label.
        assert!(st.range.ends_with("-255"), "{}", st.range);
        assert!(st.glyphs.iter().all(|x| x.id <= 255));
        let by_id = |c: char| st.glyphs.iter().find(|x| x.id == u32::from(c));
        let a = by_id('A').expect("A");
        assert!(a.width > 0 && a.height > 0 && a.advance > 0);
        let umlaut = by_id('ü').expect("ü (Löbdergraben, Jena-Zentrum)");
        assert!(
            umlaut.height > by_id('u').expect("u").height,
            "the dots add height"
        );
        let space = by_id(' ').expect("space");
        assert!(space.advance > 0);
        for x in st.glyphs.iter().filter(|x| x.width > 0) {
            let len = x.bitmap.as_ref().map_or(0, Vec::len);
            assert_eq!(len as u32, (x.width + 6) * (x.height + 6), "glyph {}", x.id);
        }
    }
}
