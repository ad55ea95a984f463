//! `ansvar check`: agreement files, checked like a compiler checks code.

use std::collections::HashMap;
use std::path::Path;

use ansvar::check::{self, ReadLimits};
use ansvar::document::json::LineIndex;
use ansvar::finding::{FileReport, Finding, Origin, Severity};
use ansvar::report;

use super::files;
use super::output::{CliError, Exit, Out};
use super::regions_load::{self, Loaded};
use super::{Format, Global};

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Agreement files, directories (searched for *.json) or glob patterns
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Exit with code 1 on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Largest file accepted, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = ReadLimits::default().max_bytes)]
    pub max_file_bytes: u64,
}

pub fn run(host: &ansvar::Host, g: &Global, out: &Out, args: &CheckArgs) -> Result<Exit, CliError> {
    let mut exit = Exit::Ok;
    let mut reports = Vec::new();
    let mut files = Vec::new();
    for p in &args.paths {
        match files::collect(
            p,
            files::Kind::Agreements,
            g.follow_links,
            &mut files,
            &mut reports,
        ) {
            Ok(()) => {}
            Err(e) => {
                out.error(&e);
                exit = exit.max_with(e.exit);
            }
        }
    }
    let limits = ReadLimits {
        max_bytes: args.max_file_bytes,
        ..ReadLimits::default()
    };
    let today = check::today();
    let mut regions: HashMap<String, Result<Loaded, CliError>> = HashMap::new();
    for file in files {
        let (report, plugin_failed) = check_file(host, g, &file, limits, &today, &mut regions);
        if plugin_failed {
            exit = exit.max_with(Exit::Plugin);
        }
        reports.push(report);
    }
    for r in &mut reports {
        r.findings.sort_by_key(|f| (f.location.start, f.severity));
    }
    match out.format {
        Format::Human => out.print(&report::human(&reports)),
        Format::Json | Format::Jsonl | Format::Md | Format::Html => {
            out.json(&report::json(&reports))
        }
        Format::Sarif => out.json(&report::sarif(&reports)),
        Format::Github => out.print(&report::github(&reports)),
        Format::Junit => out.print(&report::junit(&reports)),
    }
    let s = report::Summary::of(&reports);
    if s.errors > 0 || (args.deny_warnings && s.warnings > 0) {
        exit = exit.max_with(Exit::Findings);
    }
    Ok(exit)
}

pub(super) fn check_file(
    host: &ansvar::Host,
    g: &Global,
    path: &Path,
    limits: ReadLimits,
    today: &str,
    regions: &mut HashMap<String, Result<Loaded, CliError>>,
) -> (FileReport, bool) {
    let read = check::read(path, limits);
    let mut findings = read.findings;
    let (Some(text), Some(parsed)) = (read.text.as_deref(), read.parsed.as_ref()) else {
        return (
            FileReport {
                path: path.to_path_buf(),
                text: read.text,
                findings,
            },
            false,
        );
    };
    let index = LineIndex::new(text);
    let schema = check::schema_findings(&index, parsed);
    let schema_ok = schema.is_empty();
    findings.extend(schema);
    let mut plugin_failed = false;
    if schema_ok {
        let region_id = parsed.value["region"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let region = regions
            .entry(region_id.clone())
            .or_insert_with(|| regions_load::one(host, g, &region_id));
        let info = region.as_ref().ok().map(|l| &l.info);
        findings.extend(check::engine_findings(&index, parsed, info, today));
        match region {
            Ok(loaded) => {
                match host.check_agreement(&loaded.plugin, &check::to_agreement(&parsed.value)) {
                    Ok(fs) => findings
                        .extend(fs.into_iter().map(|f| {
                            check::plugin_finding(&index, parsed, &loaded.plugin.name, f)
                        })),
                    Err(e) => {
                        plugin_failed = true;
                        findings.push(located(
                            &index,
                            parsed,
                            "plugin-failed",
                            "/region",
                            e.to_string(),
                            e.help(),
                        ));
                    }
                }
            }
            Err(e) => {
                if e.exit == Exit::Plugin {
                    plugin_failed = true;
                }
                let code = if e.kind == "unknown-region" {
                    "unknown-region"
                } else {
                    "plugin-failed"
                };
                findings.push(located(
                    &index,
                    parsed,
                    code,
                    "/region",
                    e.message.clone(),
                    e.help.clone(),
                ));
            }
        }
    }
    (
        FileReport {
            path: path.to_path_buf(),
            text: read.text,
            findings,
        },
        plugin_failed,
    )
}

fn located(
    index: &LineIndex,
    parsed: &ansvar::document::json::Parsed,
    code: &str,
    pointer: &str,
    message: String,
    help: Option<String>,
) -> Finding {
    Finding {
        code: code.into(),
        severity: Severity::Error,
        message,
        pointer: pointer.into(),
        location: check::location(index, check::span_of(parsed, pointer)),
        origin: Origin::Engine,
        help,
    }
}
