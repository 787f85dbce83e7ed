#!/usr/bin/env bash
# Patching a tile pyramid after 1 % of the features changed vs building it again (issue 16):
# the Essen house coordinates (data/essen, 1 % of the addresses moved 20 m), z0-MAXZOOM PMTiles.
# Two kinds of change: CLUSTERED (the 1 % nearest one point, as when one district's addresses
# are re-surveyed) and SPREAD (every 100th address, all over the city). For each: the full
# build (`tiles build --replace` into a new file) and the patch (`tiles build --patch` of the
# archive of the previous version), RUNS times each from the same state, minimum wall time,
# peak memory, tiles cut and copied, and whether the patched file equals the full build.
#
#   bash benches/pyramid_patch_vs_rebuild.sh [MAXZOOM] [RUNS]     # default 16 3
set -euo pipefail
cd "$(dirname "$0")/.."
MAXZOOM="${1:-16}"
RUNS="${2:-3}"
ZIP=data/essen/hauskoordinaten_essen_2022-10-05_4326.zip
[ -f "$ZIP" ] || { echo "missing $ZIP"; exit 1; }
SAALE=${SAALE:-target/release/saale}
[ -x "$SAALE" ] || cargo build --release -q -p saale-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q -o "$ZIP" -d "$work"
SRC="$work/hauskoordinaten_essen_2022-10-05_4326.geojson"

# The changed deliveries: 1 % of the addresses moved 20 m north (0.00018 degrees).
python3 - "$SRC" "$work" <<'EOF'
import json, sys
src, out = sys.argv[1], sys.argv[2]
d = json.load(open(src, encoding="utf-8"))
fs = d["features"]
n = max(1, len(fs) // 100)
pts = [(i, f["geometry"]["coordinates"]) for i, f in enumerate(fs) if f.get("geometry")]
cx = sum(c[0] for _, c in pts) / len(pts)
cy = sum(c[1] for _, c in pts) / len(pts)
near = sorted(pts, key=lambda p: (p[1][0] - cx) ** 2 + (p[1][1] - cy) ** 2)[:n]
for name, picked in (("clustered", {i for i, _ in near}), ("spread", set(range(0, len(fs), 100)))):
    e = json.loads(json.dumps(d))
    for i in picked:
        g = e["features"][i].get("geometry")
        if g:
            g["coordinates"][1] += 0.00018
    json.dump(e, open(f"{out}/{name}.geojson", "w", encoding="utf-8"))
    print(f"{name}: {len(picked)} of {len(fs)} addresses moved")
EOF

t() { SAALE_LOG=error /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/out" "$work/err"; exit 1; }; read -r secs kb <"$work/time"; }
fig() { python3 -c "import json,sys; print(int(json.load(open(sys.argv[1]))['figures'].get(sys.argv[2], 0)))" "$work/out" "$1"; }
min() { python3 -c "import sys; print(min(float(a) for a in sys.argv[1:]))" "$@"; }

printf '%-10s %-6s %9s %8s %9s %9s\n' change run seconds "peak MB" "tiles cut" copied
for kind in clustered spread; do
  P="$work/p-$kind"
  $SAALE -q init "$P"
  cp "$SRC" "$work/essen.geojson"
  $SAALE -q -p "$P" import "$work/essen.geojson" --layer essen
  $SAALE -q -p "$P" tiles build --layers essen --minzoom 0 --maxzoom "$MAXZOOM" --to "$P/essen.pmtiles"
  cp "$P/essen.pmtiles" "$work/old.pmtiles"
  cp "$work/$kind.geojson" "$work/essen.geojson"
  $SAALE -q -p "$P" import "$work/essen.geojson" --layer essen --replace
  cp "$P/saale.toml" "$work/saale.toml.before"
  full=(); patch=()
  for r in $(seq 1 "$RUNS"); do
    cp "$work/saale.toml.before" "$P/saale.toml"
    t $SAALE -p "$P" tiles build --layers essen --minzoom 0 --maxzoom "$MAXZOOM" --to "$work/full.pmtiles" --replace --json
    full+=("$secs")
    printf '%-10s %-6s %9.2f %8d %9d %9s\n' "$kind" "full" "$secs" "$((kb / 1024))" "$(fig tiles)" "-"
    cp "$work/saale.toml.before" "$P/saale.toml"
    cp "$work/old.pmtiles" "$P/essen.pmtiles"
    t $SAALE -p "$P" tiles build --layers essen --minzoom 0 --maxzoom "$MAXZOOM" --to "$P/essen.pmtiles" --patch --json
    patch+=("$secs")
    printf '%-10s %-6s %9.2f %8d %9d %9d\n' "$kind" "patch" "$secs" "$((kb / 1024))" "$(fig tiles_cut)" "$(fig tiles_copied)"
    grep -h "^warning" "$work/err" || true
  done
  same=$(cmp -s "$P/essen.pmtiles" "$work/full.pmtiles" && echo "equal" || echo "DIFFERENT")
  f=$(min "${full[@]}"); p=$(min "${patch[@]}")
  python3 -c "import sys; f,p=float(sys.argv[1]),float(sys.argv[2]); print(f'{sys.argv[3]}: full {f:.2f} s, patch {p:.2f} s, ratio full/patch {f/max(p,0.01):.1f}x; patched file vs full build: {sys.argv[4]}')" "$f" "$p" "$kind" "$same"
done
