//! A JSON reader that keeps positions: the byte span of every value and key, by JSON
//! pointer, so any finding (from the schema, the engine or a plugin) can point at
//! file:line:col. It also catches what serde_json accepts silently or refuses without
//! a position: duplicate keys, a byte-order mark, nesting beyond a limit.

use std::collections::HashMap;

use serde_json::{Map, Number, Value};

/// A byte range in the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// The parsed document with positions.
#[derive(Debug)]
pub struct Parsed {
    pub value: Value,
    /// span of the value at each JSON pointer ("" is the root)
    pub values: HashMap<String, Span>,
    /// span of the key of each object member, by the member's pointer
    pub keys: HashMap<String, Span>,
    /// duplicate keys: (pointer, span of the repeated key, span of the first)
    pub duplicates: Vec<(String, Span, Span)>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
    /// How to mend it, where the mistake is a common one.
    pub help: Option<String>,
}

/// What the reader expected where it found something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expected {
    Value,
    Key,
    Colon,
    CommaOrBrace,
    CommaOrBracket,
    Escape,
    Digit,
    DigitAfterPoint,
    DigitInExponent,
}

impl Expected {
    /// Its id, which the catalogue words.
    fn id(self) -> &'static str {
        match self {
            Expected::Value => "value",
            Expected::Key => "key",
            Expected::Colon => "colon",
            Expected::CommaOrBrace => "comma-or-brace",
            Expected::CommaOrBracket => "comma-or-bracket",
            Expected::Escape => "escape",
            Expected::Digit => "digit",
            Expected::DigitAfterPoint => "digit-after-point",
            Expected::DigitInExponent => "digit-in-exponent",
        }
    }
}

/// The help for a document that stops before it is complete.
fn unfinished() -> String {
    crate::t!("findings-json-unfinished-help")
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

pub fn parse(text: &str, max_depth: usize) -> Result<Parsed, SyntaxError> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        max_depth,
        out: Parsed {
            value: Value::Null,
            values: HashMap::new(),
            keys: HashMap::new(),
            duplicates: Vec::new(),
        },
    };
    p.ws();
    if p.pos == p.bytes.len() {
        return Err(p
            .error(crate::t!("findings-json-empty"))
            .with_help(crate::t!("findings-json-empty-help")));
    }
    let mut pointer = String::new();
    let value = p.value(&mut pointer, 0)?;
    p.ws();
    if p.pos != p.bytes.len() {
        return Err(p
            .error(crate::t!("findings-json-after-end"))
            .with_help(crate::t!("findings-json-after-end-help")));
    }
    p.out.value = value;
    Ok(p.out)
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
    max_depth: usize,
    out: Parsed,
}

impl SyntaxError {
    fn with_help(self, help: String) -> SyntaxError {
        SyntaxError {
            help: Some(help),
            ..self
        }
    }
}

impl Parser<'_> {
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError {
            offset: self.pos.min(self.bytes.len()),
            message: message.into(),
            help: None,
        }
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, b: u8, what: Expected) -> Result<(), SyntaxError> {
        if self.bytes.get(self.pos) == Some(&b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    fn unexpected(&self, expected: Expected) -> SyntaxError {
        let found = self.text[self.pos.min(self.text.len())..].chars().next();
        let e = match found {
            None => self.error(crate::t!(
                "findings-json-unexpected-end",
                expected = expected.id()
            )),
            Some(c) if c.is_control() => self.error(crate::t!(
                "findings-json-unexpected",
                found = c.escape_debug().to_string(),
                expected = expected.id()
            )),
            Some(c) => self.error(crate::t!(
                "findings-json-unexpected",
                found = c.to_string(),
                expected = expected.id()
            )),
        };
        SyntaxError {
            help: self.hint(found, expected),
            ..e
        }
    }

    /// The usual cause of an unexpected `found`, and its mend.
    fn hint(&self, found: Option<char>, expected: Expected) -> Option<String> {
        let before = self.bytes[..self.pos.min(self.bytes.len())]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace());
        let starts_value = |c: char| matches!(c, '"' | '{' | '[' | '-') || c.is_alphanumeric();
        let Some(found) = found else {
            return Some(unfinished());
        };
        let comma = matches!(expected, Expected::CommaOrBrace | Expected::CommaOrBracket);
        Some(match found {
            '}' | ']' if before == Some(&b',') => crate::t!("findings-json-trailing-comma-help"),
            '\'' => crate::t!("findings-json-single-quotes-help"),
            '/' | '#' => crate::t!("findings-json-comment-help"),
            c if comma && starts_value(c) => crate::t!("findings-json-missing-comma-help"),
            c if expected == Expected::Key && (c.is_alphabetic() || c == '_') => {
                crate::t!("findings-json-unquoted-key-help")
            }
            c if expected == Expected::Value && c.is_alphabetic() => {
                crate::t!("findings-json-bare-word-help")
            }
            _ if expected == Expected::Escape => crate::t!("findings-json-backslash-help"),
            _ => return None,
        })
    }

    fn value(&mut self, pointer: &mut String, depth: usize) -> Result<Value, SyntaxError> {
        if depth > self.max_depth {
            return Err(self.error(crate::t!("findings-json-too-deep", max = self.max_depth)));
        }
        let start = self.pos;
        let value = match self.bytes.get(self.pos) {
            Some(b'{') => self.object(pointer, depth)?,
            Some(b'[') => self.array(pointer, depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => return Err(self.unexpected(Expected::Value)),
        };
        self.out.values.insert(
            pointer.clone(),
            Span {
                start,
                end: self.pos,
            },
        );
        Ok(value)
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(self.unexpected(Expected::Value))
        }
    }

    fn object(&mut self, pointer: &mut String, depth: usize) -> Result<Value, SyntaxError> {
        self.pos += 1;
        let mut map = Map::new();
        self.ws();
        if self.bytes.get(self.pos) == Some(&b'}') {
            self.pos += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.ws();
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.unexpected(Expected::Key));
            }
            let key_start = self.pos;
            let key = self.string()?;
            let key_span = Span {
                start: key_start,
                end: self.pos,
            };
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(&escape_token(&key));
            if let Some(first) = self
                .out
                .keys
                .get(pointer.as_str())
                .copied()
                .filter(|_| map.contains_key(&key))
            {
                self.out.duplicates.push((pointer.clone(), key_span, first));
            } else {
                self.out.keys.insert(pointer.clone(), key_span);
            }
            self.ws();
            self.expect(b':', Expected::Colon)?;
            self.ws();
            let v = self.value(pointer, depth + 1)?;
            pointer.truncate(len);
            // Keep the first value of a duplicate key: that is what the first span shows.
            map.entry(key).or_insert(v);
            self.ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(map));
                }
                _ => return Err(self.unexpected(Expected::CommaOrBrace)),
            }
        }
    }

    fn array(&mut self, pointer: &mut String, depth: usize) -> Result<Value, SyntaxError> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(&items.len().to_string());
            let v = self.value(pointer, depth + 1)?;
            pointer.truncate(len);
            items.push(v);
            self.ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.unexpected(Expected::CommaOrBracket)),
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.bytes.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.bytes[self.pos..].starts_with(b"\\u") {
                                    return Err(
                                        self.error(crate::t!("findings-json-lone-surrogate"))
                                    );
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(
                                        self.error(crate::t!("findings-json-surrogate-pair"))
                                    );
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            let c = char::from_u32(code).ok_or_else(|| {
                                self.error(crate::t!("findings-json-bad-u-escape"))
                            })?;
                            out.push(c);
                            continue;
                        }
                        _ => {
                            return Err(self.unexpected(Expected::Escape));
                        }
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => {
                    return Err(self.error(crate::t!("findings-json-control-character")));
                }
                None => {
                    return Err(self
                        .error(crate::t!("findings-json-end-in-string"))
                        .with_help(unfinished()));
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error(crate::t!("findings-json-hex-digits")))?;
        let s = std::str::from_utf8(digits)
            .map_err(|_| self.error(crate::t!("findings-json-hex-digits")))?;
        let v = u32::from_str_radix(s, 16)
            .map_err(|_| self.error(crate::t!("findings-json-hex-digits")))?;
        self.pos += 4;
        Ok(v)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        if self.bytes.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected(Expected::Digit)),
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.unexpected(Expected::DigitAfterPoint));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.pos) {
                self.pos += 1;
            }
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.unexpected(Expected::DigitInExponent));
            }
            self.digits();
        }
        let text = &self.text[start..self.pos];
        let n: Number = serde_json::from_str(text).map_err(|_| SyntaxError {
            offset: start,
            message: crate::t!("findings-json-number-range", number = text),
            help: None,
        })?;
        Ok(Value::Number(n))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }
}

/// Maps byte offsets to 1-based line and column (in characters).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// (line, column), both from 1; an offset past the end points just after the text.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let mut start = self.starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        start = start.min(end);
        (line + 1, self.text[start..end].chars().count() + 1)
    }

    /// How many lines the text has.
    pub fn lines(&self) -> usize {
        self.starts.len()
    }

    /// The text of line `line` (1-based), without its newline.
    pub fn line(&self, line: usize) -> &'a str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map_or(self.text.len(), |e| e - 1);
        self.text[start..end].trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Parsed {
        parse(text, 64).unwrap()
    }

    #[test]
    fn values_match_serde_json() {
        let text = r#"{"a": [1, -2.5e3, true, null, "x\"\u00e6\ud83d\ude00"], "b": {"c/d": {}}}"#;
        assert_eq!(p(text).value, serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn spans_by_pointer() {
        let text = "{\n  \"a\": [1, {\"b~c/d\": \"x\"}]\n}";
        let parsed = p(text);
        let span = parsed.values["/a/1/b~0c~1d"];
        assert_eq!(&text[span.start..span.end], "\"x\"");
        let key = parsed.keys["/a"];
        assert_eq!(&text[key.start..key.end], "\"a\"");
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(span.start), (2, 22));
        assert_eq!(idx.line(2), "  \"a\": [1, {\"b~c/d\": \"x\"}]");
    }

    #[test]
    fn duplicate_keys_are_found() {
        let parsed = p(r#"{"a": 1, "b": 2, "a": 3}"#);
        assert_eq!(parsed.duplicates.len(), 1);
        assert_eq!(parsed.duplicates[0].0, "/a");
        assert_eq!(parsed.value["a"], 1);
    }

    #[test]
    fn same_key_in_sibling_objects_is_no_duplicate() {
        assert!(p(r#"[{"a": 1}, {"a": 2}]"#).duplicates.is_empty());
    }

    #[test]
    fn syntax_errors_have_offsets() {
        let e = parse("{\"a\": 1,}", 64).unwrap_err();
        assert_eq!(e.offset, 8);
        assert!(e.message.contains("a key"), "{}", e.message);
        assert!(parse("", 64).unwrap_err().message.contains("empty"));
        assert!(parse("{\"a\": tru}", 64).is_err());
        assert!(
            parse("[1] x", 64)
                .unwrap_err()
                .message
                .contains("after the end")
        );
        assert!(
            parse("\"abc", 64)
                .unwrap_err()
                .message
                .contains("end of file")
        );
        assert!(parse("01", 64).is_err());
    }

    #[test]
    fn common_mistakes_are_explained() {
        let help = |text: &str| parse(text, 64).unwrap_err().help;
        assert_eq!(
            help("{\"a\": [1, 2,]}").as_deref(),
            Some("remove the `,` before it: JSON allows no comma after the last item")
        );
        assert_eq!(help("{\"a\": 1,\n}"), help("[1,]"));
        assert!(help("{'a': 1}").unwrap().contains("double quotes"));
        assert!(help("{\"a\": 1 // x\n}").unwrap().contains("no comments"));
        assert!(
            help("{\"a\": 1 \"b\": 2}")
                .unwrap()
                .contains("`,` is missing")
        );
        assert!(help("{a: 1}").unwrap().contains("key in double quotes"));
        assert!(
            help("{\"a\": ja}")
                .unwrap()
                .contains("`true`, `false` and `null`")
        );
        assert!(help("{\"a\": \"c:\\x\"}").unwrap().contains("backslash"));
        for unfinished in ["{\"a\": 1", "{\"a\": \"b", "[1, 2"] {
            assert_eq!(help(unfinished), Some(super::unfinished()), "{unfinished}");
        }
        assert!(help("{} {}").unwrap().contains(".jsonl"));
        assert!(help("  ").unwrap().contains("one JSON object"));
        // Where no cause is likely, no guess.
        assert_eq!(help("[1.x]"), None);
    }

    #[test]
    fn depth_is_limited() {
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(parse(&deep, 64).unwrap_err().message.contains("nesting"));
        assert!(parse(&deep, 128).is_ok());
    }

    #[test]
    fn columns_count_characters() {
        let text = "{\"æøå\": x}";
        let e = parse(text, 64).unwrap_err();
        assert_eq!(LineIndex::new(text).position(e.offset), (1, 9));
    }

    mod properties {
        use proptest::prelude::*;
        use serde_json::Value;

        use super::super::*;

        fn json_value() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<i64>().prop_map(Value::from),
                "[a-zæøå \\\"/~\u{1}-\u{1f}😀]{0,12}".prop_map(Value::String),
            ];
            leaf.prop_recursive(5, 64, 6, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                    prop::collection::btree_map("[a-z/~]{0,4}", inner, 0..6)
                        .prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            })
        }

        /// The value at a JSON pointer, by serde_json's own reading of pointers.
        fn at<'a>(v: &'a Value, pointer: &str) -> &'a Value {
            v.pointer(pointer).expect("every recorded pointer exists")
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// Reading agrees with serde_json, and every recorded span lies inside the
            /// text and holds exactly the value at its pointer.
            #[test]
            fn spans_hold_their_values(v in json_value(), pretty in any::<bool>()) {
                let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { serde_json::to_string(&v).unwrap() };
                let parsed = parse(&text, 64).unwrap();
                prop_assert_eq!(&parsed.value, &v);
                for (pointer, span) in &parsed.values {
                    prop_assert!(span.start <= span.end && span.end <= text.len());
                    let piece: Value = serde_json::from_str(&text[span.start..span.end]).unwrap();
                    prop_assert_eq!(&piece, at(&v, pointer));
                }
                let index = LineIndex::new(&text);
                for span in parsed.values.values().chain(parsed.keys.values()) {
                    let (line, col) = index.position(span.start);
                    prop_assert!(col >= 1 && col <= index.line(line).chars().count() + 1);
                }
            }

            /// Any text at all: an answer or an error inside the text, never a panic.
            #[test]
            fn arbitrary_text_never_panics(text in "\\PC{0,64}|[\\[\\]{}\",:0-9a-z \\\\]{0,64}") {
                match parse(&text, 16) {
                    Ok(p) => prop_assert!(p.values.values().all(|s| s.end <= text.len())),
                    Err(e) => prop_assert!(e.offset <= text.len()),
                }
            }
        }
    }
}
