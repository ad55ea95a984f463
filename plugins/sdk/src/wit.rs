//! The component glue: wit-bindgen's generated bindings and the conversions between
//! them and the SDK's plain types. Compiled only for wasm32.

wit_bindgen::generate!({
    path: "../wit",
    world: "region",
});

use ansvar::region::host::{self, LogLevel};
use ansvar::region::types as w;
use exports::ansvar::region::plugin::Guest;

use crate::model::{self as m, AgeGroup, Level, Phase, RuleSource};
use crate::region::Region;

unsafe extern "Rust" {
    /// Defined by `export_region!` in the region crate.
    safe fn __ansvar_region() -> &'static dyn Region;
}

/// Sends guest panics to the host log, so a trap names its cause.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            host::log(LogLevel::Error, &format!("panic: {info}"));
        }))
    });
}

struct Component;

impl Guest for Component {
    fn describe() -> w::RegionInfo {
        install_panic_hook();
        let i = __ansvar_region().describe();
        w::RegionInfo {
            id: i.id,
            name: i.name,
            rhf: i.rhf,
            hf_parties: i.hf_parties,
            agreements: i
                .agreements
                .into_iter()
                .map(|a| w::AgreementRef {
                    id: a.id,
                    title: a.title,
                    version: a.version,
                    adopted: a.adopted,
                    effective_from: a.effective_from,
                    effective_to: a.effective_to,
                })
                .collect(),
            kommuner: i.kommuner,
            tasks: i
                .tasks
                .into_iter()
                .map(|t| w::TaskInfo {
                    id: t.id,
                    name: t.name,
                })
                .collect(),
            diagnosis_groups: i.diagnosis_groups,
            catalogue_version: i.catalogue_version,
            sdk_version: i.sdk_version,
        }
    }

    fn check_agreement(a: w::Agreement) -> Vec<w::Finding> {
        install_panic_hook();
        __ansvar_region()
            .check_agreement(&Component::agreement(a))
            .into_iter()
            .map(finding)
            .collect()
    }

    fn who(q: w::Query) -> Result<w::Ruling, w::QueryError> {
        install_panic_hook();
        let q = m::Query {
            task: q.task,
            kommune: q.kommune,
            diagnosis: q.diagnosis,
            age: q.age.map(age),
            phase: q.phase.map(phase),
        };
        match __ansvar_region().who(&q) {
            Ok(r) => Ok(ruling(r)),
            Err(e) => Err(query_error(e)),
        }
    }

    fn check_pathways(batch: w::PathwayBatch) -> w::PathwayAnswer {
        install_panic_hook();
        let strings = &batch.strings;
        // An index out of range reads as an empty text; the host never sends one.
        let text = |i: u32| strings.get(i as usize).map_or("", String::as_str);
        let mut steps = batch.steps.iter();
        let pathways: Vec<m::Pathway<'_>> = batch
            .pathways
            .iter()
            .map(|p| m::Pathway {
                kommune: p.kommune.map(text),
                diagnosis: p.diagnosis.map(text),
                age: p.age.map(age),
                minor_children: p.minor_children,
                long_term_needs: p.long_term_needs,
                steps: steps
                    .by_ref()
                    .take(p.step_count as usize)
                    .map(|s| m::Step {
                        id: text(s.id),
                        task: text(s.task),
                        planned: s.planned.map(from_level),
                        phase: s.phase.map(phase),
                        date: s.date,
                        handover: s.handover.map(|h| m::Handover {
                            to: from_level(h.to),
                            information: h.information,
                        }),
                    })
                    .collect(),
            })
            .collect();
        let out = __ansvar_region().check_pathways(&pathways);
        let mut answer = w::PathwayAnswer {
            rulings: out.rulings.into_iter().map(ruling).collect(),
            verdicts: Vec::with_capacity(batch.steps.len()),
            errors: Vec::new(),
            findings: Vec::new(),
        };
        for (i, r) in out.reports.into_iter().enumerate() {
            let pathway = i as u32;
            if let Some(e) = r.error {
                answer.errors.push(w::PathwayError {
                    pathway,
                    error: query_error(e),
                });
            }
            answer
                .verdicts
                .extend(r.steps.into_iter().map(|s| w::StepVerdict {
                    verdict: match s.verdict {
                        m::Verdict::Ok => w::Verdict::Ok,
                        m::Verdict::Contributor => w::Verdict::Contributor,
                        m::Verdict::WrongLevel => w::Verdict::WrongLevel,
                        m::Verdict::UnknownTask => w::Verdict::UnknownTask,
                        m::Verdict::NoOwner => w::Verdict::NoOwner,
                        m::Verdict::NotCovered => w::Verdict::NotCovered,
                    },
                    ruling: s.ruling,
                }));
            answer
                .findings
                .extend(r.findings.into_iter().map(|f| w::PathwayFinding {
                    pathway,
                    finding: finding(f),
                }));
        }
        answer
    }
}

fn age(a: w::AgeGroup) -> AgeGroup {
    match a {
        w::AgeGroup::Child => AgeGroup::Child,
        w::AgeGroup::Adult => AgeGroup::Adult,
        w::AgeGroup::Elderly => AgeGroup::Elderly,
    }
}

fn phase(p: w::Phase) -> Phase {
    match p {
        w::Phase::Before => Phase::Before,
        w::Phase::During => Phase::During,
        w::Phase::After => Phase::After,
    }
}

fn ruling(r: m::Ruling) -> w::Ruling {
    w::Ruling {
        task: r.task,
        owner: level(r.owner),
        shared: r.shared,
        contributors: r.contributors.into_iter().map(level).collect(),
        partners: r.partners,
        paragraph_6_2: r.paragraph_6_2,
        clause: r.clause,
        basis: r.basis,
        rule: r.rule,
        source: match r.source {
            RuleSource::Region => w::RuleSource::Region,
            RuleSource::Baseline => w::RuleSource::Baseline,
        },
        note: r.note,
        caveats: r.caveats,
        trace: r.trace,
    }
}

fn query_error(e: m::QueryError) -> w::QueryError {
    match e {
        m::QueryError::UnknownTask(t) => w::QueryError::UnknownTask(t),
        m::QueryError::UnknownDiagnosis(d) => w::QueryError::UnknownDiagnosis(d),
        m::QueryError::KommuneNotInRegion(k) => w::QueryError::KommuneNotInRegion(k),
        m::QueryError::InvalidQuery(s) => w::QueryError::InvalidQuery(s),
    }
}

fn finding(f: m::Finding) -> w::Finding {
    w::Finding {
        code: f.code,
        severity: match f.severity {
            m::Severity::Error => w::Severity::Error,
            m::Severity::Warning => w::Severity::Warning,
            m::Severity::Info => w::Severity::Info,
        },
        pointer: f.pointer,
        message: f.message,
        rule: f.rule,
        basis: f.basis,
        help: f.help,
    }
}

fn from_level(l: w::Level) -> Level {
    match l {
        w::Level::Hf => Level::Hf,
        w::Level::Kommune => Level::Kommune,
    }
}

fn level(l: Level) -> w::Level {
    match l {
        Level::Hf => w::Level::Hf,
        Level::Kommune => w::Level::Kommune,
    }
}

impl Component {
    fn agreement(a: w::Agreement) -> m::Agreement {
        m::Agreement {
            id: a.id,
            kind: a.kind,
            status: match a.status {
                w::AgreementStatus::Draft => m::AgreementStatus::Draft,
                w::AgreementStatus::Adopted => m::AgreementStatus::Adopted,
            },
            region: a.region,
            paragraph_6_2: a.paragraph_6_2,
            local_ta: a.local_ta,
            parents: a.parents,
            user_representation: a.user_representation,
            clauses: a
                .clauses
                .into_iter()
                .map(|c| m::Clause {
                    index: c.index,
                    task: c.task,
                    owner: from_level(c.owner),
                    shared: c.shared,
                    contributors: c.contributors.into_iter().map(from_level).collect(),
                    ta_reference: c.ta_reference,
                    shared_measure: c.shared_measure.map(|s| m::SharedMeasure {
                        employer: s.employer,
                        organisation: s.organisation,
                        funding: s.funding,
                    }),
                })
                .collect(),
        }
    }
}

export!(Component);
