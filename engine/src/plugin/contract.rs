//! The plugin contract: what the host holds every answer to before it uses it (the
//! ruling's task, its size, the indices a pathway batch answer gives, the rulings kept by
//! key).

use super::*;

/// Holds `answer` to the contract and returns its rulings (taken out of it), those named
/// by key alone from `kept`. The rulings it gave in full are kept only when the whole
/// answer keeps the contract.
pub(super) fn settle(
    batch: &PathwayBatch,
    answer: &mut PathwayAnswer,
    kept: &rulings::Kept,
) -> Result<Vec<Arc<Ruling>>, String> {
    let given: Vec<bool> = answer.rulings.iter().map(Option::is_some).collect();
    let rulings = take_rulings(batch, answer, kept)?;
    check_pathway_answer(batch, answer, &rulings)?;
    for ((&key, ruling), given) in answer.ruling_keys.iter().zip(&rulings).zip(given) {
        if given {
            kept.keep(key, ruling);
        }
    }
    Ok(rulings)
}

/// The answer's rulings: each one given in full checked, each one named by key taken
/// from `kept`.
pub(super) fn take_rulings(
    batch: &PathwayBatch,
    answer: &mut PathwayAnswer,
    kept: &rulings::Kept,
) -> Result<Vec<Arc<Ruling>>, String> {
    if answer.rulings.len() != answer.ruling_keys.len() {
        return Err(crate::t!(
            "host-contract-key-count",
            keys = answer.ruling_keys.len(),
            rulings = answer.rulings.len()
        ));
    }
    let given = std::mem::take(&mut answer.rulings);
    answer
        .ruling_keys
        .iter()
        .zip(given)
        .map(|(&key, ruling)| match ruling {
            Some(r) => {
                check_ruling(&r.task, &r)?;
                Ok(Arc::new(r))
            }
            None if key != rulings::NOT_KEPT && batch.known_rulings.binary_search(&key).is_ok() => {
                kept.get(key)
                    .ok_or_else(|| crate::t!("host-contract-key-not-held", key = key.to_string()))
            }
            None => Err(crate::t!(
                "host-contract-key-unlisted",
                key = key.to_string()
            )),
        })
        .collect()
}

pub(super) fn check_pathway_answer(
    batch: &PathwayBatch,
    answer: &PathwayAnswer,
    rulings: &[Arc<Ruling>],
) -> Result<(), String> {
    let n = batch.pathway_count();
    let mut failed = vec![false; n];
    for e in &answer.errors {
        match failed.get_mut(e.pathway as usize) {
            Some(f) if !*f => *f = true,
            Some(_) => {
                return Err(crate::t!("host-contract-two-errors", pathway = e.pathway));
            }
            None => {
                return Err(crate::t!(
                    "host-contract-error-pathway",
                    pathway = e.pathway,
                    count = n
                ));
            }
        }
    }
    for f in &answer.findings {
        if f.pathway as usize >= n {
            return Err(crate::t!(
                "host-contract-finding-pathway",
                pathway = f.pathway,
                count = n
            ));
        }
        let f = &f.finding;
        if !(f.pointer.is_empty() || f.pointer.starts_with('/')) || f.code.is_empty() {
            return Err(crate::t!(
                "host-contract-finding-pointer",
                code = &f.code,
                pointer = &f.pointer
            ));
        }
    }
    let counts = &batch.pathways.step_count;
    let expected: usize = counts
        .iter()
        .zip(&failed)
        .filter(|(_, f)| !**f)
        .map(|(c, _)| *c as usize)
        .sum();
    let given = answer.verdicts.len();
    if given != expected || answer.verdict_rulings.len() != expected {
        return Err(crate::t!(
            "host-contract-verdict-count",
            expected = expected,
            given = given,
            rulings = answer.verdict_rulings.len()
        ));
    }
    let (mut v, mut step) = (0, 0);
    for (i, (count, failed)) in counts.iter().zip(&failed).enumerate() {
        let first = step;
        step += *count as usize;
        if *failed {
            continue;
        }
        for j in first..step {
            let verdict = answer
                .verdict(v)
                .map_err(|e| crate::t!("host-contract-in-pathway", pathway = i, detail = e))?;
            v += 1;
            // Every index is checked, whatever the verdict: the host indexes with it.
            if let Some(k) = verdict.ruling
                && k as usize >= rulings.len()
            {
                return Err(crate::t!(
                    "host-contract-no-ruling",
                    pathway = i,
                    ruling = k
                ));
            }
            match (verdict.verdict, verdict.ruling) {
                (Verdict::UnknownTask, _) => {}
                (_, None) => {
                    return Err(crate::t!(
                        "host-contract-verdict-without-ruling",
                        pathway = i
                    ));
                }
                (_, Some(k)) => {
                    let ruling = &rulings[k as usize];
                    let task = batch.steps.task.get(j).map_or("", |&t| batch.text(t));
                    if ruling.task != task {
                        return Err(crate::t!(
                            "host-contract-pathway-other-task",
                            pathway = i,
                            asked = task,
                            answered = &ruling.task
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// What the host can check of any ruling without knowing the law.
pub(super) fn check_ruling(task: &str, r: &Ruling) -> Result<(), String> {
    if r.task != task {
        return Err(crate::t!(
            "host-contract-other-task",
            asked = task,
            answered = &r.task
        ));
    }
    if r.contributors.contains(&r.owner) {
        return Err(crate::t!("host-contract-owner-contributes", rule = &r.rule));
    }
    if r.shared == r.contributors.is_empty() {
        return Err(crate::t!(
            "host-contract-shared-mismatch",
            rule = &r.rule,
            shared = r.shared.to_string(),
            contributors = r.contributors.len()
        ));
    }
    let size = ruling_bytes(r);
    if size > MAX_RULING_BYTES {
        return Err(crate::t!(
            "host-contract-ruling-too-large",
            size = size,
            limit = MAX_RULING_BYTES
        ));
    }
    if r.rule.is_empty() || r.basis.is_empty() {
        return Err(crate::t!("host-contract-no-rule-or-basis"));
    }
    Ok(())
}

/// What a ruling holds, in bytes: every text, every item of every list (§ 6-2 items,
/// contributors, partners, legal basis, caveats, trace), and the record itself.
pub fn ruling_bytes(r: &Ruling) -> usize {
    let texts = |v: &[String]| {
        v.iter()
            .map(|s| s.len() + size_of::<String>())
            .sum::<usize>()
    };
    size_of::<Ruling>()
        + [&r.task, &r.clause, &r.rule, &r.note]
            .iter()
            .map(|s| s.len())
            .sum::<usize>()
        + texts(&r.partners)
        + texts(&r.basis)
        + texts(&r.sources)
        + texts(&r.caveats)
        + texts(&r.trace)
        + size_of_val(&r.paragraph_6_2[..])
        + r.contributors.len() * size_of::<Level>()
}
