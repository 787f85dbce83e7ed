#!/usr/bin/env bash
# Benchmark: after one district table changed, `saale refresh` (re-import that table, replay
# the join and the stop coverage that depend on it) versus rebuilding the project from its
# manifest and running the same analyses again. Same machine, same data, best of N wall times
# and the ratio. Not a test: timings depend on the machine.
#
# Two projects:
#   jena: a copy of data/jena (the bundled sample: districts, tables, OSM; the whole build
#         takes a few tenths of a second, so process start and the stop coverage dominate);
#   city: the same plus what a city's project also holds: a cadastre (`saale-gen nas`,
#         PARCELS parcels built from the real ALKIS slices) and a LoD2 delivery (`saale-gen
#         citygml`, TILES tiles from the real NRW tiles), imported by the manifest with a prefix.
#         The defaults are of Jena's size: 115 km2, i.e. about 115 LoD2 tiles of 1 km2 (100
#         generated tiles hold 19,725 buildings); Thuringia has about 265 parcels per km2, i.e.
#         about 30,000 for Jena.
#
#   bash benches/refresh_vs_rebuild.sh [RUNS]     (SAALE=path/to/saale to skip the build)
#   PARCELS=30000 TILES=11 bash benches/refresh_vs_rebuild.sh 3
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PARCELS=${PARCELS:-30000}
TILES=${TILES:-100}
cargo build --release -q -p saale-gen
GEN=$PWD/target/release/saale-gen
if [ -z "${SAALE:-}" ]; then
  cargo build --release -q -p saale-cli
  SAALE=$PWD/target/release/saale
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
analyses() {
  "$SAALE" -p "$1" indicator stop-coverage --households statbez_households --weight 31.12.2016 \
    --residential landuse:landuse=residential --stops bus,tram --out stop_cov -q --replace
  "$SAALE" -p "$1" count statbez amenity --out amenity_per_district -q --replace
}
best() { sort -g | head -1; }
# bench NAME SRC: build SRC, then RUNS times change one table and time refresh vs rebuild.
bench() {
  local name=$1 src=$2
  "$SAALE" build "$src" --out "$WORK/$name" -q
  analyses "$WORK/$name"
  local t_refresh=() t_rebuild=()
  for i in $(seq "$RUNS"); do
    # Change one value of the household table (a different one every run).
    sed -i "s/^Ammerbach Ort,11,\([0-9]*\),/Ammerbach Ort,11,$((200 + i)),/" "$src/hh_priv.csv"
    s=$(date +%s.%N); "$SAALE" -p "$WORK/$name" refresh -q; e=$(date +%s.%N)
    t_refresh+=("$(echo "$e - $s" | bc)")
    s=$(date +%s.%N)
    rm -rf "$WORK/full"
    "$SAALE" build "$src" --out "$WORK/full" -q
    analyses "$WORK/full"
    e=$(date +%s.%N)
    t_rebuild+=("$(echo "$e - $s" | bc)")
  done
  local r b
  r=$(printf '%s\n' "${t_refresh[@]}" | best)
  b=$(printf '%s\n' "${t_rebuild[@]}" | best)
  printf '%s: refresh after one table changed %.3f s, full rebuild + analyses %.3f s (best of %d): %.1fx\n' \
    "$3" "$r" "$b" "$RUNS" "$(echo "$b / $r" | bc -l)"
}
echo "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cp -r data/jena "$WORK/jena_src"
bench jena "$WORK/jena_src" "Jena sample"
cp -r data/jena "$WORK/city_src"
"$GEN" nas --parcels "$PARCELS" --seed 1 --out "$WORK/city_src/alkis.xml" >/dev/null
"$GEN" citygml --tiles "$TILES" --from ../shared/data/city3d/nrw_lod2 --out "$WORK/city_src/lod2" >/dev/null
cat >> "$WORK/city_src/sources.toml" <<'EOT'

[[layer]]
name = "alkis"
paths = ["alkis.xml"]
licence = "generated from ALKIS slices (benches/README.md)"

[[layer]]
name = "lod2"
paths = ["lod2"]
licence = "generated from NRW LoD2 (dl-de/zero-2.0)"
EOT
SIZE=$(du -sm "$WORK/city_src" | cut -f1)
bench city "$WORK/city_src" "Jena sample + cadastre ($PARCELS parcels) + LoD2 ($TILES tiles), $SIZE MB of sources"
