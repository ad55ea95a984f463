//! Findings: what is wrong, exactly where, why, and where the verdict comes from.

use std::path::PathBuf;

use serde::Serialize;

use crate::codes::Code;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Where a finding comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Origin {
    /// a JSON Schema in `schemas/`
    Schema { schema: String },
    /// the host's generic checks (reading, parsing, structure, kommuner, dates)
    Engine,
    /// a region plugin's rule, with the legal basis it rests on
    Plugin {
        plugin: String,
        rule: String,
        basis: Vec<String>,
    },
}

/// 1-based line and column (in characters) of the start and end of a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

impl Location {
    /// The start of a file, for findings about the file as a whole.
    pub const START: Location = Location {
        line: 1,
        column: 1,
        end_line: 1,
        end_column: 1,
        start: 0,
        end: 0,
    };
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    /// JSON pointer of the offending value ("" for the whole document)
    pub pointer: String,
    pub location: Location,
    pub origin: Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Finding {
    /// A finding of the host's own checks (reading, schema-level structure, kommuner,
    /// dates): the one constructor for them, for agreements and pathways alike.
    pub fn engine(
        code: Code,
        severity: Severity,
        message: String,
        pointer: String,
        location: Location,
        help: Option<String>,
    ) -> Finding {
        Finding {
            code: code.id().into(),
            severity,
            message,
            pointer,
            location,
            origin: Origin::Engine,
            help,
        }
    }

    /// A region plugin's finding, placed at `location` (the span of its pointer), its
    /// texts rendered in the current language.
    pub fn plugin(plugin: &str, f: crate::plugin::Finding, location: Location) -> Finding {
        Finding {
            code: f.code,
            severity: f.severity.into(),
            message: render(&f.message),
            pointer: f.pointer,
            location,
            origin: Origin::Plugin {
                plugin: plugin.to_string(),
                rule: f.rule,
                basis: f.basis,
            },
            help: f.help.as_ref().map(render),
        }
    }
}

/// A plugin's text in the current language: a catalogue message rendered with its
/// arguments (an id the catalogue lacks comes out as the id and its arguments), or free
/// text as the plugin wrote it.
fn render(text: &crate::plugin::Text) -> String {
    use crate::i18n::{self, Arg};
    use crate::plugin::{ArgValue, Text};
    match text {
        Text::Free(s) => s.clone(),
        Text::Message(m) => {
            let args: Vec<(&str, Arg<'_>)> = m
                .args
                .iter()
                .map(|a| {
                    let value = match &a.value {
                        ArgValue::Text(s) => Arg::from(s.as_str()),
                        ArgValue::Number(n) => Arg::from(*n),
                    };
                    (a.name.as_str(), value)
                })
                .collect();
            i18n::render(i18n::current(), &m.id, &args)
        }
    }
}

/// The one mapping from a plugin's severity to the host's.
impl From<crate::plugin::Severity> for Severity {
    fn from(s: crate::plugin::Severity) -> Self {
        match s {
            crate::plugin::Severity::Error => Severity::Error,
            crate::plugin::Severity::Warning => Severity::Warning,
            crate::plugin::Severity::Info => Severity::Info,
        }
    }
}

/// All findings for one file, with its text for showing source lines.
#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub text: Option<String>,
    pub findings: Vec<Finding>,
}

impl FileReport {
    pub fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }
}
