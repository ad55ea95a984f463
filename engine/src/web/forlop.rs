//! Pasientforløp: build a planned pathway step by step (or open one) and see it as
//! swimlanes, HF above and kommune below, with every step's verdict and the findings.
//! Without script the page is a form that takes a pathway file (JSON, or JSON Lines with
//! one pathway per line) or pasted JSON and answers the page with the swimlanes. With
//! script the builder sends the pathway to `POST /forlop/tegn` on every edit and puts
//! the fragment it answers in place. Both draw what `pathway check --format html` draws.

use std::path::Path;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use maud::{Markup, PreEscaped, html};
use serde_json::json;

use crate::pathway::render;
use crate::pathway::run::{self, RunOptions, Stats, Style};
use crate::pathway::swimlane::{self, Collector, Lane};
use crate::pathway::{Options, Regions};
use crate::serve::Shared;
use crate::serve::api::{ApiError, S, blocking, ready};
use crate::serve::body::{self, BodyError};
use crate::t;
use crate::web::{Nav, Page, data_block, error_page, html_response, read_form, size_text, texts};
use crate::who::{Problem, ProblemKind};

pub(super) fn routes() -> Router<S> {
    Router::new()
        // The form is read whole within `--max-body-bytes` before its fields are; the
        // multipart reader's own smaller default limit would refuse a file the API takes.
        .route(
            "/forlop",
            get(page).post(submit).layer(DefaultBodyLimit::disable()),
        )
        .route("/forlop/tegn", post(draw))
}

/// The name a pathway is read under when the form gives none: one JSON document.
const DEFAULT_NAME: &str = "forlop.json";

/// Checks the pathways of `bytes` (JSON Lines when `name` ends in `.jsonl` or
/// `.ndjson`, else one document) and returns the lanes of the first ones and the run's
/// counts. Blocks: the plugin calls.
fn check_lanes(s: &Shared, name: &str, bytes: Vec<u8>) -> std::io::Result<(Vec<Lane>, Stats)> {
    let regions = s.regions.get().expect("checked ready");
    let max = s.config.max_body_bytes;
    let lines = run::is_json_lines(Path::new(name));
    let opts = RunOptions {
        check: Options::default(),
        style: Style::Swimlane {
            lanes: swimlane::MAX_LANES,
        },
        jobs: if lines { RunOptions::default().jobs } else { 1 },
        max_file_bytes: max as u64,
        max_line_bytes: max,
        progress: false,
        ..RunOptions::default()
    };
    let mut sink = Collector::new(swimlane::MAX_LANES);
    let input = Box::new(std::io::Cursor::new(bytes));
    let (stats, _) = run::run_input(&s.host, regions, Path::new(name), input, &opts, &mut sink)?;
    Ok((sink.lanes, stats))
}

async fn page(State(s): State<S>) -> Response {
    let regions = match ready(&s) {
        Ok(r) => r,
        Err(e) => return error_page(Nav::Forlop, &e),
    };
    let body = html! {
        p.lead { (t!("web-forlop-intro")) }
        section.nojs-only aria-labelledby="upload-h" {
            (upload_form(s.config.max_body_bytes, None))
        }
        (builder(regions))
        (regions_data(regions))
        (script_texts())
    };
    Page::new(Nav::Forlop, t!("web-forlop-title"), body)
        .script("forlop.js")
        .style("swimlane.css")
        .into_response()
}

/// The plain form: a file or pasted JSON, answered by the page with the swimlanes.
fn upload_form(max: usize, text: Option<&str>) -> Markup {
    html! {
        h2 id="upload-h" { (t!("web-forlop-upload-heading")) }
        form.stack method="post" action="/forlop" enctype="multipart/form-data" {
            div.field {
                label for="document" { (t!("web-forlop-file-label")) }
                input type="file" id="document" name="document"
                    accept=".json,.jsonl,.ndjson,application/json";
            }
            div.field {
                label for="document_text" { (t!("web-forlop-text-label")) }
                textarea id="document_text" name="document_text" rows="8"
                    spellcheck="false" { (text.unwrap_or("")) }
            }
            p.hint { (t!("web-forlop-upload-hint", max = size_text(max))) }
            div.actions {
                button type="submit" { (t!("web-forlop-submit")) }
            }
        }
    }
}

/// The builder, shown only with script (which fills the steps and the lists that
/// depend on the region).
fn builder(regions: &Regions) -> Markup {
    html! {
        div.needs-js.builder {
            h2 id="builder-h" { (t!("web-forlop-builder-heading")) }
            p.hint { (t!("web-forlop-builder-hint")) }
            div.actions {
                div.field {
                    label for="open-pathway" { (t!("web-forlop-open-label")) }
                    input type="file" id="open-pathway" accept=".json,application/json";
                }
                button.secondary type="button" id="download-pathway" { (t!("web-forlop-download")) }
                button.danger type="button" id="discard-pathway" { (t!("web-forlop-discard")) }
            }
            p id="status" class="status" role="status" aria-live="polite" {}
            form.stack id="pathway-form" novalidate {
                div.field-row {
                    div.field {
                        label for="pathway-region" { (t!("web-forlop-region-label")) }
                        select id="pathway-region" name="region" {
                            @for r in &regions.loaded {
                                option value=(r.info.id) { (r.info.name) " (" (r.info.id) ")" }
                            }
                        }
                    }
                    div.field {
                        label for="pathway-kommune" { (t!("web-forlop-kommune-label")) }
                        input type="text" id="pathway-kommune" name="kommune" autocomplete="off"
                            aria-describedby="pathway-kommune-hint";
                        span.hint id="pathway-kommune-hint" { (t!("web-forlop-kommune-hint")) }
                    }
                }
                div.field-row {
                    div.field {
                        label for="pathway-id" { (t!("web-forlop-id-label")) }
                        input type="text" id="pathway-id" name="id" autocomplete="off"
                            aria-describedby="pathway-id-hint";
                        span.hint id="pathway-id-hint" { (t!("web-forlop-id-hint")) }
                    }
                    div.field {
                        label for="pathway-title" { (t!("web-forlop-title-label")) }
                        input type="text" id="pathway-title" name="title" autocomplete="off";
                    }
                }
                fieldset {
                    legend { (t!("web-forlop-patient-legend")) }
                    div.field-row {
                        div.field {
                            label for="pathway-diagnosis" { (t!("web-forlop-diagnosis-label")) }
                            select id="pathway-diagnosis" name="diagnosis" {
                                option value="" { (t!("web-forlop-diagnosis-none")) }
                            }
                        }
                        div.field {
                            label for="pathway-age" { (t!("web-forlop-age-label")) }
                            select id="pathway-age" name="age_group" {
                                option value="" { (t!("web-forlop-age-none")) }
                                @for age in ["child", "adult", "elderly"] {
                                    option value=(age) { (t!("web-forlop-age", age = age)) }
                                }
                            }
                        }
                    }
                    div.checks {
                        div.check {
                            input type="checkbox" id="pathway-minor-children" name="minor_children";
                            label for="pathway-minor-children" { (t!("web-forlop-minor-children-label")) }
                        }
                        div.check {
                            input type="checkbox" id="pathway-long-term-needs" name="long_term_needs";
                            label for="pathway-long-term-needs" { (t!("web-forlop-long-term-needs-label")) }
                        }
                        div.check {
                            input type="checkbox" id="pathway-expecting-child" name="expecting_child";
                            label for="pathway-expecting-child" { (t!("web-forlop-expecting-child-label")) }
                        }
                    }
                }
                h3 id="steps-h" { (t!("web-forlop-steps-heading")) }
                div.table-wrap {
                    table id="steps" aria-labelledby="steps-h" {
                        thead {
                            tr {
                                th scope="col" { (t!("web-forlop-col-id")) }
                                th scope="col" { (t!("web-forlop-head-task")) }
                                th scope="col" { (t!("web-forlop-head-planned")) }
                                th scope="col" { (t!("web-forlop-head-phase")) }
                                th scope="col" { (t!("web-forlop-head-date")) }
                                th scope="col" { (t!("web-forlop-head-provider")) }
                                th scope="col" { (t!("web-forlop-col-handover-to")) }
                                th scope="col" { (t!("web-forlop-col-information")) }
                                th scope="col" { span.visually-hidden { (t!("web-forlop-col-remove")) } }
                            }
                        }
                        tbody {}
                    }
                }
                div.actions {
                    button.secondary type="button" id="add-step" { (t!("web-forlop-add-step")) }
                }
            }
            section aria-labelledby="swimlane-h" {
                h2 id="swimlane-h" { (t!("web-forlop-swimlane-heading")) }
                p.legend { (t!("web-forlop-legend")) }
                div id="swimlane" {
                    p { (t!("web-forlop-empty")) }
                }
            }
        }
    }
}

/// The regions the builder offers, with their tasks, diagnosis groups and kommuner: a
/// JSON data block the script reads (never executed).
fn regions_data(regions: &Regions) -> Markup {
    let list: Vec<serde_json::Value> = regions
        .loaded
        .iter()
        .map(|r| {
            let tasks: Vec<serde_json::Value> = r
                .info
                .tasks
                .iter()
                .map(|task| json!({ "id": task.id, "name": task.name }))
                .collect();
            json!({
                "id": r.info.id,
                "name": r.info.name,
                "tasks": tasks,
                "diagnosis_groups": r.info.diagnosis_groups,
                "kommuner": r.info.kommuner,
            })
        })
        .collect();
    data_block("forlop-regions", &serde_json::Value::Array(list))
}

/// The texts the builder writes itself; `{name}` marks what it fills in.
fn script_texts() -> Markup {
    texts(&[
        (
            "rowField",
            t!("web-forlop-js-row-field", field = "{field}", row = "{row}"),
        ),
        ("remove", t!("web-forlop-js-remove", row = "{row}")),
        ("colId", t!("web-forlop-col-id")),
        ("colTask", t!("web-forlop-head-task")),
        ("colPlanned", t!("web-forlop-head-planned")),
        ("colPhase", t!("web-forlop-head-phase")),
        ("colDate", t!("web-forlop-head-date")),
        ("colProvider", t!("web-forlop-head-provider")),
        ("colHandoverTo", t!("web-forlop-col-handover-to")),
        ("colInformation", t!("web-forlop-col-information")),
        ("levelHf", t!("web-forlop-level", level = "hf")),
        ("levelKommune", t!("web-forlop-level", level = "kommune")),
        ("levelNone", t!("web-forlop-level-none")),
        ("phaseBefore", t!("web-forlop-phase", phase = "before")),
        ("phaseDuring", t!("web-forlop-phase", phase = "during")),
        ("phaseAfter", t!("web-forlop-phase", phase = "after")),
        ("phaseNone", t!("web-forlop-phase-none")),
        ("handoverNone", t!("web-forlop-handover-none")),
        ("handoverHf", t!("web-forlop-handover-to", to = "hf")),
        (
            "handoverKommune",
            t!("web-forlop-handover-to", to = "kommune"),
        ),
        ("diagnosisNone", t!("web-forlop-diagnosis-none")),
        (
            "unknownTask",
            t!("web-forlop-js-unknown-task", task = "{task}"),
        ),
        (
            "unknownDiagnosis",
            t!("web-forlop-js-unknown-diagnosis", diagnosis = "{diagnosis}"),
        ),
        ("restored", t!("web-forlop-js-restored")),
        ("drawn", t!("web-forlop-js-drawn")),
        ("failed", t!("web-forlop-js-failed", reason = "{reason}")),
        ("opened", t!("web-forlop-js-opened", name = "{name}")),
        (
            "unreadable",
            t!(
                "web-forlop-js-unreadable",
                name = "{name}",
                reason = "{reason}"
            ),
        ),
        ("discardConfirm", t!("web-forlop-js-discard-confirm")),
        ("discarded", t!("web-forlop-js-discarded")),
        ("stepAdded", t!("web-forlop-js-step-added", row = "{row}")),
        (
            "stepRemoved",
            t!("web-forlop-js-step-removed", row = "{row}"),
        ),
    ])
}

/// `POST /forlop/tegn`: the swimlane fragment of the pathway in the body (JSON), for
/// the builder. Findings are the answer (200); a body that cannot be read is the API's
/// error.
async fn draw(State(s): State<S>, req: Request) -> Result<Response, ApiError> {
    let max = s.config.max_body_bytes;
    let bytes = body::read_all(req.into_body(), max, s.config.body_timeout)
        .await
        .map_err(|e| ApiError::body(e, max))?;
    ready(&s)?;
    let (lanes, _) = blocking(&s, move |s| check_lanes(s, DEFAULT_NAME, bytes))
        .await?
        .map_err(|e| ApiError::body(BodyError::Broken(e.to_string()), max))?;
    Ok(html_response(
        StatusCode::OK,
        PreEscaped(swimlane::fragment(&lanes)),
    ))
}

/// `POST /forlop`: the plain form's answer, the page with the swimlanes.
async fn submit(State(s): State<S>, req: Request) -> Response {
    match submitted(&s, req).await {
        Ok(r) => r,
        Err(e) => error_page(Nav::Forlop, &e),
    }
}

fn bad_form(reason: String) -> ApiError {
    ApiError::problem(Problem::new(
        ProblemKind::InvalidQuery,
        t!("web-forlop-bad-form", reason = reason),
    ))
}

/// The last part of an uploaded file's name (a browser may send a path), at most 100
/// characters; it decides whether the file is read as JSON Lines and names it in the
/// page.
fn file_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    (!last.is_empty()).then(|| last.chars().take(100).collect())
}

async fn submitted(s: &S, req: Request) -> Result<Response, ApiError> {
    let max = s.config.max_body_bytes;
    let mut name = DEFAULT_NAME.to_string();
    let mut file: Option<Vec<u8>> = None;
    let mut pasted: Option<String> = None;
    for part in read_form(s, req).await? {
        match part.name.as_str() {
            "document" if !part.bytes.is_empty() => {
                if let Some(given) = part.file_name.as_deref().and_then(file_name) {
                    name = given;
                }
                file = Some(part.bytes);
            }
            "document_text" => {
                let text = String::from_utf8(part.bytes).map_err(|e| bad_form(e.to_string()))?;
                if !text.trim().is_empty() {
                    pasted = Some(text);
                }
            }
            _ => {}
        }
    }
    let (name, bytes) = match (file, &pasted) {
        (Some(data), _) => (name, data),
        (None, Some(text)) => (DEFAULT_NAME.to_string(), text.clone().into_bytes()),
        (None, None) => {
            return Err(ApiError::problem(Problem::new(
                ProblemKind::InvalidQuery,
                t!("web-forlop-no-document"),
            )));
        }
    };
    ready(s)?;
    let (lanes, stats) = blocking(s, move |s| check_lanes(s, &name, bytes))
        .await?
        .map_err(|e| ApiError::body(BodyError::Broken(e.to_string()), max))?;
    let left_out = stats.pathways.saturating_sub(lanes.len() as u64);
    let body = html! {
        (upload_form(max, pasted.as_deref()))
        section aria-labelledby="result-h" {
            h2 id="result-h" { (t!("web-forlop-result-heading")) }
            p.summary { (render::summary(&stats)) }
            @if left_out > 0 {
                p.left-out { (t!("web-forlop-left-out", count = left_out, max = swimlane::MAX_LANES)) }
            }
            p.legend { (t!("web-forlop-legend")) }
            div id="swimlane" { (PreEscaped(swimlane::fragment(&lanes))) }
        }
    };
    Ok(Page::new(Nav::Forlop, t!("web-forlop-title"), body)
        .style("swimlane.css")
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_uploaded_name_keeps_only_its_last_part() {
        assert_eq!(
            file_name("C:\\Users\\x\\forlop.jsonl").as_deref(),
            Some("forlop.jsonl")
        );
        assert_eq!(file_name("a/b/kols.json").as_deref(), Some("kols.json"));
        assert_eq!(file_name("  "), None);
        assert_eq!(file_name(&"x".repeat(300)).map(|n| n.len()), Some(100));
    }

    #[test]
    fn the_region_data_cannot_close_its_block() {
        let m = regions_data(&Regions::default()).into_string();
        assert!(m.contains("id=\"forlop-regions\""));
        assert_eq!(m.matches("</script>").count(), 1);
    }
}
