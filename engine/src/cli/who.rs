//! `ansvar who`: who owns a task in a region, for a kommune and patient context.

use ansvar::kommune::{self, KommuneError};
use ansvar::plugin::{AgeGroup, Phase, Query, QueryError, RuleSource, Ruling};
use clap::ValueEnum;
use serde_json::json;

use super::output::{CliError, ErrorKind, Exit, Out};
use super::{Format, Global, regions_load};

#[derive(Debug, clap::Args)]
pub struct WhoArgs {
    /// Region id (see `ansvar regions`)
    #[arg(long)]
    pub region: String,
    /// Task id from the national catalogue (e.g. diagnosespesifikk-opplaering)
    #[arg(long)]
    pub task: String,
    /// Kommune: kommunenummer or name (today's, a Sámi/Kven one, or a former one)
    #[arg(long)]
    pub kommune: Option<String>,
    /// Diagnosis group id (e.g. kols, diabetes-type2)
    #[arg(long)]
    pub diagnosis: Option<String>,
    /// Age group of the patient
    #[arg(long, value_enum)]
    pub age: Option<AgeArg>,
    /// Phase relative to specialist care
    #[arg(long, value_enum)]
    pub phase: Option<PhaseArg>,
    /// Show the rule chain that led to the answer
    #[arg(long)]
    pub explain: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum AgeArg {
    Child,
    Adult,
    Elderly,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum PhaseArg {
    /// before specialist care (kommune, fastlege)
    Before,
    /// during specialist care (admission, outpatient)
    During,
    /// after discharge
    After,
}

pub fn run(host: &ansvar::Host, g: &Global, out: &Out, args: &WhoArgs) -> Result<Exit, CliError> {
    let region = regions_load::one(host, g, &args.region)?;
    let info = &region.info;

    let resolved = match &args.kommune {
        None => None,
        Some(input) => Some(resolve_kommune(input, info)?),
    };
    if let Some(note) = resolved.as_ref().and_then(|r| r.note.as_ref()) {
        out.note(note);
    }

    let query = Query {
        task: args.task.clone(),
        kommune: resolved.as_ref().map(|r| r.kommune.number.clone()),
        diagnosis: args.diagnosis.clone(),
        age: args.age.map(|a| match a {
            AgeArg::Child => AgeGroup::Child,
            AgeArg::Adult => AgeGroup::Adult,
            AgeArg::Elderly => AgeGroup::Elderly,
        }),
        phase: args.phase.map(|p| match p {
            PhaseArg::Before => Phase::Before,
            PhaseArg::During => Phase::During,
            PhaseArg::After => Phase::After,
        }),
    };
    let ruling = match host.who(&region.plugin, &query)? {
        Ok(r) => r,
        Err(e) => return Err(query_error(e, info)),
    };
    let task_name = info
        .tasks
        .iter()
        .find(|t| t.id == ruling.task)
        .map_or("", |t| t.name.as_str());
    let kommune = resolved.as_ref().map(|r| r.kommune);
    match out.format {
        Format::Json => out.json(&to_json(
            &ruling,
            info,
            task_name,
            kommune,
            resolved.as_ref().and_then(|r| r.note.as_deref()),
            &query,
            args.explain,
        )),
        _ => out.print(&to_human(&ruling, info, task_name, kommune, args.explain)),
    }
    Ok(Exit::Ok)
}

fn resolve_kommune<'a>(
    input: &str,
    info: &ansvar::plugin::RegionInfo,
) -> Result<kommune::Resolved<'a>, CliError> {
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
                let mut err = CliError::usage(ErrorKind::UnknownKommune, e.to_string());
                err.help = Some(e.help());
                err.suggestions = suggestions.clone();
                err
            }
            KommuneError::Ambiguous { .. } => {
                CliError::usage(ErrorKind::AmbiguousKommune, e.to_string())
                    .with_help(Some(e.help()))
            }
        })?;
    let k = resolved.kommune;
    if !serves(k) {
        let elsewhere: Vec<&str> = k.regions.iter().map(|m| m.region.as_str()).collect();
        let help = if elsewhere.is_empty() {
            format!(
                "no region of ansvar serves {}; `ansvar regions` lists the regions and their kommuner",
                register.label(k)
            )
        } else {
            format!(
                "{} {} is in region {}; use `--region {}`",
                k.number,
                k.name,
                elsewhere.join(" and "),
                elsewhere[0]
            )
        };
        return Err(CliError::usage(
            ErrorKind::KommuneOutsideRegion,
            format!(
                "kommune `{input}` ({}) is not served by region {} ({})",
                register.label(k),
                info.id,
                info.hf_parties.join(", ")
            ),
        )
        .with_help(Some(help)));
    }
    Ok(resolved)
}

fn query_error(e: QueryError, info: &ansvar::plugin::RegionInfo) -> CliError {
    match e {
        QueryError::UnknownTask(t) => CliError::usage(
            ErrorKind::UnknownTask,
            format!("unknown task `{t}` in region {}", info.id),
        )
        .suggest(&t, info.tasks.iter().map(|t| t.id.as_str()))
        .with_default_help(
            "`ansvar regions` lists the regions; the task ids are those of schemas/catalogue.json"
                .into(),
        ),
        QueryError::UnknownDiagnosis(d) => CliError::usage(
            ErrorKind::UnknownDiagnosis,
            format!("unknown diagnosis group `{d}`"),
        )
        .suggest(&d, info.diagnosis_groups.iter().map(String::as_str))
        .with_default_help(format!(
            "the diagnosis groups are: {}",
            info.diagnosis_groups.join(", ")
        )),
        QueryError::KommuneNotInRegion(k) => CliError::usage(
            ErrorKind::KommuneOutsideRegion,
            format!(
                "kommune `{k}` is not served by region {} ({})",
                info.id,
                info.hf_parties.join(", ")
            ),
        ),
        QueryError::InvalidQuery(m) => CliError::usage(ErrorKind::InvalidQuery, m),
    }
}

fn level_list(levels: &[ansvar::plugin::Level]) -> Vec<&'static str> {
    levels.iter().map(|l| l.id()).collect()
}

fn to_json(
    r: &Ruling,
    info: &ansvar::plugin::RegionInfo,
    task_name: &str,
    kommune: Option<&kommune::Kommune>,
    kommune_note: Option<&str>,
    q: &Query,
    explain: bool,
) -> serde_json::Value {
    let mut v = json!({
        "region": info.id,
        "task": r.task,
        "task_name": task_name,
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
    if let Some(k) = kommune {
        v["kommune"] = json!({ "number": k.number, "name": k.name, "resolved": kommune_note });
    }
    if explain {
        v["explain"] = json!(r.trace);
    }
    v
}

fn source(s: RuleSource) -> &'static str {
    match s {
        RuleSource::Region => "region",
        RuleSource::Baseline => "baseline",
    }
}

fn to_human(
    r: &Ruling,
    info: &ansvar::plugin::RegionInfo,
    task_name: &str,
    kommune: Option<&kommune::Kommune>,
    explain: bool,
) -> String {
    let mut s = String::new();
    let place = match kommune {
        Some(k) => format!("{}, kommune {} {}", info.id, k.number, k.name),
        None => info.id.clone(),
    };
    s.push_str(&format!("{} — {task_name}\n  ({place})\n\n", r.task));
    let owner = if r.own_patients {
        format!(
            "hf og kommune, hvert nivå fullt ut for egne pasienter (her: {})",
            r.owner.id()
        )
    } else if r.shared {
        format!(
            "{} (delt: {} leder, {} bidrar)",
            r.owner.id(),
            r.owner.id(),
            level_list(&r.contributors).join(", ")
        )
    } else {
        r.owner.id().to_string()
    };
    let mut row = |k: &str, v: &str| s.push_str(&format!("  {k:<13} {v}\n"));
    row("owner", &owner);
    if !r.partners.is_empty() {
        row("partners", &r.partners.join(", "));
    }
    let items = r
        .paragraph_6_2
        .iter()
        .map(|i| format!("nr. {i}"))
        .collect::<Vec<_>>()
        .join(", ");
    row("§ 6-2", &format!("hol. § 6-2 {items}"));
    row("clause", &r.clause);
    row("rettsgrunnlag", &r.basis.join("; "));
    if !r.sources.is_empty() {
        row("kilder", &r.sources.join("; "));
    }
    row("rule", &format!("{} ({})", r.rule, source(r.source)));
    row("note", &r.note);
    for c in &r.caveats {
        row("caveat", c);
    }
    if explain {
        s.push_str("\n  explain:\n");
        for (i, step) in r.trace.iter().enumerate() {
            s.push_str(&format!("    {}. {step}\n", i + 1));
        }
    }
    s
}
