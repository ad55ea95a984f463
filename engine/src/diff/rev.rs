//! The agreement documents a git change touches, read at both revisions with `git`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A file changed between two revisions, with its bytes at each (`None` where absent).
pub struct Revision {
    /// path from the repository root
    pub path: String,
    pub old: Option<Vec<u8>>,
    pub new: Option<Vec<u8>>,
}

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output, String> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| crate::t!("diff-git-unrunnable", error = e.to_string()))
}

fn ok(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = git(dir, args)?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(crate::t!(
            "diff-git-failed",
            args = args.join(" "),
            error = String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// Splits `A..B` into its revisions; `A..` means `A..HEAD`.
pub fn range(spec: &str) -> Result<(String, String), String> {
    match spec.split_once("..") {
        Some((a, b)) if !a.is_empty() && !b.starts_with('.') => Ok((
            a.to_string(),
            if b.is_empty() {
                "HEAD".into()
            } else {
                b.to_string()
            },
        )),
        _ => Err(crate::t!("diff-rev-not-range", spec = spec)),
    }
}

/// The `.json` files under `path` that differ between `from` and `to`, each with its
/// contents at both revisions.
pub fn changed(from: &str, to: &str, path: &Path) -> Result<Vec<Revision>, String> {
    let dir: PathBuf = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    };
    let root = String::from_utf8_lossy(&ok(&dir, &["rev-parse", "--show-toplevel"])?)
        .trim()
        .to_string();
    let root = PathBuf::from(root);
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let rel = abs
        .strip_prefix(std::fs::canonicalize(&root).unwrap_or(root.clone()))
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for r in [from, to] {
        ok(
            &root,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                &format!("{r}^{{commit}}"),
            ],
        )
        .map_err(|_| {
            crate::t!(
                "diff-rev-unknown",
                rev = r,
                root = root.display().to_string()
            )
        })?;
    }
    let spec = if rel.is_empty() { ".".to_string() } else { rel };
    let names = ok(
        &root,
        &[
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            from,
            to,
            "--",
            &spec,
        ],
    )?;
    let mut out = Vec::new();
    for name in names.split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let name = String::from_utf8_lossy(name).into_owned();
        if !name.ends_with(".json") {
            continue;
        }
        let at = |rev: &str| -> Option<Vec<u8>> {
            let o = git(&root, &["show", &format!("{rev}:{name}")]).ok()?;
            o.status.success().then_some(o.stdout)
        };
        out.push(Revision {
            old: at(from),
            new: at(to),
            path: name,
        });
    }
    Ok(out)
}

/// Whether the bytes are an agreement document (a JSON object with `clauses`), rather
/// than a pathway or another JSON file kept beside the agreements.
pub fn is_agreement(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .is_some_and(|v| v.get("clauses").is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_has_two_sides() {
        assert_eq!(range("main..HEAD").unwrap(), ("main".into(), "HEAD".into()));
        assert_eq!(range("v1..").unwrap(), ("v1".into(), "HEAD".into()));
        assert!(range("main").is_err());
        assert!(range("..x").is_err());
        assert!(range("a...b").is_err());
    }
}
