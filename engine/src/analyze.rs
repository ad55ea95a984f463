//! Walking a region's whole context space through its plugin, and the responsibility
//! matrix built from it.
//!
//! The space is finite: task × diagnosis group (or none) × age group (or none) × phase
//! (or none) × kommune of the region. `analyze` asks the plugin about every point, in
//! batches (each context a pathway whose steps are every task in every phase), and
//! proves what it can: every point has exactly one owner (no gap), the batch and the
//! single-query API agree (no contradiction), a shared point has a lead, and no ruling
//! breaks the statute as `schemas/catalogue.json` states it. The statute is read here
//! from the same data file the SDK builds from, so the check does not trust the plugin.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::pathway::Region;
use crate::plugin::{
    AgeGroup, Host, Level, Pathway, PathwayBatch, Phase, PluginError, Query, Ruling, Step, Verdict,
};

/// What the law demands of a task, as `schemas/catalogue.json` says.
#[derive(Debug, Deserialize)]
pub struct Statute {
    pub owner: Option<String>,
    pub hf_must_take_part: bool,
    /// the HF's part during specialist care is statutory (sphl. § 3-8 første ledd nr. 4)
    #[serde(default)]
    pub hf_must_take_part_during: bool,
    pub kommune_must_take_part: bool,
    /// each level carries the duty in full for its own patients (hpl. § 10 a)
    #[serde(default)]
    pub both_levels_own_patients: bool,
}

#[derive(Debug, Deserialize)]
pub struct CatalogueTask {
    pub id: String,
    pub name: String,
    pub basis: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub statute: Statute,
    /// the items of hol. § 6-2 the task belongs to
    #[serde(default)]
    pub paragraph_6_2: Vec<u8>,
}

#[derive(Debug, Deserialize)]
pub struct DiagnosisGroup {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
pub struct Catalogue {
    pub version: String,
    pub diagnosis_groups: Vec<DiagnosisGroup>,
    pub tasks: Vec<CatalogueTask>,
}

/// The catalogue compiled into the binary.
pub fn catalogue() -> &'static Catalogue {
    static C: OnceLock<Catalogue> = OnceLock::new();
    C.get_or_init(|| {
        serde_json::from_str(include_str!("../../schemas/catalogue.json"))
            .expect("schemas/catalogue.json is checked by the SDK build")
    })
}

/// One point of the context space.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    pub task: String,
    pub kommune: Option<String>,
    pub diagnosis: Option<String>,
    pub age: Option<&'static str>,
    pub phase: Option<&'static str>,
}

impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let or = |v: Option<&str>| v.unwrap_or("-").to_string();
        f.write_str(&crate::t!(
            "commands-analyze-point",
            task = &self.task,
            kommune = or(self.kommune.as_deref()),
            diagnosis = or(self.diagnosis.as_deref()),
            age = or(self.age),
            phase = or(self.phase)
        ))
    }
}

/// A counterexample.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    /// gap, contradiction, no-lead, statute
    pub kind: &'static str,
    pub point: Point,
    pub detail: String,
}

#[derive(Debug, Serialize)]
pub struct Analysis {
    pub region: String,
    pub points: u64,
    pub shared_points: u64,
    pub cross_checked: u64,
    pub problems: u64,
    /// the first counterexamples
    pub examples: Vec<Problem>,
    #[serde(skip)]
    pub elapsed: Duration,
}

/// A context: everything but the task and the phase.
#[derive(Clone, Debug)]
pub struct Context {
    pub kommune: Option<String>,
    pub diagnosis: Option<String>,
    pub age: Option<AgeGroup>,
}

pub const PHASES: [Option<Phase>; 4] = [
    None,
    Some(Phase::Before),
    Some(Phase::During),
    Some(Phase::After),
];
pub const AGES: [Option<AgeGroup>; 4] = [
    None,
    Some(AgeGroup::Child),
    Some(AgeGroup::Adult),
    Some(AgeGroup::Elderly),
];

/// The ruling for every task × phase of each context, or why the plugin gave none:
/// `result[c][t * 4 + p]`.
pub fn walk(
    host: &Host,
    region: &Region,
    contexts: &[Context],
) -> Result<Vec<Vec<Result<Ruling, String>>>, PluginError> {
    let steps = region.info.tasks.len() * PHASES.len();
    let mut out: Vec<Vec<Result<Ruling, String>>> = Vec::with_capacity(contexts.len());
    walk_with(host, region, contexts, |c, _, r| {
        if out.len() == c {
            out.push(Vec::with_capacity(steps));
        }
        out[c].push(r.map(|r| Ruling::clone(r)).map_err(str::to_string));
    })?;
    Ok(out)
}

/// The walk of [`walk`], handing each answer to `each(context, t * 4 + p, ruling)` in
/// order instead of keeping them: a plugin's rulings are shared, so a caller that keeps
/// only what it needs stays small over a large space.
pub fn walk_with(
    host: &Host,
    region: &Region,
    contexts: &[Context],
    mut each: impl FnMut(usize, usize, Result<&Arc<Ruling>, &str>),
) -> Result<(), PluginError> {
    let tasks: Vec<&str> = region.info.tasks.iter().map(|t| t.id.as_str()).collect();
    let steps = tasks.len() * PHASES.len();
    let unknown_task = crate::t!("commands-analyze-unknown-task");
    for (n, part) in contexts.chunks(64).enumerate() {
        let mut batch = PathwayBatch::default();
        for t in &tasks {
            batch.push_text(t);
        }
        for c in part {
            let kommune = c.kommune.as_deref().map(|k| batch.push_text(k));
            let diagnosis = c.diagnosis.as_deref().map(|d| batch.push_text(d));
            batch.push_pathway(Pathway {
                kommune,
                diagnosis,
                age: c.age,
                minor_children: false,
                long_term_needs: false,
                expecting_child: false,
                step_count: steps as u32,
            });
            for t in 0..tasks.len() as u32 {
                for phase in PHASES {
                    batch.push_step(Step {
                        id: t,
                        task: t,
                        planned: None,
                        phase,
                        date: None,
                        handover: None,
                    });
                }
            }
        }
        let crate::plugin::BatchAnswer { answer, rulings } =
            host.check_pathways(&region.plugin, &mut batch)?;
        let mut verdicts = answer.step_verdicts();
        for (i, _) in part.iter().enumerate() {
            let c = n * 64 + i;
            if let Some(e) = answer.errors.iter().find(|e| e.pathway as usize == i) {
                let why = crate::t!(
                    "commands-analyze-context-refused",
                    error = format!("{:?}", e.error)
                );
                for s in 0..steps {
                    each(c, s, Err(&why));
                }
                continue;
            }
            for (s, v) in verdicts.by_ref().take(steps).enumerate() {
                match (v.verdict, v.ruling) {
                    (Verdict::UnknownTask, _) | (_, None) => each(c, s, Err(&unknown_task)),
                    (_, Some(k)) => each(c, s, Ok(&rulings[k as usize])),
                }
            }
        }
    }
    Ok(())
}

/// Every context of the region: kommune × diagnosis (or none) × age (or none).
pub fn contexts(region: &Region) -> Vec<Context> {
    let mut out = Vec::new();
    let diagnoses: Vec<Option<String>> = std::iter::once(None)
        .chain(region.info.diagnosis_groups.iter().cloned().map(Some))
        .collect();
    for k in &region.info.kommuner {
        for d in &diagnoses {
            for age in AGES {
                out.push(Context {
                    kommune: Some(k.clone()),
                    diagnosis: d.clone(),
                    age,
                });
            }
        }
    }
    out
}

fn point(task: &str, c: &Context, phase: Option<Phase>) -> Point {
    Point {
        task: task.to_string(),
        kommune: c.kommune.clone(),
        diagnosis: c.diagnosis.clone(),
        age: c.age.map(AgeGroup::id),
        phase: phase.map(Phase::id),
    }
}

/// Why `r`, the ruling asked in `phase` (or none), breaks the statute of `task`, if it
/// does. Mirrors the SDK's guard, from the catalogue's data.
pub fn statute_breach(task: &CatalogueTask, r: &Ruling, phase: Option<Phase>) -> Option<String> {
    let takes_part = |l: Level| r.owner == l || r.contributors.contains(&l);
    let s = &task.statute;
    let law = || task.basis.join("; ");
    if let Some(owner) = &s.owner {
        let required = if owner == "hf" {
            Level::Hf
        } else {
            Level::Kommune
        };
        if r.owner != required {
            return Some(crate::t!(
                "commands-analyze-statute-owner",
                owner = owner,
                law = law()
            ));
        }
    }
    if s.hf_must_take_part && !takes_part(Level::Hf) {
        return Some(crate::t!("commands-analyze-statute-hf-duty", law = law()));
    }
    // With no phase asked, the ruling also stands for specialist care.
    if s.hf_must_take_part_during
        && matches!(phase, None | Some(Phase::During))
        && !takes_part(Level::Hf)
    {
        return Some(crate::t!("commands-analyze-statute-hf-during", law = law()));
    }
    if s.kommune_must_take_part && !takes_part(Level::Kommune) {
        return Some(crate::t!(
            "commands-analyze-statute-kommune-duty",
            law = law()
        ));
    }
    if s.both_levels_own_patients && s.owner.is_none() {
        if !r.contributors.is_empty() || !r.own_patients {
            return Some(crate::t!(
                "commands-analyze-statute-own-patients",
                law = law()
            ));
        }
        if let Some(p) = phase {
            let own = if p == Phase::During {
                Level::Hf
            } else {
                Level::Kommune
            };
            if r.owner != own {
                return Some(crate::t!(
                    "commands-analyze-statute-phase",
                    phase = p.id(),
                    level = level_id(own),
                    law = law()
                ));
            }
        }
    }
    None
}

/// Walks the whole context space of `region` and proves what it can; keeps the first
/// `max_examples` counterexamples.
pub fn analyze(host: &Host, region: &Region, max_examples: usize) -> Result<Analysis, PluginError> {
    let start = Instant::now();
    let contexts = contexts(region);
    let rulings = walk(host, region, &contexts)?;
    let catalogue = catalogue();
    let mut a = Analysis {
        region: region.info.id.clone(),
        points: 0,
        shared_points: 0,
        cross_checked: 0,
        problems: 0,
        examples: Vec::new(),
        elapsed: Duration::ZERO,
    };
    let report = |a: &mut Analysis, kind: &'static str, point: Point, detail: String| {
        a.problems += 1;
        if a.examples.len() < max_examples {
            a.examples.push(Problem {
                kind,
                point,
                detail,
            });
        }
    };
    let tasks = &region.info.tasks;
    for (c, rs) in contexts.iter().zip(&rulings) {
        for (t, task) in tasks.iter().enumerate() {
            for (p, phase) in PHASES.iter().enumerate() {
                a.points += 1;
                let at = || point(&task.id, c, *phase);
                let r = match &rs[t * PHASES.len() + p] {
                    Ok(r) => r,
                    Err(why) => {
                        report(&mut a, "gap", at(), why.clone());
                        continue;
                    }
                };
                if r.shared {
                    a.shared_points += 1;
                    if r.contributors.is_empty() || r.contributors.contains(&r.owner) {
                        report(
                            &mut a,
                            "no-lead",
                            at(),
                            crate::t!("commands-analyze-no-lead", rule = &r.rule),
                        );
                    }
                }
                match catalogue.tasks.iter().find(|x| x.id == task.id) {
                    Some(ct) => {
                        if let Some(why) = statute_breach(ct, r, *phase) {
                            report(
                                &mut a,
                                "statute",
                                at(),
                                crate::t!(
                                    "commands-analyze-statute",
                                    rule = &r.rule,
                                    owner = r.owner_text(),
                                    why = why
                                ),
                            );
                        }
                    }
                    None => report(
                        &mut a,
                        "gap",
                        at(),
                        crate::t!("commands-analyze-not-in-catalogue"),
                    ),
                }
            }
        }
    }
    // The single-query API must agree with the batch, point by point, for the first
    // kommune of the region (every task, diagnosis, age and phase).
    let first = contexts.first().and_then(|c| c.kommune.clone());
    for (c, rs) in contexts
        .iter()
        .zip(&rulings)
        .filter(|(c, _)| c.kommune == first)
    {
        for (t, task) in tasks.iter().enumerate() {
            for (p, phase) in PHASES.iter().enumerate() {
                let Ok(batch) = &rs[t * PHASES.len() + p] else {
                    continue;
                };
                let q = Query {
                    task: task.id.clone(),
                    kommune: c.kommune.clone(),
                    diagnosis: c.diagnosis.clone(),
                    age: c.age,
                    phase: *phase,
                };
                a.cross_checked += 1;
                match host.who(&region.plugin, &q)? {
                    Ok(single) => {
                        if (single.owner, &single.contributors, &single.rule)
                            != (batch.owner, &batch.contributors, &batch.rule)
                        {
                            report(
                                &mut a,
                                "contradiction",
                                point(&task.id, c, *phase),
                                crate::t!(
                                    "commands-analyze-contradiction",
                                    batch = batch.owner_text(),
                                    batch_rule = &batch.rule,
                                    single = single.owner_text(),
                                    single_rule = &single.rule
                                ),
                            );
                        }
                    }
                    Err(e) => report(
                        &mut a,
                        "contradiction",
                        point(&task.id, c, *phase),
                        crate::t!(
                            "commands-analyze-single-refused",
                            rule = &batch.rule,
                            error = format!("{e:?}")
                        ),
                    ),
                }
            }
        }
    }
    a.elapsed = start.elapsed();
    Ok(a)
}

impl Ruling {
    /// "hf" or "hf (lead) + kommune", in the current language.
    pub fn owner_text(&self) -> String {
        let level = |l: Level| crate::t!("commands-level", level = level_id(l));
        if self.contributors.is_empty() {
            level(self.owner)
        } else {
            let c: Vec<String> = self.contributors.iter().map(|l| level(*l)).collect();
            crate::t!(
                "commands-owner-lead",
                owner = level(self.owner),
                contributors = c.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruling(owner: Level, contributors: Vec<Level>) -> Ruling {
        Ruling {
            task: "barnekoordinator".into(),
            owner,
            shared: !contributors.is_empty(),
            contributors,
            partners: vec![],
            paragraph_6_2: vec![2],
            clause: "TA 2".into(),
            basis: vec!["x".into()],
            sources: vec![],
            own_patients: false,
            rule: "r".into(),
            source: crate::plugin::RuleSource::Region,
            note: String::new(),
            caveats: vec![],
            trace: vec![],
        }
    }

    #[test]
    fn the_statute_is_read_from_the_catalogue() {
        let c = catalogue();
        let bk = c.tasks.iter().find(|t| t.id == "barnekoordinator").unwrap();
        assert!(statute_breach(bk, &ruling(Level::Kommune, vec![]), None).is_none());
        assert!(statute_breach(bk, &ruling(Level::Hf, vec![Level::Kommune]), None).is_some());
        let d = c
            .tasks
            .iter()
            .find(|t| t.id == "diagnosespesifikk-opplaering")
            .unwrap();
        assert!(statute_breach(d, &ruling(Level::Kommune, vec![]), None).is_some());
        assert!(statute_breach(d, &ruling(Level::Kommune, vec![Level::Hf]), None).is_none());
    }
}

/// One row of the responsibility matrix: a task, its general allocation, and where the
/// allocation differs (phase, diagnosis, age group or kommune).
#[derive(Debug, Serialize)]
pub struct Row {
    pub task: String,
    pub name: String,
    pub owner: &'static str,
    pub contributors: Vec<&'static str>,
    /// each level carries the task in full for its own patients (hpl. § 10 a): not
    /// shared, and `owner` only names the level of the general answer
    pub own_patients: bool,
    pub clause: String,
    /// the law ("rettsgrunnlag")
    pub basis: Vec<String>,
    /// agreements, guides and reports ("kilder")
    pub sources: Vec<String>,
    pub rule: String,
    pub source: &'static str,
    /// (where, what): "under spesialisthelsetjenesten" → "HF"
    pub exceptions: Vec<(String, String)>,
    /// every caveat of the row: of its general answer and of each exception
    pub caveats: Vec<String>,
}

fn level_id(l: Level) -> &'static str {
    match l {
        Level::Hf => "hf",
        Level::Kommune => "kommune",
    }
}

/// A phase where the matrix names it: "før spesialisthelsetjenesten".
fn phase_label(p: Phase) -> String {
    crate::t!("commands-matrix-phase", phase = p.id())
}

/// An age group where the matrix names it: "barn".
fn age_label(a: AgeGroup) -> String {
    crate::t!("commands-matrix-age", age = a.id())
}

/// The responsibility matrix of `region`: every task's general allocation (no context),
/// and each single context value (phase, diagnosis group, age group, kommune) that
/// changes it.
pub fn matrix(host: &Host, region: &Region) -> Result<Vec<Row>, PluginError> {
    let register = crate::kommune::register();
    let mut contexts = vec![Context {
        kommune: None,
        diagnosis: None,
        age: None,
    }];
    let mut labels = vec![String::new()];
    let catalogue = catalogue();
    for d in &region.info.diagnosis_groups {
        contexts.push(Context {
            kommune: None,
            diagnosis: Some(d.clone()),
            age: None,
        });
        let name = catalogue
            .diagnosis_groups
            .iter()
            .find(|g| &g.id == d)
            .map_or(d.as_str(), |g| g.name.as_str());
        labels.push(crate::t!("commands-matrix-diagnosis", name = name));
    }
    for age in AGES.into_iter().flatten() {
        contexts.push(Context {
            kommune: None,
            diagnosis: None,
            age: Some(age),
        });
        labels.push(age_label(age));
    }
    for k in &region.info.kommuner {
        contexts.push(Context {
            kommune: Some(k.clone()),
            diagnosis: None,
            age: None,
        });
        labels.push(match register.by_number(k) {
            Some(x) => crate::t!("commands-matrix-kommune", name = &x.name),
            None => crate::t!("commands-matrix-kommune-number", number = k),
        });
    }
    let rulings = walk(host, region, &contexts)?;
    let alloc = |r: &Ruling| (r.owner, r.contributors.clone());
    let mut rows = Vec::new();
    for (t, task) in region.info.tasks.iter().enumerate() {
        let at = |c: usize, p: usize| rulings[c][t * PHASES.len() + p].as_ref().ok();
        let Some(main) = at(0, 0) else { continue };
        let mut exceptions = Vec::new();
        let mut caveats = main.caveats.clone();
        let mut note = |r: &Ruling| {
            for c in &r.caveats {
                if !caveats.contains(c) {
                    caveats.push(c.clone());
                }
            }
        };
        // A duty of each level for its own patients changes hands with the phase by
        // law (whose patient it is), which the row says once rather than as exceptions.
        if !main.own_patients {
            for (p, phase) in PHASES.iter().enumerate().skip(1) {
                if let (Some(r), Some(phase)) = (at(0, p), phase)
                    && alloc(r) != alloc(main)
                {
                    exceptions.push((phase_label(*phase), fordeling(r)));
                    note(r);
                }
            }
        }
        for (c, label) in labels.iter().enumerate().skip(1) {
            if let Some(r) = at(c, 0)
                && alloc(r) != alloc(main)
            {
                exceptions.push((label.clone(), fordeling(r)));
                note(r);
            }
        }
        let name = catalogue
            .tasks
            .iter()
            .find(|x| x.id == task.id)
            .map_or(task.name.clone(), |x| x.name.clone());
        rows.push(Row {
            task: task.id.clone(),
            name,
            owner: level_id(main.owner),
            contributors: main.contributors.iter().map(|l| level_id(*l)).collect(),
            own_patients: main.own_patients,
            clause: main.clause.clone(),
            basis: main.basis.clone(),
            sources: main.sources.clone(),
            rule: main.rule.clone(),
            source: match main.source {
                crate::plugin::RuleSource::Region => "region",
                crate::plugin::RuleSource::Baseline => "baseline",
            },
            exceptions,
            caveats,
        });
    }
    Ok(rows)
}

/// The allocation in words: "HF", "kommunen", "HF leder, kommunen bidrar".
fn fordeling(r: &Ruling) -> String {
    let level = |l: Level| crate::t!("commands-matrix-level", level = level_id(l));
    if r.own_patients {
        crate::t!(
            "commands-matrix-own-patients-here",
            level = level_id(r.owner)
        )
    } else if r.contributors.is_empty() {
        level(r.owner)
    } else {
        let c: Vec<String> = r.contributors.iter().map(|l| level(*l)).collect();
        crate::t!(
            "commands-matrix-lead-and-contributors",
            lead = level_id(r.owner),
            contributors = c.join(", ")
        )
    }
}
