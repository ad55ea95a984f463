//! Reading documents (agreements, pathways) into JSON values with positions.

pub mod json;
pub mod pointer;
pub mod schema;
