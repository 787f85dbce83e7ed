use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::{Error, Result};

/// A source format saale reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// GeoJSON (RFC 7946 and the 2008 spec with a `crs` member).
    GeoJson,
    /// FlatGeobuf, read natively.
    FlatGeobuf,
    /// GeoParquet 1.x (WKB geometry).
    GeoParquet,
    /// Delimited text: x/y or lon/lat columns, a WKT column, or no geometry (attribute table).
    Csv,
    /// Any other OGR vector format (Shapefile, GeoPackage, GML, KML, DXF, ...), read through GDAL.
    Gdal,
}

impl Format {
    /// Detect a file's format from its first bytes, then its extension.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be opened.
    pub fn detect(path: &Path) -> Result<Format> {
        let mut head = [0u8; 64];
        let n = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .map_err(|e| Error::io(path, e))?;
        let head = &head[..n];
        if head.starts_with(b"fgb\x03") {
            return Ok(Format::FlatGeobuf);
        }
        if head.starts_with(b"PAR1") {
            return Ok(Format::GeoParquet);
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        let first_char = head
            .iter()
            .skip_while(|b| b.is_ascii_whitespace() || **b == 0xEF || **b == 0xBB || **b == 0xBF)
            .copied()
            .next();
        Ok(match ext.as_str() {
            "geojson" | "json" => Format::GeoJson,
            "csv" | "tsv" | "txt" => Format::Csv,
            "fgb" => Format::FlatGeobuf,
            "parquet" | "geoparquet" => Format::GeoParquet,
            _ if first_char == Some(b'{') => Format::GeoJson,
            _ => Format::Gdal,
        })
    }

    /// Human-readable name, as stored in the catalog.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Format::GeoJson => "GeoJSON",
            Format::FlatGeobuf => "FlatGeobuf",
            Format::GeoParquet => "GeoParquet",
            Format::Csv => "CSV",
            Format::Gdal => "GDAL",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
