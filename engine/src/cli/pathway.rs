//! `ansvar pathway check`: planned patient pathways, step by step, against the region's
//! rules; streaming, on every core.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use ansvar::finding::FileReport;
use ansvar::pathway::run::{self, RunOptions, Stats, Style};
use ansvar::pathway::{self, Options, Regions};
use ansvar::report;

use super::files;
use super::output::{CliError, Exit, Out};
use super::regions_load;
use super::{Format, Global};

#[derive(Debug, clap::Subcommand)]
pub enum PathwayCommand {
    /// Check pathways: one JSON document per file, or JSON Lines (.jsonl) with one
    /// pathway per line; `-` reads JSON Lines from stdin
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Pathway files, directories (searched for *.jsonl, *.ndjson and *.json under a
    /// `pathways` directory), glob patterns, or `-` for stdin
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Show the rule chain behind each step's verdict (one more plugin call per step)
    #[arg(long)]
    pub explain: bool,
    /// Exit with code 1 on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
    /// Largest single-document file, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = RunOptions::default().max_file_bytes)]
    pub max_file_bytes: u64,
    /// Largest JSON Lines line, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = RunOptions::default().max_line_bytes)]
    pub max_line_bytes: usize,
    /// Worker threads (default: one per core)
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Pathways per plugin call
    #[arg(long, value_name = "N", default_value_t = Options::default().batch)]
    pub batch: usize,
}

pub fn run(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    cmd: &PathwayCommand,
) -> Result<Exit, CliError> {
    let PathwayCommand::Check(args) = cmd;
    let mut exit = Exit::Ok;
    let mut files = Vec::new();
    let mut unreadable: Vec<FileReport> = Vec::new();
    for p in &args.paths {
        if p == "-" {
            files.push(PathBuf::from("-"));
            continue;
        }
        let before = files.len();
        match files::collect(
            p,
            files::Kind::Pathways,
            g.follow_links,
            &mut files,
            &mut unreadable,
        ) {
            Ok(()) if files.len() == before && std::path::Path::new(p).is_dir() => {
                let e = CliError::usage("no-pathways", format!("no pathway files in `{p}`"))
                    .with_help(Some(
                    "pathway files are *.jsonl, *.ndjson, or *.json under a `pathways` directory"
                        .into(),
                ));
                out.error(&e);
                exit = exit.max_with(e.exit);
            }
            Ok(()) => {}
            Err(e) => {
                out.error(&e);
                exit = exit.max_with(e.exit);
            }
        }
    }
    for r in &unreadable {
        for f in &r.findings {
            eprintln!("error: {}: {}", r.path.display(), f.message);
        }
        exit = exit.max_with(Exit::Findings);
    }
    if files.is_empty() {
        return Ok(exit.max_with(Exit::Usage));
    }

    let (loaded, failed) = regions_load::all(host, g);
    let mut regions = Regions::default();
    for (id, e) in failed {
        // A plugin that did not load is a failed plugin (exit 3) even when no pathway
        // names its region: a refused `--plugin` for a region leaves the embedded plugin
        // to answer, which the user did not ask for.
        exit = exit.max_with(Exit::Plugin);
        if !g.quiet {
            out.error(&e);
        }
        regions
            .failed
            .push((id.unwrap_or_default().to_string(), e.message, e.help));
    }
    regions.loaded = loaded
        .into_iter()
        .map(|l| pathway::Region {
            plugin: l.plugin,
            info: l.info,
        })
        .collect();

    let style = match out.format {
        Format::Human => Style::Human,
        Format::Jsonl => Style::Jsonl,
        Format::Github => Style::Github,
        Format::Json | Format::Sarif | Format::Junit | Format::Md | Format::Html => Style::Collect,
    };
    let opts = RunOptions {
        check: Options {
            explain: args.explain,
            batch: args.batch.max(1),
        },
        style,
        jobs: args
            .jobs
            .unwrap_or_else(|| RunOptions::default().jobs)
            .max(1),
        max_file_bytes: args.max_file_bytes,
        max_line_bytes: args.max_line_bytes,
        progress: !g.quiet && std::io::stderr().is_terminal(),
        ..RunOptions::default()
    };

    let (stats, _reports) = match &g.output {
        Some(path) => {
            let unwritable = |e: std::io::Error| {
                CliError::usage(
                    "unwritable-output",
                    format!("cannot write `{}`: {e}", path.display()),
                )
                .with_help(Some("the file, if it existed, is unchanged".into()))
            };
            let mut file = ansvar::atomic::AtomicFile::create(path).map_err(unwritable)?;
            let (stats, reports) =
                run::run(host, &regions, &files, &opts, &mut file).map_err(unwritable)?;
            finish(&mut file, style, out.format, &stats, reports.as_slice()).map_err(unwritable)?;
            file.commit().map_err(unwritable)?;
            (stats, reports)
        }
        None => {
            let stdout = std::io::stdout();
            let mut sink = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
            let result =
                run::run(host, &regions, &files, &opts, &mut sink).and_then(|(stats, reports)| {
                    finish(&mut sink, style, out.format, &stats, &reports)?;
                    sink.flush()?;
                    Ok((stats, reports))
                });
            match result {
                Ok(r) => r,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(exit),
                Err(e) => {
                    return Err(CliError::usage(
                        "unwritable-output",
                        format!("cannot write to stdout: {e}"),
                    ));
                }
            }
        }
    };
    if style != Style::Human && !g.quiet {
        eprintln!("{}", summary(&stats));
    }
    if stats.plugin_failed {
        exit = exit.max_with(Exit::Plugin);
    }
    if stats.errors > 0 || (args.deny_warnings && stats.warnings > 0) {
        exit = exit.max_with(Exit::Findings);
    }
    Ok(exit)
}

/// What follows the streamed part: the summary, or the whole document of a collecting
/// format.
fn finish(
    w: &mut dyn Write,
    style: Style,
    format: Format,
    stats: &Stats,
    reports: &[FileReport],
) -> std::io::Result<()> {
    match (style, format) {
        (Style::Human, _) => writeln!(w, "{}", summary(stats)),
        (Style::Collect, Format::Json) => {
            let mut doc = report::json(reports);
            doc["pathways"] = pathway_counts(stats);
            serde_json::to_writer_pretty(&mut *w, &doc)?;
            writeln!(w)
        }
        (Style::Collect, Format::Sarif) => {
            serde_json::to_writer_pretty(&mut *w, &report::sarif(reports))?;
            writeln!(w)
        }
        (Style::Collect, _) => w.write_all(report::junit(reports).as_bytes()),
        _ => Ok(()),
    }
}

fn pathway_counts(s: &Stats) -> serde_json::Value {
    let v = s.verdicts;
    serde_json::json!({
        "pathways": s.pathways,
        "with_errors": s.failing,
        "steps": s.steps,
        "verdicts": {
            "ok": v[0], "contributor": v[1], "wrong-level": v[2],
            "unknown-task": v[3], "no-owner": v[4], "not-covered": v[5], "not-checked": v[6],
        },
    })
}

fn summary(s: &Stats) -> String {
    let p = report::plural;
    format!(
        "checked {} pathway{} ({} step{}) in {} file{}: {} with errors; {} error{}, {} warning{}, {} info",
        s.pathways,
        p(s.pathways as usize),
        s.steps,
        p(s.steps as usize),
        s.files,
        p(s.files),
        s.failing,
        s.errors,
        p(s.errors as usize),
        s.warnings,
        p(s.warnings as usize),
        s.infos
    )
}
