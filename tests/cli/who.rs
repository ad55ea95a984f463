use crate::{ansvar, root, snap};

fn who(args: &[&str]) -> std::process::Command {
    let mut cmd = ansvar();
    cmd.args(["who", "--region", "helse-bergen"]).args(args);
    cmd
}

#[test]
fn hf_owned_task() {
    snap!(who(&["--task", "diagnosespesifikk-opplaering"]));
}

#[test]
fn shared_task_with_lead_and_contributors() {
    snap!(who(&["--task", "lm-nettverk", "--kommune", "Bergen"]));
}

#[test]
fn kommune_owned_task_json() {
    snap!(who(&[
        "--task",
        "livsstilskurs-diabetes2",
        "--diagnosis",
        "diabetes-type2",
        "--format",
        "json"
    ]));
}

#[test]
fn shared_task_json() {
    snap!(who(&[
        "--task",
        "lm-nettverk",
        "--kommune",
        "4601",
        "--format",
        "json"
    ]));
}

#[test]
fn baseline_fallback_with_explain() {
    snap!(who(&[
        "--task",
        "individuell-opplaering",
        "--phase",
        "after",
        "--age",
        "elderly",
        "--explain"
    ]));
}

#[test]
fn explain_json() {
    snap!(who(&[
        "--task",
        "koordinator",
        "--phase",
        "during",
        "--explain",
        "--format",
        "json"
    ]));
}

#[test]
fn old_kommune_name_is_resolved_with_a_note() {
    snap!(who(&["--task", "generell-mestring", "--kommune", "Os"]));
}

#[test]
fn old_kommune_number_is_resolved_with_a_note() {
    snap!(who(&[
        "--task",
        "generell-mestring",
        "--kommune",
        "1263",
        "--format",
        "json"
    ]));
}

#[test]
fn unsettled_kommune_carries_a_caveat() {
    snap!(who(&["--task", "lm-nettverk", "--kommune", "Gulen"]));
}

#[test]
fn unknown_region() {
    snap!(ansvar().args(["who", "--region", "helse-bergn", "--task", "lm-nettverk"]));
}

#[test]
fn unknown_task() {
    snap!(who(&["--task", "lm-netverk"]));
}

#[test]
fn unknown_task_json() {
    snap!(who(&["--task", "lm-netverk", "--format", "json"]));
}

#[test]
fn unknown_kommune() {
    snap!(who(&["--task", "lm-nettverk", "--kommune", "Bergn"]));
}

#[test]
fn kommune_outside_region_names_the_hf() {
    snap!(who(&["--task", "lm-nettverk", "--kommune", "Drammen"]));
}

#[test]
fn sami_name_outside_region() {
    snap!(who(&["--task", "lm-nettverk", "--kommune", "Gáivuotna"]));
}

#[test]
fn unknown_diagnosis() {
    snap!(who(&["--task", "lm-nettverk", "--diagnosis", "diabetes"]));
}

#[test]
fn invalid_phase_is_a_usage_error() {
    let out = who(&["--task", "lm-nettverk", "--phase", "later"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("before, during, after"));
}

/// Every task of the catalogue gets an answer of the documented JSON shape.
#[test]
fn every_catalogue_task_is_answered() {
    let catalogue: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/catalogue.json")).unwrap(),
    )
    .unwrap();
    let tasks = catalogue["tasks"].as_array().unwrap();
    assert!(tasks.len() >= 29);
    for task in tasks {
        let id = task["id"].as_str().unwrap();
        let out = who(&["--task", id, "--kommune", "4601", "--format", "json"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["task"], id);
        let owner = v["owner"].as_str().unwrap();
        assert!(owner == "hf" || owner == "kommune", "{id}: {owner}");
        let shared = v["shared"].as_bool().unwrap();
        assert_eq!(
            shared,
            !v["contributors"].as_array().unwrap().is_empty(),
            "{id}"
        );
        if shared {
            assert_eq!(v["lead"], v["owner"], "{id}");
        } else {
            assert!(v["lead"].is_null(), "{id}");
        }
        assert!(!v["paragraph_6_2"].as_array().unwrap().is_empty(), "{id}");
        for field in ["clause", "rule", "note", "region"] {
            assert!(!v[field].as_str().unwrap().is_empty(), "{id}: {field}");
        }
        assert!(!v["basis"].as_array().unwrap().is_empty(), "{id}");
        assert_eq!(v["kommune"]["number"], "4601");
    }
}
