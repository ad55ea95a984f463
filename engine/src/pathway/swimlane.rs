//! Stub: the swimlane of a checked pathway, as SVG.

/// The swimlane's stylesheet, for the CLI's page and the workbench.
pub const CSS: &str = include_str!("../../web/swimlane.css");
