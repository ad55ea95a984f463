//! Turns the national catalogue (`schemas/catalogue.json`) and the kommune register
//! (`schemas/kommuner.json`) into Rust statics, so that a plugin answers without parsing
//! JSON on every call and no list of tasks or kommuner is written twice in the repo.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalogue {
    version: String,
    #[allow(dead_code)]
    description: String,
    diagnosis_groups: Vec<Named>,
    tasks: Vec<Task>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Named {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Task {
    id: String,
    name: String,
    name_en: String,
    paragraph_6_2: Vec<u8>,
    basis: Vec<String>,
    sources: Vec<String>,
    statute: Statute,
    baseline: Vec<Rule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Statute {
    owner: Option<String>,
    hf_must_take_part: bool,
    hf_must_take_part_during: bool,
    kommune_must_take_part: bool,
    both_levels_own_patients: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    id: String,
    when: When,
    owner: String,
    contributors: Vec<String>,
    partners: Vec<String>,
    note: String,
    caveat: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct When {
    #[serde(default)]
    phase: Vec<String>,
    #[serde(default)]
    age: Vec<String>,
    #[serde(default)]
    diagnosis: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Register {
    #[allow(dead_code)]
    description: String,
    valid_from: String,
    #[allow(dead_code)]
    sources: Vec<Source>,
    #[allow(dead_code)]
    counties: Vec<County>,
    kommuner: Vec<Kommune>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Source {
    id: String,
    title: String,
    publisher: String,
    year: Option<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct County {
    number: String,
    name: String,
    check: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Kommune {
    number: String,
    name: String,
    parallel_names: Vec<String>,
    county_note: Option<String>,
    regions: Vec<Membership>,
    former: Vec<Former>,
    note: Option<String>,
    check: Option<String>,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Membership {
    region: String,
    settled: bool,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Former {
    number: String,
    name: String,
    period: String,
    #[allow(dead_code)]
    check: Option<String>,
}

fn main() {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    let catalogue: Catalogue = read(&schemas.join("catalogue.json"));
    let register: Register = read(&schemas.join("kommuner.json"));

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let mut out = String::new();
    write_catalogue(&mut out, &catalogue);
    std::fs::write(out_dir.join("catalogue.rs"), out).unwrap();
    let mut out = String::new();
    write_register(&mut out, &register);
    std::fs::write(out_dir.join("kommuner.rs"), out).unwrap();
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn write_catalogue(out: &mut String, c: &Catalogue) {
    let groups: Vec<&str> = c.diagnosis_groups.iter().map(|g| g.id.as_str()).collect();
    writeln!(out, "pub const CATALOGUE_VERSION: &str = {:?};", c.version).unwrap();
    writeln!(out, "pub static DIAGNOSIS_GROUPS: &[DiagnosisGroup] = &[").unwrap();
    for g in &c.diagnosis_groups {
        writeln!(
            out,
            "    DiagnosisGroup {{ id: {:?}, name: {:?} }},",
            g.id, g.name
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    writeln!(out, "pub static TASKS: &[Task] = &[").unwrap();
    for t in &c.tasks {
        assert!(
            t.baseline.last().is_some_and(|r| r.when.is_empty()),
            "catalogue task `{}`: the last baseline rule must have an empty `when`",
            t.id
        );
        writeln!(
            out,
            "Task {{ id: {:?}, name: {:?}, name_en: {:?},",
            t.id, t.name, t.name_en
        )
        .unwrap();
        writeln!(
            out,
            "  paragraph_6_2: &{:?}, basis: &{:?}, sources: &{:?},",
            t.paragraph_6_2, t.basis, t.sources
        )
        .unwrap();
        writeln!(
            out,
            "  statute: Statute {{ owner: {}, hf_must_take_part: {}, hf_must_take_part_during: {}, kommune_must_take_part: {}, both_levels_own_patients: {} }},",
            t.statute.owner.as_deref().map_or("None".into(), |o| format!("Some({})", level(o))),
            t.statute.hf_must_take_part,
            t.statute.hf_must_take_part_during,
            t.statute.kommune_must_take_part,
            t.statute.both_levels_own_patients
        )
        .unwrap();
        writeln!(out, "  baseline: &[").unwrap();
        for r in &t.baseline {
            for d in &r.when.diagnosis {
                assert!(
                    groups.contains(&d.as_str()),
                    "rule `{}`: unknown diagnosis `{d}`",
                    r.id
                );
            }
            write_rule(out, &t.id, r);
        }
        writeln!(out, "  ] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    write_lookup(out, "task_index", c.tasks.iter().map(|t| t.id.as_str()));
    write_lookup(out, "diagnosis_group_index", groups.iter().copied());
}

/// `fn name(id: &str) -> Option<usize>`: the place of `id` among `ids`, as a `match`.
/// The compiler dispatches on the length first and compares the few ids of that length,
/// where a scan compared text with every entry (a byte loop per comparison in wasm, for
/// every step of every pathway).
fn write_lookup<'a>(out: &mut String, name: &str, ids: impl Iterator<Item = &'a str>) {
    writeln!(
        out,
        "pub(crate) fn {name}(id: &str) -> Option<usize> {{\n    match id {{"
    )
    .unwrap();
    for (i, id) in ids.enumerate() {
        writeln!(out, "        {id:?} => Some({i}),").unwrap();
    }
    writeln!(out, "        _ => None,\n    }}\n}}").unwrap();
}

fn write_rule(out: &mut String, task: &str, r: &Rule) {
    writeln!(
        out,
        "    Rule {{ id: {:?}, task: {:?}, when: When {{ phase: &[{}], age: &[{}], diagnosis: &{:?}, kommune: &[] }},",
        r.id,
        task,
        list(&r.when.phase, phase),
        list(&r.when.age, age),
        r.when.diagnosis
    )
    .unwrap();
    writeln!(
        out,
        "      owner: {}, contributors: &[{}], partners: &{:?}, clause: None, sources: &[], note: {:?}, caveat: {:?} }},",
        level(&r.owner),
        list(&r.contributors, level),
        r.partners,
        r.note,
        r.caveat
    )
    .unwrap();
}

/// The kommuner some region serves: a plugin answers only for the kommuner of its
/// region, so the rest of Norway's kommuner (the host's business: telling a kommune
/// outside every region from an unknown one) stays out of every plugin.
fn write_register(out: &mut String, r: &Register) {
    let mut seen = std::collections::BTreeSet::new();
    for k in &r.kommuner {
        assert!(
            seen.insert(&k.number),
            "duplicate kommunenummer {}",
            k.number
        );
        assert!(
            k.number.len() == 4 && k.number.bytes().all(|b| b.is_ascii_digit()),
            "kommunenummer `{}` is not 4 digits",
            k.number
        );
        assert!(
            !k.sources.is_empty(),
            "kommune {} rests on no source",
            k.number
        );
        for p in &k.parallel_names {
            assert!(
                k.name.split(" - ").any(|n| n == p),
                "kommune {}: the parallel name `{p}` is not part of its name `{}`",
                k.number,
                k.name
            );
        }
    }
    let served: Vec<&Kommune> = r
        .kommuner
        .iter()
        .filter(|k| !k.regions.is_empty())
        .collect();
    for k in &served {
        // A ruling names its kommune without a caveat on the number; an unverified
        // number would need one.
        assert!(
            k.check.is_none(),
            "kommune {} is served by a region, but its number is marked [check]: verify it first",
            k.number
        );
    }
    writeln!(
        out,
        "pub const KOMMUNER_VALID_FROM: &str = {:?};",
        r.valid_from
    )
    .unwrap();
    writeln!(out, "pub static KOMMUNER: &[Kommune] = &[").unwrap();
    for k in &served {
        writeln!(
            out,
            "Kommune {{ number: {:?}, name: {:?}, parallel_names: &{:?}, county_note: {:?}, note: {:?},",
            k.number, k.name, k.parallel_names, k.county_note, k.note
        )
        .unwrap();
        write!(out, "  regions: &[").unwrap();
        for m in &k.regions {
            write!(
                out,
                "Membership {{ region: {:?}, settled: {}, note: {:?} }}, ",
                m.region, m.settled, m.note
            )
            .unwrap();
        }
        write!(out, "],\n  former: &[").unwrap();
        for f in &k.former {
            write!(
                out,
                "FormerName {{ number: {:?}, name: {:?}, period: {:?} }}, ",
                f.number, f.name, f.period
            )
            .unwrap();
        }
        writeln!(out, "] }},").unwrap();
    }
    writeln!(out, "];").unwrap();
    // The index of each kommune by its number, for all 10,000 numbers (20 KB): a lookup
    // per pathway is one load, where a binary search compared nine times.
    let mut by_number = vec![u16::MAX; 10_000];
    for (i, k) in served.iter().enumerate() {
        by_number[k.number.parse::<usize>().unwrap()] = u16::try_from(i).unwrap();
    }
    writeln!(out, "static BY_NUMBER: [u16; 10_000] = {by_number:?};").unwrap();
}

impl When {
    fn is_empty(&self) -> bool {
        self.phase.is_empty() && self.age.is_empty() && self.diagnosis.is_empty()
    }
}

fn list(items: &[String], f: fn(&str) -> &'static str) -> String {
    items.iter().map(|s| f(s)).collect::<Vec<_>>().join(", ")
}

fn level(s: &str) -> &'static str {
    match s {
        "hf" => "Level::Hf",
        "kommune" => "Level::Kommune",
        _ => panic!("unknown level `{s}` (expected hf or kommune)"),
    }
}

fn phase(s: &str) -> &'static str {
    match s {
        "before" => "Phase::Before",
        "during" => "Phase::During",
        "after" => "Phase::After",
        _ => panic!("unknown phase `{s}` (expected before, during or after)"),
    }
}

fn age(s: &str) -> &'static str {
    match s {
        "child" => "AgeGroup::Child",
        "adult" => "AgeGroup::Adult",
        "elderly" => "AgeGroup::Elderly",
        _ => panic!("unknown age group `{s}` (expected child, adult or elderly)"),
    }
}
