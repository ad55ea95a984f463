//! `--lang` and the locale: every text follows the language; codes, JSON keys, pointers,
//! severities and exit codes do not.

use std::process::Command;

use serde_json::Value;

use crate::{ansvar, root, snap};

const LANGS: [&str; 3] = ["en", "nb", "nn"];

/// `ansvar` run from the repository root with a fixed "today".
fn at_root(args: &[&str]) -> Command {
    let mut cmd = ansvar();
    cmd.current_dir(root())
        .env("ANSVAR_TODAY", "2026-11-22")
        .args(args);
    cmd
}

fn with_lang(lang: &str, args: &[&str]) -> Command {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    at_root(&all)
}

const AGREEMENTS: [&str; 3] = [
    "check",
    "tests/fixtures/agreements/statute-conflict.json",
    "tests/fixtures/agreements/engine-checks.json",
];
const PATHWAY: [&str; 3] = [
    "pathway",
    "check",
    "tests/fixtures/pathways/no-ip-coordinator-in-hf.json",
];
const WHO: [&str; 11] = [
    "who",
    "--region",
    "helse-bergen",
    "--kommune",
    "4601",
    "--task",
    "individuell-opplaering",
    "--phase",
    "during",
    "--explain",
    "--age=adult",
];
const ERROR: [&str; 5] = [
    "who",
    "--region",
    "helse-bergen",
    "--task",
    "frisklivsentral",
];

#[test]
fn an_agreement_with_several_findings_in_every_language() {
    for lang in LANGS {
        snap!(
            format!("lang_{lang}_check").as_str(),
            with_lang(lang, &AGREEMENTS),
            exit = 1
        );
    }
}

#[test]
fn a_pathway_in_every_language() {
    for lang in LANGS {
        snap!(
            format!("lang_{lang}_pathway").as_str(),
            with_lang(lang, &PATHWAY),
            exit = 1
        );
    }
}

#[test]
fn who_explain_in_every_language() {
    for lang in LANGS {
        snap!(
            format!("lang_{lang}_who").as_str(),
            with_lang(lang, &WHO),
            exit = 0
        );
    }
}

#[test]
fn an_error_in_every_language() {
    for lang in LANGS {
        snap!(
            format!("lang_{lang}_error").as_str(),
            with_lang(lang, &ERROR),
            exit = 2
        );
    }
}

/// `value` with every text for a person taken out: what is left must not depend on the
/// language.
fn without_texts(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for key in ["message", "help", "suggestions"] {
                map.remove(key);
            }
            map.values_mut().for_each(without_texts);
        }
        Value::Array(items) => items.iter_mut().for_each(without_texts),
        _ => {}
    }
}

/// Runs `args` with `--format json` in every language: the exit codes are equal, the
/// outputs equal once their texts are taken out, and the texts differ.
fn same_but_texts(args: &[&str]) {
    let runs: Vec<(i32, Value, String)> = LANGS
        .iter()
        .map(|lang| {
            let mut all = vec!["--format", "json"];
            all.extend_from_slice(args);
            let out = with_lang(lang, &all).output().unwrap();
            let text = String::from_utf8(out.stdout).unwrap();
            let value: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{lang}: {e}: {text}"));
            (out.status.code().unwrap(), value, text)
        })
        .collect();
    let (code, value, text) = &runs[0];
    let mut bare = value.clone();
    without_texts(&mut bare);
    for (lang, (c, v, t)) in LANGS.iter().zip(&runs).skip(1) {
        assert_eq!(c, code, "{lang}: exit code of {args:?}");
        let mut other = v.clone();
        without_texts(&mut other);
        assert_eq!(other, bare, "{lang}: {args:?} differs beyond its texts");
        assert_ne!(t, text, "{lang}: {args:?} has no text in the language");
    }
}

#[test]
fn codes_keys_and_exit_codes_do_not_depend_on_the_language() {
    same_but_texts(&["check", "tests/fixtures/agreements/"]);
    same_but_texts(&["pathway", "check", "tests/fixtures/pathways/"]);
    same_but_texts(&ERROR);
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    let run = |env: &[(&str, &str)], lang: Option<&str>| {
        let mut cmd = at_root(&[]);
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        cmd.args(ERROR);
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.output().unwrap().stderr).unwrap()
    };
    let en = run(&[], None);
    let nb = run(&[], Some("nb"));
    let nn = run(&[], Some("nn"));
    assert!(en.starts_with("error: "), "{en}");
    assert!(nb.starts_with("feil: "), "{nb}");
    assert_ne!(nb, nn);
    assert_eq!(run(&[("LANG", "nb_NO.UTF-8")], None), nb);
    assert_eq!(run(&[("LANG", "no_NO")], None), nb);
    assert_eq!(
        run(
            &[("LANG", "nb_NO.UTF-8"), ("LC_MESSAGES", "nn_NO.UTF-8")],
            None
        ),
        nn
    );
    assert_eq!(run(&[("LANG", "nn_NO.UTF-8"), ("LC_ALL", "C")], None), en);
    assert_eq!(run(&[("LANG", "de_DE.UTF-8")], None), en);
    assert_eq!(run(&[("LANG", "nn_NO.UTF-8")], Some("en")), en);
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    let out = at_root(&["--lang", "se", "regions"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("nb, nn or en"), "{err}");
}
