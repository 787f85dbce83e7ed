//! NAS updates (NBA deliveries) with history, and the state of data with history at a date.
//!
//! Three rules live here, each in one function:
//! - [`apply_changes`]: what `wfsext:Replace`, `wfs:Update` and `wfs:Delete` do to the object
//!   versions of the layers (with history they end the current version, setting `endet` and
//!   `anlass`; without it they remove it), and which operations matched nothing;
//! - [`check_order`]: whether a delivery may be applied after the ones a layer records (not
//!   twice, not out of order by its `portionskennung` date and portion number, not from
//!   another NBA profile);
//! - [`state_at`]: the object versions valid at a date (`beginnt <= date < endet`).

use std::collections::{BTreeMap, HashMap, HashSet};

use saale_ingest::{nas_object_id as oid, ChangeKind, ObjectChange};
use saale_model::{FieldType, Layer, Value};
use saale_store::{AppliedDelivery, DeliveryFile};

use crate::{Error, Result};

/// How many ids of unmatched operations a report lists.
pub const SHOWN_IDS: usize = 10;

/// What [`apply_changes`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Object versions ended (with history) or removed (without).
    pub ended: usize,
    /// Operations that matched no current object: count per kind.
    pub unmatched: BTreeMap<ChangeKind, usize>,
    /// The first [`SHOWN_IDS`] ids of unmatched operations, with their element.
    pub unmatched_ids: Vec<String>,
    /// `wfs:Update` properties other than `endet` and `anlass` (not applied), with the id.
    pub not_applied: Vec<String>,
}

impl Applied {
    /// Unmatched operations in all.
    #[must_use]
    pub fn unmatched_total(&self) -> usize {
        self.unmatched.values().sum()
    }
}

fn text_of(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

/// Index of a field, added to the schema (and to no feature: missing values are null) when
/// the layer lacks it.
fn field(layer: &mut Layer, name: &str, ty: FieldType) -> usize {
    match layer.schema.index_of(name) {
        Some(i) => i,
        None => layer.schema.observe(name, Some(ty)),
    }
}

fn set(layer: &mut Layer, f: usize, i: usize, v: Option<&str>) {
    let values = &mut layer.features[f].values;
    if values.len() <= i {
        values.resize(i + 1, Value::Null);
    }
    values[i] = v.map_or(Value::Null, |t| Value::String(t.into()));
}

/// Apply the operations of an NBA delivery to `layers`, which hold the existing object
/// versions followed by the delivery's new ones (inserts and replacing versions).
///
/// - `wfsext:Replace`: the versions of the object that have no `endet` are ordered by
///   `beginnt`; each but the newest ends when the next begins, with the next one's `anlass`.
///   A replace whose object has no other current version matched nothing.
/// - `wfs:Update`: sets `endet` and `anlass` of the object's current version (other
///   properties are not applied and are listed).
/// - `wfs:Delete`: ends the object's current version at `delete_at` (the delivery's date).
///
/// With `history` the ended versions stay (with `endet` and `anlass`); without it they are
/// removed. Versions ended before this delivery are never touched.
pub fn apply_changes(
    layers: &mut [(String, Layer)],
    changes: &[ObjectChange],
    history: bool,
    delete_at: &str,
) -> Applied {
    let mut out = Applied::default();
    // Current versions (no endet) per object id: (layer, feature).
    let mut current: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    let mut cols = Vec::with_capacity(layers.len());
    for (li, (_, layer)) in layers.iter_mut().enumerate() {
        let Some(gi) = layer.schema.index_of("gml_id") else {
            cols.push(None);
            continue;
        };
        let bi = field(layer, "beginnt", FieldType::DateTime);
        let ei = field(layer, "endet", FieldType::DateTime);
        let ai = field(layer, "anlass", FieldType::String);
        for (fi, f) in layer.features.iter().enumerate() {
            if let (Some(id), None) = (text_of(f.value(gi)), text_of(f.value(ei))) {
                current
                    .entry(oid(id).to_string())
                    .or_default()
                    .push((li, fi));
            }
        }
        cols.push(Some((bi, ei, ai)));
    }
    // A version's beginnt as an order key (a time; text that is none after all times).
    let beginnt = |layers: &[(String, Layer)], (li, fi): (usize, usize)| -> Order {
        order(
            cols[li]
                .and_then(|(bi, ..)| text_of(layers[li].1.features[fi].value(bi)))
                .unwrap_or_default(),
        )
    };
    let mut ended: HashSet<(usize, usize)> = HashSet::new();
    let unmatched = |out: &mut Applied, c: &ObjectChange| {
        *out.unmatched.entry(c.kind).or_default() += 1;
        if out.unmatched_ids.len() < SHOWN_IDS {
            out.unmatched_ids
                .push(format!("{} {}", c.kind.element(), c.target()));
        }
    };
    let end = |layers: &mut [(String, Layer)],
               at: (usize, usize),
               endet: Option<&str>,
               anlass: Option<&str>,
               ended: &mut HashSet<(usize, usize)>| {
        let Some((_, ei, ai)) = cols[at.0] else {
            return;
        };
        let layer = &mut layers[at.0].1;
        set(layer, at.1, ei, endet);
        if anlass.is_some() {
            set(layer, at.1, ai, anlass);
        }
        ended.insert(at);
    };
    for c in changes {
        let key = oid(c.target()).to_string();
        let mut versions = current.get(&key).cloned().unwrap_or_default();
        versions.retain(|v| !ended.contains(v));
        // Oldest first; ties keep the order (existing before new).
        versions.sort_by_cached_key(|v| beginnt(layers, *v));
        match c.kind {
            ChangeKind::Replace if oid(&c.id) != key => {
                // A new object replaces another: the other one's current versions end.
                if versions.is_empty() {
                    unmatched(&mut out, c);
                    continue;
                }
                for v in versions {
                    end(
                        layers,
                        v,
                        Some(c.endet.as_deref().unwrap_or(delete_at)),
                        c.anlass.as_deref(),
                        &mut ended,
                    );
                    out.ended += 1;
                }
            }
            ChangeKind::Replace => {
                // The versions the new one replaces: those before it in time (at the same
                // time: the existing ones), not the later ones a delivery that replaces an
                // object several times brings.
                if let Some(new) = c.endet.as_deref().map(order) {
                    match versions.iter().rposition(|v| beginnt(layers, *v) == new) {
                        Some(n) if n > 0 => {
                            let replacing = versions[n];
                            versions.truncate(n);
                            versions.push(replacing);
                        }
                        _ => versions.clear(),
                    }
                }
                if versions.len() < 2 {
                    unmatched(&mut out, c);
                    continue;
                }
                for w in versions.windows(2) {
                    let next = w[1];
                    let (li, fi) = next;
                    let (bi, anlass) = match cols[li] {
                        Some((bi, _, ai)) => {
                            let f = &layers[li].1.features[fi];
                            (
                                text_of(f.value(bi)).map(String::from),
                                text_of(f.value(ai)).map(String::from),
                            )
                        }
                        None => (None, None),
                    };
                    let endet = bi.or_else(|| c.endet.clone());
                    end(
                        layers,
                        w[0],
                        Some(endet.as_deref().unwrap_or(delete_at)),
                        anlass.as_deref().or(c.anlass.as_deref()),
                        &mut ended,
                    );
                    out.ended += 1;
                }
            }
            ChangeKind::Update | ChangeKind::Delete => {
                let Some(&last) = versions.last() else {
                    unmatched(&mut out, c);
                    continue;
                };
                for p in &c.other {
                    out.not_applied.push(format!("{p} of {}", c.id));
                }
                if c.kind == ChangeKind::Update && c.endet.is_none() {
                    // Only the occasion changes; the version stays current.
                    if let (Some((_, _, ai)), Some(a)) = (cols[last.0], c.anlass.as_deref()) {
                        set(&mut layers[last.0].1, last.1, ai, Some(a));
                    }
                    continue;
                }
                let endet = c.endet.as_deref().unwrap_or(delete_at);
                end(layers, last, Some(endet), c.anlass.as_deref(), &mut ended);
                out.ended += 1;
            }
        }
    }
    if !history {
        for (li, (_, layer)) in layers.iter_mut().enumerate() {
            let mut i = 0;
            layer.features.retain(|_| {
                let keep = !ended.contains(&(li, i));
                i += 1;
                keep
            });
        }
    }
    out
}

/// A time stamp as an order key: times in time order, before text that is no time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Order {
    Time(time::OffsetDateTime),
    Text(String),
}

fn order(s: &str) -> Order {
    instant(s).map_or_else(|| Order::Text(s.to_string()), Order::Time)
}

/// The place of a delivery file in the sequence: its `portionskennung` date and portion
/// number (none without a date).
fn place(f: &DeliveryFile) -> Option<(Order, u32)> {
    (!f.datum.is_empty()).then(|| (order(&f.datum), f.portion.unwrap_or(0)))
}

/// Whether the delivery `new` may be applied after `applied` (the deliveries the updated
/// layers record). Refused, with the reason: a file whose content was applied before (the
/// same delivery twice); a `portionskennung` (date, portion) not after the last applied one
/// (applied twice, or out of order); another NBA profile than the last applied delivery's.
/// A delivery without `portionskennung` is only checked for being applied twice.
///
/// # Errors
/// The reason, naming the files and dates.
pub fn check_order(
    applied: &[&AppliedDelivery],
    new: &AppliedDelivery,
) -> std::result::Result<(), String> {
    for f in &new.files {
        for d in applied {
            if let Some(old) = d.files.iter().find(|o| o.sha256 == f.sha256) {
                return Err(format!(
                    "NBA delivery {} was applied already on {} (as {}, SHA-256 {}); a delivery \
                     is applied once",
                    f.path,
                    d.applied_at,
                    old.path,
                    &f.sha256[..f.sha256.len().min(12)]
                ));
            }
        }
    }
    // The earliest file of the new delivery against the latest file applied.
    let Some((first_key, first)) = new
        .files
        .iter()
        .filter_map(|f| place(f).map(|k| (k, f)))
        .min_by(|a, b| a.0.cmp(&b.0))
    else {
        return Ok(());
    };
    let Some((last_key, last)) = applied
        .iter()
        .flat_map(|d| &d.files)
        .filter_map(|f| place(f).map(|k| (k, f)))
        .max_by(|a, b| a.0.cmp(&b.0))
    else {
        return Ok(());
    };
    if !first.profilkennung.is_empty()
        && !last.profilkennung.is_empty()
        && first.profilkennung != last.profilkennung
    {
        return Err(format!(
            "NBA delivery {} is for profile {}, but the layers were updated from profile {} \
             (last: {}); deliveries of another profile are not a continuation",
            first.path, first.profilkennung, last.profilkennung, last.path
        ));
    }
    let at = |f: &DeliveryFile| match f.portion {
        Some(p) => format!("datum {}, portion {p}", f.datum),
        None => format!("datum {}", f.datum),
    };
    if first_key == last_key {
        return Err(format!(
            "NBA delivery {} has the portionskennung of a delivery applied already ({}, {}); a \
             delivery is applied once",
            first.path,
            at(first),
            last.path
        ));
    }
    if first_key < last_key {
        return Err(format!(
            "NBA delivery {} is out of order: its portionskennung ({}) is before that of the \
             last applied delivery ({}, {}); apply deliveries in the order of their dates",
            first.path,
            at(first),
            at(last),
            last.path
        ));
    }
    Ok(())
}

/// A date (`YYYY-MM-DD`, midnight UTC) or an RFC 3339 time (a time without zone is UTC).
#[must_use]
pub fn instant(s: &str) -> Option<time::OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    let s = s.trim();
    if let Ok(t) = time::OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t);
    }
    if s.len() == 10 {
        let d =
            time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()?;
        return Some(d.midnight().assume_utc());
    }
    let p = time::PrimitiveDateTime::parse(
        s.get(..19)?,
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
    )
    .ok()?;
    Some(p.assume_utc())
}

/// Keep the object versions of `layer` valid at `at`: `beginnt <= at < endet` (no `beginnt`:
/// valid from the start; no `endet`: still valid). Returns how many versions were dropped.
///
/// # Errors
/// [`Error::Invalid`] when the layer has no `beginnt` and `endet` fields (no history), or a
/// value is not a date, naming the feature.
pub fn state_at(layer: &mut Layer, name: &str, at: time::OffsetDateTime) -> Result<usize> {
    let (Some(bi), Some(ei)) = (
        layer.schema.index_of("beginnt"),
        layer.schema.index_of("endet"),
    ) else {
        return Err(Error::Invalid(format!(
            "--state-at needs data with history (fields beginnt and endet); layer '{name}' has \
             none"
        )));
    };
    let mut bad = None;
    let before = layer.features.len();
    let mut i = 0usize;
    layer.features.retain(|f| {
        i += 1;
        let parse = |k: usize| match text_of(f.value(k)) {
            None => Ok(None),
            Some(t) => instant(t).map(Some).ok_or_else(|| t.to_string()),
        };
        match (parse(bi), parse(ei)) {
            (Ok(b), Ok(e)) => b.is_none_or(|b| b <= at) && e.is_none_or(|e| at < e),
            (Err(t), _) | (_, Err(t)) => {
                bad.get_or_insert((i - 1, t));
                false
            }
        }
    });
    if let Some((k, t)) = bad {
        return Err(Error::Invalid(format!(
            "layer '{name}', feature {k}: '{t}' in beginnt or endet is not a date or time"
        )));
    }
    Ok(before - layer.features.len())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use saale_model::{Feature, Schema};

    fn layer(rows: &[(&str, &str, Option<&str>)]) -> Layer {
        let mut schema = Schema::new();
        for n in ["gml_id", "beginnt", "endet", "anlass"] {
            schema.observe(n, Some(FieldType::String));
        }
        let s = |t: &str| Value::String(t.into());
        Layer {
            schema,
            features: rows
                .iter()
                .map(|(id, b, e)| Feature {
                    geometry: None,
                    values: vec![s(id), s(b), e.map_or(Value::Null, s), Value::Null],
                })
                .collect(),
        }
    }

    fn change(kind: ChangeKind, id: &str, endet: Option<&str>) -> ObjectChange {
        ObjectChange {
            kind,
            id: id.into(),
            type_name: None,
            endet: endet.map(String::from),
            anlass: Some("010101".into()),
            other: Vec::new(),
            filter: None,
        }
    }

    #[test]
    fn replace_update_delete_end_versions_and_unmatched_are_counted() {
        let mut ls = vec![(
            "b".to_string(),
            layer(&[
                ("DEAAAAAAAAAAAAA1", "2020-01-01T00:00:00Z", None),
                ("DEAAAAAAAAAAAAA2", "2020-01-01T00:00:00Z", None),
                ("DEAAAAAAAAAAAAA3", "2020-01-01T00:00:00Z", None),
                (
                    "DEAAAAAAAAAAAAA4",
                    "2019-01-01T00:00:00Z",
                    Some("2020-01-01T00:00:00Z"),
                ),
                // The new version of 1.
                ("DEAAAAAAAAAAAAA1", "2024-02-01T00:00:00Z", None),
            ]),
        )];
        let changes = vec![
            change(ChangeKind::Replace, "DEAAAAAAAAAAAAA1", None),
            change(
                ChangeKind::Update,
                "DEAAAAAAAAAAAAA2",
                Some("2024-02-02T00:00:00Z"),
            ),
            change(ChangeKind::Delete, "DEAAAAAAAAAAAAA320200101T000000Z", None),
            // Ended before: matches nothing.
            change(ChangeKind::Delete, "DEAAAAAAAAAAAAA4", None),
            change(ChangeKind::Replace, "DEAAAAAAAAAAAAA9", None),
        ];
        let a = apply_changes(&mut ls, &changes, true, "2024-02-03T00:00:00Z");
        assert_eq!(a.ended, 3);
        assert_eq!(a.unmatched_total(), 2);
        assert_eq!(
            a.unmatched_ids,
            vec![
                "wfs:Delete DEAAAAAAAAAAAAA4",
                "wfsext:Replace DEAAAAAAAAAAAAA9"
            ]
        );
        let l = &ls[0].1;
        let endet: Vec<Option<&str>> = l.features.iter().map(|f| text_of(f.value(2))).collect();
        assert_eq!(
            endet,
            vec![
                Some("2024-02-01T00:00:00Z"),
                Some("2024-02-02T00:00:00Z"),
                Some("2024-02-03T00:00:00Z"),
                Some("2020-01-01T00:00:00Z"),
                None
            ]
        );
        assert_eq!(text_of(l.features[1].value(3)), Some("010101"));
        // Without history the three ended versions go; the one ended before stays.
        let mut ls2 = vec![(
            "b".to_string(),
            layer(&[
                ("DEAAAAAAAAAAAAA1", "2020-01-01T00:00:00Z", None),
                (
                    "DEAAAAAAAAAAAAA4",
                    "2019-01-01T00:00:00Z",
                    Some("2020-01-01T00:00:00Z"),
                ),
                ("DEAAAAAAAAAAAAA1", "2024-02-01T00:00:00Z", None),
            ]),
        )];
        let a = apply_changes(&mut ls2, &changes[..1], false, "x");
        assert_eq!(a.ended, 1);
        assert_eq!(ls2[0].1.features.len(), 2);
    }

    #[test]
    fn two_replaces_of_one_object_in_a_delivery_end_each_version_in_turn() {
        // The existing version (as a layer file gives it back, +00:00) and two new ones.
        let mut ls = vec![(
            "b".to_string(),
            layer(&[
                ("DEAAAAAAAAAAAAA1", "2020-01-01T00:00:00+00:00", None),
                ("DEAAAAAAAAAAAAA1", "2024-02-01T00:00:00Z", None),
                ("DEAAAAAAAAAAAAA1", "2024-02-05T00:00:00Z", None),
            ]),
        )];
        let mut r1 = change(
            ChangeKind::Replace,
            "DEAAAAAAAAAAAAA1",
            Some("2024-02-01T00:00:00Z"),
        );
        r1.anlass = Some("A1".into());
        let mut r2 = change(
            ChangeKind::Replace,
            "DEAAAAAAAAAAAAA1",
            Some("2024-02-05T00:00:00Z"),
        );
        r2.anlass = Some("A2".into());
        ls[0].1.features[1].values[3] = Value::String("A1".into());
        ls[0].1.features[2].values[3] = Value::String("A2".into());
        let a = apply_changes(&mut ls, &[r1, r2], true, "x");
        assert_eq!((a.ended, a.unmatched_total()), (2, 0));
        let l = &ls[0].1;
        let got: Vec<(Option<&str>, Option<&str>)> = l
            .features
            .iter()
            .map(|f| (text_of(f.value(2)), text_of(f.value(3))))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("2024-02-01T00:00:00Z"), Some("A1")),
                (Some("2024-02-05T00:00:00Z"), Some("A2")),
                (None, Some("A2"))
            ]
        );
    }

    #[test]
    fn a_replace_by_another_object_ends_the_one_its_filter_names() {
        let mut ls = vec![(
            "b".to_string(),
            layer(&[
                ("DEAAAAAAAAAAAAA5", "2020-01-01T00:00:00Z", None),
                ("DEAAAAAAAAAAAAA6", "2024-02-01T00:00:00Z", None),
            ]),
        )];
        let mut r = change(
            ChangeKind::Replace,
            "DEAAAAAAAAAAAAA6",
            Some("2024-02-01T00:00:00Z"),
        );
        r.filter = Some("DEAAAAAAAAAAAAA520200101T000000Z".into());
        let a = apply_changes(&mut ls, &[r.clone()], true, "x");
        assert_eq!((a.ended, a.unmatched_total()), (1, 0));
        assert_eq!(
            text_of(ls[0].1.features[0].value(2)),
            Some("2024-02-01T00:00:00Z")
        );
        assert_eq!(text_of(ls[0].1.features[1].value(2)), None);
        // Again: the filter's object has no current version left.
        let a = apply_changes(&mut ls, &[r], true, "x");
        assert_eq!(
            a.unmatched_ids,
            vec!["wfsext:Replace DEAAAAAAAAAAAAA520200101T000000Z"]
        );
    }

    fn delivery(path: &str, sha: &str, datum: &str, portion: Option<u32>) -> AppliedDelivery {
        AppliedDelivery {
            step: toml::Table::new(),
            files: vec![DeliveryFile {
                path: path.into(),
                sha256: sha.into(),
                profilkennung: "P1".into(),
                datum: datum.into(),
                portion,
                portions: None,
            }],
            applied_at: "2026-01-01T00:00:00Z".into(),
            history: true,
            inserted: 0,
            ended: 0,
            unmatched: 0,
        }
    }

    #[test]
    fn order_refuses_twice_out_of_order_and_same_header() {
        let a = delivery("a.xml", "aaaa", "2024-02-01T00:00:00Z", Some(1));
        let b = delivery("b.xml", "bbbb", "2024-03-01T00:00:00Z", Some(1));
        assert!(check_order(&[&a], &b).is_ok());
        let twice = check_order(&[&a, &b], &b).unwrap_err();
        assert!(twice.contains("applied already"), "{twice}");
        let late = check_order(&[&b], &a).unwrap_err();
        assert!(late.contains("out of order"), "{late}");
        let same = delivery("c.xml", "cccc", "2024-03-01T00:00:00.000Z", Some(1));
        let e = check_order(&[&b], &same).unwrap_err();
        assert!(
            e.contains("portionskennung of a delivery applied already"),
            "{e}"
        );
        // The next portion of the same delivery follows.
        let next = delivery("d.xml", "dddd", "2024-03-01T00:00:00Z", Some(2));
        assert!(check_order(&[&b], &next).is_ok());
        let mut other = delivery("e.xml", "eeee", "2024-04-01T00:00:00Z", None);
        other.files[0].profilkennung = "P2".into();
        assert!(check_order(&[&b], &other)
            .unwrap_err()
            .contains("profile P2"));
    }

    #[test]
    fn state_at_keeps_versions_valid_at_the_date() {
        let mut l = layer(&[
            ("A", "2020-01-01T00:00:00Z", Some("2024-02-01T00:00:00Z")),
            ("A", "2024-02-01T00:00:00Z", None),
            ("B", "2024-03-01T00:00:00Z", None),
        ]);
        let at = instant("2024-02-01").unwrap();
        assert_eq!(state_at(&mut l, "b", at).unwrap(), 2);
        assert_eq!(
            text_of(l.features[0].value(1)),
            Some("2024-02-01T00:00:00Z")
        );
    }
}
