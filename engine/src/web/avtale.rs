//! Avtaleutkast: an agreement draft edited in the browser with the findings of
//! `ansvar check` beside each clause as you type, a new draft from a region's rules in
//! force, and the draft's responsibility matrix to print. Without script the page checks
//! an uploaded file and lists its findings per clause, and a new draft downloads.
//!
//! The live check is the API's `POST /api/v1/agreements/check`; the draft lives in the
//! browser (localStorage), never on the server.

use std::path::PathBuf;

use axum::Router;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use maud::{Markup, PreEscaped, html};
use serde_json::{Value, json};

use super::{Nav, Page, Part, data_block, error_page, html_response, read_form, texts};
use crate::diff::{self, Report, Side};
use crate::finding::{FileReport, Finding, Origin, Severity};
use crate::pathway::Regions;
use crate::serve::api::{ApiError, S, blocking, check_agreement_bytes, find, json_response, ready};
use crate::serve::body;
use crate::who::{Problem, ProblemKind};
use crate::{agreement, draft, t};

/// The matrix page is a document to save and print: its own inline style, nothing else.
const MATRIX_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The agreement kinds and statuses of `schemas/agreement.schema.json`.
const KINDS: [&str; 6] = [
    "tjenesteavtale",
    "særavtale",
    "forum",
    "prosjekt",
    "nettverk",
    "kommunal-organisering",
];
const STATUSES: [&str; 3] = ["utkast", "vedtatt", "kilde"];

pub(super) fn routes() -> Router<S> {
    Router::new()
        // The upload is read under the server's own body limit (`--max-body-bytes`),
        // not axum's default for forms.
        .route(
            "/avtale",
            get(page).post(upload).layer(DefaultBodyLimit::disable()),
        )
        .route("/avtale/ny", get(new_draft))
        .route("/avtale/matrise", post(matrix))
}

/// A task's name as the catalogue gives it (Norwegian), else as the plugin does.
fn task_name(id: &str, fallback: &str) -> String {
    crate::analyze::catalogue()
        .tasks
        .iter()
        .find(|t| t.id == id)
        .map_or_else(|| fallback.to_string(), |t| t.name.clone())
}

/// The regions and their tasks, for the script's task lists: a JSON data block, never
/// executed.
fn regions_data(regions: &Regions) -> Markup {
    let list: Vec<Value> = regions
        .loaded
        .iter()
        .map(|r| {
            json!({
                "id": r.info.id,
                "name": r.info.name,
                "tasks": r.info.tasks.iter().map(|t| json!({
                    "id": t.id,
                    "name": task_name(&t.id, &t.name),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    data_block("avtale-data", &json!({ "regions": list }))
}

fn region_options(regions: &Regions) -> Markup {
    html! {
        @for r in &regions.loaded {
            option value=(r.info.id) { (r.info.name) " (" (r.info.id) ")" }
        }
    }
}

/// A text field of the document's head: `kind` says how the script reads and writes it
/// (`text` kept even empty, `opt` and `date` left out when empty, `ints` and `list`
/// comma-separated, `lines` one per line).
fn head_field(
    id: &str,
    pointer: &str,
    kind: &str,
    label: String,
    hint: Option<String>,
    input_type: &str,
) -> Markup {
    let hint_id = format!("{id}-hint");
    html! {
        div.field {
            label for=(id) { (label) }
            @if let Some(hint) = &hint {
                span.hint id=(hint_id) { (hint) }
                input type=(input_type) id=(id) data-pointer=(pointer) data-kind=(kind)
                    data-hint=(hint_id) aria-describedby=(hint_id);
            } @else {
                input type=(input_type) id=(id) data-pointer=(pointer) data-kind=(kind);
            }
        }
    }
}

fn head_select(id: &str, pointer: &str, label: String, options: Markup) -> Markup {
    html! {
        div.field {
            label for=(id) { (label) }
            select id=(id) data-pointer=(pointer) data-kind="select" { (options) }
        }
    }
}

/// The document's own fields, as `schemas/agreement.schema.json` names them.
fn head(regions: &Regions) -> Markup {
    let plain = |values: &[&str]| {
        html! { @for v in values { option value=(v) { (v) } } }
    };
    html! {
        fieldset id="agreement-header" {
            legend { (t!("web-avtale-header-legend")) }
            div.field-row {
                (head_field("doc-id", "/id", "text", t!("web-avtale-field-id"), None, "text"))
                (head_field("doc-version", "/version", "text", t!("web-avtale-field-version"), None, "text"))
            }
            (head_field("doc-title", "/title", "text", t!("web-avtale-field-title"), None, "text"))
            div.field-row {
                (head_select("doc-kind", "/kind", t!("web-avtale-field-kind"), plain(&KINDS[..])))
                (head_select("doc-status", "/status", t!("web-avtale-field-status"), plain(&STATUSES[..])))
                (head_select("doc-region", "/region", t!("web-avtale-field-region"), region_options(regions)))
            }
            div.field-row {
                (head_field("doc-paragraph", "/paragraph_6_2", "ints", t!("web-avtale-field-paragraph"), Some(t!("web-avtale-hint-numbers")), "text"))
                (head_field("doc-local-ta", "/local_ta", "list", t!("web-avtale-field-local-ta"), Some(t!("web-avtale-hint-ta")), "text"))
                (head_field("doc-parents", "/parents", "list", t!("web-avtale-field-parents"), Some(t!("web-avtale-hint-ta")), "text"))
            }
            div.field-row {
                div.field {
                    label for="doc-hf" { (t!("web-avtale-field-hf")) }
                    span.hint id="doc-hf-hint" { (t!("web-avtale-hint-lines")) }
                    textarea id="doc-hf" rows="2" data-pointer="/parties/hf" data-kind="lines"
                        data-hint="doc-hf-hint" aria-describedby="doc-hf-hint" {}
                }
                div.field {
                    label for="doc-kommuner" { (t!("web-avtale-field-kommuner")) }
                    span.hint id="doc-kommuner-hint" { (t!("web-avtale-hint-kommuner")) }
                    textarea id="doc-kommuner" rows="2" data-pointer="/parties/kommuner" data-kind="list"
                        data-hint="doc-kommuner-hint" aria-describedby="doc-kommuner-hint" {}
                }
            }
            div.field-row {
                (head_field("doc-adopted-by", "/adopted_by", "opt", t!("web-avtale-field-adopted-by"), None, "text"))
                (head_field("doc-adopted-date", "/adopted_date", "date", t!("web-avtale-field-adopted-date"), None, "date"))
            }
            div.field-row {
                (head_field("doc-effective-from", "/effective_from", "date", t!("web-avtale-field-effective-from"), None, "date"))
                (head_field("doc-effective-to", "/effective_to", "date", t!("web-avtale-field-effective-to"), None, "date"))
                (head_field("doc-review-date", "/review_date", "date", t!("web-avtale-field-review-date"), None, "date"))
                div.field {
                    label for="doc-user-representation" { (t!("web-avtale-field-user-representation")) }
                    select id="doc-user-representation" data-pointer="/user_representation" data-kind="bool" {
                        option value="" { (t!("web-avtale-unset")) }
                        option value="true" { (t!("web-avtale-yes")) }
                        option value="false" { (t!("web-avtale-no")) }
                    }
                }
            }
        }
    }
}

/// The texts the script writes, in the page's language; `{name}` is filled in there.
fn script_texts() -> Markup {
    texts(&[
        ("row", t!("web-avtale-row", n = "{n}")),
        ("label-number", t!("web-avtale-label-number")),
        ("label-task", t!("web-avtale-label-task")),
        ("label-owner", t!("web-avtale-label-owner")),
        ("label-lead", t!("web-avtale-label-lead")),
        ("label-reference", t!("web-avtale-label-reference")),
        ("label-text", t!("web-avtale-label-text")),
        ("label-employer", t!("web-avtale-label-employer")),
        ("label-organisation", t!("web-avtale-label-organisation")),
        ("label-funding", t!("web-avtale-label-funding")),
        ("owner-hf", t!("web-avtale-owner-hf")),
        ("owner-kommune", t!("web-avtale-owner-kommune")),
        ("owner-delt", t!("web-avtale-owner-delt")),
        ("lead-none", t!("web-avtale-lead-none")),
        ("contributes-hf", t!("web-avtale-contributes-hf")),
        ("contributes-kommune", t!("web-avtale-contributes-kommune")),
        (
            "unknown-value",
            t!("web-avtale-unknown-value", value = "{value}"),
        ),
        ("unset", t!("web-avtale-unset")),
        ("remove", t!("web-avtale-remove")),
        ("go-to", t!("web-avtale-go-to")),
        (
            "severity-error",
            t!("web-avtale-severity", severity = "error"),
        ),
        (
            "severity-warning",
            t!("web-avtale-severity", severity = "warning"),
        ),
        (
            "severity-info",
            t!("web-avtale-severity", severity = "info"),
        ),
        ("basis", t!("web-avtale-basis")),
        (
            "where",
            t!("web-avtale-where", line = "{line}", column = "{column}"),
        ),
        (
            "counts",
            t!(
                "web-avtale-counts",
                errors = "{errors}",
                warnings = "{warnings}",
                infos = "{infos}"
            ),
        ),
        ("no-findings", t!("web-avtale-no-findings")),
        ("none-yet", t!("web-avtale-findings-none-yet")),
        ("restored", t!("web-avtale-restored")),
        (
            "loaded-new",
            t!("web-avtale-loaded-new", region = "{region}"),
        ),
        ("opened", t!("web-avtale-opened", name = "{name}")),
        ("not-json", t!("web-avtale-not-json", name = "{name}")),
        (
            "not-agreement",
            t!("web-avtale-not-agreement", name = "{name}"),
        ),
        ("confirm-discard", t!("web-avtale-confirm-discard")),
        ("discarded", t!("web-avtale-discarded")),
        ("downloaded", t!("web-avtale-downloaded", name = "{name}")),
        (
            "matrix-downloaded",
            t!("web-avtale-matrix-downloaded", name = "{name}"),
        ),
        ("failed", t!("web-avtale-failed", reason = "{reason}")),
        ("added", t!("web-avtale-added", n = "{n}")),
        ("removed", t!("web-avtale-removed", n = "{n}")),
    ])
}

async fn page(State(s): State<S>) -> Response {
    let regions = match ready(&s) {
        Ok(r) => r,
        Err(e) => return error_page(Nav::Avtale, &e),
    };
    let options = region_options(regions);
    let body = html! {
        p.lead { (t!("web-avtale-intro")) }
        div.nojs-only {
            section aria-labelledby="upload-heading" {
                h2 id="upload-heading" { (t!("web-avtale-upload-heading")) }
                form.stack method="post" action="/avtale" enctype="multipart/form-data" {
                    div.field {
                        label for="document" { (t!("web-avtale-upload-label")) }
                        span.hint id="document-hint" { (t!("web-avtale-upload-hint")) }
                        input type="file" id="document" name="document"
                            accept=".json,application/json" required aria-describedby="document-hint";
                    }
                    div.actions {
                        button type="submit" { (t!("web-avtale-upload-submit")) }
                    }
                }
            }
            section aria-labelledby="new-heading" {
                h2 id="new-heading" { (t!("web-avtale-new-heading")) }
                form.stack method="get" action="/avtale/ny" {
                    div.field {
                        label for="nojs-region" { (t!("web-avtale-region-label")) }
                        select id="nojs-region" name="region" { (options) }
                    }
                    div.actions {
                        button type="submit" { (t!("web-avtale-new-submit")) }
                    }
                }
            }
        }
        div.needs-js id="editor" {
            h2 id="editor-heading" { (t!("web-avtale-editor-heading")) }
            div.field-row.start {
                div.field {
                    label for="draft-region" { (t!("web-avtale-region-label")) }
                    select id="draft-region" { (options) }
                }
                div.field {
                    label for="open-file" { (t!("web-avtale-open-file")) }
                    span.hint id="open-file-hint" { (t!("web-avtale-open-hint")) }
                    input type="file" id="open-file" accept=".json,application/json"
                        aria-describedby="open-file-hint";
                }
            }
            div.actions {
                button type="button" id="new-draft" { (t!("web-avtale-new-draft")) }
                button.secondary type="button" id="download-agreement" disabled { (t!("web-avtale-download-agreement")) }
                button.secondary type="button" id="download-matrix" disabled { (t!("web-avtale-download-matrix")) }
                button.danger type="button" id="discard-draft" disabled { (t!("web-avtale-discard")) }
            }
            p id="status" class="status" role="status" aria-live="polite" {}
            p id="editor-empty" { (t!("web-avtale-empty")) }
            form id="agreement-form" hidden novalidate {
                (head(regions))
                h2 id="clauses-heading" { (t!("web-avtale-clauses-heading")) }
                div.table-wrap {
                    table id="clauses" aria-labelledby="clauses-heading" {
                        thead {
                            tr {
                                th scope="col" { (t!("web-avtale-col-number")) }
                                th scope="col" { (t!("web-avtale-col-task")) }
                                th scope="col" { (t!("web-avtale-col-allocation")) }
                                th scope="col" { (t!("web-avtale-col-reference")) }
                                th scope="col" { (t!("web-avtale-col-measure")) }
                                th scope="col" { (t!("web-avtale-col-findings")) }
                            }
                        }
                        tbody {}
                    }
                }
                div.actions {
                    button.secondary type="button" id="add-clause" { (t!("web-avtale-add-clause")) }
                }
            }
            section id="findings" aria-labelledby="findings-heading" {
                h2 id="findings-heading" { (t!("web-avtale-findings-heading")) }
                p id="findings-summary" { (t!("web-avtale-findings-none-yet")) }
                ul.findings id="findings-list" {}
            }
        }
        (regions_data(regions))
        (script_texts())
    };
    Page::new(Nav::Avtale, t!("web-avtale-title"), body)
        .script("avtale.js")
        .style("avtale.css")
        .into_response()
}

#[derive(Debug, Default, serde::Deserialize)]
struct NewQuery {
    region: Option<String>,
}

/// A new draft from the region's rules in force, as a file to save (the editor loads
/// it instead).
async fn new_draft(
    State(s): State<S>,
    query: Result<Query<NewQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let region = match query {
        Ok(Query(NewQuery {
            region: Some(region),
        })) if !region.is_empty() => region,
        _ => {
            return Err(ApiError::problem(Problem::new(
                ProblemKind::InvalidQuery,
                t!("web-avtale-no-region"),
            )));
        }
    };
    find(ready(&s)?, &region).map_err(ApiError::problem)?;
    let (id, doc) = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &region).expect("checked above");
        crate::analyze::matrix(&s.host, region).map(|rows| {
            (
                region.info.id.clone(),
                draft::new(region, &rows, &agreement::today()),
            )
        })
    })
    .await?
    .map_err(ApiError::plugin)?;
    let mut r = json_response(StatusCode::OK, &doc);
    attach(&mut r, &format!("{id}-utkast.json"));
    Ok(r)
}

/// Offers the response as a file named `name` (region ids and such: no quotes).
fn attach(r: &mut Response, name: &str) {
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
}

/// The draft's responsibility matrix: the rules in force with the draft laid over them,
/// the cells it changes marked, as `ansvar diff --format html` writes it.
async fn matrix(State(s): State<S>, req: Request) -> Result<Response, ApiError> {
    let max = s.config.max_body_bytes;
    let bytes = body::read_all(req.into_body(), max, s.config.body_timeout)
        .await
        .map_err(|e| ApiError::body(e, max))?;
    let doc = diff::agreement::read("request.json", &bytes).map_err(|e| {
        let mut p = Problem::new(ProblemKind::InvalidQuery, e);
        p.help = Some(t!("web-avtale-matrix-help"));
        ApiError::problem(p)
    })?;
    let region = diff::agreement::region(&doc.value).to_string();
    find(ready(&s)?, &region).map_err(ApiError::problem)?;
    let name = format!("{region}-matrise.html");
    let id = doc.value["id"].as_str().unwrap_or_default().to_string();
    let page = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let r = find(regions, &region).expect("checked above");
        let side = |label: String| Side {
            label,
            sha256: None,
            pinned: None,
        };
        let sides = (
            side(t!("web-avtale-matrix-rules", region = &r.info.id)),
            side(t!("web-avtale-matrix-draft", id = &id)),
        );
        diff::documents(&s.host, r, None, Some(&doc.value), sides).map(|section| {
            diff::render::html(&Report {
                sections: vec![section],
                ..Report::default()
            })
        })
    })
    .await?
    .map_err(ApiError::plugin)?;
    // The page carries its own stylesheet inline: the workbench's headers with a policy
    // that lets that style (and nothing else) in.
    let mut r = html_response(StatusCode::OK, PreEscaped(page));
    r.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(MATRIX_CSP),
    );
    attach(&mut r, &name);
    Ok(r)
}

/// The form without script: the findings of the uploaded file, as a page.
async fn upload(State(s): State<S>, req: Request) -> Response {
    match check_upload(&s, req).await {
        Ok(r) => r,
        Err(e) => error_page(Nav::Avtale, &e),
    }
}

fn form_problem(message: String) -> ApiError {
    let mut p = Problem::new(ProblemKind::InvalidQuery, message);
    p.help = Some(t!("web-avtale-form-help"));
    ApiError::problem(p)
}

async fn check_upload(s: &S, req: Request) -> Result<Response, ApiError> {
    let parts = read_form(s, req).await?;
    let document = parts.into_iter().find(|p| p.name == "document");
    // A form sent with no file chosen has the part, empty and unnamed.
    let (name, data) = match document {
        Some(Part {
            file_name, bytes, ..
        }) if !(file_name.as_deref().unwrap_or_default().is_empty() && bytes.is_empty()) => {
            (file_name.unwrap_or_default(), bytes)
        }
        _ => return Err(form_problem(t!("web-avtale-no-file"))),
    };
    let name = if name.is_empty() {
        "avtale.json".to_string()
    } else {
        name
    };
    let checked = check_agreement_bytes(s, PathBuf::from(&name), data).await?;
    Ok(findings_page(&name, &checked.report))
}

/// The clause a pointer is in: `/clauses/7/owner` → 7.
fn clause_of(pointer: &str) -> Option<usize> {
    pointer
        .strip_prefix("/clauses/")?
        .split('/')
        .next()?
        .parse()
        .ok()
}

/// One finding as the page and the script show it: severity in words, message, help,
/// the legal basis, and where.
fn finding_item(f: &Finding) -> Markup {
    html! {
        li class={ "finding " (f.severity.as_str()) } data-code=(f.code) data-pointer=(f.pointer) {
            span.severity { (t!("web-avtale-severity", severity = f.severity.as_str())) }
            span.message { (f.message) }
            " "
            code.code { (f.code) }
            @if let Some(help) = &f.help {
                span.help { (help) }
            }
            @if let Origin::Plugin { basis, .. } = &f.origin {
                @if !basis.is_empty() {
                    span.basis { (t!("web-avtale-basis")) ": " (basis.join("; ")) }
                }
            }
            span.where {
                (t!("web-avtale-where", line = f.location.line, column = f.location.column))
                @if !f.pointer.is_empty() {
                    " · " code { (f.pointer) }
                }
            }
        }
    }
}

/// The findings of one file, grouped: the document as a whole first, then clause by
/// clause in document order.
fn findings_page(name: &str, report: &FileReport) -> Response {
    let doc: Value = report
        .text
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or(Value::Null);
    let mut groups: Vec<(Option<usize>, Vec<&Finding>)> = Vec::new();
    for f in &report.findings {
        let key = clause_of(&f.pointer);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(f),
            None => groups.push((key, vec![f])),
        }
    }
    groups.sort_by_key(|(k, _)| *k);
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let heading = |key: Option<usize>| match key {
        None => t!("web-avtale-group-document"),
        Some(i) => {
            let c = &doc["clauses"][i];
            let task = c["task"].as_str().unwrap_or("–");
            t!(
                "web-avtale-group-clause",
                row = i + 1,
                number = c["number"].as_str().unwrap_or("–"),
                task = task_name(task, task)
            )
        }
    };
    let body = html! {
        @if report.findings.is_empty() {
            p.lead { (t!("web-avtale-no-findings")) }
        } @else {
            p.lead {
                (t!(
                    "web-avtale-counts",
                    errors = count(Severity::Error),
                    warnings = count(Severity::Warning),
                    infos = count(Severity::Info)
                ))
            }
            @for (key, list) in &groups {
                section.finding-group {
                    h2 { (heading(*key)) }
                    ul.findings {
                        @for f in list {
                            (finding_item(f))
                        }
                    }
                }
            }
        }
        p { a href=(Nav::Avtale.href()) { (t!("web-avtale-another")) } }
    };
    Page::new(
        Nav::Avtale,
        t!("web-avtale-result-title", file = name),
        body,
    )
    .style("avtale.css")
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Location;

    fn finding(code: &str, severity: Severity, pointer: &str, origin: Origin) -> Finding {
        Finding {
            code: code.into(),
            severity,
            message: format!("<b>{code}</b>"),
            pointer: pointer.into(),
            location: Location::START,
            origin,
            help: Some("help".into()),
        }
    }

    #[test]
    fn pointers_name_their_clause() {
        assert_eq!(clause_of("/clauses/7/owner"), Some(7));
        assert_eq!(clause_of("/clauses/12"), Some(12));
        assert_eq!(clause_of("/clauses/x/owner"), None);
        assert_eq!(clause_of("/parties/kommuner/3"), None);
        assert_eq!(clause_of(""), None);
    }

    #[test]
    fn a_finding_shows_its_code_place_and_legal_basis_escaped() {
        let f = finding(
            "statute-conflict",
            Severity::Error,
            "/clauses/7/owner",
            Origin::Plugin {
                plugin: "helse-bergen".into(),
                rule: "statute/barnekoordinator".into(),
                basis: vec!["helse- og omsorgstjenesteloven § 7-2 a".into()],
            },
        );
        let m = finding_item(&f).into_string();
        assert!(m.contains(r#"class="finding error""#), "{m}");
        assert!(m.contains(r#"data-code="statute-conflict""#), "{m}");
        assert!(m.contains(r#"data-pointer="/clauses/7/owner""#), "{m}");
        assert!(m.contains("§ 7-2 a"), "{m}");
        assert!(m.contains("&lt;b&gt;statute-conflict"), "{m}");
        assert!(!m.contains("<b>"), "{m}");

        let m =
            finding_item(&finding("syntax", Severity::Warning, "", Origin::Engine)).into_string();
        assert!(m.contains(r#"class="finding warning""#), "{m}");
        assert!(!m.contains(r#"class="basis""#), "{m}");
    }

    #[test]
    fn the_data_block_cannot_close_its_script() {
        let regions = Regions::default();
        let m = regions_data(&regions).into_string();
        assert!(m.contains(r#"{"regions":[]}"#), "{m}");
        assert_eq!(m.matches("</script>").count(), 1);
    }
}
