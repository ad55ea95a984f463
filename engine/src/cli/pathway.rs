//! `ansvar pathway check`: planned patient pathways, step by step, against the region's
//! rules; streaming, on every core.

use std::io::IsTerminal;
use std::path::PathBuf;

use ansvar::finding::FileReport;
use ansvar::pathway::render::{self, Ending};
use ansvar::pathway::run::{self, RunOptions, Style};
use ansvar::pathway::{self, Options, Regions, swimlane};

use super::files;
use super::output::{CliError, ErrorKind, Exit, Out};
use super::regions_load;
use super::{Global, PathwayFormat};

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
    format: PathwayFormat,
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
                let e = CliError::usage(
                    ErrorKind::NoPathways,
                    ansvar::t!("cli-no-pathways", path = p),
                )
                .with_help(Some(ansvar::t!("cli-no-pathways-help")));
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
            eprintln!(
                "{}",
                ansvar::t!(
                    "cli-file-error",
                    path = r.path.display().to_string(),
                    message = &f.message
                )
            );
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

    let (style, ending) = match format {
        PathwayFormat::Human => (Style::Human, Ending::Summary),
        PathwayFormat::Jsonl => (Style::Jsonl, Ending::Nothing),
        PathwayFormat::Github => (Style::Github, Ending::Nothing),
        PathwayFormat::Json => (Style::Collect, Ending::Json),
        PathwayFormat::Sarif => (Style::Collect, Ending::Sarif),
        PathwayFormat::Junit => (Style::Collect, Ending::Junit),
        PathwayFormat::Html => (
            Style::Swimlane {
                lanes: swimlane::MAX_LANES,
            },
            Ending::Nothing,
        ),
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

    let stats = out.write(|w| {
        if let Style::Swimlane { lanes } = style {
            // The page opens with the run's counts: the lanes are kept until the run ends.
            let mut sink = swimlane::Collector::new(lanes);
            let (stats, _) = run::run(host, &regions, &files, &opts, &mut sink)?;
            let left_out = stats.pathways.saturating_sub(sink.lanes.len() as u64);
            let page = swimlane::page(&sink.lanes, &render::summary(&stats), left_out);
            // No terminal escape from a document reaches a terminal, whatever the format.
            w.write_all(ansvar::escape::control(&page).as_bytes())?;
            return Ok(stats);
        }
        let (stats, reports) = run::run(host, &regions, &files, &opts, w)?;
        render::finish(w, ending, &stats, &reports)?;
        Ok(stats)
    })?;
    if style != Style::Human && !g.quiet {
        eprintln!("{}", render::summary(&stats));
    }
    if stats.plugin_failed {
        exit = exit.max_with(Exit::Plugin);
    }
    if stats.errors > 0 || (args.deny_warnings && stats.warnings > 0) {
        exit = exit.max_with(Exit::Findings);
    }
    Ok(exit)
}
