//! `ansvar diff`: two builds of a region plugin, two versions of agreement documents, a
//! git range; every format; the exit code says whether anything changed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::{ansvar, root, snap};

/// Builds the test region (`tests/diff-region`) twice, without and with feature `b`,
/// once per test process: (A.wasm, B.wasm).
fn builds() -> &'static (PathBuf, PathBuf) {
    static BUILT: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ansvar-diff-region");
        let build = |features: &[&str], name: &str| {
            let built = crate::build_plugin("ansvar-diff-region", features, &dir);
            let to = dir.join(name);
            std::fs::copy(built, &to).expect("copy the plugin");
            to
        };
        let a = build(&[], "A.wasm");
        let b = build(&["--features", "b"], "B.wasm");
        (a, b)
    })
}

/// Runs in the builds' directory, so that the output names the files as given. Markdown
/// and HTML in bokmål, as for a saksframlegg.
fn plugins(format: &str) -> Command {
    let (a, _) = builds();
    let mut cmd = ansvar();
    cmd.current_dir(a.parent().unwrap());
    if matches!(format, "md" | "html") {
        cmd.args(["--lang", "nb"]);
    }
    cmd.args([
        "--format",
        format,
        "--allow-unpinned",
        "diff",
        "--old-plugin",
        "A.wasm",
        "--new-plugin",
        "B.wasm",
    ]);
    cmd
}

#[test]
fn two_plugin_builds_human() {
    snap!(plugins("human"));
}

#[test]
fn two_plugin_builds_md() {
    snap!(plugins("md"));
}

#[test]
fn two_plugin_builds_html() {
    snap!(plugins("html"));
}

#[test]
fn two_plugin_builds_json() {
    snap!(plugins("json"));
}

/// The same build on both sides: nothing changes, exit 0.
#[test]
fn a_plugin_against_itself_is_empty() {
    let (a, _) = builds();
    let out = ansvar()
        .args(["--allow-unpinned", "diff", "--old-plugin"])
        .arg(a)
        .arg("--new-plugin")
        .arg(a)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("0 changed in 0 tasks"), "{text}");
}

/// B against A reports the same points as A against B, with the sides swapped.
#[test]
fn swapping_the_plugins_swaps_the_sides() {
    let (a, b) = builds();
    let run = |x: &Path, y: &Path| -> serde_json::Value {
        let out = ansvar()
            .args([
                "--format",
                "json",
                "--allow-unpinned",
                "diff",
                "--old-plugin",
            ])
            .arg(x)
            .arg("--new-plugin")
            .arg(y)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (ab, ba) = (run(a, b), run(b, a));
    let groups = |v: &serde_json::Value, swap: bool| {
        let mut out: Vec<String> = Vec::new();
        for t in v["sections"][0]["tasks"].as_array().unwrap() {
            for g in t["groups"].as_array().unwrap() {
                let (o, n) = if swap { ("new", "old") } else { ("old", "new") };
                out.push(format!(
                    "{} {} {} {} {}",
                    t["task"], g[o], g[n], g["points"], g["conditions"]
                ));
            }
        }
        out.sort();
        out
    };
    assert_eq!(groups(&ab, false), groups(&ba, true));
    assert_eq!(
        ab["sections"][0]["changed_points"],
        ba["sections"][0]["changed_points"]
    );
}

/// Holds `v` to schemas/diff.schema.json.
pub(crate) fn validate(v: &serde_json::Value) {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/diff.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(v)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// The JSON output follows schemas/diff.schema.json, for plugins and for documents.
#[test]
fn json_follows_its_schema() {
    let out = plugins("json").output().unwrap();
    validate(&serde_json::from_slice(&out.stdout).unwrap());
    let out = ansvar()
        .current_dir(root())
        .args([
            "--format",
            "json",
            "diff",
            "tests/fixtures/diff/vestre-viken-old.json",
            "tests/fixtures/diff/vestre-viken-new.json",
        ])
        .output()
        .unwrap();
    validate(&serde_json::from_slice(&out.stdout).unwrap());
}

/// Markdown and HTML in bokmål, as for a saksframlegg.
fn documents(region: &str, format: &str) -> Command {
    let mut cmd = ansvar();
    cmd.current_dir(root());
    if matches!(format, "md" | "html") {
        cmd.args(["--lang", "nb"]);
    }
    cmd.args([
        "--format",
        format,
        "diff",
        &format!("tests/fixtures/diff/{region}-old.json"),
        &format!("tests/fixtures/diff/{region}-new.json"),
    ]);
    cmd
}

/// Kommune-dependent: Nesbyen leaves the agreement and the lm-oversikt clause goes, so
/// the rules in force decide again (the kommuner with their own LM arena lead).
#[test]
fn vestre_viken_documents() {
    snap!(documents("vestre-viken", "human"));
}

/// Phase-dependent: a clause for kols-opplaering is added over rules in force that give
/// the hf the lead during specialist care.
#[test]
fn unn_documents() {
    snap!(documents("unn", "human"));
}

/// A clause changes its owner and another its reference.
#[test]
fn helse_bergen_documents_md() {
    snap!(documents("helse-bergen", "md"));
}

#[test]
fn a_document_against_itself_is_empty() {
    let out = ansvar()
        .current_dir(root())
        .args([
            "diff",
            "tests/fixtures/diff/unn-old.json",
            "tests/fixtures/diff/unn-old.json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn documents_of_two_regions_are_refused() {
    snap!(ansvar().current_dir(root()).args([
        "diff",
        "tests/fixtures/diff/unn-old.json",
        "tests/fixtures/diff/helse-bergen-new.json",
    ]));
}

#[test]
fn nothing_to_compare_is_a_usage_error() {
    snap!(ansvar().args(["diff"]));
}

/// `--rev A..B PATH`: the documents a commit changed, read through git.
#[test]
fn a_git_range() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let s = Command::new("git")
            .current_dir(dir.path())
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(s.status.success(), "{}", String::from_utf8_lossy(&s.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    let docs = dir.path().join("agreements");
    std::fs::create_dir(&docs).unwrap();
    let fixture =
        |name: &str| std::fs::read(root().join("tests/fixtures/diff").join(name)).unwrap();
    std::fs::write(docs.join("unn.json"), fixture("unn-old.json")).unwrap();
    std::fs::write(docs.join("bergen.json"), fixture("helse-bergen-old.json")).unwrap();
    std::fs::write(docs.join("notes.txt"), "x").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "old"]);
    std::fs::write(docs.join("unn.json"), fixture("unn-new.json")).unwrap();
    std::fs::write(docs.join("notes.txt"), "y").unwrap();
    git(&["commit", "-q", "-am", "new"]);
    let out = ansvar()
        .current_dir(dir.path())
        .args([
            "--format",
            "json",
            "diff",
            "--rev",
            "HEAD~1..HEAD",
            "agreements",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sections = v["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 1, "only the changed agreement: {v:#}");
    assert_eq!(sections[0]["region"], "unn");
    assert_eq!(sections[0]["old"]["label"], "agreements/unn.json at HEAD~1");
    assert!(sections[0]["changed_points"].as_u64().unwrap() > 0);
    // Nothing changed between a revision and itself.
    let out = ansvar()
        .current_dir(dir.path())
        .args(["diff", "--rev", "HEAD..HEAD", "agreements"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

/// `--pathways`: the verdicts that change between the builds.
#[test]
fn pathways_that_change_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.jsonl");
    let pathway = |id: &str, kommune: &str, level: &str| {
        format!(
            r#"{{"id":"{id}","region":"vestre-viken","kommune":"{kommune}","patient":{{"age_group":"adult"}},"steps":[{{"id":"s1","task":"generell-mestring","planned_owner":"{level}","phase":"after"}}]}}"#
        )
    };
    let lines = [
        pathway("drammen-hf", "3301", "hf"),
        pathway("hol-hf", "3330", "hf"),
        pathway("hol-kommune", "3330", "kommune"),
        pathway("asker-kommune", "3203", "kommune"),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = plugins("json")
        .arg("--pathways")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &v["pathways"];
    assert_eq!(p["pathways"], 4, "{p:#}");
    // Hol after specialist care moves from the kommune to the hf: planned by the hf
    // turns right, planned by the kommune turns wrong. Drammen stays with the hf.
    assert_eq!(p["changed_pathways"], 2, "{p:#}");
    assert_eq!(p["wrong_to_ok"], 1, "{p:#}");
    assert_eq!(p["ok_to_wrong"], 1, "{p:#}");
    assert_eq!(p["first"], serde_json::json!(["hol-hf", "hol-kommune"]));
    validate(&v);
}
