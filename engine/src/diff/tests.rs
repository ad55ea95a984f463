//! The comparison against native rule sets: lossless grouping, symmetry, identity.

use super::*;
use ansvar_sdk::catalogue::DIAGNOSIS_GROUPS;
use ansvar_sdk::model::{AgeGroup as A, Level as L, Phase as P, Query};
use ansvar_sdk::region::RegionSpec;
use ansvar_sdk::rules::{self, Rule, When};
use proptest::prelude::*;

const TASKS: [&str; 3] = ["generell-mestring", "lm-oversikt", "barnekoordinator"];
/// Drammen, Hol, Nesbyen (Vestre Viken) and Tromsø (not in the region).
const KOMMUNER: [&str; 4] = ["3301", "3330", "3322", "5501"];

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Vec::leak(v)
}

/// A rule as generated: indices into the small value sets above.
#[derive(Clone, Debug)]
struct Gen {
    task: usize,
    phase: Vec<usize>,
    age: Vec<usize>,
    diagnosis: Vec<usize>,
    kommune: Vec<usize>,
    owner: bool,
    shared: bool,
    clause: Option<usize>,
}

fn gen_rule() -> impl Strategy<Value = Gen> {
    let sub = |n: usize| proptest::sample::subsequence((0..n).collect::<Vec<_>>(), 0..=n);
    (
        0..TASKS.len(),
        sub(3),
        sub(3),
        sub(2),
        sub(3),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(0..2usize),
    )
        .prop_map(
            |(task, phase, age, diagnosis, kommune, owner, shared, clause)| Gen {
                task,
                phase,
                age,
                diagnosis,
                kommune,
                owner,
                shared,
                clause,
            },
        )
}

fn spec(rules: &[Gen]) -> &'static RegionSpec {
    let rules: Vec<Rule> = rules
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let owner = if g.owner { L::Hf } else { L::Kommune };
            Rule {
                id: String::leak(format!("test/r{i}")),
                task: TASKS[g.task],
                when: When {
                    phase: leak(g.phase.iter().map(|&p| P::ALL[p]).collect()),
                    age: leak(g.age.iter().map(|&a| A::ALL[a]).collect()),
                    diagnosis: leak(
                        g.diagnosis
                            .iter()
                            .map(|&d| DIAGNOSIS_GROUPS[d].id)
                            .collect(),
                    ),
                    kommune: leak(g.kommune.iter().map(|&k| KOMMUNER[k]).collect()),
                },
                owner,
                contributors: if g.shared {
                    leak(vec![owner.other()])
                } else {
                    &[]
                },
                partners: &[],
                clause: g.clause.map(|c| ["TA 2 pkt 1", "TA 6 pkt 2"][c]),
                sources: &[],
                note: "",
                caveat: None,
            }
        })
        .collect();
    Box::leak(Box::new(RegionSpec {
        id: "vestre-viken",
        name: "test",
        rhf: "test",
        hf_parties: &[],
        agreements: &[],
        local_ta: &[(2, "TA 2")],
        local_ta_caveat: None,
        requires_user_representation: false,
        rules: leak(rules),
    }))
}

fn space() -> Space {
    Space {
        tasks: TASKS.iter().map(|t| t.to_string()).collect(),
        diagnoses: std::iter::once(None)
            .chain(DIAGNOSIS_GROUPS[..2].iter().map(|g| Some(g.id.to_string())))
            .collect(),
        kommuner: std::iter::once(None)
            .chain(KOMMUNER.iter().map(|k| Some(k.to_string())))
            .collect(),
    }
}

fn grid(space: &Space, spec: &RegionSpec) -> Grid {
    let age = |a: &str| A::ALL.into_iter().find(|x| x.id() == a);
    let phase = |p: &str| P::ALL.into_iter().find(|x| x.id() == p);
    Grid::from_fn(space, |at| {
        let q = Query {
            task: at.task.into(),
            kommune: at.kommune.map(Into::into),
            diagnosis: at.diagnosis.map(Into::into),
            age: at.age.and_then(age),
            phase: at.phase.and_then(phase),
        };
        match rules::evaluate(spec, &q) {
            Ok(r) => {
                let mut contributors: Vec<&'static str> =
                    r.contributors.iter().map(|l| l.id()).collect();
                contributors.sort_unstable();
                Outcome::Ruling(View {
                    owner: r.owner.id(),
                    shared: r.shared,
                    contributors,
                    partners: r.partners,
                    clause: r.clause,
                    basis: r.basis,
                    paragraph_6_2: r.paragraph_6_2,
                    caveats: r.caveats,
                })
            }
            Err(e) => Outcome::NoRuling { why: e.to_string() },
        }
    })
}

/// The points whose answers differ, found by brute force.
fn differing(space: &Space, a: &Grid, b: &Grid) -> Vec<(usize, usize)> {
    let n = space.shape().len();
    (0..space.len())
        .filter(|&i| a.outcome(i) != b.outcome(i))
        .map(|i| (i / n, i % n))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every reported group expands back to exactly the points that differ, each point
    /// in one group, and every point of a group has the group's old and new answer.
    #[test]
    fn the_grouping_is_lossless(
        a in proptest::collection::vec(gen_rule(), 0..6),
        b in proptest::collection::vec(gen_rule(), 0..6),
    ) {
        let space = space();
        let (ga, gb) = (grid(&space, spec(&a)), grid(&space, spec(&b)));
        let c = compare(&space, &ga, &gb);
        let expected = differing(&space, &ga, &gb);
        let got = c.expand(&space);
        prop_assert_eq!(&got, &expected);
        prop_assert_eq!(c.changed_points as usize, expected.len());
        prop_assert_eq!(c.points as usize, space.len());
        let n = space.shape().len();
        let mut seen = 0;
        for t in &c.tasks {
            for g in &t.groups {
                let points = g.expand(&space.shape());
                prop_assert_eq!(points.len() as u64, g.points);
                seen += points.len();
                for i in points {
                    prop_assert_eq!(ga.outcome(t.index * n + i), &g.old);
                    prop_assert_eq!(gb.outcome(t.index * n + i), &g.new);
                }
                prop_assert!(!g.fields.is_empty());
            }
        }
        prop_assert_eq!(seen, expected.len());
    }

    /// `diff A B` and `diff B A` report the same points with the sides swapped.
    #[test]
    fn swapping_the_sides_swaps_the_groups(
        a in proptest::collection::vec(gen_rule(), 0..6),
        b in proptest::collection::vec(gen_rule(), 0..6),
    ) {
        let space = space();
        let (ga, gb) = (grid(&space, spec(&a)), grid(&space, spec(&b)));
        let ab = compare(&space, &ga, &gb);
        let ba = compare(&space, &gb, &ga);
        prop_assert_eq!(ab.expand(&space), ba.expand(&space));
        let shape = space.shape();
        let key = |c: &Comparison, swap: bool| {
            let mut v: Vec<(usize, String, String, Vec<usize>)> = c
                .tasks
                .iter()
                .flat_map(|t| t.groups.iter().map(move |g| {
                    let (o, n) = if swap { (&g.new, &g.old) } else { (&g.old, &g.new) };
                    (t.index, format!("{o:?}"), format!("{n:?}"), g.expand(&shape))
                }))
                .collect();
            v.sort();
            v
        };
        prop_assert_eq!(key(&ab, false), key(&ba, true));
    }

    /// A rule set compared with itself has no differences.
    #[test]
    fn a_rule_set_against_itself_is_empty(a in proptest::collection::vec(gen_rule(), 0..6)) {
        let space = space();
        let s = spec(&a);
        let c = compare(&space, &grid(&space, s), &grid(&space, s));
        prop_assert_eq!(c.changed_points, 0);
        prop_assert!(c.tasks.is_empty());
    }
}

#[test]
fn one_kommune_rule_is_one_group_with_one_condition() {
    let space = space();
    let old = spec(&[]);
    let new = spec(&[Gen {
        task: 0,
        phase: vec![2],
        age: vec![],
        diagnosis: vec![],
        kommune: vec![0, 1],
        owner: true,
        shared: false,
        clause: None,
    }]);
    let c = compare(&space, &grid(&space, old), &grid(&space, new));
    assert_eq!(c.tasks.len(), 1);
    let g = &c.tasks[0].groups;
    assert_eq!(g.len(), 1);
    // The baseline names partners; the test rule names none.
    assert_eq!(g[0].fields, vec!["owner", "partners"]);
    // Every diagnosis and age, phase after, kommune Drammen and Hol.
    assert_eq!(
        g[0].cover,
        vec![[vec![0, 1, 2], vec![0, 1, 2, 3], vec![3], vec![1, 2]]]
    );
    assert_eq!(g[0].points, 3 * 4 * 2);
}
