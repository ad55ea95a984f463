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
use crate::region::Exports;

unsafe extern "Rust" {
    /// Defined by `export_region!` in the region crate.
    safe fn __ansvar_region() -> &'static dyn Exports;
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
        let pathways = read_batch(&batch);
        let out = __ansvar_region().check_pathways(&pathways, &batch.known_rulings);
        let steps = batch.steps.task.len();
        let mut answer = w::PathwayAnswer {
            ruling_keys: out.ruling_keys,
            rulings: out.rulings.into_iter().map(|r| r.map(ruling)).collect(),
            verdicts: Vec::with_capacity(steps),
            verdict_rulings: Vec::with_capacity(steps),
            errors: Vec::new(),
            findings: Vec::new(),
        };
        let mut reports = out.reports;
        for (i, r) in reports.iter_mut().enumerate() {
            let pathway = i as u32;
            if let Some(e) = r.error.take() {
                answer.errors.push(w::PathwayError {
                    pathway,
                    error: query_error(e),
                });
            }
            for s in &r.steps {
                answer.verdicts.push(s.verdict.code());
                answer.verdict_rulings.push(s.ruling.unwrap_or(NONE));
            }
            answer
                .findings
                .extend(r.findings.drain(..).map(|f| w::PathwayFinding {
                    pathway,
                    finding: finding(f),
                }));
        }
        // The instance is thrown away after this call (the host instantiates afresh for
        // every call), so freeing the pathways and reports one vector at a time would be
        // work for nothing: the arena takes back only its last block (arena.rs).
        std::mem::forget(pathways);
        std::mem::forget(reports);
        answer
    }
}

/// "None" in the batch's indices.
const NONE: u32 = u32::MAX;

/// The batch's columns as the SDK's pathways. The host never sends columns of unequal
/// length or an index out of range; should one, a missing item reads as none (or an
/// empty text) rather than trapping.
fn read_batch(batch: &w::PathwayBatch) -> Vec<m::Pathway<'_>> {
    let ends = &batch.text_ends;
    let text = |i: u32| {
        let i = i as usize;
        let start = match i {
            0 => 0,
            _ => *ends.get(i - 1)? as usize,
        };
        batch.text.get(start..*ends.get(i)? as usize)
    };
    let (p, s) = (&batch.pathways, &batch.steps);
    let code = |column: &[u8], i: usize| column.get(i).copied().unwrap_or(0);
    let mut j = 0usize;
    (0..p.step_count.len())
        .map(|i| {
            let flags = code(&p.patient_flags, i);
            let first = j;
            j = j.saturating_add(p.step_count[i] as usize);
            m::Pathway {
                kommune: p.kommune.get(i).and_then(|&k| text(k)),
                diagnosis: p.diagnosis.get(i).and_then(|&d| text(d)),
                age: AgeGroup::from_code(code(&p.age, i)),
                minor_children: flags & 1 != 0,
                long_term_needs: flags & 2 != 0,
                expecting_child: flags & 4 != 0,
                steps: (first..j.min(s.task.len()))
                    .map(|j| m::Step {
                        id: s.id.get(j).and_then(|&t| text(t)).unwrap_or(""),
                        task: text(s.task[j]).unwrap_or(""),
                        planned: Level::from_code(code(&s.planned, j)),
                        phase: Phase::from_code(code(&s.phase, j)),
                        date: s.date.get(j).copied().filter(|&d| d != 0),
                        handover: {
                            let h = code(&s.handover, j);
                            Level::from_code(h & 3).map(|to| m::Handover {
                                to,
                                information: h & 4 != 0,
                            })
                        },
                    })
                    .collect(),
            }
        })
        .collect()
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
        sources: r.sources,
        own_patients: r.own_patients,
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
        message: text(f.message),
        rule: f.rule,
        basis: f.basis,
        help: f.help.map(text),
    }
}

fn text(t: m::Text) -> w::Text {
    match t {
        m::Text::Free(s) => w::Text::Free(s),
        m::Text::Message(m) => w::Text::Message(w::Message {
            id: m.id.to_string(),
            args: m
                .args
                .into_iter()
                .map(|(name, value)| w::MessageArg {
                    name: name.to_string(),
                    value: match value {
                        m::Arg::Text(s) => w::ArgValue::Text(s),
                        m::Arg::Number(n) => w::ArgValue::Number(n),
                    },
                })
                .collect(),
        }),
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
