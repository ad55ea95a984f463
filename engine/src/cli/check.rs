//! `ansvar check`: agreement files, checked like a compiler checks code.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use ansvar::check::{self, ReadLimits};
use ansvar::document::json::LineIndex;
use ansvar::finding::{FileReport, Finding, Origin, Severity};
use ansvar::report;

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

/// Directories under which documents are not agreements (example pathways).
const NOT_AGREEMENTS: &[&str] = &["pathways"];

pub fn run(host: &ansvar::Host, g: &Global, out: &Out, args: &CheckArgs) -> Result<Exit, CliError> {
    let mut exit = Exit::Ok;
    let mut reports = Vec::new();
    let mut files = Vec::new();
    for p in &args.paths {
        match collect(p, &mut files, &mut reports) {
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
        Format::Json => out.json(&report::json(&reports)),
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

/// Adds the agreement files named by `arg` (file, directory or glob) to `files`; a
/// directory entry that cannot be read becomes a report of its own.
fn collect(
    arg: &str,
    files: &mut Vec<PathBuf>,
    reports: &mut Vec<FileReport>,
) -> Result<(), CliError> {
    let path = Path::new(arg);
    if !path.exists() && arg.contains(['*', '?', '[']) {
        let matches = glob::glob(arg)
            .map_err(|e| CliError::usage("bad-glob", format!("invalid pattern `{arg}`: {e}")))?;
        let before = files.len();
        for m in matches.flatten() {
            if m.is_dir() {
                collect(&m.display().to_string(), files, reports)?;
            } else {
                files.push(m);
            }
        }
        if files.len() == before {
            return Err(CliError::usage(
                "no-match",
                format!("no file matches `{arg}`"),
            ));
        }
        return Ok(());
    }
    let meta = std::fs::metadata(path).map_err(|e| {
        CliError::usage("unreadable-path", format!("cannot read `{arg}`: {e}")).with_help(Some(
            "give agreement files, directories or glob patterns".into(),
        ))
    })?;
    if !meta.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut skipped = 0;
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    let walk = walk.filter_entry(|e| {
        !(e.file_type().is_dir()
            && e.depth() > 0
            && NOT_AGREEMENTS.iter().any(|n| e.file_name() == *n))
    });
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if e.path().extension().is_some_and(|x| x == "json") {
                    files.push(e.into_path());
                } else {
                    skipped += 1;
                }
            }
            Ok(_) => {}
            Err(e) => {
                let at = e
                    .path()
                    .map_or_else(|| path.to_path_buf(), Path::to_path_buf);
                let why = if e.loop_ancestor().is_some() {
                    "a symbolic link loops back to a parent directory".to_string()
                } else {
                    e.to_string()
                };
                reports.push(FileReport {
                    path: at,
                    text: None,
                    findings: vec![Finding {
                        code: "unreadable".into(),
                        severity: Severity::Error,
                        message: format!("cannot read: {why}"),
                        pointer: String::new(),
                        location: ansvar::finding::Location::START,
                        origin: Origin::Engine,
                        help: Some("remove the link or point it elsewhere".into()),
                    }],
                });
            }
        }
    }
    if skipped > 0 {
        eprintln!(
            "note: skipped {skipped} file{} in `{arg}` that {} not .json",
            if skipped == 1 { "" } else { "s" },
            if skipped == 1 { "is" } else { "are" }
        );
    }
    Ok(())
}

fn check_file(
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
