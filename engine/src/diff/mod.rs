//! What a revision changes: two versions of a region's rulings compared over the whole
//! context space, and the differences grouped and described compactly.
//!
//! The space is finite (task × diagnosis group × age group × phase × kommune, each with
//! "unset"), so the comparison is exhaustive: every point is asked of both versions, and
//! the report says how many points it compared. Differing points are grouped by task and
//! by the pair of rulings (old, new), which names the fields that changed; each group's
//! contexts are described by a few conditions whose union is exactly the group
//! ([`cover`]). A version is a [`Grid`]: a ruling (or why there is none) per point,
//! interned, so the comparison does not care where the rulings came from: a plugin's
//! walk ([`plugin_grid`]), an agreement document laid over the rules in force
//! ([`agreement`]), or native rules in tests.

pub mod agreement;
pub mod cover;
pub mod pathways;
pub mod render;
pub mod rev;

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use crate::analyze::{self, AGES, Context, PHASES};
use crate::pathway::Region;
use crate::plugin::{AgeGroup, Host, Phase, PluginError, Ruling};
use cover::{Box4, Shape};

/// The age group values of the space, "unset" first.
pub const AGE_VALUES: [Option<&str>; 4] = [
    None,
    Some(AgeGroup::ALL[0].id()),
    Some(AgeGroup::ALL[1].id()),
    Some(AgeGroup::ALL[2].id()),
];
/// The phase values of the space, "unset" first.
pub const PHASE_VALUES: [Option<&str>; 4] = [
    None,
    Some(Phase::ALL[0].id()),
    Some(Phase::ALL[1].id()),
    Some(Phase::ALL[2].id()),
];

/// The names of the four context dimensions, in the order of a [`Box4`].
pub const DIMENSIONS: [&str; 4] = ["diagnosis", "age", "phase", "kommune"];

/// What a ruling says, in the fields a revision is judged by (not the rule id, note or
/// trace, which say how the plugin got there).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct View {
    /// the owner; for a shared task the lead
    pub owner: &'static str,
    pub shared: bool,
    pub contributors: Vec<&'static str>,
    pub partners: Vec<String>,
    pub clause: String,
    pub basis: Vec<String>,
    pub paragraph_6_2: Vec<u8>,
    pub caveats: Vec<String>,
}

impl View {
    pub fn of(r: &Ruling) -> View {
        let mut contributors: Vec<&'static str> = r.contributors.iter().map(|l| l.id()).collect();
        contributors.sort_unstable();
        View {
            owner: r.owner.id(),
            shared: r.shared,
            contributors,
            partners: r.partners.clone(),
            clause: r.clause.clone(),
            basis: r.basis.clone(),
            paragraph_6_2: r.paragraph_6_2.clone(),
            caveats: r.caveats.clone(),
        }
    }
}

/// The answer at one point: a ruling, or why there is none (the kommune is not in the
/// region, the plugin refused the context, ...).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Outcome {
    Ruling(View),
    NoRuling { why: String },
}

/// The fields a change is reported in, in the order shown.
pub const FIELDS: [&str; 9] = [
    "ruling",
    "owner",
    "lead",
    "contributors",
    "partners",
    "clause",
    "basis",
    "paragraph_6_2",
    "caveats",
];

impl Outcome {
    /// A field's value as text, for reports; "–" when empty or not applicable.
    pub fn field(&self, field: &str) -> String {
        let dash = |s: String| if s.is_empty() { "–".to_string() } else { s };
        let v = match self {
            Outcome::NoRuling { why } => {
                return if field == "ruling" {
                    crate::t!("diff-ruling-none", why = why)
                } else {
                    "–".into()
                };
            }
            Outcome::Ruling(v) => v,
        };
        match field {
            "ruling" => crate::t!("diff-ruling-given"),
            "owner" => if v.shared { "delt" } else { v.owner }.into(),
            "lead" => if v.shared { v.owner } else { "–" }.into(),
            "contributors" => dash(v.contributors.join(", ")),
            "partners" => dash(v.partners.join("; ")),
            "clause" => dash(v.clause.clone()),
            "basis" => dash(v.basis.join("; ")),
            "paragraph_6_2" => dash(
                v.paragraph_6_2
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            "caveats" => dash(v.caveats.join(" | ")),
            _ => "–".into(),
        }
    }

    /// The allocation in short: "hf", "kommune", "delt: hf leads, kommune contributes".
    pub fn allocation(&self) -> String {
        match self {
            Outcome::NoRuling { .. } => crate::t!("diff-allocation-none"),
            Outcome::Ruling(v) if v.shared => crate::t!(
                "diff-allocation-shared",
                lead = v.owner,
                contributors = v.contributors.join(", ")
            ),
            Outcome::Ruling(v) => v.owner.to_string(),
        }
    }
}

/// The fields in which `a` and `b` differ, in the order of [`FIELDS`].
pub fn changed_fields(a: &Outcome, b: &Outcome) -> Vec<&'static str> {
    match (a, b) {
        (Outcome::Ruling(x), Outcome::Ruling(y)) => {
            let mut out = Vec::new();
            if x.shared != y.shared || (!x.shared && x.owner != y.owner) {
                out.push("owner");
            }
            if (x.shared || y.shared) && (x.shared, x.owner) != (y.shared, y.owner) {
                out.push("lead");
            }
            let checks: [(&str, bool); 6] = [
                ("contributors", x.contributors != y.contributors),
                ("partners", x.partners != y.partners),
                ("clause", x.clause != y.clause),
                ("basis", x.basis != y.basis),
                ("paragraph_6_2", x.paragraph_6_2 != y.paragraph_6_2),
                ("caveats", x.caveats != y.caveats),
            ];
            out.extend(checks.into_iter().filter(|(_, d)| *d).map(|(f, _)| f));
            out
        }
        _ if a == b => Vec::new(),
        _ => vec!["ruling"],
    }
}

/// The context space of a comparison: the union of both versions' tasks, diagnosis
/// groups and kommuner, each context dimension with "unset" (`None`) first.
#[derive(Clone, Debug, Serialize)]
pub struct Space {
    pub tasks: Vec<String>,
    pub diagnoses: Vec<Option<String>>,
    pub kommuner: Vec<Option<String>>,
}

impl Space {
    /// The union of two regions' spaces (old's order first).
    pub fn union(a: &crate::plugin::RegionInfo, b: &crate::plugin::RegionInfo) -> Space {
        fn merge(a: &[String], b: &[String]) -> Vec<String> {
            let mut out = a.to_vec();
            out.extend(b.iter().filter(|x| !a.contains(x)).cloned());
            out
        }
        let unset_first = |v: Vec<String>| {
            std::iter::once(None)
                .chain(v.into_iter().map(Some))
                .collect()
        };
        Space {
            tasks: merge(
                &a.tasks.iter().map(|t| t.id.clone()).collect::<Vec<_>>(),
                &b.tasks.iter().map(|t| t.id.clone()).collect::<Vec<_>>(),
            ),
            diagnoses: unset_first(merge(&a.diagnosis_groups, &b.diagnosis_groups)),
            kommuner: unset_first(merge(&a.kommuner, &b.kommuner)),
        }
    }

    /// The context dimensions of one task: diagnosis, age, phase, kommune.
    pub fn shape(&self) -> Shape {
        Shape([self.diagnoses.len(), 4, 4, self.kommuner.len()])
    }

    /// Points in the whole space.
    pub fn len(&self) -> usize {
        self.tasks.len() * self.shape().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The point at `i` of task `t`'s block.
    pub fn at(&self, t: usize, i: usize) -> At<'_> {
        let p = self.shape().point(i);
        At {
            task: &self.tasks[t],
            diagnosis: self.diagnoses[p[0]].as_deref(),
            age: AGE_VALUES[p[1]],
            phase: PHASE_VALUES[p[2]],
            kommune: self.kommuner[p[3]].as_deref(),
        }
    }

    /// The value `v` of dimension `d` (`None` is "unset").
    pub fn value(&self, d: usize, v: usize) -> Option<&str> {
        match d {
            0 => self.diagnoses[v].as_deref(),
            1 => AGE_VALUES[v],
            2 => PHASE_VALUES[v],
            _ => self.kommuner[v].as_deref(),
        }
    }
}

/// One point of the space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At<'a> {
    pub task: &'a str,
    pub diagnosis: Option<&'a str>,
    pub age: Option<&'static str>,
    pub phase: Option<&'static str>,
    pub kommune: Option<&'a str>,
}

/// One version's answer at every point of a space, interned.
#[derive(Debug, Default)]
pub struct Grid {
    /// per point (task-major, then [`Space::shape`]), an index into `outcomes`
    pub cells: Vec<u32>,
    pub outcomes: Vec<Outcome>,
    index: HashMap<Outcome, u32>,
}

const UNSET: u32 = u32::MAX;

impl Grid {
    fn sized(len: usize) -> Grid {
        Grid {
            cells: vec![UNSET; len],
            ..Grid::default()
        }
    }

    pub fn intern(&mut self, o: Outcome) -> u32 {
        if let Some(&i) = self.index.get(&o) {
            return i;
        }
        let i = self.outcomes.len() as u32;
        self.outcomes.push(o.clone());
        self.index.insert(o, i);
        i
    }

    /// Asks `f` about every point of `space`.
    pub fn from_fn(space: &Space, mut f: impl FnMut(At<'_>) -> Outcome) -> Grid {
        let n = space.shape().len();
        let mut g = Grid::sized(space.len());
        for t in 0..space.tasks.len() {
            for i in 0..n {
                let o = f(space.at(t, i));
                g.cells[t * n + i] = g.intern(o);
            }
        }
        g
    }

    pub fn outcome(&self, point: usize) -> &Outcome {
        &self.outcomes[self.cells[point] as usize]
    }
}

/// The rulings of a region's plugin at every point of `space`: the plugin's walk
/// ([`analyze::walk_with`]) over the contexts it knows; a point outside them (a kommune
/// the region does not serve, a task or diagnosis group it does not know) has no ruling.
pub fn plugin_grid(host: &Host, region: &Region, space: &Space) -> Result<Grid, PluginError> {
    let info = &region.info;
    let shape = space.shape();
    let n = shape.len();
    let known = |list: &[String], v: &Option<String>| v.as_ref().is_none_or(|x| list.contains(x));
    let mut contexts = Vec::new();
    // (diagnosis index, age index, kommune index) of each context
    let mut places = Vec::new();
    for (k, kommune) in space.kommuner.iter().enumerate() {
        if !known(&info.kommuner, kommune) {
            continue;
        }
        for (d, diagnosis) in space.diagnoses.iter().enumerate() {
            if !known(&info.diagnosis_groups, diagnosis) {
                continue;
            }
            for (a, age) in AGES.into_iter().enumerate() {
                contexts.push(Context {
                    kommune: kommune.clone(),
                    diagnosis: diagnosis.clone(),
                    age,
                });
                places.push((d, a, k));
            }
        }
    }
    let task_place: Vec<Option<usize>> = info
        .tasks
        .iter()
        .map(|t| space.tasks.iter().position(|x| *x == t.id))
        .collect();
    let mut g = Grid::sized(space.len());
    // The plugin hands out shared rulings; intern each once by address, holding the
    // `Arc` so that the address is not reused.
    let mut by_address: HashMap<*const Ruling, u32> = HashMap::new();
    let mut held: Vec<Arc<Ruling>> = Vec::new();
    let mut failed: HashMap<String, u32> = HashMap::new();
    analyze::walk_with(host, region, &contexts, |c, s, r| {
        let Some(t) = task_place[s / PHASES.len()] else {
            return;
        };
        let (d, a, k) = places[c];
        let cell = t * n + shape.index([d, a, s % PHASES.len(), k]);
        g.cells[cell] = match r {
            Ok(r) => match by_address.get(&Arc::as_ptr(r)) {
                Some(&i) => i,
                None => {
                    let i = g.intern(Outcome::Ruling(View::of(r)));
                    by_address.insert(Arc::as_ptr(r), i);
                    held.push(Arc::clone(r));
                    i
                }
            },
            Err(why) => match failed.get(why) {
                Some(&i) => i,
                None => {
                    let i = g.intern(Outcome::NoRuling { why: why.into() });
                    failed.insert(why.to_string(), i);
                    i
                }
            },
        };
    })?;
    for t in 0..space.tasks.len() {
        for i in 0..n {
            if g.cells[t * n + i] != UNSET {
                continue;
            }
            let at = space.at(t, i);
            let why = if !info.tasks.iter().any(|x| x.id == at.task) {
                crate::t!("diff-no-ruling-task", region = &info.id)
            } else if at
                .kommune
                .is_some_and(|k| !info.kommuner.iter().any(|x| x == k))
            {
                crate::t!("diff-no-ruling-kommune", region = &info.id)
            } else {
                crate::t!("diff-no-ruling-diagnosis", region = &info.id)
            };
            g.cells[t * n + i] = g.intern(Outcome::NoRuling { why });
        }
    }
    Ok(g)
}

/// Differing points of one task with the same old and new answer.
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub old: Outcome,
    pub new: Outcome,
    /// the fields that differ, in the order of [`FIELDS`]
    pub fields: Vec<&'static str>,
    pub points: u64,
    /// boxes of value indices per dimension ([`DIMENSIONS`]); their union is exactly
    /// the group's points
    #[serde(skip)]
    pub cover: Vec<Box4>,
}

impl Group {
    /// The group's points, by index in the task's block, from its cover.
    pub fn expand(&self, shape: &Shape) -> Vec<usize> {
        let mut out: Vec<usize> = self.cover.iter().flat_map(|b| shape.expand(b)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct TaskChanges {
    /// index in [`Space::tasks`]
    #[serde(skip)]
    pub index: usize,
    pub task: String,
    pub changed_points: u64,
    pub groups: Vec<Group>,
}

/// The result of comparing two grids over a space.
#[derive(Clone, Debug, Serialize)]
pub struct Comparison {
    /// every point of the space was compared
    pub complete: bool,
    pub points: u64,
    pub changed_points: u64,
    pub tasks: Vec<TaskChanges>,
}

/// Compares `old` and `new` at every point of `space`.
pub fn compare(space: &Space, old: &Grid, new: &Grid) -> Comparison {
    let shape = space.shape();
    let n = shape.len();
    // old outcome id → the new id of the same value
    let new_index: HashMap<&Outcome, u32> = new
        .outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| (o, i as u32))
        .collect();
    let same: Vec<Option<u32>> = old
        .outcomes
        .iter()
        .map(|o| new_index.get(o).copied())
        .collect();
    let mut tasks = Vec::new();
    let mut changed = 0u64;
    for t in 0..space.tasks.len() {
        let mut groups: Vec<((u32, u32), Vec<bool>, u64)> = Vec::new();
        for i in 0..n {
            let (a, b) = (old.cells[t * n + i], new.cells[t * n + i]);
            if same[a as usize] == Some(b) {
                continue;
            }
            let g = match groups.iter().position(|(k, _, _)| *k == (a, b)) {
                Some(g) => g,
                None => {
                    groups.push(((a, b), vec![false; n], 0));
                    groups.len() - 1
                }
            };
            groups[g].1[i] = true;
            groups[g].2 += 1;
        }
        if groups.is_empty() {
            continue;
        }
        let mut out: Vec<Group> = groups
            .into_iter()
            .map(|((a, b), set, points)| {
                let (old, new) = (
                    old.outcomes[a as usize].clone(),
                    new.outcomes[b as usize].clone(),
                );
                Group {
                    fields: changed_fields(&old, &new),
                    old,
                    new,
                    points,
                    cover: cover::cover(&shape, &set),
                }
            })
            .collect();
        out.sort_by(|x, y| {
            let rank = |g: &Group| {
                g.fields
                    .iter()
                    .map(|f| FIELDS.iter().position(|x| x == f).unwrap_or(FIELDS.len()))
                    .collect::<Vec<_>>()
            };
            rank(x).cmp(&rank(y)).then(y.points.cmp(&x.points))
        });
        let points: u64 = out.iter().map(|g| g.points).sum();
        changed += points;
        tasks.push(TaskChanges {
            index: t,
            task: space.tasks[t].clone(),
            changed_points: points,
            groups: out,
        });
    }
    Comparison {
        complete: true,
        points: space.len() as u64,
        changed_points: changed,
        tasks,
    }
}

impl Comparison {
    /// Every differing point reported, as (task index, index in the task's block),
    /// expanded from the groups' covers.
    pub fn expand(&self, space: &Space) -> Vec<(usize, usize)> {
        let shape = space.shape();
        let mut out: Vec<(usize, usize)> = self
            .tasks
            .iter()
            .flat_map(|t| {
                let index = t.index;
                t.groups
                    .iter()
                    .flat_map(move |g| g.expand(&shape).into_iter().map(move |i| (index, i)))
            })
            .collect();
        out.sort_unstable();
        out
    }
}

/// One side of a comparison, as the report names it.
#[derive(Clone, Debug, Serialize)]
pub struct Side {
    /// "embedded plugin unn", "plugin file B.wasm", "agreements/unn/x.json at main"
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// whether plugins/plugins.lock pins this plugin for its region
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned: Option<bool>,
}

/// One comparison of a report: two plugins, or two versions of an agreement document.
#[derive(Clone, Debug)]
pub struct Section {
    /// "plugin" or "agreement"
    pub kind: &'static str,
    pub region: String,
    pub old: Side,
    pub new: Side,
    /// for agreements: how the documents differ, clause by clause
    pub documents: Option<agreement::DocumentChanges>,
    pub space: Space,
    pub comparison: Comparison,
    /// per task of the space, the answer with no context given, old and new (the
    /// responsibility matrix's general row)
    pub general: Vec<(Outcome, Outcome)>,
}

impl Section {
    /// Compares two grids over `space` and keeps what a report shows.
    pub fn new(
        kind: &'static str,
        region: String,
        (old, new): (Side, Side),
        space: Space,
        (a, b): (&Grid, &Grid),
    ) -> Section {
        let comparison = compare(&space, a, b);
        let n = space.shape().len();
        let general = (0..space.tasks.len())
            .map(|t| (a.outcome(t * n).clone(), b.outcome(t * n).clone()))
            .collect();
        Section {
            kind,
            region,
            old,
            new,
            documents: None,
            space,
            comparison,
            general,
        }
    }

    /// Whether anything differs: a ruling, or (for documents) any field or clause.
    pub fn changed(&self) -> bool {
        self.comparison.changed_points > 0 || self.documents.as_ref().is_some_and(|d| !d.is_empty())
    }
}

/// What `ansvar diff` reports.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub sections: Vec<Section>,
    pub pathways: Option<pathways::Delta>,
}

impl Report {
    pub fn changed(&self) -> bool {
        self.sections.iter().any(Section::changed)
            || self
                .pathways
                .as_ref()
                .is_some_and(|p| p.changed_pathways > 0)
    }
}

/// Compares two region plugins over the union of their context spaces.
pub fn plugins(
    host: &Host,
    (old, old_side): (&Region, Side),
    (new, new_side): (&Region, Side),
) -> Result<Section, PluginError> {
    let space = Space::union(&old.info, &new.info);
    let a = plugin_grid(host, old, &space)?;
    let b = plugin_grid(host, new, &space)?;
    Ok(Section::new(
        "plugin",
        new.info.id.clone(),
        (old_side, new_side),
        space,
        (&a, &b),
    ))
}

/// Compares two versions of an agreement document of `region` (either may be absent:
/// a document added or removed), each laid over the region's rules in force
/// ([`agreement::overlay`]).
pub fn documents(
    host: &Host,
    region: &Region,
    old: Option<&serde_json::Value>,
    new: Option<&serde_json::Value>,
    sides: (Side, Side),
) -> Result<Section, PluginError> {
    let space = Space::union(&region.info, &region.info);
    let base = plugin_grid(host, region, &space)?;
    let a = old.map(|d| agreement::overlay(&space, &base, d));
    let b = new.map(|d| agreement::overlay(&space, &base, d));
    let mut s = Section::new(
        "agreement",
        region.info.id.clone(),
        sides,
        space,
        (a.as_ref().unwrap_or(&base), b.as_ref().unwrap_or(&base)),
    );
    let empty = serde_json::Value::Object(Default::default());
    s.documents = Some(agreement::changes(
        old.unwrap_or(&empty),
        new.unwrap_or(&empty),
    ));
    Ok(s)
}

#[cfg(test)]
mod tests;
