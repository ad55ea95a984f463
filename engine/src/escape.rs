//! Escaping text from inputs and plugins for where it is shown: control characters for
//! a terminal (no escape sequence from a document or a plugin reaches it), HTML for the
//! Markdown matrix.

use std::borrow::Cow;

/// `text` with every control character but tab and newline written as `\u{..}`, so
/// that no terminal escape sequence, carriage return or backspace is passed on.
pub fn control(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
        // bidirectional overrides and isolates can reorder what a terminal shows
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with `&`, `<`, `>` and `"` written as HTML entities, so that text in a
/// Markdown document is never read as markup.
pub fn html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_written_out() {
        assert_eq!(control("plain æøå\n\tok"), "plain æøå\n\tok");
        assert_eq!(control("\x1b[2J\rx\x08"), "\\u{1b}[2J\\u{d}x\\u{8}");
        assert_eq!(control("a\u{202e}b"), "a\\u{202e}b");
        assert!(matches!(control("clean"), Cow::Borrowed(_)));
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html("<script>alert(\"x\")</script> & co"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"
        );
        assert!(matches!(html("Bjørnafjorden"), Cow::Borrowed(_)));
    }
}
