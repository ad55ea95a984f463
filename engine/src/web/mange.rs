//! Mange forløp: many planned pathways at once, as JSON Lines. With script the page
//! sends the file in pieces of whole lines to `POST /api/v1/pathways/check` and sums the
//! records as they come back (a bar shows how many lines are answered); without, the form
//! sends the whole file (at most `--max-body-bytes`) and the answer is the summary page.

use std::collections::BTreeMap;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::response::Response;
use axum::routing::get;
use maud::{Markup, html};
use serde_json::{Value, json};

use super::{Nav, Page, data_block, read_form, size_text, texts};
use crate::codes::Code;
use crate::pathway::run::{self, RunOptions, Style};
use crate::serve::api::{ApiError, S, blocking, ready};
use crate::serve::body::BodyError;
use crate::t;
use crate::who::{Problem, ProblemKind};

pub(super) fn routes() -> Router<S> {
    Router::new()
        .route("/mange", get(page).post(upload))
        // The form is read whole under `--max-body-bytes` (`read_form`), not under axum's own
        // default limit.
        .layer(DefaultBodyLimit::disable())
}

/// The verdict ids of a step record, in the order of the summary.
pub(crate) const VERDICTS: [&str; 7] = [
    "ok",
    "contributor",
    "wrong-level",
    "unknown-task",
    "no-owner",
    "not-covered",
    "not-checked",
];

const SEVERITIES: [&str; 3] = ["error", "warning", "info"];

/// The counts of a run, from its JSON Lines records: the same sums the page script makes.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    pub pathways: u64,
    pub steps: u64,
    pub with_errors: u64,
    /// findings by severity, in the order of `SEVERITIES`
    pub severities: [u64; 3],
    /// steps by verdict, in the order of `VERDICTS`
    pub verdicts: [u64; 7],
    /// per code: findings, and the worst severity (index in `SEVERITIES`)
    pub codes: BTreeMap<String, (u64, usize)>,
    /// per region ("" when the record names none): pathways, with errors, findings
    pub regions: BTreeMap<String, [u64; 3]>,
}

impl Summary {
    pub(crate) fn add(&mut self, record: &Value) {
        self.pathways += 1;
        let failed = record["status"] == "error";
        if failed {
            self.with_errors += 1;
        }
        let steps = record["steps"].as_array().map_or(&[][..], Vec::as_slice);
        self.steps += steps.len() as u64;
        for s in steps {
            let v = s["verdict"].as_str().unwrap_or("not-checked");
            let i = VERDICTS.iter().position(|x| *x == v).unwrap_or(6);
            self.verdicts[i] += 1;
        }
        let findings = record["findings"].as_array().map_or(&[][..], Vec::as_slice);
        for f in findings {
            let sev = f["severity"].as_str().unwrap_or("info");
            let si = SEVERITIES.iter().position(|x| *x == sev).unwrap_or(2);
            self.severities[si] += 1;
            let code = f["code"].as_str().unwrap_or_default().to_string();
            let entry = self.codes.entry(code).or_insert((0, si));
            entry.0 += 1;
            entry.1 = entry.1.min(si);
        }
        let region = record["region"].as_str().unwrap_or_default().to_string();
        let r = self.regions.entry(region).or_default();
        r[0] += 1;
        r[1] += u64::from(failed);
        r[2] += findings.len() as u64;
    }

    /// The codes, most findings first.
    fn codes_by_count(&self) -> Vec<(&str, u64, usize)> {
        let mut v: Vec<(&str, u64, usize)> = self
            .codes
            .iter()
            .map(|(c, (n, s))| (c.as_str(), *n, *s))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

fn meaning(code: &str) -> String {
    Code::from_id(code).map(Code::meaning).unwrap_or_default()
}

fn severity_word(i: usize) -> String {
    t!("output-severity", severity = SEVERITIES[i])
}

fn verdict_word(v: &str) -> String {
    t!("output-pathway-verdict", verdict = v)
}

/// The summary of a run: counts, then tables by verdict, by code and by region. The page
/// script builds the same from the streamed records.
fn summary_markup(file: &str, s: &Summary) -> Markup {
    let no_region = t!("web-mange-no-region");
    html! {
        h2 { (t!("web-mange-summary-title")) }
        @if !file.is_empty() {
            p { (t!("web-mange-summary-file", file = file)) }
        }
        dl.counts {
            dt { (t!("web-mange-count-pathways")) } dd data-count="pathways" { (s.pathways) }
            dt { (t!("web-mange-count-steps")) } dd data-count="steps" { (s.steps) }
            dt { (t!("web-mange-count-with-errors")) } dd data-count="with-errors" { (s.with_errors) }
            dt { (t!("web-mange-count-findings")) }
            dd data-count="findings" {
                (t!("web-mange-findings-by-severity", errors = s.severities[0], warnings = s.severities[1], infos = s.severities[2]))
            }
        }
        div.table-wrap {
            table.verdicts {
                caption { (t!("web-mange-caption-verdicts")) }
                thead { tr {
                    th scope="col" { (t!("web-mange-head-verdict")) }
                    th scope="col" { (t!("web-mange-head-steps")) }
                } }
                tbody {
                    @for (i, v) in VERDICTS.iter().enumerate() {
                        tr data-verdict=(v) {
                            th scope="row" { (verdict_word(v)) }
                            td { (s.verdicts[i]) }
                        }
                    }
                }
            }
        }
        div.table-wrap {
            table.codes {
                caption { (t!("web-mange-caption-codes")) }
                thead { tr {
                    th scope="col" { (t!("web-mange-head-code")) }
                    th scope="col" { (t!("web-mange-head-meaning")) }
                    th scope="col" { (t!("web-mange-head-severity")) }
                    th scope="col" { (t!("web-mange-head-findings")) }
                } }
                tbody {
                    @for (code, n, sev) in s.codes_by_count() {
                        tr data-code=(code) {
                            th scope="row" { code { (code) } }
                            td { (meaning(code)) }
                            td { span class={ "severity " (SEVERITIES[sev]) } { (severity_word(sev)) } }
                            td { (n) }
                        }
                    }
                    @if s.codes.is_empty() {
                        tr { td colspan="4" { (t!("web-mange-no-findings")) } }
                    }
                }
            }
        }
        div.table-wrap {
            table.regions {
                caption { (t!("web-mange-caption-regions")) }
                thead { tr {
                    th scope="col" { (t!("web-mange-head-region")) }
                    th scope="col" { (t!("web-mange-head-pathways")) }
                    th scope="col" { (t!("web-mange-head-with-errors")) }
                    th scope="col" { (t!("web-mange-head-findings")) }
                } }
                tbody {
                    @for (region, c) in &s.regions {
                        tr data-region=(region) {
                            th scope="row" {
                                @if region.is_empty() { (no_region) } @else { (region) }
                            }
                            td { (c[0]) }
                            td { (c[1]) }
                            td { (c[2]) }
                        }
                    }
                }
            }
        }
    }
}

/// The words the page script needs by id: verdicts, severities, and each code's meaning.
fn words() -> Value {
    let verdicts: serde_json::Map<String, Value> = VERDICTS
        .iter()
        .map(|v| ((*v).to_string(), Value::String(verdict_word(v))))
        .collect();
    let severities: serde_json::Map<String, Value> = SEVERITIES
        .iter()
        .enumerate()
        .map(|(i, s)| ((*s).to_string(), Value::String(severity_word(i))))
        .collect();
    let codes: serde_json::Map<String, Value> = Code::ALL
        .iter()
        .map(|c| (c.id().to_string(), Value::String(c.meaning())))
        .collect();
    json!({ "verdicts": verdicts, "severities": severities, "codes": codes })
}

fn script_texts() -> Markup {
    texts(&[
        ("summary-title", t!("web-mange-summary-title")),
        (
            "summary-file",
            t!("web-mange-summary-file", file = "{file}"),
        ),
        ("count-pathways", t!("web-mange-count-pathways")),
        ("count-steps", t!("web-mange-count-steps")),
        ("count-with-errors", t!("web-mange-count-with-errors")),
        ("count-findings", t!("web-mange-count-findings")),
        (
            "findings-by-severity",
            t!(
                "web-mange-findings-by-severity",
                errors = "{errors}",
                warnings = "{warnings}",
                infos = "{infos}"
            ),
        ),
        ("caption-verdicts", t!("web-mange-caption-verdicts")),
        ("caption-codes", t!("web-mange-caption-codes")),
        ("caption-regions", t!("web-mange-caption-regions")),
        ("head-verdict", t!("web-mange-head-verdict")),
        ("head-steps", t!("web-mange-head-steps")),
        ("head-code", t!("web-mange-head-code")),
        ("head-meaning", t!("web-mange-head-meaning")),
        ("head-severity", t!("web-mange-head-severity")),
        ("head-findings", t!("web-mange-head-findings")),
        ("head-region", t!("web-mange-head-region")),
        ("head-pathways", t!("web-mange-head-pathways")),
        ("head-with-errors", t!("web-mange-head-with-errors")),
        ("no-findings", t!("web-mange-no-findings")),
        ("no-region", t!("web-mange-no-region")),
        ("counting", t!("web-mange-counting")),
        (
            "progress",
            t!(
                "web-mange-progress-text",
                done = "{done}",
                total = "{total}"
            ),
        ),
        (
            "finished",
            t!(
                "web-mange-finished",
                pathways = "{pathways}",
                with_errors = "{with_errors}"
            ),
        ),
        ("empty", t!("web-mange-empty")),
        ("failed", t!("web-mange-failed", reason = "{reason}")),
        ("no-file", t!("web-mange-no-file")),
        ("limit-script", t!("web-mange-limit-script")),
    ])
}

/// The page, with the summary of an upload or what went wrong with it.
fn page_body(s: &S, summary: Option<(&str, &Summary)>, problem: Option<&ApiError>) -> Markup {
    let limit = size_text(s.config.max_body_bytes);
    html! {
        p.lead { (t!("web-mange-intro")) }
        @if let Some(e) = problem {
            @let (_, message, help) = e.describe();
            div.problem role="alert" {
                p { (message) }
                @if let Some(help) = help {
                    p.help { (help) }
                }
            }
        }
        form.stack id="batch-form" method="post" action="/mange" enctype="multipart/form-data" {
            div.field {
                label for="batch-file" { (t!("web-mange-file")) }
                span.hint id="batch-file-hint" { (t!("web-mange-file-hint")) }
                input type="file" id="batch-file" name="document"
                    accept=".jsonl,.ndjson,.json,application/x-ndjson,application/json"
                    aria-describedby="batch-file-hint batch-limit" required;
                // The script puts its own limit in its place.
                p.hint id="batch-limit" { (t!("web-mange-limit-form", size = limit.as_str())) }
            }
            div.actions {
                button type="submit" { (t!("web-mange-submit")) }
            }
        }
        p id="status" class="status" role="status" aria-live="polite" {}
        div.needs-js {
            div.field {
                label for="batch-progress" { (t!("web-mange-progress")) }
                progress id="batch-progress" max="1" value="0" { "0 %" }
                span.hint id="batch-count" {}
            }
            div.actions {
                button.secondary type="button" id="download-report" disabled { (t!("web-mange-download-report")) }
                label for="summary-format" { (t!("web-mange-summary-format")) }
                select id="summary-format" {
                    option value="json" { "JSON" }
                    option value="csv" { "CSV" }
                }
                button.secondary type="button" id="download-summary" disabled { (t!("web-mange-download-summary")) }
            }
        }
        div id="batch-summary" data-pathways=[summary.map(|(_, s)| s.pathways)] {
            @if let Some((file, s)) = summary {
                (summary_markup(file, s))
            }
        }
        (script_texts())
        (data_block("mange-words", &words()))
    }
}

async fn page(State(s): State<S>) -> Response {
    Page::new(Nav::Mange, t!("web-mange-title"), page_body(&s, None, None))
        .script("mange.js")
        .into_response()
}

/// The form without script: the whole file checked, the summary shown.
async fn upload(State(s): State<S>, req: Request) -> Response {
    match summarise(&s, req).await {
        Ok((file, summary)) => Page::new(
            Nav::Mange,
            t!("web-mange-title"),
            page_body(&s, Some((&file, &summary)), None),
        )
        .script("mange.js")
        .into_response(),
        Err(e) => {
            let status = e.describe().0;
            Page::new(
                Nav::Mange,
                t!("web-mange-title"),
                page_body(&s, None, Some(&e)),
            )
            .script("mange.js")
            .with_status(status)
        }
    }
}

async fn summarise(s: &S, req: Request) -> Result<(String, Summary), ApiError> {
    let parts = read_form(s, req).await?;
    let Some(part) = parts
        .into_iter()
        .find(|p| p.name == "document" && !p.bytes.is_empty())
    else {
        return Err(ApiError::problem(Problem::new(
            ProblemKind::InvalidQuery,
            t!("web-mange-no-file"),
        )));
    };
    ready(s)?;
    let file = part.file_name.clone().unwrap_or_default();
    // A `.json` file is one pathway; anything else is read as JSON Lines.
    let lines = !file.to_ascii_lowercase().ends_with(".json");
    let max = s.config.max_body_bytes;
    let bytes = part.bytes;
    let out = blocking(s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let opts = RunOptions {
            style: Style::Jsonl,
            max_file_bytes: max as u64,
            max_line_bytes: max,
            progress: false,
            ..RunOptions::default()
        };
        let name = std::path::Path::new(if lines { "upload.jsonl" } else { "upload.json" });
        let mut out = Vec::new();
        let input = Box::new(std::io::Cursor::new(bytes));
        run::run_input(&s.host, regions, name, input, &opts, &mut out).map(|_| out)
    })
    .await?
    .map_err(|e| ApiError::body(BodyError::Broken(e.to_string()), max))?;
    let mut summary = Summary::default();
    for line in out.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        if let Ok(v) = serde_json::from_slice::<Value>(line) {
            summary.add(&v);
        }
    }
    Ok((file, summary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_records_steps_findings_and_regions() {
        let records = [
            json!({"region": "helse-bergen", "status": "error",
                   "steps": [{"verdict": "ok"}, {"verdict": "wrong-level"}],
                   "findings": [{"code": "wrong-level", "severity": "error"},
                                {"code": "wrong-level", "severity": "error"}]}),
            json!({"region": "helse-bergen", "status": "ok",
                   "steps": [{"verdict": "contributor"}], "findings": []}),
            json!({"region": null, "status": "error", "steps": [],
                   "findings": [{"code": "syntax", "severity": "error"}]}),
        ];
        let mut s = Summary::default();
        for r in &records {
            s.add(r);
        }
        assert_eq!((s.pathways, s.steps, s.with_errors), (3, 3, 2));
        assert_eq!(s.verdicts, [1, 1, 1, 0, 0, 0, 0]);
        assert_eq!(s.severities, [3, 0, 0]);
        assert_eq!(s.codes_by_count()[0], ("wrong-level", 2, 0));
        assert_eq!(s.regions["helse-bergen"], [2, 1, 2]);
        assert_eq!(s.regions[""], [1, 1, 1]);
    }
}
