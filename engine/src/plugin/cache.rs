//! A cache of compiled plugin code on disk, so a one-off query does not pay Cranelift.
//!
//! `Component::deserialize` trusts its bytes: whoever can write an entry chooses the code
//! that runs. So an entry is tied to the wasm it was compiled from: its name holds the
//! full sha256 of that wasm and a hash of everything in the engine that affects compiled
//! code, and its first lines repeat the wasm's sha256 and give the sha256 of the compiled
//! code; an entry that does not match is refused and the plugin compiled afresh. The
//! directory must be the user's own and writable by nobody else (else the cache is not
//! used); it is created 0700, entries 0600 through a temporary file created exclusively
//! and renamed into place, and entries are opened without following links.

use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use wasmtime::Engine;
use wasmtime::component::Component;

use super::sha256_hex;

/// First line of every entry; the format's version is in it.
const MAGIC: &[u8] = b"ansvar-compiled-plugin 1\n";
/// Largest entry read; compiled region plugins are a few MiB.
const MAX_ENTRY_BYTES: u64 = 256 << 20;

pub struct Cache {
    dir: PathBuf,
    engine_key: String,
    /// set once the directory was found unsafe, so that is said once
    refused: AtomicBool,
}

/// Why an entry was not used.
#[derive(Debug, PartialEq, Eq)]
pub enum EntryError {
    /// not an entry of this format
    Format,
    /// compiled from other wasm than asked for
    OtherWasm,
    /// the compiled code is not what the entry says it is
    Corrupt,
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            EntryError::Format => "not a cache entry of this version",
            EntryError::OtherWasm => "compiled from another plugin",
            EntryError::Corrupt => "its compiled code does not match its digest",
        })
    }
}

/// The compiled code in an entry, if the entry says it was compiled from the wasm of
/// digest `wasm_sha256` and its code has the digest it gives.
pub fn parse_entry<'a>(entry: &'a [u8], wasm_sha256: &str) -> Result<&'a [u8], EntryError> {
    let rest = entry.strip_prefix(MAGIC).ok_or(EntryError::Format)?;
    let line = |b: &'a [u8]| -> Result<(&'a [u8], &'a [u8]), EntryError> {
        let (digest, rest) = b.split_at_checked(64).ok_or(EntryError::Format)?;
        let rest = rest.strip_prefix(b"\n").ok_or(EntryError::Format)?;
        if !digest
            .iter()
            .all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f'))
        {
            return Err(EntryError::Format);
        }
        Ok((digest, rest))
    };
    let (wasm, rest) = line(rest)?;
    let (code_digest, code) = line(rest)?;
    if wasm != wasm_sha256.as_bytes() {
        return Err(EntryError::OtherWasm);
    }
    if code_digest != sha256_hex(code).as_bytes() {
        return Err(EntryError::Corrupt);
    }
    Ok(code)
}

/// An entry for `code` compiled from the wasm of digest `wasm_sha256`.
pub fn entry(code: &[u8], wasm_sha256: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.len() + 160);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(wasm_sha256.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(sha256_hex(code).as_bytes());
    out.push(b'\n');
    out.extend_from_slice(code);
    out
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
            refused: AtomicBool::new(false),
        }
    }

    fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(format!("{sha256}-{}.cwasm", self.engine_key))
    }

    /// The compiled component for `bytes` (whose digest is `sha256`), from the cache when
    /// a trustworthy entry is there, else compiled and stored.
    pub fn load(&self, engine: &Engine, sha256: &str, bytes: &[u8]) -> wasmtime::Result<Component> {
        if !self.usable() {
            return Component::new(engine, bytes);
        }
        let path = self.path(sha256);
        match read_entry(&path) {
            Ok(Some(entry)) => match parse_entry(&entry, sha256) {
                // SAFETY: the code was written by `store` below from `Component::serialize`
                // of an engine with the same compatibility hash (it is in the file name),
                // into a directory only this user can write, and it is the code compiled
                // from the wasm of this digest (checked above against the digests in the
                // entry). `deserialize` copies it into memory of its own.
                Ok(code) => match unsafe { Component::deserialize(engine, code) } {
                    Ok(c) => {
                        tracing::debug!(path = %path.display(), "compiled code from cache");
                        return Ok(c);
                    }
                    Err(e) => tracing::debug!(path = %path.display(), "cache entry unusable: {e}"),
                },
                Err(e) => {
                    tracing::warn!(path = %path.display(), "compiled-code cache entry refused ({e}); compiling the plugin afresh")
                }
            },
            Ok(None) => {}
            Err(e) => {
                tracing::warn!(path = %path.display(), "compiled-code cache entry refused ({e}); compiling the plugin afresh")
            }
        }
        let component = Component::new(engine, bytes)?;
        if let Err(e) = self.store(&path, sha256, &component) {
            tracing::debug!(path = %path.display(), "cannot write the compiled-code cache: {e}");
        }
        Ok(component)
    }

    /// Whether the directory can be trusted, creating it (0700) when missing. One that
    /// another user owns or may write is not used, and that is said once.
    fn usable(&self) -> bool {
        if self.refused.load(Ordering::Relaxed) {
            return false;
        }
        match trusted_dir(&self.dir) {
            Ok(()) => true,
            Err(why) => {
                if !self.refused.swap(true, Ordering::Relaxed) {
                    tracing::warn!(
                        "not using the compiled-code cache `{}`: {why}",
                        self.dir.display()
                    );
                }
                false
            }
        }
    }

    fn store(&self, path: &Path, sha256: &str, component: &Component) -> io::Result<()> {
        let code = component.serialize().map_err(io::Error::other)?;
        let tmp = self.dir.join(format!(
            ".tmp-{}-{}-{}",
            std::process::id(),
            unique(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        ));
        let written = create_private(&tmp)
            .and_then(|mut f| f.write_all(&entry(&code, sha256)))
            .and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }
}

/// A new file only its owner may read and write, failing if anything (a file, a link)
/// is already at `path`.
fn create_private(path: &Path) -> io::Result<std::fs::File> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    o.open(path)
}

/// The entry at `path`, or none. The entry is opened without following a link, and
/// must be a regular file of this user that nobody else may write.
fn read_entry(path: &Path) -> io::Result<Option<Vec<u8>>> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: a named pipe put in its place must not block the open.
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let f = match o.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let meta = f.metadata()?;
    if !meta.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    owned_and_private(&meta)?;
    if meta.len() > MAX_ENTRY_BYTES {
        return Err(io::Error::other("larger than any compiled plugin"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    f.take(MAX_ENTRY_BYTES).read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// Creates `dir` (0700) if missing, then checks that it is a directory of this user
/// that nobody else may write.
fn trusted_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    if !dir.is_dir() {
        b.create(dir)?;
    }
    let meta = std::fs::metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::other("not a directory"));
    }
    owned_and_private(&meta)
}

#[cfg(unix)]
fn owned_and_private(meta: &std::fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        return Err(io::Error::other(format!(
            "owned by user {}, not by this user ({me})",
            meta.uid()
        )));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(io::Error::other(format!(
            "writable by other users (mode {:o})",
            meta.mode() & 0o7777
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn owned_and_private(_: &std::fs::Metadata) -> io::Result<()> {
    Err(io::Error::other(
        "ownership cannot be checked on this platform",
    ))
}

fn unique() -> u64 {
    use std::sync::atomic::AtomicU64;
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    }

    #[test]
    fn second_load_comes_from_the_cache_and_a_corrupt_entry_is_recompiled() {
        let engine = Engine::default();
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(&engine, dir.path().to_path_buf());
        let p = crate::plugin::embedded::find("helse-bergen").unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        let entries = entries(dir.path());
        assert_eq!(entries.len(), 1, "one entry, no temporary files left");
        let path = &entries[0];
        assert!(
            path.to_str().unwrap().contains(p.sha256),
            "full digest in the name"
        );
        cache.load(&engine, p.sha256, p.bytes).unwrap();

        std::fs::write(path, b"garbage").unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        assert!(
            std::fs::metadata(path).unwrap().len() > 1000,
            "entry rewritten"
        );
    }

    #[cfg(unix)]
    #[test]
    fn directory_0700_and_entries_0600() {
        use std::os::unix::fs::PermissionsExt;
        let engine = Engine::default();
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        let cache = Cache::new(&engine, sub.clone());
        let p = crate::plugin::embedded::find("helse-bergen").unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&sub), 0o700);
        assert_eq!(mode(&entries(&sub)[0]), 0o600);
    }

    /// The reproduced attack: the entry of one plugin copied over another's.
    #[test]
    fn an_entry_of_another_plugin_is_refused_and_recompiled() {
        let engine = Engine::default();
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(&engine, dir.path().to_path_buf());
        let a = crate::plugin::embedded::find("helse-bergen").unwrap();
        let b = crate::plugin::embedded::find("unn").unwrap();
        cache.load(&engine, a.sha256, a.bytes).unwrap();
        cache.load(&engine, b.sha256, b.bytes).unwrap();
        std::fs::copy(cache.path(b.sha256), cache.path(a.sha256)).unwrap();
        let entry = std::fs::read(cache.path(a.sha256)).unwrap();
        assert_eq!(parse_entry(&entry, a.sha256), Err(EntryError::OtherWasm));
        cache.load(&engine, a.sha256, a.bytes).unwrap();
        let entry = std::fs::read(cache.path(a.sha256)).unwrap();
        assert!(
            parse_entry(&entry, a.sha256).is_ok(),
            "recompiled and rewritten"
        );
    }

    #[test]
    fn entries_are_checked_whole() {
        let sha = sha256_hex(b"wasm");
        let e = entry(b"code", &sha);
        assert_eq!(parse_entry(&e, &sha), Ok(&b"code"[..]));
        assert_eq!(
            parse_entry(&e, &sha256_hex(b"other")),
            Err(EntryError::OtherWasm)
        );
        let mut flipped = e.clone();
        *flipped.last_mut().unwrap() ^= 1;
        assert_eq!(parse_entry(&flipped, &sha), Err(EntryError::Corrupt));
        assert_eq!(parse_entry(&e[..40], &sha), Err(EntryError::Format));
        assert_eq!(parse_entry(b"", &sha), Err(EntryError::Format));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_a_pipe_or_a_shared_directory_is_not_trusted() {
        use std::os::unix::fs::PermissionsExt;
        let engine = Engine::default();
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(&engine, dir.path().to_path_buf());
        let p = crate::plugin::embedded::find("helse-bergen").unwrap();
        let path = cache.path(p.sha256);
        // A link to a good entry is not followed.
        let elsewhere = dir.path().join("elsewhere");
        std::fs::write(&elsewhere, entry(b"x", p.sha256)).unwrap();
        std::os::unix::fs::symlink(&elsewhere, &path).unwrap();
        assert!(read_entry(&path).is_err());
        std::fs::remove_file(&path).unwrap();
        // A named pipe neither blocks nor is read.
        let status = std::process::Command::new("mkfifo").arg(&path).status();
        if status.is_ok_and(|s| s.success()) {
            assert!(read_entry(&path).is_err());
            std::fs::remove_file(&path).unwrap();
        }
        // An entry others may write is refused.
        std::fs::write(&path, entry(b"x", p.sha256)).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(read_entry(&path).is_err());
        // A directory others may write is not used at all: compiled, nothing stored.
        std::fs::remove_file(&path).unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        cache.load(&engine, p.sha256, p.bytes).unwrap();
        assert!(!path.exists());
        assert!(!cache.usable());
    }
}
