//! Checking planned patient pathways: read each pathway (fast typed path, or the located
//! slow path for a bad one), resolve its region and kommune, send the pathways of a
//! chunk to their region's plugin in one batch per region, and turn the verdicts into
//! located findings. The law is the plugin's; this module only reads, routes and
//! reports.

pub mod document;
pub mod render;
pub mod run;
pub mod swimlane;

use std::borrow::Cow;
use std::sync::Arc;

use crate::codes::Code;
use crate::finding::{Finding, Location, Origin, Severity};
use crate::kommune;
use crate::plugin::{
    self, Host, Level, PathwayBatch, Plugin, Query, QueryError, RegionInfo, Ruling, StepVerdict,
    Verdict,
};
use document::{Doc, Locator, Source};

/// A region plugin ready for pathways.
pub struct Region {
    pub plugin: Plugin,
    pub info: RegionInfo,
}

/// The regions a run can route to, and those that failed to load.
#[derive(Default)]
pub struct Regions {
    pub loaded: Vec<Region>,
    /// region id (or plugin file), why it failed, help
    pub failed: Vec<(String, String, Option<String>)>,
}

impl Regions {
    /// The embedded plugins of `ids`, loaded and described (tests, fuzz targets,
    /// benchmarks); a region that cannot be loaded is listed in `failed` with the reason.
    pub fn embedded(host: &Host, ids: &[&str]) -> Regions {
        let mut regions = Regions::default();
        for id in ids {
            let loaded = match host.load_embedded(id) {
                Some(plugin) => plugin.and_then(|plugin| {
                    let info = host.describe(&plugin)?;
                    Ok(Region { plugin, info })
                }),
                None => {
                    regions.failed.push((
                        id.to_string(),
                        crate::t!("findings-no-embedded-region", region = *id),
                        None,
                    ));
                    continue;
                }
            };
            match loaded {
                Ok(r) => regions.loaded.push(r),
                Err(e) => regions
                    .failed
                    .push((id.to_string(), e.to_string(), e.help())),
            }
        }
        regions
    }

    fn find(&self, id: &str) -> Option<usize> {
        self.loaded.iter().position(|r| r.info.id == id)
    }
}

/// How pathways are checked.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// add each step's rule chain (one extra plugin call per step)
    pub explain: bool,
    /// pathways per plugin call
    pub batch: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            explain: false,
            batch: 512,
        }
    }
}

/// Where a step's ruling is: which batch of the chunk, which ruling of that batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RulingRef {
    pub batch: u32,
    pub index: u32,
}

#[derive(Debug)]
pub struct StepOutcome<'a> {
    pub id: Cow<'a, str>,
    pub task: Cow<'a, str>,
    pub planned: Option<Level>,
    /// `None` when the step was not checked (the pathway could not go to its plugin)
    pub verdict: Option<Verdict>,
    pub ruling: Option<RulingRef>,
    /// the rule chain, with `--explain`
    pub trace: Vec<String>,
}

/// What came of one pathway.
#[derive(Debug)]
pub struct Outcome<'a> {
    pub first_line: usize,
    pub offset: usize,
    pub id: Option<Cow<'a, str>>,
    pub region: Option<Cow<'a, str>>,
    /// the resolved kommunenummer
    pub kommune: Option<&'static str>,
    pub steps: Vec<StepOutcome<'a>>,
    pub findings: Vec<Finding>,
    pub plugin_failed: bool,
}

impl Outcome<'_> {
    fn new(source: &Source<'_>) -> Self {
        Outcome {
            first_line: source.first_line,
            offset: source.offset,
            id: None,
            region: None,
            kommune: None,
            steps: Vec::new(),
            findings: Vec::new(),
            plugin_failed: false,
        }
    }

    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).min()
    }
}

/// The outcomes of a chunk, with the rulings of each plugin call they refer to.
#[derive(Debug, Default)]
pub struct Checked<'a> {
    pub outcomes: Vec<Outcome<'a>>,
    pub rulings: Vec<Vec<Arc<Ruling>>>,
}

impl Checked<'_> {
    pub fn ruling(&self, r: RulingRef) -> &Ruling {
        &self.rulings[r.batch as usize][r.index as usize]
    }
}

/// A pathway read and routed, waiting for its plugin call.
struct Ready<'a> {
    outcome: usize,
    region: usize,
    doc: Doc<'a>,
    /// the resolved kommunenummer
    kommune: &'static str,
}

/// Adds a pathway and its steps to `b`. Texts are not deduplicated: copying a step's
/// short id and task is cheaper than hashing them (measured), and the plugin does not
/// care.
fn push_doc(b: &mut PathwayBatch, doc: &Doc<'_>, kommune: &str) {
    let kommune = Some(b.push_text(kommune));
    let diagnosis = doc.patient.diagnosis.as_deref().map(|d| b.push_text(d));
    b.push_pathway(doc.to_pathway(kommune, diagnosis));
    for s in &doc.steps {
        let (id, task) = (b.push_text(&s.id), b.push_text(&s.task));
        b.push_step(s.to_step(id, task));
    }
}

/// Checks the pathways in `sources` (a chunk: whole files or lines of one file).
pub fn check<'a>(
    host: &Host,
    regions: &Regions,
    sources: &[Source<'a>],
    opts: Options,
) -> Checked<'a> {
    let mut checked = Checked {
        outcomes: Vec::with_capacity(sources.len()),
        rulings: Vec::new(),
    };
    let mut locators: Vec<Locator<'_>> = Vec::with_capacity(sources.len());
    let mut ready: Vec<Ready> = Vec::with_capacity(sources.len());
    for source in sources {
        let mut outcome = Outcome::new(source);
        let mut loc = Locator::new(*source);
        if let Some(r) = prepare(regions, &mut loc, &mut outcome) {
            ready.push(Ready {
                outcome: checked.outcomes.len(),
                ..r
            });
        }
        checked.outcomes.push(outcome);
        locators.push(loc);
    }

    // One plugin call per region and batch, in the chunk's order within each region.
    // Sorted by reference: a `Ready` holds the whole document, and moving hundreds of
    // them about was measurable.
    let mut order: Vec<&Ready> = ready.iter().collect();
    order.sort_by_key(|r| r.region);
    let mut start = 0;
    while start < order.len() {
        let region_index = order[start].region;
        let end = (start..order.len())
            .find(|&j| order[j].region != region_index || j - start == opts.batch.max(1))
            .unwrap_or(order.len());
        let region = &regions.loaded[region_index];
        let part = &order[start..end];
        let mut batch = PathwayBatch::default();
        for r in part {
            push_doc(&mut batch, &r.doc, r.kommune);
        }
        match host.check_pathways(&region.plugin, &mut batch) {
            Ok(plugin::BatchAnswer {
                mut answer,
                rulings,
            }) => {
                let b = checked.rulings.len() as u32;
                let mut errors: Vec<Option<QueryError>> = vec![None; part.len()];
                for e in std::mem::take(&mut answer.errors) {
                    errors[e.pathway as usize] = Some(e.error);
                }
                let mut findings: Vec<Vec<plugin::Finding>> = vec![Vec::new(); part.len()];
                for f in std::mem::take(&mut answer.findings) {
                    findings[f.pathway as usize].push(f.finding);
                }
                let mut verdicts = answer.step_verdicts();
                for (k, r) in part.iter().enumerate() {
                    let outcome = &mut checked.outcomes[r.outcome];
                    let error = errors[k].take();
                    let steps: Vec<StepVerdict> = if error.is_some() {
                        Vec::new()
                    } else {
                        verdicts.by_ref().take(r.doc.steps.len()).collect()
                    };
                    let report = Report {
                        error,
                        steps,
                        findings: std::mem::take(&mut findings[k]),
                    };
                    apply(
                        region,
                        b,
                        &r.doc,
                        report,
                        &rulings,
                        outcome,
                        &mut locators[r.outcome],
                    );
                    if opts.explain {
                        explain(host, region, &r.doc, r.kommune, outcome);
                    }
                }
                drop(verdicts);
                checked.rulings.push(rulings);
            }
            Err(e) => {
                for r in part {
                    let outcome = &mut checked.outcomes[r.outcome];
                    outcome.plugin_failed = true;
                    let location = locators[r.outcome].locate("/region");
                    outcome.findings.push(Finding::engine(
                        Code::PluginFailed,
                        Severity::Error,
                        e.to_string(),
                        "/region".into(),
                        location,
                        e.help(),
                    ));
                }
            }
        }
        start = end;
    }
    for o in &mut checked.outcomes {
        o.findings.sort_by(|a, b| {
            (a.location.start, a.severity, &a.code).cmp(&(b.location.start, b.severity, &b.code))
        });
    }
    checked
}

/// The batch the plugin gets for `docs`, each with its resolved kommunenummer.
pub fn batch<'a>(docs: impl IntoIterator<Item = (&'a Doc<'a>, &'a str)>) -> PathwayBatch {
    let mut batch = PathwayBatch::default();
    for (doc, kommune) in docs {
        push_doc(&mut batch, doc, kommune);
    }
    batch
}

/// What the plugin said about one pathway.
struct Report {
    error: Option<QueryError>,
    steps: Vec<StepVerdict>,
    findings: Vec<plugin::Finding>,
}

/// Reads one pathway and routes it; `None` when it cannot go to a plugin.
fn prepare<'a>(
    regions: &Regions,
    loc: &mut Locator<'a>,
    outcome: &mut Outcome<'a>,
) -> Option<Ready<'a>> {
    let text = loc.source.text;
    let doc = match serde_json::from_str::<Doc<'_>>(text) {
        Ok(doc) if doc.conforms() => doc,
        fast => {
            let mut findings = document::located_schema_findings(loc);
            if findings.is_empty() {
                // The typed read refused what the schema accepts: say so rather than
                // let the pathway pass unchecked.
                let why = match fast {
                    Err(e) => e.to_string(),
                    Ok(_) => crate::t!("findings-schema-constraint"),
                };
                findings.push(Finding::engine(
                    Code::Unreadable,
                    Severity::Error,
                    crate::t!("findings-pathway-unreadable", why = why),
                    String::new(),
                    loc.locate(""),
                    Some(crate::t!(
                        "findings-compare-with-schema",
                        schema = crate::document::schema::Schema::pathway().name
                    )),
                ));
            }
            outcome.id = serde_json::from_str::<serde_json::Value>(text)
                .ok()
                .and_then(|v| {
                    v.get("id")
                        .and_then(|i| i.as_str())
                        .map(|i| Cow::Owned(i.to_string()))
                });
            outcome.findings = findings;
            return None;
        }
    };
    outcome.id = Some(doc.id.clone());
    outcome.region = Some(doc.region.clone());
    outcome.steps = doc
        .steps
        .iter()
        .map(|s| StepOutcome {
            id: s.id.clone(),
            task: s.task.clone(),
            planned: s.planned_owner.map(document::LevelDoc::level),
            verdict: None,
            ruling: None,
            trace: Vec::new(),
        })
        .collect();
    for p in document::problems(&doc) {
        let location = loc.locate(&p.pointer);
        outcome.findings.push(Finding::engine(
            p.code, p.severity, p.message, p.pointer, location, p.help,
        ));
    }

    let Some(region) = regions.find(&doc.region) else {
        route_failure(regions, &doc.region, loc, outcome);
        return None;
    };
    let info = &regions.loaded[region].info;
    let number = resolve_kommune(&doc.kommune, info, loc, outcome)?;
    outcome.kommune = Some(number);
    Some(Ready {
        outcome: 0,
        region,
        doc,
        kommune: number,
    })
}

fn route_failure(regions: &Regions, id: &str, loc: &mut Locator<'_>, outcome: &mut Outcome<'_>) {
    let location = loc.locate("/region");
    if let Some((_, why, help)) = regions.failed.iter().find(|(f, _, _)| f == id) {
        outcome.plugin_failed = true;
        outcome.findings.push(Finding::engine(
            Code::PluginFailed,
            Severity::Error,
            why.clone(),
            "/region".into(),
            location,
            help.clone(),
        ));
        return;
    }
    let help = crate::suggest::did_you_mean(id, regions.loaded.iter().map(|r| r.info.id.as_str()))
        .or_else(|| Some(crate::t!("findings-regions-help")));
    outcome.findings.push(Finding::engine(
        Code::UnknownRegion,
        Severity::Error,
        crate::t!("findings-no-region-plugin", region = id),
        "/region".into(),
        location,
        help,
    ));
}

/// Today's kommunenummer for what the document says, in the region; else a finding.
fn resolve_kommune(
    input: &str,
    info: &RegionInfo,
    loc: &mut Locator<'_>,
    outcome: &mut Outcome<'_>,
) -> Option<&'static str> {
    let register = kommune::register();
    let mut push = |code: Code, severity: Severity, message: String, help: Option<String>| {
        let location = loc.locate("/kommune");
        outcome.findings.push(Finding::engine(
            code,
            severity,
            message,
            "/kommune".into(),
            location,
            help,
        ));
    };
    let serves = |k: &kommune::Kommune| info.kommuner.contains(&k.number);
    let k = match register.by_number(input) {
        Some(k) => k,
        None => {
            let in_region = kommune::InRegion {
                id: &info.id,
                serves: &serves,
            };
            match register.resolve_in(input, Some(in_region)) {
                Ok(r) => {
                    match (&r.note, r.former) {
                        (Some(note), Some(_)) => push(
                            Code::OldKommune,
                            Severity::Warning,
                            crate::t!("findings-old-kommune-input", input = input, note = note),
                            Some(crate::t!(
                                "findings-write-number",
                                number = &r.kommune.number
                            )),
                        ),
                        (Some(note), None) => push(
                            Code::HomonymKommune,
                            Severity::Info,
                            note.clone(),
                            Some(crate::t!(
                                "findings-write-number",
                                number = &r.kommune.number
                            )),
                        ),
                        (None, _) => {}
                    }
                    r.kommune
                }
                Err(e) => {
                    let (code, help) = match &e {
                        kommune::KommuneError::Unknown { suggestions, .. }
                            if suggestions.is_empty() =>
                        {
                            (
                                Code::UnknownKommune,
                                crate::t!("findings-kommune-input-help"),
                            )
                        }
                        kommune::KommuneError::Unknown { .. } => (Code::UnknownKommune, e.help()),
                        kommune::KommuneError::Ambiguous { .. } => {
                            (Code::AmbiguousKommune, e.help())
                        }
                    };
                    push(code, Severity::Error, e.to_string(), Some(help));
                    return None;
                }
            }
        }
    };
    if !serves(k) {
        push(
            Code::KommuneOutsideRegion,
            Severity::Error,
            crate::t!(
                "findings-kommune-outside-region",
                number = &k.number,
                name = &k.name,
                region = &info.id,
                hf = info.hf_parties.join(", ")
            ),
            Some(register.outside_region_help(k).0),
        );
        return None;
    }
    if let Some(m) = k.membership(&info.id).filter(|m| !m.settled) {
        push(
            Code::UnsettledKommune,
            Severity::Info,
            kommune::unsettled(&info.id, &k.number, &k.name, m.note.as_deref()),
            Some(crate::t!("findings-unsettled-kommune-pathway-help")),
        );
    }
    Some(k.number.as_str())
}

/// "Did you mean" for an unknown task id; the same typo recurs across a file, so the
/// answers are kept (per thread, at most a few thousand).
fn suggest_task(info: &RegionInfo, task: &str) -> Option<String> {
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, Option<String>>> =
            Default::default();
    }
    let compute = || {
        crate::suggest::did_you_mean(task, info.tasks.iter().map(|t| t.id.as_str()))
            .or_else(|| Some(crate::t!("findings-task-ids-help")))
    };
    // The answer is in the thread's language: a server thread answers in several.
    let key = format!("{}\0{}\0{task}", crate::i18n::current().id(), info.id);
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(s) = seen.get(&key) {
            return s.clone();
        }
        let s = compute();
        if seen.len() < 4096 {
            seen.insert(key, s.clone());
        }
        s
    })
}

fn task_name<'a>(info: &'a RegionInfo, id: &str) -> Cow<'a, str> {
    info.tasks
        .iter()
        .find(|t| t.id == id)
        .map_or(Cow::Borrowed("?"), |t| Cow::Borrowed(t.name.as_str()))
}

fn plugin_origin(region: &Region, ruling: &Ruling) -> Origin {
    Origin::Plugin {
        plugin: region.plugin.name.clone(),
        rule: ruling.rule.clone(),
        basis: ruling.basis.clone(),
    }
}

/// The owner as the ruling names it: "the hf" or "the hf (lead, with the kommune
/// contributing)".
fn owner_text(r: &Ruling) -> String {
    if r.contributors.is_empty() {
        crate::t!("findings-owner", owner = r.owner.id())
    } else {
        let c: Vec<String> = r
            .contributors
            .iter()
            .map(|l| crate::t!("findings-level", level = l.id()))
            .collect();
        crate::t!(
            "findings-owner-lead",
            owner = r.owner.id(),
            contributors = c.join(", ")
        )
    }
}

/// Turns a plugin's report on one pathway into step verdicts and located findings.
#[allow(clippy::too_many_arguments)]
fn apply(
    region: &Region,
    batch: u32,
    doc: &Doc<'_>,
    report: Report,
    rulings: &[Arc<Ruling>],
    outcome: &mut Outcome<'_>,
    loc: &mut Locator<'_>,
) {
    let info = &region.info;
    if let Some(e) = report.error {
        let (code, pointer, message, help) = match e {
            QueryError::UnknownDiagnosis(d) => (
                Code::UnknownDiagnosis,
                "/patient/diagnosis",
                crate::t!("findings-unknown-diagnosis", diagnosis = &d),
                crate::suggest::did_you_mean(&d, info.diagnosis_groups.iter().map(String::as_str))
                    .or_else(|| Some(crate::t!("findings-diagnosis-groups-help"))),
            ),
            QueryError::KommuneNotInRegion(k) => (
                Code::KommuneOutsideRegion,
                "/kommune",
                crate::t!(
                    "findings-region-does-not-serve",
                    region = &info.id,
                    kommune = k
                ),
                None,
            ),
            QueryError::UnknownTask(t) => (
                Code::UnknownTask,
                "",
                crate::t!("findings-unknown-task", task = t),
                None,
            ),
            QueryError::InvalidQuery(m) => (Code::InvalidPathway, "", m, None),
        };
        let location = loc.locate(pointer);
        outcome.findings.push(Finding::engine(
            code,
            Severity::Error,
            message,
            pointer.into(),
            location,
            help,
        ));
        return;
    }
    for (i, (v, step)) in report.steps.iter().zip(&mut outcome.steps).enumerate() {
        step.verdict = Some(v.verdict);
        step.ruling = v.ruling.map(|index| RulingRef { batch, index });
        let ruling = v.ruling.map(|k| &rulings[k as usize]);
        let task: &str = &doc.steps[i].task;
        let finding = match (v.verdict, ruling) {
            (Verdict::UnknownTask, _) => {
                let pointer = format!("/steps/{i}/task");
                let location = loc.locate(&pointer);
                Some(Finding::engine(
                    Code::UnknownTask,
                    Severity::Error,
                    crate::t!("findings-step-unknown-task", step = &*step.id, task = task),
                    pointer,
                    location,
                    suggest_task(info, task),
                ))
            }
            (Verdict::WrongLevel, Some(r)) => {
                let pointer = format!("/steps/{i}/planned_owner");
                Some(Finding {
                    code: Code::WrongLevel.id().into(),
                    severity: Severity::Error,
                    message: crate::t!(
                        "findings-wrong-level",
                        step = &*step.id,
                        task = task_name(info, task),
                        planned = step.planned.map_or("?", Level::id),
                        owner = owner_text(r),
                        clause = &r.clause
                    ),
                    location: loc.locate(&pointer),
                    pointer,
                    origin: plugin_origin(region, r),
                    help: Some(crate::t!(
                        "findings-wrong-level-help",
                        owner = r.owner.id(),
                        note = &r.note
                    )),
                })
            }
            (Verdict::NoOwner, Some(r)) => {
                let pointer = format!("/steps/{i}");
                Some(Finding {
                    code: Code::NoOwner.id().into(),
                    severity: Severity::Error,
                    message: crate::t!(
                        "findings-no-owner",
                        step = &*step.id,
                        task = task_name(info, task),
                        owner = owner_text(r),
                        clause = &r.clause
                    ),
                    location: loc.locate(&pointer),
                    pointer,
                    origin: plugin_origin(region, r),
                    help: Some(crate::t!("findings-no-owner-help", owner = r.owner.id())),
                })
            }
            (Verdict::NotCovered, Some(r)) => {
                let pointer = format!("/steps/{i}/task");
                Some(Finding {
                    code: Code::NotCovered.id().into(),
                    severity: Severity::Warning,
                    message: crate::t!(
                        "findings-not-covered",
                        step = &*step.id,
                        task = task_name(info, task),
                        region = &info.id,
                        owner = owner_text(r)
                    ),
                    location: loc.locate(&pointer),
                    pointer,
                    origin: plugin_origin(region, r),
                    help: Some(crate::t!("findings-not-covered-help")),
                })
            }
            _ => None,
        };
        outcome.findings.extend(finding);
    }
    for f in report.findings {
        let location = loc.locate(&f.pointer);
        outcome
            .findings
            .push(Finding::plugin(&region.plugin.name, f, location));
    }
}

/// Adds each step's rule chain, asking the plugin one step at a time.
fn explain(host: &Host, region: &Region, doc: &Doc<'_>, kommune: &str, outcome: &mut Outcome<'_>) {
    let pathway = doc.to_pathway(None, None);
    for (step, s) in doc.steps.iter().zip(&mut outcome.steps) {
        if matches!(s.verdict, None | Some(Verdict::UnknownTask)) {
            continue;
        }
        let q = Query {
            task: step.task.to_string(),
            kommune: Some(kommune.to_string()),
            diagnosis: doc.patient.diagnosis.as_deref().map(str::to_string),
            age: pathway.age,
            phase: step.to_step(0, 0).phase,
        };
        s.trace = match host.who(&region.plugin, &q) {
            Ok(Ok(r)) => r.trace,
            Ok(Err(e)) => vec![crate::t!(
                "findings-plugin-refused-query",
                error = format!("{e:?}")
            )],
            Err(e) => vec![crate::t!("findings-plugin-failed", error = e.to_string())],
        };
    }
}

/// A finding about a whole file or line that could not be read as a pathway.
pub fn unreadable(
    source: Source<'_>,
    code: Code,
    message: String,
    help: Option<String>,
) -> Outcome<'static> {
    let mut o = Outcome::new(&source);
    o.findings.push(Finding::engine(
        code,
        Severity::Error,
        message,
        String::new(),
        document::shift(Location::START, source),
        help,
    ));
    o
}

/// A host and the embedded helse-bergen plugin, made once for the tests of this module
/// and its children.
#[cfg(test)]
pub(crate) fn test_setup() -> &'static (crate::Host, Regions) {
    static S: std::sync::OnceLock<(crate::Host, Regions)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let host = crate::Host::new(crate::Limits::default(), None).unwrap();
        let regions = Regions::embedded(&host, &["helse-bergen"]);
        assert!(regions.failed.is_empty(), "{:?}", regions.failed);
        (host, regions)
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    use super::test_setup as setup;

    fn lines(seed: u64, n: usize) -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        let mut g = crate::synth::Pathways::from_repo(root, seed).unwrap();
        (0..n)
            .map(|_| g.next_line().trim_end().to_string())
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Generated pathways with a byte cut or replaced: every finding points inside
        /// its own line, and the same input gives the same outcomes.
        #[test]
        fn findings_point_inside_their_line_and_checks_repeat(
            seed in 1u64..1000, cut in 0usize..2000, at in 0usize..2000, byte in any::<u8>()
        ) {
            let (host, regions) = setup();
            let mut texts = lines(seed, 4);
            let damaged = &mut texts[1];
            let mut bytes = damaged.as_bytes()[..cut.clamp(1, damaged.len())].to_vec();
            let i = at % bytes.len();
            bytes[i] = byte;
            *damaged = String::from_utf8_lossy(&bytes).replace('\n', " ");
            let mut offset = 0;
            let sources: Vec<Source<'_>> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let s = Source { text: t, first_line: i + 1, offset };
                    offset += t.len() + 1;
                    s
                })
                .collect();
            let first = check(host, regions, &sources, Options::default());
            let again = check(host, regions, &sources, Options::default());
            prop_assert_eq!(format!("{:?}", first.outcomes), format!("{:?}", again.outcomes));
            for (o, s) in first.outcomes.iter().zip(&sources) {
                for f in &o.findings {
                    prop_assert_eq!(f.location.line, s.first_line, "{:?}", f);
                    prop_assert!(f.location.start >= s.offset && f.location.end <= s.offset + s.text.len(), "{:?}", f);
                }
            }
        }
    }

    /// The typed fast path accepts exactly what the JSON Schema accepts, on the
    /// repository's pathways, the fixtures and generated ones.
    #[test]
    fn the_fast_path_agrees_with_the_schema() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap();
        let mut texts: Vec<String> = lines(7, 200);
        for dir in [
            "tests/fixtures/pathways",
            "agreements/helse-bergen/pathways",
        ] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let bytes = std::fs::read(e.unwrap().path()).unwrap();
                texts.extend(String::from_utf8_lossy(&bytes).lines().map(str::to_string));
                texts.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        let mut both = 0;
        for t in &texts {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(t) else {
                continue;
            };
            let fast = serde_json::from_str::<document::Doc<'_>>(t).is_ok_and(|d| d.conforms());
            assert_eq!(fast, document::schema_valid(&v), "{t}");
            both += usize::from(fast);
        }
        assert!(both > 100, "{both}");
    }
}
