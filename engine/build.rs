//! Builds the region plugins under `plugins/` for `wasm32-wasip2` and embeds them, so the
//! `ansvar` binary answers out of the box.
//!
//! A nested `cargo build` in its own target directory (the outer build holds the lock on
//! ours) builds every plugin crate with the `plugin` profile. Cargo reruns this script only
//! when something under `plugins/` or `schemas/` changes, and the nested cargo rebuilds
//! only what changed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

const TARGET: &str = "wasm32-wasip2";

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    for watched in ["plugins", "schemas", "Cargo.lock", "Cargo.toml"] {
        println!("cargo::rerun-if-changed={}", root.join(watched).display());
    }

    let plugins = plugin_crates(&root.join("plugins"));
    // OUT_DIR is <target>[/<triple>]/<profile>/build/<pkg>/out; the plugins get a target
    // directory of their own beside the profiles, shared by every profile of the host.
    let target_dir = out.ancestors().nth(4).unwrap().join("ansvar-plugins");

    // Under `cargo +nightly …` (fuzzing), rustup pins the outer toolchain through
    // RUSTUP_TOOLCHAIN; the plugins are still built with the repository's toolchain
    // (rust-toolchain.toml), which has the wasm target, through the rustup proxy.
    let proxy = std::env::var_os("RUSTUP_TOOLCHAIN").is_some();
    let cargo = if proxy {
        "cargo".into()
    } else {
        std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
    };
    let mut cmd = Command::new(cargo);
    if proxy {
        cmd.env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("RUSTC")
            .env_remove("RUSTDOC");
    }
    cmd.current_dir(&root)
        .args([
            "build",
            "--profile",
            "plugin",
            "--target",
            TARGET,
            // The lock file decides the plugins' dependencies, as it does the host's:
            // `cargo install --locked` must not have it changed or the network reached
            // through this build.
            "--locked",
            "--target-dir",
        ])
        .arg(&target_dir);
    // Offline when the outer build is: `net.offline` in a config file reaches the nested
    // cargo by itself, the environment variable is passed on here; the outer
    // `--offline` flag is not visible to a build script.
    println!("cargo::rerun-if-env-changed=CARGO_NET_OFFLINE");
    if std::env::var("CARGO_NET_OFFLINE").is_ok_and(|v| v == "true" || v == "1") {
        cmd.arg("--offline");
    }
    for (name, _) in &plugins {
        cmd.args(["-p", name]);
    }
    // Flags meant for the host (sanitizers, coverage, clippy as rustc wrapper) must not
    // leak into the guest build.
    for var in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_BUILD_TARGET",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_RUSTFLAGS",
        "CARGO_LLVM_COV",
        "CARGO_LLVM_COV_TARGET_DIR",
    ] {
        cmd.env_remove(var);
    }
    // Reproducible plugins: no machine-specific paths in the wasm (panic locations), so
    // the digests pinned in plugins/plugins.lock hold on every machine.
    let cargo_home = std::env::var("CARGO_HOME")
        .unwrap_or_else(|_| format!("{}/.cargo", std::env::var("HOME").unwrap_or_default()));
    let remap = [
        format!(
            "--remap-path-prefix={}=/ansvar-target",
            target_dir.display()
        ),
        format!("--remap-path-prefix={}=/ansvar", root.display()),
        format!("--remap-path-prefix={cargo_home}=/cargo"),
        // 4 MiB of linear memory from the start (Rust's default is what the data and
        // the stack need): a pathway batch then never grows its memory, and wasmtime's
        // pooling allocator does not mprotect the grown pages back and forth on every
        // call (3-5 % of a `pathway check` run, measured with perf).
        "-Clink-arg=--initial-memory=4194304".to_string(),
    ];
    cmd.env("CARGO_ENCODED_RUSTFLAGS", remap.join("\x1f"));
    let status = cmd
        .status()
        .unwrap_or_else(|e| fail(&format!("cannot run cargo: {e}")));
    if !status.success() {
        fail(&format!(
            "building the region plugins for {TARGET} failed (see the errors above). \
             If the target is missing, run `rustup target add {TARGET}`."
        ));
    }

    let mut code = String::from(
        "/// The region plugins built from `plugins/` and embedded at build time.\n\
         pub static EMBEDDED: &[EmbeddedPlugin] = &[\n",
    );
    for (name, dir) in &plugins {
        let file = name.replace('-', "_") + ".wasm";
        let built = target_dir.join(TARGET).join("plugin").join(&file);
        let bytes = std::fs::read(&built)
            .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", built.display())));
        let embedded = out.join(&file);
        std::fs::write(&embedded, &bytes).unwrap();
        let digest = hex(&Sha256::digest(&bytes));
        writeln!(
            code,
            "    EmbeddedPlugin {{ id: {name:?}, source_dir: {:?}, bytes: include_bytes!({:?}), sha256: {digest:?} }},",
            format!("plugins/{}", dir.file_name().unwrap().to_string_lossy()),
            embedded.display().to_string(),
        )
        .unwrap();
    }
    code.push_str("];\n");
    std::fs::write(out.join("embedded.rs"), code).unwrap();
}

/// `(package name, directory)` of every plugin crate: each directory under `plugins/`
/// with a Cargo.toml, except the SDK.
fn plugin_crates(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut crates = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let manifest = path.join("Cargo.toml");
        if path.file_name().is_some_and(|n| n == "sdk") || !manifest.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&manifest).unwrap();
        let name = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("name = "))
            .map(|n| n.trim_matches('"').to_string())
            .unwrap_or_else(|| fail(&format!("{}: no package name", manifest.display())));
        crates.push((name, path));
    }
    crates.sort();
    crates
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1)
}
