//! Checking planned patient pathways: a verdict per step from the region's rules, and
//! the pathway-level duties the law puts on the two levels together. Messages are
//! English; they cite the Norwegian sources, which come from the catalogue.
//!
//! Batches are the unit: the host sends many pathways in one call, and each distinct
//! ruling is built once per batch and referred to by index, so the cost per step is one
//! rule lookup and no text. A ruling the host already holds from an earlier batch is
//! not built at all: it is named by its key (`Decision::ruling_key`).
//!
//! `mod.rs` holds the batch machinery (rulings by key, the per-step verdict);
//! `duties.rs` the pathway-level duties, one function each; `text.rs` how a finding's
//! texts are built.

mod duties;
pub(crate) mod text;

use duties::{lead_missing, pathway_rules};

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::catalogue::{self, Task};
use crate::kommuner::{self, Kommune, Membership};
use crate::model::{
    Level, Pathway, PathwayAnswer, PathwayReport, Query, QueryError, RULING_NOT_KEPT, StepVerdict,
    Verdict,
};
use crate::plan::{self, Context, Plan};
use crate::region::RegionSpec;
use crate::rules::{self, Decision};

/// The catalogue tasks the pathway-level rules look for.
pub const DISCHARGE_INFO: &str = "utskrivning-lm-informasjon";
pub const CHILDREN_AS_RELATIVES: &str = "barn-som-parorende-kartlegging";
pub const INDIVIDUAL_PLAN: &str = "individuell-plan";
pub const COORDINATOR: &str = "koordinator";
pub const CHILD_COORDINATOR: &str = "barnekoordinator";

/// Checks a batch of pathways under `spec`. The rulings whose keys are in `known`
/// (ascending) are given by key alone: the caller holds them from an earlier batch.
pub fn check(spec: &RegionSpec, batch: &[Pathway<'_>], known: &[u64]) -> PathwayAnswer {
    let plan = Plan::new(spec);
    let mut rulings = Rulings {
        spec,
        known,
        by_rule: vec![NO_RULING; plan.len()],
        by_key: HashMap::default(),
        out: PathwayAnswer {
            ruling_keys: Vec::new(),
            rulings: Vec::new(),
            reports: Vec::with_capacity(batch.len()),
        },
    };
    let mut scratch = Scratch {
        plan,
        roles: Vec::new(),
        tasks: Vec::new(),
        contributed: Vec::new(),
        special: Special::new(),
        members: vec![None; kommuner::KOMMUNER.len()],
    };
    for p in batch {
        let report = check_one(spec, p, &mut scratch, &mut rulings);
        rulings.out.reports.push(report);
    }
    rulings.out
}

/// "No ruling yet" in [`Rulings::by_rule`].
const NO_RULING: u32 = u32::MAX;

/// The distinct rulings of a batch, each built once, and the answer they go into.
struct Rulings<'a> {
    spec: &'a RegionSpec,
    known: &'a [u64],
    /// per rule of the plan: its ruling when it decided with the kommune settled
    by_rule: Vec<u32>,
    /// every other decision (an unsettled kommune, a rule set aside), by its key
    by_key: HashMap<(usize, usize, usize, usize), u32, BuildHasherDefault<KeyHasher>>,
    out: PathwayAnswer,
}

impl Rulings<'_> {
    /// The index of the decision's ruling in the answer, building the ruling (or naming
    /// it by key, when the caller holds it) the first time.
    fn intern(&mut self, place: Option<usize>, d: &Decision) -> u32 {
        let slot = match place {
            Some(i) if d.unsettled.is_none() && d.set_aside.is_empty() => &mut self.by_rule[i],
            _ => self.by_key.entry(d.key()).or_insert(NO_RULING),
        };
        if *slot == NO_RULING {
            let key = d.ruling_key(self.spec);
            let held = key != RULING_NOT_KEPT && self.known.binary_search(&key).is_ok();
            self.out.ruling_keys.push(key);
            self.out
                .rulings
                .push((!held).then(|| rules::ruling(self.spec, d, Vec::new())));
            *slot = (self.out.rulings.len() - 1) as u32;
        }
        *slot
    }
}

/// A fixed multiplicative hash for interning decision keys (addresses). The default
/// hasher seeds itself from randomness, a capability the sandbox does not grant.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// What checking a pathway needs and the next pathway can reuse.
struct Scratch {
    plan: Plan,
    /// per step of the pathway being checked: what the pathway-level rules see in it
    roles: Vec<Role>,
    /// per step: the place of its task in the catalogue (`u32::MAX`: not in it)
    tasks: Vec<u32>,
    /// the steps planned by a level that only contributes, with the rule that decided
    contributed: Vec<(usize, &'static Task, &'static rules::Rule)>,
    special: Special,
    /// per kommune (its place in the register), once looked up: its membership when it
    /// belongs to the region (the region's id compared as text once per batch, not once
    /// per pathway)
    members: Vec<Option<Option<(&'static Kommune, &'static Membership)>>>,
}

/// What a step is to the pathway-level rules: one of the catalogue tasks they look for,
/// or none of them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Other,
    DischargeInfo,
    ChildrenAsRelatives,
    IndividualPlan,
    Coordinator,
    ChildCoordinator,
}

/// The catalogue tasks the pathway-level rules look for, looked up once per batch, and
/// the role of every catalogue task, so that a step's role is one table look-up by its
/// task's place rather than a comparison of text.
struct Special {
    discharge_info: Option<&'static Task>,
    children_as_relatives: Option<&'static Task>,
    individual_plan: Option<&'static Task>,
    coordinator: Option<&'static Task>,
    child_coordinator: Option<&'static Task>,
    /// per catalogue task (its place in [`catalogue::TASKS`])
    role: Vec<Role>,
}

impl Special {
    fn new() -> Self {
        let mut role = vec![Role::Other; catalogue::TASKS.len()];
        let mut find = |id: &str, r: Role| {
            let t = catalogue::task_index(id)?;
            role[t] = r;
            Some(&catalogue::TASKS[t])
        };
        Special {
            discharge_info: find(DISCHARGE_INFO, Role::DischargeInfo),
            children_as_relatives: find(CHILDREN_AS_RELATIVES, Role::ChildrenAsRelatives),
            individual_plan: find(INDIVIDUAL_PLAN, Role::IndividualPlan),
            coordinator: find(COORDINATOR, Role::Coordinator),
            child_coordinator: find(CHILD_COORDINATOR, Role::ChildCoordinator),
            role,
        }
    }
}

/// Checks one pathway, putting its rulings into `rulings`.
fn check_one(
    spec: &RegionSpec,
    p: &Pathway<'_>,
    scratch: &mut Scratch,
    rulings: &mut Rulings<'_>,
) -> PathwayReport {
    let mut report = PathwayReport::default();
    let Scratch {
        plan,
        roles,
        tasks,
        contributed,
        special,
        members,
    } = scratch;
    let diagnosis = match p.diagnosis {
        None => None,
        Some(d) => match catalogue::diagnosis_group_index(d) {
            Some(i) => Some(i),
            None => {
                report.error = Some(QueryError::UnknownDiagnosis(d.to_string()));
                return report;
            }
        },
    };
    let mut unsettled = None;
    if let Some(number) = p.kommune {
        let member = kommuner::place(number)
            .and_then(|i| *members[i].get_or_insert_with(|| rules::member(spec, number).ok()));
        match member {
            Some((k, m)) if !m.settled => unsettled = Some((k, m)),
            Some(_) => {}
            None => {
                report.error = Some(QueryError::KommuneNotInRegion(number.to_string()));
                return report;
            }
        }
    }

    let cx = Context::new(p.age, diagnosis, p.kommune);
    roles.clear();
    tasks.clear();
    contributed.clear();
    report.steps.reserve(p.steps.len());
    for (i, step) in p.steps.iter().enumerate() {
        let Some(t) = catalogue::task_index(step.task) else {
            roles.push(Role::Other);
            tasks.push(u32::MAX);
            report.steps.push(StepVerdict {
                verdict: Verdict::UnknownTask,
                ruling: None,
            });
            continue;
        };
        let task = &catalogue::TASKS[t];
        roles.push(special.role[t]);
        tasks.push(t as u32);
        let at = cx.at(step.phase);
        let (place, covered, decision) = match plan.decide(t, at) {
            Some((place, c)) if !c.set_aside(at) => (
                Some(place),
                c.covered,
                Decision {
                    task,
                    rule: c.rule,
                    source: c.source,
                    unsettled,
                    set_aside: Vec::new(),
                },
            ),
            // A regional rule breaks the statute (its ruling says why it was set
            // aside), or no rule answers: the rules themselves decide.
            _ => {
                let q = Query {
                    task: String::new(),
                    kommune: p.kommune.map(Into::into),
                    diagnosis: p.diagnosis.map(Into::into),
                    age: p.age,
                    phase: step.phase,
                };
                match rules::decide_task(spec, task, &q, unsettled, None) {
                    Ok(d) => (None, plan::covered(spec, task, d.source), d),
                    Err(e) => {
                        report.error = Some(e);
                        report.steps.clear();
                        return report;
                    }
                }
            }
        };
        let verdict = verdict(&decision, covered, step.planned);
        if verdict == Verdict::Contributor {
            contributed.push((i, task, decision.rule));
        }
        report.steps.push(StepVerdict {
            verdict,
            ruling: Some(rulings.intern(place, &decision)),
        });
    }
    pathway_rules(p, roles, special, &mut report.findings);
    lead_missing(spec, p, tasks, contributed, &mut report.findings);
    report
}

/// How a step planned by `planned` relates to the decision; `covered`: whether the
/// region's agreements cover the task (see [`plan::covered`]).
fn verdict(d: &Decision, covered: bool, planned: Option<Level>) -> Verdict {
    let Some(planned) = planned else {
        return Verdict::NoOwner;
    };
    let rule = d.rule;
    if planned == rule.owner {
        return if covered {
            Verdict::Ok
        } else {
            Verdict::NotCovered
        };
    }
    if rule.contributors.contains(&planned) {
        return Verdict::Contributor;
    }
    // Each level owns the duty for its own patients (hpl. § 10 a and the like); the
    // statute's sole owner, if any, was already the rule's owner above.
    if d.task.statute.both_levels_own_patients && d.task.statute.owner.is_none() {
        return Verdict::Ok;
    }
    Verdict::WrongLevel
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgeGroup, Handover, Phase, Severity, Step};
    use crate::rules::{Rule, When};
    use text::{join, step_pointer};

    static SPEC: RegionSpec = RegionSpec {
        id: "helse-bergen",
        name: "Test",
        rhf: "Helse Vest RHF",
        hf_parties: &["Test HF"],
        agreements: &[],
        local_ta: &[(2, "TA 2")],
        local_ta_caveat: None,
        requires_user_representation: false,
        rules: &[Rule {
            id: "test/lm-nettverk",
            task: "lm-nettverk",
            when: When::ANY,
            owner: Level::Hf,
            contributors: &[Level::Kommune],
            partners: &[],
            clause: Some("Særavtale"),
            sources: &["Særavtale"],
            note: "Test.",
            caveat: None,
        }],
    };

    fn step(task: &'static str, planned: Option<Level>, phase: Phase) -> Step<'static> {
        Step {
            id: task,
            task,
            planned,
            phase: Some(phase),
            date: None,
            handover: None,
        }
    }

    fn pathway(steps: Vec<Step<'static>>) -> Pathway<'static> {
        Pathway {
            kommune: Some("4601"),
            diagnosis: Some("kols"),
            age: Some(AgeGroup::Adult),
            minor_children: false,
            long_term_needs: false,
            expecting_child: false,
            steps,
        }
    }

    /// A batch from a caller that holds no rulings yet.
    fn check(spec: &RegionSpec, batch: &[Pathway<'_>]) -> PathwayAnswer {
        super::check(spec, batch, &[])
    }

    fn codes(r: &PathwayReport) -> Vec<&str> {
        r.findings.iter().map(|f| f.code.as_str()).collect()
    }

    fn kols() -> Vec<Step<'static>> {
        use Level::*;
        vec![
            step("kols-opplaering", Some(Kommune), Phase::Before),
            step("kols-opplaering", Some(Hf), Phase::During),
            step(DISCHARGE_INFO, Some(Hf), Phase::During),
            step("kols-opplaering", Some(Kommune), Phase::After),
        ]
    }

    #[test]
    fn pointers_and_texts_are_built_as_format_would() {
        for i in [0, 7, 10, 99, 1234, usize::MAX] {
            assert_eq!(step_pointer(i, "/date"), format!("/steps/{i}/date"));
        }
        assert_eq!(step_pointer(3, ""), "/steps/3");
        assert_eq!(join(&[]), "");
        assert_eq!(join(&["a", "", "bø", "c"]), "abøc");
    }

    #[test]
    fn a_typical_kols_pathway_is_clean() {
        let b = check(&SPEC, &[pathway(kols())]);
        let r = &b.reports[0];
        assert_eq!(r.error, None);
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        let v: Vec<Verdict> = r.steps.iter().map(|s| s.verdict).collect();
        assert_eq!(v, [Verdict::Ok; 4]);
    }

    #[test]
    fn identical_rulings_are_built_once_per_batch() {
        let b = check(&SPEC, &[pathway(kols()), pathway(kols())]);
        // kols before/after share the kommune rule; during and the discharge are hf rules.
        assert_eq!(b.rulings.len(), 3);
        assert_eq!(b.ruling_keys.len(), 3);
        assert_eq!(b.reports[0].steps, b.reports[1].steps);
        let r0 = b.reports[0].steps[0].ruling.unwrap() as usize;
        let ruling = b.rulings[r0].as_ref().unwrap();
        assert_eq!(ruling.owner, Level::Kommune);
        assert!(ruling.trace.is_empty());
    }

    #[test]
    fn rulings_the_caller_holds_come_by_key_alone() {
        let first = check(&SPEC, &[pathway(kols())]);
        let keys = &first.ruling_keys;
        assert!(keys.iter().all(|&k| k != RULING_NOT_KEPT));
        let distinct: std::collections::BTreeSet<_> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len(), "one key per distinct ruling");
        assert!(first.rulings.iter().all(Option::is_some));

        // The caller holds the first ruling: the next batch names it by key, and builds
        // the others in full, under the same keys as before.
        let held = [keys[0]];
        let next = super::check(&SPEC, &[pathway(kols())], &held);
        assert_eq!(&next.ruling_keys, keys);
        assert_eq!(next.rulings[0], None);
        assert_eq!(next.rulings[1..], first.rulings[1..]);
        assert_eq!(next.reports, first.reports);
    }

    #[test]
    fn a_ruling_key_is_one_ruling() {
        // The same decision twice: one key; another task (another rule): another key.
        let q = |task: &str, kommune: &str| Query {
            kommune: Some(kommune.into()),
            ..Query::task(task)
        };
        let key = |q: &Query| rules::decide(&SPEC, q, None).unwrap().ruling_key(&SPEC);
        let a = key(&q("kols-opplaering", "4601"));
        assert_eq!(a, key(&q("kols-opplaering", "4601")));
        assert_ne!(a, key(&q("lm-nettverk", "4601")));
        assert_ne!(a, key(&q("selvhjelpsgrupper", "4601")));
    }

    #[test]
    fn a_step_by_the_wrong_level_a_contributor_and_no_owner() {
        let mut steps = kols();
        steps[2].planned = Some(Level::Kommune);
        steps.push(step("lm-nettverk", Some(Level::Kommune), Phase::After));
        steps.push(step("selvhjelpsgrupper", None, Phase::After));
        steps.push(step("no-such-task", Some(Level::Hf), Phase::After));
        let b = check(&SPEC, &[pathway(steps)]);
        let v: Vec<Verdict> = b.reports[0].steps.iter().map(|s| s.verdict).collect();
        assert_eq!(
            v,
            [
                Verdict::Ok,
                Verdict::Ok,
                Verdict::WrongLevel,
                Verdict::Ok,
                Verdict::Contributor,
                Verdict::NoOwner,
                Verdict::UnknownTask
            ]
        );
        assert_eq!(b.reports[0].steps[6].ruling, None);
    }

    #[test]
    fn a_task_outside_the_regions_tas_is_not_covered() {
        // frisklivssentral is prevention (§ 6-2 nr. 10); the test region only has TA 2.
        let task = catalogue::task("frisklivssentral").unwrap();
        assert!(!task.paragraph_6_2.contains(&2));
        let b = check(
            &SPEC,
            &[pathway(vec![step(
                "frisklivssentral",
                Some(Level::Kommune),
                Phase::Before,
            )])],
        );
        assert_eq!(b.reports[0].steps[0].verdict, Verdict::NotCovered);
    }

    #[test]
    fn discharge_without_information_is_found() {
        let mut steps = kols();
        steps.remove(2);
        let b = check(&SPEC, &[pathway(steps)]);
        assert_eq!(codes(&b.reports[0]), ["discharge-information-missing"]);
        assert_eq!(b.reports[0].findings[0].pointer, "/steps/2");
        assert!(
            b.reports[0].findings[0]
                .basis
                .iter()
                .any(|b| b.contains("§ 6-2 første ledd nr. 5"))
        );
    }

    #[test]
    fn discharge_information_before_the_stay_is_out_of_order() {
        let mut steps = kols();
        let mut info = steps.remove(2);
        info.phase = Some(Phase::After);
        steps.push(info);
        let b = check(&SPEC, &[pathway(steps)]);
        assert_eq!(codes(&b.reports[0]), ["discharge-information-out-of-order"]);
    }

    #[test]
    fn minor_children_must_be_addressed_by_each_level_with_steps() {
        let mut p = pathway(kols());
        p.minor_children = true;
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(
            codes(&b.reports[0]),
            ["children-not-addressed", "children-not-addressed"]
        );
        p.steps.insert(
            2,
            step(CHILDREN_AS_RELATIVES, Some(Level::Hf), Phase::During),
        );
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(codes(&b.reports[0]), ["children-not-addressed"]);
        assert_eq!(
            b.reports[0].findings[0].message.arg("level"),
            Some("kommune")
        );
        // The kommune mapping its own patient's children is fine, even after the stay.
        p.steps.push(step(
            CHILDREN_AS_RELATIVES,
            Some(Level::Kommune),
            Phase::After,
        ));
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert!(
            codes(&b.reports[0]).is_empty(),
            "{:?}",
            b.reports[0].findings
        );
        assert!(b.reports[0].steps.iter().all(|s| s.verdict == Verdict::Ok));
    }

    #[test]
    fn long_term_needs_need_a_plan_and_a_coordinator_in_the_kommune() {
        let mut p = pathway(kols());
        p.long_term_needs = true;
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(
            codes(&b.reports[0]),
            ["individuell-plan-missing", "koordinator-missing"]
        );
        p.steps
            .push(step(INDIVIDUAL_PLAN, Some(Level::Kommune), Phase::After));
        p.steps
            .push(step(COORDINATOR, Some(Level::Hf), Phase::After));
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(codes(&b.reports[0]), ["koordinator-not-in-kommune"]);
        assert_eq!(b.reports[0].findings[0].pointer, "/steps/5/planned_owner");
    }

    #[test]
    fn barnekoordinator_is_the_kommunes_and_for_children() {
        let mut p = pathway(vec![step(CHILD_COORDINATOR, Some(Level::Hf), Phase::After)]);
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(b.reports[0].steps[0].verdict, Verdict::WrongLevel);
        assert_eq!(codes(&b.reports[0]), ["barnekoordinator-not-child"]);
        p.age = Some(AgeGroup::Child);
        p.steps[0].planned = Some(Level::Kommune);
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(b.reports[0].steps[0].verdict, Verdict::Ok);
        assert!(b.reports[0].findings.is_empty());
    }

    #[test]
    fn dates_phases_and_handovers() {
        let mut steps = kols();
        steps[0].date = Some(20260301);
        steps[1].date = Some(20260201);
        steps[3].phase = Some(Phase::Before);
        steps[2].handover = Some(Handover {
            to: Level::Kommune,
            information: false,
        });
        let b = check(&SPEC, &[pathway(steps)]);
        assert_eq!(
            codes(&b.reports[0]),
            [
                "date-out-of-order",
                "handover-without-information",
                "phase-out-of-order"
            ]
        );
    }

    #[test]
    fn a_kommune_outside_the_region_or_an_unknown_diagnosis_stops_the_pathway() {
        let mut p = pathway(kols());
        p.kommune = Some("0301");
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(
            b.reports[0].error,
            Some(QueryError::KommuneNotInRegion("0301".into()))
        );
        assert!(b.reports[0].steps.is_empty());
        p.kommune = None;
        p.diagnosis = Some("influensa");
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert!(matches!(
            b.reports[0].error,
            Some(QueryError::UnknownDiagnosis(_))
        ));
    }

    /// A shared task planned only by the contributor, in a phase where the other level
    /// leads, used to get the verdict `contributor` and no finding at all.
    #[test]
    fn a_shared_task_without_its_lead_is_found() {
        // lm-nettverk: the hf leads, the kommune contributes (a regional rule).
        let mut p = pathway(kols());
        p.steps
            .push(step("lm-nettverk", Some(Level::Kommune), Phase::After));
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(b.reports[0].steps[4].verdict, Verdict::Contributor);
        assert_eq!(codes(&b.reports[0]), ["lead-missing"]);
        let f = &b.reports[0].findings[0];
        assert_eq!(f.severity, Severity::Warning);
        assert_eq!(f.pointer, "/steps/4/planned_owner");
        assert_eq!(f.message.id(), Some("plugin-lead-missing"));
        assert_eq!(f.message.arg("lead"), Some("hf"));
        assert!(
            f.message
                .arg("clause")
                .is_some_and(|c| c.starts_with("Særavtale")),
            "{:?}",
            f.message
        );
        // The lead's own step in the same phase settles it; in another phase it does not.
        let mut before = p.clone();
        before
            .steps
            .insert(1, step("lm-nettverk", Some(Level::Hf), Phase::Before));
        let b = check(&SPEC, std::slice::from_ref(&before));
        assert_eq!(codes(&b.reports[0]), ["lead-missing"]);
        p.steps
            .push(step("lm-nettverk", Some(Level::Hf), Phase::After));
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert!(
            codes(&b.reports[0]).is_empty(),
            "{:?}",
            b.reports[0].findings
        );

        // An error where the lead's part is a duty set by law: the kommune leads the
        // individuell plan (hol. § 7-1) ...
        let p = pathway(vec![step(INDIVIDUAL_PLAN, Some(Level::Hf), Phase::After)]);
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(codes(&b.reports[0]), ["lead-missing"]);
        assert_eq!(b.reports[0].findings[0].severity, Severity::Error);
        assert!(b.reports[0].findings[0].basis[0].contains("§ 7-1"));
        // ... and the hf the KOLS education during specialist care (sphl. § 3-8).
        let p = pathway(vec![step(
            "kols-opplaering",
            Some(Level::Kommune),
            Phase::During,
        )]);
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(codes(&b.reports[0]), ["lead-missing"]);
        assert_eq!(b.reports[0].findings[0].severity, Severity::Error);
    }

    /// The barnekoordinator is also for families expecting a child (hol. § 7-2 a).
    #[test]
    fn a_pregnant_adult_may_have_a_barnekoordinator() {
        let mut p = pathway(vec![step(
            CHILD_COORDINATOR,
            Some(Level::Kommune),
            Phase::Before,
        )]);
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert_eq!(codes(&b.reports[0]), ["barnekoordinator-not-child"]);
        p.expecting_child = true;
        let b = check(&SPEC, std::slice::from_ref(&p));
        assert!(
            codes(&b.reports[0]).is_empty(),
            "{:?}",
            b.reports[0].findings
        );
        assert_eq!(b.reports[0].steps[0].verdict, Verdict::Ok);
    }
}
