//! FlatGeobuf sources, read by `saale-fgb` (the codec the store uses for its layer files).

use std::path::Path;

use crate::read::RawSource;
use crate::Result;

pub(crate) fn read(path: &Path) -> Result<RawSource> {
    let (layer, crs) = saale_fgb::read_flatgeobuf(path)?;
    Ok(RawSource {
        layer,
        crs,
        detail: "FlatGeobuf".into(),
        warnings: Vec::new(),
    })
}
