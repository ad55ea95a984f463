//! Reading documents (agreements now, pathways later) into JSON values with positions.

pub mod json;
