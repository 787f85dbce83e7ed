//! Incremental OpenStreetMap (issue 16, item 5): a base extract imported, then an OSM change
//! file (`.osc` and `.osc.gz`) applied with `saale import CHANGE.osc`, gives the same layers
//! (pois, poi_areas, osm_buildings, streets, water, places) as importing the changed extract
//! that `osmium apply-changes` (the independent reference) makes of base and change. The
//! replication sequence is recorded; a change applied twice is refused and changes nothing.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use common::{have, saale, saale_ok};
use serde_json::Value as J;

const BASE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="saale test">
 <node id="1" version="1" lat="50.9270" lon="11.5860"><tag k="amenity" v="cafe"/><tag k="name" v="Café am Markt"/></node>
 <node id="2" version="1" lat="50.9280" lon="11.5870"><tag k="amenity" v="school"/><tag k="name" v="Grundschule"/></node>
 <node id="3" version="1" lat="50.9260" lon="11.5840"><tag k="shop" v="bakery"/></node>
 <node id="10" version="1" lat="50.9250" lon="11.5800"/>
 <node id="11" version="1" lat="50.9250" lon="11.5820"/>
 <node id="12" version="1" lat="50.9250" lon="11.5840"/>
 <node id="13" version="1" lat="50.9270" lon="11.5820"/>
 <node id="20" version="1" lat="50.9290" lon="11.5800"/>
 <node id="21" version="1" lat="50.9290" lon="11.5803"/>
 <node id="22" version="1" lat="50.9292" lon="11.5803"/>
 <node id="23" version="1" lat="50.9292" lon="11.5800"/>
 <node id="30" version="1" lat="50.9300" lon="11.5900"/>
 <node id="31" version="1" lat="50.9300" lon="11.5904"/>
 <node id="32" version="1" lat="50.9303" lon="11.5904"/>
 <node id="33" version="1" lat="50.9303" lon="11.5900"/>
 <way id="100" version="1"><nd ref="10"/><nd ref="11"/><nd ref="12"/><tag k="highway" v="residential"/><tag k="name" v="Lutherstraße"/></way>
 <way id="101" version="1"><nd ref="11"/><nd ref="13"/><tag k="highway" v="footway"/></way>
 <way id="102" version="1"><nd ref="20"/><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="20"/><tag k="building" v="yes"/><tag k="building:levels" v="3"/></way>
 <way id="103" version="1"><nd ref="30"/><nd ref="31"/><nd ref="32"/><nd ref="33"/><nd ref="30"/><tag k="amenity" v="kindergarten"/><tag k="name" v="Kita Sonnenschein"/></way>
</osm>
"#;

const CHANGE: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<osmChange version="0.6" generator="saale test">
 <modify>
  <node id="1" version="2" lat="50.9270" lon="11.5860"><tag k="amenity" v="cafe"/><tag k="name" v="Café Markt 1"/><tag k="wheelchair" v="yes"/></node>
  <node id="12" version="2" lat="50.9255" lon="11.5845"/>
  <way id="100" version="2"><nd ref="10"/><nd ref="11"/><nd ref="12"/><tag k="highway" v="living_street"/><tag k="name" v="Lutherstraße"/></way>
 </modify>
 <delete>
  <node id="2" version="2"/>
  <way id="101" version="2"/>
  <node id="13" version="2"/>
  <node id="999" version="3"/>
 </delete>
 <create>
  <node id="40" version="1" lat="50.9310" lon="11.5910"/>
  <node id="41" version="1" lat="50.9310" lon="11.5915"/>
  <node id="42" version="1" lat="50.9314" lon="11.5915"/>
  <node id="43" version="1" lat="50.9314" lon="11.5910"/>
  <way id="104" version="1"><nd ref="40"/><nd ref="41"/><nd ref="42"/><nd ref="43"/><nd ref="40"/><tag k="building" v="school"/><tag k="height" v="12"/></way>
  <node id="44" version="1" lat="50.9265" lon="11.5850"><tag k="amenity" v="pharmacy"/><tag k="name" v="Rats-Apotheke"/></node>
 </create>
</osmChange>
"#;

fn export(p: &Path, layer: &str) -> Vec<String> {
    let to = p.join(format!("{layer}.geojson"));
    saale_ok(&[
        "-p",
        p.to_str().unwrap(),
        "export",
        layer,
        "--to",
        to.to_str().unwrap(),
        "--crs",
        "EPSG:25832",
        "--replace",
    ]);
    let fc: J = serde_json::from_str(&std::fs::read_to_string(to).unwrap()).unwrap();
    // Each feature as text with its coordinates rounded to 0.1 mm, sorted.
    fn round(v: &J) -> J {
        match v {
            J::Number(n) => serde_json::json!((n.as_f64().unwrap() * 1e4).round() / 1e4),
            J::Array(a) => J::Array(a.iter().map(round).collect()),
            v => v.clone(),
        }
    }
    let mut out: Vec<String> = fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {}",
                f["properties"],
                round(&f["geometry"]["coordinates"])
            )
        })
        .collect();
    out.sort();
    out
}

fn layers(p: &Path) -> Vec<String> {
    let v: J =
        serde_json::from_str(&saale_ok(&["-p", p.to_str().unwrap(), "layers", "--json"])).unwrap();
    let mut names: Vec<String> = v["layers"]
        .as_array()
        .or_else(|| v.as_array())
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn a_change_file_applied_to_the_base_equals_importing_the_changed_extract() {
    if !have("osmium") {
        assert!(
            std::env::var("SAALE_REQUIRE_PEERS").is_err(),
            "osmium (osmium-tool) is required (SAALE_REQUIRE_PEERS is set)"
        );
        eprintln!("skipping: osmium (apt install osmium-tool) is needed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("base.osm");
    std::fs::write(&base, BASE).unwrap();
    // A replication path: sequence 6123456.
    let dir = tmp.path().join("minute/006/123");
    std::fs::create_dir_all(&dir).unwrap();
    let change = dir.join("456.osc.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&change).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(CHANGE.as_bytes()).unwrap();
    gz.finish().unwrap();
    let changed = tmp.path().join("changed.osm");
    let out = Command::new("osmium")
        .arg("apply-changes")
        .arg(&base)
        .arg(&change)
        .arg("-o")
        .arg(&changed)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let reference = tmp.path().join("ref");
    saale_ok(&["init", reference.to_str().unwrap()]);
    saale_ok(&[
        "-p",
        reference.to_str().unwrap(),
        "import",
        changed.to_str().unwrap(),
    ]);
    let p = tmp.path().join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    let ps = p.to_str().unwrap();
    saale_ok(&["-p", ps, "import", base.to_str().unwrap()]);
    assert!(p.join("osm/store.bin").is_file());
    let before = export(&p, "pois");
    let applied: J = serde_json::from_str(&saale_ok(&[
        "-p",
        ps,
        "import",
        change.to_str().unwrap(),
        "--json",
    ]))
    .unwrap();
    assert_eq!(applied["delivery"]["update"], true, "{applied}");
    assert!(
        applied["delivery"]["format"]
            .as_str()
            .unwrap()
            .contains("6123456"),
        "{applied}"
    );
    assert_eq!(layers(&p), layers(&reference));
    for layer in layers(&reference) {
        assert_eq!(export(&p, &layer), export(&reference, &layer), "{layer}");
    }
    // The change did change something (the café's name, the school gone, a pharmacy).
    let after = export(&p, "pois");
    assert_ne!(before, after);
    assert!(after.iter().any(|f| f.contains("Rats-Apotheke")));
    assert!(!after.iter().any(|f| f.contains("Grundschule")));
    assert!(after.iter().any(|f| f.contains("Café Markt 1")));
    // Recorded: the sequence in the layers' provenance.
    let info: J = serde_json::from_str(&saale_ok(&["-p", ps, "info", "pois", "--json"])).unwrap();
    assert!(
        info["provenance"]["note"]
            .as_str()
            .unwrap_or_default()
            .contains("replication sequence 6123456"),
        "{info}"
    );
    // The same change again: refused, nothing changed.
    let catalog = std::fs::read(p.join("saale.toml")).unwrap();
    let store = std::fs::read(p.join("osm/store.bin")).unwrap();
    let again = saale(&["-p", ps, "import", change.to_str().unwrap()]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("sequence 6123456 is not after 6123456"),
        "{err}"
    );
    assert_eq!(std::fs::read(p.join("saale.toml")).unwrap(), catalog);
    assert_eq!(std::fs::read(p.join("osm/store.bin")).unwrap(), store);

    // The next change (plain .osc) deletes both buildings: the layer stays, empty; the others
    // equal the import of osmium's result of all changes.
    let next = dir.join("457.osc");
    std::fs::write(
        &next,
        r#"<?xml version="1.0"?><osmChange version="0.6"><delete><way id="102" version="2"/><way id="104" version="2"/></delete></osmChange>"#,
    )
    .unwrap();
    let changed2 = tmp.path().join("changed2.osm");
    let out = Command::new("osmium")
        .arg("apply-changes")
        .arg(&base)
        .arg(&change)
        .arg(&next)
        .arg("-o")
        .arg(&changed2)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reference2 = tmp.path().join("ref2");
    saale_ok(&["init", reference2.to_str().unwrap()]);
    saale_ok(&[
        "-p",
        reference2.to_str().unwrap(),
        "import",
        changed2.to_str().unwrap(),
    ]);
    saale_ok(&["-p", ps, "import", next.to_str().unwrap()]);
    // The reference has no building layer any more; the project keeps it, empty.
    assert!(!layers(&reference2).contains(&"osm_buildings".to_string()));
    assert!(export(&p, "osm_buildings").is_empty());
    for layer in layers(&reference2) {
        assert_eq!(export(&p, &layer), export(&reference2, &layer), "{layer}");
    }
}
