//! The rulings a plugin gave in pathway batches, kept by their keys for as long as the
//! plugin is loaded (plugin API 0.5.0). A batch lists the keys the host holds, and the
//! plugin answers those by key alone: a ruling is built in the plugin and copied out of
//! it once per run instead of once per batch.
//!
//! Nothing is ever replaced or removed, so a key the host lists stays answerable for the
//! whole run; past [`MAX_KEPT`] rulings, new ones are used for their batch only.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use super::Ruling;

/// The rulings one plugin may leave with the host. A region's rulings number in the
/// hundreds (tasks × rules × unsettled kommuner); the cap is against a plugin that
/// hands out a new key every time.
pub const MAX_KEPT: usize = 4096;

/// The bytes the kept rulings of one plugin may hold (by [`super::ruling_bytes`]): a
/// real region's are well under a megabyte; each ruling may be up to 256 KiB.
pub const MAX_KEPT_BYTES: usize = 16 << 20;

/// The key of a ruling not to be kept (it always comes in full).
pub const NOT_KEPT: u64 = u64::MAX;

#[derive(Default)]
pub struct Kept(RwLock<Inner>);

#[derive(Default)]
struct Inner {
    /// ascending, as the batch sends them
    keys: Vec<u64>,
    by_key: HashMap<u64, Arc<Ruling>>,
    bytes: usize,
}

impl Kept {
    /// The keys held now, ascending.
    pub fn keys(&self) -> Vec<u64> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .keys
            .clone()
    }

    pub fn get(&self, key: u64) -> Option<Arc<Ruling>> {
        let inner = self.0.read().unwrap_or_else(PoisonError::into_inner);
        inner.by_key.get(&key).cloned()
    }

    /// Keeps `ruling` under `key`, unless the key is held already, is [`NOT_KEPT`], or
    /// the cap on their number or their bytes would be passed.
    pub fn keep(&self, key: u64, ruling: &Arc<Ruling>) {
        if key == NOT_KEPT {
            return;
        }
        let mut inner = self.0.write().unwrap_or_else(PoisonError::into_inner);
        let bytes = super::ruling_bytes(ruling);
        if inner.by_key.len() >= MAX_KEPT
            || inner.bytes + bytes > MAX_KEPT_BYTES
            || inner.by_key.contains_key(&key)
        {
            return;
        }
        inner.bytes += bytes;
        inner.by_key.insert(key, ruling.clone());
        let at = inner.keys.partition_point(|&k| k < key);
        inner.keys.insert(at, key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plugin::{Level, RuleSource};

    fn ruling(task: &str) -> Arc<Ruling> {
        Arc::new(Ruling {
            task: task.into(),
            owner: Level::Hf,
            shared: false,
            contributors: vec![],
            partners: vec![],
            paragraph_6_2: vec![],
            clause: "TA 2".into(),
            basis: vec!["hol. § 6-2".into()],
            sources: vec![],
            own_patients: false,
            rule: format!("{task}/standard"),
            source: RuleSource::Baseline,
            note: String::new(),
            caveats: vec![],
            trace: vec![],
        })
    }

    #[test]
    fn keys_stay_sorted_and_the_first_ruling_of_a_key_stays() {
        let kept = Kept::default();
        kept.keep(9, &ruling("a"));
        kept.keep(3, &ruling("b"));
        kept.keep(9, &ruling("c"));
        kept.keep(NOT_KEPT, &ruling("d"));
        assert_eq!(kept.keys(), [3, 9]);
        assert_eq!(kept.get(9).unwrap().task, "a");
        assert!(kept.get(NOT_KEPT).is_none());
    }

    #[test]
    fn not_kept_is_the_sdks() {
        assert_eq!(NOT_KEPT, ansvar_sdk::model::RULING_NOT_KEPT);
    }

    #[test]
    fn the_cap_holds() {
        let kept = Kept::default();
        let r = ruling("a");
        for key in 0..MAX_KEPT as u64 + 10 {
            kept.keep(key, &r);
        }
        assert_eq!(kept.keys().len(), MAX_KEPT);
        assert!(kept.get(MAX_KEPT as u64).is_none());
    }

    /// Large rulings reach the byte budget long before the count: 200 KiB each, so at
    /// most 16 MiB / 200 KiB of them are kept, not 4,096 (800 MiB).
    #[test]
    fn the_byte_budget_holds() {
        let kept = Kept::default();
        let mut big = (*ruling("a")).clone();
        big.note = "x".repeat(200 << 10);
        let big = Arc::new(big);
        for key in 0..200 {
            kept.keep(key, &big);
        }
        let n = kept.keys().len();
        assert_eq!(n, MAX_KEPT_BYTES / super::super::ruling_bytes(&big));
        assert!(n < 100, "{n}");
    }
}
