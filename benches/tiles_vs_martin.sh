#!/usr/bin/env bash
# Live tiles: `saale serve` vs Martin 1.14 on the Jena sample (see tiles_vs_martin.py).
# Needs Martin (MARTIN=/path/to/martin, or on PATH; build it once with
#   cargo install martin@1.14.0 --locked --no-default-features --features \
#     fonts,lambda,mbtiles,metrics,passthrough,pmtiles,postgres,sprites,styles,geojson,mlt
# which takes about 16 minutes) and wrk (apt-get install wrk).
#
#   bash benches/tiles_vs_martin.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
MARTIN="${MARTIN:-$(command -v martin || true)}"
[ -x "$MARTIN" ] || { echo "martin is missing: set MARTIN=/path/to/martin"; exit 1; }
export MARTIN
cargo build --release -q -p saale-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/saale -q build data/jena --out "$work/jena"
mkdir -p "$work/geojson"
target/release/saale -q -p "$work/jena" export landuse --to "$work/geojson/landuse.geojson"
target/release/saale -q -p "$work/jena" export statbez --to "$work/geojson/statbez.geojson"
target/release/saale -q -p "$work/jena" tiles build --layers landuse,statbez --minzoom 10 --maxzoom 16 --to "$work/jena.pmtiles"
python3 benches/tiles_vs_martin.py "$work/jena" "$work/geojson" "$work/jena.pmtiles"
