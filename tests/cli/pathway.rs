//! `ansvar pathway check`: the example pathways, one fixture per finding, JSON Lines with
//! bad lines among good ones, every output format, --explain, --output.

use crate::{ansvar, root, snap};

/// `ansvar pathway check` run from the repository root.
fn pathway(args: &[&str]) -> std::process::Command {
    let mut cmd = ansvar();
    cmd.current_dir(root())
        .args(["pathway", "check"])
        .args(args);
    cmd
}

fn fx(name: &str) -> String {
    format!("tests/fixtures/pathways/{name}")
}

#[test]
fn the_example_pathways_of_every_region_are_clean() {
    let out = pathway(&["agreements/"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    snap!(pathway(&["agreements/helse-bergen/pathways/"]));
}

macro_rules! fixture_tests {
    ($($test:ident: $file:literal => $code:literal,)*) => {
        $(
            #[test]
            fn $test() {
                snap!(concat!("pathway_", stringify!($test)), pathway(&[&fx($file)]), exit = $code);
            }
        )*
    };
}

fixture_tests! {
    a_step_planned_by_the_wrong_level: "wrong-level.json" => 1,
    discharge_without_information: "discharge-missing.json" => 1,
    minor_children_not_addressed_by_the_kommune: "children-not-addressed.json" => 1,
    long_term_needs_without_plan_and_with_the_coordinator_in_the_hf: "no-ip-coordinator-in-hf.json" => 1,
    a_barnekoordinator_in_the_hf: "barnekoordinator-hf.json" => 1,
    an_unknown_task_and_a_step_without_owner: "unknown-task-no-owner.json" => 1,
    schema_errors_are_located: "schema-errors.json" => 1,
    a_kommune_of_another_region: "kommune-outside-region.json" => 1,
    an_old_kommunenummer_is_resolved_with_a_warning: "old-kommune.json" => 0,
    an_unknown_region_gets_a_suggestion: "unknown-region.json" => 1,
    duplicate_step_ids_impossible_dates_unknown_diagnosis: "duplicate-id-bad-date.json" => 1,
    a_shared_task_planned_without_its_lead: "lead-missing.json" => 1,
    a_barnekoordinator_for_a_family_expecting_a_child: "barnekoordinator-expecting.json" => 0,
}

/// Bad lines among good ones: every line gets its own verdict and location.
#[test]
fn json_lines_with_bad_lines_go_on() {
    snap!(pathway(&["--format", "jsonl", &fx("mixed.jsonl")]));
    snap!("pathway_json_lines_human", pathway(&[&fx("mixed.jsonl")]));
}

#[test]
fn json_lines_from_stdin() {
    let input = std::fs::read(root().join(fx("mixed.jsonl"))).unwrap();
    let mut cmd = pathway(&["--format", "jsonl", "-"]);
    let mut child = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(&input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Six pathways (the blank line is skipped), in input order, each with its own line.
    let at: Vec<u64> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    assert_eq!(at, [1, 2, 3, 5, 6, 7]);
    let status: Vec<&str> = lines
        .iter()
        .map(|l| l["status"].as_str().unwrap())
        .collect();
    assert_eq!(status, ["ok", "error", "error", "error", "error", "ok"]);
}

/// Rulings the host holds from earlier batches (named by key alone in later ones) give
/// the same report as rulings built afresh: one pathway per batch against one batch.
#[test]
fn kept_rulings_give_the_same_report_as_fresh_ones() {
    let mut generator = ansvar::synth::Pathways::from_repo(&root(), 7).unwrap();
    let lines: Vec<String> = (0..300).map(|_| generator.next_line()).collect();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("synthetic.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let report = |batch: &str| {
        let out = ansvar()
            .args([
                "--format", "jsonl", "pathway", "check", "-j", "1", "--batch", batch,
            ])
            .arg(&input)
            .output()
            .unwrap();
        assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let one_by_one = report("1");
    assert_eq!(one_by_one.lines().count(), 300);
    assert!(one_by_one.contains(r#""rule":"#));
    assert_eq!(one_by_one, report("512"));
}

#[test]
fn explain_shows_the_rule_chain() {
    snap!(pathway(&[
        "--explain",
        "agreements/helse-bergen/pathways/kols.json"
    ]));
}

#[test]
fn json_report_follows_the_report_schema() {
    let out = pathway(&[
        "--format",
        "json",
        &fx("wrong-level.json"),
        &fx("mixed.jsonl"),
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(v["pathways"]["pathways"], 7);
}

#[test]
fn sarif_follows_the_sarif_schema() {
    let out = pathway(&["--format", "sarif", &fx("wrong-level.json")])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&v));
    assert!(!v["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn github_and_junit() {
    snap!(pathway(&["--format", "github", &fx("wrong-level.json")]));
    snap!(
        "pathway_junit",
        pathway(&["--format", "junit", &fx("wrong-level.json")])
    );
}

/// --output: the report appears whole, the input is untouched; a failed run leaves an
/// existing report as it was.
#[test]
fn output_is_written_atomically_and_the_input_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.jsonl");
    std::fs::write(&report, "old\n").unwrap();
    let input = root().join(fx("mixed.jsonl"));
    let before = std::fs::read(&input).unwrap();
    let out = pathway(&[
        "--format",
        "jsonl",
        "-o",
        report.to_str().unwrap(),
        input.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&report).unwrap().lines().count(), 6);
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // A directory that does not exist: a usage error, nothing written anywhere.
    let missing = dir.path().join("no/such/dir/report.jsonl");
    let out = pathway(&["-o", missing.to_str().unwrap(), input.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());
}

/// A region whose plugin cannot run: its pathways say so (exit 3); the rest are checked.
#[test]
fn a_failing_plugin_is_exit_3_and_other_files_still_get_checked() {
    let out = pathway(&[
        "--plugin-memory-mib",
        "1",
        &fx("wrong-level.json"),
        &fx("unknown-region.json"),
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("plugin-failed"), "{stdout}");
    assert!(stdout.contains("unknown-region"), "{stdout}");
}

#[test]
fn a_directory_without_pathways_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    snap!(pathway(&[dir.path().to_str().unwrap()]));
}

#[test]
fn a_missing_file_is_a_usage_error_and_the_others_are_still_checked() {
    snap!(pathway(&[
        "no/such/pathways.jsonl",
        "agreements/helse-bergen/pathways/kols.json",
    ]));
}

/// Code-scanning tools show a rule's description beside each alert: every code the
/// fixtures bring out, agreements and pathways, has one of its own.
#[test]
fn every_sarif_rule_the_fixtures_raise_is_described() {
    let agreements = ansvar()
        .current_dir(root())
        .args(["--format", "sarif", "check", "tests/fixtures/agreements"])
        .output()
        .unwrap();
    let pathways = pathway(&["--format", "sarif", "tests/fixtures/pathways"])
        .output()
        .unwrap();
    let mut ids = Vec::new();
    for out in [agreements, pathways] {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for rule in v["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap() {
            let id = rule["id"].as_str().unwrap();
            let text = rule["shortDescription"]["text"].as_str().unwrap();
            assert_ne!(id, text, "`{id}` has no description");
            ids.push(id.to_string());
        }
    }
    // Enough of the codes come out for the check to mean something.
    assert!(ids.len() > 30, "{ids:?}");
}

/// A byte-order mark before a pathway is skipped with the same warning as before an
/// agreement: in a document, and on the first line of a JSON Lines file.
#[test]
fn a_byte_order_mark_is_a_warning_as_for_agreements() {
    let dir = tempfile::tempdir().unwrap();
    let doc =
        std::fs::read_to_string(root().join("agreements/helse-bergen/pathways/kols.json")).unwrap();
    let line =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&doc).unwrap()).unwrap();
    let json = dir.path().join("kols.json");
    std::fs::write(&json, format!("\u{feff}{doc}")).unwrap();
    let jsonl = dir.path().join("many.jsonl");
    std::fs::write(&jsonl, format!("\u{feff}{line}\n{line}\n")).unwrap();
    for (file, warnings) in [(&json, 1), (&jsonl, 1)] {
        let out = ansvar()
            .args(["--format", "json", "pathway", "check"])
            .arg(file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{file:?}");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let codes: Vec<&str> = report["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap())
            .collect();
        assert_eq!(codes, vec!["bom"; warnings], "{file:?}");
    }
}
