//! The workbench: pages for the secretariats and planners who do not use a terminal,
//! served by `ansvar serve` beside the API and answered by the same library. Everything
//! comes from this binary (HTML from `maud`, our own stylesheet and scripts), and the
//! Content-Security-Policy says so. Every page works as a plain form; the scripts add the
//! live checks, the drafts kept in the browser and the swimlane as you type.
//!
//! The pages are in bokmål unless the user picks nynorsk or English (a cookie set by
//! `/sprak/{lang}`, which the API then follows too).

mod avtale;
mod endringer;
mod forlop;
mod hvem;
mod mange;
mod regioner;

use axum::Router;
use axum::extract::{FromRequest, Multipart, Path, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::i18n::{self, Lang};
use crate::serve::api::{ApiError, S};
use crate::serve::body::{self, BodyError};
use crate::t;

/// Only what this binary serves: no inline script or style, no other origin.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

/// The cookie that keeps the language a user picked.
const LANG_COOKIE: &str = "ansvar-lang";

/// The pages, in the order of the menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Nav {
    Start,
    Regioner,
    Hvem,
    Avtale,
    Forlop,
    Mange,
    Endringer,
}

impl Nav {
    const MENU: [Nav; 6] = [
        Nav::Regioner,
        Nav::Hvem,
        Nav::Avtale,
        Nav::Forlop,
        Nav::Mange,
        Nav::Endringer,
    ];

    pub(crate) fn href(self) -> &'static str {
        match self {
            Nav::Start => "/",
            Nav::Regioner => "/regioner",
            Nav::Hvem => "/hvem",
            Nav::Avtale => "/avtale",
            Nav::Forlop => "/forlop",
            Nav::Mange => "/mange",
            Nav::Endringer => "/endringer",
        }
    }

    fn label(self) -> String {
        match self {
            Nav::Start => t!("web-nav-start"),
            Nav::Regioner => t!("web-nav-regioner"),
            Nav::Hvem => t!("web-nav-hvem"),
            Nav::Avtale => t!("web-nav-avtale"),
            Nav::Forlop => t!("web-nav-forlop"),
            Nav::Mange => t!("web-nav-mange"),
            Nav::Endringer => t!("web-nav-endringer"),
        }
    }

    fn summary(self) -> String {
        match self {
            Nav::Start => String::new(),
            Nav::Regioner => t!("web-start-regioner"),
            Nav::Hvem => t!("web-start-hvem"),
            Nav::Avtale => t!("web-start-avtale"),
            Nav::Forlop => t!("web-start-forlop"),
            Nav::Mange => t!("web-start-mange"),
            Nav::Endringer => t!("web-start-endringer"),
        }
    }
}

/// One page: its place in the menu, its heading and its content. `script` and `style`
/// name the page's own files under `/assets/` (beside `app.js` and `app.css`).
pub(crate) struct Page {
    pub nav: Nav,
    pub title: String,
    pub script: Option<&'static str>,
    pub style: Option<&'static str>,
    pub body: Markup,
}

impl Page {
    pub(crate) fn new(nav: Nav, title: String, body: Markup) -> Self {
        Page {
            nav,
            title,
            script: None,
            style: None,
            body,
        }
    }

    pub(crate) fn script(mut self, name: &'static str) -> Self {
        self.script = Some(name);
        self
    }

    pub(crate) fn style(mut self, name: &'static str) -> Self {
        self.style = Some(name);
        self
    }

    /// The whole document, 200.
    pub(crate) fn into_response(self) -> Response {
        self.with_status(StatusCode::OK)
    }

    pub(crate) fn with_status(self, status: StatusCode) -> Response {
        html_response(status, layout(self))
    }
}

/// An HTML response with the headers every page carries.
pub(crate) fn html_response(status: StatusCode, markup: Markup) -> Response {
    let mut r = (status, markup.into_string()).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    secure(h);
    r
}

fn secure(h: &mut HeaderMap) {
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
}

fn layout(p: Page) -> Markup {
    let lang = i18n::current();
    html! {
        (DOCTYPE)
        html lang=(lang.id()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (p.title) " – ansvar" }
                // No icon: without this line the browser asks for /favicon.ico.
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/assets/app.css";
                @if let Some(style) = p.style {
                    link rel="stylesheet" href={ "/assets/" (style) };
                }
                script src="/assets/app.js" defer {}
                @if let Some(script) = p.script {
                    script src={ "/assets/" (script) } defer {}
                }
            }
            body {
                a.skip href="#main" { (t!("web-skip")) }
                header.top {
                    a.brand href="/" { "ansvar" }
                    nav aria-label=(t!("web-nav-label")) {
                        ul {
                            @for n in Nav::MENU {
                                li {
                                    @if n == p.nav {
                                        a href=(n.href()) aria-current="page" { (n.label()) }
                                    } @else {
                                        a href=(n.href()) { (n.label()) }
                                    }
                                }
                            }
                        }
                    }
                    nav.lang aria-label=(t!("web-lang-label")) {
                        ul {
                            @for l in [Lang::Nb, Lang::Nn, Lang::En] {
                                li {
                                    @if l == lang {
                                        a href={ "/sprak/" (l.id()) } lang=(l.id()) hreflang=(l.id()) aria-current="true" { (lang_name(l)) }
                                    } @else {
                                        a href={ "/sprak/" (l.id()) } lang=(l.id()) hreflang=(l.id()) { (lang_name(l)) }
                                    }
                                }
                            }
                        }
                    }
                }
                main id="main" tabindex="-1" {
                    h1 { (p.title) }
                    (p.body)
                }
                footer {
                    p { (t!("web-footer", version = env!("CARGO_PKG_VERSION"))) }
                }
            }
        }
    }
}

/// A language in its own words.
fn lang_name(l: Lang) -> &'static str {
    match l {
        Lang::Nb => "Bokmål",
        Lang::Nn => "Nynorsk",
        Lang::En => "English",
    }
}

/// Texts a page's script needs, in the page's language: a JSON data block the script
/// reads with `ansvar.texts()`. Never executed, so the CSP has nothing to allow.
pub(crate) fn texts(pairs: &[(&str, String)]) -> Markup {
    let map: serde_json::Map<String, serde_json::Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), serde_json::Value::String(v.clone())))
        .collect();
    data_block("texts", &serde_json::Value::Object(map))
}

/// A JSON data block `#id` for a page script (lists of regions, tasks, words). A data
/// block is never executed; `</script>` or `<!--` in a text must not end it.
pub(crate) fn data_block(id: &str, v: &serde_json::Value) -> Markup {
    let json = v.to_string().replace('<', "\\u003c");
    html! { script type="application/json" id=(id) { (PreEscaped(json)) } }
}

/// A size in bytes as people read it: "4 MB", "64 kB", "900 B".
pub(crate) fn size_text(n: usize) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MB", n >> 20)
    } else if n >= 1 << 10 {
        format!("{} kB", n >> 10)
    } else {
        format!("{n} B")
    }
}

/// One part of a multipart form.
pub(crate) struct Part {
    pub name: String,
    pub file_name: Option<String>,
    pub bytes: Vec<u8>,
}

/// Room for a form's own framing (boundaries, part headers) beside a file as large as
/// `--max-body-bytes`.
const FORM_SLACK: usize = 16 << 10;

/// Reads a whole multipart form (the plain forms' file uploads): at most
/// `--max-body-bytes` and its framing, within the body timeout. The routes that take a
/// form turn off axum's own limit, so that this one is the server's.
pub(crate) async fn read_form(s: &S, req: Request) -> Result<Vec<Part>, ApiError> {
    let max = s.config.max_body_bytes;
    let (head, data) = req.into_parts();
    let bytes = body::read_all(data, max.saturating_add(FORM_SLACK), s.config.body_timeout)
        .await
        .map_err(|e| ApiError::body(e, max))?;
    let broken = |reason: String| ApiError::body(BodyError::Broken(reason), max);
    let req = Request::from_parts(head, axum::body::Body::from(bytes));
    let mut multipart = <Multipart as FromRequest<()>>::from_request(req, &())
        .await
        .map_err(|e| broken(e.body_text()))?;
    let mut parts = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| broken(e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(String::from);
        let bytes = field.bytes().await.map_err(|e| broken(e.body_text()))?;
        // The framing has its own room; a file itself is held to the limit.
        if bytes.len() > max {
            return Err(ApiError::body(BodyError::TooLarge, max));
        }
        parts.push(Part {
            name,
            file_name,
            bytes: bytes.to_vec(),
        });
    }
    Ok(parts)
}

/// An error as a page: what went wrong and how to fix it.
pub(crate) fn error_page(nav: Nav, e: &ApiError) -> Response {
    let (status, message, help) = e.describe();
    let body = html! {
        div.problem role="alert" {
            p { (message) }
            @if let Some(help) = help {
                p.help { (help) }
            }
        }
        p { a href=(nav.href()) { (t!("web-error-back")) } }
    };
    let mut r = Page::new(nav, t!("web-error-title"), body).with_status(status);
    if status == StatusCode::SERVICE_UNAVAILABLE {
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    r
}

/// Whether `path` is a workbench page (bokmål unless the user picked otherwise) rather
/// than the API, whose default is the server's language.
pub fn is_page(path: &str) -> bool {
    !(path.starts_with("/api/") || path == "/healthz" || path == "/readyz")
}

/// The language picked on the workbench, from its cookie.
pub fn chosen_lang(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == LANG_COOKIE)
        .and_then(|(_, v)| v.parse().ok())
}

pub(crate) fn routes() -> Router<S> {
    Router::new()
        .route("/", get(start))
        .route("/sprak/{lang}", get(set_lang))
        .route("/assets/{name}", get(asset))
        .merge(regioner::routes())
        .merge(hvem::routes())
        .merge(avtale::routes())
        .merge(forlop::routes())
        .merge(mange::routes())
        .merge(endringer::routes())
}

async fn start() -> Response {
    let body = html! {
        p.lead { (t!("web-start-intro")) }
        ul.cards {
            @for n in Nav::MENU {
                li {
                    h2 { a href=(n.href()) { (n.label()) } }
                    p { (n.summary()) }
                }
            }
        }
        p { (t!("web-start-sources")) }
    };
    Page::new(Nav::Start, t!("web-start-title"), body).into_response()
}

/// Keeps the language picked and goes back to the page it was picked on (when the
/// browser says which, on this server), else to the start page.
async fn set_lang(Path(lang): Path<String>, headers: HeaderMap) -> Response {
    let Ok(lang) = lang.parse::<Lang>() else {
        let e = ApiError::problem(crate::who::Problem::new(
            crate::who::ProblemKind::InvalidQuery,
            t!("web-lang-unknown", lang = lang),
        ));
        return error_page(Nav::Start, &e);
    };
    let back = back_path(&headers).unwrap_or_else(|| "/".to_string());
    let mut r = StatusCode::SEE_OTHER.into_response();
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&back) {
        h.insert(header::LOCATION, v);
    }
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        lang.id()
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        h.insert(header::SET_COOKIE, v);
    }
    secure(h);
    r
}

/// The path (and query) of the `Referer` when it is a page of this server: never
/// another site, so the language link cannot be used to send a user elsewhere.
fn back_path(headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("http://")
        .or_else(|| referer.strip_prefix("https://"))?;
    let path = rest.strip_prefix(host)?;
    (path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/sprak/"))
        .then(|| path.to_string())
}

/// The stylesheets and scripts, compiled in.
const ASSETS: &[(&str, &str, &str)] = &[
    ("app.css", CSS, include_str!("../../web/app.css")),
    ("app.js", JS, include_str!("../../web/app.js")),
    ("avtale.css", CSS, include_str!("../../web/avtale.css")),
    ("avtale.js", JS, include_str!("../../web/avtale.js")),
    ("forlop.js", JS, include_str!("../../web/forlop.js")),
    ("swimlane.css", CSS, crate::pathway::swimlane::CSS),
    ("mange.js", JS, include_str!("../../web/mange.js")),
    (
        "endringer.css",
        CSS,
        include_str!("../../web/endringer.css"),
    ),
    ("endringer.js", JS, include_str!("../../web/endringer.js")),
];
const CSS: &str = "text/css; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";

async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, kind, text)) => {
            let mut r = (StatusCode::OK, *text).into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            h.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            secure(h);
            r
        }
        None => {
            let e = ApiError::problem(crate::who::Problem::new(
                crate::who::ProblemKind::InvalidQuery,
                t!("web-no-asset", name = name),
            ));
            let mut r = error_page(Nav::Start, &e);
            *r.status_mut() = StatusCode::NOT_FOUND;
            r
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn the_language_cookie_is_read_among_others() {
        let h = headers(&[(header::COOKIE, "a=1; ansvar-lang=nn; b=2")]);
        assert_eq!(chosen_lang(&h), Some(Lang::Nn));
        let h = headers(&[(header::COOKIE, "ansvar-lang=xx")]);
        assert_eq!(chosen_lang(&h), None);
        assert_eq!(chosen_lang(&HeaderMap::new()), None);
    }

    #[test]
    fn the_language_link_goes_back_only_to_this_server() {
        let h = |referer: &str| {
            back_path(&headers(&[
                (header::HOST, "127.0.0.1:8080"),
                (header::REFERER, referer),
            ]))
        };
        assert_eq!(
            h("http://127.0.0.1:8080/hvem?task=x").as_deref(),
            Some("/hvem?task=x")
        );
        assert_eq!(h("http://evil.example/hvem"), None);
        assert_eq!(h("http://127.0.0.1:8080.evil.example/"), None);
        assert_eq!(h("http://127.0.0.1:8080//evil.example/"), None);
        assert_eq!(h("http://127.0.0.1:8080/sprak/nn"), None);
    }

    #[test]
    fn texts_for_scripts_cannot_close_their_block() {
        let m = texts(&[("x", "</script><script>alert(1)</script>".into())]).into_string();
        assert!(!m.contains("</script><script>"), "{m}");
        assert_eq!(m.matches("</script>").count(), 1);
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(4 << 20), "4 MB");
        assert_eq!(size_text(65536), "64 kB");
        assert_eq!(size_text(900), "900 B");
    }

    #[test]
    fn pages_are_told_from_the_api() {
        assert!(is_page("/"));
        assert!(is_page("/hvem"));
        assert!(!is_page("/api/v1/who"));
        assert!(!is_page("/healthz"));
    }
}
