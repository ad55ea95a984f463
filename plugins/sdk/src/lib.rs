//! The guest SDK for ansvar region plugins.
//!
//! A region plugin is a crate that describes its region as data ([`RegionSpec`]: parties,
//! agreements, kommuner, rules) on top of the national baseline carried here, implements
//! [`Region`] and calls [`export_region!`]. The SDK hides the WebAssembly component
//! glue (wit-bindgen) entirely, so the same crate compiles natively for ordinary unit
//! tests and to `wasm32-wasip2` for the host.
//!
//! ```ignore
//! use ansvar_sdk::prelude::*;
//! pub struct MyRegion;
//! impl Region for MyRegion { fn spec(&self) -> &'static RegionSpec { &SPEC } }
//! ansvar_sdk::export_region!(MyRegion);
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
pub const API_VERSION: &str = "0.6.0";

/// The SDK's own version, reported by `describe`.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod prelude {
    //! Everything a region crate usually needs.
    pub use crate::model::{
        AgeGroup, Agreement, AgreementStatus, Clause, Finding, Handover, Level, Pathway,
        PathwayAnswer, PathwayReport, Phase, Query, QueryError, RegionInfo, RuleSource, Ruling,
        Severity, SharedMeasure, Step, StepVerdict, Verdict,
    };
    pub use crate::region::{AgreementSpec, Region, RegionSpec};
    pub use crate::rules::{Rule, When};
}

/// Exports a [`Region`] implementation as the plugin's component exports.
///
/// On native targets this expands to nothing, so several region crates can be linked
/// into one test or benchmark binary.
#[macro_export]
macro_rules! export_region {
    ($region:expr) => {
        #[cfg(target_arch = "wasm32")]
        #[unsafe(no_mangle)]
        #[doc(hidden)]
        pub fn __ansvar_region() -> &'static dyn $crate::region::Region {
            static REGION: &dyn $crate::region::Region = &$region;
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
