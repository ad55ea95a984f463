//! Loading plugin files: inspection, and broken plugins ending in exit code 3 with the
//! plugin named while the embedded regions still answer.

use std::path::PathBuf;

use crate::{ansvar, snap};

/// The helse-bergen plugin as the build made it.
fn built_plugin() -> Vec<u8> {
    let target = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = target.join("ansvar-plugins/wasm32-wasip2/plugin/helse_bergen.wasm");
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `ansvar plugin inspect FILE`.
pub fn inspect(path: &std::path::Path) -> std::process::Output {
    ansvar()
        .arg("plugin")
        .arg("inspect")
        .arg(path)
        .output()
        .unwrap()
}

pub fn write(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A `--plugin` that is refused fails the run (exit 3) in every command, even where the
/// embedded region of the same id answers in its place.
#[test]
fn a_refused_plugin_fails_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "not-a-plugin.wasm", b"this is not webassembly");
    let root = crate::root();
    let runs: [&[&str]; 4] = [
        &["regions"],
        &["who", "--region", "helse-bergen", "--task", "koordinator"],
        &["check", "agreements/helse-bergen"],
        &[
            "pathway",
            "check",
            "agreements/helse-bergen/pathways/kols.json",
        ],
    ];
    for args in runs {
        let out = ansvar()
            .current_dir(&root)
            .arg("--plugin")
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        // The error is on stderr, or a located finding in the report.
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(out.status.code(), Some(3), "{args:?}: {said}");
        assert!(said.contains("not-a-plugin.wasm"), "{args:?}: {said}");
    }
}

#[test]
fn inspect_a_plugin() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "helse-bergen.wasm", &built_plugin());
    snap!(ansvar().arg("plugin").arg("inspect").arg(&path));
}

#[test]
fn a_file_that_is_not_wasm_exits_3_naming_the_plugin() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "broken.wasm", b"this is not webassembly");
    let out = inspect(&path);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.wasm"), "{stderr}");
    assert!(
        stderr.contains("not a usable WebAssembly component"),
        "{stderr}"
    );
}

#[test]
fn a_core_module_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "core.wasm", b"\0asm\x01\0\0\0");
    let out = inspect(&path);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a component"));
}

#[test]
fn a_wrong_api_version_is_refused_and_the_other_regions_still_answer() {
    // Restamp a real plugin as built against a future API version.
    let mut bytes = built_plugin();
    let section = b"ansvar:api-version";
    let at = bytes
        .windows(section.len())
        .position(|w| w == section)
        .expect("stamp")
        + section.len();
    assert_eq!(&bytes[at..at + 5], b"0.7.0");
    bytes[at..at + 5].copy_from_slice(b"0.9.0");
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "future.wasm", &bytes);

    snap!(
        ansvar()
            .arg("--plugin")
            .arg(&path)
            .arg("--allow-unpinned")
            .arg("regions")
    );
}

#[test]
fn a_missing_plugin_file_is_a_usage_error() {
    let out = ansvar()
        .args(["plugin", "inspect", "/nonexistent/x.wasm"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.wasm"));
}

#[test]
fn a_plugin_given_twice_for_a_region_overrides_the_embedded_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "hb.wasm", &built_plugin());
    let out = ansvar()
        .arg("--plugin")
        .arg(&path)
        .args(["regions", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let origin = v["regions"][0]["origin"].as_str().unwrap();
    assert!(origin.ends_with("hb.wasm"), "{origin}");
}

#[test]
fn a_changed_plugin_for_a_pinned_region_is_refused_with_both_digests() {
    let original = built_plugin();
    let mut bytes = original.clone();
    let text = "LMS-Bergen";
    let at = bytes
        .windows(text.len())
        .position(|w| w == text.as_bytes())
        .unwrap();
    bytes[at..at + text.len()].copy_from_slice(b"LMS-Bxrgen");
    let dir = tempfile::tempdir().unwrap();
    let path = write(&dir, "tampered.wasm", &bytes);
    let who = |extra: &[&str]| {
        ansvar()
            .arg("--plugin")
            .arg(&path)
            .args(extra)
            .args(["who", "--region", "helse-bergen", "--task", "lm-nettverk"])
            .output()
            .unwrap()
    };
    let expected = ansvar_sha256(&original);
    let found = ansvar_sha256(&bytes);
    // Its digest is pinned to no region, so it is refused before it is run.
    let out = who(&[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&found) && stderr.contains("is not pinned"),
        "{stderr}"
    );
    // Allowed to run, it claims a pinned region: refused with both digests.
    let out = who(&["--allow-unpinned"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&expected) && stderr.contains(&found),
        "{stderr}"
    );
    assert!(stderr.contains("tampered.wasm"), "{stderr}");
}

fn ansvar_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
