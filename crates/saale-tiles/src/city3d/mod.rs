//! OGC 3D Tiles 1.1 of buildings: the walls and roofs of LoD1/LoD2 solids (their real roof
//! shapes) triangulated (earcut in each polygon's plane) and written as binary glTF 2.0 with
//! per-building feature ids (`EXT_mesh_features`) and the layer's attributes
//! (`EXT_structural_metadata`), in an explicit quadtree.
//!
//! Coordinates go through PROJ to geocentric EPSG:4978; heights are taken as ellipsoidal, or,
//! with [`Tileset3dOptions::geoid_egm96`], as heights above sea level to which the EGM96 geoid
//! height is added. Each content tile stores its positions relative to its centre as
//! 32-bit floats (millimetres over kilometres) and carries the centre as its `transform`;
//! bounding volumes are boxes along the geocentric axes (a region would be tighter, but
//! `py3dtiles` reads boxes only).
//!
//! Tiling: a quadtree over the buildings' centres, split while a tile holds more than
//! [`Tileset3dOptions::max_buildings`] buildings or more than
//! [`Tileset3dOptions::max_tile_bytes`] of content, at most [`MAX_LEVEL`] levels deep; only the
//! leaves have content (`refine: ADD`), and the geometric error of an inner tile is a quarter
//! of its side, that of a leaf 0.
//!
//! # Runtime
//! Transformation and triangulation run per building on all cores, tiles are encoded on all
//! cores; memory holds every building's triangles once.

mod glb;
mod mesh;

use std::path::Path;

use rayon::prelude::*;
use saale_crs::{Crs, Transformer};
use saale_model::{FieldType, Schema, Surface3, Value};
use serde_json::json;

use crate::{Error, Result};
use glb::{Prop, PropKind};
use mesh::BuildingMesh;

/// Deepest quadtree level (a tile of a 100 km extent is then 25 m wide).
pub const MAX_LEVEL: u8 = 12;

/// One building to write: its surfaces in the CRS given to [`write_tileset`] and its
/// attribute values in schema order.
#[derive(Debug, Clone)]
pub struct Building3d {
    /// Walls, roofs, ground and closure surfaces.
    pub surfaces: Vec<Surface3>,
    /// Attribute values, one per schema field.
    pub values: Vec<Value>,
}

/// How to tile.
#[derive(Debug, Clone)]
pub struct Tileset3dOptions {
    /// Most buildings in one content tile.
    pub max_buildings: usize,
    /// Largest content tile in bytes, estimated before writing (a single building larger than
    /// this gets a tile of its own).
    pub max_tile_bytes: usize,
    /// Built for the internal view: marked `"access": "internal"` in the tileset's
    /// `asset.extras.saale`, so the server serves it only there.
    pub internal: bool,
    /// The heights are above sea level (normal heights such as DHHN2016): add the EGM96
    /// geoid's height at each building ([`saale_crs::egm96_undulation`]) to make them
    /// ellipsoidal, as 3D Tiles and the globes' terrain are.
    pub geoid_egm96: bool,
}

impl Default for Tileset3dOptions {
    fn default() -> Self {
        Tileset3dOptions {
            max_buildings: 400,
            max_tile_bytes: 4 << 20,
            internal: false,
            geoid_egm96: false,
        }
    }
}

/// What was written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tileset3dReport {
    /// Buildings with triangles in the tileset.
    pub buildings: usize,
    /// Buildings left out because none of their surfaces has an area.
    pub without_triangles: usize,
    /// Polygons left out (no area, or earcut could not cut them).
    pub degenerate_polygons: usize,
    /// Triangles written.
    pub triangles: usize,
    /// Content tiles (GLB files).
    pub tiles: usize,
    /// Depth of the quadtree (0: the root holds everything).
    pub depth: u8,
    /// Bytes of all GLB files.
    pub bytes: u64,
    /// The largest GLB file in bytes.
    pub max_tile_bytes: u64,
}

/// A building after transformation and triangulation.
struct Prepared {
    mesh: BuildingMesh,
    /// Centre in the input CRS (quadtree key).
    key: [f64; 2],
    /// Geocentric bounds (min, max).
    ecef: [[f64; 3]; 2],
    /// Estimated content bytes.
    bytes: usize,
    /// Index into the input.
    index: usize,
}

fn transform_err(cause: saale_crs::Error) -> Error {
    Error::Transform {
        layer: "3D tileset".into(),
        cause,
    }
}

/// Transform and triangulate one building (`undulation` added to its heights); `None` without
/// any triangle.
fn prepare(
    t: &Transformer,
    index: usize,
    b: &Building3d,
    undulation: f64,
) -> Result<(Option<Prepared>, usize)> {
    let coords: Vec<[f64; 3]> = b
        .surfaces
        .iter()
        .flat_map(|s| s.rings.iter().flatten())
        .copied()
        .filter(|p| p.iter().all(|c| c.is_finite()))
        .collect();
    if coords.is_empty() {
        return Ok((None, 0));
    }
    let n = coords.len() as f64;
    let key = [
        coords.iter().map(|p| p[0]).sum::<f64>() / n,
        coords.iter().map(|p| p[1]).sum::<f64>() / n,
    ];
    let mut xs: Vec<f64> = coords.iter().map(|p| p[0]).collect();
    let mut ys: Vec<f64> = coords.iter().map(|p| p[1]).collect();
    let mut zs: Vec<f64> = coords.iter().map(|p| p[2] + undulation).collect();
    t.transform_coords_3d(&mut xs, &mut ys, &mut zs)
        .map_err(transform_err)?;
    // The local vertical: the geocentric direction of the building (within 0.2 degrees of the
    // ellipsoid's normal), enough to tell roofs from walls.
    let m = xs.len() as f64;
    let c = [
        xs.iter().sum::<f64>() / m,
        ys.iter().sum::<f64>() / m,
        zs.iter().sum::<f64>() / m,
    ];
    let r = (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]).sqrt().max(1.0);
    let up = [c[0] / r, c[1] / r, c[2] / r];
    // The surfaces again, now geocentric.
    let mut k = 0;
    let surfaces: Vec<Surface3> = b
        .surfaces
        .iter()
        .map(|s| Surface3 {
            kind: s.kind,
            rings: s
                .rings
                .iter()
                .map(|r| {
                    r.iter()
                        .filter(|p| p.iter().all(|c| c.is_finite()))
                        .map(|_| {
                            let q = [xs[k], ys[k], zs[k]];
                            k += 1;
                            q
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    let mesh = mesh::building_mesh(&surfaces, up);
    let degenerate = mesh.degenerate;
    let verts = mesh.roofs.positions.len() + mesh.walls.positions.len();
    if verts == 0 {
        return Ok((None, degenerate));
    }
    let mut ecef = [[f64::MAX; 3], [f64::MIN; 3]];
    for p in mesh.roofs.positions.iter().chain(&mesh.walls.positions) {
        for c in 0..3 {
            ecef[0][c] = ecef[0][c].min(p[c]);
            ecef[1][c] = ecef[1][c].max(p[c]);
        }
    }
    let idx = mesh.roofs.indices.len() + mesh.walls.indices.len();
    Ok((
        Some(Prepared {
            bytes: verts * 28 + idx * 4,
            mesh,
            key,
            ecef,
            index,
        }),
        degenerate,
    ))
}

/// The EGM96 geoid height at the first vertex of each building (0 without vertices): one
/// PROJ call for all.
fn geoid_heights(buildings: &[Building3d], crs: &Crs) -> Result<Vec<f64>> {
    let first: Vec<Option<[f64; 3]>> = buildings
        .iter()
        .map(|b| {
            b.surfaces
                .iter()
                .flat_map(|s| s.rings.iter().flatten())
                .find(|p| p.iter().all(|c| c.is_finite()))
                .copied()
        })
        .collect();
    let mut xs: Vec<f64> = first.iter().flatten().map(|p| p[0]).collect();
    let mut ys: Vec<f64> = first.iter().flatten().map(|p| p[1]).collect();
    Transformer::new(crs, &Crs::epsg(4326))
        .and_then(|t| t.transform_coords(&mut xs, &mut ys))
        .map_err(transform_err)?;
    let n = saale_crs::egm96_undulation(&xs, &ys).map_err(transform_err)?;
    let mut it = n.into_iter();
    Ok(first
        .iter()
        .map(|p| p.and_then(|_| it.next()).unwrap_or(0.0))
        .collect())
}

/// The property of each schema field: numbers, flags and text as the property table stores
/// them (integers beyond 32 bits as FLOAT64), ids made valid and unique.
fn properties(schema: &Schema, buildings: &[Building3d]) -> Vec<Prop> {
    let mut used = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (i, f) in schema.fields().iter().enumerate() {
        let kind = match f.ty {
            FieldType::Int => {
                let fits = buildings.iter().all(|b| match b.values.get(i) {
                    Some(Value::Int(v)) => i32::try_from(*v).is_ok_and(|v| v != i32::MIN),
                    _ => true,
                });
                if fits {
                    PropKind::Int32
                } else {
                    PropKind::Float64
                }
            }
            FieldType::Float => PropKind::Float64,
            FieldType::Bool => PropKind::Bool,
            FieldType::String | FieldType::Date | FieldType::DateTime => PropKind::String,
        };
        let mut id: String = f
            .name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        if !id.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            id.insert(0, '_');
        }
        let base = id.clone();
        let mut n = 1;
        while !used.insert(id.clone()) {
            n += 1;
            id = format!("{base}_{n}");
        }
        out.push(Prop {
            id,
            name: f.name.clone(),
            field: i,
            kind,
        });
    }
    out
}

/// A quadtree node under construction.
struct Node {
    level: u8,
    x: u32,
    y: u32,
    /// Side length in the input CRS's units.
    side: f64,
    children: Vec<Node>,
    /// Buildings of a leaf (indices into the prepared list).
    items: Vec<usize>,
    /// Geocentric bounds of the buildings below (min, max).
    ecef: [[f64; 3]; 2],
}

fn union(a: &mut [[f64; 3]; 2], b: &[[f64; 3]; 2]) {
    for c in 0..3 {
        a[0][c] = a[0][c].min(b[0][c]);
        a[1][c] = a[1][c].max(b[1][c]);
    }
}

#[allow(clippy::too_many_arguments)]
fn split(
    prepared: &[Prepared],
    items: Vec<usize>,
    origin: [f64; 2],
    side: f64,
    level: u8,
    x: u32,
    y: u32,
    opts: &Tileset3dOptions,
) -> Node {
    let mut ecef = [[f64::MAX; 3], [f64::MIN; 3]];
    for &i in &items {
        union(&mut ecef, &prepared[i].ecef);
    }
    let bytes: usize = items.iter().map(|&i| prepared[i].bytes).sum();
    let full = items.len() > opts.max_buildings.max(1) || bytes > opts.max_tile_bytes;
    if !full || level >= MAX_LEVEL || items.len() < 2 {
        return Node {
            level,
            x,
            y,
            side,
            children: Vec::new(),
            items,
            ecef,
        };
    }
    let half = side / 2.0;
    let mut quads: [Vec<usize>; 4] = Default::default();
    for i in items {
        let k = prepared[i].key;
        let qx = usize::from(k[0] >= origin[0] + half);
        let qy = usize::from(k[1] >= origin[1] + half);
        quads[qy * 2 + qx].push(i);
    }
    let mut children = Vec::new();
    for (q, its) in quads.into_iter().enumerate() {
        if its.is_empty() {
            continue;
        }
        let (qx, qy) = ((q % 2) as u32, (q / 2) as u32);
        let o = [
            origin[0] + f64::from(qx) * half,
            origin[1] + f64::from(qy) * half,
        ];
        children.push(split(
            prepared,
            its,
            o,
            half,
            level + 1,
            x * 2 + qx,
            y * 2 + qy,
            opts,
        ));
    }
    Node {
        level,
        x,
        y,
        side,
        children,
        items: Vec::new(),
        ecef,
    }
}

fn leaves<'a>(n: &'a Node, out: &mut Vec<&'a Node>) {
    if n.children.is_empty() {
        out.push(n);
    }
    for c in &n.children {
        leaves(c, out);
    }
}

fn uri(n: &Node) -> String {
    format!("tiles/{}/{}/{}.glb", n.level, n.x, n.y)
}

/// The centre of a content tile (whole metres, geocentric): its positions are stored relative
/// to it.
fn centre(n: &Node) -> [f64; 3] {
    let [lo, hi] = n.ecef;
    [
        ((lo[0] + hi[0]) / 2.0).round(),
        ((lo[1] + hi[1]) / 2.0).round(),
        ((lo[2] + hi[2]) / 2.0).round(),
    ]
}

/// An axis-aligned `box` bounding volume of geocentric bounds, relative to `origin` (the tile's
/// transform), half a metre larger on each side.
fn bounding_box(b: &[[f64; 3]; 2], origin: [f64; 3]) -> serde_json::Value {
    let c: Vec<f64> = (0..3)
        .map(|k| (b[0][k] + b[1][k]) / 2.0 - origin[k])
        .collect();
    let h: Vec<f64> = (0..3).map(|k| (b[1][k] - b[0][k]) / 2.0 + 0.5).collect();
    json!([c[0], c[1], c[2], h[0], 0.0, 0.0, 0.0, h[1], 0.0, 0.0, 0.0, h[2]])
}

fn tile_json(n: &Node, root: bool) -> serde_json::Value {
    let origin = if n.children.is_empty() {
        centre(n)
    } else {
        [0.0; 3]
    };
    let mut t = json!({
        "boundingVolume": {"box": bounding_box(&n.ecef, origin)},
        "geometricError": if n.children.is_empty() { 0.0 } else { n.side / 4.0 },
    });
    if root {
        t["refine"] = json!("ADD");
    }
    if n.children.is_empty() {
        let c = origin;
        t["transform"] = json!([
            1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, c[0], c[1], c[2], 1.0
        ]);
        t["content"] = json!({"uri": uri(n)});
    } else {
        t["children"] = n.children.iter().map(|c| tile_json(c, false)).collect();
    }
    t
}

fn depth(n: &Node) -> u8 {
    n.children.iter().map(depth).max().unwrap_or(n.level)
}

/// Write a 3D Tiles 1.1 tileset of `buildings` (surfaces in `crs`, attributes after `schema`)
/// into the directory `dir`: `tileset.json` and `tiles/{level}/{x}/{y}.glb`. The directory is
/// written beside it under a temporary name and then renamed into place (an existing `dir` is
/// replaced: the caller decides whether it may be).
///
/// # Errors
/// [`Error::Transform`] when PROJ cannot take the coordinates to EPSG:4978;
/// [`Error::Archive`] for write errors and when no building has a triangle.
pub fn write_tileset(
    buildings: &[Building3d],
    schema: &Schema,
    crs: &Crs,
    dir: &Path,
    opts: &Tileset3dOptions,
) -> Result<Tileset3dReport> {
    let err = |m: String| Error::Archive {
        path: dir.display().to_string(),
        message: m,
    };
    // Check the transformations once before the parallel work.
    Transformer::new(crs, &Crs::epsg(4978)).map_err(transform_err)?;
    let undulations = if opts.geoid_egm96 {
        geoid_heights(buildings, crs)?
    } else {
        vec![0.0; buildings.len()]
    };
    let results: Vec<Result<(Option<Prepared>, usize)>> = buildings
        .par_iter()
        .enumerate()
        .map_init(
            || Transformer::new(crs, &Crs::epsg(4978)),
            |t, (i, b)| match t {
                Ok(t) => prepare(t, i, b, undulations[i]),
                Err(e) => Err(Error::Archive {
                    path: dir.display().to_string(),
                    message: format!("cannot transform to EPSG:4978: {e}"),
                }),
            },
        )
        .collect();
    let mut report = Tileset3dReport::default();
    let mut prepared = Vec::new();
    for r in results {
        let (p, degenerate) = r?;
        report.degenerate_polygons += degenerate;
        match p {
            Some(p) => prepared.push(p),
            None => report.without_triangles += 1,
        }
    }
    if prepared.is_empty() {
        return Err(err(format!(
            "none of the {} buildings has a surface with an area: nothing to write",
            buildings.len()
        )));
    }
    let props = properties(schema, buildings);
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in &prepared {
        for c in 0..2 {
            lo[c] = lo[c].min(p.key[c]);
            hi[c] = hi[c].max(p.key[c]);
        }
    }
    let side = (hi[0] - lo[0]).max(hi[1] - lo[1]).max(1.0) * (1.0 + 1e-9);
    let all: Vec<usize> = (0..prepared.len()).collect();
    let root = split(&prepared, all, lo, side, 0, 0, 0, opts);
    let mut ls = Vec::new();
    leaves(&root, &mut ls);

    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| err(e.to_string()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".saale-3dtiles-")
        .tempdir_in(parent)
        .map_err(|e| err(e.to_string()))?;
    let sizes: Vec<Result<(u64, usize)>> = ls
        .par_iter()
        .map(|n| {
            let meshes: Vec<&BuildingMesh> = n.items.iter().map(|&i| &prepared[i].mesh).collect();
            let rows: Vec<&[Value]> = n
                .items
                .iter()
                .map(|&i| buildings[prepared[i].index].values.as_slice())
                .collect();
            let bytes = glb::tile_glb(&meshes, &rows, &props, centre(n))
                .map_err(|m| err(format!("{}: {m}", uri(n))))?;
            let path = tmp.path().join(uri(n));
            if let Some(d) = path.parent() {
                std::fs::create_dir_all(d).map_err(|e| err(e.to_string()))?;
            }
            std::fs::write(&path, &bytes).map_err(|e| err(format!("{}: {e}", path.display())))?;
            let tris = meshes
                .iter()
                .map(|m| m.roofs.triangle_count() + m.walls.triangle_count())
                .sum();
            Ok((bytes.len() as u64, tris))
        })
        .collect();
    for s in sizes {
        let (b, t) = s?;
        report.bytes += b;
        report.max_tile_bytes = report.max_tile_bytes.max(b);
        report.triangles += t;
    }
    report.tiles = ls.len();
    report.buildings = prepared.len();
    report.depth = depth(&root);
    let tileset = json!({
        "asset": {
            "version": "1.1",
            "generator": format!("saale {}", env!("CARGO_PKG_VERSION")),
            "extras": {"saale": {
                "access": if opts.internal { "internal" } else { "public" },
                "buildings": report.buildings,
                "heights": if opts.geoid_egm96 { "ellipsoidal (normal heights + EGM96 geoid)" } else { "as in the source" },
            }},
        },
        "geometricError": (side / 2.0).max(100.0),
        "root": tile_json(&root, true),
    });
    let text = serde_json::to_vec_pretty(&tileset).map_err(|e| err(e.to_string()))?;
    std::fs::write(tmp.path().join("tileset.json"), text).map_err(|e| err(e.to_string()))?;
    if dir.exists() {
        std::fs::remove_dir_all(dir).map_err(|e| err(e.to_string()))?;
    }
    let kept = tmp.keep();
    std::fs::rename(&kept, dir).map_err(|e| err(e.to_string()))?;
    Ok(report)
}

/// Whether the 3D tileset in `dir` was built for the internal view (read from its
/// `tileset.json`; a tileset that cannot be read counts as internal).
#[must_use]
pub fn tileset_is_internal(dir: &Path) -> bool {
    std::fs::read(dir.join("tileset.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .is_none_or(|v| v["asset"]["extras"]["saale"]["access"] != "public")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use saale_model::{Field, SurfaceKind};

    /// A 10 m x 8 m x 6 m box at (681000, 5644000) in EPSG:25832, ground at 200 m.
    fn cuboid() -> Vec<Surface3> {
        let p = |x: f64, y: f64, z: f64| [681_000.0 + x, 5_644_000.0 + y, 200.0 + z];
        let face = |kind, v: [[f64; 3]; 4]| Surface3 {
            kind,
            rings: vec![v.iter().map(|c| p(c[0], c[1], c[2])).collect()],
        };
        let (w, d, h) = (10.0, 8.0, 6.0);
        vec![
            face(
                SurfaceKind::Ground,
                [[0., 0., 0.], [0., d, 0.], [w, d, 0.], [w, 0., 0.]],
            ),
            face(
                SurfaceKind::Roof,
                [[0., 0., h], [w, 0., h], [w, d, h], [0., d, h]],
            ),
            face(
                SurfaceKind::Wall,
                [[0., 0., 0.], [w, 0., 0.], [w, 0., h], [0., 0., h]],
            ),
            face(
                SurfaceKind::Wall,
                [[0., d, 0.], [0., d, h], [w, d, h], [w, d, 0.]],
            ),
            face(
                SurfaceKind::Wall,
                [[0., 0., 0.], [0., 0., h], [0., d, h], [0., d, 0.]],
            ),
            face(
                SurfaceKind::Wall,
                [[w, 0., 0.], [w, d, 0.], [w, d, h], [w, 0., h]],
            ),
        ]
    }

    fn glb_json(bytes: &[u8]) -> serde_json::Value {
        assert_eq!(&bytes[..4], b"glTF");
        let n = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
        serde_json::from_slice(&bytes[20..20 + n]).unwrap()
    }

    /// Regression: a text field without any value in a tile gave a buffer view of length 0,
    /// which glTF forbids (gltf-validator: VALUE_NOT_IN_RANGE); it is now left out.
    #[test]
    fn a_box_building_with_an_empty_text_field() {
        let field = |name: &str, ty| Field {
            name: name.into(),
            ty,
        };
        let schema = Schema::from_fields([
            field("gml_id", FieldType::String),
            field("name", FieldType::String),
            field("measured_height", FieldType::Float),
        ]);
        let b = Building3d {
            surfaces: cuboid(),
            values: vec![Value::String("b1".into()), Value::Null, Value::Float(6.0)],
        };
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("ts");
        let r = write_tileset(
            &[b],
            &schema,
            &Crs::epsg(25832),
            &dir,
            &Tileset3dOptions::default(),
        )
        .unwrap();
        assert_eq!((r.buildings, r.tiles, r.triangles), (1, 1, 12));
        let ts: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("tileset.json")).unwrap()).unwrap();
        assert_eq!(ts["asset"]["version"], "1.1");
        let uri = ts["root"]["content"]["uri"].as_str().unwrap();
        let g = glb_json(&std::fs::read(dir.join(uri)).unwrap());
        for v in g["bufferViews"].as_array().unwrap() {
            assert!(v["byteLength"].as_u64().unwrap() > 0, "{v}");
        }
        let table = &g["extensions"]["EXT_structural_metadata"]["propertyTables"][0];
        assert_eq!(table["count"], 1);
        assert!(table["properties"].get("name").is_none());
        assert!(table["properties"].get("gml_id").is_some());
        // The box's extent survives: the POSITION bounds of roof and walls span 6 m in height
        // along the local vertical, whichever way the frame is turned: the diagonal is
        // sqrt(10² + 8² + 6²).
        let mut lo = [f64::MAX; 3];
        let mut hi = [f64::MIN; 3];
        for p in g["meshes"][0]["primitives"].as_array().unwrap() {
            let a = &g["accessors"][p["attributes"]["POSITION"].as_u64().unwrap() as usize];
            for k in 0..3 {
                lo[k] = lo[k].min(a["min"][k].as_f64().unwrap());
                hi[k] = hi[k].max(a["max"][k].as_f64().unwrap());
            }
        }
        let diag: f64 = (0..3).map(|k| (hi[k] - lo[k]).powi(2)).sum::<f64>().sqrt();
        assert!(diag >= 200f64.sqrt() - 1e-3, "{diag}");
    }
}
