//! Building metrics shared by the CityGML and CityJSON readers: footprint, heights, volume (closed
//! solid via the divergence theorem, with orientation repair, else footprint × height), gross
//! floor area estimate, and roof faces with area, tilt and azimuth.

use std::collections::HashMap;

use geo::orient::{Direction, Orient};
use geo::{Area, BooleanOps};
use saale_model::geo_types::MultiPolygon;
use saale_model::{DatasetReport, FieldType as T, Geometry, Value};

use crate::codes::{building_function, roof_form};
use crate::dataset::{fval, text, Part};
use crate::gml::{to_multipolygon, Poly3, P3};

/// Semantic kind of a boundary surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Roof,
    Ground,
    Wall,
    Closure,
    Other,
}

impl Kind {
    pub fn from_name(n: &str) -> Kind {
        match n {
            "RoofSurface" => Kind::Roof,
            "GroundSurface" => Kind::Ground,
            "WallSurface" => Kind::Wall,
            "ClosureSurface" => Kind::Closure,
            _ => Kind::Other,
        }
    }
}

/// A boundary surface (one or more polygons) with its semantic kind.
#[derive(Debug, Clone)]
pub(crate) struct Surface {
    pub id: Option<String>,
    pub kind: Kind,
    pub polys: Vec<Poly3>,
}

/// One building or building part as read from the source.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unit {
    pub id: String,
    /// Thematic boundary surfaces.
    pub surfaces: Vec<Surface>,
    /// The solid's faces, when the source has a solid.
    pub solid: Option<Vec<Poly3>>,
    pub lod: Option<u8>,
    pub measured_height: Option<f64>,
    pub storeys: Option<i64>,
    pub roof_type: Option<i64>,
    pub function: Option<String>,
}

/// A whole building: its own unit plus parts, and building-level attributes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Building {
    pub id: String,
    pub alkis_id: Option<String>,
    pub municipality: Option<String>,
    pub year_built: Option<i64>,
    pub units: Vec<Unit>,
    pub srs: Option<String>,
    pub version: String,
}

pub(crate) const BUILDING_FIELDS: &[(&str, T)] = &[
    ("gml_id", T::String),
    ("alkis_id", T::String),
    ("function", T::Int),
    ("function_label", T::String),
    ("roof_type", T::Int),
    ("roof_type_label", T::String),
    ("measured_height", T::Float),
    ("storeys", T::Int),
    ("ground_height", T::Float),
    ("roof_height_max", T::Float),
    ("footprint_area", T::Float),
    ("volume", T::Float),
    ("volume_method", T::String),
    ("gfa_estimate", T::Float),
    ("gfa_method", T::String),
    ("lod", T::Int),
    ("parts", T::Int),
    ("year_built", T::Int),
    ("municipality", T::String),
    ("source_version", T::String),
];

pub(crate) const ROOF_FIELDS: &[(&str, T)] = &[
    ("surface_id", T::String),
    ("building_id", T::String),
    ("part_id", T::String),
    ("area_3d", T::Float),
    ("area_2d", T::Float),
    ("tilt_deg", T::Float),
    ("azimuth_deg", T::Float),
    ("z_min", T::Float),
    ("z_max", T::Float),
];

/// Storey height used to estimate storeys from the building height when none are recorded.
pub(crate) const STOREY_HEIGHT: f64 = 3.0;

/// Newell vector area of a ring (|n| = area, direction = normal by the right-hand rule).
fn newell(r: &[P3], o: P3) -> [f64; 3] {
    let mut n = [0.0; 3];
    for w in r.windows(2) {
        let (a, b) = (sub(w[0], o), sub(w[1], o));
        n[0] += (a[1] - b[1]) * (a[2] + b[2]);
        n[1] += (a[2] - b[2]) * (a[0] + b[0]);
        n[2] += (a[0] - b[0]) * (a[1] + b[1]);
    }
    [n[0] / 2.0, n[1] / 2.0, n[2] / 2.0]
}

fn sub(a: P3, b: P3) -> P3 {
    [a[0] - b[0], a[1] - b[1], z0(a[2]) - z0(b[2])]
}

fn z0(z: f64) -> f64 {
    if z.is_nan() {
        0.0
    } else {
        z
    }
}

fn norm(v: [f64; 3]) -> f64 {
    (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).sqrt()
}

/// Vector area of a polygon (exterior minus holes as oriented).
fn poly_normal(p: &Poly3, o: P3) -> [f64; 3] {
    let mut n = [0.0; 3];
    for r in p {
        let v = newell(r, o);
        for k in 0..3 {
            n[k] += v[k];
        }
    }
    n
}

/// Signed volume contribution of a polygon: fan triangles from its first vertex.
fn poly_volume(p: &Poly3, o: P3) -> f64 {
    let mut v = 0.0;
    for r in p {
        if r.len() < 4 {
            continue;
        }
        let a = sub(r[0], o);
        for w in r[1..r.len() - 1].windows(2) {
            let (b, c) = (sub(w[0], o), sub(w[1], o));
            v += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                + a[2] * (b[0] * c[1] - b[1] * c[0]);
        }
    }
    v / 6.0
}

/// Result of the solid analysis.
pub(crate) enum SolidVolume {
    /// Closed and consistently oriented (possibly after repair).
    Closed {
        volume: f64,
        repaired: Option<&'static str>,
    },
    /// Not closed: reason.
    Open(&'static str),
}

/// A vertex rounded to millimetres, for matching edges.
type VKey = (i64, i64, i64);

fn key(p: P3) -> VKey {
    (
        (p[0] * 1000.0).round() as i64,
        (p[1] * 1000.0).round() as i64,
        (z0(p[2]) * 1000.0).round() as i64,
    )
}

/// Volume of a solid given by its faces.
pub(crate) fn solid_volume(faces: &[Poly3]) -> SolidVolume {
    let Some(o) = faces
        .first()
        .and_then(|f| f.first())
        .and_then(|r| r.first())
        .copied()
    else {
        return SolidVolume::Open("solid without faces");
    };
    if faces.iter().flatten().flatten().any(|p| p[2].is_nan()) {
        return SolidVolume::Open("solid without z coordinates");
    }
    let closed_and_consistent = |faces: &[Poly3]| {
        let mut s = [0.0; 3];
        let mut total = 0.0;
        for f in faces {
            let n = poly_normal(f, o);
            total += norm(n);
            for k in 0..3 {
                s[k] += n[k];
            }
        }
        total > 0.0 && norm(s) <= 1e-3 * total
    };
    let finish = |faces: &[Poly3], repaired: Option<&'static str>| {
        let v: f64 = faces.iter().map(|f| poly_volume(f, o)).sum();
        if v < 0.0 {
            SolidVolume::Closed {
                volume: -v,
                repaired: Some(repaired.unwrap_or("solid oriented inwards (all faces flipped)")),
            }
        } else {
            SolidVolume::Closed {
                volume: v,
                repaired,
            }
        }
    };
    if closed_and_consistent(faces) {
        return finish(faces, None);
    }
    // Try to repair face orientation: walk faces over shared edges, flipping where a neighbour
    // uses the edge in the same direction.
    let mut edges: HashMap<(VKey, VKey), Vec<(usize, bool)>> = HashMap::new();
    for (fi, f) in faces.iter().enumerate() {
        for r in f {
            for w in r.windows(2) {
                let (a, b) = (key(w[0]), key(w[1]));
                if a == b {
                    continue;
                }
                let (k, fwd) = if a < b {
                    ((a, b), true)
                } else {
                    ((b, a), false)
                };
                edges.entry(k).or_default().push((fi, fwd));
            }
        }
    }
    if edges.values().any(|v| v.len() % 2 == 1) {
        return SolidVolume::Open("solid not closed (open edges)");
    }
    let mut adj: Vec<Vec<(usize, bool)>> = vec![Vec::new(); faces.len()];
    for v in edges.values() {
        if v.len() == 2 {
            let ((f1, d1), (f2, d2)) = (v[0], v[1]);
            // Same direction on both faces: one must be flipped relative to the other.
            let must_differ = d1 == d2;
            adj[f1].push((f2, must_differ));
            adj[f2].push((f1, must_differ));
        }
    }
    let mut flip: Vec<Option<bool>> = vec![None; faces.len()];
    for start in 0..faces.len() {
        if flip[start].is_some() {
            continue;
        }
        flip[start] = Some(false);
        let mut stack = vec![start];
        while let Some(f) = stack.pop() {
            let ff = flip[f].unwrap_or(false);
            for &(g, differ) in &adj[f] {
                let want = ff ^ differ;
                match flip[g] {
                    None => {
                        flip[g] = Some(want);
                        stack.push(g);
                    }
                    Some(x) if x != want => return SolidVolume::Open("solid not orientable"),
                    _ => {}
                }
            }
        }
    }
    let fixed: Vec<Poly3> = faces
        .iter()
        .zip(&flip)
        .map(|(f, fl)| {
            let mut f = f.clone();
            if fl.unwrap_or(false) {
                for r in &mut f {
                    r.reverse();
                }
            }
            f
        })
        .collect();
    if closed_and_consistent(&fixed) {
        finish(&fixed, Some("face orientation made consistent"))
    } else {
        SolidVolume::Open("solid not closed")
    }
}

struct UnitMetrics {
    footprint: MultiPolygon<f64>,
    footprint_area: f64,
    ground: Option<f64>,
    top: Option<f64>,
    volume: Option<f64>,
    volume_from_solid: bool,
}

fn unit_metrics(u: &Unit, report: &mut DatasetReport) -> UnitMetrics {
    let ground_polys: Vec<Poly3> = u
        .surfaces
        .iter()
        .filter(|s| s.kind == Kind::Ground)
        .flat_map(|s| s.polys.iter().cloned())
        .collect();
    let all_faces: Vec<&Poly3> = match &u.solid {
        Some(s) => s.iter().collect(),
        None => u.surfaces.iter().flat_map(|s| s.polys.iter()).collect(),
    };
    let zs = || {
        all_faces
            .iter()
            .flat_map(|p| p.iter().flatten())
            .map(|p| p[2])
            .filter(|z| !z.is_nan())
    };
    let top = zs().fold(None, |m: Option<f64>, z| Some(m.map_or(z, |m| m.max(z))));
    let ground = ground_polys
        .iter()
        .flatten()
        .flatten()
        .map(|p| p[2])
        .filter(|z| !z.is_nan())
        .fold(None, |m: Option<f64>, z| Some(m.map_or(z, |m| m.min(z))))
        .or_else(|| zs().fold(None, |m: Option<f64>, z| Some(m.map_or(z, |m| m.min(z)))));
    // Footprint: ground surfaces; else the downward faces of the solid.
    let mut fp_polys = ground_polys;
    if fp_polys.is_empty() {
        let o = all_faces
            .first()
            .and_then(|f| f.first())
            .and_then(|r| r.first())
            .copied()
            .unwrap_or([0.0; 3]);
        // Horizontal faces at the lowest level (orientation-independent).
        let zmin = all_faces
            .iter()
            .flat_map(|p| p.iter().flatten())
            .map(|p| p[2])
            .filter(|z| !z.is_nan())
            .fold(f64::INFINITY, f64::min);
        fp_polys = all_faces
            .iter()
            .filter(|f| {
                let n = poly_normal(f, o);
                let l = norm(n);
                let ext = f.first().map_or(&[][..], |r| &r[..]);
                let mean_z = ext.iter().map(|p| p[2]).sum::<f64>() / ext.len().max(1) as f64;
                l > 0.0 && n[2].abs() / l > 0.99 && (mean_z - zmin).abs() < 0.1
            })
            .map(|f| (*f).clone())
            .collect();
        if !fp_polys.is_empty() {
            report.repaired("footprint from the solid's bottom faces (no GroundSurface)");
        } else {
            // Projection of the roofs.
            fp_polys = u
                .surfaces
                .iter()
                .filter(|s| s.kind == Kind::Roof)
                .flat_map(|s| s.polys.iter().cloned())
                .collect();
            if !fp_polys.is_empty() {
                report.repaired("footprint from the roof projection (no GroundSurface)");
            } else {
                // Union of the projections of all non-vertical faces.
                let mut acc = MultiPolygon::<f64>(Vec::new());
                for f in all_faces.iter().filter(|f| {
                    let n = poly_normal(f, o);
                    let l = norm(n);
                    l > 0.0 && n[2].abs() / l > 0.01
                }) {
                    if let Some(p) = crate::gml::to_polygon(f) {
                        let p = if crate::gml::signed_area_2d(&f[0]) < 0.0 {
                            let mut p = p;
                            p.exterior_mut(|r| r.0.reverse());
                            p
                        } else {
                            p
                        };
                        acc = acc.union(&MultiPolygon(vec![p]));
                    }
                }
                if !acc.0.is_empty() {
                    report.repaired("footprint from the union of the face projections");
                    return finish_metrics(u, acc, ground, top, report);
                }
            }
        }
    }
    finish_metrics(u, footprint_of(&fp_polys, report), ground, top, report)
}

/// The footprint of horizontal polygons: their union when some overlap. Real deliveries have
/// slivers where GroundSurface polygons overlap (Berlin LoD2: 0.06 m² on one building); a plain
/// collection would count them twice and be an invalid multipolygon. Reported as a repair.
fn footprint_of(polys: &[Poly3], report: &mut DatasetReport) -> MultiPolygon<f64> {
    let mp = to_multipolygon(polys);
    if mp.0.len() < 2 {
        return mp;
    }
    let sum: f64 = mp.0.iter().map(Area::unsigned_area).sum();
    let mut merged = MultiPolygon::<f64>(Vec::new());
    for p in &mp.0 {
        merged = merged.union(&MultiPolygon(vec![p.orient(Direction::Default)]));
    }
    if sum - merged.unsigned_area() > 1e-9 * sum.max(1.0) {
        report.repaired("overlapping ground surfaces merged into one footprint");
        merged
    } else {
        mp
    }
}

fn finish_metrics(
    u: &Unit,
    footprint: MultiPolygon<f64>,
    ground: Option<f64>,
    top: Option<f64>,
    report: &mut DatasetReport,
) -> UnitMetrics {
    let footprint_area = footprint.unsigned_area();
    let shell: Vec<Poly3> = match &u.solid {
        Some(s) => s.clone(),
        None => u
            .surfaces
            .iter()
            .flat_map(|s| s.polys.iter().cloned())
            .collect(),
    };
    let (volume, from_solid) = match solid_volume(&shell) {
        SolidVolume::Closed { volume, repaired } => {
            if let Some(r) = repaired {
                report.repaired(r);
            }
            (Some(volume), true)
        }
        SolidVolume::Open(reason) => {
            let h = u.measured_height.or_else(|| Some(top? - ground?));
            let v = h.filter(|h| *h > 0.0).map(|h| h * footprint_area);
            report.repaired(&format!("{reason}: volume = footprint x height"));
            (v, false)
        }
    };
    UnitMetrics {
        footprint,
        footprint_area,
        ground,
        top,
        volume,
        volume_from_solid: from_solid,
    }
}

/// Tilt (degrees from horizontal) and azimuth (degrees clockwise from north, the direction the
/// face looks at) of an upward-facing normal; azimuth is `None` for flat faces (tilt < 1°).
pub(crate) fn tilt_azimuth(n: [f64; 3]) -> Option<(f64, Option<f64>)> {
    let l = norm(n);
    if l == 0.0 {
        return None;
    }
    let n = if n[2] < 0.0 { [-n[0], -n[1], -n[2]] } else { n };
    let tilt = (n[2] / l).clamp(-1.0, 1.0).acos().to_degrees();
    let az = (tilt >= 1.0).then(|| n[0].atan2(n[1]).to_degrees().rem_euclid(360.0));
    Some((tilt, az))
}

fn function_code(f: &str) -> Option<i64> {
    // AdV profile: `31001_2463` (ALKIS object type, function code); plain codes elsewhere.
    f.rsplit('_').next().and_then(|c| c.trim().parse().ok())
}

/// Turn a building into one `buildings3d` feature and its `roofs` features.
pub(crate) fn emit(b: &Building, part: &mut Part) {
    if let Some(out) = part.surfaces.as_mut() {
        out.push(surfaces_of(b));
    }
    let srs = part.srs_id(b.srs.as_deref());
    let mut report = DatasetReport::default();
    let mut fp = Vec::new();
    let mut fp_area = 0.0;
    let mut volume = 0.0;
    let mut all_solid = true;
    let mut any_volume = false;
    let mut ground: Option<f64> = None;
    let mut top: Option<f64> = None;
    let mut gfa = 0.0;
    let mut gfa_from_storeys = true;
    let mut gfa_known = true;
    for u in &b.units {
        if u.surfaces.is_empty() && u.solid.is_none() {
            continue;
        }
        let m = unit_metrics(u, &mut report);
        fp.extend(m.footprint.0);
        fp_area += m.footprint_area;
        if let Some(v) = m.volume {
            volume += v;
            any_volume = true;
        }
        all_solid &= m.volume_from_solid;
        ground = match (ground, m.ground) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        top = match (top, m.top) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let h = u.measured_height.or_else(|| Some(m.top? - m.ground?));
        match (u.storeys, h) {
            (Some(s), _) => gfa += s as f64 * m.footprint_area,
            (None, Some(h)) if h > 0.0 => {
                gfa_from_storeys = false;
                gfa += (h / STOREY_HEIGHT).round().max(1.0) * m.footprint_area;
            }
            _ => gfa_known = false,
        }
        for s in u.surfaces.iter().filter(|s| s.kind == Kind::Roof) {
            let o = s
                .polys
                .first()
                .and_then(|p| p.first())
                .and_then(|r| r.first())
                .copied()
                .unwrap_or([0.0; 3]);
            let mut n = [0.0; 3];
            let mut a3 = 0.0;
            for p in &s.polys {
                let mut v = poly_normal(p, o);
                // Orient each polygon upwards before summing.
                if v[2] < 0.0 {
                    v = [-v[0], -v[1], -v[2]];
                }
                a3 += norm(v);
                for k in 0..3 {
                    n[k] += v[k];
                }
            }
            let mp = to_multipolygon(&s.polys);
            let a2 = mp.unsigned_area();
            let ta = tilt_azimuth(n);
            let zs: Vec<f64> = s
                .polys
                .iter()
                .flatten()
                .flatten()
                .map(|p| p[2])
                .filter(|z| !z.is_nan())
                .collect();
            let values = vec![
                text(s.id.as_deref()),
                Value::String(b.id.clone().into()),
                Value::String(u.id.clone().into()),
                Value::Float(a3),
                Value::Float(a2),
                fval(ta.map(|t| t.0)),
                fval(ta.and_then(|t| t.1)),
                fval(zs.iter().copied().reduce(f64::min)),
                fval(zs.iter().copied().reduce(f64::max)),
            ];
            part.layer("roofs", ROOF_FIELDS)
                .push(Some(Geometry::MultiPolygon(mp)), values, srs);
        }
    }
    for reason in report.repaired.keys() {
        report
            .places
            .entry(reason.clone())
            .or_default()
            .push(format!("Building gml:id {}", b.id));
    }
    part.report.merge(&report);
    if fp.is_empty() {
        part.report.skipped_at(
            "building without usable geometry",
            format!("Building gml:id {}", b.id),
        );
        return;
    }
    let first = |f: &dyn Fn(&Unit) -> Option<i64>| b.units.iter().find_map(f);
    let function = b
        .units
        .iter()
        .find_map(|u| u.function.as_deref().and_then(function_code));
    let roof = first(&|u| u.roof_type);
    let storeys = b.units.iter().filter_map(|u| u.storeys).max();
    let mh = b
        .units
        .iter()
        .filter_map(|u| u.measured_height)
        .reduce(f64::max);
    let lod = b.units.iter().filter_map(|u| u.lod).max();
    let values = vec![
        Value::String(b.id.clone().into()),
        text(b.alkis_id.as_deref()),
        function.map_or(Value::Null, Value::Int),
        text(function.and_then(building_function)),
        roof.map_or(Value::Null, Value::Int),
        text(roof.and_then(roof_form)),
        fval(mh),
        storeys.map_or(Value::Null, Value::Int),
        fval(ground),
        fval(top),
        Value::Float(fp_area),
        if any_volume {
            Value::Float(volume)
        } else {
            Value::Null
        },
        Value::String(
            if !any_volume {
                "none"
            } else if all_solid {
                "solid"
            } else {
                "footprint_x_height"
            }
            .into(),
        ),
        if gfa_known {
            Value::Float(gfa)
        } else {
            Value::Null
        },
        text(gfa_known.then_some(if gfa_from_storeys {
            "storeys"
        } else {
            "height_3m"
        })),
        lod.map_or(Value::Null, |l| Value::Int(i64::from(l))),
        Value::Int(b.units.len().saturating_sub(1) as i64),
        b.year_built.map_or(Value::Null, Value::Int),
        text(b.municipality.as_deref()),
        Value::String(b.version.clone().into()),
    ];
    part.layer("buildings3d", BUILDING_FIELDS).push(
        Some(Geometry::MultiPolygon(MultiPolygon(fp))),
        values,
        srs,
    );
}

/// The surfaces of a building for the 3D outputs: each unit's thematic surfaces, or the faces
/// of its solid when it has none.
fn surfaces_of(b: &Building) -> saale_model::BuildingSurfaces {
    use saale_model::{Surface3, SurfaceKind as S};
    let mut surfaces = Vec::new();
    for u in &b.units {
        if u.surfaces.iter().any(|s| !s.polys.is_empty()) {
            for s in &u.surfaces {
                let kind = match s.kind {
                    Kind::Roof => S::Roof,
                    Kind::Wall => S::Wall,
                    Kind::Ground => S::Ground,
                    Kind::Closure => S::Closure,
                    Kind::Other => S::Other,
                };
                surfaces.extend(s.polys.iter().map(|p| Surface3 {
                    kind,
                    rings: p.clone(),
                }));
            }
        } else if let Some(faces) = &u.solid {
            surfaces.extend(faces.iter().map(|p| Surface3 {
                kind: S::Other,
                rings: p.clone(),
            }));
        }
    }
    saale_model::BuildingSurfaces {
        id: b.id.clone(),
        srs: b.srs.clone(),
        surfaces,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Axis-aligned box faces, outward oriented.
    fn cuboid(w: f64, d: f64, h: f64) -> Vec<Poly3> {
        let p = |x: f64, y: f64, z: f64| [x + 500_000.0, y + 5_600_000.0, z + 100.0];
        let face = |v: [[f64; 3]; 4]| {
            let mut r: Vec<P3> = v.iter().map(|c| p(c[0], c[1], c[2])).collect();
            r.push(r[0]);
            vec![r]
        };
        vec![
            face([[0., 0., 0.], [0., d, 0.], [w, d, 0.], [w, 0., 0.]]), // bottom, normal -z
            face([[0., 0., h], [w, 0., h], [w, d, h], [0., d, h]]),     // top, +z
            face([[0., 0., 0.], [w, 0., 0.], [w, 0., h], [0., 0., h]]), // front y=0, -y
            face([[0., d, 0.], [0., d, h], [w, d, h], [w, d, 0.]]),     // back, +y
            face([[0., 0., 0.], [0., 0., h], [0., d, h], [0., d, 0.]]), // left x=0, -x
            face([[w, 0., 0.], [w, d, 0.], [w, d, h], [w, 0., h]]),     // right, +x
        ]
    }

    #[test]
    fn box_volume_and_repair() {
        let faces = cuboid(10.0, 8.0, 6.0);
        match solid_volume(&faces) {
            SolidVolume::Closed { volume, repaired } => {
                assert!((volume - 480.0).abs() < 1e-6, "{volume}");
                assert!(repaired.is_none());
            }
            SolidVolume::Open(r) => panic!("{r}"),
        }
        // One face flipped: repaired, same volume.
        let mut bad = faces.clone();
        bad[3][0].reverse();
        match solid_volume(&bad) {
            SolidVolume::Closed { volume, repaired } => {
                assert!((volume - 480.0).abs() < 1e-6);
                assert_eq!(repaired, Some("face orientation made consistent"));
            }
            SolidVolume::Open(r) => panic!("{r}"),
        }
        // A missing face: open.
        let open: Vec<Poly3> = faces[..5].to_vec();
        assert!(matches!(solid_volume(&open), SolidVolume::Open(_)));
    }

    #[test]
    fn overlapping_ground_surfaces_are_counted_once_in_the_footprint() {
        // Two 10 x 10 m ground polygons overlapping by 1 x 10 m (one clockwise): 190 m², not 200.
        let sq = |x0: f64, cw: bool| {
            let mut r: Vec<P3> = [[0., 0.], [10., 0.], [10., 10.], [0., 10.], [0., 0.]]
                .iter()
                .map(|c| [500_000.0 + x0 + c[0], 5_600_000.0 + c[1], 100.0])
                .collect();
            if cw {
                r.reverse();
            }
            vec![r]
        };
        let u = Unit {
            surfaces: vec![Surface {
                id: None,
                kind: Kind::Ground,
                polys: vec![sq(0.0, false), sq(9.0, true)],
            }],
            measured_height: Some(5.0),
            ..Unit::default()
        };
        let mut report = DatasetReport::default();
        let m = unit_metrics(&u, &mut report);
        assert!(
            (m.footprint_area - 190.0).abs() < 1e-9,
            "{}",
            m.footprint_area
        );
        assert_eq!(m.footprint.0.len(), 1);
        assert!(format!("{report:?}").contains("overlapping ground surfaces merged"));
        // Ground polygons that only touch stay as they are, without a repair.
        let touching = Unit {
            surfaces: vec![Surface {
                id: None,
                kind: Kind::Ground,
                polys: vec![sq(0.0, false), sq(10.0, false)],
            }],
            ..Unit::default()
        };
        let mut report = DatasetReport::default();
        let m = unit_metrics(&touching, &mut report);
        assert!((m.footprint_area - 200.0).abs() < 1e-9);
        assert!(!format!("{report:?}").contains("overlapping"));
    }

    #[test]
    fn gable_roof_tilt_and_azimuth() {
        // A roof face rising towards north: it looks south (azimuth 180), 45 degrees.
        let n = [0.0, -1.0, 1.0];
        let (t, a) = tilt_azimuth(n).expect("normal");
        assert!((t - 45.0).abs() < 1e-9);
        assert!((a.expect("az") - 180.0).abs() < 1e-9);
        let (t, a) = tilt_azimuth([0.0, 0.0, -2.0]).expect("normal");
        assert!(t.abs() < 1e-9 && a.is_none());
        let (_, a) = tilt_azimuth([1.0, 0.0, 1.0]).expect("normal");
        assert!((a.expect("az") - 90.0).abs() < 1e-9);
    }
}
