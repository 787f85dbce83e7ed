//! Reading FlatGeobuf files whole: the header, then the features a few megabytes at a time,
//! decoded on all cores, only the columns asked for.

mod decode;
mod indexed;

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use flatgeobuf::packed_r_tree::PackedRTree;
use flatgeobuf::{ColumnType, GeometryType};
use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Feature, Field, Layer, Schema, Value};

use crate::header::{crs_of, field_type};
use crate::{Error, Result};
use decode::{geometry, properties};
pub use indexed::IndexedFgb;

/// Bytes of features read and decoded at a time.
const CHUNK: usize = 4 << 20;

/// Read a whole FlatGeobuf file: schema, CRS and features (geometry in the file's CRS).
///
/// # Errors
/// [`Error::Read`] or [`Error::Malformed`] naming the file and feature.
pub fn read_flatgeobuf(path: &Path) -> Result<(Layer, Option<Crs>)> {
    read_flatgeobuf_columns(path, None)
}

/// [`read_flatgeobuf`] with only the named columns decoded (in file order; names the file does
/// not have are ignored), so that an analysis that needs the points of a layer and one weight
/// does not build every attribute of every point. `None` reads all columns.
///
/// The features are decoded in parallel, a few megabytes at a time. This reader is written
/// here rather than taken from the `flatgeobuf` crate, whose reader is sequential, copies every
/// feature into its own buffer and decodes every property through `geozero` callbacks: that
/// was a third of the time of a count of 100,000 points in 34,000 polygons. Every feature is
/// still checked by the FlatBuffers verifier, and every property against its column type and
/// the buffer's length.
///
/// # Errors
/// [`Error::Read`] or [`Error::Malformed`] naming the file and feature.
pub fn read_flatgeobuf_columns(
    path: &Path,
    columns: Option<&[&str]>,
) -> Result<(Layer, Option<Crs>)> {
    read_all(Head::open(path, columns)?)
}

/// Every feature of an opened file (see [`read_flatgeobuf_columns`]).
fn read_all(mut head: Head) -> Result<(Layer, Option<Crs>)> {
    let path = head.path.clone();
    let io = |e: std::io::Error| Error::read(&path, e);
    head.file
        .seek(SeekFrom::Start(head.features_at))
        .map_err(io)?;
    // The features, a chunk of the file at a time: the complete features of a chunk are
    // decoded in parallel, and the buffer is reused, so the file is never held whole.
    let mut features: Vec<Feature> =
        Vec::with_capacity(head.count.min((head.file_len / 16) as usize));
    let mut buf: Vec<u8> = Vec::new();
    let mut need = CHUNK;
    let mut eof = false;
    loop {
        if !eof && buf.len() < need {
            let want = (need.max(CHUNK) - buf.len()) as u64;
            let got = (&mut head.file)
                .take(want)
                .read_to_end(&mut buf)
                .map_err(io)?;
            eof = got == 0;
        }
        // Complete features in the buffer.
        let mut spans = Vec::new();
        let mut a = 0usize;
        need = CHUNK;
        while a + 4 <= buf.len() {
            let n = u32::from_le_bytes([buf[a], buf[a + 1], buf[a + 2], buf[a + 3]]) as usize;
            if a + 4 + n > buf.len() {
                need = 4 + n;
                break;
            }
            spans.push((a, a + 4 + n));
            a += 4 + n;
        }
        if spans.is_empty() && eof {
            if a < buf.len() {
                return Err(head.bad(
                    features.len(),
                    "the feature runs past the end of the file".into(),
                ));
            }
            break;
        }
        let first = features.len();
        let decoded = spans
            .par_iter()
            .enumerate()
            .map(|(k, &(a, b))| head.decode(first + k, &buf[a..b]))
            .collect::<Result<Vec<_>>>()?;
        features.extend(decoded);
        buf.drain(..a);
        if eof && buf.is_empty() {
            break;
        }
    }
    // A count in the header (0: unknown) must be what the file holds: more means garbage after
    // the features, fewer a file cut at a feature boundary.
    if head.count > 0 && features.len() != head.count {
        return Err(head.bad(
            features.len().min(head.count),
            format!(
                "the header announces {} features, the file holds {}",
                head.count,
                features.len()
            ),
        ));
    }
    Ok((
        Layer {
            schema: Schema::from_fields(head.fields),
            features,
        },
        head.crs,
    ))
}

/// An open FlatGeobuf file with its header read: where the index and the features start,
/// and how to decode the chosen columns.
struct Head {
    path: std::path::PathBuf,
    file: std::fs::File,
    file_len: u64,
    crs: Option<Crs>,
    /// Type of every column of the file.
    types: Vec<ColumnType>,
    /// Where each file column goes in the result, if it is read.
    slot: Vec<Option<usize>>,
    /// The columns read.
    fields: Vec<Field>,
    count: usize,
    node_size: u16,
    dataset: GeometryType,
    index_at: u64,
    features_at: u64,
}

impl Head {
    fn open(path: &Path, columns: Option<&[&str]>) -> Result<Head> {
        let bad = |at: &str, why: String| Error::malformed(path, at, why);
        let io = |e: std::io::Error| Error::read(path, e);
        let mut file = std::fs::File::open(path).map_err(io)?;
        let file_len = file.metadata().map_err(io)?.len();
        let mut head = [0u8; 12];
        if file_len < 12
            || file.read_exact(&mut head).is_err()
            || &head[..3] != b"fgb"
            || &head[4..7] != b"fgb"
        {
            return Err(bad(
                "header",
                "not a FlatGeobuf file (no magic bytes)".into(),
            ));
        }
        let header_len = u32::from_le_bytes([head[8], head[9], head[10], head[11]]);
        if 12 + u64::from(header_len) > file_len {
            return Err(bad(
                "header",
                "the header runs past the end of the file".into(),
            ));
        }
        let mut header_buf = head[8..].to_vec();
        header_buf.resize(4 + header_len as usize, 0);
        file.read_exact(&mut header_buf[4..]).map_err(io)?;
        let header = flatgeobuf::size_prefixed_root_as_header(&header_buf)
            .map_err(|e| bad("header", format!("not a readable FlatGeobuf header: {e}")))?;
        let crs = crs_of(&header);
        let types: Vec<ColumnType> = header
            .columns()
            .into_iter()
            .flatten()
            .map(|c| c.type_())
            .collect();
        let mut slot = vec![None; types.len()];
        let mut fields = Vec::new();
        for (i, c) in header.columns().into_iter().flatten().enumerate() {
            if columns.is_none_or(|want| want.contains(&c.name())) {
                slot[i] = Some(fields.len());
                fields.push(Field {
                    name: c.name().to_string(),
                    ty: field_type(c.type_()),
                });
            }
        }
        // A file may name two columns alike; each keeps its values under its own name.
        let names = saale_model::unique_field_names(fields.iter().map(|f| f.name.clone()));
        for (f, name) in fields.iter_mut().zip(names) {
            f.name = name;
        }
        let count = usize::try_from(header.features_count()).unwrap_or(usize::MAX);
        let node_size = header.index_node_size();
        let dataset = header.geometry_type();
        let index_at = 12 + u64::from(header_len);
        let mut features_at = index_at;
        if node_size > 0 && count > 0 {
            if node_size < 2 {
                return Err(bad(
                    "index",
                    format!("index node size {node_size} is below 2"),
                ));
            }
            // The index has one node per feature and level; more features than bytes are a lie.
            if count as u64 > file_len {
                return Err(bad(
                    "header",
                    format!("{count} features announced in {file_len} bytes"),
                ));
            }
            features_at += PackedRTree::index_size(count, node_size) as u64;
            if features_at > file_len {
                return Err(bad(
                    "index",
                    "the index runs past the end of the file".into(),
                ));
            }
        }
        Ok(Head {
            path: path.to_path_buf(),
            file,
            file_len,
            crs,
            types,
            slot,
            fields,
            count,
            node_size,
            dataset,
            index_at,
            features_at,
        })
    }

    fn bad_index(&self, why: String) -> Error {
        Error::malformed(&self.path, "index", why)
    }

    fn bad(&self, feature: usize, why: String) -> Error {
        Error::malformed(&self.path, format!("feature {feature}"), why)
    }

    /// Decode feature number `i` from its size-prefixed bytes.
    fn decode(&self, i: usize, bytes: &[u8]) -> Result<Feature> {
        let f = flatgeobuf::size_prefixed_root_as_feature(bytes)
            .map_err(|e| self.bad(i, e.to_string()))?;
        let geometry = match f.geometry() {
            Some(g) => geometry(&g, self.dataset).map_err(|why| self.bad(i, why))?,
            None => None,
        };
        let mut values = vec![Value::Null; self.fields.len()];
        if !self.fields.is_empty() {
            if let Some(p) = f.properties() {
                properties(p.bytes(), &self.types, &self.slot, &mut values)
                    .map_err(|why| self.bad(i, why))?;
            }
        }
        Ok(Feature { geometry, values })
    }
}

/// Fill `buf` from `file` at byte `at` (positioned read: safe to share the file across
/// threads).
fn read_at(file: &std::fs::File, buf: &mut [u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IndexedFgb;
    use flatgeobuf::{FallibleStreamingIterator, FgbReader, FgbWriter, FgbWriterOptions};
    use geozero::{ColumnValue, FeatureProperties, PropertyProcessor, ToGeo};
    use saale_model::geo_types::{line_string, point, polygon, MultiLineString, MultiPolygon};
    use saale_model::{Bbox, Geometry};

    /// Fuzzing (target `flatgeobuf`, fuzz/regressions/flatgeobuf/more_features_than_header.fgb):
    /// the reader read features up to the end of the file whatever the header's count said,
    /// so bytes after the last feature became a feature (and a file cut at a feature boundary
    /// read as complete).
    #[test]
    fn feature_count_must_match_the_header() {
        use crate::write_flatgeobuf;
        use saale_model::{Feature, Layer};
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("p.fgb");
        let layer = Layer {
            schema: Schema::new(),
            features: (0..3)
                .map(|i| Feature {
                    geometry: Some(Geometry::Point(point!(x: f64::from(i), y: 1.0))),
                    values: vec![],
                })
                .collect(),
        };
        write_flatgeobuf(&path, "p", &layer, None).expect("write");
        let bytes = std::fs::read(&path).expect("read");
        assert_eq!(read_flatgeobuf(&path).expect("whole").0.features.len(), 3);
        // The last feature (size-prefixed) once more at the end.
        // The last feature: the size prefix that spans exactly to the end of the file.
        let start = (0..bytes.len() - 4)
            .rev()
            .find(|&k| {
                let n = u32::from_le_bytes([bytes[k], bytes[k + 1], bytes[k + 2], bytes[k + 3]]);
                k + 4 + n as usize == bytes.len()
            })
            .expect("last feature");
        let last = bytes[start..].to_vec();
        let mut more = bytes.clone();
        more.extend_from_slice(&last);
        std::fs::write(&path, &more).expect("write more");
        let e = read_flatgeobuf(&path).expect_err("one feature too many");
        assert!(
            e.to_string()
                .contains("announces 3 features, the file holds 4"),
            "{e}"
        );
        let fewer = &bytes[..bytes.len() - last.len()];
        std::fs::write(&path, fewer).expect("write fewer");
        let e = read_flatgeobuf(&path).expect_err("one feature missing");
        assert!(
            e.to_string()
                .contains("announces 3 features, the file holds 2"),
            "{e}"
        );
    }

    /// A file with every column type the store writes, nulls, holes, multipolygons and a
    /// mixed geometry type, written by the `flatgeobuf` crate.
    fn sample(path: &Path) {
        let mut w = FgbWriter::create_with_options(
            "t",
            GeometryType::Unknown,
            FgbWriterOptions {
                detect_type: false,
                promote_to_multi: false,
                ..Default::default()
            },
        )
        .expect("writer");
        for (name, ty) in [
            ("i", ColumnType::Long),
            ("s", ColumnType::String),
            ("f", ColumnType::Double),
            ("b", ColumnType::Bool),
            ("n", ColumnType::Int),
        ] {
            w.add_column(name, ty, |_, c| c.nullable = true);
        }
        let holed = polygon!(
            exterior: [(x: 0.0, y: 0.0), (x: 10.0, y: 0.0), (x: 10.0, y: 10.0), (x: 0.0, y: 0.0)],
            interiors: [[(x: 6.0, y: 1.0), (x: 8.0, y: 1.0), (x: 8.0, y: 3.0), (x: 6.0, y: 1.0)]],
        );
        let geoms: Vec<Geometry<f64>> = vec![
            Geometry::Point(point!(x: 1.5, y: -2.25)),
            Geometry::LineString(line_string![(x: 0.0, y: 0.0), (x: 3.0, y: 4.0)]),
            Geometry::Polygon(holed.clone()),
            Geometry::MultiPolygon(MultiPolygon(vec![
                holed,
                polygon![(x: 20.0, y: 20.0), (x: 21.0, y: 20.0), (x: 21.0, y: 21.0), (x: 20.0, y: 20.0)],
            ])),
            Geometry::MultiLineString(MultiLineString(vec![
                line_string![(x: 0.0, y: 0.0), (x: 1.0, y: 1.0)],
                line_string![(x: 5.0, y: 5.0), (x: 6.0, y: 5.0), (x: 7.0, y: 9.0)],
            ])),
        ];
        for (k, g) in geoms.into_iter().enumerate() {
            w.add_feature_geom(g, |p| {
                let k = k as i64;
                p.property(0, "i", &ColumnValue::Long(k * 1000 - 1))
                    .expect("i");
                if k != 1 {
                    p.property(1, "s", &ColumnValue::String(&format!("Straße {k}")))
                        .expect("s");
                }
                p.property(2, "f", &ColumnValue::Double(k as f64 / 3.0))
                    .expect("f");
                p.property(3, "b", &ColumnValue::Bool(k % 2 == 0))
                    .expect("b");
                p.property(4, "n", &ColumnValue::Int(-7)).expect("n");
            })
            .expect("feature");
        }
        let mut out = std::fs::File::create(path).expect("create");
        w.write(&mut out).expect("write");
    }

    /// Fuzzing (target `flatgeobuf`, fuzz/regressions/flatgeobuf/duplicate_column_name.fgb):
    /// two columns of one name gave one field for two columns, so features had more values
    /// than the layer has fields.
    #[test]
    fn duplicate_column_names_keep_both_columns() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("d.fgb");
        let mut w = FgbWriter::create_with_options(
            "d",
            GeometryType::Point,
            FgbWriterOptions {
                detect_type: false,
                promote_to_multi: false,
                ..Default::default()
            },
        )
        .expect("writer");
        w.add_column("a", ColumnType::Long, |_, c| c.nullable = true);
        w.add_column("a", ColumnType::String, |_, c| c.nullable = true);
        w.add_feature_geom(Geometry::Point(point!(x: 1.0, y: 2.0)), |p| {
            p.property(0, "a", &ColumnValue::Long(7)).expect("a");
            p.property(1, "a", &ColumnValue::String("x")).expect("a");
        })
        .expect("feature");
        let mut out = std::fs::File::create(&path).expect("create");
        w.write(&mut out).expect("write");
        let (l, _) = read_flatgeobuf(&path).expect("read");
        let names: Vec<&str> = l.schema.fields().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a", "a_2"]);
        assert_eq!(
            l.features[0].values,
            vec![
                saale_model::Value::Int(7),
                saale_model::Value::String("x".into())
            ]
        );
    }

    struct Texts(Vec<(usize, String)>);
    impl PropertyProcessor for Texts {
        fn property(&mut self, i: usize, _: &str, v: &ColumnValue) -> geozero::error::Result<bool> {
            self.0.push((i, v.to_string()));
            Ok(false)
        }
    }

    /// Every feature equals what the `flatgeobuf` crate's own reader (through `geozero`) reads:
    /// the geometry exactly and every property's value.
    #[test]
    fn reads_what_the_crates_reader_reads() {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("t.fgb");
        sample(&p);
        let (ours, _) = read_flatgeobuf(&p).expect("ours");
        let mut r = FgbReader::open(std::fs::File::open(&p).expect("open"))
            .expect("reader")
            .select_all()
            .expect("select");
        let mut k = 0;
        while let Some(f) = r.next().expect("next") {
            let mine = &ours.features[k];
            assert_eq!(
                mine.geometry.as_ref(),
                Some(&f.to_geo().expect("geo")),
                "feature {k}"
            );
            let mut t = Texts(Vec::new());
            f.process_properties(&mut t).expect("props");
            for (i, text) in t.0 {
                let v = &mine.values[i];
                let back = match v {
                    Value::Bool(b) => b.to_string(),
                    Value::Int(x) => x.to_string(),
                    Value::Float(x) => x.to_string(),
                    Value::String(s) => s.to_string(),
                    Value::Null => "null".into(),
                };
                assert_eq!(back, text, "feature {k} column {i}");
            }
            k += 1;
        }
        assert_eq!(k, ours.features.len());
        // The writer sorts the features; find them by their `i`.
        let at = |i: i64| {
            ours.features
                .iter()
                .position(|f| f.values[0] == Value::Int(i))
                .expect("feature")
        };
        assert_eq!(ours.features[at(999)].values[1], Value::Null);
        assert_eq!(ours.features[at(-1)].values[4], Value::Int(-7));
        // Only the chosen columns, in file order.
        let (some, _) = read_flatgeobuf_columns(&p, Some(&["f", "s", "missing"])).expect("cols");
        let names: Vec<&str> = some
            .schema
            .fields()
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(names, ["s", "f"]);
        let k3 = at(2999);
        assert_eq!(
            some.features[k3].values,
            vec![Value::String("Straße 3".into()), Value::Float(1.0)]
        );
        assert_eq!(some.features[k3].geometry, ours.features[k3].geometry);
    }

    /// Cut or corrupted files give an error naming the file and the feature, never a panic.
    #[test]
    fn damaged_files_are_errors_with_the_feature() {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("t.fgb");
        sample(&p);
        let bytes = std::fs::read(&p).expect("read");
        let cut = dir.path().join("cut.fgb");
        std::fs::write(&cut, &bytes[..bytes.len() - 10]).expect("write");
        let e = read_flatgeobuf(&cut).expect_err("cut").to_string();
        assert!(
            e.contains("cut.fgb") && e.contains("feature 4") && e.contains("past the end"),
            "{e}"
        );
        // Flip bytes all over the file: whatever happens, no panic.
        for at in (0..bytes.len()).step_by(7) {
            let mut b = bytes.clone();
            b[at] ^= 0xA5;
            let f = dir.path().join("flip.fgb");
            std::fs::write(&f, &b).expect("write");
            let _ = read_flatgeobuf(&f);
            let everywhere = [Bbox {
                min_x: -1e9,
                min_y: -1e9,
                max_x: 1e9,
                max_y: 1e9,
            }];
            if let Ok(Some(ix)) = IndexedFgb::open(&f, None) {
                let _ = ix.reach(&everywhere);
                let _ = ix.read_in(&everywhere);
            }
        }
        let empty = dir.path().join("empty.fgb");
        std::fs::write(&empty, b"").expect("write");
        let e = read_flatgeobuf(&empty).expect_err("empty").to_string();
        assert!(e.contains("empty.fgb") && e.contains("magic"), "{e}");
    }
}
