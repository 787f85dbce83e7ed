//! The analysis verbs: join, count, nearest, buffer, dissolve, overlay, grid. Each reads layers
//! of the project and writes its result as a new layer (`--out NAME`, with provenance) or as a
//! file (`--to FILE`, any export format).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use saale_analysis as an;
use saale_model::{Bbox, Layer, Rows};
use saale_store::{LayerEntry, LayerKind, Project};

use crate::say;

/// Where a result goes.
#[derive(Args, Debug, Clone)]
#[group(required = true, multiple = false)]
pub(crate) struct Output {
    /// Name of the new layer in the project.
    #[arg(long)]
    pub out: Option<String>,
    /// Write a file instead (.gpkg .fgb .geojson .parquet .csv).
    #[arg(long)]
    pub to: Option<PathBuf>,
}

/// The analysis verbs (named after the QGIS Processing tools).
#[derive(Subcommand, Debug)]
pub(crate) enum Verb {
    /// Join attributes by location: TARGET features with the SOURCE features that satisfy the
    /// predicate (one row per match, or one row per target with --summary).
    Join {
        /// Target layer (its geometry is kept).
        target: String,
        /// Source layer (its attributes are added).
        source: String,
        /// intersects | within | contains | touches | dwithin:METRES (target PREDICATE source).
        #[arg(long, default_value = "intersects")]
        predicate: String,
        /// Keep target features without a match (left join).
        #[arg(long)]
        left: bool,
        /// Summaries instead of one row per match: count, sum:F, mean:F, min:F, max:F.
        #[arg(long, value_delimiter = ',')]
        summary: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Count points in polygons (or sum a field of the points); a point on a shared boundary is
    /// counted once.
    Count {
        /// Polygon layer.
        polygons: String,
        /// Point layer.
        points: String,
        /// Sum this numeric field of the points instead of counting.
        #[arg(long)]
        weight: Option<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Join by nearest: the k nearest TO features of each FROM feature, with the distance.
    Nearest {
        /// Layer whose features look for neighbours.
        from: String,
        /// Layer of candidate neighbours.
        to_layer: String,
        /// Number of neighbours.
        #[arg(short, default_value_t = 1)]
        k: usize,
        /// Ignore neighbours further away (metres).
        #[arg(long)]
        max_distance: Option<f64>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Buffer every feature by a distance (metres).
    Buffer {
        /// Layer.
        layer: String,
        /// Distance in metres.
        #[arg(long)]
        distance: f64,
        /// Merge all buffers into one feature.
        #[arg(long)]
        dissolve: bool,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Dissolve polygons by a field's value.
    Dissolve {
        /// Layer.
        layer: String,
        /// Field whose values define the groups.
        #[arg(long)]
        by: String,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Overlay two polygon layers: intersection, union or difference, with area-weighted
    /// interpolation of extensive fields (households, inhabitants).
    Overlay {
        /// Layer A.
        a: String,
        /// Layer B.
        b: String,
        /// intersection | union | difference (A minus B).
        #[arg(long, default_value = "intersection")]
        mode: String,
        /// Extensive numeric fields to split by area share.
        #[arg(long, value_delimiter = ',')]
        interpolate: Vec<String>,
        /// Split by the share of the part the other layer covers, so each feature's whole value
        /// lands on the intersection pieces (e.g. households only onto residential land).
        #[arg(long, requires = "interpolate")]
        dasymetric: bool,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Catchment areas of facilities: circles, or the streets reachable within the distance
    /// along a network (buffered into a corridor).
    Catchment {
        /// Facility layer (points; polygons by a point inside).
        facilities: String,
        /// Distance in metres.
        #[arg(long)]
        distance: f64,
        /// Street layer to walk along (e.g. the OSM `streets` layer; non-walkable ways are left
        /// out). Default: Euclidean distance.
        #[arg(long)]
        network: Option<String>,
        /// Half width of the corridor around reachable streets (metres).
        #[arg(long, default_value_t = 25.0)]
        corridor: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Coverage: which share of the points (or households, with --weight) lies within the
    /// distance of the nearest facility, per district or per point.
    Coverage {
        /// Points (polygons count by a point inside, e.g. land-use pieces with households).
        points: String,
        /// Facility layers, comma-separated (e.g. bus,tram).
        #[arg(value_delimiter = ',')]
        facilities: Vec<String>,
        /// Distance in metres.
        #[arg(long)]
        distance: f64,
        /// Street layer to walk along (default: Euclidean distance).
        #[arg(long)]
        network: Option<String>,
        /// Polygon layer to summarise by (e.g. statbez); without it every point gets its
        /// distance and a covered flag.
        #[arg(long)]
        districts: Option<String>,
        /// Numeric field of the points to weight by (e.g. households). Weighted results are
        /// counts of people or households: districts below --min-count are suppressed.
        #[arg(long)]
        weight: Option<String>,
        /// Disclosure control for weighted results: districts with fewer than this many
        /// (households, persons) are suppressed (values empty, `suppressed` true).
        #[arg(long, default_value_t = 3.0)]
        min_count: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Zonal statistics: statistics of a raster's pixel values (band 1) per polygon; a pixel
    /// counts when its centre lies inside.
    Zonal {
        /// Polygon layer.
        polygons: String,
        /// Raster file (GeoTIFF or anything GDAL reads).
        raster: PathBuf,
        /// Statistics: count, mean, min, max, sum.
        #[arg(long, value_delimiter = ',', default_value = "count,mean,min,max")]
        stats: Vec<String>,
        /// CRS of the raster when the file names none.
        #[arg(long)]
        raster_crs: Option<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Create a grid (square, hexagonal, or the INSPIRE grid in EPSG:3035) and aggregate layers
    /// onto it.
    Grid {
        /// Cell size in metres (hexagons: distance between centres).
        #[arg(long)]
        cell: f64,
        /// INSPIRE/Zensus grid in EPSG:3035 with ids like CRS3035RES100mN2689100E4337000.
        #[arg(long, conflicts_with = "hex")]
        inspire: bool,
        /// Hexagons instead of squares.
        #[arg(long)]
        hex: bool,
        /// Layer whose extent the grid covers (cells not touching its features are dropped).
        #[arg(long)]
        extent: String,
        /// Layers to aggregate per cell: LAYER (points: count; polygons: area and share) or
        /// LAYER:FIELD (points: sum; polygons: area-weighted share of the field).
        #[arg(long)]
        aggregate: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
}

fn join_text(parts: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for p in parts {
        if !p.is_empty() && !out.contains(p) {
            out.push(p);
        }
    }
    out.join("; ")
}

/// Write `result` as a layer or a file, with provenance and the protection of the inputs.
pub(crate) fn write_result(
    project: &mut Project,
    result: &dyn Rows,
    output: &Output,
    replace: bool,
    inputs: &[&str],
    note: &str,
    quiet: bool,
) -> Result<()> {
    write_result_counts(project, result, output, replace, inputs, note, &[], quiet)
}

/// [`write_result`] with `extra_counts`: result fields that hold counts of persons or
/// households although their names do not say so (`total`, `covered` of a weighted coverage).
#[allow(clippy::too_many_arguments)]
pub(crate) fn write_result_counts(
    project: &mut Project,
    result: &dyn Rows,
    output: &Output,
    replace: bool,
    inputs: &[&str],
    note: &str,
    extra_counts: &[&str],
    quiet: bool,
) -> Result<()> {
    let entries: Vec<LayerEntry> = inputs
        .iter()
        .map(|n| project.entry(n).cloned())
        .collect::<Result<_, _>>()?;
    let public = entries.iter().all(|e| e.public);
    let personal = entries.iter().any(|e| e.personal);
    let provenance = format!(
        "{} [inputs: {}; {note}]",
        std::env::args().collect::<Vec<_>>().join(" "),
        inputs.join(", ")
    );
    let mut e = LayerEntry::new(LayerKind::Vector);
    e.source_crs = project.crs().to_string();
    e.licence = join_text(
        &entries
            .iter()
            .map(|e| e.licence.as_str())
            .collect::<Vec<_>>(),
    );
    e.attribution = join_text(
        &entries
            .iter()
            .map(|e| e.attribution.as_str())
            .collect::<Vec<_>>(),
    );
    e.as_of = entries
        .iter()
        .map(|e| e.as_of.clone())
        .max()
        .unwrap_or_default();
    e.public = public;
    e.personal = personal;
    e.provenance = provenance;
    let names: Vec<String> = result
        .schema()
        .fields()
        .iter()
        .map(|f| f.name.clone())
        .collect();
    let counts: Vec<String> = entries
        .iter()
        .flat_map(|e| e.counts.iter().cloned())
        .collect();
    e.counts = saale_privacy::inherit_counts(&names, &counts);
    for c in extra_counts {
        if names.iter().any(|n| n == c) && !e.counts.iter().any(|x| x == c) {
            e.counts.push((*c).to_string());
        }
    }
    // Shares next to counts are computed from them.
    if !e.counts.is_empty() {
        e.ratios = names
            .iter()
            .filter(|n| n.starts_with("share") || n.ends_with("_per_inhabitant"))
            .cloned()
            .collect();
    }
    e.counts_additive = entries.iter().any(|e| e.counts_additive);
    e.grid = entries.iter().any(|e| e.grid) || note.contains("grid");
    // Each source file once, even when several inputs derive from it.
    let mut seen = std::collections::HashSet::new();
    e.sources = entries
        .iter()
        .flat_map(|e| e.sources.iter().cloned())
        .filter(|s| seen.insert((s.path.clone(), s.sha256.clone())))
        .collect();
    if let Some(path) = &output.to {
        if personal || !public {
            bail!(
                "an input is internal{}; write the result with --out and export it with \
                 `saale export --allow-internal` (which is logged)",
                if personal {
                    " and holds personal data"
                } else {
                    ""
                }
            );
        }
        // A file is a public output: counts of persons or households are protected.
        let mut protected = result.to_layer();
        let prot = e.protect(&mut protected, &project.catalog().policy());
        if prot.primary + prot.secondary > 0 {
            say(
                quiet,
                format!(
                    "suppressed {} count cells below the threshold and {} more that totals would reveal",
                    prot.primary, prot.secondary
                ),
            );
        }
        let written = saale_store::export_layer(&protected, "result", project.crs(), None, path)
            .with_context(|| format!("writing {}", path.display()))?;
        say(
            quiet,
            format!(
                "wrote {} features to {} ({written})",
                result.len(),
                path.display()
            ),
        );
        return Ok(());
    }
    let Some(name) = &output.out else {
        bail!("give --out NAME or --to FILE");
    };
    project.write_rows(name, result, e, replace)?;
    say(
        quiet,
        format!("wrote {} features to layer '{name}'", result.len()),
    );
    Ok(())
}

/// A layer the verb needs geometries of: a table (rows without geometry) is an error.
fn read_vector(p: &Project, name: &str) -> Result<Layer> {
    vector_entry(p, name)?;
    Ok(p.read_layer(name)?)
}

/// [`Project::read_layer_near`] for a layer the verb needs geometries of.
fn read_vector_near(
    p: &Project,
    name: &str,
    columns: Option<&[&str]>,
    boxes: &[Bbox],
) -> Result<Layer> {
    vector_entry(p, name)?;
    Ok(p.read_layer_near(name, columns, boxes)?)
}

fn vector_entry(p: &Project, name: &str) -> Result<()> {
    if p.entry(name)?.kind == saale_store::LayerKind::Table {
        bail!(
            "layer '{name}' is a table without geometry; this verb needs a layer with \
             geometries (join-attributes joins a table onto one by key)"
        );
    }
    Ok(())
}

/// A verb on polygons refuses a layer that has none (it would give an empty result).
fn require_polygons(p: &Project, name: &str, verb: &str) -> Result<()> {
    require_types(p, name, verb, &["Polygon", "MultiPolygon"], "polygons")
}

/// Point geometry types, as the catalog counts them.
const POINTS: &[&str] = &["Point", "MultiPoint"];

/// Whether the whole layer (by the catalog) holds geometries of one of the `wanted` types.
fn holds(p: &Project, name: &str, wanted: &[&str]) -> Result<bool> {
    Ok(p.entry(name)?
        .geometry_types
        .keys()
        .any(|t| wanted.contains(&t.as_str())))
}

/// A verb refuses a layer without geometries of the `wanted` types (`what`).
fn require_types(p: &Project, name: &str, verb: &str, wanted: &[&str], what: &str) -> Result<()> {
    vector_entry(p, name)?;
    if !holds(p, name, wanted)? {
        let types = &p.entry(name)?.geometry_types;
        let held: Vec<String> = types.iter().map(|(t, n)| format!("{n} {t}")).collect();
        bail!(
            "layer '{name}' has no {what} (it holds {}); {verb} needs {what} there",
            if held.is_empty() {
                "no geometries".to_string()
            } else {
                held.join(", ")
            }
        );
    }
    Ok(())
}

/// The boxes of a layer's geometries grown by `d`: where features that can meet them (within
/// `d`) lie, for [`Project::read_layer_near`].
fn boxes_of(l: &Layer, d: f64) -> Vec<Bbox> {
    l.features
        .iter()
        .filter_map(|f| f.geometry.as_ref().map(|g| Bbox::of(g).grown(d)))
        .collect()
}

pub(crate) fn check_new(project: &Project, output: &Output, replace: bool) -> Result<()> {
    if let Some(n) = &output.out {
        saale_store::validate_layer_name(n)?;
        if !replace && project.catalog().layers.contains_key(n) {
            bail!("layer '{n}' exists already; use --replace to overwrite it");
        }
    }
    Ok(())
}

/// Run an analysis verb.
pub(crate) fn run(dir: &std::path::Path, verb: Verb, quiet: bool) -> Result<()> {
    let mut p = Project::open(dir)?;
    let crs = p.crs().clone();
    match verb {
        Verb::Join {
            target,
            source,
            predicate,
            left,
            summary,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let pred: an::Predicate = predicate.parse()?;
            if matches!(pred, an::Predicate::DWithin(_)) {
                an::require_projected(&crs, "join --predicate dwithin")?;
            }
            let aggs: Vec<an::Aggregate> = summary
                .iter()
                .map(|s| s.parse())
                .collect::<Result<_, _>>()?;
            // Source features far from every target (beyond the distance of `dwithin`) cannot
            // match; they are not read when the source's index can tell.
            // A summary needs only the fields it aggregates.
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
            let t = read_vector(&p, &target)?;
            let s = read_vector_near(&p, &source, columns, &boxes_of(&t, pred.reach()))?;
            let r = an::spatial_join(
                &t,
                &s,
                &source,
                pred,
                left,
                (!aggs.is_empty()).then_some(&aggs[..]),
            )?;
            let note = format!(
                "predicate {}: target {} source; boundaries count as shared for intersects and touches",
                pred.name(),
                pred.name()
            );
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&target, &source],
                &note,
                quiet,
            )
        }
        Verb::Count {
            polygons,
            points,
            weight,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            // Of the points only the geometry and the weight are needed.
            let wanted: Vec<&str> = weight.iter().map(String::as_str).collect();
            // Points far from every polygon are not read when the layer's index can tell.
            require_polygons(&p, &polygons, "count")?;
            require_types(&p, &points, "count", POINTS, "points")?;
            let pl = read_vector(&p, &polygons)?;
            let pt = read_vector_near(&p, &points, Some(&wanted), &boxes_of(&pl, 0.0))?;
            let r = an::count_points_rows(&pl, &pt, &points, weight.as_deref())?;
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&polygons, &points],
                "each point counted once: in the polygon whose interior holds it, else the first polygon whose boundary it lies on",
                quiet,
            )
        }
        Verb::Nearest {
            from,
            to_layer,
            k,
            max_distance,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "nearest")?;
            let (f, t) = (read_vector(&p, &from)?, read_vector(&p, &to_layer)?);
            let r = an::nearest_rows(&f, &t, k, max_distance)?;
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&from, &to_layer],
                "Euclidean distance in the working CRS; ties by feature order",
                quiet,
            )
        }
        Verb::Buffer {
            layer,
            distance,
            dissolve,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "buffer")?;
            let l = read_vector(&p, &layer)?;
            let r = an::buffer(&l, distance, dissolve)?;
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&layer],
                "round joins and caps",
                quiet,
            )
        }
        Verb::Dissolve {
            layer,
            by,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            require_polygons(&p, &layer, "dissolve")?;
            let l = read_vector(&p, &layer)?;
            let r = an::dissolve(&l, &layer, &by)?;
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &[&layer],
                "union of polygons per value",
                quiet,
            )
        }
        Verb::Overlay {
            a,
            b,
            mode,
            interpolate,
            dasymetric,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "overlay")?;
            let m: an::OverlayMode = mode.parse()?;
            for n in [&a, &b] {
                require_polygons(&p, n, "overlay")?;
            }
            let (la, lb) = (read_vector(&p, &a)?, read_vector(&p, &b)?);
            let r = an::overlay_rows(&la, &lb, (&a, &b), m, &interpolate, dasymetric)?;
            let note = format!(
                "{mode}; interpolated by {} area share: {}",
                if dasymetric { "covered" } else { "whole" },
                if interpolate.is_empty() {
                    "none".into()
                } else {
                    interpolate.join(",")
                }
            );
            write_result(&mut p, &r, &output, replace, &[&a, &b], &note, quiet)
        }
        Verb::Catchment {
            facilities,
            distance,
            network,
            corridor,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "catchment")?;
            let fl = read_vector(&p, &facilities)?;
            let net = network.as_deref().map(|n| read_vector(&p, n)).transpose()?;
            let net = net.as_ref().map(an::Network::from_layer).transpose()?;
            let r = an::catchment(&fl, distance, net.as_ref(), corridor)?;
            let mut inputs = vec![facilities.as_str()];
            if let Some(n) = &network {
                inputs.push(n);
            }
            let note = match &network {
                Some(n) => format!("walking distance along {n} (legs to and from the network included), corridor {corridor} m"),
                None => "Euclidean distance".into(),
            };
            write_result(&mut p, &r, &output, replace, &inputs, &note, quiet)
        }
        Verb::Coverage {
            points,
            facilities,
            distance,
            network,
            districts,
            weight,
            min_count,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "coverage")?;
            if facilities.is_empty() {
                bail!("name at least one facility layer");
            }
            let pts = read_vector(&p, &points)?;
            let fls: Vec<Layer> = facilities
                .iter()
                .map(|f| read_vector(&p, f))
                .collect::<Result<_, _>>()?;
            let refs: Vec<&Layer> = fls.iter().collect();
            let net = network.as_deref().map(|n| read_vector(&p, n)).transpose()?;
            let net = net.as_ref().map(an::Network::from_layer).transpose()?;
            let d = an::distances_to_nearest(&pts, &refs, net.as_ref());
            let dl = districts
                .as_deref()
                .map(|n| read_vector(&p, n))
                .transpose()?;
            let r = an::coverage(
                &pts,
                &points,
                &d,
                distance,
                dl.as_ref(),
                weight.as_deref(),
                weight.is_some().then_some(min_count),
            )?;
            let mut inputs: Vec<&str> = vec![points.as_str()];
            inputs.extend(facilities.iter().map(String::as_str));
            if let Some(n) = &network {
                inputs.push(n);
            }
            if let Some(n) = &districts {
                inputs.push(n);
            }
            let note = match &network {
                Some(n) => format!("walking distance along {n} (legs to and from the network included) <= {distance} m"),
                None => format!("Euclidean distance <= {distance} m"),
            };
            // Weighted by a count of persons or households, the totals are such counts too.
            let weighted_counts = weight
                .as_ref()
                .is_some_and(|w| p.entry(&points).is_ok_and(|e| e.counts.contains(w)));
            let extra: &[&str] = if weighted_counts {
                &["total", "covered"]
            } else {
                &[]
            };
            write_result_counts(&mut p, &r, &output, replace, &inputs, &note, extra, quiet)
        }
        Verb::Zonal {
            polygons,
            raster,
            stats,
            raster_crs,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            let st: Vec<an::ZonalStat> =
                stats.iter().map(|s| s.parse()).collect::<Result<_, _>>()?;
            let rc = raster_crs
                .as_deref()
                .map(saale_crs::Crs::parse)
                .transpose()?;
            require_polygons(&p, &polygons, "zonal")?;
            let l = read_vector(&p, &polygons)?;
            let r = an::zonal(&l, &raster, &crs, rc.as_ref(), &st)?;
            let note = format!(
                "raster {} band 1; pixel centres inside the polygon",
                raster.display()
            );
            write_result(&mut p, &r, &output, replace, &[&polygons], &note, quiet)
        }
        Verb::Grid {
            cell,
            inspire,
            hex,
            extent,
            aggregate,
            output,
            replace,
        } => {
            check_new(&p, &output, replace)?;
            an::require_projected(&crs, "grid")?;
            let kind = if inspire {
                an::GridKind::Inspire
            } else if hex {
                an::GridKind::Hex
            } else {
                an::GridKind::Square
            };
            let ext = read_vector(&p, &extent)?;
            let bbox: Bbox = ext.bbox();
            // A kept cell meets an extent feature and is at most 2 cells across (a hexagon
            // 1.15, an INSPIRE square turned into the working CRS about 1.42), so the features
            // an aggregate can add to a cell lie in the extent features' boxes grown by 2 cells.
            let near = boxes_of(&ext, 2.0 * cell);
            let mut layers = Vec::new();
            let mut names = vec![extent.clone()];
            for a in &aggregate {
                let (name, field) = match a.split_once(':') {
                    Some((n, f)) => (n.to_string(), Some(f.to_string())),
                    None => (a.clone(), None),
                };
                let columns: Vec<&str> = field.as_deref().into_iter().collect();
                let l = read_vector_near(&p, &name, Some(&columns), &near)?;
                // Points or polygons: what the whole layer holds, not the part read.
                let points = holds(&p, &name, POINTS)?;
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
            let r = an::grid(an::GridSpec { cell, kind }, &bbox, Some(&ext), &crs, &aggs)?;
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            write_result(
                &mut p,
                &r,
                &output,
                replace,
                &refs,
                "grid: points counted once per cell (boundary rule of count)",
                quiet,
            )
        }
    }
}
