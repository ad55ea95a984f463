//! Writing pathway outcomes: a JSON Lines record per pathway (the streaming machine
//! format), and a step table with rustc-style findings for people.

use std::fmt::Write as _;

use crate::document::json::LineIndex;
use crate::finding::Severity;
use crate::plugin::{Level, RuleSource, Ruling, Verdict};
use crate::report;

use super::run::Stats;
use super::{Checked, Outcome, RulingRef};
use crate::finding::FileReport;

pub fn verdict_id(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::Ok) => "ok",
        Some(Verdict::Contributor) => "contributor",
        Some(Verdict::WrongLevel) => "wrong-level",
        Some(Verdict::UnknownTask) => "unknown-task",
        Some(Verdict::NoOwner) => "no-owner",
        Some(Verdict::NotCovered) => "not-covered",
        None => "not-checked",
    }
}

fn status(o: &Outcome) -> &'static str {
    match o.worst() {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        _ => "ok",
    }
}

fn push_json_str(out: &mut Vec<u8>, s: &str) {
    // Ids, tasks and clauses rarely need escaping: copy those as they are.
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        // Writing JSON into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// The part of a step record that comes from its ruling, serialized once per ruling:
/// without and with the legal basis (cited for the steps that are not in order).
fn ruling_fields(r: &Ruling) -> (Vec<u8>, Vec<u8>) {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(b"\"owner\":\"");
    out.extend_from_slice(r.owner.id().as_bytes());
    out.extend_from_slice(b"\",\"contributors\":");
    let c: Vec<&str> = r.contributors.iter().map(|l| l.id()).collect();
    let _ = serde_json::to_writer(&mut out, &c);
    out.extend_from_slice(b",\"clause\":");
    push_json_str(&mut out, &r.clause);
    out.extend_from_slice(b",\"rule\":");
    push_json_str(&mut out, &r.rule);
    out.extend_from_slice(b",\"source\":");
    push_json_str(
        &mut out,
        match r.source {
            RuleSource::Region => "region",
            RuleSource::Baseline => "baseline",
        },
    );
    let short = out.clone();
    out.extend_from_slice(b",\"basis\":");
    let _ = serde_json::to_writer(&mut out, &r.basis);
    (short, out)
}

/// Serialized ruling fields for every ruling of a chunk, indexed like `Checked::rulings`.
pub struct RulingFields(Vec<Vec<(Vec<u8>, Vec<u8>)>>);

impl RulingFields {
    pub fn of(checked: &Checked) -> Self {
        RulingFields(
            checked
                .rulings
                .iter()
                .map(|b| b.iter().map(|r| ruling_fields(r)).collect())
                .collect(),
        )
    }

    fn get(&self, r: RulingRef, with_basis: bool) -> &[u8] {
        let (short, full) = &self.0[r.batch as usize][r.index as usize];
        if with_basis { full } else { short }
    }
}

/// One JSON Lines record for `o`, newline included.
pub fn jsonl(out: &mut Vec<u8>, path: &str, o: &Outcome, fields: &RulingFields) {
    out.extend_from_slice(b"{\"file\":");
    push_json_str(out, path);
    let _ = write!(ByteWriter(out), ",\"line\":{},\"id\":", o.first_line);
    match &o.id {
        Some(id) => push_json_str(out, id),
        None => out.extend_from_slice(b"null"),
    }
    let region = o.region.as_deref();
    for (key, v) in [(",\"region\":", region), (",\"kommune\":", o.kommune)] {
        out.extend_from_slice(key.as_bytes());
        match v {
            Some(s) => push_json_str(out, s),
            None => out.extend_from_slice(b"null"),
        }
    }
    out.extend_from_slice(b",\"status\":\"");
    out.extend_from_slice(status(o).as_bytes());
    out.extend_from_slice(b"\",\"steps\":[");
    for (i, s) in o.steps.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"id\":");
        push_json_str(out, &s.id);
        out.extend_from_slice(b",\"task\":");
        push_json_str(out, &s.task);
        out.extend_from_slice(b",\"planned\":");
        match s.planned {
            Some(l) => {
                out.push(b'"');
                out.extend_from_slice(l.id().as_bytes());
                out.push(b'"');
            }
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"verdict\":\"");
        out.extend_from_slice(verdict_id(s.verdict).as_bytes());
        out.push(b'"');
        if let Some(r) = s.ruling {
            out.push(b',');
            let in_order = matches!(s.verdict, Some(Verdict::Ok | Verdict::Contributor));
            out.extend_from_slice(fields.get(r, !in_order));
        }
        if !s.trace.is_empty() {
            out.extend_from_slice(b",\"trace\":");
            let _ = serde_json::to_writer(&mut *out, &s.trace);
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"findings\":[");
    for (i, f) in o.findings.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let _ = serde_json::to_writer(&mut *out, f);
    }
    out.extend_from_slice(b"]}\n");
}

struct ByteWriter<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for ByteWriter<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn level(l: Option<Level>) -> &'static str {
    l.map_or("–", Level::id)
}

/// The step table and findings of `o`, for people. `text` is the pathway's source.
pub fn human(out: &mut String, path: &str, text: &str, o: &Outcome, checked: &Checked) {
    let id = o.id.as_deref().unwrap_or("?");
    let heading = match (&o.region, &o.kommune) {
        (Some(r), Some(k)) => crate::t!(
            "output-pathway-heading-kommune",
            id = id,
            region = &**r,
            kommune = *k
        ),
        (Some(r), None) => crate::t!("output-pathway-heading-region", id = id, region = &**r),
        _ => crate::t!("output-pathway-heading", id = id),
    };
    let _ = writeln!(out, "{heading}  {path}:{}", o.first_line);
    let wid = o
        .steps
        .iter()
        .map(|s| s.id.chars().count())
        .max()
        .unwrap_or(0);
    let wtask = o
        .steps
        .iter()
        .map(|s| s.task.chars().count())
        .max()
        .unwrap_or(0);
    // Verdict, planned level and owner: columns at least as wide as in English (12, 15
    // and 13), wider when a language's words are longer.
    let rows: Vec<_> = o
        .steps
        .iter()
        .map(|s| {
            let (owner, clause) = match s.ruling.map(|r| checked.ruling(r)) {
                Some(r) => (
                    crate::t!("output-pathway-owner", owner = r.owner.id()),
                    r.clause.as_str(),
                ),
                None => (String::new(), ""),
            };
            let verdict = crate::t!("output-pathway-verdict", verdict = verdict_id(s.verdict));
            let planned = crate::t!("output-pathway-planned", planned = level(s.planned));
            (s, verdict, planned, owner, clause)
        })
        .collect();
    let wverdict = rows
        .iter()
        .map(|r| r.1.chars().count())
        .fold(12, usize::max);
    let wplanned = rows
        .iter()
        .map(|r| r.2.chars().count())
        .fold(15, usize::max);
    let wowner = rows
        .iter()
        .map(|r| r.3.chars().count())
        .fold(13, usize::max);
    for (s, verdict, planned, owner, clause) in &rows {
        let line = format!(
            "  {verdict:wverdict$}  {:wid$}  {:wtask$}  {planned:wplanned$}  {owner:wowner$}  {clause}",
            s.id, s.task,
        );
        let _ = writeln!(out, "{}", line.trim_end());
        for t in &s.trace {
            let _ = writeln!(out, "      · {t}");
        }
    }
    if !o.findings.is_empty() {
        out.push('\n');
        let index = LineIndex::new(text);
        for f in &o.findings {
            report::human_finding(out, path, Some((&index, o.first_line)), f);
        }
    } else {
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_json_whether_or_not_they_need_escaping() {
        for s in [
            "",
            "plain",
            "Særavtale § 6-2",
            "a\"b",
            "back\\slash",
            "line\nbreak",
            "\u{1}",
        ] {
            let mut out = Vec::new();
            push_json_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(back, s);
        }
    }
}

/// What ends a run's output, after the streamed part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The summary line (human output).
    Summary,
    /// Nothing: each record stood alone (JSON Lines, GitHub annotations).
    Nothing,
    /// The whole report as one document, with the run's counts.
    Json,
    Sarif,
    Junit,
}

/// Writes what follows the streamed part of a run: the summary, or the whole document
/// of a collecting format.
pub fn finish(
    w: &mut dyn std::io::Write,
    ending: Ending,
    stats: &Stats,
    reports: &[FileReport],
) -> std::io::Result<()> {
    match ending {
        Ending::Summary => writeln!(w, "{}", summary(stats)),
        Ending::Nothing => Ok(()),
        Ending::Json => {
            let mut doc = report::json(reports);
            doc["pathways"] = counts(stats);
            serde_json::to_writer_pretty(&mut *w, &doc)?;
            writeln!(w)
        }
        Ending::Sarif => {
            serde_json::to_writer_pretty(&mut *w, &report::sarif(reports))?;
            writeln!(w)
        }
        Ending::Junit => w.write_all(report::junit(reports).as_bytes()),
    }
}

/// The run's counts in the JSON report (`pathways`).
fn counts(s: &Stats) -> serde_json::Value {
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

/// One line: how many pathways, steps and files, and the findings by severity.
pub fn summary(s: &Stats) -> String {
    crate::t!(
        "output-pathway-summary",
        pathways = s.pathways,
        steps = s.steps,
        files = s.files,
        failing = s.failing,
        errors = s.errors,
        warnings = s.warnings,
        infos = s.infos
    )
}

/// The template of the progress line on stderr (indicatif's: `{human_pos}` is the count
/// of pathways checked, `{per_sec}` the rate).
pub fn progress_template() -> String {
    let text = crate::t!(
        "output-pathway-progress",
        pathways = "{human_pos}",
        rate = "{per_sec}"
    );
    format!("  {text}")
}
