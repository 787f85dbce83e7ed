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
    read_with(path, opts, false)
}

/// Read one CityGML file; with `keep_surfaces` the part also holds every building's surfaces.
pub(crate) fn read_with(path: &Path, opts: &DatasetOptions, keep_surfaces: bool) -> Result<Part> {
    let size = std::fs::metadata(path).map_or(u64::MAX, |m| m.len());
    if size <= crate::dataset::IN_MEMORY {
        crate::dataset::with_file_bytes(path, |bytes, hashed| {
            let mut part = read_from(
                path,
                XmlStream::from_slice(path, bytes, 0),
                opts,
                keep_surfaces,
            )?;
            part.sha256 = Some(hashed);
            Ok(part)
        })
    } else {
        read_from(path, XmlStream::open(path)?, opts, keep_surfaces)
    }
}

fn read_from(
    path: &Path,
    mut s: XmlStream<'_>,
    opts: &DatasetOptions,
    keep_surfaces: bool,
) -> Result<Part> {
    // Not used for the building metrics: terrain intersection lines, textures, creation dates.
    s.skip = &[
        "lod1TerrainIntersection",
        "lod2TerrainIntersection",
        "lod3TerrainIntersection",
        "appearance",
        "creationDate",
    ];
    let mut part = Part {
        surfaces: keep_surfaces.then(Vec::new),
        ..Part::default()
    };
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
        srs: geometry_srs(n).map(str::to_string),
        version: format!("CityGML {version}"),
    })
}

/// The `srsName` of a building's geometry: the first one below `n` outside its addresses.
/// An address point often comes in another CRS (CityGML 3.0 deliveries of Bavaria give it in
/// `urn:ogc:def:crs:EPSG::4326`); it must not decide the CRS of the surfaces, which then fall
/// back to the model's envelope.
fn geometry_srs(n: &Node) -> Option<&str> {
    if n.name == "address" || n.name == "Address" {
        return None;
    }
    if let Some(s) = n.attr("srsName") {
        return Some(s);
    }
    n.children.iter().find_map(geometry_srs)
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A CityGML 3.0 building (Bavarian AdV profile) whose only `srsName` below the building is
    /// its address point in EPSG:4326; the surfaces are in the envelope's Gauss-Krüger zone 4.
    const ADDRESS_IN_WGS84: &str = r#"<?xml version="1.0"?>
<CityModel xmlns="http://www.opengis.net/citygml/3.0" xmlns:con="http://www.opengis.net/citygml/construction/3.0" xmlns:bldg="http://www.opengis.net/citygml/building/3.0" xmlns:gml="http://www.opengis.net/gml/3.2">
<gml:boundedBy><gml:Envelope srsName="urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH" srsDimension="3"><gml:lowerCorner>4490000 5322000 500</gml:lowerCorner><gml:upperCorner>4490010 5322010 510</gml:upperCorner></gml:Envelope></gml:boundedBy>
<cityObjectMember><bldg:Building gml:id="b1">
<boundary><con:GroundSurface><lod2MultiSurface><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>4490000 5322000 500 4490000 5322010 500 4490010 5322010 500 4490010 5322000 500 4490000 5322000 500</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></lod2MultiSurface></con:GroundSurface></boundary>
<bldg:address><Address><multiPoint><gml:MultiPoint srsName="urn:ogc:def:crs:EPSG::4326"><gml:pointMember><gml:Point><gml:pos>48.036 11.873</gml:pos></gml:Point></gml:pointMember></gml:MultiPoint></multiPoint></Address></bldg:address>
</bldg:Building></cityObjectMember>
</CityModel>"#;

    #[test]
    fn citygml3_address_point_in_wgs84_does_not_set_the_building_crs() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("by.gml");
        std::fs::write(&f, ADDRESS_IN_WGS84).unwrap();
        let opts = DatasetOptions {
            target_crs: saale_crs::Crs::epsg(25832),
            source_crs: None,
            history: false,
            arc_tolerance: 0.01,
            osm_poi_tags: Vec::new(),
            bounds: crate::BoundsCheck::default(),
        };
        let part = read(&f, &opts).unwrap();
        assert_eq!(
            part.default_srs.as_deref(),
            Some("urn:adv:crs:DE_DHDN_3GK4*DE_DHHN92_NH")
        );
        // The building names no CRS of its own, so it takes the envelope's (before the fix it
        // took the address point's EPSG:4326 and the transformation failed).
        let b = &part.layers["buildings3d"];
        assert_eq!(b.features.len(), 1);
        assert_eq!(b.srs, vec![u32::MAX], "CRS names seen: {:?}", part.srs);
    }
}
