//! ansvar: who owns a læring og mestring task, the helseforetak or the kommune?
//!
//! The host side: it loads region plugins (WebAssembly components, sandboxed), resolves
//! kommuner, asks the plugins and reports. It knows documents, schemas, sandboxing and
//! reporting, and no law: every rule lives in a plugin (see `plugins/`).

pub mod agreement;
pub mod analyze;
pub mod atomic;
pub mod codes;
pub mod diff;
pub mod document;
pub mod draft;
pub mod escape;
pub mod finding;
pub mod i18n;
pub mod kommune;
pub mod matrix;
pub mod open;
pub mod pathway;
pub mod plugin;
pub mod report;
pub mod serve;
pub mod suggest;
pub mod synth;
pub mod web;
pub mod who;

pub use plugin::{Host, Limits, Plugin, PluginError};

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t` (the crate builds v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tunes mimalloc, for a binary that uses it as its global allocator (`ansvar`, the
/// benches). mimalloc hands freed pages back to the OS after 10 ms; a pathway run frees
/// and reuses its chunk memory every few milliseconds, so each chunk faulted fresh
/// (zeroed) pages in. A second's delay keeps them.
pub fn tune_mimalloc() {
    // SAFETY: sets a plain integer option; mimalloc reads options at use.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000) };
}
