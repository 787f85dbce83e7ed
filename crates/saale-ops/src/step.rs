//! The steps that make layers, with their typed parameters. A [`Step`] is what the catalog
//! records in a layer's provenance (`[layers.NAME.provenance.step]`) and what
//! [`crate::replay`] runs again; parameters name layers of the project and paths relative to
//! it, never a shell's argument list.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// A step that writes one layer (or one file).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "verb", rename_all = "kebab-case")]
pub enum Step {
    /// Join attributes by location.
    Join(JoinParams),
    /// Count points in polygons.
    Count(CountParams),
    /// Join by nearest.
    Nearest(NearestParams),
    /// Buffer.
    Buffer(BufferParams),
    /// Dissolve by a field.
    Dissolve(DissolveParams),
    /// Overlay with interpolation.
    Overlay(OverlayParams),
    /// Catchment areas.
    Catchment(CatchmentParams),
    /// Coverage of points by facilities.
    Coverage(CoverageParams),
    /// Zonal statistics of a raster.
    Zonal(ZonalParams),
    /// Grid with aggregates.
    Grid(GridParams),
    /// Join a table onto a layer by key.
    JoinAttributes(JoinAttributesParams),
    /// Land use per district.
    IndicatorLanduse(LanduseParams),
    /// Households within reach of stops per district.
    IndicatorStopCoverage(StopCoverageParams),
    /// Public green per inhabitant.
    IndicatorGreen(GreenParams),
    /// KPI table.
    IndicatorKpis(KpisParams),
    /// Solar potential of roofs.
    IndicatorSolar(SolarParams),
    /// Density against the zoning plan.
    IndicatorDensity(DensityParams),
    /// Infill candidates.
    IndicatorInfill(InfillParams),
    /// Features added, removed and changed between two versions of a layer.
    Diff(crate::versions::DiffParams),
    /// A hillshade (raster layer) from a DEM raster layer.
    Hillshade(HillshadeParams),
}

impl Step {
    /// The verb as the catalog and the command line name it (`count`, `indicator-landuse`).
    #[must_use]
    pub fn verb(&self) -> &'static str {
        match self {
            Step::Join(_) => "join",
            Step::Count(_) => "count",
            Step::Nearest(_) => "nearest",
            Step::Buffer(_) => "buffer",
            Step::Dissolve(_) => "dissolve",
            Step::Overlay(_) => "overlay",
            Step::Catchment(_) => "catchment",
            Step::Coverage(_) => "coverage",
            Step::Zonal(_) => "zonal",
            Step::Grid(_) => "grid",
            Step::JoinAttributes(_) => "join-attributes",
            Step::IndicatorLanduse(_) => "indicator-landuse",
            Step::IndicatorStopCoverage(_) => "indicator-stop-coverage",
            Step::IndicatorGreen(_) => "indicator-green",
            Step::IndicatorKpis(_) => "indicator-kpis",
            Step::IndicatorSolar(_) => "indicator-solar",
            Step::IndicatorDensity(_) => "indicator-density",
            Step::IndicatorInfill(_) => "indicator-infill",
            Step::Diff(_) => "diff",
            Step::Hillshade(_) => "hillshade",
        }
    }
}

/// Where a step's result goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A new layer of the project.
    Layer {
        /// Its name.
        name: String,
        /// Overwrite a layer of that name.
        replace: bool,
    },
    /// A file outside the project (any export format); a public output.
    File {
        /// The file.
        path: PathBuf,
        /// Overwrite an existing file.
        replace: bool,
    },
}

impl Target {
    /// A new layer, not replacing one.
    #[must_use]
    pub fn layer(name: &str) -> Self {
        Target::Layer {
            name: name.to_string(),
            replace: false,
        }
    }
}

/// `hillshade`: the shading of a DEM raster layer, as `gdaldem hillshade` computes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HillshadeParams {
    /// The DEM (a raster layer of the project).
    pub dem: String,
    /// Vertical exaggeration (default 1).
    pub z_factor: f64,
    /// Horizontal units per height unit; absent: 1 for a projected DEM, 111120 for one in
    /// degrees (EPSG:4326).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<f64>,
    /// Direction of the light, degrees clockwise from north (default 315).
    pub azimuth: f64,
    /// Height of the light above the horizon in degrees (default 45).
    pub altitude: f64,
}

impl HillshadeParams {
    /// The hillshade of `dem` with `gdaldem`'s defaults.
    #[must_use]
    pub fn new(dem: &str) -> Self {
        HillshadeParams {
            dem: dem.to_string(),
            z_factor: 1.0,
            scale: None,
            azimuth: 315.0,
            altitude: 45.0,
        }
    }
}

/// `join`: TARGET features with the SOURCE features that satisfy the predicate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinParams {
    /// Target layer (its geometry is kept).
    pub target: String,
    /// Source layer (its attributes are added).
    pub source: String,
    /// `intersects | within | contains | touches | dwithin:METRES`.
    pub predicate: String,
    /// Keep targets without a match.
    #[serde(default)]
    pub left: bool,
    /// Summaries (`count`, `sum:F`, ...) instead of one row per match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summary: Vec<String>,
}

/// `count`: points in polygons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountParams {
    /// Polygon layer.
    pub polygons: String,
    /// Point layer.
    pub points: String,
    /// Sum this field instead of counting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
}

/// `nearest`: the k nearest features.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearestParams {
    /// Layer whose features look for neighbours.
    pub from: String,
    /// Candidate neighbours.
    pub to: String,
    /// Number of neighbours.
    pub k: usize,
    /// Ignore neighbours further away (metres).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_distance: Option<f64>,
}

/// `buffer`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BufferParams {
    /// Layer.
    pub layer: String,
    /// Metres.
    pub distance: f64,
    /// Merge all buffers into one feature.
    #[serde(default)]
    pub dissolve: bool,
}

/// `dissolve`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DissolveParams {
    /// Layer.
    pub layer: String,
    /// Field whose values define the groups.
    pub by: String,
}

/// `overlay`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverlayParams {
    /// Layer A.
    pub a: String,
    /// Layer B.
    pub b: String,
    /// `intersection | union | difference`.
    pub mode: String,
    /// Extensive fields split by area share.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interpolate: Vec<String>,
    /// Split by the covered share (dasymetric).
    #[serde(default)]
    pub dasymetric: bool,
}

/// `catchment`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatchmentParams {
    /// Facility layer.
    pub facilities: String,
    /// Metres.
    pub distance: f64,
    /// Street layer to walk along.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// Half width of the corridor (metres).
    pub corridor: f64,
}

/// `coverage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoverageParams {
    /// Points (polygons by a point inside).
    pub points: String,
    /// Facility layers.
    pub facilities: Vec<String>,
    /// Metres.
    pub distance: f64,
    /// Street layer to walk along.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// Polygons to summarise by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub districts: Option<String>,
    /// Numeric field of the points to weight by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// Districts with fewer (weighted) points are suppressed.
    pub min_count: f64,
}

/// `zonal`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZonalParams {
    /// Polygon layer.
    pub polygons: String,
    /// Raster file (relative to the project when it lies inside it).
    pub raster: PathBuf,
    /// `count, mean, min, max, sum`.
    pub stats: Vec<String>,
    /// CRS of the raster when the file names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raster_crs: Option<String>,
}

/// The kind of a grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GridKindParam {
    /// Squares in the working CRS.
    Square,
    /// Hexagons.
    Hex,
    /// The INSPIRE grid in EPSG:3035.
    Inspire,
}

/// `grid`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridParams {
    /// Cell size in metres.
    pub cell: f64,
    /// Squares, hexagons or INSPIRE.
    pub kind: GridKindParam,
    /// Layer whose extent the grid covers.
    pub extent: String,
    /// `LAYER` or `LAYER:FIELD` to aggregate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aggregate: Vec<String>,
}

/// `join-attributes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinAttributesParams {
    /// Target layer.
    pub layer: String,
    /// Table whose fields are added.
    pub table: String,
    /// Key field of the layer.
    pub layer_key: String,
    /// Key field of the table.
    pub table_key: String,
}

/// `indicator landuse`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanduseParams {
    /// District polygons.
    pub districts: String,
    /// Land-use polygons.
    pub landuse: String,
    /// Class fields, first non-empty wins.
    pub class: Vec<String>,
}

/// `indicator stop-coverage`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StopCoverageParams {
    /// Districts with household counts.
    pub households: String,
    /// The count field.
    pub weight: String,
    /// Residential land: `LAYER` or `LAYER:FIELD=VALUE`.
    pub residential: String,
    /// Stop layers.
    pub stops: Vec<String>,
    /// Distances in metres.
    pub distances: Vec<f64>,
    /// Street layer for walking distances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
}

/// `indicator green`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GreenParams {
    /// Districts with population counts.
    pub population: String,
    /// The count field.
    pub weight: String,
    /// Residential land.
    pub residential: String,
    /// Green areas: `LAYER` or `LAYER:FIELD=V1|V2`.
    pub green: Vec<String>,
    /// Rules `DISTANCE:MIN_AREA_M2:GUIDE_M2`.
    pub rules: Vec<String>,
}

/// `indicator kpis`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KpisParams {
    /// Layers and tables; the first gives the geometry.
    pub layers: Vec<String>,
    /// Key field, or `LAYER_KEY=TABLE_KEY`.
    pub key: String,
}

/// `indicator solar`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SolarParams {
    /// Roof faces.
    pub roofs: String,
    /// Sum per district.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub districts: Option<String>,
    /// Global horizontal irradiation, kWh/m² a.
    pub irradiation: f64,
}

/// `indicator density`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DensityParams {
    /// Parcels.
    pub parcels: String,
    /// Building footprints.
    pub buildings: String,
    /// Plan zones.
    pub zones: String,
    /// Storeys field of the buildings.
    pub storeys: String,
    /// Height field of the buildings.
    pub height: String,
}

/// `indicator infill`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfillParams {
    /// A density result.
    pub density: String,
    /// Built-up land: `LAYER` or `LAYER:FIELD=VALUE[|VALUE...]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_up: Option<String>,
    /// Largest actual GRZ of a lightly used parcel.
    pub max_grz: f64,
    /// Smallest parcel area in m².
    pub min_area: f64,
    /// Dwellings per hectare.
    pub dwellings_per_ha: f64,
}
