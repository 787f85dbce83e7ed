//! Streaming XML: the document is read event by event (quick-xml) and each *feature* element is
//! captured as a small tree ([`Node`]) while everything outside features is only tracked as a
//! path of element names. Memory is bounded by the largest feature, not by the file.
//!
//! Hostile input is refused: DTDs with entity declarations (no entity expansion at all), unknown
//! entity references, nesting deeper than [`MAX_DEPTH`], features with more than
//! [`MAX_NODES`] elements and files that end inside an element.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use crate::{Error, Result};

/// Deepest element nesting accepted.
pub(crate) const MAX_DEPTH: usize = 256;
/// Most elements in one captured feature.
pub(crate) const MAX_NODES: usize = 2_000_000;

/// One element of a captured feature: local name, attributes (local names), text, children.
#[derive(Debug, Clone, Default)]
pub(crate) struct Node {
    /// Local name (`Flurstueck`, `posList`).
    pub name: String,
    /// Namespace URI of the element (empty when unbound).
    pub ns: String,
    /// Attributes by local name (`id`, `href`, `srsName`).
    pub attrs: Vec<(String, String)>,
    /// Text content (trimmed; concatenated when interleaved with children).
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<Node>,
    /// Byte offset of the start tag in the file.
    pub offset: u64,
}

impl Node {
    /// Attribute by local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The `gml:id` (any `id` attribute).
    pub fn id(&self) -> Option<&str> {
        self.attr("id")
    }

    /// First child with this local name.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    /// All children with this local name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// Follow a path of child names.
    pub fn path(&self, names: &[&str]) -> Option<&Node> {
        let mut n = self;
        for name in names {
            n = n.child(name)?;
        }
        Some(n)
    }

    /// Text at a path of child names, when not empty.
    pub fn text_at(&self, names: &[&str]) -> Option<&str> {
        self.path(names)
            .map(|n| n.text.as_str())
            .filter(|t| !t.is_empty())
    }

    /// Visit every descendant and self, depth first.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Node)) {
        f(self);
        for c in &self.children {
            c.walk(f);
        }
    }
}

/// What the classifier decides for an element outside any captured feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    /// Capture the element with its subtree and hand it out.
    Capture,
    /// Step into the element (keep streaming).
    Descend,
}

/// An element as seen by the classifier: local name, namespace, attributes, ancestors.
pub(crate) struct StartInfo<'a> {
    pub name: &'a str,
    pub ns: &'a str,
    pub attrs: &'a [(String, String)],
    /// Local names of the ancestors, outermost first.
    pub ancestors: &'a [String],
}

/// A feature handed out by [`XmlStream::next`], with the names of its ancestors.
pub(crate) struct Captured {
    pub node: Node,
    pub ancestors: Vec<String>,
}

/// Event-by-event reader of one XML file.
pub(crate) struct XmlStream {
    reader: NsReader<BufReader<Box<dyn Read + Send>>>,
    path: PathBuf,
    buf: Vec<u8>,
    stack: Vec<String>,
    /// Namespace URI and local name of the root element, once seen.
    pub root: Option<(String, String)>,
    /// Every namespace URI bound on the root element.
    pub root_namespaces: Vec<String>,
}

impl XmlStream {
    /// Open a file.
    pub fn open(path: &Path) -> Result<Self> {
        let f = File::open(path).map_err(|e| Error::io(path, e))?;
        Ok(Self::from_reader(path, Box::new(f)))
    }

    /// Read from any reader; `path` is used in messages.
    pub fn from_reader(path: &Path, r: Box<dyn Read + Send>) -> Self {
        let mut reader = NsReader::from_reader(BufReader::with_capacity(1 << 16, r));
        let cfg = reader.config_mut();
        cfg.trim_text(false);
        cfg.check_end_names = true;
        cfg.expand_empty_elements = false;
        Self {
            reader,
            path: path.to_path_buf(),
            buf: Vec::with_capacity(1 << 14),
            stack: Vec::new(),
            root: None,
            root_namespaces: Vec::new(),
        }
    }

    /// The next element the classifier captures, or `None` at the end of the document.
    pub fn next(
        &mut self,
        classify: &mut dyn FnMut(&StartInfo<'_>) -> Action,
    ) -> Result<Option<Captured>> {
        loop {
            self.buf.clear();
            let offset = self.reader.buffer_position();
            let (res, ev) = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok(x) => x,
                Err(e) => {
                    let pos = self.reader.error_position();
                    return Err(err_at(&self.path, pos, format!("XML error: {e}")));
                }
            };
            let ns = ns_string(&res);
            match ev {
                Event::DocType(d) => {
                    let text = d.as_ref().to_string();
                    if text.contains("<!ENTITY") {
                        return Err(err_at(
                            &self.path,
                            offset,
                            "the document declares entities in its DTD; saale does not expand \
                             entities (entity expansion attacks)",
                        ));
                    }
                }
                Event::Start(_) | Event::Empty(_) => {
                    let (e, empty) = match &ev {
                        Event::Start(e) => (e, false),
                        Event::Empty(e) => (e, true),
                        _ => continue,
                    };
                    let local = e.local_name().as_ref().to_string();
                    let attrs = read_attrs(e).map_err(|m| err_at(&self.path, offset, m))?;
                    if self.root.is_none() {
                        self.root = Some((ns.clone(), local.clone()));
                        for a in e.attributes().flatten() {
                            let k = a.key.as_ref();
                            if k == "xmlns" || k.starts_with("xmlns:") {
                                self.root_namespaces.push(a.value.into_owned());
                            }
                        }
                    }
                    drop(ev);
                    let info = StartInfo {
                        name: &local,
                        ns: &ns,
                        attrs: &attrs,
                        ancestors: &self.stack,
                    };
                    let action = classify(&info);
                    if action == Action::Capture {
                        let node = Node {
                            name: local,
                            ns,
                            attrs,
                            text: String::new(),
                            children: Vec::new(),
                            offset,
                        };
                        let node = if empty { node } else { self.capture(node)? };
                        return Ok(Some(Captured {
                            node,
                            ancestors: self.stack.clone(),
                        }));
                    }
                    if !empty {
                        if self.stack.len() >= MAX_DEPTH {
                            return Err(err_at(
                                &self.path,
                                offset,
                                format!("elements nested deeper than {MAX_DEPTH} levels"),
                            ));
                        }
                        self.stack.push(local);
                    }
                }
                Event::End(_) => {
                    self.stack.pop();
                }
                Event::GeneralRef(r) if !is_known_ref(&r) => {
                    return Err(err_at(
                        &self.path,
                        offset,
                        format!(
                            "unknown entity reference '&{};' (entities are not expanded)",
                            r.as_ref() as &str
                        ),
                    ));
                }
                Event::Eof => {
                    if let Some(open) = self.stack.last() {
                        return Err(err_at(
                            &self.path,
                            self.reader.buffer_position(),
                            format!("the file ends inside <{open}> (truncated?)"),
                        ));
                    }
                    if self.root.is_none() {
                        return Err(Error::UnknownFormat {
                            path: self.path.clone(),
                            reason: "no XML element found".into(),
                        });
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
    }

    /// Read the subtree of `root` (its start tag was just read) up to its end tag.
    fn capture(&mut self, root: Node) -> Result<Node> {
        let mut stack: Vec<Node> = vec![root];
        let mut count = 1usize;
        loop {
            self.buf.clear();
            let offset = self.reader.buffer_position();
            let (res, ev) = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok(x) => x,
                Err(e) => {
                    let pos = self.reader.error_position();
                    return Err(err_at(&self.path, pos, format!("XML error: {e}")));
                }
            };
            match ev {
                Event::Start(_) | Event::Empty(_) => {
                    let (e, empty) = match &ev {
                        Event::Start(e) => (e, false),
                        Event::Empty(e) => (e, true),
                        _ => continue,
                    };
                    count += 1;
                    if count > MAX_NODES {
                        return Err(err_at(
                            &self.path,
                            offset,
                            format!("a feature with more than {MAX_NODES} elements"),
                        ));
                    }
                    if stack.len() + self.stack.len() >= MAX_DEPTH {
                        return Err(err_at(
                            &self.path,
                            offset,
                            format!("elements nested deeper than {MAX_DEPTH} levels"),
                        ));
                    }
                    let attrs = read_attrs(e).map_err(|m| err_at(&self.path, offset, m))?;
                    let node = Node {
                        name: e.local_name().as_ref().to_string(),
                        ns: ns_string(&res),
                        attrs,
                        text: String::new(),
                        children: Vec::new(),
                        offset,
                    };
                    if empty {
                        if let Some(top) = stack.last_mut() {
                            top.children.push(node);
                        }
                    } else {
                        stack.push(node);
                    }
                }
                Event::End(_) => {
                    let Some(mut done) = stack.pop() else {
                        return Err(err_at(&self.path, offset, "unbalanced end tag"));
                    };
                    let t = done.text.trim();
                    if t.len() != done.text.len() {
                        done.text = t.to_string();
                    }
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => return Ok(done),
                    }
                }
                Event::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        push_text(&mut top.text, &t.xml10_content());
                    }
                }
                Event::CData(t) => {
                    if let Some(top) = stack.last_mut() {
                        push_text(&mut top.text, t.as_ref());
                    }
                }
                Event::GeneralRef(r) => {
                    let Some(c) = resolve_ref(&r) else {
                        return Err(err_at(
                            &self.path,
                            offset,
                            format!(
                                "unknown entity reference '&{};' (entities are not expanded)",
                                r.as_ref() as &str
                            ),
                        ));
                    };
                    if let Some(top) = stack.last_mut() {
                        top.text.push(c);
                    }
                }
                Event::Eof => {
                    let open = stack.last().map(|n| n.name.clone()).unwrap_or_default();
                    return Err(err_at(
                        &self.path,
                        self.reader.buffer_position(),
                        format!("the file ends inside <{open}> (truncated?)"),
                    ));
                }
                _ => {}
            }
        }
    }
}

fn push_text(dst: &mut String, s: &str) {
    // Whitespace between child elements is not content.
    if dst.is_empty() && s.trim().is_empty() {
        return;
    }
    dst.push_str(s);
}

fn ns_string(r: &ResolveResult<'_>) -> String {
    match r {
        ResolveResult::Bound(ns) => ns.as_ref().to_string(),
        _ => String::new(),
    }
}

fn read_attrs(
    e: &quick_xml::events::BytesStart<'_>,
) -> std::result::Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|err| format!("bad attribute: {err}"))?;
        let key = a.key.as_ref();
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let local = key.rsplit(':').next().unwrap_or(key).to_string();
        let v = a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|err| format!("attribute {key}: {err}"))?
            .into_owned();
        out.push((local, v));
    }
    Ok(out)
}

fn is_known_ref(r: &quick_xml::events::BytesRef<'_>) -> bool {
    resolve_ref(r).is_some()
}

fn resolve_ref(r: &quick_xml::events::BytesRef<'_>) -> Option<char> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c);
    }
    match r.as_ref() {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => None,
    }
}

fn err_at(path: &Path, offset: u64, reason: impl Into<String>) -> Error {
    Error::malformed(path, line_col(path, offset), reason)
}

/// `line L, column C` of a byte offset (computed by re-reading the file; only on errors).
pub(crate) fn line_col(path: &Path, offset: u64) -> String {
    let Ok(f) = File::open(path) else {
        return format!("byte {offset}");
    };
    let mut r = BufReader::new(f);
    let mut line = 1u64;
    let mut col = 1u64;
    let mut seen = 0u64;
    while let Ok(buf) = r.fill_buf() {
        if buf.is_empty() {
            break;
        }
        let n = buf.len();
        for &b in buf {
            if seen >= offset {
                return format!("line {line}, column {col}");
            }
            seen += 1;
            if b == b'\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        r.consume(n);
    }
    format!("line {line}, column {col}")
}

/// The first bytes of a file, lossily decoded, for content sniffing.
pub(crate) fn head(path: &Path, n: usize) -> Result<String> {
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut buf = vec![0u8; n];
    let mut filled = 0;
    while filled < n {
        let k = f.read(&mut buf[filled..]).map_err(|e| Error::io(path, e))?;
        if k == 0 {
            break;
        }
        filled += k;
    }
    buf.truncate(filled);
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn stream(text: &str) -> (tempfile::NamedTempFile, XmlStream) {
        let mut f = tempfile::NamedTempFile::new().expect("tmp");
        f.write_all(text.as_bytes()).expect("write");
        let s = XmlStream::open(f.path()).expect("open");
        (f, s)
    }

    fn capture_b(i: &StartInfo<'_>) -> Action {
        if i.name == "b" {
            Action::Capture
        } else {
            Action::Descend
        }
    }

    #[test]
    fn captures_features_with_text_and_attrs() {
        let (_f, mut s) = stream(
            "<r xmlns:g=\"urn:g\"><b g:id=\"x1\"><c>1 &amp; 2</c><d/></b><b g:id=\"x2\"/></r>",
        );
        let a = s.next(&mut capture_b).expect("ok").expect("some");
        assert_eq!(a.node.id(), Some("x1"));
        assert_eq!(a.node.child("c").map(|c| c.text.as_str()), Some("1 & 2"));
        assert!(a.node.child("d").is_some());
        assert_eq!(a.ancestors, vec!["r".to_string()]);
        let b = s.next(&mut capture_b).expect("ok").expect("some");
        assert_eq!(b.node.id(), Some("x2"));
        assert!(s.next(&mut capture_b).expect("ok").is_none());
    }

    #[test]
    fn truncated_and_entities_are_errors_with_lines() {
        let (_f, mut s) = stream("<r>\n<b>\n<c>1</c>\n");
        let e = s.next(&mut capture_b).err().expect("error").to_string();
        assert!(e.contains("line"), "{e}");
        assert!(e.contains("truncated") || e.contains("XML error"), "{e}");
        let (_f, mut s) = stream(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]>\n<r>&b;</r>",
        );
        let e = s.next(&mut capture_b).err().expect("error").to_string();
        assert!(e.contains("entit"), "{e}");
        let (_f, mut s) = stream("<r><b>&foo;</b></r>");
        let e = s.next(&mut capture_b).err().expect("error").to_string();
        assert!(e.contains("&foo;"), "{e}");
    }
}
