//! What a region plugin is: a [`RegionSpec`] of data and, rarely, code of its own.

use crate::catalogue::{self, DIAGNOSIS_GROUPS, TASKS};
use crate::kommuner;
use crate::model::{
    Agreement, AgreementRef, Finding, Pathway, PathwayAnswer, Query, QueryError, RegionInfo,
    Ruling, TaskInfo,
};
use crate::rules::{self, Rule};

/// A region: its parties, the agreements it encodes and its rules.
#[derive(Debug)]
pub struct RegionSpec {
    /// stable id, kebab-case (`helse-bergen`)
    pub id: &'static str,
    pub name: &'static str,
    pub rhf: &'static str,
    pub hf_parties: &'static [&'static str],
    pub agreements: &'static [AgreementSpec],
    /// the local agreement for each item of hol. § 6-2 (`(2, "TA 2")`); items without
    /// an entry are cited as the paragraph itself
    pub local_ta: &'static [(u8, &'static str)],
    /// caveat added to rulings whose clause comes from `local_ta`, if that map is unverified
    pub local_ta_caveat: Option<&'static str>,
    /// whether the region's LM agreements must state user representation
    pub requires_user_representation: bool,
    /// regional rules, tried in order before the national baseline
    pub rules: &'static [Rule],
}

#[derive(Debug)]
pub struct AgreementSpec {
    pub id: &'static str,
    pub title: &'static str,
    pub version: &'static str,
    pub adopted: Option<&'static str>,
    pub effective_from: Option<&'static str>,
    pub effective_to: Option<&'static str>,
}

impl RegionSpec {
    /// The local clause for a task filed under `items` of hol. § 6-2.
    pub fn local_clause(&self, items: &[u8]) -> String {
        items
            .iter()
            .map(|item| match self.local_ta.iter().find(|(i, _)| i == item) {
                Some((_, ta)) => format!("{ta} (hol. § 6-2 nr. {item})"),
                None => format!("hol. § 6-2 nr. {item}"),
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// kommunenummer of every kommune the register gives the region, those whose
    /// membership the sources do not settle included (their rulings carry a caveat).
    pub fn kommuner(&self) -> Vec<String> {
        kommuner::of_region(self.id)
            .map(|(k, _)| k.number.to_string())
            .collect()
    }

    pub fn info(&self) -> RegionInfo {
        RegionInfo {
            id: self.id.into(),
            name: self.name.into(),
            rhf: self.rhf.into(),
            hf_parties: self.hf_parties.iter().map(|s| s.to_string()).collect(),
            agreements: self
                .agreements
                .iter()
                .map(|a| AgreementRef {
                    id: a.id.into(),
                    title: a.title.into(),
                    version: a.version.into(),
                    adopted: a.adopted.map(Into::into),
                    effective_from: a.effective_from.map(Into::into),
                    effective_to: a.effective_to.map(Into::into),
                })
                .collect(),
            kommuner: self.kommuner(),
            tasks: TASKS
                .iter()
                .map(|t| TaskInfo {
                    id: t.id.into(),
                    name: t.name.into(),
                })
                .collect(),
            diagnosis_groups: DIAGNOSIS_GROUPS.iter().map(|g| g.id.to_string()).collect(),
            catalogue_version: catalogue::CATALOGUE_VERSION.into(),
            sdk_version: crate::SDK_VERSION.into(),
        }
    }
}

/// A region plugin: a region described as data. A region provides only its
/// [`RegionSpec`]; everything the plugin answers (`describe`, `who`, the agreement and the
/// pathway checks) derives from it through [`Exports`], so that `who` and a pathway check
/// cannot disagree.
pub trait Region: Sync {
    fn spec(&self) -> &'static RegionSpec;
}

/// What a plugin exports. Every [`Region`] has it, derived from its spec, and a region
/// cannot override any of it. Implement it directly only for a plugin that must break the
/// plugin contract on purpose (the hostile test plugin in `tests/zoo`).
pub trait Exports: Sync {
    fn describe(&self) -> RegionInfo;
    fn who(&self, query: &Query) -> Result<Ruling, QueryError>;
    fn check_agreement(&self, agreement: &Agreement) -> Vec<Finding>;
    /// Checks a batch; `known` lists (ascending) the keys of the rulings the caller
    /// already holds, which the answer then gives by key alone.
    fn check_pathways(&self, batch: &[Pathway<'_>], known: &[u64]) -> PathwayAnswer;
}

impl<R: Region + ?Sized> Exports for R {
    fn describe(&self) -> RegionInfo {
        self.spec().info()
    }

    fn who(&self, query: &Query) -> Result<Ruling, QueryError> {
        rules::evaluate(self.spec(), query)
    }

    fn check_agreement(&self, agreement: &Agreement) -> Vec<Finding> {
        crate::agreement::check(self.spec(), agreement)
    }

    fn check_pathways(&self, batch: &[Pathway<'_>], known: &[u64]) -> PathwayAnswer {
        crate::pathway::check(self.spec(), batch, known)
    }
}
