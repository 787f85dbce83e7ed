//! Outputs in the graph (issue 16, item 7): forecasts written as files and exports into
//! PostGIS are recorded in the catalog with their provenance; `status` calls them outdated
//! when an input (a layer, or a forecast's table) changed and broken when the file or table is
//! gone; `refresh` remakes them (a PostGIS table replaced in one transaction). The remade
//! output is compared with what the same command writes afresh (forecasts) or with what
//! `psql` reads back (PostGIS).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{jena_dir, saale, saale_ok};
use serde_json::Value as J;

fn json(args: &[&str]) -> J {
    serde_json::from_str(&saale_ok(args)).unwrap()
}

/// (state, reasons) of the output or layer `key` in `saale status --json`.
fn state(project: &Path, key: &str) -> (String, String, String) {
    let st = json(&["-p", project.to_str().unwrap(), "status", "--json"]);
    let s = st
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["layer"] == key)
        .unwrap_or_else(|| panic!("no {key} in {st}"))
        .clone();
    (
        s["state"].as_str().unwrap().to_string(),
        s["kind"].as_str().unwrap().to_string(),
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

fn done(project: &Path) -> Vec<String> {
    let r = json(&["-p", project.to_str().unwrap(), "refresh", "--json"]);
    let mut d: Vec<String> = r["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["result"] == "done")
        .map(|a| a["layers"][0].as_str().unwrap().to_string())
        .collect();
    d.sort();
    d
}

/// Add `delta` to the 2016 households of district `id` (and of the city, id 0).
fn edit_households(csv: &Path, id: &str, delta: i64) {
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let col = header.iter().position(|h| *h == "31.12.2016").unwrap();
    for l in lines.iter_mut().skip(1) {
        let mut cells: Vec<String> = l.split(',').map(String::from).collect();
        if cells[1] == id || cells[1] == "0" {
            let v: i64 = cells[col].parse().unwrap();
            cells[col] = (v + delta).to_string();
            *l = cells.join(",");
        }
    }
    std::fs::write(csv, lines.join("\n") + "\n").unwrap();
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

/// The forecast row of `id` and `year` (value column).
fn value(csv: &str, id: &str, year: &str) -> String {
    csv.lines()
        .find(|l| l.starts_with(&format!("{id},{year},")))
        .unwrap_or_else(|| panic!("no {id} {year}"))
        .split(',')
        .nth(2)
        .unwrap()
        .to_string()
}

#[test]
fn forecast_files_are_outputs_remade_when_their_table_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    let ps = p.to_str().unwrap();
    let data = p.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let hh = data.join("hh_priv.csv");
    std::fs::copy(jena_dir().join("hh_priv.csv"), &hh).unwrap();
    let series = [
        "--series",
        hh.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--total-id",
        "0",
    ];
    let out = p.join("hh_2025.csv");
    let bt = p.join("backtest.csv");
    let run_series = |to: &Path, project: &str| {
        let mut args = vec!["-p", project, "forecast", "series"];
        args.extend(series);
        args.extend([
            "--until",
            "2025",
            "--method",
            "linear",
            "--to",
            to.to_str().unwrap(),
        ]);
        saale_ok(&args);
    };
    run_series(&out, ps);
    let mut args = vec!["-p", ps, "forecast", "backtest"];
    args.extend(series);
    args.extend(["--fit-until", "2013", "--to", bt.to_str().unwrap()]);
    saale_ok(&args);
    // Cohort: the sample configuration copied into the project.
    let cfg = data.join("forecast.toml");
    std::fs::copy(jena_dir().join("forecast.toml"), &cfg).unwrap();
    std::fs::create_dir_all(data.join("forecast")).unwrap();
    for f in ["base.csv", "fertility.csv", "survival.csv"] {
        std::fs::copy(
            jena_dir().join("forecast").join(f),
            data.join("forecast").join(f),
        )
        .unwrap();
    }
    let pop = p.join("population.csv");
    let cohort = |to: &Path, project: &str| {
        saale_ok(&[
            "-p",
            project,
            "forecast",
            "cohort",
            "--config",
            cfg.to_str().unwrap(),
            "--until",
            "2030",
            "--to",
            to.to_str().unwrap(),
        ]);
    };
    cohort(&pop, ps);
    for key in ["hh_2025.csv", "backtest.csv", "population.csv"] {
        assert_eq!(
            state(&p, key),
            ("current".into(), "forecast".into(), String::new()),
            "{key}"
        );
    }
    let catalog = read(&p.join("saale.toml"));
    assert!(catalog.contains("verb = \"forecast-series\""), "{catalog}");
    assert!(catalog.contains("path = \"data/hh_priv.csv\""), "{catalog}");
    assert!(
        catalog.contains("path = \"data/forecast/base.csv\""),
        "{catalog}"
    );

    // The household table changes: the series forecast and the backtest are outdated.
    let before = read(&out);
    edit_households(&hh, "11", 500);
    let (s, _, why) = state(&p, "hh_2025.csv");
    assert_eq!(s, "outdated");
    assert!(why.contains("source data/hh_priv.csv changed"), "{why}");
    assert_eq!(state(&p, "backtest.csv").0, "outdated");
    assert_eq!(state(&p, "population.csv").0, "current");
    assert_eq!(done(&p), ["backtest.csv", "hh_2025.csv"]);
    // Remade as the command writes it afresh, with the edit in it.
    let fresh = tmp.path().join("fresh.csv");
    run_series(&fresh, tmp.path().to_str().unwrap());
    assert_eq!(read(&out), read(&fresh));
    assert_ne!(
        value(&before, "11", "2025"),
        value(&read(&out), "11", "2025")
    );
    assert!(done(&p).is_empty());

    // The base population changes: the cohort table is remade.
    let base = data.join("forecast/base.csv");
    let text = read(&base);
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let last = lines.len() - 1;
    let mut cells: Vec<String> = lines[last].split(',').map(String::from).collect();
    let n = cells.len() - 1;
    cells[n] = (cells[n].trim().parse::<i64>().unwrap() + 1000).to_string();
    lines[last] = cells.join(",");
    std::fs::write(&base, lines.join("\n") + "\n").unwrap();
    assert_eq!(state(&p, "population.csv").0, "outdated");
    assert_eq!(done(&p), ["population.csv"]);
    let fresh = tmp.path().join("fresh_pop.csv");
    cohort(&fresh, tmp.path().to_str().unwrap());
    assert_eq!(read(&pop), read(&fresh));

    // The table is gone: broken, and a refresh fails and keeps the file.
    std::fs::remove_file(&hh).unwrap();
    let (s, _, why) = state(&p, "hh_2025.csv");
    assert_eq!(s, "broken");
    assert!(why.contains("source data/hh_priv.csv is missing"), "{why}");
    assert!(!saale(&["-p", ps, "refresh"]).status.success());
    assert!(out.is_file());
}

#[test]
fn postgis_exports_are_outputs_replaced_when_their_layer_changes() {
    let Some(pg) = common::pg::server() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("p");
    saale_ok(&["init", p.to_str().unwrap()]);
    let ps = p.to_str().unwrap();
    let stops = tmp.path().join("stops.csv");
    let write = |lines: &[(i64, &str, i64)]| {
        let mut t = String::from("id,name,lines,x,y\n");
        for (i, (id, name, n)) in lines.iter().enumerate() {
            t.push_str(&format!("{id},{name},{n},{},5644000\n", 681_000 + 100 * i));
        }
        std::fs::write(&stops, t).unwrap();
    };
    write(&[(1, "Paradies", 7), (2, "Holzmarkt", 5)]);
    let import = || {
        saale_ok(&[
            "-p",
            ps,
            "import",
            stops.to_str().unwrap(),
            "--x",
            "x",
            "--y",
            "y",
            "--source-crs",
            "EPSG:25832",
            "--layer",
            "stops",
            "--replace",
        ]);
    };
    import();
    let table = format!("stops_{}", std::process::id());
    let conn = format!("PG:{}", pg.conninfo);
    saale_ok(&[
        "-p", ps, "export", "stops", "--to", &conn, "--table", &table,
    ]);
    let key = format!("{conn} table {table}");
    assert_eq!(
        state(&p, &key),
        ("current".into(), "postgis".into(), String::new())
    );
    let sum = || {
        pg.one(&format!(
            "SELECT sum(\"lines\") || '/' || count(*) FROM \"{table}\""
        ))
    };
    assert_eq!(sum(), "12/2");

    // The layer changes: the table is outdated and replaced.
    write(&[
        (1, "Paradies", 9),
        (2, "Holzmarkt", 5),
        (3, "Westbahnhof", 3),
    ]);
    assert_eq!(state(&p, "stops").0, "outdated");
    assert_eq!(done(&p), [key.clone(), "stops".to_string()]);
    assert_eq!(sum(), "17/3");
    assert_eq!(
        pg.one(&format!(
            "SELECT ST_SRID(geom) || ' ' || ST_AsText(geom) FROM \"{table}\" WHERE name = 'Westbahnhof'"
        )),
        "25832 POINT(681200 5644000)"
    );
    assert!(done(&p).is_empty());

    // Dropped in the database: broken, and a refresh writes it again.
    pg.sql(&format!("DROP TABLE \"{table}\""));
    let (s, _, why) = state(&p, &key);
    assert_eq!(s, "broken");
    assert_eq!(why, "the table is missing");
    assert_eq!(done(&p), std::slice::from_ref(&key));
    assert_eq!(sum(), "17/3");

    // A connection string with a password: exported, but not recorded.
    let other = format!("{table}_pw");
    let out = saale(&[
        "-p",
        ps,
        "export",
        "stops",
        "--to",
        &format!("{conn} password=geheim"),
        "--table",
        &other,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not recorded as an output"), "{err}");
    assert!(!read(&p.join("saale.toml")).contains("geheim"));
    // A `${NAME}` reference is expanded for the export and kept as written in the catalog.
    let by_ref = format!(
        "PG:{}",
        pg.conninfo
            .split_whitespace()
            .map(|kv| {
                if kv.starts_with("user=") {
                    "user=${SAALE_TEST_PG_USER}"
                } else {
                    kv
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    );
    let user = pg
        .conninfo
        .split_whitespace()
        .find_map(|kv| kv.strip_prefix("user="))
        .unwrap_or("postgres")
        .to_string();
    let third = format!("{table}_ref");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_saale"))
        .args([
            "-p", ps, "export", "stops", "--to", &by_ref, "--table", &third,
        ])
        .env("SAALE_TEST_PG_USER", &user)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(pg.one(&format!("SELECT count(*) FROM \"{third}\"")), "3");
    let catalog = read(&p.join("saale.toml"));
    assert!(
        catalog.contains(&format!("{by_ref} table {third}")),
        "{catalog}"
    );
    pg.sql(&format!(
        "DROP TABLE IF EXISTS \"{table}\", \"{other}\", \"{third}\""
    ));
}
