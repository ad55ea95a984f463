//! End-to-end tests of the `ansvar` binary: exit code, stdout and stderr, snapshotted.

mod analyze;
mod check;
mod diff;
mod kommune;
mod lang;
mod output;
mod pathway;
mod plugins;
mod regions;
mod serve;
mod swimlane;
mod test_cmd;
mod web_avtale;
mod web_browser;
mod web_forlop;
mod web_mange;
mod web_pages;
mod who;
mod zoo;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary under test, with a shared compiled-code cache inside the target directory,
/// no colour, a quiet log and English (unless a test passes `--lang`), whatever the
/// caller's environment says.
pub fn ansvar() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ansvar"));
    cmd.env(
        "ANSVAR_CACHE_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("ansvar-cache"),
    )
    .env("NO_COLOR", "1")
    .env_remove("RUST_LOG")
    .env_remove("LC_ALL")
    .env_remove("LC_MESSAGES")
    .env_remove("LANG");
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Builds the test plugin crate `package` (with `args`, e.g. features) for wasm32-wasip2
/// in the `plugin` profile, in its own target directory `dir`, and returns the path of
/// the built `.wasm`. The host's flags (sanitizers, coverage) stay out of the guest build.
pub fn build_plugin(package: &str, args: &[&str], dir: &Path) -> PathBuf {
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
            package,
        ])
        .args(args)
        .arg("--target-dir")
        .arg(dir)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .status()
        .expect("run cargo");
    assert!(
        status.success(),
        "building the test plugin {package} failed"
    );
    dir.join("wasm32-wasip2/plugin")
        .join(package.replace('-', "_") + ".wasm")
}

/// Insta settings that hide what changes between machines and builds.
pub fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"[0-9a-f]{64}", "[SHA256]");
    s.add_filter(r"sha256 [0-9a-f]{16}", "sha256 [SHA256]");
    s.add_filter(r"ansvar \d+\.\d+\.\d+", "ansvar [VERSION]");
    s.add_filter(r"size:\s+\d+ bytes", "size:        [SIZE] bytes");
    s.add_filter(r#""size": \d+"#, r#""size": "[SIZE]""#);
    // Temporary directories of the tests first, then anything else under the temp dir.
    let tmp = regex_escape(&std::env::temp_dir().display().to_string());
    s.add_filter(&format!(r"{tmp}/\.tmp[A-Za-z0-9]+"), "[DIR]");
    s.add_filter(&tmp, "[TMP]");
    s.add_filter(&regex_escape(&root().display().to_string()), "[ROOT]");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn regex_escape(s: &str) -> String {
    s.chars().fold(String::new(), |mut out, c| {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
        out
    })
}

/// Runs `cmd` and returns what a snapshot records: its exit status, stdout and stderr
/// (in insta-cmd's layout), and the command itself (program, arguments, environment) with
/// the paths of this machine replaced, so that the metadata is the same everywhere.
pub fn run(mut cmd: impl std::borrow::BorrowMut<Command>) -> (String, serde_json::Value) {
    let cmd = cmd.borrow_mut();
    let output = cmd.output().expect("the binary under test starts");
    let machine = [
        (env!("CARGO_TARGET_TMPDIR").to_string(), "[TARGET_TMP]"),
        (root().display().to_string(), "[ROOT]"),
        (std::env::temp_dir().display().to_string(), "[TMP]"),
    ];
    let scrub = |text: &std::ffi::OsStr| {
        let text = machine
            .iter()
            .fold(text.to_string_lossy().into_owned(), |t, (path, name)| {
                t.replace(path.as_str(), name)
            });
        // A test's own temporary directory (`[TMP]/.tmpAbC123`) is `[DIR]`, as in the
        // snapshot's text.
        match text.split_once("[TMP]/.tmp") {
            Some((before, after)) => {
                let rest = after.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
                format!("{before}[DIR]{rest}")
            }
            None => text,
        }
    };
    let program = Path::new(cmd.get_program())
        .file_name()
        .map(scrub)
        .unwrap_or_default();
    let args: Vec<String> = cmd.get_args().map(scrub).collect();
    let env: serde_json::Map<String, serde_json::Value> = cmd
        .get_envs()
        .map(|(k, v)| {
            let value = v.map(scrub).unwrap_or_default();
            (k.to_string_lossy().into_owned(), value.into())
        })
        .collect();
    let info = serde_json::json!({ "program": program, "args": args, "env": env });
    let snapshot = format!(
        "success: {:?}\nexit_code: {}\n----- stdout -----\n{}\n----- stderr -----\n{}",
        output.status.success(),
        output.status.code().unwrap_or(!0),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (snapshot, info)
}

/// Runs `cmd` and snapshots it with the shared settings; `exit = N` also asserts the exit
/// code before the snapshot is compared, so that a failure says which one is wrong.
#[macro_export]
macro_rules! snap {
    ($cmd:expr) => {{
        let (snapshot, info) = $crate::run($cmd);
        let mut settings = $crate::settings();
        settings.set_info(&info);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(snapshot));
    }};
    ($name:expr, $cmd:expr, exit = $code:expr) => {{
        let (snapshot, info) = $crate::run($cmd);
        let head = format!("success: {}\nexit_code: {}\n", $code == 0, $code);
        assert!(
            snapshot.starts_with(&head),
            "expected exit {}:\n{snapshot}",
            $code
        );
        let mut settings = $crate::settings();
        settings.set_info(&info);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!($name, snapshot));
    }};
    ($name:expr, $cmd:expr) => {{
        let (snapshot, info) = $crate::run($cmd);
        let mut settings = $crate::settings();
        settings.set_info(&info);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!($name, snapshot));
    }};
}
