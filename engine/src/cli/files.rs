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

    /// Its id, which the catalogue words: what files of the kind are, what to pass
    /// instead of a path that cannot be read.
    fn id(self) -> &'static str {
        match self {
            Kind::Agreements => "agreements",
            Kind::Pathways => "pathways",
            Kind::Cases => "cases",
        }
    }
}

/// A finding about a path that is skipped or cannot be read.
fn skipped(path: &Path, severity: Severity, message: String, help: String) -> FileReport {
    FileReport {
        path: path.to_path_buf(),
        text: None,
        findings: vec![Finding::engine(
            Code::Unreadable,
            severity,
            message,
            String::new(),
            ansvar::finding::Location::START,
            Some(help),
        )],
    }
}

/// The part of a glob pattern before its first wildcard, as a directory to walk, and
/// how deep under it a match can be (none: `**`, any depth).
fn glob_base(pattern: &str) -> (PathBuf, Option<usize>) {
    let parts: Vec<&str> = pattern.split('/').collect();
    let literal = parts
        .iter()
        .take_while(|p| !p.contains(['*', '?', '[']))
        .count()
        .min(parts.len() - 1);
    let base = parts[..literal].join("/");
    let base = match base.as_str() {
        "" if pattern.starts_with('/') => PathBuf::from("/"),
        "" => PathBuf::from("."),
        b => PathBuf::from(b),
    };
    let depth = (!pattern.contains("**")).then(|| parts.len() - literal);
    (base, depth)
}

/// Adds the files of `kind` named by `arg` (file, directory or glob) to `files`; a
/// directory entry that cannot be read becomes a report of its own. Under a directory
/// (or a glob's fixed part), symbolic links are followed only where they stay inside
/// it, unless `follow_links`; a named pipe, device or socket is skipped with a finding.
pub fn collect(
    arg: &str,
    kind: Kind,
    follow_links: bool,
    files: &mut Vec<PathBuf>,
    reports: &mut Vec<FileReport>,
) -> Result<(), CliError> {
    let path = Path::new(arg);
    if !path.exists() && arg.contains(['*', '?', '[']) {
        let pattern = glob::Pattern::new(arg).map_err(|e| {
            CliError::usage(
                ErrorKind::BadGlob,
                ansvar::t!(
                    "findings-invalid-pattern",
                    pattern = arg,
                    error = e.to_string()
                ),
            )
        })?;
        let options = glob::MatchOptions {
            require_literal_separator: true,
            ..glob::MatchOptions::new()
        };
        let before = (files.len(), reports.len());
        // Walked like a directory (links checked, loops found), matched as a pattern.
        let (base, depth) = glob_base(arg);
        let mut matched = Vec::new();
        walk(&base, depth, follow_links, reports, |p, is_dir| {
            let shown = p.strip_prefix("./").unwrap_or(p);
            let hit = pattern.matches_path_with(shown, options);
            if hit {
                matched.push((shown.to_path_buf(), is_dir));
            }
            // A matched directory is collected whole below, not walked twice.
            !(hit && is_dir)
        });
        for (m, is_dir) in matched {
            if is_dir {
                collect(&m.display().to_string(), kind, follow_links, files, reports)?;
            } else {
                files.push(m);
            }
        }
        if (files.len(), reports.len()) == before {
            return Err(CliError::usage(
                ErrorKind::NoMatch,
                ansvar::t!("findings-no-match", pattern = arg),
            ));
        }
        return Ok(());
    }
    let meta = std::fs::metadata(path).map_err(|e| {
        CliError::usage(
            ErrorKind::UnreadablePath,
            ansvar::t!(
                "findings-cannot-read-path",
                path = arg,
                error = e.to_string()
            ),
        )
        .with_help(Some(ansvar::t!("findings-give-paths", kind = kind.id())))
    })?;
    if !meta.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut skipped_files = 0;
    let mut found = Vec::new();
    walk(path, None, follow_links, reports, |p, is_dir| {
        if is_dir {
            return !(kind == Kind::Agreements
                && p != path
                && p.file_name() == Some(PATHWAYS.as_ref()));
        }
        if kind.wants(p) {
            found.push(p.to_path_buf());
        } else {
            skipped_files += 1;
        }
        true
    });
    files.extend(found);
    if skipped_files > 0 {
        eprintln!(
            "{}",
            ansvar::t!(
                "findings-skipped-files",
                count = skipped_files,
                path = arg,
                kind = kind.id()
            )
        );
    }
    Ok(())
}

/// Walks `root` in name order, calling `visit(path, is_dir)` for every directory (its
/// answer: descend into it?) and regular file. A link leading out of `root` is skipped
/// with a warning unless `follow_links`; a loop, an unreadable entry or a special file
/// becomes a report.
fn walk(
    root: &Path,
    max_depth: Option<usize>,
    follow_links: bool,
    reports: &mut Vec<FileReport>,
    mut visit: impl FnMut(&Path, bool) -> bool,
) {
    let inside = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut w = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name();
    if let Some(d) = max_depth {
        w = w.max_depth(d);
    }
    let mut it = w.into_iter();
    while let Some(entry) = it.next() {
        let e = match entry {
            Ok(e) => e,
            Err(e) => {
                let at = e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf);
                let message = if e.loop_ancestor().is_some() {
                    ansvar::t!("findings-link-loop")
                } else {
                    ansvar::t!("findings-cannot-read", error = e.to_string())
                };
                reports.push(skipped(
                    &at,
                    Severity::Error,
                    message,
                    ansvar::t!("findings-link-loop-help"),
                ));
                continue;
            }
        };
        if e.path_is_symlink() && !follow_links {
            let target = std::fs::canonicalize(e.path());
            if !target.as_ref().is_ok_and(|t| t.starts_with(&inside)) {
                reports.push(skipped(
                    e.path(),
                    Severity::Warning,
                    match target {
                        Ok(t) => ansvar::t!(
                            "findings-link-out-to",
                            root = root.display().to_string(),
                            target = t.display().to_string()
                        ),
                        Err(_) => {
                            ansvar::t!("findings-link-out", root = root.display().to_string())
                        }
                    },
                    ansvar::t!("findings-link-out-help"),
                ));
                if e.file_type().is_dir() {
                    it.skip_current_dir();
                }
                continue;
            }
        }
        let kind = e.file_type();
        if kind.is_dir() {
            if !visit(e.path(), true) {
                it.skip_current_dir();
            }
        } else if kind.is_file() {
            visit(e.path(), false);
        } else {
            reports.push(skipped(
                e.path(),
                Severity::Warning,
                ansvar::t!(
                    "findings-special-file-skipped",
                    kind = ansvar::open::describe(kind)
                ),
                ansvar::t!("findings-special-file-help"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::fs::create_dir_all(a.join("sub")).unwrap();
        std::fs::write(a.join("one.json"), "{}").unwrap();
        std::fs::write(a.join("sub/two.json"), "{}").unwrap();
        dir
    }

    fn names(files: &[PathBuf], root: &Path) -> Vec<String> {
        files
            .iter()
            .map(|f| f.strip_prefix(root).unwrap_or(f).display().to_string())
            .collect()
    }

    /// A link out of the directory given (here to a directory with a secret) is not
    /// followed unless asked; one that stays inside is.
    #[cfg(unix)]
    #[test]
    fn links_out_of_the_directory_are_not_followed() {
        let dir = tree();
        let outside = dir.path().join("outside");
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("secret.json"), "{}").unwrap();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink(&outside, a.join("out")).unwrap();
        std::os::unix::fs::symlink(a.join("sub"), a.join("in")).unwrap();
        let (mut files, mut reports) = (Vec::new(), Vec::new());
        let arg = a.display().to_string();
        collect(&arg, Kind::Agreements, false, &mut files, &mut reports).unwrap();
        assert_eq!(
            names(&files, &a),
            ["in/two.json", "one.json", "sub/two.json"]
        );
        assert_eq!(reports.len(), 1);
        assert!(
            reports[0].findings[0]
                .message
                .contains("a symbolic link out of")
        );
        let (mut files, mut reports) = (Vec::new(), Vec::new());
        collect(&arg, Kind::Agreements, true, &mut files, &mut reports).unwrap();
        assert!(names(&files, &a).contains(&"out/secret.json".to_string()));
        assert!(reports.is_empty());
    }

    /// A named pipe among the documents is skipped with a finding, never opened.
    #[cfg(unix)]
    #[test]
    fn special_files_are_skipped_with_a_finding() {
        let dir = tree();
        let a = dir.path().join("a");
        let made = std::process::Command::new("mkfifo")
            .arg(a.join("pipe.json"))
            .status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let (mut files, mut reports) = (Vec::new(), Vec::new());
        collect(
            &a.display().to_string(),
            Kind::Agreements,
            false,
            &mut files,
            &mut reports,
        )
        .unwrap();
        assert_eq!(files.len(), 2);
        assert!(
            reports[0].findings[0]
                .message
                .contains("a named pipe is not a regular file")
        );
    }

    /// A glob through a directory linked to its own parent ends, with the loop reported.
    #[cfg(unix)]
    #[test]
    fn a_glob_does_not_loop_through_linked_directories() {
        let dir = tree();
        let a = dir.path().join("a");
        std::os::unix::fs::symlink(&a, a.join("sub/back")).unwrap();
        std::os::unix::fs::symlink(&a, a.join("sub/again")).unwrap();
        let (mut files, mut reports) = (Vec::new(), Vec::new());
        let pattern = format!("{}/**/*.json", a.display());
        collect(&pattern, Kind::Agreements, true, &mut files, &mut reports).unwrap();
        assert_eq!(names(&files, &a), ["one.json", "sub/two.json"]);
        assert_eq!(reports.len(), 2, "each loop reported once");
        let pattern = format!("{}/*/*.json", a.display());
        let (mut files, mut reports) = (Vec::new(), Vec::new());
        collect(&pattern, Kind::Agreements, false, &mut files, &mut reports).unwrap();
        assert_eq!(names(&files, &a), ["sub/two.json"]);
    }

    #[test]
    fn glob_bases() {
        assert_eq!(glob_base("a/b/*.json"), (PathBuf::from("a/b"), Some(1)));
        assert_eq!(glob_base("*.json"), (PathBuf::from("."), Some(1)));
        assert_eq!(glob_base("a/**/x.json"), (PathBuf::from("a"), None));
        assert_eq!(glob_base("/t/*/y"), (PathBuf::from("/t"), Some(2)));
    }
}
