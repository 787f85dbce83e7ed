//! Essen's 102,981 address points (bundled, `data/essen`) against GeoPandas and DuckDB spatial:
//! counts in a 100 m grid over the city and the nearest of every 97th address.
#![allow(clippy::unwrap_used)]

mod common;

use common::{export, peer_python, python, root, saale_ok};

#[test]
fn essen_grid_counts_and_nearest_match_geopandas_and_duckdb() {
    let Some(py) = peer_python() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path().display().to_string();
    let zip = root().join("data/essen/hauskoordinaten_essen_2022-10-05_4326.zip");
    // Unpack the GeoJSON; saale imports it (EPSG:4326 -> the project's EPSG:25832).
    let name = python(
        &py,
        &format!(
            "import zipfile, json; z = zipfile.ZipFile('{}'); n = [x for x in z.namelist() if x.endswith('.geojson')][0]; \
             z.extract(n, '{t}'); print(json.dumps(n))",
            zip.display()
        ),
    );
    let geojson = format!("{t}/{}", name.as_str().unwrap());
    let p = format!("{t}/p");
    saale_ok(&["init", &p, "-q"]);
    saale_ok(&["-p", &p, "import", &geojson, "--layer", "essen", "-q"]);
    let pp = std::path::Path::new(&p);
    export(pp, "essen", &tmp.path().join("essen.parquet"), &["-q"]);
    // Facilities (every 97th address) and the city's bounding box, from the exported points.
    python(
        &py,
        &format!(
            "import geopandas as gpd, json; from shapely.geometry import box; p = gpd.read_parquet('{t}/essen.parquet'); \
             p.iloc[::97].to_parquet('{t}/fac.parquet'); \
             gpd.GeoDataFrame({{'name': ['essen']}}, geometry=[box(*p.total_bounds)], crs=p.crs).to_file('{t}/bbox.geojson', driver='GeoJSON'); \
             print(json.dumps(len(p)))"
        ),
    );
    saale_ok(&[
        "-p",
        &p,
        "import",
        &format!("{t}/fac.parquet"),
        "--layer",
        "fac",
        "-q",
    ]);
    saale_ok(&[
        "-p",
        &p,
        "import",
        &format!("{t}/bbox.geojson"),
        "--layer",
        "bbox",
        "-q",
    ]);
    saale_ok(&[
        "-p", &p, "grid", "--cell", "100", "--extent", "bbox", "--out", "grid", "-q",
    ]);
    saale_ok(&["-p", &p, "count", "grid", "essen", "--out", "c", "-q"]);
    saale_ok(&[
        "-p", &p, "nearest", "essen", "fac", "-k", "1", "--out", "n1", "-q",
    ]);
    for l in ["grid", "c", "n1"] {
        export(pp, l, &tmp.path().join(format!("{l}.parquet")), &["-q"]);
    }
    let r = python(
        &py,
        &format!(
            r#"
import duckdb, geopandas as gpd, json, os, sys
g = gpd.read_parquet('{t}/grid.parquet'); p = gpd.read_parquet('{t}/essen.parquet')
f = gpd.read_parquet('{t}/fac.parquet')
j = gpd.sjoin(p, g, predicate='within')
gp = j.groupby('cell_id').size().reindex(g['cell_id'], fill_value=0)
ext = [os.path.join(x, "duckdb_ext", "extensions") for x in sys.path if os.path.isdir(os.path.join(x, "duckdb_ext", "extensions"))]
c = duckdb.connect(); c.execute("SET enable_progress_bar = false")
c.execute(f"SET extension_directory = '{{ext[0]}}'"); c.execute("LOAD spatial")
duck = dict(c.execute("SELECT g.cell_id, count(*) FROM read_parquet('{t}/grid.parquet') g JOIN read_parquet('{t}/essen.parquet') e ON ST_Contains(g.geometry, e.geometry) GROUP BY g.cell_id").fetchall())
s = gpd.read_parquet('{t}/c.parquet').set_index('cell_id')['count']
edge = int(((p.geometry.x % 100 == 0) | (p.geometry.y % 100 == 0)).sum())
near = gpd.sjoin_nearest(p, f, distance_col='d')
near = near[~near.index.duplicated()].set_index('objectid_left')['d']
n1 = gpd.read_parquet('{t}/n1.parquet').set_index('objectid')['distance']
rel = ((n1 - near.reindex(n1.index)).abs() / near.reindex(n1.index).clip(lower=1e-9)).max()
print(json.dumps({{
  "points": len(p), "cells": len(g), "edge": edge,
  "gp_total": int(gp.sum()), "duck_total": int(sum(duck.values())),
  "gp_vs_duck": int(sum(1 for k, v in gp.items() if duck.get(k, 0) != v)),
  "saale_total": int(s.sum()),
  "saale_below": int((s.reindex(gp.index) < gp).sum()),
  "saale_extra": int((s.reindex(gp.index) - gp).sum()),
  "nearest_rows": len(n1), "nearest_max_rel": float(rel),
}}))
"#
        ),
    );
    let n = |k: &str| r[k].as_i64().unwrap();
    assert_eq!(n("points"), 102_981);
    assert!(n("cells") > 30_000, "{r}");
    // GeoPandas and DuckDB agree on every cell.
    assert_eq!(n("gp_vs_duck"), 0, "{r}");
    assert_eq!(n("gp_total"), n("duck_total"));
    // saale counts every point once: the peers' count plus the points on a cell edge, which
    // ST_Contains/within count nowhere; no cell has fewer points than the peers find.
    assert_eq!(n("saale_total"), 102_981);
    assert_eq!(n("saale_total"), n("gp_total") + n("edge"), "{r}");
    assert_eq!(n("saale_below"), 0, "{r}");
    assert_eq!(n("saale_extra"), n("edge"));
    // The nearest facility's distance of every address equals GeoPandas' within 1e-6.
    assert_eq!(n("nearest_rows"), 102_981);
    assert!(r["nearest_max_rel"].as_f64().unwrap() <= 1e-6, "{r}");
}
