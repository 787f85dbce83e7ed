//! A FlatGeobuf writer that encodes features on all cores in memory and writes the file in one
//! pass: magic bytes, header, packed Hilbert R-tree, features in index order. It uses the
//! `flatgeobuf` crate's generated FlatBuffers tables and its R-tree; the crate's own writer is
//! sequential and copies every feature through a temporary file, which made it the slowest step
//! of large imports and analyses (profiled on a 515,000-row nearest join).

use std::borrow::Cow;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use flatbuffers::{FlatBufferBuilder, WIPOffset};
use flatgeobuf::packed_r_tree::{NodeItem, PackedRTree};
use flatgeobuf::{
    Column, ColumnArgs, Crs as FbCrs, CrsArgs, Feature as FbFeature, FeatureArgs,
    Geometry as FbGeometry, GeometryArgs, GeometryType, Header, HeaderArgs,
};
use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::geo_types::{Coord, LineString, Polygon};
use saale_model::{Bbox, FieldType, Geometry, Rows, Schema, Value};

use crate::{Error, Result};

const MAGIC: [u8; 8] = [b'f', b'g', b'b', 3, b'f', b'g', b'b', 0];
const NODE_SIZE: u16 = 16;
const CHUNK: usize = 2048;
/// Bytes written between two early flushes to the disk.
const SYNC_EVERY: usize = 32 << 20;

/// Whether this writer encodes the geometry: a (multi) point, line string or polygon.
pub(crate) fn encodes(g: &Geometry<f64>) -> bool {
    matches!(
        g,
        Geometry::Point(_)
            | Geometry::LineString(_)
            | Geometry::Polygon(_)
            | Geometry::MultiPoint(_)
            | Geometry::MultiLineString(_)
            | Geometry::MultiPolygon(_)
    )
}

fn props(schema: &Schema, values: &[Cow<'_, Value>], out: &mut Vec<u8>) {
    out.clear();
    for (i, (field, v)) in schema.fields().iter().zip(values).enumerate() {
        let Ok(i) = u16::try_from(i) else { break };
        match &**v {
            Value::Null => continue,
            Value::Bool(b) => {
                out.extend_from_slice(&i.to_le_bytes());
                out.push(u8::from(*b));
            }
            Value::Int(x) => {
                out.extend_from_slice(&i.to_le_bytes());
                // A value the schema types as float is written as a double.
                if field.ty == FieldType::Float {
                    #[expect(clippy::cast_precision_loss, reason = "widening int to float column")]
                    out.extend_from_slice(&(*x as f64).to_le_bytes());
                } else {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
            Value::Float(x) => {
                out.extend_from_slice(&i.to_le_bytes());
                out.extend_from_slice(&x.to_le_bytes());
            }
            Value::String(s) => {
                out.extend_from_slice(&i.to_le_bytes());
                let len = u32::try_from(s.len()).unwrap_or(u32::MAX);
                out.extend_from_slice(&len.to_le_bytes());
                out.extend_from_slice(&s.as_bytes()[..len as usize]);
            }
        }
    }
}

struct Parts {
    xy: Vec<f64>,
    ends: Vec<u32>,
}

impl Parts {
    fn line(&mut self, l: &LineString<f64>, bbox: &mut NodeItem) {
        for c in &l.0 {
            self.push(*c, bbox);
        }
        self.ends
            .push(u32::try_from(self.xy.len() / 2).unwrap_or(u32::MAX));
    }
    fn push(&mut self, c: Coord<f64>, bbox: &mut NodeItem) {
        self.xy.push(c.x);
        self.xy.push(c.y);
        bbox.expand_xy(c.x, c.y);
    }
    fn polygon(&mut self, p: &Polygon<f64>, bbox: &mut NodeItem) {
        self.line(p.exterior(), bbox);
        for r in p.interiors() {
            self.line(r, bbox);
        }
    }
}

fn simple<'a>(
    fbb: &mut FlatBufferBuilder<'a>,
    parts: &Parts,
    type_: GeometryType,
) -> WIPOffset<FbGeometry<'a>> {
    let xy = Some(fbb.create_vector(&parts.xy));
    // A single ring or line needs no ends.
    let ends = (parts.ends.len() > 1).then(|| fbb.create_vector(&parts.ends));
    FbGeometry::create(
        fbb,
        &GeometryArgs {
            xy,
            ends,
            type_,
            ..Default::default()
        },
    )
}

fn kind(g: &Geometry<f64>) -> GeometryType {
    match g {
        Geometry::Point(_) => GeometryType::Point,
        Geometry::LineString(_) => GeometryType::LineString,
        Geometry::Polygon(_) => GeometryType::Polygon,
        Geometry::MultiPoint(_) => GeometryType::MultiPoint,
        Geometry::MultiLineString(_) => GeometryType::MultiLineString,
        Geometry::MultiPolygon(_) => GeometryType::MultiPolygon,
        _ => GeometryType::Unknown,
    }
}

fn geometry<'a>(
    fbb: &mut FlatBufferBuilder<'a>,
    g: &Geometry<f64>,
    dataset: GeometryType,
    bbox: &mut NodeItem,
) -> WIPOffset<FbGeometry<'a>> {
    // The type is stored per feature only when the layer mixes types.
    let type_ = if dataset == GeometryType::Unknown {
        kind(g)
    } else {
        GeometryType::Unknown
    };
    let mut p = Parts {
        xy: Vec::new(),
        ends: Vec::new(),
    };
    match g {
        Geometry::Point(pt) => p.push(pt.0, bbox),
        Geometry::MultiPoint(m) => {
            for pt in &m.0 {
                p.push(pt.0, bbox);
            }
        }
        Geometry::LineString(l) => {
            for c in &l.0 {
                p.push(*c, bbox);
            }
        }
        Geometry::MultiLineString(m) => {
            for l in &m.0 {
                p.line(l, bbox);
            }
        }
        Geometry::Polygon(poly) => p.polygon(poly, bbox),
        Geometry::MultiPolygon(m) => {
            let parts: Vec<WIPOffset<FbGeometry<'a>>> =
                m.0.iter()
                    .map(|poly| {
                        let mut pp = Parts {
                            xy: Vec::new(),
                            ends: Vec::new(),
                        };
                        pp.polygon(poly, bbox);
                        simple(fbb, &pp, GeometryType::Unknown)
                    })
                    .collect();
            let parts = fbb.create_vector(&parts);
            return FbGeometry::create(
                fbb,
                &GeometryArgs {
                    parts: Some(parts),
                    type_,
                    ..Default::default()
                },
            );
        }
        _ => {}
    }
    simple(fbb, &p, type_)
}

/// Encode row `i` (size-prefixed) and append it to `out`.
fn encode<'r>(
    fbb: &mut FlatBufferBuilder<'_>,
    rows: &'r dyn Rows,
    i: usize,
    dataset: GeometryType,
    values: &mut Vec<Cow<'r, Value>>,
    prop_buf: &mut Vec<u8>,
    out: &mut Vec<u8>,
) {
    let mut bbox = NodeItem::create(0);
    let g = rows
        .geometry(i)
        .map(|g| geometry(fbb, g, dataset, &mut bbox));
    values.clear();
    rows.values(i, values);
    props(rows.schema(), values, prop_buf);
    let properties = (!prop_buf.is_empty()).then(|| fbb.create_vector(prop_buf));
    let feat = FbFeature::create(
        fbb,
        &FeatureArgs {
            geometry: g,
            properties,
            ..Default::default()
        },
    );
    fbb.finish_size_prefixed(feat, None);
    out.extend_from_slice(fbb.finished_data());
    fbb.reset();
}

/// Encode the rows `ids` on all cores: runs of features, each in one buffer with their sizes.
fn encode_batch(rows: &dyn Rows, ids: &[u32], dataset: GeometryType) -> Vec<(Vec<u8>, Vec<u64>)> {
    ids.par_chunks(CHUNK / 4)
        .map(|ids| {
            let mut fbb = FlatBufferBuilder::with_capacity(1 << 12);
            let mut buf = Vec::new();
            let mut values = Vec::new();
            let mut bytes = Vec::with_capacity(ids.len() * 64);
            let mut lens = Vec::with_capacity(ids.len());
            for &i in ids {
                let before = bytes.len();
                encode(
                    &mut fbb,
                    rows,
                    i as usize,
                    dataset,
                    &mut values,
                    &mut buf,
                    &mut bytes,
                );
                lens.push((bytes.len() - before) as u64);
            }
            (bytes, lens)
        })
        .collect()
}

/// The feature order of the index: descending Hilbert order of the centres of the boxes
/// `bbox(i)` of `n` features (`n` fits in 32 bits), ties in input order. This is the order
/// `flatgeobuf::packed_r_tree::hilbert_sort` gives (tested), but each key is computed once and
/// packed with its index into one `u64`, sorted on all cores (the crate computes two keys per
/// comparison, on one core, and sorts the 40-byte boxes themselves).
fn hilbert_order(n: usize, bbox: impl Fn(usize) -> NodeItem + Sync, extent: &NodeItem) -> Vec<u32> {
    let scale = |v: f64, min: f64, size: f64| (f64::from(HILBERT_MAX) * (v - min) / size).floor();
    let mut keys: Vec<u64> = (0..n)
        .into_par_iter()
        .map(|i| {
            let b = bbox(i);
            // `as` saturates, and maps NaN (an extent of width 0) to 0, as the crate does.
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "saturating"
            )]
            let x = scale((b.min_x + b.max_x) / 2.0, extent.min_x, extent.width()) as u32;
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "saturating"
            )]
            let y = scale((b.min_y + b.max_y) / 2.0, extent.min_y, extent.height()) as u32;
            // Descending key, then ascending index.
            (u64::from(!hilbert(x, y)) << 32) | i as u64
        })
        .collect();
    keys.par_sort_unstable();
    #[expect(
        clippy::cast_possible_truncation,
        reason = "the low 32 bits are the index"
    )]
    keys.into_par_iter().map(|k| k as u32).collect()
}

/// The largest Hilbert coordinate (16 bits per axis), as in FlatGeobuf.
const HILBERT_MAX: u32 = (1 << 16) - 1;

/// Position of (x, y) on the Hilbert curve of order 16: the branch-free bit-twiddling form of
/// the curve (rawrunprotected's public-domain algorithm, as used by flatbush and FlatGeobuf).
fn hilbert(x: u32, y: u32) -> u32 {
    let mut a = x ^ y;
    let mut b = 0xFFFF ^ a;
    let mut c = 0xFFFF ^ (x | y);
    let mut d = x & (y ^ 0xFFFF);

    let mut aa = a | (b >> 1);
    let mut bb = (a >> 1) ^ a;
    let mut cc = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    let mut dd = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

    a = aa;
    b = bb;
    c = cc;
    d = dd;
    aa = (a & (a >> 2)) ^ (b & (b >> 2));
    bb = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
    cc ^= (a & (c >> 2)) ^ (b & (d >> 2));
    dd ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

    a = aa;
    b = bb;
    c = cc;
    d = dd;
    aa = (a & (a >> 4)) ^ (b & (b >> 4));
    bb = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
    cc ^= (a & (c >> 4)) ^ (b & (d >> 4));
    dd ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

    a = aa;
    b = bb;
    c = cc;
    d = dd;
    cc ^= (a & (c >> 8)) ^ (b & (d >> 8));
    dd ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

    a = cc ^ (cc >> 1);
    b = dd ^ (dd >> 1);

    let mut i0 = x ^ y;
    let mut i1 = b | (0xFFFF ^ (i0 | a));
    for (shift, mask) in [
        (8, 0x00FF_00FF),
        (4, 0x0F0F_0F0F),
        (2, 0x3333_3333),
        (1, 0x5555_5555),
    ] {
        i0 = (i0 | (i0 << shift)) & mask;
        i1 = (i1 | (i1 << shift)) & mask;
    }
    (i1 << 1) | i0
}

/// Bounding box of a geometry as an R-tree node.
fn bbox_of(g: &Geometry<f64>) -> NodeItem {
    let mut b = NodeItem::create(0);
    saale_model::for_each_coord(g, &mut |c| b.expand_xy(c.x, c.y));
    b
}

/// Write `rows` (only geometries it [`encodes`]; `indexed` when every row has one, else none
/// has) to `path` and return their extent. Memory stays bounded by two batches of encoded
/// features (one being written, the next being encoded): the index's size depends only on the
/// feature count, so its place is reserved, the features are encoded in parallel batches and
/// written in index order, and the index is filled in at the end.
pub(crate) fn write(
    path: &Path,
    name: &str,
    rows: &dyn Rows,
    crs: Option<&Crs>,
    dataset: GeometryType,
    indexed: bool,
) -> Result<Bbox> {
    let schema = rows.schema();
    let n = rows.len();
    if u32::try_from(n).is_err() {
        return Err(Error::write(
            path,
            format!("{n} features are more than a layer file holds (4,294,967,295)"),
        ));
    }
    let bbox = |i: usize| {
        rows.geometry(i)
            .map_or_else(|| NodeItem::create(0), bbox_of)
    };
    // Feature order: Hilbert order of the bounding boxes when indexed, else as given. Only
    // the order (4 bytes a feature) and then the leaves in that order (40 bytes) are held;
    // the boxes are computed again rather than kept through the sort.
    let extent = if indexed {
        (0..n).into_par_iter().map(bbox).reduce(
            || NodeItem::create(0),
            |mut a, b| {
                a.expand(&b);
                a
            },
        )
    } else {
        NodeItem::create(0)
    };
    #[expect(
        clippy::cast_possible_truncation,
        reason = "n fits in 32 bits, checked"
    )]
    let order: Vec<u32> = if indexed {
        hilbert_order(n, bbox, &extent)
    } else {
        (0..n as u32).collect()
    };
    // The leaves in file order; their offsets are filled in as the features are written.
    let mut nodes: Vec<NodeItem> = if indexed {
        order.par_iter().map(|&i| bbox(i as usize)).collect()
    } else {
        Vec::new()
    };

    // Header.
    let mut fbb = FlatBufferBuilder::with_capacity(1 << 12);
    let columns: Vec<_> = schema
        .fields()
        .iter()
        .map(|f| {
            let n = fbb.create_string(&f.name);
            Column::create(
                &mut fbb,
                &ColumnArgs {
                    name: Some(n),
                    type_: crate::fgb::column_type(f.ty),
                    nullable: true,
                    ..Default::default()
                },
            )
        })
        .collect();
    let columns = fbb.create_vector(&columns);
    let wkt = crs.map(Crs::wkt);
    let crs_args = CrsArgs {
        code: crs
            .and_then(Crs::epsg_code)
            .and_then(|c| i32::try_from(c).ok())
            .unwrap_or(0),
        wkt: wkt.as_deref().map(|w| fbb.create_string(w)),
        ..Default::default()
    };
    let crs_t = FbCrs::create(&mut fbb, &crs_args);
    let name_s = fbb.create_string(name);
    let envelope = indexed
        .then(|| fbb.create_vector(&[extent.min_x, extent.min_y, extent.max_x, extent.max_y]));
    let header = Header::create(
        &mut fbb,
        &HeaderArgs {
            name: Some(name_s),
            envelope,
            geometry_type: dataset,
            columns: Some(columns),
            features_count: n as u64,
            index_node_size: if indexed { NODE_SIZE } else { 0 },
            crs: Some(crs_t),
            ..Default::default()
        },
    );
    fbb.finish_size_prefixed(header, None);

    let file = std::fs::File::create(path).map_err(|e| Error::io(path, e))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let io = |e: std::io::Error| Error::io(path, e);
    out.write_all(&MAGIC).map_err(io)?;
    out.write_all(fbb.finished_data()).map_err(io)?;
    let index_at = (MAGIC.len() + fbb.finished_data().len()) as u64;
    let index_len = if indexed {
        PackedRTree::index_size(n, NODE_SIZE)
    } else {
        0
    };
    // Reserve the index.
    let zeros = vec![0u8; 1 << 16];
    let mut left = index_len;
    while left > 0 {
        let k = left.min(zeros.len());
        out.write_all(&zeros[..k]).map_err(io)?;
        left -= k;
    }
    // Features in index order, encoded in parallel batches; a batch is written while the next
    // one is encoded, and a helper thread flushes what is written to the disk as it goes, so
    // that the final sync does not wait for the whole file.
    let mut next_leaf = 0usize;
    let mut offset = 0u64;
    let syncer = out.get_ref().try_clone().map_err(io)?;
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|scope| -> Result<()> {
        scope.spawn(move || {
            while rx.recv().is_ok() {
                while rx.try_recv().is_ok() {}
                // A failure shows up again in the final sync, which is checked.
                let _ = syncer.sync_data();
            }
        });
        let mut pending: Vec<(Vec<u8>, Vec<u64>)> = Vec::new();
        let mut unsynced = 0usize;
        let mut flush = |done: &[(Vec<u8>, Vec<u64>)], out: &mut BufWriter<std::fs::File>| {
            for (bytes, lens) in done {
                out.write_all(bytes)?;
                if indexed {
                    for len in lens {
                        nodes[next_leaf].offset = offset;
                        offset += len;
                        next_leaf += 1;
                    }
                }
                unsynced += bytes.len();
            }
            if unsynced >= SYNC_EVERY {
                out.flush()?;
                unsynced = 0;
                let _ = tx.send(());
            }
            std::io::Result::Ok(())
        };
        for batch in order.chunks(CHUNK * 8) {
            let (encoded, written) = rayon::join(
                || encode_batch(rows, batch, dataset),
                || flush(&pending, &mut out),
            );
            written.map_err(io)?;
            pending = encoded;
        }
        flush(&pending, &mut out).map_err(io)?;
        drop(tx);
        Ok(())
    })?;
    if indexed {
        out.seek(SeekFrom::Start(index_at)).map_err(io)?;
        write_index(&nodes, usize::from(NODE_SIZE), &mut out).map_err(io)?;
    }
    let file = out
        .into_inner()
        .map_err(|e| Error::io(path, e.into_error()))?;
    file.sync_all().map_err(io)?;
    Ok(if indexed {
        Bbox {
            min_x: extent.min_x,
            min_y: extent.min_y,
            max_x: extent.max_x,
            max_y: extent.max_y,
        }
    } else {
        Bbox::empty()
    })
}

/// Write the packed R-tree over `leaves` (the features' boxes in file order, offsets in bytes)
/// in FlatGeobuf's layout: the levels from the root down, the leaves last; a parent holds the
/// box of up to `node_size` children and the array index of the first. Equal, byte for byte,
/// to the `flatgeobuf` crate's `PackedRTree::build` + `stream_write` (tested), which copies
/// all leaves into a tree of its own first: 40 bytes per feature more at the peak of an
/// import, for nothing.
fn write_index(leaves: &[NodeItem], node_size: usize, out: &mut impl Write) -> std::io::Result<()> {
    if leaves.is_empty() {
        return Ok(());
    }
    // Level sizes from the leaves up to the root.
    let mut sizes = vec![leaves.len()];
    while let Some(&n) = sizes.last().filter(|n| **n > 1) {
        sizes.push(n.div_ceil(node_size));
    }
    // A single leaf still gets a root above it, as in the crate.
    if sizes.len() == 1 {
        sizes.push(1);
    }
    let total: usize = sizes.iter().sum();
    // Array index of each level's first node: the root at 0, the leaves at the end.
    let mut starts = Vec::with_capacity(sizes.len());
    let mut end = total;
    for n in &sizes {
        starts.push(end - n);
        end -= n;
    }
    // The upper levels, built bottom-up.
    let mut upper: Vec<Vec<NodeItem>> = Vec::with_capacity(sizes.len() - 1);
    for level in 1..sizes.len() {
        let children: &[NodeItem] = if level == 1 {
            leaves
        } else {
            &upper[level - 2]
        };
        let parents: Vec<NodeItem> = children
            .chunks(node_size)
            .enumerate()
            .map(|(j, c)| {
                let mut p = NodeItem::create((starts[level - 1] + j * node_size) as u64);
                for k in c {
                    p.expand(k);
                }
                p
            })
            .collect();
        upper.push(parents);
    }
    for level in upper.iter().rev() {
        for n in level {
            n.write(out)?;
        }
    }
    for n in leaves {
        n.write(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use flatgeobuf::packed_r_tree::calc_extent;

    /// The index is byte for byte the `flatgeobuf` crate's, for one leaf, exactly one full
    /// node, one more than that, and sizes with three and four levels; and its length is what
    /// `PackedRTree::index_size` reserves.
    /// `n` boxes at random places in 0..`size` (xorshift from `seed`), up to `size` / 1000 wide.
    fn random_boxes(seed: u64, n: usize, size: u64) -> Vec<NodeItem> {
        let mut seed = seed;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % (size * 10)) as f64 / 10.0
        };
        (0..n)
            .map(|_| {
                let (x, y) = (next(), next());
                NodeItem::bounds(x, y, x + next() / 100.0, y + next() / 100.0)
            })
            .collect()
    }

    #[test]
    fn index_equals_the_crates() {
        for n in [1usize, 2, 16, 17, 256, 257, 1000, 5000] {
            let items = random_boxes(0x9e37_79b9_7f4a_7c15, n, 10_000);
            let extent = calc_extent(&items);
            let order = hilbert_order(n, |i| items[i].clone(), &extent);
            let mut items: Vec<NodeItem> =
                order.iter().map(|&i| items[i as usize].clone()).collect();
            let mut offset = 0;
            for b in &mut items {
                b.offset = offset;
                offset += 100 + (offset % 7);
            }
            let tree = PackedRTree::build(&items, &extent, NODE_SIZE).expect("crate tree");
            let mut theirs = Vec::new();
            tree.stream_write(&mut theirs).expect("write to a vector");
            let mut ours = Vec::new();
            write_index(&items, usize::from(NODE_SIZE), &mut ours).expect("write to a vector");
            assert_eq!(ours.len(), PackedRTree::index_size(n, NODE_SIZE), "n = {n}");
            assert!(ours == theirs, "n = {n}");
        }
    }

    /// The parallel sort gives exactly the order of the `flatgeobuf` crate's sort, ties
    /// included, on boxes spread over an extent, stacked in one place, and points on a line.
    #[test]
    fn hilbert_order_equals_the_crates() {
        let mut cases: Vec<Vec<NodeItem>> =
            vec![random_boxes(0x2545_f491_4f6c_dd1d, 5000, 100_000)];
        cases.push(
            (0..100)
                .map(|_| NodeItem::bounds(5.0, 5.0, 6.0, 6.0))
                .collect(),
        );
        cases.push(
            (0..300)
                .map(|i| NodeItem::bounds(f64::from(i), 0.0, f64::from(i), 0.0))
                .collect(),
        );
        for items in cases {
            let items: Vec<NodeItem> = items
                .into_iter()
                .enumerate()
                .map(|(i, mut b)| {
                    b.offset = i as u64;
                    b
                })
                .collect();
            let extent = calc_extent(&items);
            let mut theirs = items.clone();
            flatgeobuf::packed_r_tree::hilbert_sort(&mut theirs, &extent);
            let ours = hilbert_order(items.len(), |i| items[i].clone(), &extent);
            let a: Vec<u64> = theirs.iter().map(|b| b.offset).collect();
            let b: Vec<u64> = ours.iter().map(|&i| u64::from(i)).collect();
            assert_eq!(a, b);
        }
    }
}
