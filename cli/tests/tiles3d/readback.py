"""Read a saale 3D tileset back with py3dtiles and compare it with the CityGML it came from.

usage: readback.py TILESET_DIR GML_FILE...

Prints JSON: the tiles py3dtiles read, and per building (by gml:id) the extent of its
triangles (EPSG:25832 x/y, heights as stored) next to the extent of every coordinate of the
building in the CityGML, parsed here with ElementTree (independent of saale's reader).
"""
import json
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyproj
from py3dtiles.tileset import TileSet
from pyproj import Transformer

# Debian's proj-data holds the EGM96 grid (egm96_15.gtx); pyproj's own data has no grids.
pyproj.datadir.append_data_dir("/usr/share/proj")

GML = "{http://www.opengis.net/gml}"


def property_column(glb_bytes, name):
    """The strings of property `name` of the first property table (EXT_structural_metadata)."""
    length = struct.unpack_from("<I", glb_bytes, 12)[0]
    doc = json.loads(glb_bytes[20:20 + length])
    bin_start = 20 + length + 8
    table = doc["extensions"]["EXT_structural_metadata"]["propertyTables"][0]
    prop = table["properties"][name]
    views = doc["bufferViews"]

    def view(i):
        v = views[i]
        o = bin_start + v.get("byteOffset", 0)
        return glb_bytes[o:o + v["byteLength"]]

    text = view(prop["values"])
    offsets = np.frombuffer(view(prop["stringOffsets"]), dtype="<u4")
    return [text[offsets[i]:offsets[i + 1]].decode() for i in range(table["count"])]


def tileset_extents(root):
    ts = TileSet.from_file(root / "tileset.json")
    to_geo = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True)
    # Heights made ellipsoidal with EGM96: back to heights above sea level (WGS 84 + EGM96).
    extras = getattr(ts.asset, "extras", None) or {}
    egm96 = "EGM96" in extras.get("saale", {}).get("heights", "")
    to_sea = Transformer.from_crs("EPSG:4979", "EPSG:4326+5773", always_xy=True)
    to_utm = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True)
    tiles = [ts.root_tile] + list(ts.root_tile.get_all_children())
    out = {}
    contents = 0
    levels = {}
    for t in tiles:
        if not t.has_content():
            levels.setdefault("inner", []).append(t.geometric_error)
            continue
        contents += 1
        gltf = t.get_or_fetch_content(root)
        v = np.asarray(gltf.get_vertices(), dtype=np.float64).reshape(-1, 3)
        fid = np.asarray(gltf.get_extra_field("feature_id_0")).reshape(-1).astype(int)
        # glTF is y-up: (x, y, z) in the file is (x, -z, y) in the tile's frame.
        zup = np.column_stack([v[:, 0], -v[:, 2], v[:, 1]])
        # py3dtiles gives the tile's transform as a 4x4 matrix (translation in the last column).
        m = np.asarray(t.transform, dtype=np.float64).reshape(4, 4)
        ecef = zup @ m[:3, :3].T + m[:3, 3]
        lon, lat, h = to_geo.transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
        if egm96:
            _, _, h = to_sea.transform(lon, lat, h)
            if not np.all(np.isfinite(h)):
                raise SystemExit("pyproj found no EGM96 grid")
        x, y = to_utm.transform(lon, lat)
        ids = property_column((root / t.content_uri).read_bytes(), "gml_id")
        for k, gid in enumerate(ids):
            sel = fid == k
            if not sel.any():
                continue
            e = [float(x[sel].min()), float(y[sel].min()), float(x[sel].max()),
                 float(y[sel].max()), float(h[sel].min()), float(h[sel].max())]
            if gid in out:
                raise SystemExit(f"building {gid} in two tiles")
            out[gid] = e
    return contents, out, levels.get("inner", []), egm96


def citygml_extents(paths):
    out = {}
    for p in paths:
        for _, el in ET.iterparse(p, events=("end",)):
            if not el.tag.endswith("}Building") or el.tag.startswith(GML):
                continue
            gid = el.get(GML + "id")
            pts = []
            skip = set()
            for t in el.iter():
                if t.tag.endswith("TerrainIntersection"):
                    skip.update(id(c) for c in t.iter())
            for t in el.iter():
                if id(t) in skip:
                    continue
                if t.tag in (GML + "posList", GML + "pos") and t.text:
                    pts.extend(float(s) for s in t.text.split())
            if not pts:
                continue
            a = np.asarray(pts).reshape(-1, 3)
            out[gid] = [float(a[:, 0].min()), float(a[:, 1].min()), float(a[:, 0].max()),
                        float(a[:, 1].max()), float(a[:, 2].min()), float(a[:, 2].max())]
            el.clear()
    return out


root = Path(sys.argv[1])
contents, ours, inner_errors, egm96 = tileset_extents(root)
reference = citygml_extents(sys.argv[2:])
print(json.dumps({
    "contents": contents,
    "egm96": egm96,
    "inner_geometric_errors": inner_errors,
    "tileset": ours,
    "citygml": reference,
}))
