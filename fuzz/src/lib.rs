//! The fuzz targets' entry points and invariants, shared by the libFuzzer targets
//! (`fuzz_targets/*.rs`, nightly) and the replay of the corpora on stable
//! (`crates/saale-ingest/tests/fuzz_corpus.rs` includes this file).
//!
//! Each entry point takes the bytes of one input, hands them to a reader of untrusted input
//! through its public entry (a temporary file with the format's extension where the reader
//! takes a path) and panics when an invariant does not hold:
//! - every error names the input file;
//! - every feature has at most one value per schema field, of a type the field holds;
//! - every coordinate is finite;
//! - the counts the reader reports equal the features it returns;
//! - two readers of the same bytes agree (the XML core in memory and streamed; the FlatGeobuf
//!   reader and the reader through the packed R-tree).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use saale_crs::Crs;
use saale_ingest::{read_dataset, read_source, DatasetOptions, ImportOptions};
use saale_model::{for_each_coord, Bbox, FieldType, Layer, Value};

/// A fuzz target: its name (the corpus directory) and its entry point.
pub type Target = (&'static str, fn(&[u8]));

/// Every target, by name.
pub const TARGETS: &[Target] = &[
    ("geojson", geojson),
    ("csv", csv),
    ("flatgeobuf", flatgeobuf),
    ("geoparquet", geoparquet),
    ("xml", xml),
    ("nas", nas),
    ("xplan", xplan),
    ("citygml", citygml),
    ("cityjson", cityjson),
    ("osm_xml", osm_xml),
    ("osm_pbf", osm_pbf),
];

fn scratch_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        // One directory for all runs (each input file has a unique name and is removed).
        let dir = base.join("saale-fuzz");
        if std::fs::create_dir_all(&dir).is_ok() {
            dir
        } else {
            std::env::temp_dir()
        }
    })
}

/// The input written to a temporary file named `*.{ext}` (removed on drop).
struct Input(tempfile::NamedTempFile);

impl Input {
    fn new(data: &[u8], ext: &str) -> Input {
        let mut f = tempfile::Builder::new()
            .prefix("input-")
            .suffix(&format!(".{ext}"))
            .tempfile_in(scratch_dir())
            .expect("temporary input file");
        f.write_all(data).expect("write input");
        f.flush().expect("flush input");
        Input(f)
    }

    fn path(&self) -> &Path {
        self.0.path()
    }
}

/// An error must name the file it is about.
fn check_error(path: &Path, e: &dyn std::fmt::Display) {
    let msg = e.to_string();
    let name = path.display().to_string();
    assert!(msg.contains(&name), "error does not name {name}: {msg}");
}

fn holds(ty: FieldType, v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(_) => ty == FieldType::Bool,
        Value::Int(_) => matches!(ty, FieldType::Int | FieldType::Float),
        Value::Float(_) => ty == FieldType::Float,
        Value::String(_) => matches!(
            ty,
            FieldType::String | FieldType::Date | FieldType::DateTime
        ),
    }
}

/// One value per field, of the field's type, finite coordinates, a finite extent.
fn check_layer(what: &str, layer: &Layer) {
    let fields = layer.schema.fields();
    let mut names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    names.sort_unstable();
    let n = names.len();
    names.dedup();
    assert_eq!(names.len(), n, "{what}: duplicate field names");
    for (i, f) in layer.features.iter().enumerate() {
        // Shorter value vectors mean trailing nulls; longer ones are values without a field.
        assert!(
            f.values.len() <= fields.len(),
            "{what}: feature {i} has {} values for {} fields",
            f.values.len(),
            fields.len()
        );
        for (field, v) in fields.iter().zip(&f.values) {
            assert!(
                holds(field.ty, v),
                "{what}: feature {i}: field {} ({:?}) holds {v:?}",
                field.name,
                field.ty
            );
        }
        if let Some(g) = &f.geometry {
            for_each_coord(g, &mut |c| {
                assert!(
                    c.x.is_finite() && c.y.is_finite(),
                    "{what}: feature {i}: coordinate ({}, {}) is not finite",
                    c.x,
                    c.y
                );
            });
        }
    }
    let b: Bbox = layer.bbox();
    if !b.is_empty() {
        assert!(
            b.min_x.is_finite()
                && b.min_y.is_finite()
                && b.max_x.is_finite()
                && b.max_y.is_finite(),
            "{what}: extent {b:?} is not finite"
        );
    }
}

/// Read a file through `read_source` and check what comes back.
fn source(data: &[u8], ext: &str, target: u32) {
    let input = Input::new(data, ext);
    let path = input.path();
    match read_source(path, &ImportOptions::new(Crs::epsg(target))) {
        Err(e) => check_error(path, &e),
        Ok((layer, info, report)) => {
            assert_eq!(info.features, report.read, "reported count");
            assert_eq!(
                layer.features.len() as u64,
                report.read - report.skipped,
                "features returned"
            );
            assert!(report.invalid <= report.read && report.without_geometry <= report.read);
            check_layer(ext, &layer);
        }
    }
}

/// Read a file through `read_dataset` and check what comes back.
fn dataset(data: &[u8], ext: &str) {
    let input = Input::new(data, ext);
    let path = input.path();
    let opts = DatasetOptions::new(Crs::epsg(25832));
    match read_dataset(&[path.to_path_buf()], &opts, &()) {
        Err(e) => check_error(path, &e),
        Ok(ds) => {
            let returned: usize = ds.layers.iter().map(|l| l.layer.features.len()).sum();
            let reported: u64 = ds.sources.iter().map(|s| s.features).sum();
            assert_eq!(returned as u64, reported, "features returned vs per source");
            let mut names: Vec<&str> = ds.layers.iter().map(|l| l.name.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), ds.layers.len(), "duplicate layer names");
            // Operations on existing objects only come with an update, each naming an object.
            assert!(
                ds.is_update || ds.changes.is_empty(),
                "changes outside an update"
            );
            for c in &ds.changes {
                assert!(!c.id.is_empty(), "{:?} without an object id", c.kind);
            }
            for l in &ds.layers {
                assert_eq!(
                    ds.report.written.get(&l.name).copied(),
                    Some(l.layer.features.len() as u64),
                    "written count of {}",
                    l.name
                );
                check_layer(&l.name, &l.layer);
            }
        }
    }
}

/// GeoJSON through `read_source`.
pub fn geojson(data: &[u8]) {
    source(data, "geojson", 4326);
}

/// CSV (x/y, lon/lat or WKT columns, or a table) through `read_source`.
pub fn csv(data: &[u8]) {
    source(data, "csv", 4326);
}

/// GeoParquet through `read_source`.
pub fn geoparquet(data: &[u8]) {
    source(data, "parquet", 25832);
}

/// FlatGeobuf through `read_source`, and the same file through `saale_fgb`'s reader and its
/// reader through the packed R-tree: both must return the same features.
pub fn flatgeobuf(data: &[u8]) {
    source(data, "fgb", 25832);
    let input = Input::new(data, "fgb");
    let path = input.path();
    let whole = saale_fgb::read_flatgeobuf(path);
    if let Err(e) = &whole {
        check_error(path, e);
    }
    match saale_fgb::IndexedFgb::open(path, None) {
        Err(e) => check_error(path, &e),
        Ok(None) => {}
        Ok(Some(idx)) => {
            let n = idx.len();
            let everything = Bbox {
                min_x: f64::MIN,
                min_y: f64::MIN,
                max_x: f64::MAX,
                max_y: f64::MAX,
            };
            match idx.read_in(&[everything]) {
                Err(e) => check_error(path, &e),
                Ok((layer, _)) => {
                    check_layer("fgb (indexed)", &layer);
                    assert!(
                        layer.features.len() <= n,
                        "more features than the index holds"
                    );
                    if let Ok((all, _)) = &whole {
                        assert_eq!(all.features.len(), n, "header count vs index");
                    }
                }
            }
        }
    }
}

/// The XML core: in memory and streamed from the file; both must agree, and what they
/// capture stays within the core's limits.
pub fn xml(data: &[u8]) {
    use saale_ingest::fuzzing::{xml_outline, xml_outline_file, XML_MAX_DEPTH, XML_MAX_NODES};
    let input = Input::new(data, "xml");
    let path = input.path();
    let mem = xml_outline(path, data);
    let file = xml_outline_file(path);
    match (&mem, &file) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "in memory and streamed disagree");
            for c in &a.captured {
                assert!(c.offset < data.len() as u64, "offset beyond the input");
                assert!(c.elements <= XML_MAX_NODES);
                assert!(c.depth < XML_MAX_DEPTH);
            }
        }
        (Err(a), Err(b)) => {
            check_error(path, a);
            check_error(path, b);
        }
        _ => panic!("in memory {mem:?}, streamed {file:?}"),
    }
}

/// ALKIS NAS through `read_dataset`.
pub fn nas(data: &[u8]) {
    dataset(data, "xml");
}

/// XPlanGML through `read_dataset`.
pub fn xplan(data: &[u8]) {
    dataset(data, "gml");
}

/// CityGML through `read_dataset`.
pub fn citygml(data: &[u8]) {
    dataset(data, "gml");
}

/// CityJSON through `read_dataset`.
pub fn cityjson(data: &[u8]) {
    dataset(data, "json");
}

/// OpenStreetMap XML through `read_dataset`.
pub fn osm_xml(data: &[u8]) {
    dataset(data, "osm");
}

/// OpenStreetMap PBF through `read_dataset`.
pub fn osm_pbf(data: &[u8]) {
    dataset(data, "osm.pbf");
}
