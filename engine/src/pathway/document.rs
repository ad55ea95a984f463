//! One pathway document: the fast typed read, the slow located read, and the host's
//! generic checks (ids, dates, region, kommune) before the plugin sees it.
//!
//! The fast path deserializes straight into typed structs and checks every constraint
//! of `schemas/pathway.schema.json` in code. Only a document that fails it takes the
//! slow path: the span-keeping parser and the JSON Schema, which locate each problem.
//! A test holds the two to the same verdict on every fixture.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::Value;

use crate::agreement::{self as check, location, span_of};
use crate::codes::Code;
use crate::document::json::{LineIndex, Parsed, Span};
use crate::document::schema::Schema;
use crate::finding::{Finding, Location, Severity};
use crate::plugin::{AgeGroup, Handover, Level, Pathway, Phase, Step};

/// Greatest number of steps in one pathway (the schema's `maxItems`).
pub const MAX_STEPS: usize = 500;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Doc<'a> {
    #[serde(rename = "$schema", borrow, default)]
    pub schema: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow, default)]
    pub title: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub region: Cow<'a, str>,
    #[serde(borrow)]
    pub kommune: Cow<'a, str>,
    #[serde(borrow)]
    pub patient: Patient<'a>,
    #[serde(borrow)]
    pub steps: Vec<StepDoc<'a>>,
    #[serde(borrow, default)]
    pub note: Option<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient<'a> {
    #[serde(borrow, default)]
    pub diagnosis: Option<Cow<'a, str>>,
    #[serde(default)]
    pub age_group: Option<AgeDoc>,
    #[serde(default)]
    pub minor_children: bool,
    #[serde(default)]
    pub long_term_needs: bool,
    #[serde(default)]
    pub expecting_child: bool,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgeDoc {
    Child,
    Adult,
    Elderly,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LevelDoc {
    Hf,
    Kommune,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseDoc {
    Before,
    During,
    After,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDoc<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(borrow)]
    pub task: Cow<'a, str>,
    #[serde(default)]
    pub planned_owner: Option<LevelDoc>,
    #[serde(borrow, default)]
    pub provider: Option<Cow<'a, str>>,
    #[serde(default)]
    pub phase: Option<PhaseDoc>,
    #[serde(borrow, default)]
    pub date: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub handover: Option<HandoverDoc<'a>>,
    #[serde(borrow, default)]
    pub note: Option<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandoverDoc<'a> {
    pub to: LevelDoc,
    pub information: bool,
    #[serde(borrow, default)]
    pub note: Option<Cow<'a, str>>,
}

impl LevelDoc {
    pub fn level(self) -> Level {
        match self {
            LevelDoc::Hf => Level::Hf,
            LevelDoc::Kommune => Level::Kommune,
        }
    }
}

fn id_ok(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'_' | b':' | b'/' | b'-'))
}

fn region_ok(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// The schema's `minLength: 1, maxLength: n`, counted in characters.
fn text_ok(s: &str, max: usize) -> bool {
    !s.is_empty() && (s.len() <= max || s.chars().count() <= max)
}

fn opt_text_ok(s: &Option<Cow<'_, str>>, max: usize) -> bool {
    s.as_deref().is_none_or(|s| text_ok(s, max))
}

fn date_shape_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

impl Doc<'_> {
    /// Every constraint of the schema that typing does not already enforce.
    pub fn conforms(&self) -> bool {
        id_ok(&self.id)
            && opt_text_ok(&self.title, 300)
            && region_ok(&self.region)
            && text_ok(&self.kommune, 100)
            && opt_text_ok(&self.patient.diagnosis, 100)
            && !self.steps.is_empty()
            && self.steps.len() <= MAX_STEPS
            && opt_text_ok(&self.note, 2000)
            && self.steps.iter().all(|s| {
                id_ok(&s.id)
                    && text_ok(&s.task, 100)
                    && opt_text_ok(&s.provider, 300)
                    && s.date.as_deref().is_none_or(date_shape_ok)
                    && opt_text_ok(&s.note, 2000)
                    && s.handover
                        .as_ref()
                        .is_none_or(|h| opt_text_ok(&h.note, 2000))
            })
    }

    /// The pathway as the plugin sees it, with its texts already indices into the
    /// batch's strings.
    pub fn to_pathway(&self, kommune: Option<u32>, diagnosis: Option<u32>) -> Pathway {
        Pathway {
            kommune,
            diagnosis,
            age: self.patient.age_group.map(|a| match a {
                AgeDoc::Child => AgeGroup::Child,
                AgeDoc::Adult => AgeGroup::Adult,
                AgeDoc::Elderly => AgeGroup::Elderly,
            }),
            minor_children: self.patient.minor_children,
            long_term_needs: self.patient.long_term_needs,
            expecting_child: self.patient.expecting_child,
            step_count: self.steps.len() as u32,
        }
    }
}

impl StepDoc<'_> {
    /// The step as the plugin sees it, its id and task already indices.
    pub fn to_step(&self, id: u32, task: u32) -> Step {
        Step {
            id,
            task,
            planned: self.planned_owner.map(LevelDoc::level),
            phase: self.phase.map(|p| match p {
                PhaseDoc::Before => Phase::Before,
                PhaseDoc::During => Phase::During,
                PhaseDoc::After => Phase::After,
            }),
            date: self.date.as_deref().map(date_number),
            handover: self.handover.as_ref().map(|h| Handover {
                to: h.to.level(),
                information: h.information,
            }),
        }
    }
}

/// YYYY-MM-DD (shape checked) as the number YYYYMMDD, which orders like the date.
pub fn date_number(s: &str) -> u32 {
    s.bytes().filter(u8::is_ascii_digit).fold(0u32, |n, d| {
        n.wrapping_mul(10).wrapping_add(u32::from(d - b'0'))
    })
}

/// Whether `s` (already YYYY-MM-DD in shape) is a real calendar date.
pub fn date_valid(s: &str) -> bool {
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// A problem the host finds in a typed pathway, before locating it.
#[derive(Debug)]
pub struct Problem {
    pub code: Code,
    pub severity: Severity,
    pub pointer: String,
    pub message: String,
    pub help: Option<String>,
}

/// Step ids unique, dates real.
pub fn problems(doc: &Doc<'_>) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, s) in doc.steps.iter().enumerate() {
        if let Some(j) = doc.steps[..i].iter().position(|t| t.id == s.id) {
            out.push(Problem {
                code: Code::DuplicateStepId,
                severity: Severity::Error,
                pointer: format!("/steps/{i}/id"),
                message: crate::t!(
                    "findings-duplicate-step-id",
                    step = &*s.id,
                    first = j + 1,
                    second = i + 1
                ),
                help: Some(crate::t!("findings-duplicate-step-id-help")),
            });
        }
        if let Some(d) = s.date.as_deref()
            && !date_valid(d)
        {
            out.push(Problem {
                code: Code::InvalidDate,
                severity: Severity::Error,
                pointer: format!("/steps/{i}/date"),
                message: crate::t!("findings-not-a-date", date = d),
                help: Some(crate::t!("findings-date-help")),
            });
        }
    }
    out
}

/// Whether `v` is valid under the pathway schema (for tests of the fast path).
pub fn schema_valid(v: &Value) -> bool {
    Schema::pathway().is_valid(v)
}

/// A piece of text to read as one pathway: a whole file, or one line of a JSON Lines
/// file, with where it starts so that locations are the file's.
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    pub text: &'a str,
    /// 1-based line of the file where `text` starts
    pub first_line: usize,
    /// byte offset in the file where `text` starts
    pub offset: usize,
}

/// Locates findings in one source: a scan per pointer, and the line index built once,
/// on demand. The full span-keeping parse only for unknown fields (keys).
pub struct Locator<'a> {
    pub source: Source<'a>,
    index: Option<LineIndex<'a>>,
}

impl<'a> Locator<'a> {
    pub fn new(source: Source<'a>) -> Self {
        Locator {
            source,
            index: None,
        }
    }

    fn at(&mut self, span: Option<Span>) -> Location {
        let source = self.source;
        match span {
            Some(span) => {
                let index = self
                    .index
                    .get_or_insert_with(|| LineIndex::new(source.text));
                shift(location(index, span), source)
            }
            None => shift(Location::START, source),
        }
    }

    /// Where `pointer` is (or its nearest ancestor), in the file's lines and bytes.
    pub fn locate(&mut self, pointer: &str) -> Location {
        let span = crate::document::pointer::find(self.source.text, pointer);
        self.at(span)
    }

    /// Where the key of `pointer` is (for unknown fields), else its parent's value.
    fn locate_key(&mut self, parsed: &Parsed, pointer: &str, parent: &str) -> Location {
        let span = parsed
            .keys
            .get(pointer)
            .copied()
            .unwrap_or_else(|| span_of(parsed, parent));
        self.at(Some(span))
    }
}

/// Moves a location within a source to the file's coordinates.
pub fn shift(mut l: Location, source: Source<'_>) -> Location {
    l.line += source.first_line - 1;
    l.end_line += source.first_line - 1;
    l.start += source.offset;
    l.end += source.offset;
    l
}

/// The slow path: syntax, duplicate keys and the JSON Schema, each located. Returns the
/// findings; empty means the document is schema-valid (and the fast path was wrong to
/// refuse it only if `problems` says otherwise).
pub fn located_schema_findings(loc: &mut Locator<'_>) -> Vec<Finding> {
    let source = loc.source;
    let read = check::read_bytes(
        source.text.as_bytes(),
        check::ReadLimits::default().max_depth,
    );
    let mut out: Vec<Finding> = read
        .findings
        .into_iter()
        .map(|mut f| {
            f.location = shift(f.location, source);
            f
        })
        .collect();
    let Some(parsed) = read.parsed else {
        return out;
    };
    let schema = Schema::pathway();
    for v in schema.violations(&parsed.value) {
        let location = if v.at_key {
            let parent = v.pointer.rsplit_once('/').map_or("", |(p, _)| p);
            loc.locate_key(&parsed, &v.pointer, parent)
        } else {
            loc.locate(&v.pointer)
        };
        out.push(schema.finding(v, location));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_numbers_order_like_dates() {
        assert_eq!(date_number("2026-03-14"), 20260314);
        assert!(date_number("2025-12-31") < date_number("2026-01-01"));
    }

    #[test]
    fn calendar_dates() {
        assert!(date_valid("2024-02-29"));
        assert!(!date_valid("2023-02-29"));
        assert!(!date_valid("2026-13-01"));
        assert!(!date_valid("2026-04-31"));
        assert!(date_valid("2000-02-29"));
        assert!(!date_valid("1900-02-29"));
    }

    #[test]
    fn ids_and_regions() {
        assert!(id_ok("t2d-bergen.1:a_b"));
        assert!(!id_ok("-x"));
        assert!(!id_ok(""));
        assert!(!id_ok(&"a".repeat(129)));
        assert!(region_ok("helse-bergen"));
        assert!(!region_ok("Helse-bergen"));
        assert!(!region_ok("helse--bergen"));
        assert!(!region_ok("helse-"));
    }

    #[test]
    fn a_location_in_a_line_is_moved_to_the_files_coordinates() {
        let text = r#"{"id": "p1", "steps": [{"id": "s1"}]}"#;
        let mut loc = Locator::new(Source {
            text,
            first_line: 7,
            offset: 100,
        });
        let l = loc.locate("/steps/0/id");
        assert_eq!((l.line, l.column), (7, text.find("\"s1\"").unwrap() + 1));
        assert_eq!(l.start, 100 + text.find("\"s1\"").unwrap());
    }
}
