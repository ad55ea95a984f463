//! `ansvar plugin …`: look inside plugin files.

use std::path::PathBuf;

use serde_json::json;

use super::output::{CliError, Exit, Out};
use super::{Format, Global};

#[derive(Debug, clap::Subcommand)]
pub enum PluginCommand {
    /// Show a plugin's metadata, API version, digest and requested capabilities. The
    /// region it describes comes from running its `describe` in the sandbox, which is
    /// done only for a pinned plugin or with --allow-unpinned
    Inspect {
        /// The plugin file
        file: PathBuf,
    },
    /// Print plugins/plugins.lock for the embedded plugins (write it with --output)
    Lock,
}

pub fn run(
    host: &ansvar::Host,
    g: &Global,
    out: &Out,
    cmd: &PluginCommand,
) -> Result<Exit, CliError> {
    match cmd {
        PluginCommand::Lock => {
            out.print(&ansvar::plugin::lock::render());
            Ok(Exit::Ok)
        }
        PluginCommand::Inspect { file } => {
            // Compiled and linked to read its imports, but not run (nor cached) unless
            // pinned or allowed.
            let plugin = host.load_file(file, true)?;
            let runs = plugin.region.is_some() || g.allow_unpinned;
            let info = if runs {
                Some(host.describe(&plugin)?)
            } else {
                None
            };
            // Everything but the plugin API's own interfaces is linked to a trap.
            let denied: Vec<&str> = plugin
                .imports
                .iter()
                .map(String::as_str)
                .filter(|i| !i.starts_with("ansvar:region/"))
                .collect();
            // `yes`, `no` or `mismatch`, and the digest pinned for a mismatch.
            let (pinned, pinned_digest) = match (&plugin.region, &info) {
                (Some(_), _) => ("yes", String::new()),
                (None, None) => ("no", String::new()),
                (None, Some(info)) => {
                    match ansvar::plugin::lock::verdict(&info.id, &plugin.sha256) {
                        ansvar::plugin::lock::Verdict::Mismatch { expected } => {
                            ("mismatch", expected)
                        }
                        _ => ("no", String::new()),
                    }
                }
            };
            // Describing the region runs the plugin: done only for a pinned plugin or with
            // --allow-unpinned.
            let note = ansvar::t!("commands-inspect-region-not-read");
            match out.format {
                Format::Json => {
                    let pinned = match pinned {
                        "mismatch" => format!("mismatch (pinned: {pinned_digest})"),
                        other => other.to_string(),
                    };
                    let mut v = json!({
                        "pinned": pinned,
                        "file": file.display().to_string(),
                        "size": plugin.size,
                        "sha256": plugin.sha256,
                        "api_version": plugin.api_version,
                        "region": info.as_ref().map(|info| json!({
                            "id": info.id, "name": info.name, "rhf": info.rhf,
                            "hf_parties": info.hf_parties,
                            "agreements": info.agreements.iter().map(|a| json!({"id": a.id, "title": a.title, "version": a.version})).collect::<Vec<_>>(),
                            "kommuner": info.kommuner,
                            "tasks": info.tasks.len(),
                            "catalogue_version": info.catalogue_version,
                            "sdk_version": info.sdk_version,
                        })),
                    });
                    if info.is_none() {
                        v["region_note"] = note.into();
                    }
                    v["imports"] = json!(plugin.imports);
                    v["denied_imports"] = json!(denied);
                    out.json(&v);
                }
                _ => {
                    let mut lines = vec![ansvar::t!(
                        "commands-inspect-header",
                        file = file.display().to_string(),
                        size = plugin.size,
                        sha256 = &plugin.sha256,
                        pinned = pinned,
                        pinned_digest = &pinned_digest,
                        api_version = &plugin.api_version
                    )];
                    match &info {
                        None => lines.push(ansvar::t!("commands-inspect-no-region", note = &note)),
                        Some(info) => {
                            lines.push(ansvar::t!(
                                "commands-inspect-region",
                                id = &info.id,
                                name = &info.name,
                                rhf = &info.rhf,
                                hf_parties = info.hf_parties.join(", ")
                            ));
                            for a in &info.agreements {
                                lines.push(ansvar::t!(
                                    "commands-inspect-agreement",
                                    id = &a.id,
                                    version = &a.version
                                ));
                            }
                            lines.push(ansvar::t!(
                                "commands-inspect-tasks",
                                kommuner = info.kommuner.len(),
                                tasks = info.tasks.len(),
                                catalogue_version = &info.catalogue_version,
                                sdk_version = &info.sdk_version
                            ));
                        }
                    }
                    lines.push(ansvar::t!(
                        "commands-inspect-imports",
                        imports = plugin.imports.len(),
                        denied = denied.len()
                    ));
                    for i in &denied {
                        lines.push(ansvar::t!("commands-inspect-denied", import = *i));
                    }
                    let mut s = lines.join("\n");
                    s.push('\n');
                    // Texts from the plugin and the file name: no terminal escapes.
                    out.print(&ansvar::escape::control(&s));
                }
            }
            Ok(Exit::Ok)
        }
    }
}
