#!/usr/bin/env bash
# Robustness run of `saale serve` on loopback (issue 14). Phases, while /health is probed every
# 50 ms on a fresh connection throughout:
#   1. a mixed tile/items load at CONC concurrent keep-alive clients (REQUESTS requests at
#      most, SECONDS_MAX seconds at most);
#   2. oversized query strings (8 KB to 1 MB) and repeated parameters (a key 10,000 times);
#   3. SLOW connections that send half a request head;
#   4. HALF half-open connections: a complete request, then the client shuts its sending side
#      and never reads; and as many that connect and send nothing;
#   5. schemathesis (PyPI, installed into target/schemathesis-venv) against the served OpenAPI
#      document /ogc/api, ST_EXAMPLES examples per operation, every check.
# Prints req/s, p50/p99, answers by status, 5xx other than the deliberate 503s, /health latency
# per phase, how many slow and half-open connections the server closed, schemathesis' summary
# and the server's memory (idle, peak, after). Traffic goes to 127.0.0.1 only; everything is
# bounded and stops by itself. Not part of CI (it measures, it does not assert).
#
#   bash scripts/server_robustness.sh [PROJECT_OR_MANIFEST_DIR]    # default data/jena
#   CONC=256 REQUESTS=20000 SECONDS_MAX=60 SLOW=300 HALF=1000 ST_EXAMPLES=50 \
#     SAALE=target/release/saale SERVE_ARGS="--cache-tiles 100" bash scripts/server_robustness.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-data/jena}
CONC=${CONC:-64}
REQUESTS=${REQUESTS:-20000}
SECONDS_MAX=${SECONDS_MAX:-60}
SLOW=${SLOW:-300}
HALF=${HALF:-1000}
HEADER_TIMEOUT=${HEADER_TIMEOUT:-5}
ST_EXAMPLES=${ST_EXAMPLES:-50}
ST_VENV=${ST_VENV:-target/schemathesis-venv}
SAALE=${SAALE:-target/release/saale}
# Further `saale serve` options, e.g. SERVE_ARGS="--cache-tiles 100".
SERVE_ARGS=${SERVE_ARGS:-}
if [ ! -x "$SAALE" ]; then
  cargo build --release -p saale-cli
fi
if [ ! -x "$ST_VENV/bin/schemathesis" ]; then
  python3 -m venv "$ST_VENV"
  "$ST_VENV/bin/pip" install -q --disable-pip-version-check schemathesis
fi
# Slow, half-open and idle connections plus the load: more descriptors than the default 1024.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
LOG=$(mktemp)
# shellcheck disable=SC2086
"$SAALE" serve "$DIR" --addr 127.0.0.1:0 --header-timeout "$HEADER_TIMEOUT" $SERVE_ARGS >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; rm -f "$LOG"' EXIT
# The server prints its URL once it listens.
PORT=""
for _ in $(seq 1 600); do
  PORT=$(grep -o 'at http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | sed 's/.*://' || true)
  [ -n "$PORT" ] && break
  if ! kill -0 "$PID" 2>/dev/null; then cat "$LOG"; exit 1; fi
  sleep 0.5
done
[ -n "$PORT" ] || { echo "the server did not start within 300 s"; exit 1; }
echo "saale serve $DIR on 127.0.0.1:$PORT (pid $PID, $(basename "$SAALE") $("$SAALE" --version 2>/dev/null | head -1))"
sleep 1
RSS_IDLE=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")

python3 - "$PORT" "$CONC" "$REQUESTS" "$SECONDS_MAX" "$SLOW" "$HEADER_TIMEOUT" "$PID" "$RSS_IDLE" \
  "$HALF" "$ST_EXAMPLES" "$ST_VENV/bin/schemathesis" <<'EOF'
import collections, http.client, json, math, os, random, socket, subprocess, sys, threading, time, urllib.parse

(port, conc, total, tmax, slow, htimeout, pid, rss_idle, half, st_examples, st_bin) = sys.argv[1:]
port, conc, total, tmax, slow, htimeout = int(port), int(conc), int(total), float(tmax), int(slow), float(htimeout)
half, st_examples, rss_idle = int(half), int(st_examples), int(rss_idle)
HOST = "127.0.0.1"
fives = collections.Counter()   # 5xx other than 503, over every phase

def get(path, conn=None, gzip=False, timeout=30):
    c = conn or http.client.HTTPConnection(HOST, port, timeout=timeout)
    c.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip else {})
    r = c.getresponse()
    body = r.read()
    return r.status, body, c

def rss():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1])
    return 0

# /health on a fresh connection every 50 ms in every phase, from a process of its own (a
# thread here would wait for the interpreter lock behind the load threads and measure that);
# it appends "time latency_ms status" lines to a file, assigned to phases by time at the end.
phase = ["start"]
phases = [(time.time(), "start")]
def set_phase(name):
    phase[0] = name
    phases.append((time.time(), name))
peak = [rss()]
stop = threading.Event()
PROBE = r"""
import http.client, os, sys, time
port, out = int(sys.argv[1]), open(sys.argv[2], "w", buffering=1)
# The probe stands for a monitor on another machine: where allowed (root) it runs at a raised
# priority, so that its figure is the server's answer time and not the probe's own wait for a
# core it shares with the load generator.
try:
    os.nice(-10)
except OSError:
    pass
while True:
    t, w = time.monotonic(), time.time()
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("GET", "/health")
        r = c.getresponse(); r.read(); c.close(); s = r.status
    except Exception as e:
        s = type(e).__name__
    out.write(f"{w} {(time.monotonic() - t) * 1000} {s}\n")
    time.sleep(0.05)
"""
import tempfile
probe_file = tempfile.NamedTemporaryFile(prefix="saale-health-", suffix=".txt", delete=False).name
probe = subprocess.Popen([sys.executable, "-c", PROBE, str(port), probe_file])
def sampler():
    while not stop.is_set():
        peak[0] = max(peak[0], rss())
        time.sleep(0.2)
threading.Thread(target=sampler, daemon=True).start()
def probes():
    out = collections.defaultdict(list)
    bad = collections.Counter()
    with open(probe_file) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            w, ms, s = float(parts[0]), float(parts[1]), parts[2]
            name = [n for t, n in phases if t <= w][-1] if phases[0][0] <= w else "start"
            out[name].append(ms)
            if s != "200":
                bad[(name, s)] += 1
    return out, bad

def health_line(name):
    h = sorted(probes()[0][name])
    if not h:
        return f"  /health during {name}: no probe"
    p99 = h[min(len(h) - 1, int(0.99 * len(h)))]
    over = sum(1 for x in h if x >= 100)
    return f"  /health during {name}: {len(h)} probes, max {h[-1]:.1f} ms, p99 {p99:.1f} ms, {over} at 100 ms or more"

_, body, _ = get("/ogc/collections")
layers = [c["id"] for c in json.loads(body)["collections"]]
if not layers:
    sys.exit("no public collections to load")

def cache_now():
    try:
        _, mbody, _ = get("/metrics")
        for line in mbody.decode().splitlines():
            if line.startswith("saale_tile_cache_bytes "):
                return int(float(line.split()[1]))
    except Exception:  # noqa: BLE001 - older servers have no such gauge
        pass
    return 0

# What a route builds on its first use and keeps for the server's life (the AdV tiling index
# of each layer, the font library, the sprite sheets) is not load: one request of each kind
# before the run, and the memory then is the idle level the run is compared with.
warm = collections.Counter()
try:
    fonts = json.loads(get("/fonts")[1])
    stack = fonts[0] if isinstance(fonts, list) and fonts else None
except Exception:  # noqa: BLE001 - a server without fonts
    stack = None
warm_urls = [f"/tiles/DE_EPSG_25832_ADV/{l}/0/0/0" for l in layers] + \
    [f"/tiles/{l}/12/2179/1387.mvt" for l in layers] + \
    [f"/ogc/collections/{l}/items?limit=10" for l in layers] + \
    ["/search?q=Jena", "/sprites/saale.png", "/sprites/saale@2x.png", "/styles/stadtplan.json", "/"] + \
    ([f"/fonts/{urllib.parse.quote(str(stack))}/0-255.pbf"] if stack else [])
for u in warm_urls:
    try:
        warm[get(u, gzip=True)[0]] += 1
    except Exception as e:  # noqa: BLE001 - counted
        warm[type(e).__name__] += 1
time.sleep(6)  # the blocking threads of the warm-up end after 5 s idle
rss_warm = rss() - cache_now() // 1024
print(f"memory idle: {rss_idle / 1024:.0f} MB at start, {rss_warm / 1024:.0f} MB after one request of each kind "
      f"({len(warm_urls)} requests: " + ", ".join(f"{k}: {v}" for k, v in sorted(warm.items(), key=str)) + "; tile cache not counted)")

# 1. Mixed load: tiles around Jena (z 12-15) and items pages of every collection.
set_phase("load")
def tile_url(rng):
    z = rng.randint(12, 15)
    n = 2 ** z
    lon, lat = 11.58 + rng.uniform(-0.06, 0.06), 50.93 + rng.uniform(-0.04, 0.04)
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    names = ",".join(rng.sample(layers, min(len(layers), rng.randint(1, 3))))
    return f"/tiles/{names}/{z}/{x}/{y}.mvt"
def items_url(rng):
    l = rng.choice(layers)
    return f"/ogc/collections/{l}/items?limit={rng.choice([10, 100, 1000])}&offset={rng.randint(0, 50)}"

lock = threading.Lock()
statuses = collections.Counter()
lat = []
sent = [0]
deadline = time.monotonic() + tmax
def worker(seed):
    rng = random.Random(seed)
    conn = None
    while True:
        with lock:
            if sent[0] >= total or time.monotonic() > deadline:
                return
            sent[0] += 1
        url = tile_url(rng) if rng.random() < 0.7 else items_url(rng)
        t0 = time.monotonic()
        try:
            s, _, conn = get(url, conn, gzip=True)
        except Exception as e:  # noqa: BLE001 - counted, connection renewed
            s, conn = type(e).__name__, None
        dt = time.monotonic() - t0
        with lock:
            statuses[s] += 1
            lat.append(dt)
t0 = time.monotonic()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(conc)]
for t in ts: t.start()
for t in ts: t.join()
wall = time.monotonic() - t0
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")
print(f"mixed load: {len(lat)} requests at {conc} concurrent in {wall:.1f} s: "
      f"{len(lat) / wall:.0f} req/s, p50 {q(0.5):.1f} ms, p99 {q(0.99):.1f} ms")
print("  by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=str)))
for k, v in statuses.items():
    if isinstance(k, int) and k >= 500 and k != 503:
        fives[("load", k)] += v
print(f"  5xx other than 503: {sum(v for (p, _), v in fives.items() if p == 'load')}")
print(health_line("load"))
print(f"  memory peak so far {peak[0] / 1024:.0f} MB")

# 2. Oversized and repeated query parameters: each answered (4xx/2xx) or the connection
# refused by the HTTP layer, never a 5xx; the server answers normally afterwards.
set_phase("parameters")
l0 = layers[0]
cases = []
for size in (8 << 10, 64 << 10, 512 << 10, 1 << 20):
    cases.append((f"items with a {size >> 10} KB property filter", f"/ogc/collections/{l0}/items?x={'a' * size}"))
    cases.append((f"bbox of {size >> 10} KB", f"/ogc/collections/{l0}/items?bbox={','.join(['1'] * (size // 2))}"))
cases.append(("limit repeated 10,000 times", f"/ogc/collections/{l0}/items?" + "&".join(f"limit={i + 1}" for i in range(10000))))
cases.append(("bbox repeated 2,000 times", f"/ogc/collections/{l0}/items?" + "&".join(["bbox=11.5,50.9,11.6,51.0"] * 2000)))
cases.append(("5,000 different parameters", f"/ogc/collections/{l0}/items?" + "&".join(f"p{i}=1" for i in range(5000))))
cases.append(("search text of 256 KB", f"/search?q={'Jena' * (64 << 10)}"))
cases.append(("a layer 3,000 times in a tile URL", f"/tiles/{','.join([l0] * 3000)}/14/8720/5523.mvt"))
cases.append(("crs of 64 KB", f"/ogc/collections/{l0}/items?crs={'EPSG:' * (11 << 10)}"))
cases.append(("offset 2^64 + 1", f"/ogc/collections/{l0}/items?offset=18446744073709551617"))
cases.append(("limit -1 and f=html", f"/ogc/collections/{l0}/items?limit=-1&f=html"))
param_status = collections.Counter()
for name, url in cases:
    t = time.monotonic()
    try:
        s, body, c = get(url, timeout=30)
        c.close()
    except Exception as e:  # noqa: BLE001 - a refused request is an answer too
        s, body = type(e).__name__, b""
    dt = (time.monotonic() - t) * 1000
    param_status[s] += 1
    if isinstance(s, int) and s >= 500 and s != 503:
        fives[("parameters", s)] += 1
    print(f"  {name}: {s} in {dt:.0f} ms ({len(url) >> 10} KB URL)")
s, _, _ = get("/health")
print("oversized/repeated parameters: " + ", ".join(f"{k}: {v}" for k, v in sorted(param_status.items(), key=str))
      + f"; /health afterwards {s}")
print(health_line("parameters"))

# 3. Slow headers: SLOW connections each send half a request head and then nothing.
set_phase("slow headers")
socks = []
for _ in range(slow):
    s = socket.create_connection((HOST, port), timeout=30)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    socks.append(s)
time.sleep(htimeout + 2)
def closed_by_server(s):
    s.settimeout(0.5)
    try:
        while True:
            b = s.recv(65536)
            if b == b"":
                return True
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False
closed = sum(closed_by_server(s) for s in socks)
for s in socks: s.close()
print(f"slow connections closed by the server after {htimeout:.0f} s + 2 s: {closed} of {slow}")
print(health_line("slow headers"))

# 4. Half-open connections: a complete request, then the client shuts its sending side and
# never reads; and as many that connect and send nothing at all.
set_phase("half-open")
halfs, mutes = [], []
for i in range(half):
    s = socket.create_connection((HOST, port), timeout=30)
    s.sendall(f"GET /ogc/collections/{l0}/items?limit=10 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    s.shutdown(socket.SHUT_WR)
    halfs.append(s)
for i in range(half):
    mutes.append(socket.create_connection((HOST, port), timeout=30))
time.sleep(htimeout + 2)
closed_half = sum(closed_by_server(s) for s in halfs)
closed_mute = sum(closed_by_server(s) for s in mutes)
for s in halfs + mutes: s.close()
print(f"half-open connections closed by the server after {htimeout:.0f} s + 2 s: {closed_half} of {half} "
      f"(request sent, then shutdown), {closed_mute} of {half} (nothing sent)")
print(health_line("half-open"))

# 5. schemathesis against the served OpenAPI document.
set_phase("schemathesis")
t = time.monotonic()
st = subprocess.run(
    [st_bin, "run", f"http://{HOST}:{port}/ogc/api", "--checks", "all", "--max-examples", str(st_examples),
     "--seed", "14", "--generation-database", "none", "--request-timeout", "30", "--workers", "4",
     "--no-color", "--suppress-health-check", "all"],
    capture_output=True, text=True, timeout=1800)
out = (st.stdout + st.stderr).rstrip().splitlines()
start = next((i for i, l in enumerate(out) if "SUMMARY" in l), max(0, len(out) - 40))
print(f"schemathesis {st_examples} examples per operation, every check: exit {st.returncode} in {time.monotonic() - t:.0f} s")
for l in out[start:]:
    print("  " + l)
print(health_line("schemathesis"))

set_phase("after")
# Memory after the run: once the blocking threads have ended (5 s idle) and the size has
# settled (no change of 1 MB or more within 2 s), at most 30 s.
time.sleep(3)
prev, settle_t0 = rss(), time.monotonic()
while time.monotonic() - settle_t0 < 30:
    time.sleep(2)
    cur = rss()
    if abs(cur - prev) < 1024 and time.monotonic() - settle_t0 > 6:
        break
    prev = cur
cache_bytes = cache_now()
stop.set()
probe.terminate()
probe.wait()
health, health_bad = probes()
os.unlink(probe_file)
bad = ", ".join(f"{p} {s}: {v}" for (p, s), v in sorted(health_bad.items(), key=str)) or "none"
allh = sorted(x for v in health.values() for x in v)
print(f"/health over the whole run: {len(allh)} probes, max {allh[-1]:.1f} ms, "
      f"{sum(1 for x in allh if x >= 100)} at 100 ms or more; not 200: {bad}")
print(f"5xx other than 503 over the whole run: {sum(fives.values())}"
      + (" (" + ", ".join(f"{p} {s}: {v}" for (p, s), v in fives.items()) + ")" if fives else ""))
after = rss()
rest = after - cache_bytes // 1024
print(f"memory: idle {rss_warm / 1024:.0f} MB (after one request of each kind; {rss_idle / 1024:.0f} MB at start), "
      f"peak {peak[0] / 1024:.0f} MB, after {after / 1024:.0f} MB "
      f"of which the tile cache {cache_bytes / 1048576:.0f} MB (bounded by --cache-mb); without it "
      f"{rest / 1024:.0f} MB ({'back to' if rest <= rss_warm * 1.25 + 20 * 1024 else 'above'} idle: within 25 % + 20 MB)")
EOF
