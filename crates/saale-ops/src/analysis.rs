//! The analysis steps: join, count, nearest, buffer, dissolve, overlay, catchment, coverage,
//! zonal statistics, grid. Each reads layers of the project (only the parts it needs, through
//! the layer index) and writes its result with provenance.

use saale_analysis as an;
use saale_model::{Bbox, Layer};
use saale_store::{LayerKind, Project};

use crate::outcome::{grouped, Outcome};
use crate::step::{
    BufferParams, CatchmentParams, CountParams, CoverageParams, DissolveParams, GridKindParam,
    GridParams, JoinParams, NearestParams, OverlayParams, Step, Target, ZonalParams,
};
use crate::write::{write_result, Result_};
use crate::{Error, Result};

/// Point geometry types, as the catalog counts them.
pub(crate) const POINTS: &[&str] = &["Point", "MultiPoint"];
const POLYGONS: &[&str] = &["Polygon", "MultiPolygon"];

/// A layer the step needs geometries of: a table is an error.
pub(crate) fn vector_entry(p: &Project, name: &str, verb: &str) -> Result<()> {
    if p.entry(name)?.kind == LayerKind::Table {
        return Err(Error::Table {
            layer: name.to_string(),
            verb: verb.to_string(),
        });
    }
    Ok(())
}

/// Read a layer the step needs geometries of.
pub(crate) fn read_vector(p: &Project, name: &str, verb: &str) -> Result<Layer> {
    vector_entry(p, name, verb)?;
    Ok(p.read_layer(name)?)
}

/// [`Project::read_layer_near`] for a layer the step needs geometries of.
pub(crate) fn read_vector_near(
    p: &Project,
    name: &str,
    verb: &str,
    columns: Option<&[&str]>,
    boxes: &[Bbox],
) -> Result<Layer> {
    vector_entry(p, name, verb)?;
    Ok(p.read_layer_near(name, columns, boxes)?)
}

/// Whether the whole layer (by the catalog) holds geometries of one of the `wanted` types.
pub(crate) fn holds(p: &Project, name: &str, wanted: &[&str]) -> Result<bool> {
    Ok(p.entry(name)?
        .geometry_types
        .keys()
        .any(|t| wanted.contains(&t.as_str())))
}

/// A step refuses a layer without geometries of the `wanted` types (`what`).
pub(crate) fn require_types(
    p: &Project,
    name: &str,
    verb: &str,
    wanted: &[&str],
    what: &str,
) -> Result<()> {
    vector_entry(p, name, verb)?;
    if !holds(p, name, wanted)? {
        let types = &p.entry(name)?.geometry_types;
        let held: Vec<String> = types.iter().map(|(t, n)| format!("{n} {t}")).collect();
        return Err(Error::MissingGeometry {
            layer: name.to_string(),
            held: if held.is_empty() {
                "no geometries".to_string()
            } else {
                held.join(", ")
            },
            verb: verb.to_string(),
            what: what.to_string(),
        });
    }
    Ok(())
}

fn require_polygons(p: &Project, name: &str, verb: &str) -> Result<()> {
    require_types(p, name, verb, POLYGONS, "polygons")
}

/// The boxes of a layer's geometries grown by `d`: where features that can meet them lie.
pub(crate) fn boxes_of(l: &Layer, d: f64) -> Vec<Bbox> {
    l.features
        .iter()
        .filter_map(|f| f.geometry.as_ref().map(|g| Bbox::of(g).grown(d)))
        .collect()
}

fn result<'a>(
    step: &'a Step,
    rows: &'a dyn saale_model::Rows,
    inputs: &[&str],
    note: String,
) -> Result_<'a> {
    Result_::new(step, rows, inputs, note, &[])
}

pub(crate) fn join(
    p: &mut Project,
    step: &Step,
    a: &JoinParams,
    target: &Target,
) -> Result<Outcome> {
    let pred: an::Predicate = a.predicate.parse()?;
    if matches!(pred, an::Predicate::DWithin(_)) {
        an::require_projected(p.crs(), "join with dwithin")?;
    }
    let aggs: Vec<an::Aggregate> = a
        .summary
        .iter()
        .map(|s| s.parse())
        .collect::<std::result::Result<_, _>>()?;
    // A summary needs only the fields it aggregates; source features far from every target
    // are not read when the source's index can tell.
    let columns: Vec<&str> = aggs
        .iter()
        .filter_map(|a| match a {
            an::Aggregate::Count => None,
            an::Aggregate::Sum(f)
            | an::Aggregate::Mean(f)
            | an::Aggregate::Min(f)
            | an::Aggregate::Max(f) => Some(f.as_str()),
        })
        .collect();
    let columns = (!aggs.is_empty()).then_some(&columns[..]);
    let t = read_vector(p, &a.target, "join")?;
    let s = read_vector_near(p, &a.source, "join", columns, &boxes_of(&t, pred.reach()))?;
    let r = an::spatial_join(
        &t,
        &s,
        &a.source,
        pred,
        a.left,
        (!aggs.is_empty()).then_some(&aggs[..]),
    )?;
    let note = format!(
        "predicate {}: target {} source; boundaries count as shared for intersects and touches",
        pred.name(),
        pred.name()
    );
    write_result(p, &result(step, &r, &[&a.target, &a.source], note), target)
}

pub(crate) fn count(
    p: &mut Project,
    step: &Step,
    a: &CountParams,
    target: &Target,
) -> Result<Outcome> {
    let wanted: Vec<&str> = a.weight.iter().map(String::as_str).collect();
    require_polygons(p, &a.polygons, "count")?;
    require_types(p, &a.points, "count", POINTS, "points")?;
    let pl = read_vector(p, &a.polygons, "count")?;
    // Of the points only the geometry and the weight are needed, and only near the polygons.
    let pt = read_vector_near(p, &a.points, "count", Some(&wanted), &boxes_of(&pl, 0.0))?;
    let (r, stats) = an::count_points_rows(&pl, &pt, &a.points, a.weight.as_deref())?;
    let note = "a point counts in every polygon that holds it; on a boundary where a step in +x (then +y) goes in, so once on a shared edge".to_string();
    let mut res = result(step, &r, &[&a.polygons, &a.points], note);
    if stats.points_in_several > 0 {
        res.warnings.push(format!(
            "{} of {} points lie in more than one polygon (the polygons overlap): the counts add up to {} (point, polygon) pairs, not to the number of points",
            grouped(stats.points_in_several as f64),
            grouped(stats.points_held as f64),
            grouped(stats.pairs as f64)
        ));
    }
    let mut out = write_result(p, &res, target)?;
    out.figures
        .insert("points".into(), pt.features.len() as f64);
    out.figures
        .insert("points_counted".into(), stats.points_held as f64);
    out.figures.insert("pairs".into(), stats.pairs as f64);
    out.figures
        .insert("points_in_several".into(), stats.points_in_several as f64);
    Ok(out)
}

pub(crate) fn nearest(
    p: &mut Project,
    step: &Step,
    a: &NearestParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "nearest")?;
    let (f, t) = (
        read_vector(p, &a.from, "nearest")?,
        read_vector(p, &a.to, "nearest")?,
    );
    let r = an::nearest_rows(&f, &t, a.k, a.max_distance)?;
    write_result(
        p,
        &result(
            step,
            &r,
            &[&a.from, &a.to],
            "Euclidean distance in the working CRS; ties by feature order".into(),
        ),
        target,
    )
}

pub(crate) fn buffer(
    p: &mut Project,
    step: &Step,
    a: &BufferParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "buffer")?;
    let l = read_vector(p, &a.layer, "buffer")?;
    let r = an::buffer(&l, a.distance, a.dissolve)?;
    write_result(
        p,
        &result(step, &r, &[&a.layer], "round joins and caps".into()),
        target,
    )
}

pub(crate) fn dissolve(
    p: &mut Project,
    step: &Step,
    a: &DissolveParams,
    target: &Target,
) -> Result<Outcome> {
    require_polygons(p, &a.layer, "dissolve")?;
    let l = read_vector(p, &a.layer, "dissolve")?;
    let r = an::dissolve(&l, &a.layer, &a.by)?;
    write_result(
        p,
        &result(step, &r, &[&a.layer], "union of polygons per value".into()),
        target,
    )
}

pub(crate) fn overlay(
    p: &mut Project,
    step: &Step,
    a: &OverlayParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "overlay")?;
    let m: an::OverlayMode = a.mode.parse()?;
    for n in [&a.a, &a.b] {
        require_polygons(p, n, "overlay")?;
    }
    let (la, lb) = (
        read_vector(p, &a.a, "overlay")?,
        read_vector(p, &a.b, "overlay")?,
    );
    let r = an::overlay_rows(&la, &lb, (&a.a, &a.b), m, &a.interpolate, a.dasymetric)?;
    // Account for the interpolated weight of A: what found no B is in no piece.
    let mut warnings = Vec::new();
    if m == an::OverlayMode::Intersection {
        let placed = r.placed_share_a();
        for f in &a.interpolate {
            let Some(fi) = la.schema.index_of(f) else {
                continue;
            };
            let (mut total, mut lost, mut features) = (0.0, 0.0, 0usize);
            for (feat, share) in la.features.iter().zip(&placed) {
                let v = feat.value(fi).as_f64().unwrap_or(0.0);
                total += v;
                let l = v * (1.0 - share.min(1.0));
                if l > 1e-9 * v.abs().max(1.0) {
                    lost += l;
                    features += 1;
                }
            }
            if total > 0.0 && lost > 0.5e-6 * total {
                warnings.push(format!(
                    "{} of {} {f} ({:.1} %) in {} feature(s) of {} found no {} and are in no piece",
                    grouped(lost),
                    grouped(total),
                    100.0 * lost / total,
                    features,
                    a.a,
                    a.b
                ));
            }
        }
    }
    let note = format!(
        "{}; interpolated by {} area share: {}",
        a.mode,
        if a.dasymetric { "covered" } else { "whole" },
        if a.interpolate.is_empty() {
            "none".into()
        } else {
            a.interpolate.join(",")
        }
    );
    let mut res = result(step, &r, &[&a.a, &a.b], note);
    res.warnings = warnings;
    write_result(p, &res, target)
}

fn network(p: &Project, name: Option<&str>, verb: &str) -> Result<Option<Layer>> {
    name.map(|n| read_vector(p, n, verb)).transpose()
}

pub(crate) fn catchment(
    p: &mut Project,
    step: &Step,
    a: &CatchmentParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "catchment")?;
    let fl = read_vector(p, &a.facilities, "catchment")?;
    let net = network(p, a.network.as_deref(), "catchment")?;
    let net = net.as_ref().map(an::Network::from_layer).transpose()?;
    let r = an::catchment(&fl, a.distance, net.as_ref(), a.corridor)?;
    let mut inputs = vec![a.facilities.as_str()];
    if let Some(n) = &a.network {
        inputs.push(n);
    }
    let note = match &a.network {
        Some(n) => format!(
            "walking distance along {n} (legs to and from the network included), corridor {} m",
            a.corridor
        ),
        None => "Euclidean distance".into(),
    };
    write_result(p, &result(step, &r, &inputs, note), target)
}

pub(crate) fn coverage(
    p: &mut Project,
    step: &Step,
    a: &CoverageParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "coverage")?;
    if a.facilities.is_empty() {
        return Err(Error::Invalid(
            "coverage needs at least one facility layer".into(),
        ));
    }
    let pts = read_vector(p, &a.points, "coverage")?;
    let fls: Vec<Layer> = a
        .facilities
        .iter()
        .map(|f| read_vector(p, f, "coverage"))
        .collect::<Result<_>>()?;
    let refs: Vec<&Layer> = fls.iter().collect();
    let net = network(p, a.network.as_deref(), "coverage")?;
    let net = net.as_ref().map(an::Network::from_layer).transpose()?;
    let d = an::distances_to_nearest(&pts, &refs, net.as_ref());
    let dl = a
        .districts
        .as_deref()
        .map(|n| read_vector(p, n, "coverage"))
        .transpose()?;
    let r = an::coverage(
        &pts,
        &a.points,
        &d,
        a.distance,
        dl.as_ref(),
        a.weight.as_deref(),
        a.weight.is_some().then_some(a.min_count),
    )?;
    let mut inputs: Vec<&str> = vec![a.points.as_str()];
    inputs.extend(a.facilities.iter().map(String::as_str));
    if let Some(n) = &a.network {
        inputs.push(n);
    }
    if let Some(n) = &a.districts {
        inputs.push(n);
    }
    let note = match &a.network {
        Some(n) => format!(
            "walking distance along {n} (legs to and from the network included) <= {} m",
            a.distance
        ),
        None => format!("Euclidean distance <= {} m", a.distance),
    };
    // Weighted by a count of persons or households, the totals are such counts too.
    let weighted_counts = a.weight.as_ref().is_some_and(|w| {
        p.entry(&a.points)
            .is_ok_and(|e| e.access.counts.contains(w))
    });
    let mut res = result(step, &r, &inputs, note);
    if weighted_counts {
        res.extra_counts = vec!["total".into(), "covered".into()];
    }
    // Headline: covered of all (weighted) points.
    let (mut total, mut covered) = (0.0, 0.0);
    let wi = a.weight.as_deref().and_then(|w| pts.schema.index_of(w));
    for (f, dist) in pts.features.iter().zip(&d) {
        let w = wi.map_or(Some(1.0), |i| f.value(i).as_f64()).unwrap_or(0.0);
        total += w;
        if *dist <= a.distance {
            covered += w;
        }
    }
    let mut out = write_result(p, &res, target)?;
    let what = if a.weight.is_some() {
        a.weight.clone().unwrap_or_default()
    } else {
        "features".into()
    };
    if total > 0.0 {
        out.headlines.push(format!(
            "{} of {} {what} ({:.1} %) within {} m",
            grouped(covered),
            grouped(total),
            100.0 * covered / total,
            a.distance
        ));
    }
    out.figures.insert("total".into(), total);
    out.figures.insert("covered".into(), covered);
    Ok(out)
}

pub(crate) fn zonal(
    p: &mut Project,
    step: &Step,
    a: &ZonalParams,
    target: &Target,
) -> Result<Outcome> {
    let st: Vec<an::ZonalStat> = a
        .stats
        .iter()
        .map(|s| s.parse())
        .collect::<std::result::Result<_, _>>()?;
    let rc = a
        .raster_crs
        .as_deref()
        .map(saale_crs::Crs::parse)
        .transpose()?;
    require_polygons(p, &a.polygons, "zonal")?;
    let l = read_vector(p, &a.polygons, "zonal")?;
    // A relative raster path is relative to the project.
    let raster = if a.raster.is_relative() {
        p.dir().join(&a.raster)
    } else {
        a.raster.clone()
    };
    let r = an::zonal(&l, &raster, p.crs(), rc.as_ref(), &st)?;
    let note = format!(
        "raster {} band 1; pixel centres inside the polygon",
        a.raster.display()
    );
    write_result(p, &result(step, &r, &[&a.polygons], note), target)
}

pub(crate) fn grid(
    p: &mut Project,
    step: &Step,
    a: &GridParams,
    target: &Target,
) -> Result<Outcome> {
    an::require_projected(p.crs(), "grid")?;
    let kind = match a.kind {
        GridKindParam::Inspire => an::GridKind::Inspire,
        GridKindParam::Hex => an::GridKind::Hex,
        GridKindParam::Square => an::GridKind::Square,
    };
    let ext = read_vector(p, &a.extent, "grid")?;
    let bbox: Bbox = ext.bbox();
    // A kept cell meets an extent feature and is at most 2 cells across (a hexagon 1.15, an
    // INSPIRE square turned into the working CRS about 1.42), so the features an aggregate can
    // add to a cell lie in the extent features' boxes grown by 2 cells.
    let near = boxes_of(&ext, 2.0 * a.cell);
    let mut layers = Vec::new();
    let mut names = vec![a.extent.clone()];
    for spec in &a.aggregate {
        let (name, field) = match spec.split_once(':') {
            Some((n, f)) => (n.to_string(), Some(f.to_string())),
            None => (spec.clone(), None),
        };
        let columns: Vec<&str> = field.as_deref().into_iter().collect();
        let l = read_vector_near(p, &name, "grid", Some(&columns), &near)?;
        // Points or polygons: what the whole layer holds, not the part read.
        let points = holds(p, &name, POINTS)?;
        layers.push((name.clone(), l, field, points));
        names.push(name);
    }
    let aggs: Vec<an::GridAggregate<'_>> = layers
        .iter()
        .map(|(n, l, f, points)| an::GridAggregate {
            name: n.clone(),
            layer: l,
            field: f.clone(),
            points: Some(*points),
        })
        .collect();
    let r = an::grid(
        an::GridSpec { cell: a.cell, kind },
        &bbox,
        Some(&ext),
        p.crs(),
        &aggs,
    )?;
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut res = result(
        step,
        &r,
        &refs,
        "grid: points counted once per cell (the boundary rule of count)".into(),
    );
    res.grid = true;
    write_result(p, &res, target)
}
