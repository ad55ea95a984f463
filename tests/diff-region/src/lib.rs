//! A region plugin built twice for the `ansvar diff` tests (never shipped): the default
//! build and the build with feature `b` differ in two rules of region `vestre-viken`, so
//! that the diff of the two is small and known:
//! - `generell-mestring`: the hf owns it in Drammen (A); in Drammen and Hol after
//!   specialist care (B);
//! - `lm-oversikt`: the baseline (A); the kommune leads with the hf contributing (B).

use ansvar_sdk::prelude::*;

pub struct DiffRegion;

impl Region for DiffRegion {
    fn spec(&self) -> &'static RegionSpec {
        &SPEC
    }
}

ansvar_sdk::export_region!(DiffRegion);

const BASIS: &str = "Testavtale for ansvar diff";

pub static SPEC: RegionSpec = RegionSpec {
    id: "vestre-viken",
    name: "Vestre Viken (testbygg for ansvar diff)",
    rhf: "Helse Sør-Øst RHF",
    hf_parties: &["Vestre Viken HF"],
    agreements: &[],
    local_ta: &[(2, "TA 2"), (6, "TA 6"), (10, "TA 10")],
    local_ta_caveat: None,
    requires_user_representation: false,
    rules: RULES,
};

#[cfg(not(feature = "b"))]
static RULES: &[Rule] = &[Rule {
    id: "test/generell-mestring",
    task: "generell-mestring",
    when: When {
        kommune: &["3301"],
        ..When::ANY
    },
    owner: Level::Hf,
    contributors: &[],
    partners: &[],
    clause: Some("Testavtale pkt 1"),
    sources: &[BASIS],
    note: "Testregel.",
    caveat: None,
}];

#[cfg(feature = "b")]
static RULES: &[Rule] = &[
    Rule {
        id: "test/generell-mestring",
        task: "generell-mestring",
        when: When {
            kommune: &["3301", "3330"],
            phase: &[Phase::After],
            ..When::ANY
        },
        owner: Level::Hf,
        contributors: &[],
        partners: &[],
        clause: Some("Testavtale pkt 1"),
        sources: &[BASIS],
        note: "Testregel.",
        caveat: None,
    },
    Rule {
        id: "test/lm-oversikt",
        task: "lm-oversikt",
        when: When::ANY,
        owner: Level::Kommune,
        contributors: &[Level::Hf],
        partners: &[],
        clause: Some("Testavtale pkt 2"),
        sources: &[BASIS],
        note: "Testregel.",
        caveat: None,
    },
];
