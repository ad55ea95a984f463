//! Checks every region crate runs in its unit tests, written once.

use crate::catalogue::{self, DIAGNOSIS_GROUPS, TASKS};
use crate::model::{AgeGroup, Phase, Query};
use crate::region::{Exports, Region, RegionSpec};
use crate::rules;

/// Asks `region` about every task in every phase, age group and diagnosis group (each
/// also unset) for each of `kommuner` (`None`: no kommune), and panics at the first
/// ruling that is refused, malformed, rests on a regional rule set aside for breaking the
/// law, or breaks the statute; and unless the compiled rules of pathway batches decide
/// as [`rules::decide_task`] does. Returns how many points it asked about.
pub fn every_point_answers_within_the_statute(
    region: &dyn Region,
    kommuner: &[Option<&str>],
) -> usize {
    let spec = region.spec();
    let plan = crate::plan::Plan::new(spec);
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
    let mut diagnoses: Vec<Option<&str>> = vec![None];
    diagnoses.extend(DIAGNOSIS_GROUPS.iter().map(|g| Some(g.id)));
    let mut points = 0;
    for task in TASKS {
        for kommune in kommuner {
            for phase in phases {
                for age in ages {
                    for d in &diagnoses {
                        let q = Query {
                            task: task.id.into(),
                            kommune: kommune.map(Into::into),
                            diagnosis: d.map(Into::into),
                            age,
                            phase,
                        };
                        let r = region.who(&q).unwrap_or_else(|e| panic!("{q:?}: {e}"));
                        assert_eq!(r.task, task.id);
                        assert!(!r.contributors.contains(&r.owner), "{}", r.rule);
                        assert_eq!(r.shared, !r.contributors.is_empty());
                        assert!(!r.basis.is_empty() && !r.clause.is_empty() && !r.note.is_empty());
                        assert!(
                            !r.caveats.iter().any(|c| c.contains("satt til side")),
                            "{}: a regional rule was set aside: {:?}",
                            r.rule,
                            r.caveats
                        );
                        rules::statute_conflict(task, r.owner, &r.contributors, &[], phase)
                            .unwrap_or_else(|why| panic!("{}: {why:?}", r.rule));
                        crate::plan::assert_agrees(spec, &plan, task, &q);
                        points += 1;
                    }
                }
            }
        }
    }
    points
}

/// Panics unless every regional rule names a catalogue task, a known diagnosis group
/// and kommuner of the region, and has a unique id starting with the region's id.
pub fn rules_are_well_formed(spec: &RegionSpec) {
    let mut ids = std::collections::BTreeSet::new();
    let kommuner = spec.kommuner();
    for r in spec.rules {
        assert!(
            catalogue::task(r.task).is_some(),
            "{}: unknown task {}",
            r.id,
            r.task
        );
        assert!(ids.insert(r.id), "duplicate rule id {}", r.id);
        assert!(r.id.starts_with(&format!("{}/", spec.id)), "{}", r.id);
        for d in r.when.diagnosis {
            assert!(
                catalogue::diagnosis_group(d).is_some(),
                "{}: unknown diagnosis {d}",
                r.id
            );
        }
        for k in r.when.kommune {
            assert!(
                kommuner.iter().any(|x| x == k),
                "{}: kommune {k} is not in the region",
                r.id
            );
        }
    }
}

/// What every region answers the same way, through the SDK: a task without regional
/// rules (barnekoordinator: the law gives it to the kommune) falls back to the national
/// baseline and says so; an unknown task or diagnosis is an error; the trace ends with
/// the deciding rule.
pub fn answers_like_every_region(region: &dyn Region) {
    let r = region
        .who(&Query::task("barnekoordinator"))
        .expect("barnekoordinator is in the catalogue");
    assert_eq!(r.source, crate::model::RuleSource::Baseline);
    assert_eq!(r.owner, crate::model::Level::Kommune);
    assert!(r.note.contains("Nasjonal basis"), "{}", r.note);
    assert!(r.clause.contains("hol. § 6-2 nr. 13"), "{}", r.clause);
    assert_eq!(
        region.who(&Query::task("lm-netverk")),
        Err(crate::model::QueryError::UnknownTask("lm-netverk".into()))
    );
    assert_eq!(
        region.who(&Query::task("lm-nettverk").diagnosis("influensa")),
        Err(crate::model::QueryError::UnknownDiagnosis(
            "influensa".into()
        ))
    );
    let r = region
        .who(&Query::task("individuell-opplaering").phase(Phase::After))
        .expect("a catalogue task");
    assert!(
        r.trace.last().is_some_and(|t| t.contains(&r.rule)),
        "{:?}",
        r.trace
    );
}

/// Asks `region` and panics, naming the query, if it does not answer.
pub fn who(region: &dyn Region, q: Query) -> crate::model::Ruling {
    region.who(&q).unwrap_or_else(|e| panic!("{q:?}: {e}"))
}
