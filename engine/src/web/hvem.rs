//! Hvem har ansvaret? A plain form (GET, works without script) and the answer as
//! `ansvar who --explain` gives it: owner, lead and contributors, clause, legal basis,
//! note, caveats and the rule chain, with how the kommune was read.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use maud::{Markup, html};

use super::{Nav, Page, error_page};
use crate::plugin::{AgeGroup, Level, Phase};
use crate::serve::api::{ApiError, S, blocking, find, ready};
use crate::who::{self, Answer, Problem, Refused};
use crate::{analyze, kommune, t};

pub(super) fn routes() -> Router<S> {
    Router::new().route("/hvem", get(page))
}

/// The form's fields as the browser sends them: an empty field is no value.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct Form {
    region: String,
    task: String,
    kommune: String,
    diagnosis: String,
    age: String,
    phase: String,
}

impl Form {
    fn given(v: &str) -> Option<String> {
        let v = v.trim();
        (!v.is_empty()).then(|| v.to_string())
    }

    /// The task id for what was typed: an id, or a task's Norwegian name (any case).
    fn task_id(&self) -> String {
        let typed = self.task.trim();
        let lower = typed.to_lowercase();
        analyze::catalogue()
            .tasks
            .iter()
            .find(|t| t.id == typed || t.name.to_lowercase() == lower)
            .map_or_else(|| typed.to_string(), |t| t.id.clone())
    }

    fn request(&self) -> Result<who::Request, Problem> {
        Ok(who::Request {
            task: self.task_id(),
            kommune: Form::given(&self.kommune),
            diagnosis: Form::given(&self.diagnosis),
            age: Form::given(&self.age).map(|a| who::age(&a)).transpose()?,
            phase: Form::given(&self.phase)
                .map(|p| who::phase(&p))
                .transpose()?,
            explain: true,
        })
    }
}

async fn page(
    State(s): State<S>,
    query: Result<Query<Form>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let regions = match ready(&s) {
        Ok(r) => r,
        Err(e) => return error_page(Nav::Hvem, &e),
    };
    let form = query.map(|Query(f)| f).unwrap_or_default();
    let asked = !form.region.trim().is_empty() && !form.task.trim().is_empty();
    let (status, outcome) = if asked {
        match answer(&s, &form).await {
            Ok(m) => (StatusCode::OK, Some(m)),
            Err(e) => {
                let (status, message, help) = e.describe();
                let m = html! {
                    div.problem role="alert" #who-problem {
                        p { (message) }
                        @if let Some(help) = help { p.help { (help) } }
                    }
                };
                (status, Some(m))
            }
        }
    } else {
        (StatusCode::OK, None)
    };
    let regions_list: Vec<(&str, &str)> = regions
        .loaded
        .iter()
        .map(|r| (r.info.id.as_str(), r.info.name.as_str()))
        .collect();
    let body = html! {
        p.lead { (t!("web-hvem-intro")) }
        (form_markup(&form, &regions_list))
        @if let Some(m) = outcome { (m) }
    };
    Page::new(Nav::Hvem, t!("web-hvem-title"), body).with_status(status)
}

async fn answer(s: &S, form: &Form) -> Result<Markup, ApiError> {
    let region_id = form.region.trim().to_string();
    let req = form.request().map_err(ApiError::problem)?;
    let regions = ready(s)?;
    find(regions, &region_id).map_err(ApiError::problem)?;
    let json_link = json_link(&region_id, form, &req);
    blocking(s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &region_id).expect("checked above");
        match who::ask(&s.host, region, &req) {
            Ok(a) => Ok(render(&a, region, &json_link)),
            Err(Refused::Query(p)) => Err(ApiError::problem(p)),
            Err(Refused::Plugin(e)) => Err(ApiError::plugin(e)),
        }
    })
    .await?
}

/// The same question to the API, for whoever wants the answer as JSON.
fn json_link(region: &str, form: &Form, req: &who::Request) -> String {
    let mut q = vec![("region", region.to_string()), ("task", req.task.clone())];
    for (k, v) in [
        ("kommune", &form.kommune),
        ("diagnosis", &form.diagnosis),
        ("age", &form.age),
        ("phase", &form.phase),
    ] {
        if let Some(v) = Form::given(v) {
            q.push((k, v));
        }
    }
    q.push(("explain", "true".into()));
    let pairs: Vec<String> = q
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    format!("/api/v1/who?{}", pairs.join("&"))
}

/// Percent-encodes a query value (everything but unreserved characters).
fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn level_word(l: Level) -> String {
    match l {
        Level::Hf => t!("web-level-hf"),
        Level::Kommune => t!("web-level-kommune"),
    }
}

fn level_class(l: Level) -> &'static str {
    match l {
        Level::Hf => "level-hf",
        Level::Kommune => "level-kommune",
    }
}

fn render(a: &Answer, region: &crate::pathway::Region, json_link: &str) -> Markup {
    let r = &a.ruling;
    let info = &region.info;
    let owner_id = if r.shared { "shared" } else { r.owner.id() };
    let contributors: Vec<String> = r.contributors.iter().map(|l| level_word(*l)).collect();
    html! {
        section.answer data-owner=(owner_id) aria-labelledby="answer-heading" {
            h2 #answer-heading { (a.task_name(info)) " " code { (r.task) } }
            p.kommune-resolution {
                @match &a.kommune {
                    Some(k) => {
                        (t!("web-hvem-place", region = info.name.as_str(), number = k.kommune.number.as_str(), name = k.kommune.name.as_str()))
                        @if let Some(note) = &k.note { " — " (note) }
                    }
                    None => { (t!("web-hvem-place-region", region = info.name.as_str())) }
                }
            }
            p.owner {
                @if r.own_patients {
                    (t!("web-hvem-own-patients"))
                } @else if r.shared {
                    span class=(level_class(r.owner)) { (t!("web-hvem-shared-lead", lead = level_word(r.owner))) }
                    " " (t!("web-hvem-shared-contributors", contributors = contributors.join(", ")))
                } @else {
                    (t!("web-hvem-owner-is")) " " span class=(level_class(r.owner)) { (level_word(r.owner)) }
                }
            }
            dl {
                @if !r.partners.is_empty() {
                    dt { (t!("web-hvem-partners")) } dd { (r.partners.join(", ")) }
                }
                @if !r.paragraph_6_2.is_empty() {
                    dt { (t!("web-hvem-paragraph")) }
                    dd { (t!("web-hvem-paragraph-items", items = r.paragraph_6_2.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", "))) }
                }
                dt { (t!("web-hvem-clause")) } dd { (r.clause) }
                dt { (t!("web-hvem-basis")) }
                dd { ul.basis { @for b in &r.basis { li { (b) } } } }
                @if !r.sources.is_empty() {
                    dt { (t!("web-hvem-sources")) }
                    dd { ul { @for src in &r.sources { li { (src) } } } }
                }
                dt { (t!("web-hvem-rule")) } dd { code { (r.rule) } " (" (who::source(r.source)) ")" }
                @if !r.note.is_empty() {
                    dt { (t!("web-hvem-note")) } dd { (r.note) }
                }
            }
            @for c in &r.caveats {
                p.caveat { strong { (t!("web-hvem-caveat")) } " " (c) }
            }
            details.trace {
                summary { (t!("web-hvem-rule-chain")) }
                ol { @for step in &r.trace { li { (step) } } }
            }
            p.hint { a href=(json_link) { (t!("web-hvem-as-json")) } }
        }
    }
}

fn form_markup(f: &Form, regions: &[(&str, &str)]) -> Markup {
    let catalogue = analyze::catalogue();
    let register = kommune::register();
    let selected = |a: &str, b: &str| a.trim() == b;
    html! {
        form.stack #who-form method="get" action="/hvem" {
            div.field {
                label for="region" { (t!("web-hvem-region")) }
                select #region name="region" required {
                    @for (id, name) in regions {
                        option value=(id) selected[selected(&f.region, id)] { (name) }
                    }
                }
            }
            div.field {
                label for="task" { (t!("web-hvem-task")) span.hint { " " (t!("web-hvem-task-hint")) } }
                input #task name="task" type="text" list="task-list" required autocomplete="off" value=(f.task);
                datalist #task-list {
                    @for t in &catalogue.tasks {
                        option value=(t.name) { (t.id) }
                    }
                }
            }
            div.field {
                label for="kommune" { (t!("web-hvem-kommune")) span.hint { " " (t!("web-hvem-kommune-hint")) } }
                input #kommune name="kommune" type="text" list="kommune-list" autocomplete="off" value=(f.kommune);
                datalist #kommune-list {
                    @for k in &register.kommuner {
                        option value=(k.name) { (k.number) }
                    }
                }
            }
            div.field-row {
                div.field {
                    label for="diagnosis" { (t!("web-hvem-diagnosis")) }
                    select #diagnosis name="diagnosis" {
                        option value="" { (t!("web-hvem-any")) }
                        @for d in &catalogue.diagnosis_groups {
                            option value=(d.id) selected[selected(&f.diagnosis, &d.id)] { (d.name) }
                        }
                    }
                }
                div.field {
                    label for="age" { (t!("web-hvem-age")) }
                    select #age name="age" {
                        option value="" { (t!("web-hvem-any")) }
                        @for id in AgeGroup::ids() {
                            option value=(id) selected[selected(&f.age, id)] { (t!("commands-matrix-age", age = id)) }
                        }
                    }
                }
                div.field {
                    label for="phase" { (t!("web-hvem-phase")) }
                    select #phase name="phase" {
                        option value="" { (t!("web-hvem-any")) }
                        @for id in Phase::ids() {
                            option value=(id) selected[selected(&f.phase, id)] { (t!("commands-matrix-phase", phase = id)) }
                        }
                    }
                }
            }
            div.actions { button type="submit" { (t!("web-hvem-ask")) } }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_is_found_by_id_or_by_its_norwegian_name() {
        let t = &analyze::catalogue().tasks[0];
        let by = |task: &str| {
            Form {
                task: task.into(),
                ..Form::default()
            }
            .task_id()
        };
        assert_eq!(by(&t.id), t.id);
        assert_eq!(by(&t.name.to_uppercase()), t.id);
        assert_eq!(by("  no-such-task "), "no-such-task");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode("Bø i Telemark"), "B%C3%B8%20i%20Telemark");
        assert_eq!(encode("a&b=c"), "a%26b%3Dc");
    }
}
