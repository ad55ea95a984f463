//! Any bytes as a pathway document and as JSON Lines: every line gets an outcome, every
//! finding points inside its line, the typed fast path accepts exactly what the schema
//! accepts, and the pointer scan agrees with the full parser.
#![no_main]
use std::sync::OnceLock;

use ansvar::document::{json, pointer};
use ansvar::pathway::document::{Doc, Source, schema_valid};
use ansvar::pathway::{self, Options, Regions};
use ansvar::{Host, Limits};
use libfuzzer_sys::fuzz_target;

fn setup() -> &'static (Host, Regions) {
    static S: OnceLock<(Host, Regions)> = OnceLock::new();
    S.get_or_init(|| {
        let host = Host::new(Limits::default(), None).unwrap();
        let regions = Regions::embedded(&host, &["helse-bergen"]);
        assert!(regions.failed.is_empty(), "{:?}", regions.failed);
        (host, regions)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (host, regions) = setup();
    // As JSON Lines.
    let mut sources = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split('\n').enumerate() {
        if !line.trim().is_empty() {
            sources.push(Source { text: line, first_line: i + 1, offset });
        }
        offset += line.len() + 1;
    }
    let checked = pathway::check(host, regions, &sources, Options::default());
    assert_eq!(checked.outcomes.len(), sources.len());
    for (o, s) in checked.outcomes.iter().zip(&sources) {
        for f in &o.findings {
            assert_eq!(f.location.line, s.first_line, "{f:?}");
            assert!(f.location.start >= s.offset && f.location.end <= s.offset + s.text.len(), "{f:?}");
        }
    }
    // As one document.
    let whole = [Source { text, first_line: 1, offset: 0 }];
    let checked = pathway::check(host, regions, &whole, Options::default());
    for f in &checked.outcomes[0].findings {
        assert!(f.location.end <= text.len(), "{f:?}");
    }
    // The fast path and the schema agree; the pointer scan agrees with the parser.
    if let Ok(parsed) = json::parse(text, 64) {
        if parsed.duplicates.is_empty() {
            let fast = serde_json::from_str::<Doc<'_>>(text).is_ok_and(|d| d.conforms());
            assert_eq!(fast, schema_valid(&parsed.value), "fast path vs schema");
            for (p, span) in &parsed.values {
                assert_eq!(pointer::find(text, p), Some(*span), "{p}");
            }
        }
    }
});
