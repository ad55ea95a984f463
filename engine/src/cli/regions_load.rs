//! Finding regions: the embedded plugins and the files given with `--plugin`.

use std::path::Path;

use ansvar::plugin::lock::{self, Verdict};
use ansvar::plugin::{RegionInfo, embedded};
use ansvar::{Host, Plugin};

use super::Global;
use super::output::CliError;

/// A plugin with its description.
pub struct Loaded {
    pub plugin: Plugin,
    pub info: RegionInfo,
}

fn load_and_describe(
    host: &Host,
    plugin: Result<Plugin, ansvar::PluginError>,
) -> Result<Loaded, CliError> {
    let plugin = plugin?;
    let info = host.describe(&plugin)?;
    Ok(Loaded { plugin, info })
}

/// Loads a `--plugin` file held to plugins/plugins.lock. The host checks the digest
/// before compiling: a pinned file runs as the region it is pinned to, an unpinned one
/// only with `--allow-unpinned`, and then never as a pinned or embedded region.
fn load_file(host: &Host, g: &Global, path: &Path) -> Result<Loaded, CliError> {
    let l = load_and_describe(host, host.load_file(path, g.allow_unpinned))?;
    if l.plugin.region.is_some() {
        return Ok(l);
    }
    let (plugin, region, found) = (
        l.plugin.name.clone(),
        l.info.id.clone(),
        l.plugin.sha256.clone(),
    );
    let embedded = embedded::find(&region).map(|p| p.sha256.to_string());
    match (lock::verdict(&region, &found), embedded) {
        (Verdict::Mismatch { expected }, _) | (_, Some(expected)) => {
            Err(ansvar::PluginError::DigestMismatch {
                plugin,
                region,
                expected,
                found,
            }
            .into())
        }
        _ => {
            tracing::warn!(
                "running unpinned plugin `{plugin}` (region `{region}`, sha256 {found})"
            );
            Ok(l)
        }
    }
}

/// Every region: `--plugin` files first (they override an embedded region of the same
/// id), then the embedded ones. A plugin that fails is reported (with its region id when
/// embedded) and the rest still load.
pub fn all(host: &Host, g: &Global) -> (Vec<Loaded>, Vec<(Option<&'static str>, CliError)>) {
    let mut loaded: Vec<Loaded> = Vec::new();
    let mut failed = Vec::new();
    for path in &g.plugins {
        match load_file(host, g, path) {
            Ok(l) => match loaded.iter().find(|o| o.info.id == l.info.id) {
                Some(other) => failed.push((
                    None,
                    ansvar::PluginError::DuplicateRegion {
                        plugin: l.plugin.name.clone(),
                        region: l.info.id.clone(),
                        other: other.plugin.name.clone(),
                    }
                    .into(),
                )),
                None => loaded.push(l),
            },
            Err(e) => failed.push((None, e)),
        }
    }
    for p in embedded::EMBEDDED {
        if loaded.iter().any(|l| l.info.id == p.id) {
            tracing::info!("--plugin overrides the embedded region `{}`", p.id);
            continue;
        }
        let plugin = host.load_embedded(p.id).expect("listed as embedded");
        match load_and_describe(host, plugin) {
            Ok(l) => loaded.push(l),
            Err(e) => failed.push((Some(p.id), e)),
        }
    }
    (loaded, failed)
}

/// The region `id`, loading no more plugins than needed.
pub fn one(host: &Host, g: &Global, id: &str) -> Result<Loaded, CliError> {
    let mut known: Vec<String> = Vec::new();
    for path in &g.plugins {
        let l = load_file(host, g, path)?;
        if l.info.id == id {
            return Ok(l);
        }
        known.push(l.info.id);
    }
    if let Some(p) = host.load_embedded(id) {
        return load_and_describe(host, p);
    }
    known.extend(embedded::EMBEDDED.iter().map(|p| p.id.to_string()));
    Err(ansvar::who::unknown_region(id, known.iter().map(String::as_str)).into())
}
