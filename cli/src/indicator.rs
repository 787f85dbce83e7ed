//! `saale indicator ...`: planning indicators as layers with provenance.

use anyhow::Result;
use clap::Subcommand;
use saale_ops::step::*;
use saale_store::Project;

use crate::analysis::{run_step, Output};
use crate::Out;

/// The indicators.
#[derive(Subcommand, Debug)]
pub(crate) enum Indicator {
    /// Land use per district: area and share of each class (ALKIS `class_label`, or OSM's
    /// landuse/natural/leisure tags).
    #[command(
        after_help = "Examples:\n  saale indicator landuse --districts statbez --landuse landuse --out landuse_per_district"
    )]
    Landuse {
        /// District polygons.
        #[arg(long)]
        districts: String,
        /// Land-use polygons.
        #[arg(long)]
        landuse: String,
        /// Class fields, first non-empty wins.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "landuse,natural,leisure,waterway"
        )]
        class: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Share of households (or residents) per district within each distance of a stop,
    /// straight-line or along the street network. Households are spread over residential land
    /// first (dasymetric).
    #[command(
        after_help = "Examples:\n  saale indicator stop-coverage --households statbez_households --weight 31.12.2016 \\
    --residential landuse:landuse=residential --stops bus,tram --out stop_cov"
    )]
    StopCoverage {
        /// Districts with household counts (e.g. statbez_households).
        #[arg(long)]
        households: String,
        /// The count field (e.g. 31.12.2016).
        #[arg(long)]
        weight: String,
        /// Residential land: LAYER or LAYER:FIELD=VALUE (e.g. landuse:landuse=residential).
        #[arg(long)]
        residential: String,
        /// Stop layers, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "bus,tram")]
        stops: Vec<String>,
        /// Distances in metres.
        #[arg(long, value_delimiter = ',', default_value = "300,600")]
        distances: Vec<f64>,
        /// Street layer for walking distances (default: straight-line).
        #[arg(long)]
        network: Option<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Public green per inhabitant within reach, per district, against guide values (by default
    /// 6 m² of parks >= 0.5 ha within 500 m, 7 m² of green >= 10 ha within 1,000 m). Each green
    /// area is shared among the people who live within reach of it.
    Green {
        /// Districts with population (or household) counts.
        #[arg(long)]
        population: String,
        /// The count field.
        #[arg(long)]
        weight: String,
        /// Residential land: LAYER or LAYER:FIELD=VALUE.
        #[arg(long)]
        residential: String,
        /// Green areas: LAYER or LAYER:FIELD=V1|V2 (repeat for several layers or fields).
        #[arg(long, required = true)]
        green: Vec<String>,
        /// Rules DISTANCE:MIN_AREA_M2:GUIDE_M2, comma-separated.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "500:5000:6,1000:100000:7"
        )]
        rules: Vec<String>,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// One KPI table per district: the fields of several district layers (indicator results,
    /// demographic tables) joined by a key.
    Kpis {
        /// Layers and tables, comma-separated; the first gives the geometry.
        #[arg(long, value_delimiter = ',', required = true)]
        layers: Vec<String>,
        /// Key field present in every layer (e.g. id), or LAYER_KEY=TABLE_KEY for tables whose
        /// key is named differently (applies to all but the first).
        #[arg(long)]
        key: String,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Solar potential of LoD2 roof faces (usable area, kWp, annual yield), per face or per
    /// district. Model and constants: docs/USAGE.md.
    Solar {
        /// Roof faces (the `roofs` layer of a CityGML/CityJSON import).
        #[arg(long, default_value = "roofs")]
        roofs: String,
        /// Sum per district instead of per face.
        #[arg(long)]
        districts: Option<String>,
        /// Global horizontal irradiation, kWh/m² a.
        #[arg(long, default_value_t = 1050.0)]
        irradiation: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Actual GRZ/GFZ per parcel beside the permitted values of the plan zone, and the unused
    /// building rights.
    Density {
        /// Parcels.
        #[arg(long, default_value = "parcels")]
        parcels: String,
        /// Buildings (footprints).
        #[arg(long, default_value = "buildings")]
        buildings: String,
        /// Plan zones (XPlanGML `plan_zones`).
        #[arg(long, default_value = "plan_zones")]
        zones: String,
        /// Storeys field of the buildings.
        #[arg(long, default_value = "storeys_above")]
        storeys: String,
        /// Height field of the buildings (storeys = height / 3 m when storeys are missing).
        #[arg(long, default_value = "measured_height")]
        height: String,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
    /// Infill candidates from a density result: unbuilt or lightly used parcels in a plan zone,
    /// above a minimum size, optionally in built-up land use; with reasons and dwellings.
    Infill {
        /// A layer made by `saale indicator density`.
        #[arg(long)]
        density: String,
        /// Built-up land: LAYER or LAYER:FIELD=VALUE[|VALUE...].
        #[arg(long)]
        built_up: Option<String>,
        /// Largest actual GRZ of a lightly used parcel.
        #[arg(long, default_value_t = 0.1)]
        max_grz: f64,
        /// Smallest parcel area in m².
        #[arg(long, default_value_t = 300.0)]
        min_area: f64,
        /// Dwellings per hectare for the estimate.
        #[arg(long, default_value_t = 25.0)]
        dwellings_per_ha: f64,
        #[command(flatten)]
        output: Output,
        /// Overwrite an existing layer.
        #[arg(long)]
        replace: bool,
    },
}

/// `saale indicator ...`.
pub(crate) fn run(dir: &std::path::Path, ind_cmd: Indicator, out: &Out) -> Result<()> {
    let mut p = Project::open(dir)?;
    saale_analysis::require_projected(p.crs(), "indicators")?;
    let (step, output, replace) = match ind_cmd {
        Indicator::Landuse {
            districts,
            landuse,
            class,
            output,
            replace,
        } => (
            Step::IndicatorLanduse(LanduseParams {
                districts,
                landuse,
                class,
            }),
            output,
            replace,
        ),
        Indicator::StopCoverage {
            households,
            weight,
            residential,
            stops,
            distances,
            network,
            output,
            replace,
        } => (
            Step::IndicatorStopCoverage(StopCoverageParams {
                households,
                weight,
                residential,
                stops,
                distances,
                network,
            }),
            output,
            replace,
        ),
        Indicator::Green {
            population,
            weight,
            residential,
            green,
            rules,
            output,
            replace,
        } => (
            Step::IndicatorGreen(GreenParams {
                population,
                weight,
                residential,
                green,
                rules,
            }),
            output,
            replace,
        ),
        Indicator::Kpis {
            layers,
            key,
            output,
            replace,
        } => (
            Step::IndicatorKpis(KpisParams { layers, key }),
            output,
            replace,
        ),
        Indicator::Solar {
            roofs,
            districts,
            irradiation,
            output,
            replace,
        } => (
            Step::IndicatorSolar(SolarParams {
                roofs,
                districts,
                irradiation,
            }),
            output,
            replace,
        ),
        Indicator::Density {
            parcels,
            buildings,
            zones,
            storeys,
            height,
            output,
            replace,
        } => (
            Step::IndicatorDensity(DensityParams {
                parcels,
                buildings,
                zones,
                storeys,
                height,
            }),
            output,
            replace,
        ),
        Indicator::Infill {
            density,
            built_up,
            max_grz,
            min_area,
            dwellings_per_ha,
            output,
            replace,
        } => (
            Step::IndicatorInfill(InfillParams {
                density,
                built_up,
                max_grz,
                min_area,
                dwellings_per_ha,
            }),
            output,
            replace,
        ),
    };
    run_step(&mut p, &step, &output, replace, out)
}
