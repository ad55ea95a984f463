//! Finding the span of one JSON pointer in a document without building anything: a
//! scan that skips every value off the path. For documents already known to be valid
//! JSON (a pathway that deserialized), where locating a few findings must cost little.

use std::borrow::Cow;

use super::json::Span;

/// The span of the value at `pointer` in `text`, or of its nearest ancestor that
/// exists. `None` when `text` is not well-formed enough to walk.
pub fn find(text: &str, pointer: &str) -> Option<Span> {
    let b = text.as_bytes();
    let mut pos = ws(b, 0);
    b.get(pos)?;
    // Only the value found last is skipped to its end: the values on the way are
    // entered, not skipped, so a finding deep in a long pathway costs one pass.
    if let Some(tokens) = pointer.strip_prefix('/') {
        for token in tokens.split('/') {
            let token = if token.contains('~') {
                Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(token)
            };
            let found = match b.get(pos)? {
                b'{' => member(b, pos, &token)?,
                b'[' => element(b, pos, token.parse().ok())?,
                _ => None,
            };
            match found {
                Some(at) => pos = at,
                None => break,
            }
        }
    } else if !pointer.is_empty() {
        return None;
    }
    Some(Span {
        start: pos,
        end: skip(b, pos)?,
    })
}

fn ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// The end of the string starting at `i` (on its opening quote), after the closing one.
fn string_end(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        j += memchr::memchr2(b'"', b'\\', b.get(j..)?)?;
        match b[j] {
            b'"' => return Some(j + 1),
            _ => j += 2,
        }
    }
}

/// The end of the value starting at `i`.
fn skip(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = string_end(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// The start of the value of member `key` of the object at `i`; the last one wins, as
/// for serde_json.
fn member(b: &[u8], i: usize, key: &str) -> Option<Option<usize>> {
    let mut j = ws(b, i + 1);
    let mut found = None;
    if b.get(j) == Some(&b'}') {
        return Some(None);
    }
    loop {
        let key_end = string_end(b, j)?;
        let raw = std::str::from_utf8(&b[j + 1..key_end - 1]).ok()?;
        let matches = if raw.contains('\\') {
            serde_json::from_slice::<String>(&b[j..key_end]).ok()? == key
        } else {
            raw == key
        };
        j = ws(b, key_end);
        if b.get(j) != Some(&b':') {
            return None;
        }
        j = ws(b, j + 1);
        if matches {
            found = Some(j);
        }
        j = ws(b, skip(b, j)?);
        match b.get(j)? {
            b',' => j = ws(b, j + 1),
            b'}' => return Some(found),
            _ => return None,
        }
    }
}

/// The start of element `index` of the array at `i`.
fn element(b: &[u8], i: usize, index: Option<usize>) -> Option<Option<usize>> {
    let Some(index) = index else {
        return Some(None);
    };
    let mut j = ws(b, i + 1);
    if b.get(j) == Some(&b']') {
        return Some(None);
    }
    let mut n = 0;
    loop {
        if n == index {
            return Some(Some(j));
        }
        j = ws(b, skip(b, j)?);
        match b.get(j)? {
            b',' => j = ws(b, j + 1),
            b']' => return Some(None),
            _ => return None,
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::json;

    /// Every pointer of a document: the scan agrees with the full parser.
    #[test]
    fn agrees_with_the_span_keeping_parser() {
        let texts = [
            include_str!("../../../agreements/helse-bergen/pathways/hjerneslag.json"),
            include_str!("../../../agreements/helse-bergen/saeravtale-lm-nettverk.json"),
            r#"{"a~b": {"c/d": [1, "x\"]}", {"\u0065": null}], "e": -1.5e3}, "f": []}"#,
        ];
        for text in texts {
            let parsed = json::parse(text, 64).unwrap();
            for (pointer, span) in &parsed.values {
                assert_eq!(find(text, pointer), Some(*span), "{pointer}");
            }
        }
    }

    #[test]
    fn a_missing_member_or_element_gives_the_nearest_ancestor() {
        let text = r#"{"steps": [{"id": "s1"}], "x": {}}"#;
        let at = |s: &str| text.find(s).unwrap();
        let whole = Span {
            start: at("{\"id"),
            end: at("}]") + 1,
        };
        assert_eq!(find(text, "/steps/0/planned_owner"), Some(whole));
        assert_eq!(find(text, "/steps/9").map(|s| s.start), Some(at("[")));
        assert_eq!(find(text, "/x/y").map(|s| s.start), Some(at("{}")));
        assert_eq!(find(text, "/nope").map(|s| s.start), Some(0));
    }
}
