//! `saale layers` and `saale info`.

use std::io::Write as _;

use anyhow::Result;
use saale_store::{LayerKind, Project};

use crate::Out;

/// `saale layers`.
pub(crate) fn layers(p: &Project, verbose: bool, out: &Out) -> Result<()> {
    let cat = p.catalog();
    if out.json {
        let list: Vec<serde_json::Value> = cat
            .layers
            .iter()
            .map(|(name, e)| {
                let mut v = serde_json::to_value(e).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("name".into(), name.clone().into());
                    o.remove("fields");
                    if !verbose {
                        o.remove("sources");
                        o.remove("report");
                    }
                }
                v
            })
            .collect();
        let doc = serde_json::json!({
            "project": cat.project.name,
            "crs": cat.project.crs,
            "layers": list,
        });
        return out.json(&doc);
    }
    let mut so = std::io::stdout().lock();
    writeln!(
        so,
        "project '{}' ({}), {} layer(s)",
        cat.project.name,
        cat.project.crs,
        cat.layers.len()
    )?;
    writeln!(
        so,
        "{:<22} {:<6} {:>7}  {:<8} {:<13} GEOMETRY",
        "LAYER", "KIND", "COUNT", "ACCESS", "LICENCE"
    )?;
    for (name, e) in &cat.layers {
        let geom = e
            .geometry_types
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", ");
        writeln!(
            so,
            "{:<22} {:<6} {:>7}  {:<8} {:<13} {}",
            name,
            match e.kind {
                LayerKind::Vector => "vector",
                LayerKind::Table => "table",
            },
            e.feature_count,
            e.access.level.to_string(),
            e.licence,
            if geom.is_empty() { "-".into() } else { geom },
        )?;
        if verbose {
            for s in &e.sources {
                writeln!(
                    so,
                    "    source {} ({}, sha256 {})",
                    s.path, s.format, s.sha256
                )?;
            }
        }
    }
    Ok(())
}

/// `saale info LAYER`.
pub(crate) fn info(p: &Project, name: &str, verbose: bool, out: &Out) -> Result<()> {
    let e = p.entry(name)?;
    if out.json {
        let mut v = serde_json::to_value(e)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("name".into(), name.into());
            o.insert("crs".into(), p.crs().to_string().into());
            if !verbose {
                o.remove("report");
            }
        }
        return out.json(&v);
    }
    let mut so = std::io::stdout().lock();
    macro_rules! println {
        ($($t:tt)*) => { writeln!(so, $($t)*)? };
    }
    println!("layer:        {name} ({:?})", e.kind);
    println!("features:     {}", e.feature_count);
    if let Some(b) = e.bbox {
        println!("crs:          {} (source: {})", p.crs(), e.source_crs);
        println!(
            "extent:       {:.3}, {:.3} .. {:.3}, {:.3}",
            b[0], b[1], b[2], b[3]
        );
    }
    for (k, v) in &e.geometry_types {
        println!("geometry:     {v} x {k}");
    }
    println!(
        "invalid:      {} (skipped {})",
        e.invalid_geometries, e.skipped
    );
    let a = &e.access;
    println!("access:       {}", a.level);
    if !a.internal_fields.is_empty() {
        println!("internal:     {}", a.internal_fields.join(", "));
    }
    if !a.counts.is_empty() {
        let pol = p.catalog().policy();
        println!(
            "counts:       {} (persons/households; public outputs suppress cells below {}{})",
            a.counts.join(", "),
            a.threshold(&pol),
            if a.counts_additive {
                ", rows additive"
            } else {
                ""
            }
        );
    }
    println!("licence:      {}", e.licence);
    println!("attribution:  {}", e.attribution);
    if !e.as_of.is_empty() {
        println!("as of:        {}", e.as_of);
    }
    println!("imported at:  {}", e.imported_at);
    println!("provenance:   {}", e.provenance);
    for d in &e.provenance.deliveries {
        for f in &d.files {
            println!(
                "NBA delivery: {} (datum {}{}{}), applied {}{}: {} added, {} {}, {} matched nothing",
                f.path,
                if f.datum.is_empty() { "?" } else { &f.datum },
                match (f.portion, f.portions) {
                    (Some(n), Some(m)) => format!(", portion {n} of {m}"),
                    (Some(n), None) => format!(", portion {n}"),
                    _ => String::new(),
                },
                if f.profilkennung.is_empty() {
                    String::new()
                } else {
                    format!(", profile {}", f.profilkennung)
                },
                d.applied_at,
                if d.history { " with history" } else { "" },
                d.inserted,
                d.ended,
                if d.history { "ended" } else { "removed" },
                d.unmatched
            );
        }
    }
    for w in &e.provenance.warnings {
        println!("warning:      {w}");
    }
    println!("file:         {}", e.file);
    if !verbose {
        println!(
            "sources:      {} file(s) (--verbose lists them with their hashes)",
            e.sources.len()
        );
    } else {
        println!("sources:");
    }
    for s in e.sources.iter().filter(|_| verbose) {
        println!(
            "  {} ({}, {} features, sha256 {})",
            s.path, s.format, s.features, s.sha256
        );
    }
    println!("fields:");
    for f in &e.fields {
        println!("  {:<32} {}", f.name, f.ty);
    }
    if let Some(r) = e.report.as_ref().filter(|_| verbose) {
        println!("import report:");
        for (what, m) in [("read", &r.read), ("written", &r.written)] {
            for (k, v) in m {
                println!("  {what:<9} {v} x {k}");
            }
        }
        for (what, m) in [("repaired", &r.repaired), ("skipped", &r.skipped)] {
            for (k, v) in m {
                println!("  {what:<9} {v} x {k}");
                for place in r.places.get(k).into_iter().flatten() {
                    println!("    at {place}");
                }
            }
        }
        for n in &r.notes {
            println!("  warning   {n}");
        }
    }
    Ok(())
}
