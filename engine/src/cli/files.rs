//! Finding the documents a command works on: files, directories and glob patterns.

use std::path::{Component, Path, PathBuf};

use ansvar::codes::Code;
use ansvar::finding::{FileReport, Finding, Severity};

use super::output::{CliError, ErrorKind};

/// Directories named so hold example pathways, not agreements.
pub const PATHWAYS: &str = "pathways";

/// Directories named so hold a region's test cases.
pub const CASES: &str = "cases";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `*.json`, outside `pathways` directories
    Agreements,
    /// `*.jsonl` and `*.ndjson` anywhere, `*.json` inside a `pathways` directory
    Pathways,
    /// `*.json` inside a `cases` directory (rule authors' test cases)
    Cases,
}

impl Kind {
    fn wants(self, path: &Path) -> bool {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        match self {
            Kind::Agreements => ext == "json",
            Kind::Cases => {
                ext == "json"
                    && path
                        .components()
                        .any(|c| c == Component::Normal(CASES.as_ref()))
            }
            Kind::Pathways => {
                matches!(ext, "jsonl" | "ndjson")
                    || (ext == "json"
                        && path
                            .components()
                            .any(|c| c == Component::Normal(PATHWAYS.as_ref())))
            }
        }
    }

    /// What to pass instead of a path that cannot be read.
    fn give(self) -> &'static str {
        match self {
            Kind::Agreements => "give agreement files, directories or glob patterns",
            Kind::Pathways => {
                "give pathway files (.json, .jsonl), directories, glob patterns or `-`"
            }
            Kind::Cases => "give test-case files, directories or glob patterns",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Kind::Agreements => ".json",
            Kind::Pathways => ".jsonl, .ndjson, or .json under a `pathways` directory",
            Kind::Cases => ".json under a `cases` directory",
        }
    }
}

/// Adds the files of `kind` named by `arg` (file, directory or glob) to `files`; a
/// directory entry that cannot be read becomes a report of its own.
pub fn collect(
    arg: &str,
    kind: Kind,
    files: &mut Vec<PathBuf>,
    reports: &mut Vec<FileReport>,
) -> Result<(), CliError> {
    let path = Path::new(arg);
    if !path.exists() && arg.contains(['*', '?', '[']) {
        let matches = glob::glob(arg).map_err(|e| {
            CliError::usage(ErrorKind::BadGlob, format!("invalid pattern `{arg}`: {e}"))
        })?;
        let before = files.len();
        for m in matches.flatten() {
            if m.is_dir() {
                collect(&m.display().to_string(), kind, files, reports)?;
            } else {
                files.push(m);
            }
        }
        if files.len() == before {
            return Err(CliError::usage(
                ErrorKind::NoMatch,
                format!("no file matches `{arg}`"),
            ));
        }
        return Ok(());
    }
    let meta = std::fs::metadata(path).map_err(|e| {
        CliError::usage(
            ErrorKind::UnreadablePath,
            format!("cannot read `{arg}`: {e}"),
        )
        .with_help(Some(kind.give().into()))
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
        !(kind == Kind::Agreements
            && e.file_type().is_dir()
            && e.depth() > 0
            && e.file_name() == PATHWAYS)
    });
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if kind.wants(e.path()) {
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
                    findings: vec![Finding::engine(
                        Code::Unreadable,
                        Severity::Error,
                        format!("cannot read: {why}"),
                        String::new(),
                        ansvar::finding::Location::START,
                        Some("remove the link or point it elsewhere".into()),
                    )],
                });
            }
        }
    }
    if skipped > 0 {
        eprintln!(
            "note: skipped {skipped} file{} in `{arg}` that {} not {}",
            if skipped == 1 { "" } else { "s" },
            if skipped == 1 { "is" } else { "are" },
            kind.describe()
        );
    }
    Ok(())
}
