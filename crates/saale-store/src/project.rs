//! Opening, creating and atomically writing projects.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{Bbox, Layer, Rows};
use sha2::{Digest, Sha256};

use crate::catalog::{Catalog, LayerEntry, LayerKind, ProjectSection};
use crate::{Error, Result};

/// Name of the catalog file.
pub const CATALOG: &str = "saale.toml";
pub(crate) const LAYERS: &str = "layers";
pub(crate) const TMP: &str = ".tmp";
const LOCK: &str = ".saale.lock";

/// An open project directory.
#[derive(Debug, Clone)]
pub struct Project {
    dir: PathBuf,
    catalog: Catalog,
    crs: Crs,
    /// SHA-256 of the catalog text this project last read or wrote.
    seen: Seen,
}

/// The hash of the catalog text a [`Project`] holds in memory: a writer that takes the lock
/// and finds the same bytes on disk keeps its catalog instead of parsing it again (the
/// catalog of a city project is some 400 KB of TOML; `refresh` re-read it before each of its
/// steps). A clone copies the value, so clones never vouch for each other's catalogs.
#[derive(Debug, Default)]
struct Seen(std::sync::Mutex<Option<[u8; 32]>>);

impl Clone for Seen {
    fn clone(&self) -> Seen {
        Seen(std::sync::Mutex::new(self.get()))
    }
}

impl Seen {
    fn of(text: &[u8]) -> [u8; 32] {
        Sha256::digest(text).into()
    }
    fn get(&self) -> Option<[u8; 32]> {
        self.0.lock().map_or(None, |g| *g)
    }
    fn set(&self, v: Option<[u8; 32]>) {
        if let Ok(mut g) = self.0.lock() {
            *g = v;
        }
    }
}

/// Check a layer name: 1 to 64 characters of `A-Z a-z 0-9 _ -`, not starting with `-`.
///
/// # Errors
/// [`Error::Invalid`] saying what is wrong.
pub fn validate_layer_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Error::Invalid(format!(
            "invalid layer name '{name}': use 1 to 64 letters, digits, '_' or '-'"
        )))
    }
}

/// SHA-256 of a file's bytes, as lower-case hex, and its size.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read.
pub fn sha256_file(path: &Path) -> Result<(String, u64)> {
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    let hex = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok((hex, n))
}

/// Current UTC time as RFC 3339.
/// Today's UTC date as `YYYY-MM-DD`.
#[must_use]
pub fn today() -> String {
    now_rfc3339().chars().take(10).collect()
}

/// The current UTC time as RFC 3339 (seconds).
#[must_use]
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

fn write_atomic(dir: &Path, target: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let tmp_dir = dir.join(TMP);
    std::fs::create_dir_all(&tmp_dir).map_err(|e| Error::io(&tmp_dir, e))?;
    let tmp = tmp_dir.join(format!("catalog.{}.tmp", unique()));
    let mut f = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
    f.write_all(bytes).map_err(|e| Error::io(&tmp, e))?;
    f.sync_all().map_err(|e| Error::io(&tmp, e))?;
    drop(f);
    std::fs::rename(&tmp, target).map_err(|e| Error::io(target, e))?;
    sync_dir(dir);
    Ok(())
}

fn sync_dir(dir: &Path) {
    // Best effort: make the rename durable. Not all file systems support syncing directories.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

pub(crate) fn unique() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{:x}{:x}", nanos & 0xffff_ffff_ffff, std::process::id())
}

impl Project {
    /// Create a new, empty project in `dir` (created if missing; must not hold a project).
    ///
    /// # Errors
    /// [`Error::Invalid`] when a project exists there, [`Error::Io`] on file system errors.
    pub fn init(dir: &Path, crs: &Crs, name: Option<&str>) -> Result<Project> {
        let cat_path = dir.join(CATALOG);
        if cat_path.exists() {
            return Err(Error::Invalid(format!(
                "{} already holds a saale project",
                dir.display()
            )));
        }
        if crs.epsg_code().is_none() {
            return Err(Error::Invalid(format!(
                "the working CRS must have an EPSG code (got {crs})"
            )));
        }
        std::fs::create_dir_all(dir.join(LAYERS)).map_err(|e| Error::io(dir, e))?;
        let name = name.map_or_else(
            || {
                std::fs::canonicalize(dir)
                    .ok()
                    .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .unwrap_or_else(|| "saale".into())
            },
            str::to_string,
        );
        let catalog = Catalog {
            project: ProjectSection {
                name,
                crs: crs.to_string(),
                created: now_rfc3339(),
                saale_version: env!("CARGO_PKG_VERSION").to_string(),
            },
            layers: BTreeMap::new(),
            server: crate::catalog::ServerSection::default(),
            privacy: None,
            outputs: BTreeMap::new(),
            versions: crate::catalog::VersionsSection::default(),
        };
        let p = Project {
            dir: dir.to_path_buf(),
            catalog,
            crs: crs.clone(),
            seen: Seen::default(),
        };
        p.save_catalog()?;
        Ok(p)
    }

    /// Open the project in `dir`.
    ///
    /// # Errors
    /// [`Error::NotAProject`], [`Error::Catalog`] naming the bad key, or [`Error::Io`].
    pub fn open(dir: &Path) -> Result<Project> {
        let (cat_path, text) = Project::read_catalog_text(dir)?;
        let (catalog, crs) = Project::parse_catalog(&cat_path, &text)?;
        Ok(Project {
            dir: dir.to_path_buf(),
            catalog,
            crs,
            seen: Seen(std::sync::Mutex::new(Some(Seen::of(text.as_bytes())))),
        })
    }

    /// The path and text of the catalog of the project in `dir`.
    fn read_catalog_text(dir: &Path) -> Result<(PathBuf, String)> {
        let cat_path = dir.join(CATALOG);
        if !cat_path.is_file() {
            return Err(Error::NotAProject {
                path: dir.to_path_buf(),
            });
        }
        let text = std::fs::read_to_string(&cat_path).map_err(|e| Error::io(&cat_path, e))?;
        Ok((cat_path, text))
    }

    /// The catalog and project CRS of the catalog text `text` read from `cat_path`.
    fn parse_catalog(cat_path: &Path, text: &str) -> Result<(Catalog, Crs)> {
        let cat_path = cat_path.to_path_buf();
        let catalog: Catalog = toml::from_str(text).map_err(|e| Error::Catalog {
            path: cat_path.clone(),
            reason: e.to_string(),
        })?;
        if let Some((layer, e)) = catalog.layers.iter().find(|(_, e)| !e.unknown.is_empty()) {
            let keys: Vec<&str> = e.unknown.keys().map(String::as_str).collect();
            return Err(Error::Catalog {
                path: cat_path.clone(),
                reason: format!("layers.{layer}: unknown key(s) {}", keys.join(", ")),
            });
        }
        let crs = Crs::parse(&catalog.project.crs).map_err(|e| Error::Catalog {
            path: cat_path.clone(),
            reason: format!("project.crs: {e}"),
        })?;
        Ok((catalog, crs))
    }

    /// The project directory.
    #[must_use]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The working CRS.
    #[must_use]
    pub fn crs(&self) -> &Crs {
        &self.crs
    }

    /// The catalog.
    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// One layer's catalog entry.
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`] listing the known layers.
    pub fn entry(&self, name: &str) -> Result<&LayerEntry> {
        self.catalog
            .layers
            .get(name)
            .ok_or_else(|| Error::NoSuchLayer {
                name: name.to_string(),
                known: self
                    .catalog
                    .layers
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// Read a whole layer into memory (geometries in the working CRS).
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`], or a read error naming the layer file.
    pub fn read_layer(&self, name: &str) -> Result<Layer> {
        let e = self.entry(name)?;
        if e.kind == LayerKind::Raster {
            return Err(Error::Invalid(format!(
                "layer '{name}' is a raster layer: it has no features (use it as tiles, or export it)"
            )));
        }
        crate::fgb::read_layer_file(&self.dir.join(&e.file), &e.fields, None)
    }

    /// Read the features of a layer (with the named attributes only, or all with `None`) whose
    /// bounding boxes meet
    /// one of `boxes`, through the layer file's R-tree when the boxes reach less than a quarter
    /// of it: a count of millions of points in a few small polygons reads only the points
    /// near them. Otherwise the whole layer is read, so the result may hold more features.
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`], [`Error::NoSuchField`] for a column the layer does not have, or
    /// a read error naming the layer file.
    pub fn read_layer_near(
        &self,
        name: &str,
        columns: Option<&[&str]>,
        boxes: &[Bbox],
    ) -> Result<Layer> {
        let e = self.entry(name)?;
        for c in columns.unwrap_or_default() {
            if !e.fields.iter().any(|f| f.name == *c) {
                return Err(Error::NoSuchField {
                    layer: name.to_string(),
                    field: (*c).to_string(),
                    known: e
                        .fields
                        .iter()
                        .map(|f| f.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        crate::fgb::read_layer_file_in(&self.dir.join(&e.file), &e.fields, columns, boxes, 0.25)
    }

    /// Change catalog settings (access marks of layers, `[server]`) and save the catalog
    /// atomically. On error the catalog on disk and in memory stay as they were.
    ///
    /// # Errors
    /// What `f` returns, or a write error.
    pub fn update_catalog(&mut self, f: impl FnOnce(&mut Catalog) -> Result<()>) -> Result<()> {
        self.locked(|p| p.update_catalog_unlocked(f))
    }

    /// Run `f` holding the project's write lock (an exclusive `flock` on `.saale.lock`), on the
    /// catalog as it is on disk now: writers of one project (two imports, an import and
    /// `saale access`) run one after the other, and none works from a stale catalog or
    /// removes another's files. The lock is released when `f` returns or the process dies.
    pub(crate) fn locked<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let path = self.dir.join(LOCK);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        file.lock().map_err(|e| Error::io(&path, e))?;
        let r = self.reload().and_then(|()| f(self));
        let _ = file.unlock();
        r
    }

    /// Read the catalog again from disk.
    fn reload(&mut self) -> Result<()> {
        let (cat_path, text) = Project::read_catalog_text(&self.dir)?;
        let h = Seen::of(text.as_bytes());
        if self.seen.get() == Some(h) {
            // The bytes this project last read or wrote: its catalog is current.
            return Ok(());
        }
        self.catalog = Project::parse_catalog(&cat_path, &text)?.0;
        self.seen.set(Some(h));
        Ok(())
    }

    pub(crate) fn update_catalog_unlocked(
        &mut self,
        f: impl FnOnce(&mut Catalog) -> Result<()>,
    ) -> Result<()> {
        let before = self.catalog.clone();
        let r = f(&mut self.catalog).and_then(|()| self.save_catalog());
        if r.is_err() {
            self.catalog = before;
        }
        r
    }

    pub(crate) fn save_catalog(&self) -> Result<()> {
        let text = toml::to_string_pretty(&self.catalog)
            .map_err(|e| Error::write(&self.dir.join(CATALOG), e))?;
        let header = "# saale project catalog. Edit with care: unknown keys are errors.\n";
        let bytes = format!("{header}{text}");
        // Unknown until the write succeeds: a failed write leaves the old file, which must be
        // parsed again.
        self.seen.set(None);
        write_atomic(&self.dir, &self.dir.join(CATALOG), bytes.as_bytes())?;
        self.seen.set(Some(Seen::of(bytes.as_bytes())));
        Ok(())
    }

    /// The layer files the catalog references: every layer's current file and those of its
    /// earlier versions.
    fn referenced_files(&self) -> std::collections::HashSet<PathBuf> {
        self.catalog
            .layers
            .values()
            .flat_map(LayerEntry::files)
            .map(|f| self.dir.join(f))
            .collect()
    }

    /// Delete layer files unless the catalog still references them (as a current file or a
    /// version of any layer).
    pub(crate) fn remove_unreferenced(&self, files: &[String]) {
        let referenced = self.referenced_files();
        for f in files {
            let p = self.dir.join(f);
            if !referenced.contains(&p) {
                let _ = std::fs::remove_file(p);
            }
        }
    }

    /// Remove files left by interrupted writes: everything in `.tmp/` and layer files the
    /// catalog does not reference (neither as a current file nor as a kept version).
    pub(crate) fn collect_garbage(&self) {
        let _ = std::fs::remove_dir_all(self.dir.join(TMP));
        let referenced = self.referenced_files();
        if let Ok(rd) = std::fs::read_dir(self.dir.join(LAYERS)) {
            for ent in rd.flatten() {
                let p = ent.path();
                let ours = p.extension().is_some_and(|x| x == "fgb" || x == "tif");
                if ours && !referenced.contains(&p) {
                    let _ = std::fs::remove_file(&p);
                }
            }
        }
    }

    /// Write `layer` under `name` with the provenance in `entry` (its `file`, counts, bbox,
    /// geometry types, fields and import time are filled in here). Atomic: on any error, or
    /// if the process dies, the project stays as it was.
    ///
    /// # Errors
    /// [`Error::LayerExists`] unless `replace`; [`Error::Invalid`] for a bad name; IO errors.
    pub fn write_layer(
        &mut self,
        name: &str,
        layer: &Layer,
        entry: LayerEntry,
        replace: bool,
    ) -> Result<()> {
        self.write_layers(vec![(name.to_string(), layer as &dyn Rows, entry)], replace)
    }

    /// [`Project::write_layer`] for rows produced on demand: a result that repeats its inputs
    /// is encoded row by row and never held as a [`Layer`].
    ///
    /// # Errors
    /// As [`Project::write_layer`].
    pub fn write_rows(
        &mut self,
        name: &str,
        rows: &dyn Rows,
        entry: LayerEntry,
        replace: bool,
    ) -> Result<()> {
        self.write_layers(vec![(name.to_string(), rows, entry)], replace)
    }

    /// Write several layers at once: every file is written first, then the catalog is
    /// replaced in one rename, so either all layers appear or none does.
    ///
    /// # Errors
    /// As [`Project::write_layer`]; on error no layer of the batch is in the catalog.
    pub fn write_layers(
        &mut self,
        items: Vec<(String, &dyn Rows, LayerEntry)>,
        replace: bool,
    ) -> Result<()> {
        self.locked(|p| p.write_layers_unlocked(items, replace))
    }

    /// [`Project::write_layers`] after `check` accepted the catalog as it is on disk, under
    /// the same lock: a rule over what earlier writes recorded (the order of NAS updates)
    /// cannot be passed by a writer that came in between. When `check` refuses, nothing is
    /// written and its reason is the error ([`Error::Invalid`]).
    ///
    /// # Errors
    /// The reason `check` gives, or as [`Project::write_layers`].
    pub fn write_layers_checked(
        &mut self,
        items: Vec<(String, &dyn Rows, LayerEntry)>,
        replace: bool,
        check: impl FnOnce(&Catalog) -> std::result::Result<(), String>,
    ) -> Result<()> {
        self.locked(|p| {
            check(&p.catalog).map_err(Error::Invalid)?;
            p.write_layers_unlocked(items, replace)
        })
    }

    fn write_layers_unlocked(
        &mut self,
        items: Vec<(String, &dyn Rows, LayerEntry)>,
        replace: bool,
    ) -> Result<()> {
        for (name, ..) in &items {
            validate_layer_name(name)?;
            if !replace && self.catalog.layers.contains_key(name) {
                return Err(Error::LayerExists { name: name.clone() });
            }
        }
        self.collect_garbage();
        let tmp_dir = self.dir.join(TMP);
        std::fs::create_dir_all(&tmp_dir).map_err(|e| Error::io(&tmp_dir, e))?;
        std::fs::create_dir_all(self.dir.join(LAYERS)).map_err(|e| Error::io(&self.dir, e))?;
        let mut written: Vec<PathBuf> = Vec::new();
        let cleanup = |written: &[PathBuf]| {
            for p in written {
                let _ = std::fs::remove_file(p);
            }
        };
        // Write the layer files in parallel (one file per layer), then stage them in order.
        let crs = &self.crs;
        let results: Vec<Result<(String, LayerEntry, PathBuf)>> = items
            .into_par_iter()
            .map(|(name, layer, mut entry)| {
                let file_name = format!("{name}.{}.fgb", unique());
                let tmp = tmp_dir.join(&file_name);
                let n = layer.len();
                let written = match crate::fgb::write_rows(&tmp, &name, layer, Some(crs)) {
                    Ok(w) => w,
                    Err(e) => {
                        let _ = std::fs::remove_file(&tmp);
                        return Err(e);
                    }
                };
                let (types, bbox) = (written.types, written.bbox);
                let is_table = types.is_empty();
                entry.kind = if is_table && n > 0 {
                    LayerKind::Table
                } else {
                    entry.kind
                };
                entry.file = format!("{LAYERS}/{file_name}");
                entry.feature_count = n as u64;
                entry.bbox = (!bbox.is_empty()).then(|| bbox.to_array());
                entry.geometry_types = types;
                entry.fields = layer.schema().fields().to_vec();
                Ok((name, entry, tmp))
            })
            .collect();
        let mut staged = Vec::with_capacity(results.len());
        let mut failed = None;
        for r in results {
            match r {
                Ok(x) => staged.push(x),
                Err(e) => failed = failed.or(Some(e)),
            }
        }
        if let Some(e) = failed {
            for (_, _, tmp) in &staged {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(e);
        }
        let mut entries = Vec::with_capacity(staged.len());
        for (i, (name, mut entry, tmp)) in staged.iter().cloned().enumerate() {
            let final_path = self.dir.join(&entry.file);
            if let Err(e) = std::fs::rename(&tmp, &final_path) {
                for (_, _, t) in &staged[i..] {
                    let _ = std::fs::remove_file(t);
                }
                cleanup(&written);
                return Err(Error::io(&final_path, e));
            }
            written.push(final_path);
            if entry.imported_at.is_empty() {
                entry.imported_at = now_rfc3339();
            }
            entries.push((name, entry));
        }
        let staged = entries;
        let before = self.catalog.clone();
        let keep = self.catalog.versions.keep;
        let mut old_files = Vec::new();
        for (name, mut entry) in staged {
            // Titles are set by hand (`describe`): a new version keeps them. A rewrite keeps
            // the previous file as the newest earlier version.
            entry.versions = match self.catalog.layers.get(&name) {
                Some(old) => {
                    if entry.title.is_none() {
                        entry.title.clone_from(&old.title);
                    }
                    if entry.description.is_none() {
                        entry.description.clone_from(&old.description);
                    }
                    let (versions, dropped) = old.versions_after_rewrite(keep);
                    old_files.extend(dropped);
                    versions
                }
                None => Vec::new(),
            };
            self.catalog.layers.insert(name, entry);
        }
        if let Err(e) = self.save_catalog() {
            // Roll back the in-memory catalog; the file on disk was not replaced.
            self.catalog = before;
            cleanup(&written);
            return Err(e);
        }
        self.remove_unreferenced(&old_files);
        Ok(())
    }

    /// Remove a layer (catalog first, then its file).
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`] or IO errors.
    pub fn remove_layer(&mut self, name: &str) -> Result<()> {
        self.remove_layers(&[name])
    }

    /// Rename a layer. Its file gets the new name too (linked under the new name, the catalog
    /// saved atomically, then the old name removed; after a crash the project holds either
    /// name, never none). Access marks, count fields and provenance move with it; the
    /// provenance of layers derived from it keeps the name they were derived from.
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`], [`Error::LayerExists`] for a taken name, [`Error::Invalid`] for
    /// a bad name, or IO errors.
    pub fn rename_layer(&mut self, old: &str, new: &str) -> Result<()> {
        self.locked(|p| p.rename_layer_unlocked(old, new))
    }

    fn rename_layer_unlocked(&mut self, old: &str, new: &str) -> Result<()> {
        validate_layer_name(new)?;
        let from = self.dir.join(&self.entry(old)?.file);
        if self.catalog.layers.contains_key(new) {
            return Err(Error::LayerExists {
                name: new.to_string(),
            });
        }
        let ext = if self.entry(old)?.kind == LayerKind::Raster {
            "tif"
        } else {
            "fgb"
        };
        let file = format!("{LAYERS}/{new}.{}.{ext}", unique());
        let to = self.dir.join(&file);
        std::fs::hard_link(&from, &to).map_err(|e| Error::io(&to, e))?;
        let r = self.update_catalog_unlocked(|c| {
            let mut e = c.layers.remove(old).ok_or_else(|| Error::NoSuchLayer {
                name: old.to_string(),
                known: String::new(),
            })?;
            e.file = file;
            c.layers.insert(new.to_string(), e);
            Ok(())
        });
        let _ = std::fs::remove_file(if r.is_ok() { &from } else { &to });
        r
    }

    /// Remove layers, all or none: every name must exist; the catalog is saved atomically
    /// without them, then their files are deleted. On error the project stays as it was.
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`] for the first unknown name, or a write error of the catalog.
    pub fn remove_layers(&mut self, names: &[&str]) -> Result<()> {
        self.locked(|p| p.remove_layers_unlocked(names))
    }

    fn remove_layers_unlocked(&mut self, names: &[&str]) -> Result<()> {
        for n in names {
            self.entry(n)?;
        }
        let mut files = Vec::new();
        self.update_catalog_unlocked(|c| {
            for n in names {
                if let Some(e) = c.layers.remove(*n) {
                    files.extend(e.files().map(String::from));
                }
            }
            Ok(())
        })?;
        self.remove_unreferenced(&files);
        Ok(())
    }

    /// The index of the version of layer `name` that `v` names (see
    /// [`LayerEntry::version_index`]: `0` is the current one, `1` the previous one, or a file
    /// name).
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`]; [`Error::NoSuchVersion`] listing the versions there are.
    pub fn version_index(&self, name: &str, v: &str) -> Result<usize> {
        let e = self.entry(name)?;
        e.version_index(v)
            .ok_or_else(|| no_such_version(name, e, v))
    }

    /// Read version `i` of a layer (0: the current one, 1: the previous one).
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`], [`Error::NoSuchVersion`], or a read error naming the file.
    pub fn read_version(&self, name: &str, i: usize) -> Result<Layer> {
        let e = self.entry(name)?;
        if e.kind == LayerKind::Raster {
            return Err(Error::Invalid(format!(
                "layer '{name}' is a raster layer: its versions are Cloud-Optimized GeoTIFFs \
                 without features (compare them with GIS tools; `saale rollback` works)"
            )));
        }
        let (Some(file), Some(fields)) = (e.version_file(i), e.version_fields(i)) else {
            return Err(no_such_version(name, e, &i.to_string()));
        };
        crate::fgb::read_layer_file(&self.dir.join(file), fields, None)
    }

    /// Make the version of layer `name` that `v` names current again (see
    /// [`Project::version_index`]); the current one becomes version 1. Atomic and under the
    /// write lock: only the catalog changes, in one rename; on error nothing does. Returns
    /// the index the version had.
    ///
    /// # Errors
    /// [`Error::NoSuchLayer`]; [`Error::NoSuchVersion`] for an unknown version;
    /// [`Error::Invalid`] for version 0 (it is current) or when the version's file is gone.
    pub fn rollback_layer(&mut self, name: &str, v: &str) -> Result<usize> {
        self.locked(|p| {
            let i = p.version_index(name, v)?;
            if i == 0 {
                return Err(Error::Invalid(format!(
                    "version {v} of layer '{name}' is the current one"
                )));
            }
            let e = p.entry(name)?;
            let file = e.version_file(i).unwrap_or_default().to_string();
            if !p.dir.join(&file).is_file() {
                return Err(Error::Invalid(format!(
                    "version {i} of layer '{name}': its file {file} is missing"
                )));
            }
            p.update_catalog_unlocked(|c| {
                if c.layers.get_mut(name).is_some_and(|e| e.roll_back(i)) {
                    Ok(())
                } else {
                    Err(Error::Invalid(format!("layer '{name}' has no version {i}")))
                }
            })?;
            Ok(i)
        })
    }
}

/// [`Error::NoSuchVersion`] for `v` of layer `name`, listing the versions there are.
fn no_such_version(name: &str, e: &LayerEntry, v: &str) -> Error {
    Error::NoSuchVersion {
        layer: name.to_string(),
        version: v.to_string(),
        known: e
            .files()
            .enumerate()
            .map(|(i, f)| format!("{i} ({f})"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// A new entry with provenance fields set and the rest to be filled by
/// [`Project::write_layer`].
impl LayerEntry {
    /// An entry for a new layer of `kind`, public, with empty provenance.
    #[must_use]
    pub fn new(kind: LayerKind) -> Self {
        LayerEntry {
            kind,
            file: String::new(),
            source_crs: String::new(),
            licence: String::new(),
            attribution: String::new(),
            title: None,
            description: None,
            as_of: String::new(),
            imported_at: String::new(),
            feature_count: 0,
            bbox: None,
            geometry_types: BTreeMap::new(),
            invalid_geometries: 0,
            skipped: 0,
            access: saale_privacy::Access::public(),
            tile_fields: Vec::new(),
            provenance: crate::Provenance::default(),
            fields: Vec::new(),
            sources: Vec::new(),
            report: None,
            raster: None,
            versions: Vec::new(),
            unknown: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use saale_model::{Feature, Field, FieldType, Schema, Value};

    fn points(n: i64) -> Layer {
        Layer {
            schema: Schema::from_fields([Field {
                name: "n".into(),
                ty: FieldType::Int,
            }]),
            features: (0..n)
                .map(|i| Feature {
                    #[expect(clippy::cast_precision_loss, reason = "small test values")]
                    geometry: Some(saale_model::geo_types::Point::new(i as f64, 0.0).into()),
                    values: vec![Value::Int(i)],
                })
                .collect(),
        }
    }

    fn layer_files(dir: &Path) -> usize {
        std::fs::read_dir(dir.join(LAYERS))
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "fgb"))
            .count()
    }

    #[test]
    fn a_checked_write_sees_what_another_writer_did_and_writes_nothing_when_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        // Another writer (another process, say) adds a layer after `a` read the catalog.
        let mut b = Project::open(dir.path()).unwrap();
        b.write_layer("x", &points(1), LayerEntry::new(LayerKind::Vector), false)
            .unwrap();
        assert!(!a.catalog().layers.contains_key("x"));
        let catalog = std::fs::read(dir.path().join(CATALOG)).unwrap();
        let pts = points(2);
        let r = a.write_layers_checked(
            vec![(
                "y".into(),
                &pts as &dyn Rows,
                LayerEntry::new(LayerKind::Vector),
            )],
            false,
            |c| match c.layers.contains_key("x") {
                true => Err("x was written in between".into()),
                false => Ok(()),
            },
        );
        match r {
            Err(Error::Invalid(m)) => assert_eq!(m, "x was written in between"),
            r => panic!("{r:?}"),
        }
        assert_eq!(std::fs::read(dir.path().join(CATALOG)).unwrap(), catalog);
        assert_eq!(layer_files(dir.path()), 1);
        // Accepted: written as write_layers would.
        a.write_layers_checked(
            vec![(
                "y".into(),
                &pts as &dyn Rows,
                LayerEntry::new(LayerKind::Vector),
            )],
            false,
            |_| Ok(()),
        )
        .unwrap();
        assert_eq!(a.entry("y").unwrap().feature_count, 2);
        assert!(a.catalog().layers.contains_key("x"));
    }

    /// A writer keeps its catalog when the file holds the bytes it last read or wrote (no
    /// second parse), and reads it again when anyone else changed it: another project value,
    /// a clone (which never vouches for the original), or a hand edit.
    #[test]
    fn a_writer_reads_the_catalog_again_exactly_when_its_bytes_changed() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        a.write_layer("x", &points(1), LayerEntry::new(LayerKind::Vector), false)
            .unwrap();
        let mut c = a.clone();
        a.write_layer("y", &points(2), LayerEntry::new(LayerKind::Vector), false)
            .unwrap();
        assert!(!c.catalog().layers.contains_key("y"));
        c.update_catalog(|_| Ok(())).unwrap();
        assert!(c.catalog().layers.contains_key("y"));
        // A hand edit of the file is read.
        let path = dir.path().join(CATALOG);
        let text = std::fs::read_to_string(&path).unwrap();
        let edited = text.replace("feature_count = 2", "feature_count = 7");
        assert_ne!(edited, text);
        std::fs::write(&path, edited).unwrap();
        assert_eq!(a.entry("y").unwrap().feature_count, 2);
        a.update_catalog(|_| Ok(())).unwrap();
        assert_eq!(a.entry("y").unwrap().feature_count, 7);
        // And a writer's own save is what the next reload finds: the same catalog.
        let before = a.catalog().clone();
        a.update_catalog(|_| Ok(())).unwrap();
        assert_eq!(format!("{:?}", a.catalog()), format!("{before:?}"));
    }

    #[test]
    fn rewrites_keep_the_configured_number_of_versions_and_delete_older_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut p = Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        p.update_catalog(|c| {
            c.versions.keep = 2;
            Ok(())
        })
        .unwrap();
        let mut files = Vec::new();
        for n in 1..=4 {
            p.write_layer("pts", &points(n), LayerEntry::new(LayerKind::Vector), true)
                .unwrap();
            files.push(p.entry("pts").unwrap().file.clone());
        }
        let e = p.entry("pts").unwrap();
        let kept: Vec<&str> = e.versions.iter().map(|v| v.file.as_str()).collect();
        assert_eq!(kept, vec![files[2].as_str(), files[1].as_str()]);
        assert_eq!(e.versions[0].features, 3);
        assert!(
            !dir.path().join(&files[0]).exists(),
            "the oldest file is deleted"
        );
        assert_eq!(layer_files(dir.path()), 3);
        // Garbage collection on the next write keeps the versions.
        p.write_layer(
            "other",
            &points(1),
            LayerEntry::new(LayerKind::Vector),
            false,
        )
        .unwrap();
        assert_eq!(layer_files(dir.path()), 4);
        assert_eq!(p.read_version("pts", 2).unwrap().features.len(), 2);
        // Rolling back to version 2 makes it current, the current one version 1.
        assert_eq!(p.rollback_layer("pts", "2").unwrap(), 2);
        let e = p.entry("pts").unwrap();
        assert_eq!(e.file, files[1]);
        assert_eq!(e.feature_count, 2);
        let kept: Vec<&str> = e.versions.iter().map(|v| v.file.as_str()).collect();
        assert_eq!(kept, vec![files[3].as_str(), files[2].as_str()]);
        assert_eq!(p.read_layer("pts").unwrap().features.len(), 2);
        // Removing the layer deletes its versions too.
        p.remove_layer("pts").unwrap();
        assert_eq!(layer_files(dir.path()), 1);
    }

    #[test]
    fn versions_are_named_by_index_or_file_and_unknown_ones_change_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut p = Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        p.write_layer("pts", &points(1), LayerEntry::new(LayerKind::Vector), false)
            .unwrap();
        p.write_layer("pts", &points(2), LayerEntry::new(LayerKind::Vector), true)
            .unwrap();
        let e = p.entry("pts").unwrap().clone();
        let base = e.versions[0].file.rsplit('/').next().unwrap().to_string();
        assert_eq!(p.version_index("pts", "1").unwrap(), 1);
        assert_eq!(p.version_index("pts", "current").unwrap(), 0);
        assert_eq!(p.version_index("pts", &e.versions[0].file).unwrap(), 1);
        assert_eq!(p.version_index("pts", &base).unwrap(), 1);
        assert_eq!(p.version_index("pts", &e.file).unwrap(), 0);
        let before = std::fs::read(dir.path().join(CATALOG)).unwrap();
        for bad in ["2", "x.fgb", "", "-1"] {
            let err = p.rollback_layer("pts", bad).unwrap_err();
            assert!(matches!(err, Error::NoSuchVersion { .. }), "{bad}: {err}");
        }
        assert!(matches!(
            p.rollback_layer("pts", "0").unwrap_err(),
            Error::Invalid(_)
        ));
        assert_eq!(std::fs::read(dir.path().join(CATALOG)).unwrap(), before);
        assert_eq!(p.entry("pts").unwrap(), &e);
    }

    #[test]
    fn keep_zero_keeps_no_versions() {
        let dir = tempfile::tempdir().unwrap();
        let mut p = Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        p.update_catalog(|c| {
            c.versions.keep = 0;
            Ok(())
        })
        .unwrap();
        for n in 1..=2 {
            p.write_layer("pts", &points(n), LayerEntry::new(LayerKind::Vector), true)
                .unwrap();
        }
        assert!(p.entry("pts").unwrap().versions.is_empty());
        assert_eq!(layer_files(dir.path()), 1);
    }

    #[test]
    fn unknown_keys_of_the_versions_section_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        Project::init(dir.path(), &Crs::epsg(25832), None).unwrap();
        let cat = dir.path().join(CATALOG);
        let text = std::fs::read_to_string(&cat).unwrap();
        std::fs::write(&cat, format!("{text}\n[versions]\nkeep = 3\n")).unwrap();
        assert_eq!(
            Project::open(dir.path()).unwrap().catalog().versions.keep,
            3
        );
        std::fs::write(&cat, format!("{text}\n[versions]\nkepe = 3\n")).unwrap();
        let err = Project::open(dir.path()).unwrap_err().to_string();
        assert!(err.contains("kepe"), "{err}");
    }
}
