//! Conformance corpus (`data/conformance/`): small official deliveries from other German states
//! (Berlin, Bavaria, Hamburg, Bremen, Baden-Württemberg, North Rhine-Westphalia,
//! Mecklenburg-Vorpommern), imported with
//! `saale import` and compared with GDAL's drivers (object counts) and with an independent
//! geometry computation (GEOS via shapely, or GDAL/OGR SQL): footprint areas, ground and
//! measured heights, solid volumes, plan object areas, street lengths, parcel areas.
//!
//! Where saale differs from GDAL for a documented reason (it skips presentation objects, it takes
//! the volume from footprint x height when a shell is open) the test asserts exactly that
//! difference. Known gaps are asserted explicitly, so fixing one makes the test fail until the
//! entry is updated.
//!
//! Each test adds one line to `target/conformance-summary.txt` (files, objects, GDAL objects,
//! repairs, skips), followed by a total; `.ci/run` prints the file after the tests.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use common::{peer_python, python, require, root, saale, saale_ok};
use geo::{Area, Euclidean, Length};
use saale_model::{Geometry, Layer, Value};
use saale_store::Project;

// ---------------------------------------------------------------------------------------------
// Summary

/// One file's result line.
#[derive(Debug, Clone)]
struct Line {
    file: String,
    state: &'static str,
    format: String,
    objects: u64,
    gdal: u64,
    repairs: u64,
    skips: u64,
    note: String,
}

static SUMMARY: Mutex<BTreeMap<String, Line>> = Mutex::new(BTreeMap::new());

/// Record a line and rewrite `target/conformance-summary.txt` with every line so far and the
/// total (the last test to finish writes the complete file).
fn record(l: Line) {
    eprintln!(
        "conformance: {} ({}, {}): {} objects (GDAL {}), {} repairs, {} skips{}",
        l.file,
        l.state,
        l.format,
        l.objects,
        l.gdal,
        l.repairs,
        l.skips,
        if l.note.is_empty() {
            String::new()
        } else {
            format!("; {}", l.note)
        }
    );
    let mut m = SUMMARY
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    m.insert(l.file.clone(), l);
    let mut out = String::new();
    let (mut objects, mut gdal, mut repairs, mut skips) = (0, 0, 0, 0);
    let mut states = std::collections::BTreeSet::new();
    for l in m.values() {
        out.push_str(&format!(
            "conformance {:<48} {:<18} {:<14} objects {:>5} (GDAL {:>5})  repairs {:>3}  skips {:>3}{}\n",
            l.file,
            l.state,
            l.format,
            l.objects,
            l.gdal,
            l.repairs,
            l.skips,
            if l.note.is_empty() {
                String::new()
            } else {
                format!("  [{}]", l.note)
            }
        ));
        objects += l.objects;
        gdal += l.gdal;
        repairs += l.repairs;
        skips += l.skips;
        states.insert(l.state);
    }
    out.push_str(&format!(
        "conformance total: {} files from {} states, {objects} objects (GDAL {gdal}), {repairs} repairs, {skips} skips\n",
        m.len(),
        states.len()
    ));
    let _ = std::fs::write(root().join("target/conformance-summary.txt"), out);
}

// ---------------------------------------------------------------------------------------------
// Helpers

fn corpus(rel: &str) -> PathBuf {
    root().join("data/conformance").join(rel)
}

/// Copy the corpus file into `dir` (GDAL's GML driver writes a `.gfs` beside what it reads).
fn staged(rel: &str, dir: &Path) -> PathBuf {
    let src = corpus(rel);
    assert!(src.is_file(), "{} is missing", src.display());
    let dst = dir.join(src.file_name().unwrap());
    std::fs::copy(&src, &dst).unwrap();
    dst
}

fn init(dir: &Path, crs: &str) -> PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap(), "--crs", crs, "-q"]);
    p
}

/// `saale --json import FILE EXTRA...`: the delivery report.
fn import(p: &Path, file: &Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "-p",
        p.to_str().unwrap(),
        "--json",
        "import",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let out = saale_ok(&args);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["delivery"].clone()
}

fn sum(v: &serde_json::Value) -> u64 {
    v.as_object().map_or(0, |m| {
        m.values().filter_map(serde_json::Value::as_u64).sum()
    })
}

fn layer(p: &Path, name: &str) -> Layer {
    Project::open(p).unwrap().read_layer(name).unwrap()
}

fn num(l: &Layer, f: &saale_model::Feature, field: &str) -> Option<f64> {
    f.value(l.schema.index_of(field).unwrap()).as_f64()
}

fn text(l: &Layer, f: &saale_model::Feature, field: &str) -> String {
    match f.value(l.schema.index_of(field).unwrap()) {
        Value::String(s) => s.to_string(),
        Value::Null => String::new(),
        v => format!("{v:?}"),
    }
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1.0)
}

/// `ogrinfo -ro -so -al FILE`: feature count per layer.
fn gdal_counts(file: &Path) -> BTreeMap<String, u64> {
    let out = Command::new("ogrinfo")
        .args(["-ro", "-so", "-al"])
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut m = BTreeMap::new();
    let mut name = None;
    for l in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some(n) = l.strip_prefix("Layer name: ") {
            name = Some(n.trim().to_string());
        } else if let Some(c) = l.strip_prefix("Feature Count: ") {
            if let Some(n) = name.take() {
                m.insert(n, c.trim().parse().unwrap());
            }
        }
    }
    m
}

/// Rows of `ogrinfo -ro -q FILE -sql SQL [-dialect D]` as field → text, one map per feature.
fn gdal_rows(file: &Path, sql: &str, dialect: Option<&str>) -> Vec<HashMap<String, String>> {
    let mut c = Command::new("ogrinfo");
    c.args(["-ro", "-q"]).arg(file).args(["-sql", sql]);
    if let Some(d) = dialect {
        c.args(["-dialect", d]);
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows = Vec::new();
    let mut cur: Option<HashMap<String, String>> = None;
    for l in String::from_utf8_lossy(&out.stdout).lines() {
        if l.starts_with("OGRFeature(") {
            rows.extend(cur.take());
            cur = Some(HashMap::new());
        } else if let Some(row) = cur.as_mut() {
            // "  name (Type) = value"
            if let Some((k, v)) = l.trim().split_once(") = ") {
                if let Some((name, _)) = k.split_once(" (") {
                    row.insert(name.to_string(), v.to_string());
                }
            }
        }
    }
    rows.extend(cur);
    rows
}

// ---------------------------------------------------------------------------------------------
// CityGML

/// Independent reference per building (Python, ElementTree + shapely, no saale code): footprint
/// = area of the union of the GroundSurface polygons per building unit (summed over parts);
/// ground = lowest z of the GroundSurfaces; height = measuredHeight (CityGML 1.0/2.0) or
/// `con:Height/value` (3.0); volume = |divergence-theorem volume| of the highest-LoD solid
/// (xlink:href members resolved), else of all boundary surfaces.
const CITYGML_REFERENCE: &str = r##"
import json, sys
import xml.etree.ElementTree as ET
from shapely.geometry import Polygon
from shapely.ops import unary_union

XLINK = "{http://www.w3.org/1999/xlink}href"
def local(t): return t.rsplit("}", 1)[-1]
def gid(e):
    for k, v in e.attrib.items():
        if local(k) == "id":
            return v
    return None

root = ET.parse(sys.argv[1]).getroot()
index = {}
for e in root.iter():
    i = gid(e)
    if i is not None:
        index.setdefault(i, e)

def coords(ring):
    vals = []
    for c in ring.iter():
        if local(c.tag) in ("posList", "pos") and c.text:
            vals += [float(t) for t in c.text.split()]
    return [tuple(vals[i:i + 3]) for i in range(0, len(vals) - 2, 3)]

def rings(poly):
    ext, ints = None, []
    for c in poly:
        if local(c.tag) == "exterior":
            ext = coords(c)
        elif local(c.tag) == "interior":
            ints.append(coords(c))
    return ext, ints

def polys_of(e, seen):
    if local(e.tag) == "Polygon":
        return [e]
    h = e.attrib.get(XLINK)
    if h is not None:
        t = index.get(h.lstrip("#"))
        if t is None or h in seen:
            return []
        seen.add(h)
        return polys_of(t, seen)
    out = []
    for c in e:
        out += polys_of(c, seen)
    return out

def signed_volume(polys):
    v, o = 0.0, None
    for p in polys:
        ext, ints = rings(p)
        for r in [ext] + ints:
            if not r:
                continue
            if o is None:
                o = r[0]
            q = [(x - o[0], y - o[1], z - o[2]) for x, y, z in r]
            for i in range(1, len(q) - 2):
                a, b, c = q[0], q[i], q[i + 1]
                v += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                      + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6.0
    return v

def own(u):
    out = []
    def walk(e):
        for c in e:
            if local(c.tag) in ("BuildingPart", "consistsOfBuildingPart", "buildingPart"):
                continue
            out.append(c)
            walk(c)
    walk(u)
    return out

SURFACES = ("RoofSurface", "GroundSurface", "WallSurface", "ClosureSurface",
            "OuterCeilingSurface", "OuterFloorSurface")
res = {}
for b in root.iter():
    if local(b.tag) != "Building":
        continue
    fp, vol, ground, heights = 0.0, 0.0, None, []
    units = [b] + [e for e in b.iter() if e is not b and local(e.tag) == "BuildingPart"]
    for u in units:
        els = own(u)
        shapes = []
        for e in els:
            if local(e.tag) != "GroundSurface":
                continue
            for p in polys_of(e, set()):
                ext, ints = rings(p)
                shapes.append(Polygon([c[:2] for c in ext], [[c[:2] for c in r] for r in ints]))
                for r in [ext] + ints:
                    for c in r:
                        ground = c[2] if ground is None else min(ground, c[2])
        if shapes:
            fp += unary_union(shapes).area
        solids = sorted((e for e in els if local(e.tag).startswith("lod")
                         and local(e.tag).endswith("Solid")), key=lambda e: local(e.tag))
        if solids:
            faces = polys_of(solids[-1], set())
        else:
            faces = [p for e in els if local(e.tag) in SURFACES for p in polys_of(e, set())]
        vol += abs(signed_volume(faces))
        for e in els:
            if local(e.tag) == "measuredHeight":
                heights.append(float(e.text))
            if local(e.tag) == "Height":
                heights += [float(v.text) for v in e.iter() if local(v.tag) == "value"]
    res[gid(b)] = {"footprint": fp, "volume": vol, "ground": ground,
                   "height": max(heights) if heights else None}
print(json.dumps(res))
"##;

/// What a CityGML entry expects beyond the comparisons.
struct CityGml {
    rel: &'static str,
    state: &'static str,
    /// The working CRS: the file's own, so areas and volumes are compared unprojected.
    crs: &'static str,
    /// `--source-crs` for files whose CRS saale cannot read (a known gap, see `gap`).
    source_crs: Option<&'static str>,
    /// Known gap: the import without `source_crs` fails with a message containing this.
    gap: Option<&'static str>,
    /// Repairs the import must report (documented differences from the raw geometry).
    repairs: &'static [&'static str],
}

fn citygml(e: &CityGml) {
    if !require("ogrinfo") {
        return;
    }
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let file = staged(e.rel, tmp.path());
    let p = init(tmp.path(), e.crs);
    let mut note = Vec::new();
    if let Some(gap) = e.gap {
        let r = saale(&["-p", p.to_str().unwrap(), "import", file.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(
            !r.status.success() && err.contains(gap),
            "known gap changed (update the corpus entry): {err}"
        );
        note.push(format!("gap: {gap}"));
    }
    let extra: Vec<&str> = e
        .source_crs
        .map(|c| vec!["--source-crs", c])
        .unwrap_or_default();
    let rep = import(&p, &file, &extra);
    let b = layer(&p, "buildings3d");
    let gdal = gdal_counts(&file);
    let n_gdal = gdal.get("Building").copied().unwrap_or(0);
    assert_eq!(
        b.features.len() as u64,
        n_gdal,
        "{}: buildings vs GDAL",
        e.rel
    );

    let code = format!(
        "import sys; sys.argv = ['x', {:?}]\n{CITYGML_REFERENCE}",
        file.to_str().unwrap()
    );
    let reference = python(&py, &code);
    let reference = reference.as_object().unwrap();
    assert_eq!(reference.len(), b.features.len(), "{}", e.rel);
    let mut by_volume = 0;
    for f in &b.features {
        let id = text(&b, f, "gml_id");
        let r = &reference[&id];
        let fa = num(&b, f, "footprint_area").unwrap();
        let rf = r["footprint"].as_f64().unwrap();
        assert!(close(fa, rf, 1e-6), "{id}: footprint {fa} vs {rf}");
        if let Some(g) = r["ground"].as_f64() {
            let ours = num(&b, f, "ground_height").unwrap();
            assert!((ours - g).abs() < 1e-6, "{id}: ground {ours} vs {g}");
        }
        if let Some(h) = r["height"].as_f64() {
            let ours = num(&b, f, "measured_height").unwrap();
            assert!((ours - h).abs() < 1e-9, "{id}: height {ours} vs {h}");
        }
        let v = num(&b, f, "volume").unwrap();
        if text(&b, f, "volume_method") == "solid" {
            let rv = r["volume"].as_f64().unwrap();
            assert!(close(v, rv, 1e-6), "{id}: volume {v} vs {rv}");
        } else {
            // Documented: an open shell gives footprint x height (reported as a repair).
            let h = num(&b, f, "measured_height")
                .or_else(|| Some(num(&b, f, "roof_height_max")? - num(&b, f, "ground_height")?))
                .unwrap();
            assert!(close(v, fa * h, 1e-9), "{id}: {v} vs {fa} x {h}");
            by_volume += 1;
        }
    }
    let repaired = rep["report"]["repaired"].as_object().unwrap();
    for r in e.repairs {
        assert!(
            repaired.keys().any(|k| k.contains(r)),
            "{}: repair '{r}' expected: {rep}",
            e.rel
        );
        note.push(format!("repair: {r}"));
    }
    if by_volume > 0 {
        note.push(format!(
            "{by_volume} volume(s) footprint x height (open shell)"
        ));
        assert!(
            rep["report"]["repaired"]
                .as_object()
                .unwrap()
                .keys()
                .any(|k| k.contains("footprint x height")),
            "{rep}"
        );
    }
    record(Line {
        file: e.rel.to_string(),
        state: e.state,
        format: rep["format"].as_str().unwrap_or("").to_string(),
        objects: b.features.len() as u64,
        gdal: n_gdal,
        repairs: sum(&rep["report"]["repaired"]),
        skips: sum(&rep["report"]["skipped"]),
        note: note.join("; "),
    });
}

#[test]
fn berlin_lod2_tile_3880_5819() {
    citygml(&CityGml {
        rel: "berlin/3880_5819.gml",
        state: "Berlin",
        crs: "EPSG:25833",
        source_crs: None,
        gap: None,
        repairs: &[],
    });
}

#[test]
fn berlin_lod2_block_020023() {
    citygml(&CityGml {
        rel: "berlin/Block020023.gml",
        state: "Berlin",
        crs: "EPSG:25833",
        source_crs: None,
        gap: None,
        // Two buildings have overlapping GroundSurface polygons (BLDG_0003000f0032da49 by
        // 0.056 m²): the footprint is their union (467.023 m², as GEOS), not the sum (467.079).
        repairs: &["overlapping ground surfaces merged"],
    });
}

/// Was a known gap: the OGC compound URN `urn:ogc:def:crs,crs:EPSG:6.12:25833,
/// crs:EPSG:6.12:5783` (ETRS89 / UTM 33N + DHHN92 height) was refused as an unknown CRS. Now
/// its horizontal part is the CRS and the height part is recorded, as GDAL/PROJ read it.
#[test]
fn berlin_lod2_building_with_ogc_compound_crs_urn() {
    let rel = "berlin/DEB_LOD2_UUID_cda3726a.gml";
    citygml(&CityGml {
        rel,
        state: "Berlin",
        crs: "EPSG:25833",
        source_crs: None,
        gap: None,
        repairs: &[],
    });
    compound_crs_as_gdal_reads_it(
        rel,
        "urn:ogc:def:crs,crs:EPSG:6.12:25833,crs:EPSG:6.12:5783",
        "EPSG:25832",
    );
}

/// A file whose `srsName` is the compound CRS `name`: GDAL (`gdalsrsinfo -o projjson`) reads
/// it as a compound of a projected and a vertical CRS; saale's import report names the same
/// two codes (the horizontal as the CRS, the heights recorded), and an import into `other`
/// puts every footprint vertex where `gdaltransform` from the compound CRS puts it.
fn compound_crs_as_gdal_reads_it(rel: &str, name: &str, other: &str) {
    if !require("gdalsrsinfo") || !require("gdaltransform") {
        return;
    }
    let out = Command::new("gdalsrsinfo")
        .args(["-o", "projjson", name])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["type"], "CompoundCRS", "{j}");
    let code = |c: &serde_json::Value| {
        format!(
            "{}:{}",
            c["id"]["authority"].as_str().unwrap(),
            c["id"]["code"]
        )
    };
    let (h, v) = (&j["components"][0], &j["components"][1]);
    assert_eq!(
        (h["type"].as_str(), v["type"].as_str()),
        (Some("ProjectedCRS"), Some("VerticalCRS"))
    );
    let (h, v) = (code(h), code(v));
    let crs = saale_crs::Crs::parse(name).unwrap();
    assert_eq!(
        (crs.to_string(), crs.vertical()),
        (h.clone(), Some(v.as_str()))
    );

    let tmp = tempfile::tempdir().unwrap();
    let file = staged(rel, tmp.path());
    let (pa, pb) = (tmp.path().join("a"), tmp.path().join("b"));
    saale_ok(&["init", pa.to_str().unwrap(), "--crs", &h, "-q"]);
    saale_ok(&["init", pb.to_str().unwrap(), "--crs", other, "-q"]);
    let rep = import(&pa, &file, &[]);
    let notes = rep["report"]["notes"].to_string();
    assert!(
        notes.contains(&format!("{h} taken as the CRS"))
            && notes.contains(&format!("heights in {v}")),
        "{notes}"
    );
    import(&pb, &file, &[]);
    let coords = |p: &Path| {
        let mut xy = Vec::new();
        for f in &layer(p, "buildings3d").features {
            saale_model::for_each_coord(f.geometry.as_ref().unwrap(), &mut |c| xy.push((c.x, c.y)));
        }
        xy
    };
    let (a, b) = (coords(&pa), coords(&pb));
    assert!(
        !a.is_empty() && a.len() == b.len(),
        "{} vs {} vertices",
        a.len(),
        b.len()
    );
    let input: String = a.iter().map(|(x, y)| format!("{x} {y}\n")).collect();
    let mut child = Command::new("gdaltransform")
        .args(["-output_xy", "-s_srs", name, "-t_srs", other])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let theirs: Vec<(f64, f64)> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let mut it = l.split_whitespace().map(|t| t.parse::<f64>().unwrap());
            (it.next().unwrap(), it.next().unwrap())
        })
        .collect();
    assert_eq!(theirs.len(), b.len());
    for (i, (o, t)) in b.iter().zip(&theirs).enumerate() {
        assert!(
            (o.0 - t.0).abs() < 1e-3 && (o.1 - t.1).abs() < 1e-3,
            "vertex {i}: saale {o:?}, gdaltransform {t:?}"
        );
    }
}

#[test]
fn bavaria_lod2_building_citygml2() {
    citygml(&CityGml {
        rel: "bavaria/DEBY_LOD2_4959457.gml",
        state: "Bavaria",
        crs: "EPSG:25832",
        source_crs: None,
        gap: None,
        repairs: &[],
    });
}

#[test]
fn bavaria_lod2_building_citygml3_gauss_krueger() {
    // Before the fix its address point (EPSG:4326) set the building's CRS and the import failed.
    citygml(&CityGml {
        rel: "bavaria/LoD2_4490_5322_1_BY_citygml3.gml",
        state: "Bavaria",
        crs: "EPSG:31468",
        source_crs: None,
        gap: None,
        repairs: &[],
    });
}

// ---------------------------------------------------------------------------------------------
// XPlanGML

/// Classes saale reads but does not turn into features ("presentation or structure object").
const XPLAN_SKIPPED: &[&str] = &["BP_Bereich", "BP_TextAbschnitt", "XP_PTO"];

fn xplan(rel: &str, state: &'static str) {
    if !require("ogrinfo") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = staged(rel, tmp.path());
    // The plans are in Gauss-Krüger zone 3: keep it, so areas are compared unprojected.
    let p = init(tmp.path(), "EPSG:31467");
    let rep = import(&p, &file, &["--prefix", "x"]);
    let gdal = gdal_counts(&file);
    let read = rep["report"]["read"].as_object().unwrap();
    // Every class GDAL's GML driver finds, saale reads with the same count, and no other.
    let ours: BTreeMap<String, u64> = read
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    assert_eq!(ours, gdal, "{rel}: objects per class vs GDAL");
    let n_gdal: u64 = gdal.values().sum();
    let skipped: u64 = XPLAN_SKIPPED
        .iter()
        .map(|c| gdal.get(*c).copied().unwrap_or(0))
        .sum();
    assert_eq!(sum(&rep["report"]["skipped"]), skipped, "{rep}");
    for k in rep["report"]["skipped"].as_object().unwrap().keys() {
        assert!(k.ends_with(": presentation or structure object"), "{k}");
    }
    let layers = ["x_plans", "x_plan_zones", "x_plan_objects"].map(|n| layer(&p, n));
    let written: u64 = layers.iter().map(|l| l.features.len() as u64).sum();
    assert_eq!(written, n_gdal - skipped, "{rel}: features written");

    // Areas: OGR_GEOM_AREA per gml_id from GDAL vs the saale geometry.
    let mut gdal_area = HashMap::new();
    for class in gdal.keys().filter(|c| !XPLAN_SKIPPED.contains(&c.as_str())) {
        for row in gdal_rows(
            &file,
            &format!("SELECT gml_id, OGR_GEOM_AREA FROM {class}"),
            None,
        ) {
            let a: f64 = row["OGR_GEOM_AREA"].parse().unwrap();
            gdal_area.insert(row["gml_id"].clone(), a);
        }
    }
    let mut compared = 0;
    for l in &layers {
        for f in &l.features {
            let id = text(l, f, "gml_id");
            let ours = match &f.geometry {
                Some(g @ (Geometry::Polygon(_) | Geometry::MultiPolygon(_))) => g.unsigned_area(),
                _ => continue,
            };
            let theirs = gdal_area[&id];
            assert!(
                close(ours, theirs, 1e-6),
                "{rel} {id}: area {ours} vs GDAL {theirs}"
            );
            compared += 1;
        }
    }
    assert!(compared > 0);
    record(Line {
        file: rel.to_string(),
        state,
        format: rep["format"].as_str().unwrap_or("").to_string(),
        objects: written,
        gdal: n_gdal,
        repairs: sum(&rep["report"]["repaired"]),
        skips: skipped,
        note: format!("{compared} polygon areas = GDAL; skips: presentation/structure objects"),
    });
}

#[test]
fn hamburg_xplan_test_plan_la67() {
    xplan("hamburg/LA67.gml", "Hamburg");
}

#[test]
fn bremen_xplan_test_plan_bp2135() {
    xplan("bremen/BP2135.gml", "Bremen");
}

// ---------------------------------------------------------------------------------------------
// CityJSON

/// Independent reference per building of a CityJSON file (Python json + shapely, no saale
/// code), by the rules docs/USAGE.md states: objects per type; per Building and its
/// BuildingParts (summed), footprint = area of the union of the GroundSurface faces, else of
/// the horizontal faces at the lowest level, else of the roof faces; ground = lowest z of the
/// GroundSurfaces (else of the unit); top = highest z of any face; volume = |divergence-theorem
/// volume| of the highest-LoD geometry when its shell is closed (every edge in two faces), else
/// footprint x (top - ground).
const CITYJSON_REFERENCE: &str = r##"
import json, sys
from shapely.geometry import Polygon
from shapely.ops import unary_union
d = json.load(open(sys.argv[1]))
t = d.get("transform", {"scale": [1, 1, 1], "translate": [0, 0, 0]})
V = [[c[i] * t["scale"][i] + t["translate"][i] for i in range(3)] for c in d["vertices"]]
def faces(g):
    b, sem = g["boundaries"], g.get("semantics")
    typ = lambda v: sem["surfaces"][v]["type"] if sem is not None and v is not None else None
    if g["type"] in ("MultiSurface", "CompositeSurface"):
        vals = sem["values"] if sem else [None] * len(b)
        return [(s, typ(v)) for s, v in zip(b, vals)]
    if g["type"] == "Solid":
        vals = sem["values"] if sem else [[None] * len(sh) for sh in b]
        return [(s, typ(v)) for sh, vs in zip(b, vals) for s, v in zip(sh, vs)]
    return []
def closed(fs):
    # Every edge of a closed shell is shared by exactly two faces.
    edges = {}
    for s, _ in fs:
        for r in s:
            for a, b in zip(r, r[1:] + r[:1]):
                k = (min(a, b), max(a, b))
                edges[k] = edges.get(k, 0) + 1
    return all(n == 2 for n in edges.values())
def vol(fs):
    v = 0.0
    o = V[fs[0][0][0][0]]
    for s, _ in fs:
        for r in s:
            # Relative to a vertex of the shell: no cancellation on 7-digit coordinates.
            p = [[V[i][k] - o[k] for k in range(3)] for i in r]
            for k in range(1, len(p) - 1):
                a, b, c = p[0], p[k], p[k + 1]
                v += (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
                      + a[2] * (b[0] * c[1] - b[1] * c[0])) / 6.0
    return abs(v)
types, res = {}, {}
for oid, o in d["CityObjects"].items():
    types[o["type"]] = types.get(o["type"], 0) + 1
    if o["type"] != "Building":
        continue
    fp, volume, ground, top, hows, shells = 0.0, 0.0, None, None, [], []
    for uid in [oid] + o.get("children", []):
        u = d["CityObjects"][uid]
        gs = sorted(u.get("geometry", []), key=lambda g: float(g.get("lod", 0)))
        if not gs:
            continue
        fs = faces(gs[-1])
        poly = lambda s: Polygon([V[i][:2] for i in s[0]], [[V[i][:2] for i in r] for r in s[1:]])
        zs = lambda s: [V[i][2] for r in s for i in r]
        zmin = min(min(zs(s)) for s, _ in fs)
        # Footprint: GroundSurfaces; else horizontal faces at the lowest level; else roofs.
        grounds = [poly(s) for s, ty in fs if ty == "GroundSurface"]
        how = "ground"
        if not grounds:
            grounds = [poly(s) for s, _ in fs if max(zs(s)) - min(zs(s)) < 1e-6 and min(zs(s)) - zmin < 0.1]
            how = "bottom"
        if not grounds:
            grounds = [poly(s) for s, ty in fs if ty == "RoofSurface"]
            how = "roof"
        area = unary_union(grounds).area
        fp += area
        hs = [min(zs(s)) for s, ty in fs if ty == "GroundSurface"] or [zmin]
        ground = min(hs) if ground is None else min(ground, min(hs))
        utop = max(max(zs(s)) for s, _ in fs)
        top = utop if top is None else max(top, utop)
        # Volume: of a closed shell by the divergence theorem, else footprint x height.
        volume += vol(fs) if closed(fs) else area * (utop - min(hs))
        hows.append(how)
        shells.append(closed(fs))
    res[oid] = {"footprint": fp, "volume": volume, "ground": ground, "top": top,
                "footprint_from": hows, "closed": shells}
print(json.dumps({"types": types, "buildings": res}))
"##;

/// A CityJSON file: the import reads every object GDAL would not (GDAL has no CityJSON
/// driver), so counts are compared with the file's own `CityObjects` per type; footprints,
/// heights and volumes with the reference above.
fn cityjson(rel: &str, state: &'static str, crs: &str) {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let file = staged(rel, tmp.path());
    let p = init(tmp.path(), crs);
    let rep = import(&p, &file, &[]);
    let code = format!(
        "import sys; sys.argv = ['x', {:?}]\n{CITYJSON_REFERENCE}",
        file.to_str().unwrap()
    );
    let r = python(&py, &code);
    let types: BTreeMap<String, u64> = r["types"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    let read: BTreeMap<String, u64> = rep["report"]["read"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    assert_eq!(read, types, "{rel}: objects per type");
    let b = layer(&p, "buildings3d");
    let mut note =
        vec!["GDAL has no CityJSON driver: counts vs the file's CityObjects".to_string()];
    let reference = r["buildings"].as_object().unwrap();
    assert_eq!(b.features.len(), reference.len(), "{rel}: buildings");
    for f in &b.features {
        let id = text(&b, f, "gml_id");
        let r = &reference[&id];
        let fa = num(&b, f, "footprint_area").unwrap();
        let rf = r["footprint"].as_f64().unwrap();
        assert!(close(fa, rf, 1e-6), "{id}: footprint {fa} vs {rf}");
        let g = num(&b, f, "ground_height").unwrap();
        assert!(
            (g - r["ground"].as_f64().unwrap()).abs() < 1e-6,
            "{id}: ground {g} vs {r}"
        );
        let top = num(&b, f, "roof_height_max").unwrap();
        assert!(
            (top - r["top"].as_f64().unwrap()).abs() < 1e-6,
            "{id}: top {top} vs {r}"
        );
        let closed = r["closed"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c.as_bool() == Some(true));
        let method = text(&b, f, "volume_method");
        assert_eq!(
            method == "solid",
            closed,
            "{id}: volume method {method}, reference {r}"
        );
        let v = num(&b, f, "volume").unwrap();
        let rv = r["volume"].as_f64().unwrap();
        assert!(close(v, rv, 1e-6), "{id}: volume {v} vs {rv}");
        for how in r["footprint_from"].as_array().unwrap() {
            let why = match how.as_str().unwrap() {
                "bottom" => "footprint from the solid's bottom faces",
                "roof" => "footprint from the roof projection",
                _ => continue,
            };
            note.push(format!("repair: {why}"));
            assert!(
                rep["report"]["repaired"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .any(|k| k.contains(why)),
                "{id}: repair '{why}' not reported: {rep}"
            );
        }
        if !closed {
            note.push("open shell: volume footprint x height".into());
        }
    }
    let objects: u64 = types.values().sum();
    record(Line {
        file: rel.to_string(),
        state,
        format: rep["format"].as_str().unwrap_or("").to_string(),
        objects,
        gdal: 0,
        repairs: sum(&rep["report"]["repaired"]),
        skips: sum(&rep["report"]["skipped"]),
        note: note.join("; "),
    });
}

/// Rostock's 3D city model (Mecklenburg-Vorpommern LoD2), CityJSON 1.0: one building as a
/// textured CompositeSurface box.
#[test]
fn mecklenburg_vorpommern_cityjson_building_composite_surface() {
    cityjson(
        "mecklenburg-vorpommern/DEMVAL03000hEfAe.city.json",
        "Mecklenburg-Vorpommern",
        "EPSG:25833",
    );
}

/// Rostock, CityJSON 1.0: a Building whose geometry is its one BuildingPart's solid (32
/// faces, no GroundSurface and no bottom face: the footprint is the roofs' projection and the
/// volume footprint x height, both reported), CRS as an OGC URN.
#[test]
fn mecklenburg_vorpommern_cityjson_building_part_solid() {
    cityjson(
        "mecklenburg-vorpommern/DEMVAL03000cncxu.city.json",
        "Mecklenburg-Vorpommern",
        "EPSG:25833",
    );
}

// ---------------------------------------------------------------------------------------------
// OpenStreetMap

fn osm(rel: &str) {
    if !require("ogrinfo") || !require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = staged(rel, tmp.path());
    let p = init(tmp.path(), "EPSG:25832");
    let rep = import(&p, &file, &["--prefix", "o"]);
    let streets = layer(&p, "o_streets");
    // GDAL's OSM driver, reprojected to the working CRS by ogr2ogr.
    let gpkg = tmp.path().join("gdal.gpkg");
    let out = Command::new("ogr2ogr")
        .args(["-f", "GPKG", "-t_srs", "EPSG:25832"])
        .arg(&gpkg)
        .arg(&file)
        .args(["lines", "multipolygons"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ways = gdal_rows(
        &gpkg,
        "SELECT COUNT(*) AS n, SUM(ST_Length(geom)) AS len FROM lines WHERE highway IS NOT NULL",
        Some("sqlite"),
    );
    let n_ways: u64 = ways[0]["n"].parse().unwrap();
    let len_gdal: f64 = ways[0]["len"].parse().unwrap();
    let ids: std::collections::HashSet<String> = streets
        .features
        .iter()
        .map(|f| text(&streets, f, "osm_id"))
        .collect();
    assert_eq!(ids.len() as u64, n_ways, "{rel}: highway ways vs GDAL");
    // saale splits ways at junctions: the lengths add up to GDAL's.
    let len: f64 = streets
        .features
        .iter()
        .map(|f| match f.geometry.as_ref().unwrap() {
            Geometry::LineString(l) => Euclidean.length(l),
            g => panic!("{g:?}"),
        })
        .sum();
    assert!(
        close(len, len_gdal, 1e-6),
        "{rel}: street length {len} vs GDAL {len_gdal}"
    );
    let b = gdal_rows(
        &gpkg,
        "SELECT COUNT(*) AS n, SUM(ST_Area(geom)) AS a FROM multipolygons WHERE building IS NOT NULL",
        Some("sqlite"),
    );
    let n_b: u64 = b[0]["n"].parse().unwrap();
    let names = Project::open(&p).unwrap();
    let buildings = names
        .read_layer("o_osm_buildings")
        .map(|l| {
            l.features
                .iter()
                .map(|f| f.geometry.as_ref().map_or(0.0, Geometry::unsigned_area))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    assert_eq!(buildings.len() as u64, n_b, "{rel}: buildings vs GDAL");
    if n_b > 0 {
        let a_gdal: f64 = b[0]["a"].parse().unwrap();
        let a: f64 = buildings.iter().sum();
        assert!(
            close(a, a_gdal, 1e-6),
            "{rel}: building area {a} vs GDAL {a_gdal}"
        );
    }
    record(Line {
        file: rel.to_string(),
        state: "Baden-Württemberg",
        format: "OSM PBF".to_string(),
        objects: ids.len() as u64 + buildings.len() as u64,
        gdal: n_ways + n_b,
        repairs: sum(&rep["report"]["repaired"]),
        skips: sum(&rep["report"]["skipped"]),
        note: format!(
            "highway ways + buildings; {} street segments, {:.0} m = GDAL",
            streets.features.len(),
            len
        ),
    });
}

#[test]
fn baden_wuerttemberg_osm_boeblingen() {
    osm("baden-wuerttemberg/boeblingen-minimal.osm.pbf");
}

#[test]
fn baden_wuerttemberg_osm_herrenberg() {
    osm("baden-wuerttemberg/herrenberg-minimal.osm.pbf");
}

// ---------------------------------------------------------------------------------------------
// ALKIS NAS

#[test]
fn nrw_nas_gid6_wfs_parcel() {
    if !require("ogrinfo") {
        return;
    }
    let rel = "nrw/flurstueck_gid6_wfs.gml";
    let tmp = tempfile::tempdir().unwrap();
    let file = staged(rel, tmp.path());
    let p = init(tmp.path(), "EPSG:25832");
    let rep = import(&p, &file, &[]);
    assert_eq!(rep["format"], "NAS GID 6.0");
    let parcels = layer(&p, "parcels");
    // GDAL's NAS driver.
    let rows = gdal_rows(
        &file,
        "SELECT gml_id, OGR_GEOM_AREA FROM AX_Flurstueck",
        None,
    );
    assert_eq!(parcels.features.len(), rows.len(), "parcels vs GDAL");
    let gdal: HashMap<&str, f64> = rows
        .iter()
        .map(|r| (r["gml_id"].as_str(), r["OGR_GEOM_AREA"].parse().unwrap()))
        .collect();
    for f in &parcels.features {
        let id = text(&parcels, f, "gml_id");
        let a = f.geometry.as_ref().unwrap().unsigned_area();
        assert!(
            close(a, gdal[id.as_str()], 1e-9),
            "{id}: {a} vs {}",
            gdal[id.as_str()]
        );
        assert!(close(num(&parcels, f, "area").unwrap(), a, 1e-9));
        // The official area (amtlicheFlaeche, 684 m²) is the surveyed figure, close to the geometry's.
        let official = num(&parcels, f, "amtliche_flaeche").unwrap();
        assert_eq!(official, 684.0);
        assert!((official - a).abs() / official < 0.01, "{official} vs {a}");
    }
    record(Line {
        file: rel.to_string(),
        state: "North Rhine-Westphalia",
        format: "NAS GID 6.0".to_string(),
        objects: parcels.features.len() as u64,
        gdal: rows.len() as u64,
        repairs: sum(&rep["report"]["repaired"]),
        skips: sum(&rep["report"]["skipped"]),
        note: "WFS 2.0 response, no NBA".to_string(),
    });
}
