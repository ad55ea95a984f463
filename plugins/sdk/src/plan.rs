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
//! tests hold them to it over the whole context space ([`assert_agrees`]).

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
    /// the phases (as bits, "none" included) in which this regional rule breaks the
    /// statute: when it matches there, it is set aside
    set_aside: u8,
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
    fn new(rule: &'static Rule, source: RuleSource, set_aside: u8, covered: bool) -> Self {
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

    /// Whether the rule, matching in `cx`, is set aside there because it breaks the
    /// statute.
    pub fn set_aside(&self, cx: Context<'_>) -> bool {
        self.set_aside & cx.phase != 0
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
                // Whether the statute allows the rule can depend on the phase asked about.
                let set_aside = [
                    None,
                    Some(Phase::Before),
                    Some(Phase::During),
                    Some(Phase::After),
                ]
                .into_iter()
                .filter(|&at| {
                    rules::statute_conflict(
                        task,
                        rule.owner,
                        rule.contributors,
                        rule.when.phase,
                        at,
                    )
                    .is_err()
                })
                .fold(0, |bits, at| bits | phase_bit(at));
                plan.rules
                    .push(Compiled::new(rule, RuleSource::Region, set_aside, true));
            }
            let covered = covered(spec, task, RuleSource::Baseline);
            for rule in task.baseline {
                plan.rules
                    .push(Compiled::new(rule, RuleSource::Baseline, 0, covered));
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

/// Panics unless the plan decides `q` about `task` as [`rules::decide_task`] does: the
/// same rule from the same source, or "cannot decide alone" exactly when `decide_task`
/// sets a regional rule aside. Run for every point of a region's context space by
/// `testing::every_point_answers_within_the_statute`.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn assert_agrees(
    spec: &RegionSpec,
    plan: &Plan,
    task: &'static Task,
    q: &crate::model::Query,
) {
    let t = catalogue::task_index(task.id).expect("a catalogue task");
    let diagnosis = q
        .diagnosis
        .as_deref()
        .map(|d| catalogue::diagnosis_group_index(d).expect("a catalogue diagnosis group"));
    let cx = Context::new(q.age, diagnosis, q.kommune.as_deref()).at(q.phase);
    let slow = rules::decide_task(spec, task, q, None, None).unwrap();
    let (_, fast) = plan.decide(t, cx).expect("a catch-all rule");
    if fast.set_aside(cx) {
        assert!(!slow.set_aside.is_empty(), "{q:?}");
    } else {
        assert!(slow.set_aside.is_empty(), "{q:?}");
        assert!(std::ptr::eq(fast.rule, slow.rule), "{q:?}");
        assert_eq!(fast.source, slow.source, "{q:?}");
        assert_eq!(fast.covered, covered(spec, task, slow.source), "{q:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Query;

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
                sources: &[],
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
                sources: &[],
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
                sources: &[],
                note: "Test.",
                caveat: None,
            },
        ],
    };

    #[test]
    fn the_plan_decides_as_decide_task() {
        let plan = Plan::new(&SPEC);
        let query = |task: &str, kommune: Option<&str>, diagnosis: Option<&str>| Query {
            task: task.into(),
            kommune: kommune.map(Into::into),
            diagnosis: diagnosis.map(Into::into),
            age: None,
            phase: None,
        };
        // The regional rule's conditions one at a time: phase, diagnosis (a misspelt
        // group in the rule matches nothing), kommune.
        for phase in [
            None,
            Some(Phase::Before),
            Some(Phase::During),
            Some(Phase::After),
        ] {
            for diagnosis in [None, Some("kols"), Some("rus")] {
                for kommune in [None, Some("4611"), Some("4612")] {
                    let q = Query {
                        phase,
                        ..query("kols-opplaering", kommune, diagnosis)
                    };
                    assert_agrees(
                        &SPEC,
                        &plan,
                        catalogue::task("kols-opplaering").unwrap(),
                        &q,
                    );
                }
            }
        }
        let kols = Context::new(None, catalogue::diagnosis_group_index("kols"), Some("4611"));
        let t = catalogue::task_index("kols-opplaering").unwrap();
        assert_eq!(
            plan.decide(t, kols.at(Some(Phase::After)))
                .unwrap()
                .1
                .rule
                .id,
            "test/kols-kommune"
        );
        assert_ne!(
            plan.decide(t, kols.at(Some(Phase::During)))
                .unwrap()
                .1
                .rule
                .id,
            "test/kols-kommune"
        );

        // The statute-breaking rule is in the plan, marked, and only where it matches.
        let task = catalogue::task("barnekoordinator").unwrap();
        for age in [None, Some(AgeGroup::Child), Some(AgeGroup::Adult)] {
            let q = Query {
                age,
                ..query(task.id, None, None)
            };
            assert_agrees(&SPEC, &plan, task, &q);
        }
        let t = catalogue::task_index(task.id).unwrap();
        let child = Context::new(Some(AgeGroup::Child), None, None).at(None);
        assert!(plan.decide(t, child).unwrap().1.set_aside(child));
        let adult = Context::new(Some(AgeGroup::Adult), None, None).at(None);
        assert!(!plan.decide(t, adult).unwrap().1.set_aside(adult));
    }
}
