//! Keeping a project current: the state of every layer ([`status`]) and [`refresh`], which
//! re-imports the sources whose content changed and replays, in dependency order, every
//! derived layer whose inputs changed, from the provenance recorded in the catalog.
//!
//! The dependency graph is the catalog itself: an imported layer records its import step (the
//! paths, relative to the project where they lie inside it) and the SHA-256 of every source
//! file; a derived layer records its step and the file (version) of each input it read. A
//! layer is
//! - **broken** when a source file or an input layer is missing, or its step cannot be replayed;
//! - **outdated** when a source file's content changed since the import, or an input layer has
//!   another version than the one it was made from (a newer one, or an older one it was rolled
//!   back to), or an input is outdated itself;
//! - **stale** when the date its data describes (`as_of`, else the import date) is older than
//!   the `max_age` recorded for its source (ISO 8601, `P1M`);
//! - **current** otherwise.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use saale_store::{LayerEntry, Project};
use serde::Serialize;

use crate::import::ImportParams;
use crate::{Error, Progress, Result};

/// The state of a layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Made from the current versions of its sources and inputs, and young enough.
    Current,
    /// Older than its source's `max_age`.
    Stale,
    /// A source or an input changed after the layer was made.
    Outdated,
    /// A source or an input is missing, or the step cannot be replayed.
    Broken,
}

impl State {
    /// The state as `saale status` prints it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Stale => "stale",
            State::Outdated => "outdated",
            State::Broken => "broken",
        }
    }
}

/// The state of one layer, with the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LayerStatus {
    /// The layer.
    pub layer: String,
    /// Its state.
    pub state: State,
    /// Why (empty when current).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// `layer`, or the kind of an output file (`report`, `tiles`); an output's `layer` is
    /// its path.
    pub kind: String,
    /// `import` or the verb of the step that made it (empty when none is recorded).
    pub made_by: String,
    /// The layers it was made from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<String>,
}

/// A duration of ISO 8601 (`P1Y2M10D`, `P2W`, `P30D`): years, months and days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxAge {
    years: i32,
    months: i32,
    days: i64,
}

impl std::str::FromStr for MaxAge {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = || {
            Error::Invalid(format!(
                "max_age '{s}' is not an ISO 8601 duration of years, months, weeks or days (P1M, P14D, P1Y)"
            ))
        };
        let body = s.strip_prefix('P').ok_or_else(bad)?;
        if body.is_empty() || body.contains('T') {
            return Err(bad());
        }
        let mut age = MaxAge {
            years: 0,
            months: 0,
            days: 0,
        };
        let mut num = String::new();
        for c in body.chars() {
            if c.is_ascii_digit() {
                num.push(c);
                continue;
            }
            let n: i64 = num.parse().map_err(|_| bad())?;
            if n > 10_000 {
                return Err(bad());
            }
            num.clear();
            match c {
                'Y' => age.years += i32::try_from(n).map_err(|_| bad())?,
                'M' => age.months += i32::try_from(n).map_err(|_| bad())?,
                'W' => age.days += 7 * n,
                'D' => age.days += n,
                _ => return Err(bad()),
            }
        }
        if !num.is_empty() {
            return Err(bad());
        }
        Ok(age)
    }
}

impl MaxAge {
    /// The last day on which data describing `date` is still young enough.
    fn expires(self, date: time::Date) -> Option<time::Date> {
        let months = i64::from(date.month() as u8) - 1 + i64::from(self.months);
        let year = date.year() + self.years + i32::try_from(months.div_euclid(12)).ok()?;
        let month = time::Month::try_from(u8::try_from(months.rem_euclid(12) + 1).ok()?).ok()?;
        let day = date.day().min(month.length(year));
        let d = time::Date::from_calendar_date(year, month, day).ok()?;
        d.checked_add(time::Duration::days(self.days))
    }
}

fn parse_date(s: &str) -> Option<time::Date> {
    let s = s.get(..10)?;
    time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

fn is_import(e: &LayerEntry) -> bool {
    e.provenance.verb() == "import"
}

/// The recorded import step of a layer.
fn import_params(e: &LayerEntry) -> Option<ImportParams> {
    params_of(e.provenance.step.as_ref()?)
}

/// An import step's parameters.
fn params_of(step: &toml::Table) -> Option<ImportParams> {
    let mut t = step.clone();
    t.remove("verb");
    serde::Deserialize::deserialize(toml::Value::Table(t)).ok()
}

/// A recorded path: relative to the project when it is relative.
fn resolve(project: &Project, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        project.dir().join(p)
    }
}

/// What changed in the sources of an imported layer (empty: nothing), or why it is broken.
fn source_changes(project: &Project, e: &LayerEntry) -> std::result::Result<Vec<String>, String> {
    let Some(params) = import_params(e) else {
        return Err("its import step is not understood".into());
    };
    let mut changes = Vec::new();
    for p in &params.paths {
        if !resolve(project, p).exists() {
            return Err(format!("source {} is missing", p.display()));
        }
    }
    let roots: Vec<PathBuf> = params.paths.iter().map(|p| resolve(project, p)).collect();
    for s in &e.sources {
        // Recorded relative to the project (or absolute); older catalogs: as given.
        let path = resolve(project, Path::new(&s.path));
        let path = if path.exists() {
            path
        } else {
            PathBuf::from(&s.path)
        };
        if s.sha256.is_empty() {
            continue;
        }
        // The same size and modification time as when it was read: unchanged (as make and
        // rsync decide), without reading the file again.
        let same_stamp = s.modified_ns.is_some()
            && s.modified_ns == saale_store::modified_ns(&path)
            && std::fs::metadata(&path).is_ok_and(|m| m.len() == s.bytes);
        if same_stamp {
            continue;
        }
        match saale_store::sha256_file(&path) {
            Ok((hash, _)) if hash == s.sha256 => {}
            Ok(_) => changes.push(format!("source {} changed", s.path)),
            Err(_) => return Err(format!("source {} is missing", s.path)),
        }
    }
    // New files in a source directory, of a kind the import read.
    let exts: BTreeSet<String> = e
        .sources
        .iter()
        .filter_map(|s| Path::new(&s.path).extension())
        .map(|x| x.to_string_lossy().to_lowercase())
        .collect();
    let known: BTreeSet<PathBuf> = e
        .sources
        .iter()
        .map(|s| {
            let p = resolve(project, Path::new(&s.path));
            std::fs::canonicalize(&p).unwrap_or(p)
        })
        .collect();
    for root in roots.iter().filter(|r| r.is_dir()) {
        let mut stack = vec![root.clone()];
        let mut seen = 0usize;
        while let Some(dir) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&dir) else {
                continue;
            };
            for ent in rd.flatten() {
                seen += 1;
                if seen > 100_000 {
                    break;
                }
                let Ok(ft) = ent.file_type() else { continue };
                let p = ent.path();
                if ft.is_dir() {
                    stack.push(p);
                } else if ft.is_file()
                    && p.extension()
                        .is_some_and(|x| exts.contains(&x.to_string_lossy().to_lowercase()))
                {
                    let c = std::fs::canonicalize(&p).unwrap_or(p.clone());
                    if !known.contains(&c) {
                        changes.push(format!("new source file {}", p.display()));
                    }
                }
            }
        }
    }
    Ok(changes)
}

/// What [`source_changes`] found, per import step.
type Sources = BTreeMap<String, std::result::Result<Vec<String>, String>>;

/// The state of every layer of the project, in name order.
#[must_use]
pub fn status(project: &Project) -> Vec<LayerStatus> {
    let layers = &project.catalog().layers;
    let mut done: BTreeMap<String, LayerStatus> = BTreeMap::new();
    // The sources of one import step (a NAS or OSM delivery writes several layers) are
    // checked once.
    let mut checked: Sources = BTreeMap::new();
    // Depth-first over the inputs (bounded by the number of layers: a cycle is broken).
    fn visit(
        project: &Project,
        name: &str,
        done: &mut BTreeMap<String, LayerStatus>,
        checked: &mut Sources,
        path: &mut Vec<String>,
    ) -> State {
        if let Some(s) = done.get(name) {
            return s.state;
        }
        let layers = &project.catalog().layers;
        let Some(e) = layers.get(name) else {
            return State::Broken;
        };
        let mut st = LayerStatus {
            layer: name.to_string(),
            kind: "layer".into(),
            state: State::Current,
            reasons: Vec::new(),
            made_by: e.provenance.verb().to_string(),
            inputs: e.provenance.input_layers().map(String::from).collect(),
        };
        if path.iter().any(|p| p == name) || path.len() > layers.len() {
            st.state = State::Broken;
            st.reasons.push("its inputs form a cycle".into());
            done.insert(name.to_string(), st);
            return State::Broken;
        }
        path.push(name.to_string());
        if is_import(e) {
            let key = format!("{:?}", e.provenance.step);
            let changes = checked
                .entry(key)
                .or_insert_with(|| source_changes(project, e))
                .clone();
            match changes {
                Ok(c) if c.is_empty() => {}
                Ok(c) => {
                    st.state = State::Outdated;
                    st.reasons.extend(c);
                }
                Err(why) => {
                    st.state = State::Broken;
                    st.reasons.push(why);
                }
            }
        } else {
            for input in &e.provenance.inputs {
                match layers.get(&input.layer) {
                    None => {
                        st.state = State::Broken;
                        st.reasons
                            .push(format!("input layer {} is missing", input.layer));
                    }
                    Some(ie) => {
                        if ie.file != input.file {
                            st.state = st.state.max(State::Outdated);
                            st.reasons.push(other_version(ie, input));
                        }
                        match visit(project, &input.layer, done, checked, path) {
                            State::Outdated => {
                                st.state = st.state.max(State::Outdated);
                                st.reasons
                                    .push(format!("input {} is outdated", input.layer));
                            }
                            State::Broken => {
                                st.state = State::Broken;
                                st.reasons.push(format!("input {} is broken", input.layer));
                            }
                            State::Current | State::Stale => {}
                        }
                    }
                }
            }
            if e.provenance.step.is_some() && crate::recorded_step(project, name).is_err() {
                st.state = State::Broken;
                st.reasons
                    .push("its recorded step cannot be replayed".into());
            }
        }
        if st.state == State::Current {
            if let Some(reason) = stale(e) {
                st.state = State::Stale;
                st.reasons.push(reason);
            }
        }
        path.pop();
        let s = st.state;
        done.insert(name.to_string(), st);
        s
    }
    for name in layers.keys() {
        visit(project, name, &mut done, &mut checked, &mut Vec::new());
    }
    let mut outputs = Vec::new();
    for (key, e) in &project.catalog().outputs {
        let mut st = LayerStatus {
            layer: key.clone(),
            kind: e.kind.clone(),
            state: State::Current,
            reasons: Vec::new(),
            made_by: e.provenance.verb().to_string(),
            inputs: e.provenance.input_layers().map(String::from).collect(),
        };
        if !crate::outputs::path_of(project, key).exists() {
            st.state = State::Broken;
            st.reasons.push("the file is missing".into());
        }
        for input in &e.provenance.inputs {
            match (layers.get(&input.layer), done.get(&input.layer)) {
                (None, _) => {
                    st.state = State::Broken;
                    st.reasons
                        .push(format!("input layer {} is missing", input.layer));
                }
                (Some(ie), s) => {
                    if ie.file != input.file {
                        st.state = st.state.max(State::Outdated);
                        st.reasons.push(other_version(ie, input));
                    }
                    match s.map(|s| s.state) {
                        Some(State::Outdated) => {
                            st.state = st.state.max(State::Outdated);
                            st.reasons
                                .push(format!("input {} is outdated", input.layer));
                        }
                        Some(State::Broken) => {
                            st.state = State::Broken;
                            st.reasons.push(format!("input {} is broken", input.layer));
                        }
                        _ => {}
                    }
                }
            }
        }
        outputs.push(st);
    }
    let mut out: Vec<LayerStatus> = done.into_values().collect();
    out.extend(outputs);
    out
}

/// Why a layer made from another version of `input` than the current one is outdated: the
/// input has a newer version, or it was rolled back to one older than the version read.
fn other_version(ie: &LayerEntry, input: &saale_store::InputVersion) -> String {
    let rolled_back = ie
        .versions
        .iter()
        .any(|v| v.file == input.file && v.written_at > ie.imported_at);
    if rolled_back {
        format!(
            "input {} was rolled back to a version older than the one read",
            input.layer
        )
    } else {
        format!("input {} has a newer version", input.layer)
    }
}

/// Why an imported layer is stale, if it is.
fn stale(e: &LayerEntry) -> Option<String> {
    let params = import_params(e)?;
    let age: MaxAge = params.max_age.as_deref()?.parse().ok()?;
    let (date, what) = if e.as_of.is_empty() {
        (parse_date(&e.imported_at)?, "imported")
    } else {
        (parse_date(&e.as_of)?, "as of")
    };
    let today = parse_date(&saale_store::today())?;
    let expires = age.expires(date)?;
    (expires < today).then(|| {
        format!(
            "{what} {date} is older than its max_age {}",
            params.max_age.unwrap_or_default()
        )
    })
}

/// What a refresh does (or, with `dry_run`, would do) for one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// The layers the step writes.
    pub layers: Vec<String>,
    /// `import` or the verb replayed.
    pub verb: String,
    /// Why it runs (or why not).
    pub reason: String,
    /// `planned` (dry run), `done`, `failed` or `not run` (an input failed).
    pub result: String,
    /// The error of a failed step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// What a done step says of how it went (a tile archive: patched or built in full).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What [`refresh`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Refreshed {
    /// The steps run (or planned), in order.
    pub actions: Vec<Action>,
    /// Layers that were current and left alone.
    pub unchanged: Vec<String>,
    /// Layers that cannot be refreshed (broken), with the reason.
    pub broken: Vec<(String, String)>,
}

impl Refreshed {
    /// Steps that failed.
    #[must_use]
    pub fn failed(&self) -> usize {
        self.actions.iter().filter(|a| a.result == "failed").count()
    }
}

/// The layers `targets` depend on, themselves included (all layers when `targets` is empty).
fn closure(project: &Project, targets: &[String]) -> Result<BTreeSet<String>> {
    let layers = &project.catalog().layers;
    if targets.is_empty() {
        return Ok(layers.keys().cloned().collect());
    }
    let mut out = BTreeSet::new();
    let mut todo: Vec<String> = Vec::new();
    for t in targets {
        project.entry(t)?;
        todo.push(t.clone());
    }
    while let Some(n) = todo.pop() {
        if !out.insert(n.clone()) {
            continue;
        }
        if let Some(e) = layers.get(&n) {
            todo.extend(e.provenance.input_layers().map(String::from));
        }
    }
    Ok(out)
}

/// The layers of `set` in dependency order (inputs first); layers in a cycle come last.
fn order(project: &Project, set: &BTreeSet<String>) -> Vec<String> {
    let layers = &project.catalog().layers;
    let mut out: Vec<String> = Vec::new();
    let mut placed: BTreeSet<String> = BTreeSet::new();
    let mut left: Vec<String> = set.iter().cloned().collect();
    while !left.is_empty() {
        let before = left.len();
        left.retain(|n| {
            let ready = layers.get(n).is_none_or(|e| {
                e.provenance
                    .input_layers()
                    .all(|i| placed.contains(i) || !set.contains(i))
            });
            if ready {
                out.push(n.clone());
                placed.insert(n.clone());
            }
            !ready
        });
        if left.len() == before {
            out.append(&mut left);
        }
    }
    out
}

/// Bring `targets` (every layer when empty) up to date: re-import the sources whose content
/// changed, then replay, in dependency order, every derived layer whose inputs have a newer
/// version than the one it was made from. Steps whose inputs did not change are skipped.
/// Each step is atomic: a failing step leaves the previous version in place, the layers
/// depending on it are not run (and stay outdated), and the other steps go on. Access marks
/// set on a re-imported layer (`saale access`) are kept. With `dry_run`, nothing is written
/// and the actions are the plan.
///
/// # Errors
/// An unknown target layer. Step failures are reported in [`Refreshed::actions`].
pub fn refresh(
    project: &mut Project,
    targets: &[String],
    dry_run: bool,
    progress: &dyn Progress,
) -> Result<Refreshed> {
    let set = closure(project, targets)?;
    let states: BTreeMap<String, LayerStatus> = status(project)
        .into_iter()
        .map(|s| (s.layer.clone(), s))
        .collect();
    let mut out = Refreshed::default();
    // Layers that changed (or will) in this run, and layers whose step failed.
    let mut changed: BTreeSet<String> = BTreeSet::new();
    let mut failed: BTreeSet<String> = BTreeSet::new();
    let mut handled: BTreeSet<String> = BTreeSet::new();
    for name in order(project, &set) {
        if handled.contains(&name) {
            continue;
        }
        let Some(e) = project.catalog().layers.get(&name).cloned() else {
            continue;
        };
        let st = &states[&name];
        // Broken in itself (not only through an input, which the input's step reports).
        let through_inputs = |r: &String| r.starts_with("input ") && !r.starts_with("input layer ");
        if st.state == State::Broken && !st.reasons.iter().all(through_inputs) {
            out.broken.push((name.clone(), st.reasons.join("; ")));
            failed.insert(name.clone());
            continue;
        }
        let inputs: Vec<String> = e.provenance.input_layers().map(String::from).collect();
        if let Some(bad) = inputs.iter().find(|i| failed.contains(*i)) {
            out.actions.push(Action {
                layers: vec![name.clone()],
                verb: e.provenance.verb().to_string(),
                reason: format!("input {bad} failed"),
                result: "not run".into(),
                error: None,
                note: None,
            });
            failed.insert(name.clone());
            continue;
        }
        if is_import(&e) {
            // What status found of its sources (a broken import was taken care of above).
            let reasons: Vec<String> = if st.state == State::Outdated {
                st.reasons.clone()
            } else {
                Vec::new()
            };
            if reasons.is_empty() {
                out.unchanged.push(name.clone());
                continue;
            }
            // Every layer written by the same import step is re-imported with it.
            let group: Vec<String> = project
                .catalog()
                .layers
                .iter()
                .filter(|(_, o)| o.provenance.step == e.provenance.step)
                .map(|(n, _)| n.clone())
                .collect();
            handled.extend(group.iter().cloned());
            let mut action = Action {
                layers: group.clone(),
                verb: "import".into(),
                reason: reasons.join("; "),
                result: "planned".into(),
                error: None,
                note: None,
            };
            if !dry_run {
                match reimport(project, &e, &group, progress) {
                    Ok(()) => action.result = "done".into(),
                    Err(err) => {
                        action.result = "failed".into();
                        action.error = Some(err.to_string());
                        failed.extend(group.iter().cloned());
                        out.actions.push(action);
                        continue;
                    }
                }
            }
            changed.extend(group);
            out.actions.push(action);
            continue;
        }
        if e.provenance.step.is_none() {
            out.unchanged.push(name.clone());
            continue;
        }
        // Replay when an input has a newer version than the one read, or changes in this run.
        let newer = changed_inputs(project, &e.provenance, &changed);
        if newer.is_empty() {
            out.unchanged.push(name.clone());
            continue;
        }
        let mut action = Action {
            layers: vec![name.clone()],
            verb: e.provenance.verb().to_string(),
            reason: format!("input {} changed", newer.join(", ")),
            result: "planned".into(),
            error: None,
            note: None,
        };
        if !dry_run {
            match crate::replay(project, &name) {
                Ok(_) => action.result = "done".into(),
                Err(err) => {
                    action.result = "failed".into();
                    action.error = Some(err.to_string());
                    failed.insert(name.clone());
                    out.actions.push(action);
                    continue;
                }
            }
        }
        changed.insert(name.clone());
        out.actions.push(action);
    }
    // Output files (reports, tile archives): written again when an input changed (or the
    // file is gone).
    let outputs: Vec<(String, saale_store::OutputEntry)> = project
        .catalog()
        .outputs
        .iter()
        .filter(|(k, e)| {
            targets.is_empty()
                || targets.contains(k)
                || e.provenance
                    .input_layers()
                    .any(|l| targets.iter().any(|t| t == l))
        })
        .map(|(k, e)| (k.clone(), e.clone()))
        .collect();
    for (key, e) in outputs {
        let verb = e.provenance.verb().to_string();
        if let Some(bad) = e.provenance.input_layers().find(|i| failed.contains(*i)) {
            out.actions.push(Action {
                layers: vec![key.clone()],
                verb,
                reason: format!("input {bad} failed"),
                result: "not run".into(),
                error: None,
                note: None,
            });
            continue;
        }
        let mut reasons: Vec<String> = changed_inputs(project, &e.provenance, &changed)
            .iter()
            .map(|l| format!("input {l} changed"))
            .collect();
        if !crate::outputs::path_of(project, &key).exists() {
            reasons.push("the file is missing".into());
        }
        if reasons.is_empty() {
            out.unchanged.push(key);
            continue;
        }
        let mut action = Action {
            layers: vec![key.clone()],
            verb,
            reason: reasons.join("; "),
            result: "planned".into(),
            error: None,
            note: None,
        };
        if !dry_run {
            match crate::outputs::replay(project, &key) {
                Ok(o) => {
                    action.result = "done".into();
                    action.note = replay_note(&o);
                }
                Err(err) => {
                    action.result = "failed".into();
                    action.error = Some(err.to_string());
                }
            }
        }
        out.actions.push(action);
    }
    Ok(out)
}

/// How a replayed output went, when there is more to say than "done": a tile archive patched
/// (tiles cut and copied) or built in full with the reason.
fn replay_note(o: &crate::Outcome) -> Option<String> {
    if !o.warnings.is_empty() {
        return Some(o.warnings.join("; "));
    }
    let cut = o.figures.get("tiles_cut")?;
    let copied = o.figures.get("tiles_copied")?;
    Some(format!(
        "patched: {} tiles cut again, {} copied",
        crate::outcome::grouped(*cut),
        crate::outcome::grouped(*copied)
    ))
}

/// The inputs of a step whose current version is not the one it read, or that change in this
/// run.
fn changed_inputs(
    project: &Project,
    prov: &saale_store::Provenance,
    changed: &BTreeSet<String>,
) -> Vec<String> {
    prov.inputs
        .iter()
        .filter(|i| {
            changed.contains(&i.layer)
                || project
                    .catalog()
                    .layers
                    .get(&i.layer)
                    .is_some_and(|ie| ie.file != i.file)
        })
        .map(|i| i.layer.clone())
        .collect()
}

/// Import a layer's recorded step again, replacing the layers it wrote, then apply again, in
/// their order, the NAS updates (NBA deliveries) its provenance lists, and keep the access
/// marks the layers had (the stricter of old and new). When re-applying a delivery fails, the
/// layers are set back to the versions they had before.
fn reimport(
    project: &mut Project,
    e: &LayerEntry,
    group: &[String],
    progress: &dyn Progress,
) -> Result<()> {
    let not_replayable = |reason: String| Error::NotReplayable {
        layer: group.join(", "),
        reason,
    };
    let mut params = import_params(e)
        .ok_or_else(|| not_replayable("its import step is not understood".into()))?;
    params.paths = params.paths.iter().map(|p| resolve(project, p)).collect();
    params.replace = true;
    // The deliveries applied since, each with its files where they are now.
    let mut updates = Vec::new();
    for d in &e.provenance.deliveries {
        let mut p = params_of(&d.step).ok_or_else(|| {
            not_replayable("the step of an NBA delivery it lists is not understood".into())
        })?;
        p.paths = p.paths.iter().map(|x| resolve(project, x)).collect();
        if let Some(missing) = p.paths.iter().find(|x| !x.exists()) {
            return Err(not_replayable(format!(
                "NBA delivery {} applied to it is missing, so the updates cannot be applied \
                 again",
                missing.display()
            )));
        }
        updates.push(p);
    }
    let before: BTreeMap<String, LayerEntry> = group
        .iter()
        .filter_map(|n| {
            project
                .catalog()
                .layers
                .get(n)
                .map(|e| (n.clone(), e.clone()))
        })
        .collect();
    crate::import(project, &params, progress)?;
    for u in &updates {
        if let Err(err) = crate::import(project, u, progress) {
            // Back to the layers as they were (their files are kept as earlier versions).
            let restore = project.update_catalog(|c| {
                for (n, old) in &before {
                    c.layers.insert(n.clone(), old.clone());
                }
                Ok(())
            });
            return Err(not_replayable(format!(
                "applying NBA delivery {} again failed ({err}){}",
                u.paths
                    .first()
                    .map_or(String::new(), |p| p.display().to_string()),
                match restore {
                    Ok(()) => "; the layers were set back".to_string(),
                    Err(e) => format!("; setting the layers back failed too: {e}"),
                }
            )));
        }
    }
    project.update_catalog(|c| {
        for (n, old) in &before {
            if let Some(new) = c.layers.get_mut(n) {
                let a = &mut new.access;
                a.level = a.level.max(old.access.level);
                for f in &old.access.internal_fields {
                    if !a.internal_fields.contains(f) {
                        a.internal_fields.push(f.clone());
                    }
                }
                for f in &old.access.counts {
                    if !a.counts.contains(f) {
                        a.counts.push(f.clone());
                    }
                }
                for f in &old.access.ratios {
                    if !a.ratios.contains(f) {
                        a.ratios.push(f.clone());
                    }
                }
                a.counts_additive |= old.access.counts_additive;
                a.grid |= old.access.grid;
                if new.tile_fields.is_empty() {
                    new.tile_fields.clone_from(&old.tile_fields);
                }
            }
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_parses_and_expires() {
        let a: MaxAge = "P1M".parse().expect("P1M");
        let d = time::macros::date!(2026 - 01 - 31);
        assert_eq!(a.expires(d), Some(time::macros::date!(2026 - 02 - 28)));
        let a: MaxAge = "P1Y2W".parse().expect("P1Y2W");
        assert_eq!(
            a.expires(time::macros::date!(2025 - 12 - 20)),
            Some(time::macros::date!(2027 - 01 - 03))
        );
        let a: MaxAge = "P14M".parse().expect("P14M");
        assert_eq!(
            a.expires(time::macros::date!(2025 - 11 - 15)),
            Some(time::macros::date!(2027 - 01 - 15))
        );
        for bad in ["1M", "P", "PT1H", "P1X", "P1", "P99999999D"] {
            assert!(bad.parse::<MaxAge>().is_err(), "{bad}");
        }
    }
}
