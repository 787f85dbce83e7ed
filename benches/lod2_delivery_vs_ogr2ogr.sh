#!/usr/bin/env bash
# Benchmark: import of a small multi-tile LoD2 delivery, saale versus ogr2ogr (GDAL's GML
# driver into a GeoPackage), whole processes, on the same machine in one run.
#
#   bash benches/lod2_delivery_vs_ogr2ogr.sh [TILES] [RUNS]
# (SAALE_BIN=PATH times another saale binary, e.g. an older build, against the same peers.)
#
# The delivery: TILES (default 11, 39 MB) CityGML 1.0 LoD2 tiles made by `saale-gen citygml`
# from the three real NRW tiles in ../shared/data/city3d/nrw_lod2 (copied round-robin, moved
# by whole kilometres), cached under target/bench-data.
#
# What is compared, per run:
#   saale:   `saale -q -p P import DIR` into a new project P (made by `saale init` before the
#            clock starts), one process for the whole delivery
#            (layers buildings3d and roofs with volumes, footprints and roof faces, spatial
#            index, catalog with SHA-256 of every tile, fsync),
#   ogr2ogr: one `ogr2ogr -append -f GPKG out.gpkg TILE -nln building` per tile into one
#            GeoPackage, as a user would script it (GDAL 3.6, the `building` layer of each
#            tile), in two variants:
#              with .gfs: the schema files GDAL's GML driver wrote beside the tiles on the
#                         warm-up run are there (its faster case: no schema pre-scan),
#              fresh:     the .gfs files are removed before each run (a delivery as received).
# Runs alternate (saale, ogr2ogr with .gfs, ogr2ogr fresh) after one warm-up each; the script
# prints min and median wall seconds (/usr/bin/time), peak RSS, the building counts (they
# must agree) and the ratios of the medians. Not a test: timings depend on the machine and
# its load (printed).
set -euo pipefail
cd "$(dirname "$0")/.."
TILES=${1:-11}
RUNS=${2:-5}
DATA=../shared/data/city3d/nrw_lod2
[ -d "$DATA" ] || { echo "missing $DATA (../shared/data)"; exit 1; }
command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr (apt-get install gdal-bin)"; exit 1; }
cargo build --release -q -p saale-cli -p saale-gen
SAALE=${SAALE_BIN:-$PWD/target/release/saale}
GEN=$PWD/target/release/saale-gen
TILEDIR=$PWD/target/bench-data/lod2_delivery_$TILES
[ -d "$TILEDIR" ] || "$GEN" citygml --tiles "$TILES" --from "$DATA" --out "$TILEDIR"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cat > "$WORK/ogr.sh" <<EOS
set -e
rm -f "$WORK/lod2.gpkg"
[ "\${1:-}" = fresh ] && rm -f "$TILEDIR"/*.gfs
for f in "$TILEDIR"/*.gml; do
  ogr2ogr -append -f GPKG "$WORK/lod2.gpkg" "\$f" -nln building 2>>"$WORK/ogr.log"
done
EOS

# run NAME CMD...: one timed run, appends "wall rss_kib" to $WORK/NAME.
run() {
  local name=$1; shift
  # saale's project is made before the clock starts (once per city, not per delivery).
  [ "${name#saale}" != "$name" ] && { rm -rf "$WORK/p"; "$SAALE" init "$WORK/p" -q; }
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" \
    || { tail -5 "$WORK/err"; exit 1; }
  cat "$WORK/time" >> "$WORK/$name"
}
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq 0 "$RUNS"); do
  [ "$i" = 0 ] && pre=warm || pre=""
  run "saale$pre" "$SAALE" -q -p "$WORK/p" import "$TILEDIR"
  run "gfs$pre" bash "$WORK/ogr.sh"
  run "fresh$pre" bash "$WORK/ogr.sh" fresh
done
n_ogr=$(ogrinfo -ro -so "$WORK/lod2.gpkg" building | sed -n 's/^Feature Count: //p')
n_s=$("$SAALE" -p "$WORK/p" info buildings3d --json | sed -n 's/^  "feature_count": \([0-9]*\),/\1/p')

# stats NAME: "min median max_rss_mb"
stats() {
  sort -n "$WORK/$1" | awk '{w[NR]=$1; if ($2>r) r=$2} END {
    m = (NR % 2) ? w[(NR+1)/2] : (w[NR/2] + w[NR/2+1]) / 2
    printf "%.3f %.3f %d\n", w[1], m, r/1024 }'
}
read -r s_min s_med s_rss < <(stats saale)
read -r g_min g_med g_rss < <(stats gfs)
read -r f_min f_med f_rss < <(stats fresh)
SIZE=$(du -sm --exclude='*.gfs' "$TILEDIR" | cut -f1)
echo "LoD2 delivery: $TILES CityGML tiles, $SIZE MB, $n_s buildings; $RUNS runs each after a warm-up, $(nproc) cores, load average before: $LOAD"
printf '%-32s %10s %10s %12s\n' tool "min (s)" "median (s)" "peak RSS MB"
printf '%-32s %10s %10s %12s\n' "saale import (1 process)" "$s_min" "$s_med" "$s_rss"
printf '%-32s %10s %10s %12s\n' "ogr2ogr per tile, with .gfs" "$g_min" "$g_med" "$g_rss"
printf '%-32s %10s %10s %12s\n' "ogr2ogr per tile, fresh" "$f_min" "$f_med" "$f_rss"
awk -v s="$s_med" -v g="$g_med" -v f="$f_med" 'BEGIN {
  printf "  LoD2 delivery: saale is %.1fx faster than ogr2ogr with .gfs, %.1fx than ogr2ogr fresh (medians)\n", g/s, f/s }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$n_ogr" = "$n_s" ] || { echo "building counts differ: ogr2ogr $n_ogr, saale $n_s"; exit 1; }
