//! A hostile region plugin for the sandbox tests: `who` misbehaves in the way its task
//! id names, so one build covers the whole zoo. Built by `tests/cli/zoo.rs`, never
//! embedded in `ansvar`.

use std::hint::black_box;

use ansvar_sdk::prelude::*;

pub struct Zoo;

pub static SPEC: RegionSpec = RegionSpec {
    id: "zoo",
    name: "Dyrehagen",
    rhf: "ingen",
    hf_parties: &["Zoo HF"],
    agreements: &[],
    local_ta: &[],
    local_ta_caveat: None,
    requires_user_representation: false,
    rules: &[],
};

/// The zoo implements the plugin's exports itself, not [`Region`], so that it can break
/// the contract on purpose.
impl Exports for Zoo {
    /// Claims Bergen, so that pathways reach `check_pathways`.
    fn describe(&self) -> RegionInfo {
        let mut info = SPEC.info();
        info.kommuner = vec!["4601".into()];
        info
    }

    /// Misbehaves by the diagnosis group of the first pathway: `kols` loops, `kreft`
    /// panics, `demens` answers about another task, `rus` answers too few pathways,
    /// `hjerneslag` names a ruling by a key the host never listed, `diabetes-type2`
    /// answers every step `unknown-task` with a ruling index past the end (the host
    /// once indexed with it and panicked).
    fn check_pathways(&self, batch: &[Pathway<'_>], _known: &[u64]) -> PathwayAnswer {
        let mut answer = PathwayAnswer::default();
        match batch.first().and_then(|p| p.diagnosis) {
            Some("kols") => loop {
                black_box(&batch);
            },
            Some("kreft") => panic!("the zoo plugin panics in check-pathways"),
            Some("diabetes-type2") => {
                for p in batch {
                    answer.reports.push(PathwayReport {
                        steps: p
                            .steps
                            .iter()
                            .map(|_| StepVerdict {
                                verdict: Verdict::UnknownTask,
                                ruling: Some(99),
                            })
                            .collect(),
                        ..PathwayReport::default()
                    });
                }
            }
            Some(d @ ("demens" | "hjerneslag")) => {
                let task = if d == "demens" {
                    "hospitering"
                } else {
                    "kols-opplaering"
                };
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task(task))
                    .expect("a catalogue task");
                r.trace.clear();
                answer.ruling_keys.push(7);
                answer.rulings.push((d == "demens").then_some(r));
                for p in batch {
                    answer.reports.push(PathwayReport {
                        steps: p
                            .steps
                            .iter()
                            .map(|_| StepVerdict {
                                verdict: Verdict::Ok,
                                ruling: Some(0),
                            })
                            .collect(),
                        ..PathwayReport::default()
                    });
                }
            }
            _ => {}
        }
        answer
    }

    fn check_agreement(&self, agreement: &Agreement) -> Vec<Finding> {
        ansvar_sdk::agreement::check(&SPEC, agreement)
    }

    fn who(&self, q: &Query) -> Result<Ruling, QueryError> {
        match q.task.as_str() {
            "loop" => loop {
                black_box(&q);
            },
            "oom" => {
                let mut hoard: Vec<Vec<u8>> = Vec::new();
                loop {
                    hoard.push(vec![1u8; 1 << 20]);
                    black_box(&hoard);
                }
            }
            "panic" => panic!("the zoo plugin panics on purpose"),
            "log-flood" => {
                for i in 0..100_000u32 {
                    log(&format!("line {i}"));
                }
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task("lm-nettverk"))?;
                r.task = q.task.clone();
                Ok(r)
            }
            "log-escape" => {
                log("\x1b]0;owned\x07\x1b[2Jcleared");
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task("lm-nettverk"))?;
                r.task = q.task.clone();
                r.note = "\x1b[31mred\x1b[0m".into();
                Ok(r)
            }
            "recurse" => Err(QueryError::InvalidQuery(format!(
                "{:?}",
                depth(black_box(u64::MAX))
            ))),
            "read-file" => {
                let text = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
                Err(QueryError::InvalidQuery(format!(
                    "read {} bytes",
                    text.len()
                )))
            }
            "env" => Err(QueryError::InvalidQuery(
                std::env::var("HOME").unwrap_or_default(),
            )),
            "clock" => Err(QueryError::InvalidQuery(format!(
                "{:?}",
                std::time::SystemTime::now()
            ))),
            "network" => Err(QueryError::InvalidQuery(format!(
                "{:?}",
                std::net::TcpStream::connect("127.0.0.1:80").is_ok()
            ))),
            "giant" => {
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task("lm-nettverk"))?;
                r.task = q.task.clone();
                r.note = "x".repeat(8 << 20);
                r.partners = vec![String::from("p"); 100_000];
                Ok(r)
            }
            "wrong-task" => {
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task("lm-nettverk"))?;
                r.task = "hospitering".into();
                Ok(r)
            }
            "owner-in-contributors" => {
                let mut r = ansvar_sdk::rules::evaluate(&SPEC, &Query::task("lm-nettverk"))?;
                r.contributors.push(r.owner);
                r.task = q.task.clone();
                Ok(r)
            }
            _ => ansvar_sdk::rules::evaluate(&SPEC, q),
        }
    }
}

/// A warning line in the host's log.
fn log(message: &str) {
    #[cfg(target_arch = "wasm32")]
    ansvar_sdk::wit::ansvar::region::host::log(
        ansvar_sdk::wit::ansvar::region::host::LogLevel::Warn,
        message,
    );
    #[cfg(not(target_arch = "wasm32"))]
    black_box(message);
}

/// Recursion the optimiser cannot turn into a loop.
fn depth(n: u64) -> Option<u64> {
    let frame = black_box([n; 16]);
    if n == 0 {
        None
    } else {
        depth(black_box(n - 1)).map(|x| x + frame[3])
    }
}

ansvar_sdk::export_region!(Zoo);
