//! Any bytes as a compiled-code cache entry: the reader accepts an entry only when it
//! names the wasm asked for and its code has the digest it gives, and never panics.
#![no_main]
use ansvar::plugin::cache::{entry, parse_entry};
use ansvar::plugin::sha256_hex;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The wasm asked for: a fixed one, and the one the input's own header names.
    let fixed = sha256_hex(b"wasm");
    let named = data
        .get(25..89)
        .and_then(|d| std::str::from_utf8(d).ok())
        .unwrap_or("")
        .to_string();
    for wasm in [fixed.as_str(), named.as_str()] {
        if let Ok(code) = parse_entry(data, wasm) {
            assert!(data.ends_with(code), "the code is the entry's tail");
            assert_eq!(entry(code, wasm), data, "an accepted entry is exactly one we write");
        }
    }
    // What the cache writes, it reads back; for any other wasm it refuses.
    let written = entry(data, &fixed);
    assert_eq!(parse_entry(&written, &fixed), Ok(data));
    assert!(parse_entry(&written, &sha256_hex(b"other")).is_err());
});
