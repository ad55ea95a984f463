//! Synthetic test data for benchmarks and property tests, reproducible from a seed:
//! variants of the example pathways under `agreements/<region>/pathways/`, spread over
//! the kommuner of each region, with the mistakes drafts have (a step dropped, a step
//! planned by the other level, no owner, a typo in a task id, a handover with no
//! information going with it, minor children not addressed, dates moved).

use std::path::Path;

use serde_json::{Value, json};

use crate::kommune;

/// xorshift64*: small, seedable, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Steps the pathway-level duties look for (discharge, children, plan, coordinator).
const KEY_TASKS: &[&str] = &[
    "utskrivning-lm-informasjon",
    "barn-som-parorende-kartlegging",
    "individuell-plan",
    "koordinator",
];

/// Generates pathways from templates.
pub struct Pathways {
    templates: Vec<Value>,
    /// settled kommunenummer per template's region
    kommuner: Vec<Vec<String>>,
    rng: Rng,
    n: u64,
}

impl Pathways {
    /// Reads the templates: every `agreements/*/pathways/*.json` under `root`.
    pub fn from_repo(root: &Path, seed: u64) -> std::io::Result<Self> {
        let mut templates = Vec::new();
        let mut dirs: Vec<_> = std::fs::read_dir(root.join("agreements"))?
            .filter_map(Result::ok)
            .map(|e| e.path().join("pathways"))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let mut files: Vec<_> = std::fs::read_dir(dir)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            files.sort();
            for f in files {
                let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&f)?)
                    .map_err(std::io::Error::other)?;
                if let Some(o) = v.as_object_mut() {
                    o.remove("$schema");
                }
                templates.push(v);
            }
        }
        Ok(Self::new(templates, seed))
    }

    pub fn new(templates: Vec<Value>, seed: u64) -> Self {
        let register = kommune::register();
        let kommuner = templates
            .iter()
            .map(|t| {
                let region = t["region"].as_str().unwrap_or_default();
                register
                    .kommuner
                    .iter()
                    .filter(|k| k.regions.iter().any(|m| m.region == region && m.settled))
                    .map(|k| k.number.clone())
                    .collect()
            })
            .collect();
        Pathways {
            templates,
            kommuner,
            rng: Rng::new(seed),
            n: 0,
        }
    }

    /// The next pathway, as a JSON value.
    pub fn next_value(&mut self) -> Value {
        let rng = &mut self.rng;
        let t = rng.below(self.templates.len());
        let mut p = self.templates[t].clone();
        self.n += 1;
        p["id"] = json!(format!("{}-{:07}", p["id"].as_str().unwrap_or("p"), self.n));
        if let Some(ks) = self.kommuner.get(t).filter(|k| !k.is_empty()) {
            p["kommune"] = json!(ks[rng.below(ks.len())]);
        }
        let shift = rng.below(300) as i64;
        let steps = p["steps"].as_array_mut().expect("templates have steps");
        // Drop up to three steps that no duty of the pathway as a whole rests on: the
        // plans stay mostly sound, of 3 to 9 steps, about 6 on average.
        for _ in 0..rng.below(4) {
            let optional: Vec<usize> = (0..steps.len())
                .filter(|&i| !KEY_TASKS.contains(&steps[i]["task"].as_str().unwrap_or_default()))
                .collect();
            if steps.len() > 3 && !optional.is_empty() {
                steps.remove(optional[rng.below(optional.len())]);
            }
        }
        for s in steps.iter_mut() {
            if let Some(d) = s["date"].as_str() {
                s["date"] = json!(shift_date(d, shift));
            }
            if rng.chance(2) {
                let other = if s["planned_owner"] == "hf" {
                    "kommune"
                } else {
                    "hf"
                };
                s["planned_owner"] = json!(other);
            }
            if rng.chance(1) {
                s.as_object_mut().map(|o| o.remove("planned_owner"));
            }
            if rng.chance(1) {
                let task = s["task"].as_str().unwrap_or_default().replacen('e', "", 1);
                s["task"] = json!(task);
            }
            if s["handover"].is_object() && rng.chance(3) {
                s["handover"]["information"] = json!(false);
            }
        }
        if rng.chance(3) {
            let children = p["patient"]["minor_children"].as_bool().unwrap_or(false);
            p["patient"]["minor_children"] = json!(!children);
        }
        p
    }

    /// The next pathway as one line of JSON Lines (newline included).
    pub fn next_line(&mut self) -> String {
        let mut s = serde_json::to_string(&self.next_value()).expect("values serialize");
        s.push('\n');
        s
    }
}

/// `date` (YYYY-MM-DD) moved by `days` within a 360-day calendar of 30-day months: the
/// order of a pathway's dates is kept, and every date stays valid.
fn shift_date(date: &str, days: i64) -> String {
    let n =
        |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<i64>().ok()).unwrap_or(1);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10).min(28));
    let total = (y * 12 + (m - 1)) * 28 + (d - 1) + days;
    let (y, rest) = (total / (12 * 28), total % (12 * 28));
    format!("{y:04}-{:02}-{:02}", rest / 28 + 1, rest % 28 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_dates_keep_their_order_and_are_valid() {
        let a = shift_date("2026-02-28", 200);
        let b = shift_date("2026-03-01", 200);
        assert!(a < b, "{a} {b}");
        assert!(crate::pathway::document::date_valid(&a));
        assert_eq!(shift_date("2026-01-01", 0), "2026-01-01");
    }

    #[test]
    fn the_mistakes_drafts_have_come_now_and_then() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut g = Pathways::from_repo(root, 42).unwrap();
        let (mut no_owner, mut silent_handover, mut handovers) = (0, 0, 0);
        for _ in 0..2000 {
            let p = g.next_value();
            for s in p["steps"].as_array().unwrap() {
                no_owner += usize::from(s.get("planned_owner").is_none());
                if let Some(h) = s.get("handover") {
                    handovers += 1;
                    silent_handover += usize::from(h["information"] == json!(false));
                }
            }
        }
        // About 1 % of steps lose their owner and 3 % of handovers their information.
        assert!((50..250).contains(&no_owner), "{no_owner}");
        assert!(handovers > 1000, "{handovers}");
        assert!(
            (handovers / 100..handovers / 15).contains(&silent_handover),
            "{silent_handover} of {handovers}"
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_pathways() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut a = Pathways::from_repo(root, 7).unwrap();
        let mut b = Pathways::from_repo(root, 7).unwrap();
        for _ in 0..50 {
            assert_eq!(a.next_line(), b.next_line());
        }
        let mut c = Pathways::from_repo(root, 8).unwrap();
        assert_ne!(a.next_line(), c.next_line());
    }
}
