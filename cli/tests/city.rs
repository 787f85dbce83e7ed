//! City formats against real samples (../shared/data, read in place) and GDAL: ALKIS NAS,
//! XPlanGML, CityGML, CityJSON, OpenStreetMap, Zensus grid; hostile input; NBA updates.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{require, saale, saale_ok, shared_data};
use geo::Area;
use saale_model::{Layer, Value};
use saale_store::Project;

fn project(dir: &Path) -> PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    p
}

fn layer(p: &Path, name: &str) -> Layer {
    Project::open(p).unwrap().read_layer(name).unwrap()
}

fn by_id<'a>(l: &'a Layer, id_field: &str) -> HashMap<String, &'a saale_model::Feature> {
    let i = l.schema.index_of(id_field).unwrap();
    l.features
        .iter()
        .map(|f| match f.value(i) {
            Value::String(s) => (s.to_string(), f),
            v => panic!("id {v:?}"),
        })
        .collect()
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

/// `ogrinfo -sql "SELECT gml_id, OGR_GEOM_AREA FROM T"` → gml_id → area (OGR computes curve
/// polygon areas on the true arcs).
fn ogr_areas(file: &Path, table: &str) -> HashMap<String, f64> {
    let out = Command::new("ogrinfo")
        .args(["-ro", "-q"])
        .arg(file)
        .args([
            "-sql",
            &format!("SELECT gml_id, OGR_GEOM_AREA FROM {table}"),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut m = HashMap::new();
    let mut id = None;
    for line in text.lines() {
        let l = line.trim();
        if let Some(v) = l.strip_prefix("gml_id (String) = ") {
            id = Some(v.to_string());
        } else if let Some(v) = l.strip_prefix("OGR_GEOM_AREA (Real) = ") {
            if let Some(i) = id.take() {
                m.insert(i, v.parse().unwrap());
            }
        }
    }
    m
}

fn ogr_count(file: &Path, sql: &str, dialect: Option<&str>) -> u64 {
    let mut c = Command::new("ogrinfo");
    c.args(["-ro", "-q"]).arg(file).args(["-sql", sql]);
    if let Some(d) = dialect {
        c.args(["-dialect", d]);
    }
    let out = c.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.trim().split(" = ").nth(1).and_then(|v| v.parse().ok()))
        .unwrap_or_else(|| panic!("no count in {text}"))
}

/// The Bonn slices wrapped into one `AX_Bestandsdatenauszug` (so GDAL's NAS driver reads it),
/// without the test-only `objektkoordinaten` point (GDAL would take it as the parcel geometry).
fn wrapped_nas(data: &Path, dir: &Path) -> PathBuf {
    let mut members = String::new();
    let mut files: Vec<_> = std::fs::read_dir(data.join("cadastre/bonn_nas_slices"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml"))
        .collect();
    files.sort();
    for f in files {
        let s = std::fs::read_to_string(&f).unwrap();
        let s = s.split_once("?>").map_or(s.as_str(), |x| x.1).to_string();
        let s = match (
            s.find("<adv:objektkoordinaten>"),
            s.find("</adv:objektkoordinaten>"),
        ) {
            (Some(a), Some(b)) => format!("{}{}", &s[..a], &s[b + 24..]),
            _ => s,
        };
        members.push_str(&format!("<gml:featureMember>{s}</gml:featureMember>\n"));
    }
    let doc = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AX_Bestandsdatenauszug \
         xmlns=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" \
         xmlns:adv=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" \
         xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.adv-online.de/namespaces/adv/gid/7.1 NAS-Operationen.xsd\">\n\
         <enthaelt><wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">\n{members}\
         </wfs:FeatureCollection></enthaelt></AX_Bestandsdatenauszug>\n"
    );
    let out = dir.join("bonn.xml");
    std::fs::write(&out, doc).unwrap();
    out
}

#[test]
fn nas_slices_match_gdal_nas_driver() {
    let Some(data) = shared_data() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let nas = wrapped_nas(&data, tmp.path());
    let out = saale_ok(&["-p", p.to_str().unwrap(), "import", nas.to_str().unwrap()]);
    assert!(out.contains("AX_Flurstueck 1"), "{out}");

    let parcels = layer(&p, "parcels");
    assert_eq!(parcels.features.len(), 1);
    let f = &parcels.features[0];
    assert_eq!(text(&parcels, f, "parcel_id"), "05432002500008______");
    assert_eq!(text(&parcels, f, "gemarkung"), "4320");
    assert_eq!(num(&parcels, f, "flur"), Some(25.0));
    assert_eq!(num(&parcels, f, "amtliche_flaeche"), Some(110_397.0));
    assert_eq!(text(&parcels, f, "gemeinde"), "05314000");
    let landuse = layer(&p, "landuse");
    assert_eq!(landuse.features.len(), 3);
    let buildings = layer(&p, "buildings");
    assert_eq!(buildings.features.len(), 1);
    let b = &buildings.features[0];
    assert_eq!(num(&buildings, b, "function"), Some(2500.0));
    assert_eq!(
        text(&buildings, b, "function_label"),
        "Gebäude zur Versorgung"
    );

    if !require("ogrinfo") {
        return;
    }
    // Areas against GDAL (AX_Wald and AX_Wohnbauflaeche have gml:Arc segments).
    let mut checked = 0;
    for (layer_name, tables) in [
        ("parcels", vec!["AX_Flurstueck"]),
        ("buildings", vec!["AX_Gebaeude"]),
        (
            "landuse",
            vec!["AX_Wald", "AX_Wohnbauflaeche", "AX_Strassenverkehr"],
        ),
    ] {
        let l = layer(&p, layer_name);
        let ours = by_id(&l, "gml_id");
        for t in tables {
            let gdal = ogr_areas(&nas, t);
            assert!(!gdal.is_empty(), "GDAL read no {t}");
            for (id, a) in gdal {
                let f = ours.get(&id).unwrap_or_else(|| panic!("{id} missing"));
                let ours_a = num(&l, f, "area").unwrap();
                let geom_a = match f.geometry.as_ref().unwrap() {
                    saale_model::Geometry::Polygon(p) => p.unsigned_area(),
                    saale_model::Geometry::MultiPolygon(p) => p.unsigned_area(),
                    g => panic!("{g:?}"),
                };
                assert!(
                    (ours_a - a).abs() / a < 1e-3,
                    "{t} {id}: saale {ours_a} GDAL {a}"
                );
                // The stored geometry (EPSG:25832, no transformation) has the same area.
                assert!(
                    (geom_a - a).abs() / a < 1e-3,
                    "{t} {id}: stored {geom_a} GDAL {a}"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 5);
}

#[test]
fn nas_directory_of_bare_features_and_report_in_catalog() {
    let Some(data) = shared_data() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let dir = data.join("cadastre/bonn_nas_slices");
    let out = saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        dir.to_str().unwrap(),
        "--prefix",
        "bonn",
    ]);
    // Three slices name no srsName: they take the CRS the other files of the delivery agree on.
    assert!(out.contains("3 x file without srsName"), "{out}");
    let cat = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    let doc: toml::Value = toml::from_str(&cat).unwrap();
    let report = &doc["layers"]["bonn_landuse"]["report"];
    assert_eq!(report["read"]["AX_Wald"].as_integer(), Some(1));
    assert_eq!(report["written"]["landuse"].as_integer(), Some(3));
    assert_eq!(
        report["skipped"]["AX_Turm: no saale layer for this type"].as_integer(),
        Some(1)
    );
}

const NS: &str = "xmlns=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" \
    xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
    xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:wfsext=\"http://www.adv-online.de/namespaces/adv/gid/wfsext\" \
    xmlns:fes=\"http://www.opengis.net/fes/2.0\"";

fn square(id: &str, x: f64, y: f64, s: f64) -> String {
    format!(
        "<position><gml:Surface gml:id=\"{id}g\" srsName=\"urn:adv:crs:ETRS89_UTM32\"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>{x} {y} {} {y} {} {} {x} {} {x} {y}</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface></position>",
        x + s, x + s, y + s, y + s
    )
}

fn gebaeude(id: &str, x: f64, func: u32, extra: &str) -> String {
    // Building ...01 points to the address DETHADRESSE00001.
    let addr = if id.ends_with("01") {
        "<zeigtAuf xlink:href=\"urn:adv:oid:DETHADRESSE00001\"/>"
    } else {
        ""
    };
    format!(
        "<AX_Gebaeude gml:id=\"{id}\"><lebenszeitintervall><AA_Lebenszeitintervall><beginnt>2020-01-01T00:00:00Z</beginnt>{extra}</AA_Lebenszeitintervall></lebenszeitintervall>{}<gebaeudefunktion>{func}</gebaeudefunktion><anzahlDerOberirdischenGeschosse>3</anzahlDerOberirdischenGeschosse>{addr}</AX_Gebaeude>",
        square(id, x, 5_600_000.0, 10.0)
    )
}

#[test]
fn nas_owner_data_addresses_history_and_updates() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    // A delivery: 3 buildings (one historic), an address, an owner.
    let full = format!(
        "<?xml version=\"1.0\"?><AX_Bestandsdatenauszug {NS}><enthaelt><wfs:FeatureCollection>\
         <wfs:member>{}</wfs:member><wfs:member>{}</wfs:member><wfs:member>{}</wfs:member>\
         <wfs:member><AX_LagebezeichnungMitHausnummer gml:id=\"DETHADRESSE00001\"><lagebezeichnung><AX_Lagebezeichnung><unverschluesselt>Löbdergraben</unverschluesselt></AX_Lagebezeichnung></lagebezeichnung><hausnummer>12a</hausnummer></AX_LagebezeichnungMitHausnummer></wfs:member>\
         <wfs:member><AX_Person gml:id=\"DETHPERSON000001\"><nachnameOderFirma>Mustermann</nachnameOderFirma><vorname>Erika</vorname><geburtsdatum>1970-01-01</geburtsdatum></AX_Person></wfs:member>\
         </wfs:FeatureCollection></enthaelt></AX_Bestandsdatenauszug>",
        gebaeude("DETHAAAAAAAAAA01", 600_000.0, 1010, ""),
        gebaeude("DETHAAAAAAAAAA02", 600_100.0, 2463, ""),
        gebaeude("DETHAAAAAAAAAA03", 600_200.0, 3065, "<endet>2021-01-01T00:00:00Z</endet>"),
    );
    let f1 = tmp.path().join("full.xml");
    std::fs::write(&f1, &full).unwrap();
    let out = saale_ok(&["-p", ps, "import", f1.to_str().unwrap()]);
    assert!(out.contains("historic version"), "{out}");
    assert!(
        out.contains("owners_person: 1 feature(s) (internal"),
        "{out}"
    );
    let b = layer(&p, "buildings");
    assert_eq!(b.features.len(), 2);
    let a = layer(&p, "addresses");
    assert_eq!(a.features.len(), 1);
    let af = &a.features[0];
    assert_eq!(text(&a, af, "building_id"), "DETHAAAAAAAAAA01");
    assert_eq!(text(&a, af, "house_number"), "12a");
    assert_eq!(text(&a, af, "street"), "Löbdergraben");
    match af.geometry.as_ref().unwrap() {
        saale_model::Geometry::Point(pt) => {
            assert!((pt.x() - 600_005.0).abs() < 5.0 && (pt.y() - 5_600_005.0).abs() < 5.0)
        }
        g => panic!("{g:?}"),
    }
    // Owner data is internal: export refused without --allow-internal.
    let cat = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    let doc: toml::Value = toml::from_str(&cat).unwrap();
    assert_eq!(
        doc["layers"]["owners_person"]["access"].as_str(),
        Some("personal")
    );
    assert_eq!(
        doc["layers"]["buildings"]["access"].as_str(),
        Some("public")
    );
    let to = tmp.path().join("owners.geojson");
    let r = saale(&[
        "-p",
        ps,
        "export",
        "owners_person",
        "--to",
        to.to_str().unwrap(),
    ]);
    assert!(!r.status.success());
    assert!(!to.exists());

    // --history keeps the ended version.
    let p2 = tmp.path().join("hist");
    saale_ok(&["init", p2.to_str().unwrap(), "-q"]);
    saale_ok(&[
        "-p",
        p2.to_str().unwrap(),
        "import",
        f1.to_str().unwrap(),
        "--history",
        "-q",
    ]);
    assert_eq!(layer(&p2, "buildings").features.len(), 3);

    // NBA update: replace building 01 (new function), delete 02, insert 04.
    let upd = format!(
        "<?xml version=\"1.0\"?><AX_Fortfuehrungsauftrag {NS}><enthaelt><wfs:Transaction>\
         <wfsext:Replace>{}<fes:Filter><fes:ResourceId rid=\"DETHAAAAAAAAAA0120200101T000000Z\"/></fes:Filter></wfsext:Replace>\
         <wfs:Delete typeName=\"AX_Gebaeude\"><fes:Filter><fes:ResourceId rid=\"DETHAAAAAAAAAA0220200101T000000Z\"/></fes:Filter></wfs:Delete>\
         <wfs:Insert>{}</wfs:Insert></wfs:Transaction></enthaelt></AX_Fortfuehrungsauftrag>",
        gebaeude("DETHAAAAAAAAAA01", 600_000.0, 3021, ""),
        gebaeude("DETHAAAAAAAAAA04", 600_300.0, 1000, ""),
    );
    let f2 = tmp.path().join("nba.xml");
    std::fs::write(&f2, upd).unwrap();
    let out = saale_ok(&["-p", ps, "import", f2.to_str().unwrap()]);
    assert!(
        out.contains("update: 2 object(s) removed or replaced"),
        "{out}"
    );
    // A delivery without portionskennung is applied, and says its order was not checked.
    assert!(out.contains("no portionskennung"), "{out}");
    let b = layer(&p, "buildings");
    let ids = by_id(&b, "gml_id");
    let mut keys: Vec<_> = ids.keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, vec!["DETHAAAAAAAAAA01", "DETHAAAAAAAAAA04"]);
    assert_eq!(num(&b, ids["DETHAAAAAAAAAA01"], "function"), Some(3021.0));
}

/// Snapshot of every file in the project (to prove a failed import changed nothing).
fn snapshot(p: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    for e in walk(p) {
        m.insert(e.display().to_string(), std::fs::read(&e).unwrap());
    }
    m
}

fn walk(p: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(p).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn hostile_xml_is_refused_with_file_and_line_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let good = format!(
        "<?xml version=\"1.0\"?>\n<AX_Bestandsdatenauszug {NS}>\n<enthaelt><wfs:FeatureCollection>\n<wfs:member>{}</wfs:member>\n</wfs:FeatureCollection></enthaelt></AX_Bestandsdatenauszug>\n",
        gebaeude("DETHAAAAAAAAAA01", 600_000.0, 1010, "")
    );
    let ok = tmp.path().join("ok.xml");
    std::fs::write(&ok, &good).unwrap();
    saale_ok(&["-p", ps, "import", ok.to_str().unwrap(), "-q"]);
    let before = snapshot(&p);

    let cases: Vec<(&str, String, &str)> = vec![
        ("truncated.xml", good[..good.len() / 2].to_string(), "truncated"),
        (
            "entities.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<AX_Bestandsdatenauszug xmlns=\"http://www.adv-online.de/namespaces/adv/gid/7.1\">&b;</AX_Bestandsdatenauszug>".to_string(),
            "entit",
        ),
        (
            "version.xml",
            good.replace("gid/7.1", "gid/9.9"),
            "unknown GeoInfoDok namespace version 9.9",
        ),
        (
            "coords.xml",
            good.replace("600000 5600000", "6e300 5600000"),
            "absurd coordinate",
        ),
        (
            "deep.xml",
            format!(
                "<?xml version=\"1.0\"?>\n<AX_Bestandsdatenauszug {NS}>{}{}</AX_Bestandsdatenauszug>",
                "<a>".repeat(300),
                "</a>".repeat(300)
            ),
            "nested deeper",
        ),
    ];
    for (name, body, want) in cases {
        let f = tmp.path().join(name);
        std::fs::write(&f, body).unwrap();
        let r = saale(&["-p", ps, "import", f.to_str().unwrap(), "--replace"]);
        assert_eq!(r.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(err.contains(name), "{name}: {err}");
        assert!(err.contains("line "), "{name}: {err}");
        assert!(err.contains(want), "{name}: {err}");
        assert_eq!(snapshot(&p), before, "{name} changed the project");
    }
}

#[test]
fn xplan_sample_plan_layers_and_check() {
    let Some(data) = shared_data() else { return };
    let plan = data.join("plans/SAGis_bp_plan.gml");
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    // The test plan's Geltungsbereich says EPSG:25833 but has Gauss-Krueger eastings
    // (3,479,367 m): refused by the bounds check, naming the file, feature and CRS.
    let r = saale(&["-p", p.to_str().unwrap(), "import", plan.to_str().unwrap()]);
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(
        e.contains("SAGis_bp_plan.gml: feature 0: coordinate (3479367.656, 5889625.167) lies outside the area of use of EPSG:25833"),
        "{e}"
    );
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        plan.to_str().unwrap(),
        "--no-bounds-check",
        "-q",
    ]);
    let plans = layer(&p, "plans");
    assert_eq!(plans.features.len(), 1);
    assert_eq!(text(&plans, &plans.features[0], "name"), "bp_plan");
    assert_eq!(text(&plans, &plans.features[0], "xplan_version"), "5.3");
    let zones = layer(&p, "plan_zones");
    let z = by_id(&zones, "gml_id");
    let wa = z["GML_44edf1ef-101a-4ce2-b8e3-94b69c501080"];
    assert_eq!(num(&zones, wa, "grz"), Some(0.4));
    assert_eq!(num(&zones, wa, "z"), Some(2.0));
    assert_eq!(text(&zones, wa, "use_special_short"), "WA");
    assert_eq!(num(&zones, wa, "use_general"), Some(1000.0));
    let md = z["GML_b5f66983-6732-4cdc-8910-ba4d40a060e8"];
    assert_eq!(text(&zones, md, "use_special_label"), "Dorfgebiet");
    assert_eq!(layer(&p, "plan_objects").features.len(), 2);
    if require("ogrinfo") {
        let gdal = ogr_areas(&plan, "BP_BaugebietsTeilFlaeche");
        assert_eq!(gdal.len(), 2);
        for (id, a) in gdal {
            let ours = num(&zones, z[&id], "area").unwrap();
            assert!((ours - a).abs() / a < 1e-3, "{id}: {ours} vs {a}");
        }
    }
    // The test plan's zones lie far outside its Geltungsbereich (and in another CRS).
    let r = saale(&["check", plan.to_str().unwrap(), "--json"]);
    assert_eq!(r.status.code(), Some(1));
    let issues: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let outside: Vec<_> = issues
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["rule"] == "outside-geltungsbereich")
        .map(|i| i["gml_id"].as_str().unwrap().to_string())
        .collect();
    assert!(outside.contains(&"GML_44edf1ef-101a-4ce2-b8e3-94b69c501080".to_string()));
    assert_eq!(outside.len(), 4);
}

#[test]
fn xplan_check_finds_overlap_orientation_and_self_intersection() {
    let tmp = tempfile::tempdir().unwrap();
    let ring = |pts: &[(f64, f64)]| {
        pts.iter()
            .map(|(x, y)| format!("{x} {y}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let poly = |id: &str, pts: &[(f64, f64)]| {
        format!("<gml:Polygon gml:id=\"{id}g\" srsName=\"EPSG:25832\"><gml:exterior><gml:LinearRing><gml:posList>{}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>", ring(pts))
    };
    let zone = |id: &str, pts: &[(f64, f64)]| {
        format!("<gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id=\"{id}\"><xplan:position>{}</xplan:position><xplan:flaechenschluss>true</xplan:flaechenschluss><xplan:GRZ>0.4</xplan:GRZ></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>", poly(id, pts))
    };
    let doc = format!(
        "<?xml version=\"1.0\"?>\n<xplan:XPlanAuszug xmlns:xplan=\"http://www.xplanung.de/xplangml/6/0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n\
         <gml:featureMember><xplan:BP_Plan gml:id=\"plan\"><xplan:name>Test</xplan:name><xplan:raeumlicherGeltungsbereich>{}</xplan:raeumlicherGeltungsbereich></xplan:BP_Plan></gml:featureMember>\n{}\n{}\n{}\n{}\n</xplan:XPlanAuszug>",
        poly("plan", &[(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0), (0.0, 0.0)]),
        // a and b overlap by 10 x 50 = 500 m².
        zone("a", &[(0.0, 0.0), (50.0, 0.0), (50.0, 50.0), (0.0, 50.0), (0.0, 0.0)]),
        zone("b", &[(40.0, 0.0), (90.0, 0.0), (90.0, 50.0), (40.0, 50.0), (40.0, 0.0)]),
        // c is clockwise and reaches 20 m outside the plan (20 x 10 = 200 m²).
        zone("c", &[(0.0, 60.0), (0.0, 70.0), (120.0, 70.0), (120.0, 60.0), (0.0, 60.0)]),
        // d is a bow tie crossing at (5, 85).
        zone("d", &[(0.0, 80.0), (10.0, 90.0), (10.0, 80.0), (0.0, 90.0), (0.0, 80.0)]),
    );
    let f = tmp.path().join("plan.gml");
    std::fs::write(&f, doc).unwrap();
    let r = saale(&["check", f.to_str().unwrap(), "--json"]);
    assert_eq!(r.status.code(), Some(1));
    let issues: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    let find = |rule: &str, id: &str| {
        issues
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["rule"] == rule && i["gml_id"].as_str().unwrap().contains(id))
            .cloned()
            .unwrap_or_else(|| panic!("no {rule} for {id}: {issues}"))
    };
    let o = find("overlap", "a");
    assert!(o["message"].as_str().unwrap().contains("500.00 m²"), "{o}");
    assert!((o["x"].as_f64().unwrap() - 45.0).abs() <= 5.0);
    let c = find("outside-geltungsbereich", "c");
    assert!(c["message"].as_str().unwrap().contains("200.00 m²"), "{c}");
    assert!(c["x"].as_f64().unwrap() > 100.0);
    find("ring-orientation", "c");
    let d = find("invalid-geometry", "d");
    assert!((d["x"].as_f64().unwrap() - 5.0).abs() < 1e-9, "{d}");
    assert!((d["y"].as_f64().unwrap() - 85.0).abs() < 1e-9, "{d}");
    // The valid zones a and b have no geometry findings.
    assert!(!issues
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["gml_id"] == "a" && i["rule"] != "overlap"));
}

/// Independent footprint areas: GroundSurface posLists of each top-level building, summed with
/// the shoelace formula, by plain text scanning (no XML library, no saale code).
fn ground_areas(file: &Path) -> HashMap<String, f64> {
    let s = std::fs::read_to_string(file).unwrap();
    let mut out = HashMap::new();
    for chunk in s.split("<bldg:Building gml:id=\"").skip(1) {
        let id = chunk.split('"').next().unwrap().to_string();
        let end = chunk
            .find("</bldg:Building>\n    </core:cityObjectMember>")
            .unwrap_or(chunk.len());
        let body = &chunk[..end];
        let mut area = 0.0;
        for g in body.split("<bldg:GroundSurface").skip(1) {
            let g = &g[..g.find("</bldg:GroundSurface>").unwrap()];
            for pl in g.split("<gml:posList").skip(1) {
                let nums: Vec<f64> = pl
                    [pl.find('>').unwrap() + 1..pl.find("</gml:posList>").unwrap()]
                    .split_whitespace()
                    .map(|t| t.parse().unwrap())
                    .collect();
                let pts: Vec<(f64, f64)> = nums.chunks(3).map(|c| (c[0], c[1])).collect();
                let mut a = 0.0;
                for w in pts.windows(2) {
                    a += (w[0].0 - pts[0].0) * (w[1].1 - pts[0].1)
                        - (w[1].0 - pts[0].0) * (w[0].1 - pts[0].1);
                }
                area += (a / 2.0).abs();
            }
        }
        out.insert(id, area);
    }
    out
}

#[test]
fn citygml_lod2_tiles_counts_areas_and_volumes() {
    let Some(data) = shared_data() else { return };
    let dir = data.join("city3d/nrw_lod2");
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        dir.to_str().unwrap(),
        "-q",
    ]);
    let b = layer(&p, "buildings3d");
    assert_eq!(b.features.len(), 591);
    let ours = by_id(&b, "gml_id");
    let mut tiles = 0;
    for f in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()) {
        if f.extension().is_none_or(|e| e != "gml") {
            continue;
        }
        tiles += 1;
        let reference = ground_areas(&f);
        if require("ogrinfo") {
            let n = ogr_count(&f, "SELECT COUNT(*) FROM Building", None);
            assert_eq!(n as usize, reference.len(), "{}", f.display());
        }
        for (id, a) in reference {
            let feat = ours.get(&id).unwrap_or_else(|| panic!("{id} missing"));
            let fa = num(&b, feat, "footprint_area").unwrap();
            assert!((fa - a).abs() <= 1e-6 * a.max(1.0), "{id}: {fa} vs {a}");
        }
    }
    assert_eq!(tiles, 3);
    // Flat roofs (single-part): volume from the solid = footprint x measured height (0.1 %).
    let mut flat = 0;
    for f in &b.features {
        if num(&b, f, "roof_type") == Some(1000.0) && num(&b, f, "parts") == Some(0.0) {
            let v = num(&b, f, "volume").unwrap();
            let fh = num(&b, f, "footprint_area").unwrap() * num(&b, f, "measured_height").unwrap();
            assert!((v - fh).abs() / fh < 1e-3, "{v} vs {fh}");
            assert_eq!(text(&b, f, "volume_method"), "solid");
            flat += 1;
        }
    }
    assert!(flat > 300, "{flat}");
    let roofs = layer(&p, "roofs");
    assert!(roofs.features.len() > 591);
    for f in &roofs.features {
        let t = num(&roofs, f, "tilt_deg").unwrap();
        assert!((0.0..=90.0).contains(&t));
        let a3 = num(&roofs, f, "area_3d").unwrap();
        let a2 = num(&roofs, f, "area_2d").unwrap();
        // A face's area times cos(tilt) is its projected area.
        assert!(
            (a3 * t.to_radians().cos() - a2).abs() <= 1e-6 * a3.max(1.0) + 1e-6,
            "{a3} {a2} {t}"
        );
    }
}

#[test]
fn citygml_hand_computed_gable_house() {
    // A 10 x 8 m house, eaves at 6 m, ridge (along x) at 9 m: volume 10*8*6 + 10*8*3/2 = 600 m³.
    let p = |x: f64, y: f64, z: f64| format!("{} {} {}", 500_000.0 + x, 5_600_000.0 + y, 100.0 + z);
    let poly = |id: &str, pts: &[(f64, f64, f64)]| {
        let mut v: Vec<String> = pts.iter().map(|(x, y, z)| p(*x, *y, *z)).collect();
        v.push(p(pts[0].0, pts[0].1, pts[0].2));
        format!("<gml:Polygon gml:id=\"{id}\"><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">{}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>", v.join(" "))
    };
    let surf = |kind: &str, id: &str, pts: &[(f64, f64, f64)]| {
        format!("<bldg:boundedBy><bldg:{kind} gml:id=\"{id}s\"><bldg:lod2MultiSurface><gml:MultiSurface><gml:surfaceMember>{}</gml:surfaceMember></gml:MultiSurface></bldg:lod2MultiSurface></bldg:{kind}></bldg:boundedBy>", poly(id, pts))
    };
    let faces = [
        surf(
            "GroundSurface",
            "g",
            &[(0., 0., 0.), (0., 8., 0.), (10., 8., 0.), (10., 0., 0.)],
        ),
        surf(
            "RoofSurface",
            "rs",
            &[(0., 0., 6.), (10., 0., 6.), (10., 4., 9.), (0., 4., 9.)],
        ),
        surf(
            "RoofSurface",
            "rn",
            &[(0., 8., 6.), (0., 4., 9.), (10., 4., 9.), (10., 8., 6.)],
        ),
        surf(
            "WallSurface",
            "ws",
            &[(0., 0., 0.), (10., 0., 0.), (10., 0., 6.), (0., 0., 6.)],
        ),
        surf(
            "WallSurface",
            "wn",
            &[(0., 8., 0.), (0., 8., 6.), (10., 8., 6.), (10., 8., 0.)],
        ),
        surf(
            "WallSurface",
            "ww",
            &[
                (0., 0., 0.),
                (0., 0., 6.),
                (0., 4., 9.),
                (0., 8., 6.),
                (0., 8., 0.),
            ],
        ),
        surf(
            "WallSurface",
            "we",
            &[
                (10., 0., 0.),
                (10., 8., 0.),
                (10., 8., 6.),
                (10., 4., 9.),
                (10., 0., 6.),
            ],
        ),
    ];
    let doc = format!(
        "<?xml version=\"1.0\"?>\n<core:CityModel xmlns:core=\"http://www.opengis.net/citygml/2.0\" xmlns:bldg=\"http://www.opengis.net/citygml/building/2.0\" xmlns:gml=\"http://www.opengis.net/gml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n\
         <gml:boundedBy><gml:Envelope srsName=\"urn:adv:crs:ETRS89_UTM32*DE_DHHN2016_NH\" srsDimension=\"3\"><gml:lowerCorner>500000 5600000 100</gml:lowerCorner><gml:upperCorner>500010 5600008 109</gml:upperCorner></gml:Envelope></gml:boundedBy>\n\
         <core:cityObjectMember><bldg:Building gml:id=\"house\"><bldg:roofType>3100</bldg:roofType><bldg:measuredHeight>9</bldg:measuredHeight><bldg:storeysAboveGround>2</bldg:storeysAboveGround>{}</bldg:Building></core:cityObjectMember>\n</core:CityModel>",
        faces.join("")
    );
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("house.gml");
    std::fs::write(&f, doc).unwrap();
    let pr = project(tmp.path());
    let out = saale_ok(&["-p", pr.to_str().unwrap(), "import", f.to_str().unwrap()]);
    // Without a solid the boundary surfaces form the shell.
    assert!(!out.contains("footprint x height"), "{out}");
    let b = layer(&pr, "buildings3d");
    let h = &b.features[0];
    assert!((num(&b, h, "volume").unwrap() - 600.0).abs() < 1e-6);
    assert!((num(&b, h, "footprint_area").unwrap() - 80.0).abs() < 1e-9);
    assert!((num(&b, h, "gfa_estimate").unwrap() - 160.0).abs() < 1e-9);
    assert_eq!(num(&b, h, "ground_height"), Some(100.0));
    assert_eq!(text(&b, h, "roof_type_label"), "Satteldach");
    let r = layer(&pr, "roofs");
    let roofs = by_id(&r, "surface_id");
    let tilt = (3.0f64 / 4.0).atan().to_degrees();
    let s = roofs["rss"];
    assert!((num(&r, s, "tilt_deg").unwrap() - tilt).abs() < 1e-9);
    assert!((num(&r, s, "azimuth_deg").unwrap() - 180.0).abs() < 1e-9);
    assert!((num(&r, s, "area_3d").unwrap() - 50.0).abs() < 1e-9);
    assert!((num(&r, roofs["rns"], "azimuth_deg").unwrap()).abs() < 1e-9);
}

#[test]
fn cityjson_buildings_and_missing_crs() {
    let Some(data) = shared_data() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let delft = data.join("city3d/cityjson/delft.json");
    let out = saale_ok(&["-p", ps, "import", delft.to_str().unwrap()]);
    assert!(out.contains("Building 160"), "{out}");
    assert_eq!(layer(&p, "buildings3d").features.len(), 160);
    let ml = data.join("city3d/cityjson/multi_lod.json");
    let r = saale(&["-p", ps, "import", ml.to_str().unwrap(), "--prefix", "ml"]);
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("--source-crs"));
    saale_ok(&[
        "-p",
        ps,
        "import",
        ml.to_str().unwrap(),
        "--prefix",
        "ml",
        "--source-crs",
        "EPSG:28992",
        "-q",
    ]);
    let b = layer(&p, "ml_buildings3d");
    assert_eq!(b.features.len(), 10);
    // The highest LoD (2.2) is used, with its semantic roofs.
    assert!(b.features.iter().all(|f| num(&b, f, "lod") == Some(2.0)));
    assert!(!layer(&p, "ml_roofs").features.is_empty());
}

#[test]
fn osm_xml_and_pbf_agree_and_match_gdal() {
    let Some(data) = shared_data() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    let xml = data.join("osm/weimar.osm");
    let pbf = data.join("osm/weimar_theaterplatz.osm.pbf");
    saale_ok(&[
        "-p",
        ps,
        "import",
        xml.to_str().unwrap(),
        "--prefix",
        "x",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        ps,
        "import",
        pbf.to_str().unwrap(),
        "--prefix",
        "b",
        "-q",
    ]);
    for name in ["pois", "poi_areas", "osm_buildings", "streets"] {
        let a = layer(&p, &format!("x_{name}"));
        let b = layer(&p, &format!("b_{name}"));
        assert_eq!(a.features.len(), b.features.len(), "{name}");
        assert!(!a.features.is_empty(), "{name}");
    }
    let streets = layer(&p, "x_streets");
    let ways: std::collections::HashSet<String> = streets
        .features
        .iter()
        .map(|f| text(&streets, f, "osm_id"))
        .collect();
    for f in &streets.features {
        // Length in metres, close to the planar length in UTM (within 0.5 %).
        let len = num(&streets, f, "length_m").unwrap();
        let planar = match f.geometry.as_ref().unwrap() {
            saale_model::Geometry::LineString(l) => {
                l.0.windows(2)
                    .map(|w| ((w[1].x - w[0].x).powi(2) + (w[1].y - w[0].y).powi(2)).sqrt())
                    .sum::<f64>()
            }
            g => panic!("{g:?}"),
        };
        assert!(
            (len - planar).abs() <= 0.005 * len + 0.01,
            "{len} vs {planar}"
        );
    }
    if require("ogrinfo") {
        let n_b = ogr_count(
            &xml,
            "SELECT COUNT(*) FROM multipolygons WHERE building IS NOT NULL",
            None,
        );
        assert_eq!(layer(&p, "x_osm_buildings").features.len() as u64, n_b);
        let n_h = ogr_count(
            &xml,
            "SELECT COUNT(*) FROM lines WHERE highway IS NOT NULL",
            Some("sqlite"),
        );
        assert_eq!(ways.len() as u64, n_h);
    }
}

#[test]
fn zensus_grid_cells_flags_and_latin1() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let csv = "GITTER_ID_100m;x_mp_100m;y_mp_100m;Einwohner;Durchschnittsalter;werterlaeuternde_Zeichen\n\
               CRS3035RES100mN3100000E4400000;4400050;3100050;12;41,5;\n\
               CRS3035RES100mN3100100E4400000;4400050;3100150;–;–;\n\
               CRS3035RES100mN3100100E4400100;4400150;3100150;7;38,2;KLAMMERN\n";
    let f = tmp.path().join("zensus.csv");
    // ISO-8859-1 cannot hold the dash; use '-' there and keep the rest.
    let latin: Vec<u8> = csv.replace('–', "-").chars().map(|c| c as u8).collect();
    std::fs::write(&f, latin).unwrap();
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        f.to_str().unwrap(),
        "-q",
    ]);
    let l = layer(&p, "zensus_grid");
    let cells = by_id(&l, "cell_id");
    assert_eq!(cells.len(), 3);
    let c = cells["CRS3035RES100mN3100000E4400000"];
    assert_eq!(num(&l, c, "Einwohner"), Some(12.0));
    assert_eq!(num(&l, c, "Durchschnittsalter"), Some(41.5));
    let s = cells["CRS3035RES100mN3100100E4400000"];
    assert_eq!(
        l.features
            .iter()
            .filter(|f| f.value(l.schema.index_of("suppressed").unwrap()) == &Value::Bool(true))
            .count(),
        1
    );
    assert!(num(&l, s, "Einwohner").is_none());
    assert_eq!(
        text(&l, s, "suppressed_fields"),
        "Einwohner;Durchschnittsalter"
    );
    let u = cells["CRS3035RES100mN3100100E4400100"];
    assert_eq!(
        u.value(l.schema.index_of("uncertain").unwrap()),
        &Value::Bool(true)
    );
    // The cell is 100 x 100 m in EPSG:3035; in the working CRS (UTM 32) its area stays close.
    let a = match c.geometry.as_ref().unwrap() {
        saale_model::Geometry::Polygon(p) => p.unsigned_area(),
        g => panic!("{g:?}"),
    };
    assert!((a - 10_000.0).abs() < 100.0, "{a}");
}

#[test]
fn geopackage_with_two_layers_imports_both_not_only_the_first() {
    if !require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    // Stops (points) and districts (polygons) in one GeoPackage, written by ogr2ogr.
    let pts: Vec<String> = (0..37)
        .map(|i| format!("{i},\"POINT ({} {})\"", 680_000 + 10 * i, 5_640_000 + 7 * i))
        .collect();
    let polys: Vec<String> = (0..5)
        .map(|i| {
            let x = 680_000 + 100 * i;
            format!(
                "{i},\"POLYGON (({x} 5640000,{} 5640000,{} 5640100,{x} 5640100,{x} 5640000))\"",
                x + 100,
                x + 100
            )
        })
        .collect();
    let gpkg = tmp.path().join("city.gpkg");
    for (name, rows, first) in [("stops", &pts, true), ("districts", &polys, false)] {
        let csv = tmp.path().join(format!("{name}.csv"));
        std::fs::write(&csv, format!("id,WKT\n{}\n", rows.join("\n"))).unwrap();
        let mut c = Command::new("ogr2ogr");
        if !first {
            c.arg("-update");
        }
        let out = c
            .args(["-f", "GPKG"])
            .arg(&gpkg)
            .arg(&csv)
            .args([
                "-a_srs",
                "EPSG:25832",
                "-nln",
                name,
                "-oo",
                "GEOM_POSSIBLE_NAMES=WKT",
            ])
            .args(["-oo", "KEEP_GEOM_COLUMNS=NO"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = saale_ok(&["-p", ps, "import", gpkg.to_str().unwrap()]);
    for (table, name) in [("stops", "city_stops"), ("districts", "city_districts")] {
        let gdal = ogr_count(&gpkg, &format!("SELECT COUNT(*) FROM {table}"), None);
        assert!(gdal > 0);
        assert_eq!(layer(&p, name).features.len() as u64, gdal, "{name}");
        assert!(out.contains(&format!("into '{name}'")), "{out}");
    }
    // --source-layer picks one; merging a multi-layer file into one layer must name one.
    saale_ok(&[
        "-p",
        ps,
        "import",
        gpkg.to_str().unwrap(),
        "--source-layer",
        "districts",
        "--layer",
        "d",
    ]);
    assert_eq!(layer(&p, "d").features.len(), 5);
    let r = saale(&[
        "-p",
        ps,
        "import",
        gpkg.to_str().unwrap(),
        "--layer",
        "both",
    ]);
    assert_eq!(r.status.code(), Some(1));
    let e = String::from_utf8_lossy(&r.stderr);
    assert!(
        e.contains("holds 2 layers (stops, districts)") && e.contains("--source-layer"),
        "{e}"
    );
}

/// The points of a layer as (x, y), sorted.
fn points(p: &Path, name: &str) -> Vec<(f64, f64)> {
    let mut v: Vec<(f64, f64)> = layer(p, name)
        .features
        .iter()
        .map(|f| match &f.geometry {
            Some(saale_model::Geometry::Point(pt)) => (pt.x(), pt.y()),
            g => panic!("not a point: {g:?}"),
        })
        .collect();
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v
}

#[test]
fn arcgis_esri_code_under_epsg_with_northing_first_and_zone_prefix_is_read_right() {
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    // What a city's ArcGIS WFS delivers: ESRI:102329 ("ETRS 1989 UTM Zone 32N 8stellen",
    // eastings with the zone prefix 32) under the EPSG authority, northing first.
    let gml = tmp.path().join("wfs.gml");
    std::fs::write(&gml, r#"<?xml version="1.0" encoding="utf-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:stadt="http://stadt.example/wfs">
<wfs:member><stadt:Haltestelle gml:id="h1"><stadt:name>Markt</stadt:name><stadt:Shape><gml:Point gml:id="p1" srsName="urn:ogc:def:crs:EPSG::102329"><gml:pos>5640000.25 32680000.5</gml:pos></gml:Point></stadt:Shape></stadt:Haltestelle></wfs:member>
<wfs:member><stadt:Haltestelle gml:id="h2"><stadt:name>Paradies</stadt:name><stadt:Shape><gml:Point gml:id="p2" srsName="urn:ogc:def:crs:EPSG::102329"><gml:pos>5641000.0 32681000.0</gml:pos></gml:Point></stadt:Shape></stadt:Haltestelle></wfs:member>
</wfs:FeatureCollection>
"#).unwrap();
    let geojson = tmp.path().join("wfs.geojson");
    std::fs::write(&geojson, r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::102329"}},"features":[
{"type":"Feature","properties":{"name":"Markt"},"geometry":{"type":"Point","coordinates":[5640000.25,32680000.5]}},
{"type":"Feature","properties":{"name":"Paradies"},"geometry":{"type":"Point","coordinates":[5641000.0,32681000.0]}}]}"#).unwrap();
    // By hand: ESRI:102329 is UTM zone 32 with a false easting of 32,500,000 m, so EPSG:25832
    // has the same northing and the easting less 32,000,000 m.
    let want = vec![(680_000.5, 5_640_000.25), (681_000.0, 5_641_000.0)];
    for (f, name) in [(&gml, "g"), (&geojson, "j")] {
        let out = saale_ok(&["-p", ps, "import", f.to_str().unwrap(), "--layer", name]);
        assert!(
            out.contains("EPSG has no code 102329; taken as ESRI:102329"),
            "{out}"
        );
        assert!(out.contains("axes swapped"), "{out}");
        let got = points(&p, name);
        for (g, w) in got.iter().zip(&want) {
            assert!(
                (g.0 - w.0).abs() < 1e-6 && (g.1 - w.1).abs() < 1e-6,
                "{got:?}"
            );
        }
        // The assumptions are kept in the import report.
        let info = saale_ok(&["-p", ps, "info", name, "-v"]);
        assert!(
            info.contains("taken as ESRI:102329") && info.contains("axes swapped"),
            "{info}"
        );
        let e = Project::open(&p).unwrap().entry(name).unwrap().clone();
        assert_eq!(e.source_crs, "ESRI:102329");
    }
    // --source-crs takes any CRS PROJ knows: ESRI codes, zone-prefixed EPSG:4647, PROJJSON.
    let csv = tmp.path().join("xy.csv");
    std::fs::write(
        &csv,
        "id,x,y\n1,32680000.5,5640000.25\n2,32681000,5641000\n",
    )
    .unwrap();
    let projjson = saale_crs::Crs::parse("EPSG:4647")
        .unwrap()
        .projjson()
        .unwrap();
    for (crs, name) in [
        ("ESRI:102329", "c1"),
        ("EPSG:4647", "c2"),
        (projjson.as_str(), "c3"),
    ] {
        saale_ok(&[
            "-p",
            ps,
            "import",
            csv.to_str().unwrap(),
            "--layer",
            name,
            "--source-crs",
            crs,
            "-q",
        ]);
        let got = points(&p, name);
        for (g, w) in got.iter().zip(&want) {
            assert!(
                (g.0 - w.0).abs() < 1e-6 && (g.1 - w.1).abs() < 1e-6,
                "{name}: {got:?}"
            );
        }
    }
    let r = saale(&[
        "-p",
        ps,
        "import",
        csv.to_str().unwrap(),
        "--layer",
        "c4",
        "--source-crs",
        "EPSG:9999999",
    ]);
    assert_eq!(r.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&r.stderr)
        .contains("EPSG has no code 9999999, and neither has ESRI"));
}

#[test]
fn osm_multipolygon_of_thousands_of_shuffled_ways_matches_gdal() {
    if !require("ogr2ogr") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let p = project(tmp.path());
    let ps = p.to_str().unwrap();
    // A building relation near Jena: an outer ring of 4,000 nodes in 2,000 ways and a hole of
    // 1,000 nodes in 500 ways; members shuffled, every other way reversed.
    let mut xml =
        String::from("<?xml version=\"1.0\"?>\n<osm version=\"0.6\" generator=\"test\">\n");
    let mut ways: Vec<(i64, Vec<i64>, &str)> = Vec::new();
    let mut way_id = 1_000_000i64;
    for (base, n, r, role) in [
        (0i64, 4000i64, 0.004, "outer"),
        (100_000, 1000, 0.001, "inner"),
    ] {
        for k in 0..n {
            let a = std::f64::consts::TAU * k as f64 / n as f64;
            xml.push_str(&format!(
                "<node id=\"{}\" lat=\"{:.7}\" lon=\"{:.7}\"/>\n",
                base + k + 1,
                50.93 + r * a.sin(),
                11.59 + 1.6 * r * a.cos()
            ));
        }
        for w in 0..n / 2 {
            let mut nodes: Vec<i64> = (0..=2).map(|j| base + (2 * w + j) % n + 1).collect();
            if w % 2 == 1 {
                nodes.reverse();
            }
            way_id += 1;
            ways.push((way_id, nodes, role));
        }
    }
    for (id, nodes, _) in &ways {
        xml.push_str(&format!("<way id=\"{id}\">"));
        for n in nodes {
            xml.push_str(&format!("<nd ref=\"{n}\"/>"));
        }
        xml.push_str("</way>\n");
    }
    let mut order: Vec<usize> = (0..ways.len()).collect();
    let mut s: u64 = 11;
    for i in (1..order.len()).rev() {
        s = s
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        order.swap(i, (s >> 33) as usize % (i + 1));
    }
    xml.push_str("<relation id=\"77\">");
    for i in order {
        let (id, _, role) = &ways[i];
        xml.push_str(&format!(
            "<member type=\"way\" ref=\"{id}\" role=\"{role}\"/>"
        ));
    }
    xml.push_str(
        "<tag k=\"type\" v=\"multipolygon\"/><tag k=\"building\" v=\"yes\"/></relation>\n</osm>\n",
    );
    let osm = tmp.path().join("ring.osm");
    std::fs::write(&osm, xml).unwrap();
    saale_ok(&["-p", ps, "import", osm.to_str().unwrap(), "-q"]);
    let b = layer(&p, "osm_buildings");
    assert_eq!(b.features.len(), 1);
    let ours = match b.features[0].geometry.as_ref().unwrap() {
        saale_model::Geometry::MultiPolygon(mp) => {
            assert_eq!(mp.0.len(), 1);
            assert_eq!(mp.0[0].interiors().len(), 1);
            assert_eq!(mp.0[0].exterior().0.len(), 4001);
            mp.unsigned_area()
        }
        g => panic!("{g:?}"),
    };
    // GDAL's OSM driver assembles the same relation; its area in EPSG:25832.
    let gj = tmp.path().join("gdal.geojson");
    let out = Command::new("ogr2ogr")
        .args(["-f", "GeoJSON", "-t_srs", "EPSG:25832"])
        .arg(&gj)
        .arg(&osm)
        .arg("multipolygons")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&gj).unwrap()).unwrap();
    let feats = v["features"].as_array().unwrap();
    assert_eq!(feats.len(), 1);
    let ring = |r: &serde_json::Value| {
        saale_model::geo_types::LineString::from(
            r.as_array()
                .unwrap()
                .iter()
                .map(|c| (c[0].as_f64().unwrap(), c[1].as_f64().unwrap()))
                .collect::<Vec<_>>(),
        )
    };
    let polygon = |rings: &serde_json::Value| {
        let rings = rings.as_array().unwrap();
        saale_model::geo_types::Polygon::new(ring(&rings[0]), rings[1..].iter().map(ring).collect())
    };
    let geom = &feats[0]["geometry"];
    let theirs = match geom["type"].as_str().unwrap() {
        "MultiPolygon" => geom["coordinates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| polygon(p).unsigned_area())
            .sum::<f64>(),
        "Polygon" => polygon(&geom["coordinates"]).unsigned_area(),
        t => panic!("{t}"),
    };
    assert!((ours - theirs).abs() / theirs < 1e-9, "{ours} vs {theirs}");
}
