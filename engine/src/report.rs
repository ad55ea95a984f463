//! Writing findings: like a compiler for people, and JSON, SARIF 2.1.0, GitHub workflow
//! annotations and JUnit XML for machines.

use std::fmt::Write as _;

use annotate_snippets::{self as snippets, AnnotationKind, Level, Renderer, Snippet};
use serde_json::{Value, json};

use crate::document::json::LineIndex;
use crate::finding::{FileReport, Finding, Origin, Severity};

/// Counts over a whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    pub fn of(reports: &[FileReport]) -> Summary {
        let mut s = Summary {
            files: reports.len(),
            ..Summary::default()
        };
        for r in reports {
            s.errors += r.count(Severity::Error);
            s.warnings += r.count(Severity::Warning);
            s.infos += r.count(Severity::Info);
        }
        s
    }
}

pub fn origin_text(o: &Origin) -> String {
    match o {
        Origin::Schema { schema } => crate::t!("output-origin-schema", schema = schema),
        Origin::Engine => crate::t!("output-origin-engine"),
        Origin::Plugin {
            plugin,
            rule,
            basis,
        } if basis.is_empty() => crate::t!("output-origin-plugin", plugin = plugin, rule = rule),
        Origin::Plugin {
            plugin,
            rule,
            basis,
        } => crate::t!(
            "output-origin-plugin-basis",
            plugin = plugin,
            rule = rule,
            basis = basis.join("; ")
        ),
    }
}

/// The word for a severity (`error`), in the current language.
pub fn severity_text(s: Severity) -> String {
    crate::t!("output-severity", severity = s.as_str())
}

fn path_text(r: &FileReport) -> String {
    r.path.display().to_string()
}

/// rustc-style text: the finding, where, the source line with the spot marked, the
/// origin and the help.
pub fn human(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let index = r.text.as_deref().map(LineIndex::new);
        for f in &r.findings {
            human_finding(&mut out, &path_text(r), index.as_ref().map(|i| (i, 1)), f);
        }
    }
    let s = Summary::of(reports);
    let _ = writeln!(
        out,
        "{}",
        crate::t!(
            "output-check-summary",
            files = s.files,
            errors = s.errors,
            warnings = s.warnings,
            infos = s.infos
        )
    );
    out
}

/// One finding in rustc style (annotate-snippets, as rustc and cargo draw them): the
/// finding, where, the source line with the spot marked and its JSON pointer, the origin
/// and the help. `source` is the text the finding is in, indexed, with the file line its
/// first line is (1 for a whole file, the line of a JSON Lines record).
pub fn human_finding(
    out: &mut String,
    path: &str,
    source: Option<(&LineIndex, usize)>,
    f: &Finding,
) {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
    .with_name(severity_text(f.severity));
    let loc = &f.location;
    let line = source.and_then(|(index, first_line)| {
        let n = (loc.line + 1).checked_sub(first_line)?;
        (1..=index.lines()).contains(&n).then(|| index.line(n))
    });
    let origin = origin_text(&f.origin);
    let title = level.primary_title(&f.message).id(&f.code);
    let mut group = match line {
        Some(line) => {
            // Columns count characters; the snippet wants bytes of the line.
            let byte = |column: usize| {
                line.char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(line.len(), |(i, _)| i)
            };
            let start = byte(loc.column);
            let end = if loc.end_line == loc.line {
                byte(loc.end_column).max(start)
            } else {
                line.len()
            };
            // An empty span still marks one character where there is one.
            let end = if end == start {
                line[start..]
                    .chars()
                    .next()
                    .map_or(start, |c| start + c.len_utf8())
            } else {
                end
            };
            let mut mark = AnnotationKind::Primary.span(start..end);
            if !f.pointer.is_empty() {
                mark = mark.label(f.pointer.as_str());
            }
            title.element(
                Snippet::source(line)
                    .line_start(loc.line)
                    .path(path)
                    .annotation(mark),
            )
        }
        None => {
            let at = snippets::Origin::path(path)
                .line(loc.line)
                .char_column(loc.column);
            let group = title.element(at);
            if f.pointer.is_empty() {
                group
            } else {
                group.element(
                    Level::NOTE
                        .with_name(crate::t!("output-finding-at"))
                        .message(f.pointer.as_str()),
                )
            }
        }
    };
    group = group.element(
        Level::NOTE
            .with_name(crate::t!("output-finding-source"))
            .message(origin.as_str()),
    );
    if let Some(h) = &f.help {
        group = group.element(
            Level::HELP
                .with_name(crate::t!("output-finding-help"))
                .message(h.as_str()),
        );
    }
    let _ = writeln!(out, "{}\n", Renderer::plain().render(&[group]));
}

/// JSON following `schemas/report.schema.json`.
pub fn json(reports: &[FileReport]) -> Value {
    let s = Summary::of(reports);
    json!({
        "tool": "ansvar",
        "version": env!("CARGO_PKG_VERSION"),
        "files": reports.iter().map(|r| json!({
            "path": path_text(r),
            "findings": r.findings,
        })).collect::<Vec<_>>(),
        "summary": {"files": s.files, "errors": s.errors, "warnings": s.warnings, "infos": s.infos},
    })
}

/// SARIF 2.1.0, as GitHub code scanning takes it.
pub fn sarif(reports: &[FileReport]) -> Value {
    let mut rules: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.findings.iter().map(|f| f.code.as_str()))
        .collect();
    rules.sort_unstable();
    rules.dedup();
    let rule_ids = &rules;
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| {
                let text = match &f.help {
                    Some(h) => crate::t!("output-sarif-message", message = &f.message, help = h),
                    None => f.message.clone(),
                };
                json!({
                    "ruleId": f.code,
                    "ruleIndex": rule_ids.iter().position(|x| *x == f.code).unwrap_or(0),
                    "level": match f.severity { Severity::Error => "error", Severity::Warning => "warning", Severity::Info => "note" },
                    "message": {"text": text},
                    "locations": [{
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri(&path_text(r))},
                            "region": {
                                "startLine": f.location.line,
                                "startColumn": f.location.column,
                                "endLine": f.location.end_line,
                                "endColumn": f.location.end_column.max(f.location.column + usize::from(f.location.end_line == f.location.line)),
                            }
                        }
                    }],
                    "properties": {"pointer": f.pointer, "source": origin_text(&f.origin)},
                })
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "ansvar",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules.iter().map(|r| sarif_rule(r, reports)).collect::<Vec<_>>(),
            }},
            "language": crate::i18n::current().id(),
            "results": results,
        }]
    })
}

/// A SARIF rule: what the code means in a line and in full, how to fix what it finds,
/// and the legal basis its findings cite. A plugin's own code, which the catalogue does
/// not know, stands for itself.
fn sarif_rule(id: &str, reports: &[FileReport]) -> Value {
    let (short, full, help) = match crate::codes::Code::from_id(id) {
        Some(code) => (code.meaning(), code.description(), code.help()),
        None => (id.to_string(), id.to_string(), id.to_string()),
    };
    let mut basis: Vec<&str> = Vec::new();
    for f in reports.iter().flat_map(|r| &r.findings) {
        if let Origin::Plugin { basis: cited, .. } = &f.origin
            && f.code == id
        {
            for item in cited {
                if !basis.contains(&item.as_str()) {
                    basis.push(item.as_str());
                }
            }
        }
    }
    let mut text = help.clone();
    let mut markdown = format!("**{short}**\n\n{full}\n\n{help}");
    if !basis.is_empty() {
        let heading = crate::t!("output-sarif-legal-basis");
        let _ = write!(text, "\n\n{heading}: {}", basis.join("; "));
        let _ = write!(markdown, "\n\n### {heading}\n");
        for item in &basis {
            let _ = write!(markdown, "\n- {item}");
        }
    }
    json!({
        "id": id,
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": text, "markdown": markdown},
    })
}

/// A relative path as a URI reference (forward slashes, spaces and % escaped).
fn uri(path: &str) -> String {
    path.replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20")
}

/// GitHub Actions workflow commands, one per finding.
pub fn github(reports: &[FileReport]) -> String {
    fn data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn property(s: &str) -> String {
        data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for r in reports {
        for f in &r.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut msg = f.message.clone();
            if let Some(h) = &f.help {
                msg.push('\n');
                msg.push_str(&crate::t!("output-github-help", help = h));
            }
            msg.push('\n');
            msg.push_str(&crate::t!(
                "output-github-source",
                source = origin_text(&f.origin)
            ));
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&path_text(r)),
                f.location.line,
                f.location.column,
                f.location.end_line,
                f.location.end_column,
                property(&format!("ansvar {}", f.code)),
                data(&msg)
            );
        }
    }
    out
}

/// JUnit XML: one test case per file, failing when it has errors.
pub fn junit(reports: &[FileReport]) -> String {
    fn esc(s: &str) -> String {
        s.chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect::<String>()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }
    let s = Summary::of(reports);
    let failures = reports
        .iter()
        .filter(|r| r.count(Severity::Error) > 0)
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"ansvar check\" tests=\"{}\" failures=\"{failures}\">",
        s.files
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"ansvar check\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
        s.files
    );
    for r in reports {
        let path = esc(&path_text(r));
        let _ = write!(
            out,
            "    <testcase classname=\"ansvar.check\" name=\"{path}\""
        );
        let errors: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        let others: Vec<&Finding> = r
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Error)
            .collect();
        if errors.is_empty() && others.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        let line = |f: &Finding| {
            format!(
                "{}:{}:{} {}[{}] {}",
                path_text(r),
                f.location.line,
                f.location.column,
                severity_text(f.severity),
                f.code,
                f.message
            )
        };
        if !errors.is_empty() {
            let _ = writeln!(
                out,
                "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                esc(&crate::t!("output-junit-errors", count = errors.len())),
                esc(&errors[0].code),
                esc(&errors
                    .iter()
                    .map(|f| line(f))
                    .collect::<Vec<_>>()
                    .join("\n"))
            );
        }
        if !others.is_empty() {
            let _ = writeln!(
                out,
                "      <system-out>{}</system-out>",
                esc(&others
                    .iter()
                    .map(|f| line(f))
                    .collect::<Vec<_>>()
                    .join("\n"))
            );
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
