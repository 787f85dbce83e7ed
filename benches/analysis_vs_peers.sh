#!/usr/bin/env bash
# Benchmark saale's analysis verbs against DuckDB spatial, SedonaDB and GeoPandas on the same
# inputs (see analysis_vs_peers.py for the workloads). Installs the peers into target/peer-venv.
#
#   bash benches/analysis_vs_peers.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f data/essen/hauskoordinaten_essen_2022-10-05_4326.zip ] || { echo "missing data/essen"; exit 1; }
cargo build --release -q -p saale-cli
[ -x target/peer-venv/bin/python ] || python3 -m venv target/peer-venv
target/peer-venv/bin/pip install -q --disable-pip-version-check pyarrow geopandas duckdb duckdb-ext-spatial sedonadb spatialbench-cli
exec target/peer-venv/bin/python benches/analysis_vs_peers.py "${1:-3}"
