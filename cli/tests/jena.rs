//! The bundled Jena sample: layer counts, axis order and reprojection against the EWKB the city
//! ships in each district, and the household join.
#![allow(clippy::unwrap_used)]

mod common;

use common::{jena_project, saale_ok};
use saale_model::{for_each_coord, Value};
use serde_json::Value as J;

fn layer<'a>(doc: &'a J, name: &str) -> &'a J {
    doc["layers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == name)
        .unwrap_or_else(|| panic!("no layer {name}"))
}

#[test]
fn layer_summary_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let doc: J = serde_json::from_str(&saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "layers",
        "--json",
        "-v",
    ]))
    .unwrap();
    assert_eq!(doc["crs"], "EPSG:25832");
    assert_eq!(layer(&doc, "statbez")["feature_count"], 41);
    assert_eq!(layer(&doc, "amenity")["feature_count"], 1642);
    assert_eq!(
        layer(&doc, "amenity")["sources"].as_array().unwrap().len(),
        74
    );
    let bus = layer(&doc, "bus");
    assert_eq!(bus["feature_count"], 239);
    let types = &bus["geometry_types"];
    assert_eq!(types["Point"], 203);
    let lines = types["LineString"].as_u64().unwrap() + types["MultiLineString"].as_u64().unwrap();
    assert_eq!(lines, 36);
    let hh = layer(&doc, "hh_priv");
    assert_eq!(hh["kind"], "table");
    assert_eq!(hh["feature_count"], 43);
    assert_eq!(layer(&doc, "statbez")["source_crs"], "EPSG:4326");
    assert_eq!(layer(&doc, "statbez")["licence"], "dl-de/by-2.0");
    assert_eq!(
        layer(&doc, "statbez")["sources"][0]["sha256"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
    // Amenity tags are kept as attributes.
    let info: J = serde_json::from_str(&saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "info",
        "amenity",
        "--json",
    ]))
    .unwrap();
    let names: Vec<&str> = info["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"amenity") && names.contains(&"name") && names.contains(&"@id"),
        "{names:?}"
    );
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn districts_match_the_citys_own_utm_geometry_within_1mm() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let project = saale_store::Project::open(&p).unwrap();
    let layer = project.read_layer("statbez").unwrap();
    assert_eq!(layer.features.len(), 41);
    let the_geom = layer.schema.index_of("the_geom").unwrap();
    let mut vertices = 0;
    for f in &layer.features {
        let Value::String(h) = f.value(the_geom) else {
            panic!("the_geom not text")
        };
        let reference = saale_model::geometry_from_wkb(&hex(h)).unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for_each_coord(f.geometry.as_ref().unwrap(), &mut |c| a.push(c));
        for_each_coord(&reference, &mut |c| b.push(c));
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert!(
                (x.x - y.x).abs() < 1e-3 && (x.y - y.y).abs() < 1e-3,
                "{x:?} vs EWKB {y:?}"
            );
            vertices += 1;
        }
    }
    assert!(vertices > 10_000, "{vertices}");
}

#[test]
fn households_join_onto_districts() {
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let project = saale_store::Project::open(&p).unwrap();
    let l = project.read_layer("statbez_households").unwrap();
    let id = l.schema.index_of("id").unwrap();
    let y2016 = l.schema.index_of("31.12.2016").unwrap();
    let f11 = l
        .features
        .iter()
        .find(|f| f.value(id).join_key().as_deref() == Some("11"))
        .unwrap();
    // hh_priv.csv: "Ammerbach Ort,11,...,205," (31.12.2016).
    assert_eq!(f11.value(y2016).as_f64(), Some(205.0));
    // The unmatched keys (0 = city total, 999) are reported.
    let out = saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "join-attributes",
        "statbez",
        "hh_priv_1",
        "--on",
        "id=statistischer_Bezirk_Nr",
        "--out",
        "one_person",
    ]);
    assert!(out.contains("41 of 41 features matched"), "{out}");
    assert!(
        out.contains("2 key(s) of 'hh_priv_1' not used: 0, 999"),
        "{out}"
    );
    let bad = common::saale(&[
        "-p",
        p.to_str().unwrap(),
        "join-attributes",
        "statbez",
        "hh_priv_1",
        "--on",
        "nope=statistischer_Bezirk_Nr",
        "--out",
        "x",
    ]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("has no field 'nope'"));
}
