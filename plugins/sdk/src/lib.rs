//! The guest SDK for ansvar region plugins.
//!
//! A region plugin is a crate that describes its region as data ([`RegionSpec`]: parties,
//! agreements, kommuner, rules) on top of the national baseline carried here, and
//! declares itself with [`region!`]. The SDK hides the WebAssembly component
//! glue (wit-bindgen) entirely, so the same crate compiles natively for ordinary unit
//! tests and to `wasm32-wasip2` for the host.
//!
//! ```ignore
//! use ansvar_sdk::prelude::*;
//! ansvar_sdk::region!(MyRegion = SPEC);
//! ```

pub mod agreement;
pub mod catalogue;
pub mod kommuner;
pub mod model;
pub mod pathway;
mod plan;
pub mod region;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod testing;

#[cfg(target_arch = "wasm32")]
mod arena;
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wit;

/// Every plugin allocates from the arena: an instance lives for one call.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: arena::Arena = arena::Arena;

/// The WIT package version this SDK implements; stamped into every plugin so the host
/// can refuse an incompatible one before compiling it.
pub const API_VERSION: &str = "0.7.0";

/// The SDK's own version, reported by `describe`.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod prelude {
    //! Everything a region crate usually needs.
    pub use crate::model::{
        AgeGroup, Agreement, AgreementStatus, Clause, Finding, Handover, Level, Pathway,
        PathwayAnswer, PathwayReport, Phase, Query, QueryError, RegionInfo, RuleSource, Ruling,
        Severity, SharedMeasure, Step, StepVerdict, Text, Verdict,
    };
    pub use crate::region::{AgreementSpec, Exports, Region, RegionSpec};
    pub use crate::rules::{Rule, When};
}

/// A message of the host's catalogue with named arguments, as a finding's [`Text`]:
/// `msg!("plugin-unknown-ta", region = spec.id, ta = ta)`. The host renders it in the
/// user's language; the catalogue tests find every use by this shape, so the id is
/// always a literal.
///
/// [`Text`]: model::Text
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::model::Text::Message($crate::model::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::model::Arg::from($value))),*],
        })
    };
}

/// Declares a region: a unit struct `$name` whose rules are the [`RegionSpec`] `$spec`,
/// exported as the plugin's component exports.
///
/// ```ignore
/// ansvar_sdk::region!(HelseBergen = SPEC);
/// ```
#[macro_export]
macro_rules! region {
    ($name:ident = $spec:path) => {
        /// The region; its rules are its spec.
        pub struct $name;

        impl $crate::region::Region for $name {
            fn spec(&self) -> &'static $crate::region::RegionSpec {
                &$spec
            }
        }

        $crate::export_region!($name);
    };
}

/// Exports a [`Region`] (or, for a hostile test plugin, an [`region::Exports`]) as the
/// plugin's component exports.
///
/// On native targets this expands to nothing, so several region crates can be linked
/// into one test or benchmark binary.
#[macro_export]
macro_rules! export_region {
    ($region:expr) => {
        #[cfg(target_arch = "wasm32")]
        #[unsafe(no_mangle)]
        #[doc(hidden)]
        pub fn __ansvar_region() -> &'static dyn $crate::region::Exports {
            static REGION: &dyn $crate::region::Exports = &$region;
            REGION
        }

        // The API version the plugin was built against, read by the host before compiling.
        #[cfg(target_arch = "wasm32")]
        #[unsafe(link_section = "ansvar:api-version")]
        #[used]
        static __ANSVAR_API_VERSION: [u8; $crate::API_VERSION.len()] = {
            let src = $crate::API_VERSION.as_bytes();
            let mut out = [0u8; $crate::API_VERSION.len()];
            let mut i = 0;
            while i < src.len() {
                out[i] = src[i];
                i += 1;
            }
            out
        };
    };
}

/// The tests every region crate runs, written once: every point of the context space
/// answers within the statute (for no kommune and each of `kommuner`), the regional rules
/// are well formed, and the region answers what every region answers the same way. Also
/// defines `who(query)` for the crate's own tests.
///
/// ```ignore
/// ansvar_sdk::region_tests!(HelseBergen, kommuner: ["4601"]);
/// ```
#[macro_export]
macro_rules! region_tests {
    ($region:expr, kommuner: [$($kommune:literal),* $(,)?]) => {
        /// Asks the region and panics, naming the query, if it does not answer.
        #[cfg(test)]
        fn who(q: $crate::model::Query) -> $crate::model::Ruling {
            $crate::testing::who(&$region, q)
        }

        #[cfg(test)]
        mod region_tests {
            use super::*;

            #[test]
            fn every_task_answers_in_every_context_without_breaking_the_statute() {
                let points = $crate::testing::every_point_answers_within_the_statute(
                    &$region,
                    &[None, $(Some($kommune)),*],
                );
                assert!(points > 1000);
            }

            #[test]
            fn regional_rules_have_known_tasks_and_unique_ids() {
                $crate::testing::rules_are_well_formed($crate::region::Region::spec(&$region));
            }

            #[test]
            fn answers_like_every_region() {
                $crate::testing::answers_like_every_region(&$region);
            }
        }
    };
}
