//! A diff report as text (English), Markdown and HTML (Norwegian, for a saksframlegg or
//! a pull-request comment) and JSON (`schemas/diff.schema.json`).

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::agreement::{ClauseChange, DocumentChanges};
use super::cover::Box4;
use super::pathways::Delta;
use super::{DIMENSIONS, Group, Outcome, Report, Section, Space, fordeling};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Nb,
}

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

fn value_text(d: usize, v: Option<&str>, lang: Lang) -> String {
    let Some(v) = v else {
        return match lang {
            Lang::En => "unset".into(),
            Lang::Nb => "ikke oppgitt".into(),
        };
    };
    match (d, lang) {
        (3, _) => match crate::kommune::register().by_number(v) {
            Some(k) => format!("{v} {}", k.name),
            None => v.to_string(),
        },
        (1, Lang::Nb) => match v {
            "child" => "barn",
            "adult" => "voksne",
            _ => "eldre",
        }
        .into(),
        (2, Lang::Nb) => match v {
            "before" => "før",
            "during" => "under",
            _ => "etter",
        }
        .into(),
        _ => v.to_string(),
    }
}

fn list(items: Vec<String>, lang: Lang) -> String {
    let and = if lang == Lang::En { " and " } else { " og " };
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{}{and}{}", items[..n - 1].join(", "), items[n - 1]),
    }
}

/// One condition in words: "kommune 3301 Drammen and 3330 Hol, phase after";
/// "every kommune except 3322 Nesbyen"; "all contexts".
pub fn condition(space: &Space, b: &Box4, lang: Lang) -> String {
    const EN: [(&str, &str); 4] = [
        ("diagnosis group", "diagnosis group"),
        ("age group", "age group"),
        ("phase", "phase"),
        ("kommune", "kommune"),
    ];
    const NB: [(&str, &str); 4] = [
        ("diagnosegruppe", "diagnosegrupper"),
        ("aldersgruppe", "aldersgrupper"),
        ("fase", "faser"),
        ("kommune", "kommuner"),
    ];
    let mut parts = Vec::new();
    for d in 0..4 {
        let (one, many) = if lang == Lang::En { EN[d] } else { NB[d] };
        let texts = |v: Vec<Option<&str>>| v.into_iter().map(|x| value_text(d, x, lang)).collect();
        match selection(space, d, &b[d]) {
            Selection::All => {}
            Selection::In(v) => parts.push(format!("{one} {}", list(texts(v), lang))),
            Selection::NotIn(v) => parts.push(match lang {
                Lang::En => format!("every {many} except {}", list(texts(v), lang)),
                Lang::Nb => format!("alle {many} unntatt {}", list(texts(v), lang)),
            }),
        }
    }
    if parts.is_empty() {
        match lang {
            Lang::En => "all contexts".into(),
            Lang::Nb => "alle sammenhenger".into(),
        }
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

fn task_name(id: &str) -> String {
    crate::analyze::catalogue()
        .tasks
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| id.to_string(), |t| t.name.clone())
}

fn field_nb(f: &str) -> &'static str {
    match f {
        "ruling" => "Avgjørelse",
        "owner" => "Ansvarlig",
        "lead" => "Leder",
        "contributors" => "Bidrar",
        "partners" => "Samarbeidspartnere",
        "clause" => "Avtalepunkt",
        "basis" => "Rettslig grunnlag",
        "paragraph_6_2" => "Hol. § 6-2 nr.",
        _ => "Forbehold",
    }
}

fn space_line(s: &Section) -> String {
    let sp = &s.space;
    format!(
        "{} tasks × {} diagnosis values × 4 age values × 4 phase values × {} kommune values, each dimension with unset",
        sp.tasks.len(),
        sp.diagnoses.len(),
        sp.kommuner.len()
    )
}

fn space_line_nb(s: &Section) -> String {
    format!(
        "{} oppgaver × {} diagnoseverdier × 4 aldersverdier × 4 faseverdier × {} kommuneverdier, hver med «ikke oppgitt»",
        s.space.tasks.len(),
        s.space.diagnoses.len(),
        s.space.kommuner.len()
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

fn clause_text(c: &ClauseChange) -> String {
    let mut s = format!("{} `{}`", c.change, c.task);
    if !c.fields.is_empty() {
        let f: Vec<String> = c
            .fields
            .iter()
            .map(|(f, a, b)| format!("{f}: {a} → {b}"))
            .collect();
        let _ = write!(s, ": {}", f.join("; "));
    }
    s
}

fn documents_human(d: &DocumentChanges, out: &mut String) {
    for (f, a, b) in &d.fields {
        let _ = writeln!(out, "  document {f}: {a} → {b}");
    }
    for c in &d.clauses {
        let _ = writeln!(out, "  clause {}", clause_text(c));
    }
    if d.is_empty() {
        let _ = writeln!(out, "  the documents say the same");
    }
}

/// Plain text, English.
pub fn human(r: &Report) -> String {
    let mut out = String::new();
    for s in &r.sections {
        let c = &s.comparison;
        let _ = writeln!(
            out,
            "{} {}: {} → {}",
            s.kind,
            s.region,
            side_text(&s.old),
            side_text(&s.new)
        );
        if let Some(d) = &s.documents {
            documents_human(d, &mut out);
        }
        let _ = writeln!(
            out,
            "  complete walk: {} points compared ({}); {} changed in {} tasks",
            c.points,
            space_line(s),
            c.changed_points,
            c.tasks.len()
        );
        for t in &c.tasks {
            let _ = writeln!(
                out,
                "\n  {} ({}): {} points",
                t.task,
                task_name(&t.task),
                t.changed_points
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
        let _ = writeln!(out, "    {f}: {} → {}", g.old.field(f), g.new.field(f));
    }
    let _ = writeln!(out, "      {} points, where:", g.points);
    for b in &g.cover {
        let _ = writeln!(out, "      - {}", condition(space, b, Lang::En));
    }
}

fn pathways_human(p: &Delta, out: &mut String) {
    let _ = writeln!(
        out,
        "pathways {}: {} pathways checked, {} change verdict ({} steps: {} ok → wrong, {} wrong → ok, {} other)",
        p.file,
        p.pathways,
        p.changed_pathways,
        p.changed_steps,
        p.ok_to_wrong,
        p.wrong_to_ok,
        p.other
    );
    for (task, n) in &p.by_task {
        let _ = writeln!(out, "  task {task}: {n} steps");
    }
    for (k, n) in &p.by_kommune {
        let _ = writeln!(
            out,
            "  kommune {}: {n} steps",
            value_text(3, Some(k), Lang::En)
        );
    }
    if !p.first.is_empty() {
        let _ = writeln!(out, "  first pathways affected: {}", p.first.join(", "));
    }
}

fn change_nb(change: &str) -> &'static str {
    match change {
        "added" => "nytt",
        "removed" => "fjernet",
        _ => "endret",
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Markdown in Norwegian, for a saksframlegg or a pull-request comment.
pub fn markdown(r: &Report) -> String {
    let mut out = String::from("# Hva endringen endrer\n\n");
    if !r.changed() {
        out.push_str("Ingen endringer i ansvarsfordelingen.\n\n");
    }
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
            out.push_str("| Endring i dokumentet | Før | Etter |\n|---|---|---|\n");
            for (f, a, b) in &d.fields {
                let _ = writeln!(out, "| `{f}` | {} | {} |", md_cell(a), md_cell(b));
            }
            for cl in &d.clauses {
                let what = format!("punkt `{}` ({})", cl.task, change_nb(cl.change));
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
            "Hele sammenhengsrommet er gått gjennom: {} punkter sammenlignet ({}). {} punkter i {} oppgaver får en annen avgjørelse.\n",
            c.points,
            space_line_nb(s),
            c.changed_points,
            c.tasks.len()
        );
        for t in &c.tasks {
            let _ = writeln!(
                out,
                "### {} (`{}`): {} punkter\n",
                md_cell(&task_name(&t.task)),
                t.task,
                t.changed_points
            );
            out.push_str("| Felt | Før | Etter | Gjelder |\n|---|---|---|---|\n");
            for g in &t.groups {
                let at: Vec<String> = g
                    .cover
                    .iter()
                    .map(|b| condition(&s.space, b, Lang::Nb))
                    .collect();
                let at = md_cell(&at.join("; "));
                for (i, f) in g.fields.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "| {} | {} | {} | {} |",
                        field_nb(f),
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
            "## Planlagte pasientforløp\n\n{} forløp i `{}`: {} får en annen vurdering ({} steg: {} fra riktig til feil nivå, {} fra feil til riktig, {} annet).\n",
            p.pathways,
            md_cell(&p.file),
            p.changed_pathways,
            p.changed_steps,
            p.ok_to_wrong,
            p.wrong_to_ok,
            p.other
        );
        if !p.by_task.is_empty() {
            out.push_str("| Oppgave | Steg |\n|---|---|\n");
            for (t, n) in &p.by_task {
                let _ = writeln!(out, "| `{t}` | {n} |");
            }
            out.push_str("\n| Kommune | Steg |\n|---|---|\n");
            for (k, n) in &p.by_kommune {
                let _ = writeln!(out, "| {} | {n} |", value_text(3, Some(k), Lang::Nb));
            }
            let _ = writeln!(out, "\nFørste berørte forløp: {}\n", p.first.join(", "));
        }
    }
    let _ = writeln!(out, "_Generert av ansvar {}._", env!("CARGO_PKG_VERSION"));
    out
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The cell of `level` for an answer: "Ansvarlig", "Leder", "Bidrar" or nothing.
fn cell(o: &Outcome, level: &str) -> &'static str {
    match o {
        Outcome::NoRuling { .. } => "",
        Outcome::Ruling(v) if v.owner == level => {
            if v.shared {
                "Leder"
            } else {
                "Ansvarlig"
            }
        }
        Outcome::Ruling(v) if v.contributors.contains(&level) => "Bidrar",
        Outcome::Ruling(_) => "",
    }
}

/// A self-contained HTML page in Norwegian: per section, the responsibility matrix with
/// the changed cells and rows marked, and the changes with where they apply.
pub fn html(r: &Report) -> String {
    let mut out = String::from(
        r#"<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>Hva endringen endrer</title>
<style>
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
</head>
<body>
<h1>Hva endringen endrer</h1>
<p>Merket: celler der den generelle fordelingen (ingen sammenheng oppgitt) endres, og oppgaver med endringer i noen sammenheng. <del>Før</del> → <ins>etter</ins>.</p>
"#,
    );
    for s in &r.sections {
        let c = &s.comparison;
        let _ = writeln!(
            out,
            "<h2>{}: {} → {}</h2>\n<p>Hele sammenhengsrommet er gått gjennom: {} punkter sammenlignet ({}). {} punkter i {} oppgaver får en annen avgjørelse.</p>",
            esc(&s.region),
            esc(&side_text(&s.old)),
            esc(&side_text(&s.new)),
            c.points,
            esc(&space_line_nb(s)),
            c.changed_points,
            c.tasks.len()
        );
        if let Some(d) = &s.documents
            && !d.is_empty()
        {
            out.push_str("<table>\n<thead><tr><th>Endring i dokumentet</th><th>Før</th><th>Etter</th></tr></thead>\n<tbody>\n");
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
                for (f, a, b) in &cl.fields {
                    let _ = writeln!(
                        out,
                        "<tr><td>punkt <code>{}</code> ({}): <code>{}</code></td><td>{}</td><td>{}</td></tr>",
                        esc(&cl.task),
                        change_nb(cl.change),
                        esc(f),
                        esc(a),
                        esc(b)
                    );
                }
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("<table>\n<thead><tr><th>Oppgave</th><th>HF</th><th>Kommune</th><th>Avtalepunkt</th><th>Endringer</th></tr></thead>\n<tbody>\n");
        for (t, task) in s.space.tasks.iter().enumerate() {
            let (old, new) = &s.general[t];
            let changes = c.tasks.iter().find(|x| x.index == t);
            let level = |l: &str| {
                let (a, b) = (cell(old, l), cell(new, l));
                if a == b {
                    format!("<td class=\"level\">{b}</td>")
                } else {
                    format!("<td class=\"level changed\"><del>{a}</del> → <ins>{b}</ins></td>")
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
                            field_nb(f),
                            esc(&g.old.field(f)),
                            esc(&g.new.field(f))
                        )
                    })
                    .collect();
                let at: Vec<String> = g
                    .cover
                    .iter()
                    .map(|b| esc(&condition(&s.space, b, Lang::Nb)))
                    .collect();
                let _ = write!(
                    what,
                    "<div>{} <em>({} punkter: {})</em></div>",
                    fields.join("; "),
                    g.points,
                    at.join("; ")
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
            "<h2>Planlagte pasientforløp</h2>\n<p>{} forløp i <code>{}</code>: {} får en annen vurdering ({} steg: {} fra riktig til feil nivå, {} fra feil til riktig, {} annet). Første berørte: {}.</p>",
            p.pathways,
            esc(&p.file),
            p.changed_pathways,
            p.changed_steps,
            p.ok_to_wrong,
            p.wrong_to_ok,
            p.other,
            esc(&p.first.join(", "))
        );
    }
    let _ = writeln!(
        out,
        "<p><small>Generert av ansvar {}.</small></p>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
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
                            "where": g.cover.iter().map(|b| condition(&s.space, b, Lang::En)).collect::<Vec<_>>(),
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

/// "HF leder, kommunen bidrar" for the general answer of task `t` (old, new).
pub fn general_nb(s: &Section, t: usize) -> (String, String) {
    (fordeling(&s.general[t].0), fordeling(&s.general[t].1))
}
