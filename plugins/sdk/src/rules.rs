//! Rules as data, and the one evaluator that turns a query into a ruling.
//!
//! A region's own rules are tried first, in order; the first whose conditions match
//! decides. Otherwise the national baseline of the task decides (its last rule matches
//! everything, so every query gets exactly one answer). A regional rule that would break
//! the statute is set aside, the baseline decides, and the note says why: the law wins.

use crate::catalogue::{self, Task};
use crate::kommuner::{self, Kommune, Membership};
use crate::model::{
    AgeGroup, Level, Phase, Query, QueryError, RULING_NOT_KEPT, RuleSource, Ruling,
};
use crate::region::RegionSpec;

/// One allocation rule: for `task`, when the conditions hold, `owner` leads.
#[derive(Debug)]
pub struct Rule {
    /// stable id, `<region or task>/<name>`, shown by `--explain`
    pub id: &'static str,
    pub task: &'static str,
    pub when: When,
    /// the owner; for a shared task the lead
    pub owner: Level,
    /// other levels that share the task; non-empty means shared ("delt")
    pub contributors: &'static [Level],
    pub partners: &'static [&'static str],
    /// the local clause; `None` means "the region's TA for the task's § 6-2 items"
    pub clause: Option<&'static str>,
    /// sources beyond the task's own: the local agreement, report or article the rule
    /// rests on, cited by title, publisher and year (never law: the law is the task's)
    pub sources: &'static [&'static str],
    /// why, in Norwegian bokmål
    pub note: &'static str,
    /// set when the rule rests on a fact not verified in a published source
    pub caveat: Option<&'static str>,
}

/// Conditions of a rule. An empty list means "any value".
#[derive(Debug)]
pub struct When {
    pub phase: &'static [Phase],
    pub age: &'static [AgeGroup],
    pub diagnosis: &'static [&'static str],
    /// kommunenummer
    pub kommune: &'static [&'static str],
}

impl When {
    pub const ANY: When = When {
        phase: &[],
        age: &[],
        diagnosis: &[],
        kommune: &[],
    };

    pub fn is_any(&self) -> bool {
        self.phase.is_empty()
            && self.age.is_empty()
            && self.diagnosis.is_empty()
            && self.kommune.is_empty()
    }

    /// Whether the query satisfies every condition (the hot path: no text built).
    pub fn matches(&self, q: &Query) -> bool {
        fn dim<T: PartialEq>(want: &[T], got: Option<&T>) -> bool {
            want.is_empty() || got.is_some_and(|v| want.contains(v))
        }
        dim(self.phase, q.phase.as_ref())
            && dim(self.age, q.age.as_ref())
            && (self.diagnosis.is_empty()
                || q.diagnosis
                    .as_deref()
                    .is_some_and(|d| self.diagnosis.contains(&d)))
            && (self.kommune.is_empty()
                || q.kommune
                    .as_deref()
                    .is_some_and(|k| self.kommune.contains(&k)))
    }

    /// `Ok(())` when the query satisfies every condition, else why not (Norwegian).
    pub fn check(&self, q: &Query) -> Result<(), String> {
        fn dim<T: PartialEq>(
            name: &str,
            want: &[T],
            got: Option<&T>,
            show: impl Fn(&T) -> String,
        ) -> Result<(), String> {
            if want.is_empty() {
                return Ok(());
            }
            let wanted = want.iter().map(&show).collect::<Vec<_>>().join("|");
            match got {
                None => Err(format!("{name} ikke oppgitt (krever {wanted})")),
                Some(v) if want.contains(v) => Ok(()),
                Some(v) => Err(format!("{name} er {} (krever {wanted})", show(v))),
            }
        }
        dim("fase", self.phase, q.phase.as_ref(), |p| p.id().to_string())?;
        dim("alder", self.age, q.age.as_ref(), |a| a.id().to_string())?;
        let diagnosis = q.diagnosis.as_deref();
        dim("diagnose", self.diagnosis, diagnosis.as_ref(), |d| {
            d.to_string()
        })?;
        let kommune = q.kommune.as_deref();
        dim("kommune", self.kommune, kommune.as_ref(), |k| k.to_string())
    }

    fn describe(&self) -> String {
        let mut parts = Vec::new();
        let join = |v: Vec<&str>| v.join("|");
        if !self.phase.is_empty() {
            parts.push(format!(
                "fase={}",
                join(self.phase.iter().map(|p| p.id()).collect())
            ));
        }
        if !self.age.is_empty() {
            parts.push(format!(
                "alder={}",
                join(self.age.iter().map(|a| a.id()).collect())
            ));
        }
        if !self.diagnosis.is_empty() {
            parts.push(format!("diagnose={}", join(self.diagnosis.to_vec())));
        }
        if !self.kommune.is_empty() {
            parts.push(format!("kommune={}", join(self.kommune.to_vec())));
        }
        if parts.is_empty() {
            "alltid".to_string()
        } else {
            parts.join(", ")
        }
    }
}

/// How an allocation breaks what the law demands of a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// the law gives the task to this level alone
    SoleOwner(Level),
    /// the HF cannot agree its duty away
    HfMustTakePart,
    /// training during specialist care is the HF's duty by law
    HfDuring,
    /// the kommune cannot agree its duty away
    KommuneMustTakePart,
    /// each level carries the duty in full for its own patients: it cannot be shared
    OwnPatientsShared,
    /// in this phase the patient is this level's patient, whose duty it is
    OwnPatientsPhase(Phase, Level),
}

impl Conflict {
    /// The conflict's id, as the catalogue's `plugin-statute-conflict` selects on it.
    pub fn id(self) -> &'static str {
        match self {
            Conflict::SoleOwner(_) => "sole-owner",
            Conflict::HfMustTakePart => "hf-must-take-part",
            Conflict::HfDuring => "hf-during",
            Conflict::KommuneMustTakePart => "kommune-must-take-part",
            Conflict::OwnPatientsShared => "own-patients-shared",
            Conflict::OwnPatientsPhase(..) => "own-patients-phase",
        }
    }

    /// The level the law names, where the conflict names one.
    pub fn level(self) -> Option<Level> {
        match self {
            Conflict::SoleOwner(l) | Conflict::OwnPatientsPhase(_, l) => Some(l),
            _ => None,
        }
    }

    /// The phase asked about, where the conflict depends on it.
    pub fn phase(self) -> Option<Phase> {
        match self {
            Conflict::OwnPatientsPhase(p, _) => Some(p),
            _ => None,
        }
    }

    /// The conflict in Norwegian, for the rule chain of a ruling (which the plugin
    /// writes in bokmål); `law` is the task's legal basis.
    pub fn nb(self, law: &str) -> String {
        match self {
            Conflict::SoleOwner(level) => {
                format!(
                    "loven legger oppgaven til {} alene ({law})",
                    level.name_nb()
                )
            }
            Conflict::HfMustTakePart => {
                format!("helseforetaket kan ikke avtale seg bort fra plikten ({law})")
            }
            Conflict::HfDuring => format!(
                "opplæringen under spesialisthelsetjenesten er helseforetakets lovpålagte oppgave og kan ikke avtales bort ({law}); oppfølgingen i kommunen før og etter kan ligge hos kommunen alene"
            ),
            Conflict::KommuneMustTakePart => {
                format!("kommunen kan ikke avtale seg bort fra plikten ({law})")
            }
            Conflict::OwnPatientsShared => format!(
                "hvert nivå har plikten fullt ut for sine egne pasienter ({law}); den kan ikke gjøres til en delt oppgave der ett nivå leder"
            ),
            Conflict::OwnPatientsPhase(phase, own) => format!(
                "i fasen «{}» er pasienten {} pasient, og plikten for egne pasienter ligger hos {} ({law})",
                phase.id(),
                match own {
                    Level::Hf => "helseforetakets",
                    Level::Kommune => "kommunens",
                },
                own.name_nb(),
            ),
        }
    }
}

/// How an allocation breaks what the law demands of `task`, if it does.
///
/// `phases` are the phases the allocation covers (empty: all of them, as in [`When`]);
/// `at` is the phase asked about, when known, and the check is then made for that phase
/// alone. An agreement clause names no phase: it covers them all.
pub fn statute_conflict(
    task: &Task,
    owner: Level,
    contributors: &[Level],
    phases: &[Phase],
    at: Option<Phase>,
) -> Result<(), Conflict> {
    let s = &task.statute;
    let takes_part = |l: Level| owner == l || contributors.contains(&l);
    let covers = |p: Phase| match at {
        Some(asked) => asked == p,
        None => phases.is_empty() || phases.contains(&p),
    };
    if let Some(required) = s.owner
        && owner != required
    {
        return Err(Conflict::SoleOwner(required));
    }
    if s.hf_must_take_part && !takes_part(Level::Hf) {
        return Err(Conflict::HfMustTakePart);
    }
    if s.hf_must_take_part_during && covers(Phase::During) && !takes_part(Level::Hf) {
        return Err(Conflict::HfDuring);
    }
    if s.kommune_must_take_part && !takes_part(Level::Kommune) {
        return Err(Conflict::KommuneMustTakePart);
    }
    if s.both_levels_own_patients && s.owner.is_none() {
        if !contributors.is_empty() {
            return Err(Conflict::OwnPatientsShared);
        }
        // Whose patient it is depends on the phase: in specialist care the HF's.
        if let Some(p) = at {
            let own = if p == Phase::During {
                Level::Hf
            } else {
                Level::Kommune
            };
            if owner != own {
                return Err(Conflict::OwnPatientsPhase(p, own));
            }
        }
    }
    Ok(())
}

/// What decided a query, before any text is built: the fast path of pathway batches
/// uses it directly, [`evaluate`] turns it into a [`Ruling`].
#[derive(Clone, Debug)]
pub struct Decision {
    pub task: &'static Task,
    pub rule: &'static Rule,
    pub source: RuleSource,
    /// the kommune and its membership, when the sources do not settle it (a caveat)
    pub unsettled: Option<(&'static Kommune, &'static Membership)>,
    /// regional rules set aside because they break the statute, with why (Norwegian)
    pub set_aside: Vec<(&'static Rule, String)>,
}

impl Decision {
    /// Two decisions with the same key give the same ruling (trace aside).
    pub fn key(&self) -> (usize, usize, usize, usize) {
        let aside = self.set_aside.iter().fold(0usize, |h, (r, _)| {
            h.rotate_left(7) ^ (*r as *const Rule as usize)
        });
        (
            self.task as *const Task as usize,
            self.rule as *const Rule as usize,
            self.unsettled
                .map_or(0, |(k, _)| k as *const Kommune as usize),
            aside,
        )
    }
}

impl Decision {
    /// The key under which the host may keep this decision's ruling across batches: the
    /// task, the rule and the unsettled kommune by their places in the plugin's static
    /// tables, so one key is one ruling for as long as the plugin is loaded. A decision
    /// that set regional rules aside is not kept (its note says why, rule by rule).
    pub fn ruling_key(&self, spec: &RegionSpec) -> u64 {
        if !self.set_aside.is_empty() {
            return RULING_NOT_KEPT;
        }
        let place = |all: &[Rule]| all.iter().position(|r| std::ptr::eq(r, self.rule));
        let (region, rule) = match self.source {
            RuleSource::Region => (1, place(spec.rules)),
            RuleSource::Baseline => (0, place(self.task.baseline)),
        };
        let task = catalogue::TASKS
            .iter()
            .position(|t| std::ptr::eq(t, self.task));
        let kommune = match self.unsettled {
            None => Some(0),
            Some((k, _)) => kommuner::KOMMUNER
                .iter()
                .position(|x| std::ptr::eq(x, k))
                .map(|i| i + 1),
        };
        match (task, rule, kommune) {
            // task: 20 bits, region or baseline: 1, rule: 19, kommune: 24.
            (Some(t), Some(r), Some(k)) if t < 1 << 20 && r < 1 << 19 && k < 1 << 24 => {
                (t as u64) << 44 | region << 43 | (r as u64) << 24 | k as u64
            }
            _ => RULING_NOT_KEPT,
        }
    }
}

/// Checks that `kommune` belongs to the region, as the register says (settled or not).
pub fn member(
    spec: &RegionSpec,
    number: &str,
) -> Result<(&'static Kommune, &'static Membership), QueryError> {
    kommuner::by_number(number)
        .and_then(|k| kommuner::membership(k, spec.id).map(|m| (k, m)))
        .ok_or_else(|| QueryError::KommuneNotInRegion(number.to_string()))
}

/// Picks the rule that answers `q`; `trace` collects the rule chain when given.
pub fn decide(
    spec: &RegionSpec,
    q: &Query,
    mut trace: Option<&mut Vec<String>>,
) -> Result<Decision, QueryError> {
    let task = catalogue::task(&q.task).ok_or_else(|| QueryError::UnknownTask(q.task.clone()))?;
    if let Some(d) = &q.diagnosis
        && catalogue::diagnosis_group(d).is_none()
    {
        return Err(QueryError::UnknownDiagnosis(d.clone()));
    }
    let mut unsettled = None;
    if let Some(number) = &q.kommune {
        let (k, m) = member(spec, number)?;
        if let Some(t) = trace.as_deref_mut() {
            t.push(format!(
                "kommune {} {} hører til {}",
                k.number, k.name, spec.id
            ));
        }
        if !m.settled {
            unsettled = Some((k, m));
        }
    }
    decide_task(spec, task, q, unsettled, trace)
}

/// [`decide`] for a task and kommune already looked up.
pub fn decide_task(
    spec: &RegionSpec,
    task: &'static Task,
    q: &Query,
    unsettled: Option<(&'static Kommune, &'static Membership)>,
    mut trace: Option<&mut Vec<String>>,
) -> Result<Decision, QueryError> {
    let mut set_aside = Vec::new();
    let regional = spec.rules.iter().filter(|r| r.task == task.id);
    let check = |rule: &Rule, tracing: bool| {
        if tracing {
            rule.when.check(q)
        } else if rule.when.matches(q) {
            Ok(())
        } else {
            Err(String::new())
        }
    };
    for rule in regional {
        match check(rule, trace.is_some()) {
            Ok(()) => {
                if let Err(conflict) = statute_conflict(
                    task,
                    rule.owner,
                    rule.contributors,
                    rule.when.phase,
                    q.phase,
                ) {
                    let why = conflict.nb(&task.basis.join("; "));
                    if let Some(t) = trace.as_deref_mut() {
                        t.push(format!("regel {}: satt til side fordi {why}", rule.id));
                    }
                    set_aside.push((rule, why));
                    continue;
                }
                if let Some(t) = trace.as_deref_mut() {
                    t.push(format!(
                        "regel {} ({}): gjelder",
                        rule.id,
                        rule.when.describe()
                    ));
                }
                return Ok(Decision {
                    task,
                    rule,
                    source: RuleSource::Region,
                    unsettled,
                    set_aside,
                });
            }
            Err(why) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.push(format!("regel {}: gjelder ikke, {why}", rule.id));
                }
            }
        }
    }
    if let Some(t) = trace.as_deref_mut() {
        t.push(format!(
            "ingen regional regel gjelder; nasjonal basis for {}",
            task.id
        ));
    }
    for rule in task.baseline {
        match check(rule, trace.is_some()) {
            Ok(()) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.push(format!(
                        "regel {} ({}): gjelder",
                        rule.id,
                        rule.when.describe()
                    ));
                }
                return Ok(Decision {
                    task,
                    rule,
                    source: RuleSource::Baseline,
                    unsettled,
                    set_aside,
                });
            }
            Err(why) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.push(format!("regel {}: gjelder ikke, {why}", rule.id));
                }
            }
        }
    }
    // The catalogue build guarantees a catch-all last baseline rule; say so if not.
    Err(QueryError::InvalidQuery(format!(
        "no rule of the catalogue answers task `{}`",
        task.id
    )))
}

/// Answers `q` under `spec`'s rules on top of the national baseline.
pub fn evaluate(spec: &RegionSpec, q: &Query) -> Result<Ruling, QueryError> {
    let mut trace = Vec::new();
    let d = decide(spec, q, Some(&mut trace))?;
    Ok(ruling(spec, &d, trace))
}

/// The ruling a decision stands for, with `trace` as its rule chain.
pub fn ruling(spec: &RegionSpec, d: &Decision, trace: Vec<String>) -> Ruling {
    let (task, rule, source) = (d.task, d.rule, d.source);
    let mut caveats = Vec::new();
    if let Some((k, m)) = d.unsettled {
        caveats.push(format!(
            "{} ({}) er tatt med i {} selv om kildene ikke avgjør tilhørigheten{}; kan endres i schemas/kommuner.json.",
            k.name,
            k.number,
            spec.id,
            m.note.map(|n| format!(": {n}")).unwrap_or_default()
        ));
    }
    for (r, why) in &d.set_aside {
        caveats.push(format!(
            "Regional regel {} er satt til side: {why}. Loven går foran avtalen.",
            r.id
        ));
    }
    let basis: Vec<String> = task.basis.iter().map(|b| b.to_string()).collect();
    let mut sources: Vec<String> = task.sources.iter().map(|b| b.to_string()).collect();
    for b in rule.sources {
        if !sources.iter().any(|x| x == b) {
            sources.push(b.to_string());
        }
    }
    if let Some(c) = rule.caveat {
        caveats.push(c.to_string());
    }
    let clause = match rule.clause {
        Some(c) => c.to_string(),
        None => {
            if let Some(c) = spec.local_ta_caveat {
                caveats.push(c.to_string());
            }
            spec.local_clause(task.paragraph_6_2)
        }
    };
    let mut note = rule.note.to_string();
    if source == RuleSource::Baseline {
        note.push_str(" (Nasjonal basis: regionens avtaler sier ikke noe eget om oppgaven.)");
    }
    Ruling {
        task: task.id.to_string(),
        owner: rule.owner,
        shared: !rule.contributors.is_empty(),
        contributors: rule.contributors.to_vec(),
        partners: rule.partners.iter().map(|p| p.to_string()).collect(),
        paragraph_6_2: task.paragraph_6_2.to_vec(),
        clause,
        basis,
        sources,
        own_patients: task.statute.both_levels_own_patients && task.statute.owner.is_none(),
        rule: rule.id.to_string(),
        source,
        note,
        caveats,
        trace,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{DIAGNOSIS_GROUPS, TASKS};

    /// The fast condition test and the one that explains agree everywhere.
    #[test]
    fn matches_agrees_with_check() {
        let mut diagnoses: Vec<Option<&str>> = vec![None];
        diagnoses.extend(DIAGNOSIS_GROUPS.iter().map(|g| Some(g.id)));
        for task in TASKS {
            for rule in task.baseline {
                for phase in [
                    None,
                    Some(Phase::Before),
                    Some(Phase::During),
                    Some(Phase::After),
                ] {
                    for age in [None, Some(AgeGroup::Child), Some(AgeGroup::Elderly)] {
                        for d in &diagnoses {
                            let q = Query {
                                task: task.id.into(),
                                kommune: Some("4601".into()),
                                diagnosis: d.map(Into::into),
                                age,
                                phase,
                            };
                            assert_eq!(
                                rule.when.matches(&q),
                                rule.when.check(&q).is_ok(),
                                "{}",
                                rule.id
                            );
                        }
                    }
                }
            }
        }
    }
}

/// Duties the law sets, which no regional rule or agreement may narrow (the issue
/// "right on the law": each of these let a rule through before).
#[cfg(test)]
mod statute_tests {
    use super::*;
    use crate::model::{Agreement, AgreementStatus, Clause};

    const fn rule(
        id: &'static str,
        task: &'static str,
        phase: &'static [Phase],
        owner: Level,
        contributors: &'static [Level],
    ) -> Rule {
        Rule {
            id,
            task,
            when: When {
                phase,
                age: &[],
                diagnosis: &[],
                kommune: &[],
            },
            owner,
            contributors,
            partners: &[],
            clause: None,
            sources: &[],
            note: "Test.",
            caveat: None,
        }
    }

    static SPEC: RegionSpec = RegionSpec {
        id: "helse-bergen",
        name: "Test",
        rhf: "Helse Vest RHF",
        hf_parties: &["Test HF"],
        agreements: &[],
        local_ta: &[(2, "TA 2")],
        local_ta_caveat: None,
        requires_user_representation: false,
        rules: &[
            rule(
                "test/ip-kommune-alene",
                "individuell-plan",
                &[],
                Level::Kommune,
                &[],
            ),
            rule(
                "test/kols-kommune-alene",
                "kols-opplaering",
                &[],
                Level::Kommune,
                &[],
            ),
            rule(
                "test/hjerte-etter",
                "hjerterehab-lm",
                &[Phase::After],
                Level::Kommune,
                &[],
            ),
            rule(
                "test/hjerte-kommune-alene",
                "hjerterehab-lm",
                &[],
                Level::Kommune,
                &[],
            ),
            rule(
                "test/barn-delt",
                "barn-som-parorende-kartlegging",
                &[],
                Level::Kommune,
                &[Level::Hf],
            ),
        ],
    };

    fn set_aside(q: Query) -> bool {
        let r = evaluate(&SPEC, &q).unwrap();
        r.caveats.iter().any(|c| c.contains("satt til side"))
    }

    /// The clause of an agreement that gives `task` to `owner` (with `contributors`).
    fn clause_conflicts(task: &str, owner: Level, contributors: &[Level]) -> bool {
        let a = Agreement {
            id: "test".into(),
            kind: "tjenesteavtale".into(),
            status: AgreementStatus::Draft,
            region: "helse-bergen".into(),
            paragraph_6_2: vec![],
            local_ta: vec![],
            parents: vec![],
            user_representation: None,
            clauses: vec![Clause {
                index: 0,
                task: task.into(),
                owner,
                shared: !contributors.is_empty(),
                contributors: contributors.to_vec(),
                ta_reference: None,
                shared_measure: None,
            }],
        };
        crate::agreement::check(&SPEC, &a)
            .iter()
            .any(|f| f.code == "statute-conflict")
    }

    #[test]
    fn individuell_plan_cannot_be_given_to_the_kommune_alone() {
        assert!(set_aside(Query::task("individuell-plan")));
        let r = evaluate(&SPEC, &Query::task("individuell-plan")).unwrap();
        assert!(r.contributors.contains(&Level::Hf), "{r:?}");
        assert!(clause_conflicts("individuell-plan", Level::Kommune, &[]));
        assert!(!clause_conflicts(
            "individuell-plan",
            Level::Kommune,
            &[Level::Hf]
        ));
    }

    #[test]
    fn the_hfs_education_during_specialist_care_cannot_be_agreed_away() {
        for task in ["kols-opplaering", "hjerterehab-lm"] {
            // Wholly to the kommune: set aside where it covers specialist care.
            assert!(set_aside(Query::task(task).phase(Phase::During)), "{task}");
            assert!(set_aside(Query::task(task)), "{task}");
            let r = evaluate(&SPEC, &Query::task(task).phase(Phase::During)).unwrap();
            assert!(
                r.owner == Level::Hf || r.contributors.contains(&Level::Hf),
                "{r:?}"
            );
            assert!(clause_conflicts(task, Level::Kommune, &[]), "{task}");
            assert!(
                !clause_conflicts(task, Level::Kommune, &[Level::Hf]),
                "{task}"
            );
        }
        // The follow-up in the kommune stays the kommune's.
        let r = evaluate(&SPEC, &Query::task("hjerterehab-lm").phase(Phase::After)).unwrap();
        assert_eq!(r.rule, "test/hjerte-etter");
        assert_eq!((r.owner, r.shared), (Level::Kommune, false));
        // A kommune-only rule for before and after is within the law.
        let task = catalogue::task("kols-opplaering").unwrap();
        let around = [Phase::Before, Phase::After];
        assert!(statute_conflict(task, Level::Kommune, &[], &around, None).is_ok());
        assert!(statute_conflict(task, Level::Kommune, &[], &[], Some(Phase::After)).is_ok());
        assert!(statute_conflict(task, Level::Kommune, &[], &[], Some(Phase::During)).is_err());
    }

    #[test]
    fn children_as_parorende_are_each_levels_own_duty() {
        // A rule making it a shared task that the kommune leads is set aside.
        for phase in [
            None,
            Some(Phase::Before),
            Some(Phase::During),
            Some(Phase::After),
        ] {
            let q = Query {
                phase,
                ..Query::task("barn-som-parorende-kartlegging")
            };
            assert!(set_aside(q.clone()), "{phase:?}");
            let r = evaluate(&SPEC, &q).unwrap();
            assert!(
                r.own_patients && !r.shared && r.contributors.is_empty(),
                "{r:?}"
            );
            let own = if phase == Some(Phase::During) {
                Level::Hf
            } else {
                Level::Kommune
            };
            assert_eq!(r.owner, own, "{phase:?}");
        }
        assert!(clause_conflicts(
            "barn-som-parorende-kartlegging",
            Level::Kommune,
            &[Level::Hf]
        ));
        // The HF cannot carry the kommune's patients, nor the kommune the HF's.
        let task = catalogue::task("barn-som-parorende-kartlegging").unwrap();
        assert!(statute_conflict(task, Level::Kommune, &[], &[], Some(Phase::During)).is_err());
        assert!(statute_conflict(task, Level::Hf, &[], &[], Some(Phase::After)).is_err());
        assert!(
            statute_conflict(task, Level::Hf, &[], &[Phase::During], Some(Phase::During)).is_ok()
        );
    }

    /// hol. § 3-6 is for pårørende with particularly heavy care burdens; general
    /// pårørendekurs rest on § 3-3.
    #[test]
    fn parorende_support_rests_on_3_3_and_3_6_only_for_heavy_care() {
        for id in ["parorendekurs", "parorende-rus-psykisk"] {
            let t = catalogue::task(id).unwrap();
            assert_eq!(t.basis[0], "helse- og omsorgstjenesteloven § 3-3", "{id}");
        }
        for t in catalogue::TASKS {
            let texts = t
                .basis
                .iter()
                .copied()
                .chain(t.baseline.iter().map(|r| r.note));
            for text in texts {
                if text.contains("§ 3-6") {
                    assert!(
                        text.contains("særlig tyngende") || text.contains("§ 3-3"),
                        "{}: {text}",
                        t.id
                    );
                }
            }
        }
    }
}
