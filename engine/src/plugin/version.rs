//! The plugin API version a plugin was built against, read from its `ansvar:api-version`
//! custom section before anything is compiled, so an incompatible plugin gets a clear
//! message instead of a linker error.

use wasmtime::wasmparser::{Parser, Payload};

/// The WIT package version of `plugins/wit/region.wit` this host implements.
pub const API_VERSION: &str = "0.7.0";

/// Custom section the SDK's `export_region!` writes.
pub const SECTION: &str = "ansvar:api-version";

#[derive(Debug, PartialEq, Eq)]
pub enum Stamp {
    /// The bytes are a component carrying this version.
    Version(String),
    /// A component without the section (not built with the SDK).
    Missing,
}

/// Reads the stamp, or says why the bytes are not a WebAssembly component.
pub fn read(bytes: &[u8]) -> Result<Stamp, String> {
    let mut version = None;
    let mut outer = None;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            // The first version header is the outer one; nested modules follow.
            Payload::Version { encoding, .. } if outer.is_none() => outer = Some(encoding),
            Payload::CustomSection(section) if section.name() == SECTION => {
                let text = std::str::from_utf8(section.data())
                    .map_err(|_| crate::t!("host-section-not-utf8", section = SECTION))?;
                version = Some(text.trim().to_string());
            }
            _ => {}
        }
    }
    if outer != Some(wasmtime::wasmparser::Encoding::Component) {
        return Err(crate::t!("host-core-module"));
    }
    Ok(version.map_or(Stamp::Missing, Stamp::Version))
}

/// Whether a plugin stamped `found` can run on this host. While the API is 0.x, the
/// minor version must match; from 1.0 on, the major.
pub fn compatible(found: &str) -> bool {
    let parse = |v: &str| -> Option<(u64, u64)> {
        let mut it = v.split('.');
        let major = it.next()?.parse().ok()?;
        let minor = it.next()?.parse().ok()?;
        Some((major, minor))
    };
    match (parse(found), parse(API_VERSION)) {
        (Some((0, fm)), Some((0, hm))) => fm == hm,
        (Some((fmaj, _)), Some((hmaj, _))) => fmaj == hmaj && fmaj != 0,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_x_needs_the_same_minor() {
        assert!(compatible("0.7.0"));
        assert!(compatible("0.7.3"));
        assert!(!compatible("0.6.0"));
        assert!(!compatible("0.8.0"));
        assert!(!compatible("1.1.0"));
        assert!(!compatible("garbage"));
    }

    #[test]
    fn not_wasm_is_refused() {
        assert!(read(b"hello").is_err());
    }

    #[test]
    fn core_module_is_refused() {
        let err = read(b"\0asm\x01\0\0\0").unwrap_err();
        assert!(err.contains("not a component"), "{err}");
    }
}
