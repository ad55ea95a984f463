//! A cache of compiled plugin code on disk, so a one-off query does not pay Cranelift.
//!
//! Entries are keyed by the plugin's sha256 and a hash of everything in the engine that
//! affects compiled code; they are written to a temporary file and renamed into place, so
//! a reader never sees half an entry. Only files this cache wrote are ever deserialized.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use wasmtime::Engine;
use wasmtime::component::Component;

pub struct Cache {
    dir: PathBuf,
    engine_key: String,
}

impl Cache {
    /// The cache directory: `$ANSVAR_CACHE_DIR`, else `$XDG_CACHE_HOME/ansvar`, else
    /// `$HOME/.cache/ansvar`.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(d) = std::env::var_os("ANSVAR_CACHE_DIR") {
            return Some(PathBuf::from(d));
        }
        if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
            return Some(PathBuf::from(d).join("ansvar"));
        }
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("ansvar"))
    }

    pub fn new(engine: &Engine, dir: PathBuf) -> Cache {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        engine.precompile_compatibility_hash().hash(&mut h);
        env!("CARGO_PKG_VERSION").hash(&mut h);
        Cache {
            dir,
            engine_key: format!("{:016x}", h.finish()),
        }
    }

    fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(format!(
            "{}-{}.cwasm",
            &sha256[..32.min(sha256.len())],
            self.engine_key
        ))
    }

    /// The compiled component for `bytes` (whose digest is `sha256`), from the cache when
    /// possible, else compiled and stored.
    pub fn load(&self, engine: &Engine, sha256: &str, bytes: &[u8]) -> wasmtime::Result<Component> {
        let path = self.path(sha256);
        if path.is_file() {
            // SAFETY: the file was written by `store` below from `Component::serialize` of
            // an engine with the same compatibility hash (it is in the file name), into the
            // user's own cache directory, by rename, so it is whole.
            match unsafe { Component::deserialize_file(engine, &path) } {
                Ok(c) => {
                    tracing::debug!(path = %path.display(), "compiled code from cache");
                    return Ok(c);
                }
                Err(e) => tracing::debug!(path = %path.display(), "cache entry unusable: {e}"),
            }
        }
        let component = Component::new(engine, bytes)?;
        if let Err(e) = self.store(&path, &component) {
            tracing::debug!(path = %path.display(), "cannot write the compiled-code cache: {e}");
        }
        Ok(component)
    }

    fn store(&self, path: &Path, component: &Component) -> Result<(), Box<dyn std::error::Error>> {
        std::fs::create_dir_all(&self.dir)?;
        let code = component.serialize()?;
        let tmp = self
            .dir
            .join(format!(".tmp-{}-{}", std::process::id(), unique()));
        std::fs::write(&tmp, code)?;
        if let Err(e) = std::fs::rename(&tmp, path) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
        Ok(())
    }
}

fn unique() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_load_comes_from_the_cache_and_a_corrupt_entry_is_recompiled() {
        let engine = Engine::default();
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(&engine, dir.path().to_path_buf());
        let p = crate::plugin::embedded::find("helse-bergen").unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(entries.len(), 1, "one entry, no temporary files left");
        let path = entries[0].as_ref().unwrap().path();
        cache.load(&engine, p.sha256, p.bytes).unwrap();

        std::fs::write(&path, b"garbage").unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        assert!(
            std::fs::metadata(&path).unwrap().len() > 1000,
            "entry rewritten"
        );
    }
}
