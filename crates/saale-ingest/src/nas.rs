//! ALKIS NAS (GeoInfoDok 6.0 and 7.1): `AX_Bestandsdatenauszug`, WFS feature collections, bare
//! features and NBA updates (`wfs:Insert`, `wfsext:Replace`, `wfs:Update`, `wfs:Delete` inside
//! a `wfs:Transaction`, with the delivery's `portionskennung`), streamed feature by feature.
//!
//! Output layers: `parcels` (AX_Flurstueck), `buildings` (AX_Gebaeude), `landuse` (the 26
//! actual-use classes), `addresses` (AX_LagebezeichnungMitHausnummer, placed on the building
//! that points to them with `zeigtAuf`), and internal `owners_*` layers for personal data.

use std::collections::HashMap;
use std::path::Path;

use geo::{Area, InteriorPoint};
use rayon::prelude::*;
use saale_model::{FieldType as T, Geometry, Value};

use crate::codes::{building_function, roof_form, LANDUSE_CLASSES, OWNER_TYPES};
use crate::dataset::{
    float, int, text, ChangeKind, DatasetLayer, DatasetOptions, DeliveryHeader, ObjectChange, Part,
};
use crate::gml::{self, GmlOpts};
use crate::xml::{Action, Node, StartInfo, XmlStream};
use crate::{Error, Result};

const PARCEL_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("parcel_id", T::String),
    ("land", T::String),
    ("gemarkung", T::String),
    ("flur", T::Int),
    ("zaehler", T::Int),
    ("nenner", T::Int),
    ("amtliche_flaeche", T::Float),
    ("area", T::Float),
    ("gemeinde", T::String),
    ("beginnt", T::DateTime),
    ("endet", T::DateTime),
    ("anlass", T::String),
];

const BUILDING_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("function", T::Int),
    ("function_label", T::String),
    ("storeys_above", T::Int),
    ("storeys_below", T::Int),
    ("roof_form", T::Int),
    ("roof_form_label", T::String),
    ("year_built", T::Int),
    ("name", T::String),
    ("address_ids", T::String),
    ("area", T::Float),
    ("beginnt", T::DateTime),
    ("endet", T::DateTime),
    ("anlass", T::String),
];

const LANDUSE_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("class", T::String),
    ("class_label", T::String),
    ("group", T::String),
    ("function", T::Int),
    ("name", T::String),
    ("area", T::Float),
    ("beginnt", T::DateTime),
    ("endet", T::DateTime),
    ("anlass", T::String),
];

const ADDRESS_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("land", T::String),
    ("regierungsbezirk", T::String),
    ("kreis", T::String),
    ("gemeinde", T::String),
    ("street_key", T::String),
    ("street", T::String),
    ("house_number", T::String),
    ("building_id", T::String),
    ("beginnt", T::DateTime),
    ("endet", T::DateTime),
    ("anlass", T::String),
];

/// Accepted GeoInfoDok namespace versions.
const VERSIONS: [&str; 5] = ["6.0", "6.0.1", "7.0", "7.1", "7.1.2"];

/// The ALKIS object id: the first 16 characters of a gml:id (NAS appends a timestamp to the
/// ids of object versions in updates).
#[must_use]
pub fn oid(id: &str) -> &str {
    id.get(..16).unwrap_or(id)
}

fn classify(i: &StartInfo<'_>) -> Action {
    let n = i.name;
    if n == "koordinatenangaben" {
        return Action::Capture;
    }
    if (n == "Delete" || n == "Update") && i.ancestors.iter().any(|a| a == "Transaction") {
        return Action::Capture;
    }
    // The NBA header: which portion of which delivery this is.
    if n == "portionskennung" {
        return Action::Capture;
    }
    // The filter of a replace names the version it replaces.
    if n == "Filter" && i.ancestors.last().is_some_and(|a| a == "Replace") {
        return Action::Capture;
    }
    let is_object = (n.starts_with("AX_") || n.starts_with("AP_") || n.starts_with("AA_"))
        && i.attrs.iter().any(|(k, _)| k == "id")
        && !matches!(
            n,
            "AX_Bestandsdatenauszug"
                | "AX_Fortfuehrungsauftrag"
                | "AX_NutzerbezogeneBestandsdatenaktualisierung_NBA"
                | "AX_Einrichtungsauftrag"
        );
    if is_object {
        Action::Capture
    } else {
        Action::Descend
    }
}

/// Read one NAS file.
/// Metadata saale does not map (quality, model types, occasion, external links, envelopes).
const SKIP: &[&str] = &[
    "qualitaetsangaben",
    "modellart",
    "zeigtAufExternes",
    "boundedBy",
    "identifier",
];

/// Size of the batches of whole members parsed in parallel.
const BATCH: usize = 16 << 20;
/// Size of one parallel piece of a batch.
const PIECE: usize = 1 << 20;

/// Read one NAS file. Plain member collections (`AX_Bestandsdatenauszug`, WFS feature
/// collections) are cut into batches of whole members and parsed on all cores; updates and bare
/// features are streamed.
pub(crate) fn read(path: &Path, opts: &DatasetOptions) -> Result<Part> {
    let go = GmlOpts {
        default_dim: 2,
        arc_tolerance: opts.arc_tolerance,
    };
    let mut part = Part::default();
    let mut version: Option<String> = None;
    let members = crate::xml::Members::open(
        path,
        &["gml:featureMember", "wfs:member", "featureMember", "member"],
        &["Transaction", "Replace", "Fortfuehrungsauftrag"],
    )?;
    if let Some(mut m) = members {
        if let Some(c) = header_crs(&m.prefix) {
            part.default_srs = Some(c);
        }
        while let Some((off, batch)) = m.next_batch(BATCH)? {
            let pieces = crate::xml::split_members(&batch, off, m.close_tag(), PIECE);
            let parts: Vec<(Part, Option<String>)> = pieces
                .par_iter()
                .map(|(o, bytes)| {
                    let doc = crate::xml::wrap(&m.root_open, bytes, &m.root_close);
                    let mut s = XmlStream::fragment(path, &doc, m.root_open.len(), *o);
                    s.skip = SKIP;
                    let mut p = Part::default();
                    let mut v = None;
                    let mut cls = classify;
                    while let Some(c) = s.next(&mut cls)? {
                        handle(path, c, &go, opts, &mut p, &mut v)?;
                    }
                    Ok((p, v))
                })
                .collect::<Result<_>>()?;
            for (p, v) in parts {
                if version.is_none() {
                    version = v;
                }
                part.absorb(p);
            }
        }
        part.sha256 = Some(m.digest());
    } else {
        let mut s = XmlStream::open(path)?;
        s.skip = SKIP;
        let mut cls = classify;
        while let Some(c) = s.next(&mut cls)? {
            handle(path, c, &go, opts, &mut part, &mut version)?;
        }
    }
    part.detail = format!("NAS GID {}", version.unwrap_or_else(|| "?".into()));
    Ok(part)
}

/// The CRS named in the delivery header (`koordinatenangaben/.../crs/@xlink:href`).
fn header_crs(prefix: &[u8]) -> Option<String> {
    let t = String::from_utf8_lossy(prefix);
    let k = t.find("koordinatenangaben")?;
    let rest = &t[k..];
    let c = rest.find("crs")?;
    let h = rest[c..].find("href=\"")? + c + 6;
    let end = rest[h..].find('"')? + h;
    Some(rest[h..end].to_string())
}

fn handle(
    path: &Path,
    c: crate::xml::Captured,
    go: &GmlOpts,
    opts: &DatasetOptions,
    part: &mut Part,
    version: &mut Option<String>,
) -> Result<()> {
    let node = c.node;
    if node.name == "koordinatenangaben" {
        // Delivery header: the CRS of geometries that name none.
        let mut crs = None;
        node.walk(&mut |n| {
            if n.name == "crs" && crs.is_none() {
                crs = n.attr("href").map(str::to_string);
            }
        });
        if let Some(c) = crs {
            if part.default_srs.is_none() {
                part.default_srs = Some(c);
            }
        }
        return Ok(());
    }
    if node.name == "portionskennung" {
        let pk = node.child("AX_Portionskennung").unwrap_or(&node);
        let num = |k: &str| pk.text_at(&[k]).and_then(|t| t.trim().parse::<u32>().ok());
        part.header = Some(DeliveryHeader {
            profilkennung: pk.text_at(&["profilkennung"]).map(|t| t.trim().to_string()),
            datum: pk.text_at(&["datum"]).map(|t| t.trim().to_string()),
            portion: num("laufendeNummerVonGesamtzahl"),
            portions: num("gesamtzahl"),
        });
        return Ok(());
    }
    if node.name == "Filter" {
        let mut id = None;
        node.walk(&mut |n| {
            for key in ["rid", "fid"] {
                if id.is_none() {
                    id = n.attr(key).map(str::to_string);
                }
            }
        });
        match part.changes.last_mut() {
            // The filter follows the object of its replace (the WFS order).
            Some(c) if c.kind == ChangeKind::Replace && c.filter.is_none() => c.filter = id,
            _ => part.pending_filter = id,
        }
        return Ok(());
    }
    if node.name == "Delete" || node.name == "Update" {
        part.is_update = true;
        let kind = if node.name == "Delete" {
            ChangeKind::Delete
        } else {
            ChangeKind::Update
        };
        // Update: the properties it sets (`endet` and `anlass` end an object version).
        let (mut endet, mut anlass, mut other) = (None, None, Vec::new());
        for prop in node.children_named("Property") {
            let name = prop.text_at(&["Name"]).unwrap_or("").trim();
            let local = name.rsplit('/').next().unwrap_or(name);
            let local = local.rsplit(':').next().unwrap_or(local);
            let value = prop.child("Value").map(|v| {
                v.attr("href")
                    .map(code_of)
                    .unwrap_or_else(|| v.text.trim().to_string())
            });
            match local {
                "endet" => endet = value,
                "anlass" => anlass = value,
                _ => other.push(name.to_string()),
            }
        }
        let type_name = node
            .attr("typeName")
            .map(|t| t.rsplit(':').next().unwrap_or(t).to_string());
        let mut ids = Vec::new();
        node.walk(&mut |n| {
            for key in ["fid", "rid"] {
                if let Some(id) = n.attr(key) {
                    ids.push(id.to_string());
                }
            }
        });
        if ids.is_empty() {
            return Err(Error::malformed(
                path,
                crate::xml::line_col(path, node.offset),
                format!(
                    "wfs:{} without an object id (a fes:ResourceId rid or ogc:FeatureId fid)",
                    node.name
                ),
            ));
        }
        for id in ids {
            part.changes.push(ObjectChange {
                kind,
                id,
                type_name: type_name.clone(),
                endet: endet.clone(),
                anlass: anlass.clone(),
                other: other.clone(),
                filter: None,
            });
        }
        part.report.read(&format!("wfs:{}", node.name));
        return Ok(());
    }
    let v = node
        .ns
        .rsplit('/')
        .next()
        .filter(|_| node.ns.contains("adv-online.de/namespaces/adv/gid"))
        .map(str::to_string);
    match (&v, &*version) {
        (Some(v), _) if !VERSIONS.contains(&v.as_str()) => {
            return Err(Error::malformed(
                path,
                crate::xml::line_col(path, node.offset),
                format!(
                    "unknown GeoInfoDok namespace version {v} ({}); saale reads 6.0 and 7.x",
                    node.ns
                ),
            ))
        }
        (None, _) => {
            return Err(Error::malformed(
                path,
                crate::xml::line_col(path, node.offset),
                format!(
                    "<{}> is not in a GeoInfoDok namespace ('{}')",
                    node.name, node.ns
                ),
            ))
        }
        (Some(v), None) => *version = Some(v.clone()),
        _ => {}
    }
    if c.ancestors.iter().any(|a| a == "Replace") {
        part.is_update = true;
        if let Some(id) = node.id() {
            // The new version ends the one it replaces when it begins, for its occasion.
            let (beginnt, _, anlass) = lifecycle(&node);
            let s = |v: Value| match v {
                Value::String(t) => Some(t.to_string()),
                _ => None,
            };
            part.changes.push(ObjectChange {
                kind: ChangeKind::Replace,
                id: id.to_string(),
                type_name: Some(node.name.clone()),
                endet: s(beginnt),
                anlass: s(anlass),
                other: Vec::new(),
                filter: part.pending_filter.take(),
            });
        }
    }
    if c.ancestors.iter().any(|a| a == "Insert" || a == "Replace") {
        part.is_update = true;
    }
    object(path, &node, go, opts, part)
        .map_err(|m| Error::malformed(path, location(path, &node), m))
}

fn location(path: &Path, n: &Node) -> String {
    format!(
        "{}, {} gml:id {}",
        crate::xml::line_col(path, n.offset),
        n.name,
        n.id().unwrap_or("?")
    )
}

/// The life-cycle of an object version: `beginnt`, `endet` and its occasion (`anlass`, the
/// code of `AA_Anlassart`).
fn lifecycle(n: &Node) -> (Value, Value, Value) {
    let lz = n.path(&["lebenszeitintervall", "AA_Lebenszeitintervall"]);
    let anlass = n.child("anlass").map(|a| {
        a.attr("href")
            .map(code_of)
            .unwrap_or_else(|| a.text.trim().to_string())
    });
    (
        text(lz.and_then(|l| l.text_at(&["beginnt"]))),
        text(lz.and_then(|l| l.text_at(&["endet"]))),
        text(anlass.as_deref()),
    )
}

/// The code at the end of a code-list reference (`.../AA_Anlassart/010704` gives `010704`).
fn code_of(href: &str) -> String {
    href.trim().rsplit('/').next().unwrap_or(href).to_string()
}

/// A geometry, its CRS name and its area.
type Positioned = (Option<Geometry<f64>>, Option<String>, f64);

/// The geometry under `position` as a 2D geometry, its CRS name and its area.
fn position(n: &Node, go: &GmlOpts) -> std::result::Result<Positioned, String> {
    let Some(pos) = n.child("position") else {
        return Ok((None, None, 0.0));
    };
    let Some(g) = pos.children.first() else {
        return Ok((None, None, 0.0));
    };
    let ids = gml::id_index(g);
    let geom = gml::geometry(g, go, &ids)?;
    let area = match &geom {
        Geometry::Polygon(p) => p.unsigned_area(),
        Geometry::MultiPolygon(p) => p.unsigned_area(),
        _ => 0.0,
    };
    Ok((Some(geom), gml::srs_name(g).map(str::to_string), area))
}

fn hrefs(n: &Node, name: &str) -> Vec<String> {
    n.children_named(name)
        .filter_map(|c| c.attr("href"))
        .map(|h| h.trim_start_matches("urn:adv:oid:").to_string())
        .collect()
}

fn object(
    _path: &Path,
    n: &Node,
    go: &GmlOpts,
    opts: &DatasetOptions,
    part: &mut Part,
) -> std::result::Result<(), String> {
    let ty = n.name.as_str();
    part.report.read(ty);
    let (beginnt, endet, anlass) = lifecycle(n);
    if !endet.is_null() && !opts.history {
        part.report.skipped_at(
            "historic version (has endet)",
            format!("{ty} gml:id {}", n.id().unwrap_or("?")),
        );
        return Ok(());
    }
    let gml_id = text(n.id());
    if OWNER_TYPES.contains(&ty) {
        let layer = format!("owners_{}", ty.trim_start_matches("AX_").to_lowercase());
        let mut named = vec![("gml_id".to_string(), gml_id)];
        flatten(n, &mut named);
        let buf = part.layer(&layer, &[]);
        buf.internal = true;
        buf.push_named(None, named, u32::MAX);
        return Ok(());
    }
    match ty {
        "AX_Flurstueck" => {
            let (geom, srs, area) = position(n, go)?;
            let srs = part.srs_id(srs.as_deref());
            let land = n.text_at(&["gemarkung", "AX_Gemarkung_Schluessel", "land"]);
            let gemarkung =
                n.text_at(&["gemarkung", "AX_Gemarkung_Schluessel", "gemarkungsnummer"]);
            let num = n.path(&["flurstuecksnummer", "AX_Flurstuecksnummer"]);
            let zaehler = num.and_then(|x| x.text_at(&["zaehler"]));
            let nenner = num.and_then(|x| x.text_at(&["nenner"]));
            let flur = n.text_at(&["flurnummer"]);
            let id = n
                .text_at(&["flurstueckskennzeichen"])
                .map(str::to_string)
                .unwrap_or_else(|| parcel_key(land, gemarkung, flur, zaehler, nenner));
            let gk = n.path(&["gemeindezugehoerigkeit", "AX_Gemeindekennzeichen"]);
            let gemeinde = gk.map(|g| {
                ["land", "regierungsbezirk", "kreis", "gemeinde"]
                    .iter()
                    .filter_map(|k| g.text_at(&[k]))
                    .collect::<String>()
            });
            let values = vec![
                gml_id,
                Value::String(id.into()),
                text(land),
                text(gemarkung),
                int(flur),
                int(zaehler),
                int(nenner),
                float(n.text_at(&["amtlicheFlaeche"])),
                Value::Float(area),
                text(gemeinde.as_deref()),
                beginnt,
                endet,
                anlass,
            ];
            part.layer("parcels", PARCEL_FIELDS).push(geom, values, srs);
        }
        "AX_Gebaeude" => {
            let (geom, srs, area) = position(n, go)?;
            let srs = part.srs_id(srs.as_deref());
            let func = int(n.text_at(&["gebaeudefunktion"]));
            let roof = int(n.text_at(&["dachform"]));
            let label = |v: &Value, f: fn(i64) -> Option<&'static str>| match v {
                Value::Int(c) => text(f(*c)),
                _ => Value::Null,
            };
            let addr = hrefs(n, "zeigtAuf");
            let values = vec![
                gml_id,
                func.clone(),
                label(&func, building_function),
                int(n.text_at(&["anzahlDerOberirdischenGeschosse"])),
                int(n.text_at(&["anzahlDerUnterirdischenGeschosse"])),
                roof.clone(),
                label(&roof, roof_form),
                int(n.text_at(&["baujahr"])),
                text(n.text_at(&["name"])),
                if addr.is_empty() {
                    Value::Null
                } else {
                    Value::String(addr.join(";").into())
                },
                Value::Float(area),
                beginnt,
                endet,
                anlass,
            ];
            part.layer("buildings", BUILDING_FIELDS)
                .push(geom, values, srs);
        }
        "AX_LagebezeichnungMitHausnummer" => {
            let k = n.path(&["lagebezeichnung", "AX_Lagebezeichnung"]);
            let key =
                k.and_then(|k| k.path(&["verschluesselt", "AX_VerschluesselteLagebezeichnung"]));
            let street = k.and_then(|k| k.text_at(&["unverschluesselt"]));
            let values = vec![
                gml_id,
                text(key.and_then(|x| x.text_at(&["land"]))),
                text(key.and_then(|x| x.text_at(&["regierungsbezirk"]))),
                text(key.and_then(|x| x.text_at(&["kreis"]))),
                text(key.and_then(|x| x.text_at(&["gemeinde"]))),
                text(key.and_then(|x| x.text_at(&["lage"]))),
                text(street),
                text(n.text_at(&["hausnummer"])),
                Value::Null,
                beginnt,
                endet,
                anlass,
            ];
            part.layer("addresses", ADDRESS_FIELDS)
                .push(None, values, u32::MAX);
        }
        _ => {
            if let Some((_, label, group)) = LANDUSE_CLASSES.iter().find(|(t, ..)| *t == ty) {
                let (geom, srs, area) = position(n, go)?;
                let srs = part.srs_id(srs.as_deref());
                let values = vec![
                    gml_id,
                    Value::String(ty.to_string().into()),
                    Value::String((*label).to_string().into()),
                    Value::String((*group).to_string().into()),
                    int(n.text_at(&["funktion"])),
                    text(n.text_at(&["name"])),
                    Value::Float(area),
                    beginnt,
                    endet,
                    anlass,
                ];
                part.layer("landuse", LANDUSE_FIELDS)
                    .push(geom, values, srs);
            } else {
                part.report.skipped_at(
                    &format!("{ty}: no saale layer for this type"),
                    format!("gml:id {}", n.id().unwrap_or("?")),
                );
            }
        }
    }
    Ok(())
}

/// The 20-character Flurstückskennzeichen from its parts.
fn parcel_key(
    land: Option<&str>,
    gemarkung: Option<&str>,
    flur: Option<&str>,
    zaehler: Option<&str>,
    nenner: Option<&str>,
) -> String {
    let pad = |s: Option<&str>, n: usize| format!("{:0>n$}", s.unwrap_or("").trim(), n = n);
    let nenner = match nenner {
        Some(x) if !x.trim().is_empty() => format!("{:0>4}", x.trim()),
        _ => "____".to_string(),
    };
    format!(
        "{}{}{}{}{}__",
        pad(land, 2),
        pad(gemarkung, 4),
        pad(flur, 3),
        pad(zaehler, 5),
        nenner
    )
}

/// Leaf texts and references of an object as named values (repeated names joined with `;`).
///
/// # Runtime
/// Linear in the object's size: the parts of a repeated name are gathered and joined once
/// (appending to the value each time copied it, quadratic in the repetitions).
fn flatten(n: &Node, out: &mut Vec<(String, Value)>) {
    fn rec(
        n: &Node,
        out: &mut Vec<(String, Value)>,
        idx: &mut HashMap<String, usize>,
        more: &mut Vec<Vec<String>>,
    ) {
        for c in &n.children {
            let val = if c.children.is_empty() {
                if !c.text.is_empty() {
                    Some(c.text.clone())
                } else {
                    c.attr("href").map(str::to_string)
                }
            } else {
                None
            };
            match val {
                Some(v) => match idx.get(&c.name) {
                    Some(&i) => more[i].push(v),
                    None => {
                        idx.insert(c.name.clone(), out.len());
                        out.push((c.name.clone(), Value::String(v.into())));
                        more.push(Vec::new());
                    }
                },
                None => rec(c, out, idx, more),
            }
        }
    }
    let mut idx = HashMap::new();
    for (i, (k, _)) in out.iter().enumerate() {
        idx.insert(k.clone(), i);
    }
    let mut more = vec![Vec::new(); out.len()];
    rec(n, out, &mut idx, &mut more);
    for ((_, v), parts) in out.iter_mut().zip(more) {
        if parts.is_empty() {
            continue;
        }
        if let Value::String(s) = v {
            let mut joined =
                String::with_capacity(s.len() + parts.iter().map(|p| p.len() + 1).sum::<usize>());
            joined.push_str(s);
            for p in parts {
                joined.push(';');
                joined.push_str(&p);
            }
            *v = Value::String(joined.into());
        }
    }
}

/// After all files are merged: place each address on the building that points to it
/// (`zeigtAuf`), setting `building_id` and a point inside the building.
pub(crate) fn link_addresses(layers: &mut [DatasetLayer]) {
    let Some(bi) = layers.iter().position(|l| l.name == "buildings") else {
        return;
    };
    let b = &layers[bi].layer;
    let (Some(ids), Some(addr)) = (
        b.schema.index_of("gml_id"),
        b.schema.index_of("address_ids"),
    ) else {
        return;
    };
    let mut by_addr: HashMap<String, (String, Option<Geometry<f64>>)> = HashMap::new();
    for f in &b.features {
        let (Value::String(bid), Value::String(a)) = (f.value(ids), f.value(addr)) else {
            continue;
        };
        let p = f
            .geometry
            .as_ref()
            .and_then(|g| g.interior_point())
            .map(Geometry::Point);
        for id in a.split(';') {
            by_addr.insert(oid(id).to_string(), (bid.to_string(), p.clone()));
        }
    }
    let Some(l) = layers.iter_mut().find(|l| l.name == "addresses") else {
        return;
    };
    let (Some(gi), Some(bcol)) = (
        l.layer.schema.index_of("gml_id"),
        l.layer.schema.index_of("building_id"),
    ) else {
        return;
    };
    for f in &mut l.layer.features {
        let key = match f.value(gi) {
            Value::String(s) => oid(s).to_string(),
            _ => continue,
        };
        if let Some((bid, p)) = by_addr.get(&key) {
            if f.values.len() <= bcol {
                f.values.resize(bcol + 1, Value::Null);
            }
            f.values[bcol] = Value::String(bid.clone().into());
            f.geometry = p.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_names_are_joined_in_order() {
        let leaf = |name: &str, text: &str| Node {
            name: name.into(),
            text: text.into(),
            ..Node::default()
        };
        let mut parent = Node {
            name: "AX_Gebaeude".into(),
            ..Node::default()
        };
        for i in 0..20_000 {
            parent.children.push(leaf("zeigtAuf", &format!("id{i}")));
        }
        parent.children.push(leaf("gebaeudefunktion", "2000"));
        let mut out = vec![("gebaeudefunktion".to_string(), Value::String("1000".into()))];
        flatten(&parent, &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].1, Value::String("1000;2000".into()));
        let want: Vec<String> = (0..20_000).map(|i| format!("id{i}")).collect();
        assert_eq!(
            out[1],
            ("zeigtAuf".to_string(), Value::String(want.join(";").into()))
        );
    }

    #[test]
    fn parcel_key_pads_parts() {
        assert_eq!(
            parcel_key(Some("05"), Some("4320"), Some("25"), Some("8"), None),
            "05432002500008______"
        );
        assert_eq!(
            parcel_key(Some("16"), Some("1234"), Some("1"), Some("117"), Some("3")),
            "161234001001170003__"
        );
    }
}
