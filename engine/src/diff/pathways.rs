//! What a revision does to planned pathways: each pathway of a JSON Lines file is
//! checked by the old and the new plugin (the pathway check of [`crate::pathway`]), and
//! the steps whose verdict differs are counted by task and kommune.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use serde::Serialize;

use crate::pathway::document::Source;
use crate::pathway::{self, Options, Regions};
use crate::plugin::{Host, Verdict};

/// How many pathways' ids the report names.
pub const FIRST: usize = 10;

/// Pathways per chunk sent to both plugins.
const CHUNK: usize = 512;

/// The consequence of a revision for planned pathways.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Delta {
    pub file: String,
    /// pathways of the region in the file
    pub pathways: u64,
    /// pathways with at least one step whose verdict changes
    pub changed_pathways: u64,
    pub changed_steps: u64,
    /// steps planned by the right level before and by a wrong one after
    pub ok_to_wrong: u64,
    /// steps planned by a wrong level before and by the right one after
    pub wrong_to_ok: u64,
    /// other changes of verdict (contributor, no owner, not covered, ...)
    pub other: u64,
    /// changed steps per task, most first
    pub by_task: Vec<(String, u64)>,
    /// changed steps per kommune, most first
    pub by_kommune: Vec<(String, u64)>,
    /// the ids (or line numbers) of the first pathways affected
    pub first: Vec<String>,
}

fn ok(v: Verdict) -> bool {
    matches!(v, Verdict::Ok | Verdict::Contributor)
}

/// Checks every pathway of `path` that belongs to the region with `old` and with `new`
/// (each a [`Regions`] holding that region's plugin) and counts what changes.
pub fn compare(host: &Host, old: &Regions, new: &Regions, path: &Path) -> Result<Delta, String> {
    let region = old
        .loaded
        .first()
        .map(|r| r.info.id.clone())
        .unwrap_or_default();
    let file = std::fs::File::open(path).map_err(|e| {
        crate::t!(
            "diff-file-unreadable",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut delta = Delta {
        file: path.display().to_string(),
        ..Delta::default()
    };
    let mut by_task: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_kommune: BTreeMap<String, u64> = BTreeMap::new();
    let opts = Options::default();
    let (mut line_no, mut offset) = (0usize, 0usize);
    let mut lines: Vec<(String, usize, usize)> = Vec::with_capacity(CHUNK);
    loop {
        lines.clear();
        while lines.len() < CHUNK {
            let mut s = String::new();
            let n = reader.read_line(&mut s).map_err(|e| {
                crate::t!(
                    "diff-file-unreadable-after",
                    path = path.display().to_string(),
                    line = line_no,
                    error = e.to_string()
                )
            })?;
            if n == 0 {
                break;
            }
            line_no += 1;
            if !s.trim().is_empty() {
                lines.push((s, line_no, offset));
            }
            offset += n;
        }
        if lines.is_empty() {
            break;
        }
        let sources: Vec<Source<'_>> = lines
            .iter()
            .map(|(text, first_line, offset)| Source {
                text,
                first_line: *first_line,
                offset: *offset,
            })
            .collect();
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| pathway::check(host, old, &sources, opts));
            let b = pathway::check(host, new, &sources, opts);
            (a.join().expect("the pathway check does not panic"), b)
        });
        for (x, y) in a.outcomes.iter().zip(&b.outcomes) {
            if x.region.as_deref() != Some(region.as_str()) {
                continue;
            }
            delta.pathways += 1;
            let mut changed = false;
            for (s, t) in x.steps.iter().zip(&y.steps) {
                let (Some(v), Some(w)) = (s.verdict, t.verdict) else {
                    continue;
                };
                if v == w {
                    continue;
                }
                changed = true;
                delta.changed_steps += 1;
                match (ok(v), ok(w)) {
                    (true, false) if w == Verdict::WrongLevel => delta.ok_to_wrong += 1,
                    (false, true) if v == Verdict::WrongLevel => delta.wrong_to_ok += 1,
                    _ => delta.other += 1,
                }
                *by_task.entry(s.task.to_string()).or_default() += 1;
                if let Some(k) = x.kommune {
                    *by_kommune.entry(k.to_string()).or_default() += 1;
                }
            }
            if changed {
                delta.changed_pathways += 1;
                if delta.first.len() < FIRST {
                    delta.first.push(match &x.id {
                        Some(id) => id.to_string(),
                        None => crate::t!("diff-pathway-line", line = x.first_line),
                    });
                }
            }
        }
    }
    let most_first = |m: BTreeMap<String, u64>| {
        let mut v: Vec<(String, u64)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    };
    delta.by_task = most_first(by_task);
    delta.by_kommune = most_first(by_kommune);
    Ok(delta)
}
