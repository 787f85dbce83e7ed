//! Forecasts on the command line: Jena's household backtest (MAPE against a hand computation),
//! reconciled series forecasts, and a cohort-component projection with control totals and
//! demand from files.
#![allow(clippy::unwrap_used)]

mod common;

use common::{jena_dir, saale, saale_ok};

fn csv_rows(path: &std::path::Path) -> Vec<std::collections::HashMap<String, String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let h: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|x| {
            h.iter()
                .cloned()
                .zip(x.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// `saale forecast series` on a Jena district table (total id 0) until `until`.
fn jena_forecast(series: &std::path::Path, until: i32, to: &std::path::Path) {
    saale_ok(&[
        "forecast",
        "series",
        "--series",
        series.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--total-id",
        "0",
        "--until",
        &until.to_string(),
        "--to",
        to.to_str().unwrap(),
    ]);
}

#[test]
fn jena_household_backtest_and_forecast() {
    let tmp = tempfile::tempdir().unwrap();
    let series = jena_dir().join("hh_priv.csv");
    let bt = tmp.path().join("bt.csv");
    let out = saale_ok(&[
        "forecast",
        "backtest",
        "--series",
        series.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--total-id",
        "0",
        "--fit-until",
        "2013",
        "--to",
        bt.to_str().unwrap(),
    ]);
    assert!(
        out.contains("not evaluated") && out.contains("999"),
        "{out}"
    );
    let rows = csv_rows(&bt);
    let mape = |id: &str, m: &str| -> f64 {
        rows.iter()
            .find(|r| r["id"] == id && r["method"] == m)
            .unwrap()["mape"]
            .parse()
            .unwrap()
    };
    // Naive for the city by hand: 2013 had 59,910 households; 2014-2016: 60,068, 60,427, 61,012.
    let by_hand = 100.0
        * ((60_068.0f64 - 59_910.0).abs() / 60_068.0
            + (60_427.0f64 - 59_910.0).abs() / 60_427.0
            + (61_012.0f64 - 59_910.0).abs() / 61_012.0)
        / 3.0;
    assert!(
        (mape("0", "naive") - by_hand).abs() < 1e-3,
        "{} vs {by_hand}",
        mape("0", "naive")
    );
    // The damped trend beats the naive forecast on the city total (docs/USAGE.md has the table).
    assert!(mape("0", "damped") < mape("0", "naive"));
    assert!(out.contains("auto picks damped"), "{out}");
    // 41 districts + city, three methods each; the all-zero row is left out.
    assert_eq!(rows.len(), 42 * 3);

    let fc = tmp.path().join("fc.csv");
    jena_forecast(&series, 2025, &fc);
    let rows = csv_rows(&fc);
    for y in ["2017", "2025"] {
        let city: f64 = rows
            .iter()
            .find(|r| r["id"] == "0" && r["year"] == y)
            .unwrap()["value"]
            .parse()
            .unwrap();
        let sum: f64 = rows
            .iter()
            .filter(|r| r["id"] != "0" && r["year"] == y)
            .map(|r| r["value"].parse::<f64>().unwrap())
            .sum();
        assert!(
            (city - sum).abs() < 0.05,
            "{y}: city {city} vs districts {sum}"
        );
    }
    for r in &rows {
        let (v, lo, hi): (f64, f64, f64) = (
            r["value"].parse().unwrap(),
            r["lower"].parse().unwrap(),
            r["upper"].parse().unwrap(),
        );
        assert!(lo <= v + 1e-9 && v <= hi + 1e-9 && lo >= 0.0, "{r:?}");
        assert!(["naive", "linear", "damped"].contains(&r["method"].as_str()));
    }
    // Bad input names the file and line.
    let bad = tmp.path().join("bad.csv");
    std::fs::write(&bad, "id,2010,2011\na,1,2\nb,3,x\n").unwrap();
    let o = saale(&[
        "forecast",
        "series",
        "--series",
        bad.to_str().unwrap(),
        "--id-column",
        "id",
        "--until",
        "2015",
        "--to",
        fc.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        e.contains("bad.csv") && e.contains("line 3") && e.contains("'x'"),
        "{e}"
    );
}

#[test]
fn cohort_projection_from_files() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let w = |n: &str, s: &str| std::fs::write(d.join(n), s).unwrap();
    // Ages 0..10 (10 = 10+), two districts.
    let mut base = String::from("district,sex,age,count\n");
    for dist in ["Nord", "Sued"] {
        for sex in ["f", "m"] {
            for age in 0..=10 {
                base.push_str(&format!(
                    "{dist},{sex},{age},{}\n",
                    if dist == "Nord" { 100 } else { 50 }
                ));
            }
        }
    }
    w("base.csv", &base);
    let mut fert = String::from("age,rate\n");
    for age in 0..=10 {
        fert.push_str(&format!(
            "{age},{}\n",
            if (3..=6).contains(&age) { 0.2 } else { 0.0 }
        ));
    }
    w("fertility.csv", &fert);
    let mut surv = String::from("sex,age,rate\n");
    for sex in ["f", "m"] {
        for age in 0..=10 {
            surv.push_str(&format!("{sex},{age},0.99\n"));
        }
    }
    w("survival.csv", &surv);
    w("moves.csv", "from,to,rate\nNord,Sued,0.05\n");
    w("housing.csv", "district,year,dwellings\nSued,2026,100\n");
    w("control.csv", "year,total\n2030,5000\n");
    w(
        "capacities.csv",
        "district,kita,school\nNord,300,300\nSued,100,100\n",
    );
    w(
        "forecast.toml",
        "base = \"base.csv\"\nbase_year = 2025\nfertility = \"fertility.csv\"\nsurvival = \"survival.csv\"\nmoves = \"moves.csv\"\nhousing = \"housing.csv\"\ncontrol = \"control.csv\"\ncapacities = \"capacities.csv\"\n[demand]\nu3_rate = 0.5\no3_rate = 1.0\nschool_rate = 1.0\n",
    );
    let out = d.join("pop.csv");
    let dem = d.join("demand.csv");
    let msg = saale_ok(&[
        "forecast",
        "cohort",
        "--config",
        d.join("forecast.toml").to_str().unwrap(),
        "--until",
        "2030",
        "--to",
        out.to_str().unwrap(),
        "--demand-to",
        dem.to_str().unwrap(),
    ]);
    assert!(
        msg.contains("2 districts") && msg.contains("3300 -> 5000"),
        "{msg}"
    );
    let rows = csv_rows(&out);
    let total = |y: &str| -> f64 {
        rows.iter()
            .filter(|r| r["year"] == y && r["age_group"] == "total")
            .map(|r| r["value"].parse::<f64>().unwrap())
            .sum()
    };
    assert!((total("2025") - 3300.0).abs() < 1e-6);
    assert!(
        (total("2030") - 5000.0).abs() < 0.05,
        "control total {}",
        total("2030")
    );
    // Demand = children x rates, shortfall = demand − capacity (at least 0).
    let drows = csv_rows(&dem);
    let r0 = drows
        .iter()
        .find(|r| r["district"] == "Nord" && r["year"] == "2025")
        .unwrap();
    // Nord 2025: 0-2: 600 children x 0.5 + 3-5: 600 x 1.0 = 900 places; capacity 300.
    assert_eq!(r0["kita_needed"], "900.0");
    assert_eq!(r0["kita_shortfall"], "600.0");
    assert_eq!(r0["school_needed"], "800.0");
    // Errors name the file and line.
    w("survival.csv", "sex,age,rate\nx,0,0.9\n");
    let o = saale(&[
        "forecast",
        "cohort",
        "--config",
        d.join("forecast.toml").to_str().unwrap(),
        "--until",
        "2030",
        "--to",
        out.to_str().unwrap(),
    ]);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && e.contains("survival.csv: line 2"),
        "{e}"
    );
}

#[test]
fn forecast_outputs_protect_small_counts_and_render() {
    let tmp = tempfile::tempdir().unwrap();
    let series = jena_dir().join("hh_priv_1_60plus.csv");
    let fc = tmp.path().join("fc.csv");
    jena_forecast(&series, 2022, &fc);
    let rows = csv_rows(&fc);
    let mut hidden_per_year: std::collections::HashMap<String, usize> = Default::default();
    for r in &rows {
        if r["value"] == "." {
            *hidden_per_year.entry(r["year"].clone()).or_default() += 1;
            continue;
        }
        let v: f64 = r["value"].parse().unwrap();
        assert!(r["id"] == "0" || v == 0.0 || v >= 3.0, "{r:?}");
    }
    assert!(
        !hidden_per_year.is_empty(),
        "single households 60+ have small districts"
    );
    // Never a single hidden district in a year: the city total would give it away.
    assert!(
        hidden_per_year.values().all(|n| *n >= 2),
        "{hidden_per_year:?}"
    );
    let html = tmp.path().join("f.html");
    saale_ok(&[
        "report",
        "forecast",
        "--forecast",
        fc.to_str().unwrap(),
        "--history",
        series.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--ids",
        "0,11",
        "--to",
        html.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&html).unwrap();
    assert_eq!(text.matches("<svg class=\"forecast\"").count(), 2);
    // Headings carry the district names from the history table.
    assert!(
        text.contains("<h2>Ammerbach Ort (11)</h2>"),
        "no district name in the headings"
    );
    assert_eq!(text.matches("class=\"band\"").count(), 2);
    assert!(!text.contains("src=") && !text.contains("href="));
}

#[test]
fn cohort_totals_land_on_the_district_layer() {
    let tmp = tempfile::tempdir().unwrap();
    let p = common::jena_project(tmp.path());
    let ps = p.to_str().unwrap();
    let d = tmp.path();
    let w = |n: &str, s: &str| std::fs::write(d.join(n), s).unwrap();
    let mut base = String::from("district,sex,age,count\n");
    for dist in ["Ilmnitz", "Maua"] {
        for sex in ["f", "m"] {
            for age in 0..=3 {
                base.push_str(&format!("{dist},{sex},{age},50\n"));
            }
        }
    }
    w("base.csv", &base);
    w("fertility.csv", "age,rate\n1,0.3\n2,0.2\n3,0\n");
    w(
        "survival.csv",
        "sex,age,rate\nf,0,1\nf,1,1\nf,2,1\nf,3,0.9\nm,0,1\nm,1,1\nm,2,1\nm,3,0.9\n",
    );
    w("f.toml", "base = \"base.csv\"\nbase_year = 2020\nfertility = \"fertility.csv\"\nsurvival = \"survival.csv\"\n");
    let msg = saale_ok(&[
        "-p",
        ps,
        "forecast",
        "cohort",
        "--config",
        d.join("f.toml").to_str().unwrap(),
        "--until",
        "2023",
        "--to",
        d.join("o.csv").to_str().unwrap(),
        "--layer",
        "statbez",
        "--key",
        "statbez_name",
        "--out",
        "pop",
    ]);
    assert!(msg.contains("wrote layer 'pop' (2 districts"), "{msg}");
    let l = saale_store::Project::open(&p)
        .unwrap()
        .read_layer("pop")
        .unwrap();
    let (ik, i0) = (
        l.schema.index_of("statbez_name").unwrap(),
        l.schema.index_of("pop_2020").unwrap(),
    );
    let maua = l
        .features
        .iter()
        .find(|f| f.value(ik).as_str() == Some("Maua"))
        .unwrap();
    assert_eq!(maua.value(i0).as_f64(), Some(400.0));
    assert!(l.schema.index_of("pop_2023").is_some());
    let info = saale_ok(&["-p", ps, "info", "pop"]);
    assert!(
        info.contains("counts:") && info.contains("pop_2023"),
        "{info}"
    );
}

/// The README's cohort line, from the repository root: the shipped Jena configuration
/// (synthetic ages, see data/README.md) runs as written.
#[test]
fn jena_sample_cohort_config_runs_from_the_repository_root() {
    let tmp = tempfile::tempdir().unwrap();
    let (pop, dem) = (
        tmp.path().join("population.csv"),
        tmp.path().join("kita.csv"),
    );
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_saale"))
        .current_dir(common::root())
        .args([
            "forecast",
            "cohort",
            "--config",
            "data/jena/forecast.toml",
            "--until",
            "2040",
            "--scenario",
            "main",
            "--to",
            pop.to_str().unwrap(),
            "--demand-to",
            dem.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert!(o.status.success(), "{out}\n{err}");
    // The base is the households of 31 Dec 2016 x 1.8, rounded per age and sex.
    let base: f64 = csv_rows(&jena_dir().join("forecast/base.csv"))
        .iter()
        .map(|r| r["count"].parse::<f64>().unwrap())
        .sum();
    assert!(
        (base - 61_012.0 * 1.8).abs() < 41.0 * 2.0 * 91.0 * 0.5,
        "{base}"
    );
    assert!(
        out.contains(&format!(
            "projected 41 districts from 2017 to 2040 (main scenario): {base:.0} -> "
        )),
        "{out}"
    );
    // Small districts are listed in one warning.
    assert_eq!(err.matches("warning").count(), 1, "{err}");
    assert!(err.contains("Remderoda (40)"), "{err}");
    let rows = csv_rows(&pop);
    // 41 districts x 24 years x 2 sexes x 7 age groups.
    assert_eq!(rows.len(), 41 * 24 * 2 * 7);
    let city = |y: &str| -> f64 {
        rows.iter()
            .filter(|r| r["year"] == y && r["age_group"] == "total" && r["value"] != ".")
            .map(|r| r["value"].parse::<f64>().unwrap())
            .sum()
    };
    assert!((city("2017") - base).abs() < 1e-6);
    // A closed population with a total fertility rate of 1.35 shrinks.
    assert!(city("2040") < city("2017"));
    let demand = csv_rows(&dem);
    assert_eq!(demand.len(), 41 * 24);
    // Without capacities the shortfall is the demand.
    assert!(demand
        .iter()
        .all(|r| r["kita_capacity"] == "0" && r["kita_shortfall"] == r["kita_needed"]));
}

/// `--json` on the forecasts (issue 13: every verb that writes): the figures agree with the
/// files written.
#[test]
fn forecast_json_agrees_with_the_files() {
    let tmp = tempfile::tempdir().unwrap();
    let series = common::jena_dir().join("hh_priv.csv");
    let to = tmp.path().join("f.csv");
    let out = common::saale_ok(&[
        "forecast",
        "series",
        "--series",
        series.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--total-id",
        "0",
        "--until",
        "2025",
        "--min-count",
        "100",
        "--to",
        to.to_str().unwrap(),
        "--json",
    ]);
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    let csv = std::fs::read_to_string(&to).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    let ids: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.split(',').next().unwrap()).collect();
    assert_eq!(j["series"].as_u64().unwrap() as usize, ids.len());
    let hidden = rows
        .iter()
        .filter(|r| r.split(',').nth(2) == Some("."))
        .count();
    assert!(hidden > 0);
    assert_eq!(j["withheld"].as_u64().unwrap() as usize, hidden);
    let methods: u64 = j["methods"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(methods as usize, ids.len());
    let bt = tmp.path().join("bt.csv");
    let out = common::saale_ok(&[
        "forecast",
        "backtest",
        "--series",
        series.to_str().unwrap(),
        "--id-column",
        "statistischer_Bezirk_Nr",
        "--total-id",
        "0",
        "--fit-until",
        "2013",
        "--to",
        bt.to_str().unwrap(),
        "--json",
    ]);
    let j: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = std::fs::read_to_string(&bt).unwrap();
    for m in j["methods"].as_array().unwrap() {
        let name = m["method"].as_str().unwrap();
        let city: f64 = text
            .lines()
            .find(|l| l.starts_with(&format!("0,{name},")))
            .and_then(|l| l.rsplit(',').next()?.parse().ok())
            .unwrap();
        assert!(
            (m["city_mape"].as_f64().unwrap() - city).abs() < 1e-3,
            "{name}"
        );
    }
}
