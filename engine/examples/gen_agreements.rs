//! Generates realistic agreement files for benchmarks: variants of the repository's
//! helse-bergen særavtale (drafts with changed allocations, added clauses, the odd typo
//! or old kommunenummer), reproducible from a seed.
//!
//! `cargo run --release --example gen_agreements -- OUT_DIR [COUNT] [SEED]`

use serde_json::{Value, json};

use ansvar::synth::Rng;

const EXTRA_TASKS: &[(&str, &str, &str)] = &[
    ("individuell-plan", "kommune", "TA 2"),
    ("koordinator", "kommune", "TA 2"),
    ("frisklivssentral", "kommune", "TA 10"),
    ("hospitering", "hf", "TA 6"),
    ("parorendekurs", "kommune", "TA 2"),
    ("barnekoordinator", "kommune", "TA 2"),
    ("sjeldne-tilstander", "hf", "TA 2"),
    ("selvhjelpsgrupper", "kommune", "TA 10"),
];

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(
        args.next()
            .expect("usage: gen_agreements OUT_DIR [COUNT] [SEED]"),
    );
    let count: usize = args
        .next()
        .map_or(1000, |s| s.parse().expect("COUNT is a number"));
    let seed: u64 = args
        .next()
        .map_or(42, |s| s.parse().expect("SEED is a number"));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("agreements/helse-bergen/saeravtale-lm-nettverk.json"))
            .unwrap(),
    )
    .unwrap();
    std::fs::create_dir_all(&out).unwrap();
    let mut rng = Rng::new(seed);
    for i in 0..count {
        let mut doc = base.clone();
        doc["id"] = json!(format!("helse-bergen/generert-{i:05}"));
        let draft = rng.chance(70);
        doc["status"] = json!(if draft { "utkast" } else { "vedtatt" });
        doc["version"] = json!(format!("2026.{}", rng.below(12) + 1));
        let clauses = doc["clauses"].as_array_mut().unwrap();
        for c in clauses.iter_mut() {
            if draft && rng.chance(15) {
                // Flip the lead of a shared clause, or hand a task to the other level.
                if c["owner"] == "delt" {
                    let lead = if c["lead"] == "hf" { "kommune" } else { "hf" };
                    c["lead"] = json!(lead);
                    c["contributors"] = json!([if lead == "hf" { "kommune" } else { "hf" }]);
                } else {
                    c["owner"] = json!(if c["owner"] == "hf" { "kommune" } else { "hf" });
                }
            }
        }
        for _ in 0..rng.below(4) {
            let (task, owner, ta) = EXTRA_TASKS[rng.below(EXTRA_TASKS.len())];
            if clauses.iter().any(|c| c["task"] == task) {
                continue;
            }
            let n = clauses.len() + 1;
            clauses.push(
                json!({"number": n.to_string(), "task": task, "owner": owner, "ta_reference": ta,
                "text": "Generert punkt for ytelsesmåling."}),
            );
        }
        if rng.chance(5) {
            let at = rng.below(clauses.len());
            clauses[at]["task"] = json!("lm-netverk");
        }
        if rng.chance(5) {
            doc["parties"]["kommuner"]
                .as_array_mut()
                .unwrap()
                .push(json!("1243"));
        }
        let text = serde_json::to_string_pretty(&doc).unwrap();
        std::fs::write(out.join(format!("agreement-{i:05}.json")), text + "\n").unwrap();
    }
    eprintln!("wrote {count} agreements to {}", out.display());
}
