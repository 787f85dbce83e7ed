"""Live vector tiles: saale serve vs Martin 1.14 on the same Jena layers and the same tile list.

Both servers get the layers `landuse` and `statbez` (Martin from GeoJSON files exported by saale,
saale from its project), both are asked for the composite tile `landuse,statbez` with
`Accept-Encoding: gzip`, on every tile over Jena from zoom 10 to 16.

  cold: a freshly started server, each tile requested once, 8 concurrent clients (Python):
        tiles/s, p99 latency, bytes per tile (uncompressed and as sent)
  warm: the same list again, `wrk -t2 -c32 -d10s` cycling through it: requests/s, p99
Peak memory (VmHWM) of each server process is read from /proc.
Feature counts per tile are compared (GDAL-free: a minimal MVT layer/feature counter).
"""
import concurrent.futures as cf
import gzip
import math
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAALE = os.path.join(ROOT, "target/release/saale")
MARTIN = os.environ.get("MARTIN", "martin")
BBOX = (11.4988, 50.8561, 11.6732, 50.9892)


def tiles(z):
    def tx(lon):
        return int((lon + 180) / 360 * 2**z)

    def ty(lat):
        l = math.radians(lat)
        return int((1 - math.log(math.tan(l) + 1 / math.cos(l)) / math.pi) / 2 * 2**z)

    for x in range(tx(BBOX[0]), tx(BBOX[2]) + 1):
        for y in range(ty(BBOX[3]), ty(BBOX[1]) + 1):
            yield (z, x, y)


LIST = [t for z in range(10, 17) for t in tiles(z)]


def varint(b, i):
    v = s = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return v, i


def count_features(data):
    """Features per layer name in an MVT (protobuf walked by hand)."""
    out = {}
    i = 0
    while i < len(data):
        key, i = varint(data, i)
        if key >> 3 == 3 and key & 7 == 2:
            n, i = varint(data, i)
            layer = data[i : i + n]
            i += n
            j, name, feats = 0, "", 0
            while j < len(layer):
                k, j = varint(layer, j)
                wt = k & 7
                if wt == 2:
                    m, j = varint(layer, j)
                    if k >> 3 == 1:
                        name = layer[j : j + m].decode()
                    if k >> 3 == 2:
                        feats += 1
                    j += m
                elif wt == 0:
                    _, j = varint(layer, j)
                else:
                    raise ValueError("unexpected wire type")
            out[name] = out.get(name, 0) + feats
        else:
            raise ValueError("not an MVT")
    return out


def fetch(url):
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        body = r.read()
        enc = r.headers.get("Content-Encoding")
        status = r.status
    dt = time.perf_counter() - t0
    raw = gzip.decompress(body) if enc == "gzip" and body else body
    return status, dt, len(body), raw


def hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return 0.0


def wait_port(port):
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1)
            return
        except Exception:
            time.sleep(0.1)
    raise SystemExit(f"server on {port} did not come up")


def run(name, cmd, url_of, port):
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port)
        urls = [url_of(*t) for t in LIST]
        t0 = time.perf_counter()
        with cf.ThreadPoolExecutor(8) as ex:
            res = list(ex.map(fetch, urls))
        cold = time.perf_counter() - t0
        lat = sorted(r[1] for r in res)
        sent = sum(r[2] for r in res)
        raw = sum(len(r[3]) for r in res)
        counts = [count_features(r[3]) if r[3] else {} for r in res]
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
            paths = ",".join('"%s"' % re.sub(r"^http://[^/]+", "", u) for u in urls)
            lua.write(
                "local paths = {%s}\nlocal i = 0\nrequest = function()\n i = i %% #paths + 1\n"
                " return wrk.format('GET', paths[i], {['Accept-Encoding']='gzip'})\nend\n" % paths
            )
        out = subprocess.run(
            ["wrk", "-t2", "-c32", "-d10s", "--latency", "-s", lua.name, f"http://127.0.0.1:{port}"],
            capture_output=True, text=True, check=True,
        ).stdout
        os.unlink(lua.name)
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
        p99ms = float(p99.group(1)) * {"us": 1e-3, "ms": 1, "s": 1e3}[p99.group(2)]
        non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        mem = hwm(p.pid)
        return {
            "name": name, "cold_s": cold, "cold_tps": len(urls) / cold,
            "cold_p99_ms": lat[int(0.99 * (len(lat) - 1))] * 1e3,
            "raw_per_tile": raw / len(urls), "sent_per_tile": sent / len(urls),
            "warm_rps": rps, "warm_p99_ms": p99ms, "mem_mb": mem, "counts": counts,
            "non2xx": int(non2xx.group(1)) if non2xx else 0,
        }
    finally:
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)


def report(title, s, m):
    # Agreement: tiles where both have features; per layer, counts within 5 % (the two clip
    # and drop sub-pixel features differently).
    agree = total = 0
    for a, b in zip(s["counts"], m["counts"]):
        for layer in ("landuse", "statbez"):
            x, y = a.get(layer, 0), b.get(layer, 0)
            if x or y:
                total += 1
                agree += abs(x - y) <= max(1, 0.05 * max(x, y))
    print(f"\n{title}: {len(LIST)} tiles z10-16 over Jena, layers landuse+statbez; "
          f"feature counts agree (within 5 %) on {agree}/{total} layer-tiles")
    print(f"{'':8} {'cold t/s':>9} {'cold p99':>9} {'warm r/s':>9} {'warm p99':>9} "
          f"{'raw B/tile':>11} {'gz B/tile':>10} {'peak MB':>8}")
    for r in (s, m):
        print(f"{r['name']:8} {r['cold_tps']:9.0f} {r['cold_p99_ms']:7.1f}ms {r['warm_rps']:9.0f} "
              f"{r['warm_p99_ms']:7.2f}ms {r['raw_per_tile']:11.0f} {r['sent_per_tile']:10.0f} "
              f"{r['mem_mb']:8.0f}")
        if r["non2xx"]:
            print(f"  {r['name']}: {r['non2xx']} responses were not 2xx/3xx")
    print(f"ratio saale/martin: cold {s['cold_tps'] / m['cold_tps']:.2f}x, "
          f"warm {s['warm_rps'] / m['warm_rps']:.2f}x")


def main():
    project = sys.argv[1]
    geo = sys.argv[2]
    pm = sys.argv[3]
    s = run("saale", [SAALE, "-q", "-p", project, "serve", "--addr", "127.0.0.1:18181",
                      "--pmtiles", pm],
            lambda z, x, y: f"http://127.0.0.1:18181/tiles/jena/{z}/{x}/{y}.mvt", 18181)
    m = run("martin", [MARTIN, "-l", "127.0.0.1:18182", pm],
            lambda z, x, y: f"http://127.0.0.1:18182/jena/{z}/{x}/{y}", 18182)
    report("Same PMTiles archive (built by saale tiles build), passthrough", s, m)
    s = run("saale", [SAALE, "-q", "-p", project, "serve", "--addr", "127.0.0.1:18181"],
            lambda z, x, y: f"http://127.0.0.1:18181/tiles/landuse,statbez/{z}/{x}/{y}.mvt", 18181)
    m = run("martin", [MARTIN, "-l", "127.0.0.1:18182", os.path.join(geo, "landuse.geojson"),
                       os.path.join(geo, "statbez.geojson")],
            lambda z, x, y: f"http://127.0.0.1:18182/landuse,statbez/{z}/{x}/{y}", 18182)
    report("Live from the layers (Martin from GeoJSON files)", s, m)


if __name__ == "__main__":
    main()
