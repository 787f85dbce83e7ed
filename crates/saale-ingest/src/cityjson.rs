//! CityJSON 1.0, 1.1 and 2.0: `Building` and `BuildingPart` objects (highest LoD geometry,
//! semantic surfaces) into `buildings3d` and `roofs` (see [`crate::building3d`]).
//!
//! A CityJSON file is one JSON object (vertices are shared by all objects), so it is read whole;
//! CityJSONSeq (`.city.jsonl`) is not read.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value as J;

use crate::building3d::{emit, Building, Kind, Surface, Unit};
use crate::dataset::{DatasetOptions, Part};
use crate::gml::{Poly3, P3};
use crate::{Error, Result};

/// Most vertices accepted in one file (absurd counts are refused before allocation).
const MAX_VERTICES: usize = 200_000_000;

pub(crate) fn read(path: &Path, opts: &DatasetOptions) -> Result<Part> {
    read_with(path, opts, false)
}

/// Read one CityJSON file; with `keep_surfaces` the part also holds every building's surfaces.
pub(crate) fn read_with(path: &Path, _opts: &DatasetOptions, keep_surfaces: bool) -> Result<Part> {
    let (bytes, hashed) = crate::dataset::read_hashed(path)?;
    let doc: J = serde_json::from_slice(&bytes).map_err(|e| {
        Error::malformed(
            path,
            format!("line {}, column {}", e.line(), e.column()),
            format!("invalid JSON: {e}"),
        )
    })?;
    let bad = |loc: &str, msg: String| Error::malformed(path, loc.to_string(), msg);
    if doc.get("type").and_then(J::as_str) != Some("CityJSON") {
        return Err(bad("top level", "\"type\" is not \"CityJSON\"".into()));
    }
    let version = doc
        .get("version")
        .and_then(J::as_str)
        .unwrap_or("")
        .to_string();
    if !matches!(version.as_str(), "1.0" | "1.1" | "2.0") {
        return Err(bad(
            "top level",
            format!("unsupported CityJSON version '{version}' (saale reads 1.0, 1.1, 2.0)"),
        ));
    }
    let (scale, translate) = match doc.get("transform") {
        Some(t) => (triple(t.get("scale")), triple(t.get("translate"))),
        None => (Some([1.0; 3]), Some([0.0; 3])),
    };
    let (Some(scale), Some(translate)) = (scale, translate) else {
        return Err(bad(
            "transform",
            "scale and translate must be 3 numbers each".into(),
        ));
    };
    let raw = doc
        .get("vertices")
        .and_then(J::as_array)
        .ok_or_else(|| bad("top level", "no \"vertices\" array".into()))?;
    if raw.len() > MAX_VERTICES {
        return Err(bad(
            "vertices",
            format!("{} vertices is more than saale accepts", raw.len()),
        ));
    }
    let mut vertices: Vec<P3> = Vec::with_capacity(raw.len());
    for (i, v) in raw.iter().enumerate() {
        let a = v.as_array().filter(|a| a.len() >= 3);
        let c = a.and_then(|a| Some([a[0].as_f64()?, a[1].as_f64()?, a[2].as_f64()?]));
        let Some(c) = c else {
            return Err(bad(
                &format!("vertex {i}"),
                "a vertex must be 3 numbers".into(),
            ));
        };
        let p = [
            c[0] * scale[0] + translate[0],
            c[1] * scale[1] + translate[1],
            c[2] * scale[2] + translate[2],
        ];
        if p.iter()
            .any(|x| !x.is_finite() || x.abs() > crate::gml::MAX_COORD)
        {
            return Err(bad(
                &format!("vertex {i}"),
                format!("absurd coordinate {p:?}"),
            ));
        }
        vertices.push(p);
    }
    let srs = doc
        .pointer("/metadata/referenceSystem")
        .and_then(J::as_str)
        .map(str::to_string);
    let objects = doc
        .get("CityObjects")
        .and_then(J::as_object)
        .ok_or_else(|| bad("top level", "no \"CityObjects\" object".into()))?;

    let mut part = Part {
        detail: format!("CityJSON {version}"),
        sha256: Some(hashed),
        surfaces: keep_surfaces.then(Vec::new),
        ..Part::default()
    };
    if let Some(s) = &srs {
        part.default_srs = Some(s.clone());
    }
    let mut parents_done: HashMap<&str, ()> = HashMap::new();
    for (id, o) in objects {
        let ty = o.get("type").and_then(J::as_str).unwrap_or("");
        part.report.read(ty);
        if ty != "Building" {
            if ty != "BuildingPart" {
                part.report.skipped(&format!("{ty}: not a building"));
            }
            continue;
        }
        let mut units = Vec::new();
        let main = unit(id, o, &vertices).map_err(|m| bad(&format!("CityObject {id}"), m))?;
        units.push(main);
        if let Some(children) = o.get("children").and_then(J::as_array) {
            for c in children.iter().filter_map(J::as_str) {
                if let Some(child) = objects.get(c) {
                    if child.get("type").and_then(J::as_str) == Some("BuildingPart") {
                        units.push(
                            unit(c, child, &vertices)
                                .map_err(|m| bad(&format!("CityObject {c}"), m))?,
                        );
                        parents_done.insert(c, ());
                    }
                }
            }
        }
        let attrs = o.get("attributes");
        let year = attrs
            .and_then(|a| {
                a.get("yearOfConstruction")
                    .or_else(|| a.get("oorspronkelijk_bouwjaar"))
            })
            .and_then(J::as_i64);
        let b = Building {
            id: id.clone(),
            alkis_id: None,
            municipality: None,
            year_built: year,
            units,
            srs: None,
            version: format!("CityJSON {version}"),
        };
        emit(&b, &mut part);
    }
    Ok(part)
}

fn triple(v: Option<&J>) -> Option<[f64; 3]> {
    let a = v?.as_array()?;
    Some([
        a.first()?.as_f64()?,
        a.get(1)?.as_f64()?,
        a.get(2)?.as_f64()?,
    ])
}

fn lod_value(g: &J) -> f64 {
    match g.get("lod") {
        Some(J::String(s)) => s.parse().unwrap_or(0.0),
        Some(J::Number(n)) => n.as_f64().unwrap_or(0.0),
        _ => 0.0,
    }
}

fn ring(r: &J, v: &[P3]) -> std::result::Result<Vec<P3>, String> {
    let idx = r
        .as_array()
        .ok_or("a ring must be an array of vertex indices")?;
    let mut out = Vec::with_capacity(idx.len() + 1);
    for i in idx {
        let k = i.as_u64().ok_or("vertex index is not a number")? as usize;
        out.push(
            *v.get(k)
                .ok_or_else(|| format!("vertex index {k} out of range"))?,
        );
    }
    if let Some(f) = out.first().copied() {
        out.push(f);
    }
    Ok(out)
}

fn surface(s: &J, v: &[P3]) -> std::result::Result<Poly3, String> {
    s.as_array()
        .ok_or("a surface must be an array of rings")?
        .iter()
        .map(|r| ring(r, v))
        .collect()
}

fn unit(id: &str, o: &J, v: &[P3]) -> std::result::Result<Unit, String> {
    let attrs = o.get("attributes");
    let num = |k: &str| attrs.and_then(|a| a.get(k)).and_then(J::as_f64);
    let mut u = Unit {
        id: id.to_string(),
        measured_height: num("measuredHeight"),
        storeys: attrs
            .and_then(|a| a.get("storeysAboveGround"))
            .and_then(J::as_i64),
        roof_type: attrs.and_then(|a| a.get("roofType")).and_then(|r| match r {
            J::Number(n) => n.as_i64(),
            J::String(s) => s.parse().ok(),
            _ => None,
        }),
        function: attrs.and_then(|a| a.get("function")).and_then(|f| {
            f.as_str()
                .map(str::to_string)
                .or_else(|| f.as_i64().map(|i| i.to_string()))
        }),
        ..Unit::default()
    };
    let geoms = o.get("geometry").and_then(J::as_array);
    let Some(g) = geoms.and_then(|gs| {
        gs.iter()
            .filter(|g| g.get("type").and_then(J::as_str) != Some("GeometryInstance"))
            .max_by(|a, b| lod_value(a).total_cmp(&lod_value(b)))
    }) else {
        return Ok(u);
    };
    u.lod = Some(lod_value(g).floor() as u8);
    let ty = g.get("type").and_then(J::as_str).unwrap_or("");
    let b = g.get("boundaries").ok_or("geometry without boundaries")?;
    let sem_surfaces = g.pointer("/semantics/surfaces").and_then(J::as_array);
    let sem_values = g.pointer("/semantics/values");
    let kind_of = |i: Option<u64>| -> Kind {
        i.and_then(|i| sem_surfaces?.get(i as usize))
            .and_then(|s| s.get("type"))
            .and_then(J::as_str)
            .map_or(Kind::Other, Kind::from_name)
    };
    // Flatten shells of (Multi/Composite)Solid and surfaces of MultiSurface with their semantics.
    let mut faces: Vec<(Poly3, Kind, Option<u64>)> = Vec::new();
    let push_shell = |shell: &J,
                      sem: Option<&J>,
                      faces: &mut Vec<(Poly3, Kind, Option<u64>)>|
     -> std::result::Result<(), String> {
        for (k, s) in shell
            .as_array()
            .ok_or("a shell must be an array")?
            .iter()
            .enumerate()
        {
            let idx = sem.and_then(|x| x.get(k)).and_then(J::as_u64);
            faces.push((surface(s, v)?, kind_of(idx), idx));
        }
        Ok(())
    };
    let is_solid = match ty {
        "MultiSurface" | "CompositeSurface" => {
            push_shell(b, sem_values, &mut faces)?;
            false
        }
        "Solid" => {
            // Only the outer shell bounds the volume.
            if let Some(shell) = b.as_array().and_then(|a| a.first()) {
                push_shell(shell, sem_values.and_then(|s| s.get(0)), &mut faces)?;
            }
            true
        }
        "MultiSolid" | "CompositeSolid" => {
            for (si, solid) in b
                .as_array()
                .ok_or("solids must be an array")?
                .iter()
                .enumerate()
            {
                if let Some(shell) = solid.as_array().and_then(|a| a.first()) {
                    let sem = sem_values.and_then(|s| s.get(si)).and_then(|s| s.get(0));
                    push_shell(shell, sem, &mut faces)?;
                }
            }
            true
        }
        other => return Err(format!("unsupported geometry type {other}")),
    };
    // One roof feature per semantic RoofSurface object (faces sharing it are one surface).
    let mut roofs: Vec<(Option<u64>, Vec<Poly3>)> = Vec::new();
    for (p, _, idx) in faces.iter().filter(|(_, k, _)| *k == Kind::Roof) {
        match roofs.iter_mut().find(|(i, _)| i.is_some() && *i == *idx) {
            Some((_, ps)) => ps.push(p.clone()),
            None => roofs.push((*idx, vec![p.clone()])),
        }
    }
    for (i, polys) in roofs {
        u.surfaces.push(Surface {
            id: i.map(|i| format!("{id}-roof-{i}")),
            kind: Kind::Roof,
            polys,
        });
    }
    for kind in [Kind::Ground, Kind::Wall, Kind::Closure, Kind::Other] {
        let polys: Vec<Poly3> = faces
            .iter()
            .filter(|(_, k, _)| *k == kind)
            .map(|(p, ..)| p.clone())
            .collect();
        if !polys.is_empty() {
            u.surfaces.push(Surface {
                id: None,
                kind,
                polys,
            });
        }
    }
    if is_solid {
        u.solid = Some(faces.into_iter().map(|(p, ..)| p).collect());
    }
    Ok(u)
}
