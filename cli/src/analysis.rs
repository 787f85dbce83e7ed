//! The analysis verbs: join, count, nearest, buffer, dissolve, overlay, grid. Each reads layers
//! of the project and writes its result as a new layer (`--out NAME`, with provenance) or as a
//! file (`--to FILE`, any export format).

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, Subcommand};
use saale_ops::step::*;
use saale_store::Project;

use crate::Out;

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
    #[command(
        after_help = "Examples:\n  saale join amenity statbez --out amenity_district
  saale join statbez amenity --summary count --out per_district
  saale join bus amenity --predicate dwithin:300 --to near.csv"
    )]
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
    /// Count points in polygons (or sum a field of the points): a point counts in every polygon
    /// that holds it (overlapping polygons each), a point on a shared edge once.
    #[command(
        after_help = "Examples:\n  saale count statbez amenity --out amenity_per_district
  saale count statbez addresses --weight residents --to per_district.csv"
    )]
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
    #[command(
        after_help = "Examples:\n  saale overlay statbez_households residential --interpolate 31.12.2016 --dasymetric --out hh_res"
    )]
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
    #[command(
        after_help = "Examples:\n  saale coverage hh_res bus,tram --distance 300 --districts statbez --weight 31.12.2016 --out stop_coverage"
    )]
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
    /// Hillshade of a DEM raster layer (GDAL DEMProcessing, as `gdaldem hillshade`), written as
    /// a raster layer that `saale refresh` makes again when the DEM changes.
    #[command(
        after_help = "Examples:\n  saale import dgm.tif --source-crs EPSG:4326 --layer dgm
  saale hillshade dgm --out relief
  saale hillshade dgm --z-factor 2 --azimuth 300 --out relief --replace"
    )]
    Hillshade {
        /// The DEM (a raster layer of the project).
        dem: String,
        /// Vertical exaggeration.
        #[arg(long, default_value_t = 1.0)]
        z_factor: f64,
        /// Horizontal units per height unit (default: 1, or 111120 for a DEM in degrees).
        #[arg(long)]
        scale: Option<f64>,
        /// Direction of the light in degrees clockwise from north.
        #[arg(long, default_value_t = 315.0)]
        azimuth: f64,
        /// Height of the light above the horizon in degrees.
        #[arg(long, default_value_t = 45.0)]
        altitude: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Create a grid (square, hexagonal, or the INSPIRE grid in EPSG:3035) and aggregate layers
    /// onto it.
    #[command(
        after_help = "Examples:\n  saale grid --cell 100 --inspire --extent statbez --aggregate amenity --out grid100"
    )]
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

impl Output {
    /// The library's target of this output.
    pub(crate) fn target(&self, replace: bool) -> Result<Target> {
        match (&self.out, &self.to) {
            (Some(name), _) => Ok(Target::Layer {
                name: name.clone(),
                replace,
            }),
            (None, Some(path)) => Ok(Target::File {
                path: path.clone(),
                replace,
            }),
            (None, None) => anyhow::bail!("give --out NAME or --to FILE"),
        }
    }
}

/// The typed step of a verb, and where its result goes.
fn step(verb: Verb, p: &Project) -> Result<(Step, Output, bool)> {
    Ok(match verb {
        Verb::Join {
            target,
            source,
            predicate,
            left,
            summary,
            output,
            replace,
        } => (
            Step::Join(JoinParams {
                target,
                source,
                predicate,
                left,
                summary,
            }),
            output,
            replace,
        ),
        Verb::Count {
            polygons,
            points,
            weight,
            output,
            replace,
        } => (
            Step::Count(CountParams {
                polygons,
                points,
                weight,
            }),
            output,
            replace,
        ),
        Verb::Nearest {
            from,
            to_layer,
            k,
            max_distance,
            output,
            replace,
        } => (
            Step::Nearest(NearestParams {
                from,
                to: to_layer,
                k,
                max_distance,
            }),
            output,
            replace,
        ),
        Verb::Buffer {
            layer,
            distance,
            dissolve,
            output,
            replace,
        } => (
            Step::Buffer(BufferParams {
                layer,
                distance,
                dissolve,
            }),
            output,
            replace,
        ),
        Verb::Dissolve {
            layer,
            by,
            output,
            replace,
        } => (
            Step::Dissolve(DissolveParams { layer, by }),
            output,
            replace,
        ),
        Verb::Overlay {
            a,
            b,
            mode,
            interpolate,
            dasymetric,
            output,
            replace,
        } => (
            Step::Overlay(OverlayParams {
                a,
                b,
                mode,
                interpolate,
                dasymetric,
            }),
            output,
            replace,
        ),
        Verb::Catchment {
            facilities,
            distance,
            network,
            corridor,
            output,
            replace,
        } => (
            Step::Catchment(CatchmentParams {
                facilities,
                distance,
                network,
                corridor,
            }),
            output,
            replace,
        ),
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
        } => (
            Step::Coverage(CoverageParams {
                points,
                facilities,
                distance,
                network,
                districts,
                weight,
                min_count,
            }),
            output,
            replace,
        ),
        Verb::Zonal {
            polygons,
            raster,
            stats,
            raster_crs,
            output,
            replace,
        } => (
            Step::Zonal(ZonalParams {
                polygons,
                raster: saale_ops::project_path(p, &raster),
                stats,
                raster_crs,
            }),
            output,
            replace,
        ),
        Verb::Hillshade {
            dem,
            z_factor,
            scale,
            azimuth,
            altitude,
            output,
            replace,
        } => (
            Step::Hillshade(HillshadeParams {
                dem,
                z_factor,
                scale,
                azimuth,
                altitude,
            }),
            output,
            replace,
        ),
        Verb::Grid {
            cell,
            inspire,
            hex,
            extent,
            aggregate,
            output,
            replace,
        } => (
            Step::Grid(GridParams {
                cell,
                kind: if inspire {
                    GridKindParam::Inspire
                } else if hex {
                    GridKindParam::Hex
                } else {
                    GridKindParam::Square
                },
                extent,
                aggregate,
            }),
            output,
            replace,
        ),
    })
}

/// Run an analysis verb.
pub(crate) fn run(dir: &std::path::Path, verb: Verb, out: &Out) -> Result<()> {
    let mut p = Project::open(dir)?;
    let (step, output, replace) = step(verb, &p)?;
    run_step(&mut p, &step, &output, replace, out)
}

/// Run a step of the library and print its outcome.
pub(crate) fn run_step(
    p: &mut Project,
    step: &Step,
    output: &Output,
    replace: bool,
    out: &Out,
) -> Result<()> {
    let target = output.target(replace)?;
    let o = saale_ops::run(p, step, &target).map_err(crate::hint)?;
    out.outcome(&o)
}
