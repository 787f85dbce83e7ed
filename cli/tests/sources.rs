//! Remote sources (issue 16, item 1): a file over HTTP (`/vsicurl/`), a WFS, OGC API Features
//! (saale's own server) and PostGIS (a table and a query), each imported, compared with what
//! GDAL's `ogr2ogr` reads from the same source, changed at the source (`status` says outdated,
//! `refresh` reads it again and the values follow), and removed (`status` says broken with the
//! reason). The HTTP servers listen on 127.0.0.1 (`common/http_files.py`, `saale serve`); the
//! PostgreSQL cluster is the one of `common::pg`.
#![allow(clippy::unwrap_used)]

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::{have, saale, saale_ok};
use serde_json::Value as J;

fn json(args: &[&str]) -> J {
    serde_json::from_str(&saale_ok(args)).unwrap()
}

fn skip(why: &str) {
    assert!(
        std::env::var("SAALE_REQUIRE_PEERS").is_err(),
        "a peer is required (SAALE_REQUIRE_PEERS is set): {why}"
    );
    eprintln!("skipping: {why}");
}

/// `common/http_files.py` serving `dir` on 127.0.0.1, killed on drop.
struct Files {
    child: Child,
    port: u16,
    dir: PathBuf,
}

impl Files {
    fn start(dir: &Path) -> Files {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/common/http_files.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(dir)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.as_mut().unwrap())
            .read_line(&mut line)
            .unwrap();
        Files {
            port: line.trim().parse().unwrap(),
            child,
            dir: dir.to_path_buf(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{path}", self.port)
    }

    /// The request lines served so far.
    fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("requests.log"))
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect()
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The features GDAL reads from `source` (in EPSG:25832), as GeoJSON.
fn ogr(source: &str, extra: &[&str]) -> J {
    let out = Command::new("ogr2ogr")
        .args(["-f", "GeoJSON", "/vsistdout/", source])
        .args(extra)
        .args(["-t_srs", "EPSG:25832"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ogr2ogr {source}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The layer as saale exports it (EPSG:25832), as GeoJSON.
fn exported(project: &Path, layer: &str) -> J {
    let to = project.join(format!("{layer}.out.geojson"));
    saale_ok(&[
        "-p",
        project.to_str().unwrap(),
        "export",
        layer,
        "--to",
        to.to_str().unwrap(),
        "--crs",
        "EPSG:25832",
        "--replace",
    ]);
    serde_json::from_str(&std::fs::read_to_string(to).unwrap()).unwrap()
}

/// (key, the other fields, x, y) of every point feature, sorted by key.
fn rows(fc: &J, key: &str, fields: &[&str]) -> Vec<(String, Vec<String>, f64, f64)> {
    let mut out: Vec<_> = fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let p = &f["properties"];
            let c = &f["geometry"]["coordinates"];
            (
                p[key].to_string(),
                fields.iter().map(|k| p[*k].to_string()).collect(),
                c[0].as_f64().unwrap(),
                c[1].as_f64().unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Same keys and values, coordinates within 1 mm.
fn assert_same(a: &J, b: &J, key: &str, fields: &[&str]) {
    let (a, b) = (rows(a, key, fields), rows(b, key, fields));
    assert_eq!(a.len(), b.len(), "{a:?}\n{b:?}");
    for (x, y) in a.iter().zip(&b) {
        assert_eq!((&x.0, &x.1), (&y.0, &y.1));
        assert!(
            (x.2 - y.2).abs() < 1e-3 && (x.3 - y.3).abs() < 1e-3,
            "{x:?} {y:?}"
        );
    }
}

/// (state, reasons joined) of `layer` in `saale status --json`.
fn state(project: &Path, layer: &str) -> (String, String) {
    let st = json(&["-p", project.to_str().unwrap(), "status", "--json"]);
    let s = st
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["layer"] == layer)
        .unwrap_or_else(|| panic!("no {layer} in {st}"));
    (
        s["state"].as_str().unwrap().to_string(),
        s["reasons"]
            .as_array()
            .map(|r| {
                r.iter()
                    .map(|x| x.as_str().unwrap().to_string())
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .unwrap_or_default(),
    )
}

fn refresh(project: &Path) -> J {
    json(&["-p", project.to_str().unwrap(), "refresh", "--json"])
}

fn done(r: &J) -> Vec<String> {
    r["actions"]
        .as_array()
        .unwrap()
        .iter()
        // Exports of the test itself are outputs remade too; the layers are what counts here.
        .filter(|a| a["result"] == "done" && a["verb"] != "export")
        .map(|a| a["layers"][0].as_str().unwrap().to_string())
        .collect()
}

fn new_project(dir: &Path) -> PathBuf {
    let p = dir.join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    p
}

fn stops_geojson(rows: &[(i64, &str, i64, f64, f64)]) -> String {
    let features: Vec<J> = rows
        .iter()
        .map(|(id, name, lines, x, y)| {
            serde_json::json!({"type": "Feature",
                "properties": {"id": id, "name": name, "lines": lines},
                "geometry": {"type": "Point", "coordinates": [x, y]}})
        })
        .collect();
    serde_json::json!({"type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25832"}},
        "features": features})
    .to_string()
}

fn utc_date_of(path: &Path) -> String {
    let out = Command::new("date")
        .args(["-u", "+%F", "-r"])
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn a_file_over_http_is_read_checked_by_its_etag_refreshed_and_broken_when_gone() {
    if !(have("python3") && have("ogr2ogr")) {
        return skip("python3 and ogr2ogr (GDAL) are needed");
    }
    let tmp = tempfile::tempdir().unwrap();
    let www = tmp.path().join("www");
    std::fs::create_dir_all(&www).unwrap();
    let file = www.join("stops.geojson");
    std::fs::write(
        &file,
        stops_geojson(&[
            (1, "Paradies", 7, 681_000.0, 5_644_000.0),
            (2, "Holzmarkt", 5, 681_250.5, 5_644_120.25),
            (3, "Zeiss-Werk", 2, 680_900.0, 5_643_800.0),
        ]),
    )
    .unwrap();
    let files = Files::start(&www);
    let p = new_project(tmp.path());
    let ps = p.to_str().unwrap();
    let url = files.url("stops.geojson");
    let out = json(&[
        "-p",
        ps,
        "import",
        &url,
        "--as-of",
        "delivery",
        "--licence",
        "dl-de/by-2.0",
        "--json",
    ]);
    assert_eq!(out["layers"][0]["name"], "stops");
    assert_eq!(out["layers"][0]["features"], 3);
    let vsi = format!("/vsicurl/{url}");
    let fields = ["name", "lines"];
    assert_same(&exported(&p, "stops"), &ogr(&vsi, &[]), "id", &fields);
    // Recorded as /vsicurl/URL with the server's validators; as_of from Last-Modified.
    let info = json(&["-p", ps, "info", "stops", "--json"]);
    assert_eq!(info["as_of"], utc_date_of(&file), "{info}");
    let catalog = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    assert!(catalog.contains(&format!("path = \"{vsi}\"")), "{catalog}");
    assert!(catalog.contains("etag = "), "{catalog}");
    assert_eq!(state(&p, "stops").0, "current");

    // Unchanged: status asks with HEAD only, nothing is downloaded.
    let before = files.requests().len();
    assert_eq!(state(&p, "stops").0, "current");
    let asked: Vec<String> = files.requests()[before..].to_vec();
    assert!(
        !asked.is_empty() && asked.iter().all(|r| r.starts_with("HEAD ")),
        "{asked:?}"
    );

    // Changed at the source: outdated by its ETag, refreshed to what GDAL reads now.
    std::fs::write(
        &file,
        stops_geojson(&[
            (1, "Paradies", 9, 681_000.0, 5_644_000.0),
            (2, "Holzmarkt", 5, 681_250.5, 5_644_120.25),
            (4, "Westbahnhof", 3, 680_500.0, 5_644_400.0),
        ]),
    )
    .unwrap();
    let (s, why) = state(&p, "stops");
    assert_eq!(s, "outdated");
    assert!(why.contains("changed (ETag"), "{why}");
    let r = refresh(&p);
    assert_eq!(done(&r), ["stops"], "{r}");
    let now = exported(&p, "stops");
    assert_same(&now, &ogr(&vsi, &[]), "id", &fields);
    let lines: Vec<String> = rows(&now, "id", &fields)
        .iter()
        .map(|r| r.1[1].clone())
        .collect();
    assert_eq!(lines, ["9", "5", "3"]);
    assert_eq!(state(&p, "stops").0, "current");
    assert!(done(&refresh(&p)).is_empty());

    // Gone: broken with the server's answer; a refresh keeps the last version.
    std::fs::remove_file(&file).unwrap();
    let (s, why) = state(&p, "stops");
    assert_eq!(s, "broken");
    assert!(why.contains("HTTP 404"), "{why}");
    let r = saale(&["-p", ps, "refresh"]);
    assert!(!r.status.success());
    assert_eq!(
        json(&["-p", ps, "info", "stops", "--json"])["feature_count"],
        3
    );
}

const CAPS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:app="http://example.org/app">
<ows:OperationsMetadata>
<ows:Operation name="GetFeature"><ows:DCP><ows:HTTP><ows:Get xlink:href="URL"/></ows:HTTP></ows:DCP></ows:Operation>
<ows:Operation name="DescribeFeatureType"><ows:DCP><ows:HTTP><ows:Get xlink:href="URL"/></ows:HTTP></ows:DCP></ows:Operation>
</ows:OperationsMetadata>
<wfs:FeatureTypeList>
<wfs:FeatureType><wfs:Name>app:stops</wfs:Name><wfs:Title>Stops</wfs:Title><wfs:DefaultCRS>urn:ogc:def:crs:EPSG::25832</wfs:DefaultCRS>
<ows:WGS84BoundingBox><ows:LowerCorner>11.5 50.9</ows:LowerCorner><ows:UpperCorner>11.7 51.0</ows:UpperCorner></ows:WGS84BoundingBox></wfs:FeatureType>
</wfs:FeatureTypeList>
</wfs:WFS_Capabilities>"#;

const SCHEMA: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://example.org/app" targetNamespace="http://example.org/app" elementFormDefault="qualified">
<xsd:element name="stops" type="app:stopsType" substitutionGroup="gml:AbstractFeature"/>
<xsd:complexType name="stopsType"><xsd:complexContent><xsd:extension base="gml:AbstractFeatureType"><xsd:sequence>
<xsd:element name="name" type="xsd:string" minOccurs="0"/>
<xsd:element name="lines" type="xsd:int" minOccurs="0"/>
<xsd:element name="geom" type="gml:PointPropertyType" minOccurs="0"/>
</xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType>
</xsd:schema>"#;

fn wfs_features(stamp: &str, rows: &[(&str, i64, f64, f64)]) -> String {
    let members: String = rows
        .iter()
        .enumerate()
        .map(|(i, (name, lines, x, y))| {
            let name = name.replace(' ', "_");
            format!(
                r#"<wfs:member><app:stops gml:id="stops.{name}"><app:name>{name}</app:name><app:lines>{lines}</app:lines><app:geom><gml:Point srsName="urn:ogc:def:crs:EPSG::25832" gml:id="p{i}"><gml:pos>{x} {y}</gml:pos></gml:Point></app:geom></app:stops></wfs:member>"#
            )
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<wfs:FeatureCollection timeStamp="{stamp}" numberMatched="{n}" numberReturned="{n}" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:app="http://example.org/app">
{members}
</wfs:FeatureCollection>"#,
        n = rows.len()
    )
}

#[test]
fn a_wfs_is_read_with_its_timestamp_refreshed_by_content_and_broken_when_gone() {
    if !(have("python3") && have("ogr2ogr")) {
        return skip("python3 and ogr2ogr (GDAL) are needed");
    }
    let tmp = tempfile::tempdir().unwrap();
    let www = tmp.path().join("www");
    std::fs::create_dir_all(&www).unwrap();
    let files = Files::start(&www);
    let base = files.url("wfs");
    let write_features = |stamp: &str, rows: &[(&str, i64, f64, f64)]| {
        let gml = wfs_features(stamp, rows);
        std::fs::write(www.join("wfs.GetFeature.xml"), &gml).unwrap();
        let hits = format!(
            r#"<?xml version="1.0"?><wfs:FeatureCollection timeStamp="{stamp}" numberMatched="{}" numberReturned="0" xmlns:wfs="http://www.opengis.net/wfs/2.0"/>"#,
            rows.len()
        );
        std::fs::write(www.join("wfs.hits.xml"), hits).unwrap();
    };
    std::fs::write(
        www.join("wfs.GetCapabilities.xml"),
        CAPS.replace("URL", &base),
    )
    .unwrap();
    std::fs::write(www.join("wfs.DescribeFeatureType.xml"), SCHEMA).unwrap();
    write_features(
        "2026-11-30T06:00:00Z",
        &[
            ("Paradies", 7, 681_000.0, 5_644_000.0),
            ("Holzmarkt", 5, 681_250.5, 5_644_120.25),
        ],
    );
    let p = new_project(tmp.path());
    let ps = p.to_str().unwrap();
    let source = format!("WFS:{base}");
    let out = json(&["-p", ps, "import", &source, "--as-of", "delivery", "--json"]);
    assert_eq!(out["layers"][0]["name"], "stops", "{out}");
    let info = json(&["-p", ps, "info", "stops", "--json"]);
    assert_eq!(info["as_of"], "2026-11-30", "{info}");
    let fields = ["lines"];
    assert_same(&exported(&p, "stops"), &ogr(&source, &[]), "name", &fields);
    assert_eq!(state(&p, "stops").0, "current");

    // The same features in another order and a new timeStamp: the content is unchanged.
    write_features(
        "2026-12-01T06:00:00Z",
        &[
            ("Holzmarkt", 5, 681_250.5, 5_644_120.25),
            ("Paradies", 7, 681_000.0, 5_644_000.0),
        ],
    );
    assert_eq!(state(&p, "stops").0, "current");
    // A changed value: outdated by content, refreshed, as_of follows the delivery.
    write_features(
        "2026-12-02T06:00:00Z",
        &[
            ("Paradies", 8, 681_000.0, 5_644_000.0),
            ("Holzmarkt", 5, 681_250.5, 5_644_120.25),
        ],
    );
    let (s, why) = state(&p, "stops");
    assert_eq!(s, "outdated");
    assert!(why.contains("changed (content)"), "{why}");
    assert_eq!(done(&refresh(&p)), ["stops"]);
    assert_same(&exported(&p, "stops"), &ogr(&source, &[]), "name", &fields);
    assert_eq!(
        json(&["-p", ps, "info", "stops", "--json"])["as_of"],
        "2026-12-02"
    );
    // The service is gone.
    std::fs::remove_file(www.join("wfs.GetCapabilities.xml")).unwrap();
    let (s, why) = state(&p, "stops");
    assert_eq!(s, "broken");
    assert!(why.contains("404"), "{why}");
}

#[test]
fn an_ogc_api_collection_of_a_saale_server_is_imported_into_another_project() {
    if !have("ogr2ogr") {
        return skip("ogr2ogr (GDAL) is needed");
    }
    let tmp = tempfile::tempdir().unwrap();
    let src = tmp.path().join("src");
    saale_ok(&["init", src.to_str().unwrap()]);
    let stops = tmp.path().join("stops.geojson");
    let first = [
        (1, "Paradies", 7, 681_000.0, 5_644_000.0),
        (2, "Holzmarkt", 5, 681_250.5, 5_644_120.25),
    ];
    std::fs::write(&stops, stops_geojson(&first)).unwrap();
    let srcs = src.to_str().unwrap();
    saale_ok(&["-p", srcs, "import", stops.to_str().unwrap()]);
    let server = common::server::Server::start(&src, &[]);
    let source = format!("OAPIF:{}/ogc", server.url());
    let p = new_project(tmp.path());
    let ps = p.to_str().unwrap();
    json(&[
        "-p",
        ps,
        "import",
        &source,
        "--source-layer",
        "stops",
        "--layer",
        "haltestellen",
        "--as-of",
        "delivery",
        "--json",
    ]);
    let fields = ["name", "lines"];
    let gdal = ogr(&source, &["stops"]);
    assert_same(&exported(&p, "haltestellen"), &gdal, "id", &fields);
    // as_of: the timeStamp of the server's items response (the day it answered).
    let (_, _, body) = server.get("/ogc/collections/stops/items?limit=1&f=json", &[]);
    let items: J = serde_json::from_slice(&body).unwrap();
    let stamp = items["timeStamp"].as_str().unwrap()[..10].to_string();
    assert_eq!(
        json(&["-p", ps, "info", "haltestellen", "--json"])["as_of"],
        stamp
    );
    assert_eq!(state(&p, "haltestellen").0, "current");

    // The served layer changes (the server reloads it): outdated, refreshed.
    std::fs::write(
        &stops,
        stops_geojson(&[
            (1, "Paradies", 7, 681_000.0, 5_644_000.0),
            (2, "Holzmarkt", 6, 681_250.5, 5_644_120.25),
        ]),
    )
    .unwrap();
    saale_ok(&["-p", srcs, "import", stops.to_str().unwrap(), "--replace"]);
    let mut outdated = false;
    for _ in 0..50 {
        if state(&p, "haltestellen").0 == "outdated" {
            outdated = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    assert!(outdated, "{:?}", state(&p, "haltestellen"));
    assert_eq!(done(&refresh(&p)), ["haltestellen"]);
    let now = exported(&p, "haltestellen");
    assert_same(&now, &ogr(&source, &["stops"]), "id", &fields);
    assert_eq!(rows(&now, "id", &fields)[1].1[1], "6");
    server.stop();
    let (s, why) = state(&p, "haltestellen");
    assert_eq!(s, "broken");
    assert!(why.contains("OAPIF:"), "{why}");
}

#[test]
fn a_postgis_table_and_query_are_read_changed_and_refreshed_without_a_recorded_password() {
    let Some(pg) = common::pg::server() else {
        return;
    };
    if !have("ogr2ogr") {
        return skip("ogr2ogr (GDAL) is needed");
    }
    let tag = format!("t{}", std::process::id());
    pg.sql(&format!(
        "DROP TABLE IF EXISTS {tag}_kita; CREATE TABLE {tag}_kita (id int PRIMARY KEY, name text, \
         places int, geom geometry(Point, 25832)); INSERT INTO {tag}_kita VALUES \
         (1, 'Sonnenschein', 60, ST_SetSRID(ST_MakePoint(681000, 5644000), 25832)), \
         (2, 'Zwergenland', 45, ST_SetSRID(ST_MakePoint(681300.25, 5644200.5), 25832)), \
         (3, 'Saaleknirpse', 80, ST_SetSRID(ST_MakePoint(680800, 5643900), 25832))"
    ));
    let tmp = tempfile::tempdir().unwrap();
    let p = new_project(tmp.path());
    let ps = p.to_str().unwrap();
    let conn = format!("PG:{}", pg.conninfo);
    let table = format!("{tag}_kita");
    json(&[
        "-p",
        ps,
        "import",
        &conn,
        "--source-layer",
        &table,
        "--layer",
        "kita",
        "--json",
    ]);
    // GDAL makes the primary key the feature id: the name is the key.
    let fields = ["places"];
    assert_same(
        &exported(&p, "kita"),
        &ogr(&conn, &[&table]),
        "name",
        &fields,
    );
    // A query, with the connection's user through an environment variable reference.
    let sql =
        format!("SELECT id, name, places * 2 AS doubled, geom FROM {table} WHERE places > 50");
    let user = pg
        .conninfo
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("user="))
        .unwrap_or("postgres")
        .to_string();
    let by_ref = format!(
        "PG:{}",
        pg.conninfo
            .split_whitespace()
            .map(|kv| if kv.starts_with("user=") {
                "user=${SAALE_TEST_PG_USER}"
            } else {
                kv
            })
            .collect::<Vec<_>>()
            .join(" ")
    );
    let out = Command::new(env!("CARGO_BIN_EXE_saale"))
        .args([
            "-p", ps, "import", &by_ref, "--sql", &sql, "--layer", "big", "--json",
        ])
        .env("SAALE_TEST_PG_USER", &user)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_same(
        &exported(&p, "big"),
        &ogr(&conn, &["-sql", &sql]),
        "name",
        &["doubled"],
    );
    let catalog = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    assert!(catalog.contains("${SAALE_TEST_PG_USER}"), "{catalog}");

    // A password in the connection string is refused, and recorded nowhere.
    let r = saale(&[
        "-p",
        ps,
        "import",
        &format!("{conn} password=geheim"),
        "--source-layer",
        &table,
        "--layer",
        "pw",
    ]);
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("holds a password") && !err.contains("geheim"),
        "{err}"
    );
    let catalog = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    assert!(!catalog.contains("geheim"));

    // Current; then a changed row makes both outdated; refresh reads them again.
    assert_eq!(state(&p, "kita").0, "current");
    pg.sql(&format!("UPDATE {table} SET places = 70 WHERE id = 2"));
    let (s, why) = state(&p, "kita");
    assert_eq!(s, "outdated", "{why}");
    assert!(why.contains("changed (content)"), "{why}");
    // The query needs the variable at status and refresh time too.
    let st = Command::new(env!("CARGO_BIN_EXE_saale"))
        .args(["-p", ps, "refresh", "--json"])
        .env("SAALE_TEST_PG_USER", &user)
        .output()
        .unwrap();
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    let r: J = serde_json::from_slice(&st.stdout).unwrap();
    let mut d = done(&r);
    d.sort();
    assert_eq!(d, ["big", "kita"], "{r}");
    assert_same(
        &exported(&p, "kita"),
        &ogr(&conn, &[&table]),
        "name",
        &fields,
    );
    assert_same(
        &exported(&p, "big"),
        &ogr(&conn, &["-sql", &sql]),
        "name",
        &["doubled"],
    );
    assert_eq!(
        json(&["-p", ps, "info", "big", "--json"])["feature_count"],
        3
    );
    // Without the variable the query's source is broken, naming it.
    let (s, why) = state(&p, "big");
    assert_eq!(s, "broken");
    assert!(why.contains("SAALE_TEST_PG_USER"), "{why}");
    // A dropped table: broken with GDAL's reason.
    pg.sql(&format!("DROP TABLE {table}"));
    let (s, why) = state(&p, "kita");
    assert_eq!(s, "broken");
    assert!(why.contains(&table), "{why}");
}

#[test]
fn a_manifest_layer_with_a_remote_source_is_built_and_recorded_for_refresh() {
    if !(have("python3") && have("ogr2ogr")) {
        return skip("python3 and ogr2ogr (GDAL) are needed");
    }
    let tmp = tempfile::tempdir().unwrap();
    let www = tmp.path().join("www");
    std::fs::create_dir_all(&www).unwrap();
    let file = www.join("stops.geojson");
    std::fs::write(
        &file,
        stops_geojson(&[(1, "Paradies", 7, 681_000.0, 5_644_000.0)]),
    )
    .unwrap();
    let files = Files::start(&www);
    let dir = tmp.path().join("src");
    std::fs::create_dir_all(&dir).unwrap();
    let url = files.url("stops.geojson");
    std::fs::write(
        dir.join("sources.toml"),
        format!(
            "name = \"t\"\n[[layer]]\nname = \"haltestellen\"\nsource = \"{url}\"\nlicence = \"dl-de/by-2.0\"\nmax_age = \"P1M\"\nas_of = \"delivery\"\n"
        ),
    )
    .unwrap();
    let p = tmp.path().join("p");
    saale_ok(&[
        "build",
        dir.to_str().unwrap(),
        "--out",
        p.to_str().unwrap(),
        "--quiet",
    ]);
    let vsi = format!("/vsicurl/{url}");
    assert_same(
        &exported(&p, "haltestellen"),
        &ogr(&vsi, &[]),
        "id",
        &["name", "lines"],
    );
    assert_eq!(state(&p, "haltestellen").0, "current");
    std::fs::write(
        &file,
        stops_geojson(&[(1, "Paradies", 8, 681_000.0, 5_644_000.0)]),
    )
    .unwrap();
    assert_eq!(state(&p, "haltestellen").0, "outdated");
    assert_eq!(done(&refresh(&p)), ["haltestellen"]);
    assert_same(
        &exported(&p, "haltestellen"),
        &ogr(&vsi, &[]),
        "id",
        &["name", "lines"],
    );
    // Paths and a source at once are refused, naming the layer.
    std::fs::write(
        dir.join("sources.toml"),
        format!(
            "name = \"t\"\n[[layer]]\nname = \"x\"\nsource = \"{url}\"\npaths = [\"a.geojson\"]\n"
        ),
    )
    .unwrap();
    let out = saale(&[
        "build",
        dir.to_str().unwrap(),
        "--out",
        tmp.path().join("q").to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("layer 'x': ") && err.contains("not both"),
        "{err}"
    );
}
