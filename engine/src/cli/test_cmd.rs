//! `ansvar test`: test-case files for the people who write region rules. A case is a
//! query with the expected ruling, a pathway with the expected findings and verdicts, or
//! an agreement with the expected findings; each runs against the built plugin.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use ansvar::agreement::ReadLimits;
use ansvar::finding::FileReport;
use ansvar::pathway::document::Source;
use ansvar::pathway::{self, Options, Region, Regions};
use ansvar::plugin::{AgeGroup, Level, Phase, Query};
use serde::Deserialize;
use serde_json::{Value, json};

use super::output::{CliError, ErrorKind, Exit, Out};
use super::{Global, TestFormat, files, regions_load};

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// Case files, or directories searched for *.json under a `cases` directory
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    region: String,
    cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    who: Option<WhoCase>,
    /// a pathway document, inline or a path relative to the case file
    #[serde(default)]
    pathway: Option<Value>,
    /// an agreement document: a path relative to the case file
    #[serde(default)]
    agreement: Option<String>,
    expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WhoCase {
    task: String,
    #[serde(default)]
    kommune: Option<String>,
    #[serde(default)]
    diagnosis: Option<String>,
    #[serde(default)]
    age: Option<String>,
    #[serde(default)]
    phase: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    contributors: Option<Vec<String>>,
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    clause: Option<String>,
    #[serde(default)]
    source: Option<String>,
    /// finding codes, in any order
    #[serde(default)]
    findings: Option<Vec<String>>,
    /// step id → verdict
    #[serde(default)]
    verdicts: Option<BTreeMap<String, String>>,
}

/// What the cases exercised.
#[derive(Default)]
struct Coverage {
    tasks: BTreeSet<String>,
    phases: BTreeSet<String>,
    ages: BTreeSet<String>,
    diagnoses: BTreeSet<String>,
    kommuner: BTreeSet<String>,
}

impl Coverage {
    fn context(&mut self, kommune: Option<&str>, diagnosis: Option<&str>, age: Option<&str>) {
        self.kommuner.insert(kommune.unwrap_or("-").to_string());
        self.diagnoses.insert(diagnosis.unwrap_or("-").to_string());
        self.ages.insert(age.unwrap_or("-").to_string());
    }
}

struct Outcome {
    file: String,
    name: String,
    /// (what, expected, actual) for every difference
    diffs: Vec<(String, String, String)>,
    error: Option<String>,
}

fn age(s: &str) -> Option<AgeGroup> {
    match s {
        "child" => Some(AgeGroup::Child),
        "adult" => Some(AgeGroup::Adult),
        "elderly" => Some(AgeGroup::Elderly),
        _ => None,
    }
}

fn phase(s: &str) -> Option<Phase> {
    match s {
        "before" => Some(Phase::Before),
        "during" => Some(Phase::During),
        "after" => Some(Phase::After),
        _ => None,
    }
}

fn level(l: Level) -> String {
    match l {
        Level::Hf => "hf".into(),
        Level::Kommune => "kommune".into(),
    }
}

fn compare(
    diffs: &mut Vec<(String, String, String)>,
    what: &str,
    expected: Option<String>,
    actual: String,
) {
    let shown = |s: String| {
        if s.is_empty() {
            ansvar::t!("commands-test-none")
        } else {
            s
        }
    };
    if let Some(e) = expected
        && e != actual
    {
        diffs.push((what.into(), shown(e), shown(actual)));
    }
}

pub fn run(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    format: TestFormat,
    args: &TestArgs,
) -> Result<Exit, CliError> {
    let mut paths = Vec::new();
    let mut unreadable: Vec<FileReport> = Vec::new();
    for p in &args.paths {
        files::collect(
            p,
            files::Kind::Cases,
            g.follow_links,
            &mut paths,
            &mut unreadable,
        )?;
    }
    if let Some(r) = unreadable.first() {
        return Err(CliError::usage(
            ErrorKind::UnreadablePath,
            ansvar::t!(
                "commands-test-unreadable",
                path = r.path.display().to_string()
            ),
        ));
    }
    if paths.is_empty() {
        return Err(
            CliError::usage(ErrorKind::NoCases, ansvar::t!("commands-test-no-cases"))
                .with_help(Some(ansvar::t!("commands-test-no-cases-help"))),
        );
    }
    let mut outcomes = Vec::new();
    let mut coverage: BTreeMap<String, Coverage> = BTreeMap::new();
    let mut task_ids: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut diagnosis_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut kommune_count: BTreeMap<String, usize> = BTreeMap::new();
    for path in &paths {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            CliError::usage(
                ErrorKind::UnreadablePath,
                ansvar::t!(
                    "commands-test-unreadable-because",
                    path = &file,
                    error = e.to_string()
                ),
            )
        })?;
        let cases: CaseFile = serde_json::from_str(&text).map_err(|e| {
            CliError::usage(
                ErrorKind::BadCaseFile,
                format!("{file}:{}:{}: {e}", e.line(), e.column()),
            )
            .with_help(Some(ansvar::t!("commands-test-bad-case-file-help")))
        })?;
        let loaded = regions_load::one(host, g, &cases.region)?;
        task_ids.insert(
            cases.region.clone(),
            loaded.info.tasks.iter().map(|t| t.id.clone()).collect(),
        );
        diagnosis_ids.insert(cases.region.clone(), loaded.info.diagnosis_groups.len());
        kommune_count.insert(cases.region.clone(), loaded.info.kommuner.len());
        let region = Region {
            plugin: loaded.plugin,
            info: loaded.info,
        };
        let cov = coverage.entry(cases.region.clone()).or_default();
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut checks = super::check::RunRegions::new(host, g);
        let regions = Regions {
            loaded: vec![region],
            failed: Vec::new(),
        };
        let region = &regions.loaded[0];
        for case in cases.cases {
            let mut o = Outcome {
                file: file.clone(),
                name: case.name.clone(),
                diffs: Vec::new(),
                error: None,
            };
            let e = &case.expect;
            if let Some(w) = &case.who {
                cov.tasks.insert(w.task.clone());
                cov.phases.insert(w.phase.clone().unwrap_or("-".into()));
                let serves =
                    |k: &ansvar::kommune::Kommune| region.info.kommuner.contains(&k.number);
                let in_region = ansvar::kommune::InRegion {
                    id: &region.info.id,
                    serves: &serves,
                };
                let kommune = match &w.kommune {
                    Some(k) => match ansvar::kommune::register().resolve_in(k, Some(in_region)) {
                        Ok(r) => Some(r.kommune.number.clone()),
                        Err(err) => {
                            o.error = Some(err.to_string());
                            outcomes.push(o);
                            continue;
                        }
                    },
                    None => None,
                };
                cov.context(kommune.as_deref(), w.diagnosis.as_deref(), w.age.as_deref());
                let q = Query {
                    task: w.task.clone(),
                    kommune,
                    diagnosis: w.diagnosis.clone(),
                    age: w.age.as_deref().and_then(age),
                    phase: w.phase.as_deref().and_then(phase),
                };
                match host.who(&region.plugin, &q) {
                    Ok(Ok(r)) => {
                        compare(&mut o.diffs, "owner", e.owner.clone(), level(r.owner));
                        compare(
                            &mut o.diffs,
                            "contributors",
                            e.contributors.as_ref().map(|c| c.join(", ")),
                            r.contributors
                                .iter()
                                .map(|l| level(*l))
                                .collect::<Vec<_>>()
                                .join(", "),
                        );
                        compare(&mut o.diffs, "rule", e.rule.clone(), r.rule.clone());
                        compare(&mut o.diffs, "clause", e.clause.clone(), r.clause.clone());
                        let source = match r.source {
                            ansvar::plugin::RuleSource::Region => "region",
                            ansvar::plugin::RuleSource::Baseline => "baseline",
                        };
                        compare(&mut o.diffs, "source", e.source.clone(), source.into());
                    }
                    Ok(Err(err)) => {
                        o.error = Some(ansvar::t!(
                            "commands-test-query-refused",
                            error = format!("{err:?}")
                        ))
                    }
                    Err(err) => o.error = Some(err.to_string()),
                }
            } else if let Some(p) = &case.pathway {
                let text = match p {
                    Value::String(rel) => std::fs::read_to_string(dir.join(rel)).map_err(|err| {
                        ansvar::t!(
                            "commands-test-unreadable-because",
                            path = dir.join(rel).display().to_string(),
                            error = err.to_string()
                        )
                    }),
                    other => Ok(other.to_string()),
                };
                let text = match text {
                    Ok(t) => t,
                    Err(err) => {
                        o.error = Some(err);
                        outcomes.push(o);
                        continue;
                    }
                };
                let doc: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
                cov.context(
                    doc["kommune"].as_str(),
                    doc["patient"]["diagnosis"].as_str(),
                    doc["patient"]["age_group"].as_str(),
                );
                for s in doc["steps"].as_array().into_iter().flatten() {
                    cov.tasks
                        .insert(s["task"].as_str().unwrap_or_default().to_string());
                    cov.phases
                        .insert(s["phase"].as_str().unwrap_or("-").to_string());
                }
                let sources = [Source {
                    text: &text,
                    first_line: 1,
                    offset: 0,
                }];
                let checked = pathway::check(host, &regions, &sources, Options::default());
                let outcome = &checked.outcomes[0];
                if let Some(expected) = &e.findings {
                    let mut want = expected.clone();
                    want.sort();
                    let mut got: Vec<String> =
                        outcome.findings.iter().map(|f| f.code.clone()).collect();
                    got.sort();
                    compare(
                        &mut o.diffs,
                        "findings",
                        Some(want.join(", ")),
                        got.join(", "),
                    );
                }
                for (step, verdict) in e.verdicts.iter().flatten() {
                    let got = outcome.steps.iter().find(|s| &s.id == step).map_or_else(
                        || ansvar::t!("commands-test-no-such-step"),
                        |s| pathway::render::verdict_id(s.verdict).to_string(),
                    );
                    compare(
                        &mut o.diffs,
                        &ansvar::t!("commands-test-step-verdict", step = step),
                        Some(verdict.clone()),
                        got,
                    );
                }
            } else if let Some(rel) = &case.agreement {
                let at = dir.join(rel);
                let doc: Value = std::fs::read_to_string(&at)
                    .ok()
                    .and_then(|t| serde_json::from_str(&t).ok())
                    .unwrap_or(Value::Null);
                for c in doc["clauses"].as_array().into_iter().flatten() {
                    cov.tasks
                        .insert(c["task"].as_str().unwrap_or_default().to_string());
                }
                let report = ansvar::agreement::check_file(
                    host,
                    &mut checks,
                    &at,
                    ReadLimits::default(),
                    &ansvar::agreement::today(),
                )
                .report;
                if let Some(expected) = &e.findings {
                    let mut want = expected.clone();
                    want.sort();
                    let mut got: Vec<String> =
                        report.findings.iter().map(|f| f.code.clone()).collect();
                    got.sort();
                    compare(
                        &mut o.diffs,
                        "findings",
                        Some(want.join(", ")),
                        got.join(", "),
                    );
                }
            } else {
                o.error = Some(ansvar::t!("commands-test-empty-case"));
            }
            outcomes.push(o);
        }
    }

    let failed = outcomes
        .iter()
        .filter(|o| o.error.is_some() || !o.diffs.is_empty())
        .count();
    let coverage_lines: Vec<(String, String)> = coverage
        .iter()
        .map(|(region, c)| {
            let all = &task_ids[region];
            let missing: Vec<&String> = all.iter().filter(|t| !c.tasks.contains(*t)).collect();
            let named = |s: &BTreeSet<String>| s.iter().filter(|v| *v != "-").count();
            let unset = |s: &BTreeSet<String>| if s.contains("-") { "yes" } else { "no" };
            let line = ansvar::t!(
                "commands-test-coverage",
                tasks_covered = all.len() - missing.len(),
                tasks = all.len(),
                missing_count = missing.len(),
                missing = missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                phases = named(&c.phases),
                phase_unset = unset(&c.phases),
                ages = named(&c.ages),
                age_unset = unset(&c.ages),
                diagnoses_covered = named(&c.diagnoses),
                diagnoses = diagnosis_ids[region],
                diagnosis_unset = unset(&c.diagnoses),
                kommuner_covered = named(&c.kommuner),
                kommuner = kommune_count[region],
            );
            (region.clone(), line)
        })
        .collect();

    match format {
        TestFormat::Json => out.json(&json!({
            "cases": outcomes.iter().map(|o| json!({
                "file": o.file, "name": o.name,
                "passed": o.error.is_none() && o.diffs.is_empty(),
                "error": o.error,
                "diffs": o.diffs.iter().map(|(w, e, a)| json!({"what": w, "expected": e, "actual": a})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "summary": {"cases": outcomes.len(), "passed": outcomes.len() - failed, "failed": failed},
            "coverage": coverage_lines.iter().map(|(r, l)| json!({"region": r, "coverage": l})).collect::<Vec<_>>(),
        })),
        TestFormat::Junit => out.print(&junit(&outcomes, failed)),
        TestFormat::Human => {
            let mut s = String::new();
            for o in &outcomes {
                let ok = o.error.is_none() && o.diffs.is_empty();
                let passed = if ok { "yes" } else { "no" };
                let _ = writeln!(
                    s,
                    "{}",
                    ansvar::t!("commands-test-case", passed = passed, name = &o.name, file = &o.file)
                );
                if let Some(e) = &o.error {
                    let _ = writeln!(s, "  {}", ansvar::t!("commands-test-error", error = e));
                }
                for (what, e, a) in &o.diffs {
                    let _ = writeln!(
                        s,
                        "{}",
                        ansvar::t!("commands-test-diff", what = what, expected = e, actual = a)
                    );
                }
            }
            let summary = ansvar::t!(
                "commands-test-summary",
                cases = outcomes.len(),
                passed = outcomes.len() - failed,
                failed = failed
            );
            let _ = writeln!(s, "\n{summary}");
            for (region, line) in &coverage_lines {
                let _ = writeln!(
                    s,
                    "{}",
                    ansvar::t!("commands-test-coverage-line", region = region, coverage = line)
                );
            }
            out.print(&s);
        }
    }
    Ok(if failed > 0 { Exit::Findings } else { Exit::Ok })
}

fn junit(outcomes: &[Outcome], failed: usize) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"ansvar test\" tests=\"{}\" failures=\"{failed}\">",
        outcomes.len()
    );
    let mut by_file: BTreeMap<&str, Vec<&Outcome>> = BTreeMap::new();
    for o in outcomes {
        by_file.entry(&o.file).or_default().push(o);
    }
    for (file, os) in by_file {
        let f = os
            .iter()
            .filter(|o| o.error.is_some() || !o.diffs.is_empty())
            .count();
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{f}\" errors=\"0\">",
            esc(file),
            os.len()
        );
        for o in os {
            let _ = write!(
                s,
                "    <testcase classname=\"{}\" name=\"{}\"",
                esc(file),
                esc(&o.name)
            );
            if o.error.is_none() && o.diffs.is_empty() {
                s.push_str("/>\n");
                continue;
            }
            let mut text = o.error.clone().unwrap_or_default();
            for (what, e, a) in &o.diffs {
                text.push('\n');
                text.push_str(&ansvar::t!(
                    "commands-test-junit-diff",
                    what = what,
                    expected = e,
                    actual = a
                ));
            }
            let _ = writeln!(
                s,
                ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>",
                esc(&ansvar::t!("commands-test-junit-failure")),
                esc(text.trim())
            );
        }
        s.push_str("  </testsuite>\n");
    }
    s.push_str("</testsuites>\n");
    s
}
