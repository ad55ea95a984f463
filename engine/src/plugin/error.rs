//! Why a plugin could not be loaded or failed a call: each error names the plugin and
//! what it did, and says how to mend it where the user can.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use super::version;

#[derive(Debug)]
pub enum PluginError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    NotAComponent {
        plugin: String,
        detail: String,
    },
    ApiVersion {
        plugin: String,
        found: String,
        supported: &'static str,
    },
    NoApiVersion {
        plugin: String,
    },
    Link {
        plugin: String,
        detail: String,
    },
    Timeout {
        plugin: String,
        limit: Duration,
    },
    Memory {
        plugin: String,
        limit: usize,
    },
    Capability {
        plugin: String,
        import: String,
    },
    Trap {
        plugin: String,
        detail: String,
    },
    DigestMismatch {
        plugin: String,
        region: String,
        expected: String,
        found: String,
    },
    Unpinned {
        plugin: String,
        found: String,
    },
    IdMismatch {
        plugin: String,
        expected: String,
        found: String,
    },
    TooLarge {
        plugin: String,
        size: u64,
        limit: u64,
    },
    DuplicateRegion {
        plugin: String,
        region: String,
        other: String,
    },
    Contract {
        plugin: String,
        detail: String,
    },
}

impl fmt::Display for PluginError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PluginError::Read { path, source } => crate::t!(
                "host-read",
                path = path.display().to_string(),
                error = source.to_string()
            ),
            PluginError::NotAComponent { plugin, detail } => {
                crate::t!("host-not-a-component", plugin = plugin, detail = detail)
            }
            PluginError::ApiVersion {
                plugin,
                found,
                supported,
            } => crate::t!(
                "host-api-version",
                plugin = plugin,
                found = found,
                supported = *supported
            ),
            PluginError::NoApiVersion { plugin } => crate::t!(
                "host-no-api-version",
                plugin = plugin,
                section = version::SECTION
            ),
            PluginError::Link { plugin, detail } => {
                crate::t!("host-link", plugin = plugin, detail = detail)
            }
            PluginError::Timeout { plugin, limit } => crate::t!(
                "host-timeout",
                plugin = plugin,
                limit = limit.as_millis() as u64
            ),
            PluginError::Memory { plugin, limit } => {
                crate::t!("host-memory", plugin = plugin, limit = *limit >> 20)
            }
            PluginError::Capability { plugin, import } => {
                crate::t!("host-capability", plugin = plugin, import = import)
            }
            PluginError::Trap { plugin, detail } => {
                crate::t!("host-trap", plugin = plugin, detail = detail)
            }
            PluginError::DigestMismatch {
                plugin,
                region,
                expected,
                found,
            } => crate::t!(
                "host-digest-mismatch",
                plugin = plugin,
                region = region,
                expected = expected,
                found = found
            ),
            PluginError::Unpinned { plugin, found } => {
                crate::t!("host-unpinned", plugin = plugin, found = found)
            }
            PluginError::IdMismatch {
                plugin,
                expected,
                found,
            } => crate::t!(
                "host-id-mismatch",
                plugin = plugin,
                expected = expected,
                found = found
            ),
            PluginError::TooLarge {
                plugin,
                size,
                limit,
            } => crate::t!(
                "host-too-large",
                plugin = plugin,
                size = *size,
                limit = *limit
            ),
            PluginError::DuplicateRegion {
                plugin,
                region,
                other,
            } => crate::t!(
                "host-duplicate-region",
                plugin = plugin,
                region = region,
                other = other
            ),
            PluginError::Contract { plugin, detail } => {
                crate::t!("host-contract", plugin = plugin, detail = detail)
            }
        })
    }
}

impl std::error::Error for PluginError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PluginError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl PluginError {
    /// The help line shown under the error.
    pub fn help(&self) -> Option<String> {
        match self {
            PluginError::ApiVersion { supported, .. } => {
                Some(crate::t!("host-api-version-help", supported = *supported))
            }
            PluginError::NoApiVersion { .. } | PluginError::NotAComponent { .. } => {
                Some(crate::t!("host-build-help"))
            }
            PluginError::DigestMismatch { .. } => Some(crate::t!("host-digest-mismatch-help")),
            PluginError::Unpinned { .. } => Some(crate::t!("host-unpinned-help")),
            PluginError::IdMismatch { .. } => Some(crate::t!("host-id-mismatch-help")),
            PluginError::TooLarge { .. } => Some(crate::t!("host-too-large-help")),
            PluginError::DuplicateRegion { .. } => Some(crate::t!("host-duplicate-region-help")),
            PluginError::Capability { .. } => Some(crate::t!("host-capability-help")),
            PluginError::Timeout { .. } => Some(crate::t!("host-timeout-help")),
            PluginError::Memory { .. } => Some(crate::t!("host-memory-help")),
            _ => None,
        }
    }
}
