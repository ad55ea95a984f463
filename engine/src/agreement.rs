//! Checking agreement documents, the whole sequence: reading (size, encoding, syntax,
//! duplicate keys), the JSON Schema, the host's generic checks, the region plugin's
//! checks, and locating every finding in the file. The law itself is the plugin's
//! business. [`check_file`] and [`check_bytes`] run the sequence; the CLI's `check` and
//! `test`, and the fuzz target, call them.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::codes::Code;
use crate::document::json::{self, LineIndex, Parsed, Span};
use crate::document::schema::Schema;
use crate::finding::{FileReport, Finding, Location, Severity};
use crate::kommune;
use crate::plugin::{
    Agreement, AgreementStatus, Clause, Host, Level, Plugin, RegionInfo, SharedMeasure,
};

/// Where the plugin of an agreement's region comes from: the caller loads plugins (and
/// keeps them for the run); the check only asks.
pub trait Regions {
    /// The plugin of region `id` and its description, or why there is none.
    fn region(&mut self, id: &str) -> Result<(&Plugin, &RegionInfo), NoRegion>;
}

/// Why an agreement's region has no plugin to ask.
#[derive(Clone, Debug)]
pub struct NoRegion {
    /// No plugin has this id (a finding `unknown-region`); otherwise the plugin failed to
    /// load (`plugin-failed`, and the run's exit code says so).
    pub unknown: bool,
    pub message: String,
    pub help: Option<String>,
}

/// No plugins at all: every region is unknown. The engine's checks still run.
pub struct NoRegions;

impl Regions for NoRegions {
    fn region(&mut self, id: &str) -> Result<(&Plugin, &RegionInfo), NoRegion> {
        Err(NoRegion::unknown(id))
    }
}

impl NoRegion {
    fn unknown(id: &str) -> Self {
        NoRegion {
            unknown: true,
            message: crate::t!("findings-no-plugin-for-region", region = id),
            help: None,
        }
    }
}

/// The regions a pathway run loaded answer for agreements too (`ansvar test`, the fuzz
/// target).
impl Regions for crate::pathway::Regions {
    fn region(&mut self, id: &str) -> Result<(&Plugin, &RegionInfo), NoRegion> {
        shared_region(self, id)
    }
}

/// Shared regions answer too (the server's, loaded once for every request).
impl Regions for &crate::pathway::Regions {
    fn region(&mut self, id: &str) -> Result<(&Plugin, &RegionInfo), NoRegion> {
        shared_region(self, id)
    }
}

fn shared_region<'a>(
    regions: &'a crate::pathway::Regions,
    id: &str,
) -> Result<(&'a Plugin, &'a RegionInfo), NoRegion> {
    if let Some(r) = regions.loaded.iter().find(|r| r.info.id == id) {
        return Ok((&r.plugin, &r.info));
    }
    match regions.failed.iter().find(|(failed, _, _)| failed == id) {
        Some((_, message, help)) => Err(NoRegion {
            unknown: false,
            message: message.clone(),
            help: help.clone(),
        }),
        None => Err(NoRegion::unknown(id)),
    }
}

/// An agreement checked: its findings, sorted by place, and whether a plugin failed.
pub struct Checked {
    pub report: FileReport,
    pub plugin_failed: bool,
}

/// Reads the agreement at `path` and checks it (see [`check_bytes`]).
pub fn check_file(
    host: &Host,
    regions: &mut dyn Regions,
    path: &Path,
    limits: ReadLimits,
    today: &str,
) -> Checked {
    check_read(host, regions, path.to_path_buf(), read(path, limits), today)
}

/// Checks an agreement held in memory: reading, schema, the engine's generic checks, and
/// the region plugin's, each finding located in the text.
pub fn check_bytes(
    host: &Host,
    regions: &mut dyn Regions,
    path: PathBuf,
    bytes: &[u8],
    limits: ReadLimits,
    today: &str,
) -> Checked {
    if bytes.len() as u64 > limits.max_bytes {
        let read = too_large(bytes.len() as u64, limits.max_bytes);
        return check_read(host, regions, path, read, today);
    }
    check_read(
        host,
        regions,
        path,
        read_bytes(bytes, limits.max_depth),
        today,
    )
}

fn check_read(
    host: &Host,
    regions: &mut dyn Regions,
    path: PathBuf,
    read: Read,
    today: &str,
) -> Checked {
    let mut findings = read.findings;
    let mut plugin_failed = false;
    if let (Some(text), Some(parsed)) = (read.text.as_deref(), read.parsed.as_ref()) {
        let index = LineIndex::new(text);
        let schema = schema_findings(&index, parsed);
        let schema_ok = schema.is_empty();
        findings.extend(schema);
        if schema_ok {
            let region_id = parsed.value["region"].as_str().unwrap_or_default();
            let region = regions.region(region_id);
            let info = region.as_ref().ok().map(|(_, info)| *info);
            findings.extend(engine_findings(&index, parsed, info, today));
            let failure = match region {
                Ok((plugin, _)) => match host.check_agreement(plugin, &to_agreement(&parsed.value))
                {
                    Ok(fs) => {
                        findings.extend(
                            fs.into_iter()
                                .map(|f| plugin_finding(&index, parsed, &plugin.name, f)),
                        );
                        None
                    }
                    Err(e) => Some((Code::PluginFailed, e.to_string(), e.help())),
                },
                Err(NoRegion {
                    unknown: true,
                    message,
                    help,
                }) => Some((Code::UnknownRegion, message, help)),
                Err(NoRegion { message, help, .. }) => Some((Code::PluginFailed, message, help)),
            };
            if let Some((code, message, help)) = failure {
                plugin_failed = code == Code::PluginFailed;
                let span = span_of(parsed, "/region");
                findings.push(Finding::engine(
                    code,
                    Severity::Error,
                    message,
                    "/region".into(),
                    location(&index, span),
                    help,
                ));
            }
        }
    }
    findings.sort_by_key(|f| (f.location.start, f.severity));
    Checked {
        report: FileReport {
            path,
            text: read.text,
            findings,
        },
        plugin_failed,
    }
}

/// Limits on what a document may be.
#[derive(Clone, Copy, Debug)]
pub struct ReadLimits {
    pub max_bytes: u64,
    pub max_depth: usize,
}

impl Default for ReadLimits {
    fn default() -> Self {
        ReadLimits {
            max_bytes: 4 << 20,
            max_depth: 64,
        }
    }
}

/// A document read and parsed, with what went wrong on the way.
pub struct Read {
    pub text: Option<String>,
    pub parsed: Option<Parsed>,
    pub findings: Vec<Finding>,
}

/// The location of a span in `text`.
pub fn location(index: &LineIndex, span: Span) -> Location {
    let (line, column) = index.position(span.start);
    let (end_line, end_column) = index.position(span.end);
    Location {
        line,
        column,
        end_line,
        end_column,
        start: span.start,
        end: span.end,
    }
}

/// The best span for `pointer`: the value, else its nearest ancestor that exists.
pub fn span_of(parsed: &Parsed, pointer: &str) -> Span {
    let mut p = pointer;
    loop {
        if let Some(s) = parsed.values.get(p) {
            return *s;
        }
        match p.rfind('/') {
            Some(i) => p = &p[..i],
            None => {
                return parsed
                    .values
                    .get("")
                    .copied()
                    .unwrap_or(Span { start: 0, end: 0 });
            }
        }
    }
}

/// Reads a file: size limit, UTF-8 (a BOM is accepted with a warning), JSON syntax,
/// duplicate keys, nesting depth.
pub fn read(path: &Path, limits: ReadLimits) -> Read {
    let fail = |code: Code, message: String, help: Option<String>| Read {
        text: None,
        parsed: None,
        findings: vec![Finding::engine(
            code,
            Severity::Error,
            message,
            String::new(),
            Location::START,
            help,
        )],
    };
    let unreadable = |e: std::io::Error| {
        fail(
            Code::Unreadable,
            crate::t!("findings-cannot-read-file", error = e.to_string()),
            Some(crate::t!("findings-cannot-read-file-help")),
        )
    };
    // Opened once, checked (a regular file, its size) and read through the same handle,
    // at most the limit: a named pipe, a device or a file swapped in meanwhile is not read.
    let bytes = match crate::open::read_limited(path, limits.max_bytes) {
        Ok(b) => b,
        Err(crate::open::Limited::TooLarge(size)) => return too_large(size, limits.max_bytes),
        Err(crate::open::Limited::Io(e)) => return unreadable(e),
    };
    read_bytes(&bytes, limits.max_depth)
}

fn too_large(len: u64, max: u64) -> Read {
    Read {
        text: None,
        parsed: None,
        findings: vec![Finding::engine(
            Code::TooLarge,
            Severity::Error,
            crate::t!("findings-too-large", size = len, max = max),
            String::new(),
            Location::START,
            Some(crate::t!("findings-too-large-agreement-help")),
        )],
    }
}

/// Reads a document already in memory: UTF-8 (a BOM is accepted with a warning), JSON
/// syntax, duplicate keys, nesting depth.
pub fn read_bytes(bytes: &[u8], max_depth: usize) -> Read {
    let mut findings = Vec::new();
    let body = match bytes.strip_prefix(crate::document::BOM) {
        Some(rest) => {
            findings.push(crate::document::bom_finding(Location::START));
            rest
        }
        None => bytes,
    };
    let text = match std::str::from_utf8(body) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let valid = std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or_default();
            let index = LineIndex::new(valid);
            let (line, column) = index.position(valid.len());
            findings.push(Finding::engine(
                Code::NotUtf8,
                Severity::Error,
                crate::t!(
                    "findings-not-utf8",
                    byte = format!("{:02x}", body[e.valid_up_to()])
                ),
                String::new(),
                Location {
                    line,
                    column,
                    end_line: line,
                    end_column: column + 1,
                    start: valid.len(),
                    end: valid.len(),
                },
                Some(crate::t!("findings-not-utf8-help")),
            ));
            return Read {
                text: None,
                parsed: None,
                findings,
            };
        }
    };
    let index = LineIndex::new(&text);
    match json::parse(&text, max_depth) {
        Err(e) => {
            let span = Span {
                start: e.offset,
                end: (e.offset + 1).min(text.len()),
            };
            findings.push(Finding::engine(
                Code::Syntax,
                Severity::Error,
                crate::t!("findings-invalid-json", message = e.message),
                String::new(),
                location(&index, span),
                e.help,
            ));
            Read {
                text: Some(text),
                parsed: None,
                findings,
            }
        }
        Ok(parsed) => {
            for (pointer, second, first) in &parsed.duplicates {
                let (line, _) = index.position(first.start);
                findings.push(Finding::engine(
                    Code::DuplicateKey,
                    Severity::Error,
                    crate::t!(
                        "findings-duplicate-key",
                        key = &text[second.start..second.end],
                        line = line
                    ),
                    pointer.into(),
                    location(&index, *second),
                    Some(crate::t!("findings-duplicate-key-help")),
                ));
            }
            drop(index);
            Read {
                text: Some(text),
                parsed: Some(parsed),
                findings,
            }
        }
    }
}

/// Schema violations, each located at the offending value (an unknown field at its key).
pub fn schema_findings(index: &LineIndex, parsed: &Parsed) -> Vec<Finding> {
    let schema = Schema::agreement();
    schema
        .violations(&parsed.value)
        .into_iter()
        .map(|v| {
            let span = v
                .at_key
                .then(|| parsed.keys.get(&v.pointer).copied())
                .flatten()
                .unwrap_or_else(|| span_of(parsed, &v.pointer));
            schema.finding(v, location(index, span))
        })
        .collect()
}

/// Today's date as YYYY-MM-DD (`ANSVAR_TODAY` overrides, for reproducible runs).
pub fn today() -> String {
    if let Ok(t) = std::env::var("ANSVAR_TODAY") {
        return t;
    }
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The host's generic checks of a schema-valid agreement. `region` is the description of
/// the agreement's region plugin, when there is one.
pub fn engine_findings(
    index: &LineIndex,
    parsed: &Parsed,
    region: Option<&RegionInfo>,
    today: &str,
) -> Vec<Finding> {
    let v = &parsed.value;
    let mut out = Vec::new();
    let mut push =
        |code: Code, severity: Severity, message: String, pointer: String, help: Option<String>| {
            let location = location(index, span_of(parsed, &pointer));
            out.push(Finding::engine(
                code, severity, message, pointer, location, help,
            ));
        };

    // Clauses: unknown tasks, the same task twice, shared without a lead.
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, c) in v["clauses"].as_array().into_iter().flatten().enumerate() {
        let task = c["task"].as_str().unwrap_or_default();
        if let Some(info) = region
            && !info.tasks.iter().any(|t| t.id == task)
        {
            let close =
                crate::suggest::did_you_mean(task, info.tasks.iter().map(|t| t.id.as_str()));
            push(
                Code::UnknownTask,
                Severity::Error,
                crate::t!("findings-unknown-task", task = task),
                format!("/clauses/{i}/task"),
                close.or_else(|| Some(crate::t!("findings-task-ids-help"))),
            );
        }
        if let Some((_, first)) = seen.iter().find(|(t, _)| *t == task) {
            push(
                Code::DuplicateTask,
                Severity::Error,
                crate::t!("findings-duplicate-task", task = task, clause = first + 1),
                format!("/clauses/{i}/task"),
                Some(crate::t!("findings-duplicate-task-help")),
            );
        } else {
            seen.push((task, i));
        }
        let owner = c["owner"].as_str().unwrap_or_default();
        if owner == "delt" && c.get("lead").is_none() {
            push(
                Code::SharedWithoutLead,
                Severity::Error,
                crate::t!("findings-shared-without-lead", task = task),
                format!("/clauses/{i}/owner"),
                Some(crate::t!("findings-shared-without-lead-help")),
            );
        }
        if owner != "delt" && c.get("lead").is_some() {
            push(
                Code::LeadWithoutSharing,
                Severity::Warning,
                crate::t!("findings-lead-without-sharing", task = task),
                format!("/clauses/{i}/lead"),
                Some(crate::t!("findings-lead-without-sharing-help")),
            );
        }
    }

    // Dates.
    let date = |k: &str| v.get(k).and_then(Value::as_str);
    if let (Some(from), Some(to)) = (date("effective_from"), date("effective_to"))
        && to < from
    {
        push(
            Code::DatesOutOfOrder,
            Severity::Error,
            crate::t!("findings-dates-out-of-order", to = to, from = from),
            "/effective_to".into(),
            None,
        );
    }
    if let Some(review) = date("review_date")
        && review < today
        && v["status"] == "vedtatt"
    {
        push(
            Code::ReviewOverdue,
            Severity::Warning,
            crate::t!("findings-review-overdue", review = review, today = today),
            "/review_date".into(),
            Some(crate::t!("findings-review-overdue-help")),
        );
    }

    // Kommuner: today's numbers, in the region; a membership the sources do not settle
    // is accepted with a note.
    let register = kommune::register();
    for (i, n) in v["parties"]["kommuner"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let n = n.as_str().unwrap_or_default();
        let pointer = format!("/parties/kommuner/{i}");
        match register.by_number(n) {
            Some(k) => {
                let Some(info) = region else { continue };
                if !info.kommuner.iter().any(|x| x == n) {
                    push(
                        Code::KommuneOutsideRegion,
                        Severity::Error,
                        crate::t!(
                            "findings-kommune-outside-region",
                            number = n,
                            name = &k.name,
                            region = &info.id,
                            hf = info.hf_parties.join(", ")
                        ),
                        pointer,
                        Some(register.outside_region_help(k).0),
                    );
                } else if let Some(m) = k.membership(&info.id).filter(|m| !m.settled) {
                    push(
                        Code::UnsettledKommune,
                        Severity::Info,
                        kommune::unsettled(&info.id, n, &k.name, m.note.as_deref()),
                        pointer,
                        Some(crate::t!("findings-unsettled-kommune-agreement-help")),
                    );
                }
            }
            None => match register.resolve(n) {
                Ok(r) => push(
                    Code::OldKommune,
                    Severity::Warning,
                    crate::t!(
                        "findings-old-kommunenummer",
                        number = n,
                        note = r.note.unwrap_or_default()
                    ),
                    pointer,
                    Some(crate::t!(
                        "findings-write-number",
                        number = &r.kommune.number
                    )),
                ),
                Err(e) => match &e {
                    kommune::KommuneError::Ambiguous { candidates, .. } => push(
                        Code::OldKommune,
                        Severity::Warning,
                        crate::t!(
                            "findings-old-kommunenummer-split",
                            number = n,
                            candidates = kommune::and_list(candidates)
                        ),
                        pointer,
                        Some(e.help()),
                    ),
                    kommune::KommuneError::Unknown { .. } => push(
                        Code::UnknownKommune,
                        Severity::Error,
                        crate::t!("findings-no-kommune-number", number = n),
                        pointer,
                        Some(crate::t!("findings-kommunenummer-help")),
                    ),
                },
            },
        }
    }

    // Signatures: every party signed, kommuner at kommunestyre level.
    if let Some(sigs) = v.get("signatures").and_then(Value::as_array) {
        let parties: Vec<&str> = v["parties"]["hf"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(v["parties"]["kommuner"].as_array().into_iter().flatten())
            .filter_map(Value::as_str)
            .collect();
        let missing: Vec<&str> = parties
            .iter()
            .copied()
            .filter(|p| !sigs.iter().any(|s| s["party"] == *p))
            .collect();
        if !missing.is_empty() {
            push(
                Code::NotSigned,
                Severity::Warning,
                crate::t!(
                    "findings-parties-not-signed",
                    count = missing.len(),
                    parties = missing.join(", ")
                ),
                "/signatures".into(),
                Some(crate::t!("findings-parties-not-signed-help")),
            );
        }
        for (i, sig) in sigs.iter().enumerate() {
            let party = sig["party"].as_str().unwrap_or_default();
            if sig["signed"] == false {
                push(
                    Code::NotSigned,
                    Severity::Warning,
                    crate::t!("findings-party-not-signed", party = party),
                    format!("/signatures/{i}/signed"),
                    None,
                );
                continue;
            }
            let level = sig["level"].as_str();
            let is_kommune = party.len() == 4 && party.bytes().all(|b| b.is_ascii_digit());
            if is_kommune && v["status"] == "vedtatt" && level.is_some_and(|l| l != "kommunestyre")
            {
                push(
                    Code::SignedBelowKommunestyre,
                    Severity::Warning,
                    crate::t!(
                        "findings-signed-below-kommunestyre",
                        party = party,
                        level = level.unwrap_or_default()
                    ),
                    format!("/signatures/{i}/level"),
                    Some(crate::t!("findings-signed-below-kommunestyre-help")),
                );
            }
        }
    }

    // Bodies renamed since the text was written.
    walk_strings(v, &mut String::new(), &mut |pointer, s| {
        if s.contains("Fylkesmann") {
            push(
                Code::RenamedBody,
                Severity::Warning,
                crate::t!("findings-renamed-fylkesmann"),
                pointer.to_string(),
                Some(crate::t!("findings-renamed-fylkesmann-help")),
            );
        }
    });
    out
}

fn walk_strings(v: &Value, pointer: &mut String, f: &mut dyn FnMut(&str, &str)) {
    match v {
        Value::String(s) => f(pointer, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{i}"));
                walk_strings(item, pointer, f);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&json::escape_token(k));
                walk_strings(item, pointer, f);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// The plugin API's view of a schema-valid agreement. Clauses the host already found
/// broken (shared without a lead) are left out.
pub fn to_agreement(v: &Value) -> Agreement {
    let strings = |x: &Value| -> Vec<String> {
        x.as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect()
    };
    let level = |s: &str| if s == "hf" { Level::Hf } else { Level::Kommune };
    let clauses = v["clauses"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, c)| {
            let owner = c["owner"].as_str()?;
            let (owner, shared) = match owner {
                "delt" => (level(c["lead"].as_str()?), true),
                o => (level(o), false),
            };
            let mut contributors: Vec<Level> = c["contributors"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(level)
                .filter(|l| *l != owner)
                .collect();
            if shared && contributors.is_empty() {
                contributors.push(match owner {
                    Level::Hf => Level::Kommune,
                    Level::Kommune => Level::Hf,
                });
            }
            let shared = shared || !contributors.is_empty();
            Some(Clause {
                index: i as u32,
                task: c["task"].as_str()?.to_string(),
                owner,
                shared,
                contributors,
                ta_reference: c["ta_reference"].as_str().map(String::from),
                shared_measure: c.get("shared_measure").map(|m| SharedMeasure {
                    employer: m["employer"].as_str().map(String::from),
                    organisation: m["organisation"].as_str().map(String::from),
                    funding: m["funding"].as_str().map(String::from),
                }),
            })
        })
        .collect();
    Agreement {
        id: v["id"].as_str().unwrap_or_default().into(),
        kind: v["kind"].as_str().unwrap_or_default().into(),
        status: if v["status"] == "vedtatt" {
            AgreementStatus::Adopted
        } else {
            AgreementStatus::Draft
        },
        region: v["region"].as_str().unwrap_or_default().into(),
        paragraph_6_2: v["paragraph_6_2"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_u64)
            .filter_map(|n| u8::try_from(n).ok())
            .collect(),
        local_ta: strings(&v["local_ta"]),
        parents: strings(&v["parents"]),
        user_representation: v.get("user_representation").and_then(Value::as_bool),
        clauses,
    }
}

/// A plugin's finding, located in the document.
pub fn plugin_finding(
    index: &LineIndex,
    parsed: &Parsed,
    plugin: &str,
    f: crate::plugin::Finding,
) -> Finding {
    let location = location(index, span_of(parsed, &f.pointer));
    Finding::plugin(plugin, f, location)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_disappeared_is_a_finding_not_a_panic() {
        let r = read(
            Path::new("/nonexistent/agreement.json"),
            ReadLimits::default(),
        );
        assert!(r.parsed.is_none());
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].code, "unreadable");
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert_eq!(t.len(), 10);
        assert!(t.as_str() > "2024-01-01");
    }

    #[test]
    fn span_falls_back_to_the_nearest_ancestor() {
        let text = r#"{"clauses": [{"task": "x"}]}"#;
        let parsed = json::parse(text, 64).unwrap();
        let s = span_of(&parsed, "/clauses/0/shared_measure");
        assert_eq!(&text[s.start..s.end], r#"{"task": "x"}"#);
    }

    mod properties {
        use proptest::prelude::*;

        use super::super::*;

        const AGREEMENT: &str =
            include_str!("../../agreements/helse-bergen/saeravtale-lm-nettverk.json");

        /// Everything the host checks without a plugin, for one file.
        fn findings(path: &Path) -> Vec<Finding> {
            let read = read(path, ReadLimits::default());
            let mut out = read.findings;
            if let (Some(text), Some(parsed)) = (read.text.as_deref(), read.parsed.as_ref()) {
                let index = LineIndex::new(text);
                out.extend(schema_findings(&index, parsed));
                out.extend(engine_findings(&index, parsed, None, "2026-11-22"));
            }
            out
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            /// A damaged agreement (cut, or a byte replaced): findings point inside the
            /// file, the file is not modified, and the same input gives the same findings.
            #[test]
            fn findings_point_inside_the_file(cut in 0..AGREEMENT.len(), at in 0..AGREEMENT.len(), byte in any::<u8>()) {
                let mut bytes = AGREEMENT.as_bytes()[..cut.max(1)].to_vec();
                let i = at % bytes.len();
                bytes[i] = byte;
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("a.json");
                std::fs::write(&path, &bytes).unwrap();
                let first = findings(&path);
                prop_assert_eq!(std::fs::read(&path).unwrap(), bytes.clone());
                prop_assert_eq!(&first, &findings(&path));
                let lines = bytes.split(|b| *b == b'\n').count();
                for f in &first {
                    prop_assert!(f.location.start <= bytes.len() && f.location.end <= bytes.len(), "{f:?}");
                    prop_assert!(f.location.line >= 1 && f.location.line <= lines, "{f:?}");
                }
            }
        }
    }
}
