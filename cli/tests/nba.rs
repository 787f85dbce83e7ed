//! NAS updates (NBA) with history (issue 16.4): a generated delivery sequence (insert, update,
//! delete, replace) on a small synthetic cadastre in EPSG:25832, built from the structure of
//! the real ALKIS NAS slices (lebenszeitintervall, modellart, anlass as a code-list reference,
//! position as gml:Surface / PolygonPatch / Ring / curveMember / LineStringSegment).
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{require, saale, saale_ok};
use saale_model::{Layer, Value};
use saale_store::Project;

const NS: &str = "xmlns=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" \
    xmlns:adv=\"http://www.adv-online.de/namespaces/adv/gid/7.1\" \
    xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
    xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:wfsext=\"http://www.adv-online.de/namespaces/adv/gid/wfsext\" \
    xmlns:fes=\"http://www.opengis.net/fes/2.0\" \
    xsi:schemaLocation=\"http://www.adv-online.de/namespaces/adv/gid/7.1 NAS-Operationen.xsd\"";

/// One object version of the synthetic cadastre.
#[derive(Clone, Debug)]
struct Obj {
    /// `AX_Flurstueck` or `AX_Gebaeude`.
    ty: &'static str,
    /// The 16-character ALKIS id.
    id: String,
    beginnt: &'static str,
    anlass: &'static str,
    /// Lower left corner and size of the square, metres in EPSG:25832.
    x: f64,
    y: f64,
    s: f64,
    /// Parcel: zaehler; building: gebaeudefunktion.
    code: u32,
    /// Building: storeys above ground.
    storeys: u32,
    /// When the version ended (a historic version in a full delivery with history).
    endet: Option<&'static str>,
}

fn parcel(n: u32, beginnt: &'static str, anlass: &'static str, s: f64) -> Obj {
    Obj {
        ty: "AX_Flurstueck",
        id: format!("DETHJENA0000P{n:03}"),
        beginnt,
        anlass,
        x: 681_000.0 + f64::from(n) * 100.0,
        y: 5_644_000.0,
        s,
        code: n,
        storeys: 0,
        endet: None,
    }
}

fn building(n: u32, beginnt: &'static str, func: u32, storeys: u32) -> Obj {
    Obj {
        ty: "AX_Gebaeude",
        id: format!("DETHJENA0000B{n:03}"),
        beginnt,
        anlass: "010701",
        x: 681_010.0 + f64::from(n) * 100.0,
        y: 5_644_010.0,
        s: 20.0,
        code: func,
        storeys,
        endet: None,
    }
}

/// The version time stamp NAS appends to an object id in filters.
fn stamp(o: &Obj) -> String {
    format!("{}{}", o.id, o.beginnt.replace(['-', ':'], ""))
}

/// The square's ring as curve members of line-string segments (one per side), as in the real
/// slices.
fn surface(o: &Obj) -> String {
    let (x, y, s) = (o.x, o.y, o.s);
    let pts = [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)];
    let mut members = String::new();
    for (i, w) in pts.windows(2).enumerate() {
        members.push_str(&format!(
            "<gml:curveMember><gml:Curve gml:id=\"{}.c{i}\"><gml:segments><gml:LineStringSegment>\
             <gml:posList>{:.3} {:.3} {:.3} {:.3}</gml:posList></gml:LineStringSegment>\
             </gml:segments></gml:Curve></gml:curveMember>",
            o.id, w[0].0, w[0].1, w[1].0, w[1].1
        ));
    }
    format!(
        "<adv:position><gml:Surface gml:id=\"{}.g\" srsName=\"urn:adv:crs:ETRS89_UTM32\">\
         <gml:patches><gml:PolygonPatch><gml:exterior><gml:Ring>{members}</gml:Ring>\
         </gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface></adv:position>",
        o.id
    )
}

fn object(o: &Obj) -> String {
    let head = format!(
        "<adv:{ty} gml:id=\"{id}\"><gml:identifier codeSpace=\"http://www.adv-online.de/\">urn:adv:oid:{id}</gml:identifier>\
         <adv:lebenszeitintervall><adv:AA_Lebenszeitintervall><adv:beginnt>{b}</adv:beginnt>{e}</adv:AA_Lebenszeitintervall></adv:lebenszeitintervall>\
         <adv:modellart><adv:AA_Modellart><adv:advStandardModell>DLKM</adv:advStandardModell></adv:AA_Modellart></adv:modellart>\
         <adv:anlass xlink:href=\"https://registry.gdi-de.org/codelist/de.adv-online.gid/AA_Anlassart/{a}\"/>{pos}",
        ty = o.ty,
        id = o.id,
        b = o.beginnt,
        e = o
            .endet
            .map(|e| format!("<adv:endet>{e}</adv:endet>"))
            .unwrap_or_default(),
        a = o.anlass,
        pos = surface(o)
    );
    if o.ty == "AX_Flurstueck" {
        format!(
            "{head}<adv:gemarkung><adv:AX_Gemarkung_Schluessel><adv:land>16</adv:land><adv:gemarkungsnummer>3201</adv:gemarkungsnummer></adv:AX_Gemarkung_Schluessel></adv:gemarkung>\
             <adv:flurstuecksnummer><adv:AX_Flurstuecksnummer><adv:zaehler>{z}</adv:zaehler></adv:AX_Flurstuecksnummer></adv:flurstuecksnummer>\
             <adv:amtlicheFlaeche uom=\"urn:adv:uom:m2\">{f:.1}</adv:amtlicheFlaeche><adv:flurnummer>7</adv:flurnummer>\
             <adv:gemeindezugehoerigkeit><adv:AX_Gemeindekennzeichen><adv:land>16</adv:land><adv:regierungsbezirk>0</adv:regierungsbezirk><adv:kreis>53</adv:kreis><adv:gemeinde>000</adv:gemeinde></adv:AX_Gemeindekennzeichen></adv:gemeindezugehoerigkeit>\
             </adv:AX_Flurstueck>",
            z = o.code,
            f = o.s * o.s
        )
    } else {
        format!(
            "{head}<adv:gebaeudefunktion>{}</adv:gebaeudefunktion><adv:anzahlDerOberirdischenGeschosse>{}</adv:anzahlDerOberirdischenGeschosse></adv:AX_Gebaeude>",
            o.code, o.storeys
        )
    }
}

/// A full delivery (`AX_Bestandsdatenauszug`) of the objects.
fn full(objs: &[&Obj]) -> String {
    let members: String = objs
        .iter()
        .map(|o| format!("<wfs:member>{}</wfs:member>\n", object(o)))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AX_Bestandsdatenauszug {NS}>\
         <koordinatenangaben><AX_Koordinatenreferenzsystemangaben><crs xlink:href=\"urn:adv:crs:ETRS89_UTM32\"/>\
         <anzahlDerNachkommastellen>3</anzahlDerNachkommastellen><standard>true</standard></AX_Koordinatenreferenzsystemangaben></koordinatenangaben>\n\
         <enthaelt><wfs:FeatureCollection>\n{members}</wfs:FeatureCollection></enthaelt></AX_Bestandsdatenauszug>\n"
    )
}

/// An operation of an NBA delivery.
enum Op<'a> {
    Insert(&'a Obj),
    /// The new version, replacing `old`.
    Replace(&'a Obj, &'a Obj),
    /// End the version: endet and anlass.
    Update(&'a Obj, &'static str, &'static str),
    /// By type and filter id.
    Delete(&'static str, String),
}

fn nba(datum: &str, ops: &[Op<'_>]) -> String {
    let mut t = String::new();
    for op in ops {
        t.push_str(&match op {
            Op::Insert(o) => format!("<wfs:Insert>{}</wfs:Insert>\n", object(o)),
            Op::Replace(new, old) => format!(
                "<wfsext:Replace vendorId=\"AdV\" safeToIgnore=\"false\">{}<fes:Filter><fes:ResourceId rid=\"{}\"/></fes:Filter></wfsext:Replace>\n",
                object(new),
                stamp(old)
            ),
            Op::Update(o, endet, anlass) => format!(
                "<wfs:Update typeName=\"adv:{}\"><wfs:Property><wfs:ValueReference>adv:lebenszeitintervall/adv:AA_Lebenszeitintervall/adv:endet</wfs:ValueReference><wfs:Name>adv:lebenszeitintervall/adv:AA_Lebenszeitintervall/adv:endet</wfs:Name><wfs:Value>{endet}</wfs:Value></wfs:Property>\
                 <wfs:Property><wfs:Name>adv:anlass</wfs:Name><wfs:Value>{anlass}</wfs:Value></wfs:Property>\
                 <fes:Filter><fes:ResourceId rid=\"{}\"/></fes:Filter></wfs:Update>\n",
                o.ty,
                stamp(o)
            ),
            Op::Delete(ty, id) => format!(
                "<wfs:Delete typeName=\"adv:{ty}\"><fes:Filter><fes:ResourceId rid=\"{id}\"/></fes:Filter></wfs:Delete>\n"
            ),
        });
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<AX_NutzerbezogeneBestandsdatenaktualisierung_NBA {NS}>\
         <erfolgreich>true</erfolgreich>\
         <portionskennung><AX_Portionskennung><profilkennung>JENA-NBA-01</profilkennung><datum>{datum}</datum>\
         <laufendeNummerVonGesamtzahl>1</laufendeNummerVonGesamtzahl><gesamtzahl>1</gesamtzahl></AX_Portionskennung></portionskennung>\
         <koordinatenangaben><AX_Koordinatenreferenzsystemangaben><crs xlink:href=\"urn:adv:crs:ETRS89_UTM32\"/>\
         <anzahlDerNachkommastellen>3</anzahlDerNachkommastellen><standard>true</standard></AX_Koordinatenreferenzsystemangaben></koordinatenangaben>\n\
         <geaenderteObjekte><wfs:Transaction version=\"2.0.0\" service=\"WFS\">\n{t}</wfs:Transaction></geaenderteObjekte>\
         </AX_NutzerbezogeneBestandsdatenaktualisierung_NBA>\n"
    )
}

fn init(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    saale_ok(&["init", p.to_str().unwrap(), "-q"]);
    p
}

fn import(p: &Path, file: &Path, extra: &[&str]) -> String {
    let mut args = vec!["-p", p.to_str().unwrap(), "import", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    saale_ok(&args)
}

fn layer(p: &Path, name: &str) -> Layer {
    Project::open(p).unwrap().read_layer(name).unwrap()
}

fn text(l: &Layer, f: &saale_model::Feature, field: &str) -> Option<String> {
    match f.value(l.schema.index_of(field)?) {
        Value::Null => None,
        Value::String(s) => Some(s.to_string()),
        v => Some(format!("{v:?}")),
    }
}

/// A date-time written in one way (FlatGeobuf may write `+00:00` for `Z`).
fn instant(s: &str) -> String {
    let t = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{s}: {e}"));
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// Per object version (gml_id, beginnt): every attribute by name (times normalised) and the
/// geometry as WKT-like text of its exact coordinates.
type State = BTreeMap<(String, String), (BTreeMap<String, String>, String)>;

fn state(l: &Layer, current_only: bool) -> State {
    let mut m = BTreeMap::new();
    for f in &l.features {
        if current_only && text(l, f, "endet").is_some() {
            continue;
        }
        let mut attrs = BTreeMap::new();
        for fl in l.schema.fields() {
            let v = text(l, f, &fl.name).unwrap_or_default();
            let v = if (fl.name == "beginnt" || fl.name == "endet") && !v.is_empty() {
                instant(&v)
            } else {
                v
            };
            attrs.insert(fl.name.clone(), v);
        }
        let key = (
            text(l, f, "gml_id").unwrap(),
            attrs.get("beginnt").cloned().unwrap_or_default(),
        );
        let prev = m.insert(key.clone(), (attrs, format!("{:?}", f.geometry)));
        assert!(prev.is_none(), "two versions {key:?}");
    }
    m
}

/// (gml_id, endet, anlass) of the ended versions.
fn ended(l: &Layer) -> BTreeSet<(String, String, String)> {
    l.features
        .iter()
        .filter_map(|f| {
            Some((
                text(l, f, "gml_id").unwrap(),
                instant(&text(l, f, "endet")?),
                text(l, f, "anlass").unwrap_or_default(),
            ))
        })
        .collect()
}

/// The catalog and every layer file, to prove a refused delivery changed nothing.
fn snapshot(p: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    m.insert(
        "saale.toml".to_string(),
        std::fs::read(p.join("saale.toml")).unwrap(),
    );
    for e in std::fs::read_dir(p.join("layers")).unwrap() {
        let path = e.unwrap().path();
        m.insert(
            path.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read(&path).unwrap(),
        );
    }
    m
}

fn refused(p: &Path, file: &Path, want: &str) {
    let before = snapshot(p);
    let out = saale(&[
        "-p",
        p.to_str().unwrap(),
        "import",
        file.to_str().unwrap(),
        "--history",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "applied: {err}");
    assert!(err.contains(want), "{err}");
    assert!(
        before == snapshot(p),
        "a refused delivery changed the project"
    );
}

/// GDAL's NAS driver: features per layer of a file (`ogrinfo -so -al`).
fn gdal_counts(file: &Path) -> BTreeMap<String, u64> {
    let out = Command::new("ogrinfo")
        .args(["-ro", "-so", "-al"])
        .arg(file)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut m = BTreeMap::new();
    let mut name = None;
    for l in text.lines() {
        if let Some(n) = l.strip_prefix("Layer name: ") {
            name = Some(n.trim().to_string());
        } else if let Some(c) = l.strip_prefix("Feature Count: ") {
            m.insert(name.take().unwrap(), c.trim().parse().unwrap());
        }
    }
    m
}

#[test]
fn nba_sequence_with_history_matches_the_final_full_delivery() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    // The cadastre at 2024-01-10: parcels 1..4, buildings 1..3.
    let t0 = "2024-01-10T08:00:00Z";
    let p: Vec<Obj> = (1..=4).map(|n| parcel(n, t0, "000000", 40.0)).collect();
    let b: Vec<Obj> = (1..=3).map(|n| building(n, t0, 1010 + n * 10, 2)).collect();
    // N1 (2024-02-01): building 4 is inserted, building 1 changes its function.
    let b4 = building(4, "2024-02-01T09:00:00Z", 2000, 1);
    let b1n = Obj {
        beginnt: "2024-02-01T10:00:00Z",
        anlass: "010102",
        code: 3021,
        ..b[0].clone()
    };
    // N2 (2024-03-01): parcel 2 is ended by an update, building 2 deleted, parcel 3 replaced
    // (larger), parcel 5 inserted.
    let p3n = Obj {
        beginnt: "2024-03-01T12:00:00Z",
        anlass: "020301",
        s: 60.0,
        ..p[2].clone()
    };
    let p5 = parcel(5, "2024-03-01T12:00:00Z", "020301", 30.0);
    // N3 (2024-04-01): building 4 gets 5 storeys; two deletes match nothing.
    let b4n = Obj {
        beginnt: "2024-04-01T08:00:00Z",
        anlass: "010703",
        storeys: 5,
        ..b4.clone()
    };
    let write = |name: &str, text: String| {
        let f = d.join(name);
        std::fs::write(&f, text).unwrap();
        f
    };
    let s0 = write(
        "s0.xml",
        full(&[&p[0], &p[1], &p[2], &p[3], &b[0], &b[1], &b[2]]),
    );
    let n1 = write(
        "n1.xml",
        nba(
            "2024-02-01T00:00:00Z",
            &[Op::Insert(&b4), Op::Replace(&b1n, &b[0])],
        ),
    );
    let n2 = write(
        "n2.xml",
        nba(
            "2024-03-01T00:00:00Z",
            &[
                Op::Update(&p[1], "2024-03-01T11:00:00Z", "020201"),
                Op::Delete("AX_Gebaeude", stamp(&b[1])),
                Op::Replace(&p3n, &p[2]),
                Op::Insert(&p5),
            ],
        ),
    );
    let n3 = write(
        "n3.xml",
        nba(
            "2024-04-01T00:00:00Z",
            &[
                Op::Replace(&b4n, &b4),
                Op::Delete("AX_Gebaeude", "DETHJENA0000B99920240101T000000Z".into()),
                Op::Delete("AX_Gebaeude", stamp(&b[1])),
            ],
        ),
    );
    // The full deliveries of each intermediate state and of the final one.
    let s1 = write(
        "s1.xml",
        full(&[&p[0], &p[1], &p[2], &p[3], &b1n, &b[1], &b[2], &b4]),
    );
    let s2 = write("s2.xml", full(&[&p[0], &p3n, &p[3], &p5, &b1n, &b[2], &b4]));
    let s3 = write(
        "s3.xml",
        full(&[&p[0], &p3n, &p[3], &p5, &b1n, &b[2], &b4n]),
    );

    // The sequence with history.
    let h = init(d, "hist");
    import(&h, &s0, &["--history", "-q"]);
    let out = import(&h, &n1, &["--history"]);
    assert!(
        out.contains("datum 2024-02-01T00:00:00Z, portion 1, profile JENA-NBA-01"),
        "{out}"
    );
    assert!(
        out.contains("applied with history: 2 object version(s) added, 1 ended, 0 operation(s) matched nothing"),
        "{out}"
    );
    let after_n1 = d.join("after_n1");
    copy_dir(&h, &after_n1);
    import(&h, &n2, &["--history", "-q"]);
    // N1 again: applied twice. A delivery dated between N1 and N2 that comes after N2: out
    // of order (on a copy of the project).
    refused(&h, &n1, "was applied already");
    import(&after_n1, &n2, &["--history", "-q"]);
    let n1_late = write(
        "n1_late.xml",
        nba(
            "2024-02-15T00:00:00Z",
            &[Op::Delete("AX_Gebaeude", stamp(&b[2]))],
        ),
    );
    refused(&after_n1, &n1_late, "is out of order");
    let json = saale_ok(&[
        "-p",
        h.to_str().unwrap(),
        "import",
        n3.to_str().unwrap(),
        "--history",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let nbav = &v["delivery"]["nba"];
    assert_eq!(nbav["inserted"], 1, "{json}");
    assert_eq!(nbav["ended"], 1, "{json}");
    assert_eq!(nbav["unmatched"]["wfs:Delete"], 2, "{json}");
    assert_eq!(
        nbav["unmatched_ids"],
        serde_json::json!([
            "wfs:Delete DETHJENA0000B99920240101T000000Z",
            format!("wfs:Delete {}", stamp(&b[1]))
        ])
    );
    // The warning is in the layers' import report too.
    let cat = std::fs::read_to_string(h.join("saale.toml")).unwrap();
    assert!(
        cat.contains("2 operation(s) of the update matched no current object (2 x wfs:Delete)"),
        "{cat}"
    );
    // The same delivery twice: refused, nothing changed.
    refused(&h, &n3, "was applied already");
    // Another file with the header of an applied delivery: refused.
    let n3_again = write(
        "n3_again.xml",
        nba(
            "2024-04-01T00:00:00Z",
            &[Op::Delete("AX_Gebaeude", stamp(&b[2]))],
        ),
    );
    refused(
        &h,
        &n3_again,
        "has the portionskennung of a delivery applied already",
    );

    // The applied deliveries are listed in the layers' provenance, in order, after the
    // import step of the full delivery.
    let proj = Project::open(&h).unwrap();
    let e = proj.entry("buildings").unwrap();
    assert_eq!(e.provenance.verb(), "import");
    let step_paths = e.provenance.step.as_ref().unwrap()["paths"].clone();
    assert!(step_paths.to_string().contains("s0.xml"), "{step_paths}");
    let dates: Vec<&str> = e
        .provenance
        .deliveries
        .iter()
        .map(|x| x.files[0].datum.as_str())
        .collect();
    assert_eq!(
        dates,
        [
            "2024-02-01T00:00:00Z",
            "2024-03-01T00:00:00Z",
            "2024-04-01T00:00:00Z"
        ]
    );
    assert_eq!(e.as_of, "2024-04-01");
    let counts: Vec<(u64, u64, u64)> = e
        .provenance
        .deliveries
        .iter()
        .map(|x| (x.inserted, x.ended, x.unmatched))
        .collect();
    // N1: B4 and B1' added, B1 ended; N2: P3' and P5 added, P2, B2 and P3 ended; N3: B4'.
    assert_eq!(counts, [(2, 1, 0), (2, 3, 0), (1, 1, 2)]);
    let info = saale_ok(&["-p", h.to_str().unwrap(), "info", "buildings"]);
    assert!(
        info.contains("(datum 2024-03-01T00:00:00Z, portion 1 of 1, profile JENA-NBA-01)"),
        "{info}"
    );
    assert!(
        info.contains("with history: 1 added, 1 ended, 2 matched nothing"),
        "{info}"
    );

    // The current state equals the final full delivery, attribute by attribute.
    let fin = init(d, "final");
    import(&fin, &s3, &["-q"]);
    for name in ["parcels", "buildings"] {
        let ours = state(&layer(&h, name), true);
        let want = state(&layer(&fin, name), true);
        assert_eq!(ours.len(), want.len(), "{name}");
        assert!(ours == want, "{name}:\n{ours:#?}\n{want:#?}");
    }
    assert_eq!(layer(&fin, "parcels").features.len(), 4);
    assert_eq!(layer(&fin, "buildings").features.len(), 3);
    // The historic versions, by hand: B1 ended when B1' began (its anlass), B2 at the date
    // of N2 (a delete), B4 when B4' began; P2 by the update, P3 when P3' began.
    let hb = layer(&h, "buildings");
    assert_eq!(hb.features.len(), 6);
    let z = |s: &str| instant(s);
    assert_eq!(
        ended(&hb),
        BTreeSet::from([
            (
                "DETHJENA0000B001".into(),
                z("2024-02-01T10:00:00Z"),
                "010102".into()
            ),
            (
                "DETHJENA0000B002".into(),
                z("2024-03-01T00:00:00Z"),
                "010701".into()
            ),
            (
                "DETHJENA0000B004".into(),
                z("2024-04-01T08:00:00Z"),
                "010703".into()
            ),
        ])
    );
    let hp = layer(&h, "parcels");
    assert_eq!(hp.features.len(), 6);
    assert_eq!(
        ended(&hp),
        BTreeSet::from([
            (
                "DETHJENA0000P002".into(),
                z("2024-03-01T11:00:00Z"),
                "020201".into()
            ),
            (
                "DETHJENA0000P003".into(),
                z("2024-03-01T12:00:00Z"),
                "020301".into()
            ),
        ])
    );

    // Without --history the same sequence gives the same current state and no history.
    let plain = init(d, "plain");
    import(&plain, &s0, &["-q"]);
    for n in [&n1, &n2, &n3] {
        import(&plain, n, &["-q"]);
    }
    for name in ["parcels", "buildings"] {
        let l = layer(&plain, name);
        assert!(ended(&l).is_empty(), "{name}");
        assert!(
            state(&l, false) == state(&layer(&fin, name), true),
            "{name}"
        );
    }

    // --state-at between the deliveries gives each intermediate state.
    for (name, _) in [("parcels", ()), ("buildings", ())] {
        let exported = d.join(format!("{name}.fgb"));
        common::export(&h, name, &exported, &[]);
        for (date, full_state) in [
            ("2024-01-20", &s0),
            ("2024-02-15", &s1),
            ("2024-03-01T11:30:00Z", &s1),
            ("2024-03-15", &s2),
            ("2024-04-15", &s3),
        ] {
            // 2024-03-01T11:30: N2's parcel update ended P2 at 11:00, P3' begins at 12:00;
            // B2 was deleted at 00:00.
            let q = init(d, &format!("at_{name}_{}", date.replace(':', "")));
            import(&q, &exported, &["--layer", name, "--state-at", date, "-q"]);
            let want_p = init(d, &format!("want_{name}_{}", date.replace(':', "")));
            import(&want_p, full_state, &["-q"]);
            let mut want = state(&layer(&want_p, name), true);
            let got = state(&layer(&q, name), false);
            if date == "2024-03-01T11:30:00Z" {
                let drop: Vec<_> = want
                    .keys()
                    .filter(|k| k.0 == "DETHJENA0000P002" || k.0 == "DETHJENA0000B002")
                    .cloned()
                    .collect();
                assert_eq!(drop.len(), 1, "{name}");
                for k in drop {
                    want.remove(&k);
                }
            }
            // The versions valid then, with every attribute but endet (set later) as then.
            let strip = |s: &State| -> State {
                s.iter()
                    .map(|(k, (a, g))| {
                        let mut a = a.clone();
                        a.remove("endet");
                        a.remove("anlass");
                        (k.clone(), (a, g.clone()))
                    })
                    .collect()
            };
            assert!(
                strip(&got) == strip(&want),
                "{name} at {date}:\n{:#?}\n{:#?}",
                got.keys(),
                want.keys()
            );
        }
    }
    // A full delivery that holds every version (historic ones with endet): --state-at reads
    // the NAS with all its versions and keeps those valid at the date.
    let ended_at = |o: &Obj, e: &'static str| Obj {
        endet: Some(e),
        ..o.clone()
    };
    let with_history = write(
        "s_hist.xml",
        full(&[
            &p[0],
            &p[3],
            &p3n,
            &p5,
            &ended_at(&p[1], "2024-03-01T11:00:00Z"),
            &ended_at(&p[2], "2024-03-01T12:00:00Z"),
            &b1n,
            &b[2],
            &b4n,
            &ended_at(&b[0], "2024-02-01T10:00:00Z"),
            &ended_at(&b[1], "2024-03-01T00:00:00Z"),
            &ended_at(&b4, "2024-04-01T08:00:00Z"),
        ]),
    );
    for (date, full_state) in [
        ("2024-01-20", &s0),
        ("2024-02-15", &s1),
        ("2024-03-15", &s2),
    ] {
        let q = init(d, &format!("nas_at_{date}"));
        let out = import(&q, &with_history, &["--state-at", date]);
        assert!(out.contains("left out (--state-at)"), "{out}");
        let want_p = init(d, &format!("nas_want_{date}"));
        import(&want_p, full_state, &["-q"]);
        for name in ["parcels", "buildings"] {
            let strip = |s: State| -> BTreeMap<(String, String), String> {
                s.into_iter().map(|(k, (_, g))| (k, g)).collect()
            };
            assert_eq!(
                strip(state(&layer(&q, name), false)),
                strip(state(&layer(&want_p, name), true)),
                "{name} at {date}"
            );
        }
    }
    // --state-at selects from data with history; an update is applied, not selected from.
    let r = saale(&[
        "-p",
        fin.to_str().unwrap(),
        "import",
        n1.to_str().unwrap(),
        "--state-at",
        "2024-02-15",
    ]);
    assert!(!r.status.success());
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("--state-at selects from data with history"),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    // A layer without history has nothing to select from.
    let bad = saale(&[
        "-p",
        fin.to_str().unwrap(),
        "import",
        common::root()
            .join("data/jena/statbez.geojson")
            .to_str()
            .unwrap(),
        "--state-at",
        "2024-01-01",
    ]);
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("--state-at needs data with history"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );

    // The full delivery changes (parcel 6 added): refresh imports it again and applies the
    // three deliveries again, in order.
    let p6 = parcel(6, t0, "000000", 40.0);
    std::fs::write(
        &s0,
        full(&[&p[0], &p[1], &p[2], &p[3], &p6, &b[0], &b[1], &b[2]]),
    )
    .unwrap();
    let r = saale_ok(&["-p", h.to_str().unwrap(), "refresh"]);
    assert!(r.contains("s0.xml changed"), "{r}");
    let e = Project::open(&h).unwrap().entry("parcels").unwrap().clone();
    assert_eq!(e.provenance.deliveries.len(), 3);
    let hp2 = layer(&h, "parcels");
    assert_eq!(ended(&hp2), ended(&hp));
    let mut want = state(&layer(&fin, "parcels"), true);
    let ours = state(&hp2, true);
    assert_eq!(ours.len(), want.len() + 1);
    let k6 = ("DETHJENA0000P006".to_string(), instant(t0));
    assert!(ours.contains_key(&k6));
    want.insert(k6.clone(), ours[&k6].clone());
    assert!(ours == want);
    assert_eq!(state(&layer(&h, "buildings"), false), state(&hb, false));
    let r = saale_ok(&["-p", h.to_str().unwrap(), "refresh", "--dry-run"]);
    assert!(r.contains("everything is current"), "{r}");

    // GDAL's NAS driver reads the same objects from each delivery: the new versions per
    // type, and one entry of its Delete layer per replace, update and delete.
    if !require("ogrinfo") {
        return;
    }
    for (file, gebaeude, flurstueck, deletes) in [
        (&n1, 2, 0, 1),
        (&n2, 0, 2, 3),
        (&n3, 1, 0, 3),
        (&s3, 3, 4, 0),
    ] {
        let g = gdal_counts(file);
        assert_eq!(
            g.get("AX_Gebaeude").copied().unwrap_or(0),
            gebaeude,
            "{file:?} {g:?}"
        );
        assert_eq!(
            g.get("AX_Flurstueck").copied().unwrap_or(0),
            flurstueck,
            "{file:?} {g:?}"
        );
        assert_eq!(
            g.get("Delete").copied().unwrap_or(0),
            deletes,
            "{file:?} {g:?}"
        );
    }
    // GDAL reads the end that N2's update sets on parcel 2 as saale applied it.
    let out = Command::new("ogrinfo")
        .args(["-ro", "-al"])
        .arg(&n2)
        .arg("Delete")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let gdal_endet: Vec<String> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("endet (String) = "))
        .map(instant)
        .collect();
    let p2_endet: Vec<String> = ended(&hp)
        .into_iter()
        .filter(|e| e.0 == "DETHJENA0000P002")
        .map(|e| e.1)
        .collect();
    assert_eq!(gdal_endet, p2_endet, "{text}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let t = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}
