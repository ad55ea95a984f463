//! Why a plugin could not be loaded or failed a call: each error names the plugin and
//! what it did, and says how to mend it where the user can.

use std::path::PathBuf;
use std::time::Duration;

use super::version;

#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error("cannot read plugin `{}`: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("plugin `{plugin}` is not a usable WebAssembly component: {detail}")]
    NotAComponent { plugin: String, detail: String },
    #[error(
        "plugin `{plugin}` was built against ansvar:region@{found}, but this ansvar supports ansvar:region@{supported}"
    )]
    ApiVersion {
        plugin: String,
        found: String,
        supported: &'static str,
    },
    #[error("plugin `{plugin}` has no `{section}` section: it was not built with ansvar-sdk", section = version::SECTION)]
    NoApiVersion { plugin: String },
    #[error("plugin `{plugin}` does not fit the plugin API: {detail}")]
    Link { plugin: String, detail: String },
    #[error("plugin `{plugin}` exceeded its time limit of {} ms", limit.as_millis())]
    Timeout { plugin: String, limit: Duration },
    #[error("plugin `{plugin}` exceeded its memory limit of {} MiB", limit >> 20)]
    Memory { plugin: String, limit: usize },
    #[error("plugin `{plugin}` tried to use `{import}`, which the sandbox does not grant")]
    Capability { plugin: String, import: String },
    #[error("plugin `{plugin}` crashed: {detail}")]
    Trap { plugin: String, detail: String },
    #[error(
        "plugin `{plugin}` claims region `{region}`, pinned to sha256 {expected}, but the file has sha256 {found}"
    )]
    DigestMismatch {
        plugin: String,
        region: String,
        expected: String,
        found: String,
    },
    #[error("plugin `{plugin}` (sha256 {found}) is not pinned in plugins/plugins.lock")]
    Unpinned { plugin: String, found: String },
    #[error(
        "plugin `{plugin}` describes itself as region `{found}`, but it was loaded as region `{expected}`"
    )]
    IdMismatch {
        plugin: String,
        expected: String,
        found: String,
    },
    #[error("plugin `{plugin}` is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        plugin: String,
        size: u64,
        limit: u64,
    },
    #[error("plugin `{plugin}` claims region `{region}`, which `{other}` already gives")]
    DuplicateRegion {
        plugin: String,
        region: String,
        other: String,
    },
    #[error("plugin `{plugin}` broke the plugin contract: {detail}")]
    Contract { plugin: String, detail: String },
}

impl PluginError {
    /// The help line shown under the error.
    pub fn help(&self) -> Option<String> {
        match self {
            PluginError::ApiVersion { supported, .. } => Some(format!(
                "rebuild the plugin with an ansvar-sdk for ansvar:region@{supported}"
            )),
            PluginError::NoApiVersion { .. } | PluginError::NotAComponent { .. } => Some(
                "build region plugins with `cargo build --target wasm32-wasip2` on a crate that uses ansvar-sdk's `export_region!`".into(),
            ),
            PluginError::DigestMismatch { .. } => Some(
                "use the plugin this ansvar ships, or a file built from the same sources; a changed plugin needs a new pin".into(),
            ),
            PluginError::Unpinned { .. } => Some("pass --allow-unpinned to run a plugin nobody has pinned".into()),
            PluginError::IdMismatch { .. } => Some(
                "the code that ran is not the plugin's own: remove the compiled-code cache (ANSVAR_CACHE_DIR, else ~/.cache/ansvar) or run with --no-cache, and report it".into(),
            ),
            PluginError::TooLarge { .. } => Some("raise the limit with `--plugin-max-mib` if the file is a real plugin".into()),
            PluginError::DuplicateRegion { .. } => Some("give one plugin per region".into()),
            PluginError::Capability { .. } => Some(
                "region plugins get no files, environment, clock, network or stdio: rules must work from the query alone".into(),
            ),
            PluginError::Timeout { .. } => Some("raise the limit with `--plugin-timeout-ms` if the plugin is only slow".into()),
            PluginError::Memory { .. } => Some("raise the limit with `--plugin-memory-mib` if the plugin needs more".into()),
            _ => None,
        }
    }
}
