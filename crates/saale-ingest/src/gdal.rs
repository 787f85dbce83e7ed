//! Any OGR vector format through GDAL (Shapefile, GeoPackage, GML, KML, DXF, ...).
//! Geometries cross from GDAL to saale as WKB.

use std::cell::RefCell;
use std::path::Path;
use std::sync::Once;

use gdal::errors::CplErrType;
use gdal::vector::{FieldValue, LayerAccess, OGRFieldType};
use gdal::{Dataset, DatasetOptions, GdalOpenFlags};
use saale_crs::Crs;
use saale_model::{Feature, Field, FieldType, Layer, Schema, Value};

use crate::read::RawSource;
use crate::{Error, Result};

/// GDAL messages kept per read (more are counted, not kept).
const MAX_MESSAGES: usize = 100;

/// GDAL messages of one read on this thread.
#[derive(Default)]
struct Messages {
    /// Failures (`CE_Failure`, `CE_Fatal`), in order.
    errors: Vec<String>,
    /// Warnings, in order.
    warnings: Vec<String>,
    /// All failures and warnings, counted.
    count: usize,
}

thread_local! {
    /// The messages of the read running on this thread (`None`: no read is collecting).
    static COLLECT: RefCell<Option<Messages>> = const { RefCell::new(None) };
}

static HANDLER: Once = Once::new();

/// Install the process-wide GDAL error handler once. Messages raised on a thread that is
/// reading a source are collected for that read; others are printed as GDAL's default handler
/// prints them, so nothing changes for other GDAL users.
pub(crate) fn install_handler() {
    HANDLER.call_once(|| {
        gdal::config::set_error_handler(|class, no, msg| {
            // PROJ reporting a code it does not know while a CRS is resolved: saale's CRS
            // parsing tries the alternatives and says what it assumed.
            if matches!(class, CplErrType::None | CplErrType::Debug)
                || msg.starts_with("PROJ: proj_create")
            {
                return;
            }
            let kept = COLLECT.with(|c| {
                let Ok(mut c) = c.try_borrow_mut() else {
                    return false;
                };
                let Some(m) = c.as_mut() else { return false };
                m.count += 1;
                // PROJ failing to resolve a CRS is not damage: the CRS is checked on its own.
                let list = if class == CplErrType::Warning || msg.starts_with("PROJ: ") {
                    &mut m.warnings
                } else {
                    &mut m.errors
                };
                if list.len() < MAX_MESSAGES {
                    list.push(msg.trim().to_string());
                }
                true
            });
            if !kept {
                let what = if class == CplErrType::Warning {
                    "Warning"
                } else {
                    "ERROR"
                };
                eprintln!("{what} {no}: {msg}");
            }
        });
    });
}

/// Collects the GDAL messages raised on this thread while it lives.
struct Collector;

impl Collector {
    fn start() -> Self {
        install_handler();
        COLLECT.with(|c| *c.borrow_mut() = Some(Messages::default()));
        Collector
    }

    /// The first failure since the last call, if any.
    fn failure(&self) -> Option<String> {
        COLLECT.with(|c| c.borrow().as_ref().and_then(|m| m.errors.first().cloned()))
    }

    /// The warnings so far.
    fn warnings(&self) -> Vec<String> {
        COLLECT.with(|c| {
            c.borrow()
                .as_ref()
                .map(|m| m.warnings.clone())
                .unwrap_or_default()
        })
    }
}

impl Drop for Collector {
    fn drop(&mut self) {
        COLLECT.with(|c| *c.borrow_mut() = None);
    }
}

fn field_type(t: OGRFieldType::Type) -> FieldType {
    match t {
        OGRFieldType::OFTInteger | OGRFieldType::OFTInteger64 => FieldType::Int,
        OGRFieldType::OFTReal => FieldType::Float,
        OGRFieldType::OFTDate => FieldType::Date,
        OGRFieldType::OFTDateTime => FieldType::DateTime,
        _ => FieldType::String,
    }
}

fn value(v: Option<FieldValue>) -> Value {
    match v {
        None => Value::Null,
        Some(FieldValue::IntegerValue(i)) => Value::Int(i64::from(i)),
        Some(FieldValue::Integer64Value(i)) => Value::Int(i),
        Some(FieldValue::RealValue(f)) => Value::Float(f),
        Some(FieldValue::StringValue(s)) => Value::String(s.into()),
        Some(FieldValue::DateValue(d)) => Value::String(d.format("%Y-%m-%d").to_string().into()),
        Some(FieldValue::DateTimeValue(d)) => Value::String(d.to_rfc3339().into()),
        Some(FieldValue::IntegerListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::Integer64ListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::RealListValue(l)) => Value::String(format!("{l:?}").into()),
        Some(FieldValue::StringListValue(l)) => Value::String(format!("{l:?}").into()),
    }
}

/// The first `srsName="..."` in the first 64 KB of an XML file (GML, WFS responses).
fn named_srs(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = Vec::with_capacity(65_536);
    std::fs::File::open(path)
        .ok()?
        .take(65_536)
        .read_to_end(&mut head)
        .ok()?;
    let text = String::from_utf8_lossy(&head);
    let at = text.find("srsName=")? + "srsName=".len();
    let quote = text[at..]
        .chars()
        .next()
        .filter(|c| *c == '"' || *c == '\'')?;
    let rest = &text[at + 1..];
    Some(rest[..rest.find(quote)?].to_string())
}

/// The vector layers of a GDAL dataset, in order.
///
/// # Errors
/// [`Error::UnknownFormat`] when GDAL cannot open the file as a vector dataset.
pub(crate) fn layer_names(path: &Path) -> Result<Vec<String>> {
    layer_names_as(path, path)
}

/// The vector layers of the dataset GDAL opens as `open_as`, errors naming `path`.
pub(crate) fn layer_names_as(path: &Path, open_as: &Path) -> Result<Vec<String>> {
    // Opening may raise warnings (read again, and reported, by the read itself).
    let quiet = Collector::start();
    let ds = open_named(path, open_as, &quiet)?;
    Ok(ds.layers().map(|l| l.name()).collect())
}

/// Open `open_as`, errors naming `path`: a local file GDAL cannot open is not a vector
/// format; a remote source (`open_as` is not a file) gets GDAL's own reason (an HTTP status,
/// a refused connection, a missing table).
fn open_named(path: &Path, open_as: &Path, collector: &Collector) -> Result<Dataset> {
    open(open_as).map_err(|e| {
        if open_as.exists() {
            return e;
        }
        let reason = collector.failure().unwrap_or_else(|| match e {
            Error::UnknownFormat { reason, .. } => reason,
            e => e.to_string(),
        });
        Error::Gdal {
            path: path.to_path_buf(),
            reason: format!("cannot open it: {reason}"),
        }
    })
}

fn open(path: &Path) -> Result<Dataset> {
    Dataset::open_ex(
        path,
        DatasetOptions {
            open_flags: GdalOpenFlags::GDAL_OF_VECTOR | GdalOpenFlags::GDAL_OF_READONLY,
            ..Default::default()
        },
    )
    .map_err(|e| Error::UnknownFormat {
        path: path.to_path_buf(),
        reason: format!("not a vector format saale or GDAL can read ({e})"),
    })
}

/// Which features of a GDAL dataset to read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Pick<'a> {
    /// The first layer, or the layer of this name.
    Layer(Option<&'a str>),
    /// The result of this SQL statement (in the dataset's own dialect: PostgreSQL for `PG:`).
    Sql(&'a str),
}

/// Read the first layer (or the layer named `layer_name`) of any OGR vector dataset.
///
/// GDAL failures raised while the layer is read (a truncated `.shp`, `.dbf` or GML) are errors
/// naming the feature; GDAL warnings are returned with the layer.
pub(crate) fn read(path: &Path, layer_name: Option<&str>) -> Result<RawSource> {
    read_picked(path, path, Pick::Layer(layer_name))
}

/// Read the features `pick` selects from the dataset GDAL opens as `open_as`; messages name
/// `path` (for a remote source: the source as recorded, without expanded variables).
pub(crate) fn read_picked(path: &Path, open_as: &Path, pick: Pick<'_>) -> Result<RawSource> {
    let gdal_err = |e: gdal::errors::GdalError| Error::Gdal {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    // Some drivers (GML) read the whole file on opening: collect from the start.
    let collector = Collector::start();
    let ds = open_named(path, open_as, &collector)?;
    let driver = ds.driver().short_name();
    if let Pick::Sql(sql) = pick {
        let mut rs = ds
            .execute_sql(sql, None, gdal::vector::sql::Dialect::DEFAULT)
            .map_err(|e| Error::Gdal {
                path: path.to_path_buf(),
                reason: format!(
                    "the query failed: {}",
                    collector.failure().unwrap_or_else(|| e.to_string())
                ),
            })?
            .ok_or_else(|| Error::Gdal {
                path: path.to_path_buf(),
                reason: format!(
                    "the query returned no rows set{}",
                    collector
                        .failure()
                        .map(|f| format!(": {f}"))
                        .unwrap_or_default()
                ),
            })?;
        return read_layer(path, &mut *rs, &collector, &driver);
    }
    let Pick::Layer(layer_name) = pick else {
        unreachable!("the SQL pick returned above")
    };
    if ds.layer_count() == 0 && layer_name.is_none() {
        return Err(Error::UnknownFormat {
            path: path.to_path_buf(),
            reason: format!("GDAL opened it as {driver} but found no vector layer"),
        });
    }
    let mut layer = match layer_name {
        Some(n) => ds.layer_by_name(n).map_err(|_| Error::UnknownFormat {
            path: path.to_path_buf(),
            reason: if ds.layer_count() == 0 {
                format!("no layer '{n}'; GDAL ({driver}) finds no layer in it")
            } else {
                format!(
                    "no layer '{n}'; its layers are {}",
                    ds.layers()
                        .map(|l| format!("'{}'", l.name()))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
        })?,
        None => ds.layer(0).map_err(gdal_err)?,
    };
    read_layer(path, &mut layer, &collector, &driver)
}

fn read_layer<L: LayerAccess>(
    path: &Path,
    layer: &mut L,
    collector: &Collector,
    driver: &str,
) -> Result<RawSource> {
    let damaged = |at: usize, msg: String| {
        Error::malformed(
            path,
            format!("feature {at}"),
            format!("GDAL cannot read it: {msg} (is the file truncated or damaged?)"),
        )
    };
    let crs = match layer.spatial_ref() {
        Some(sr) => {
            Some(Crs::from_spatial_ref(&sr).map_err(|e| Error::crs(path, String::new(), e))?)
        }
        // GDAL could not resolve the CRS the file names (an ESRI code under the EPSG
        // authority, as ArcGIS services write): saale's parsing may.
        None => match named_srs(path) {
            Some(name) => Some(Crs::parse(&name).map_err(|e| Error::crs(path, String::new(), e))?),
            None => None,
        },
    };
    let schema = Schema::from_fields(layer.defn().fields().map(|f| Field {
        name: f.name(),
        ty: field_type(f.field_type()),
    }));
    let mut features = Vec::with_capacity(usize::try_from(layer.feature_count()).unwrap_or(0));
    if let Some(e) = collector.failure() {
        return Err(damaged(0, e));
    }
    for (i, f) in layer.features().enumerate() {
        // The failure was raised while this feature was read.
        if let Some(e) = collector.failure() {
            return Err(damaged(i, e));
        }
        let geometry = match f.geometry() {
            Some(g) if !g.is_empty() => {
                let wkb = g
                    .wkb()
                    .map_err(|e| Error::malformed(path, format!("feature {i}"), e.to_string()))?;
                Some(saale_model::geometry_from_wkb(&wkb).map_err(|e| {
                    Error::malformed(path, format!("feature {i}"), format!("geometry: {e}"))
                })?)
            }
            _ => None,
        };
        let values = f.fields().map(|(_, v)| value(v)).collect();
        features.push(Feature { geometry, values });
    }
    // A failure that ended the iteration early.
    if let Some(e) = collector.failure() {
        return Err(damaged(features.len(), e));
    }
    let warnings = collector
        .warnings()
        .into_iter()
        .map(|w| format!("GDAL: {w}"))
        .collect();
    Ok(RawSource {
        layer: Layer { schema, features },
        crs,
        detail: format!("GDAL/{driver}"),
        warnings,
    })
}
