//! Planning indicators on layers: land use per district, building density against the zoning
//! plan, infill candidates, and the solar potential of LoD2 roof faces.

use std::collections::BTreeMap;

use geo::{Area, BooleanOps, InteriorPoint};
use rayon::prelude::*;
use saale_index::LayerIndex;
use saale_model::{Bbox, Feature, FieldType, Geometry, Layer, Value};

use crate::util::{as_multipolygon, field_index, row_with, with_fields};
use crate::{Error, Result};

/// Land-use class of a feature: the first non-empty value of `class_fields`.
fn class_of(f: &Feature, idx: &[usize]) -> Option<String> {
    idx.iter().find_map(|&i| match f.value(i) {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        v => Some(match v {
            Value::String(s) => s.trim().to_string(),
            Value::Int(i) => i.to_string(),
            other => format!("{other:?}"),
        }),
    })
}

/// A field-name-safe form of a class (`Wohnbaufläche` -> `wohnbauflaeche`).
#[must_use]
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.ends_with('_') {
                    out.push('_');
                }
            }
        }
    }
    out.trim_matches('_').to_string()
}

/// Land use per district: for every class (the first non-empty of `class_fields`), the area of
/// its polygons inside each district (`area_<class>`, m²) and its share of the district's area
/// (`share_<class>`, 0..1), plus the district's `district_area`. Land-use polygons that overlap
/// each other count once each (as in QGIS' overlay), so shares can add up to more than 1 where
/// the source overlaps. Lines and points of the land-use layer are ignored.
///
/// # Errors
/// A class field is missing from the land-use layer.
pub fn landuse_shares(
    districts: &Layer,
    landuse: &Layer,
    landuse_name: &str,
    class_fields: &[String],
) -> Result<Layer> {
    let idx: Vec<usize> = class_fields
        .iter()
        .map(|f| field_index(landuse, landuse_name, f))
        .collect::<Result<_>>()?;
    let index = LayerIndex::build(landuse);
    let lu_polys: Vec<Option<geo::MultiPolygon<f64>>> = landuse
        .features
        .iter()
        .map(|f| f.geometry.as_ref().and_then(as_multipolygon))
        .collect();
    let classes: Vec<String> = landuse
        .features
        .iter()
        .map(|f| class_of(f, &idx).unwrap_or_else(|| "other".into()))
        .collect();
    let per_district: Vec<(f64, BTreeMap<String, f64>)> = districts
        .features
        .par_iter()
        .map(|d| {
            let mut m = BTreeMap::new();
            let Some(dp) = d.geometry.as_ref().and_then(as_multipolygon) else {
                return (0.0, m);
            };
            let area = dp.unsigned_area();
            let Some(g) = &d.geometry else {
                return (area, m);
            };
            index.for_each_in_bbox(&Bbox::of(g), |j| {
                if let Some(lp) = &lu_polys[j] {
                    let a = dp.intersection(lp).unsigned_area();
                    if a > 0.0 {
                        *m.entry(classes[j].clone()).or_insert(0.0) += a;
                    }
                }
            });
            (area, m)
        })
        .collect();
    let mut all: Vec<String> = per_district
        .iter()
        .flat_map(|(_, m)| m.keys().cloned())
        .collect();
    all.sort();
    all.dedup();
    let mut extra: Vec<(String, FieldType)> = vec![("district_area".into(), FieldType::Float)];
    for c in &all {
        extra.push((format!("area_{}", slug(c)), FieldType::Float));
        extra.push((format!("share_{}", slug(c)), FieldType::Float));
    }
    let extra_ref: Vec<(&str, FieldType)> = extra.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let schema = with_fields(&districts.schema, &extra_ref);
    let n = districts.schema.len();
    let features = districts
        .features
        .iter()
        .zip(&per_district)
        .map(|(d, (area, m))| {
            let mut vals = vec![Value::Float(*area)];
            for c in &all {
                let a = m.get(c).copied().unwrap_or(0.0);
                vals.push(Value::Float(a));
                vals.push(if *area > 0.0 {
                    Value::Float(a / area)
                } else {
                    Value::Null
                });
            }
            row_with(d, n, vals)
        })
        .collect();
    Ok(Layer { schema, features })
}

/// The yield model of [`solar`]. Defaults are for Thuringia.
#[derive(Debug, Clone, Copy)]
pub struct SolarModel {
    /// Global horizontal irradiation, kWh/m² a (Jena about 1,050; DWD/PVGIS order of magnitude).
    pub irradiation: f64,
    /// Module efficiency (0.20).
    pub efficiency: f64,
    /// Performance ratio of the system (0.80).
    pub performance_ratio: f64,
    /// Share of a suitable pitched face that takes modules (0.70: edges, windows, chimneys).
    pub usable_pitched: f64,
    /// Share of a flat roof that takes modules (0.50: rows need spacing).
    pub usable_flat: f64,
    /// Faces below this tilt (degrees) are flat.
    pub flat_below_deg: f64,
    /// Smallest orientation factor of a suitable face (0.75).
    pub min_factor: f64,
    /// Smallest usable face, m² (10).
    pub min_area: f64,
}

impl Default for SolarModel {
    fn default() -> Self {
        Self {
            irradiation: 1050.0,
            efficiency: 0.20,
            performance_ratio: 0.80,
            usable_pitched: 0.70,
            usable_flat: 0.50,
            flat_below_deg: 10.0,
            min_factor: 0.75,
            min_area: 10.0,
        }
    }
}

impl SolarModel {
    /// Irradiation on a face relative to the horizontal: a quadratic fit to typical German
    /// values (south 35° 1.13, east/west 35° 0.85, north 35° 0.57, south 90° 0.73, flat 1):
    /// `f = max(0, 1 + 0.008·β·cos(γ − 180°) − 1.224e-4·β²)`, β tilt and γ azimuth in degrees
    /// (0 north, 90 east, 180 south). Flat faces get 1 (modules are set up facing south).
    #[must_use]
    pub fn orientation_factor(&self, tilt: f64, azimuth: f64) -> f64 {
        if tilt < self.flat_below_deg {
            return 1.0;
        }
        let c = (azimuth - 180.0).to_radians().cos();
        (1.0 + 0.008 * tilt * c - 1.224e-4 * tilt * tilt).max(0.0)
    }
}

/// Solar potential of roof faces (the `roofs` layer of a CityGML/CityJSON import, with
/// `area_3d`, `tilt_deg`, `azimuth_deg` and `building_id`): per face the orientation factor,
/// `suitable`, `usable_area` (m²), `kwp` (module area x efficiency) and `yield_kwh` (kWh a):
/// usable area x efficiency x performance ratio x irradiation x orientation factor. A face is
/// suitable when its factor is at least `min_factor` and its area at least `min_area`.
///
/// # Errors
/// A required field is missing.
pub fn solar(roofs: &Layer, roofs_name: &str, m: &SolarModel) -> Result<Layer> {
    let ia = field_index(roofs, roofs_name, "area_3d")?;
    let it = field_index(roofs, roofs_name, "tilt_deg")?;
    let iz = field_index(roofs, roofs_name, "azimuth_deg")?;
    let schema = with_fields(
        &roofs.schema,
        &[
            ("orientation_factor", FieldType::Float),
            ("suitable", FieldType::Bool),
            ("usable_area", FieldType::Float),
            ("kwp", FieldType::Float),
            ("yield_kwh", FieldType::Float),
        ],
    );
    let n = roofs.schema.len();
    let features = roofs
        .features
        .iter()
        .map(|f| {
            // Flat faces need no azimuth (CityGML tools leave it empty for them).
            let (a, t) = (f.value(ia).as_f64(), f.value(it).as_f64());
            let z = f
                .value(iz)
                .as_f64()
                .or_else(|| t.filter(|t| *t < m.flat_below_deg).map(|_| 180.0));
            let (Some(a), Some(t), Some(z)) = (a, t, z) else {
                return row_with(
                    f,
                    n,
                    [
                        Value::Null,
                        Value::Bool(false),
                        Value::Null,
                        Value::Null,
                        Value::Null,
                    ],
                );
            };
            let fac = m.orientation_factor(t, z);
            let suitable = fac >= m.min_factor && a >= m.min_area;
            let share = if t < m.flat_below_deg {
                m.usable_flat
            } else {
                m.usable_pitched
            };
            let usable = if suitable { a * share } else { 0.0 };
            let kwp = usable * m.efficiency;
            let y = usable * m.efficiency * m.performance_ratio * m.irradiation * fac;
            row_with(
                f,
                n,
                [
                    Value::Float(fac),
                    Value::Bool(suitable),
                    Value::Float(usable),
                    Value::Float(kwp),
                    Value::Float(y),
                ],
            )
        })
        .collect();
    Ok(Layer { schema, features })
}

/// Parameters of [`density`].
#[derive(Debug, Clone)]
pub struct DensityFields {
    /// Storeys of a building (e.g. `storeys_above` in ALKIS, `storeys` in LoD2).
    pub storeys: Option<String>,
    /// Height of a building in metres (e.g. `measured_height`), used when storeys are missing.
    pub height: Option<String>,
    /// Storey height for heights (3 m).
    pub storey_height: f64,
    /// Permitted GRZ, GFZ and full storeys in the plan zones.
    pub grz: String,
    /// Permitted GFZ field.
    pub gfz: String,
    /// Permitted storeys field.
    pub z: String,
}

impl Default for DensityFields {
    fn default() -> Self {
        Self {
            storeys: Some("storeys_above".into()),
            height: Some("measured_height".into()),
            storey_height: 3.0,
            grz: "grz".into(),
            gfz: "gfz".into(),
            z: "z".into(),
        }
    }
}

/// Building density per parcel against the zoning plan: `parcel_area`, `footprint` (m² of
/// building footprints inside the parcel), `grz` (footprint / parcel area), `gfa` (footprint x
/// storeys; storeys from the storeys field, else height / storey height rounded, else 1),
/// `gfz` (gfa / parcel area), the plan zone's `zone_grz`, `zone_gfz`, `zone_z` (the zone that
/// holds the parcel's interior point), and the unused building rights `unused_gr`
/// (max(0, zone_grz x area − footprint), m²) and `unused_gf` (max(0, zone_gfz x area − gfa), m²;
/// with only Z given, Z x zone_grz x area stands in for the permitted floor area).
///
/// # Errors
/// A named field is missing.
pub fn density(
    parcels: &Layer,
    buildings: &Layer,
    zones: &Layer,
    names: (&str, &str, &str),
    f: &DensityFields,
) -> Result<Layer> {
    let ist = f
        .storeys
        .as_ref()
        .and_then(|s| buildings.schema.index_of(s));
    let ih = f.height.as_ref().and_then(|s| buildings.schema.index_of(s));
    let igrz = field_index(zones, names.2, &f.grz)?;
    let igfz = field_index(zones, names.2, &f.gfz)?;
    let iz = field_index(zones, names.2, &f.z)?;
    let bidx = LayerIndex::build(buildings);
    let zidx = LayerIndex::build(zones);
    let bpolys: Vec<Option<geo::MultiPolygon<f64>>> = buildings
        .features
        .iter()
        .map(|b| b.geometry.as_ref().and_then(as_multipolygon))
        .collect();
    let storeys: Vec<f64> = buildings
        .features
        .iter()
        .map(|b| {
            ist.and_then(|i| b.value(i).as_f64())
                .filter(|s| *s > 0.0)
                .or_else(|| {
                    ih.and_then(|i| b.value(i).as_f64())
                        .filter(|h| *h > 0.0)
                        .map(|h| (h / f.storey_height).round().max(1.0))
                })
                .unwrap_or(1.0)
        })
        .collect();
    let rows: Vec<Vec<Value>> = parcels
        .features
        .par_iter()
        .map(|p| {
            let Some(pp) = p.geometry.as_ref().and_then(as_multipolygon) else {
                return vec![Value::Null; 10];
            };
            let area = pp.unsigned_area();
            let mut foot = 0.0;
            let mut gfa = 0.0;
            if let Some(g) = &p.geometry {
                bidx.for_each_in_bbox(&Bbox::of(g), |j| {
                    if let Some(bp) = &bpolys[j] {
                        let a = pp.intersection(bp).unsigned_area();
                        foot += a;
                        gfa += a * storeys[j];
                    }
                });
            }
            let zone = pp.interior_point().and_then(|ip| {
                let pt = Geometry::Point(ip);
                let mut hit = None;
                zidx.for_each_in_bbox(&Bbox::of(&pt), |j| {
                    use geo::Contains;
                    if hit.is_none()
                        && zones.features[j]
                            .geometry
                            .as_ref()
                            .is_some_and(|zg| zg.contains(&ip))
                    {
                        hit = Some(j);
                    }
                });
                hit
            });
            let (zgrz, zgfz, zz) = zone.map_or((None, None, None), |j| {
                let z = &zones.features[j];
                (
                    z.value(igrz).as_f64(),
                    z.value(igfz).as_f64(),
                    z.value(iz).as_f64(),
                )
            });
            let opt = |v: Option<f64>| v.map_or(Value::Null, Value::Float);
            let permitted_gf = zgfz.or_else(|| zz.zip(zgrz).map(|(z, g)| z * g));
            let ratio = |x: f64| {
                if area > 0.0 {
                    Value::Float(x / area)
                } else {
                    Value::Null
                }
            };
            vec![
                Value::Float(area),
                Value::Float(foot),
                ratio(foot),
                Value::Float(gfa),
                ratio(gfa),
                opt(zgrz),
                opt(zgfz),
                opt(zz),
                opt(zgrz.map(|g| (g * area - foot).max(0.0))),
                opt(permitted_gf.map(|g| (g * area - gfa).max(0.0))),
            ]
        })
        .collect();
    let schema = with_fields(
        &parcels.schema,
        &[
            ("parcel_area", FieldType::Float),
            ("footprint", FieldType::Float),
            ("grz_actual", FieldType::Float),
            ("gfa", FieldType::Float),
            ("gfz_actual", FieldType::Float),
            ("zone_grz", FieldType::Float),
            ("zone_gfz", FieldType::Float),
            ("zone_z", FieldType::Float),
            ("unused_gr", FieldType::Float),
            ("unused_gf", FieldType::Float),
        ],
    );
    let n = parcels.schema.len();
    let features = parcels
        .features
        .iter()
        .zip(rows)
        .map(|(p, r)| row_with(p, n, r))
        .collect();
    Ok(Layer { schema, features })
}

/// Parameters of [`infill`].
#[derive(Debug, Clone, Copy)]
pub struct InfillRules {
    /// Largest actual GRZ of a lightly used parcel (0.1).
    pub max_grz: f64,
    /// Smallest parcel area, m² (300).
    pub min_area: f64,
    /// Dwellings per hectare for the estimate (25).
    pub dwellings_per_ha: f64,
}

impl Default for InfillRules {
    fn default() -> Self {
        Self {
            max_grz: 0.1,
            min_area: 300.0,
            dwellings_per_ha: 25.0,
        }
    }
}

/// Infill candidates from a [`density`] result: parcels inside a plan zone (a permitted GRZ),
/// unbuilt or lightly used (actual GRZ at most `max_grz`), at least `min_area`, and, when
/// `built_up` is given, whose interior point lies in one of its polygons (built-up land use).
/// Each candidate gets `reasons` (why it was flagged) and `dwellings` (area in ha x
/// `dwellings_per_ha`, rounded down). Other parcels are left out.
///
/// # Errors
/// The layer is not a density result.
pub fn infill(density: &Layer, built_up: Option<&Layer>, r: &InfillRules) -> Result<Layer> {
    let need = |n: &str| {
        density.schema.index_of(n).ok_or_else(|| {
            Error::Argument(format!("infill needs a density result (no '{n}' field)"))
        })
    };
    let (ia, ig, iz) = (need("parcel_area")?, need("grz_actual")?, need("zone_grz")?);
    let bidx = built_up.map(LayerIndex::build);
    let schema = with_fields(
        &density.schema,
        &[
            ("reasons", FieldType::String),
            ("dwellings", FieldType::Int),
        ],
    );
    let n = density.schema.len();
    let mut features = Vec::new();
    for f in &density.features {
        let (Some(area), Some(grz)) = (f.value(ia).as_f64(), f.value(ig).as_f64()) else {
            continue;
        };
        let Some(zgrz) = f.value(iz).as_f64() else {
            continue;
        };
        if area < r.min_area || grz > r.max_grz {
            continue;
        }
        let mut reasons = vec![
            if grz == 0.0 {
                "unbuilt".to_string()
            } else {
                format!("lightly used (GRZ {grz:.2} <= {:.2})", r.max_grz)
            },
            format!("in a plan zone (GRZ {zgrz:.2} permitted)"),
            format!("{area:.0} m2 >= {:.0} m2", r.min_area),
        ];
        if let (Some(bl), Some(idx)) = (built_up, &bidx) {
            let ip = f
                .geometry
                .as_ref()
                .and_then(as_multipolygon)
                .and_then(|m| m.interior_point());
            let Some(ip) = ip else { continue };
            let pt = Geometry::Point(ip);
            let mut inside = false;
            idx.for_each_in_bbox(&Bbox::of(&pt), |j| {
                use geo::Contains;
                inside |= bl.features[j]
                    .geometry
                    .as_ref()
                    .is_some_and(|g| g.contains(&ip));
            });
            if !inside {
                continue;
            }
            reasons.push("in built-up land use".into());
        }
        let dwellings = (area / 10_000.0 * r.dwellings_per_ha).floor() as i64;
        features.push(row_with(
            f,
            n,
            [Value::from(reasons.join("; ")), Value::Int(dwellings)],
        ));
    }
    Ok(Layer { schema, features })
}

/// Sums of `fields` of `items` per district: each item counts in every district that holds
/// its interior point by the boundary rule ([`crate::boundary::holds`]; over a partition, in
/// exactly one). Adds `items` (how many) and `sum_<field>` per field.
///
/// # Errors
/// A field is missing or not numeric.
pub fn sum_by_district(
    districts: &Layer,
    items: &Layer,
    items_name: &str,
    fields: &[&str],
) -> Result<Layer> {
    let idx: Vec<usize> = fields
        .iter()
        .map(|f| field_index(items, items_name, f))
        .collect::<Result<_>>()?;
    let mut sums = vec![vec![0.0f64; fields.len()]; districts.features.len()];
    let mut counts = vec![0i64; districts.features.len()];
    for (it, j) in districts_holding(districts, items) {
        let f = &items.features[it];
        counts[j] += 1;
        for (k, &i) in idx.iter().enumerate() {
            sums[j][k] += f.value(i).as_f64().unwrap_or(0.0);
        }
    }
    let names: Vec<String> = fields.iter().map(|f| format!("sum_{f}")).collect();
    let mut extra: Vec<(&str, FieldType)> = vec![("items", FieldType::Int)];
    extra.extend(names.iter().map(|n| (n.as_str(), FieldType::Float)));
    let schema = with_fields(&districts.schema, &extra);
    let n = districts.schema.len();
    let features = districts
        .features
        .iter()
        .enumerate()
        .map(|(j, d)| {
            let mut v = vec![Value::Int(counts[j])];
            v.extend(sums[j].iter().map(|s| Value::Float(*s)));
            row_with(d, n, v)
        })
        .collect();
    Ok(Layer { schema, features })
}

/// One reach rule of [`green`]: green areas of at least `min_area` m² within `distance` m.
#[derive(Debug, Clone, Copy)]
pub struct GreenRule {
    /// Walking reach, straight-line metres (500).
    pub distance: f64,
    /// Smallest green area counted, m² (5,000 = 0.5 ha).
    pub min_area: f64,
    /// Guide value, m² per inhabitant (6).
    pub guide: f64,
}

/// Public green per inhabitant, per district. `pieces` are residential areas with their
/// population (`weight`, e.g. from a dasymetric overlay), each belonging to the district
/// `district_of[i]`. For every rule, each green area of at least `min_area` is shared among the
/// people living within `distance` of it (area / reachable population), and a person's supply is
/// the sum over the green areas in reach. Per district: `population`, and per rule
/// `green_<d>_per_inhabitant` (m², the population-weighted mean supply) and `meets_<d>`
/// (at least the guide value).
///
/// # Errors
/// `weight` is not a numeric field of `pieces`.
pub fn green(
    districts: &Layer,
    pieces: &Layer,
    pieces_name: &str,
    weight: &str,
    district_of: &[Option<usize>],
    greens: &Layer,
    rules: &[GreenRule],
) -> Result<Layer> {
    use geo::{Distance, Euclidean};
    let wi = field_index(pieces, pieces_name, weight)?;
    let pop: Vec<f64> = pieces
        .features
        .iter()
        .map(|f| f.value(wi).as_f64().unwrap_or(0.0).max(0.0))
        .collect();
    let pidx = LayerIndex::build(pieces);
    let garea: Vec<f64> = greens
        .features
        .iter()
        .map(|g| {
            g.geometry
                .as_ref()
                .and_then(as_multipolygon)
                .map_or(0.0, |m| m.unsigned_area())
        })
        .collect();
    let nd = districts.features.len();
    let mut district_pop = vec![0.0; nd];
    for (k, d) in district_of.iter().enumerate() {
        if let Some(d) = d {
            district_pop[*d] += pop[k];
        }
    }
    let mut per_rule: Vec<Vec<Option<f64>>> = Vec::new();
    for rule in rules {
        // Pieces in reach of each green area.
        let reach: Vec<Vec<usize>> = greens
            .features
            .par_iter()
            .enumerate()
            .map(|(j, g)| {
                let mut v = Vec::new();
                if garea[j] < rule.min_area {
                    return v;
                }
                let Some(gg) = &g.geometry else { return v };
                let q = Bbox::of(gg).grown(rule.distance);
                pidx.for_each_in_bbox(&q, |k| {
                    if let Some(pg) = &pieces.features[k].geometry {
                        if Euclidean.distance(gg, pg) <= rule.distance {
                            v.push(k);
                        }
                    }
                });
                v
            })
            .collect();
        let mut supply = vec![0.0; pieces.features.len()];
        for (j, ks) in reach.iter().enumerate() {
            let p: f64 = ks.iter().map(|&k| pop[k]).sum();
            if p > 0.0 {
                for &k in ks {
                    supply[k] += garea[j] / p;
                }
            }
        }
        let mut weighted = vec![0.0; nd];
        for (k, d) in district_of.iter().enumerate() {
            if let Some(d) = d {
                weighted[*d] += pop[k] * supply[k];
            }
        }
        per_rule.push(
            (0..nd)
                .map(|d| (district_pop[d] > 0.0).then(|| weighted[d] / district_pop[d]))
                .collect(),
        );
    }
    let mut extra: Vec<(String, FieldType)> = vec![("population".into(), FieldType::Float)];
    for r in rules {
        extra.push((
            format!("green_{:.0}_per_inhabitant", r.distance),
            FieldType::Float,
        ));
        extra.push((format!("meets_{:.0}", r.distance), FieldType::Bool));
    }
    let extra_ref: Vec<(&str, FieldType)> = extra.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let schema = with_fields(&districts.schema, &extra_ref);
    let n = districts.schema.len();
    let features = districts
        .features
        .iter()
        .enumerate()
        .map(|(d, f)| {
            let mut v = vec![Value::Float(district_pop[d])];
            for (r, vals) in rules.iter().zip(&per_rule) {
                match vals[d] {
                    Some(x) => {
                        v.push(Value::Float(x));
                        v.push(Value::Bool(x >= r.guide));
                    }
                    None => {
                        v.push(Value::Null);
                        v.push(Value::Null);
                    }
                }
            }
            row_with(f, n, v)
        })
        .collect();
    Ok(Layer { schema, features })
}

/// The district each feature's interior point lies in, by the boundary rule
/// ([`crate::boundary::holds`]); where districts overlap, the first in layer order. For
/// [`green`], which shares each person's green area once.
#[must_use]
pub fn district_of(districts: &Layer, items: &Layer) -> Vec<Option<usize>> {
    let mut first = vec![None; items.features.len()];
    for (i, j) in districts_holding(districts, items) {
        if first[i].is_none() {
            first[i] = Some(j);
        }
    }
    first
}

/// Every (item, district) pair in which the district holds the item's interior point by the
/// boundary rule, sorted by item then district.
fn districts_holding(districts: &Layer, items: &Layer) -> Vec<(usize, usize)> {
    let reps = Layer {
        schema: saale_model::Schema::new(),
        features: items
            .features
            .iter()
            .map(|f| Feature {
                geometry: f
                    .geometry
                    .as_ref()
                    .and_then(|g| g.interior_point())
                    .map(Geometry::Point),
                values: vec![],
            })
            .collect(),
    };
    crate::boundary::point_polygon_pairs(districts, &reps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use saale_model::geo_types::polygon;
    use saale_model::{Field, Schema};

    fn sq(x: f64, y: f64, s: f64) -> Option<Geometry<f64>> {
        Some(Geometry::Polygon(
            polygon![(x: x, y: y), (x: x + s, y: y), (x: x + s, y: y + s), (x: x, y: y + s)],
        ))
    }

    fn layer(
        fields: &[(&str, FieldType)],
        rows: Vec<(Option<Geometry<f64>>, Vec<Value>)>,
    ) -> Layer {
        Layer {
            schema: Schema::from_fields(fields.iter().map(|(n, t)| Field {
                name: (*n).into(),
                ty: *t,
            })),
            features: rows
                .into_iter()
                .map(|(g, v)| Feature {
                    geometry: g,
                    values: v,
                })
                .collect(),
        }
    }

    #[test]
    fn landuse_shares_by_hand() {
        // District 100 x 100; residential 50 x 100 inside, forest 100 x 100 half inside.
        let d = layer(
            &[("id", FieldType::Int)],
            vec![(sq(0.0, 0.0, 100.0), vec![Value::Int(1)])],
        );
        let lu = layer(
            &[("landuse", FieldType::String)],
            vec![
                (
                    Some(Geometry::Polygon(
                        polygon![(x: 0.0, y: 0.0), (x: 50.0, y: 0.0), (x: 50.0, y: 100.0), (x: 0.0, y: 100.0)],
                    )),
                    vec![Value::from("residential".to_string())],
                ),
                (sq(50.0, 0.0, 100.0), vec![Value::from("Wald".to_string())]),
            ],
        );
        let r = landuse_shares(&d, &lu, "lu", &["landuse".into()]).expect("shares");
        let v = |n: &str| r.value(0, n).and_then(Value::as_f64).expect(n);
        assert_eq!(v("district_area"), 10_000.0);
        assert_eq!(v("area_residential"), 5_000.0);
        assert_eq!(v("share_residential"), 0.5);
        assert_eq!(v("area_wald"), 5_000.0);
    }

    #[test]
    fn solar_yield_by_hand() {
        let m = SolarModel::default();
        let roofs = layer(
            &[
                ("area_3d", FieldType::Float),
                ("tilt_deg", FieldType::Float),
                ("azimuth_deg", FieldType::Float),
            ],
            vec![
                (
                    None,
                    vec![Value::Float(100.0), Value::Float(35.0), Value::Float(180.0)],
                ),
                (
                    None,
                    vec![Value::Float(100.0), Value::Float(35.0), Value::Float(0.0)],
                ),
                (
                    None,
                    vec![Value::Float(200.0), Value::Float(2.0), Value::Float(90.0)],
                ),
            ],
        );
        let r = solar(&roofs, "roofs", &m).expect("solar");
        let v = |i: usize, n: &str| r.value(i, n).and_then(Value::as_f64).expect(n);
        // South 35°: f = 1 + 0.28 − 0.14994 = 1.13006; 70 m² usable;
        // 70 x 0.2 x 0.8 x 1050 x 1.13006 = 13,289.5 kWh.
        assert!((v(0, "orientation_factor") - 1.13006).abs() < 1e-9);
        assert!((v(0, "yield_kwh") - 13_289.505_6).abs() < 1e-3);
        assert!((v(0, "kwp") - 14.0).abs() < 1e-12);
        // North 35°: f = 0.57006 < 0.75, not suitable.
        assert_eq!(r.value(1, "suitable"), Some(&Value::Bool(false)));
        assert_eq!(v(1, "yield_kwh"), 0.0);
        // Flat 200 m²: half usable, f = 1: 100 x 0.16 x 1050 = 16,800 kWh.
        assert!((v(2, "yield_kwh") - 16_800.0).abs() < 1e-9);
    }

    #[test]
    fn green_supply_is_shared_among_the_people_in_reach() {
        // Two districts side by side (x 0..100 and 100..200), each one residential piece: 100
        // people in the west, 300 in the east. A 1 ha park at x 0..100, y 200..300 is 100 m
        // from both pieces' tops (pieces y 0..100): in reach of both within 150 m, shared by
        // 400 people: 25 m² each. A 0.4 ha park near the east piece is too small.
        let d = layer(
            &[("id", FieldType::Int)],
            vec![
                (sq(0.0, 0.0, 100.0), vec![Value::Int(1)]),
                (sq(100.0, 0.0, 100.0), vec![Value::Int(2)]),
            ],
        );
        let pieces = layer(
            &[("pop", FieldType::Float)],
            vec![
                (sq(0.0, 0.0, 100.0), vec![Value::Float(100.0)]),
                (sq(100.0, 0.0, 100.0), vec![Value::Float(300.0)]),
            ],
        );
        let greens = layer(
            &[],
            vec![
                (
                    Some(Geometry::Polygon(
                        polygon![(x: 50.0, y: 200.0), (x: 150.0, y: 200.0), (x: 150.0, y: 300.0), (x: 50.0, y: 300.0)],
                    )),
                    vec![],
                ),
                (sq(150.0, -80.0, 63.0), vec![]),
            ],
        );
        let dof = district_of(&d, &pieces);
        assert_eq!(dof, vec![Some(0), Some(1)]);
        let rule = GreenRule {
            distance: 150.0,
            min_area: 5_000.0,
            guide: 6.0,
        };
        let r = green(&d, &pieces, "pieces", "pop", &dof, &greens, &[rule]).expect("green");
        let v = |i: usize| {
            r.value(i, "green_150_per_inhabitant")
                .and_then(Value::as_f64)
                .expect("value")
        };
        assert!((v(0) - 25.0).abs() < 1e-9 && (v(1) - 25.0).abs() < 1e-9);
        assert_eq!(r.value(0, "meets_150"), Some(&Value::Bool(true)));
        // With a 50 m reach nobody reaches the park.
        let near = GreenRule {
            distance: 50.0,
            ..rule
        };
        let r = green(&d, &pieces, "pieces", "pop", &dof, &greens, &[near]).expect("green");
        assert_eq!(
            r.value(1, "green_50_per_inhabitant")
                .and_then(Value::as_f64),
            Some(0.0)
        );
    }

    #[test]
    fn density_on_a_generated_block_matches_the_construction() {
        // 10 x 10 parcels of 20 x 30 m, each with one building of known size and storeys.
        let mut parcels = Vec::new();
        let mut buildings = Vec::new();
        let mut expect = Vec::new();
        for i in 0..100 {
            let (x, y) = (f64::from(i % 10) * 20.0, f64::from(i / 10) * 30.0);
            parcels.push((Some(Geometry::Polygon(polygon![(x: x, y: y), (x: x + 20.0, y: y), (x: x + 20.0, y: y + 30.0), (x: x, y: y + 30.0)])), vec![Value::Int(i64::from(i))]));
            let (w, h) = (4.0 + f64::from(i % 7), 5.0 + f64::from(i % 11));
            let storeys = 1 + i64::from(i % 4);
            buildings.push((Some(Geometry::Polygon(polygon![(x: x + 2.0, y: y + 3.0), (x: x + 2.0 + w, y: y + 3.0), (x: x + 2.0 + w, y: y + 3.0 + h), (x: x + 2.0, y: y + 3.0 + h)])), vec![Value::Int(storeys)]));
            expect.push((w * h / 600.0, w * h * storeys as f64 / 600.0));
        }
        let pl = layer(&[("id", FieldType::Int)], parcels);
        let bl = layer(&[("storeys_above", FieldType::Int)], buildings);
        let zl = layer(
            &[
                ("grz", FieldType::Float),
                ("gfz", FieldType::Float),
                ("z", FieldType::Int),
            ],
            vec![(
                sq(-1.0, -1.0, 400.0),
                vec![Value::Float(0.4), Value::Float(1.2), Value::Int(3)],
            )],
        );
        let d =
            density(&pl, &bl, &zl, ("p", "b", "z"), &DensityFields::default()).expect("density");
        for (i, (grz, gfz)) in expect.iter().enumerate() {
            let v = |n: &str| d.value(i, n).and_then(Value::as_f64).expect(n);
            assert!((v("grz_actual") - grz).abs() < 1e-12, "parcel {i}");
            assert!((v("gfz_actual") - gfz).abs() < 1e-12, "parcel {i}");
            assert!((v("unused_gr") - (0.4 * 600.0 - grz * 600.0).max(0.0)).abs() < 1e-9);
        }
    }

    #[test]
    fn density_and_infill_by_hand() {
        // Parcel A 20 x 20 (400 m²) with a 10 x 10 building of 2 storeys; parcel B 20 x 20
        // unbuilt; parcel C 10 x 10 unbuilt (too small). Zone GRZ 0.4, GFZ 0.8 over all.
        let parcels = layer(
            &[("id", FieldType::String)],
            vec![
                (sq(0.0, 0.0, 20.0), vec![Value::from("A".to_string())]),
                (sq(20.0, 0.0, 20.0), vec![Value::from("B".to_string())]),
                (sq(40.0, 0.0, 10.0), vec![Value::from("C".to_string())]),
            ],
        );
        let buildings = layer(
            &[("storeys_above", FieldType::Int)],
            vec![(sq(5.0, 5.0, 10.0), vec![Value::Int(2)])],
        );
        let zones = layer(
            &[
                ("grz", FieldType::Float),
                ("gfz", FieldType::Float),
                ("z", FieldType::Int),
            ],
            vec![(
                sq(-10.0, -10.0, 100.0),
                vec![Value::Float(0.4), Value::Float(0.8), Value::Int(2)],
            )],
        );
        let d = density(
            &parcels,
            &buildings,
            &zones,
            ("p", "b", "z"),
            &DensityFields::default(),
        )
        .expect("density");
        let v = |i: usize, n: &str| d.value(i, n).and_then(Value::as_f64).expect(n);
        assert_eq!(v(0, "footprint"), 100.0);
        assert_eq!(v(0, "grz_actual"), 0.25);
        assert_eq!(v(0, "gfa"), 200.0);
        assert_eq!(v(0, "gfz_actual"), 0.5);
        assert_eq!(v(0, "unused_gr"), 60.0); // 0.4 x 400 − 100
        assert_eq!(v(0, "unused_gf"), 120.0); // 0.8 x 400 − 200
        assert_eq!(v(1, "unused_gr"), 160.0);
        let i = infill(
            &d,
            None,
            &InfillRules {
                min_area: 300.0,
                ..InfillRules::default()
            },
        )
        .expect("infill");
        assert_eq!(i.features.len(), 1);
        assert_eq!(i.value(0, "id").and_then(Value::as_str), Some("B"));
        assert_eq!(i.value(0, "dwellings"), Some(&Value::Int(1))); // 0.04 ha x 25
        assert!(i
            .value(0, "reasons")
            .and_then(Value::as_str)
            .is_some_and(|r| r.contains("unbuilt")));
    }
}
