//! Any JSON pointer against any document: mapped to a span inside the text.
#![no_main]
use ansvar::check::{location, span_of};
use ansvar::document::json::{LineIndex, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (text, pointer) = input;
    let Ok(parsed) = parse(text, 64) else { return };
    let index = LineIndex::new(text);
    let span = span_of(&parsed, pointer);
    assert!(span.start <= span.end && span.end <= text.len());
    let loc = location(&index, span);
    assert!(loc.line >= 1 && (loc.line, loc.column) <= (loc.end_line, loc.end_column));
});
