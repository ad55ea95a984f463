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
        crate::build_plugin("ansvar-zoo", &[], &target)
    })
}

fn run(task: &str) -> (Option<i32>, String) {
    let out = ansvar()
        .arg("--plugin")
        .arg(zoo())
        .args([
            "--allow-unpinned",
            // Well above what an honest call takes on a busy machine (the giant answer
            // is slow to lift in a debug build), so that only the loop reaches it.
            "--plugin-timeout-ms",
            "2000",
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
    assert_fails("loop", "exceeded its time limit of 2000 ms");
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

/// Runs `cmd`, killing it after `secs` seconds: a hang fails the test instead of
/// stalling the suite.
fn run_within(mut cmd: Command, secs: u64) -> std::process::Output {
    use std::io::Read;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Drain the pipes on threads, so a full pipe cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        out.read_to_end(&mut v).map(|_| v)
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        err.read_to_end(&mut v).map(|_| v)
    });
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed().as_secs() >= secs {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the run did not finish within {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    std::process::Output {
        status,
        stdout: out.join().unwrap().unwrap(),
        stderr: err.join().unwrap().unwrap(),
    }
}

/// The compiled-code cache entry of the embedded plugin `id` in `dir`.
fn cache_entry(dir: &std::path::Path, id: &str) -> PathBuf {
    let pin = ansvar::plugin::lock::pins()
        .into_iter()
        .find(|(i, _)| *i == id)
        .unwrap()
        .1;
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&pin[..32])
        })
        .unwrap_or_else(|| panic!("no cache entry for {id}"))
}

fn who_cached(cache: &std::path::Path, region: &str) -> std::process::Output {
    ansvar()
        .env("ANSVAR_CACHE_DIR", cache)
        .args(["--format", "json", "who", "--region", region])
        .args(["--task", "lm-nettverk"])
        .output()
        .unwrap()
}

/// The reproduced attack on the compiled-code cache: one plugin's entry copied over
/// another's made `who --region helse-bergen` answer, with exit 0, with unn's rules. The
/// entry is now refused (it says what it was compiled from) and the plugin recompiled.
#[test]
fn a_cache_entry_copied_over_another_plugins_is_refused() {
    let cache = tempfile::tempdir().unwrap();
    let first = who_cached(cache.path(), "helse-bergen");
    assert_eq!(first.status.code(), Some(0));
    assert_eq!(who_cached(cache.path(), "unn").status.code(), Some(0));
    let (bergen, unn) = (
        cache_entry(cache.path(), "helse-bergen"),
        cache_entry(cache.path(), "unn"),
    );
    std::fs::copy(&unn, &bergen).unwrap();
    let again = who_cached(cache.path(), "helse-bergen");
    assert_eq!(
        (again.status.code(), String::from_utf8_lossy(&again.stdout)),
        (Some(0), String::from_utf8_lossy(&first.stdout)),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    let regions = ansvar()
        .env("ANSVAR_CACHE_DIR", cache.path())
        .args(["--format", "json", "regions"])
        .output()
        .unwrap();
    assert_eq!(regions.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&regions.stdout).contains("\"id\": \"helse-bergen\""));
}

/// An entry forged whole (another plugin's code under a header that names this one)
/// needs write access to the user's own cache; even then the plugin must describe itself
/// as the region it was loaded as, so the run fails instead of answering for another.
#[test]
fn a_forged_cache_entry_is_caught_by_the_region_id() {
    use ansvar::plugin::cache::{entry, parse_entry};
    let cache = tempfile::tempdir().unwrap();
    assert_eq!(
        who_cached(cache.path(), "helse-bergen").status.code(),
        Some(0)
    );
    assert_eq!(who_cached(cache.path(), "unn").status.code(), Some(0));
    let pin = |id| ansvar::plugin::embedded::find(id).unwrap().sha256;
    let unn = std::fs::read(cache_entry(cache.path(), "unn")).unwrap();
    let code = parse_entry(&unn, pin("unn")).unwrap();
    std::fs::write(
        cache_entry(cache.path(), "helse-bergen"),
        entry(code, pin("helse-bergen")),
    )
    .unwrap();
    let out = who_cached(cache.path(), "helse-bergen");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(
            "describes itself as region `unn`, but it was loaded as region `helse-bergen`"
        ),
        "{stderr}"
    );
}

/// Nothing of an unpinned file is parsed, compiled or run before its digest is checked:
/// a file that is not even WebAssembly is refused as unpinned.
#[test]
fn an_unpinned_file_is_refused_before_it_is_compiled() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::plugins::write(&dir, "garbage.wasm", b"not webassembly");
    let out = ansvar()
        .arg("--plugin")
        .arg(&path)
        .args(["who", "--region", "helse-bergen", "--task", "lm-nettverk"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("garbage.wasm") && stderr.contains("is not pinned"),
        "{stderr}"
    );
    assert!(!stderr.contains("WebAssembly"), "{stderr}");
}

/// An unpinned plugin, even allowed, leaves no compiled code in the cache.
#[test]
fn an_unpinned_plugin_is_not_cached() {
    let cache = tempfile::tempdir().unwrap();
    let out = ansvar()
        .env("ANSVAR_CACHE_DIR", cache.path())
        .arg("--plugin")
        .arg(zoo())
        .args([
            "--allow-unpinned",
            "who",
            "--region",
            "zoo",
            "--task",
            "lm-nettverk",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let digest = ansvar::plugin::sha256_hex(&std::fs::read(zoo()).unwrap());
    let names: Vec<String> = std::fs::read_dir(cache.path())
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        !names.iter().any(|n| n.starts_with(&digest[..32])),
        "{names:?}"
    );
}

/// A plugin file is read up to a limit, checked on the opened file.
#[test]
fn a_plugin_file_past_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.wasm");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(17 << 20)
        .unwrap();
    let out = crate::plugins::inspect(&path);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("is 17825792 bytes; the limit is 16777216 bytes"),
        "{stderr}"
    );
    // The limit is the user's to set.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(3 << 19)
        .unwrap();
    let inspect = |mib: &str| {
        let out = ansvar()
            .args(["--plugin-max-mib", mib, "plugin", "inspect"])
            .arg(&path)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = inspect("1");
    assert_eq!(code, Some(3), "{stderr}");
    assert!(stderr.contains("the limit is 1048576 bytes"), "{stderr}");
    let (code, stderr) = inspect("2");
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stderr.contains("not a usable WebAssembly component"),
        "{stderr}"
    );
}

/// `plugin inspect` does not run an unpinned plugin, and says so.
#[test]
fn inspect_does_not_run_an_unpinned_plugin() {
    let out = crate::plugins::inspect(zoo());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("pinned:      no"), "{stdout}");
    assert!(
        stdout.contains("region:      not read: describing the region runs the plugin"),
        "{stdout}"
    );
    assert!(!stdout.contains("Dyrehagen"), "{stdout}");
    let out = ansvar()
        .args(["--allow-unpinned", "plugin", "inspect"])
        .arg(zoo())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("zoo — Dyrehagen"));
}

/// A shipped plugin with one byte of metadata more: an unpinned file that describes
/// itself as an embedded region.
fn bergen_lookalike(dir: &tempfile::TempDir) -> PathBuf {
    let mut bytes = ansvar::plugin::embedded::find("helse-bergen")
        .unwrap()
        .bytes
        .to_vec();
    // A custom section (id 0): its size, the name's length, the name, one byte.
    bytes.extend_from_slice(&[0, 4, 2, b'x', b'y', 0]);
    crate::plugins::write(dir, "lookalike.wasm", &bytes)
}

/// An unpinned plugin claiming an embedded region's id neither shadows it nor joins it:
/// it is reported as a digest mismatch, and the embedded region still answers.
#[test]
fn a_plugin_claiming_an_embedded_region_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = bergen_lookalike(&dir);
    let out = ansvar()
        .arg("--plugin")
        .arg(&path)
        .args(["--allow-unpinned", "--format", "json", "regions"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.iter().filter(|i| **i == "helse-bergen").count(), 1);
    assert!(
        v["errors"]
            .to_string()
            .contains("claims region `helse-bergen`, pinned to sha256"),
        "{}",
        v["errors"]
    );
}

/// Two plugin files of one unpinned region: the second is refused, not listed twice.
#[test]
fn two_plugins_of_one_region_do_not_both_load() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = std::fs::read(zoo()).unwrap();
    bytes.extend_from_slice(&[0, 4, 2, b'x', b'y', 0]);
    let twin = crate::plugins::write(&dir, "twin.wasm", &bytes);
    let out = ansvar()
        .arg("--plugin")
        .arg(zoo())
        .arg("--plugin")
        .arg(&twin)
        .args(["--allow-unpinned", "--format", "json", "regions"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let zoos = v["regions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == "zoo")
        .count();
    assert_eq!((out.status.code(), zoos), (Some(3), 1), "{v}");
    assert!(
        v["errors"].to_string().contains("which `"),
        "{}",
        v["errors"]
    );
}

/// Thousands of pathways, several workers, a plugin answering `unknown-task` with a
/// ruling index past the end: once a panic in a worker that hung the run; now every
/// pathway is reported `plugin-failed` and the run ends with exit 3.
#[test]
fn out_of_range_indices_from_many_workers_never_hang_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let good =
        std::fs::read_to_string(root().join("agreements/helse-bergen/pathways/kols.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["region"] = "zoo".into();
    v["patient"]["diagnosis"] = "diabetes-type2".into();
    let line = serde_json::to_string(&v).unwrap();
    let n = 3000;
    let input = dir.path().join("many.jsonl");
    std::fs::write(&input, format!("{line}\n").repeat(n)).unwrap();
    let mut cmd = ansvar();
    cmd.arg("--plugin")
        .arg(zoo())
        .args(["--allow-unpinned", "--format", "jsonl"])
        .args(["pathway", "check", "-j", "4"])
        .arg(&input);
    let out = run_within(cmd, 120);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    let records: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), n);
    for r in &records {
        assert_eq!(r["findings"][0]["code"], "plugin-failed", "{r}");
    }
}

/// A plugin logging 100,000 lines in one call (once all passed to stderr): stderr
/// shows a bounded number and the count of those dropped.
#[test]
fn a_log_flood_is_bounded_on_stderr() {
    let mut cmd = ansvar();
    cmd.arg("--plugin")
        .arg(zoo())
        .args(["--allow-unpinned", "--plugin-timeout-ms", "60000"])
        .args(["who", "--region", "zoo", "--task", "log-flood"]);
    let out = run_within(cmd, 120);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        &stderr[..stderr.len().min(2000)]
    );
    let lines = stderr.lines().count();
    assert!(lines < 100, "{lines} lines on stderr");
    assert!(
        stderr.contains("99936 more log lines from the plugin were dropped"),
        "{stderr}"
    );
}

/// Terminal escapes in a plugin's log line and in its ruling reach neither stderr nor
/// stdout as escapes.
#[test]
fn terminal_escapes_from_a_plugin_are_written_out() {
    let out = ansvar()
        .arg("--plugin")
        .arg(zoo())
        .args([
            "--allow-unpinned",
            "who",
            "--region",
            "zoo",
            "--task",
            "log-escape",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !out.stderr.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !out.stdout.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("\\u{1b}]0;owned"));
}
