//! `export`: a layer to a file, through the gate.

use std::path::{Path, PathBuf};

use saale_crs::Crs;
use saale_privacy::View;
use saale_store::Project;

use crate::gate;
use crate::outcome::{Outcome, Written};
use crate::{Error, Result};

/// What to export and how.
#[derive(Debug, Clone)]
pub struct ExportParams {
    /// The layer.
    pub layer: String,
    /// The file; the format follows the extension.
    pub to: PathBuf,
    /// CRS of the file (default: the working CRS; EPSG:4326 for GeoJSON).
    pub crs: Option<Crs>,
    /// The internal view (internal layers and fields, counts unsuppressed; logged).
    pub view: View,
    /// Overwrite an existing file.
    pub replace: bool,
}

/// Export a layer to a file as the view may see it. Files meant to be shared are readable by
/// everyone (0644).
///
/// # Errors
/// [`Error::Withheld`], [`Error::FileExists`], store and encoder errors.
pub fn export(project: &Project, a: &ExportParams) -> Result<Outcome> {
    if !a.replace && a.to.exists() {
        return Err(Error::FileExists { path: a.to.clone() });
    }
    let access = project.entry(&a.layer)?.access.clone();
    let released = gate::release_layer(project, &a.layer, a.view, "an export")?;
    let crs = saale_store::export_layer(
        &released.layer,
        &a.layer,
        project.crs(),
        a.crs.as_ref(),
        &a.to,
    )?;
    share(&a.to)?;
    gate::log_release(project, &a.layer, &access, &released, a.view, "", &a.to)?;
    let mut o = Outcome::new(
        "export",
        Written::File {
            path: a.to.clone(),
            crs: Some(crs.to_string()),
        },
        released.layer.features.len(),
    );
    o.suppressed = released.applied.protection.into();
    o.dropped_fields = released.applied.dropped;
    Ok(o)
}

/// Make a file meant to be shared readable by everyone (0644), as exports are.
pub(crate) fn share(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if path.is_file() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
                .map_err(|e| Error::file(path, e))?;
        }
    }
    Ok(())
}
