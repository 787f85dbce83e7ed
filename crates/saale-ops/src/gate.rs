//! The one gate every output passes: exports, files written by steps, reports, tile archives
//! and the server. It asks the layer's [`Access`] ([`Access::release`], the one rule) whether
//! the view may receive the layer, leaves out internal fields and suppresses small counts of
//! persons or households, and logs what leaves the project with internal data or
//! unsuppressed counts.

use std::io::Write as _;
use std::path::Path;

use saale_model::Layer;
use saale_privacy::{Access, Applied, View};
use saale_store::Project;

use crate::{Error, Result};

/// A layer released to a view, and what the gate did to it.
#[derive(Debug, Clone)]
pub struct Released {
    /// The data the view may see.
    pub layer: Layer,
    /// Fields left out and cells suppressed.
    pub applied: Applied,
    /// Whether the output is logged in `exports.log`.
    pub logged: bool,
}

/// Read layer `name` of `project` as `view` may see it, for `output` (`an export`, `a
/// report`, ...; named in the error).
///
/// # Errors
/// [`Error::Withheld`] when the rule refuses; store errors.
pub fn release_layer(project: &Project, name: &str, view: View, output: &str) -> Result<Released> {
    let access = project.entry(name)?.access.clone();
    // Ask before reading: a refused layer is not even read.
    access.release(view).map_err(|reason| Error::Withheld {
        layer: name.to_string(),
        output: output.to_string(),
        reason,
    })?;
    let layer = project.read_layer(name)?;
    release_data(project, name, &access, layer, view, output)
}

/// The gate for a raster layer (an orthophoto, a DEM): the same rule as for vector layers
/// (personal never, internal only to the internal view); rasters have no fields or counts.
///
/// # Errors
/// [`Error::Withheld`] when the rule refuses.
pub fn release_raster(
    _project: &Project,
    name: &str,
    access: &Access,
    view: View,
    output: &str,
) -> Result<()> {
    access
        .release(view)
        .map(drop)
        .map_err(|reason| Error::Withheld {
            layer: name.to_string(),
            output: output.to_string(),
            reason,
        })
}

/// [`release_layer`] for data at hand (a result not yet stored) with its `access`.
///
/// # Errors
/// [`Error::Withheld`] when the rule refuses.
pub fn release_data(
    project: &Project,
    name: &str,
    access: &Access,
    mut layer: Layer,
    view: View,
    output: &str,
) -> Result<Released> {
    let release = access.release(view).map_err(|reason| Error::Withheld {
        layer: name.to_string(),
        output: output.to_string(),
        reason,
    })?;
    let applied = access.apply(&release, &mut layer, &project.catalog().policy());
    Ok(Released {
        layer,
        applied,
        logged: release.logged,
    })
}

/// Append a line to the project's `exports.log`: ISO time (UTC), user, what left, where to.
///
/// # Errors
/// [`Error::File`] when the log cannot be written.
pub fn log_export(project: &Project, what: &str, to: &Path) -> Result<()> {
    let log = project.dir().join("exports.log");
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .map_err(|e| Error::file(&log, e))?;
    let user = std::env::var("USER").unwrap_or_default();
    writeln!(
        f,
        "{}\t{user}\t{what}\t{}",
        saale_store::now_rfc3339(),
        to.display()
    )
    .map_err(|e| Error::file(&log, e))?;
    Ok(())
}

/// Log a released output when the gate says so (internal data or unsuppressed counts), and
/// every public output of person counts with what was suppressed.
pub(crate) fn log_release(
    project: &Project,
    name: &str,
    access: &Access,
    released: &Released,
    view: View,
    kind: &str,
    to: &Path,
) -> Result<()> {
    if released.logged
        && (access.level != saale_privacy::Level::Public
            || !released.applied.dropped.is_empty()
            || !access.internal_fields.is_empty())
    {
        log_export(project, &format!("internal layer '{name}'"), to)?;
    }
    if !access.counts.is_empty() {
        let p = &released.applied.protection;
        log_export(
            project,
            &format!(
                "{kind}person counts of '{name}' ({}; {} cells suppressed, {} to protect them)",
                if view == View::Internal {
                    "unsuppressed, internal"
                } else {
                    "suppressed"
                },
                p.primary,
                p.secondary
            ),
            to,
        )?;
    }
    Ok(())
}
