//! The workbench in a real browser: tests/web/workbench.test.mjs (node's test runner,
//! playwright-core driving Debian's chromium, axe-core) against `ansvar serve`. The
//! screenshots, downloads and timings go to `<target>/web-artifacts`.

use std::path::Path;
use std::process::Command;

use crate::root;
use crate::serve::Server;

#[test]
fn the_workbench_works_in_a_browser() {
    // Installs chromium and the pinned node packages when they are missing or stale;
    // otherwise it does nothing.
    let setup = Command::new(root().join("tests/web/setup"))
        .status()
        .expect("tests/web/setup runs");
    assert!(
        setup.success(),
        "tests/web/setup failed: it needs /usr/bin/chromium (or root to install it) and node 20 with npm"
    );

    let server = Server::start(&[]);
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let artifacts = tmp.parent().unwrap().join("web-artifacts");
    let out = Command::new("node")
        .current_dir(root())
        .args([
            "--test",
            "--test-reporter=spec",
            "tests/web/workbench.test.mjs",
        ])
        .env("ANSVAR_URL", format!("http://{}", server.addr))
        .env("ANSVAR_BIN", env!("CARGO_BIN_EXE_ansvar"))
        .env("ANSVAR_ROOT", root())
        .env("ANSVAR_ARTIFACTS", &artifacts)
        // What `crate::ansvar()` gives the binary, for the checks the test runs with it.
        .env("ANSVAR_CACHE_DIR", tmp.join("ansvar-cache"))
        .env("NO_COLOR", "1")
        .env_remove("RUST_LOG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("node runs (the browser tests need node 20 or newer)");
    let output = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "the browser tests failed ({}); screenshots in {}:\n{output}",
        out.status,
        artifacts.display()
    );
    print!("{output}");
}
