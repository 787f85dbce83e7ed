//! OpenStreetMap XML (API 0.6) and PBF: `pois` (points; polygons by a point inside, the polygon
//! kept in `poi_areas`), `osm_buildings` (with levels and height), multipolygon relations
//! assembled from their ways, `streets` (highway ways split at junctions, with the attributes
//! a routing graph needs), and for a basemap `water` (rivers, streams and canals as lines,
//! lakes, ponds and riverbanks as polygons) and `places` (`place=*` nodes, areas by a point
//! inside, with their names).
//!
//! Ways need their nodes' coordinates, so node coordinates are held in memory (16 bytes per node
//! plus map overhead: a city extract of a few million nodes fits easily).

use std::collections::HashMap;
use std::path::Path;

use geo::{Contains, InteriorPoint};
use saale_model::geo_types::{Coord, LineString, MultiPolygon, Point, Polygon};
use saale_model::{FieldType as T, Geometry, Value};

use crate::dataset::{fval, text, DatasetOptions, Part};
use crate::xml::{Action, StartInfo, XmlStream};
use crate::{Error, Result};

/// Default POI filter.
pub const DEFAULT_POI_TAGS: [&str; 8] = [
    "amenity",
    "shop",
    "healthcare",
    "public_transport",
    "highway=bus_stop",
    "railway=tram_stop",
    "leisure",
    "tourism",
];

pub(crate) type Tags = Vec<(String, String)>;
/// A relation member: type (`n`, `w`, `r`), id, role.
pub(crate) type Member = (char, i64, String);

/// The raw data of an extract: node coordinates (lon, lat), tagged nodes, ways, relations.
#[derive(Default, Debug, Clone, PartialEq)]
pub(crate) struct OsmData {
    pub coords: HashMap<i64, (f64, f64)>,
    pub tagged_nodes: Vec<(i64, Tags)>,
    pub ways: Vec<(i64, Vec<i64>, Tags)>,
    pub relations: Vec<(i64, Vec<Member>, Tags)>,
}

fn tag<'a>(t: &'a Tags, k: &str) -> Option<&'a str> {
    t.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
}

const POI_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("category", T::String),
    ("kind", T::String),
    ("name", T::String),
    ("operator", T::String),
    ("wheelchair", T::String),
    ("opening_hours", T::String),
    ("addr_street", T::String),
    ("addr_housenumber", T::String),
    ("from_area", T::Bool),
    ("tags", T::String),
];

const AREA_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("category", T::String),
    ("kind", T::String),
    ("name", T::String),
    ("tags", T::String),
];

const BUILDING_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("building", T::String),
    ("levels", T::Int),
    ("height", T::Float),
    ("name", T::String),
    ("addr_street", T::String),
    ("addr_housenumber", T::String),
    ("tags", T::String),
];

const PLACE_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("place", T::String),
    ("name", T::String),
    ("population", T::Int),
];

const WATER_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("kind", T::String),
    ("name", T::String),
];

/// Waterways drawn as lines.
const WATER_LINES: [&str; 5] = ["river", "stream", "canal", "ditch", "drain"];

/// The water class of an area (`natural=water`, `waterway=riverbank`/`dock`,
/// `landuse=reservoir`/`basin`), or `None`.
fn water_area_kind(t: &Tags) -> Option<&str> {
    if tag(t, "natural") == Some("water") {
        return Some(tag(t, "water").unwrap_or("water"));
    }
    if let Some(w) = tag(t, "waterway").filter(|w| matches!(*w, "riverbank" | "dock")) {
        return Some(w);
    }
    tag(t, "landuse").filter(|l| matches!(*l, "reservoir" | "basin"))
}

fn place_values(id: String, t: &Tags, place: &str) -> Vec<Value> {
    vec![
        Value::String(id.into()),
        Value::String(place.to_string().into()),
        text(tag(t, "name")),
        tag(t, "population")
            .and_then(|p| p.trim().replace(['.', ' '], "").parse::<i64>().ok())
            .map_or(Value::Null, Value::Int),
    ]
}

fn water_values(id: String, t: &Tags, kind: &str) -> Vec<Value> {
    vec![
        Value::String(id.into()),
        Value::String(kind.to_string().into()),
        text(tag(t, "name")),
    ]
}

const STREET_FIELDS: &[(&str, T)] = &[
    ("osm_id", T::String),
    ("highway", T::String),
    ("name", T::String),
    ("from_node", T::Int),
    ("to_node", T::Int),
    ("length_m", T::Float),
    ("oneway", T::String),
    ("foot", T::String),
    ("access", T::String),
    ("surface", T::String),
    ("maxspeed", T::String),
    ("walkable", T::Bool),
];

/// Read one OSM file (XML or PBF, by content).
pub(crate) fn read(path: &Path, opts: &DatasetOptions) -> Result<Part> {
    let (data, is_xml) = read_raw(path)?;
    Ok(part_from(
        &data,
        opts,
        if is_xml { "OSM XML" } else { "OSM PBF" },
    ))
}

/// The raw data of one OSM file (XML or PBF, by content), and whether it is XML.
pub(crate) fn read_raw(path: &Path) -> Result<(OsmData, bool)> {
    let head = crate::xml::head(path, 64)?;
    let is_xml = head
        .trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<');
    let data = if is_xml {
        read_xml(path)?
    } else {
        read_pbf_guarded(path)?
    };
    Ok((data, is_xml))
}

/// The layers of raw OSM data (the part of one file, in EPSG:4326).
pub(crate) fn part_from(data: &OsmData, opts: &DatasetOptions, detail: &str) -> Part {
    let filter: Vec<(String, Option<String>)> = if opts.osm_poi_tags.is_empty() {
        DEFAULT_POI_TAGS.iter().map(|s| parse_filter(s)).collect()
    } else {
        opts.osm_poi_tags.iter().map(|s| parse_filter(s)).collect()
    };
    let mut part = Part {
        detail: detail.into(),
        default_srs: Some("EPSG:4326".into()),
        ..Part::default()
    };
    build(data, &filter, &mut part);
    part
}

fn parse_filter(s: &str) -> (String, Option<String>) {
    match s.split_once('=') {
        Some((k, v)) => (k.trim().to_string(), Some(v.trim().to_string())),
        None => (s.trim().to_string(), None),
    }
}

fn read_xml(path: &Path) -> Result<OsmData> {
    let mut s = XmlStream::open(path)?;
    let mut d = OsmData::default();
    let mut cls = |i: &StartInfo<'_>| {
        if matches!(i.name, "node" | "way" | "relation") && i.ancestors.len() == 1 {
            Action::Capture
        } else {
            Action::Descend
        }
    };
    let mut root_checked = false;
    while let Some(c) = s.next(&mut cls)? {
        if !root_checked {
            if s.root.as_ref().map(|r| r.1.as_str()) != Some("osm") {
                return Err(Error::UnknownFormat {
                    path: path.to_path_buf(),
                    reason: "the root element is not <osm>".into(),
                });
            }
            root_checked = true;
        }
        let n = c.node;
        let bad = |m: String| Error::malformed(path, crate::xml::line_col(path, n.offset), m);
        let id: i64 = n
            .attr("id")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| bad(format!("<{}> without a numeric id", n.name)))?;
        let tags: Tags = n
            .children_named("tag")
            .filter_map(|t| Some((t.attr("k")?.to_string(), t.attr("v")?.to_string())))
            .collect();
        match n.name.as_str() {
            "node" => {
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
                d.coords.insert(id, (lon, lat));
                if !tags.is_empty() {
                    d.tagged_nodes.push((id, tags));
                }
            }
            "way" => {
                let refs = n
                    .children_named("nd")
                    .filter_map(|x| x.attr("ref")?.parse().ok())
                    .collect();
                d.ways.push((id, refs, tags));
            }
            _ => {
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
                d.relations.push((id, members, tags));
            }
        }
    }
    Ok(d)
}

/// [`read_pbf`], with a panic of the `osmpbf` crate turned into an error naming the file: its
/// dense-node coordinates (`offset + granularity * value`) overflow on hostile blocks, which
/// panics where overflow checks are on (debug builds) and wraps elsewhere.
fn read_pbf_guarded(path: &Path) -> Result<OsmData> {
    Error::guarded(path, "OSM PBF", || read_pbf(path))
}

fn read_pbf(path: &Path) -> Result<OsmData> {
    use osmpbf::{Element, ElementReader, RelMemberType};
    let reader = ElementReader::from_path(path).map_err(|e| Error::UnknownFormat {
        path: path.to_path_buf(),
        reason: format!("not a readable OSM PBF file: {e}"),
    })?;
    let mut d = OsmData::default();
    let own = |it: &mut dyn Iterator<Item = (&str, &str)>| -> Tags {
        it.map(|(k, v)| (k.to_string(), v.to_string())).collect()
    };
    reader
        .for_each(|el| match el {
            Element::Node(n) => {
                d.coords.insert(n.id(), (n.lon(), n.lat()));
                let t = own(&mut n.tags());
                if !t.is_empty() {
                    d.tagged_nodes.push((n.id(), t));
                }
            }
            Element::DenseNode(n) => {
                d.coords.insert(n.id(), (n.lon(), n.lat()));
                let t = own(&mut n.tags());
                if !t.is_empty() {
                    d.tagged_nodes.push((n.id(), t));
                }
            }
            Element::Way(w) => {
                d.ways
                    .push((w.id(), w.refs().collect(), own(&mut w.tags())));
            }
            Element::Relation(r) => {
                let members = r
                    .members()
                    .map(|m| {
                        let t = match m.member_type {
                            RelMemberType::Node => 'n',
                            RelMemberType::Way => 'w',
                            RelMemberType::Relation => 'r',
                        };
                        (t, m.member_id, m.role().unwrap_or("").to_string())
                    })
                    .collect();
                d.relations.push((r.id(), members, own(&mut r.tags())));
            }
        })
        .map_err(|e| Error::malformed(path, "PBF block", format!("{e}")))?;
    Ok(d)
}

fn tags_json(t: &Tags) -> Value {
    let m: serde_json::Map<String, serde_json::Value> = t
        .iter()
        .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
        .collect();
    Value::String(serde_json::Value::Object(m).to_string().into())
}

fn poi_match<'a>(t: &'a Tags, filter: &[(String, Option<String>)]) -> Option<(&'a str, &'a str)> {
    for (k, want) in filter {
        if let Some((key, v)) = t.iter().find(|(a, _)| a == k) {
            if want.as_deref().is_none_or(|w| w == v) && v != "no" {
                return Some((key.as_str(), v.as_str()));
            }
        }
    }
    None
}

fn poi_values(id: String, t: &Tags, cat: &str, kind: &str, from_area: bool) -> Vec<Value> {
    vec![
        Value::String(id.into()),
        Value::String(cat.to_string().into()),
        Value::String(kind.to_string().into()),
        text(tag(t, "name")),
        text(tag(t, "operator")),
        text(tag(t, "wheelchair")),
        text(tag(t, "opening_hours")),
        text(tag(t, "addr:street")),
        text(tag(t, "addr:housenumber")),
        Value::Bool(from_area),
        tags_json(t),
    ]
}

fn parse_height(s: Option<&str>) -> Option<f64> {
    let s = s?.trim().trim_end_matches('m').trim().replace(',', ".");
    s.parse()
        .ok()
        .filter(|h: &f64| h.is_finite() && *h >= 0.0 && *h < 1000.0)
}

fn is_area_way(refs: &[i64], t: &Tags) -> bool {
    refs.len() >= 4 && refs.first() == refs.last() && tag(t, "area") != Some("no")
}

fn build(d: &OsmData, filter: &[(String, Option<String>)], part: &mut Part) {
    let pt = |id: &i64| d.coords.get(id).map(|&(x, y)| Coord { x, y });
    // POIs from nodes.
    for (id, t) in &d.tagged_nodes {
        part.report.read("node (tagged)");
        if let (Some((cat, kind)), Some(c)) = (poi_match(t, filter), pt(id)) {
            let v = poi_values(format!("n{id}"), t, cat, kind, false);
            part.layer("pois", POI_FIELDS)
                .push(Some(Geometry::Point(Point(c))), v, u32::MAX);
        }
        if let (Some(place), Some(c)) = (tag(t, "place"), pt(id)) {
            let v = place_values(format!("n{id}"), t, place);
            part.layer("places", PLACE_FIELDS)
                .push(Some(Geometry::Point(Point(c))), v, u32::MAX);
        }
    }
    // Ways used by multipolygon relations (their tags may live on the relation).
    let way_index: HashMap<i64, usize> = d.ways.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
    // Highway junctions: nodes used by more than one highway way, or twice by one.
    let mut use_count: HashMap<i64, u32> = HashMap::new();
    for (_, refs, t) in &d.ways {
        if tag(t, "highway").is_some() && tag(t, "area") != Some("yes") {
            for (k, r) in refs.iter().enumerate() {
                let end = k == 0 || k + 1 == refs.len();
                *use_count.entry(*r).or_default() += if end { 2 } else { 1 };
            }
        }
    }
    for (id, refs, t) in &d.ways {
        part.report.read("way");
        let coords: Option<Vec<Coord<f64>>> = refs.iter().map(pt).collect();
        let Some(coords) = coords else {
            part.report.skipped_at(
                "way with nodes missing from the extract",
                format!("way {id}"),
            );
            continue;
        };
        if coords.len() < 2 {
            part.report
                .skipped_at("way with fewer than 2 nodes", format!("way {id}"));
            continue;
        }
        let area = is_area_way(refs, t);
        let poly = area.then(|| Polygon::new(LineString::new(coords.clone()), vec![]));
        if let Some(b) = tag(t, "building").filter(|b| *b != "no") {
            if let Some(p) = &poly {
                push_building(part, format!("w{id}"), t, b, MultiPolygon(vec![p.clone()]));
            }
        }
        if let Some(p) = &poly {
            if let Some(kind) = water_area_kind(t) {
                let v = water_values(format!("w{id}"), t, kind);
                part.layer("water", WATER_FIELDS).push(
                    Some(Geometry::MultiPolygon(MultiPolygon(vec![p.clone()]))),
                    v,
                    u32::MAX,
                );
            }
            if let Some(place) = tag(t, "place") {
                if let Some(c) = p.interior_point() {
                    let v = place_values(format!("w{id}"), t, place);
                    part.layer("places", PLACE_FIELDS)
                        .push(Some(Geometry::Point(c)), v, u32::MAX);
                }
            }
        }
        if let Some(w) = tag(t, "waterway").filter(|w| WATER_LINES.contains(w)) {
            if poly.is_none() {
                let v = water_values(format!("w{id}"), t, w);
                part.layer("water", WATER_FIELDS).push(
                    Some(Geometry::LineString(LineString::new(coords.clone()))),
                    v,
                    u32::MAX,
                );
            }
        }
        if let Some((cat, kind)) = poi_match(t, filter) {
            match &poly {
                Some(p) => push_poi_area(
                    part,
                    format!("w{id}"),
                    t,
                    cat,
                    kind,
                    MultiPolygon(vec![p.clone()]),
                ),
                None => {
                    // A POI drawn as a line: its middle node.
                    let c = coords[coords.len() / 2];
                    let v = poi_values(format!("w{id}"), t, cat, kind, false);
                    part.layer("pois", POI_FIELDS).push(
                        Some(Geometry::Point(Point(c))),
                        v,
                        u32::MAX,
                    );
                }
            }
        }
        if let Some(hw) = tag(t, "highway") {
            if tag(t, "area") == Some("yes") {
                continue;
            }
            // Split at junctions so that edges meet at their end nodes.
            let mut start = 0;
            for k in 1..refs.len() {
                let split =
                    k + 1 == refs.len() || use_count.get(&refs[k]).copied().unwrap_or(0) > 1;
                if split {
                    let seg = &coords[start..=k];
                    let len: f64 = seg.windows(2).map(|w| haversine(w[0], w[1])).sum();
                    let walkable = is_walkable(hw, t);
                    let v = vec![
                        Value::String(format!("w{id}").into()),
                        Value::String(hw.to_string().into()),
                        text(tag(t, "name")),
                        Value::Int(refs[start]),
                        Value::Int(refs[k]),
                        Value::Float(len),
                        text(tag(t, "oneway")),
                        text(tag(t, "foot")),
                        text(tag(t, "access")),
                        text(tag(t, "surface")),
                        text(tag(t, "maxspeed")),
                        Value::Bool(walkable),
                    ];
                    part.layer("streets", STREET_FIELDS).push(
                        Some(Geometry::LineString(LineString::new(seg.to_vec()))),
                        v,
                        u32::MAX,
                    );
                    start = k;
                }
            }
        }
    }
    // Multipolygon relations.
    for (id, members, t) in &d.relations {
        part.report.read("relation");
        if !matches!(tag(t, "type"), Some("multipolygon" | "boundary")) {
            continue;
        }
        let building = tag(t, "building").filter(|b| *b != "no");
        let poi = poi_match(t, filter);
        let water = water_area_kind(t);
        if building.is_none() && poi.is_none() && water.is_none() {
            continue;
        }
        let ways_of = |role: &str| -> Option<Vec<Vec<i64>>> {
            members
                .iter()
                .filter(|(ty, _, r)| *ty == 'w' && (r == role || (role == "outer" && r.is_empty())))
                .map(|(_, r, _)| way_index.get(r).map(|&i| d.ways[i].1.clone()))
                .collect()
        };
        let (Some(outer), Some(inner)) = (ways_of("outer"), ways_of("inner")) else {
            part.report.skipped_at(
                "multipolygon with member ways missing from the extract",
                format!("relation {id}"),
            );
            continue;
        };
        let to_rings = |ws: Vec<Vec<i64>>| -> Option<Vec<LineString<f64>>> {
            assemble_rings(ws)?
                .into_iter()
                .map(|r| {
                    r.iter()
                        .map(pt)
                        .collect::<Option<Vec<_>>>()
                        .map(LineString::new)
                })
                .collect()
        };
        let (Some(outers), Some(inners)) = (to_rings(outer), to_rings(inner)) else {
            part.report.skipped_at(
                "multipolygon whose rings do not close",
                format!("relation {id}"),
            );
            continue;
        };
        let mut polys: Vec<Polygon<f64>> = outers
            .into_iter()
            .map(|o| Polygon::new(o, vec![]))
            .collect();
        for i in inners {
            let probe = i.0.first().copied();
            if let Some(p) = probe.and_then(|c| polys.iter_mut().find(|p| p.contains(&Point(c)))) {
                p.interiors_push(i);
            }
        }
        let mp = MultiPolygon(polys);
        if mp.0.is_empty() {
            continue;
        }
        if let Some(b) = building {
            push_building(part, format!("r{id}"), t, b, mp.clone());
        }
        if let Some(kind) = water {
            let v = water_values(format!("r{id}"), t, kind);
            part.layer("water", WATER_FIELDS).push(
                Some(Geometry::MultiPolygon(mp.clone())),
                v,
                u32::MAX,
            );
        }
        if let Some((cat, kind)) = poi {
            push_poi_area(part, format!("r{id}"), t, cat, kind, mp);
        }
    }
}

fn push_building(part: &mut Part, id: String, t: &Tags, b: &str, mp: MultiPolygon<f64>) {
    let v = vec![
        Value::String(id.into()),
        Value::String(b.to_string().into()),
        tag(t, "building:levels")
            .and_then(|l| l.trim().parse::<f64>().ok())
            .map_or(Value::Null, |l| Value::Int(l.round() as i64)),
        fval(parse_height(tag(t, "height"))),
        text(tag(t, "name")),
        text(tag(t, "addr:street")),
        text(tag(t, "addr:housenumber")),
        tags_json(t),
    ];
    part.layer("osm_buildings", BUILDING_FIELDS).push(
        Some(Geometry::MultiPolygon(mp)),
        v,
        u32::MAX,
    );
}

fn push_poi_area(
    part: &mut Part,
    id: String,
    t: &Tags,
    cat: &str,
    kind: &str,
    mp: MultiPolygon<f64>,
) {
    if let Some(p) = mp.interior_point() {
        let v = poi_values(id.clone(), t, cat, kind, true);
        part.layer("pois", POI_FIELDS)
            .push(Some(Geometry::Point(p)), v, u32::MAX);
    }
    let v = vec![
        Value::String(id.into()),
        Value::String(cat.to_string().into()),
        Value::String(kind.to_string().into()),
        text(tag(t, "name")),
        tags_json(t),
    ];
    part.layer("poi_areas", AREA_FIELDS)
        .push(Some(Geometry::MultiPolygon(mp)), v, u32::MAX);
}

/// Whether pedestrians may use a highway way.
fn is_walkable(hw: &str, t: &Tags) -> bool {
    let foot = tag(t, "foot");
    if matches!(foot, Some("yes" | "designated" | "permissive")) {
        return true;
    }
    if matches!(foot, Some("no" | "private")) || matches!(tag(t, "access"), Some("no" | "private"))
    {
        return false;
    }
    !matches!(
        hw,
        "motorway"
            | "motorway_link"
            | "trunk"
            | "trunk_link"
            | "construction"
            | "proposed"
            | "raceway"
            | "bus_guideway"
    )
}

/// Great-circle distance in metres between two lon/lat points.
pub(crate) fn haversine(a: Coord<f64>, b: Coord<f64>) -> f64 {
    const R: f64 = 6_371_008.8;
    let (la1, la2) = (a.y.to_radians(), b.y.to_radians());
    let dla = la2 - la1;
    let dlo = (b.x - a.x).to_radians();
    let h = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().asin()
}

/// Join ways (node id lists) end to end into closed rings; `None` when a ring stays open.
///
/// # Runtime
/// O(n) in the member ways: each end node is looked up in a hash index of way ends (a linear
/// search per join made relations of thousands of ways quadratic).
fn assemble_rings(ways: Vec<Vec<i64>>) -> Option<Vec<Vec<i64>>> {
    let mut ways: Vec<Option<Vec<i64>>> = ways
        .into_iter()
        .filter(|w| w.len() >= 2)
        .map(Some)
        .collect();
    // End node -> ways starting or ending there (a way closed on itself is listed twice).
    let mut ends: HashMap<i64, Vec<usize>> = HashMap::new();
    for (i, w) in ways.iter().enumerate() {
        if let Some(w) = w {
            ends.entry(w[0]).or_default().push(i);
            ends.entry(w[w.len() - 1]).or_default().push(i);
        }
    }
    let mut rings = Vec::new();
    for start in (0..ways.len()).rev() {
        let Some(mut cur) = ways[start].take() else {
            continue;
        };
        while cur.first() != cur.last() {
            let end = *cur.last()?;
            let list = ends.get_mut(&end)?;
            // Ways already joined are dropped from the list as they are met.
            let next = loop {
                let i = list.pop()?;
                if let Some(w) = ways[i].take() {
                    break w;
                }
            };
            let mut next = next;
            if next.first() != Some(&end) {
                next.reverse();
            }
            cur.extend(next.into_iter().skip(1));
        }
        if cur.len() >= 4 {
            rings.push(cur);
        }
    }
    Some(rings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_from_split_ways() {
        let r = assemble_rings(vec![vec![1, 2, 3], vec![5, 4, 3], vec![5, 6, 1]]).expect("closes");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].first(), r[0].last());
        assert_eq!(r[0].len(), 7);
        assert!(assemble_rings(vec![vec![1, 2, 3], vec![3, 4]]).is_none());
    }

    /// Fuzzing (target `osm_pbf`, fuzz/regressions/osm_pbf/dense_coordinate_overflow_fuzzed.osm.pbf;
    /// the file read here is a 110-byte hand-made equivalent: one dense node at 2^62 with a
    /// granularity of 10^9): dense-node coordinates that overflow made the `osmpbf` crate panic
    /// ("attempt to multiply with overflow") where overflow checks are on.
    #[test]
    fn dense_coordinate_overflow_is_no_panic() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../fuzz/regressions/osm_pbf/dense_coordinate_overflow.osm.pbf");
        let r = read(&path, &DatasetOptions::new(saale_crs::Crs::epsg(25832)));
        if cfg!(debug_assertions) {
            let msg = r.err().map(|e| e.to_string()).unwrap_or_default();
            assert!(msg.contains("dense_coordinate_overflow.osm.pbf"), "{msg}");
            assert!(msg.contains("not a readable OSM PBF file"), "{msg}");
        }
    }

    #[test]
    fn rings_from_many_shuffled_ways() {
        // Two rings of 3,000 ways each (node ids 0..3000 and 10_000..13_000), the ways shuffled
        // and every other one reversed, plus a way closed on itself.
        let mut ways: Vec<Vec<i64>> = Vec::new();
        for base in [0i64, 10_000] {
            for k in 0..3000i64 {
                let (a, b) = (base + k, base + (k + 1) % 3000);
                ways.push(if k % 2 == 0 { vec![a, b] } else { vec![b, a] });
            }
        }
        ways.push(vec![50_000, 50_001, 50_002, 50_000]);
        let n = ways.len();
        let mut shuffled = Vec::with_capacity(n);
        let mut s: u64 = 7;
        while !ways.is_empty() {
            s = s.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            shuffled.push(ways.swap_remove((s >> 33) as usize % ways.len()));
        }
        let mut rings = assemble_rings(shuffled).expect("all close");
        rings.sort_by_key(Vec::len);
        assert_eq!(rings.len(), 3);
        assert_eq!(rings[0], vec![50_000, 50_001, 50_002, 50_000]);
        for (r, base) in rings[1..].iter().zip([0i64, 10_000]) {
            assert_eq!(r.len(), 3001);
            assert_eq!(r.first(), r.last());
            let mut nodes: Vec<i64> = r[1..].to_vec();
            nodes.sort_unstable();
            // Either ring (the order of the two is not fixed) holds each of its nodes once.
            let b = nodes[0];
            assert!(b == 0 || b == 10_000, "{base} {b}");
            assert_eq!(nodes, (b..b + 3000).collect::<Vec<_>>());
            // Consecutive nodes are neighbours on the ring.
            assert!(r
                .windows(2)
                .all(|w| (w[0] - w[1]).abs() == 1 || (w[0] - w[1]).abs() == 2999));
        }
        // One way missing: the ring stays open.
        let mut open: Vec<Vec<i64>> = (0..100i64).map(|k| vec![k, (k + 1) % 100]).collect();
        open.remove(50);
        assert!(assemble_rings(open).is_none());
    }

    #[test]
    fn haversine_one_degree_latitude() {
        let d = haversine(Coord { x: 11.0, y: 50.0 }, Coord { x: 11.0, y: 51.0 });
        assert!((d - 111_195.0).abs() < 5.0, "{d}");
    }
}
