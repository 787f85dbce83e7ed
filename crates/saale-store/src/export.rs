//! Exports: a layer to GeoJSON, GeoPackage, FlatGeobuf, GeoParquet or CSV, chosen by extension.
//!
//! Every export is written to a temporary file beside the target and renamed into place, so a
//! failed export never leaves a half-written file under the target name.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use saale_crs::Crs;
use saale_model::{geometry_kind, FieldType, Layer, Value};

use crate::style::LayerStyle;
use crate::{Error, Result};

/// Export formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportFormat {
    /// `.geojson` / `.json`: RFC 7946 in EPSG:4326 by default; with another CRS, a `crs` member.
    GeoJson,
    /// `.gpkg` through GDAL.
    GeoPackage,
    /// `.fgb` with spatial index.
    FlatGeobuf,
    /// `.parquet`: GeoParquet 1.0, WKB geometry, PROJJSON CRS, rows in Hilbert order.
    GeoParquet,
    /// `.csv`: a `WKT` geometry column first, then the attributes; beside it `.csvt` (the
    /// column types) and `.prj` (the CRS), which GDAL and QGIS read.
    Csv,
    /// `.shp` through GDAL (with `.shx`, `.dbf`, `.prj`, `.cpg`; UTF-8): one geometry type
    /// per file.
    Shapefile,
}

impl ExportFormat {
    /// The format for a path's extension.
    ///
    /// # Errors
    /// [`Error::Invalid`] for an unknown extension, listing the known ones.
    pub fn from_path(path: &Path) -> Result<Self> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        Ok(match ext.as_str() {
            "geojson" | "json" => ExportFormat::GeoJson,
            "gpkg" => ExportFormat::GeoPackage,
            "fgb" => ExportFormat::FlatGeobuf,
            "parquet" | "geoparquet" => ExportFormat::GeoParquet,
            "csv" => ExportFormat::Csv,
            "shp" => ExportFormat::Shapefile,
            _ => {
                return Err(Error::Invalid(format!(
                "{}: unknown export format '.{ext}'; use .gpkg, .fgb, .geojson, .parquet, .csv or .shp",
                path.display()
            )))
            }
        })
    }
}

fn tmp_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp.{ext}", std::process::id()))
}

/// Write `layer` (in `from` CRS) to `path`, transformed to `to` (default: the layer's CRS,
/// or EPSG:4326 for GeoJSON as RFC 7946 requires). Returns the CRS written.
///
/// # Errors
/// [`Error::Invalid`] for an unknown extension; CRS, encoder and IO errors naming the file.
pub fn export_layer(
    layer: &Layer,
    name: &str,
    from: &Crs,
    to: Option<&Crs>,
    path: &Path,
) -> Result<Crs> {
    export_layer_styled(layer, name, from, to, path, None)
}

/// [`export_layer`] with a QGIS style, which a GeoPackage carries in its `layer_styles`
/// table as the layer's default style (other formats have no place for it).
///
/// # Errors
/// As [`export_layer`].
pub fn export_layer_styled(
    layer: &Layer,
    name: &str,
    from: &Crs,
    to: Option<&Crs>,
    path: &Path,
    style: Option<&LayerStyle>,
) -> Result<Crs> {
    let format = ExportFormat::from_path(path)?;
    let has_geometry = layer.features.iter().any(|f| f.geometry.is_some());
    let target = match (to, format) {
        (Some(c), _) => c.clone(),
        (None, ExportFormat::GeoJson) if has_geometry => Crs::epsg(4326),
        (None, _) => from.clone(),
    };
    let transformed;
    let layer = if target == *from || !has_geometry {
        layer
    } else {
        let mut l = layer.clone();
        transform_parallel(&mut l, from, &target)?;
        transformed = l;
        &transformed
    };
    let crs = has_geometry.then_some(&target);
    if format == ExportFormat::Shapefile {
        write_shapefile(path, name, layer, crs)?;
        return Ok(target);
    }
    let tmp = tmp_beside(path);
    let _ = std::fs::remove_file(&tmp);
    let r = match format {
        ExportFormat::GeoJson => write_geojson(&tmp, name, layer, crs),
        ExportFormat::FlatGeobuf => saale_fgb::write_flatgeobuf(&tmp, name, layer, crs)
            .map(drop)
            .map_err(Error::from),
        ExportFormat::GeoPackage => write_gpkg(&tmp, name, layer, crs, style),
        ExportFormat::GeoParquet => write_parquet(&tmp, layer, crs),
        ExportFormat::Csv => write_csv(&tmp, layer),
        ExportFormat::Shapefile => Ok(()),
    };
    if let Err(e) = r {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))?;
    if format == ExportFormat::Csv {
        write_csv_sidecars(path, layer, crs)?;
    }
    Ok(target)
}

/// `.csvt` (GDAL's column types, `WKT` first when there is geometry) and `.prj` (the CRS as
/// WKT) beside a CSV file, so GDAL and QGIS read the types and the CRS.
fn write_csv_sidecars(path: &Path, layer: &Layer, crs: Option<&Crs>) -> Result<()> {
    let mut types: Vec<&str> = Vec::new();
    if crs.is_some() {
        types.push("WKT");
    }
    types.extend(layer.schema.fields().iter().map(|f| match f.ty {
        FieldType::Bool | FieldType::Int => "Integer64",
        FieldType::Float => "Real",
        FieldType::Date => "Date",
        FieldType::DateTime => "DateTime",
        FieldType::String => "String",
    }));
    let csvt = path.with_extension("csvt");
    std::fs::write(&csvt, types.join(",") + "\n").map_err(|e| Error::io(&csvt, e))?;
    let prj = path.with_extension("prj");
    match crs {
        Some(c) => std::fs::write(&prj, c.wkt()).map_err(|e| Error::io(&prj, e))?,
        None => {
            let _ = std::fs::remove_file(&prj);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- Shapefile (GDAL)

/// The Shapefile's parts, by extension.
const SHAPEFILE_PARTS: &[&str] = &["shp", "shx", "dbf", "prj", "cpg"];

/// Write a Shapefile: into a directory beside the target, then each part renamed into place.
/// A Shapefile holds one geometry type: a mixed layer is refused with the types it holds.
fn write_shapefile(path: &Path, name: &str, layer: &Layer, crs: Option<&Crs>) -> Result<()> {
    let kinds: std::collections::BTreeSet<&str> = layer
        .features
        .iter()
        .filter_map(|f| f.geometry.as_ref())
        .map(|g| match geometry_kind(g) {
            // Shapefiles do not tell single from multi parts: one family is one type.
            "MultiPoint" => "Point",
            "MultiLineString" => "LineString",
            "MultiPolygon" => "Polygon",
            k => k,
        })
        .collect();
    if kinds.len() > 1 {
        return Err(Error::Invalid(format!(
            "{}: a Shapefile holds one geometry type, the layer has {}; export to .gpkg, or split the layer",
            path.display(),
            kinds.into_iter().collect::<Vec<_>>().join(", ")
        )));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let stage = dir.join(format!(".{name}.{}.shp.tmp", std::process::id()));
    let _ = std::fs::remove_dir_all(&stage);
    std::fs::create_dir_all(&stage).map_err(|e| Error::io(&stage, e))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string());
    let staged = stage.join(format!("{stem}.shp"));
    let r = write_ogr(&staged, "ESRI Shapefile", name, layer, crs, None).and_then(|()| {
        for ext in SHAPEFILE_PARTS {
            let from = staged.with_extension(ext);
            let to = path.with_extension(ext);
            if from.is_file() {
                std::fs::rename(&from, &to).map_err(|e| Error::io(&to, e))?;
            } else {
                let _ = std::fs::remove_file(&to);
            }
        }
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&stage);
    r
}

pub(crate) fn transform_parallel(layer: &mut Layer, from: &Crs, to: &Crs) -> Result<()> {
    saale_crs::transform_features_parallel(&mut layer.features, from, to).map_err(|(_, e)| e.into())
}

// ---------------------------------------------------------------- GeoJSON

fn write_geojson(path: &Path, name: &str, layer: &Layer, crs: Option<&Crs>) -> Result<()> {
    let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    let mut w = BufWriter::with_capacity(1 << 20, file);
    let io = |e| Error::io(path, e);
    let mut head = format!(
        "{{\"type\":\"FeatureCollection\",\"name\":{}",
        serde_json::Value::from(name)
    );
    if let Some(c) = crs.filter(|c| c.epsg_code() != Some(4326)) {
        let urn = c
            .epsg_code()
            .map_or_else(|| c.to_string(), |e| format!("urn:ogc:def:crs:EPSG::{e}"));
        head.push_str(&format!(
            ",\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"{urn}\"}}}}"
        ));
    }
    head.push_str(",\"features\":[\n");
    w.write_all(head.as_bytes()).map_err(io)?;
    let mut buf = String::with_capacity(1024);
    for (i, f) in layer.features.iter().enumerate() {
        buf.clear();
        if i > 0 {
            buf.push_str(",\n");
        }
        saale_model::geojson::write_feature(
            None,
            f.geometry.as_ref(),
            false,
            layer
                .schema
                .fields()
                .iter()
                .map(|field| field.name.as_str())
                .zip(&f.values),
            &mut buf,
        );
        w.write_all(buf.as_bytes()).map_err(io)?;
    }
    w.write_all(b"\n]}\n").map_err(io)?;
    let file = w
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    file.sync_all().map_err(|e| Error::io(path, e))
}

// ---------------------------------------------------------------- GeoPackage (GDAL)

fn write_gpkg(
    path: &Path,
    name: &str,
    layer: &Layer,
    crs: Option<&Crs>,
    style: Option<&LayerStyle>,
) -> Result<()> {
    write_ogr(path, "GPKG", name, layer, crs, style)
}

/// The GDAL geometry type of a layer: its one kind, or unknown for mixed kinds; for a
/// Shapefile (`multi`) the multi type of its one family.
pub(crate) fn ogr_geometry_type(layer: &Layer, has_geometry: bool, multi: bool) -> u32 {
    use gdal::vector::OGRwkbGeometryType;
    if !has_geometry {
        return OGRwkbGeometryType::wkbNone;
    }
    let mut kinds = layer
        .features
        .iter()
        .filter_map(|f| f.geometry.as_ref())
        .map(geometry_kind);
    let first = kinds.next().unwrap_or("");
    let same = kinds.all(|k| k == first);
    match (same || multi, first) {
        // A Shapefile's parts may be single or multi: the multi type holds both.
        (true, "Point" | "MultiPoint") if multi => OGRwkbGeometryType::wkbMultiPoint,
        (true, "LineString" | "MultiLineString") if multi => OGRwkbGeometryType::wkbMultiLineString,
        (true, "Polygon" | "MultiPolygon") if multi => OGRwkbGeometryType::wkbMultiPolygon,
        (true, "Point") => OGRwkbGeometryType::wkbPoint,
        (true, "LineString") => OGRwkbGeometryType::wkbLineString,
        (true, "Polygon") => OGRwkbGeometryType::wkbPolygon,
        (true, "MultiPoint") => OGRwkbGeometryType::wkbMultiPoint,
        (true, "MultiLineString") => OGRwkbGeometryType::wkbMultiLineString,
        (true, "MultiPolygon") => OGRwkbGeometryType::wkbMultiPolygon,
        _ => OGRwkbGeometryType::wkbUnknown,
    }
}

/// Write through a GDAL vector driver (`GPKG`, `ESRI Shapefile`); a GeoPackage gets the
/// `style` in its `layer_styles` table.
fn write_ogr(
    path: &Path,
    driver: &str,
    name: &str,
    layer: &Layer,
    crs: Option<&Crs>,
    style: Option<&LayerStyle>,
) -> Result<()> {
    use gdal::vector::LayerOptions;
    use gdal::DriverManager;
    let shapefile = driver == "ESRI Shapefile";
    let g = |e: gdal::errors::GdalError| Error::write(path, format!("GDAL: {e}"));
    let driver = DriverManager::get_driver_by_name(driver).map_err(g)?;
    let mut ds = driver.create_vector_only(path).map_err(g)?;
    let srs = match crs {
        Some(c) => Some(c.spatial_ref()?),
        None => None,
    };
    let ty = ogr_geometry_type(layer, crs.is_some(), shapefile);
    // GeoPackage writes in one transaction; a Shapefile has none (it is staged instead).
    let options: Option<&[&str]> = shapefile.then_some(&["ENCODING=UTF-8"]);
    let lo = LayerOptions {
        name,
        srs: srs.as_ref(),
        ty,
        options,
    };
    if shapefile {
        let lyr = ds.create_layer(lo).map_err(g)?;
        fill_ogr(path, &lyr, layer, &gpkg_columns(layer))?;
    } else {
        let mut txn = ds.start_transaction().map_err(g)?;
        {
            let lyr = txn.create_layer(lo).map_err(g)?;
            fill_ogr(path, &lyr, layer, &gpkg_columns(layer))?;
        }
        if let Some(style) = style {
            write_layer_styles(&txn, name, crs.is_some(), style).map_err(g)?;
        }
        txn.commit().map_err(g)?;
    }
    drop(ds);
    Ok(())
}

/// A SQL string literal.
pub(crate) fn sql_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// QGIS' `layer_styles` table (as QGIS creates it in a GeoPackage, registered as an
/// attribute table) with `style` as the default style of table `name`.
fn write_layer_styles(
    ds: &gdal::Dataset,
    name: &str,
    has_geometry: bool,
    style: &LayerStyle,
) -> std::result::Result<(), gdal::errors::GdalError> {
    use gdal::vector::sql::Dialect;
    let now = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
    let statements = [
        format!(
            "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \
             f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256), \
             f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT, \
             useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30), \
             update_time DATETIME DEFAULT ({now}))"
        ),
        format!(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) \
             VALUES ('layer_styles', 'attributes', 'layer_styles', {now})"
        ),
        format!(
            "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, \
             f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner) \
             VALUES ('', '', {}, {}, {}, {}, {}, 1, {}, '')",
            sql_literal(name),
            sql_literal(if has_geometry { "geom" } else { "" }),
            sql_literal(name),
            sql_literal(&style.qml),
            sql_literal(&style.sld),
            sql_literal(&format!(
                "saale: from the MapLibre style '{}' (layer '{}')",
                style.name, style.source_layer
            )),
        ),
    ];
    for sql in statements {
        ds.execute_sql(sql, None, Dialect::DEFAULT)?;
    }
    Ok(())
}

/// Fields (named `columns`) and features of `layer` into a GDAL layer.
pub(crate) fn fill_ogr(
    path: &Path,
    lyr: &gdal::vector::Layer<'_>,
    layer: &Layer,
    columns: &[String],
) -> Result<()> {
    use gdal::vector::{FieldDefn, LayerAccess, OGRFieldType};
    let g = |e: gdal::errors::GdalError| Error::write(path, format!("GDAL: {e}"));
    for (f, col) in layer.schema.fields().iter().zip(columns) {
        let t = match f.ty {
            FieldType::Bool | FieldType::Int => OGRFieldType::OFTInteger64,
            FieldType::Float => OGRFieldType::OFTReal,
            FieldType::Date => OGRFieldType::OFTDate,
            FieldType::DateTime => OGRFieldType::OFTDateTime,
            FieldType::String => OGRFieldType::OFTString,
        };
        FieldDefn::new(col, t)
            .map_err(g)?
            .add_to_layer(lyr)
            .map_err(g)?;
    }
    let defn = lyr.defn();
    for (i, f) in layer.features.iter().enumerate() {
        let fe = |e: gdal::errors::GdalError| Error::write(path, format!("feature {i}: {e}"));
        let mut feat = gdal::vector::Feature::new(defn).map_err(fe)?;
        if let Some(geom) = &f.geometry {
            let wkb = saale_model::geometry_to_wkb(geom)
                .map_err(|e| Error::write(path, format!("feature {i}: {e}")))?;
            feat.set_geometry(gdal::vector::Geometry::from_wkb(&wkb).map_err(fe)?)
                .map_err(fe)?;
        }
        for (j, v) in f.values.iter().enumerate() {
            match v {
                Value::Null => feat.set_field_null(j).map_err(fe)?,
                Value::Bool(b) => feat.set_field_integer64(j, i64::from(*b)).map_err(fe)?,
                Value::Int(x) => feat.set_field_integer64(j, *x).map_err(fe)?,
                Value::Float(x) => feat.set_field_double(j, *x).map_err(fe)?,
                Value::String(s) if s.contains('\0') => {
                    let field = columns.get(j).map_or("", String::as_str);
                    return Err(Error::write(
                        path,
                        format!("feature {i}, field '{field}': the text holds a NUL character, which GDAL cannot write"),
                    ));
                }
                Value::String(s) => feat.set_field_string(j, s).map_err(fe)?,
            }
        }
        feat.create(lyr).map_err(fe)?;
    }
    Ok(())
}

/// Column names for a GeoPackage: SQLite compares names without case, and `fid` and `geom`
/// are taken, so `cafeteria` after `Cafeteria` becomes `cafeteria_2` (OSM tags do this).
pub(crate) fn gpkg_columns(layer: &Layer) -> Vec<String> {
    let mut seen: std::collections::HashSet<String> =
        ["fid", "geom"].iter().map(|s| (*s).to_string()).collect();
    layer
        .schema
        .fields()
        .iter()
        .map(|f| {
            let mut name = f.name.clone();
            let mut k = 2;
            while seen.contains(&name.to_lowercase()) {
                name = format!("{}_{k}", f.name);
                k += 1;
            }
            seen.insert(name.to_lowercase());
            name
        })
        .collect()
}

// ---------------------------------------------------------------- CSV

fn write_csv(path: &Path, layer: &Layer) -> Result<()> {
    let has_geometry = layer.features.iter().any(|f| f.geometry.is_some());
    let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file));
    let cw = |e: csv::Error| Error::write(path, e);
    let mut header: Vec<&str> = Vec::new();
    if has_geometry {
        header.push("WKT");
    }
    header.extend(layer.schema.fields().iter().map(|f| f.name.as_str()));
    w.write_record(&header).map_err(cw)?;
    let mut rec: Vec<String> = Vec::with_capacity(header.len());
    for (i, f) in layer.features.iter().enumerate() {
        rec.clear();
        if has_geometry {
            rec.push(match &f.geometry {
                Some(g) => saale_model::geometry_to_wkt(g)
                    .map_err(|e| Error::write(path, format!("feature {i}: {e}")))?,
                None => String::new(),
            });
        }
        rec.extend(f.values.iter().map(ToString::to_string));
        rec.resize(header.len(), String::new());
        w.write_record(&rec).map_err(cw)?;
    }
    let inner = w
        .into_inner()
        .map_err(|e| Error::write(path, e.to_string()))?;
    let file = inner
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    file.sync_all().map_err(|e| Error::io(path, e))
}

// ---------------------------------------------------------------- GeoParquet

fn write_parquet(path: &Path, layer: &Layer, crs: Option<&Crs>) -> Result<()> {
    use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical, ZstdLevel};
    use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::metadata::KeyValue;
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::types::Type;

    let pq = |e: parquet::errors::ParquetError| Error::write(path, e);
    let geom_col = "geometry";
    let mut fields = Vec::new();
    let has_geometry = crs.is_some();
    if has_geometry {
        fields.push(Arc::new(
            Type::primitive_type_builder(geom_col, Physical::BYTE_ARRAY)
                .with_repetition(Repetition::OPTIONAL)
                .build()
                .map_err(pq)?,
        ));
    }
    for f in layer.schema.fields() {
        let b = match f.ty {
            FieldType::Bool => Type::primitive_type_builder(&f.name, Physical::BOOLEAN),
            FieldType::Int => Type::primitive_type_builder(&f.name, Physical::INT64),
            FieldType::Float => Type::primitive_type_builder(&f.name, Physical::DOUBLE),
            _ => Type::primitive_type_builder(&f.name, Physical::BYTE_ARRAY)
                .with_logical_type(Some(LogicalType::String)),
        };
        fields.push(Arc::new(
            b.with_repetition(Repetition::OPTIONAL)
                .build()
                .map_err(pq)?,
        ));
    }
    let schema = Arc::new(
        Type::group_type_builder("schema")
            .with_fields(fields)
            .build()
            .map_err(pq)?,
    );
    // Encode geometries first (also gives bbox and types for the metadata).
    let mut wkbs: Vec<Option<Vec<u8>>> = Vec::with_capacity(layer.features.len());
    let mut kinds = std::collections::BTreeSet::new();
    for (i, f) in layer.features.iter().enumerate() {
        wkbs.push(match &f.geometry {
            Some(g) => {
                kinds.insert(geometry_kind(g));
                Some(
                    saale_model::geometry_to_wkb(g)
                        .map_err(|e| Error::write(path, format!("feature {i}: {e}")))?,
                )
            }
            None => None,
        });
    }
    let mut kv = Vec::new();
    if let Some(c) = crs {
        let bbox = layer.bbox();
        let projjson: serde_json::Value = c
            .projjson()
            .and_then(|j| serde_json::from_str(&j).ok())
            .unwrap_or(serde_json::Value::Null);
        let geo = serde_json::json!({
            "version": "1.0.0",
            "primary_column": geom_col,
            "columns": { geom_col: {
                "encoding": "WKB",
                "geometry_types": kinds.iter().collect::<Vec<_>>(),
                "crs": projjson,
                "bbox": if bbox.is_empty() { serde_json::Value::Null } else { serde_json::json!(bbox.to_array()) },
            }},
        });
        kv.push(KeyValue::new("geo".to_string(), geo.to_string()));
    }
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .set_key_value_metadata(Some(kv))
            .build(),
    );
    let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    let mut writer = SerializedFileWriter::new(file, schema, props).map_err(pq)?;
    const ROWS: usize = 65_536;
    let n = layer.features.len();
    let mut start = 0;
    while start < n || (n == 0 && start == 0) {
        let end = (start + ROWS).min(n);
        let feats = &layer.features[start..end];
        let mut rg = writer.next_row_group().map_err(pq)?;
        if has_geometry {
            let mut col = rg
                .next_column()
                .map_err(pq)?
                .ok_or_else(|| Error::write(path, "missing column"))?;
            let (vals, defs): (Vec<ByteArray>, Vec<i16>) = wkbs[start..end]
                .iter()
                .map(|w| w.clone().map(ByteArray::from))
                .fold((Vec::new(), Vec::new()), |(mut v, mut d), w| {
                    d.push(i16::from(w.is_some()));
                    if let Some(b) = w {
                        v.push(b);
                    }
                    (v, d)
                });
            col.typed::<ByteArrayType>()
                .write_batch(&vals, Some(&defs), None)
                .map_err(pq)?;
            col.close().map_err(pq)?;
        }
        for (j, field) in layer.schema.fields().iter().enumerate() {
            let mut col = rg
                .next_column()
                .map_err(pq)?
                .ok_or_else(|| Error::write(path, "missing column"))?;
            let defs: Vec<i16> = feats
                .iter()
                .map(|f| i16::from(!f.value(j).is_null()))
                .collect();
            let vals = feats.iter().map(|f| f.value(j)).filter(|v| !v.is_null());
            match field.ty {
                FieldType::Bool => {
                    let v: Vec<bool> = vals.map(|v| matches!(v, Value::Bool(true))).collect();
                    col.typed::<BoolType>()
                        .write_batch(&v, Some(&defs), None)
                        .map_err(pq)?;
                }
                FieldType::Int => {
                    let v: Vec<i64> = vals
                        .map(|v| if let Value::Int(i) = v { *i } else { 0 })
                        .collect();
                    col.typed::<Int64Type>()
                        .write_batch(&v, Some(&defs), None)
                        .map_err(pq)?;
                }
                FieldType::Float => {
                    let v: Vec<f64> = vals.map(|v| v.as_f64().unwrap_or(f64::NAN)).collect();
                    col.typed::<DoubleType>()
                        .write_batch(&v, Some(&defs), None)
                        .map_err(pq)?;
                }
                _ => {
                    let v: Vec<ByteArray> = vals
                        .map(|v| ByteArray::from(v.to_string().into_bytes()))
                        .collect();
                    col.typed::<ByteArrayType>()
                        .write_batch(&v, Some(&defs), None)
                        .map_err(pq)?;
                }
            }
            col.close().map_err(pq)?;
        }
        rg.close().map_err(pq)?;
        if n == 0 {
            break;
        }
        start = end;
    }
    let file = writer.into_inner().map_err(pq)?;
    file.sync_all().map_err(|e| Error::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::{Feature, Field, Schema};

    #[test]
    fn gpkg_columns_differ_without_case_and_avoid_reserved_names() {
        let f = |n: &str| Field {
            name: n.into(),
            ty: FieldType::String,
        };
        let layer = Layer {
            schema: Schema::from_fields([f("Cafeteria"), f("cafeteria"), f("FID"), f("geom")]),
            features: vec![Feature {
                geometry: None,
                values: vec![],
            }],
        };
        assert_eq!(
            gpkg_columns(&layer),
            vec!["Cafeteria", "cafeteria_2", "FID_2", "geom_2"]
        );
    }
}
