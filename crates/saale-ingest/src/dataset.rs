//! City formats that yield several typed layers from one delivery: ALKIS NAS, XPlanGML,
//! CityGML, CityJSON, OpenStreetMap and the Zensus grid. [`read_dataset`] detects the family by
//! content, reads files in parallel, reprojects to the working CRS and merges per layer.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use saale_crs::Crs;
use saale_model::{DatasetReport, Feature, FieldType, Geometry, Layer, Schema, Value};

use crate::read::{check_bounds, merge_layers, transform_all, BoundsCheck, Extents};
use crate::{Error, Progress, Result, SourceInfo};

/// A family of city formats with typed output layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Family {
    /// ALKIS NAS (GeoInfoDok 6.0/7.1), full deliveries and NBA updates.
    Nas,
    /// XPlanGML 4.x, 5.x, 6.x zoning plans.
    XPlan,
    /// CityGML 1.0/2.0/3.0 buildings.
    CityGml,
    /// CityJSON 1.x/2.0 buildings.
    CityJson,
    /// OpenStreetMap XML or PBF.
    Osm,
    /// Zensus grid CSV (EPSG:3035 cells).
    Zensus,
}

impl Family {
    /// Human-readable name, as stored in the catalog.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Family::Nas => "ALKIS NAS",
            Family::XPlan => "XPlanGML",
            Family::CityGml => "CityGML",
            Family::CityJson => "CityJSON",
            Family::Osm => "OpenStreetMap",
            Family::Zensus => "Zensus grid CSV",
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Detect a city-format family from a file's first bytes; `None` for everyday formats.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read.
pub fn detect_family(path: &Path) -> Result<Option<Family>> {
    let head = crate::xml::head(path, 8192)?;
    let bytes = head.as_bytes();
    if bytes.len() > 8 && bytes[4..].windows(9).take(40).any(|w| w == b"OSMHeader") {
        return Ok(Some(Family::Osm));
    }
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('<') {
        if head.contains("adv-online.de/namespaces/adv/gid") {
            return Ok(Some(Family::Nas));
        }
        if head.contains("xplanung.de/xplangml") || head.contains("<xplan:XPlanAuszug") {
            return Ok(Some(Family::XPlan));
        }
        if head.contains("opengis.net/citygml") || head.contains("CityModel") {
            return Ok(Some(Family::CityGml));
        }
        if head.contains("<osm") {
            return Ok(Some(Family::Osm));
        }
        return Ok(None);
    }
    if t.starts_with('{') {
        let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.contains("\"type\":\"CityJSON\"") || compact.contains("\"CityObjects\":") {
            return Ok(Some(Family::CityJson));
        }
        return Ok(None);
    }
    let first_line = t.lines().next().unwrap_or("").to_ascii_lowercase();
    if first_line.contains("gitter_id_") {
        return Ok(Some(Family::Zensus));
    }
    Ok(None)
}

/// Options for reading city formats.
#[derive(Debug, Clone)]
pub struct DatasetOptions {
    /// The project's working CRS.
    pub target_crs: Crs,
    /// Overrides the CRS the files declare.
    pub source_crs: Option<Crs>,
    /// NAS: keep historic object versions (with `endet`), not only current ones.
    pub history: bool,
    /// Maximum deviation of linearised arcs, in metres (default 0.01).
    pub arc_tolerance: f64,
    /// OSM: POI tag filter (`key` or `key=value`); empty means the default list.
    pub osm_poi_tags: Vec<String>,
    /// Whether coordinates must lie inside the source CRS's area of use.
    pub bounds: BoundsCheck,
}

impl DatasetOptions {
    /// Defaults: current objects only, 1 cm arc tolerance, default POI tags.
    #[must_use]
    pub fn new(target_crs: Crs) -> Self {
        Self {
            target_crs,
            source_crs: None,
            history: false,
            arc_tolerance: 0.01,
            osm_poi_tags: Vec::new(),
            bounds: BoundsCheck::AreaOfUse,
        }
    }
}

/// One output layer of a delivery.
#[derive(Debug, Clone)]
pub struct DatasetLayer {
    /// Default layer name (`parcels`, `buildings3d`, ...); the caller may add a prefix.
    pub name: String,
    /// Features in the working CRS.
    pub layer: Layer,
    /// Personal data: the layer must be marked internal (never exported or served publicly).
    pub internal: bool,
}

/// What [`read_dataset`] returns.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The detected family.
    pub family: Family,
    /// Output layers in a stable order.
    pub layers: Vec<DatasetLayer>,
    /// The import report.
    pub report: DatasetReport,
    /// Per source file.
    pub sources: Vec<SourceInfo>,
    /// NAS update (NBA): the operations on existing objects (`wfsext:Replace`, `wfs:Update`,
    /// `wfs:Delete`), in the order of the files and, within a file, of the delivery.
    pub changes: Vec<ObjectChange>,
    /// NAS update (NBA): per file that has one, its `portionskennung` (in file order).
    pub headers: Vec<(PathBuf, DeliveryHeader)>,
    /// True when the delivery is an update (NBA) to apply to existing layers.
    pub is_update: bool,
}

/// What an operation of a NAS update does to an existing object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// `wfsext:Replace`: a new version replaces the current one (the new version is among the
    /// delivery's layers).
    Replace,
    /// `wfs:Update`: properties of the current version change; `endet` and `anlass` end it.
    Update,
    /// `wfs:Delete`: the object leaves the data.
    Delete,
}

impl ChangeKind {
    /// The element name (`wfs:Delete`, ...).
    #[must_use]
    pub fn element(self) -> &'static str {
        match self {
            ChangeKind::Replace => "wfsext:Replace",
            ChangeKind::Update => "wfs:Update",
            ChangeKind::Delete => "wfs:Delete",
        }
    }
}

/// One operation of a NAS update (NBA) on an existing object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectChange {
    /// Replace, update or delete.
    pub kind: ChangeKind,
    /// The object id the operation names (the 16-character ALKIS id, in filters usually
    /// followed by the version's time stamp); Replace: the id of the new version.
    pub id: String,
    /// The object type (`AX_Gebaeude`), when the delivery says.
    pub type_name: Option<String>,
    /// When the current version ends: Replace: the new version's `beginnt`; Update: the
    /// `endet` it sets; Delete: none (the delivery's date applies).
    pub endet: Option<String>,
    /// Why (`AA_Anlassart` code): Replace: the new version's `anlass`; Update: the `anlass`
    /// it sets.
    pub anlass: Option<String>,
    /// Update: properties it sets other than `endet` and `anlass` (not applied; reported).
    pub other: Vec<String>,
    /// Replace: the id its filter names (`fes:ResourceId rid`: the replaced version), when
    /// the delivery gives one.
    pub filter: Option<String>,
}

impl ObjectChange {
    /// The id of the object the operation changes: the filter's for a replace that has one,
    /// else the named id.
    #[must_use]
    pub fn target(&self) -> &str {
        self.filter.as_deref().unwrap_or(&self.id)
    }
}

/// The header of an NBA delivery (`portionskennung/AX_Portionskennung`): whose delivery it
/// is, its date and its place in a delivery of several portions. The date orders the
/// deliveries of one profile.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryHeader {
    /// `profilkennung`: the user profile the delivery was made for.
    pub profilkennung: Option<String>,
    /// `datum`: when the delivery was made (RFC 3339, `2024-02-01T00:00:00Z`).
    pub datum: Option<String>,
    /// `laufendeNummerVonGesamtzahl`: the number of this portion.
    pub portion: Option<u32>,
    /// `gesamtzahl`: how many portions the delivery has.
    pub portions: Option<u32>,
}

/// A layer under construction in one file's reader.
#[derive(Debug, Default)]
pub(crate) struct LayerBuf {
    pub schema: Schema,
    pub features: Vec<Feature>,
    /// Per feature: index into [`Part::srs`] (`u32::MAX`: the file's default CRS).
    pub srs: Vec<u32>,
    pub internal: bool,
}

impl LayerBuf {
    /// A layer with a fixed schema.
    pub fn with_fields(fields: &[(&str, FieldType)]) -> Self {
        let mut schema = Schema::new();
        for (n, t) in fields {
            schema.observe(n, Some(*t));
        }
        Self {
            schema,
            ..Self::default()
        }
    }

    /// Add a feature whose values follow the schema order.
    pub fn push(&mut self, geometry: Option<Geometry<f64>>, values: Vec<Value>, srs: u32) {
        self.features.push(Feature { geometry, values });
        self.srs.push(srs);
    }

    /// Add a feature with named values, extending the schema as needed.
    pub fn push_named(
        &mut self,
        geometry: Option<Geometry<f64>>,
        named: Vec<(String, Value)>,
        srs: u32,
    ) {
        let mut values = vec![Value::Null; self.schema.len()];
        for (k, v) in named {
            let i = self.schema.observe(&k, v.field_type());
            if i >= values.len() {
                values.resize(i + 1, Value::Null);
            }
            values[i] = v;
        }
        self.push(geometry, values, srs);
    }
}

/// What one file's reader produces.
#[derive(Debug, Default)]
pub(crate) struct Part {
    pub layers: BTreeMap<String, LayerBuf>,
    /// CRS names seen in the file (`srsName`s).
    pub srs: Vec<String>,
    /// CRS of features that name none (the file's default).
    pub default_srs: Option<String>,
    pub report: DatasetReport,
    pub changes: Vec<ObjectChange>,
    pub header: Option<DeliveryHeader>,
    /// The filter id of a `wfsext:Replace` read before its object.
    pub pending_filter: Option<String>,
    pub is_update: bool,
    /// Format detail for the catalog (`NAS GID 7.1`).
    pub detail: String,
    /// SHA-256 (hex) and size of the file, when hashed while reading.
    pub sha256: Option<(String, u64)>,
    /// Building readers: the 3D surfaces of every building, when asked for
    /// ([`crate::building_surfaces`]).
    pub surfaces: Option<Vec<saale_model::BuildingSurfaces>>,
}

/// SHA-256 of bytes as lower-case hex.
pub(crate) fn sha256_hex(h: sha2::Sha256) -> String {
    use sha2::Digest;
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Read a whole file (for formats read in memory) with its SHA-256.
pub(crate) fn read_hashed(path: &Path) -> Result<(Vec<u8>, (String, u64))> {
    let mut bytes = Vec::new();
    let h = read_hashed_into(path, &mut bytes)?;
    Ok((bytes, h))
}

/// Read chunk: hashed while it is still in the cache.
const READ_CHUNK: u64 = 1 << 20;

/// Read a whole file into `buf` (cleared first; its capacity is reused) with its SHA-256,
/// hashing each chunk as it arrives.
pub(crate) fn read_hashed_into(path: &Path, buf: &mut Vec<u8>) -> Result<(String, u64)> {
    use sha2::Digest;
    use std::io::Read;
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let size = f.metadata().map_or(0, |m| m.len());
    buf.clear();
    buf.reserve(usize::try_from(size).unwrap_or(0).min(IN_MEMORY as usize));
    let mut h = sha2::Sha256::new();
    loop {
        let start = buf.len();
        let n = (&mut f)
            .take(READ_CHUNK)
            .read_to_end(buf)
            .map_err(|e| Error::io(path, e))?;
        h.update(&buf[start..]);
        if n == 0 {
            break;
        }
    }
    Ok((sha256_hex(h), buf.len() as u64))
}

/// Largest read buffer a thread keeps for its next file ([`with_file_bytes`]).
const KEEP_BUFFER: usize = 64 << 20;

/// Call `f` with the bytes of `path` and their SHA-256 and size, read into a buffer the thread
/// keeps for its next file: a delivery of many tiles then touches fresh memory (page faults,
/// zeroed pages) once per thread instead of once per file.
pub(crate) fn with_file_bytes<T>(
    path: &Path,
    f: impl FnOnce(&[u8], (String, u64)) -> Result<T>,
) -> Result<T> {
    thread_local! {
        static BUF: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut buf = BUF.with(|b| std::mem::take(&mut *b.borrow_mut()));
    let out = read_hashed_into(path, &mut buf).and_then(|h| f(&buf, h));
    if buf.capacity() <= KEEP_BUFFER {
        buf.clear();
        BUF.with(|b| *b.borrow_mut() = buf);
    }
    out
}

/// Files up to this size are parsed in memory (borrowed XML events); larger ones are streamed.
pub(crate) const IN_MEMORY: u64 = 256 << 20;

impl Part {
    /// Index of a CRS name, adding it when new.
    pub fn srs_id(&mut self, name: Option<&str>) -> u32 {
        let Some(name) = name else {
            return u32::MAX;
        };
        if let Some(i) = self.srs.iter().position(|s| s == name) {
            return i as u32;
        }
        if self.default_srs.is_none() {
            self.default_srs = Some(name.to_string());
        }
        self.srs.push(name.to_string());
        (self.srs.len() - 1) as u32
    }

    /// Append another part (of the same file) to this one: layers, CRS names, report, deletes.
    pub fn absorb(&mut self, other: Part) {
        let remap: Vec<u32> = other.srs.iter().map(|s| self.srs_id(Some(s))).collect();
        if self.default_srs.is_none() {
            self.default_srs = other.default_srs;
        }
        self.report.merge(&other.report);
        self.changes.extend(other.changes);
        if self.header.is_none() {
            self.header = other.header;
        }
        self.is_update |= other.is_update;
        for (name, buf) in other.layers {
            let srs: Vec<u32> = buf
                .srs
                .iter()
                .map(|&k| remap.get(k as usize).copied().unwrap_or(u32::MAX))
                .collect();
            match self.layers.get_mut(&name) {
                None => {
                    self.layers.insert(name, LayerBuf { srs, ..buf });
                }
                Some(dst) => {
                    dst.internal |= buf.internal;
                    let same = dst.schema.fields() == buf.schema.fields();
                    for (f, k) in buf.features.into_iter().zip(srs) {
                        if same {
                            dst.features.push(f);
                            dst.srs.push(k);
                        } else {
                            let named = buf
                                .schema
                                .fields()
                                .iter()
                                .zip(f.values)
                                .map(|(fl, v)| (fl.name.clone(), v))
                                .collect();
                            dst.push_named(f.geometry, named, k);
                        }
                    }
                }
            }
        }
    }

    /// The layer `name`, created with `fields` on first use.
    pub fn layer(&mut self, name: &str, fields: &[(&str, FieldType)]) -> &mut LayerBuf {
        self.layers
            .entry(name.to_string())
            .or_insert_with(|| LayerBuf::with_fields(fields))
    }
}

/// Read city-format files of one family into typed layers in the working CRS.
///
/// # Errors
/// The first reader error, naming the file and line or object; mixed families are refused.
pub fn read_dataset(
    paths: &[PathBuf],
    opts: &DatasetOptions,
    progress: &dyn Progress,
) -> Result<Dataset> {
    let mut family = None;
    for p in paths {
        let f = detect_family(p)?.ok_or_else(|| Error::UnknownFormat {
            path: p.clone(),
            reason: "not a NAS, XPlanGML, CityGML, CityJSON, OSM or Zensus file".into(),
        })?;
        match family {
            None => family = Some(f),
            Some(g) if g != f => {
                return Err(Error::UnknownFormat {
                    path: p.clone(),
                    reason: format!("is {f}, but the other files are {g}; import them separately"),
                })
            }
            _ => {}
        }
    }
    let Some(family) = family else {
        return Err(Error::UnknownFormat {
            path: PathBuf::new(),
            reason: "no files given".into(),
        });
    };
    let parts: Vec<(PathBuf, Part)> = paths
        .par_iter()
        .map(|p| {
            let part = match family {
                Family::Nas => crate::nas::read(p, opts),
                Family::XPlan => crate::xplan::read(p, opts),
                Family::CityGml => crate::citygml::read(p, opts),
                Family::CityJson => crate::cityjson::read(p, opts),
                Family::Osm => crate::osm::read(p, opts),
                Family::Zensus => crate::zensus::read(p, opts),
            };
            progress.advance(std::fs::metadata(p).map_or(0, |m| m.len()));
            part.map(|x| (p.clone(), x))
        })
        .collect::<Result<_>>()?;
    assemble(family, parts, opts)
}

/// The dataset of the parts read from its files: CRSs resolved, features checked against
/// the areas of use and transformed to the target CRS, layers merged over the files.
pub(crate) fn assemble(
    family: Family,
    parts: Vec<(PathBuf, Part)>,
    opts: &DatasetOptions,
) -> Result<Dataset> {
    // A file of a delivery that names no CRS takes the one CRS the other files agree on.
    let declared: std::collections::BTreeSet<&str> = parts
        .iter()
        .filter_map(|(_, p)| p.default_srs.as_deref())
        .collect();
    let shared = (declared.len() == 1 && opts.source_crs.is_none())
        .then(|| declared.iter().next().map(|s| (*s).to_string()))
        .flatten();
    let mut parts = parts;
    for (_, p) in &mut parts {
        let has_geom = p
            .layers
            .values()
            .any(|l| l.features.iter().any(|f| f.geometry.is_some()));
        if p.default_srs.is_none() && has_geom {
            if let Some(s) = &shared {
                p.default_srs = Some(s.clone());
                p.report.repaired(
                    "file without srsName: CRS taken from the other files of the delivery",
                );
            }
        }
    }
    let mut report = DatasetReport::default();
    let mut sources = Vec::new();
    let mut changes = Vec::new();
    let mut headers = Vec::new();
    let mut is_update = false;
    let mut per_layer: BTreeMap<String, (Vec<Layer>, bool)> = BTreeMap::new();
    // The tiles of a delivery name the same CRS: each name is parsed, and each CRS's area of
    // use computed, once per delivery (both go through PROJ).
    let mut crs_names = CrsNames::default();
    let extents = Extents::default();
    for (path, mut part) in parts {
        // Places within a file are named with the file in the delivery's report.
        let file = path.display().to_string();
        for places in part.report.places.values_mut() {
            for p in places.iter_mut() {
                *p = format!("{file}: {p}");
            }
        }
        report.merge(&part.report);
        changes.append(&mut part.changes);
        if let Some(h) = part.header.take() {
            headers.push((path.clone(), h));
        }
        is_update |= part.is_update;
        let mut count = 0u64;
        let default = match (&opts.source_crs, &part.default_srs) {
            (Some(c), _) => Some(c.clone()),
            (None, Some(s)) => Some(crs_names.parse(&path, s)?),
            (None, None) => None,
        };
        let crs_table: Vec<Crs> = match &opts.source_crs {
            Some(c) => part.srs.iter().map(|_| c.clone()).collect(),
            None => part
                .srs
                .iter()
                .map(|s| crs_names.parse(&path, s))
                .collect::<Result<_>>()?,
        };
        for c in default.iter().chain(&crs_table) {
            if let Some(n) = c.note() {
                report.note(&format!("{file}: {n}"));
            }
        }
        for (name, buf) in part.layers {
            count += buf.features.len() as u64;
            let (layer, notes) = to_target(
                &path,
                buf.schema,
                buf.features,
                &buf.srs,
                &crs_table,
                default.as_ref(),
                &extents,
                opts,
            )?;
            for n in notes {
                report.note(&format!("{file}: {n}"));
            }
            let e = per_layer.entry(name).or_insert_with(|| (Vec::new(), false));
            e.0.push(layer);
            e.1 |= buf.internal;
        }
        sources.push(SourceInfo {
            path: path.clone(),
            format: part.detail.clone(),
            crs: default,
            features: count,
            sha256: part.sha256.clone(),
        });
    }
    let mut layers = Vec::new();
    for (name, (parts, internal)) in per_layer {
        let layer = merge_layers(parts);
        report
            .written
            .insert(name.clone(), layer.features.len() as u64);
        layers.push(DatasetLayer {
            name,
            layer,
            internal,
        });
    }
    if family == Family::Nas {
        crate::nas::link_addresses(&mut layers);
    }
    Ok(Dataset {
        family,
        layers,
        report,
        sources,
        changes,
        headers,
        is_update,
    })
}

/// CRS names (`srsName`s) parsed so far in one delivery.
#[derive(Default)]
struct CrsNames(BTreeMap<String, Crs>);

impl CrsNames {
    /// The CRS of `name`, parsed on first use; an error names `path`, the first file that
    /// gives the name.
    fn parse(&mut self, path: &Path, name: &str) -> Result<Crs> {
        if let Some(c) = self.0.get(name) {
            return Ok(c.clone());
        }
        let c = Crs::parse(name).map_err(|e| Error::crs(path, String::new(), e))?;
        self.0.insert(name.to_string(), c.clone());
        Ok(c)
    }
}

/// Transform features grouped by their CRS into the target CRS (the per-delivery CRS table
/// and extents are passed in, computed once for all layers of the delivery).
#[allow(clippy::too_many_arguments)]
fn to_target(
    path: &Path,
    schema: Schema,
    mut features: Vec<Feature>,
    srs: &[u32],
    table: &[Crs],
    default: Option<&Crs>,
    extents: &Extents,
    opts: &DatasetOptions,
) -> Result<(Layer, Vec<String>)> {
    let mut notes = Vec::new();
    let (target, bounds) = (&opts.target_crs, opts.bounds);
    let has_geom = features.iter().any(|f| f.geometry.is_some());
    if has_geom {
        let distinct: std::collections::BTreeSet<u32> = srs.iter().copied().collect();
        let resolve = |k: u32| -> Option<&Crs> {
            if k == u32::MAX {
                default
            } else {
                table.get(k as usize)
            }
        };
        if distinct.len() == 1 {
            let k = *distinct.iter().next().unwrap_or(&u32::MAX);
            let crs = resolve(k).ok_or_else(|| no_crs(path))?;
            notes.extend(check_bounds(
                path,
                &mut features,
                crs,
                extents,
                bounds,
                &|i| i,
            )?);
            transform_all(path, &mut features, crs, target)?;
        } else {
            for k in distinct {
                let crs = resolve(k).ok_or_else(|| no_crs(path))?;
                let idx: Vec<usize> = (0..features.len()).filter(|&i| srs[i] == k).collect();
                let mut group: Vec<Feature> = idx
                    .iter()
                    .map(|&i| std::mem::replace(&mut features[i], empty()))
                    .collect();
                notes.extend(check_bounds(
                    path,
                    &mut group,
                    crs,
                    extents,
                    bounds,
                    &|i| idx[i],
                )?);
                transform_all(path, &mut group, crs, target)?;
                for (i, f) in idx.into_iter().zip(group) {
                    features[i] = f;
                }
            }
        }
    }
    Ok((Layer { schema, features }, notes))
}

fn empty() -> Feature {
    Feature {
        geometry: None,
        values: Vec::new(),
    }
}

fn no_crs(path: &Path) -> Error {
    Error::crs(
        path,
        String::new(),
        saale_crs::Error::UnknownCrs {
            name: String::new(),
            reason: "the file declares no CRS (srsName); give it with --source-crs".into(),
        },
    )
}

/// Text value or null.
pub(crate) fn text(s: Option<&str>) -> Value {
    match s {
        Some(t) if !t.is_empty() => Value::String(t.to_string().into()),
        _ => Value::Null,
    }
}

/// Integer value or null (unparseable text is null).
pub(crate) fn int(s: Option<&str>) -> Value {
    s.and_then(|t| t.trim().parse::<i64>().ok())
        .map_or(Value::Null, Value::Int)
}

/// Float value or null.
pub(crate) fn float(s: Option<&str>) -> Value {
    s.and_then(|t| t.trim().replace(',', ".").parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .map_or(Value::Null, Value::Float)
}

/// Float value or null from an option.
pub(crate) fn fval(v: Option<f64>) -> Value {
    v.filter(|x| x.is_finite())
        .map_or(Value::Null, Value::Float)
}

/// The 3D surfaces of the buildings in one CityGML or CityJSON file, as read (not
/// transformed): what the 3D outputs triangulate.
#[derive(Debug, Clone, Default)]
pub struct FileSurfaces {
    /// Every building the file has, in file order, with its own `srsName` when it names one.
    pub buildings: Vec<saale_model::BuildingSurfaces>,
    /// The CRS of buildings that name none (the model's envelope or the file's metadata).
    pub default_srs: Option<String>,
    /// SHA-256 (hex) of the file's bytes, when it was read in memory.
    pub sha256: Option<String>,
}

/// Read the walls, roofs and other surfaces of every building of a CityGML or CityJSON file
/// (the same reader as the import, so the buildings and their ids are the layer's).
///
/// # Errors
/// [`Error::UnknownFormat`] for files of other families; the readers' errors, naming the file
/// and line or object.
pub fn building_surfaces(path: &Path) -> Result<FileSurfaces> {
    let opts = DatasetOptions {
        target_crs: Crs::epsg(25832),
        source_crs: None,
        history: false,
        arc_tolerance: 0.01,
        osm_poi_tags: Vec::new(),
        bounds: BoundsCheck::default(),
    };
    let part = match detect_family(path)? {
        Some(Family::CityGml) => crate::citygml::read_with(path, &opts, true)?,
        Some(Family::CityJson) => crate::cityjson::read_with(path, &opts, true)?,
        _ => {
            return Err(Error::UnknownFormat {
                path: path.to_path_buf(),
                reason: "3D surfaces are read from CityGML and CityJSON files only".into(),
            })
        }
    };
    Ok(FileSurfaces {
        buildings: part.surfaces.unwrap_or_default(),
        default_srs: part.default_srs,
        sha256: part.sha256.map(|(h, _)| h),
    })
}
