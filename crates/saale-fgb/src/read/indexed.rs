//! Reading only the features in given boxes through a file's packed R-tree.

use std::path::Path;

use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Bbox, Layer, Schema};

use super::{read_at, Head};
use crate::index::{levels, node, NODE_BYTES};
use crate::{Error, Result};

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
    /// [`Error::Read`] or [`Error::Malformed`] naming the file.
    pub fn open(path: &Path, columns: Option<&[&str]>) -> Result<Option<IndexedFgb>> {
        let head = Head::open(path, columns)?;
        if head.node_size < 2 || head.count == 0 {
            return Ok(None);
        }
        let levels = levels(head.count, usize::from(head.node_size));
        // The levels above the leaves come first in the file.
        let n_upper = levels[0].start;
        let mut raw = vec![0u8; n_upper * NODE_BYTES];
        read_at(&head.file, &mut raw, head.index_at).map_err(|e| Error::read(path, e))?;
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

    /// Every feature, read through like [`read_flatgeobuf_columns`](crate::read_flatgeobuf_columns) (when the boxes reach too
    /// much of the file for [`IndexedFgb::read_in`] to pay).
    ///
    /// # Errors
    /// [`Error::Read`] or [`Error::Malformed`] naming the file and feature.
    pub fn read_all(self) -> Result<(Layer, Option<Crs>)> {
        super::read_all(self.head)
    }

    /// The features whose bounding box meets one of `boxes`, each once, in file order.
    ///
    /// # Errors
    /// [`Error::Read`] or [`Error::Malformed`] naming the file and feature.
    pub fn read_in(self, boxes: &[Bbox]) -> Result<(Layer, Option<Crs>)> {
        let parents = self.hit_parents(boxes)?;
        let head = &self.head;
        let io = |e: std::io::Error| Error::read(&head.path, e);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read_flatgeobuf;
    use flatgeobuf::{ColumnType, FgbWriter, GeometryType};
    use geozero::{ColumnValue, PropertyProcessor};
    use saale_model::geo_types::point;
    use saale_model::{Feature, Geometry};

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
}
