#!/usr/bin/env bash
# Install the Debian packages saale builds and tests against, when they are missing.
# Debian 12: GDAL 3.6 (libgdal-dev) with its PROJ 9.1, gdal-bin for the GDAL cross-checks,
# libsqlite3-dev (the one SQLite GDAL uses, for MBTiles), pkg-config for gdal-sys, python3-venv for the Python peers used by the tests, fonts-dejavu-core for the map labels (glyphs are rendered from it).
set -euo pipefail
need=()
for p in libgdal-dev libsqlite3-dev gdal-bin pkg-config python3-venv fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
