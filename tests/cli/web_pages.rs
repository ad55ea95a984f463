//! The workbench's own pages over HTTP: the layout and its security headers, the
//! language a user picks, Regioner and Hvem har ansvaret? (the browser tests in
//! `web_browser.rs` drive the same pages in Chromium).

use crate::serve::{Reply, Server};

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

fn page(server: &Server, path: &str, headers: &[(&str, &str)]) -> Reply {
    let r = server.send("GET", path, headers, b"");
    assert_eq!(
        r.header("content-type"),
        Some("text/html; charset=utf-8"),
        "{path}"
    );
    assert_eq!(r.header("content-security-policy"), Some(CSP), "{path}");
    assert_eq!(
        r.header("x-content-type-options"),
        Some("nosniff"),
        "{path}"
    );
    r
}

/// The `<section class="answer" …>…</section>` of a page, one tag per line.
fn answer(html: &str) -> String {
    let start = html.find("<section class=\"answer\"").expect("an answer");
    let end = html[start..].find("</section>").expect("closed") + start + 10;
    html[start..end].replace("><", ">\n<")
}

#[test]
fn pages_are_bokmal_by_default_whatever_the_browser_asks_and_carry_the_csp() {
    let server = Server::start(&[]);
    for path in ["/", "/regioner", "/hvem"] {
        let r = page(&server, path, &[("Accept-Language", "en-US,en;q=0.9")]);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.text().contains("<html lang=\"nb\">"), "{path}");
        assert_eq!(r.header("content-language"), Some("nb"));
    }
    // The API keeps the server's default and the request's Accept-Language.
    let r = server.get("/api/v1/who");
    assert_eq!(r.header("content-language"), Some("en"));
    // Nothing on a page comes from another origin.
    let home = server.get("/").text();
    assert!(
        !home.contains("http://") && !home.contains("https://"),
        "{home}"
    );
    assert!(
        !home.contains("style=") && !home.contains(" onclick"),
        "{home}"
    );
}

#[test]
fn the_language_link_keeps_the_choice_in_a_cookie_that_the_api_follows_too() {
    let server = Server::start(&[]);
    let r = server.send(
        "GET",
        "/sprak/nn",
        &[("Referer", "http://test/hvem?x=1")],
        b"",
    );
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/hvem?x=1"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.starts_with("ansvar-lang=nn;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    // Another site's page is not where the link goes back to.
    let r = server.send(
        "GET",
        "/sprak/en",
        &[("Referer", "http://evil.example/")],
        b"",
    );
    assert_eq!(r.header("location"), Some("/"));

    let r = page(&server, "/hvem", &[("Cookie", "ansvar-lang=nn")]);
    assert!(r.text().contains("<html lang=\"nn\">"));
    assert!(r.text().contains("Kven har ansvaret?"));
    let api = server.send("GET", "/api/v1/who", &[("Cookie", "ansvar-lang=nn")], b"");
    assert_eq!(api.header("content-language"), Some("nn"));

    let r = page(&server, "/sprak/xx", &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("«xx»"), "{}", r.text());
}

#[test]
fn who_answers_for_a_kommune_given_by_a_former_name() {
    let server = Server::start(&[]);
    // Lindås was merged into Alver in 2020.
    let r = page(
        &server,
        "/hvem?region=helse-bergen&task=Individuell+pasient-+og+p%C3%A5r%C3%B8rendeoppl%C3%A6ring&kommune=Lind%C3%A5s&diagnosis=&age=&phase=",
        &[],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let html = r.text();
    // The form keeps what was asked.
    assert!(html.contains("value=\"Lindås\""), "{html}");
    insta::assert_snapshot!("web_who_former_name", answer(&html));
}

#[test]
fn a_question_the_rules_cannot_answer_is_shown_with_its_fix() {
    let server = Server::start(&[]);
    let r = page(
        &server,
        "/hvem?region=helse-bergen&task=individuell-opplaering&kommune=Fana",
        &[],
    );
    assert_eq!(r.status, 422);
    let html = r.text();
    assert!(html.contains("id=\"who-problem\""), "{html}");
    assert!(html.contains("ukjent kommune `Fana`"), "{html}");
    assert!(html.contains("mente du"), "{html}");

    let r = page(
        &server,
        "/hvem?region=helse-bergen&task=individuell-opplering",
        &[],
    );
    assert_eq!(r.status, 422);
    assert!(
        r.text().contains("`individuell-opplaering`"),
        "{}",
        r.text()
    );

    let r = page(&server, "/hvem?region=helse-bergen&task=x&age=baby", &[]);
    assert_eq!(r.status, 400);

    // Nothing asked yet: the form alone.
    let r = page(&server, "/hvem?region=helse-bergen", &[]);
    assert_eq!(r.status, 200);
    assert!(!r.text().contains("class=\"answer\""));
}

#[test]
fn regions_are_listed_and_each_has_its_parties_kommuner_and_matrix() {
    let server = Server::start(&[]);
    let list = page(&server, "/regioner", &[]).text();
    assert_eq!(list.matches("data-region=").count(), 6, "{list}");
    let one = page(&server, "/regioner/helse-bergen", &[]);
    assert_eq!(one.status, 200);
    let html = one.text();
    for expected in [
        "Helse Bergen HF, Haraldsplass Diakonale Sykehus",
        "18 kommuner",
        "4631 Alver",
        // Gulen's membership is not settled by the sources.
        "4635 Gulen <span class=\"caveat\">",
        "Ansvarsmatrise",
        "<td class=\"level Ansvarlig\">",
        "/api/v1/regions/helse-bergen/matrix?format=html",
    ] {
        assert!(html.contains(expected), "{expected}\n{html}");
    }
    let missing = page(&server, "/regioner/helse-bregen", &[]);
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("`helse-bergen`"),
        "{}",
        missing.text()
    );
}

#[test]
fn the_assets_are_served_from_the_binary() {
    let server = Server::start(&[]);
    let js = server.get("/assets/app.js");
    assert_eq!(js.status, 200);
    assert_eq!(
        js.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(js.text().contains("window.ansvar"));
    let css = server.get("/assets/app.css");
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    let missing = server.get("/assets/evil.js");
    assert_eq!(missing.status, 404);
    let traversal = server.get("/assets/..%2F..%2FCargo.toml");
    assert_eq!(traversal.status, 404);
}

#[test]
fn the_server_tells_whoever_started_it_where_the_workbench_is() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let mut child = crate::ansvar()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let mut hint = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut hint)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    // Scripts read the address from stdout; the person reads stderr.
    let addr = first.trim().strip_prefix("listening on ").unwrap();
    assert_eq!(
        hint.trim(),
        format!("the workbench: open {addr}/ in a browser")
    );
}
