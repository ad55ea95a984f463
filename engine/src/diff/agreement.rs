//! Two versions of an agreement document: the clauses that differ, and what each
//! difference does to the rulings.
//!
//! An agreement has no rules of its own for patient contexts: a clause gives a task to
//! a level (or shares it) for the kommuner that are parties. So the rulings a document
//! implies are the rules in force (the region's plugin) with the document laid over
//! them: at a point whose kommune is a party (or not given), a clause about the point's
//! task decides, as `check-agreement` compares a clause with the rules in force; a
//! clause that breaks the statute is set aside and the rules in force decide, with a
//! caveat saying why (the law wins, as in the SDK's evaluator). Everything else is the
//! rules in force. Comparing two documents' overlays over the whole space then shows
//! what each clause change does, where, including what an added or removed clause
//! does against context-dependent rules in force.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use super::{Grid, Outcome, Space, View};
use crate::analyze;
use crate::plugin::{RuleSource, Ruling};

/// How the two documents differ as text, before their rulings.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocumentChanges {
    /// document fields other than the clauses: (field, old, new)
    pub fields: Vec<(String, String, String)>,
    pub clauses: Vec<ClauseChange>,
}

impl DocumentChanges {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.clauses.is_empty()
    }
}

/// A clause added, removed or changed, matched by task.
#[derive(Clone, Debug, Serialize)]
pub struct ClauseChange {
    pub task: String,
    /// "added", "removed" or "changed"
    pub change: &'static str,
    /// (field, old, new); for an added or removed clause, every field it has
    pub fields: Vec<(String, String, String)>,
}

/// A document read, schema-checked and parsed.
pub struct Document {
    pub value: Value,
}

/// Reads an agreement document; a document that is not valid JSON or breaks the schema
/// is refused with the first problem located (`path:line:col`).
pub fn read(label: &str, bytes: &[u8]) -> Result<Document, String> {
    let r = crate::agreement::read_bytes(bytes, crate::agreement::ReadLimits::default().max_depth);
    let first = |f: &crate::finding::Finding| {
        format!(
            "{label}:{}:{}: {}",
            f.location.line, f.location.column, f.message
        )
    };
    if let Some(f) = r
        .findings
        .iter()
        .find(|f| f.severity == crate::finding::Severity::Error)
    {
        return Err(first(f));
    }
    let (Some(text), Some(parsed)) = (r.text, r.parsed) else {
        return Err(crate::t!("diff-document-unreadable", label = label));
    };
    let index = crate::document::json::LineIndex::new(&text);
    if let Some(f) = crate::agreement::schema_findings(&index, &parsed).first() {
        return Err(first(f));
    }
    Ok(Document {
        value: parsed.value,
    })
}

/// Reads a document from a file.
pub fn read_file(path: &Path) -> Result<Document, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        crate::t!(
            "diff-file-unreadable",
            path = path.display().to_string(),
            error = e.to_string()
        )
    })?;
    read(&path.display().to_string(), &bytes)
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "–".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) if a.iter().all(Value::is_string) => {
            let items: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            if items.is_empty() {
                "–".into()
            } else {
                items.join(", ")
            }
        }
        Some(v) => v.to_string(),
    }
}

fn kommuner(v: &Value) -> Vec<String> {
    v["parties"]["kommuner"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(String::from)
        .collect()
}

fn kommune_list(numbers: &[&String]) -> String {
    if numbers.is_empty() {
        return "–".into();
    }
    let reg = crate::kommune::register();
    numbers
        .iter()
        .map(|n| match reg.by_number(n) {
            Some(k) => format!("{n} {}", k.name),
            None => n.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first clause of each task, in document order.
fn clauses(v: &Value) -> Vec<(&str, &Value)> {
    let mut out: Vec<(&str, &Value)> = Vec::new();
    for c in v["clauses"].as_array().into_iter().flatten() {
        if let Some(t) = c["task"].as_str()
            && !out.iter().any(|(x, _)| *x == t)
        {
            out.push((t, c));
        }
    }
    out
}

const CLAUSE_FIELDS: [&str; 8] = [
    "owner",
    "lead",
    "contributors",
    "partners",
    "ta_reference",
    "number",
    "text",
    "shared_measure",
];

/// The textual differences of two documents.
pub fn changes(old: &Value, new: &Value) -> DocumentChanges {
    let mut d = DocumentChanges::default();
    let keys = |v: &Value| -> Vec<String> {
        v.as_object()
            .into_iter()
            .flat_map(|o| o.keys().cloned())
            .collect()
    };
    let mut all = keys(old);
    all.extend(keys(new).into_iter().filter(|k| !keys(old).contains(k)));
    for k in all {
        if k == "clauses" || k == "$schema" || old.get(&k) == new.get(&k) {
            continue;
        }
        if k == "parties" {
            if old["parties"]["hf"] != new["parties"]["hf"] {
                d.fields.push((
                    "parties.hf".into(),
                    text(old["parties"].get("hf")),
                    text(new["parties"].get("hf")),
                ));
            }
            let (a, b) = (kommuner(old), kommuner(new));
            let removed: Vec<&String> = a.iter().filter(|k| !b.contains(k)).collect();
            let added: Vec<&String> = b.iter().filter(|k| !a.contains(k)).collect();
            if !removed.is_empty() || !added.is_empty() {
                d.fields.push((
                    crate::t!("diff-field-kommuner-left-joined"),
                    kommune_list(&removed),
                    kommune_list(&added),
                ));
            }
            continue;
        }
        d.fields
            .push((k.clone(), text(old.get(&k)), text(new.get(&k))));
    }
    let (a, b) = (clauses(old), clauses(new));
    let every = |c: &Value| -> Vec<(String, String, String)> {
        CLAUSE_FIELDS
            .iter()
            .filter(|f| c.get(**f).is_some())
            .map(|f| (f.to_string(), text(c.get(*f)), text(c.get(*f))))
            .collect()
    };
    for (task, c) in &a {
        match b.iter().find(|(t, _)| t == task) {
            None => d.clauses.push(ClauseChange {
                task: task.to_string(),
                change: "removed",
                fields: every(c)
                    .into_iter()
                    .map(|(f, o, _)| (f, o, "–".into()))
                    .collect(),
            }),
            Some((_, n)) => {
                let fields: Vec<(String, String, String)> = CLAUSE_FIELDS
                    .iter()
                    .filter(|f| c.get(**f) != n.get(**f))
                    .map(|f| (f.to_string(), text(c.get(*f)), text(n.get(*f))))
                    .collect();
                if !fields.is_empty() {
                    d.clauses.push(ClauseChange {
                        task: task.to_string(),
                        change: "changed",
                        fields,
                    });
                }
            }
        }
    }
    for (task, c) in &b {
        if !a.iter().any(|(t, _)| t == task) {
            d.clauses.push(ClauseChange {
                task: task.to_string(),
                change: "added",
                fields: every(c)
                    .into_iter()
                    .map(|(f, _, n)| (f, "–".into(), n))
                    .collect(),
            });
        }
    }
    d
}

/// What a clause says, as a ruling would, or why the law sets it aside.
fn clause_outcome(
    doc: &Value,
    c: &crate::plugin::Clause,
    c_json: &Value,
    task: &str,
) -> Result<View, String> {
    let title = doc["title"].as_str().unwrap_or_default().to_string();
    let catalogue = analyze::catalogue();
    let ct = catalogue.tasks.iter().find(|t| t.id == task);
    let ruling = Ruling {
        task: task.into(),
        owner: c.owner,
        shared: c.shared,
        contributors: c.contributors.clone(),
        partners: vec![],
        paragraph_6_2: vec![],
        clause: String::new(),
        basis: vec![],
        rule: String::new(),
        source: RuleSource::Region,
        note: String::new(),
        caveats: vec![],
        trace: vec![],
        sources: vec![],
        own_patients: false,
    };
    // A clause names no phase.
    if let Some(why) = ct.and_then(|ct| analyze::statute_breach(ct, &ruling, None)) {
        return Err(why);
    }
    // The law alone: the agreement itself is named in the clause.
    let basis: Vec<String> = ct.map(|t| t.basis.clone()).unwrap_or_default();
    let mut contributors: Vec<&'static str> = c.contributors.iter().map(|l| l.id()).collect();
    contributors.sort_unstable();
    Ok(View {
        owner: c.owner.id(),
        shared: c.shared,
        contributors,
        partners: c_json["partners"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        clause: match &c.ta_reference {
            Some(r) => format!("{title}: {r}"),
            None => title,
        },
        basis,
        paragraph_6_2: vec![],
        caveats: vec![],
    })
}

/// The rulings `doc` implies: `base` (the rules in force over `space`) with the
/// document's clauses laid over it for its party kommuner.
pub fn overlay(space: &Space, base: &Grid, doc: &Value) -> Grid {
    let agreement = crate::agreement::to_agreement(doc);
    let parties = kommuner(doc);
    let shape = space.shape();
    let n = shape.len();
    let id = doc["id"].as_str().unwrap_or_default();
    let mut g = Grid::sized(space.len());
    // per base outcome id, the outcome with a set-aside caveat (by task)
    let mut aside: HashMap<(usize, u32), u32> = HashMap::new();
    let mut kept: HashMap<u32, u32> = HashMap::new();
    for (t, task) in space.tasks.iter().enumerate() {
        let clause = agreement.clauses.iter().find(|c| c.task == *task);
        let decided = clause.map(|c| {
            let json = &doc["clauses"][c.index as usize];
            (c.index, clause_outcome(doc, c, json, task))
        });
        for i in 0..n {
            let cell = t * n + i;
            let base_id = base.cells[cell];
            let kommune = space.kommuner[shape.point(i)[3]].as_deref();
            let applies = kommune.is_none_or(|k| parties.iter().any(|p| p == k));
            let base_outcome = &base.outcomes[base_id as usize];
            g.cells[cell] = match (&decided, applies, base_outcome) {
                (Some((_, Ok(view))), true, Outcome::Ruling(b)) => {
                    let mut v = view.clone();
                    v.paragraph_6_2 = b.paragraph_6_2.clone();
                    g.intern(Outcome::Ruling(v))
                }
                (Some((index, Err(why))), true, Outcome::Ruling(b)) => {
                    let key = (t, base_id);
                    match aside.get(&key) {
                        Some(&x) => x,
                        None => {
                            let mut v = b.clone();
                            v.caveats.push(crate::t!(
                                "diff-clause-set-aside",
                                index = *index,
                                agreement = id,
                                why = why
                            ));
                            let x = g.intern(Outcome::Ruling(v));
                            aside.insert(key, x);
                            x
                        }
                    }
                }
                _ => match kept.get(&base_id) {
                    Some(&x) => x,
                    None => {
                        let x = g.intern(base_outcome.clone());
                        kept.insert(base_id, x);
                        x
                    }
                },
            };
        }
    }
    g
}

/// The region and the level names an agreement document gives, for errors.
pub fn region(doc: &Value) -> &str {
    doc["region"].as_str().unwrap_or_default()
}
