#!/usr/bin/env bash
# Robustness run of `saale serve` on loopback: a mixed tile/items load at CONC concurrent
# clients (REQUESTS requests at most, SECONDS at most), then SLOW connections that send half a
# request head while /health is timed. Prints req/s, p50/p99, errors by status, /health latency
# under the slow connections, and how many slow connections the server closed. Stops by itself;
# traffic goes to 127.0.0.1 only. Not part of CI (it measures, it does not assert).
#
#   bash scripts/server_robustness.sh [PROJECT_OR_MANIFEST_DIR]    # default data/jena
#   CONC=64 REQUESTS=20000 SECONDS_MAX=60 SLOW=300 SAALE=target/release/saale bash scripts/...
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=${1:-data/jena}
CONC=${CONC:-64}
REQUESTS=${REQUESTS:-20000}
SECONDS_MAX=${SECONDS_MAX:-60}
SLOW=${SLOW:-300}
HEADER_TIMEOUT=${HEADER_TIMEOUT:-5}
SAALE=${SAALE:-target/release/saale}
if [ ! -x "$SAALE" ]; then
  cargo build --release -p saale-cli
fi
LOG=$(mktemp)
"$SAALE" serve "$DIR" --addr 127.0.0.1:0 --header-timeout "$HEADER_TIMEOUT" >"$LOG" 2>&1 &
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
echo "saale serve $DIR on 127.0.0.1:$PORT (pid $PID)"
RSS_IDLE=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")

python3 - "$PORT" "$CONC" "$REQUESTS" "$SECONDS_MAX" "$SLOW" "$HEADER_TIMEOUT" "$PID" "$RSS_IDLE" <<'EOF'
import collections, http.client, json, random, socket, sys, threading, time

port, conc, total, tmax, slow, htimeout, pid, rss_idle = sys.argv[1:]
port, conc, total, tmax, slow, htimeout = int(port), int(conc), int(total), float(tmax), int(slow), float(htimeout)
HOST = "127.0.0.1"

def get(path, conn=None, gzip=False):
    c = conn or http.client.HTTPConnection(HOST, port, timeout=30)
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

_, body, _ = get("/ogc/collections")
layers = [c["id"] for c in json.loads(body)["collections"]]
if not layers:
    sys.exit("no public collections to load")
# Tiles around Jena (z 12-15) and items pages of every collection.
def tile_url(rng):
    z = rng.randint(12, 15)
    n = 2 ** z
    lon, lat = 11.58 + rng.uniform(-0.06, 0.06), 50.93 + rng.uniform(-0.04, 0.04)
    import math
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
peak = [rss()]

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

def sampler(stop):
    while not stop.is_set():
        peak[0] = max(peak[0], rss())
        time.sleep(0.2)

stop = threading.Event()
threading.Thread(target=sampler, args=(stop,), daemon=True).start()
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
five = sum(v for k, v in statuses.items() if isinstance(k, int) and k >= 500 and k != 503)
print(f"  5xx other than 503: {five}")

# Slow headers: SLOW connections each send half a request head and then nothing.
socks = []
for _ in range(slow):
    s = socket.create_connection((HOST, port), timeout=30)
    s.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    socks.append(s)
health = []
for _ in range(20):
    t = time.monotonic()
    st, _, _ = get("/health")
    health.append((time.monotonic() - t) * 1000)
    assert st == 200, st
print(f"/health under {slow} slow connections: max {max(health):.1f} ms, median {sorted(health)[10]:.1f} ms")
time.sleep(htimeout + 2)
closed = 0
for s in socks:
    s.settimeout(0.5)
    try:
        if s.recv(1) == b"":
            closed += 1
    except ConnectionResetError:
        closed += 1
    except socket.timeout:
        pass
    s.close()
print(f"slow connections closed by the server after {htimeout:.0f} s + 2 s: {closed} of {slow}")
stop.set()
time.sleep(1)
print(f"memory: idle {int(rss_idle) / 1024:.0f} MB, peak {peak[0] / 1024:.0f} MB, after {rss() / 1024:.0f} MB")
EOF
