//! `ansvar check`: agreement files, checked like a compiler checks code.

use std::collections::HashMap;

use ansvar::agreement::{self, NoRegion, ReadLimits};
use ansvar::plugin::RegionInfo;
use ansvar::{Plugin, report};

use super::files;
use super::output::{CliError, ErrorKind, Exit, Out};
use super::regions_load::{self, Loaded};
use super::{Global, ReportFormat};

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

pub fn run(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    format: ReportFormat,
    args: &CheckArgs,
) -> Result<Exit, CliError> {
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
    let today = agreement::today();
    let mut regions = RunRegions::new(host, g);
    for file in files {
        let checked = agreement::check_file(host, &mut regions, &file, limits, &today);
        if checked.plugin_failed {
            exit = exit.max_with(Exit::Plugin);
        }
        reports.push(checked.report);
    }
    match format {
        ReportFormat::Human => out.print(&report::human(&reports)),
        ReportFormat::Json => out.json(&report::json(&reports)),
        ReportFormat::Sarif => out.json(&report::sarif(&reports)),
        ReportFormat::Github => out.print(&report::github(&reports)),
        ReportFormat::Junit => out.print(&report::junit(&reports)),
    }
    let s = report::Summary::of(&reports);
    if s.errors > 0 || (args.deny_warnings && s.warnings > 0) {
        exit = exit.max_with(Exit::Findings);
    }
    Ok(exit)
}

/// The plugins of the regions the run's agreements name, each loaded once, on demand.
pub(super) struct RunRegions<'a> {
    host: &'a ansvar::Host,
    g: &'a Global,
    loaded: HashMap<String, Result<Loaded, CliError>>,
}

impl<'a> RunRegions<'a> {
    pub(super) fn new(host: &'a ansvar::Host, g: &'a Global) -> Self {
        RunRegions {
            host,
            g,
            loaded: HashMap::new(),
        }
    }
}

impl agreement::Regions for RunRegions<'_> {
    fn region(&mut self, id: &str) -> Result<(&Plugin, &RegionInfo), NoRegion> {
        let (host, g) = (self.host, self.g);
        match self
            .loaded
            .entry(id.to_string())
            .or_insert_with(|| regions_load::one(host, g, id))
        {
            Ok(l) => Ok((&l.plugin, &l.info)),
            Err(e) => Err(NoRegion {
                unknown: e.kind == ErrorKind::UnknownRegion,
                message: e.message.clone(),
                help: e.help.clone(),
            }),
        }
    }
}
