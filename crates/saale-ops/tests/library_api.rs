//! The library API alone (no CLI): import the Jena sample, join the household table, count
//! amenities per district, run stop coverage, write the district report, and replay every
//! recorded step to the same layer. Figures are checked against independent computations
//! (the CSV read directly, a brute-force point-in-polygon test with `geo`).

use std::path::{Path, PathBuf};

use geo::Intersects as _;
use saale_model::Geometry;
use saale_ops::{
    report, run, CountParams, ImportParams, JoinAttributesParams, Level, Project, Step,
    StopCoverageParams, Target,
};

fn jena() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/jena")
}

fn import(p: &mut Project, layer: &str, path: &str, licence: &str) {
    let mut a = ImportParams::new(vec![jena().join(path)]);
    a.layer = Some(layer.into());
    a.licence = licence.into();
    a.attribution = if licence == "ODbL-1.0" {
        "© OpenStreetMap contributors".into()
    } else {
        "Stadt Jena".into()
    };
    let out = saale_ops::import(p, &a, &()).expect("import");
    assert_eq!(out.layers.len(), 1);
}

/// The layer as GeoJSON-like text, in a fixed order: what a replay must reproduce.
fn fingerprint(p: &Project, layer: &str) -> Vec<String> {
    let l = p.read_layer(layer).expect("read");
    let names: Vec<String> = l.schema.fields().iter().map(|f| f.name.clone()).collect();
    let mut rows: Vec<String> = l
        .features
        .iter()
        .map(|f| format!("{:?} {:?}", f.geometry, f.values))
        .collect();
    rows.sort();
    rows.insert(0, names.join(","));
    rows
}

/// Households at 31.12.2016 in the table, summed from the CSV itself (the city total row,
/// id 0, left out).
fn csv_households_2016() -> f64 {
    let mut rd = csv::ReaderBuilder::new()
        .delimiter(b',')
        .from_path(jena().join("hh_priv.csv"))
        .expect("csv");
    let headers = rd.headers().expect("headers").clone();
    let id = headers
        .iter()
        .position(|h| h == "statistischer_Bezirk_Nr")
        .expect("id column");
    let col = headers
        .iter()
        .position(|h| h == "31.12.2016")
        .expect("2016 column");
    rd.records()
        .map(|r| r.expect("row"))
        .filter(|r| r.get(id).is_some_and(|v| v.trim() != "0"))
        .filter_map(|r| r.get(col).and_then(|v| v.trim().parse::<f64>().ok()))
        .sum()
}

#[test]
fn import_count_stop_coverage_report_and_replay_through_the_library() {
    let tmp = tempfile::tempdir().expect("tmp");
    let crs = saale_crs::Crs::parse("EPSG:25832").expect("crs");
    let mut p = Project::init(&tmp.path().join("p"), &crs, Some("jena")).expect("init");
    import(&mut p, "statbez", "statbez.geojson", "dl-de/by-2.0");
    import(&mut p, "hh_priv", "hh_priv.csv", "dl-de/by-2.0");
    import(&mut p, "amenity", "osm/amenity", "ODbL-1.0");
    import(&mut p, "landuse", "osm/landuse", "ODbL-1.0");
    import(&mut p, "bus", "osm/bus.geojson", "ODbL-1.0");
    import(&mut p, "tram", "osm/tram.geojson", "ODbL-1.0");
    saale_ops::access::mark_counts(&mut p, "hh_priv", &["31.12.*".into()], false, false)
        .expect("counts");
    // An internal field of the table stays internal in what is derived from it.
    saale_ops::access::set_access(
        &mut p,
        "statbez",
        &saale_ops::access::AccessChange {
            internal_fields: Some(vec!["gid".into()]),
            ..Default::default()
        },
    )
    .expect("access");

    // join-attributes: 41 districts, the marks follow.
    let join = Step::JoinAttributes(JoinAttributesParams {
        layer: "statbez".into(),
        table: "hh_priv".into(),
        layer_key: "id".into(),
        table_key: "statistischer_Bezirk_Nr".into(),
    });
    let o = run(&mut p, &join, &Target::layer("statbez_households")).expect("join");
    assert_eq!(o.features, 41);
    let e = p.entry("statbez_households").expect("entry");
    assert!(e.access.counts.iter().any(|c| c == "31.12.2016"));
    assert_eq!(e.access.internal_fields, vec!["gid".to_string()]);
    assert_eq!(e.access.level, Level::Public);
    let inputs: Vec<&str> = e.provenance.input_layers().collect();
    assert_eq!(inputs, vec!["statbez", "hh_priv"]);

    // count: amenity points per district. The districts are a partition: the counts add up
    // to the points that meet any district, found here by brute force.
    let count = Step::Count(CountParams {
        polygons: "statbez".into(),
        points: "amenity".into(),
        weight: None,
    });
    run(&mut p, &count, &Target::layer("amenity_per_district")).expect("count");
    let res = p.read_layer("amenity_per_district").expect("read");
    let ci = res.schema.index_of("count").expect("count field");
    let total: f64 = res
        .features
        .iter()
        .filter_map(|f| f.value(ci).as_f64())
        .sum();
    let districts = p.read_layer("statbez").expect("statbez");
    let amenity = p.read_layer("amenity").expect("amenity");
    let inside = amenity
        .features
        .iter()
        .filter(|f| {
            matches!(
                f.geometry,
                Some(Geometry::Point(_) | Geometry::MultiPoint(_))
            )
        })
        .filter(|f| {
            let g = f.geometry.as_ref().expect("geometry");
            districts
                .features
                .iter()
                .any(|d| d.geometry.as_ref().is_some_and(|dg| dg.intersects(g)))
        })
        .count();
    assert!(inside > 500, "the sample has amenity points: {inside}");
    assert_eq!(total as usize, inside);

    // stop coverage: every household of the table is either in a district total or reported
    // as dropped (no residential land in its district).
    let sc = Step::IndicatorStopCoverage(StopCoverageParams {
        households: "statbez_households".into(),
        weight: "31.12.2016".into(),
        residential: "landuse:landuse=residential".into(),
        stops: vec!["bus".into(), "tram".into()],
        distances: vec![300.0],
        network: None,
    });
    let o = run(&mut p, &sc, &Target::layer("stop_cov")).expect("stop coverage");
    let csv_total = csv_households_2016();
    assert!((o.figures["input_total"] - csv_total).abs() < 0.5);
    let placed = o.figures["total"];
    let covered = o.figures["covered_300"];
    assert!(covered <= placed && placed <= csv_total + 0.5);
    if csv_total - placed > 0.5 {
        let w = o.warnings.join(" ");
        assert!(
            w.contains("found no residential land"),
            "dropped weight without a warning: {w}"
        );
        assert!(p
            .entry("stop_cov")
            .expect("entry")
            .provenance
            .warnings
            .iter()
            .any(|x| x.contains("no residential land")));
    }
    assert!(o.headlines[0].contains("households") && o.headlines[0].contains("within 300 m"));
    let e = p.entry("stop_cov").expect("entry");
    for c in ["hh_total", "hh_300", "31.12.2016"] {
        assert!(e.access.counts.iter().any(|x| x == c), "{c} not a count");
    }
    assert!(e.access.ratios.iter().any(|x| x == "share_300"));

    // The district report: public, suppressed, with the sources of the whole chain.
    let to = tmp.path().join("report.html");
    let o = report::districts(
        &mut p,
        &report::DistrictReportParams {
            layer: "stop_cov".into(),
            kpis: vec![("share_300".into(), "Haushalte bis 300 m".into())],
            label: None,
            series: Some("31.12.*".into()),
            compare: None,
            title: None,
            lang: report::Lang::De,
            to: to.clone(),
            replace: false,
        },
    )
    .expect("report");
    assert_eq!(o.features, 41);
    let html = std::fs::read_to_string(&to).expect("html");
    for d in &districts.features {
        let ni = districts.schema.index_of("statbez_name").expect("name");
        let name = d.value(ni).as_str().expect("name text").to_string();
        let esc = name.replace('&', "&amp;");
        assert!(html.contains(&esc), "{name} missing from the report");
    }
    // Sources from the provenance chain: the table joined two steps back is named.
    for layer in [
        "stop_cov",
        "statbez_households",
        "hh_priv",
        "landuse",
        "bus",
    ] {
        assert!(html.contains(layer), "source {layer} missing");
    }
    // The internal field never reaches the report.
    assert!(!html.contains(">gid<"));
    // A second write without replace is refused and leaves the file.
    let again = report::districts(
        &mut p,
        &report::DistrictReportParams {
            layer: "stop_cov".into(),
            kpis: vec![("share_300".into(), "x".into())],
            label: None,
            series: None,
            compare: None,
            title: None,
            lang: report::Lang::En,
            to: to.clone(),
            replace: false,
        },
    );
    assert!(matches!(again, Err(saale_ops::Error::FileExists { .. })));
    assert_eq!(std::fs::read_to_string(&to).expect("html"), html);

    // Replaying each recorded step gives the same layer.
    for layer in ["statbez_households", "amenity_per_district", "stop_cov"] {
        let before = fingerprint(&p, layer);
        let file_before = p.entry(layer).expect("entry").file.clone();
        saale_ops::replay(&mut p, layer).expect("replay");
        assert_ne!(p.entry(layer).expect("entry").file, file_before);
        assert_eq!(fingerprint(&p, layer), before, "{layer} changed on replay");
    }
    // Imported layers are not replayed as steps.
    assert!(matches!(
        saale_ops::replay(&mut p, "statbez"),
        Err(saale_ops::Error::NotReplayable { .. })
    ));
}

#[test]
fn internal_and_personal_layers_never_leave_through_public_outputs() {
    let tmp = tempfile::tempdir().expect("tmp");
    let crs = saale_crs::Crs::parse("EPSG:25832").expect("crs");
    let mut p = Project::init(&tmp.path().join("p"), &crs, None).expect("init");
    import(&mut p, "statbez", "statbez.geojson", "dl-de/by-2.0");
    import(&mut p, "bus", "osm/bus.geojson", "ODbL-1.0");
    saale_ops::access::set_access(
        &mut p,
        "bus",
        &saale_ops::access::AccessChange {
            level: Some(Level::Internal),
            ..Default::default()
        },
    )
    .expect("access");
    // A result of an internal input is internal; written to a file (public) it is refused.
    let count = Step::Count(CountParams {
        polygons: "statbez".into(),
        points: "bus".into(),
        weight: None,
    });
    let file = tmp.path().join("c.geojson");
    let r = run(
        &mut p,
        &count,
        &Target::File {
            path: file.clone(),
            replace: false,
        },
    );
    assert!(matches!(r, Err(saale_ops::Error::Withheld { .. })), "{r:?}");
    assert!(!file.exists());
    run(&mut p, &count, &Target::layer("c")).expect("count");
    assert_eq!(p.entry("c").expect("c").access.level, Level::Internal);
    // The export gate: public refused, internal allowed and logged.
    let mut ex = saale_ops::ExportParams {
        layer: "c".into(),
        to: file.clone(),
        crs: None,
        view: saale_ops::View::Public,
        replace: false,
    };
    assert!(matches!(
        saale_ops::export(&mut p, &ex),
        Err(saale_ops::Error::Withheld { .. })
    ));
    ex.view = saale_ops::View::Internal;
    saale_ops::export(&mut p, &ex).expect("internal export");
    let log = std::fs::read_to_string(p.dir().join("exports.log")).expect("log");
    assert!(log.contains("internal layer 'c'"), "{log}");
    // ISO time first.
    let first = log.lines().next().expect("a line");
    assert!(
        first.as_bytes()[4] == b'-' && first.contains('T'),
        "{first}"
    );
    // Personal data cannot be made internal or public.
    p.update_catalog(|c| {
        if let Some(e) = c.layers.get_mut("bus") {
            e.access.level = Level::Personal;
        }
        Ok(())
    })
    .expect("mark personal");
    assert!(saale_ops::access::set_access(
        &mut p,
        "bus",
        &saale_ops::access::AccessChange {
            level: Some(Level::Public),
            ..Default::default()
        },
    )
    .is_err());
    ex.layer = "bus".into();
    ex.replace = true;
    assert!(matches!(
        saale_ops::export(&mut p, &ex),
        Err(saale_ops::Error::Withheld {
            reason: saale_ops::Withheld::Personal,
            ..
        })
    ));
}
