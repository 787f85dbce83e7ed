//! XPlanGML 4.x, 5.x and 6.0 zoning plans: `plans` (BP_/FP_/RP_/SO_/LP_Plan with their
//! Geltungsbereich), `plan_zones` (BP_BaugebietsTeilFlaeche with GRZ, GFZ, Z, BMZ, type of use and
//! Bauweise), `plan_objects` (every other plan object with a position geometry), and the
//! conformity check behind `saale check`.

use std::collections::HashMap;
use std::path::Path;

use geo::{Area, BooleanOps, BoundingRect, InteriorPoint, Intersects};
use saale_model::geo_types::{Coord, MultiPolygon, Polygon};
use saale_model::{FieldType as T, Geometry, Value};
use serde::Serialize;

use crate::codes::{xp_allg_art, xp_bauweise, xp_besondere_art, xp_rechtsstand};
use crate::dataset::{float, int, text, DatasetOptions, Part};
use crate::gml::{self, GmlOpts};
use crate::xml::{Action, Node, StartInfo, XmlStream};
use crate::{Error, Result};

const PLAN_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("plan_type", T::String),
    ("name", T::String),
    ("number", T::String),
    ("legal_status", T::Int),
    ("legal_status_label", T::String),
    ("in_force_date", T::Date),
    ("decision_date", T::Date),
    ("municipality", T::String),
    ("ags", T::String),
    ("plan_kind", T::Int),
    ("xplan_version", T::String),
    ("area", T::Float),
];

const ZONE_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("plan_id", T::String),
    ("grz", T::Float),
    ("grz_max", T::Float),
    ("gfz", T::Float),
    ("gfz_max", T::Float),
    ("z", T::Int),
    ("z_max", T::Int),
    ("bmz", T::Float),
    ("gr", T::Float),
    ("gf", T::Float),
    ("use_general", T::Int),
    ("use_general_label", T::String),
    ("use_special", T::Int),
    ("use_special_label", T::String),
    ("use_special_short", T::String),
    ("bauweise", T::Int),
    ("bauweise_label", T::String),
    ("flaechenschluss", T::Bool),
    ("legal_character", T::Int),
    ("area", T::Float),
];

const OBJECT_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("type", T::String),
    ("plan_id", T::String),
    ("flaechenschluss", T::Bool),
    ("legal_character", T::Int),
    ("area", T::Float),
];

fn is_plan_object(name: &str) -> bool {
    ["BP_", "FP_", "XP_", "SO_", "RP_", "LP_"]
        .iter()
        .any(|p| name.starts_with(p))
}

fn classify(i: &StartInfo<'_>) -> Action {
    let under_member = i
        .ancestors
        .last()
        .is_some_and(|a| matches!(a.as_str(), "featureMember" | "member" | "featureMembers"));
    if is_plan_object(i.name) && (under_member || i.ancestors.is_empty()) {
        Action::Capture
    } else {
        Action::Descend
    }
}

/// Presentation objects carry no planning content.
fn is_presentation(name: &str) -> bool {
    name.starts_with("XP_P")
        || matches!(
            name,
            "XP_FPO"
                | "XP_LPO"
                | "XP_LTO"
                | "XP_TPO"
                | "XP_Nutzungsschablone"
                | "XP_Rasterdarstellung"
        )
        || name.ends_with("TextAbschnitt")
        || name.ends_with("Bereich")
}

/// One plan object as read: what the layers and the checker need.
pub(crate) struct PlanObject {
    pub gml_id: String,
    pub ty: String,
    pub node: Node,
    pub geometry: Option<Geometry<f64>>,
    /// Rings in source order with their orientation preserved (for the orientation check).
    pub rings: Vec<gml::Poly3>,
    pub srs: Option<String>,
}

fn version_of(ns: &str) -> Option<String> {
    let rest = ns.split("xplangml/").nth(1)?;
    Some(rest.trim_end_matches('/').replace('/', "."))
}

/// Read all plan objects of a file (streamed, one object in memory at a time besides the list).
fn read_objects(path: &Path, opts: &GmlOpts) -> Result<(Vec<PlanObject>, String)> {
    let (bytes, _) = crate::dataset::read_hashed(path)?;
    read_objects_from(path, &bytes, opts)
}

fn read_objects_from(
    path: &Path,
    bytes: &[u8],
    opts: &GmlOpts,
) -> Result<(Vec<PlanObject>, String)> {
    let mut s = XmlStream::from_slice(path, bytes, 0);
    let mut out = Vec::new();
    let mut version = None;
    let mut cls = classify;
    while let Some(c) = s.next(&mut cls)? {
        let n = c.node;
        let v = version_of(&n.ns);
        match (&v, &version) {
            (None, _) => {
                return Err(Error::malformed(
                    path,
                    crate::xml::line_col(path, n.offset),
                    format!("<{}> is not in an XPlanGML namespace ('{}')", n.name, n.ns),
                ))
            }
            (Some(v), None) => {
                let major = v.split('.').next().unwrap_or("");
                if !matches!(major, "4" | "5" | "6") {
                    return Err(Error::malformed(
                        path,
                        crate::xml::line_col(path, n.offset),
                        format!(
                            "unknown XPlanGML version {v} ({}); saale reads 4.x, 5.x, 6.x",
                            n.ns
                        ),
                    ));
                }
                version = Some(v.clone());
            }
            _ => {}
        }
        let ty = n.name.clone();
        let gml_id = n.id().unwrap_or("").to_string();
        let geom_node = match ty.as_str() {
            t if t.ends_with("_Plan") => n.child("raeumlicherGeltungsbereich"),
            t if t.ends_with("_Bereich") => n.child("geltungsbereich"),
            _ => n.child("position"),
        }
        .and_then(|p| p.children.first());
        let (geometry, rings, srs) = match geom_node {
            Some(g) => {
                let ids = gml::id_index(g);
                let (geom, rings) = gml::geometry_with_rings(g, opts, &ids).map_err(|m| {
                    Error::malformed(
                        path,
                        format!(
                            "{}, {ty} gml:id {gml_id}",
                            crate::xml::line_col(path, g.offset)
                        ),
                        m,
                    )
                })?;
                (Some(geom), rings, gml::srs_name(g).map(str::to_string))
            }
            None => (None, Vec::new(), None),
        };
        out.push(PlanObject {
            gml_id,
            ty,
            node: n,
            geometry,
            rings,
            srs,
        });
    }
    Ok((out, version.unwrap_or_default()))
}

fn area_of(g: &Option<Geometry<f64>>) -> Value {
    match g {
        Some(Geometry::Polygon(p)) => Value::Float(p.unsigned_area()),
        Some(Geometry::MultiPolygon(p)) => Value::Float(p.unsigned_area()),
        _ => Value::Null,
    }
}

fn href_id(n: &Node, name: &str) -> Option<String> {
    n.child(name)
        .and_then(|c| c.attr("href"))
        .map(|h| h.trim_start_matches('#').to_string())
}

fn boolean(s: Option<&str>) -> Value {
    match s {
        Some("true" | "1") => Value::Bool(true),
        Some("false" | "0") => Value::Bool(false),
        _ => Value::Null,
    }
}

/// Plan id of each object: via its Bereich (`gehoertZuBereich` → `gehoertZuPlan`), or the only
/// plan of the file.
fn plan_ids(objs: &[PlanObject]) -> HashMap<String, String> {
    let plans: Vec<&str> = objs
        .iter()
        .filter(|o| o.ty.ends_with("_Plan"))
        .map(|o| o.gml_id.as_str())
        .collect();
    let mut bereich_plan: HashMap<String, String> = HashMap::new();
    for o in objs.iter().filter(|o| o.ty.ends_with("_Bereich")) {
        if let Some(p) = href_id(&o.node, "gehoertZuPlan") {
            bereich_plan.insert(o.gml_id.clone(), p);
        }
    }
    // Plans also list their Bereiche.
    for o in objs.iter().filter(|o| o.ty.ends_with("_Plan")) {
        for b in o.node.children_named("bereich") {
            if let Some(h) = b.attr("href") {
                bereich_plan.insert(h.trim_start_matches('#').to_string(), o.gml_id.clone());
            }
        }
    }
    let mut out = HashMap::new();
    for o in objs {
        let via = href_id(&o.node, "gehoertZuBereich").and_then(|b| bereich_plan.get(&b).cloned());
        let id = via.or_else(|| (plans.len() == 1).then(|| plans[0].to_string()));
        if let Some(id) = id {
            out.insert(o.gml_id.clone(), id);
        }
    }
    out
}

/// Read one XPlanGML file into `plans`, `plan_zones` and `plan_objects`.
pub(crate) fn read(path: &Path, opts: &DatasetOptions) -> Result<Part> {
    let go = GmlOpts {
        default_dim: 2,
        arc_tolerance: opts.arc_tolerance,
    };
    let (bytes, hashed) = crate::dataset::read_hashed(path)?;
    let (objs, version) = read_objects_from(path, &bytes, &go)?;
    let pids = plan_ids(&objs);
    let mut part = Part {
        detail: format!("XPlanGML {version}"),
        sha256: Some(hashed),
        ..Part::default()
    };
    for o in objs {
        part.report.read(&o.ty);
        let srs = part.srs_id(o.srs.as_deref());
        let n = &o.node;
        let pid = text(pids.get(&o.gml_id).map(String::as_str));
        let area = area_of(&o.geometry);
        if o.ty.ends_with("_Plan") {
            let status = int(n.text_at(&["rechtsstand"]));
            let status_label = match status {
                Value::Int(c) => text(xp_rechtsstand(c)),
                _ => Value::Null,
            };
            let gem = n.path(&["gemeinde", "XP_Gemeinde"]);
            let values = vec![
                Value::String(o.gml_id.clone().into()),
                Value::String(o.ty.clone().into()),
                text(n.text_at(&["name"])),
                text(n.text_at(&["nummer"])),
                status,
                status_label,
                text(n.text_at(&["inkrafttretensDatum"])),
                text(
                    n.text_at(&["satzungsbeschlussDatum"])
                        .or_else(|| n.text_at(&["aufstellungsbeschlussDatum"])),
                ),
                text(gem.and_then(|g| g.text_at(&["gemeindeName"]))),
                text(gem.and_then(|g| g.text_at(&["ags"]))),
                int(n.text_at(&["planArt"])),
                Value::String(version.clone().into()),
                area,
            ];
            part.layer("plans", PLAN_FIELDS)
                .push(o.geometry, values, srs);
        } else if o.ty == "BP_BaugebietsTeilFlaeche" {
            let allg = int(n.text_at(&["allgArtDerBaulNutzung"]));
            let bes = int(n.text_at(&["besondereArtDerBaulNutzung"]));
            let bw = int(n.text_at(&["bauweise"]));
            let (bes_label, bes_short) = match bes {
                Value::Int(c) => xp_besondere_art(c)
                    .map_or((Value::Null, Value::Null), |(l, s)| {
                        (text(Some(l)), text(Some(s)))
                    }),
                _ => (Value::Null, Value::Null),
            };
            // The general type follows from the special type when only that is given.
            let allg = match (&allg, &bes) {
                (Value::Null, Value::Int(b)) => match b {
                    1000..=1300 => Value::Int(1000),
                    1400..=1600 => Value::Int(2000),
                    1700 | 1800 => Value::Int(3000),
                    2000..=4000 => Value::Int(4000),
                    _ => Value::Null,
                },
                _ => allg,
            };
            let allg_label = match allg {
                Value::Int(c) => text(xp_allg_art(c)),
                _ => Value::Null,
            };
            let bw_label = match bw {
                Value::Int(c) => text(xp_bauweise(c)),
                _ => Value::Null,
            };
            let values = vec![
                Value::String(o.gml_id.clone().into()),
                pid,
                float(n.text_at(&["GRZ"]).or_else(|| n.text_at(&["GRZmax"]))),
                float(n.text_at(&["GRZmax"])),
                float(n.text_at(&["GFZ"]).or_else(|| n.text_at(&["GFZmax"]))),
                float(n.text_at(&["GFZmax"])),
                int(n.text_at(&["Z"]).or_else(|| n.text_at(&["Zmax"]))),
                int(n.text_at(&["Zmax"])),
                float(n.text_at(&["BMZ"]).or_else(|| n.text_at(&["BMZmax"]))),
                float(n.text_at(&["GR"]).or_else(|| n.text_at(&["GRmax"]))),
                float(n.text_at(&["GF"]).or_else(|| n.text_at(&["GFmax"]))),
                allg,
                allg_label,
                bes,
                bes_label,
                bes_short,
                bw.clone(),
                bw_label,
                boolean(n.text_at(&["flaechenschluss"])),
                int(n.text_at(&["rechtscharakter"])),
                area,
            ];
            part.layer("plan_zones", ZONE_FIELDS)
                .push(o.geometry, values, srs);
        } else if is_presentation(&o.ty) {
            part.report
                .skipped(&format!("{}: presentation or structure object", o.ty));
        } else if o.geometry.is_some() {
            let values = vec![
                Value::String(o.gml_id.clone().into()),
                Value::String(o.ty.clone().into()),
                pid,
                boolean(n.text_at(&["flaechenschluss"])),
                int(n.text_at(&["rechtscharakter"])),
                area,
            ];
            part.layer("plan_objects", OBJECT_FIELDS)
                .push(o.geometry, values, srs);
        } else {
            part.report.skipped(&format!("{}: no geometry", o.ty));
        }
    }
    Ok(part)
}

/// One finding of [`check_plan`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanIssue {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// Short rule name: `invalid-geometry`, `ring-orientation`, `outside-geltungsbereich`,
    /// `overlap`, `no-geometry`.
    pub rule: &'static str,
    /// gml:id of the object (for overlaps: both, separated by ` / `).
    pub gml_id: String,
    /// Object type (`BP_BaugebietsTeilFlaeche`).
    pub object_type: String,
    /// What is wrong.
    pub message: String,
    /// Where: a coordinate in the object's CRS.
    pub x: f64,
    /// Where: a coordinate in the object's CRS.
    pub y: f64,
}

/// Areas below this (m²) are treated as numerical noise in the containment and overlap checks.
pub const AREA_TOLERANCE: f64 = 0.01;

/// Check an XPlanGML file: valid geometry, ring orientation (exterior counter-clockwise,
/// interior clockwise), area objects inside the Geltungsbereich of their plan, and no overlaps
/// between area objects with `flaechenschluss = true`.
///
/// # Errors
/// Reading errors (malformed XML, unknown namespace); findings are returned, not errors.
pub fn check_plan(path: &Path) -> Result<Vec<PlanIssue>> {
    let go = GmlOpts {
        default_dim: 2,
        arc_tolerance: 0.01,
    };
    let (objs, _) = read_objects(path, &go)?;
    let pids = plan_ids(&objs);
    let mut issues = Vec::new();
    let issue = |sev, rule, o: &PlanObject, msg: String, c: Coord<f64>| PlanIssue {
        severity: sev,
        rule,
        gml_id: o.gml_id.clone(),
        object_type: o.ty.clone(),
        message: msg,
        x: c.x,
        y: c.y,
    };
    for o in &objs {
        if is_presentation(&o.ty) && !o.ty.ends_with("Bereich") {
            continue;
        }
        let Some(g) = &o.geometry else {
            if o.ty.ends_with("_Plan") {
                issues.push(issue(
                    "error",
                    "no-geometry",
                    o,
                    "plan without raeumlicherGeltungsbereich".into(),
                    Coord {
                        x: f64::NAN,
                        y: f64::NAN,
                    },
                ));
            }
            continue;
        };
        if let Some(e) = crate::simple::validation_error(g) {
            let at = invalid_location(g).unwrap_or_else(|| first_coord(g));
            issues.push(issue("error", "invalid-geometry", o, e.to_string(), at));
        }
        for (pi, poly) in o.rings.iter().enumerate() {
            for (ri, ring) in poly.iter().enumerate() {
                let a = gml::signed_area_2d(ring);
                let want_ccw = ri == 0;
                if a != 0.0 && (a > 0.0) != want_ccw {
                    let c = ring.first().map_or(
                        Coord {
                            x: f64::NAN,
                            y: f64::NAN,
                        },
                        |p| Coord { x: p[0], y: p[1] },
                    );
                    issues.push(issue(
                        "error",
                        "ring-orientation",
                        o,
                        format!(
                            "{} ring {ri} of polygon {pi} is {}, must be {}",
                            if ri == 0 { "exterior" } else { "interior" },
                            if a > 0.0 {
                                "counter-clockwise"
                            } else {
                                "clockwise"
                            },
                            if want_ccw {
                                "counter-clockwise"
                            } else {
                                "clockwise"
                            }
                        ),
                        c,
                    ));
                }
            }
        }
    }
    // Containment in the Geltungsbereich of the object's plan (same CRS only).
    let plans: HashMap<&str, &PlanObject> = objs
        .iter()
        .filter(|o| o.ty.ends_with("_Plan"))
        .map(|o| (o.gml_id.as_str(), o))
        .collect();
    let areal: Vec<(&PlanObject, MultiPolygon<f64>)> = objs
        .iter()
        .filter(|o| !o.ty.ends_with("_Plan") && !is_presentation(&o.ty))
        .filter_map(|o| as_multipolygon(o.geometry.as_ref()).map(|m| (o, m)))
        .collect();
    for (o, mp) in &areal {
        let Some(plan) = pids.get(&o.gml_id).and_then(|p| plans.get(p.as_str())) else {
            continue;
        };
        let Some(gb) = as_multipolygon(plan.geometry.as_ref()) else {
            continue;
        };
        let mut mp = mp.clone();
        if plan.srs != o.srs && plan.srs.is_some() && o.srs.is_some() {
            // Compare in the plan's CRS.
            let from = o.srs.as_deref().map(saale_crs::Crs::parse);
            let to = plan.srs.as_deref().map(saale_crs::Crs::parse);
            let moved = match (from, to) {
                (Some(Ok(f)), Some(Ok(t))) => {
                    saale_crs::Transformer::new(&f, &t).ok().and_then(|tr| {
                        let mut g = Geometry::MultiPolygon(mp.clone());
                        tr.transform_geometry(&mut g).ok().map(|()| g)
                    })
                }
                _ => None,
            };
            issues.push(issue(
                "warning",
                "crs-mismatch",
                o,
                format!(
                    "object is in {} but its plan's Geltungsbereich in {}{}",
                    o.srs.as_deref().unwrap_or("?"),
                    plan.srs.as_deref().unwrap_or("?"),
                    if moved.is_some() {
                        "; compared after transformation"
                    } else {
                        "; cannot transform, not compared"
                    }
                ),
                first_coord(&Geometry::MultiPolygon(mp.clone())),
            ));
            match moved {
                Some(Geometry::MultiPolygon(m)) => mp = m,
                _ => continue,
            }
        }
        let outside = mp.difference(&gb);
        let a = outside.unsigned_area();
        if a > AREA_TOLERANCE {
            let at = outside
                .interior_point()
                .map_or_else(|| first_coord(&Geometry::MultiPolygon(mp.clone())), |p| p.0);
            issues.push(issue(
                "error",
                "outside-geltungsbereich",
                o,
                format!(
                    "{a:.2} m² ({:.1} %) lie outside the Geltungsbereich of plan {}",
                    100.0 * a / mp.unsigned_area().max(f64::MIN_POSITIVE),
                    plan.gml_id
                ),
                at,
            ));
        }
    }
    // Overlaps between area objects with flaechenschluss (same plan).
    let fs: Vec<&(&PlanObject, MultiPolygon<f64>)> = areal
        .iter()
        .filter(|(o, _)| o.node.text_at(&["flaechenschluss"]) == Some("true"))
        .collect();
    for i in 0..fs.len() {
        for j in (i + 1)..fs.len() {
            let (a, ga) = fs[i];
            let (b, gb) = fs[j];
            if pids.get(&a.gml_id) != pids.get(&b.gml_id) || a.srs != b.srs {
                continue;
            }
            let (Some(ra), Some(rb)) = (ga.bounding_rect(), gb.bounding_rect()) else {
                continue;
            };
            if !ra.intersects(&rb) {
                continue;
            }
            let inter = ga.intersection(gb);
            let ar = inter.unsigned_area();
            if ar > AREA_TOLERANCE {
                let at = inter.interior_point().map_or(
                    Coord {
                        x: f64::NAN,
                        y: f64::NAN,
                    },
                    |p| p.0,
                );
                issues.push(PlanIssue {
                    severity: "error",
                    rule: "overlap",
                    gml_id: format!("{} / {}", a.gml_id, b.gml_id),
                    object_type: format!("{} / {}", a.ty, b.ty),
                    message: format!("area objects with Flächenschluss overlap by {ar:.2} m²"),
                    x: at.x,
                    y: at.y,
                });
            }
        }
    }
    Ok(issues)
}

fn as_multipolygon(g: Option<&Geometry<f64>>) -> Option<MultiPolygon<f64>> {
    match g? {
        Geometry::Polygon(p) => Some(MultiPolygon(vec![p.clone()])),
        Geometry::MultiPolygon(m) => Some(m.clone()),
        _ => None,
    }
}

fn first_coord(g: &Geometry<f64>) -> Coord<f64> {
    let mut out = None;
    saale_model::for_each_coord(g, &mut |c| {
        if out.is_none() {
            out = Some(c);
        }
    });
    out.unwrap_or(Coord {
        x: f64::NAN,
        y: f64::NAN,
    })
}

/// A self-intersection point of a polygonal geometry, if any (first found).
fn invalid_location(g: &Geometry<f64>) -> Option<Coord<f64>> {
    let polys: Vec<&Polygon<f64>> = match g {
        Geometry::Polygon(p) => vec![p],
        Geometry::MultiPolygon(m) => m.0.iter().collect(),
        _ => return None,
    };
    polys
        .into_iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .find_map(|ring| {
            let (i, j) = crate::simple::first_self_intersection(ring)?;
            crate::simple::meeting_point(ring, i, j)
        })
}
