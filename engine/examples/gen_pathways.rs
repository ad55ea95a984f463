//! Generates synthetic pathways as JSON Lines for benchmarks: variants of the example
//! pathways under `agreements/<region>/pathways/` (see `ansvar::synth`), reproducible
//! from a seed.
//!
//! `cargo run --release --example gen_pathways -- OUT.jsonl [COUNT] [SEED]`

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = std::path::PathBuf::from(
        args.next()
            .expect("usage: gen_pathways OUT.jsonl [COUNT] [SEED]"),
    );
    let count: u64 = args
        .next()
        .map_or(100_000, |s| s.parse().expect("COUNT is a number"));
    let seed: u64 = args
        .next()
        .map_or(42, |s| s.parse().expect("SEED is a number"));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    let mut generator = ansvar::synth::Pathways::from_repo(root, seed).expect("example pathways");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out).expect("create OUT"));
    let mut steps = 0usize;
    for _ in 0..count {
        let line = generator.next_line();
        steps += line.matches("\"task\"").count();
        w.write_all(line.as_bytes()).unwrap();
    }
    w.flush().unwrap();
    eprintln!(
        "wrote {count} pathways ({:.2} steps on average) to {}",
        steps as f64 / count.max(1) as f64,
        out.display()
    );
}
