//! The routes: each handler reads the request, calls the library on a blocking thread
//! and writes the same JSON the CLI prints with `--format json`, its texts in the
//! language the request's `Accept-Language` asks for (else the server's).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use serde_json::{Value, json};

use super::Shared;
use super::body::{self, BodyError};
use crate::finding::{FileReport, Finding, Location, Origin, Severity};
use crate::i18n::{self, Lang};
use crate::pathway::render::{self, Ending};
use crate::pathway::run::{self, RunOptions, Style};
use crate::pathway::{Options, Region, Regions};
use crate::who::{self, Problem, ProblemKind, Refused};
use crate::{PluginError, agreement, report, t};

/// The OpenAPI 3.1 document of these routes (a test holds the two together).
pub const SPEC: &str = include_str!("../../../schemas/openapi.json");

/// Every route: method and path, as in the OpenAPI document.
pub const ROUTES: &[(&str, &str)] = &[
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/api/openapi.json"),
    ("GET", "/api/v1/regions"),
    ("GET", "/api/v1/regions/{region}/matrix"),
    ("GET", "/api/v1/who"),
    ("POST", "/api/v1/who"),
    ("POST", "/api/v1/agreements/check"),
    ("POST", "/api/v1/pathways/check"),
    ("POST", "/api/v1/diff"),
];

/// Routes open to anybody who reaches the port (probes of a load balancer or Kubernetes):
/// no token, no share of the in-flight limit. They tell nothing about requests.
const OPEN: &[&str] = &["/healthz", "/readyz"];

pub(crate) type S = Arc<Shared>;

fn route(method: &str, path: &str) -> MethodRouter<S> {
    match (method, path) {
        ("GET", "/healthz") => get(healthz),
        ("GET", "/readyz") => get(readyz),
        ("GET", "/api/openapi.json") => get(openapi),
        ("GET", "/api/v1/regions") => get(regions),
        ("GET", "/api/v1/regions/{region}/matrix") => get(matrix),
        ("GET", "/api/v1/who") => get(who_get),
        ("POST", "/api/v1/who") => post(who_post),
        ("POST", "/api/v1/agreements/check") => post(check_agreement),
        ("POST", "/api/v1/pathways/check") => post(check_pathways),
        ("POST", "/api/v1/diff") => post(diff_documents),
        _ => unreachable!("ROUTES lists only routes with a handler"),
    }
}

pub(super) fn router(shared: S) -> Router {
    let mut r: Router<S> = Router::new();
    for (method, path) in ROUTES {
        r = r.route(path, route(method, path));
    }
    r.merge(crate::web::routes())
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(Arc::clone(&shared), gate))
        .with_state(shared)
}

/// The access log (method, path, status, size, time: never a body or a query string),
/// the request's language, the token, and the bound on requests in flight.
async fn gate(State(s): State<S>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let lang = request_lang(&s, &path, req.headers());
    // The language is the thread's, and a task moves between threads at its awaits:
    // every poll of the request renders in `lang` (a blocking thread sets it itself).
    let mut handling = std::pin::pin!(admit(&s, req, next));
    let mut response =
        std::future::poll_fn(|cx| i18n::scoped(lang, || handling.as_mut().poll(cx))).await;
    // A handler whose body is in one language whatever the request asks says so itself.
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_LANGUAGE)
        .or_insert(HeaderValue::from_static(lang.id()));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    // A streamed body has no size yet: `-`.
    let size = axum::body::HttpBody::size_hint(response.body())
        .exact()
        .map_or_else(|| "-".to_string(), |n| n.to_string());
    tracing::info!(
        "{method} {path} {} {size} {:.1}ms",
        response.status().as_u16(),
        start.elapsed().as_secs_f64() * 1e3
    );
    response
}

/// The language of a request: the one chosen on the workbench (its cookie), else for a
/// workbench page bokmål, else the one `Accept-Language` asks for, else the server's.
fn request_lang(s: &Shared, path: &str, headers: &HeaderMap) -> Lang {
    if let Some(chosen) = crate::web::chosen_lang(headers) {
        return chosen;
    }
    if crate::web::is_page(path) {
        return Lang::Nb;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or(s.lang)
}

/// The token and the bound on requests in flight, then the handler.
async fn admit(s: &S, mut req: Request, next: Next) -> Response {
    let open = OPEN.contains(&req.uri().path());
    if !open && !authorised(s, req.headers()) {
        let mut r = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorised",
            t!("serve-unauthorised"),
        )
        .help(t!("serve-unauthorised-help"))
        .into_response();
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    } else if open {
        next.run(req).await
    } else {
        match Arc::clone(&s.in_flight).try_acquire_owned() {
            Ok(permit) => {
                req.extensions_mut().insert(Arc::new(permit));
                next.run(req).await
            }
            Err(_) => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "overloaded",
                t!("serve-overloaded", count = s.config.max_in_flight),
            )
            .help(t!("serve-overloaded-help"))
            .retry_after(1)
            .into_response(),
        }
    }
}

fn authorised(s: &Shared, headers: &HeaderMap) -> bool {
    use subtle::ConstantTimeEq;
    let Some(token) = &s.config.token else {
        return true;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.as_bytes().strip_prefix(b"Bearer "))
        .unwrap_or_default();
    // Equal lengths compare in constant time; the length of the token is no secret.
    given.len() == token.len() && bool::from(given.ct_eq(token.as_bytes()))
}

/// An error as the CLI writes it with `--format json` (`{"error": {...}}`), with the
/// HTTP status it maps to and, for a body that cannot be read, the located findings.
pub struct ApiError(Box<ErrorBody>);

pub struct ErrorBody {
    status: StatusCode,
    kind: &'static str,
    message: String,
    help: Option<String>,
    suggestions: Vec<String>,
    exit_code: u8,
    findings: Vec<Finding>,
    retry_after: Option<u32>,
}

impl std::ops::Deref for ApiError {
    type Target = ErrorBody;
    fn deref(&self) -> &ErrorBody {
        &self.0
    }
}

impl std::ops::DerefMut for ApiError {
    fn deref_mut(&mut self) -> &mut ErrorBody {
        &mut self.0
    }
}

impl ApiError {
    fn new(status: StatusCode, kind: &'static str, message: String) -> Self {
        ApiError(Box::new(ErrorBody {
            status,
            kind,
            message,
            help: None,
            suggestions: Vec::new(),
            exit_code: 2,
            findings: Vec::new(),
            retry_after: None,
        }))
    }

    fn help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    fn retry_after(mut self, secs: u32) -> Self {
        self.retry_after = Some(secs);
        self
    }

    fn finding(mut self, code: &str, pointer: &str, location: Location) -> Self {
        let (message, help) = (self.message.clone(), self.help.clone());
        self.findings.push(Finding {
            code: code.into(),
            severity: Severity::Error,
            message,
            pointer: pointer.into(),
            location,
            origin: Origin::Engine,
            help,
        });
        self
    }

    /// The status, message and help, for a page that shows the error as HTML.
    pub(crate) fn describe(&self) -> (StatusCode, &str, Option<&str>) {
        (self.status, &self.message, self.help.as_deref())
    }

    fn not_ready() -> Self {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "not-ready",
            t!("serve-not-ready"),
        )
        .help(t!("serve-not-ready-help"))
        .retry_after(1)
    }

    pub(crate) fn body(e: BodyError, max: usize) -> Self {
        match e {
            BodyError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too-large",
                t!("serve-too-large", max = max),
            )
            .help(t!("serve-too-large-help"))
            .finding("too-large", "", Location::START),
            BodyError::TimedOut => ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "body-timeout",
                t!("serve-body-timeout"),
            )
            .help(t!("serve-body-timeout-help")),
            BodyError::Broken(e) => ApiError::new(
                StatusCode::BAD_REQUEST,
                "unreadable",
                t!("serve-unreadable", reason = e),
            ),
        }
    }

    pub(crate) fn problem(p: Problem) -> Self {
        let status = match p.kind {
            ProblemKind::InvalidQuery => StatusCode::BAD_REQUEST,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        let mut e = ApiError::new(status, p.kind.id(), p.message);
        e.help = p.help;
        e.suggestions = p.suggestions;
        e
    }

    pub(crate) fn plugin(e: PluginError) -> Self {
        let mut a = ApiError::new(StatusCode::BAD_GATEWAY, "plugin-failed", e.to_string());
        a.help = e.help();
        a.exit_code = 3;
        a
    }

    fn value(&self) -> Value {
        let mut error = json!({
            "kind": self.kind,
            "message": self.message,
            "help": self.help,
            "suggestions": self.suggestions,
            "exit_code": self.exit_code,
        });
        if !self.findings.is_empty() {
            error["findings"] = json!(self.findings);
        }
        json!({ "error": error })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut r = json_response(self.status, &self.value());
        if let Some(secs) = self.retry_after {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        r
    }
}

/// JSON as the CLI prints it: pretty, with a final newline.
pub(crate) fn json_response(status: StatusCode, v: &Value) -> Response {
    let mut text = serde_json::to_string_pretty(v).unwrap_or_default();
    text.push('\n');
    (status, [(header::CONTENT_TYPE, "application/json")], text).into_response()
}

/// The HTTP status of a checked document: 502 when a plugin failed; 413, 400 when the
/// body could not be read as a document (too large; not UTF-8, not JSON, nested too
/// deep); 422 when it names a region no plugin answers for; else 200, findings or not:
/// they are the answer.
pub fn report_status(reports: &[FileReport], plugin_failed: bool) -> u16 {
    let has = |codes: &[&str]| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .any(|f| codes.contains(&f.code.as_str()))
    };
    if plugin_failed || has(&["plugin-failed"]) {
        502
    } else if has(&["too-large", "line-too-long"]) {
        413
    } else if has(&["not-utf8", "syntax", "unreadable"]) {
        400
    } else if has(&["unknown-region"]) {
        422
    } else {
        200
    }
}

pub(crate) fn ready(s: &Shared) -> Result<&Regions, ApiError> {
    s.regions.get().ok_or_else(ApiError::not_ready)
}

pub(crate) fn find<'a>(regions: &'a Regions, id: &str) -> Result<&'a Region, Problem> {
    regions
        .loaded
        .iter()
        .find(|r| r.info.id == id)
        .ok_or_else(|| who::unknown_region(id, regions.loaded.iter().map(|r| r.info.id.as_str())))
}

/// Runs `f` on a blocking thread: plugin calls and the pathway pipeline block. It
/// renders in the request's language, which the gate set for this poll.
pub(crate) async fn blocking<T: Send + 'static>(
    s: &S,
    f: impl FnOnce(&Shared) -> T + Send + 'static,
) -> Result<T, ApiError> {
    let s = Arc::clone(s);
    let lang = i18n::current();
    tokio::task::spawn_blocking(move || i18n::scoped(lang, || f(&s)))
        .await
        .map_err(|e| {
            // A panic in the host is a bug; the client still gets an answer and the server
            // goes on.
            tracing::error!("a request handler panicked: {e}");
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                t!("serve-internal"),
            )
        })
}

/// The media type of the body, without parameters; a missing one is `None`.
pub(crate) fn media_type(headers: &HeaderMap) -> Option<String> {
    let v = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    Some(
        v.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase(),
    )
}

/// A body of a media type the route does not take; `help` names those it takes.
fn wrong_type(got: Option<String>, help: String) -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        match got {
            Some(media_type) => t!("serve-wrong-media-type", media_type = media_type),
            None => t!("serve-no-media-type"),
        },
    )
    .help(help)
}

async fn healthz() -> Response {
    json_response(StatusCode::OK, &json!({ "status": "ok" }))
}

async fn readyz(State(s): State<S>) -> Response {
    match s.regions.get() {
        Some(r) => json_response(
            StatusCode::OK,
            &json!({ "status": "ready", "regions": r.loaded.len() }),
        ),
        None => ApiError::not_ready().into_response(),
    }
}

/// The document, in English whatever the request asks.
async fn openapi() -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CONTENT_LANGUAGE, "en"),
        ],
        SPEC,
    )
        .into_response()
}

async fn not_found(method: Method, uri: axum::http::Uri) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not-found",
        t!(
            "serve-no-route",
            method = method.as_str(),
            path = uri.path()
        ),
    )
    .help(t!("serve-no-route-help"))
    .into_response()
}

async fn regions(State(s): State<S>) -> Result<Response, ApiError> {
    let r = ready(&s)?;
    let list: Vec<Value> = r
        .loaded
        .iter()
        .map(|l| who::region_json(&l.plugin, &l.info))
        .collect();
    let errors: Vec<Value> = r
        .failed
        .iter()
        .map(|(_, message, help)| {
            json!({ "kind": "plugin-failed", "message": message, "help": help,
                    "suggestions": [], "exit_code": 3 })
        })
        .collect();
    Ok(json_response(
        StatusCode::OK,
        &json!({ "regions": list, "errors": errors }),
    ))
}

/// A who query from query parameters or a JSON body.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WhoQuery {
    region: Option<String>,
    task: Option<String>,
    kommune: Option<String>,
    diagnosis: Option<String>,
    age: Option<String>,
    phase: Option<String>,
    explain: Option<bool>,
}

impl WhoQuery {
    fn from_pairs(pairs: Vec<(String, String)>) -> Result<Self, Problem> {
        let mut q = WhoQuery::default();
        for (k, v) in pairs {
            let slot = match k.as_str() {
                "region" => &mut q.region,
                "task" => &mut q.task,
                "kommune" => &mut q.kommune,
                "diagnosis" => &mut q.diagnosis,
                "age" => &mut q.age,
                "phase" => &mut q.phase,
                "explain" => {
                    q.explain = Some(parse_bool(&k, &v)?);
                    continue;
                }
                _ => {
                    return Err(
                        invalid(t!("serve-unknown-parameter", name = &k)).suggest_params(&k)
                    );
                }
            };
            if slot.replace(v).is_some() {
                return Err(invalid(t!("serve-parameter-twice", name = &k)));
            }
        }
        Ok(q)
    }

    fn request(self) -> Result<(String, who::Request), Problem> {
        let region = self
            .region
            .ok_or_else(|| invalid(t!("serve-parameter-missing", name = "region")))?;
        let task = self
            .task
            .ok_or_else(|| invalid(t!("serve-parameter-missing", name = "task")))?;
        Ok((
            region,
            who::Request {
                task,
                kommune: self.kommune,
                diagnosis: self.diagnosis,
                age: self.age.as_deref().map(who::age).transpose()?,
                phase: self.phase.as_deref().map(who::phase).transpose()?,
                explain: self.explain.unwrap_or(false),
            },
        ))
    }
}

fn parse_bool(k: &str, v: &str) -> Result<bool, Problem> {
    match v {
        "true" | "1" | "" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(invalid(t!("serve-not-a-bool", name = k, value = v))),
    }
}

fn invalid(message: String) -> Problem {
    Problem::new(ProblemKind::InvalidQuery, message)
}

trait SuggestParams {
    fn suggest_params(self, k: &str) -> Self;
}

impl SuggestParams for Problem {
    fn suggest_params(mut self, k: &str) -> Self {
        const PARAMS: &[&str] = &[
            "region",
            "task",
            "kommune",
            "diagnosis",
            "age",
            "phase",
            "explain",
        ];
        self.suggestions = crate::suggest::closest(k, PARAMS.iter().copied(), 3)
            .into_iter()
            .map(String::from)
            .collect();
        self.help = Some(t!("serve-parameters-help", parameters = PARAMS.join(", ")));
        self
    }
}

async fn who_get(
    State(s): State<S>,
    query: Result<Query<Vec<(String, String)>>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let pairs = match query {
        Ok(Query(p)) => p,
        Err(e) => {
            return Err(ApiError::problem(invalid(t!(
                "serve-unreadable-query",
                reason = e.body_text()
            ))));
        }
    };
    let q = WhoQuery::from_pairs(pairs).map_err(ApiError::problem)?;
    answer_who(&s, q).await
}

/// The body of a request that must be `application/json`, read whole within the size
/// and time limits.
async fn json_body(s: &S, req: Request) -> Result<Vec<u8>, ApiError> {
    let (parts, body) = req.into_parts();
    match media_type(&parts.headers).as_deref() {
        Some("application/json") => {}
        other => {
            return Err(wrong_type(
                other.map(String::from),
                t!("serve-media-type-help", media_type = "application/json"),
            ));
        }
    }
    let max = s.config.max_body_bytes;
    body::read_all(body, max, s.config.body_timeout)
        .await
        .map_err(|e| ApiError::body(e, max))
}

async fn who_post(State(s): State<S>, req: Request) -> Result<Response, ApiError> {
    let bytes = json_body(&s, req).await?;
    let q = parse_json::<WhoQuery>(&bytes)?;
    answer_who(&s, q).await
}

/// A body that cannot be read: `f`, the first error among `findings`, says where.
fn invalid_body(f: &Finding, findings: Vec<Finding>) -> ApiError {
    let mut e = ApiError::new(
        StatusCode::BAD_REQUEST,
        "invalid-body",
        t!(
            "serve-invalid-body-at",
            message = &f.message,
            line = f.location.line,
            column = f.location.column
        ),
    );
    e.help = f.help.clone();
    e.findings = findings;
    e
}

/// Reads a small JSON request body: the reading errors of an agreement file, located.
fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let read = agreement::read_bytes(bytes, agreement::ReadLimits::default().max_depth);
    if let Some(f) = read.findings.iter().find(|f| f.severity == Severity::Error) {
        return Err(invalid_body(f, read.findings.clone()));
    }
    let value = read.parsed.map(|p| p.value).unwrap_or(Value::Null);
    serde_json::from_value(value).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid-body",
            t!("serve-not-a-who-query", reason = e.to_string()),
        )
        .help(t!("serve-not-a-who-query-help"))
    })
}

async fn answer_who(s: &S, q: WhoQuery) -> Result<Response, ApiError> {
    let (region, request) = q.request().map_err(ApiError::problem)?;
    ready(s)?;
    let answer = blocking(s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &region).map_err(Refused::Query)?;
        who::ask(&s.host, region, &request).map(|a| a.to_json(&region.info))
    })
    .await?;
    match answer {
        Ok(v) => Ok(json_response(StatusCode::OK, &v)),
        Err(Refused::Query(p)) => Err(ApiError::problem(p)),
        Err(Refused::Plugin(e)) => Err(ApiError::plugin(e)),
    }
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct MatrixQuery {
    format: Option<String>,
}

async fn matrix(
    State(s): State<S>,
    Path(region): Path<String>,
    query: Result<Query<MatrixQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Ok(Query(q)) = query else {
        return Err(ApiError::problem(invalid(t!("serve-matrix-parameters"))));
    };
    let format = q.format.unwrap_or_else(|| "md".into());
    if !["md", "html", "json"].contains(&format.as_str()) {
        return Err(ApiError::problem(
            invalid(t!("serve-unknown-format", format = &format)).suggest_formats(&format),
        ));
    }
    let regions = ready(&s)?;
    if let Err(p) = find(regions, &region) {
        let mut e = ApiError::problem(p);
        e.status = StatusCode::NOT_FOUND;
        return Err(e);
    }
    let out = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &region).expect("checked above");
        crate::analyze::matrix(&s.host, region).map(|rows| match format.as_str() {
            "json" => ("application/json", {
                let mut t = serde_json::to_string_pretty(
                    &json!({ "region": region.info.id, "rows": rows }),
                )
                .unwrap_or_default();
                t.push('\n');
                t
            }),
            "html" => (
                "text/html; charset=utf-8",
                crate::matrix::html(region, &rows),
            ),
            _ => (
                "text/markdown; charset=utf-8",
                crate::matrix::markdown(region, &rows),
            ),
        })
    })
    .await?
    .map_err(ApiError::plugin)?;
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, out.0)], out.1).into_response())
}

trait SuggestFormats {
    fn suggest_formats(self, f: &str) -> Self;
}

impl SuggestFormats for Problem {
    fn suggest_formats(mut self, f: &str) -> Self {
        self.suggestions = crate::suggest::closest(f, ["md", "html", "json"], 3)
            .into_iter()
            .map(String::from)
            .collect();
        self.help = Some(t!("serve-formats-help"));
        self
    }
}

async fn check_agreement(State(s): State<S>, req: Request) -> Result<Response, ApiError> {
    let bytes = json_body(&s, req).await?;
    let checked = check_agreement_bytes(&s, PathBuf::from("request.json"), bytes).await?;
    let reports = [checked.report];
    let status = report_status(&reports, checked.plugin_failed);
    Ok(json_response(
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        &report::json(&reports),
    ))
}

/// Checks an agreement document sent to the server (the API's body, the workbench's
/// upload), named `path` in its findings, under the server's body limit.
pub(crate) async fn check_agreement_bytes(
    s: &S,
    path: PathBuf,
    bytes: Vec<u8>,
) -> Result<agreement::Checked, ApiError> {
    ready(s)?;
    blocking(s, move |s| {
        let mut regions = s.regions.get().expect("checked ready");
        let limits = agreement::ReadLimits {
            max_bytes: s.config.max_body_bytes as u64,
            ..agreement::ReadLimits::default()
        };
        agreement::check_bytes(
            &s.host,
            &mut regions,
            path,
            &bytes,
            limits,
            &agreement::today(),
        )
    })
    .await
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PathwayQuery {
    explain: Option<bool>,
}

async fn check_pathways(
    State(s): State<S>,
    query: Result<Query<PathwayQuery>, axum::extract::rejection::QueryRejection>,
    req: Request,
) -> Result<Response, ApiError> {
    let Ok(Query(q)) = query else {
        return Err(ApiError::problem(invalid(t!("serve-pathway-parameters"))));
    };
    let (parts, body) = req.into_parts();
    let lines = match media_type(&parts.headers).as_deref() {
        Some("application/json") => false,
        Some("application/x-ndjson" | "application/jsonl") => true,
        other => {
            return Err(wrong_type(
                other.map(String::from),
                t!(
                    "serve-media-types-help",
                    first = "application/json",
                    second = "application/x-ndjson"
                ),
            ));
        }
    };
    ready(&s)?;
    let max = s.config.max_body_bytes;
    let opts = RunOptions {
        check: Options {
            explain: q.explain.unwrap_or(false),
            ..Options::default()
        },
        style: if lines { Style::Jsonl } else { Style::Collect },
        jobs: if lines { RunOptions::default().jobs } else { 1 },
        max_file_bytes: max as u64,
        max_line_bytes: max,
        progress: false,
        ..RunOptions::default()
    };
    if lines {
        // Streams in and out: a few chunks in memory, however long the upload.
        let permit = parts
            .extensions
            .get::<Arc<tokio::sync::OwnedSemaphorePermit>>()
            .cloned();
        let input = body::reader(body, s.config.body_timeout).await;
        let (mut output, response) = body::writer();
        let max_in_flight = s.config.max_in_flight;
        let s = Arc::clone(&s);
        // The run's workers take the language of the thread that starts it.
        let lang = i18n::current();
        // A thread of its own: an upload runs as long as the client sends, and must not
        // hold one of the blocking pool's threads the short calls share.
        let spawned = std::thread::Builder::new()
            .name("ansvar-upload".into())
            .spawn(move || {
                let _permit = permit;
                let regions = s.regions.get().expect("checked ready");
                let name = std::path::Path::new("request.jsonl");
                if let Err(e) = i18n::scoped(lang, || {
                    run::run_input(&s.host, regions, name, Box::new(input), &opts, &mut output)
                }) {
                    tracing::debug!("pathway stream ended early: {e}");
                }
            });
        if let Err(e) = spawned {
            tracing::warn!("no thread for an upload: {e}");
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "overloaded",
                t!("serve-overloaded", count = max_in_flight),
            )
            .help(t!("serve-overloaded-help"))
            .retry_after(1));
        }
        return Ok((
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/x-ndjson")],
            response,
        )
            .into_response());
    }
    let bytes = body::read_all(body, max, s.config.body_timeout)
        .await
        .map_err(|e| ApiError::body(e, max))?;
    let (status, text) = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let mut out = Vec::new();
        let name = std::path::Path::new("request.json");
        let input = Box::new(std::io::Cursor::new(bytes));
        let result = run::run_input(&s.host, regions, name, input, &opts, &mut out).and_then(
            |(stats, reports)| {
                render::finish(&mut out, Ending::Json, &stats, &reports)?;
                Ok(report_status(&reports, stats.plugin_failed))
            },
        );
        result.map(|status| (status, out))
    })
    .await?
    .map_err(|e| ApiError::body(BodyError::Broken(e.to_string()), max))?;
    Ok((
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        [(header::CONTENT_TYPE, "application/json")],
        Body::from(text),
    )
        .into_response())
}

/// `POST /api/v1/diff`: two versions of an agreement document, `{"old": …, "new": …}`,
/// each laid over the rules in force of their region and compared over the whole
/// context space: the JSON of `ansvar diff --format json OLD NEW` (the sides labelled
/// `old` and `new`).
async fn diff_documents(State(s): State<S>, req: Request) -> Result<Response, ApiError> {
    let bytes = json_body(&s, req).await?;
    let (old, new) = diff_pair(&bytes)?;
    let (a, b) = (
        crate::diff::agreement::region(&old).to_string(),
        crate::diff::agreement::region(&new).to_string(),
    );
    if a != b {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "different-regions",
            t!("diff-document-regions-differ", old = &a, new = &b),
        )
        .help(t!("diff-document-regions-differ-help")));
    }
    let regions = ready(&s)?;
    find(regions, &a).map_err(ApiError::problem)?;
    let report = blocking(&s, move |s| {
        let regions = s.regions.get().expect("checked ready");
        let region = find(regions, &a).expect("checked above");
        let side = |label: &str| crate::diff::Side {
            label: label.into(),
            sha256: None,
            pinned: None,
        };
        crate::diff::documents(
            &s.host,
            region,
            Some(&old),
            Some(&new),
            (side("old"), side("new")),
        )
        .map(|section| crate::diff::Report {
            sections: vec![section],
            pathways: None,
        })
    })
    .await?
    .map_err(ApiError::plugin)?;
    Ok(json_response(
        StatusCode::OK,
        &crate::diff::render::json(&report),
    ))
}

/// The two documents of a diff request, each read as `ansvar diff` reads a file (JSON,
/// then the agreement schema) and located in the request body; a finding's pointer
/// starts at the body (`/old/clauses/7/owner`).
fn diff_pair(bytes: &[u8]) -> Result<(Value, Value), ApiError> {
    use crate::document::json::{LineIndex, Parsed, Span};
    use std::collections::HashMap;

    let not_a_pair = |message: String| {
        ApiError::new(StatusCode::BAD_REQUEST, "invalid-body", message)
            .help(t!("web-endringer-api-body-help"))
    };
    // The documents nest one level below the body.
    let depth = agreement::ReadLimits::default().max_depth + 1;
    let read = agreement::read_bytes(bytes, depth);
    if let Some(f) = read.findings.iter().find(|f| f.severity == Severity::Error) {
        return Err(invalid_body(f, read.findings.clone()));
    }
    let (Some(text), Some(parsed)) = (read.text, read.parsed) else {
        return Err(not_a_pair(t!("web-endringer-api-not-a-pair")));
    };
    let Value::Object(top) = &parsed.value else {
        return Err(not_a_pair(t!("web-endringer-api-not-a-pair")));
    };
    if let Some(k) = top.keys().find(|k| !["old", "new"].contains(&k.as_str())) {
        let mut e = not_a_pair(t!("web-endringer-api-unknown-member", name = k.as_str()));
        e.suggestions = crate::suggest::closest(k, ["old", "new"], 2)
            .into_iter()
            .map(String::from)
            .collect();
        return Err(e);
    }
    let index = LineIndex::new(&text);
    let side = |key: &str| -> Result<Value, ApiError> {
        let Some(value) = top.get(key) else {
            return Err(not_a_pair(t!(
                "web-endringer-api-missing-member",
                name = key
            )));
        };
        // The positions of this document's values, by pointer within the document.
        let prefix = format!("/{key}");
        let within = |m: &HashMap<String, Span>| -> HashMap<String, Span> {
            m.iter()
                .filter_map(|(p, span)| {
                    let rest = p.strip_prefix(prefix.as_str())?;
                    (rest.is_empty() || rest.starts_with('/')).then(|| (rest.to_string(), *span))
                })
                .collect()
        };
        let sub = Parsed {
            value: value.clone(),
            values: within(&parsed.values),
            keys: within(&parsed.keys),
            duplicates: Vec::new(),
        };
        let mut findings = agreement::schema_findings(&index, &sub);
        for f in &mut findings {
            f.pointer = format!("{prefix}{}", f.pointer);
            f.message = format!("{key}: {}", f.message);
        }
        match findings.first() {
            Some(f) => Err(invalid_body(f, findings.clone())),
            None => Ok(sub.value),
        }
    };
    Ok((side("old")?, side("new")?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(codes: &[&str]) -> FileReport {
        FileReport {
            path: PathBuf::from("x"),
            text: None,
            findings: codes
                .iter()
                .map(|c| Finding {
                    code: (*c).into(),
                    severity: Severity::Error,
                    message: String::new(),
                    pointer: String::new(),
                    location: Location::START,
                    origin: Origin::Engine,
                    help: None,
                })
                .collect(),
        }
    }

    #[test]
    fn a_document_status_says_whose_fault_it_is() {
        assert_eq!(report_status(&[report(&[])], false), 200);
        assert_eq!(report_status(&[report(&["wrong-level"])], false), 200);
        assert_eq!(report_status(&[report(&["syntax"])], false), 400);
        assert_eq!(report_status(&[report(&["not-utf8"])], false), 400);
        assert_eq!(report_status(&[report(&["too-large"])], false), 413);
        assert_eq!(report_status(&[report(&["unknown-region"])], false), 422);
        assert_eq!(report_status(&[report(&["syntax"])], true), 502);
        assert_eq!(report_status(&[report(&["plugin-failed"])], false), 502);
    }

    #[test]
    fn every_route_is_in_the_openapi_document_and_every_path_there_is_routed() {
        let spec: Value = serde_json::from_str(SPEC).expect("schemas/openapi.json is JSON");
        assert_eq!(spec["openapi"].as_str().map(|v| &v[..3]), Some("3.1"));
        let paths = spec["paths"].as_object().expect("paths");
        let mut documented = Vec::new();
        for (path, item) in paths {
            for method in item.as_object().expect("path item").keys() {
                if ["get", "post", "put", "delete", "patch"].contains(&method.as_str()) {
                    documented.push((method.to_uppercase(), path.clone()));
                }
            }
        }
        let mut routed: Vec<(String, String)> = ROUTES
            .iter()
            .map(|(m, p)| (m.to_string(), p.to_string()))
            .collect();
        documented.sort();
        routed.sort();
        assert_eq!(routed, documented);
        // Every route has a handler (building the router would panic otherwise).
        for (m, p) in ROUTES {
            let _ = route(m, p);
        }
    }

    #[test]
    fn query_pairs_reject_unknown_and_repeated_parameters() {
        let pairs = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        let e = WhoQuery::from_pairs(pairs(&[("regoin", "x")])).unwrap_err();
        assert_eq!(e.suggestions, ["region"]);
        let e = WhoQuery::from_pairs(pairs(&[("task", "a"), ("task", "b")])).unwrap_err();
        assert!(e.message.contains("twice"));
        let q = WhoQuery::from_pairs(pairs(&[("region", "r"), ("task", "t"), ("explain", "")]))
            .unwrap();
        let (region, req) = q.request().unwrap();
        assert_eq!((region.as_str(), req.explain), ("r", true));
        let e = WhoQuery::from_pairs(pairs(&[("task", "t")]))
            .unwrap()
            .request()
            .unwrap_err();
        assert!(e.message.contains("`region` is missing"));
    }
}
