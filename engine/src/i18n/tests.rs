//! The catalogue against itself and against the code: every language has every message
//! with the same arguments, every message the code names exists, with the arguments the
//! code passes, and no message is left that nothing uses.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;
use crate::codes::Code;

type Uses = BTreeMap<String, BTreeSet<Vec<String>>>;

/// The messages the code names: each `t!("id", name = …)` of the engine and
/// `msg!("id", name = …)` of the SDK, with the argument names it passes.
fn uses() -> Uses {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut uses = Uses::new();
    for dir in [root.join("src"), root.join("../plugins/sdk/src")] {
        for entry in walkdir::WalkDir::new(dir) {
            let entry = entry.unwrap();
            if entry.path().extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(entry.path()).unwrap();
                for (id, args) in invocations(&source) {
                    uses.entry(id).or_default().insert(args);
                }
            }
        }
    }
    uses
}

/// The `t!`/`msg!` invocations of `source` outside comments: id and argument names.
fn invocations(source: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (start, _) in source.match_indices("!(") {
        let name_start = source[..start]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        if !matches!(&source[name_start..start], "t" | "msg") {
            continue;
        }
        let line_start = source[..name_start].rfind('\n').map_or(0, |i| i + 1);
        if source[line_start..name_start]
            .trim_start()
            .starts_with("//")
        {
            continue;
        }
        let rest = &source[start + 2..];
        let Some(body) = balanced(rest) else { continue };
        let mut parts = split_top(body).into_iter();
        let Some(id) = parts
            .next()
            .map(str::trim)
            .and_then(|p| p.strip_prefix('"')?.strip_suffix('"'))
        else {
            continue;
        };
        let mut args: Vec<String> = parts
            .filter_map(|p| {
                let (name, _) = p.split_once('=')?;
                let name = name.trim();
                name.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                    .then(|| name.to_string())
            })
            .filter(|n| !n.is_empty())
            .collect();
        args.sort();
        out.push((id.to_string(), args));
    }
    out
}

/// The characters of `s` outside string literals, each with its index and the depth of
/// brackets it stands in (a closing bracket at the depth it closes).
fn outside_strings(s: &str) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    s.char_indices().filter_map(move |(i, c)| {
        if in_str {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_str = false,
                _ => {}
            }
            return None;
        }
        match c {
            '"' => in_str = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                let at = depth;
                depth = depth.saturating_sub(1);
                return Some((i, c, at));
            }
            _ => {}
        }
        Some((i, c, depth))
    })
}

/// The text up to the parenthesis that closes the one just opened.
fn balanced(s: &str) -> Option<&str> {
    outside_strings(s)
        .find(|&(_, c, depth)| matches!(c, ')' | ']' | '}') && depth == 0)
        .map(|(i, _, _)| &s[..i])
}

/// `s` split at its commas outside brackets and strings.
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, _, _) in outside_strings(s).filter(|&(_, c, depth)| c == ',' && depth == 0) {
        parts.push(&s[from..i]);
        from = i + 1;
    }
    parts.push(&s[from..]);
    parts
}

/// The messages the code names by a computed id: each finding code's texts.
fn computed() -> BTreeSet<String> {
    Code::ALL
        .iter()
        .flat_map(|c| {
            let id = c.id();
            [
                format!("code-{id}"),
                format!("code-{id}-full"),
                format!("code-{id}-help"),
            ]
        })
        .collect()
}

#[test]
fn every_file_of_every_language_parses() {
    for lang in Lang::ALL {
        for (file, source) in sources(lang) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
                panic!("{}/{file}.ftl: {errors:?}", lang.id());
            }
        }
    }
}

#[test]
fn every_language_has_the_same_messages_with_the_same_arguments() {
    let en = entries(Lang::En);
    for lang in [Lang::Nb, Lang::Nn] {
        let other = entries(lang);
        let a: BTreeMap<_, _> = en.iter().cloned().collect();
        let b: BTreeMap<_, _> = other.iter().cloned().collect();
        let missing: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
        let extra: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.id());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.id()
        );
        for (id, args) in &a {
            assert_eq!(&b[id], args, "{}: arguments of {id}", lang.id());
        }
        let ids: BTreeSet<_> = other.iter().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), other.len(), "{} defines an id twice", lang.id());
    }
}

#[test]
fn every_message_the_code_names_exists_with_its_arguments() {
    let catalogue: BTreeMap<_, _> = entries(Lang::En).into_iter().collect();
    let uses = uses();
    assert!(uses.len() > 50, "the scan found only {} ids", uses.len());
    for (id, calls) in &uses {
        let Some(args) = catalogue.get(id) else {
            panic!("the code names `{id}`, which the catalogue lacks");
        };
        for passed in calls {
            // Every argument the message reads is passed; a call may pass one more that
            // only some languages read is not allowed either: the sets are equal.
            assert_eq!(
                passed, args,
                "`{id}`: the code passes {passed:?}, the catalogue reads {args:?}"
            );
        }
    }
    for id in computed() {
        assert!(catalogue.contains_key(&id), "the catalogue lacks `{id}`");
    }
}

#[test]
fn no_message_is_left_unused() {
    let uses = uses();
    let computed = computed();
    let unused: Vec<_> = entries(Lang::En)
        .into_iter()
        .map(|(id, _)| id)
        .filter(|id| !uses.contains_key(id) && !computed.contains(id))
        .collect();
    assert!(unused.is_empty(), "no code uses {unused:?}");
}

#[test]
fn the_scan_reads_ids_and_arguments() {
    let source =
        "let a = t!(\"one\", task = x.id(), count = f(a, b));\n// t!(\"comment\")\nmsg!(\"two\")";
    assert_eq!(
        invocations(source),
        vec![
            (
                "one".to_string(),
                vec!["count".to_string(), "task".to_string()]
            ),
            ("two".to_string(), vec![]),
        ]
    );
}

#[test]
fn render_passes_arguments_and_falls_back_to_the_id() {
    assert_eq!(
        render(
            Lang::En,
            "no-such-message",
            &[("task", "x".into()), ("n", 2u32.into())]
        ),
        "no-such-message (task: x, n: 2)"
    );
    assert_eq!(render(Lang::En, "no-such-message", &[]), "no-such-message");
}

#[test]
fn scoped_overrides_the_default_on_this_thread_only() {
    assert_eq!(current(), Lang::En);
    scoped(Lang::Nn, || {
        assert_eq!(current(), Lang::Nn);
        std::thread::spawn(|| assert_eq!(current(), Lang::En))
            .join()
            .unwrap();
        scoped(Lang::Nb, || assert_eq!(current(), Lang::Nb));
        assert_eq!(current(), Lang::Nn);
    });
    assert_eq!(current(), Lang::En);
}
