//! `ansvar plugin …`: look inside plugin files.

use std::path::PathBuf;

use serde_json::json;

use super::Format;
use super::output::{CliError, Exit, Out};

#[derive(Debug, clap::Subcommand)]
pub enum PluginCommand {
    /// Show a plugin's metadata, API version, digest and requested capabilities
    Inspect {
        /// The plugin file
        file: PathBuf,
    },
    /// Print plugins/plugins.lock for the embedded plugins (write it with --output)
    Lock,
}

pub fn run(host: &ansvar::Host, out: &Out, cmd: &PluginCommand) -> Result<Exit, CliError> {
    match cmd {
        PluginCommand::Lock => {
            out.print(&ansvar::plugin::lock::render());
            Ok(Exit::Ok)
        }
        PluginCommand::Inspect { file } => {
            let plugin = host.load_file(file)?;
            let info = host.describe(&plugin)?;
            // Everything but the plugin API's own interfaces is linked to a trap.
            let denied: Vec<&str> = plugin
                .imports
                .iter()
                .map(String::as_str)
                .filter(|i| !i.starts_with("ansvar:region/"))
                .collect();
            let pinned = match ansvar::plugin::lock::verdict(&info.id, &plugin.sha256) {
                ansvar::plugin::lock::Verdict::Pinned => "yes".to_string(),
                ansvar::plugin::lock::Verdict::Unpinned => "no".to_string(),
                ansvar::plugin::lock::Verdict::Mismatch { expected } => {
                    format!("mismatch (pinned: {expected})")
                }
            };
            match out.format {
                Format::Json => out.json(&json!({
                    "pinned": pinned,
                    "file": file.display().to_string(),
                    "size": plugin.size,
                    "sha256": plugin.sha256,
                    "api_version": plugin.api_version,
                    "region": {
                        "id": info.id, "name": info.name, "rhf": info.rhf,
                        "hf_parties": info.hf_parties,
                        "agreements": info.agreements.iter().map(|a| json!({"id": a.id, "title": a.title, "version": a.version})).collect::<Vec<_>>(),
                        "kommuner": info.kommuner,
                        "tasks": info.tasks.len(),
                        "catalogue_version": info.catalogue_version,
                        "sdk_version": info.sdk_version,
                    },
                    "imports": plugin.imports,
                    "denied_imports": denied,
                })),
                _ => {
                    let mut s = format!(
                        "file:        {}\nsize:        {} bytes\nsha256:      {}\npinned:      {pinned}\napi:         ansvar:region@{}\nregion:      {} — {} ({})\nHF:          {}\n",
                        file.display(),
                        plugin.size,
                        plugin.sha256,
                        plugin.api_version,
                        info.id,
                        info.name,
                        info.rhf,
                        info.hf_parties.join(", ")
                    );
                    for a in &info.agreements {
                        s.push_str(&format!("agreement:   {} (versjon {})\n", a.id, a.version));
                    }
                    s.push_str(&format!(
                        "kommuner:    {}\ntasks:       {} (catalogue {}, sdk {})\nimports:     {} (granted: ansvar:region/*; denied: {})\n",
                        info.kommuner.len(),
                        info.tasks.len(),
                        info.catalogue_version,
                        info.sdk_version,
                        plugin.imports.len(),
                        denied.len()
                    ));
                    for i in &denied {
                        s.push_str(&format!("  denied     {i}\n"));
                    }
                    out.print(&s);
                }
            }
            Ok(Exit::Ok)
        }
    }
}
