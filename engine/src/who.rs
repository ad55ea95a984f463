//! The who query as the CLI and the server ask it: the kommune resolved, the refusals a
//! query can meet (each with its help and suggestions), and the JSON answer.

use serde_json::{Value, json};

use crate::kommune::{self, KommuneError};
use crate::pathway::Region;
use crate::plugin::{AgeGroup, Level, Phase, Query, QueryError, RegionInfo, RuleSource, Ruling};
use crate::{Host, PluginError};

/// Why a query got no answer, as a stable id (`error.kind` in JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    UnknownRegion,
    UnknownKommune,
    AmbiguousKommune,
    KommuneOutsideRegion,
    UnknownTask,
    UnknownDiagnosis,
    InvalidQuery,
}

impl ProblemKind {
    pub fn id(self) -> &'static str {
        match self {
            ProblemKind::UnknownRegion => "unknown-region",
            ProblemKind::UnknownKommune => "unknown-kommune",
            ProblemKind::AmbiguousKommune => "ambiguous-kommune",
            ProblemKind::KommuneOutsideRegion => "kommune-outside-region",
            ProblemKind::UnknownTask => "unknown-task",
            ProblemKind::UnknownDiagnosis => "unknown-diagnosis",
            ProblemKind::InvalidQuery => "invalid-query",
        }
    }
}

/// A query refused: what, how to fix, and the closest valid inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub message: String,
    pub help: Option<String>,
    pub suggestions: Vec<String>,
}

impl Problem {
    pub fn new(kind: ProblemKind, message: String) -> Self {
        Problem {
            kind,
            message,
            help: None,
            suggestions: Vec::new(),
        }
    }

    fn with_help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    /// Adds "did you mean …" for `input` among `candidates`.
    fn suggest<'a>(mut self, input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Self {
        self.suggestions = crate::suggest::closest(input, candidates, 3)
            .into_iter()
            .map(String::from)
            .collect();
        if self.help.is_none() {
            self.help = crate::suggest::offer(&self.suggestions);
        }
        self
    }

    /// Sets `help` unless a suggestion already did.
    fn with_default_help(mut self, help: String) -> Self {
        if self.help.is_none() {
            self.help = Some(help);
        }
        self
    }
}

/// No plugin answers for region `id`; `known` are the regions that do.
pub fn unknown_region<'a>(id: &str, known: impl IntoIterator<Item = &'a str> + Clone) -> Problem {
    let all: Vec<&str> = known.clone().into_iter().collect();
    Problem::new(
        ProblemKind::UnknownRegion,
        crate::t!("cli-unknown-region", region = id),
    )
    .suggest(id, known)
    .with_default_help(crate::t!("cli-regions-are", regions = all.join(", ")))
}

/// Resolves the user's kommune (number, today's, former or Sámi/Kven name) and holds it
/// to the kommuner the region serves.
pub fn resolve_kommune(
    input: &str,
    info: &RegionInfo,
) -> Result<kommune::Resolved<'static>, Problem> {
    let register = kommune::register();
    let serves = |k: &kommune::Kommune| info.kommuner.contains(&k.number);
    let in_region = kommune::InRegion {
        id: &info.id,
        serves: &serves,
    };
    let resolved = register
        .resolve_in(input, Some(in_region))
        .map_err(|e| match e {
            KommuneError::Unknown {
                ref suggestions, ..
            } => {
                let mut p = Problem::new(ProblemKind::UnknownKommune, e.to_string());
                p.help = Some(e.help());
                p.suggestions = suggestions.clone();
                p
            }
            KommuneError::Ambiguous { .. } => {
                Problem::new(ProblemKind::AmbiguousKommune, e.to_string()).with_help(e.help())
            }
        })?;
    let k = resolved.kommune;
    if !serves(k) {
        let help = match register.outside_region_help(k) {
            (help, Some(region)) => {
                crate::t!("cli-kommune-use-region", help = help, region = region)
            }
            (help, None) => crate::t!("cli-kommune-see-regions", help = help),
        };
        return Err(Problem::new(
            ProblemKind::KommuneOutsideRegion,
            crate::t!(
                "cli-kommune-outside-region",
                input = input,
                kommune = register.label(k),
                region = &info.id,
                hf = info.hf_parties.join(", "),
            ),
        )
        .with_help(help));
    }
    Ok(resolved)
}

/// The plugin's refusal of a query, for the user.
pub fn query_problem(e: QueryError, info: &RegionInfo) -> Problem {
    match e {
        QueryError::UnknownTask(t) => Problem::new(
            ProblemKind::UnknownTask,
            crate::t!("cli-unknown-task", task = &t, region = &info.id),
        )
        .suggest(&t, info.tasks.iter().map(|t| t.id.as_str()))
        .with_default_help(crate::t!("cli-unknown-task-help")),
        QueryError::UnknownDiagnosis(d) => Problem::new(
            ProblemKind::UnknownDiagnosis,
            crate::t!("cli-unknown-diagnosis", diagnosis = &d),
        )
        .suggest(&d, info.diagnosis_groups.iter().map(String::as_str))
        .with_default_help(crate::t!(
            "cli-diagnosis-groups-are",
            groups = info.diagnosis_groups.join(", ")
        )),
        QueryError::KommuneNotInRegion(k) => Problem::new(
            ProblemKind::KommuneOutsideRegion,
            crate::t!(
                "cli-kommune-not-served",
                kommune = &k,
                region = &info.id,
                hf = info.hf_parties.join(", "),
            ),
        ),
        QueryError::InvalidQuery(m) => Problem::new(ProblemKind::InvalidQuery, m),
    }
}

/// The age groups by id (`child`, `adult`, `elderly`).
pub fn age(id: &str) -> Result<AgeGroup, Problem> {
    AgeGroup::from_id(id).ok_or_else(|| {
        Problem::new(
            ProblemKind::InvalidQuery,
            crate::t!("cli-unknown-age", age = id),
        )
        .suggest(id, AgeGroup::ids())
        .with_default_help(crate::t!(
            "cli-age-groups-are",
            ages = AgeGroup::ids().join(", ")
        ))
    })
}

/// The phases by id (`before`, `during`, `after`).
pub fn phase(id: &str) -> Result<Phase, Problem> {
    Phase::from_id(id).ok_or_else(|| {
        Problem::new(
            ProblemKind::InvalidQuery,
            crate::t!("cli-unknown-phase", phase = id),
        )
        .suggest(id, Phase::ids())
        .with_default_help(crate::t!(
            "cli-phases-are",
            phases = Phase::ids().join(", ")
        ))
    })
}

/// A who query as a user gives it: ids and names, not yet resolved.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub task: String,
    pub kommune: Option<String>,
    pub diagnosis: Option<String>,
    pub age: Option<AgeGroup>,
    pub phase: Option<Phase>,
    pub explain: bool,
}

/// The answer to a [`Request`]: the ruling and what it was asked with.
pub struct Answer {
    pub ruling: Ruling,
    pub query: Query,
    pub kommune: Option<kommune::Resolved<'static>>,
    pub explain: bool,
}

/// Why a [`Request`] got no answer.
#[derive(Debug)]
pub enum Refused {
    /// the query cannot be answered as given
    Query(Problem),
    /// the plugin failed
    Plugin(PluginError),
}

impl From<Problem> for Refused {
    fn from(p: Problem) -> Self {
        Refused::Query(p)
    }
}

/// Asks `region` the request: resolves the kommune, calls the plugin, and holds its
/// refusal up against the region's tasks and diagnosis groups.
pub fn ask(host: &Host, region: &Region, req: &Request) -> Result<Answer, Refused> {
    let info = &region.info;
    let resolved = match &req.kommune {
        None => None,
        Some(input) => Some(resolve_kommune(input, info)?),
    };
    let query = Query {
        task: req.task.clone(),
        kommune: resolved.as_ref().map(|r| r.kommune.number.clone()),
        diagnosis: req.diagnosis.clone(),
        age: req.age,
        phase: req.phase,
    };
    match host.who(&region.plugin, &query) {
        Err(e) => Err(Refused::Plugin(e)),
        Ok(Err(e)) => Err(Refused::Query(query_problem(e, info))),
        Ok(Ok(ruling)) => Ok(Answer {
            ruling,
            query,
            kommune: resolved,
            explain: req.explain,
        }),
    }
}

impl Answer {
    /// The catalogue name of the ruling's task ("" when the region does not list it).
    pub fn task_name<'a>(&self, info: &'a RegionInfo) -> &'a str {
        info.tasks
            .iter()
            .find(|t| t.id == self.ruling.task)
            .map_or("", |t| t.name.as_str())
    }

    /// The answer as `ansvar who --format json` prints it.
    pub fn to_json(&self, info: &RegionInfo) -> Value {
        let r = &self.ruling;
        let q = &self.query;
        let mut v = json!({
            "region": info.id,
            "task": r.task,
            "task_name": self.task_name(info),
            "owner": r.owner.id(),
            "shared": r.shared,
            "lead": if r.shared { Some(r.owner.id()) } else { None },
            "contributors": level_list(&r.contributors),
            "partners": r.partners,
            "paragraph_6_2": r.paragraph_6_2,
            "clause": r.clause,
            "basis": r.basis,
            "sources": r.sources,
            "own_patients": r.own_patients,
            "rule": r.rule,
            "source": source(r.source),
            "note": r.note,
            "caveats": r.caveats,
            "context": {
                "diagnosis": q.diagnosis,
                "age": q.age.map(|a| a.id()),
                "phase": q.phase.map(|p| p.id()),
            },
        });
        if let Some(k) = &self.kommune {
            v["kommune"] = json!({
                "number": k.kommune.number,
                "name": k.kommune.name,
                "resolved": k.note.as_deref(),
            });
        }
        if self.explain {
            v["explain"] = json!(r.trace);
        }
        v
    }
}

pub fn level_list(levels: &[Level]) -> Vec<&'static str> {
    levels.iter().map(|l| l.id()).collect()
}

pub fn source(s: RuleSource) -> &'static str {
    match s {
        RuleSource::Region => "region",
        RuleSource::Baseline => "baseline",
    }
}

/// A region as `ansvar regions --format json` lists it.
pub fn region_json(p: &crate::Plugin, i: &RegionInfo) -> Value {
    json!({
        "id": i.id,
        "name": i.name,
        "rhf": i.rhf,
        "hf_parties": i.hf_parties,
        "agreements": i.agreements.iter().map(|a| json!({
            "id": a.id, "title": a.title, "version": a.version,
            "adopted": a.adopted, "effective_from": a.effective_from,
            "effective_to": a.effective_to,
        })).collect::<Vec<_>>(),
        "kommuner": i.kommuner.len(),
        "tasks": i.tasks.len(),
        "catalogue_version": i.catalogue_version,
        "api_version": p.api_version,
        "sdk_version": i.sdk_version,
        "sha256": p.sha256,
        "origin": p.origin.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_and_phase_ids_round_trip_and_typos_get_a_suggestion() {
        for id in ["child", "adult", "elderly"] {
            assert_eq!(age(id).unwrap().id(), id);
        }
        for id in ["before", "during", "after"] {
            assert_eq!(phase(id).unwrap().id(), id);
        }
        let p = age("adutl").unwrap_err();
        assert_eq!(p.kind, ProblemKind::InvalidQuery);
        assert_eq!(p.suggestions, ["adult"]);
    }

    #[test]
    fn an_unknown_region_lists_the_known_ones() {
        let p = unknown_region("helse-bregen", ["helse-bergen", "unn"]);
        assert_eq!(p.kind.id(), "unknown-region");
        assert_eq!(p.suggestions, ["helse-bergen"]);
        assert_eq!(p.help.as_deref(), Some("did you mean `helse-bergen`?"));
        let p = unknown_region("x", ["helse-bergen"]);
        assert_eq!(p.help.as_deref(), Some("the regions are: helse-bergen"));
    }
}
