//! ansvar: who owns a læring og mestring task, the helseforetak or the kommune?
//!
//! The host side: it loads region plugins (WebAssembly components, sandboxed), resolves
//! kommuner, asks the plugins and reports. It knows documents, schemas, sandboxing and
//! reporting, and no law: every rule lives in a plugin (see `plugins/`).

pub mod analyze;
pub mod atomic;
pub mod check;
pub mod document;
pub mod finding;
pub mod kommune;
pub mod pathway;
pub mod plugin;
pub mod report;
pub mod suggest;
pub mod synth;

pub use plugin::{Host, Limits, Plugin, PluginError};
