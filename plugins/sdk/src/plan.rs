//! The region's rules compiled for one pathway batch.
//!
//! [`rules::decide_task`] compares text for every rule it tries: the task of each
//! regional rule, the diagnosis and kommune conditions. Per step of every pathway that
//! was most of a batch, and in WebAssembly each comparison is a byte loop. A [`Plan`]
//! does that work once per batch: per catalogue task, the rules that may decide it, in
//! the order `decide_task` tries them, with their conditions as bit sets. A step is then
//! decided by a few integer tests. Where the plan cannot decide alone (a regional rule
//! that breaks the statute matches, and its ruling must say why it was set aside), the
//! caller asks `decide_task`. The two agree on everything else: every region's unit
//! tests hold them to it over the whole context space ([`agrees_with_decide_task`]).

use crate::catalogue::{self, DIAGNOSIS_GROUPS, TASKS, Task};
use crate::model::{AgeGroup, Phase, RuleSource};
use crate::region::RegionSpec;
use crate::rules::{self, Rule, When};

// One bit per diagnosis group and one for "none" must fit a `u64`.
const _: () = assert!(DIAGNOSIS_GROUPS.len() < 64);

/// A rule that may decide a task, with its conditions as bit sets.
#[derive(Debug)]
pub struct Compiled {
    pub rule: &'static Rule,
    pub source: RuleSource,
    phase: u8,
    age: u8,
    diagnosis: u64,
    /// the kommuner the rule is limited to (rare): compared as text
    kommune: &'static [&'static str],
    /// a regional rule that breaks the statute: when it matches, it is set aside
    pub set_aside: bool,
    /// planned by the owner, the task is covered by the region's agreements: a
    /// regional rule, or a baseline one for a task whose § 6-2 items the region's
    /// agreements take up
    pub covered: bool,
}

/// The context of a step, as the bits [`Compiled`] tests.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    phase: u8,
    age: u8,
    diagnosis: u64,
    kommune: Option<&'a str>,
}

impl<'a> Context<'a> {
    /// `diagnosis` is the place of the pathway's diagnosis group in the catalogue.
    pub fn new(age: Option<AgeGroup>, diagnosis: Option<usize>, kommune: Option<&'a str>) -> Self {
        Context {
            phase: phase_bit(None),
            age: age_bit(age),
            diagnosis: diagnosis.map_or(1, |i| 2 << i),
            kommune,
        }
    }

    pub fn at(self, phase: Option<Phase>) -> Self {
        Context {
            phase: phase_bit(phase),
            ..self
        }
    }
}

fn phase_bit(p: Option<Phase>) -> u8 {
    match p {
        None => 1,
        Some(Phase::Before) => 2,
        Some(Phase::During) => 4,
        Some(Phase::After) => 8,
    }
}

fn age_bit(a: Option<AgeGroup>) -> u8 {
    match a {
        None => 1,
        Some(AgeGroup::Child) => 2,
        Some(AgeGroup::Adult) => 4,
        Some(AgeGroup::Elderly) => 8,
    }
}

/// The bits of the values a condition accepts; an empty condition accepts everything,
/// "none" included. A value the catalogue does not know (a misspelt diagnosis group in
/// a region's rule) gives no bit, so it matches nothing, as in [`When::matches`].
fn mask<T: Copy, M: Copy + Default + std::ops::BitOr<Output = M>>(
    want: &[T],
    all: M,
    bit: impl Fn(T) -> Option<M>,
) -> M {
    if want.is_empty() {
        return all;
    }
    want.iter()
        .filter_map(|&v| bit(v))
        .fold(M::default(), |m, b| m | b)
}

impl Compiled {
    fn new(rule: &'static Rule, source: RuleSource, set_aside: bool, covered: bool) -> Self {
        let When {
            phase,
            age,
            diagnosis,
            kommune,
        } = &rule.when;
        Compiled {
            rule,
            source,
            phase: mask(phase, u8::MAX, |p| Some(phase_bit(Some(p)))),
            age: mask(age, u8::MAX, |a| Some(age_bit(Some(a)))),
            diagnosis: mask(diagnosis, u64::MAX, |d| {
                catalogue::diagnosis_group_index(d).map(|i| 2u64 << i)
            }),
            kommune,
            set_aside,
            covered,
        }
    }

    /// Whether the rule's conditions hold in `cx` (as [`When::matches`]).
    pub fn matches(&self, cx: Context<'_>) -> bool {
        self.phase & cx.phase != 0
            && self.age & cx.age != 0
            && self.diagnosis & cx.diagnosis != 0
            && (self.kommune.is_empty() || cx.kommune.is_some_and(|k| self.kommune.contains(&k)))
    }
}

/// Per catalogue task, the rules that may decide it, in the order they are tried.
#[derive(Debug)]
pub struct Plan {
    /// the rules of task `t` are `rules[first[t]..first[t + 1]]`
    first: Vec<u16>,
    rules: Vec<Compiled>,
}

impl Plan {
    pub fn new(spec: &RegionSpec) -> Plan {
        // The task of each regional rule, looked up once (a rule for a task the
        // catalogue does not have never applies).
        let tasks: Vec<Option<usize>> = spec
            .rules
            .iter()
            .map(|r| catalogue::task_index(r.task))
            .collect();
        let mut plan = Plan {
            first: Vec::with_capacity(TASKS.len() + 1),
            rules: Vec::with_capacity(spec.rules.len() + 2 * TASKS.len()),
        };
        for (t, task) in TASKS.iter().enumerate() {
            plan.first.push(plan.rules.len() as u16);
            for (rule, _) in spec
                .rules
                .iter()
                .zip(&tasks)
                .filter(|(_, i)| **i == Some(t))
            {
                let set_aside =
                    rules::statute_conflict(task, rule.owner, rule.contributors).is_err();
                plan.rules
                    .push(Compiled::new(rule, RuleSource::Region, set_aside, true));
            }
            let covered = covered(spec, task, RuleSource::Baseline);
            for rule in task.baseline {
                plan.rules
                    .push(Compiled::new(rule, RuleSource::Baseline, false, covered));
            }
        }
        plan.first.push(plan.rules.len() as u16);
        plan
    }

    /// The first rule of task `t` whose conditions hold in `cx`, with its place in the
    /// plan; `None` when none does.
    pub fn decide(&self, t: usize, cx: Context<'_>) -> Option<(usize, &Compiled)> {
        let (start, end) = (self.first[t] as usize, self.first[t + 1] as usize);
        self.rules[start..end]
            .iter()
            .position(|c| c.matches(cx))
            .map(|i| (start + i, &self.rules[start + i]))
    }

    /// How many rules the plan holds (the places [`Plan::decide`] gives are below).
    pub fn len(&self) -> usize {
        self.rules.len()
    }
}

/// Whether a task decided by a rule of `source` is covered by the region's agreements:
/// a regional rule always is; under the baseline, when the region's agreements take up
/// one of the task's items of hol. § 6-2.
pub fn covered(spec: &RegionSpec, task: &Task, source: RuleSource) -> bool {
    source == RuleSource::Region
        || task
            .paragraph_6_2
            .iter()
            .any(|item| spec.local_ta.iter().any(|(i, _)| i == item))
}

/// Panics unless, for every task, phase, age, diagnosis group and some kommuner of the
/// region (and those its rules name), the plan picks the rule `decide_task` picks, or
/// says it cannot decide alone exactly when `decide_task` sets a rule aside. Run by
/// `testing::every_point_answers_within_the_statute`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn agrees_with_decide_task(spec: &RegionSpec) {
    use crate::kommuner;
    use crate::model::Query;

    let plan = Plan::new(spec);
    let mut kommuner: Vec<Option<&str>> = vec![None];
    kommuner.extend(
        kommuner::of_region(spec.id)
            .map(|(k, _)| Some(k.number))
            .take(3),
    );
    kommuner.extend(
        spec.rules
            .iter()
            .flat_map(|r| r.when.kommune)
            .map(|k| Some(*k)),
    );
    let mut diagnoses: Vec<Option<usize>> = vec![None];
    diagnoses.extend((0..DIAGNOSIS_GROUPS.len()).map(Some));
    let phases = [
        None,
        Some(Phase::Before),
        Some(Phase::During),
        Some(Phase::After),
    ];
    let ages = [
        None,
        Some(AgeGroup::Child),
        Some(AgeGroup::Adult),
        Some(AgeGroup::Elderly),
    ];
    for (t, task) in TASKS.iter().enumerate() {
        for &kommune in &kommuner {
            for &diagnosis in &diagnoses {
                for age in ages {
                    for phase in phases {
                        let q = Query {
                            task: task.id.into(),
                            kommune: kommune.map(Into::into),
                            diagnosis: diagnosis.map(|i| DIAGNOSIS_GROUPS[i].id.into()),
                            age,
                            phase,
                        };
                        let slow = rules::decide_task(spec, task, &q, None, None).unwrap();
                        let cx = Context::new(age, diagnosis, kommune).at(phase);
                        let (_, fast) = plan.decide(t, cx).expect("a catch-all rule");
                        if fast.set_aside {
                            assert!(!slow.set_aside.is_empty(), "{q:?}");
                        } else {
                            assert!(slow.set_aside.is_empty(), "{q:?}");
                            assert!(std::ptr::eq(fast.rule, slow.rule), "{q:?}");
                            assert_eq!(fast.source, slow.source, "{q:?}");
                            assert_eq!(fast.covered, covered(spec, task, slow.source));
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plugins' own specs are checked by their crates' tests, through
    /// `testing::every_point_answers_within_the_statute`.
    static SPEC: RegionSpec = RegionSpec {
        id: "helse-fonna",
        name: "Test",
        rhf: "Helse Vest RHF",
        hf_parties: &[],
        agreements: &[],
        local_ta: &[(2, "TA 2")],
        local_ta_caveat: None,
        accept_unsettled: &[],
        requires_user_representation: false,
        rules: &[
            Rule {
                id: "test/kols-kommune",
                task: "kols-opplaering",
                when: When {
                    phase: &[Phase::Before, Phase::After],
                    age: &[],
                    diagnosis: &["kols", "ukjent-gruppe"],
                    kommune: &["4611"],
                },
                owner: crate::model::Level::Kommune,
                contributors: &[],
                partners: &[],
                clause: None,
                basis: &[],
                note: "Test.",
                caveat: None,
            },
            // Breaks the statute (the barnekoordinator is the kommune's alone).
            Rule {
                id: "test/barnekoordinator-hf",
                task: "barnekoordinator",
                when: When {
                    phase: &[],
                    age: &[AgeGroup::Child],
                    diagnosis: &[],
                    kommune: &[],
                },
                owner: crate::model::Level::Hf,
                contributors: &[],
                partners: &[],
                clause: None,
                basis: &[],
                note: "Test.",
                caveat: None,
            },
            Rule {
                id: "test/no-such-task",
                task: "no-such-task",
                when: When::ANY,
                owner: crate::model::Level::Hf,
                contributors: &[],
                partners: &[],
                clause: None,
                basis: &[],
                note: "Test.",
                caveat: None,
            },
        ],
    };

    #[test]
    fn the_plan_decides_as_decide_task() {
        agrees_with_decide_task(&SPEC);
        let plan = Plan::new(&SPEC);
        // The statute-breaking rule is in the plan, marked.
        let t = catalogue::task_index("barnekoordinator").unwrap();
        let cx = Context::new(Some(AgeGroup::Child), None, None).at(None);
        let (_, c) = plan.decide(t, cx).unwrap();
        assert!(c.set_aside, "{}", c.rule.id);
    }
}
