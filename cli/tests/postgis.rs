//! Export into PostGIS against a real PostgreSQL + PostGIS server: the Jena districts and the
//! small household counts go through the gate into tables, read back with `psql`: row count,
//! SRID 25832, the GIST index, the area and an attribute sum against saale's own export, the
//! internal field absent, the suppressed counts NULL, personal data refused, no overwrite
//! without `--replace`, and the log without the password.
//!
//! The server: `SAALE_PG` (a libpq connection string to a database where PostGIS may be
//! created), else a throwaway cluster this test starts (`initdb` + `pg_ctl`, a Unix socket in
//! a temporary directory, no TCP) with the binaries of `SAALE_PG_BIN` or
//! `/usr/lib/postgresql/*/bin` (as user `postgres` when run as root, since initdb refuses
//! root). Without them the test skips, and fails when `SAALE_REQUIRE_PEERS` is set.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::pg::server;
use common::{jena_project, saale, saale_ok};
use serde_json::Value as J;

/// Area of a GeoJSON Polygon or MultiPolygon (planar, shoelace; holes subtracted).
fn area(g: &J) -> f64 {
    fn ring(r: &J) -> f64 {
        let pts: Vec<(f64, f64)> = r
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
            .collect();
        let (x0, y0) = pts[0];
        let twice: f64 = pts
            .windows(2)
            .map(|w| (w[0].0 - x0) * (w[1].1 - y0) - (w[1].0 - x0) * (w[0].1 - y0))
            .sum();
        twice.abs() / 2.0
    }
    fn polygon(p: &J) -> f64 {
        let rings = p.as_array().unwrap();
        ring(&rings[0]) - rings[1..].iter().map(ring).sum::<f64>()
    }
    match g["type"].as_str().unwrap() {
        "Polygon" => polygon(&g["coordinates"]),
        "MultiPolygon" => g["coordinates"]
            .as_array()
            .unwrap()
            .iter()
            .map(polygon)
            .sum(),
        t => panic!("not a polygon: {t}"),
    }
}

fn export_to(p: &Path, conn: &str, layer: &str, extra: &[&str]) -> std::process::Output {
    let to = format!("PG:{conn}");
    let mut args = vec!["-p", p.to_str().unwrap(), "export", layer, "--to", &to];
    args.extend_from_slice(extra);
    saale(&args)
}

#[test]
fn layers_exported_into_postgis_pass_the_gate_and_match_saale() {
    let Some(pg) = server() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let p = jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    // Small counts: threshold 5 (cells of 1 to 4 exist, see cli/tests/privacy.rs).
    let mut toml = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    toml.push_str("\n[privacy]\nmin_count = 5\n");
    std::fs::write(p.join("saale.toml"), toml).unwrap();
    saale_ok(&[
        "-p",
        ps,
        "access",
        "statbez",
        "--internal-fields",
        "gid",
        "-q",
    ]);
    // Tables of this run (a server given by SAALE_PG may be shared).
    let tag = format!("saale_t{}", std::process::id());
    let districts = format!("{tag}_statbez");
    // A password in the connection string must not reach the log (trust ignores it).
    let conn = format!("{} password=geheim", pg.conninfo);

    let out = export_to(&p, &conn, "statbez", &["--table", &districts, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let o: J = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(o["written"]["kind"], "table");
    assert_eq!(o["written"]["table"], districts.as_str());
    assert_eq!(o["dropped_fields"], serde_json::json!(["gid"]));

    // saale's own values: the same layer through the same gate as GeoJSON in EPSG:25832.
    let gj = tmp.path().join("statbez.geojson");
    common::export(&p, "statbez", &gj, &["--crs", "EPSG:25832"]);
    let doc: J = serde_json::from_str(&std::fs::read_to_string(&gj).unwrap()).unwrap();
    let feats = doc["features"].as_array().unwrap();
    assert_eq!(feats.len(), 41);
    let saale_area: f64 = feats.iter().map(|f| area(&f["geometry"])).sum();
    let saale_ids: i64 = feats
        .iter()
        .map(|f| f["properties"]["id"].as_i64().unwrap())
        .sum();

    let t = format!("\"{districts}\"");
    assert_eq!(pg.one(&format!("SELECT count(*) FROM {t}")), "41");
    assert_eq!(
        pg.one(&format!(
            "SELECT Find_SRID('public', '{districts}', 'geom')"
        )),
        "25832"
    );
    assert_eq!(
        pg.one(&format!("SELECT DISTINCT ST_SRID(geom) FROM {t}")),
        "25832"
    );
    let gist = pg.sql(&format!(
        "SELECT indexdef FROM pg_indexes WHERE tablename = '{districts}' AND indexdef ILIKE '%USING gist (geom)%'"
    ));
    assert_eq!(gist.len(), 1, "no GIST index on geom: {gist:?}");
    let pg_area: f64 = pg
        .one(&format!("SELECT sum(ST_Area(geom)) FROM {t}"))
        .parse()
        .unwrap();
    eprintln!("area: PostGIS {pg_area:.3} m², saale {saale_area:.3} m²; id sum {saale_ids}");
    // Jena is about 114.8 km²; GeoJSON keeps full precision, so the areas agree to 1 m².
    assert!(saale_area > 1.0e8, "{saale_area}");
    assert!(
        (pg_area - saale_area).abs() < 1.0,
        "PostGIS {pg_area} m², saale {saale_area} m²"
    );
    assert_eq!(
        pg.one(&format!("SELECT sum(id) FROM {t}")),
        saale_ids.to_string()
    );
    assert!(
        pg.one(&format!("SELECT sum(ST_NPoints(geom)) FROM {t}"))
            .parse::<u64>()
            .unwrap()
            > 41 * 4
    );
    // Types mapped, names kept; the internal field is absent.
    let columns = pg.sql(&format!(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{districts}' ORDER BY ordinal_position"
    ));
    let col = |n: &str| columns.iter().find(|c| c[0] == n).map(|c| c[1].clone());
    assert_eq!(col("id").as_deref(), Some("bigint"), "{columns:?}");
    assert_eq!(col("statbez_name").as_deref(), Some("character varying"));
    assert_eq!(col("geom").as_deref(), Some("USER-DEFINED"));
    assert_eq!(col("gid"), None, "internal field exported: {columns:?}");

    // No overwrite without --replace; the table stays as it was.
    let again = export_to(&p, &conn, "ortsteile", &["--table", &districts]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("exists already") && err.contains("--replace"),
        "{err}"
    );
    assert_eq!(pg.one(&format!("SELECT count(*) FROM {t}")), "41");
    // With --replace it is replaced (the Ortsteile, fewer features).
    saale_ok(&[
        "-p",
        ps,
        "export",
        "ortsteile",
        "--to",
        &format!("PG:{conn}"),
        "--table",
        &districts,
        "--replace",
        "-q",
    ]);
    let ortsteile: u64 = pg
        .one(&format!("SELECT count(*) FROM {t}"))
        .parse()
        .unwrap();
    let info: J =
        serde_json::from_str(&saale_ok(&["-p", ps, "info", "ortsteile", "--json"])).unwrap();
    assert_eq!(Some(ortsteile), info["feature_count"].as_u64(), "{info}");
    assert_ne!(ortsteile, 41);

    // Household counts: the cells below 5 are NULL, as in saale's public CSV export.
    let hh = format!("{tag}_hh");
    let out = export_to(&p, &conn, "hh_priv_1_60plus", &["--table", &hh, "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let o: J = serde_json::from_slice(&out.stdout).unwrap();
    let primary = o["suppressed"]["primary"].as_u64().unwrap();
    assert!(primary >= 10, "{o}");
    let csv_path = tmp.path().join("hh.csv");
    common::export(&p, "hh_priv_1_60plus", &csv_path, &[]);
    let mut r = csv::Reader::from_path(&csv_path).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows: Vec<Vec<String>> = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    let mut csv_nulls = 0;
    let mut pg_nulls = 0;
    for (i, h) in header
        .iter()
        .enumerate()
        .filter(|(_, h)| h.starts_with("31.12."))
    {
        let shown: Vec<u64> = rows.iter().filter_map(|r| r[i].parse().ok()).collect();
        csv_nulls += rows.iter().filter(|r| r[i].is_empty()).count();
        let nulls: usize = pg
            .one(&format!(
                "SELECT count(*) FROM \"{hh}\" WHERE \"{h}\" IS NULL"
            ))
            .parse()
            .unwrap();
        pg_nulls += nulls;
        // The published cells are the CSV's, and none is below 5.
        let sum = pg.one(&format!(
            "SELECT coalesce(sum(\"{h}\"::bigint), 0) FROM \"{hh}\""
        ));
        assert_eq!(sum, shown.iter().sum::<u64>().to_string(), "{h}");
        let small = pg.one(&format!(
            "SELECT count(*) FROM \"{hh}\" WHERE \"{h}\"::bigint BETWEEN 1 AND 4"
        ));
        assert_eq!(small, "0", "{h}");
    }
    eprintln!("household cells: {pg_nulls} NULL in PostGIS, {csv_nulls} empty in the CSV, {primary} suppressed below 5");
    assert_eq!(pg_nulls, csv_nulls);
    assert!(
        pg_nulls as u64 >= primary,
        "{pg_nulls} NULL cells, {primary} suppressed"
    );

    // Personal data never goes there, not even with --allow-internal; no table is made.
    let cat = std::fs::read_to_string(p.join("saale.toml")).unwrap();
    let mut doc: toml::Value = toml::from_str(&cat).unwrap();
    doc["layers"]["hh_priv_1"]["access"] = toml::Value::String("personal".into());
    std::fs::write(p.join("saale.toml"), toml::to_string(&doc).unwrap()).unwrap();
    let personal = format!("{tag}_personal");
    let out = export_to(
        &p,
        &conn,
        "hh_priv_1",
        &["--table", &personal, "--allow-internal"],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not released"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        pg.one(&format!(
            "SELECT count(*) FROM pg_class WHERE relname = '{personal}'"
        )),
        "0"
    );

    // exports.log names the table and what was suppressed, never the password.
    let log = std::fs::read_to_string(p.join("exports.log")).unwrap();
    assert!(log.contains(&format!("table {hh}")), "{log}");
    assert!(
        log.contains("person counts of 'hh_priv_1_60plus' (suppressed"),
        "{log}"
    );
    assert!(
        log.contains("password=***") && !log.contains("geheim"),
        "{log}"
    );

    if pg._cluster.is_none() {
        pg.sql(&format!("DROP TABLE IF EXISTS \"{districts}\", \"{hh}\""));
    }
}
