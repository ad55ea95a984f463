//! Every text ansvar writes for a person, in bokmål, nynorsk or English, from one
//! message catalogue per language (Project Fluent, `engine/i18n/<lang>/*.ftl`).
//!
//! Code names a message by its id and its named arguments ([`t!`](crate::t)); the
//! catalogue holds the words. Codes, JSON keys, enum values and exit codes never depend
//! on the language: only the texts do.
//!
//! The language is ambient: a process default (the CLI sets it once from `--lang` or
//! the environment) that a thread may override for a while ([`scoped`]): the server
//! renders each request in the language it asked for. Texts are rendered when they
//! are made, so a finding or an error carries plain strings from then on.

mod lang;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use lang::Lang;

/// The catalogue's files, the same names in every language's directory: a file missing
/// from one language does not compile.
macro_rules! catalogue {
    ($($file:literal),* $(,)?) => {
        /// The source of each catalogue file, by language.
        fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
            match lang {
                Lang::En => &[$(($file, include_str!(concat!("../../i18n/en/", $file, ".ftl"))),)*],
                Lang::Nb => &[$(($file, include_str!(concat!("../../i18n/nb/", $file, ".ftl"))),)*],
                Lang::Nn => &[$(($file, include_str!(concat!("../../i18n/nn/", $file, ".ftl"))),)*],
            }
        }
    };
}

catalogue![
    "terms",
    "codes",
    "findings",
    "plugin",
    "host",
    "cli",
    "output",
    "commands",
    "serve",
    "matrix",
    "diff",
    "web",
    "web-avtale",
    "web-forlop",
    "web-mange",
    "web-endringer",
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[lang as usize]
}

fn build(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.langid()]);
    // The texts go to terminals, JSON and HTML, none of which wants the Unicode
    // isolation marks Fluent puts around arguments by default.
    bundle.set_use_isolating(false);
    for (file, source) in sources(lang) {
        // The catalogue is compiled in and tested (tests below); a syntax error in it
        // leaves that entry out rather than stopping the program.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        if bundle.add_resource(resource).is_err() {
            tracing::warn!("catalogue {}/{file}.ftl defines an id twice", lang.id());
        }
    }
    bundle
}

/// A message argument: text (a task id, a level, a path) or a number (which plural
/// rules select on).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}

number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

/// The language texts are rendered in on this thread: the one [`scoped`] set, else the
/// process default.
pub fn current() -> Lang {
    SCOPED
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[DEFAULT.load(Ordering::Relaxed) as usize])
}

/// Sets the process default language (the CLI, once at start).
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang as u8, Ordering::Relaxed);
}

static DEFAULT: AtomicU8 = AtomicU8::new(Lang::En as u8);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Runs `f` with this thread's texts in `lang`, then restores what was before (also
/// when `f` unwinds).
pub fn scoped<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SCOPED.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SCOPED.with(|s| s.replace(Some(lang))));
    f()
}

/// Message `id` in `lang` with `args`. An id the catalogue lacks (a plugin's, or a
/// slip the catalogue tests did not catch) comes out as the id and its arguments, so
/// nothing is lost.
pub fn render(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return fallback(id, args);
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(
            *name,
            match value {
                Arg::Str(s) => FluentValue::from(s.as_ref()),
                Arg::Num(n) => FluentValue::from(*n),
            },
        );
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::debug!("message {id} ({}): {errors:?}", lang.id());
    }
    text.into_owned()
}

fn fallback(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut s = id.to_string();
    for (name, value) in args {
        s.push_str(if s.len() == id.len() { " (" } else { ", " });
        s.push_str(name);
        s.push_str(": ");
        match value {
            Arg::Str(v) => s.push_str(v),
            Arg::Num(n) => s.push_str(&n.to_string()),
        }
    }
    if s.len() > id.len() {
        s.push(')');
    }
    s
}

/// Message `$id` in the current language, with named arguments:
/// `t!("unknown-task", task = id)`. The catalogue tests find every use by this shape,
/// so the id is always a literal.
#[macro_export]
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::render(
            $crate::i18n::current(),
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// The ids and argument names of every message of the catalogue in `lang`, sorted, read
/// from its files (for the catalogue tests and for SARIF's rule texts).
pub fn entries(lang: Lang) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let mut out = Vec::new();
    for (_, source) in sources(lang) {
        let resource = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
    }
    out.sort();
    out
}

fn variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => expression_vars(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn expression_vars(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables(&v.value, out);
                }
            }
        }
    }
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

#[cfg(test)]
mod tests;
