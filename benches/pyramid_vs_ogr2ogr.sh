#!/usr/bin/env bash
# Tile pyramid z0-16: `saale tiles build` vs `ogr2ogr -f MBTiles` (GDAL's MVT writer) on the
# Jena land use and the NRW LoD2 buildings (../shared/data/city3d/nrw_lod2), both writing
# MBTiles from the same layers. Prints wall time, peak memory, tile counts, largest tile and
# the ratio.
#
#   bash benches/pyramid_vs_ogr2ogr.sh [MAXZOOM]
set -euo pipefail
cd "$(dirname "$0")/.."
MAXZOOM="${1:-16}"
LOD2=../shared/data/city3d/nrw_lod2
[ -d "$LOD2" ] || { echo "missing $LOD2"; exit 1; }
cargo build --release -q -p saale-cli
S=target/release/saale
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$S -q build data/jena --out "$work/p"
$S -q -p "$work/p" import "$LOD2" --licence "dl-de/zero-2.0" --attribution "Geobasis NRW"
$S -q -p "$work/p" export landuse --to "$work/landuse.gpkg"
$S -q -p "$work/p" export buildings3d --to "$work/buildings3d.gpkg"
ogr2ogr -f GPKG "$work/all.gpkg" "$work/landuse.gpkg"
ogr2ogr -update -f GPKG "$work/all.gpkg" "$work/buildings3d.gpkg"
echo "layers: landuse $(ogrinfo -ro -so "$work/all.gpkg" landuse | grep 'Feature Count'), buildings3d $(ogrinfo -ro -so "$work/all.gpkg" buildings3d | grep 'Feature Count'); z0-$MAXZOOM"

t() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }; read -r secs kb <"$work/time"; }
t ogr2ogr -f MBTiles "$work/gdal.mbtiles" "$work/all.gpkg" -dsco MINZOOM=0 -dsco MAXZOOM="$MAXZOOM"
g_s=$secs; g_kb=$kb
t $S -p "$work/p" tiles build --layers landuse,buildings3d --minzoom 0 --maxzoom "$MAXZOOM" --to "$work/saale.mbtiles"
s_s=$secs; s_kb=$kb
tail -1 "$work/out"
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(*c.execute('select count(*), max(length(tile_data)) from tiles').fetchone())" "$1"; }
read -r g_n g_max < <(count "$work/gdal.mbtiles")
read -r s_n s_max < <(count "$work/saale.mbtiles")
printf '%-8s %8s %8s %8s %14s\n' "" "seconds" "peak MB" "tiles" "largest (gz)"
printf '%-8s %8.2f %8.0f %8d %12d B\n' ogr2ogr "$g_s" "$((g_kb / 1024))" "$g_n" "$g_max"
printf '%-8s %8.2f %8.0f %8d %12d B\n' saale "$s_s" "$((s_kb / 1024))" "$s_n" "$s_max"
python3 -c "print(f'ratio ogr2ogr/saale: {$g_s/max($s_s,0.01):.1f}x')"
