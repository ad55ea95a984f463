//! `ansvar test`: the shipped suites pass and cover every task; a failing case shows
//! what was expected and what came.

use crate::{ansvar, root, snap};

#[test]
fn every_shipped_region_has_a_passing_suite_covering_all_its_tasks() {
    let out = ansvar()
        .current_dir(root())
        .args(["test", "plugins/"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let covered: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("coverage "))
        .collect();
    assert_eq!(covered.len(), 6, "{stdout}");
    for line in covered {
        assert!(line.contains("tasks 29/29;"), "{line}");
    }
}

#[test]
fn a_failing_case_shows_expected_and_actual() {
    let mut cmd = ansvar();
    cmd.current_dir(root())
        .args(["test", "tests/fixtures/cases/failing.json"]);
    snap!(cmd);
}

#[test]
fn junit_for_ci() {
    let mut cmd = ansvar();
    cmd.current_dir(root()).args([
        "test",
        "--format",
        "junit",
        "tests/fixtures/cases/failing.json",
    ]);
    snap!("test_cmd_junit", cmd);
}
