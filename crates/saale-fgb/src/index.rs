//! The packed Hilbert R-tree of a FlatGeobuf file: its layout (levels from the root down, the
//! leaves last, 40 bytes a node), the Hilbert order of the features, and writing it.

use std::io::Write;
use std::ops::Range;

use flatgeobuf::packed_r_tree::NodeItem;
use rayon::prelude::*;
use saale_model::Geometry;

/// Size in bytes of one packed R-tree node: four f64 and a u64 offset.
pub(crate) const NODE_BYTES: usize = 40;

/// The node size saale writes: children per parent.
pub(crate) const NODE_SIZE: u16 = 16;

/// The array positions of the levels of a tree over `count` leaves with `node_size` children
/// per node (at least 2), leaves first, root last: the root at position 0, the leaves at the
/// end, as in the file. A single leaf still gets a root above it, as in the `flatgeobuf`
/// crate. Empty for no leaves.
pub(crate) fn levels(count: usize, node_size: usize) -> Vec<Range<usize>> {
    debug_assert!(node_size >= 2, "node size {node_size}");
    if count == 0 || node_size < 2 {
        return Vec::new();
    }
    let mut sizes = vec![count];
    let mut n = count;
    loop {
        n = n.div_ceil(node_size);
        sizes.push(n);
        if n == 1 {
            break;
        }
    }
    let mut end: usize = sizes.iter().sum();
    sizes
        .iter()
        .map(|&s| {
            end -= s;
            end..end + s
        })
        .collect()
}

/// One node as stored: its box (min x, min y, max x, max y) and offset.
pub(crate) fn node(b: &[u8]) -> ([f64; 4], u64) {
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

/// The feature order of the index: descending Hilbert order of the centres of the boxes
/// `bbox(i)` of `n` features (`n` fits in 32 bits), ties in input order. This is the order
/// `flatgeobuf::packed_r_tree::hilbert_sort` gives (tested), but each key is computed once and
/// packed with its index into one `u64`, sorted on all cores (the crate computes two keys per
/// comparison, on one core, and sorts the 40-byte boxes themselves).
pub(crate) fn hilbert_order(
    n: usize,
    bbox: impl Fn(usize) -> NodeItem + Sync,
    extent: &NodeItem,
) -> Vec<u32> {
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
pub(crate) fn bbox_of(g: &Geometry<f64>) -> NodeItem {
    let mut b = NodeItem::create(0);
    saale_model::for_each_coord(g, &mut |c| b.expand_xy(c.x, c.y));
    b
}

/// Write the packed R-tree over `leaves` (the features' boxes in file order, offsets in bytes)
/// in FlatGeobuf's layout: the levels from the root down, the leaves last; a parent holds the
/// box of up to `node_size` children and the array index of the first. Equal, byte for byte,
/// to the `flatgeobuf` crate's `PackedRTree::build` + `stream_write` (tested), which copies
/// all leaves into a tree of its own first: 40 bytes per feature more at the peak of an
/// import, for nothing.
pub(crate) fn write_index(
    leaves: &[NodeItem],
    node_size: usize,
    out: &mut impl Write,
) -> std::io::Result<()> {
    if leaves.is_empty() {
        return Ok(());
    }
    let levels = levels(leaves.len(), node_size);
    // The upper levels, built bottom-up.
    let mut upper: Vec<Vec<NodeItem>> = Vec::with_capacity(levels.len() - 1);
    for level in 1..levels.len() {
        let children: &[NodeItem] = if level == 1 {
            leaves
        } else {
            &upper[level - 2]
        };
        let parents: Vec<NodeItem> = children
            .chunks(node_size)
            .enumerate()
            .map(|(j, c)| {
                let mut p = NodeItem::create((levels[level - 1].start + j * node_size) as u64);
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
    use flatgeobuf::packed_r_tree::{calc_extent, PackedRTree};

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

    /// The index is byte for byte the `flatgeobuf` crate's, for one leaf, exactly one full
    /// node, one more than that, and sizes with three and four levels; and its length is what
    /// `PackedRTree::index_size` reserves.
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

    /// The levels cover exactly the nodes `PackedRTree::index_size` counts, leaves first,
    /// root at position 0, each level right before the one below it.
    #[test]
    fn levels_are_the_crates_layout() {
        assert!(levels(0, 16).is_empty());
        for (n, node_size) in [
            (1usize, 16u16),
            (2, 16),
            (16, 16),
            (17, 16),
            (257, 16),
            (5000, 2),
        ] {
            let ls = levels(n, usize::from(node_size));
            let total: usize = ls.iter().map(ExactSizeIterator::len).sum();
            assert_eq!(
                total * NODE_BYTES,
                PackedRTree::index_size(n, node_size),
                "n = {n}"
            );
            assert_eq!(ls[0], total - n..total, "n = {n}");
            assert_eq!(ls.last().map(|r| r.start), Some(0), "n = {n}");
            assert!(ls.windows(2).all(|w| w[1].end == w[0].start), "n = {n}");
        }
    }
}
