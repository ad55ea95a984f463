//! The hostile-plugin zoo (`tests/zoo`): every misbehaviour ends in exit code 3 with a
//! message naming the plugin and the limit or contract it broke, and the other regions
//! in the same run still answer.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use crate::{ansvar, root};

/// Builds the zoo plugin once per test process (cargo serialises concurrent builds).
pub(crate) fn zoo() -> &'static PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ansvar-zoo");
        let status = Command::new(option_env!("CARGO").unwrap_or("cargo"))
            .current_dir(root())
            .args([
                "build",
                "--quiet",
                "--profile",
                "plugin",
                "--target",
                "wasm32-wasip2",
                "-p",
                "ansvar-zoo",
                "--target-dir",
            ])
            .arg(&target)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("RUSTC_WORKSPACE_WRAPPER")
            .status()
            .expect("run cargo");
        assert!(status.success(), "building the zoo plugin failed");
        target.join("wasm32-wasip2/plugin/ansvar_zoo.wasm")
    })
}

fn run(task: &str) -> (Option<i32>, String) {
    let out = ansvar()
        .arg("--plugin")
        .arg(zoo())
        .args([
            "--allow-unpinned",
            "--plugin-timeout-ms",
            "300",
            "--plugin-memory-mib",
            "32",
            "who",
            "--region",
            "zoo",
            "--task",
            task,
        ])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_fails(task: &str, expect: &str) {
    let (code, stderr) = run(task);
    assert_eq!(code, Some(3), "{task}: {stderr}");
    assert!(
        stderr.contains("ansvar_zoo.wasm"),
        "{task}: plugin not named: {stderr}"
    );
    assert!(
        stderr.contains(expect),
        "{task}: expected `{expect}` in: {stderr}"
    );
}

#[test]
fn an_infinite_loop_hits_the_time_limit() {
    assert_fails("loop", "exceeded its time limit of 300 ms");
}

#[test]
fn a_memory_bomb_hits_the_memory_limit() {
    assert_fails("oom", "exceeded its memory limit of 32 MiB");
}

#[test]
fn a_panic_is_reported_with_its_message() {
    assert_fails("panic", "the zoo plugin panics on purpose");
}

/// Rust on wasm32 keeps its stack in linear memory, so overflowing it is an
/// out-of-bounds access rather than wasmtime's own stack-overflow trap.
#[test]
fn deep_recursion_crashes_cleanly() {
    assert_fails("recurse", "crashed: out-of-bounds memory access");
}

#[test]
fn reading_a_file_is_denied() {
    assert_fails("read-file", "which the sandbox does not grant");
}

#[test]
fn reading_the_environment_is_denied() {
    assert_fails("env", "wasi:cli/environment");
}

#[test]
fn reading_the_clock_is_denied() {
    assert_fails("clock", "wasi:clocks/wall-clock");
}

#[test]
fn the_network_is_denied() {
    assert_fails("network", "wasi:sockets");
}

#[test]
fn a_ruling_for_another_task_breaks_the_contract() {
    assert_fails(
        "wrong-task",
        "asked about `wrong-task`, it answered about `hospitering`",
    );
}

#[test]
fn the_owner_among_contributors_breaks_the_contract() {
    assert_fails(
        "owner-in-contributors",
        "lists the owner among the contributors",
    );
}

#[test]
fn a_giant_answer_is_refused() {
    assert_fails("giant", "the limit is 262144 bytes");
}

#[test]
fn missing_exports_are_refused_before_any_call() {
    // Rename the exported interface (same length), as a plugin built against another
    // world would have it.
    let mut bytes = std::fs::read(zoo()).unwrap();
    let name = b"ansvar:region/plugin@";
    let mut renamed = 0;
    while let Some(at) = bytes.windows(name.len()).position(|w| w == name) {
        bytes[at + 14..at + 20].copy_from_slice(b"plugim");
        renamed += 1;
    }
    assert!(renamed > 0);
    let dir = tempfile::tempdir().unwrap();
    let path = crate::plugins::write(&dir, "no-exports.wasm", &bytes);
    let out = crate::plugins::inspect(&path);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("no-exports.wasm") && stderr.contains("does not fit the plugin API"),
        "{stderr}"
    );
}

#[test]
fn a_well_behaved_query_to_the_zoo_still_answers() {
    let (code, stderr) = run("lm-nettverk");
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn other_regions_answer_in_the_same_run() {
    let regions = |extra: &[&str]| {
        let out = ansvar()
            .arg("--plugin")
            .arg(zoo())
            .args(extra)
            .args(["regions", "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let ids: Vec<String> = v["regions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect();
        (
            out.status.code(),
            ids,
            v["errors"].as_array().unwrap().len(),
        )
    };
    let embedded: Vec<String> = ansvar::plugin::embedded::EMBEDDED
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    // Refused (unpinned): the embedded regions still answer, and the run exits 3.
    assert_eq!(regions(&[]), (Some(3), embedded.clone(), 1));
    let mut all = vec!["zoo".to_string()];
    all.extend(embedded);
    assert_eq!(regions(&["--allow-unpinned"]), (Some(0), all, 0));
}

#[test]
fn an_unpinned_plugin_needs_an_explicit_flag() {
    let out = ansvar()
        .arg("--plugin")
        .arg(zoo())
        .args(["who", "--region", "zoo", "--task", "lm-nettverk"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("is not pinned in plugins/plugins.lock")
            && stderr.contains("--allow-unpinned"),
        "{stderr}"
    );
}

/// A plugin that misbehaves in `check-pathways`: each way ends in an error naming the
/// plugin and what it broke (exit 3), and the pathways of other regions in the same run
/// are still checked.
#[test]
fn hostile_pathway_batches_are_contained() {
    let dir = tempfile::tempdir().unwrap();
    let good =
        std::fs::read_to_string(root().join("agreements/helse-bergen/pathways/kols.json")).unwrap();
    let mut lines = Vec::new();
    for diagnosis in ["kols", "kreft", "demens", "rus", "hjerneslag"] {
        let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
        v["region"] = "zoo".into();
        v["patient"]["diagnosis"] = diagnosis.into();
        v["id"] = format!("zoo-{diagnosis}").into();
        lines.push(serde_json::to_string(&v).unwrap());
    }
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    lines.push(serde_json::to_string(&v).unwrap());
    let input = dir.path().join("zoo.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = ansvar()
        .args(["--plugin"])
        .arg(zoo())
        .args([
            "--allow-unpinned",
            "--plugin-timeout-ms",
            "300",
            "--format",
            "jsonl",
        ])
        .args(["pathway", "check", "--batch", "1", "-j", "1"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let message = |i: usize| {
        records[i]["findings"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert!(message(0).contains("time limit"), "{}", message(0));
    assert!(
        message(1).contains("panics in check-pathways"),
        "{}",
        message(1)
    );
    assert!(
        message(2).contains("answered about `hospitering`"),
        "{}",
        message(2)
    );
    assert!(message(3).contains("needed a verdict"), "{}", message(3));
    assert!(message(4).contains("ruling key 7 alone"), "{}", message(4));
    for (i, r) in records.iter().enumerate().take(5) {
        assert_eq!(r["findings"][0]["code"], "plugin-failed");
        assert!(message(i).contains("zoo.wasm"), "{}", message(i));
    }
    // The embedded region's pathway in the same run: checked, clean.
    assert_eq!(records[5]["status"], "ok");
    assert_eq!(records[5]["region"], "helse-bergen");
}
