//! Setting the human title and description of a layer (shown by the map's layer switcher
//! and legend, the OGC collections and district reports).

use saale_store::Project;

use crate::{Error, Result};

/// The longest title or description accepted, in characters.
const MAX_TEXT: usize = 2000;

/// Set the title and/or description of `layer`; `None` leaves it as it is, an empty (or
/// blank) text removes it (the default applies again).
///
/// # Errors
/// [`Error::Invalid`] for a text with control characters or longer than 2000 characters;
/// store errors (unknown layer). On error nothing changes.
pub fn describe(
    p: &mut Project,
    layer: &str,
    title: Option<&str>,
    description: Option<&str>,
) -> Result<()> {
    p.entry(layer)?;
    let clean = |what: &str, s: Option<&str>| -> Result<Option<Option<String>>> {
        let Some(s) = s else { return Ok(None) };
        let s = s.trim();
        if s.chars().count() > MAX_TEXT {
            return Err(Error::Invalid(format!(
                "the {what} of '{layer}' is longer than {MAX_TEXT} characters"
            )));
        }
        if let Some(c) = s.chars().find(|c| c.is_control() && *c != '\n') {
            return Err(Error::Invalid(format!(
                "the {what} of '{layer}' holds the control character {c:?}"
            )));
        }
        Ok(Some((!s.is_empty()).then(|| s.to_string())))
    };
    let title = clean("title", title)?;
    let description = clean("description", description)?;
    p.update_catalog(|c| {
        if let Some(e) = c.layers.get_mut(layer) {
            if let Some(t) = title {
                e.title = t;
            }
            if let Some(d) = description {
                e.description = d;
            }
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn project(dir: &std::path::Path) -> Project {
        let crs = saale_crs::Crs::parse("EPSG:25832").expect("crs");
        let mut p = Project::init(&dir.join("p"), &crs, None).expect("init");
        let f = dir.join("statbez.geojson");
        std::fs::write(
            &f,
            r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:25832"}},"features":[{"type":"Feature","properties":{"name":"Mitte"},"geometry":{"type":"Point","coordinates":[681000,5644000]}}]}"#,
        )
        .expect("write");
        let mut a = crate::ImportParams::new(vec![f]);
        a.layer = Some("statbez".into());
        crate::import(&mut p, &a, &()).expect("import");
        p
    }

    #[test]
    fn describe_sets_keeps_and_clears_the_title() {
        let tmp = tempfile::tempdir().unwrap();
        let mut p = project(tmp.path());
        assert_eq!(p.entry("statbez").unwrap().title_of("statbez"), "statbez");
        describe(
            &mut p,
            "statbez",
            Some(" Statistische Bezirke "),
            Some("Die 30 Bezirke"),
        )
        .unwrap();
        let p2 = Project::open(p.dir()).unwrap();
        let e = p2.entry("statbez").unwrap();
        assert_eq!(e.title_of("statbez"), "Statistische Bezirke");
        assert_eq!(e.description_of("statbez"), Some("Die 30 Bezirke"));
        // Only the description changes; the title stays.
        describe(&mut p, "statbez", None, Some("")).unwrap();
        let e = p.entry("statbez").unwrap();
        assert_eq!(e.title.as_deref(), Some("Statistische Bezirke"));
        assert_eq!(e.description, None);
        let err = describe(&mut p, "statbez", Some("a\u{7}b"), None).unwrap_err();
        assert!(err.to_string().contains("control character"), "{err}");
        assert!(describe(&mut p, "nope", Some("x"), None).is_err());
        // A new version of the layer (import with replace) keeps the title.
        let mut a = crate::ImportParams::new(vec![tmp.path().join("statbez.geojson")]);
        a.layer = Some("statbez".into());
        a.replace = true;
        crate::import(&mut p, &a, &()).unwrap();
        assert_eq!(
            p.entry("statbez").unwrap().title.as_deref(),
            Some("Statistische Bezirke")
        );
    }

    #[test]
    fn city_format_layers_have_default_titles() {
        let e = saale_store::LayerEntry::new(saale_store::LayerKind::Vector);
        assert_eq!(e.title_of("parcels"), "Flurstücke");
        assert_eq!(e.title_of("my_layer"), "my_layer");
        assert!(e.description_of("buildings3d").is_some());
    }
}
