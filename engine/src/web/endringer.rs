//! Endringer: two versions of one region's agreement document, each laid over the rules
//! in force and compared over the whole context space (`ansvar diff OLD NEW`): the
//! responsibility matrix before and after side by side with the changed cells marked,
//! then the report of `ansvar diff --format html` (the document changes and where each
//! change applies). A plain form; the script only spares the reload.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use maud::{Markup, PreEscaped, html};

use super::{Nav, Page, Part, read_form, texts};
use crate::diff::render::{self, cell, role, task_name};
use crate::diff::{self, Report, Section, Side};
use crate::serve::api::{ApiError, S, blocking, find, ready};
use crate::t;

pub(super) fn routes() -> Router<S> {
    Router::new()
        .route("/endringer", get(page).post(compare))
        // The form is read whole under `--max-body-bytes` (`read_form`), not under
        // axum's own default limit.
        .layer(DefaultBodyLimit::disable())
}

/// Why there is no comparison, as the page says it.
struct Trouble {
    status: StatusCode,
    message: String,
    help: Option<String>,
}

impl From<ApiError> for Trouble {
    fn from(e: ApiError) -> Self {
        let (status, message, help) = e.describe();
        Trouble {
            status,
            message: message.to_string(),
            help: help.map(String::from),
        }
    }
}

fn page_body(result: Option<&Report>, trouble: Option<&Trouble>) -> Markup {
    html! {
        p.lead { (t!("web-endringer-intro")) }
        @if let Some(t) = trouble {
            div.problem role="alert" {
                p { (t.message) }
                @if let Some(help) = &t.help {
                    p.help { (help) }
                }
            }
        }
        form.stack id="diff-form" method="post" action="/endringer" enctype="multipart/form-data" {
            div.field-row {
                div.field {
                    label for="old-file" { (t!("web-endringer-old-file")) }
                    input type="file" id="old-file" name="old" accept=".json,application/json" required;
                }
                div.field {
                    label for="new-file" { (t!("web-endringer-new-file")) }
                    input type="file" id="new-file" name="new" accept=".json,application/json" required;
                }
            }
            p.hint { (t!("web-endringer-hint")) }
            div.actions {
                button type="submit" id="compare" { (t!("web-endringer-submit")) }
            }
        }
        p id="status" class="status" role="status" aria-live="polite" {}
        div id="diff-result" {
            @if let Some(r) = result {
                (result_markup(r))
            }
        }
        (texts(&[
            ("comparing", t!("web-endringer-comparing")),
            ("compared", t!("web-endringer-compared")),
            ("failed", t!("web-endringer-failed", reason = "{reason}")),
        ]))
    }
}

/// The class the shared stylesheet gives a role's matrix cell.
fn role_class(role: Option<&str>) -> &'static str {
    match role {
        Some("owner") => "Ansvarlig",
        Some("lead") => "Leder",
        Some("contributes") => "Bidrar",
        _ => "",
    }
}

/// The classes of a matrix cell: its role's, and `changed` when the role differs.
fn cell_class(role: Option<&str>, changed: bool) -> String {
    let mut c = vec!["level"];
    let r = role_class(role);
    if !r.is_empty() {
        c.push(r);
    }
    if changed {
        c.push("changed");
    }
    c.join(" ")
}

/// The comparison: the matrix before and after, then the report as the CLI writes it.
fn result_markup(r: &Report) -> Markup {
    let levels = ["hf", "kommune"];
    html! {
        @for s in &r.sections {
            h2 { (t!("web-endringer-result-title", region = s.region.as_str())) }
            p data-changed-points=(s.comparison.changed_points) {
                @if s.changed() {
                    (t!(
                        "web-endringer-summary",
                        old = s.old.label.as_str(),
                        new = s.new.label.as_str(),
                        changed = s.comparison.changed_points,
                        points = s.comparison.points,
                        tasks = s.comparison.tasks.len()
                    ))
                } @else {
                    (t!("web-endringer-unchanged", old = s.old.label.as_str(), new = s.new.label.as_str()))
                }
            }
            div.table-wrap {
                table.side-by-side {
                    caption { (t!("web-endringer-caption", region = s.region.as_str())) }
                    thead {
                        tr {
                            th scope="col" rowspan="2" { (t!("diff-head-task")) }
                            th scope="colgroup" colspan="2" { (t!("diff-head-before")) }
                            th scope="colgroup" colspan="2" { (t!("diff-head-after")) }
                            th scope="col" rowspan="2" { (t!("web-endringer-head-changed")) }
                        }
                        tr {
                            @for _ in 0..2 {
                                th scope="col" { (t!("diff-head-hf")) }
                                th scope="col" { (t!("diff-head-kommune")) }
                            }
                        }
                    }
                    tbody {
                        @for (i, task) in s.space.tasks.iter().enumerate() {
                            @let (old, new) = &s.general[i];
                            @let general = levels.iter().any(|l| role(old, l) != role(new, l));
                            @let points = s.comparison.tasks.iter().find(|c| c.index == i).map(|c| c.changed_points);
                            tr class=[points.map(|_| "changed")] data-task=(task) {
                                th scope="row" { (task_name(task)) " " code { (task) } }
                                @for o in [old, new] {
                                    @for l in levels {
                                        @let here = role(o, l);
                                        @let changed = role(old, l) != role(new, l);
                                        td class=(cell_class(here, changed)) {
                                            (cell(here))
                                            @if changed && std::ptr::eq(o, new) {
                                                " " span.change-mark { (t!("web-endringer-cell-changed")) }
                                            }
                                        }
                                    }
                                }
                                td {
                                    @if let Some(n) = points {
                                        @if general {
                                            (t!("web-endringer-changed-general", points = n))
                                        } @else {
                                            (t!("web-endringer-changed-some", points = n))
                                        }
                                    } @else {
                                        "–"
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        div.diff-report {
            // The report of `ansvar diff --format html`, which escapes every text from a
            // document or a plugin itself.
            (PreEscaped(render::html_body(r)))
        }
    }
}

async fn page() -> Response {
    Page::new(
        Nav::Endringer,
        t!("web-endringer-title"),
        page_body(None, None),
    )
    .script("endringer.js")
    .style("endringer.css")
    .into_response()
}

async fn compare(State(s): State<S>, req: Request) -> Response {
    let (status, body) = match report(&s, req).await {
        Ok(r) => (StatusCode::OK, page_body(Some(&r), None)),
        Err(t) => (t.status, page_body(None, Some(&t))),
    };
    Page::new(Nav::Endringer, t!("web-endringer-title"), body)
        .script("endringer.js")
        .style("endringer.css")
        .with_status(status)
}

/// One uploaded version: read as `ansvar diff` reads a file, named by its file name.
fn version(
    parts: &[Part],
    field: &str,
    what: String,
) -> Result<(String, serde_json::Value), Trouble> {
    let part = parts
        .iter()
        .find(|p| p.name == field && !p.bytes.is_empty())
        .ok_or_else(|| Trouble {
            status: StatusCode::BAD_REQUEST,
            message: t!("web-endringer-missing", what = what.as_str()),
            help: Some(t!("web-endringer-missing-help")),
        })?;
    let label = match part.file_name.as_deref() {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => what,
    };
    let doc = diff::agreement::read(&label, &part.bytes).map_err(|message| Trouble {
        status: StatusCode::BAD_REQUEST,
        message,
        help: Some(t!("web-endringer-unreadable-help")),
    })?;
    Ok((label, doc.value))
}

async fn report(s: &S, req: Request) -> Result<Report, Trouble> {
    let parts = read_form(s, req).await?;
    let (old_label, old) = version(&parts, "old", t!("web-endringer-old-file"))?;
    let (new_label, new) = version(&parts, "new", t!("web-endringer-new-file"))?;
    let (a, b) = (
        diff::agreement::region(&old).to_string(),
        diff::agreement::region(&new).to_string(),
    );
    if a != b {
        return Err(Trouble {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: t!("diff-document-regions-differ", old = &a, new = &b),
            help: Some(t!("diff-document-regions-differ-help")),
        });
    }
    let regions = ready(s)?;
    find(regions, &a).map_err(ApiError::problem)?;
    let section: Section = blocking(s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &a).expect("checked above");
        let side = |label: String| Side {
            label,
            sha256: None,
            pinned: None,
        };
        diff::documents(
            &s.host,
            region,
            Some(&old),
            Some(&new),
            (side(old_label), side(new_label)),
        )
    })
    .await?
    .map_err(ApiError::plugin)?;
    Ok(Report {
        sections: vec![section],
        pathways: None,
    })
}
