//! `export`: a layer to a file or into a PostGIS table, through the gate.

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
/// everyone (0644). The file is recorded in the catalog as an output with the layer version it
/// read ([`crate::outputs`]), so `status` calls it outdated and `refresh` writes it again when
/// the layer changes.
///
/// # Errors
/// [`Error::Withheld`], [`Error::FileExists`], store and encoder errors.
pub fn export(project: &mut Project, a: &ExportParams) -> Result<Outcome> {
    if !a.replace && a.to.exists() {
        return Err(Error::FileExists { path: a.to.clone() });
    }
    if project.entry(&a.layer)?.kind == saale_store::LayerKind::Raster {
        return export_raster(project, a);
    }
    let access = project.entry(&a.layer)?.access.clone();
    let released = gate::release_layer(project, &a.layer, a.view, "an export")?;
    let style = style_for(project, &a.layer, &released.layer);
    let crs = saale_store::export_layer_styled(
        &released.layer,
        &a.layer,
        project.crs(),
        a.crs.as_ref(),
        &a.to,
        style.as_ref(),
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
    crate::outputs::record(project, &a.to, &crate::outputs::OutputStep::of_export(a))?;
    Ok(o)
}

/// Export a raster layer: a copy of its Cloud-Optimized GeoTIFF (in the raster's own CRS),
/// after the same gate as vector layers (an internal raster only in the internal view).
fn export_raster(project: &mut Project, a: &ExportParams) -> Result<Outcome> {
    let e = project.entry(&a.layer)?.clone();
    if !saale_store::raster::is_raster_path(&a.to) {
        return Err(Error::Invalid(format!(
            "layer '{}' is a raster layer: export it to a GeoTIFF (.tif), not {}",
            a.layer,
            a.to.display()
        )));
    }
    if a.crs.is_some() {
        return Err(Error::Invalid(
            "a raster layer is exported in its own CRS (reproject the copy with gdalwarp)".into(),
        ));
    }
    gate::release_raster(project, &a.layer, &e.access, a.view, "an export")?;
    let from = project.dir().join(&e.file);
    let tmp = a.to.with_extension("saale-tmp.tif");
    std::fs::copy(&from, &tmp).map_err(|err| Error::file(&a.to, err))?;
    std::fs::rename(&tmp, &a.to).map_err(|err| {
        let _ = std::fs::remove_file(&tmp);
        Error::file(&a.to, err)
    })?;
    share(&a.to)?;
    if e.access.level != saale_privacy::Level::Public {
        // Internal data left the project: logged, as for vector layers.
        gate::log_export(project, &format!("{} (internal raster)", a.layer), &a.to)?;
    }
    let mut o = Outcome::new(
        "export",
        Written::File {
            path: a.to.clone(),
            crs: e.raster.as_ref().map(|r| r.crs.clone()),
        },
        0,
    );
    if let Some(info) = &e.raster {
        crate::raster::raster_figures(&mut o, info);
    }
    crate::outputs::record(project, &a.to, &crate::outputs::OutputStep::of_export(a))?;
    Ok(o)
}

/// What to export into PostGIS and how.
#[derive(Debug, Clone)]
pub struct PostgisParams {
    /// The layer.
    pub layer: String,
    /// A libpq connection string (`dbname=stadt host=db`), with or without GDAL's `PG:`.
    pub connection: String,
    /// The table (`name` or `schema.name`; default: the layer's name).
    pub table: Option<String>,
    /// CRS of the geometry column (default: the working CRS).
    pub crs: Option<Crs>,
    /// The internal view (internal layers and fields, counts unsuppressed; logged).
    pub view: View,
    /// Replace an existing table.
    pub replace: bool,
}

/// Export a layer into a PostGIS table as the view may see it, through the same gate as a
/// file: personal layers never, internal ones only to the internal view, internal fields
/// left out and small counts suppressed otherwise; logged in `exports.log` as a file export
/// is (the connection without its password). The table is recorded in the catalog as an
/// output with the layer version it read ([`crate::outputs`]), so `status` calls it outdated
/// and `refresh` replaces it (in one transaction) when the layer changes; a connection
/// string that holds a password is not recorded (a warning says so).
///
/// # Errors
/// [`Error::Withheld`]; the store's `TableExists` and `Postgis` errors; store errors.
pub fn export_postgis(project: &mut Project, a: &PostgisParams) -> Result<Outcome> {
    let access = project.entry(&a.layer)?.access.clone();
    let released = gate::release_layer(project, &a.layer, a.view, "an export")?;
    let target = saale_store::PgTarget {
        connection: expand_pg(&a.connection)?,
        table: a.table.clone().unwrap_or_else(|| a.layer.clone()),
        replace: a.replace,
    };
    let crs = saale_store::export_postgis(
        &released.layer,
        &a.layer,
        project.crs(),
        a.crs.as_ref(),
        &target,
    )?;
    let connection = target.redacted();
    let to = PathBuf::from(format!("{connection} table {}", target.table));
    let step = crate::outputs::OutputStep::of_postgis(a, &target.table);
    gate::log_release(project, &a.layer, &access, &released, a.view, "", &to)?;
    let mut o = Outcome::new(
        "export",
        Written::Table {
            connection,
            table: target.table,
            crs: Some(crs.to_string()),
        },
        released.layer.features.len(),
    );
    o.suppressed = released.applied.protection.into();
    o.dropped_fields = released.applied.dropped;
    match step {
        Some(step) => crate::outputs::record(project, Path::new(""), &step)?,
        None => o.warnings.push(
            "not recorded as an output (refresh will not remake it): the connection string \
             holds a password; keep it in ~/.pgpass, PGPASSWORD or a pg_service.conf service"
                .into(),
        ),
    }
    Ok(o)
}

/// A connection string with its `${NAME}` references to environment variables replaced, to
/// be opened (the catalog keeps it as given).
///
/// # Errors
/// An unset variable or a malformed reference, naming it.
pub(crate) fn expand_pg(connection: &str) -> Result<String> {
    let conn = connection.trim();
    let conn = format!("PG:{}", conn.strip_prefix("PG:").unwrap_or(conn));
    match saale_ingest::remote::Remote::parse(&conn) {
        Some(r) => Ok(r.expanded()?),
        None => Ok(conn),
    }
}

/// The QGIS style for an export of `name`: the built-in MapLibre style of the layer, else of
/// the layers it was made from (following provenance, nearest first).
fn style_for(
    project: &Project,
    name: &str,
    layer: &saale_model::Layer,
) -> Option<saale_store::LayerStyle> {
    let family = saale_store::style::Family::of_layer(layer)?;
    let mut queue = std::collections::VecDeque::from([name.to_string()]);
    let mut seen = std::collections::HashSet::new();
    while let Some(n) = queue.pop_front() {
        if !seen.insert(n.clone()) || seen.len() > 64 {
            continue;
        }
        if let Some(style) = saale_store::builtin_style(&n, family) {
            return Some(style);
        }
        if let Ok(entry) = project.entry(&n) {
            queue.extend(entry.provenance.inputs.iter().map(|i| i.layer.clone()));
        }
    }
    None
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
