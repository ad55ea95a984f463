//! A diff report as text, Markdown and HTML (for a saksframlegg or a pull-request
//! comment), in the current language, and JSON (`schemas/diff.schema.json`).

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::agreement::DocumentChanges;
use super::cover::Box4;
use super::pathways::Delta;
use super::{DIMENSIONS, Group, Outcome, Report, Section, Space};

/// A box's selection in one dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection<'a> {
    All,
    In(Vec<Option<&'a str>>),
    /// every value but these (said so when it is the shorter list)
    NotIn(Vec<Option<&'a str>>),
}

/// The selection of `values` (indices) in dimension `d`.
pub fn selection<'a>(space: &'a Space, d: usize, values: &[usize]) -> Selection<'a> {
    let n = space.shape().0[d];
    if values.len() == n {
        return Selection::All;
    }
    let pick = |v: &mut dyn Iterator<Item = usize>| v.map(|i| space.value(d, i)).collect();
    if n - values.len() < values.len() && n >= 3 {
        Selection::NotIn(pick(&mut (0..n).filter(|i| !values.contains(i))))
    } else {
        Selection::In(pick(&mut values.iter().copied()))
    }
}

fn value_text(d: usize, v: Option<&str>) -> String {
    let Some(v) = v else {
        return crate::t!("diff-unset");
    };
    match d {
        1 => crate::t!("diff-age", age = v),
        2 => crate::t!("diff-phase", phase = v),
        3 => match crate::kommune::register().by_number(v) {
            Some(k) => format!("{v} {}", k.name),
            None => v.to_string(),
        },
        _ => v.to_string(),
    }
}

fn list(items: Vec<String>) -> String {
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => crate::t!("diff-list-and", items = head.join(", "), last = last),
    }
}

/// One condition in words: "kommune 3301 Drammen and 3330 Hol, phase after";
/// "every kommune except 3322 Nesbyen"; "all contexts".
pub fn condition(space: &Space, b: &Box4) -> String {
    let mut parts = Vec::new();
    for (d, dimension) in DIMENSIONS.into_iter().enumerate() {
        let texts = |v: Vec<Option<&str>>| v.into_iter().map(|x| value_text(d, x)).collect();
        match selection(space, d, &b[d]) {
            Selection::All => {}
            Selection::In(v) => parts.push(crate::t!(
                "diff-condition-in",
                dimension = dimension,
                values = list(texts(v))
            )),
            Selection::NotIn(v) => parts.push(crate::t!(
                "diff-condition-not-in",
                dimension = dimension,
                values = list(texts(v))
            )),
        }
    }
    if parts.is_empty() {
        crate::t!("diff-all-contexts")
    } else {
        parts.join(", ")
    }
}

/// A condition as JSON: a member per dimension that is not "all".
pub fn condition_json(space: &Space, b: &Box4) -> Value {
    let mut m = serde_json::Map::new();
    for (d, name) in DIMENSIONS.iter().enumerate() {
        match selection(space, d, &b[d]) {
            Selection::All => {}
            Selection::In(v) => {
                m.insert((*name).into(), json!({ "in": v }));
            }
            Selection::NotIn(v) => {
                m.insert((*name).into(), json!({ "not_in": v }));
            }
        }
    }
    Value::Object(m)
}

/// A task's name in the catalogue, else its id.
pub(crate) fn task_name(id: &str) -> String {
    crate::analyze::catalogue()
        .tasks
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| id.to_string(), |t| t.name.clone())
}

fn space_line(s: &Section) -> String {
    crate::t!(
        "diff-space",
        tasks = s.space.tasks.len(),
        diagnoses = s.space.diagnoses.len(),
        kommuner = s.space.kommuner.len()
    )
}

fn side_text(side: &super::Side) -> String {
    let mut s = side.label.clone();
    if let Some(d) = &side.sha256 {
        let _ = write!(s, " (sha256 {}", &d[..16.min(d.len())]);
        match side.pinned {
            Some(true) => s.push_str(", pinned)"),
            Some(false) => s.push_str(", not pinned)"),
            None => s.push(')'),
        }
    }
    s
}

fn documents_human(d: &DocumentChanges, out: &mut String) {
    for (f, a, b) in &d.fields {
        let _ = writeln!(
            out,
            "  {}",
            crate::t!("diff-text-document-field", field = f, old = a, new = b)
        );
    }
    for c in &d.clauses {
        let text = if c.fields.is_empty() {
            crate::t!("diff-text-clause", change = c.change, task = &c.task)
        } else {
            let f: Vec<String> = c
                .fields
                .iter()
                .map(|(f, a, b)| format!("{f}: {a} → {b}"))
                .collect();
            crate::t!(
                "diff-text-clause-fields",
                change = c.change,
                task = &c.task,
                fields = f.join("; ")
            )
        };
        let _ = writeln!(out, "  {text}");
    }
    if d.is_empty() {
        let _ = writeln!(out, "  {}", crate::t!("diff-text-documents-same"));
    }
}

/// Plain text.
pub fn human(r: &Report) -> String {
    let mut out = String::new();
    for s in &r.sections {
        let c = &s.comparison;
        let _ = writeln!(
            out,
            "{}",
            crate::t!(
                "diff-text-section",
                kind = s.kind,
                region = &s.region,
                old = side_text(&s.old),
                new = side_text(&s.new)
            )
        );
        if let Some(d) = &s.documents {
            documents_human(d, &mut out);
        }
        let _ = writeln!(
            out,
            "  {}",
            crate::t!(
                "diff-text-walk",
                points = c.points,
                space = space_line(s),
                changed = c.changed_points,
                tasks = c.tasks.len()
            )
        );
        for t in &c.tasks {
            let _ = writeln!(
                out,
                "\n  {}",
                crate::t!(
                    "diff-text-task",
                    task = &t.task,
                    name = task_name(&t.task),
                    points = t.changed_points
                )
            );
            for (i, g) in t.groups.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                group_human(&s.space, g, &mut out);
            }
        }
        out.push('\n');
    }
    if let Some(p) = &r.pathways {
        pathways_human(p, &mut out);
    }
    out
}

fn group_human(space: &Space, g: &Group, out: &mut String) {
    for f in &g.fields {
        let _ = writeln!(
            out,
            "    {}: {} → {}",
            crate::t!("diff-text-field", field = *f),
            g.old.field(f),
            g.new.field(f)
        );
    }
    let _ = writeln!(
        out,
        "      {}",
        crate::t!("diff-text-group", points = g.points)
    );
    for b in &g.cover {
        let _ = writeln!(out, "      - {}", condition(space, b));
    }
}

fn pathways_human(p: &Delta, out: &mut String) {
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "diff-text-pathways",
            file = &p.file,
            pathways = p.pathways,
            changed = p.changed_pathways,
            steps = p.changed_steps,
            ok_to_wrong = p.ok_to_wrong,
            wrong_to_ok = p.wrong_to_ok,
            other = p.other
        )
    );
    for (task, n) in &p.by_task {
        let _ = writeln!(
            out,
            "  {}",
            crate::t!("diff-text-pathways-task", task = task, steps = *n)
        );
    }
    for (k, n) in &p.by_kommune {
        let _ = writeln!(
            out,
            "  {}",
            crate::t!(
                "diff-text-pathways-kommune",
                kommune = value_text(3, Some(k)),
                steps = *n
            )
        );
    }
    if !p.first.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            crate::t!("diff-text-pathways-first", pathways = p.first.join(", "))
        );
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A clause of a document, for the table of document changes: `task` already
/// formatted as code.
fn clause_change(task: &str, change: &str) -> String {
    crate::t!("diff-clause-change", task = task, change = change)
}

fn generated() -> String {
    crate::t!("diff-generated", version = env!("CARGO_PKG_VERSION"))
}

/// Markdown, for a saksframlegg or a pull-request comment.
pub fn markdown(r: &Report) -> String {
    let mut out = format!("# {}\n\n", crate::t!("diff-title"));
    if !r.changed() {
        let _ = writeln!(out, "{}\n", crate::t!("diff-no-changes"));
    }
    let (before, after) = (crate::t!("diff-head-before"), crate::t!("diff-head-after"));
    for s in &r.sections {
        let c = &s.comparison;
        let _ = writeln!(
            out,
            "## {}: {} → {}\n",
            s.region,
            md_cell(&side_text(&s.old)),
            md_cell(&side_text(&s.new))
        );
        if let Some(d) = &s.documents
            && !d.is_empty()
        {
            let _ = writeln!(
                out,
                "| {} | {before} | {after} |\n|---|---|---|",
                crate::t!("diff-head-document-change")
            );
            for (f, a, b) in &d.fields {
                let _ = writeln!(out, "| `{f}` | {} | {} |", md_cell(a), md_cell(b));
            }
            for cl in &d.clauses {
                let what = clause_change(&format!("`{}`", cl.task), cl.change);
                if cl.fields.is_empty() {
                    let _ = writeln!(out, "| {what} | | |");
                }
                for (f, a, b) in &cl.fields {
                    let _ = writeln!(out, "| {what}: `{f}` | {} | {} |", md_cell(a), md_cell(b));
                }
            }
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{}\n",
            crate::t!(
                "diff-summary",
                points = c.points,
                space = space_line(s),
                changed = c.changed_points,
                tasks = c.tasks.len()
            )
        );
        for t in &c.tasks {
            let _ = writeln!(
                out,
                "### {}\n",
                crate::t!(
                    "diff-task-heading",
                    name = md_cell(&task_name(&t.task)),
                    task = format!("`{}`", t.task),
                    points = t.changed_points
                )
            );
            let _ = writeln!(
                out,
                "| {} | {before} | {after} | {} |\n|---|---|---|---|",
                crate::t!("diff-head-field"),
                crate::t!("diff-head-applies")
            );
            for g in &t.groups {
                let at: Vec<String> = g.cover.iter().map(|b| condition(&s.space, b)).collect();
                let at = md_cell(&at.join("; "));
                for (i, f) in g.fields.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} | {} |",
                        crate::t!("diff-field", field = *f),
                        md_cell(&g.old.field(f)),
                        md_cell(&g.new.field(f)),
                        if i == 0 { at.as_str() } else { "″" }
                    );
                }
            }
            out.push('\n');
        }
    }
    if let Some(p) = &r.pathways {
        let _ = writeln!(
            out,
            "## {}\n\n{}\n",
            crate::t!("diff-pathways-title"),
            crate::t!(
                "diff-pathways-summary",
                pathways = p.pathways,
                file = format!("`{}`", md_cell(&p.file)),
                changed = p.changed_pathways,
                steps = p.changed_steps,
                ok_to_wrong = p.ok_to_wrong,
                wrong_to_ok = p.wrong_to_ok,
                other = p.other
            )
        );
        if !p.by_task.is_empty() {
            let steps = crate::t!("diff-head-steps");
            let _ = writeln!(
                out,
                "| {} | {steps} |\n|---|---|",
                crate::t!("diff-head-task")
            );
            for (t, n) in &p.by_task {
                let _ = writeln!(out, "| `{t}` | {n} |");
            }
            let _ = writeln!(
                out,
                "\n| {} | {steps} |\n|---|---|",
                crate::t!("diff-head-kommune")
            );
            for (k, n) in &p.by_kommune {
                let _ = writeln!(out, "| {} | {n} |", value_text(3, Some(k)));
            }
            let _ = writeln!(
                out,
                "\n{}\n",
                crate::t!("diff-pathways-first", pathways = p.first.join(", "))
            );
        }
    }
    let _ = writeln!(out, "_{}_", generated());
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What `level` does in an answer: the role id of message `diff-role` ("owner", "lead",
/// "contributes"), or nothing.
pub(crate) fn role(o: &Outcome, level: &str) -> Option<&'static str> {
    match o {
        Outcome::NoRuling { .. } => None,
        Outcome::Ruling(v) if v.owner == level => Some(if v.shared { "lead" } else { "owner" }),
        Outcome::Ruling(v) if v.contributors.contains(&level) => Some("contributes"),
        Outcome::Ruling(_) => None,
    }
}

/// The cell of `level` for an answer: "Owner", "Lead", "Contributes" or nothing.
pub(crate) fn cell(role: Option<&str>) -> String {
    role.map_or_else(String::new, |role| crate::t!("diff-role", role = role))
}

const STYLE: &str = r#"<style>
  body { font-family: "Source Sans Pro", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; margin: 2em; color: #111; }
  h1 { font-size: 15pt; } h2 { font-size: 13pt; margin-top: 1.5em; }
  p { max-width: 60em; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
  th, td { border: 1px solid #888; padding: .3em .45em; vertical-align: top; text-align: left; }
  th { background: #e8e8e8; }
  td.level { text-align: center; white-space: nowrap; }
  tr.changed td:first-child { border-left: 4px solid #b35900; }
  td.changed { background: #fde2c4; font-weight: bold; }
  del { color: #8a1c1c; } ins { color: #1c5e1c; text-decoration: none; }
  code { font-size: 9pt; color: #444; }
  thead { display: table-header-group; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  @page { size: A4 landscape; margin: 1.5cm; }
  @media print { body { margin: 0; font-size: 9pt; } }
</style>
"#;

/// A self-contained HTML page: per section, the responsibility matrix with the changed
/// cells and rows marked, and the changes with where they apply.
pub fn html(r: &Report) -> String {
    let title = esc(&crate::t!("diff-title"));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{STYLE}</head>\n<body>\n<h1>{title}</h1>\n{}</body>\n</html>\n",
        crate::i18n::current().id(),
        html_body(r)
    )
}

/// The page of [`html`] below its `<h1>`, for a page that has its own heading and
/// stylesheet (the workbench): the legend, then per section an `<h2>`, the document
/// changes and the matrix with the changed cells (`td.changed`) and rows (`tr.changed`)
/// marked. Every text from a document or a plugin is escaped.
pub fn html_body(r: &Report) -> String {
    let mut out = format!("<p>{}</p>\n", crate::t!("diff-html-legend"));
    let (before, after) = (crate::t!("diff-head-before"), crate::t!("diff-head-after"));
    for s in &r.sections {
        let c = &s.comparison;
        let _ = writeln!(
            out,
            "<h2>{}: {} → {}</h2>\n<p>{}</p>",
            esc(&s.region),
            esc(&side_text(&s.old)),
            esc(&side_text(&s.new)),
            esc(&crate::t!(
                "diff-summary",
                points = c.points,
                space = space_line(s),
                changed = c.changed_points,
                tasks = c.tasks.len()
            ))
        );
        if let Some(d) = &s.documents
            && !d.is_empty()
        {
            let _ = writeln!(
                out,
                "<table>\n<thead><tr><th>{}</th><th>{before}</th><th>{after}</th></tr></thead>\n<tbody>",
                crate::t!("diff-head-document-change")
            );
            for (f, a, b) in &d.fields {
                let _ = writeln!(
                    out,
                    "<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                    esc(f),
                    esc(a),
                    esc(b)
                );
            }
            for cl in &d.clauses {
                let what = clause_change(&format!("<code>{}</code>", esc(&cl.task)), cl.change);
                for (f, a, b) in &cl.fields {
                    let _ = writeln!(
                        out,
                        "<tr><td>{what}: <code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        esc(f),
                        esc(a),
                        esc(b)
                    );
                }
            }
            out.push_str("</tbody>\n</table>\n");
        }
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            crate::t!("diff-head-task"),
            crate::t!("diff-head-hf"),
            crate::t!("diff-head-kommune"),
            crate::t!("diff-head-clause"),
            crate::t!("diff-head-changes")
        );
        for (t, task) in s.space.tasks.iter().enumerate() {
            let (old, new) = &s.general[t];
            let changes = c.tasks.iter().find(|x| x.index == t);
            let level = |l: &str| {
                let (a, b) = (role(old, l), role(new, l));
                if a == b {
                    format!("<td class=\"level\">{}</td>", cell(b))
                } else {
                    format!(
                        "<td class=\"level changed\"><del>{}</del> → <ins>{}</ins></td>",
                        cell(a),
                        cell(b)
                    )
                }
            };
            let clause = if old.field("clause") == new.field("clause") {
                format!("<td>{}</td>", esc(&new.field("clause")))
            } else {
                format!(
                    "<td class=\"changed\"><del>{}</del> → <ins>{}</ins></td>",
                    esc(&old.field("clause")),
                    esc(&new.field("clause"))
                )
            };
            let mut what = String::new();
            for g in changes.iter().flat_map(|x| &x.groups) {
                let fields: Vec<String> = g
                    .fields
                    .iter()
                    .map(|f| {
                        format!(
                            "{}: <del>{}</del> → <ins>{}</ins>",
                            crate::t!("diff-field", field = *f),
                            esc(&g.old.field(f)),
                            esc(&g.new.field(f))
                        )
                    })
                    .collect();
                let at: Vec<String> = g.cover.iter().map(|b| condition(&s.space, b)).collect();
                let _ = write!(
                    what,
                    "<div>{} <em>{}</em></div>",
                    fields.join("; "),
                    esc(&crate::t!(
                        "diff-group-points",
                        points = g.points,
                        conditions = at.join("; ")
                    ))
                );
            }
            let _ = writeln!(
                out,
                "<tr{}><td>{} <code>{}</code></td>{}{}{}<td>{}</td></tr>",
                if changes.is_some() {
                    " class=\"changed\""
                } else {
                    ""
                },
                esc(&task_name(task)),
                esc(task),
                level("hf"),
                level("kommune"),
                clause,
                what
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    if let Some(p) = &r.pathways {
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<p>{} {}</p>",
            esc(&crate::t!("diff-pathways-title")),
            crate::t!(
                "diff-pathways-summary",
                pathways = p.pathways,
                file = format!("<code>{}</code>", esc(&p.file)),
                changed = p.changed_pathways,
                steps = p.changed_steps,
                ok_to_wrong = p.ok_to_wrong,
                wrong_to_ok = p.wrong_to_ok,
                other = p.other
            ),
            esc(&crate::t!(
                "diff-pathways-first-short",
                pathways = p.first.join(", ")
            ))
        );
    }
    let _ = writeln!(out, "<p><small>{}</small></p>", esc(&generated()));
    out
}

fn outcome_json(o: &Outcome) -> Value {
    serde_json::to_value(o).expect("outcomes serialize")
}

/// The report as JSON (`schemas/diff.schema.json`).
pub fn json(r: &Report) -> Value {
    let sections: Vec<Value> = r
        .sections
        .iter()
        .map(|s| {
            let c = &s.comparison;
            let tasks: Vec<Value> = c
                .tasks
                .iter()
                .map(|t| {
                    json!({
                        "task": t.task,
                        "changed_points": t.changed_points,
                        "groups": t.groups.iter().map(|g| json!({
                            "fields": g.fields,
                            "changes": g.fields.iter().map(|f| json!({
                                "field": f, "old": g.old.field(f), "new": g.new.field(f),
                            })).collect::<Vec<_>>(),
                            "points": g.points,
                            "conditions": g.cover.iter().map(|b| condition_json(&s.space, b)).collect::<Vec<_>>(),
                            "where": g.cover.iter().map(|b| condition(&s.space, b)).collect::<Vec<_>>(),
                            "old": outcome_json(&g.old),
                            "new": outcome_json(&g.new),
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let mut v = json!({
                "kind": s.kind,
                "region": s.region,
                "old": s.old,
                "new": s.new,
                "complete": c.complete,
                "points": c.points,
                "changed_points": c.changed_points,
                "space": {
                    "tasks": s.space.tasks.len(),
                    "diagnosis_values": s.space.diagnoses.len(),
                    "age_values": 4,
                    "phase_values": 4,
                    "kommune_values": s.space.kommuner.len(),
                },
                "tasks": tasks,
            });
            if let Some(d) = &s.documents {
                v["documents"] = serde_json::to_value(d).expect("document changes serialize");
            }
            v
        })
        .collect();
    let mut v = json!({ "changed": r.changed(), "sections": sections });
    if let Some(p) = &r.pathways {
        v["pathways"] = serde_json::to_value(p).expect("pathway deltas serialize");
    }
    v
}
