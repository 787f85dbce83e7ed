"""A small HTTP file server for the remote-source tests (cli/tests/sources.rs), on 127.0.0.1.

Python's http.server answers no Range requests, which GDAL's /vsicurl/ needs. This one serves
the files of a directory with Range, HEAD, ETag (SHA-256 of the content) and Last-Modified,
and answers WFS-style key-value requests from files: `PATH?REQUEST=GetFeature&...` is
`PATH.GetFeature.xml` when that file exists (any request name; `RESULTTYPE=hits` is
`PATH.hits.xml`). Every request line is appended to `DIR/requests.log`.

Usage: python3 http_files.py DIR   (prints the port on the first line of stdout)
"""

import email.utils
import hashlib
import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.abspath(sys.argv[1])


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        with open(os.path.join(ROOT, "requests.log"), "a", encoding="utf-8") as f:
            f.write("%s %s\n" % (self.command, self.path))

    def target(self):
        url = urllib.parse.urlsplit(self.path)
        path = os.path.normpath(os.path.join(ROOT, urllib.parse.unquote(url.path).lstrip("/")))
        if not path.startswith(ROOT):
            return None
        query = {k.lower(): v for k, v in urllib.parse.parse_qsl(url.query)}
        req = query.get("request")
        if req:
            name = "hits" if query.get("resulttype", "").lower() == "hits" else req
            path = "%s.%s.xml" % (path, name)
        return path

    def send_file(self, head):
        path = self.target()
        if path is None or not os.path.isfile(path):
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        with open(path, "rb") as f:
            data = f.read()
        st = os.stat(path)
        etag = '"%s"' % hashlib.sha256(data).hexdigest()[:16]
        start, end, status = 0, len(data) - 1, 200
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and data:
            a, _, b = rng[6:].partition("-")
            if a:
                start = int(a)
                end = min(int(b), len(data) - 1) if b else len(data) - 1
            else:
                start = max(0, len(data) - int(b))
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", "bytes */%d" % len(data))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = 206
        body = data[start : end + 1]
        self.send_response(status)
        self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, len(data)))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(st.st_mtime, usegmt=True))
        ctype = "application/xml" if path.endswith((".xml", ".gml")) else "application/octet-stream"
        if path.endswith((".json", ".geojson")):
            ctype = "application/geo+json"
        self.send_header("Content-Type", ctype)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def do_GET(self):
        self.send_file(False)

    def do_HEAD(self):
        self.send_file(True)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
