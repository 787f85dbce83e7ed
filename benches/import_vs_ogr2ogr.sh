#!/usr/bin/env bash
# Benchmark: import the Essen address points (102,981 points, GeoJSON in EPSG:4326) into a saale
# project, versus `ogr2ogr -f FlatGeobuf -t_srs EPSG:25832` on the same file. Both write a
# FlatGeobuf with spatial index in EPSG:25832. Prints best-of-N wall time, peak memory and the
# ratio. Not a test: timings depend on the machine.
#
#   bash benches/import_vs_ogr2ogr.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
ZIP=data/essen/hauskoordinaten_essen_2022-10-05_4326.zip
[ -f "$ZIP" ] || { echo "missing $ZIP"; exit 1; }
command -v ogr2ogr >/dev/null || { echo "needs ogr2ogr (apt-get install gdal-bin)"; exit 1; }
cargo build --release -q -p saale-cli
SAALE=$PWD/target/release/saale
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
unzip -q -o "$ZIP" -d "$WORK"
SRC=$(ls "$WORK"/*.geojson)

# run NAME CMD...: best wall seconds and max RSS (KiB) over $RUNS runs
run() {
  local name=$1; shift
  local best=999999 rss=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out.fgb" "$WORK/proj"
    [ "$name" = saale ] && "$SAALE" init "$WORK/proj" -q
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err"; exit 1; }
    read -r secs kib < "$WORK/time"
    best=$(awk -v a="$best" -v b="$secs" 'BEGIN{print (b<a)?b:a}')
    rss=$(( kib > rss ? kib : rss ))
  done
  echo "$best $rss"
}

read -r t_ogr m_ogr < <(run ogr2ogr ogr2ogr -f FlatGeobuf -t_srs EPSG:25832 "$WORK/out.fgb" "$SRC")
n_ogr=$(ogrinfo -so -al "$WORK/out.fgb" | sed -n 's/^Feature Count: //p')
read -r t_saale m_saale < <(run saale "$SAALE" -q -p "$WORK/proj" import "$SRC" --layer essen)
n_saale=$("$SAALE" -p "$WORK/proj" info essen --json | sed -n 's/^  "feature_count": \([0-9]*\),/\1/p')

printf '%-10s %10s %12s %10s\n' tool "wall (s)" "peak RSS MB" features
printf '%-10s %10s %12d %10s\n' ogr2ogr "$t_ogr" $((m_ogr / 1024)) "$n_ogr"
printf '%-10s %10s %12d %10s\n' saale "$t_saale" $((m_saale / 1024)) "$n_saale"
awk -v a="$t_ogr" -v b="$t_saale" 'BEGIN{printf "saale is %.2fx faster than ogr2ogr (best of runs, %d cores)\n", a/b, 0}' | sed "s/, 0 cores/, $(nproc) cores/"
[ "$n_ogr" = "$n_saale" ] || { echo "feature counts differ"; exit 1; }
