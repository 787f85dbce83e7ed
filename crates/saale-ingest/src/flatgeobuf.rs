//! FlatGeobuf reader (native, through the `flatgeobuf` crate).

use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

use flatgeobuf::packed_r_tree::PackedRTree;
use flatgeobuf::{ColumnType, GeometryType};
use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::geo_types::{
    Coord, Geometry, GeometryCollection, LineString, MultiLineString, MultiPoint, MultiPolygon,
    Point, Polygon,
};
use saale_model::{Bbox, Feature, Field, FieldType, Layer, Schema, Value};

/// Bytes of features read and decoded at a time.
const CHUNK: usize = 4 << 20;

use crate::read::RawSource;
use crate::{Error, Result};

fn column_type(t: ColumnType) -> FieldType {
    match t {
        ColumnType::Bool => FieldType::Bool,
        ColumnType::Byte
        | ColumnType::UByte
        | ColumnType::Short
        | ColumnType::UShort
        | ColumnType::Int
        | ColumnType::UInt
        | ColumnType::Long
        | ColumnType::ULong => FieldType::Int,
        ColumnType::Float | ColumnType::Double => FieldType::Float,
        ColumnType::DateTime => FieldType::DateTime,
        _ => FieldType::String,
    }
}

/// Read a whole FlatGeobuf file: schema, CRS and features (geometry in the file's CRS).
///
/// # Errors
/// [`Error::Io`] or [`Error::Malformed`] naming the file and feature.
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
/// [`Error::Io`] or [`Error::Malformed`] naming the file and feature.
pub fn read_flatgeobuf_columns(
    path: &Path,
    columns: Option<&[&str]>,
) -> Result<(Layer, Option<Crs>)> {
    read_all(Head::open(path, columns)?)
}

/// Every feature of an opened file (see [`read_flatgeobuf_columns`]).
fn read_all(mut head: Head) -> Result<(Layer, Option<Crs>)> {
    let path = head.path.clone();
    let io = |e: std::io::Error| Error::io(&path, e);
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
        let io = |e: std::io::Error| Error::io(path, e);
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
        let crs = header.crs().and_then(|c| {
            let org = c.org().unwrap_or("EPSG");
            if c.code() > 0 && org.eq_ignore_ascii_case("EPSG") {
                u32::try_from(c.code()).ok().map(Crs::epsg)
            } else {
                c.wkt().and_then(|w| Crs::parse(w).ok())
            }
        });
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
                    ty: column_type(c.type_()),
                });
            }
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
            Some(g) => fgb_geometry(&g, self.dataset).map_err(|why| self.bad(i, why))?,
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

/// Size in bytes of one packed R-tree node: four f64 and a u64 offset.
const NODE_BYTES: usize = 40;

/// A FlatGeobuf file opened for reading only the features in given boxes through its packed
/// R-tree: the levels above the leaves are held in memory (1/16 of the index), leaves and
/// features are read where a box reaches them. A count of 6 million trips in 20,000 small
/// buildings reads a few thousand of the trips instead of all of them.
pub struct IndexedFgb {
    head: Head,
    /// Nodes of the levels above the leaves, in file order (root first).
    upper: Vec<([f64; 4], u64)>,
    /// Node ranges of the levels, leaves first (as in the file's index).
    levels: Vec<std::ops::Range<usize>>,
}

impl IndexedFgb {
    /// Open `path` reading the `columns` (all with `None`); `None` when the file has no index.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Malformed`] naming the file.
    pub fn open(path: &Path, columns: Option<&[&str]>) -> Result<Option<IndexedFgb>> {
        let head = Head::open(path, columns)?;
        if head.node_size < 2 || head.count == 0 {
            return Ok(None);
        }
        let node_size = usize::from(head.node_size);
        let mut sizes = vec![head.count];
        let mut n = head.count;
        loop {
            n = n.div_ceil(node_size);
            sizes.push(n);
            if n == 1 {
                break;
            }
        }
        let total: usize = sizes.iter().sum();
        let mut end = total;
        let levels: Vec<std::ops::Range<usize>> = sizes
            .iter()
            .map(|&s| {
                end -= s;
                end..end + s
            })
            .collect();
        let n_upper = total - head.count;
        let mut raw = vec![0u8; n_upper * NODE_BYTES];
        read_at(&head.file, &mut raw, head.index_at).map_err(|e| Error::io(path, e))?;
        let upper = raw.chunks_exact(NODE_BYTES).map(node).collect();
        Ok(Some(IndexedFgb {
            head,
            upper,
            levels,
        }))
    }

    /// Number of features in the file.
    #[must_use]
    pub fn len(&self) -> usize {
        self.head.count
    }

    /// True when the file has no features.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.head.count == 0
    }

    /// The parents of leaves (nodes of level 1) whose box meets one of `boxes`, in file order.
    /// A bit per parent marks them, so many overlapping boxes cost no memory beyond it.
    fn hit_parents(&self, boxes: &[Bbox]) -> Result<Vec<usize>> {
        use std::sync::atomic::{AtomicU64, Ordering};
        let root = self.levels.len() - 1;
        let parents = self.levels[1].clone();
        let bits: Vec<AtomicU64> = (0..parents.len().div_ceil(64))
            .map(|_| AtomicU64::new(0))
            .collect();
        boxes.par_iter().try_for_each(|b| {
            let mut stack = vec![(self.levels[root].start, root)];
            while let Some((i, level)) = stack.pop() {
                let (bb, offset) = self.upper[i];
                if bb[0] > b.max_x || bb[2] < b.min_x || bb[1] > b.max_y || bb[3] < b.min_y {
                    continue;
                }
                if level == 1 {
                    let k = i - parents.start;
                    bits[k / 64].fetch_or(1 << (k % 64), Ordering::Relaxed);
                    continue;
                }
                // Children: `offset` is the index of the first child, on the level below.
                let below = &self.levels[level - 1];
                let first = usize::try_from(offset).unwrap_or(usize::MAX);
                if first < below.start || first >= below.end {
                    return Err(self
                        .head
                        .bad_index(format!("index node {i} points outside its level")));
                }
                let last = (first + usize::from(self.head.node_size)).min(below.end);
                stack.extend((first..last).map(|c| (c, level - 1)));
            }
            Ok(())
        })?;
        Ok(bits
            .iter()
            .enumerate()
            .flat_map(|(w, word)| {
                let word = word.load(Ordering::Relaxed);
                (0..64)
                    .filter(move |k| word & (1 << k) != 0)
                    .map(move |k| parents.start + w * 64 + k)
            })
            .collect())
    }

    /// Share (0 to 1) of the leaf blocks the boxes reach, from the levels in memory alone: the
    /// share of the file that [`IndexedFgb::read_in`] would read.
    ///
    /// # Errors
    /// [`Error::Malformed`] for a damaged index.
    pub fn reach(&self, boxes: &[Bbox]) -> Result<f64> {
        let parents = self.hit_parents(boxes)?;
        #[expect(clippy::cast_precision_loss, reason = "a share")]
        Ok(parents.len() as f64 / self.levels[1].len() as f64)
    }

    /// Every feature, read through like [`read_flatgeobuf_columns`] (when the boxes reach too
    /// much of the file for [`IndexedFgb::read_in`] to pay).
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Malformed`] naming the file and feature.
    pub fn read_all(self) -> Result<(Layer, Option<Crs>)> {
        read_all(self.head)
    }

    /// The features whose bounding box meets one of `boxes`, each once, in file order.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Malformed`] naming the file and feature.
    pub fn read_in(self, boxes: &[Bbox]) -> Result<(Layer, Option<Crs>)> {
        let parents = self.hit_parents(boxes)?;
        let head = &self.head;
        let io = |e: std::io::Error| Error::io(&head.path, e);
        let leaves = &self.levels[0];
        // The boxes in an R-tree, to test each leaf of a parent in reach.
        let tree = rstar::RTree::bulk_load(
            boxes
                .iter()
                .map(|b| {
                    rstar::primitives::Rectangle::from_corners(
                        [b.min_x, b.min_y],
                        [b.max_x, b.max_y],
                    )
                })
                .collect(),
        );
        // Leaves (feature number, byte offset) in reach.
        let found = parents
            .par_iter()
            .map(|&p| {
                let first = usize::try_from(self.upper[p].1).unwrap_or(usize::MAX);
                if first < leaves.start || first >= leaves.end {
                    return Err(head.bad_index(format!("index node {p} points outside the leaves")));
                }
                let last = (first + usize::from(head.node_size)).min(leaves.end);
                let mut raw = vec![0u8; (last - first) * NODE_BYTES];
                read_at(
                    &head.file,
                    &mut raw,
                    head.index_at + (first * NODE_BYTES) as u64,
                )
                .map_err(io)?;
                // The boxes that meet this parent, then its leaves against those few.
                let pb = self.upper[p].0;
                let near: Vec<[f64; 4]> = tree
                    .locate_in_envelope_intersecting(&rstar::AABB::from_corners(
                        [pb[0], pb[1]],
                        [pb[2], pb[3]],
                    ))
                    .map(|r| {
                        let (lo, hi) = (r.lower(), r.upper());
                        [lo[0], lo[1], hi[0], hi[1]]
                    })
                    .collect();
                let mut out = Vec::new();
                for (k, chunk) in raw.chunks_exact(NODE_BYTES).enumerate() {
                    let (bb, offset) = node(chunk);
                    if near
                        .iter()
                        .any(|b| bb[0] <= b[2] && bb[2] >= b[0] && bb[1] <= b[3] && bb[3] >= b[1])
                    {
                        out.push((first + k - leaves.start, offset));
                    }
                }
                Ok(out)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut found: Vec<(usize, u64)> = found.into_iter().flatten().collect();
        found.par_sort_unstable();
        found.dedup();
        let features = found
            .par_iter()
            .map(|&(i, offset)| {
                let at = head.features_at.saturating_add(offset);
                let mut size = [0u8; 4];
                if at.saturating_add(4) > head.file_len {
                    return Err(head.bad(i, "its offset is past the end of the file".into()));
                }
                read_at(&head.file, &mut size, at).map_err(io)?;
                let n = u64::from(u32::from_le_bytes(size));
                if at + 4 + n > head.file_len {
                    return Err(head.bad(i, "the feature runs past the end of the file".into()));
                }
                let mut bytes = vec![0u8; 4 + n as usize];
                read_at(&head.file, &mut bytes, at).map_err(io)?;
                head.decode(i, &bytes)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((
            Layer {
                schema: Schema::from_fields(self.head.fields),
                features,
            },
            self.head.crs,
        ))
    }
}

/// One index node: box and offset.
fn node(b: &[u8]) -> ([f64; 4], u64) {
    let f = |k: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[k * 8..k * 8 + 8]);
        a
    };
    (
        [
            f64::from_le_bytes(f(0)),
            f64::from_le_bytes(f(1)),
            f64::from_le_bytes(f(2)),
            f64::from_le_bytes(f(3)),
        ],
        u64::from_le_bytes(f(4)),
    )
}

/// Fill `buf` from `file` at byte `at` (positioned read: safe to share the file across
/// threads).
fn read_at(file: &std::fs::File, buf: &mut [u8], at: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

/// Decode a property buffer: (column index as u16, value) pairs, little-endian.
fn properties(
    mut p: &[u8],
    types: &[ColumnType],
    slot: &[Option<usize>],
    values: &mut [Value],
) -> std::result::Result<(), String> {
    fn take<'a>(p: &mut &'a [u8], n: usize) -> std::result::Result<&'a [u8], String> {
        if p.len() < n {
            return Err("a property runs past the end of the feature".into());
        }
        let (a, b) = p.split_at(n);
        *p = b;
        Ok(a)
    }
    fn arr<const N: usize>(p: &mut &[u8]) -> std::result::Result<[u8; N], String> {
        let mut a = [0u8; N];
        a.copy_from_slice(take(p, N)?);
        Ok(a)
    }
    while !p.is_empty() {
        let c = usize::from(u16::from_le_bytes(arr(&mut p)?));
        let ty = *types
            .get(c)
            .ok_or_else(|| format!("property of column {c}, the file has {}", types.len()))?;
        let v = match ty {
            ColumnType::Bool => Value::Bool(arr::<1>(&mut p)?[0] != 0),
            ColumnType::Byte => Value::Int(i64::from(i8::from_le_bytes(arr(&mut p)?))),
            ColumnType::UByte => Value::Int(i64::from(arr::<1>(&mut p)?[0])),
            ColumnType::Short => Value::Int(i64::from(i16::from_le_bytes(arr(&mut p)?))),
            ColumnType::UShort => Value::Int(i64::from(u16::from_le_bytes(arr(&mut p)?))),
            ColumnType::Int => Value::Int(i64::from(i32::from_le_bytes(arr(&mut p)?))),
            ColumnType::UInt => Value::Int(i64::from(u32::from_le_bytes(arr(&mut p)?))),
            ColumnType::Long => Value::Int(i64::from_le_bytes(arr(&mut p)?)),
            ColumnType::ULong => {
                let x = u64::from_le_bytes(arr(&mut p)?);
                i64::try_from(x).map_or_else(|_| Value::String(x.to_string().into()), Value::Int)
            }
            ColumnType::Float => Value::Float(f64::from(f32::from_le_bytes(arr(&mut p)?))),
            ColumnType::Double => Value::Float(f64::from_le_bytes(arr(&mut p)?)),
            ColumnType::String | ColumnType::Json | ColumnType::DateTime => {
                let n = u32::from_le_bytes(arr(&mut p)?) as usize;
                let bytes = take(&mut p, n)?;
                if slot[c].is_none() {
                    continue;
                }
                let s = std::str::from_utf8(bytes)
                    .map_err(|_| format!("column {c}: text is not UTF-8"))?;
                Value::String(s.into())
            }
            ColumnType::Binary => {
                let n = u32::from_le_bytes(arr(&mut p)?) as usize;
                let bytes = take(&mut p, n)?;
                Value::String(
                    bytes
                        .iter()
                        .map(|x| format!("{x:02x}"))
                        .collect::<String>()
                        .into(),
                )
            }
            other => return Err(format!("column {c} has the unknown type {}", other.0)),
        };
        if let Some(s) = slot[c] {
            values[s] = v;
        }
    }
    Ok(())
}

/// A FlatGeobuf geometry as a `geo` geometry (x and y; z and m are not kept). `None` for an
/// empty geometry record, which is how a feature without geometry is written.
fn fgb_geometry(
    g: &flatgeobuf::Geometry<'_>,
    dataset: GeometryType,
) -> std::result::Result<Option<Geometry<f64>>, String> {
    let ty = if dataset == GeometryType::Unknown {
        g.type_()
    } else {
        dataset
    };
    let xy: Vec<f64> = g.xy().map(|v| v.iter().collect()).unwrap_or_default();
    let parts = g.parts();
    if xy.is_empty() && parts.as_ref().is_none_or(|p| p.is_empty()) {
        return Ok(None);
    }
    if !xy.len().is_multiple_of(2) {
        return Err("odd number of coordinate values".into());
    }
    let coords = |a: usize, b: usize| -> Vec<Coord<f64>> {
        xy[2 * a..2 * b]
            .chunks_exact(2)
            .map(|c| Coord { x: c[0], y: c[1] })
            .collect()
    };
    let n = xy.len() / 2;
    // Ranges of the rings or lines; without `ends` one range over all coordinates.
    let ranges = || -> std::result::Result<Vec<(usize, usize)>, String> {
        let Some(ends) = g.ends() else {
            return Ok(vec![(0, n)]);
        };
        let mut out = Vec::with_capacity(ends.len());
        let mut a = 0usize;
        for e in ends.iter() {
            let e = e as usize;
            if e < a || e > n {
                return Err(format!("ring end {e} outside 0..{n}"));
            }
            out.push((a, e));
            a = e;
        }
        Ok(out)
    };
    let polygon = |rs: Vec<(usize, usize)>| -> Polygon<f64> {
        let mut rings = rs.into_iter().map(|(a, b)| LineString(coords(a, b)));
        let exterior = rings.next().unwrap_or_else(|| LineString(Vec::new()));
        Polygon::new(exterior, rings.collect())
    };
    Ok(Some(match ty {
        GeometryType::Point => match xy.get(..2) {
            Some(&[x, y]) => Geometry::Point(Point(Coord { x, y })),
            _ => return Err("a point without coordinates".into()),
        },
        GeometryType::MultiPoint => {
            Geometry::MultiPoint(MultiPoint(coords(0, n).into_iter().map(Point).collect()))
        }
        GeometryType::LineString => Geometry::LineString(LineString(coords(0, n))),
        GeometryType::MultiLineString => Geometry::MultiLineString(MultiLineString(
            ranges()?
                .into_iter()
                .map(|(a, b)| LineString(coords(a, b)))
                .collect(),
        )),
        // A triangle is a polygon of one ring; surfaces and TINs are sets of them.
        GeometryType::Polygon | GeometryType::Triangle => Geometry::Polygon(polygon(ranges()?)),
        GeometryType::MultiPolygon | GeometryType::PolyhedralSurface | GeometryType::TIN => {
            let mut polys = Vec::new();
            match parts {
                Some(parts) => {
                    for p in parts.iter() {
                        if let Some(Geometry::Polygon(p)) = fgb_geometry(&p, GeometryType::Polygon)?
                        {
                            polys.push(p);
                        }
                    }
                }
                // A TIN is written as one ring per triangle (as GDAL does).
                None if ty == GeometryType::TIN => {
                    polys.extend(ranges()?.into_iter().map(|r| polygon(vec![r])));
                }
                // A multipolygon of one polygon may be written without parts.
                None => polys.push(polygon(ranges()?)),
            }
            Geometry::MultiPolygon(MultiPolygon(polys))
        }
        GeometryType::GeometryCollection => {
            let mut gs = Vec::new();
            for p in parts.iter().flatten() {
                if let Some(g) = fgb_geometry(&p, GeometryType::Unknown)? {
                    gs.push(g);
                }
            }
            Geometry::GeometryCollection(GeometryCollection(gs))
        }
        other => {
            return Err(format!(
                "unsupported geometry type {other:?} (curves are not read; linearise them, e.g. ogr2ogr -nlt CONVERT_TO_LINEAR)"
            ))
        }
    }))
}

pub(crate) fn read(path: &Path) -> Result<RawSource> {
    let (layer, crs) = read_flatgeobuf(path)?;
    Ok(RawSource {
        layer,
        crs,
        detail: "FlatGeobuf".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use flatgeobuf::{FallibleStreamingIterator, FgbReader, FgbWriter, FgbWriterOptions};
    use geozero::{ColumnValue, FeatureProperties, PropertyProcessor, ToGeo};
    use saale_model::geo_types::{line_string, point, polygon};

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

    /// Reading through the index gives exactly the features whose boxes meet the query
    /// boxes, in file order, on a file of 3,000 points (three index levels).
    #[test]
    fn indexed_read_equals_a_filtered_full_read() {
        let dir = tempfile::tempdir().expect("tmp");
        let p = dir.path().join("pts.fgb");
        let mut w = FgbWriter::create("pts", GeometryType::Point).expect("writer");
        w.add_column("k", ColumnType::Long, |_, c| c.nullable = true);
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for k in 0..3000_i64 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let (x, y) = (
                (seed % 10_000) as f64 / 10.0,
                ((seed >> 20) % 10_000) as f64 / 10.0,
            );
            w.add_feature_geom(Geometry::Point(point!(x: x, y: y)), |p| {
                p.property(0, "k", &ColumnValue::Long(k)).expect("k");
            })
            .expect("feature");
        }
        w.write(&mut std::fs::File::create(&p).expect("create"))
            .expect("write");
        let (all, _) = read_flatgeobuf(&p).expect("all");
        let boxes = [
            Bbox {
                min_x: 100.0,
                min_y: 100.0,
                max_x: 180.0,
                max_y: 150.0,
            },
            Bbox {
                min_x: 170.0,
                min_y: 140.0,
                max_x: 300.0,
                max_y: 160.0,
            },
            Bbox {
                min_x: 900.0,
                min_y: 0.0,
                max_x: 1000.0,
                max_y: 5.0,
            },
            Bbox {
                min_x: 5000.0,
                min_y: 5000.0,
                max_x: 6000.0,
                max_y: 6000.0,
            },
        ];
        let want: Vec<&Feature> = all
            .features
            .iter()
            .filter(|f| {
                let b = Bbox::of(f.geometry.as_ref().expect("geometry"));
                boxes.iter().any(|q| q.intersects(&b))
            })
            .collect();
        let ix = IndexedFgb::open(&p, None).expect("open").expect("indexed");
        assert_eq!(ix.len(), 3000);
        let reach = ix.reach(&boxes).expect("reach");
        assert!(reach > 0.0 && reach < 0.5, "{reach}");
        let (got, _) = ix.read_in(&boxes).expect("read");
        assert!(want.len() > 10, "{}", want.len());
        assert_eq!(got.features.iter().collect::<Vec<_>>(), want);
    }

    /// A point record with parts but no coordinates is an error, not a panic.
    #[test]
    fn a_point_without_coordinates_is_an_error() {
        let mut fbb = flatbuffers::FlatBufferBuilder::new();
        let inner = flatgeobuf::Geometry::create(&mut fbb, &flatgeobuf::GeometryArgs::default());
        let parts = fbb.create_vector(&[inner]);
        let g = flatgeobuf::Geometry::create(
            &mut fbb,
            &flatgeobuf::GeometryArgs {
                parts: Some(parts),
                ..Default::default()
            },
        );
        fbb.finish(g, None);
        let g = flatbuffers::root::<flatgeobuf::Geometry>(fbb.finished_data()).expect("geometry");
        let e = fgb_geometry(&g, GeometryType::Point).expect_err("no coordinates");
        assert!(e.contains("without coordinates"), "{e}");
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
