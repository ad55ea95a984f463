//! What every command shares: the formats it writes, and a reader that goes away.

use std::process::Stdio;

use crate::{ansvar, snap};

/// A format a command does not write is a usage error that lists the ones it does.
#[test]
fn a_format_the_command_does_not_write_is_a_usage_error() {
    snap!(
        "who_sarif_is_a_usage_error",
        ansvar().args([
            "who",
            "--region",
            "helse-bergen",
            "--task",
            "lm-nettverk",
            "--format",
            "sarif"
        ]),
        exit = 2
    );
    snap!(
        "check_md_is_a_usage_error",
        ansvar().args(["--format", "md", "check", "agreements/"]),
        exit = 2
    );
}

/// `ansvar … | head`: when the reader closes the pipe, the run ends quietly with exit 0.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    for args in [
        &["matrix", "--region", "unn", "--format", "html"][..],
        &["--format", "jsonl", "pathway", "check", "agreements/"][..],
    ] {
        let mut child = ansvar()
            .current_dir(crate::root())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("error"), "{args:?}: {stderr}");
    }
}
