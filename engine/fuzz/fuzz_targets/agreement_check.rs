//! Any bytes as an agreement file: reading, the schema and the engine's checks never
//! panic, and every finding points inside the document.
#![no_main]
use ansvar::check;
use ansvar::document::json::LineIndex;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let read = check::read_bytes(data, 64);
    let mut findings = read.findings;
    if let (Some(text), Some(parsed)) = (read.text.as_deref(), read.parsed.as_ref()) {
        let index = LineIndex::new(text);
        let schema = check::schema_findings(&index, parsed);
        if schema.is_empty() {
            findings.extend(check::engine_findings(&index, parsed, None, "2026-11-22"));
            let _ = check::to_agreement(&parsed.value);
        }
        findings.extend(schema);
    }
    for f in &findings {
        assert!(f.location.end <= data.len() && f.location.line >= 1);
    }
});
