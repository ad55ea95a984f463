//! `ansvar who`: who owns a task in a region, for a kommune and patient context.

use ansvar::kommune;
use ansvar::plugin::{AgeGroup, Phase, Ruling};
use ansvar::who::{self, level_list, source};

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
    /// Age group of the patient: child, adult, elderly
    #[arg(long, value_parser = one_of(AgeGroup::ALL, AgeGroup::id))]
    pub age: Option<AgeGroup>,
    /// Phase relative to specialist care: before (kommune, fastlege), during (admission,
    /// outpatient), after (after discharge)
    #[arg(long, value_parser = one_of(Phase::ALL, Phase::id))]
    pub phase: Option<Phase>,
    /// Show the rule chain that led to the answer
    #[arg(long)]
    pub explain: bool,
}

/// A parser for one of the values of a small enum of the plugin API, by the ids of its
/// one table (`ids!` in the host), so that `--help` and the errors list them.
fn one_of<T: Copy + Send + Sync + 'static, const N: usize>(
    all: [T; N],
    id: fn(T) -> &'static str,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(all.map(id)).try_map(move |s| {
        all.into_iter().find(|v| id(*v) == s).ok_or_else(|| {
            ansvar::t!(
                "cli-not-one-of",
                value = &s,
                values = all.map(id).join(", ")
            )
        })
    })
}

pub fn run(host: &ansvar::Host, g: &Global, out: &Out, args: &WhoArgs) -> Result<Exit, CliError> {
    let l = regions_load::one(host, g, &args.region)?;
    let region = ansvar::pathway::Region {
        plugin: l.plugin,
        info: l.info,
    };
    let info = &region.info;
    let request = who::Request {
        task: args.task.clone(),
        kommune: args.kommune.clone(),
        diagnosis: args.diagnosis.clone(),
        age: args.age,
        phase: args.phase,
        explain: args.explain,
    };
    // The kommune first, so that its note comes before a plugin's refusal.
    if let Some(input) = &args.kommune
        && let Some(note) = &who::resolve_kommune(input, info)?.note
    {
        out.note(note);
    }
    let answer = who::ask(host, &region, &request).map_err(|e| match e {
        who::Refused::Query(p) => CliError::from(p),
        who::Refused::Plugin(e) => CliError::from(e),
    })?;
    match out.format {
        Format::Json => out.json(&answer.to_json(info)),
        _ => {
            let kommune = answer.kommune.as_ref().map(|r| r.kommune);
            out.print(&to_human(
                &answer.ruling,
                info,
                answer.task_name(info),
                kommune,
                args.explain,
            ))
        }
    }
    Ok(Exit::Ok)
}

impl From<who::Problem> for CliError {
    fn from(p: who::Problem) -> Self {
        let kind = match p.kind {
            who::ProblemKind::UnknownRegion => ErrorKind::UnknownRegion,
            who::ProblemKind::UnknownKommune => ErrorKind::UnknownKommune,
            who::ProblemKind::AmbiguousKommune => ErrorKind::AmbiguousKommune,
            who::ProblemKind::KommuneOutsideRegion => ErrorKind::KommuneOutsideRegion,
            who::ProblemKind::UnknownTask => ErrorKind::UnknownTask,
            who::ProblemKind::UnknownDiagnosis => ErrorKind::UnknownDiagnosis,
            who::ProblemKind::InvalidQuery => ErrorKind::InvalidQuery,
        };
        CliError {
            exit: Exit::Usage,
            kind,
            message: p.message,
            help: p.help,
            suggestions: p.suggestions,
        }
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
        Some(k) => ansvar::t!(
            "output-who-place",
            region = &info.id,
            number = &k.number,
            name = &k.name
        ),
        None => info.id.clone(),
    };
    s.push_str(&format!("{} — {task_name}\n  ({place})\n\n", r.task));
    let owner = if r.own_patients {
        ansvar::t!("output-who-own-patients", owner = r.owner.id())
    } else if r.shared {
        ansvar::t!(
            "output-who-shared",
            owner = r.owner.id(),
            contributors = level_list(&r.contributors).join(", ")
        )
    } else {
        r.owner.id().to_string()
    };
    let mut rows = vec![(ansvar::t!("output-who-owner"), owner)];
    if !r.partners.is_empty() {
        rows.push((ansvar::t!("output-who-partners"), r.partners.join(", ")));
    }
    let items = r
        .paragraph_6_2
        .iter()
        .map(|i| ansvar::t!("output-who-paragraph-item", item = i.to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    rows.push((
        ansvar::t!("output-who-paragraph"),
        ansvar::t!("output-who-paragraph-items", items = items),
    ));
    rows.push((ansvar::t!("output-who-clause"), r.clause.clone()));
    rows.push((ansvar::t!("output-who-basis"), r.basis.join("; ")));
    if !r.sources.is_empty() {
        rows.push((ansvar::t!("output-who-sources"), r.sources.join("; ")));
    }
    rows.push((
        ansvar::t!("output-who-rule"),
        ansvar::t!(
            "output-who-rule-value",
            rule = &r.rule,
            source = source(r.source)
        ),
    ));
    rows.push((ansvar::t!("output-who-note"), r.note.clone()));
    for c in &r.caveats {
        rows.push((ansvar::t!("output-who-caveat"), c.clone()));
    }
    // The labels' column is as wide as the widest label (13 in English).
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (k, v) in &rows {
        s.push_str(&format!("  {k:<width$} {v}\n"));
    }
    if explain {
        s.push_str(&format!("\n  {}\n", ansvar::t!("output-who-explain")));
        for (i, step) in r.trace.iter().enumerate() {
            s.push_str(&format!("    {}. {step}\n", i + 1));
        }
    }
    s
}
