#!/usr/bin/env bash
# Benchmark: after one district table changed, `saale refresh` (re-import that table, replay
# the join and the stop coverage that depend on it) versus rebuilding the project from its
# manifest and running the same analyses again. Same machine, same data (a copy of data/jena),
# best of N wall times and the ratio. Not a test: timings depend on the machine.
#
#   bash benches/refresh_vs_rebuild.sh [RUNS]     (SAALE=path/to/saale to skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
if [ -z "${SAALE:-}" ]; then
  cargo build --release -q -p saale-cli
  SAALE=$PWD/target/release/saale
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r data/jena "$WORK/src"
analyses() {
  "$SAALE" -p "$1" indicator stop-coverage --households statbez_households --weight 31.12.2016 \
    --residential landuse:landuse=residential --stops bus,tram --out stop_cov -q --replace
  "$SAALE" -p "$1" count statbez amenity --out amenity_per_district -q --replace
}
rebuild() {
  rm -rf "$WORK/full"
  "$SAALE" build "$WORK/src" --out "$WORK/full" -q
  analyses "$WORK/full"
}
"$SAALE" build "$WORK/src" --out "$WORK/p" -q
analyses "$WORK/p"
best() { sort -g | head -1; }
t_refresh=()
t_rebuild=()
for i in $(seq "$RUNS"); do
  # Change one value of the household table (a different one every run).
  sed -i "s/^Ammerbach Ort,11,\([0-9]*\),/Ammerbach Ort,11,$((200 + i)),/" "$WORK/src/hh_priv.csv"
  s=$(date +%s.%N); "$SAALE" -p "$WORK/p" refresh -q; e=$(date +%s.%N)
  t_refresh+=("$(echo "$e - $s" | bc)")
  s=$(date +%s.%N); rebuild; e=$(date +%s.%N)
  t_rebuild+=("$(echo "$e - $s" | bc)")
done
r=$(printf '%s\n' "${t_refresh[@]}" | best)
b=$(printf '%s\n' "${t_rebuild[@]}" | best)
printf 'refresh after one table changed: %.3f s (best of %d)\n' "$r" "$RUNS"
printf 'full rebuild + analyses:         %.3f s (best of %d)\n' "$b" "$RUNS"
printf 'ratio rebuild/refresh:           %.1fx\n' "$(echo "$b / $r" | bc -l)"
