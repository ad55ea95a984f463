//! Stub: filled in by its own change.
