//! Pathway checks: the batch call through the WebAssembly plugin vs the same rules called
//! natively, and the stages of `ansvar pathway check` end to end.
//!
//! Run: `cargo bench -p ansvar --bench pathways`. The input is synthetic pathways from
//! `ansvar::synth` (seed 42, about 6 steps each) over the example pathways: for the batch
//! call, 512 of one region (helse-bergen), as a run sends them; for the stages, 4,096 of
//! all six regions, with every embedded plugin loaded.

use std::hint::black_box;
use std::io::Write;

use ansvar::pathway::document::{Doc, Source};
use ansvar::pathway::run::{self, RunOptions, Style};
use ansvar::pathway::{self, Options, Region, Regions};
use ansvar::plugin::{self, AgeGroup, Level, Phase};
use ansvar::{Host, Limits};
use ansvar_sdk::model as sdk;
use ansvar_sdk::region::Exports as _;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// As in the `ansvar` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const COUNT: usize = 4096;
const BATCH: usize = 512;

fn level(l: Level) -> sdk::Level {
    match l {
        Level::Hf => sdk::Level::Hf,
        Level::Kommune => sdk::Level::Kommune,
    }
}

/// The host's batch as the SDK's pathways, for calling the rules natively (what the
/// SDK's component glue does inside the plugin).
fn native(b: &plugin::PathwayBatch) -> Vec<sdk::Pathway<'_>> {
    let mut next = 0;
    (0..b.pathway_count())
        .map(|i| {
            let p = b.pathway(i);
            let steps = next..next + p.step_count as usize;
            next = steps.end;
            sdk::Pathway {
                kommune: p.kommune.map(|k| b.text(k)),
                diagnosis: p.diagnosis.map(|d| b.text(d)),
                age: p.age.map(|a| match a {
                    AgeGroup::Child => sdk::AgeGroup::Child,
                    AgeGroup::Adult => sdk::AgeGroup::Adult,
                    AgeGroup::Elderly => sdk::AgeGroup::Elderly,
                }),
                minor_children: p.minor_children,
                long_term_needs: p.long_term_needs,
                expecting_child: p.expecting_child,
                steps: steps
                    .map(|j| {
                        let s = b.step(j);
                        sdk::Step {
                            id: b.text(s.id),
                            task: b.text(s.task),
                            planned: s.planned.map(level),
                            phase: s.phase.map(|p| match p {
                                Phase::Before => sdk::Phase::Before,
                                Phase::During => sdk::Phase::During,
                                Phase::After => sdk::Phase::After,
                            }),
                            date: s.date,
                            handover: s.handover.map(|h| sdk::Handover {
                                to: level(h.to),
                                information: h.information,
                            }),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    ansvar::tune_mimalloc();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let mut generator = ansvar::synth::Pathways::from_repo(root, 42).unwrap();
    let lines: Vec<String> = (0..COUNT).map(|_| generator.next_line()).collect();
    // The batch the run sends to one region: that region's pathways only (the others
    // would stop at "kommune not in region" and measure the error path).
    let ours: Vec<String> = (0..)
        .map(|_| generator.next_line())
        .filter(|l| l.contains(r#""region":"helse-bergen""#))
        .take(BATCH)
        .collect();
    let ours: Vec<Doc<'_>> = ours
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(ours.iter().all(|d| d.region == "helse-bergen"));
    let mut batch = pathway::batch(ours.iter().map(|d| (d, &*d.kommune)));

    let dir = tempfile::tempdir().unwrap();
    let host = Host::new(Limits::default(), Some(dir.path().to_path_buf())).unwrap();
    let plugin = host.load_embedded("helse-bergen").unwrap().unwrap();

    // Both sides run warm, as in a run after its first batch per region: the caller
    // holds the batch's rulings, which then come by key alone.
    let mut g = c.benchmark_group("pathway-batch");
    g.throughput(Throughput::Elements(BATCH as u64));
    g.bench_function("wasm", |b| {
        b.iter(|| black_box(host.check_pathways(&plugin, &mut batch).unwrap()))
    });
    // The same without the limits (no epoch checks compiled in, no memory cap): what
    // the sandbox's guarantees cost.
    let free = Host::new(
        Limits {
            enforce: false,
            ..Limits::default()
        },
        None,
    )
    .unwrap();
    let free_plugin = free.load_embedded("helse-bergen").unwrap().unwrap();
    g.bench_function("wasm-no-limits", |b| {
        b.iter(|| black_box(free.check_pathways(&free_plugin, &mut batch).unwrap()))
    });
    // The native side converts the batch too, as the plugin's glue does.
    let region = helse_bergen::HelseBergen;
    let mut known = region.check_pathways(&native(&batch), &[]).ruling_keys;
    known.sort_unstable();
    let warm = region.check_pathways(&native(&batch), &known);
    assert!(warm.rulings.iter().all(Option::is_none), "{known:?}");
    g.bench_function("native", |b| {
        b.iter(|| black_box(region.check_pathways(&native(&batch), &known)))
    });
    g.finish();

    // Every embedded region, as a run loads them: the synthetic pathways are spread over
    // all six, and a region not loaded would stop its pathways before any plugin call.
    let regions = Regions {
        loaded: plugin::embedded::EMBEDDED
            .iter()
            .map(|e| {
                let plugin = host.load_embedded(e.id).unwrap().unwrap();
                let info = host.describe(&plugin).unwrap();
                Region { plugin, info }
            })
            .collect(),
        failed: Vec::new(),
    };
    let sources: Vec<Source<'_>> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| Source {
            text: l.trim_end(),
            first_line: i + 1,
            offset: 0,
        })
        .collect();
    let input = dir.path().join("pathways.jsonl");
    let mut f = std::fs::File::create(&input).unwrap();
    for l in &lines {
        f.write_all(l.as_bytes()).unwrap();
    }
    drop(f);

    let mut g = c.benchmark_group("pathway-stages");
    g.throughput(Throughput::Elements(COUNT as u64));
    g.sample_size(20);
    g.bench_function("parse", |b| {
        b.iter(|| {
            for l in &lines {
                let d: Doc<'_> = serde_json::from_str(l).unwrap();
                assert!(d.conforms());
                black_box(d.to_pathway(None, None));
            }
        })
    });
    g.bench_function("check", |b| {
        b.iter(|| {
            black_box(pathway::check(
                &host,
                &regions,
                &sources,
                Options::default(),
            ))
        })
    });
    for jobs in [1, 2] {
        let opts = RunOptions {
            style: Style::Jsonl,
            jobs,
            ..RunOptions::default()
        };
        g.bench_function(format!("end-to-end-jsonl-{jobs}-jobs"), |b| {
            b.iter(|| {
                let mut sink = std::io::sink();
                black_box(
                    run::run(
                        &host,
                        &regions,
                        std::slice::from_ref(&input),
                        &opts,
                        &mut sink,
                    )
                    .unwrap(),
                )
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
