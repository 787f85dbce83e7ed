//! Incremental OpenStreetMap: the raw nodes, ways and relations of an import kept in a
//! compact binary store ([`OsmStore::encode`]), OSM change files (`.osc`, `.osc.gz`, API 0.6
//! `osmChange`) applied to it ([`OsmStore::apply`]), and the OSM layers derived from it again
//! ([`OsmStore::to_dataset`]) by the same code that reads an extract, so that a base extract
//! plus its changes gives the layers of the changed extract.
//!
//! The store is little-endian binary: the magic `SAALEOSM`, a format version, the last
//! replication sequence applied (`u64::MAX`: none), then the nodes (id, lon and lat as `f64`,
//! tags), the ways (id, node refs, tags) and the relations (id, members, tags), each list
//! sorted by id and prefixed with its length; strings are a `u32` length and UTF-8 bytes.
//! 24 bytes per untagged node; every length is checked against the bytes left, so a damaged
//! store is an error naming it, never a huge allocation.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::dataset::{Dataset, DatasetOptions, Family};
use crate::osm::{Member, OsmData, Tags};
use crate::xml::{Action, StartInfo, XmlStream};
use crate::{Error, Result};

const MAGIC: &[u8; 8] = b"SAALEOSM";
const VERSION: u32 = 1;

/// The raw data of an OSM import, with the replication sequence of the last change applied.
#[derive(Debug, Clone, PartialEq)]
pub struct OsmStore {
    nodes: BTreeMap<i64, (f64, f64, Tags)>,
    ways: BTreeMap<i64, (Vec<i64>, Tags)>,
    relations: BTreeMap<i64, (Vec<Member>, Tags)>,
    /// The replication sequence of the last change file applied.
    pub sequence: Option<u64>,
}

/// What [`OsmStore::apply`] changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChangeCounts {
    /// Objects created (nodes, ways and relations).
    pub created: u64,
    /// Objects modified.
    pub modified: u64,
    /// Objects deleted.
    pub deleted: u64,
    /// Deletions of objects the store does not hold (reported, not an error: a change file
    /// of a larger area deletes what the extract never had).
    pub deleted_missing: u64,
}

impl OsmStore {
    /// Read OSM extracts (XML or PBF) into a store; an object in several files is taken
    /// from the last.
    ///
    /// # Errors
    /// The OSM readers' errors, naming the file.
    pub fn read(paths: &[PathBuf]) -> Result<OsmStore> {
        let mut s = OsmStore {
            nodes: BTreeMap::new(),
            ways: BTreeMap::new(),
            relations: BTreeMap::new(),
            sequence: None,
        };
        for p in paths {
            let (d, _) = crate::osm::read_raw(p)?;
            let mut tags: HashMap<i64, Tags> = d.tagged_nodes.into_iter().collect();
            for (id, (lon, lat)) in d.coords {
                s.nodes
                    .insert(id, (lon, lat, tags.remove(&id).unwrap_or_default()));
            }
            for (id, refs, t) in d.ways {
                s.ways.insert(id, (refs, t));
            }
            for (id, m, t) in d.relations {
                s.relations.insert(id, (m, t));
            }
        }
        Ok(s)
    }

    /// Nodes, ways and relations held.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize) {
        (self.nodes.len(), self.ways.len(), self.relations.len())
    }

    /// Apply an OSM change file (`.osc`, or gzipped `.osc.gz`): `create` and `modify` put the
    /// object as given, `delete` removes it.
    ///
    /// # Errors
    /// A file that is not an `osmChange` document, an object without a numeric id, a node
    /// with coordinates out of range: errors naming the file and the line.
    pub fn apply(&mut self, path: &Path) -> Result<ChangeCounts> {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let gz = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
        let reader: Box<dyn Read + Send> = if gz {
            Box::new(flate2::read::MultiGzDecoder::new(f))
        } else {
            Box::new(f)
        };
        let mut s = XmlStream::from_reader(path, reader);
        let mut cls = |i: &StartInfo<'_>| {
            if matches!(i.name, "node" | "way" | "relation") && i.ancestors.len() == 2 {
                Action::Capture
            } else {
                Action::Descend
            }
        };
        let mut counts = ChangeCounts::default();
        let mut root_checked = false;
        while let Some(c) = s.next(&mut cls)? {
            if !root_checked {
                if s.root.as_ref().map(|r| r.1.as_str()) != Some("osmChange") {
                    return Err(Error::UnknownFormat {
                        path: path.to_path_buf(),
                        reason: "the root element is not <osmChange> (an OSM change file)".into(),
                    });
                }
                root_checked = true;
            }
            let action = c.ancestors.get(1).cloned().unwrap_or_default();
            let n = c.node;
            // Line numbers of a gzipped file would be of the compressed bytes.
            let at = || {
                if gz {
                    format!("byte {} of the uncompressed file", n.offset)
                } else {
                    crate::xml::line_col(path, n.offset)
                }
            };
            let bad = |m: String| Error::malformed(path, at(), m);
            let id: i64 = n
                .attr("id")
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| bad(format!("<{}> without a numeric id", n.name)))?;
            let tags: Tags = n
                .children_named("tag")
                .filter_map(|t| Some((t.attr("k")?.to_string(), t.attr("v")?.to_string())))
                .collect();
            let existed = match (action.as_str(), n.name.as_str()) {
                ("delete", "node") => self.nodes.remove(&id).is_some(),
                ("delete", "way") => self.ways.remove(&id).is_some(),
                ("delete", _) => self.relations.remove(&id).is_some(),
                ("create" | "modify", "node") => {
                    let lat: f64 = n
                        .attr("lat")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(f64::NAN);
                    let lon: f64 = n
                        .attr("lon")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(f64::NAN);
                    if !(lat.abs() <= 90.0 && lon.abs() <= 180.0) {
                        return Err(bad(format!(
                            "node {id}: coordinates out of range (lat {lat}, lon {lon})"
                        )));
                    }
                    self.nodes.insert(id, (lon, lat, tags)).is_some()
                }
                ("create" | "modify", "way") => {
                    let refs = n
                        .children_named("nd")
                        .filter_map(|x| x.attr("ref")?.parse().ok())
                        .collect();
                    self.ways.insert(id, (refs, tags)).is_some()
                }
                ("create" | "modify", _) => {
                    let members = n
                        .children_named("member")
                        .filter_map(|m| {
                            let t = m.attr("type")?.chars().next()?;
                            Some((
                                t,
                                m.attr("ref")?.parse().ok()?,
                                m.attr("role").unwrap_or("").to_string(),
                            ))
                        })
                        .collect();
                    self.relations.insert(id, (members, tags)).is_some()
                }
                (other, _) => {
                    return Err(bad(format!(
                        "<{}> {id} inside <{other}>; a change file has create, modify and delete",
                        n.name
                    )))
                }
            };
            match action.as_str() {
                "delete" if existed => counts.deleted += 1,
                "delete" => counts.deleted_missing += 1,
                "create" => counts.created += 1,
                _ => counts.modified += 1,
            }
        }
        if !root_checked {
            // An empty osmChange is fine; anything else without objects is not a change file.
            let root = s.root.as_ref().map(|r| r.1.clone()).unwrap_or_default();
            if root != "osmChange" {
                return Err(Error::UnknownFormat {
                    path: path.to_path_buf(),
                    reason: "not an OSM change file (no <osmChange> root)".into(),
                });
            }
        }
        Ok(counts)
    }

    fn data(&self) -> OsmData {
        let mut d = OsmData::default();
        d.coords.reserve(self.nodes.len());
        for (id, (lon, lat, tags)) in &self.nodes {
            d.coords.insert(*id, (*lon, *lat));
            if !tags.is_empty() {
                d.tagged_nodes.push((*id, tags.clone()));
            }
        }
        d.ways = self
            .ways
            .iter()
            .map(|(id, (r, t))| (*id, r.clone(), t.clone()))
            .collect();
        d.relations = self
            .relations
            .iter()
            .map(|(id, (m, t))| (*id, m.clone(), t.clone()))
            .collect();
        d
    }

    /// The OSM layers of the store (`pois`, `poi_areas`, `osm_buildings`, `streets`,
    /// `water`, `places`) in the target CRS, as [`crate::read_dataset`] gives them for an
    /// extract; `name` names the store in messages.
    ///
    /// # Errors
    /// CRS and bounds errors of the transformation.
    pub fn to_dataset(&self, name: &Path, opts: &DatasetOptions) -> Result<Dataset> {
        let part = crate::osm::part_from(&self.data(), opts, "OSM store");
        crate::dataset::assemble(Family::Osm, vec![(name.to_path_buf(), part)], opts)
    }

    /// The store as bytes (see the module documentation).
    #[must_use]
    pub fn encode(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(64 + self.nodes.len() * 24);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&VERSION.to_le_bytes());
        b.extend_from_slice(&self.sequence.unwrap_or(u64::MAX).to_le_bytes());
        let len = |b: &mut Vec<u8>, n: usize| b.extend_from_slice(&(n as u64).to_le_bytes());
        let text = |b: &mut Vec<u8>, s: &str| {
            b.extend_from_slice(&(s.len() as u32).to_le_bytes());
            b.extend_from_slice(s.as_bytes());
        };
        let tags = |b: &mut Vec<u8>, t: &Tags| {
            b.extend_from_slice(&(t.len() as u32).to_le_bytes());
            for (k, v) in t {
                text(b, k);
                text(b, v);
            }
        };
        len(&mut b, self.nodes.len());
        for (id, (lon, lat, t)) in &self.nodes {
            b.extend_from_slice(&id.to_le_bytes());
            b.extend_from_slice(&lon.to_le_bytes());
            b.extend_from_slice(&lat.to_le_bytes());
            tags(&mut b, t);
        }
        len(&mut b, self.ways.len());
        for (id, (refs, t)) in &self.ways {
            b.extend_from_slice(&id.to_le_bytes());
            len(&mut b, refs.len());
            for r in refs {
                b.extend_from_slice(&r.to_le_bytes());
            }
            tags(&mut b, t);
        }
        len(&mut b, self.relations.len());
        for (id, (members, t)) in &self.relations {
            b.extend_from_slice(&id.to_le_bytes());
            len(&mut b, members.len());
            for (kind, r, role) in members {
                b.push(*kind as u8);
                b.extend_from_slice(&r.to_le_bytes());
                text(&mut b, role);
            }
            tags(&mut b, t);
        }
        b
    }

    /// Read a store written by [`OsmStore::encode`]; `path` names it in messages.
    ///
    /// # Errors
    /// [`Error::Malformed`] for a file that is not a store of this version or is cut short.
    pub fn decode(path: &Path, bytes: &[u8]) -> Result<OsmStore> {
        let mut r = Reader {
            b: bytes,
            at: 0,
            path,
        };
        if r.take(8)? != MAGIC {
            return Err(r.bad("not a saale OSM store (magic bytes missing)"));
        }
        let v = u32::from_le_bytes(r.array()?);
        if v != VERSION {
            return Err(r.bad(&format!("store version {v}, this saale reads {VERSION}")));
        }
        let seq = u64::from_le_bytes(r.array()?);
        let mut s = OsmStore {
            nodes: BTreeMap::new(),
            ways: BTreeMap::new(),
            relations: BTreeMap::new(),
            sequence: (seq != u64::MAX).then_some(seq),
        };
        for _ in 0..r.len(24)? {
            let id = r.i64()?;
            let lon = f64::from_le_bytes(r.array()?);
            let lat = f64::from_le_bytes(r.array()?);
            let t = r.tags()?;
            s.nodes.insert(id, (lon, lat, t));
        }
        for _ in 0..r.len(12)? {
            let id = r.i64()?;
            let mut refs = Vec::new();
            for _ in 0..r.len(8)? {
                refs.push(r.i64()?);
            }
            let t = r.tags()?;
            s.ways.insert(id, (refs, t));
        }
        for _ in 0..r.len(12)? {
            let id = r.i64()?;
            let mut members = Vec::new();
            for _ in 0..r.len(13)? {
                let kind = char::from(r.take(1)?[0]);
                let m = r.i64()?;
                let role = r.text()?;
                members.push((kind, m, role));
            }
            let t = r.tags()?;
            s.relations.insert(id, (members, t));
        }
        if r.at != bytes.len() {
            return Err(r.bad("bytes after the relations"));
        }
        Ok(s)
    }
}

/// A bounds-checked reader over the store's bytes.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    path: &'a Path,
}

impl Reader<'_> {
    fn bad(&self, why: &str) -> Error {
        Error::malformed(self.path, format!("byte {}", self.at), why.to_string())
    }
    fn take(&mut self, n: usize) -> Result<&[u8]> {
        if self.b.len() - self.at < n {
            return Err(self.bad("the store is cut short"));
        }
        let s = &self.b[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn i64(&mut self) -> Result<i64> {
        Ok(i64::from_le_bytes(self.array()?))
    }
    /// A count of items of at least `min` bytes each, checked against the bytes left.
    fn len(&mut self, min: usize) -> Result<usize> {
        let n = u64::from_le_bytes(self.array()?);
        let left = (self.b.len() - self.at) as u64;
        if n.saturating_mul(min as u64) > left {
            return Err(self.bad("a count larger than the bytes left"));
        }
        usize::try_from(n).map_err(|_| self.bad("a count too large"))
    }
    fn text(&mut self) -> Result<String> {
        let n = u32::from_le_bytes(self.array()?) as usize;
        let bytes = self.take(n)?.to_vec();
        String::from_utf8(bytes).map_err(|_| self.bad("text that is not UTF-8"))
    }
    fn tags(&mut self) -> Result<Tags> {
        let n = u32::from_le_bytes(self.array()?) as usize;
        if n.saturating_mul(8) > self.b.len() - self.at {
            return Err(self.bad("a count larger than the bytes left"));
        }
        let mut t = Vec::with_capacity(n);
        for _ in 0..n {
            let k = self.text()?;
            let v = self.text()?;
            t.push((k, v));
        }
        Ok(t)
    }
}

/// The replication sequence a change file's path names: `.../000/123/456.osc.gz` is
/// 123456 (the layout of planet.openstreetmap.org and Geofabrik), a bare `123456.osc` too.
#[must_use]
pub fn sequence_of(path: &Path) -> Option<u64> {
    let name = path.file_name()?.to_str()?;
    let stem = name.split('.').next()?;
    if stem.is_empty() || !stem.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let parent = path.parent()?;
    let p1 = parent.file_name().and_then(|n| n.to_str());
    let p2 = parent
        .parent()
        .and_then(|g| g.file_name())
        .and_then(|n| n.to_str());
    let three = |s: &str| s.len() == 3 && s.bytes().all(|c| c.is_ascii_digit());
    match (p2, p1) {
        (Some(a), Some(b)) if three(a) && three(b) && stem.len() == 3 => {
            format!("{a}{b}{stem}").parse().ok()
        }
        _ => stem.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_round_trips_and_refuses_damage() {
        let mut s = OsmStore {
            nodes: BTreeMap::new(),
            ways: BTreeMap::new(),
            relations: BTreeMap::new(),
            sequence: Some(42),
        };
        s.nodes
            .insert(1, (11.58, 50.92, vec![("amenity".into(), "cafe".into())]));
        s.nodes.insert(2, (11.59, 50.93, Vec::new()));
        s.ways.insert(
            10,
            (vec![1, 2], vec![("highway".into(), "residential".into())]),
        );
        s.relations
            .insert(20, (vec![('w', 10, "outer".into())], Vec::new()));
        let b = s.encode();
        let p = Path::new("store");
        assert_eq!(OsmStore::decode(p, &b).expect("decode"), s);
        for cut in [0, 7, 20, b.len() - 1] {
            assert!(OsmStore::decode(p, &b[..cut]).is_err(), "cut at {cut}");
        }
        // A huge count is refused before anything is allocated.
        let mut huge = b.clone();
        huge[20..28].copy_from_slice(&u64::MAX.to_le_bytes());
        let e = OsmStore::decode(p, &huge).expect_err("huge");
        assert!(e.to_string().contains("count"), "{e}");
    }

    #[test]
    fn sequences_from_replication_paths() {
        assert_eq!(
            sequence_of(Path::new("minute/006/123/456.osc.gz")),
            Some(6_123_456)
        );
        assert_eq!(sequence_of(Path::new("4711.osc")), Some(4711));
        assert_eq!(sequence_of(Path::new("changes.osc")), None);
    }
}
