//! Stub: a new draft agreement from a region's rules in force.
