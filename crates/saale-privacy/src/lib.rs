//! Statistical disclosure control for every output of saale that contains counts of persons or
//! households (exports, tiles, OGC API, reports).
//!
//! **Primary suppression:** a cell with `0 < n < k` is suppressed (k = 3 by default, 10 for grid
//! cells). Zero is published: it reveals no one.
//!
//! **Secondary suppression:** a published total lets anyone recompute a single suppressed cell
//! by subtraction. Cells are grouped by the totals they add up to: every count column over all
//! features (its total, e.g. the city, is published), and with `rows_additive` every feature's
//! count fields (e.g. age groups adding up to the district's population). In every group, the
//! suppressed cells must be none, or at least two whose sum is at least k; otherwise the
//! smallest published non-zero cell of the group is suppressed too. This repeats until no group
//! changes, because a secondary suppression in a column can leave its row with one. A group
//! that runs out of cells to suppress (the others are zero) keeps its hidden cells only by
//! hiding its total: the total is then suppressed like a cell ([`Suppression`]).
//!
//! This is the hypercube-free heuristic of small statistical offices: it protects against
//! subtraction within one group. The property tests check exactly that.
//!
//! # Runtime
//! `O(r·c·(r + c))` worst case for r rows and c count columns; city tables are small.

pub mod access;

pub use access::{derives_from, Access, Applied, Level, Release, View, Withheld};

use saale_model::{Layer, Value};

/// Thresholds, from `[privacy]` in `saale.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Smallest publishable count in tables (default 3).
    #[serde(default = "default_min")]
    pub min_count: u64,
    /// Smallest publishable count in grid cells (default 10).
    #[serde(default = "default_grid_min")]
    pub grid_min_count: u64,
}

fn default_min() -> u64 {
    3
}

fn default_grid_min() -> u64 {
    10
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_count: default_min(),
            grid_min_count: default_grid_min(),
        }
    }
}

/// Why a cell is suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Published.
    Published,
    /// Below the threshold.
    Primary,
    /// Suppressed to protect another cell against subtraction from a total.
    Secondary,
}

/// The suppression pattern of a table of counts: one mark per cell, and one per group total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The marks of the cells (rows x columns).
    pub cells: Vec<Vec<Mark>>,
    /// The marks of the column totals (the sum over all rows of a column, e.g. the city).
    pub column_totals: Vec<Mark>,
    /// The marks of the row totals (empty unless the rows are additive).
    pub row_totals: Vec<Mark>,
}

impl Suppression {
    /// Is the total of column `c` published?
    #[must_use]
    pub fn column_total_published(&self, c: usize) -> bool {
        self.column_totals
            .get(c)
            .is_none_or(|m| *m == Mark::Published)
    }

    /// Is the total of row `r` published?
    #[must_use]
    pub fn row_total_published(&self, r: usize) -> bool {
        self.row_totals.get(r).is_none_or(|m| *m == Mark::Published)
    }
}

/// The suppression pattern of a table of counts (rows x columns; `None`: no value).
///
/// `rows_additive`: the columns of a row add up to a published row total.
///
/// A group that cannot be made safe (its other cells are all zero or hidden already, so the
/// hidden cells stay a single one or sum to less than `k`) would reveal them through its
/// total: that total is marked [`Mark::Secondary`] and must not be published either.
#[must_use]
pub fn suppress(cells: &[Vec<Option<f64>>], k: u64, rows_additive: bool) -> Suppression {
    let k = k as f64;
    let mut marks: Vec<Vec<Mark>> = cells
        .iter()
        .map(|row| {
            row.iter()
                .map(|v| match v {
                    Some(x) if *x > 0.0 && *x < k => Mark::Primary,
                    _ => Mark::Published,
                })
                .collect()
        })
        .collect();
    let ncols = cells.iter().map(Vec::len).max().unwrap_or(0);
    let mut groups: Vec<Vec<(usize, usize)>> = (0..ncols)
        .map(|c| {
            (0..cells.len())
                .filter(|&r| c < cells[r].len())
                .map(|r| (r, c))
                .collect()
        })
        .collect();
    if rows_additive {
        groups.extend(
            cells
                .iter()
                .enumerate()
                .map(|(r, row)| (0..row.len()).map(|c| (r, c)).collect()),
        );
    }
    let mut unsafe_groups = vec![false; groups.len()];
    loop {
        let mut changed = false;
        for (gi, g) in groups.iter().enumerate() {
            let value = |&(r, c): &(usize, usize)| cells[r][c].unwrap_or(0.0);
            let hidden: Vec<&(usize, usize)> = g
                .iter()
                .filter(|(r, c)| marks[*r][*c] != Mark::Published)
                .collect();
            if hidden.is_empty() {
                continue;
            }
            let mut sum: f64 = hidden.iter().map(|p| value(p)).sum();
            let mut count = hidden.len();
            while count < 2 || sum < k {
                // The smallest published non-zero cell of the group.
                let next = g
                    .iter()
                    .filter(|(r, c)| marks[*r][*c] == Mark::Published && value(&(*r, *c)) > 0.0)
                    .min_by(|a, b| value(a).total_cmp(&value(b)).then(a.cmp(b)));
                let Some(&(r, c)) = next else {
                    break;
                };
                marks[r][c] = Mark::Secondary;
                sum += value(&(r, c));
                count += 1;
                changed = true;
            }
            unsafe_groups[gi] = count < 2 || sum < k;
        }
        if !changed {
            break;
        }
    }
    let total_mark = |unsafe_: bool| {
        if unsafe_ {
            Mark::Secondary
        } else {
            Mark::Published
        }
    };
    Suppression {
        cells: marks,
        column_totals: unsafe_groups[..ncols]
            .iter()
            .map(|u| total_mark(*u))
            .collect(),
        row_totals: unsafe_groups[ncols..]
            .iter()
            .map(|u| total_mark(*u))
            .collect(),
    }
}

/// What [`protect_layer`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Protection {
    /// Cells below the threshold.
    pub primary: usize,
    /// Cells suppressed to protect others.
    pub secondary: usize,
    /// Count fields whose total over all features must not be published (it would reveal a
    /// suppressed cell: see [`suppress`]).
    pub withheld_totals: Vec<String>,
}

/// Name of the flag field [`protect_layer`] adds: the names of the suppressed fields of each
/// feature, comma-separated.
pub const FLAG_FIELD: &str = "suppressed_fields";

/// Suppress the count fields of `layer` in place: suppressed values become null, and a text
/// field [`FLAG_FIELD`] lists per feature which fields were suppressed (empty when none).
/// Fields not in the layer are ignored.
pub fn protect_layer(
    layer: &mut Layer,
    count_fields: &[String],
    k: u64,
    rows_additive: bool,
) -> Protection {
    protect_layer_with_ratios(layer, count_fields, &[], k, rows_additive)
}

/// [`protect_layer`], and in every feature with a suppressed count also the `ratio_fields`
/// (shares and rates computed from the counts, which would give them away with the total).
pub fn protect_layer_with_ratios(
    layer: &mut Layer,
    count_fields: &[String],
    ratio_fields: &[String],
    k: u64,
    rows_additive: bool,
) -> Protection {
    let cols: Vec<(usize, String)> = count_fields
        .iter()
        .filter_map(|f| layer.schema.index_of(f).map(|i| (i, f.clone())))
        .collect();
    if cols.is_empty() {
        return Protection::default();
    }
    let cells: Vec<Vec<Option<f64>>> = layer
        .features
        .iter()
        .map(|f| cols.iter().map(|(i, _)| f.value(*i).as_f64()).collect())
        .collect();
    let sup = suppress(&cells, k, rows_additive);
    let marks = &sup.cells;
    let ratio_idx: Vec<(String, usize)> = ratio_fields
        .iter()
        .filter_map(|r| layer.schema.index_of(r).map(|i| (r.clone(), i)))
        .collect();
    let flag = layer.schema.index_of(FLAG_FIELD).unwrap_or_else(|| {
        layer
            .schema
            .observe(FLAG_FIELD, Some(saale_model::FieldType::String))
    });
    let mut p = Protection {
        withheld_totals: cols
            .iter()
            .enumerate()
            .filter(|(c, _)| !sup.column_total_published(*c))
            .map(|(_, (_, name))| name.clone())
            .collect(),
        ..Protection::default()
    };
    for (f, row) in layer.features.iter_mut().zip(marks) {
        let mut names = Vec::new();
        for ((i, name), m) in cols.iter().zip(row) {
            match m {
                Mark::Published => continue,
                Mark::Primary => p.primary += 1,
                Mark::Secondary => p.secondary += 1,
            }
            if f.values.len() <= *i {
                f.values.resize(*i + 1, Value::Null);
            }
            f.values[*i] = Value::Null;
            names.push(name.as_str());
        }
        if !names.is_empty() {
            for r in ratio_fields {
                if let Some(i) = layer_index(&ratio_idx, r) {
                    if i < f.values.len() && !f.values[i].is_null() {
                        f.values[i] = Value::Null;
                        names.push(r.as_str());
                    }
                }
            }
        }
        if f.values.len() <= flag {
            f.values.resize(flag + 1, Value::Null);
        }
        f.values[flag] = Value::from(names.join(","));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn table(rows: &[&[u32]]) -> Vec<Vec<Option<f64>>> {
        rows.iter()
            .map(|r| r.iter().map(|v| Some(f64::from(*v))).collect())
            .collect()
    }

    #[test]
    fn single_small_cell_takes_a_partner_in_its_column() {
        // Column 0: 2 is primary; the total would reveal it, so the smallest other non-zero
        // cell (5) goes too.
        let m = suppress(&table(&[&[2, 40], &[5, 41], &[9, 42], &[0, 43]]), 3, false).cells;
        assert_eq!(m[0][0], Mark::Primary);
        assert_eq!(m[1][0], Mark::Secondary);
        assert_eq!(m[2][0], Mark::Published);
        assert_eq!(m[3][0], Mark::Published); // zero is published
        assert!(m.iter().all(|r| r[1] == Mark::Published));
    }

    #[test]
    fn two_small_cells_summing_below_k_take_a_third() {
        let m = suppress(&table(&[&[1], &[1], &[7], &[8]]), 3, false).cells;
        let hidden: Vec<Mark> = m.iter().map(|r| r[0]).collect();
        assert_eq!(
            hidden,
            vec![
                Mark::Primary,
                Mark::Primary,
                Mark::Secondary,
                Mark::Published
            ]
        );
    }

    #[test]
    fn rows_additive_cascades_until_every_group_is_safe() {
        // Row 0 has one primary cell; protecting it in its row hides (0,1), which leaves
        // column 1 with one hidden cell, so (1,1) or (2,1) goes too.
        let m = suppress(
            &table(&[&[2, 10, 50], &[30, 11, 60], &[40, 12, 70]]),
            3,
            true,
        )
        .cells;
        for g in 0..3 {
            let col = (0..3).filter(|&r| m[r][g] != Mark::Published).count();
            let row = (0..3).filter(|&c| m[g][c] != Mark::Published).count();
            assert!(col != 1 && row != 1, "{m:?}");
        }
        assert_eq!(m[0][1], Mark::Secondary);
    }

    fn check(cells: &[Vec<Option<f64>>], s: &Suppression, k: f64, rows: bool) {
        let m = &s.cells;
        let v = |r: usize, c: usize| cells[r][c].unwrap_or(0.0);
        let ncols = cells.first().map_or(0, Vec::len);
        // No published cell below k (other than zero).
        for (r, row) in m.iter().enumerate() {
            for (c, mark) in row.iter().enumerate() {
                if *mark == Mark::Published {
                    assert!(v(r, c) == 0.0 || v(r, c) >= k);
                }
            }
        }
        // In every group whose total is published, the hidden cells are none, or at least
        // two summing to k or more, so no total minus published cells gives one suppressed
        // value or a sum below k.
        let mut groups: Vec<(bool, Vec<(usize, usize)>)> = (0..ncols)
            .map(|c| {
                (
                    s.column_total_published(c),
                    (0..cells.len()).map(|r| (r, c)).collect(),
                )
            })
            .collect();
        if rows {
            groups.extend((0..cells.len()).map(|r| {
                (
                    s.row_total_published(r),
                    (0..ncols).map(|c| (r, c)).collect(),
                )
            }));
        }
        for (total_published, g) in groups {
            let hidden: Vec<(usize, usize)> = g
                .iter()
                .copied()
                .filter(|&(r, c)| m[r][c] != Mark::Published)
                .collect();
            if hidden.is_empty() || !total_published {
                continue;
            }
            let sum: f64 = hidden.iter().map(|&(r, c)| v(r, c)).sum();
            assert!(
                hidden.len() >= 2 && sum >= k,
                "group {g:?} hidden {hidden:?} sum {sum} with a published total"
            );
        }
    }

    proptest! {
        #[test]
        fn no_small_cell_survives_and_totals_reveal_nothing(
            rows in 1usize..12, cols in 1usize..6, seed in proptest::collection::vec(0u32..40, 72),
            k in 2u64..12, additive in any::<bool>()
        ) {
            let cells: Vec<Vec<Option<f64>>> = (0..rows)
                .map(|r| (0..cols).map(|c| Some(f64::from(seed[(r * cols + c) % seed.len()] % (3 * k as u32)))).collect())
                .collect();
            let s = suppress(&cells, k, additive);
            check(&cells, &s, k as f64, additive);
        }
    }

    /// Issue 15.5: a column with one small cell and zeros elsewhere kept its total published,
    /// and the total revealed the hidden cell.
    #[test]
    fn lone_hidden_cell_withholds_its_total() {
        let cells = table(&[&[2, 40], &[0, 41], &[0, 42]]);
        let s = suppress(&cells, 3, false);
        assert_eq!(s.cells[0][0], Mark::Primary);
        assert_eq!(s.column_totals, vec![Mark::Secondary, Mark::Published]);
        check(&cells, &s, 3.0, false);
        // Two small cells summing below k: the total would reveal their sum.
        let s = suppress(&table(&[&[1], &[1], &[0]]), 3, false);
        assert_eq!(s.column_totals, vec![Mark::Secondary]);
        // Row-additive: the row total of a row with one small cell and zeros is withheld.
        let s = suppress(&table(&[&[2, 0], &[30, 40], &[50, 60]]), 3, true);
        assert!(!s.row_total_published(0));
        assert!(s.row_total_published(1));
    }

    #[test]
    fn layer_gets_nulls_and_flags() {
        use saale_model::{Feature, Field, FieldType, Schema};
        let mut l = Layer {
            schema: Schema::from_fields([
                Field {
                    name: "name".into(),
                    ty: FieldType::String,
                },
                Field {
                    name: "hh".into(),
                    ty: FieldType::Int,
                },
            ]),
            features: [("a", 2), ("b", 50), ("c", 4), ("d", 70)]
                .iter()
                .map(|(n, v)| Feature {
                    geometry: None,
                    values: vec![Value::from((*n).to_string()), Value::Int(*v)],
                })
                .collect(),
        };
        let p = protect_layer(&mut l, &["hh".into()], 3, false);
        assert_eq!(
            p,
            Protection {
                primary: 1,
                secondary: 1,
                withheld_totals: vec![],
            }
        );
        let flag = l.schema.index_of(FLAG_FIELD).expect("flag field");
        assert_eq!(l.features[0].value(1), &Value::Null);
        assert_eq!(l.features[2].value(1), &Value::Null);
        assert_eq!(l.features[1].value(1), &Value::Int(50));
        assert_eq!(l.features[0].value(flag).as_str(), Some("hh"));
        assert_eq!(l.features[1].value(flag).as_str(), Some(""));
    }
}

fn layer_index(idx: &[(String, usize)], name: &str) -> Option<usize> {
    idx.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
}

/// Count fields of a derived layer: every field of `fields` whose name contains the name of
/// a count field of an input (`hh` -> `hh`, `sum_hh`, `hh_within`, `table_hh`).
#[must_use]
pub fn inherit_counts(fields: &[String], input_counts: &[String]) -> Vec<String> {
    fields
        .iter()
        .filter(|f| input_counts.iter().any(|c| derives_from(f, c)))
        .cloned()
        .collect()
}

/// Expand patterns with `*` (any text) against field names, in field order.
#[must_use]
pub fn match_fields(fields: &[String], patterns: &[String]) -> Vec<String> {
    fields
        .iter()
        .filter(|f| patterns.iter().any(|p| glob(p, f)))
        .cloned()
        .collect()
}

fn glob(p: &str, s: &str) -> bool {
    match p.split_once('*') {
        None => p == s,
        Some((head, rest)) => {
            let Some(tail) = s.strip_prefix(head) else {
                return false;
            };
            if rest.is_empty() {
                return true;
            }
            (0..=tail.len())
                .filter(|&i| tail.is_char_boundary(i))
                .any(|i| glob(rest, &tail[i..]))
        }
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn patterns_and_inheritance() {
        let f: Vec<String> = ["id", "31.12.2015", "31.12.2016", "name"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        assert_eq!(
            match_fields(&f, &["31.12.*".into()]),
            vec!["31.12.2015", "31.12.2016"]
        );
        assert_eq!(match_fields(&f, &["*".into()]).len(), 4);
        assert_eq!(match_fields(&f, &["*ame".into()]), vec!["name"]);
        let derived: Vec<String> = ["district", "31.12.2016", "31.12.2016_within"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        assert_eq!(
            inherit_counts(&derived, &["31.12.2016".into()]),
            vec!["31.12.2016", "31.12.2016_within"]
        );
    }
}
