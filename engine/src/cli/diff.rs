//! `ansvar diff`: what a revision changes (two plugins, two agreement documents, or the
//! agreement documents of a git change), over the whole context space.

use std::path::{Path, PathBuf};

use ansvar::diff::{self, Report, Section, Side, agreement, render, rev};
use ansvar::pathway::{Region, Regions};
use ansvar::plugin::lock;

use super::output::{CliError, ErrorKind, Exit, Out};
use super::{DiffFormat, Global, regions_load};

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old and new agreement documents; with --rev, the directory or file to look in
    #[arg(value_name = "OLD NEW | PATH", num_args = 0..=2)]
    pub paths: Vec<PathBuf>,
    /// The old build of a region plugin (the embedded region of the same id when left out)
    #[arg(long, value_name = "A.wasm")]
    pub old_plugin: Option<PathBuf>,
    /// The new build of a region plugin (the embedded region of the same id when left out)
    #[arg(long, value_name = "B.wasm")]
    pub new_plugin: Option<PathBuf>,
    /// Compare the agreement documents under PATH at two git revisions, `A..B`
    #[arg(long, value_name = "A..B", conflicts_with_all = ["old_plugin", "new_plugin"])]
    pub rev: Option<String>,
    /// Also check these planned pathways (JSON Lines) with both plugins and count the
    /// verdicts that change
    #[arg(long, value_name = "FILE.jsonl")]
    pub pathways: Option<PathBuf>,
}

fn usage(kind: ErrorKind, message: String, help: String) -> CliError {
    CliError::usage(kind, message).with_help(Some(help))
}

/// A plugin file for one side: loaded and described. A build that plugins/plugins.lock
/// does not pin runs only with `--allow-unpinned`, as everywhere; the side says whether
/// it is the pinned one.
fn load_file(host: &ansvar::Host, g: &Global, path: &Path) -> Result<(Region, Side), CliError> {
    let plugin = host.load_file(path, g.allow_unpinned)?;
    let info = host.describe(&plugin)?;
    let pinned = matches!(
        lock::verdict(&info.id, &plugin.sha256),
        lock::Verdict::Pinned
    );
    let side = Side {
        label: format!("plugin file {}", path.display()),
        sha256: Some(plugin.sha256.clone()),
        pinned: Some(pinned),
    };
    Ok((Region { plugin, info }, side))
}

fn load_region(host: &ansvar::Host, g: &Global, id: &str) -> Result<(Region, Side), CliError> {
    let l = regions_load::one(host, g, id)?;
    let side = Side {
        label: match &l.plugin.origin {
            ansvar::plugin::Origin::Embedded { .. } => format!("embedded plugin {id}"),
            ansvar::plugin::Origin::File(p) => format!("plugin file {}", p.display()),
        },
        sha256: Some(l.plugin.sha256.clone()),
        pinned: Some(matches!(
            lock::verdict(id, &l.plugin.sha256),
            lock::Verdict::Pinned
        )),
    };
    Ok((
        Region {
            plugin: l.plugin,
            info: l.info,
        },
        side,
    ))
}

pub fn run(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    format: DiffFormat,
    args: &DiffArgs,
) -> Result<Exit, CliError> {
    let mut report = Report::default();
    if let Some(range) = &args.rev {
        if args.pathways.is_some() {
            return Err(usage(
                ErrorKind::BadArguments,
                ansvar::t!("diff-pathways-needs-plugins"),
                ansvar::t!("diff-pathways-needs-plugins-help"),
            ));
        }
        let [path] = args.paths.as_slice() else {
            return Err(usage(
                ErrorKind::BadArguments,
                ansvar::t!("diff-rev-one-path"),
                ansvar::t!("diff-rev-one-path-help"),
            ));
        };
        let (from, to) = rev::range(range)
            .map_err(|e| usage(ErrorKind::BadRevision, e, ansvar::t!("diff-rev-range-help")))?;
        let changed = rev::changed(&from, &to, path)
            .map_err(|e| usage(ErrorKind::BadRevision, e, ansvar::t!("diff-rev-git-help")))?;
        for r in changed {
            let is_doc = [&r.old, &r.new]
                .into_iter()
                .flatten()
                .any(|b| rev::is_agreement(b));
            if !is_doc {
                continue;
            }
            let read = |bytes: &Option<Vec<u8>>,
                        at: &str|
             -> Result<Option<agreement::Document>, CliError> {
                bytes
                    .as_deref()
                    .map(|b| agreement::read(&format!("{}@{at}", r.path), b))
                    .transpose()
                    .map_err(|e| {
                        usage(
                            ErrorKind::BadDocument,
                            e,
                            ansvar::t!("diff-fix-document-at-revision"),
                        )
                    })
            };
            let (a, b) = (read(&r.old, &from)?, read(&r.new, &to)?);
            let side = |rev: &str, present: bool| Side {
                label: if present {
                    format!("{} at {rev}", r.path)
                } else {
                    format!("no {} at {rev}", r.path)
                },
                sha256: None,
                pinned: None,
            };
            let sides = (side(&from, a.is_some()), side(&to, b.is_some()));
            report
                .sections
                .push(documents(host, g, a.as_ref(), b.as_ref(), sides)?);
        }
    } else if args.old_plugin.is_some() || args.new_plugin.is_some() {
        if !args.paths.is_empty() {
            return Err(usage(
                ErrorKind::BadArguments,
                ansvar::t!("diff-documents-or-plugins"),
                ansvar::t!("diff-documents-or-plugins-help"),
            ));
        }
        let (old, new) = match (&args.old_plugin, &args.new_plugin) {
            (Some(a), Some(b)) => (load_file(host, g, a)?, load_file(host, g, b)?),
            (Some(a), None) => {
                let old = load_file(host, g, a)?;
                let new = load_region(host, g, &old.0.info.id)?;
                (old, new)
            }
            (None, Some(b)) => {
                let new = load_file(host, g, b)?;
                (load_region(host, g, &new.0.info.id)?, new)
            }
            (None, None) => unreachable!("checked above"),
        };
        if old.0.info.id != new.0.info.id {
            return Err(usage(
                ErrorKind::DifferentRegions,
                ansvar::t!(
                    "diff-plugin-regions-differ",
                    old = &old.0.info.id,
                    new = &new.0.info.id
                ),
                ansvar::t!("diff-plugin-regions-differ-help"),
            ));
        }
        let section = diff::plugins(host, (&old.0, old.1), (&new.0, new.1))?;
        report.sections.push(section);
        if let Some(p) = &args.pathways {
            let old = Regions {
                loaded: vec![old.0],
                failed: vec![],
            };
            let new = Regions {
                loaded: vec![new.0],
                failed: vec![],
            };
            let delta = diff::pathways::compare(host, &old, &new, p).map_err(|e| {
                usage(
                    ErrorKind::UnreadablePath,
                    e,
                    ansvar::t!("diff-pathways-unreadable-help"),
                )
            })?;
            report.pathways = Some(delta);
        }
    } else {
        let [a, b] = args.paths.as_slice() else {
            return Err(usage(
                ErrorKind::BadArguments,
                ansvar::t!("diff-nothing-to-compare"),
                ansvar::t!("diff-nothing-to-compare-help"),
            ));
        };
        if args.pathways.is_some() {
            return Err(usage(
                ErrorKind::BadArguments,
                ansvar::t!("diff-pathways-needs-plugins"),
                ansvar::t!("diff-pathways-needs-plugins-help"),
            ));
        }
        let read = |p: &Path| {
            agreement::read_file(p)
                .map_err(|e| usage(ErrorKind::BadDocument, e, ansvar::t!("diff-documents-help")))
        };
        let (da, db) = (read(a)?, read(b)?);
        let side = |p: &Path| Side {
            label: p.display().to_string(),
            sha256: None,
            pinned: None,
        };
        report.sections.push(documents(
            host,
            g,
            Some(&da),
            Some(&db),
            (side(a), side(b)),
        )?);
    }
    match format {
        DiffFormat::Json => out.json(&render::json(&report)),
        DiffFormat::Md => out.print(&render::markdown(&report)),
        DiffFormat::Html => out.print(&render::html(&report)),
        DiffFormat::Human => out.print(&render::human(&report)),
    }
    Ok(if report.changed() {
        Exit::Findings
    } else {
        Exit::Ok
    })
}

/// Two versions of a document (either may be absent: added or removed) over the rules
/// in force of their region.
fn documents(
    host: &ansvar::Host,
    g: &Global,
    a: Option<&agreement::Document>,
    b: Option<&agreement::Document>,
    sides: (Side, Side),
) -> Result<Section, CliError> {
    let region = match (a, b) {
        (Some(a), Some(b)) if agreement::region(&a.value) != agreement::region(&b.value) => {
            return Err(usage(
                ErrorKind::DifferentRegions,
                ansvar::t!(
                    "diff-document-regions-differ",
                    old = agreement::region(&a.value),
                    new = agreement::region(&b.value)
                ),
                ansvar::t!("diff-document-regions-differ-help"),
            ));
        }
        (Some(d), _) | (_, Some(d)) => agreement::region(&d.value).to_string(),
        (None, None) => unreachable!("a changed file exists at one revision"),
    };
    let (r, _) = load_region(host, g, &region)?;
    Ok(diff::documents(
        host,
        &r,
        a.map(|d| &d.value),
        b.map(|d| &d.value),
        sides,
    )?)
}
