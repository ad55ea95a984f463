//! Checking an agreement against the law (the catalogue's statute) and the region's
//! rules in force. Messages are the host's catalogue messages (`plugin-…`), which it
//! renders in the user's language.

use crate::catalogue::{self, Task};
use crate::model::{Agreement, AgreementStatus, Clause, Finding, Level, Query, Severity, Text};
use crate::msg;
use crate::region::RegionSpec;
use crate::rules;

const HOL_6_2_LAST: &str = "helse- og omsorgstjenesteloven § 6-2 siste ledd";

/// An allocation as the catalogue's messages select on it: `hf`, `kommune`, or for a
/// shared task `hf-leads` or `kommune-leads` (the other level contributes).
pub fn allocation(owner: Level, contributors: &[Level]) -> &'static str {
    match (owner, contributors.is_empty()) {
        (Level::Hf, true) => "hf",
        (Level::Kommune, true) => "kommune",
        (Level::Hf, false) => "hf-leads",
        (Level::Kommune, false) => "kommune-leads",
    }
}

fn finding(
    code: &str,
    severity: Severity,
    pointer: String,
    message: Text,
    rule: &str,
    basis: Vec<String>,
    help: Option<Text>,
) -> Finding {
    Finding {
        code: code.into(),
        severity,
        pointer,
        message,
        rule: rule.into(),
        basis,
        help,
    }
}

/// All findings for `a` under `spec`.
pub fn check(spec: &RegionSpec, a: &Agreement) -> Vec<Finding> {
    let mut out = Vec::new();
    for clause in &a.clauses {
        // Unknown tasks are the host's finding; nothing more to say about them here.
        let Some(task) = catalogue::task(&clause.task) else {
            continue;
        };
        check_clause(spec, a, clause, task, &mut out);
    }
    if spec.requires_user_representation && a.user_representation != Some(true) {
        out.push(finding(
            "no-user-representation",
            Severity::Warning,
            if a.user_representation.is_some() {
                "/user_representation".into()
            } else {
                String::new()
            },
            msg!("plugin-no-user-representation", region = spec.id),
            &format!("{}/brukerrepresentasjon", spec.id),
            spec.agreements
                .iter()
                .map(|x| x.title.to_string())
                .collect(),
            Some(msg!("plugin-no-user-representation-help")),
        ));
    }
    out
}

fn check_clause(spec: &RegionSpec, a: &Agreement, c: &Clause, task: &Task, out: &mut Vec<Finding>) {
    let at = |field: &str| format!("/clauses/{}/{field}", c.index);
    let basis: Vec<String> = task.basis.iter().map(|b| b.to_string()).collect();

    if let Err(conflict) = rules::statute_conflict(task, c.owner, &c.contributors, &[], None) {
        out.push(finding(
            "statute-conflict",
            Severity::Error,
            at("owner"),
            msg!(
                "plugin-statute-conflict",
                task = task.id,
                allocation = allocation(c.owner, &c.contributors),
                why = conflict.id(),
                level = conflict.level().map_or("none", Level::id),
                phase = conflict.phase().map_or("none", |p| p.id()),
                law = task.basis.join("; "),
            ),
            &format!("statute/{}", task.id),
            basis.clone(),
            Some(msg!("plugin-statute-conflict-help")),
        ));
    }

    if c.shared {
        let m = c.shared_measure.clone().unwrap_or_default();
        let missing: Vec<&str> = [
            ("`employer`", &m.employer),
            ("`organisation`", &m.organisation),
            ("`funding`", &m.funding),
        ]
        .into_iter()
        .filter(|(_, v)| v.as_deref().is_none_or(|s| s.trim().is_empty()))
        .map(|(n, _)| n)
        .collect();
        if !missing.is_empty() {
            out.push(finding(
                "shared-measure-unsettled",
                Severity::Error,
                if c.shared_measure.is_some() {
                    at("shared_measure")
                } else {
                    format!("/clauses/{}", c.index)
                },
                msg!(
                    "plugin-shared-measure-unsettled",
                    task = task.id,
                    fields = missing.join(", ")
                ),
                "statute/felles-tiltak",
                vec![HOL_6_2_LAST.to_string()],
                Some(msg!("plugin-shared-measure-unsettled-help")),
            ));
        }
    }

    if !a.paragraph_6_2.is_empty()
        && !task
            .paragraph_6_2
            .iter()
            .any(|i| a.paragraph_6_2.contains(i))
    {
        out.push(finding(
            "wrong-paragraph",
            Severity::Warning,
            at("task"),
            msg!(
                "plugin-wrong-paragraph",
                task = task.id,
                items = join(task.paragraph_6_2),
                covered = join(&a.paragraph_6_2),
            ),
            &format!("catalogue/{}", task.id),
            basis.clone(),
            Some(msg!(
                "plugin-wrong-paragraph-help",
                clause = spec.local_clause(task.paragraph_6_2)
            )),
        ));
    }

    if let Some(reference) = &c.ta_reference
        && let Some(ta) = local_ta_of(reference)
    {
        let item = spec
            .local_ta
            .iter()
            .find(|(_, name)| *name == ta)
            .map(|(i, _)| *i);
        match item {
            Some(item) if !task.paragraph_6_2.contains(&item) => out.push(finding(
                "wrong-ta",
                Severity::Warning,
                at("ta_reference"),
                msg!(
                    "plugin-wrong-ta",
                    task = task.id,
                    ta = ta,
                    item = item,
                    clause = spec.local_clause(task.paragraph_6_2),
                ),
                &format!("catalogue/{}", task.id),
                basis.clone(),
                Some(msg!(
                    "plugin-wrong-ta-help",
                    clause = spec.local_clause(task.paragraph_6_2)
                )),
            )),
            None => out.push(finding(
                "unknown-ta",
                Severity::Warning,
                at("ta_reference"),
                msg!("plugin-unknown-ta", region = spec.id, ta = ta),
                &format!("{}/tjenesteavtaler", spec.id),
                vec![],
                Some(msg!(
                    "plugin-unknown-ta-help",
                    agreements = spec
                        .local_ta
                        .iter()
                        .map(|(_, t)| *t)
                        .collect::<Vec<_>>()
                        .join(", "),
                )),
            )),
            _ => {}
        }
        if a.kind == "særavtale" && !a.parents.is_empty() && !a.parents.iter().any(|p| p == ta) {
            out.push(finding(
                "outside-parent",
                Severity::Warning,
                at("ta_reference"),
                msg!(
                    "plugin-outside-parent",
                    parents = a.parents.join(", "),
                    ta = ta
                ),
                "avtalestruktur/saeravtale",
                vec![],
                Some(msg!("plugin-outside-parent-help")),
            ));
        }
    }

    // Compare with the rules in force (no patient context: the region's general rule).
    let Ok(ruling) = rules::evaluate(spec, &Query::task(task.id)) else {
        return;
    };
    let same = ruling.owner == c.owner && sorted(&ruling.contributors) == sorted(&c.contributors);
    if !same {
        let (code, severity, message, help) = match a.status {
            AgreementStatus::Adopted => (
                "drift",
                Severity::Error,
                msg!(
                    "plugin-drift",
                    task = task.id,
                    allocation = allocation(c.owner, &c.contributors),
                    region = spec.id,
                    rules = allocation(ruling.owner, &ruling.contributors),
                ),
                msg!("plugin-drift-help"),
            ),
            AgreementStatus::Draft => (
                "change",
                Severity::Info,
                msg!(
                    "plugin-change",
                    task = task.id,
                    from = allocation(ruling.owner, &ruling.contributors),
                    to = allocation(c.owner, &c.contributors),
                ),
                msg!("plugin-change-help"),
            ),
        };
        out.push(finding(
            code,
            severity,
            at("owner"),
            message,
            &ruling.rule,
            ruling.basis,
            Some(help),
        ));
    }
}

fn sorted(l: &[Level]) -> Vec<Level> {
    let mut v = l.to_vec();
    v.sort();
    v
}

fn join(items: &[u8]) -> String {
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "TA 6 pkt 4.2" -> "TA 6"
fn local_ta_of(reference: &str) -> Option<&str> {
    let rest = reference.trim().strip_prefix("TA ")?;
    let end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    (end > 0).then(|| &reference.trim()[..3 + end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ta_reference_is_parsed() {
        assert_eq!(local_ta_of("TA 6 pkt 4.2"), Some("TA 6"));
        assert_eq!(local_ta_of("TA 10"), Some("TA 10"));
        assert_eq!(local_ta_of("Særavtale pkt 3"), None);
    }
}
