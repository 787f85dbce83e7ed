//! Walking distance along a street network: a graph from line features (nodes where line ends
//! meet), points snapped to the nearest edge, Dijkstra from facilities, service areas and
//! coverage.
//!
//! A network distance includes the straight legs from the point to its snap position on the
//! network and from the facility's snap position to the facility, so it is never shorter than
//! the straight-line distance.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use geo::{Buffer, ClosestPoint, Distance, Euclidean, Length, LineLocatePoint};
use rayon::prelude::*;
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::RTree;
use saale_model::geo_types::{Coord, LineString, MultiLineString, MultiPolygon, Point};
use saale_model::{Feature, FieldType, Geometry, Layer, Value};

use crate::util::{row_with, with_fields};
use crate::{Error, Result};

/// An edge: a line between two nodes.
struct Edge {
    a: usize,
    b: usize,
    len: f64,
    line: LineString<f64>,
}

/// Where a point meets the network.
#[derive(Debug, Clone, Copy)]
pub struct Snap {
    /// Edge index.
    pub edge: usize,
    /// Distance along the edge from its start node.
    pub along: f64,
    /// Straight distance from the point to the edge.
    pub offset: f64,
}

/// A street graph.
pub struct Network {
    edges: Vec<Edge>,
    adj: Vec<Vec<(usize, f64)>>,
    tree: RTree<GeomWithData<Rectangle<[f64; 2]>, usize>>,
}

#[derive(PartialEq)]
struct State(f64, usize);
impl Eq for State {}
impl Ord for State {
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0).then(self.1.cmp(&o.1))
    }
}
impl PartialOrd for State {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

fn key(c: Coord<f64>) -> (i64, i64) {
    ((c.x * 100.0).round() as i64, (c.y * 100.0).round() as i64)
}

impl Network {
    /// Build the graph from the line features of `layer` (LineString, MultiLineString parts).
    /// With a `walkable` field (as the OSM `streets` layer has), features where it is false are
    /// left out. Line ends closer than 1 cm are one node.
    ///
    /// # Errors
    /// The layer has no lines.
    pub fn from_layer(layer: &Layer) -> Result<Network> {
        let walk = layer.schema.index_of("walkable");
        let mut nodes: HashMap<(i64, i64), usize> = HashMap::new();
        let mut edges = Vec::new();
        let node = |c: Coord<f64>, nodes: &mut HashMap<(i64, i64), usize>| {
            let n = nodes.len();
            *nodes.entry(key(c)).or_insert(n)
        };
        for f in &layer.features {
            if let Some(w) = walk {
                if f.value(w) == &Value::Bool(false) {
                    continue;
                }
            }
            let parts: Vec<&LineString<f64>> = match &f.geometry {
                Some(Geometry::LineString(l)) => vec![l],
                Some(Geometry::MultiLineString(m)) => m.0.iter().collect(),
                _ => continue,
            };
            for l in parts {
                let (Some(s), Some(e)) = (l.0.first(), l.0.last()) else {
                    continue;
                };
                let len = Euclidean.length(l);
                if len <= 0.0 {
                    continue;
                }
                let a = node(*s, &mut nodes);
                let b = node(*e, &mut nodes);
                edges.push(Edge {
                    a,
                    b,
                    len,
                    line: l.clone(),
                });
            }
        }
        if edges.is_empty() {
            return Err(Error::Argument(
                "the network layer has no (walkable) lines".into(),
            ));
        }
        let mut adj = vec![Vec::new(); nodes.len()];
        for e in &edges {
            adj[e.a].push((e.b, e.len));
            adj[e.b].push((e.a, e.len));
        }
        let tree = RTree::bulk_load(
            edges
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let b = saale_model::Bbox::of(&Geometry::LineString(e.line.clone()));
                    GeomWithData::new(
                        Rectangle::from_corners([b.min_x, b.min_y], [b.max_x, b.max_y]),
                        i,
                    )
                })
                .collect(),
        );
        Ok(Network { edges, adj, tree })
    }

    /// Number of nodes and edges.
    #[must_use]
    pub fn size(&self) -> (usize, usize) {
        (self.adj.len(), self.edges.len())
    }

    /// Snap a point to the nearest edge.
    #[must_use]
    pub fn snap(&self, p: Point<f64>) -> Option<Snap> {
        let mut best: Option<Snap> = None;
        for (e, d2) in self
            .tree
            .nearest_neighbor_iter_with_distance_2(&[p.x(), p.y()])
        {
            if let Some(b) = &best {
                if d2.sqrt() > b.offset {
                    break;
                }
            }
            let edge = &self.edges[e.data];
            let cp = match edge.line.closest_point(&p) {
                geo::Closest::Intersection(c) | geo::Closest::SinglePoint(c) => c,
                geo::Closest::Indeterminate => continue,
            };
            let offset = Euclidean.distance(p, cp);
            if best.is_none_or(|b| offset < b.offset) {
                let frac = edge.line.line_locate_point(&cp).unwrap_or(0.0);
                best = Some(Snap {
                    edge: e.data,
                    along: frac * edge.len,
                    offset,
                });
            }
        }
        best
    }

    /// Shortest distances from the sources (node, initial distance) to every node, up to
    /// `limit` (further nodes stay infinite).
    #[must_use]
    pub fn dijkstra(&self, sources: &[(usize, f64)], limit: f64) -> Vec<f64> {
        let mut dist = vec![f64::INFINITY; self.adj.len()];
        let mut heap = BinaryHeap::new();
        for &(n, d) in sources {
            if d < dist[n] && d <= limit {
                dist[n] = d;
                heap.push(State(d, n));
            }
        }
        while let Some(State(d, n)) = heap.pop() {
            if d > dist[n] {
                continue;
            }
            for &(m, w) in &self.adj[n] {
                let nd = d + w;
                if nd < dist[m] && nd <= limit {
                    dist[m] = nd;
                    heap.push(State(nd, m));
                }
            }
        }
        dist
    }

    fn sources(&self, s: &Snap) -> [(usize, f64); 2] {
        let e = &self.edges[s.edge];
        [
            (e.a, s.offset + s.along),
            (e.b, s.offset + (e.len - s.along)),
        ]
    }

    /// Network distance of a snapped point given node distances from the facilities and the
    /// facilities snapped to the same edge.
    fn distance_of(&self, s: &Snap, node_dist: &[f64], same_edge: &[Snap]) -> f64 {
        let e = &self.edges[s.edge];
        let via_nodes = (node_dist[e.a] + s.along).min(node_dist[e.b] + (e.len - s.along));
        let direct = same_edge
            .iter()
            .map(|f| f.offset + (f.along - s.along).abs())
            .fold(f64::INFINITY, f64::min);
        s.offset + via_nodes.min(direct)
    }
}

/// Reachable parts of the network within `limit` of the node distances, as line pieces.
fn reachable(net: &Network, dist: &[f64], limit: f64, start: &Snap) -> MultiLineString<f64> {
    let mut pieces = Vec::new();
    for (i, e) in net.edges.iter().enumerate() {
        let (da, db) = (dist[e.a], dist[e.b]);
        if da + e.len <= limit || db + e.len <= limit {
            pieces.push(e.line.clone());
            continue;
        }
        if da < limit {
            pieces.push(substring(&e.line, 0.0, (limit - da).min(e.len)));
        }
        if db < limit {
            pieces.push(substring(&e.line, (e.len - (limit - db)).max(0.0), e.len));
        }
        if i == start.edge {
            let r = limit - start.offset;
            if r > 0.0 {
                pieces.push(substring(
                    &e.line,
                    (start.along - r).max(0.0),
                    (start.along + r).min(e.len),
                ));
            }
        }
    }
    MultiLineString(pieces)
}

/// The part of a line between two distances along it.
fn substring(l: &LineString<f64>, from: f64, to: f64) -> LineString<f64> {
    let mut out = Vec::new();
    let mut walked = 0.0;
    for w in l.0.windows(2) {
        let seg = Euclidean.distance(Point(w[0]), Point(w[1]));
        let (s0, s1) = (walked, walked + seg);
        let at = |d: f64| {
            let t = if seg > 0.0 {
                ((d - s0) / seg).clamp(0.0, 1.0)
            } else {
                0.0
            };
            Coord {
                x: w[0].x + t * (w[1].x - w[0].x),
                y: w[0].y + t * (w[1].y - w[0].y),
            }
        };
        if s1 >= from && s0 <= to {
            if out.is_empty() {
                out.push(at(from.max(s0)));
            }
            out.push(at(to.min(s1)));
        }
        walked = s1;
    }
    if out.len() == 1 {
        out.push(out[0]);
    }
    LineString::new(out)
}

fn point_of(g: &Geometry<f64>) -> Option<Point<f64>> {
    use geo::InteriorPoint;
    match g {
        Geometry::Point(p) => Some(*p),
        g => g.interior_point(),
    }
}

/// Catchment areas: for every facility, the area within `distance` metres, Euclidean (a circle)
/// or along `network` (the reachable streets buffered by `corridor` metres). One feature per
/// facility with its attributes and `reach_m`.
///
/// # Errors
/// Facilities that cannot be snapped to the network are reported by id.
pub fn catchment(
    facilities: &Layer,
    distance: f64,
    network: Option<&Network>,
    corridor: f64,
) -> Result<Layer> {
    if !(distance > 0.0 && distance.is_finite()) {
        return Err(Error::Argument(
            "the distance must be a positive number of metres".into(),
        ));
    }
    let schema = with_fields(&facilities.schema, &[("reach_m", FieldType::Float)]);
    let n = facilities.schema.len();
    let features: Vec<Feature> = facilities
        .features
        .par_iter()
        .filter_map(|f| {
            let p = f.geometry.as_ref().and_then(point_of)?;
            let area: MultiPolygon<f64> = match network {
                None => Geometry::Point(p).buffer(distance),
                Some(net) => {
                    let s = net.snap(p)?;
                    let dist = net.dijkstra(&net.sources(&s), distance);
                    let lines = reachable(net, &dist, distance, &s);
                    if lines.0.is_empty() {
                        return None;
                    }
                    Geometry::MultiLineString(lines).buffer(corridor)
                }
            };
            let mut row = row_with(f, n, [Value::Float(distance)]);
            row.geometry = Some(Geometry::MultiPolygon(area));
            Some(row)
        })
        .collect();
    Ok(Layer { schema, features })
}

/// Distance from every feature of `points` to the nearest facility: Euclidean, or along the
/// network (including the straight legs to and from the network). Features without geometry
/// get infinity.
#[must_use]
pub fn distances_to_nearest(
    points: &Layer,
    facilities: &[&Layer],
    network: Option<&Network>,
) -> Vec<f64> {
    let fac_points: Vec<Point<f64>> = facilities
        .iter()
        .flat_map(|l| l.features.iter())
        .filter_map(|f| f.geometry.as_ref().and_then(point_of))
        .collect();
    match network {
        None => {
            let fl = Layer {
                schema: saale_model::Schema::new(),
                features: fac_points
                    .iter()
                    .map(|p| Feature {
                        geometry: Some(Geometry::Point(*p)),
                        values: vec![],
                    })
                    .collect(),
            };
            let idx = saale_index::LayerIndex::build(&fl);
            points
                .features
                .par_iter()
                .map(|f| {
                    let Some(p) = f.geometry.as_ref().and_then(point_of) else {
                        return f64::INFINITY;
                    };
                    idx.nearest(p.x(), p.y(), 0.0, 1, f64::INFINITY, |j| {
                        Euclidean.distance(p, fac_points[j])
                    })
                    .first()
                    .map_or(f64::INFINITY, |x| x.1)
                })
                .collect()
        }
        Some(net) => {
            let snaps: Vec<Snap> = fac_points.iter().filter_map(|p| net.snap(*p)).collect();
            let mut by_edge: HashMap<usize, Vec<Snap>> = HashMap::new();
            let mut sources = Vec::new();
            for s in &snaps {
                by_edge.entry(s.edge).or_default().push(*s);
                sources.extend(net.sources(s));
            }
            let dist = net.dijkstra(&sources, f64::INFINITY);
            points
                .features
                .par_iter()
                .map(|f| {
                    let Some(p) = f.geometry.as_ref().and_then(point_of) else {
                        return f64::INFINITY;
                    };
                    let Some(s) = net.snap(p) else {
                        return f64::INFINITY;
                    };
                    let same = by_edge.get(&s.edge).map_or(&[][..], Vec::as_slice);
                    net.distance_of(&s, &dist, same)
                })
                .collect()
        }
    }
}

/// Coverage: which share of the points (or of their `weight`) lies within `distance` of the
/// nearest facility, given each point's distance (from [`distances_to_nearest`]). Without
/// `districts`: the points with `distance_m` and `covered`. With `districts`: per district
/// `total`, `covered` and `share` (points assigned by the boundary rule,
/// [`crate::boundary::holds`]; polygons and lines by a point inside them). With `min_count`
/// (disclosure control for counts of persons or households), districts whose total is below it
/// get null values and `suppressed = true`.
///
/// # Errors
/// `weight` is not a field of the points.
pub fn coverage(
    points: &Layer,
    points_name: &str,
    distances: &[f64],
    distance: f64,
    districts: Option<&Layer>,
    weight: Option<&str>,
    min_count: Option<f64>,
) -> Result<Layer> {
    let wi = weight
        .map(|w| crate::util::field_index(points, points_name, w))
        .transpose()?;
    let covered: Vec<bool> = distances.iter().map(|d| *d <= distance).collect();
    let Some(districts) = districts else {
        let schema = with_fields(
            &points.schema,
            &[
                ("distance_m", FieldType::Float),
                ("covered", FieldType::Bool),
            ],
        );
        let n = points.schema.len();
        let features = points
            .features
            .iter()
            .zip(distances.iter().zip(&covered))
            .map(|(f, (d, c))| {
                let d = if d.is_finite() {
                    Value::Float(*d)
                } else {
                    Value::Null
                };
                row_with(f, n, [d, Value::Bool(*c)])
            })
            .collect();
        return Ok(Layer { schema, features });
    };
    let reps = Layer {
        schema: saale_model::Schema::new(),
        features: points
            .features
            .iter()
            .map(|f| Feature {
                geometry: f.geometry.as_ref().and_then(point_of).map(Geometry::Point),
                values: vec![],
            })
            .collect(),
    };
    let pairs = crate::boundary::point_polygon_pairs(districts, &reps);
    let n = districts.features.len();
    let (mut total, mut cov) = (vec![0.0; n], vec![0.0; n]);
    for &(i, j) in &pairs {
        let w = match wi {
            Some(k) => points.features[i].value(k).as_f64().unwrap_or(0.0),
            None => 1.0,
        };
        total[j] += w;
        if covered[i] {
            cov[j] += w;
        }
    }
    let schema = with_fields(
        &districts.schema,
        &[
            ("total", FieldType::Float),
            ("covered", FieldType::Float),
            ("share", FieldType::Float),
            ("suppressed", FieldType::Bool),
        ],
    );
    let m = districts.schema.len();
    let features = districts
        .features
        .iter()
        .enumerate()
        .map(|(j, f)| {
            let hide = min_count.is_some_and(|k| total[j] > 0.0 && total[j] < k);
            let extra = if hide {
                [Value::Null, Value::Null, Value::Null, Value::Bool(true)]
            } else {
                let share = if total[j] > 0.0 {
                    Value::Float(cov[j] / total[j])
                } else {
                    Value::Null
                };
                [
                    Value::Float(total[j]),
                    Value::Float(cov[j]),
                    share,
                    Value::Bool(false),
                ]
            };
            row_with(f, m, extra)
        })
        .collect();
    Ok(Layer { schema, features })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(ls: &[&[(f64, f64)]]) -> Layer {
        Layer {
            schema: saale_model::Schema::new(),
            features: ls
                .iter()
                .map(|l| Feature {
                    geometry: Some(Geometry::LineString(LineString::from(l.to_vec()))),
                    values: vec![],
                })
                .collect(),
        }
    }

    fn pts(v: &[(f64, f64)]) -> Layer {
        Layer {
            schema: saale_model::Schema::new(),
            features: v
                .iter()
                .map(|(x, y)| Feature {
                    geometry: Some(Geometry::Point(Point::new(*x, *y))),
                    values: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn hand_built_graph_distances() {
        // An L-shaped street (0,0)-(100,0)-(100,100) and a dead end (100,0)-(200,0).
        let net = Network::from_layer(&lines(&[
            &[(0.0, 0.0), (100.0, 0.0)],
            &[(100.0, 0.0), (100.0, 100.0)],
            &[(100.0, 0.0), (150.0, 0.0), (200.0, 0.0)],
        ]))
        .expect("net");
        assert_eq!(net.size(), (4, 3));
        // Facility at (0, 10): 10 m off the street at its start.
        let fac = pts(&[(0.0, 10.0)]);
        let q = pts(&[(100.0, 80.0), (180.0, -5.0), (50.0, 3.0), (0.0, 10.0)]);
        let d = distances_to_nearest(&q, &[&fac], Some(&net));
        // 10 (leg) + 100 + 80 = 190; 10 + 100 + 80 + 5 = 195; same edge: 10 + 50 + 3 = 63; 10+10.
        assert!((d[0] - 190.0).abs() < 1e-9, "{}", d[0]);
        assert!((d[1] - 195.0).abs() < 1e-9, "{}", d[1]);
        assert!((d[2] - 63.0).abs() < 1e-9, "{}", d[2]);
        assert!((d[3] - 20.0).abs() < 1e-9, "{}", d[3]);
        let e = distances_to_nearest(&q, &[&fac], None);
        for (n, s) in d.iter().zip(&e) {
            assert!(n + 1e-9 >= *s);
        }
        // Catchment of 150 m: reaches (100, 40) on the vertical street, not (100, 50).
        let c = catchment(&fac, 150.0, Some(&net), 5.0).expect("catchment");
        let g = c.features[0].geometry.as_ref().expect("area");
        use geo::Contains;
        assert!(g.contains(&Geometry::Point(Point::new(100.0, 38.0))));
        assert!(!g.contains(&Geometry::Point(Point::new(100.0, 50.0))));
    }
}
