"""Benchmark: saale's analysis verbs against DuckDB spatial, SedonaDB and GeoPandas.

Every tool runs as a whole process on the same inputs (GeoParquet exported from one saale
project, EPSG:25832) and writes its result; the script checks that the results agree and
prints wall time, peak RSS and the ratio to the fastest peer. Not a test: timings depend on the
machine. Run through benches/analysis_vs_peers.sh (it builds saale and sets up the venv).

Workloads:
  1. count points in polygons: Essen's 102,981 addresses x a 100 m grid over Essen's extent;
  2. k-nearest (k = 1 and 5): Essen addresses x every 97th address as facilities;
  3. overlay with interpolation: Jena OSM land use x districts with 2016 households;
  and, when spatialbench-cli is installed, a count at scale: SpatialBench scale factor 1,
  6,000,000 trip pickups x 20,000 buildings (the zone table cannot be generated offline).
saale also runs with 1 and 2 threads (RAYON_NUM_THREADS) to show the speed-up.
"""

import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAALE = os.path.join(ROOT, "target/release/saale")
PY = sys.executable
SPATIALBENCH = os.path.join(os.path.dirname(sys.executable), "spatialbench-cli")
if not os.path.exists(SPATIALBENCH):
    SPATIALBENCH = None
EXT_DIR = None
for p in sys.path:
    cand = os.path.join(p, "duckdb_ext", "extensions")
    if os.path.isdir(cand):
        EXT_DIR = cand


def run(cmd, env=None):
    """Run a command under /usr/bin/time: (wall seconds, peak RSS MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", t.name] + cmd
        e = dict(os.environ)
        if env:
            e.update(env)
        r = subprocess.run(full, capture_output=True, text=True, env=e)
        if r.returncode != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}\n{r.stderr[-2000:]}")
        secs, kib = open(t.name).read().split()
        return float(secs), int(kib) / 1024


def best(cmd, runs, env=None):
    times = [run(cmd, env) for _ in range(runs)]
    return min(t for t, _ in times), max(m for _, m in times)


def saale(*args):
    subprocess.run([SAALE, *args], check=True, capture_output=True)


def peer(code):
    return [PY, "-c", code]


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    work = tempfile.mkdtemp(prefix="saale-bench-")
    proj = os.path.join(work, "p")
    saale("init", proj, "-q")
    # Essen addresses.
    with zipfile.ZipFile(os.path.join(ROOT, "data", "essen", "hauskoordinaten_essen_2022-10-05_4326.zip")) as z:
        name = [n for n in z.namelist() if n.endswith(".geojson")][0]
        z.extract(name, work)
    saale("-p", proj, "-q", "import", os.path.join(work, name), "--layer", "essen")
    pq = lambda layer: os.path.join(work, f"{layer}.parquet")
    saale("-p", proj, "-q", "export", "essen", "--to", pq("essen"))
    import geopandas as gpd
    from shapely.geometry import box

    pts = gpd.read_parquet(pq("essen"))
    pts.iloc[::97].to_parquet(pq("fac"))
    saale("-p", proj, "-q", "import", pq("fac"), "--layer", "fac")
    b = pts.total_bounds
    gpd.GeoDataFrame({"name": ["essen"]}, geometry=[box(*b)], crs=pts.crs).to_file(
        os.path.join(work, "bbox.geojson"), driver="GeoJSON"
    )
    saale("-p", proj, "-q", "import", os.path.join(work, "bbox.geojson"), "--layer", "bbox")
    saale("-p", proj, "-q", "grid", "--cell", "100", "--extent", "bbox", "--out", "grid")
    saale("-p", proj, "-q", "export", "grid", "--to", pq("grid"))
    # Jena.
    jena = os.path.join(work, "jena")
    saale("build", os.path.join(ROOT, "data", "jena"), "--out", jena, "-q")
    for l in ["landuse", "statbez_households"]:
        saale("-p", jena, "-q", "export", l, "--to", pq(l))
    n_cells = len(gpd.read_parquet(pq("grid")))
    print(f"inputs: {len(pts)} addresses, {n_cells} grid cells of 100 m, {len(pts.iloc[::97])} facilities")

    duck_pre = (
        f"import duckdb, json, sys; c = duckdb.connect(); "
        f"c.execute(\"SET extension_directory='{EXT_DIR}'\"); c.execute('LOAD spatial'); "
    )
    sedona_pre = "import sedonadb, json; sd = sedonadb.connect(); "
    out = lambda n: os.path.join(work, n)
    results = []

    # 1. Count.
    w = "count: addresses x 100 m grid"
    # Every tool writes the grid polygons with their attributes and the count (0 included).
    cmds = count_cmds(
        [SAALE, "-q", "-p", proj, "count", "grid", "essen", "--out", "c", "--replace"],
        pq("grid"), pq("essen"), "cell_id", duck_pre, sedona_pre,
        {t: out(f"{t}_count.parquet") for t in ("gp", "duck", "sedona")},
    )
    results.append((w, measure(cmds, runs)))
    saale("-p", proj, "-q", "export", "c", "--to", out("saale_count.parquet"))
    import pandas as pd

    totals = {
        "saale": int(pd.read_parquet(out("saale_count.parquet"))["count"].sum()),
        "GeoPandas": int(pd.read_parquet(out("gp_count.parquet"))["n"].sum()),
        "DuckDB": int(pd.read_parquet(out("duck_count.parquet"))["n"].sum()),
        "SedonaDB": int(pd.read_parquet(out("sedona_count.parquet"))["n"].sum()),
    }
    # Points on a cell edge: peers' ST_Contains/within count them nowhere, saale once.
    on_edge = int(((pts.geometry.x % 100 == 0) | (pts.geometry.y % 100 == 0)).sum())
    print(f"  counted points: {totals}; {on_edge} on a cell edge")
    peers = {v for k, v in totals.items() if k != "saale"}
    assert len(peers) == 1 and totals["saale"] == peers.pop() + on_edge, "counts differ"

    # 1b. Count at scale: SpatialBench (scale factor 1) trip pickups x buildings.
    if SPATIALBENCH:
        results.append(spatialbench_count(work, runs, duck_pre, sedona_pre))

    # 2. k-nearest.
    for k in (1, 5):
        w = f"nearest k={k}: addresses x every 97th"
        cmds = {
            "saale": [SAALE, "-q", "-p", proj, "nearest", "essen", "fac", "-k", str(k), "--out", f"n{k}", "--replace"],
            "SedonaDB": peer(
                sedona_pre
                + f"sd.read_parquet('{pq('essen')}').to_view('p'); sd.read_parquet('{pq('fac')}').to_view('f'); "
                f"sd.sql('SELECT p.*, f.objectid AS f_objectid, f.adresse AS f_adresse, ST_Distance(p.geometry, f.geometry) d FROM p JOIN f ON ST_KNN(p.geometry, f.geometry, {k}, false)').to_parquet('{out(f'sedona_knn{k}.parquet')}')"
            ),
        }
        if k == 1:
            cmds["GeoPandas"] = peer(
                f"import geopandas as gpd; p = gpd.read_parquet('{pq('essen')}'); f = gpd.read_parquet('{pq('fac')}'); "
                f"j = gpd.sjoin_nearest(p, f, distance_col='d'); j = j[~j.index.duplicated()]; "
                f"j.to_parquet('{out('gp_knn1.parquet')}')"
            )
        results.append((w, measure(cmds, runs)))
        saale("-p", proj, "-q", "export", f"n{k}", "--to", out(f"saale_knn{k}.parquet"))
        s_sum = float(pd.read_parquet(out(f"saale_knn{k}.parquet"))["distance"].sum())
        o_sum = float(pd.read_parquet(out(f"sedona_knn{k}.parquet"))["d"].sum())
        print(f"  sum of distances: saale {s_sum:.3f}, SedonaDB {o_sum:.3f}")
        assert abs(s_sum - o_sum) <= 1e-6 * o_sum, "kNN distances differ"

    # 3. Overlay with interpolation.
    w = "overlay + interpolation: Jena land use x districts"
    hh = "31.12.2016"
    cmds = {
        "saale": [SAALE, "-q", "-p", jena, "overlay", "landuse", "statbez_households", "--interpolate", hh, "--out", "ov", "--replace"],
        "GeoPandas": peer(
            f"import geopandas as gpd; a = gpd.read_parquet('{pq('landuse')}'); b = gpd.read_parquet('{pq('statbez_households')}'); "
            f"a = a[a.geom_type.isin(['Polygon','MultiPolygon'])]; b['whole'] = b.geometry.area; "
            f"o = gpd.overlay(a, b, how='intersection', keep_geom_type=True); o['hh'] = o['{hh}'] * o.geometry.area / o['whole']; "
            f"o.to_parquet('{out('gp_ov.parquet')}')"
        ),
        "DuckDB": peer(
            duck_pre
            + f"c.execute(\"COPY (SELECT a.* EXCLUDE (geometry), b.* EXCLUDE (geometry), ST_Intersection(ST_MakeValid(a.geometry), b.geometry) AS geometry, "
            f"b.\\\"{hh}\\\" * ST_Area(ST_Intersection(ST_MakeValid(a.geometry), b.geometry)) / ST_Area(b.geometry) AS hh "
            f"FROM read_parquet('{pq('landuse')}') a JOIN read_parquet('{pq('statbez_households')}') b "
            f"ON ST_Intersects(a.geometry, b.geometry)) TO '{out('duck_ov.parquet')}' (FORMAT parquet)\")"
        ),
        "SedonaDB": peer(
            sedona_pre
            + f"sd.read_parquet('{pq('landuse')}').to_view('a'); sd.read_parquet('{pq('statbez_households')}').to_view('b'); "
            f"sd.sql('SELECT a.* EXCLUDE (geometry), b.* EXCLUDE (geometry), ST_Intersection(a.geometry, b.geometry) AS geometry, b.\"{hh}\" * ST_Area(ST_Intersection(a.geometry, b.geometry)) / ST_Area(b.geometry) AS hh "
            f"FROM a JOIN b ON ST_Intersects(a.geometry, b.geometry)').to_parquet('{out('sedona_ov.parquet')}')"
        ),
    }
    results.append((w, measure(cmds, runs)))
    # Agreement: the area of every (land use, district) piece against GeoPandas, for land use
    # polygons that are valid (OSM has a few self-intersecting ones, which GEOS and saale's
    # boolean operations repair differently).
    saale("-p", jena, "-q", "export", "ov", "--to", out("saale_ov.parquet"))
    s_ov, g_ov = gpd.read_parquet(out("saale_ov.parquet")), gpd.read_parquet(out("gp_ov.parquet"))
    lu = gpd.read_parquet(pq("landuse"))
    valid = set(lu.loc[lu.is_valid, "@id"])
    keys = ["@id", "id"]
    s_ov["A"], g_ov["A"] = s_ov.geometry.area, g_ov.geometry.area
    m = (
        s_ov.groupby(keys)["A"].sum().to_frame("s")
        .join(g_ov.groupby(keys)["A"].sum().to_frame("g"), how="outer")
        .fillna(0.0)
    )
    m = m[[i in valid for i in m.index.get_level_values(0)]]
    bad = m[(m.s - m.g).abs() > (1e-6 * m.g).clip(lower=1e-4)]
    print(f"  overlay pieces of valid land use: {len(m) - len(bad)} of {len(m)} agree with GeoPandas (1e-6 relative or 1 cm2)")
    assert len(bad) == 0, f"overlay areas differ:\n{bad.head()}"

    # Thread scaling of saale.
    scaling = []
    for label, cmd in [
        ("count", [SAALE, "-q", "-p", proj, "count", "grid", "essen", "--out", "c", "--replace"]),
        ("nearest k=5", [SAALE, "-q", "-p", proj, "nearest", "essen", "fac", "-k", "5", "--out", "n5", "--replace"]),
        ("overlay", [SAALE, "-q", "-p", jena, "overlay", "landuse", "statbez_households", "--interpolate", hh, "--out", "ov", "--replace"]),
    ]:
        t1, _ = best(cmd, runs, {"RAYON_NUM_THREADS": "1"})
        t2, _ = best(cmd, runs, {"RAYON_NUM_THREADS": "2"})
        scaling.append((label, t1, t2))

    print()
    print(f"{'workload':<48} {'tool':<10} {'wall (s)':>9} {'peak MB':>8} {'vs saale':>9}")
    for w, res in results:
        s_t = res["saale"][0]
        for tool, (t, m) in res.items():
            ratio = "" if tool == "saale" else f"{t / s_t:.2f}x"
            print(f"{w:<48} {tool:<10} {t:>9.2f} {m:>8.0f} {ratio:>9}")
            w = ""
    print()
    print("saale threads: 1 -> 2 (RAYON_NUM_THREADS)")
    for label, t1, t2 in scaling:
        print(f"  {label:<14} {t1:.2f} s -> {t2:.2f} s ({t1 / t2:.2f}x)")
    print(f"(best of {runs} runs, {os.cpu_count()} cores; 'vs saale' = peer time / saale time)")


def count_cmds(saale_cmd, polys, points, key, duck_pre, sedona_pre, outs):
    """The count workload for every tool: each writes the polygons with their attributes and
    the number of points inside (0 included) to outs['gp'|'duck'|'sedona']."""
    return {
        "saale": saale_cmd,
        "GeoPandas": peer(
            f"import geopandas as gpd; g = gpd.read_parquet('{polys}'); p = gpd.read_parquet('{points}'); "
            f"j = gpd.sjoin(p, g, predicate='within'); g['n'] = j.groupby('index_right').size().reindex(g.index, fill_value=0); "
            f"g.to_parquet('{outs['gp']}')"
        ),
        "DuckDB": peer(
            duck_pre
            + f"c.execute(\"CREATE TABLE g AS SELECT * FROM read_parquet('{polys}')\"); "
            f"c.execute(\"COPY (SELECT g.*, coalesce(k.n, 0) AS n FROM g LEFT JOIN (SELECT g.{key}, count(*) n FROM g JOIN read_parquet('{points}') p "
            f"ON ST_Contains(g.geometry, p.geometry) GROUP BY g.{key}) k USING ({key})) TO '{outs['duck']}' (FORMAT parquet)\")"
        ),
        "SedonaDB": peer(
            sedona_pre
            + f"sd.read_parquet('{polys}').to_view('g'); sd.read_parquet('{points}').to_view('p'); "
            f"sd.sql('SELECT g.*, coalesce(k.n, 0) AS n FROM g LEFT JOIN (SELECT g.{key}, count(*) n FROM g JOIN p ON ST_Contains(g.geometry, p.geometry) GROUP BY g.{key}) k ON g.{key} = k.{key}').to_parquet('{outs['sedona']}')"
        ),
    }


def spatialbench_count(work, runs, duck_pre, sedona_pre):
    """Count trip pickups per building on SpatialBench data (scale factor 1: 6,000,000 trips,
    20,000 buildings, lon/lat). The generator's zone table needs the Overture division areas
    from huggingface.co, which this machine cannot reach, so buildings stand in for zones."""
    import geopandas as gpd
    import pyarrow.parquet as pq
    import shapely

    gen = os.path.join(work, "sb")
    subprocess.run([SPATIALBENCH, "-s", "1", "-T", "trip", "-T", "building", "-f", "parquet", "-o", gen], check=True, capture_output=True)
    t = pq.read_table(os.path.join(gen, "trip.parquet"), columns=["t_tripkey", "t_pickuploc"])
    trips = gpd.GeoDataFrame(
        {"t_tripkey": t.column("t_tripkey").to_numpy()},
        geometry=shapely.from_wkb(t.column("t_pickuploc").to_numpy(zero_copy_only=False)),
        crs="EPSG:4326",
    )
    del t
    b = pq.read_table(os.path.join(gen, "building.parquet"))
    buildings = gpd.GeoDataFrame(
        {"b_buildingkey": b.column("b_buildingkey").to_numpy(), "b_name": b.column("b_name").to_pylist()},
        geometry=shapely.from_wkb(b.column("b_boundary").to_numpy(zero_copy_only=False)),
        crs="EPSG:4326",
    )
    tp, bp = os.path.join(work, "trips.parquet"), os.path.join(work, "buildings.parquet")
    trips.to_parquet(tp)
    buildings.to_parquet(bp)
    n_trips = len(trips)
    del trips
    proj = os.path.join(work, "sbp")
    saale("init", proj, "--crs", "EPSG:4326", "-q")
    # The one-time import of the trips, timed (wall seconds, peak RSS) for the record.
    secs, mb = run([SAALE, "-p", proj, "-q", "import", tp, "--layer", "trips"])
    print(f"  saale import of the trips (GeoParquet): {secs:.2f} s, {mb:.0f} MB peak")
    saale("-p", proj, "-q", "import", bp, "--layer", "buildings")
    print(f"SpatialBench SF 1: {n_trips} trips, {len(buildings)} buildings")
    out = lambda n: os.path.join(work, n)
    cmds = count_cmds(
        [SAALE, "-q", "-p", proj, "count", "buildings", "trips", "--out", "c", "--replace"],
        bp, tp, "b_buildingkey", duck_pre, sedona_pre,
        {t: out(f"{t}_sb.parquet") for t in ("gp", "duck", "sedona")},
    )
    res = measure(cmds, runs)
    import pandas as pd

    saale("-p", proj, "-q", "export", "c", "--to", out("saale_sb.parquet"))
    totals = {
        "saale": int(pd.read_parquet(out("saale_sb.parquet"))["count"].sum()),
        "GeoPandas": int(pd.read_parquet(out("gp_sb.parquet"))["n"].sum()),
        "DuckDB": int(pd.read_parquet(out("duck_sb.parquet"))["n"].sum()),
        "SedonaDB": int(pd.read_parquet(out("sedona_sb.parquet"))["n"].sum()),
    }
    # saale counts a point once (in the first polygon that holds it); the peers count it in
    # every polygon that holds it, and SpatialBench's buildings overlap.
    t_all = gpd.read_parquet(tp)
    j = gpd.sjoin(t_all, buildings, predicate="within")
    distinct, multi = j.index.nunique(), int(j.index.duplicated(keep=False).sum())
    del t_all, j
    print(f"  counted trips: {totals}; {distinct} distinct trips in a building, {multi} memberships of trips in several buildings")
    peers = {v for k, v in totals.items() if k != "saale"}
    assert len(peers) == 1 and totals["saale"] == distinct, "counts differ"
    return ("count: SpatialBench trips x buildings", res)


def measure(cmds, runs):
    return {tool: best(cmd, runs) for tool, cmd in cmds.items()}


if __name__ == "__main__":
    main()
