//! Checking an agreement against the law (the catalogue's statute) and the region's
//! rules in force. Messages are English; they cite the Norwegian sources.

use crate::catalogue::{self, Task};
use crate::model::{Agreement, AgreementStatus, Clause, Finding, Level, Query, Severity};
use crate::region::RegionSpec;
use crate::rules;

const HOL_6_2_LAST: &str = "helse- og omsorgstjenesteloven § 6-2 siste ledd";

fn levels(owner: Level, contributors: &[Level]) -> String {
    if contributors.is_empty() {
        owner.id().to_string()
    } else {
        let c: Vec<&str> = contributors.iter().map(|l| l.id()).collect();
        format!("delt ({} leads, {} contributes)", owner.id(), c.join(", "))
    }
}

fn finding(
    code: &str,
    severity: Severity,
    pointer: String,
    message: String,
    rule: &str,
    basis: Vec<String>,
    help: Option<String>,
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
            if a.user_representation.is_some() { "/user_representation".into() } else { String::new() },
            format!("region {} requires user representation in LM agreements, and this agreement does not state it", spec.id),
            &format!("{}/brukerrepresentasjon", spec.id),
            spec.agreements.iter().map(|x| x.title.to_string()).collect(),
            Some("set `\"user_representation\": true` and name the user representative's role in a clause".into()),
        ));
    }
    out
}

fn check_clause(spec: &RegionSpec, a: &Agreement, c: &Clause, task: &Task, out: &mut Vec<Finding>) {
    let at = |field: &str| format!("/clauses/{}/{field}", c.index);
    let basis: Vec<String> = task.basis.iter().map(|b| b.to_string()).collect();

    if let Err(why) = rules::statute_conflict(task, c.owner, &c.contributors, &[], None) {
        out.push(finding(
            "statute-conflict",
            Severity::Error,
            at("owner"),
            format!("`{}` given to {} contradicts the law: {why}", task.id, levels(c.owner, &c.contributors)),
            &format!("statute/{}", task.id),
            basis.clone(),
            Some("an agreement may not narrow a duty set by law; give the task (also) to the level the law names".into()),
        ));
    }

    if c.shared {
        let m = c.shared_measure.clone().unwrap_or_default();
        let missing: Vec<&str> = [
            ("employer", &m.employer),
            ("organisation", &m.organisation),
            ("funding", &m.funding),
        ]
        .into_iter()
        .filter(|(_, v)| v.as_deref().is_none_or(|s| s.trim().is_empty()))
        .map(|(n, _)| n)
        .collect();
        if !missing.is_empty() {
            out.push(finding(
                "shared-measure-unsettled",
                Severity::Error,
                if c.shared_measure.is_some() { at("shared_measure") } else { format!("/clauses/{}", c.index) },
                format!("shared task `{}` does not settle {}", task.id, missing.join(", ")),
                "statute/felles-tiltak",
                vec![HOL_6_2_LAST.to_string()],
                Some("a jointly run measure must settle employer responsibility, organisation and funding: add `shared_measure` with `employer`, `organisation` and `funding`".into()),
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
            format!(
                "`{}` belongs under hol. § 6-2 nr. {}, but the agreement covers nr. {}",
                task.id,
                join(task.paragraph_6_2),
                join(&a.paragraph_6_2)
            ),
            &format!("catalogue/{}", task.id),
            basis.clone(),
            Some(format!(
                "move the clause to the agreement for {}",
                spec.local_clause(task.paragraph_6_2)
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
                format!("`{}` is filed under {ta} (hol. § 6-2 nr. {item}), but the task belongs under {}", task.id, spec.local_clause(task.paragraph_6_2)),
                &format!("catalogue/{}", task.id),
                basis.clone(),
                Some(format!("refer to {}", spec.local_clause(task.paragraph_6_2))),
            )),
            None => out.push(finding(
                "unknown-ta",
                Severity::Warning,
                at("ta_reference"),
                format!("region {} has no {ta}", spec.id),
                &format!("{}/tjenesteavtaler", spec.id),
                vec![],
                Some(format!(
                    "the region's agreements are {}",
                    spec.local_ta.iter().map(|(_, t)| *t).collect::<Vec<_>>().join(", ")
                )),
            )),
            _ => {}
        }
        if a.kind == "særavtale" && !a.parents.is_empty() && !a.parents.iter().any(|p| p == ta) {
            out.push(finding(
                "outside-parent",
                Severity::Warning,
                at("ta_reference"),
                format!("the særavtale hangs off {}, but this clause refers to {ta}", a.parents.join(", ")),
                "avtalestruktur/saeravtale",
                vec![],
                Some("a særavtale yields to its parent TAs; add the TA to `parents` or move the clause".into()),
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
                format!(
                    "the adopted agreement gives `{}` to {}, but the rules in force (plugin {}) say {}",
                    task.id,
                    levels(c.owner, &c.contributors),
                    spec.id,
                    levels(ruling.owner, &ruling.contributors)
                ),
                "the document and its plugin must say the same: fix the document, or change and rebuild the plugin",
            ),
            AgreementStatus::Draft => (
                "change",
                Severity::Info,
                format!(
                    "the draft changes `{}` from {} to {}",
                    task.id,
                    levels(ruling.owner, &ruling.contributors),
                    levels(c.owner, &c.contributors)
                ),
                "when adopted, update the region plugin to match",
            ),
        };
        out.push(finding(
            code,
            severity,
            at("owner"),
            message,
            &ruling.rule,
            ruling.basis,
            Some(help.into()),
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
        .join(" og ")
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
