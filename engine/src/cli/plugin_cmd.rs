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
            let pinned = match (&plugin.region, &info) {
                (Some(_), _) => "yes".to_string(),
                (None, None) => "no".to_string(),
                (None, Some(info)) => {
                    match ansvar::plugin::lock::verdict(&info.id, &plugin.sha256) {
                        ansvar::plugin::lock::Verdict::Mismatch { expected } => {
                            format!("mismatch (pinned: {expected})")
                        }
                        _ => "no".to_string(),
                    }
                }
            };
            // Describing the region runs the plugin: done only for a pinned plugin or with
            // --allow-unpinned.
            let note = "not read: describing the region runs the plugin (in the sandbox), which is done only for a pinned plugin or with --allow-unpinned";
            match out.format {
                Format::Json => {
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
                    let mut s = format!(
                        "file:        {}\nsize:        {} bytes\nsha256:      {}\npinned:      {pinned}\napi:         ansvar:region@{}\n",
                        file.display(),
                        plugin.size,
                        plugin.sha256,
                        plugin.api_version,
                    );
                    match &info {
                        None => s.push_str(&format!("region:      {note}\n")),
                        Some(info) => {
                            s.push_str(&format!(
                                "region:      {} — {} ({})\nHF:          {}\n",
                                info.id,
                                info.name,
                                info.rhf,
                                info.hf_parties.join(", ")
                            ));
                            for a in &info.agreements {
                                s.push_str(&format!(
                                    "agreement:   {} (versjon {})\n",
                                    a.id, a.version
                                ));
                            }
                            s.push_str(&format!(
                                "kommuner:    {}\ntasks:       {} (catalogue {}, sdk {})\n",
                                info.kommuner.len(),
                                info.tasks.len(),
                                info.catalogue_version,
                                info.sdk_version,
                            ));
                        }
                    }
                    s.push_str(&format!(
                        "imports:     {} (granted: ansvar:region/*; denied: {})\n",
                        plugin.imports.len(),
                        denied.len()
                    ));
                    for i in &denied {
                        s.push_str(&format!("  denied     {i}\n"));
                    }
                    // Texts from the plugin and the file name: no terminal escapes.
                    out.print(&ansvar::escape::control(&s));
                }
            }
            Ok(Exit::Ok)
        }
    }
}
