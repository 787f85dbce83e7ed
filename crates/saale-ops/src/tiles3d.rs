//! `tiles 3d`: an OGC 3D Tiles 1.1 tileset of a LoD1/LoD2 building layer, through the gate.
//!
//! The layer keeps footprints and attributes; the walls and roofs come from the CityGML or
//! CityJSON files it was imported from (recorded in the catalog with their SHA-256), read
//! again with the import's own reader and matched to the layer's features by `gml_id`. Only
//! the buildings the view may see in the layer are written, with the attributes it may see.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use saale_crs::{Crs, Transformer};
use saale_privacy::View;
use saale_store::Project;
use saale_tiles::city3d::{Building3d, Tileset3dOptions};

use crate::gate;
use crate::outcome::{Outcome, Written};
use crate::{Error, Result};

/// What to write.
#[derive(Debug, Clone)]
pub struct Tiles3dParams {
    /// The building layer (`buildings3d` of a CityGML or CityJSON import).
    pub layer: String,
    /// Target directory (`tileset.json` and `tiles/`).
    pub to: PathBuf,
    /// The view the tileset is for (internal: internal layers and fields; the tileset is then
    /// marked internal and served only to the internal view).
    pub view: View,
    /// Replace an existing tileset directory.
    pub replace: bool,
    /// Most buildings in one content tile.
    pub max_buildings: usize,
    /// Largest content tile in bytes (estimated).
    pub max_tile_bytes: usize,
    /// How heights become the ellipsoidal heights 3D Tiles place.
    pub heights: Heights,
}

/// How the source's heights become ellipsoidal heights.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heights {
    /// EGM96 when the source CRS names a vertical datum of heights above sea level (the AdV
    /// compound CRSs with DHHN92/DHHN2016, `EPSG:25832+7837`), else as they are.
    Auto,
    /// Add the EGM96 geoid height (heights above sea level).
    Egm96,
    /// Take them as ellipsoidal heights.
    Ellipsoidal,
}

/// The field that links the layer's buildings to the source's.
const ID_FIELD: &str = "gml_id";

/// Write the 3D tileset of a building layer, recorded as an output (so `saale refresh` writes
/// it again when the layer changes).
///
/// # Errors
/// [`Error::FileExists`] without `replace`; [`Error::Withheld`]; [`Error::Invalid`] when the
/// layer has no `gml_id`, no building sources, or a source changed since the import; reader,
/// transformation and write errors.
pub fn build(p: &mut Project, a: &Tiles3dParams) -> Result<Outcome> {
    if a.to.exists() {
        if !a.replace {
            return Err(Error::FileExists { path: a.to.clone() });
        }
        if a.to.is_dir() && !a.to.join("tileset.json").is_file() {
            return Err(Error::file(
                &a.to,
                "exists and holds no tileset.json: refusing to replace a directory that is not a 3D tileset",
            ));
        }
    }
    let e = p.entry(&a.layer)?;
    let released = gate::release_layer(p, &a.layer, a.view, "a 3D tileset")?;
    gate::log_release(
        p,
        &a.layer,
        &e.access,
        &released,
        a.view,
        "3D tiles with ",
        &a.to,
    )?;
    let layer = released.layer;
    let id_field = layer.schema.index_of(ID_FIELD).ok_or_else(|| {
        Error::Invalid(format!(
            "layer '{}' has no field '{ID_FIELD}': a 3D tileset is made from the buildings3d layer of a CityGML or CityJSON import",
            a.layer
        ))
    })?;
    // An id may occur more than once (generated or merged deliveries): the candidates with
    // their extents, so that each source building goes to the feature whose footprint holds it.
    let mut by_id: HashMap<&str, Vec<(usize, saale_model::Bbox)>> = HashMap::new();
    for (i, f) in layer.features.iter().enumerate() {
        if let saale_model::Value::String(s) = f.value(id_field) {
            let b = f
                .geometry
                .as_ref()
                .map_or_else(saale_model::Bbox::empty, saale_model::Bbox::of);
            by_id.entry(s).or_default().push((i, b));
        }
    }
    if e.sources.is_empty() {
        return Err(Error::Invalid(format!(
            "layer '{}' records no source files to read the 3D surfaces from",
            a.layer
        )));
    }
    let fallback = Crs::parse(e.source_crs.split(',').next().unwrap_or("").trim()).ok();
    let working = p.crs().clone();
    let mut surfaces: Vec<Option<Vec<saale_model::Surface3>>> = vec![None; layer.features.len()];
    let mut not_in_layer = 0usize;
    let mut unmatched = 0usize;
    let mut transformers: HashMap<String, Transformer> = HashMap::new();
    let mut vertical: Option<String> = fallback
        .as_ref()
        .and_then(|c| c.vertical().map(str::to_string));
    for s in &e.sources {
        let path = Path::new(&s.path);
        let file = saale_ingest::building_surfaces(path).map_err(|err| match err {
            saale_ingest::Error::Io { .. } => Error::Invalid(format!(
                "{}: the source of layer '{}' cannot be read ({err}); the 3D surfaces are read from the imported files",
                s.path, a.layer
            )),
            other => other.into(),
        })?;
        let sha = match file.sha256 {
            Some(h) => h,
            None => saale_store::sha256_file(path)?.0,
        };
        if sha != s.sha256 {
            return Err(Error::Invalid(format!(
                "{}: changed since layer '{}' was imported; run `saale refresh` first",
                s.path, a.layer
            )));
        }
        for b in file.buildings {
            let Some(candidates) = by_id.get(b.id.as_str()) else {
                not_in_layer += 1;
                continue;
            };
            let srs = b.srs.as_deref().or(file.default_srs.as_deref());
            let from = match srs.map(Crs::parse) {
                Some(Ok(c)) => c,
                Some(Err(err)) => return Err(err.into()),
                None => fallback.clone().ok_or_else(|| {
                    Error::Invalid(format!(
                        "{}: building {} names no CRS and the layer records none",
                        s.path, b.id
                    ))
                })?,
            };
            if vertical.is_none() {
                vertical = from.vertical().map(str::to_string);
            }
            let key = from.to_string();
            if !transformers.contains_key(&key) {
                transformers.insert(key.clone(), Transformer::new(&from, &working)?);
            }
            let t = &transformers[&key];
            let mut out = b.surfaces;
            // One PROJ call per building.
            let mut xs: Vec<f64> = Vec::new();
            let mut ys: Vec<f64> = Vec::new();
            for q in out.iter().flat_map(|sf| sf.rings.iter().flatten()) {
                xs.push(q[0]);
                ys.push(q[1]);
            }
            t.transform_coords(&mut xs, &mut ys)?;
            for (k, q) in out
                .iter_mut()
                .flat_map(|sf| sf.rings.iter_mut().flatten())
                .enumerate()
            {
                q[0] = xs[k];
                q[1] = ys[k];
            }
            let Some(i) = pick(candidates, &xs, &ys, &surfaces) else {
                unmatched += 1;
                continue;
            };
            surfaces[i].get_or_insert_with(Vec::new).extend(out);
        }
    }
    let mut missing = 0usize;
    let mut buildings = Vec::new();
    for (f, s) in layer.features.iter().zip(surfaces) {
        match s {
            Some(surfaces) => buildings.push(Building3d {
                surfaces,
                values: f.values.clone(),
            }),
            None => missing += 1,
        }
    }
    let opts = Tileset3dOptions {
        max_buildings: a.max_buildings,
        max_tile_bytes: a.max_tile_bytes,
        internal: a.view == View::Internal,
        geoid_egm96: match a.heights {
            Heights::Auto => vertical.is_some(),
            Heights::Egm96 => true,
            Heights::Ellipsoidal => false,
        },
    };
    let report =
        saale_tiles::city3d::write_tileset(&buildings, &layer.schema, &working, &a.to, &opts)?;
    share_dir(&a.to)?;
    crate::outputs::record(p, &a.to, &crate::outputs::OutputStep::of_tiles3d(a))?;
    let mut o = Outcome::new(
        "tiles-3d",
        Written::File {
            path: a.to.join("tileset.json"),
            crs: Some("EPSG:4978".into()),
        },
        report.buildings,
    );
    if opts.geoid_egm96 {
        o.warnings.push(format!(
            "heights above sea level{} made ellipsoidal with the EGM96 geoid (within decimetres of GCG2016)",
            vertical.map(|v| format!(" ({v})")).unwrap_or_default()
        ));
    }
    o.figures
        .insert("geoid_egm96".into(), f64::from(u8::from(opts.geoid_egm96)));
    for (k, v) in [
        ("buildings", report.buildings),
        ("tiles", report.tiles),
        ("triangles", report.triangles),
        ("depth", usize::from(report.depth)),
        ("bytes", report.bytes as usize),
        ("max_tile_bytes", report.max_tile_bytes as usize),
        ("without_surfaces", missing),
        ("without_triangles", report.without_triangles),
        ("degenerate_polygons", report.degenerate_polygons),
    ] {
        o.figures.insert(k.into(), v as f64);
    }
    if missing > 0 {
        o.warnings.push(format!(
            "{missing} buildings of layer '{}' have no surfaces in its source files and are left out",
            a.layer
        ));
    }
    if report.without_triangles > 0 {
        o.warnings.push(format!(
            "{} buildings are left out: none of their surfaces has an area",
            report.without_triangles
        ));
    }
    if report.degenerate_polygons > 0 {
        o.warnings.push(format!(
            "{} polygons without area (collinear or repeated vertices) are left out",
            report.degenerate_polygons
        ));
    }
    // Buildings of the sources the layer does not hold (skipped on import): not written.
    o.figures.insert("not_in_layer".into(), not_in_layer as f64);
    if unmatched > 0 {
        o.warnings.push(format!(
            "{unmatched} buildings of the source files share their gml_id with buildings elsewhere and lie in none of their footprints: left out"
        ));
    }
    Ok(o)
}

/// The layer feature a source building (its vertices `xs`, `ys` in the working CRS) belongs
/// to among the features with its id: the only one, else the first whose footprint extent
/// (grown by a metre) holds the building's centre, preferring one that has no surfaces yet.
fn pick(
    candidates: &[(usize, saale_model::Bbox)],
    xs: &[f64],
    ys: &[f64],
    taken: &[Option<Vec<saale_model::Surface3>>],
) -> Option<usize> {
    if let [(i, _)] = candidates {
        return Some(*i);
    }
    if xs.is_empty() {
        return None;
    }
    let n = xs.len() as f64;
    let (cx, cy) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let holds = |b: &saale_model::Bbox| {
        b.min_x - 1.0 <= cx && cx <= b.max_x + 1.0 && b.min_y - 1.0 <= cy && cy <= b.max_y + 1.0
    };
    let mut fits = candidates.iter().filter(|(_, b)| holds(b)).map(|(i, _)| *i);
    let first = fits.clone().next();
    fits.find(|&i| taken[i].is_none()).or(first)
}

/// Make the written tileset readable by a server running as another user.
fn share_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| Error::file(dir, e))?;
    }
    Ok(())
}
