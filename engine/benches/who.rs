//! `who` through the WebAssembly plugin vs the same rules called natively.
//!
//! Run: `cargo bench -p ansvar --bench who`. Both sides answer the same queries (every
//! catalogue task, a kommune, a phase); the wasm side pays a fresh instance per call,
//! as the CLI does, plus the canonical-ABI copy of the query and the ruling.

use std::hint::black_box;

use ansvar::plugin::{Phase, Query};
use ansvar::{Host, Limits, Plugin};
use ansvar_sdk::region::Exports as _;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn tasks() -> Vec<&'static str> {
    ansvar_sdk::catalogue::TASKS.iter().map(|t| t.id).collect()
}

/// One `who` call through the plugin for every task, as the CLI makes them.
fn wasm_calls(host: &Host, plugin: &Plugin, tasks: &[&str]) {
    for t in tasks {
        let q = Query {
            task: t.to_string(),
            kommune: Some("4601".into()),
            diagnosis: None,
            age: None,
            phase: Some(Phase::After),
        };
        black_box(host.who(plugin, &q).unwrap().unwrap());
    }
}

fn bench(c: &mut Criterion) {
    let tasks = tasks();
    let dir = tempfile::tempdir().unwrap();
    let host = Host::new(Limits::default(), Some(dir.path().to_path_buf())).unwrap();
    let plugin = host.load_embedded("helse-bergen").unwrap().unwrap();

    let mut g = c.benchmark_group("who");
    g.throughput(Throughput::Elements(tasks.len() as u64));
    g.bench_function("wasm", |b| b.iter(|| wasm_calls(&host, &plugin, &tasks)));
    g.bench_function("native", |b| {
        b.iter(|| {
            for t in &tasks {
                let q = ansvar_sdk::model::Query::task(*t)
                    .kommune("4601")
                    .phase(ansvar_sdk::model::Phase::After);
                black_box(helse_bergen::HelseBergen.who(&q).unwrap());
            }
        })
    });
    g.finish();

    // What the sandbox limits cost: the same wasm calls with and without the epoch
    // deadline, the memory cap and their instrumentation in the compiled code.
    let unlimited = Host::new(
        Limits {
            enforce: false,
            ..Limits::default()
        },
        Some(dir.path().join("u")),
    )
    .unwrap();
    let free = unlimited.load_embedded("helse-bergen").unwrap().unwrap();
    let mut g = c.benchmark_group("limits");
    g.throughput(Throughput::Elements(tasks.len() as u64));
    for (name, host, plugin) in [("enforced", &host, &plugin), ("none", &unlimited, &free)] {
        g.bench_function(name, |b| b.iter(|| wasm_calls(host, plugin, &tasks)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
