//! Regioner: each region's parties, agreements, kommuner and responsibility matrix,
//! printable. The matrix is the one `ansvar matrix --format html` writes.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use maud::{Markup, PreEscaped, html};

use super::{Nav, Page, error_page};
use crate::serve::api::{ApiError, S, blocking, find, ready};
use crate::t;

pub(super) fn routes() -> Router<S> {
    Router::new()
        .route("/regioner", get(list))
        .route("/regioner/{region}", get(one))
}

async fn list(State(s): State<S>) -> Response {
    let regions = match ready(&s) {
        Ok(r) => r,
        Err(e) => return error_page(Nav::Regioner, &e),
    };
    let body = html! {
        p.lead { (t!("web-regioner-intro")) }
        div.table-wrap {
            table #regions {
                caption.visually-hidden { (t!("web-regioner-caption")) }
                thead {
                    tr {
                        th scope="col" { (t!("web-regioner-region")) }
                        th scope="col" { (t!("web-regioner-rhf")) }
                        th scope="col" { (t!("web-regioner-hf-parties")) }
                        th scope="col" { (t!("web-regioner-kommuner")) }
                        th scope="col" { (t!("web-regioner-agreements")) }
                    }
                }
                tbody {
                    @for r in &regions.loaded {
                        tr data-region=(r.info.id) {
                            th scope="row" {
                                a href={ "/regioner/" (r.info.id) } { (r.info.name) }
                                " " code { (r.info.id) }
                            }
                            td { (r.info.rhf) }
                            td { (r.info.hf_parties.join(", ")) }
                            td { (r.info.kommuner.len()) }
                            td {
                                @for a in &r.info.agreements {
                                    div { (a.title) " (" (a.version) ")" }
                                }
                            }
                        }
                    }
                }
            }
        }
        @for (id, message, help) in &regions.failed {
            div.problem role="alert" {
                p { (t!("web-regioner-failed", region = id.as_str())) " " (message) }
                @if let Some(help) = help { p.help { (help) } }
            }
        }
    };
    Page::new(Nav::Regioner, t!("web-regioner-title"), body).into_response()
}

async fn one(State(s): State<S>, Path(id): Path<String>) -> Response {
    let regions = match ready(&s) {
        Ok(r) => r,
        Err(e) => return error_page(Nav::Regioner, &e),
    };
    let region = match find(regions, &id) {
        Ok(r) => r,
        Err(p) => {
            let e = ApiError::problem(p);
            let mut r = error_page(Nav::Regioner, &e);
            *r.status_mut() = StatusCode::NOT_FOUND;
            return r;
        }
    };
    let matrix = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &id).expect("checked above");
        crate::analyze::matrix(&s.host, region).map(|rows| crate::matrix::html_body(region, &rows))
    })
    .await;
    let table = match matrix {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => return error_page(Nav::Regioner, &ApiError::plugin(e)),
        Err(e) => return error_page(Nav::Regioner, &e),
    };
    let id = &region.info.id;
    let title = t!("web-regioner-one-title", region = region.info.name.as_str());
    let body = html! {
        (facts(region))
        h2 #matrise { (t!("web-regioner-matrix")) }
        p.actions {
            a.button.secondary href={ "/api/v1/regions/" (id) "/matrix?format=html" } download={ (id) "-matrise.html" } {
                (t!("web-regioner-download-html"))
            }
            a.button.secondary href={ "/api/v1/regions/" (id) "/matrix?format=md" } download={ (id) "-matrise.md" } {
                (t!("web-regioner-download-md"))
            }
            span.hint { (t!("web-regioner-print")) }
        }
        div.table-wrap.matrix tabindex="0" role="region" aria-labelledby="matrise" {
            // The matrix module escapes every text a plugin or the catalogue gives.
            (PreEscaped(table))
        }
    };
    Page::new(Nav::Regioner, title, body).into_response()
}

/// Parties, agreements and kommuner, with the memberships the sources do not settle.
fn facts(region: &crate::pathway::Region) -> Markup {
    let i = &region.info;
    let register = crate::kommune::register();
    html! {
        h2 { (t!("web-regioner-parties")) }
        dl.facts {
            dt { (t!("web-regioner-rhf")) } dd { (i.rhf) }
            dt { (t!("web-regioner-hf-parties")) } dd { (i.hf_parties.join(", ")) }
            dt { (t!("web-regioner-plugin")) }
            dd { code { (i.id) } " " (t!("web-regioner-plugin-version", sha256 = &region.plugin.sha256[..16], catalogue = i.catalogue_version.as_str())) }
        }
        h2 { (t!("web-regioner-agreements")) }
        ul {
            @for a in &i.agreements {
                li {
                    (a.title) " — " (t!("web-regioner-agreement-version", version = a.version.as_str()))
                    @if let Some(d) = &a.adopted { ", " (t!("web-regioner-adopted", date = d.as_str())) }
                    @if let Some(d) = &a.effective_from { ", " (t!("web-regioner-effective-from", date = d.as_str())) }
                    @if let Some(d) = &a.effective_to { ", " (t!("web-regioner-effective-to", date = d.as_str())) }
                }
            }
        }
        h2 { (t!("web-regioner-kommuner-heading", count = i.kommuner.len())) }
        ul.kommuner {
            @for n in &i.kommuner {
                @if let Some(k) = register.by_number(n) {
                    li {
                        (k.number) " " (k.name)
                        @if !k.parallel_names.is_empty() { " (" (k.parallel_names.join(", ")) ")" }
                        @if let Some(m) = k.membership(&i.id) {
                            @if !m.settled {
                                " "
                                span.caveat {
                                    (t!("web-regioner-unsettled"))
                                    @if let Some(note) = &m.note { ": " (note) }
                                }
                            }
                        }
                    }
                } @else {
                    li { (n) }
                }
            }
        }
    }
}
