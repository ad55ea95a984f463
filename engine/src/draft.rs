//! A new draft agreement for a region, from its rules in force: one clause per task of
//! the responsibility matrix, allocated as the region's general rule allocates it, so
//! that a secretariat starts from what holds today and the checks report only what the
//! draft changes. The document follows `schemas/agreement.schema.json` with status
//! `utkast`; what only the parties can settle (how a joint measure is run) is written
//! as a text that says so.

use serde_json::{Map, Value, json};

use crate::analyze::Row;
use crate::pathway::Region;

/// A new draft for `region` from its matrix `rows` (`analyze::matrix`), dated `today`
/// (YYYY-MM-DD). Texts of the document are in the current language.
pub fn new(region: &Region, rows: &[Row], today: &str) -> Value {
    let info = &region.info;
    let catalogue = &crate::analyze::catalogue().tasks;
    let mut items: Vec<u8> = rows
        .iter()
        .filter_map(|r| catalogue.iter().find(|t| t.id == r.task))
        .flat_map(|t| t.paragraph_6_2.iter().copied())
        .collect();
    items.sort_unstable();
    items.dedup();
    let mut kommuner: Vec<&str> = Vec::new();
    for k in &info.kommuner {
        if !kommuner.contains(&k.as_str()) {
            kommuner.push(k);
        }
    }
    // The id must stay kebab-case whatever `today` holds (ANSVAR_TODAY is free text).
    let stamp: String = today.chars().filter(char::is_ascii_digit).collect();
    let name = if stamp.is_empty() {
        "utkast".to_string()
    } else {
        format!("utkast-{stamp}")
    };
    json!({
        "id": format!("{}/{name}", info.id),
        "title": crate::t!("web-avtale-draft-title", region = &info.name),
        "kind": "tjenesteavtale",
        "paragraph_6_2": items,
        "region": info.id,
        "parties": {
            "hf": info.hf_parties,
            "kommuner": kommuner,
        },
        "status": "utkast",
        "version": crate::t!("web-avtale-draft-version", date = today),
        "user_representation": true,
        "clauses": rows.iter().enumerate().map(|(i, r)| clause(i, r)).collect::<Vec<_>>(),
    })
}

/// The clause of row `i`: the general rule's allocation. A task with contributors is
/// shared (the engine reads any clause with contributors so): `delt`, led by the rule's
/// owner, with a joint measure whose fields say the parties are to settle them.
fn clause(i: usize, r: &Row) -> Value {
    let mut c = Map::new();
    c.insert("number".into(), json!((i + 1).to_string()));
    c.insert("task".into(), json!(r.task));
    let shared = !r.contributors.is_empty();
    if shared {
        c.insert("owner".into(), json!("delt"));
        c.insert("lead".into(), json!(r.owner));
        c.insert("contributors".into(), json!(r.contributors));
    } else {
        c.insert("owner".into(), json!(r.owner));
    }
    if !r.clause.is_empty() {
        c.insert("ta_reference".into(), json!(r.clause));
    }
    c.insert("text".into(), json!(r.name));
    if shared {
        c.insert(
            "shared_measure".into(),
            json!({
                "employer": crate::t!("web-avtale-draft-employer"),
                "organisation": crate::t!("web-avtale-draft-organisation"),
                "funding": crate::t!("web-avtale-draft-funding"),
            }),
        );
    }
    Value::Object(c)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::agreement::{self, ReadLimits};
    use crate::finding::Severity;
    use crate::{Host, Limits};

    fn row(task: &str, owner: &'static str, contributors: Vec<&'static str>) -> Row {
        Row {
            task: task.into(),
            name: format!("Oppgaven {task}"),
            owner,
            contributors,
            own_patients: false,
            clause: "TA 2 (hol. § 6-2 nr. 2)".into(),
            basis: vec![],
            sources: vec![],
            rule: format!("{task}/standard"),
            source: "region",
            exceptions: vec![],
            caveats: vec![],
        }
    }

    #[test]
    fn a_task_with_contributors_is_shared_and_led_by_the_rules_owner() {
        let c = clause(6, &row("lm-nettverk", "hf", vec!["kommune"]));
        assert_eq!(c["number"], "7");
        assert_eq!(c["owner"], "delt");
        assert_eq!(c["lead"], "hf");
        assert_eq!(c["contributors"], json!(["kommune"]));
        assert_eq!(c["ta_reference"], "TA 2 (hol. § 6-2 nr. 2)");
        for field in ["employer", "organisation", "funding"] {
            let text = c["shared_measure"][field].as_str().unwrap();
            assert!(!text.trim().is_empty(), "{field}");
        }

        let c = clause(0, &row("frisklivssentral", "kommune", vec![]));
        assert_eq!(c["owner"], "kommune");
        assert!(c.get("lead").is_none() && c.get("shared_measure").is_none());
        assert!(c.get("contributors").is_none());
    }

    /// Every embedded region's draft is a valid agreement that says what the rules in
    /// force say: no error, no clause that changes an allocation, one clause per task of
    /// the matrix; and it reads back as written.
    #[test]
    fn the_draft_of_every_embedded_region_passes_the_check() {
        let host = Host::new(Limits::default(), None).unwrap();
        let ids: Vec<&str> = crate::plugin::embedded::EMBEDDED
            .iter()
            .map(|p| p.id)
            .collect();
        assert!(!ids.is_empty());
        let mut regions = crate::pathway::Regions::embedded(&host, &ids);
        assert!(regions.failed.is_empty(), "{:?}", regions.failed);
        let today = "2026-05-01";
        let drafts: Vec<(String, Value, usize)> = regions
            .loaded
            .iter()
            .map(|region| {
                let rows = crate::analyze::matrix(&host, region).unwrap();
                (
                    region.info.id.clone(),
                    new(region, &rows, today),
                    rows.len(),
                )
            })
            .collect();
        for (id, draft, tasks) in drafts {
            assert_eq!(draft["id"], format!("{id}/utkast-20260501"));
            assert_eq!(draft["status"], "utkast");
            assert_eq!(draft["clauses"].as_array().unwrap().len(), tasks, "{id}");

            let text = serde_json::to_string_pretty(&draft).unwrap() + "\n";
            let back: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(back, draft, "{id} round-trips");
            let read = crate::diff::agreement::read(&id, text.as_bytes())
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(read.value, draft);
            assert_eq!(agreement::to_agreement(&draft).clauses.len(), tasks, "{id}");

            let checked = agreement::check_bytes(
                &host,
                &mut regions,
                PathBuf::from(format!("{id}.json")),
                text.as_bytes(),
                ReadLimits::default(),
                today,
            );
            assert!(!checked.plugin_failed, "{id}");
            let wrong: Vec<_> = checked
                .report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error || f.code == "change")
                .map(|f| format!("{} {} {}", f.code, f.pointer, f.message))
                .collect();
            assert!(wrong.is_empty(), "{id}: {wrong:#?}");
        }
    }
}
