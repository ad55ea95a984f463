//! Reading documents (agreements, pathways) into JSON values with positions.

pub mod json;
pub mod pointer;
pub mod schema;

use crate::codes::Code;
use crate::finding::{Finding, Location, Severity};

/// The UTF-8 byte-order mark. A document may start with one, agreement or pathway (a
/// file, or the first line of a JSON Lines file); it is skipped with a warning.
pub const BOM: &[u8; 3] = b"\xEF\xBB\xBF";

/// The warning for a document that starts with a byte-order mark, the same for
/// agreements and pathways.
pub fn bom_finding(at: Location) -> Finding {
    Finding::engine(
        Code::Bom,
        Severity::Warning,
        crate::t!("findings-bom"),
        String::new(),
        at,
        Some(crate::t!("findings-bom-help")),
    )
}
