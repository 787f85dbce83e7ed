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
    /// Namespace URI of the element (only set on captured feature roots; empty below them).
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

/// Where the XML comes from: a buffered file (streamed) or bytes in memory (borrowed events,
/// no copying).
enum Src<'a> {
    Buffered(Box<NsReader<BufReader<Box<dyn Read + Send>>>>, Vec<u8>),
    Slice(NsReader<&'a [u8]>),
}

impl<'a> Src<'a> {
    fn config(&mut self) -> &mut quick_xml::reader::Config {
        match self {
            Src::Buffered(r, _) => r.config_mut(),
            Src::Slice(r) => r.config_mut(),
        }
    }

    fn buffer_position(&self) -> u64 {
        match self {
            Src::Buffered(r, _) => r.buffer_position(),
            Src::Slice(r) => r.buffer_position(),
        }
    }

    fn error_position(&self) -> u64 {
        match self {
            Src::Buffered(r, _) => r.error_position(),
            Src::Slice(r) => r.error_position(),
        }
    }

    fn read_resolved(&mut self) -> quick_xml::Result<(ResolveResult<'_>, Event<'_>)> {
        match self {
            Src::Buffered(r, buf) => {
                buf.clear();
                r.read_resolved_event_into(buf)
            }
            Src::Slice(r) => r.read_resolved_event(),
        }
    }

    fn read(&mut self) -> quick_xml::Result<Event<'_>> {
        match self {
            Src::Buffered(r, buf) => {
                buf.clear();
                r.read_event_into(buf)
            }
            Src::Slice(r) => r.read_event(),
        }
    }

    fn skip_to_end(&mut self, end: quick_xml::name::QName<'_>) -> quick_xml::Result<()> {
        match self {
            Src::Buffered(r, buf) => {
                buf.clear();
                r.read_to_end_into(end, buf).map(|_| ())
            }
            Src::Slice(r) => r.read_to_end(end).map(|_| ()),
        }
    }
}

/// Event-by-event reader of one XML document.
pub(crate) struct XmlStream<'a> {
    reader: Src<'a>,
    path: PathBuf,
    stack: Vec<String>,
    /// Namespace URI and local name of the root element, once seen.
    pub root: Option<(String, String)>,
    /// Every namespace URI bound on the root element.
    pub root_namespaces: Vec<String>,
    /// Local names of elements whose subtrees are skipped inside captured features.
    pub skip: &'static [&'static str],
    /// Added to reader positions (fragments of a larger file).
    base: i64,
}

impl XmlStream<'static> {
    /// Open a file (streamed).
    pub fn open(path: &Path) -> Result<Self> {
        let f = File::open(path).map_err(|e| Error::io(path, e))?;
        Ok(Self::from_reader(path, Box::new(f)))
    }

    /// Read from any reader; `path` is used in messages.
    pub fn from_reader(path: &Path, r: Box<dyn Read + Send>) -> Self {
        let reader = NsReader::from_reader(BufReader::with_capacity(1 << 16, r));
        Self::with_src(
            path,
            Src::Buffered(Box::new(reader), Vec::with_capacity(1 << 14)),
        )
    }
}

/// A document built from a wrapper start tag, a body and the wrapper end tag (see
/// [`XmlStream::fragment`]).
pub(crate) fn wrap(wrapper_open: &[u8], body: &[u8], wrapper_close: &[u8]) -> Vec<u8> {
    let mut doc = Vec::with_capacity(wrapper_open.len() + body.len() + wrapper_close.len());
    doc.extend_from_slice(wrapper_open);
    doc.extend_from_slice(body);
    doc.extend_from_slice(wrapper_close);
    doc
}

impl<'a> XmlStream<'a> {
    /// Parse bytes in memory; `path` is used in messages, `base` is added to offsets.
    pub fn from_slice(path: &Path, bytes: &'a [u8], base: i64) -> Self {
        let mut s = Self::with_src(path, Src::Slice(NsReader::from_reader(bytes)));
        s.base = base;
        // Without entity references no text is split, so whitespace-only text between elements
        // can be dropped by the tokenizer (fewer events); with them, spaces around a reference
        // must survive (`Müller &amp; Söhne`).
        if memchr::memchr(b'&', bytes).is_none() {
            s.reader.config().trim_text(true);
        }
        s
    }

    /// Parse a document made by [`wrap`]: `body` starts at byte `body_offset` of `path`, and
    /// offsets in nodes and messages refer to `path`.
    pub fn fragment(path: &Path, doc: &'a [u8], wrapper_open_len: usize, body_offset: u64) -> Self {
        Self::from_slice(path, doc, body_offset as i64 - wrapper_open_len as i64)
    }

    fn with_src(path: &Path, mut reader: Src<'a>) -> Self {
        let cfg = reader.config();
        cfg.trim_text(false);
        cfg.check_end_names = true;
        cfg.expand_empty_elements = false;
        Self {
            reader,
            path: path.to_path_buf(),
            stack: Vec::new(),
            root: None,
            root_namespaces: Vec::new(),
            skip: &[],
            base: 0,
        }
    }

    /// Where the next event starts. In memory the tokenizer may drop the whitespace before a
    /// tag (`trim_text`), so the position is taken after it: node offsets then point at the
    /// start tag, as they do when streaming, and messages name the element's own line.
    fn pos(&self) -> u64 {
        let ws = match &self.reader {
            Src::Slice(r) => r
                .get_ref()
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count() as u64,
            Src::Buffered(..) => 0,
        };
        ((self.reader.buffer_position() + ws) as i64 + self.base).max(0) as u64
    }

    fn err_pos(&self) -> u64 {
        (self.reader.error_position() as i64 + self.base).max(0) as u64
    }

    /// The next element the classifier captures, or `None` at the end of the document.
    pub fn next(
        &mut self,
        classify: &mut dyn FnMut(&StartInfo<'_>) -> Action,
    ) -> Result<Option<Captured>> {
        loop {
            let offset = self.pos();
            let (res, ev) = match self.reader.read_resolved() {
                Ok(x) => x,
                Err(e) => {
                    let pos = self.err_pos();
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
                Event::GeneralRef(r) if resolve_ref(&r).is_none() => {
                    return Err(unknown_entity(&self.path, offset, &r));
                }
                Event::Eof => {
                    if let Some(open) = self.stack.last() {
                        return Err(err_at(
                            &self.path,
                            self.pos(),
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
            let offset = self.pos();
            // Inside a feature only local names matter: no namespace resolution per event.
            let ev = match self.reader.read() {
                Ok(x) => x,
                Err(e) => {
                    let pos = self.err_pos();
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
                    let local = e.local_name();
                    if self.skip.contains(&local.as_ref()) {
                        // Content saale never reads: skip the subtree without building it.
                        if !empty {
                            let end = e.to_end().into_owned();
                            drop(ev);
                            if let Err(err) = self.reader.skip_to_end(end.name()) {
                                let pos = self.err_pos();
                                return Err(err_at(&self.path, pos, format!("XML error: {err}")));
                            }
                        }
                        continue;
                    }
                    let attrs = read_attrs(e).map_err(|m| err_at(&self.path, offset, m))?;
                    let node = Node {
                        name: local.as_ref().to_string(),
                        ns: String::new(),
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
                        return Err(unknown_entity(&self.path, offset, &r));
                    };
                    if let Some(top) = stack.last_mut() {
                        top.text.push(c);
                    }
                }
                Event::Eof => {
                    let open = stack.last().map(|n| n.name.clone()).unwrap_or_default();
                    return Err(err_at(
                        &self.path,
                        self.pos(),
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

fn unknown_entity(path: &Path, offset: u64, r: &quick_xml::events::BytesRef<'_>) -> Error {
    err_at(
        path,
        offset,
        format!(
            "unknown entity reference '&{};' (entities are not expanded)",
            r.as_ref() as &str
        ),
    )
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

/// A file that is a flat collection of members (`<gml:featureMember>`, `<wfs:member>`), cut into
/// batches of whole members without parsing, so that batches can be parsed in parallel.
pub(crate) struct Members {
    file: std::fs::File,
    path: PathBuf,
    /// The root start tag, with its namespace declarations.
    pub root_open: Vec<u8>,
    /// The matching end tag.
    pub root_close: Vec<u8>,
    /// Bytes before the first member (delivery header).
    pub prefix: Vec<u8>,
    close: Vec<u8>,
    open: Vec<u8>,
    carry: Vec<u8>,
    carry_offset: u64,
    eof: bool,
    hasher: sha2::Sha256,
    bytes: u64,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(hay, needle)
}

/// Cut a batch of whole members into pieces of about `size` bytes at member ends:
/// (file offset, bytes).
pub(crate) fn split_members<'a>(
    batch: &'a [u8],
    offset: u64,
    close: &[u8],
    size: usize,
) -> Vec<(u64, &'a [u8])> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < batch.len() {
        let want = (start + size).min(batch.len());
        let cut = if want >= batch.len() {
            batch.len()
        } else {
            match find(&batch[want..], close) {
                Some(k) => want + k + close.len(),
                None => batch.len(),
            }
        };
        out.push((offset + start as u64, &batch[start..cut]));
        start = cut;
    }
    out
}

impl Members {
    /// Open `path` for member batches when its head shows a plain member collection
    /// (one of `member_qnames`, and none of `refuse` such as transaction operations).
    pub fn open(path: &Path, member_qnames: &[&str], refuse: &[&str]) -> Result<Option<Self>> {
        let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut head = vec![0u8; 1 << 16];
        let mut n = 0;
        while n < head.len() {
            let k = file.read(&mut head[n..]).map_err(|e| Error::io(path, e))?;
            if k == 0 {
                break;
            }
            n += k;
        }
        head.truncate(n);
        let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
        sha2::Digest::update(&mut hasher, &head);
        if refuse.iter().any(|r| find(&head, r.as_bytes()).is_some()) {
            return Ok(None);
        }
        // Root start tag: the first '<' not followed by '?' or '!'.
        let mut i = 0;
        let root_start = loop {
            let Some(k) = head[i..].iter().position(|&b| b == b'<') else {
                return Ok(None);
            };
            let at = i + k;
            match head.get(at + 1) {
                Some(b'?' | b'!') => i = at + 1,
                Some(_) => break at,
                None => return Ok(None),
            }
        };
        let Some(gt) = head[root_start..].iter().position(|&b| b == b'>') else {
            return Ok(None);
        };
        let root_open = head[root_start..=root_start + gt].to_vec();
        if root_open.ends_with(b"/>") {
            return Ok(None);
        }
        let name_end = root_open[1..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'>')
            .map_or(root_open.len(), |p| p + 1);
        let qname = &root_open[1..name_end];
        let mut root_close = b"</".to_vec();
        root_close.extend_from_slice(qname);
        root_close.push(b'>');
        for m in member_qnames {
            let open = format!("<{m}>");
            let Some(first) = find(&head, open.as_bytes()) else {
                continue;
            };
            let prefix = head[..first].to_vec();
            let carry = head[first..].to_vec();
            return Ok(Some(Members {
                file,
                path: path.to_path_buf(),
                root_open,
                root_close,
                prefix,
                close: format!("</{m}>").into_bytes(),
                open: open.into_bytes(),
                carry,
                carry_offset: first as u64,
                eof: false,
                hasher,
                bytes: n as u64,
            }));
        }
        Ok(None)
    }

    /// SHA-256 (hex) and size of the whole file, once every batch has been read.
    pub fn digest(self) -> (String, u64) {
        (crate::dataset::sha256_hex(self.hasher), self.bytes)
    }

    /// The end tag of a member (`</gml:featureMember>`).
    pub fn close_tag(&self) -> &[u8] {
        &self.close
    }

    /// The next batch of whole members (about `size` bytes) and its file offset, or `None` at
    /// the end. A member cut off by the end of the file is an error.
    pub fn next_batch(&mut self, size: usize) -> Result<Option<(u64, Vec<u8>)>> {
        loop {
            if let Some(end) = (self.carry.len() >= size || self.eof)
                .then(|| rfind(&self.carry, &self.close))
                .flatten()
            {
                let cut = end + self.close.len();
                let rest = self.carry.split_off(cut);
                let batch = std::mem::replace(&mut self.carry, rest);
                let off = self.carry_offset;
                self.carry_offset += cut as u64;
                return Ok(Some((off, batch)));
            }
            if self.eof {
                // Only closing tags and whitespace may remain.
                if let Some(k) = find(&self.carry, &self.open) {
                    return Err(err_at(
                        &self.path,
                        self.carry_offset + k as u64,
                        "the file ends inside a member (truncated?)",
                    ));
                }
                if find(&self.carry, &self.root_close).is_none() {
                    return Err(err_at(
                        &self.path,
                        self.carry_offset + self.carry.len() as u64,
                        "the file ends before the root element is closed (truncated?)",
                    ));
                }
                return Ok(None);
            }
            let mut block = vec![0u8; size.max(1 << 20)];
            let k = self
                .file
                .read(&mut block)
                .map_err(|e| Error::io(&self.path, e))?;
            if k == 0 {
                self.eof = true;
            }
            sha2::Digest::update(&mut self.hasher, &block[..k]);
            self.bytes += k as u64;
            self.carry.extend_from_slice(&block[..k]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn stream(text: &str) -> (tempfile::NamedTempFile, XmlStream<'static>) {
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

    #[test]
    fn members_are_cut_at_member_ends_and_truncation_is_an_error() {
        let body: String = (0..50)
            .map(|i| {
                format!(
                    "<m:member><b g:id=\"x{i}\">{}</b></m:member>\n",
                    "y".repeat(100)
                )
            })
            .collect();
        let doc = format!(
            "<?xml version=\"1.0\"?>\n<r xmlns:m=\"urn:m\" xmlns:g=\"urn:g\">\n{body}</r>\n"
        );
        let (_f, _) = stream(&doc);
        let mut f = tempfile::NamedTempFile::new().expect("tmp");
        f.write_all(doc.as_bytes()).expect("write");
        let mut m = Members::open(f.path(), &["m:member"], &[])
            .expect("open")
            .expect("members");
        let mut ids = Vec::new();
        while let Some((off, batch)) = m.next_batch(1000).expect("batch") {
            for (o, piece) in split_members(&batch, off, m.close_tag(), 300) {
                let wrapped = wrap(&m.root_open, piece, &m.root_close);
                let mut s = XmlStream::fragment(f.path(), &wrapped, m.root_open.len(), o);
                while let Some(c) = s.next(&mut capture_b).expect("parse") {
                    // Offsets point into the original file.
                    let at = c.node.offset as usize;
                    assert!(doc[at..].starts_with("<b "), "{}", &doc[at..at + 10]);
                    ids.push(c.node.id().map(str::to_string));
                }
            }
        }
        assert_eq!(ids.len(), 50);
        assert_eq!(ids[49].as_deref(), Some("x49"));
        let cut = &doc[..doc.len() - 40];
        let mut g = tempfile::NamedTempFile::new().expect("tmp");
        g.write_all(cut.as_bytes()).expect("write");
        let mut m = Members::open(g.path(), &["m:member"], &[])
            .expect("open")
            .expect("members");
        let mut err = None;
        loop {
            match m.next_batch(1 << 20) {
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(e) => {
                    err = Some(e.to_string());
                    break;
                }
            }
        }
        let e = err.expect("truncation detected");
        assert!(e.contains("truncated") && e.contains("line 52"), "{e}");
    }

    /// Fuzzing (target `xml`, the seed fuzz/corpus/xml/AX_Gebaeude.xml): in memory, where the
    /// tokenizer drops whitespace between elements, a node's offset pointed at the whitespace
    /// before its start tag, so messages named the end of the previous line.
    #[test]
    fn in_memory_offsets_point_at_the_start_tag_as_streamed() {
        let doc = "<r>\n  <b>\n    <c/>\n  </b>\n</r>";
        let mut s = XmlStream::from_slice(Path::new("mem.xml"), doc.as_bytes(), 0);
        let b = s.next(&mut capture_b).expect("ok").expect("some");
        assert_eq!(b.node.offset, 6);
        assert_eq!(&doc[6..8], "<b");
        let c = b.node.child("c").expect("c");
        assert_eq!(&doc[c.offset as usize..c.offset as usize + 2], "<c");
        let streamed = XmlStream::from_reader(Path::new("mem.xml"), Box::new(doc.as_bytes()))
            .next(&mut capture_b)
            .expect("ok")
            .expect("some");
        assert_eq!(streamed.node.offset, b.node.offset);
        assert_eq!(streamed.node.children[0].offset, c.offset);
    }

    #[test]
    fn in_memory_text_keeps_spaces_around_entities() {
        let doc = "<r>\n  <b>\n    <c>Müller &amp; Söhne</c>\n    <d> x </d>\n  </b>\n</r>";
        let mut s = XmlStream::from_slice(Path::new("mem.xml"), doc.as_bytes(), 0);
        let b = s.next(&mut capture_b).expect("ok").expect("some");
        assert_eq!(
            b.node.child("c").map(|c| c.text.as_str()),
            Some("Müller & Söhne")
        );
        assert_eq!(b.node.child("d").map(|c| c.text.as_str()), Some("x"));
        let plain = doc.replace("&amp;", "und");
        let mut s = XmlStream::from_slice(Path::new("mem.xml"), plain.as_bytes(), 0);
        let b = s.next(&mut capture_b).expect("ok").expect("some");
        assert_eq!(
            b.node.child("c").map(|c| c.text.as_str()),
            Some("Müller und Söhne")
        );
        assert_eq!(b.node.text, "");
    }
}
