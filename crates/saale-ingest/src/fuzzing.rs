//! Entry points over bytes for the fuzz targets (`fuzz/`) and the replay of their corpora on
//! stable (`tests/fuzz_corpus.rs`): reader cores that have no public entry of their own. Data is
//! read through [`crate::read_source`] and [`crate::read_dataset`]; nothing here is needed for
//! that.

use std::path::Path;

use crate::xml::{Action, Node, XmlStream};
use crate::Result;

/// One element the XML core captured: a child of the document's root with its subtree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlCaptured {
    /// Local name of the element.
    pub name: String,
    /// Byte offset of its start tag.
    pub offset: u64,
    /// Elements in its subtree, itself included.
    pub elements: usize,
    /// Depth of its subtree (1: no children).
    pub depth: usize,
    /// Attributes in its subtree.
    pub attributes: usize,
}

/// What the XML core read from a document: the root and every captured child of it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XmlOutline {
    /// Namespace URI and local name of the root element.
    pub root: Option<(String, String)>,
    /// The children of the root, in document order.
    pub captured: Vec<XmlCaptured>,
}

/// Deepest element nesting the XML core accepts.
pub const XML_MAX_DEPTH: usize = crate::xml::MAX_DEPTH;
/// Most elements in one captured feature.
pub const XML_MAX_NODES: usize = crate::xml::MAX_NODES;

fn outline(mut s: XmlStream<'_>) -> Result<XmlOutline> {
    let mut captured = Vec::new();
    while let Some(c) = s.next(&mut |info| {
        if info.ancestors.len() == 1 {
            Action::Capture
        } else {
            Action::Descend
        }
    })? {
        let (elements, depth, attributes) = measure(&c.node);
        captured.push(XmlCaptured {
            name: c.node.name.clone(),
            offset: c.node.offset,
            elements,
            depth,
            attributes,
        });
    }
    Ok(XmlOutline {
        root: s.root.clone(),
        captured,
    })
}

/// (elements, depth, attributes) of a subtree, without recursion.
fn measure(root: &Node) -> (usize, usize, usize) {
    let (mut elements, mut depth, mut attributes) = (0, 0, 0);
    let mut todo = vec![(root, 1usize)];
    while let Some((n, d)) = todo.pop() {
        elements += 1;
        attributes += n.attrs.len();
        depth = depth.max(d);
        todo.extend(n.children.iter().map(|c| (c, d + 1)));
    }
    (elements, depth, attributes)
}

/// Run the XML core over `bytes` in memory, capturing every child of the root; `path` names
/// the document in errors (and is re-read for line numbers, so it should hold the same bytes).
///
/// # Errors
/// What the XML core refuses: malformed XML, entity declarations, unknown entities, nesting
/// deeper than [`XML_MAX_DEPTH`], truncated documents.
pub fn xml_outline(path: &Path, bytes: &[u8]) -> Result<XmlOutline> {
    outline(XmlStream::from_slice(path, bytes, 0))
}

/// As [`xml_outline`], streamed from the file `path` (the buffered reader the city formats
/// use for files that are not member collections).
///
/// # Errors
/// As [`xml_outline`], and when the file cannot be read.
pub fn xml_outline_file(path: &Path) -> Result<XmlOutline> {
    outline(XmlStream::open(path)?)
}
