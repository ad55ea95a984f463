//! Arbitrary queries across the host↔plugin boundary: the embedded plugin answers or
//! refuses every one; it never traps, times out or breaks the contract.
#![no_main]
use std::sync::OnceLock;

use ansvar::plugin::{AgeGroup, Phase, Plugin, Query};
use ansvar::{Host, Limits};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    task: String,
    kommune: Option<String>,
    diagnosis: Option<String>,
    age: Option<u8>,
    phase: Option<u8>,
}

fn plugin() -> &'static (Host, Plugin) {
    static P: OnceLock<(Host, Plugin)> = OnceLock::new();
    P.get_or_init(|| {
        let host = Host::new(Limits::default(), None).unwrap();
        let plugin = host.load_embedded("helse-bergen").unwrap().unwrap();
        (host, plugin)
    })
}

fuzz_target!(|input: Input| {
    let (host, plugin) = plugin();
    let query = Query {
        task: input.task,
        kommune: input.kommune,
        diagnosis: input.diagnosis,
        age: input
            .age
            .map(|a| [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Elderly][a as usize % 3]),
        phase: input
            .phase
            .map(|p| [Phase::Before, Phase::During, Phase::After][p as usize % 3]),
    };
    if let Err(e) = host.who(plugin, &query) {
        panic!("plugin failed on {query:?}: {e}");
    }
});
