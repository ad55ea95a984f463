//! `ansvar check`: one fixture per check, every output format, bad input.

use std::path::PathBuf;

use crate::{ansvar, root, snap};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/agreements").join(name)
}

/// `ansvar check` run from the repository root, with a fixed "today".
fn check(args: &[&str]) -> std::process::Command {
    let mut cmd = ansvar();
    cmd.current_dir(root())
        .env("ANSVAR_TODAY", "2026-11-22")
        .arg("check")
        .args(args);
    cmd
}

/// Violations of the JSON Schema at `schema` (relative to the repository root).
fn violations_of(schema: &str, value: &serde_json::Value) -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(schema)).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path().as_str()))
        .collect()
}

/// How many agreement documents the repository ships (pathways aside).
fn repo_agreements() -> usize {
    walkdir::WalkDir::new(root().join("agreements"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path().extension().is_some_and(|x| x == "json")
                && !e.path().components().any(|c| c.as_os_str() == "pathways")
        })
        .count()
}

fn fx(name: &str) -> String {
    format!("tests/fixtures/agreements/{name}")
}

/// None of the sources shows an adopted or signed text: every agreement document the
/// repository ships says it is reconstructed (`kilde`), from which source (title,
/// publisher, year), and is of the kind its source is. A document marked `kilde`
/// without its source is a schema error.
#[test]
fn the_repositorys_documents_say_what_they_are_reconstructed_from() {
    let mut seen = 0;
    for e in walkdir::WalkDir::new(root().join("agreements"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            e.path().extension().is_some_and(|x| x == "json")
                && !e.path().components().any(|c| c.as_os_str() == "pathways")
        })
    {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        let at = e.path().display();
        assert_eq!(v["status"], "kilde", "{at}");
        let source = &v["source"];
        for field in ["title", "publisher"] {
            assert!(
                source[field].as_str().is_some_and(|s| !s.is_empty()),
                "{at}: {field}"
            );
        }
        assert!(
            source["year"]
                .as_u64()
                .is_some_and(|y| (1990..2100).contains(&y)),
            "{at}"
        );
        assert!(
            v.get("adopted_by").is_none() && v.get("adopted_date").is_none(),
            "{at}"
        );
        // A forum, a project or a network is not a tjenesteavtale.
        let kind = v["kind"].as_str().unwrap();
        let expected = match v["region"].as_str().unwrap() {
            "helse-bergen" => "særavtale",
            "helse-fonna" | "unn" => "nettverk",
            "sykehuset-i-vestfold" => "forum",
            "sykehuset-ostfold" => "kommunal-organisering",
            "vestre-viken" => "prosjekt",
            other => panic!("{at}: region {other}"),
        };
        assert_eq!(kind, expected, "{at}");
        assert!(
            !text.contains(".txt") && !text.to_lowercase().contains("seed"),
            "{at}"
        );
        seen += 1;
    }
    assert_eq!(seen, repo_agreements());

    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("agreements/unn/tjenesteavtale-6-fagnettverk.json"))
            .unwrap(),
    )
    .unwrap();
    assert!(violations_of("schemas/agreement.schema.json", &doc).is_empty());
    doc.as_object_mut().unwrap().remove("source");
    assert!(!violations_of("schemas/agreement.schema.json", &doc).is_empty());
}

/// The unsettled kommuner (Gulen, Eidfjord) are served with a caveat but are not parties
/// to the Bergen særavtale, and its funding says what the 2017 saksframlegg says.
#[test]
fn the_bergen_document_keeps_to_its_source() {
    let v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            root().join("agreements/helse-bergen/saeravtale-lm-nettverk.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let parties: Vec<&str> = v["parties"]["kommuner"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| k.as_str())
        .collect();
    assert!(!parties.contains(&"4635") && !parties.contains(&"4619"));
    for c in v["clauses"].as_array().unwrap() {
        if let Some(funding) = c["shared_measure"]["funding"].as_str() {
            assert!(funding.contains("2014") && funding.contains("ikkje brukarrepresentanten"));
        }
    }
}

#[test]
fn the_repositorys_agreements_are_clean() {
    snap!(check(&["agreements/"]));
}

macro_rules! fixture_tests {
    ($($name:ident => $file:literal,)*) => {$(
        #[test]
        fn $name() {
            assert!(fixture($file).is_file());
            snap!(check(&[&fx($file)]));
        }
    )*};
}

fixture_tests! {
    statute_conflict => "statute-conflict.json",
    shared_measure_and_missing_lead => "shared-measure.json",
    wrong_reference => "wrong-reference.json",
    adopted_agreement_drifting_from_its_plugin => "drift.json",
    draft_changes_are_info => "draft-change.json",
    engine_checks => "engine-checks.json",
    schema_errors => "schema-errors.json",
    agreement_for_unknown_region => "unknown-region.json",
    syntax_error => "syntax-error.json",
    duplicate_key => "duplicate-key.json",
    byte_order_mark => "bom.json",
    not_utf8 => "latin1.json",
    empty_file => "empty.json",
    too_deep => "deep.json",
    lead_without_sharing => "lead-without-sharing.json",
}

#[test]
fn draft_changes_alone_exit_0_and_warnings_fail_only_when_denied() {
    let out = check(&[&fx("draft-change.json")]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = check(&[&fx("bom.json")]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a BOM is only a warning");
    let out = check(&["--deny-warnings", &fx("bom.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn too_large_file() {
    snap!(check(&[
        "--max-file-bytes",
        "100",
        "agreements/helse-bergen/saeravtale-lm-nettverk.json"
    ]));
}

#[test]
fn a_missing_path_is_exit_2_and_the_others_are_still_checked() {
    let out = check(&["no/such/file.json", "agreements/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let n = repo_agreements();
    assert!(stdout.contains(&format!("checked {n} file")), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.json"));
}

#[test]
fn a_directory_with_other_files_and_a_symlink_loop() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("agreements/helse-bergen/saeravtale-lm-nettverk.json"),
        dir.path().join("a.json"),
    )
    .unwrap();
    std::fs::write(dir.path().join("README.txt"), "not an agreement").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    snap!(check(&[dir.path().to_str().unwrap()]));
}

#[test]
fn globs_are_expanded() {
    let out = check(&["tests/fixtures/agreements/dr*.json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("checked 2 files"), "{stdout}");
}

#[test]
fn json_report_follows_its_schema() {
    let out = check(&[
        "--format",
        "json",
        &fx("engine-checks.json"),
        &fx("syntax-error.json"),
        "agreements/",
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = violations_of("schemas/report.schema.json", &report);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report["summary"]["files"], 2 + repo_agreements());
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let out = check(&[
        "--format",
        "sarif",
        &fx("engine-checks.json"),
        &fx("statute-conflict.json"),
        &fx("syntax-error.json"),
    ])
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = violations_of("tests/fixtures/sarif-schema-2.1.0.json", &sarif);
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(sarif["runs"][0]["results"].as_array().unwrap().len() > 10);
}

#[test]
fn sarif_snapshot() {
    snap!(check(&["--format", "sarif", &fx("shared-measure.json")]));
}

#[test]
fn github_annotations() {
    snap!(check(&[
        "--format",
        "github",
        &fx("shared-measure.json"),
        &fx("syntax-error.json")
    ]));
}

#[test]
fn junit_one_case_per_file() {
    snap!(check(&[
        "--format",
        "junit",
        &fx("shared-measure.json"),
        &fx("draft-change.json"),
        "agreements/"
    ]));
}

#[test]
fn a_check_never_modifies_its_input() {
    let path = fixture("engine-checks.json");
    let before = std::fs::read(&path).unwrap();
    let _ = check(&[path.to_str().unwrap()]).output().unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn output_file_is_written_whole_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.sarif");
    std::fs::write(&path, "old").unwrap();
    let out = check(&[
        "--format",
        "sarif",
        "--output",
        path.to_str().unwrap(),
        &fx("shared-measure.json"),
    ])
    .output()
    .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "findings still set the exit code"
    );
    assert!(out.stdout.is_empty());
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(report["version"], "2.1.0");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["report.sarif"], "no temporary file left behind");
}

#[test]
fn an_unwritable_output_file_is_exit_2() {
    let out = check(&["--output", "/nonexistent-dir/report.txt", "agreements/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot write `/nonexistent-dir/report.txt`")
    );
}
