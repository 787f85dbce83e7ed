//! One tile's content: a binary glTF 2.0 (GLB) built with `gltf-json`, with per-building feature
//! ids (`EXT_mesh_features`) and the buildings' attributes as a property table
//! (`EXT_structural_metadata`). The GLB container (a 12-byte header and two chunks) is written
//! here: `gltf-json` has the JSON model only, and the `gltf` crate's writer would bring its
//! importer along for twenty lines.

use gltf_json as json;
use json::validation::{Checked::Valid, USize64};
use saale_model::Value;
use serde_json::{json as j, Map, Value as J};

use super::mesh::{BuildingMesh, Triangles};

/// How a layer field is stored in the property table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PropKind {
    /// Integers that fit in 32 bits (`noData`: `i32::MIN`).
    Int32,
    /// Numbers (`noData`: [`FLOAT_NO_DATA`]).
    Float64,
    /// 0/1 (`noData`: 255).
    Bool,
    /// Text (`noData`: the empty string).
    String,
}

/// The no-data value of numeric properties.
pub(crate) const FLOAT_NO_DATA: f64 = -9999.0;

/// One property of the `building` class.
#[derive(Debug, Clone)]
pub(crate) struct Prop {
    /// Property id (`[A-Za-z_][A-Za-z0-9_]*`).
    pub id: String,
    /// The layer field's name.
    pub name: String,
    /// Index of the field in the rows.
    pub field: usize,
    /// Storage.
    pub kind: PropKind,
}

/// The `EXT_structural_metadata` schema of the tileset's buildings.
pub(crate) fn schema_json(props: &[Prop]) -> J {
    let mut p = Map::new();
    for x in props {
        let v = match x.kind {
            PropKind::Int32 => {
                j!({"name": x.name, "type": "SCALAR", "componentType": "INT32", "noData": i32::MIN})
            }
            PropKind::Float64 => {
                j!({"name": x.name, "type": "SCALAR", "componentType": "FLOAT64", "noData": FLOAT_NO_DATA})
            }
            PropKind::Bool => {
                j!({"name": x.name, "type": "SCALAR", "componentType": "UINT8", "noData": 255})
            }
            PropKind::String => j!({"name": x.name, "type": "STRING", "noData": ""}),
        };
        p.insert(x.id.clone(), v);
    }
    j!({
        "id": "saale_buildings",
        "classes": {"building": {"name": "Gebäude", "properties": p}}
    })
}

/// The binary chunk under construction and the glTF root that describes it.
struct Builder {
    root: json::Root,
    bin: Vec<u8>,
}

impl Builder {
    /// A buffer view of `bytes`, aligned to 8 bytes (property tables need 8).
    fn view(&mut self, bytes: &[u8], target: Option<json::buffer::Target>) -> u32 {
        while !self.bin.len().is_multiple_of(8) {
            self.bin.push(0);
        }
        let offset = self.bin.len();
        self.bin.extend_from_slice(bytes);
        let idx = self.root.push(json::buffer::View {
            buffer: json::Index::new(0),
            byte_length: USize64::from(bytes.len()),
            byte_offset: Some(USize64::from(offset)),
            byte_stride: None,
            target: target.map(Valid),
            extensions: None,
            extras: Default::default(),
        });
        idx.value() as u32
    }

    #[allow(clippy::too_many_arguments)]
    fn accessor(
        &mut self,
        bytes: &[u8],
        count: usize,
        ct: json::accessor::ComponentType,
        ty: json::accessor::Type,
        target: json::buffer::Target,
        min: Option<J>,
        max: Option<J>,
    ) -> json::Index<json::Accessor> {
        let view = self.view(bytes, Some(target));
        self.root.push(json::Accessor {
            buffer_view: Some(json::Index::new(view)),
            byte_offset: None,
            count: USize64::from(count),
            component_type: Valid(json::accessor::GenericComponentType(ct)),
            extensions: None,
            extras: Default::default(),
            type_: Valid(ty),
            min,
            max,
            normalized: false,
            sparse: None,
        })
    }
}

fn f32s(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// One primitive of the tile's triangles of one material, feature ids from `ids`.
fn primitive(
    b: &mut Builder,
    groups: &[(&Triangles, u32)],
    center: [f64; 3],
    material: u32,
    feature_count: usize,
) -> Option<json::mesh::Primitive> {
    use json::accessor::{ComponentType as C, Type as T};
    use json::buffer::Target::{ArrayBuffer, ElementArrayBuffer};
    let n: usize = groups.iter().map(|(t, _)| t.positions.len()).sum();
    if n == 0 {
        return None;
    }
    let mut pos = Vec::with_capacity(n * 3);
    let mut nor = Vec::with_capacity(n * 3);
    let mut fid = Vec::with_capacity(n);
    let mut idx: Vec<u32> = Vec::new();
    let (mut lo, mut hi) = ([f32::MAX; 3], [f32::MIN; 3]);
    for (t, id) in groups {
        let base = (pos.len() / 3) as u32;
        for (p, q) in t.positions.iter().zip(&t.normals) {
            // glTF is y-up; 3D Tiles turns it z-up: store (x, z, -y) of the offset.
            let d = [p[0] - center[0], p[1] - center[1], p[2] - center[2]];
            let g = [d[0] as f32, d[2] as f32, -d[1] as f32];
            for k in 0..3 {
                lo[k] = lo[k].min(g[k]);
                hi[k] = hi[k].max(g[k]);
            }
            pos.extend_from_slice(&g);
            let m = [q[0] as f32, q[2] as f32, -q[1] as f32];
            let len = (m[0] * m[0] + m[1] * m[1] + m[2] * m[2]).sqrt();
            nor.extend(m.iter().map(|c| c / len));
            fid.push(*id as f32);
        }
        idx.extend(t.indices.iter().map(|i| i + base));
    }
    let pa = b.accessor(
        &f32s(&pos),
        n,
        C::F32,
        T::Vec3,
        ArrayBuffer,
        Some(j!(lo)),
        Some(j!(hi)),
    );
    let na = b.accessor(&f32s(&nor), n, C::F32, T::Vec3, ArrayBuffer, None, None);
    let fa = b.accessor(&f32s(&fid), n, C::F32, T::Scalar, ArrayBuffer, None, None);
    let ib: Vec<u8> = idx.iter().flat_map(|x| x.to_le_bytes()).collect();
    let ia = b.accessor(
        &ib,
        idx.len(),
        C::U32,
        T::Scalar,
        ElementArrayBuffer,
        None,
        None,
    );
    let mut attributes = std::collections::BTreeMap::new();
    attributes.insert(Valid(json::mesh::Semantic::Positions), pa);
    attributes.insert(Valid(json::mesh::Semantic::Normals), na);
    attributes.insert(
        Valid(json::mesh::Semantic::Extras("FEATURE_ID_0".into())),
        fa,
    );
    let mut ext = json::extensions::mesh::Primitive::default();
    ext.others.insert(
        "EXT_mesh_features".into(),
        j!({"featureIds": [{"featureCount": feature_count, "attribute": 0, "propertyTable": 0}]}),
    );
    Some(json::mesh::Primitive {
        attributes,
        extensions: Some(ext),
        extras: Default::default(),
        indices: Some(ia),
        material: Some(json::Index::new(material)),
        mode: Valid(json::mesh::Mode::Triangles),
        targets: None,
    })
}

fn material(rgb: [f32; 3]) -> json::Material {
    json::Material {
        double_sided: true,
        pbr_metallic_roughness: json::material::PbrMetallicRoughness {
            base_color_factor: json::material::PbrBaseColorFactor([rgb[0], rgb[1], rgb[2], 1.0]),
            metallic_factor: json::material::StrengthFactor(0.0),
            roughness_factor: json::material::StrengthFactor(1.0),
            ..Default::default()
        },
        extras: Default::default(),
        ..Default::default()
    }
}

/// The property table of the tile's buildings (`rows`, in feature-id order).
fn property_table(b: &mut Builder, props: &[Prop], rows: &[&[Value]]) -> J {
    let mut out = Map::new();
    for p in props {
        let get = |r: &&[Value]| r.get(p.field).unwrap_or(&Value::Null).clone();
        let v = match p.kind {
            PropKind::Int32 => {
                let bytes: Vec<u8> = rows
                    .iter()
                    .map(|r| match get(r) {
                        Value::Int(i) => i32::try_from(i).unwrap_or(i32::MIN),
                        Value::Bool(x) => i32::from(x),
                        _ => i32::MIN,
                    })
                    .flat_map(i32::to_le_bytes)
                    .collect();
                j!({"values": b.view(&bytes, None)})
            }
            PropKind::Float64 => {
                let bytes: Vec<u8> = rows
                    .iter()
                    .map(|r| match get(r) {
                        Value::Float(f) if f.is_finite() => f,
                        Value::Int(i) => i as f64,
                        _ => FLOAT_NO_DATA,
                    })
                    .flat_map(f64::to_le_bytes)
                    .collect();
                j!({"values": b.view(&bytes, None)})
            }
            PropKind::Bool => {
                let bytes: Vec<u8> = rows
                    .iter()
                    .map(|r| match get(r) {
                        Value::Bool(x) => u8::from(x),
                        _ => 255,
                    })
                    .collect();
                j!({"values": b.view(&bytes, None)})
            }
            PropKind::String => {
                let mut text = Vec::new();
                let mut offsets: Vec<u32> = vec![0];
                for r in rows {
                    match get(r) {
                        Value::Null => {}
                        Value::String(s) => text.extend_from_slice(s.as_bytes()),
                        other => text.extend_from_slice(other.to_string().as_bytes()),
                    }
                    offsets.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
                }
                if text.is_empty() {
                    // No value in this tile: a property that is not required may be left out
                    // of the table (and a buffer view cannot be empty).
                    continue;
                }
                let ob: Vec<u8> = offsets.iter().flat_map(|x| x.to_le_bytes()).collect();
                let values = b.view(&text, None);
                let so = b.view(&ob, None);
                j!({"values": values, "stringOffsets": so, "stringOffsetType": "UINT32"})
            }
        };
        out.insert(p.id.clone(), v);
    }
    j!({"name": "buildings", "class": "building", "count": rows.len(), "properties": out})
}

/// The GLB of one tile: `meshes[i]` is feature `i` with the attributes `rows[i]`; positions are
/// stored relative to `center` (geocentric, the tile's `transform`).
///
/// # Errors
/// When the glTF JSON cannot be serialised or the content exceeds GLB's 4 GB.
pub(crate) fn tile_glb(
    meshes: &[&BuildingMesh],
    rows: &[&[Value]],
    props: &[Prop],
    center: [f64; 3],
) -> Result<Vec<u8>, String> {
    let mut b = Builder {
        root: json::Root {
            asset: json::Asset {
                generator: Some(format!("saale {}", env!("CARGO_PKG_VERSION"))),
                ..Default::default()
            },
            ..Default::default()
        },
        bin: Vec::new(),
    };
    b.root.push(material([0.62, 0.30, 0.24]));
    b.root.push(material([0.88, 0.85, 0.79]));
    let ids = |f: &dyn Fn(&BuildingMesh) -> &Triangles| -> Vec<(&Triangles, u32)> {
        meshes
            .iter()
            .enumerate()
            .map(|(i, m)| (f(m), i as u32))
            .collect()
    };
    let roofs = ids(&|m| &m.roofs);
    let walls = ids(&|m| &m.walls);
    let mut primitives = Vec::new();
    primitives.extend(primitive(&mut b, &roofs, center, 0, meshes.len()));
    primitives.extend(primitive(&mut b, &walls, center, 1, meshes.len()));
    let table = property_table(&mut b, props, rows);
    let mesh = b.root.push(json::Mesh {
        extensions: None,
        extras: Default::default(),
        primitives,
        weights: None,
    });
    let node = b.root.push(json::Node {
        mesh: Some(mesh),
        ..Default::default()
    });
    let scene = b.root.push(json::Scene {
        extensions: None,
        extras: Default::default(),
        nodes: vec![node],
    });
    b.root.scene = Some(scene);
    while !b.bin.len().is_multiple_of(4) {
        b.bin.push(0);
    }
    b.root.push(json::Buffer {
        byte_length: USize64::from(b.bin.len()),
        uri: None,
        extensions: None,
        extras: Default::default(),
    });
    let mut ext = json::extensions::root::Root::default();
    ext.others.insert(
        "EXT_structural_metadata".into(),
        j!({"schema": schema_json(props), "propertyTables": [table]}),
    );
    b.root.extensions = Some(ext);
    b.root.extensions_used = vec!["EXT_mesh_features".into(), "EXT_structural_metadata".into()];
    let mut text = b.root.to_vec().map_err(|e| e.to_string())?;
    while !text.len().is_multiple_of(4) {
        text.push(b' ');
    }
    let total = 12 + 8 + text.len() + 8 + b.bin.len();
    let len = |n: usize| u32::try_from(n).map_err(|_| "tile content over 4 GB".to_string());
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(b"glTF");
    out.extend_from_slice(&2u32.to_le_bytes());
    out.extend_from_slice(&len(total)?.to_le_bytes());
    out.extend_from_slice(&len(text.len())?.to_le_bytes());
    out.extend_from_slice(b"JSON");
    out.extend_from_slice(&text);
    out.extend_from_slice(&len(b.bin.len())?.to_le_bytes());
    out.extend_from_slice(b"BIN\0");
    out.extend_from_slice(&b.bin);
    Ok(out)
}
