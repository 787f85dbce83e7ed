//! `saale layers` and `saale info`.

use anyhow::Result;
use saale_store::{LayerKind, Project};

/// `saale layers`.
pub(crate) fn layers(p: &Project, json: bool) -> Result<()> {
    let cat = p.catalog();
    if json {
        let list: Vec<serde_json::Value> = cat
            .layers
            .iter()
            .map(|(name, e)| {
                let mut v = serde_json::to_value(e).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("name".into(), name.clone().into());
                    o.remove("fields");
                }
                v
            })
            .collect();
        let doc = serde_json::json!({
            "project": cat.project.name,
            "crs": cat.project.crs,
            "layers": list,
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
        return Ok(());
    }
    println!(
        "project '{}' ({}), {} layer(s)",
        cat.project.name,
        cat.project.crs,
        cat.layers.len()
    );
    println!(
        "{:<22} {:<6} {:>7}  {:<8} {:<13} GEOMETRY",
        "LAYER", "KIND", "COUNT", "ACCESS", "LICENCE"
    );
    for (name, e) in &cat.layers {
        let geom = e
            .geometry_types
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", ");
        println!(
            "{:<22} {:<6} {:>7}  {:<8} {:<13} {}",
            name,
            match e.kind {
                LayerKind::Vector => "vector",
                LayerKind::Table => "table",
            },
            e.feature_count,
            if e.public { "public" } else { "internal" },
            e.licence,
            if geom.is_empty() { "-".into() } else { geom },
        );
    }
    Ok(())
}

/// `saale info LAYER`.
pub(crate) fn info(p: &Project, name: &str, json: bool) -> Result<()> {
    let e = p.entry(name)?;
    if json {
        let mut v = serde_json::to_value(e)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("name".into(), name.into());
            o.insert("crs".into(), p.crs().to_string().into());
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
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
    println!(
        "access:       {}",
        if e.public { "public" } else { "internal" }
    );
    if !e.internal_fields.is_empty() {
        println!("internal:     {}", e.internal_fields.join(", "));
    }
    if !e.counts.is_empty() {
        let pol = p.catalog().policy();
        println!(
            "counts:       {} (persons/households; public outputs suppress cells below {}{})",
            e.counts.join(", "),
            if e.grid {
                pol.grid_min_count
            } else {
                pol.min_count
            },
            if e.counts_additive {
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
    println!("file:         {}", e.file);
    println!("sources:");
    for s in &e.sources {
        println!(
            "  {} ({}, {} features, sha256 {})",
            s.path,
            s.format,
            s.features,
            &s.sha256[..16.min(s.sha256.len())]
        );
    }
    println!("fields:");
    for f in &e.fields {
        println!("  {:<32} {}", f.name, f.ty);
    }
    Ok(())
}
