//! Sources that are not local files, read through GDAL: a file over HTTP (`/vsicurl/URL`, or a
//! bare `http(s)://` URL), a WFS (`WFS:URL`), OGC API Features (`OAPIF:URL`) and a PostGIS table
//! or query (`PG:CONNECTION`).
//!
//! Such a source is recorded as the text given (with `${NAME}` references to environment
//! variables left unexpanded), so a refresh can read it again. A password written into a
//! PostgreSQL connection string is refused ([`Remote::parse_checked`]): it would land in the
//! catalog; libpq reads it from `~/.pgpass`, `PGPASSWORD`, a `pg_service.conf` service, or a
//! `password=${NAME}` reference expanded only when the source is opened.
//!
//! Change detection: [`content_hash`] (SHA-256 over the features read, independent of their
//! order) for every remote source, and for files over HTTP also the validators
//! ([`HttpStamp`]: `ETag`, `Last-Modified`) of a `HEAD` request, so an unchanged file is not
//! downloaded again. The HTTP requests go through the system libcurl, the one GDAL uses.

use std::path::{Path, PathBuf};
use std::time::Duration;

use saale_model::{Layer, Value};
use sha2::{Digest, Sha256};

use crate::gdal::Pick;
use crate::read::{ImportOptions, Imported};
use crate::{Error, Result};

/// The kind of a remote source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoteKind {
    /// A file over HTTP(S), read through GDAL's `/vsicurl/`.
    Http,
    /// A Web Feature Service (GDAL's WFS driver).
    Wfs,
    /// OGC API Features (GDAL's OAPIF driver).
    Oapif,
    /// A PostgreSQL/PostGIS database (GDAL's PostgreSQL driver).
    Postgis,
}

impl RemoteKind {
    /// The name in messages and the catalog's format column.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            RemoteKind::Http => "HTTP",
            RemoteKind::Wfs => "WFS",
            RemoteKind::Oapif => "OAPIF",
            RemoteKind::Postgis => "PostGIS",
        }
    }
}

/// A remote source as given (and recorded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    kind: RemoteKind,
    source: String,
}

/// HTTP validators of a file over HTTP, from a `HEAD` request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpStamp {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header (IMF-fixdate, as sent).
    pub last_modified: Option<String>,
}

impl HttpStamp {
    /// Whether the server sent a validator at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// What [`read_remote`] read.
#[derive(Debug, Clone)]
pub struct RemoteRead {
    /// The layer in the target CRS; its one source carries the content hash in `sha256`.
    pub imported: Imported,
    /// The HTTP validators of a file over HTTP (empty for the other kinds, or when the server
    /// sends none).
    pub stamp: HttpStamp,
    /// The layer read (the one given, or the source's only layer; `None` for a query).
    pub layer_name: Option<String>,
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

impl Remote {
    /// The remote source `s` names, or `None` for a local path. `/vsicurl/URL` and
    /// `http(s)://URL` are files over HTTP (recorded as `/vsicurl/URL`), `WFS:URL` a WFS,
    /// `OAPIF:URL` an OGC API Features service, `PG:CONNECTION` a PostgreSQL database.
    #[must_use]
    pub fn parse(s: &str) -> Option<Remote> {
        let t = s.trim();
        let (kind, source) = if t.starts_with("/vsicurl/") {
            (RemoteKind::Http, t.to_string())
        } else if starts_with_ci(t, "http://") || starts_with_ci(t, "https://") {
            (RemoteKind::Http, format!("/vsicurl/{t}"))
        } else if starts_with_ci(t, "WFS:") {
            (RemoteKind::Wfs, t.to_string())
        } else if starts_with_ci(t, "OAPIF:") {
            (RemoteKind::Oapif, t.to_string())
        } else if starts_with_ci(t, "PG:") {
            (RemoteKind::Postgis, t.to_string())
        } else {
            return None;
        };
        Some(Remote { kind, source })
    }

    /// [`Remote::parse`], refusing a PostgreSQL connection string that holds a password.
    ///
    /// # Errors
    /// [`Error::Remote`] for a password in the connection string (`password=...` or
    /// `postgresql://user:password@...`), unless it is a `${NAME}` reference.
    pub fn parse_checked(s: &str) -> Result<Option<Remote>> {
        let Some(r) = Remote::parse(s) else {
            return Ok(None);
        };
        if r.kind == RemoteKind::Postgis && literal_password(&r.source[3..]) {
            return Err(Error::Remote {
                name: "PG:...".into(),
                reason: "the connection string holds a password, which would be recorded in \
                         the catalog; keep it in ~/.pgpass, PGPASSWORD or a pg_service.conf \
                         service, or write password=${NAME} to read it from the environment \
                         variable NAME when the source is opened"
                    .into(),
            });
        }
        Ok(Some(r))
    }

    /// The kind.
    #[must_use]
    pub fn kind(&self) -> RemoteKind {
        self.kind
    }

    /// The source as recorded (`/vsicurl/URL`, `WFS:URL`, `OAPIF:URL`, `PG:...`).
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The HTTP(S) URL of a file, WFS or OAPIF source.
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        let rest = match self.kind {
            RemoteKind::Http => &self.source["/vsicurl/".len()..],
            RemoteKind::Wfs => &self.source[4..],
            RemoteKind::Oapif => &self.source[6..],
            RemoteKind::Postgis => return None,
        };
        (starts_with_ci(rest, "http://") || starts_with_ci(rest, "https://")).then_some(rest)
    }

    /// The source with its `${NAME}` references replaced by the environment variables, as
    /// GDAL is to open it (never to be recorded or printed).
    ///
    /// # Errors
    /// [`Error::Remote`] naming an unset variable or a malformed reference.
    pub fn expanded(&self) -> Result<String> {
        Ok(self.open_as()?.to_string_lossy().into_owned())
    }

    /// What GDAL opens: the source with its `${NAME}` references expanded.
    fn open_as(&self) -> Result<PathBuf> {
        let mut out = String::with_capacity(self.source.len());
        let mut rest = self.source.as_str();
        while let Some(at) = rest.find("${") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let end = after.find('}').ok_or_else(|| Error::Remote {
                name: self.source.clone(),
                reason: "a '${' without its closing '}'".into(),
            })?;
            let name = &after[..end];
            let ok = !name.is_empty()
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit());
            if !ok {
                return Err(Error::Remote {
                    name: self.source.clone(),
                    reason: format!("'${{{name}}}' is not the name of an environment variable"),
                });
            }
            let value = std::env::var(name).map_err(|_| Error::Remote {
                name: self.source.clone(),
                reason: format!("the environment variable {name} it refers to is not set"),
            })?;
            out.push_str(&value);
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(PathBuf::from(out))
    }

    /// The default layer name: the table or layer read, else the file name of the URL, else
    /// the kind.
    #[must_use]
    pub fn default_name(&self, source_layer: Option<&str>) -> String {
        let base = match (source_layer, self.kind) {
            (Some(l), _) => l.rsplit(['.', ':']).next().unwrap_or(l).to_string(),
            (None, RemoteKind::Http) => {
                let path = self.source.split(['?', '#']).next().unwrap_or_default();
                let file = path.rsplit('/').next().unwrap_or_default();
                file.split('.').next().unwrap_or_default().to_string()
            }
            (None, k) => k.name().to_lowercase(),
        };
        if base.is_empty() {
            self.kind.name().to_lowercase()
        } else {
            base
        }
    }

    fn err(&self, reason: impl Into<String>) -> Error {
        Error::Remote {
            name: self.source.clone(),
            reason: reason.into(),
        }
    }
}

/// Whether a libpq connection string (without `PG:`) holds a literal password: a `password`
/// keyword, or a `user:password@` in a URI, whose value is not a `${NAME}` reference.
fn literal_password(conn: &str) -> bool {
    let conn = conn.trim();
    let reference = |v: &str| {
        let v = v.trim_matches('\'');
        v.starts_with("${") && v.ends_with('}') && v.matches("${").count() == 1
    };
    if starts_with_ci(conn, "postgres://") || starts_with_ci(conn, "postgresql://") {
        let rest = conn.split_once("://").map_or("", |(_, r)| r);
        let userinfo = rest.split(['/', '?']).next().unwrap_or_default();
        if let Some((user, _)) = userinfo.rsplit_once('@') {
            if let Some((_, pw)) = user.split_once(':') {
                if !reference(pw) {
                    return true;
                }
            }
        }
        // Query parameters: ?password=...
        let query = rest.split_once('?').map_or("", |(_, q)| q);
        return query.split('&').any(|kv| {
            kv.split_once('=')
                .is_some_and(|(k, v)| k.eq_ignore_ascii_case("password") && !reference(v))
        });
    }
    // key = value pairs; values may be quoted with '...' and \-escapes.
    let mut chars = conn.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut key = String::new();
        while let Some(c) = chars.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        if key.is_empty() && chars.peek().is_none() {
            return false;
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'=').is_some() {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            if chars.next_if_eq(&'\'').is_some() {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => value.extend(chars.next()),
                        '\'' => break,
                        c => value.push(c),
                    }
                }
            } else {
                while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                    value.push(c);
                }
            }
        }
        if key.eq_ignore_ascii_case("password") && !reference(&value) {
            return true;
        }
        if key.is_empty() {
            // A stray '=': skip one character so the loop ends.
            if chars.next().is_none() {
                return false;
            }
        }
    }
}

/// The SHA-256 of what was read: the schema, then the sorted SHA-256s of the features (WKB
/// geometry and values), so a service that returns the same features in another order gives
/// the same hash.
#[must_use]
pub fn content_hash(layer: &Layer) -> String {
    let mut rows: Vec<[u8; 32]> = layer
        .features
        .iter()
        .map(|f| {
            let mut h = Sha256::new();
            match &f.geometry {
                Some(g) => {
                    h.update(b"G");
                    h.update(saale_model::geometry_to_wkb(g).unwrap_or_default());
                }
                None => h.update(b"N"),
            }
            for v in &f.values {
                let text = match v {
                    Value::Null => "\u{0}null".to_string(),
                    v => format!("{v:?}"),
                };
                h.update((text.len() as u64).to_le_bytes());
                h.update(text.as_bytes());
            }
            h.finalize().into()
        })
        .collect();
    rows.sort_unstable();
    let mut h = Sha256::new();
    for f in layer.schema.fields() {
        h.update(format!("{}:{:?};", f.name, f.ty).as_bytes());
    }
    for r in &rows {
        h.update(r);
    }
    hex(&h.finalize())
}

fn hex(b: &[u8]) -> String {
    use std::fmt::Write as _;
    b.iter()
        .fold(String::with_capacity(b.len() * 2), |mut s, x| {
            let _ = write!(s, "{x:02x}");
            s
        })
}

/// The layers of a remote source.
///
/// # Errors
/// The source cannot be opened (GDAL's reason).
pub fn remote_layers(remote: &Remote) -> Result<Vec<String>> {
    crate::gdal::layer_names_as(Path::new(&remote.source), &remote.open_as()?)
}

/// Read a remote source into one layer in `opts.target_crs`: the result of `sql` (PostGIS),
/// else the layer `opts.gdal_layer`, else the only layer (a source with several needs one of
/// the two). The source's `sha256` is the [`content_hash`] of what was read.
///
/// # Errors
/// [`Error::Remote`] when the source cannot be reached or has several layers; the reader's
/// errors (naming the source and the feature).
pub fn read_remote(remote: &Remote, sql: Option<&str>, opts: &ImportOptions) -> Result<RemoteRead> {
    if sql.is_some() && remote.kind != RemoteKind::Postgis {
        return Err(remote.err("a SQL query is only read from a PostGIS (PG:) source"));
    }
    let open_as = remote.open_as()?;
    let path = Path::new(&remote.source);
    let stamp = match remote.kind {
        RemoteKind::Http => http_stamp(remote)?.unwrap_or_default(),
        _ => HttpStamp::default(),
    };
    let mut layer_name = opts.gdal_layer.clone();
    let pick = match (sql, opts.gdal_layer.as_deref()) {
        (Some(q), _) => Pick::Sql(q),
        (None, Some(l)) => Pick::Layer(Some(l)),
        (None, None) => {
            let layers = crate::gdal::layer_names_as(path, &open_as)?;
            if layers.len() > 1 {
                let shown: Vec<String> = layers.iter().take(20).map(|l| format!("'{l}'")).collect();
                return Err(remote.err(format!(
                    "the source has {} layers ({}{}); give the one to read with --source-layer \
                     (source_layer in sources.toml){}",
                    layers.len(),
                    shown.join(", "),
                    if layers.len() > 20 { ", ..." } else { "" },
                    if remote.kind == RemoteKind::Postgis {
                        " or a query with --sql"
                    } else {
                        ""
                    }
                )));
            }
            layer_name = layers.into_iter().next();
            Pick::Layer(None)
        }
    };
    let raw = crate::gdal::read_picked(path, &open_as, pick)?;
    let hash = content_hash(&raw.layer);
    let (layer, mut info, report) = crate::read::finish(path, raw, None, opts)?;
    info.format = format!("{} ({})", info.format, remote.kind.name());
    info.sha256 = Some((hash, 0));
    let is_table =
        layer.features.iter().all(|f| f.geometry.is_none()) && !layer.features.is_empty();
    Ok(RemoteRead {
        imported: Imported {
            layer,
            sources: vec![info],
            report,
            is_table,
        },
        stamp,
        layer_name: if sql.is_some() { None } else { layer_name },
    })
}

/// A response of [`http`]: status, headers (names lowercased) and the first bytes of the body.
struct Response {
    status: u32,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// One HTTP request through libcurl (redirects followed, 30 s timeout): `HEAD` when
/// `head_only`, else a `GET` keeping at most `max_body` bytes of the body.
fn http(
    url: &str,
    head_only: bool,
    accept: Option<&str>,
    max_body: usize,
) -> std::result::Result<Response, String> {
    let mut easy = curl::easy::Easy::new();
    let setup = |easy: &mut curl::easy::Easy| -> std::result::Result<(), curl::Error> {
        easy.url(url)?;
        easy.follow_location(true)?;
        easy.max_redirections(10)?;
        easy.timeout(Duration::from_secs(30))?;
        easy.connect_timeout(Duration::from_secs(10))?;
        easy.useragent(concat!("saale/", env!("CARGO_PKG_VERSION")))?;
        if head_only {
            easy.nobody(true)?;
        }
        let mut list = curl::easy::List::new();
        if let Some(a) = accept {
            list.append(&format!("Accept: {a}"))?;
        }
        if !head_only && max_body > 0 {
            list.append(&format!("Range: bytes=0-{}", max_body - 1))?;
        }
        easy.http_headers(list)
    };
    setup(&mut easy).map_err(|e| e.to_string())?;
    let mut headers = Vec::new();
    let mut body = Vec::new();
    let result = {
        let mut t = easy.transfer();
        t.header_function(|line| {
            let line = String::from_utf8_lossy(line);
            if line.starts_with("HTTP/") {
                // A new response (after a redirect): its headers only.
                headers.clear();
            } else if let Some((k, v)) = line.split_once(':') {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
            true
        })
        .map_err(|e| e.to_string())?;
        t.write_function(|data| {
            let room = max_body.saturating_sub(body.len());
            body.extend_from_slice(&data[..data.len().min(room)]);
            // Returning less than was given ends the transfer once enough is kept.
            Ok(if room == 0 { 0 } else { data.len() })
        })
        .map_err(|e| e.to_string())?;
        t.perform()
    };
    if let Err(e) = result {
        if !(e.is_write_error() && body.len() >= max_body) {
            return Err(e.to_string());
        }
    }
    let status = easy.response_code().map_err(|e| e.to_string())?;
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// The validators of a file over HTTP from a `HEAD` request (`None` for other sources, for
/// servers that refuse `HEAD`, and for `/vsicurl/` paths that are not HTTP URLs).
///
/// # Errors
/// [`Error::Remote`] when the server cannot be reached or answers 404, 410 or another error
/// status of the file.
pub fn http_stamp(remote: &Remote) -> Result<Option<HttpStamp>> {
    if remote.kind != RemoteKind::Http {
        return Ok(None);
    }
    let open_as = remote.open_as()?;
    let Some(url) = open_as
        .to_str()
        .and_then(|s| s.strip_prefix("/vsicurl/"))
        .filter(|u| starts_with_ci(u, "http://") || starts_with_ci(u, "https://"))
    else {
        return Ok(None);
    };
    let r = http(url, true, None, 0).map_err(|e| remote.err(format!("cannot be reached: {e}")))?;
    match r.status {
        200..=299 => Ok(Some(HttpStamp {
            etag: r.header("etag"),
            last_modified: r.header("last-modified"),
        })),
        // HEAD not allowed or not implemented: the content hash decides.
        405 | 501 => Ok(None),
        s => Err(remote.err(format!("the server answers HTTP {s}"))),
    }
}

/// Bytes of a file searched for its delivery date.
const DATE_HEAD: usize = 65_536;

/// The date a delivery gives itself, in its first 64 KB of text: the `timeStamp` of a WFS
/// `FeatureCollection` (GML) or of an OGC API Features response (JSON), else the first
/// element whose name is `bestandsdatum` (NAS, any case and namespace prefix).
/// `YYYY-MM-DD` (the date part, as written).
#[must_use]
pub fn date_in_text(text: &str) -> Option<String> {
    let date = |s: &str| {
        let d = s.get(..10)?;
        let b = d.as_bytes();
        let ok = b[4] == b'-'
            && b[7] == b'-'
            && d.bytes()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        ok.then(|| d.to_string())
    };
    if let Some(at) = text.find("timeStamp") {
        let rest = &text[at + "timeStamp".len()..];
        let rest = rest
            .trim_start_matches(|c: char| c == '"' || c == ':' || c == '=' || c.is_whitespace());
        let rest = rest.trim_start_matches(['"', '\'']);
        if let Some(d) = date(rest) {
            return Some(d);
        }
    }
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("bestandsdatum>") {
        let i = from + at;
        from = i + 1;
        // An opening tag: `<bestandsdatum>` or `<prefix:bestandsdatum>`.
        let before = &lower[..i];
        let open = before
            .rfind('<')
            .is_some_and(|lt| !before[lt..].contains('/') && !before[lt..].contains(' '));
        if open {
            if let Some(d) = date(text[i + "bestandsdatum>".len()..].trim_start()) {
                return Some(d);
            }
        }
    }
    None
}

/// The date of an HTTP `Last-Modified` header (`Wed, 21 Oct 2015 07:28:00 GMT`) as
/// `YYYY-MM-DD`.
#[must_use]
pub fn http_date(s: &str) -> Option<String> {
    let mut parts = s.split_whitespace().skip(1);
    let day: u8 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: u16 = parts.next()?.parse().ok()?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The date a local delivery gives itself ([`date_in_text`] of its first 64 KB).
#[must_use]
pub fn delivery_date_of_file(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let mut head = Vec::with_capacity(DATE_HEAD);
    std::fs::File::open(path)
        .ok()?
        .take(DATE_HEAD as u64)
        .read_to_end(&mut head)
        .ok()?;
    date_in_text(&String::from_utf8_lossy(&head))
}

/// The date a remote delivery gives itself: for a file over HTTP the date in its first 64 KB
/// ([`date_in_text`]), else the date of its `Last-Modified` header; for a WFS the
/// `timeStamp` of a `GetFeature` response of one feature of `layer`; for OGC API Features the
/// `timeStamp` of an items response of one feature of the collection `layer`, else its
/// `Last-Modified`. `None` when the delivery gives none (PostGIS never does).
///
/// # Errors
/// [`Error::Remote`] when the server cannot be reached or answers an error status.
pub fn delivery_date_remote(remote: &Remote, layer: Option<&str>) -> Result<Option<String>> {
    let open_as = remote.open_as()?;
    let expanded = open_as.to_string_lossy().into_owned();
    let expanded_remote = Remote {
        kind: remote.kind,
        source: expanded,
    };
    let Some(base) = expanded_remote.url() else {
        return Ok(None);
    };
    let get = |url: &str, accept: Option<&str>| {
        let r = http(url, false, accept, DATE_HEAD)
            .map_err(|e| remote.err(format!("cannot be reached: {e}")))?;
        if r.status >= 400 {
            return Err(remote.err(format!("the server answers HTTP {}", r.status)));
        }
        Ok(r)
    };
    let join = |base: &str, query: &str| {
        if base.contains('?') {
            format!("{base}&{query}")
        } else {
            format!("{base}?{query}")
        }
    };
    let r = match remote.kind {
        RemoteKind::Http => get(base, None)?,
        RemoteKind::Wfs => {
            let Some(l) = layer else { return Ok(None) };
            get(
                &join(
                    base,
                    &format!("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES={l}&COUNT=1"),
                ),
                None,
            )?
        }
        RemoteKind::Oapif => {
            let Some(l) = layer else { return Ok(None) };
            let (path, query) = base.split_once('?').unwrap_or((base, ""));
            let url = format!("{}/collections/{l}/items", path.trim_end_matches('/'));
            let url = join(&url, "limit=1");
            let url = if query.is_empty() {
                url
            } else {
                format!("{url}&{query}")
            };
            get(&url, Some("application/geo+json, application/json"))?
        }
        RemoteKind::Postgis => return Ok(None),
    };
    if let Some(d) = date_in_text(&String::from_utf8_lossy(&r.body)) {
        return Ok(Some(d));
    }
    Ok(r.header("last-modified").as_deref().and_then(http_date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_parse_by_prefix() {
        let r = Remote::parse("https://example.org/data/stops.geojson").expect("http");
        assert_eq!(r.kind(), RemoteKind::Http);
        assert_eq!(
            r.source(),
            "/vsicurl/https://example.org/data/stops.geojson"
        );
        assert_eq!(r.url(), Some("https://example.org/data/stops.geojson"));
        assert_eq!(r.default_name(None), "stops");
        let r = Remote::parse("WFS:https://example.org/wfs?map=x").expect("wfs");
        assert_eq!(r.kind(), RemoteKind::Wfs);
        assert_eq!(r.default_name(Some("app:flurstueck")), "flurstueck");
        assert_eq!(
            Remote::parse("OAPIF:http://h/").map(|r| r.kind()),
            Some(RemoteKind::Oapif)
        );
        assert_eq!(
            Remote::parse("PG:dbname=x").map(|r| r.kind()),
            Some(RemoteKind::Postgis)
        );
        assert_eq!(
            Remote::parse("PG:dbname=x").map(|r| r.default_name(Some("planung.statbez"))),
            Some("statbez".into())
        );
        assert!(Remote::parse("data/jena/statbez.geojson").is_none());
        assert!(Remote::parse("/tmp/PG:x").is_none());
    }

    #[test]
    fn passwords_in_connection_strings_are_refused() {
        for bad in [
            "PG:dbname=x password=geheim host=h",
            "PG:dbname=x PASSWORD = 'a b' host=h",
            "PG:postgresql://u:geheim@db/stadt",
            "PG:postgresql://u@db/stadt?password=geheim",
        ] {
            assert!(Remote::parse_checked(bad).is_err(), "{bad}");
            let msg = Remote::parse_checked(bad)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(!msg.contains("geheim"), "{msg}");
        }
        for good in [
            "PG:dbname=x host=h user=gis",
            "PG:service=gis",
            "PG:dbname=x password=${JENA_PW}",
            "PG:postgresql://u:${JENA_PW}@db/stadt",
            "PG:dbname='pass word' user=password",
        ] {
            assert!(
                Remote::parse_checked(good).is_ok_and(|r| r.is_some()),
                "{good}"
            );
        }
    }

    #[test]
    fn references_expand_from_the_environment() {
        let r = Remote::parse("PG:dbname=x password=${SAALE_TEST_UNSET_VAR_1}").expect("pg");
        let e = r.open_as().expect_err("unset");
        assert!(
            e.to_string()
                .contains("SAALE_TEST_UNSET_VAR_1 it refers to is not set"),
            "{e}"
        );
        let r = Remote::parse("PG:dbname=x user=${1x}").expect("pg");
        assert!(r.open_as().is_err());
        let r = Remote::parse("PG:dbname=x").expect("pg");
        assert_eq!(r.open_as().expect("plain"), PathBuf::from("PG:dbname=x"));
    }

    #[test]
    fn delivery_dates_are_found() {
        let wfs = r#"<?xml version="1.0"?><wfs:FeatureCollection timeStamp="2025-05-31T07:59:09.535+02:00" numberReturned="1">"#;
        assert_eq!(date_in_text(wfs), Some("2025-05-31".into()));
        let oapif =
            r#"{"type":"FeatureCollection","timeStamp": "2026-12-03T11:00:00Z","features":[]}"#;
        assert_eq!(date_in_text(oapif), Some("2026-12-03".into()));
        let nas = "<AX_Bestandsdatenauszug><erlaeuterung>x</erlaeuterung><nas:bestandsdatum>2024-03-01</nas:bestandsdatum>";
        assert_eq!(date_in_text(nas), Some("2024-03-01".into()));
        assert_eq!(date_in_text("<a>2024-01-01</a>"), None);
        assert_eq!(
            http_date("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some("2015-10-21".into())
        );
        assert_eq!(http_date("garbage"), None);
    }

    #[test]
    fn content_hash_ignores_order_and_sees_values() {
        use saale_model::{Feature, Field, FieldType, Schema};
        let schema = Schema::from_fields([Field {
            name: "n".into(),
            ty: FieldType::Int,
        }]);
        let f = |v: i64| Feature {
            geometry: Some(geo::Geometry::Point(geo::Point::new(
                681_000.0,
                5_644_000.0 + v as f64,
            ))),
            values: vec![Value::Int(v)],
        };
        let a = Layer {
            schema: schema.clone(),
            features: vec![f(1), f(2)],
        };
        let b = Layer {
            schema: schema.clone(),
            features: vec![f(2), f(1)],
        };
        let c = Layer {
            schema,
            features: vec![f(2), f(3)],
        };
        assert_eq!(content_hash(&a), content_hash(&b));
        assert_ne!(content_hash(&a), content_hash(&c));
    }
}
