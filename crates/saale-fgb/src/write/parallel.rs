//! The parallel one-pass writer: magic bytes, header, packed Hilbert R-tree, features in index
//! order. It uses the `flatgeobuf` crate's generated FlatBuffers tables and its R-tree
//! layout; the crate's own writer is sequential and copies every feature through a temporary
//! file, which made it the slowest step of large imports and analyses (profiled on a
//! 515,000-row nearest join).

use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use flatgeobuf::packed_r_tree::{NodeItem, PackedRTree};
use flatgeobuf::GeometryType;
use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Bbox, Rows};

use super::encode::encode_batch;
use crate::header::{encode_header, HeadSpec, MAGIC};
use crate::index::{bbox_of, hilbert_order, write_index, NODE_SIZE};
use crate::{Error, Result};

/// Rows encoded per batch: one batch is written while the next is encoded.
const BATCH: usize = 16 * 1024;
/// Bytes written between two early flushes to the disk.
const SYNC_EVERY: usize = 32 << 20;

/// Write `rows` (only geometries [`encodes`](super::encode::encodes) takes; `indexed` when every row has one, else none
/// has) to `path` and return their extent. Memory stays bounded by two batches of encoded
/// features (one being written, the next being encoded): the index's size depends only on the
/// feature count, so its place is reserved, the features are encoded in parallel batches and
/// written in index order, and the index is filled in at the end.
pub(crate) fn write_parallel(
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
        return Err(Error::encode(
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

    let header = encode_header(&HeadSpec {
        name,
        schema,
        crs,
        dataset,
        count: n as u64,
        index: indexed.then_some((NODE_SIZE, &extent)),
    });

    let file = std::fs::File::create(path).map_err(|e| Error::write(path, e))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let io = |e: std::io::Error| Error::write(path, e);
    out.write_all(&MAGIC).map_err(io)?;
    out.write_all(&header).map_err(io)?;
    let index_at = (MAGIC.len() + header.len()) as u64;
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
        for batch in order.chunks(BATCH) {
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
        .map_err(|e| Error::write(path, e.into_error()))?;
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
