//! CityGML 1.0, 2.0 and 3.0 buildings (LoD1, LoD2; `Building` with `BuildingPart`s), streamed one
//! building at a time, into `buildings3d` and `roofs` (see [`crate::building3d`]).

use std::path::Path;

use crate::building3d::{emit, Building, Kind, Surface, Unit};
use crate::dataset::{DatasetOptions, Part};
use crate::gml::{self, GmlOpts, IdIndex};
use crate::xml::{Action, Node, StartInfo, XmlStream};
use crate::{Error, Result};

fn classify(i: &StartInfo<'_>) -> Action {
    if i.name == "Building" && i.ns.contains("citygml") {
        return Action::Capture;
    }
    // The model's envelope gives the default CRS.
    if i.name == "boundedBy" && i.ancestors.len() == 1 {
        return Action::Capture;
    }
    Action::Descend
}

fn version_of(ns: &str) -> Option<&str> {
    // http://www.opengis.net/citygml/building/2.0
    let v = ns.rsplit('/').next()?;
    matches!(v, "1.0" | "2.0" | "3.0").then_some(v)
}

/// Read one CityGML file.
pub(crate) fn read(path: &Path, opts: &DatasetOptions) -> Result<Part> {
    let size = std::fs::metadata(path).map_or(u64::MAX, |m| m.len());
    let mut hashed = None;
    let bytes;
    let mut s = if size <= crate::dataset::IN_MEMORY {
        let (b, h) = crate::dataset::read_hashed(path)?;
        bytes = b;
        hashed = Some(h);
        XmlStream::from_slice(path, &bytes, 0)
    } else {
        XmlStream::open(path)?
    };
    // Not used for the building metrics: terrain intersection lines, textures, creation dates.
    s.skip = &[
        "lod1TerrainIntersection",
        "lod2TerrainIntersection",
        "lod3TerrainIntersection",
        "appearance",
        "creationDate",
    ];
    let mut part = Part::default();
    let mut version = String::new();
    let mut cls = classify;
    while let Some(c) = s.next(&mut cls)? {
        let n = c.node;
        if n.name == "boundedBy" {
            if let Some(srs) = gml::srs_name(&n) {
                if part.default_srs.is_none() {
                    part.default_srs = Some(srs.to_string());
                }
            }
            continue;
        }
        let Some(v) = version_of(&n.ns) else {
            return Err(Error::malformed(
                path,
                crate::xml::line_col(path, n.offset),
                format!(
                    "unknown CityGML namespace '{}'; saale reads CityGML 1.0, 2.0 and 3.0",
                    n.ns
                ),
            ));
        };
        if version.is_empty() {
            version = v.to_string();
        }
        part.report.read(&format!("bldg:Building (CityGML {v})"));
        let go = GmlOpts {
            default_dim: 3,
            arc_tolerance: opts.arc_tolerance,
        };
        match building(&n, v, &go) {
            Ok(b) => emit(&b, &mut part),
            Err(m) => {
                // One broken building does not stop the tile: skip it, counted by reason, with
                // where it is.
                part.report.skipped_at(
                    &format!("building with unreadable geometry: {m}"),
                    format!(
                        "{}, Building gml:id {}",
                        crate::xml::line_col(path, n.offset),
                        n.id().unwrap_or("?")
                    ),
                );
            }
        }
    }
    part.detail = format!("CityGML {version}");
    part.sha256 = hashed;
    Ok(part)
}

/// Children of `n`, not descending into nested building parts.
fn own_nodes<'a>(n: &'a Node, out: &mut Vec<&'a Node>) {
    for c in &n.children {
        if c.name == "BuildingPart"
            || c.name == "consistsOfBuildingPart"
            || c.name == "buildingPart"
        {
            continue;
        }
        out.push(c);
        own_nodes(c, out);
    }
}

fn parts<'a>(n: &'a Node, out: &mut Vec<&'a Node>) {
    for c in &n.children {
        if c.name == "BuildingPart" {
            out.push(c);
        }
        parts(c, out);
    }
}

fn building(n: &Node, version: &str, go: &GmlOpts) -> std::result::Result<Building, String> {
    let ids = gml::id_index(n);
    let mut units_nodes = vec![n];
    parts(n, &mut units_nodes);
    let mut units = Vec::new();
    for u in units_nodes {
        units.push(unit(u, go, &ids)?);
    }
    let mut alkis = None;
    let mut municipality = None;
    let mut own = Vec::new();
    own_nodes(n, &mut own);
    for c in &own {
        if c.name == "externalReference" {
            if let Some(name) = c.text_at(&["externalObject", "name"]) {
                alkis.get_or_insert_with(|| name.to_string());
            }
        }
        if c.name == "stringAttribute" && c.attr("name") == Some("Gemeindeschluessel") {
            municipality = c.text_at(&["value"]).map(str::to_string);
        }
    }
    Ok(Building {
        id: n.id().unwrap_or("").to_string(),
        alkis_id: alkis,
        municipality,
        year_built: n
            .text_at(&["yearOfConstruction"])
            .and_then(|y| y.get(..4))
            .and_then(|y| y.parse().ok()),
        units,
        srs: gml::srs_name(n).map(str::to_string),
        version: format!("CityGML {version}"),
    })
}

fn unit(n: &Node, go: &GmlOpts, ids: &IdIndex<'_>) -> std::result::Result<Unit, String> {
    let mut own = Vec::new();
    own_nodes(n, &mut own);
    let mut u = Unit {
        id: n.id().unwrap_or("").to_string(),
        ..Unit::default()
    };
    let mut best_solid: Option<(u8, &Node)> = None;
    for c in &own {
        let name = c.name.as_str();
        match name {
            "RoofSurface"
            | "GroundSurface"
            | "WallSurface"
            | "ClosureSurface"
            | "OuterCeilingSurface"
            | "OuterFloorSurface" => {
                let mut polys = Vec::new();
                for g in c.children.iter().filter(|g| g.name.starts_with("lod")) {
                    if let Some(l) = lod_of(&g.name) {
                        u.lod = Some(u.lod.map_or(l, |x| x.max(l)));
                    }
                    for geom in gml::member_geometries(g, ids)? {
                        gml::surfaces(geom, go, ids, &mut polys)?;
                    }
                }
                u.surfaces.push(Surface {
                    id: c.id().map(str::to_string),
                    kind: Kind::from_name(name),
                    polys,
                });
            }
            "measuredHeight" => u.measured_height = c.text.trim().parse().ok(),
            "storeysAboveGround" => u.storeys = c.text.trim().parse().ok(),
            "roofType" => u.roof_type = c.text.trim().parse().ok(),
            "function" if u.function.is_none() => u.function = Some(c.text.clone()),
            "Height" if u.measured_height.is_none() => {
                u.measured_height = c.text_at(&["value"]).and_then(|v| v.trim().parse().ok());
            }
            _ if name.ends_with("Solid") && name.starts_with("lod") => {
                let l = lod_of(name).unwrap_or(0);
                if best_solid.is_none_or(|(b, _)| l > b) {
                    best_solid = Some((l, c));
                }
            }
            _ => {}
        }
    }
    if let Some((l, s)) = best_solid {
        let mut faces = Vec::new();
        for g in gml::member_geometries(s, ids)? {
            gml::surfaces(g, go, ids, &mut faces)?;
        }
        if !faces.is_empty() {
            u.solid = Some(faces);
            u.lod = Some(u.lod.map_or(l, |x| x.max(l)));
        }
    }
    Ok(u)
}

fn lod_of(name: &str) -> Option<u8> {
    name.strip_prefix("lod")?
        .chars()
        .next()?
        .to_digit(10)
        .map(|d| d as u8)
}
