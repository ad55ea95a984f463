//! The duties of a pathway as a whole, one function per legal duty: order and
//! handovers, discharge information (hol. § 6-2 nr. 2 and 5), children as pårørende
//! (hpl. § 10 a), individuell plan and koordinator (hol. §§ 7-1, 7-2), barnekoordinator
//! (hol. § 7-2 a), and the lead of a shared task (the rules in force).

use super::text::{finding, kind, step_pointer};
use super::{Role, Special};
use crate::catalogue::Task;
use crate::model::{AgeGroup, Finding, Level, Pathway, Phase, Severity, date_text};
use crate::msg;
use crate::region::RegionSpec;
use crate::rules;

fn rank(p: Phase) -> u8 {
    match p {
        Phase::Before => 0,
        Phase::During => 1,
        Phase::After => 2,
    }
}

/// Where a catalogue task the pathway-level rules look for is planned.
#[derive(Default, Clone, Copy)]
struct Planned {
    /// the first step with the task
    first: Option<usize>,
    hf: bool,
    kommune: bool,
}

impl Planned {
    fn add(&mut self, i: usize, level: Option<Level>) {
        self.first.get_or_insert(i);
        match level {
            Some(Level::Hf) => self.hf = true,
            Some(Level::Kommune) => self.kommune = true,
            None => {}
        }
    }

    fn by(&self, level: Level) -> bool {
        match level {
            Level::Hf => self.hf,
            Level::Kommune => self.kommune,
        }
    }
}

/// The duties of a pathway as a whole, one function each. One pass over the steps
/// notes what they ask about (and finds what is out of order on the way); the findings
/// come in the order of the duties.
pub(super) fn pathway_rules(
    p: &Pathway<'_>,
    roles: &[Role],
    special: &Special,
    out: &mut Vec<Finding>,
) {
    let notes = order_and_handovers(p, roles, special, out);
    discharge_information(p, roles, special, &notes, out);
    children_as_relatives(p, special, &notes, out);
    plan_and_coordinator(p, special, &notes, out);
    child_coordinator(p, roles, special, &notes, out);
}

/// What the pass over the steps notes for the duties.
struct Notes {
    /// which levels plan steps at all
    by: Planned,
    info: Planned,
    children: Planned,
    plan: Planned,
    coordinator: Planned,
    child_coordinator: Planned,
    /// the first step during specialist care, and the first after it
    first_during: Option<usize>,
    first_after: Option<usize>,
}

/// The pass over the steps: dates and phases never go back (a readmission is a new
/// stay), and a handover carries information. Returns what the other duties ask about.
fn order_and_handovers(
    p: &Pathway<'_>,
    roles: &[Role],
    special: &Special,
    out: &mut Vec<Finding>,
) -> Notes {
    let mut by = Planned::default();
    let mut info = Planned::default();
    let mut children = Planned::default();
    let mut plan = Planned::default();
    let mut coordinator = Planned::default();
    let mut child_coordinator = Planned::default();
    let mut first_during = None;
    let mut first_after = None;

    let mut last_date: Option<(usize, u32)> = None;
    let mut last_phase: Option<(usize, Phase)> = None;
    for (i, s) in p.steps.iter().enumerate() {
        by.add(i, s.planned);
        match roles[i] {
            Role::Other => {}
            Role::DischargeInfo => info.add(i, s.planned),
            Role::ChildrenAsRelatives => children.add(i, s.planned),
            Role::IndividualPlan => plan.add(i, s.planned),
            Role::Coordinator => coordinator.add(i, s.planned),
            Role::ChildCoordinator => child_coordinator.add(i, s.planned),
        }
        match s.phase {
            Some(Phase::During) => {
                first_during.get_or_insert(i);
            }
            Some(Phase::After) if first_during.is_some() => {
                first_after.get_or_insert(i);
            }
            _ => {}
        }
        if let Some(date) = s.date {
            if let Some((j, prev)) = last_date
                && date < prev
            {
                out.push(finding(
                    kind!("date-out-of-order"),
                    Severity::Error,
                    step_pointer(i, "/date"),
                    msg!(
                        "plugin-date-out-of-order",
                        step = s.id,
                        date = date_text(date),
                        previous = p.steps[j].id,
                        previous_date = date_text(prev),
                    ),
                    None,
                    msg!("plugin-date-out-of-order-help"),
                ));
            }
            last_date = Some((i, date));
        }
        if let Some(phase) = s.phase {
            if let Some((j, prev)) = last_phase
                && rank(phase) < rank(prev)
            {
                out.push(finding(
                    kind!("phase-out-of-order"),
                    Severity::Warning,
                    step_pointer(i, "/phase"),
                    msg!(
                        "plugin-phase-out-of-order",
                        step = s.id,
                        phase = phase,
                        previous = p.steps[j].id,
                        previous_phase = prev,
                    ),
                    None,
                    msg!("plugin-phase-out-of-order-help"),
                ));
            }
            last_phase = Some((i, phase));
        }
        if let Some(h) = s.handover
            && !h.information
        {
            out.push(finding(
                kind!("handover-without-information"),
                Severity::Error,
                step_pointer(i, "/handover/information"),
                msg!(
                    "plugin-handover-without-information",
                    step = s.id,
                    level = h.to
                ),
                special.discharge_info,
                msg!("plugin-handover-without-information-help"),
            ));
        }
    }

    Notes {
        by,
        info,
        children,
        plan,
        coordinator,
        child_coordinator,
        first_during,
        first_after,
    }
}

/// Discharge (hol. § 6-2 nr. 2 and 5): a stay in specialist care followed by care after
/// it needs the HF to tell the patient about the municipal LM offers, before or at the
/// first step after the stay.
fn discharge_information(
    p: &Pathway<'_>,
    roles: &[Role],
    special: &Special,
    notes: &Notes,
    out: &mut Vec<Finding>,
) {
    if let (Some(first_during), Some(first_after)) = (notes.first_during, notes.first_after) {
        match notes.info.first {
            None => out.push(finding(
                kind!("discharge-information-missing"),
                Severity::Error,
                step_pointer(first_after, ""),
                msg!(
                    "plugin-discharge-information-missing",
                    step = p.steps[first_after].id
                ),
                special.discharge_info,
                msg!("plugin-discharge-information-missing-help"),
            )),
            // The information must be somewhere from admission up to the first step
            // after discharge.
            Some(first_info) => {
                if !roles[first_during..=first_after].contains(&Role::DischargeInfo) {
                    out.push(finding(
                        kind!("discharge-information-out-of-order"),
                        Severity::Warning,
                        step_pointer(first_info, ""),
                        msg!(
                            "plugin-discharge-information-out-of-order",
                            step = p.steps[first_info].id,
                            admission = p.steps[first_during].id,
                            after = p.steps[first_after].id,
                        ),
                        special.discharge_info,
                        msg!("plugin-discharge-information-out-of-order-help"),
                    ));
                }
            }
        }
    }
}

/// Minor children (hpl. § 10 a): each level addresses them for its own patients.
fn children_as_relatives(
    p: &Pathway<'_>,
    special: &Special,
    notes: &Notes,
    out: &mut Vec<Finding>,
) {
    if p.minor_children {
        for level in [Level::Hf, Level::Kommune] {
            if notes.by.by(level) && !notes.children.by(level) {
                out.push(finding(
                    kind!("children-not-addressed"),
                    Severity::Error,
                    "/patient/minor_children".into(),
                    msg!("plugin-children-not-addressed", level = level),
                    special.children_as_relatives,
                    msg!("plugin-children-not-addressed-help", level = level),
                ));
            }
        }
    }
}

/// Long-term needs from both levels (hol. §§ 7-1, 7-2): an individuell plan and a
/// koordinator, with the kommune responsible.
fn plan_and_coordinator(p: &Pathway<'_>, special: &Special, notes: &Notes, out: &mut Vec<Finding>) {
    if p.long_term_needs && notes.by.hf && notes.by.kommune {
        for (planned, basis, what, missing, elsewhere) in [
            (
                notes.plan,
                special.individual_plan,
                "individuell-plan",
                kind!("individuell-plan-missing"),
                kind!("individuell-plan-not-in-kommune"),
            ),
            (
                notes.coordinator,
                special.coordinator,
                "koordinator",
                kind!("koordinator-missing"),
                kind!("koordinator-not-in-kommune"),
            ),
        ] {
            match planned.first {
                None => out.push(finding(
                    missing,
                    Severity::Error,
                    "/patient/long_term_needs".into(),
                    msg!("plugin-coordination-missing", what = what),
                    basis,
                    msg!("plugin-coordination-missing-help", what = what),
                )),
                Some(first) if !planned.kommune => out.push(finding(
                    elsewhere,
                    Severity::Error,
                    step_pointer(first, "/planned_owner"),
                    msg!(
                        "plugin-coordination-not-in-kommune",
                        what = what,
                        step = p.steps[first].id,
                    ),
                    basis,
                    msg!("plugin-coordination-not-in-kommune-help"),
                )),
                Some(_) => {}
            }
        }
    }
}

/// Barnekoordinator (hol. § 7-2 a): for families of a child, or expecting one; the
/// kommune alone (the step verdict says wrong-level when planned by the hf).
fn child_coordinator(
    p: &Pathway<'_>,
    roles: &[Role],
    special: &Special,
    notes: &Notes,
    out: &mut Vec<Finding>,
) {
    if let Some(first) = notes.child_coordinator.first
        && let Some(age @ (AgeGroup::Adult | AgeGroup::Elderly)) = p.age
        && !p.expecting_child
    {
        for i in (first..p.steps.len()).filter(|&i| roles[i] == Role::ChildCoordinator) {
            out.push(finding(
                kind!("barnekoordinator-not-child"),
                Severity::Warning,
                step_pointer(i, "/task"),
                msg!(
                    "plugin-barnekoordinator-not-child",
                    step = p.steps[i].id,
                    age = age
                ),
                special.child_coordinator,
                msg!("plugin-barnekoordinator-not-child-help"),
            ));
        }
    }
}

/// A shared task planned only by the level that contributes, in a phase where the
/// other level leads: the lead's part is missing from the plan. A warning, or an error
/// where the law gives the lead its part (a duty that cannot be agreed away).
pub(super) fn lead_missing(
    spec: &RegionSpec,
    p: &Pathway<'_>,
    tasks: &[u32],
    contributed: &[(usize, &'static Task, &'static rules::Rule)],
    out: &mut Vec<Finding>,
) {
    for &(i, task, rule) in contributed {
        let step = &p.steps[i];
        let lead = rule.owner;
        let led = p
            .steps
            .iter()
            .zip(tasks)
            .any(|(s, &t)| t == tasks[i] && s.phase == step.phase && s.planned == Some(lead));
        if led {
            continue;
        }
        let s = &task.statute;
        let statutory = s.owner == Some(lead)
            || match lead {
                Level::Hf => {
                    s.hf_must_take_part
                        || (s.hf_must_take_part_during && step.phase == Some(Phase::During))
                }
                Level::Kommune => s.kommune_must_take_part,
            };
        let clause = match rule.clause {
            Some(c) => c.to_string(),
            None => spec.local_clause(task.paragraph_6_2),
        };
        let contributor = lead.other();
        let phase = step.phase.map_or("none", |ph| ph.id());
        out.push(finding(
            kind!("lead-missing"),
            if statutory {
                Severity::Error
            } else {
                Severity::Warning
            },
            step_pointer(i, "/planned_owner"),
            msg!(
                "plugin-lead-missing",
                step = step.id,
                task = task.id,
                contributor = contributor,
                phase = phase,
                lead = lead,
                clause = clause,
                rule = rule.id,
                statutory = statutory,
            ),
            Some(task),
            msg!("plugin-lead-missing-help", task = task.id, lead = lead),
        ));
    }
}
