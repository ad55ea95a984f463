//! `ansvar analyze` (prove a region has no gaps or contradictions) and `ansvar matrix`
//! (the responsibility matrix for an agreement appendix).

use std::fmt::Write as _;

use ansvar::analyze;
use ansvar::pathway::Region;
use serde_json::json;

use super::output::{CliError, Exit, Out};
use super::{Format, Global, MatrixFormat, regions_load};

#[derive(Debug, clap::Args)]
pub struct AnalyzeArgs {
    /// Region id (repeatable); every region when left out
    #[arg(long, value_name = "REGION")]
    pub region: Vec<String>,
    /// How many counterexamples to show per region
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub max_examples: usize,
}

#[derive(Debug, clap::Args)]
pub struct MatrixArgs {
    /// Region id
    #[arg(long, value_name = "REGION")]
    pub region: String,
}

fn load(host: &ansvar::Host, g: &Global, ids: &[String]) -> Result<Vec<Region>, CliError> {
    if ids.is_empty() {
        let (loaded, failed) = regions_load::all(host, g);
        if let Some((_, e)) = failed.into_iter().next() {
            return Err(e);
        }
        return Ok(loaded
            .into_iter()
            .map(|l| Region {
                plugin: l.plugin,
                info: l.info,
            })
            .collect());
    }
    ids.iter()
        .map(|id| {
            regions_load::one(host, g, id).map(|l| Region {
                plugin: l.plugin,
                info: l.info,
            })
        })
        .collect()
}

pub fn analyze(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    args: &AnalyzeArgs,
) -> Result<Exit, CliError> {
    let regions = load(host, g, &args.region)?;
    let mut exit = Exit::Ok;
    let mut text = String::new();
    let mut values = Vec::new();
    for region in &regions {
        let a = analyze::analyze(host, region, args.max_examples)?;
        if a.problems > 0 {
            exit = exit.max_with(Exit::Findings);
        }
        let i = &region.info;
        let summary = ansvar::t!(
            "commands-analyze-summary",
            region = &a.region,
            points = a.points,
            tasks = i.tasks.len(),
            diagnoses = i.diagnosis_groups.len() + 1,
            kommuner = i.kommuner.len(),
            shared = a.shared_points,
            cross_checked = a.cross_checked,
            seconds = format!("{:.2}", a.elapsed.as_secs_f64())
        );
        let _ = writeln!(text, "{summary}");
        if a.problems == 0 {
            let _ = writeln!(text, "  {}", ansvar::t!("commands-analyze-ok"));
        } else {
            let problems = ansvar::t!(
                "commands-analyze-problems",
                problems = a.problems,
                shown = a.examples.len()
            );
            let _ = writeln!(text, "  {problems}");
            for p in &a.examples {
                let kind = ansvar::t!("commands-analyze-kind", kind = p.kind);
                let _ = writeln!(text, "  {kind}: {}\n    {}", p.point, p.detail);
            }
        }
        values.push(json!({
            "region": a.region,
            "points": a.points,
            "shared_points": a.shared_points,
            "cross_checked": a.cross_checked,
            "problems": a.problems,
            "examples": a.examples,
            "seconds": a.elapsed.as_secs_f64(),
        }));
    }
    match out.format {
        Format::Json => out.json(&json!({ "regions": values })),
        _ => out.print(&text),
    }
    Ok(exit)
}

pub fn matrix(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    format: MatrixFormat,
    args: &MatrixArgs,
) -> Result<Exit, CliError> {
    let region = load(host, g, std::slice::from_ref(&args.region))?
        .pop()
        .expect("one region asked for");
    let rows = analyze::matrix(host, &region)?;
    match format {
        MatrixFormat::Json => out.json(&json!({ "region": region.info.id, "rows": rows })),
        MatrixFormat::Html => out.print(&ansvar::matrix::html(&region, &rows)),
        MatrixFormat::Human | MatrixFormat::Md => {
            out.print(&ansvar::matrix::markdown(&region, &rows))
        }
    }
    Ok(Exit::Ok)
}
