//! The national LM task catalogue and its statutory baseline, generated at build time
//! from `schemas/catalogue.json` (the one place the task list is written).

// The generated code names whichever of these its rules use.
#[allow(unused_imports)]
use crate::model::{AgeGroup, Level, Phase};
use crate::rules::{Rule, When};

/// A task of the national catalogue.
#[derive(Debug)]
pub struct Task {
    pub id: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
    pub paragraph_6_2: &'static [u8],
    /// the legal basis: statutes only (shown as "rettsgrunnlag")
    pub basis: &'static [&'static str],
    /// guides, reports and other sources the allocation draws on, cited by title,
    /// publisher and year (shown as "kilder"); never law
    pub sources: &'static [&'static str],
    pub statute: Statute,
    /// Ordered: the first rule whose `when` matches decides; the last matches everything.
    pub baseline: &'static [Rule],
}

/// What the law itself demands of any allocation of a task.
#[derive(Debug)]
pub struct Statute {
    /// the only level the law allows to own the task (barnekoordinator: kommune)
    pub owner: Option<Level>,
    pub hf_must_take_part: bool,
    /// the HF's part during specialist care is statutory (sphl. § 3-8 første ledd nr.
    /// 4: the education of patients and pårørende): a rule that covers that phase must
    /// let the HF take part, while the kommune's follow-up before and after stays free
    pub hf_must_take_part_during: bool,
    pub kommune_must_take_part: bool,
    /// each level carries the duty for its own patients (hpl. § 10 a)
    pub both_levels_own_patients: bool,
}

#[derive(Debug)]
pub struct DiagnosisGroup {
    pub id: &'static str,
    pub name: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

pub fn task(id: &str) -> Option<&'static Task> {
    TASKS.get(task_index(id)?)
}

pub fn diagnosis_group(id: &str) -> Option<&'static DiagnosisGroup> {
    DIAGNOSIS_GROUPS.get(diagnosis_group_index(id)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_task_has_a_catch_all_baseline_rule() {
        for t in TASKS {
            let last = t.baseline.last().expect(t.id);
            assert!(
                last.when.is_any(),
                "{}: last rule {} has conditions",
                t.id,
                last.id
            );
        }
    }

    #[test]
    fn task_ids_are_unique_kebab_ascii() {
        let mut seen = std::collections::BTreeSet::new();
        for t in TASKS {
            assert!(seen.insert(t.id), "duplicate {}", t.id);
            assert!(
                t.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
    }

    #[test]
    fn baseline_never_lists_the_owner_as_contributor() {
        for t in TASKS {
            for r in t.baseline {
                assert!(!r.contributors.contains(&r.owner), "{}", r.id);
                assert_eq!(r.task, t.id);
            }
        }
    }

    #[test]
    fn baseline_obeys_the_statute() {
        for t in TASKS {
            for r in t.baseline {
                if let Err(why) =
                    crate::rules::statute_conflict(t, r.owner, r.contributors, r.when.phase, None)
                {
                    panic!("baseline rule {} breaks the statute: {why:?}", r.id);
                }
            }
        }
    }

    /// The baseline rule that answers each phase (and no phase) obeys the statute for
    /// that phase, whatever the diagnosis.
    #[test]
    fn baseline_obeys_the_statute_in_every_phase() {
        use crate::model::{Phase, Query};
        let mut diagnoses: Vec<Option<&str>> = vec![None];
        diagnoses.extend(DIAGNOSIS_GROUPS.iter().map(|g| Some(g.id)));
        for t in TASKS {
            for at in [
                None,
                Some(Phase::Before),
                Some(Phase::During),
                Some(Phase::After),
            ] {
                for d in &diagnoses {
                    let q = Query {
                        phase: at,
                        diagnosis: d.map(Into::into),
                        ..Query::task(t.id)
                    };
                    let r = t.baseline.iter().find(|r| r.when.matches(&q)).expect(t.id);
                    if let Err(why) =
                        crate::rules::statute_conflict(t, r.owner, r.contributors, &[], at)
                    {
                        panic!(
                            "baseline rule {} breaks the statute at {at:?}: {why:?}",
                            r.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(
            task("barnekoordinator").unwrap().statute.owner,
            Some(Level::Kommune)
        );
        assert!(task("no-such-task").is_none());
        assert!(diagnosis_group("kols").is_some());
        assert!(diagnosis_group("").is_none());
        for t in TASKS {
            assert!(std::ptr::eq(task(t.id).unwrap(), t), "{}", t.id);
        }
        for g in DIAGNOSIS_GROUPS {
            assert!(std::ptr::eq(diagnosis_group(g.id).unwrap(), g), "{}", g.id);
        }
    }
}
