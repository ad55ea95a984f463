//! Any bytes: the position-keeping JSON reader answers or errs inside the text.
#![no_main]
use ansvar::document::json::{LineIndex, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let index = LineIndex::new(text);
    match parse(text, 64) {
        Ok(p) => {
            if let Ok(v) = serde_json_roundtrip(text) {
                assert_eq!(v, p.value, "disagrees with serde_json");
            }
            for s in p.values.values().chain(p.keys.values()) {
                assert!(s.start <= s.end && s.end <= text.len());
                let (line, col) = index.position(s.start);
                assert!(col <= index.line(line).chars().count() + 1);
            }
        }
        Err(e) => assert!(e.offset <= text.len()),
    }
});

/// serde_json's reading, where it has one without duplicate keys (it keeps the last).
fn serde_json_roundtrip(text: &str) -> Result<serde_json::Value, ()> {
    let v: serde_json::Value = serde_json::from_str(text).map_err(|_| ())?;
    // With duplicate keys the two readers legitimately differ (first vs last wins).
    if ansvar::document::json::parse(text, 64)
        .map(|p| p.duplicates.is_empty())
        .unwrap_or(false)
    {
        Ok(v)
    } else {
        Err(())
    }
}
