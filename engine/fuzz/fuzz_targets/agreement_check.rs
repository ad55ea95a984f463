//! Any bytes as an agreement file, through the whole check with the embedded helse-bergen
//! plugin: reading, the schema, the engine's and the plugin's checks never panic, and
//! every finding points inside the document.
#![no_main]
use std::sync::OnceLock;

use ansvar::agreement::{self, ReadLimits};
use ansvar::pathway::Regions;
use ansvar::{Host, Limits};
use libfuzzer_sys::fuzz_target;

fn setup() -> &'static (Host, std::sync::Mutex<Regions>) {
    static S: OnceLock<(Host, std::sync::Mutex<Regions>)> = OnceLock::new();
    S.get_or_init(|| {
        let host = Host::new(Limits::default(), None).unwrap();
        let regions = Regions::embedded(&host, &["helse-bergen"]);
        assert!(regions.failed.is_empty(), "{:?}", regions.failed);
        (host, std::sync::Mutex::new(regions))
    })
}

fuzz_target!(|data: &[u8]| {
    let (host, regions) = setup();
    let mut regions = regions.lock().unwrap();
    let checked = agreement::check_bytes(
        host,
        &mut *regions,
        "fuzz.json".into(),
        data,
        ReadLimits::default(),
        "2026-11-22",
    );
    assert!(!checked.plugin_failed, "{:?}", checked.report.findings);
    for f in &checked.report.findings {
        assert!(f.location.end <= data.len() && f.location.line >= 1, "{f:?}");
    }
});
