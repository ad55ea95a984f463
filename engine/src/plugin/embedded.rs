//! The region plugins compiled into the binary by `engine/build.rs`.

/// A plugin built from `plugins/` at build time.
pub struct EmbeddedPlugin {
    pub id: &'static str,
    /// the crate it was built from, relative to the repository root
    pub source_dir: &'static str,
    pub bytes: &'static [u8],
    pub sha256: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

pub fn find(id: &str) -> Option<&'static EmbeddedPlugin> {
    EMBEDDED.iter().find(|p| p.id == id)
}
