//! End-to-end tests of the `ansvar` binary: exit code, stdout and stderr, snapshotted.

mod analyze;
mod check;
mod diff;
mod pathway;
mod plugins;
mod regions;
mod test_cmd;
mod who;
mod zoo;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary under test, with a shared compiled-code cache inside the target directory,
/// no colour and a quiet log, whatever the caller's environment says.
pub fn ansvar() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ansvar"));
    cmd.env(
        "ANSVAR_CACHE_DIR",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("ansvar-cache"),
    )
    .env("NO_COLOR", "1")
    .env_remove("RUST_LOG");
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Insta settings that hide what changes between machines and builds.
pub fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.add_filter(r"[0-9a-f]{64}", "[SHA256]");
    s.add_filter(r"sha256 [0-9a-f]{16}", "sha256 [SHA256]");
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

/// Runs `cmd` and snapshots it with the shared settings.
#[macro_export]
macro_rules! snap {
    ($cmd:expr) => {
        $crate::settings().bind(|| insta_cmd::assert_cmd_snapshot!($cmd))
    };
    ($name:expr, $cmd:expr) => {
        $crate::settings().bind(|| insta_cmd::assert_cmd_snapshot!($name, $cmd))
    };
}
