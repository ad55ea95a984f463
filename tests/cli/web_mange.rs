//! Mange forløp, Endringer and `POST /api/v1/diff` over HTTP: the endpoint answers what
//! `ansvar diff --format json` prints and refuses bad input with a located 4xx; the
//! pages work as plain forms, with the summary and the diff on the answer page, and an
//! unreadable file or two regions as a clear error on the page, never a 500.

use serde_json::{Value, json};

use crate::diff::validate;
use crate::serve::{Reply, Server, multipart};
use crate::{ansvar, root};

fn read(path: &str) -> Vec<u8> {
    std::fs::read(root().join(path)).unwrap()
}

fn doc(path: &str) -> Value {
    serde_json::from_slice(&read(path)).unwrap()
}

/// Posts a `multipart/form-data` form of file fields (name, file name, bytes).
fn post_form(s: &Server, path: &str, files: &[(&str, &str, &[u8])]) -> Reply {
    let fields: Vec<(&str, Option<&str>, &[u8])> = files
        .iter()
        .map(|(name, file, bytes)| (*name, Some(*file), *bytes))
        .collect();
    let (ty, body) = multipart(&fields);
    s.post(path, &ty, &body)
}

/// `error.kind` of an error body.
fn kind(r: &Reply) -> String {
    r.json()["error"]["kind"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The sides are labelled by the request's keys, the CLI's by the paths.
fn without_labels(mut v: Value) -> Value {
    for s in v["sections"].as_array_mut().into_iter().flatten() {
        s["old"]["label"] = Value::Null;
        s["new"]["label"] = Value::Null;
    }
    v
}

fn pair(old: &str, new: &str) -> Vec<u8> {
    json!({ "old": doc(old), "new": doc(new) })
        .to_string()
        .into_bytes()
}

#[test]
fn the_diff_endpoint_answers_what_the_cli_prints() {
    let s = Server::start(&[]);
    for region in ["helse-bergen", "unn", "vestre-viken"] {
        let old = format!("tests/fixtures/diff/{region}-old.json");
        let new = format!("tests/fixtures/diff/{region}-new.json");
        let r = s.post("/api/v1/diff", "application/json", &pair(&old, &new));
        assert_eq!(r.status, 200, "{region}: {}", r.text());
        assert_eq!(r.header("content-type"), Some("application/json"));
        let served = r.json();
        validate(&served);
        assert_eq!(served["changed"], true, "{region}");
        assert_eq!(served["sections"][0]["old"]["label"], "old");
        assert_eq!(served["sections"][0]["new"]["label"], "new");
        let cli = ansvar()
            .current_dir(root())
            .args(["--format", "json", "diff", &old, &new])
            .output()
            .unwrap();
        let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
        assert_eq!(without_labels(served), without_labels(cli), "{region}");
    }
    // A document against itself: nothing changes, still 200.
    let same = "tests/fixtures/diff/unn-old.json";
    let r = s.post("/api/v1/diff", "application/json", &pair(same, same));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["changed"], false);
}

#[test]
fn the_diff_endpoint_refuses_bad_input_with_a_located_4xx() {
    let s = Server::start(&[]);
    let diff = "/api/v1/diff";
    let old = doc("tests/fixtures/diff/helse-bergen-old.json");

    let r = s.post(diff, "application/json", b"{\"old\": \n  [1,");
    assert_eq!(
        (r.status, kind(&r).as_str()),
        (400, "invalid-body"),
        "{}",
        r.text()
    );
    assert_eq!(r.json()["error"]["findings"][0]["code"], "syntax");
    assert_eq!(r.json()["error"]["findings"][0]["location"]["line"], 2);

    let r = s.post(diff, "application/json", b"[1, 2]");
    assert_eq!((r.status, kind(&r).as_str()), (400, "invalid-body"));

    let body = json!({ "old": old }).to_string();
    let r = s.post(diff, "application/json", body.as_bytes());
    assert_eq!((r.status, kind(&r).as_str()), (400, "invalid-body"));
    assert!(r.text().contains("`new`"), "{}", r.text());

    let body = json!({ "old": old, "new": old, "neww": 1 }).to_string();
    let r = s.post(diff, "application/json", body.as_bytes());
    assert_eq!((r.status, kind(&r).as_str()), (400, "invalid-body"));
    assert_eq!(r.json()["error"]["suggestions"][0], "new");

    // A document that breaks the schema: located in the body, its pointer from the body.
    let body = format!(
        "{{\"old\": {},\n\"new\": {{\"region\": \"helse-bergen\"}}}}",
        serde_json::to_string_pretty(&old).unwrap()
    );
    let r = s.post(diff, "application/json", body.as_bytes());
    assert_eq!(
        (r.status, kind(&r).as_str()),
        (400, "invalid-body"),
        "{}",
        r.text()
    );
    let f = &r.json()["error"]["findings"][0];
    assert!(
        f["pointer"].as_str().unwrap().starts_with("/new"),
        "{}",
        r.text()
    );
    let lines = body.lines().count() as i64;
    assert_eq!(f["location"]["line"].as_i64(), Some(lines), "{}", r.text());

    let r = s.post(
        diff,
        "application/json",
        &pair(
            "tests/fixtures/diff/unn-old.json",
            "tests/fixtures/diff/helse-bergen-new.json",
        ),
    );
    assert_eq!(
        (r.status, kind(&r).as_str()),
        (422, "different-regions"),
        "{}",
        r.text()
    );

    let mut nowhere = old.clone();
    nowhere["region"] = json!("helse-bergn");
    let body = json!({ "old": nowhere, "new": nowhere }).to_string();
    let r = s.post(diff, "application/json", body.as_bytes());
    assert_eq!((r.status, kind(&r).as_str()), (422, "unknown-region"));
    assert_eq!(r.json()["error"]["suggestions"][0], "helse-bergen");

    let r = s.post(diff, "text/plain", b"{}");
    assert_eq!(
        (r.status, kind(&r).as_str()),
        (415, "unsupported-media-type")
    );

    // The server still answers.
    let r = s.post(
        diff,
        "application/json",
        &pair(
            "tests/fixtures/diff/unn-old.json",
            "tests/fixtures/diff/unn-new.json",
        ),
    );
    assert_eq!(r.status, 200);
}

/// The example pathways of Helse Bergen as JSON Lines, one pathway a line.
fn example_lines() -> Vec<u8> {
    let dir = root().join("agreements/helse-bergen/pathways");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let v: Value = serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
        out.extend_from_slice(v.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

#[test]
fn mange_forlop_sums_up_an_upload_without_script() {
    let s = Server::start(&[]);
    let page = s.get("/mange");
    assert_eq!(page.status, 200);
    let html = page.text();
    for id in [
        "id=\"batch-file\"",
        "id=\"batch-progress\"",
        "id=\"batch-summary\"",
        "id=\"download-report\"",
        "id=\"download-summary\"",
        "id=\"status\"",
        "enctype=\"multipart/form-data\"",
        "/assets/mange.js",
    ] {
        assert!(html.contains(id), "{id} missing");
    }
    assert!(page.header("content-security-policy").is_some());

    let lines = example_lines();
    let count = lines.iter().filter(|b| **b == b'\n').count();
    let r = post_form(&s, "/mange", &[("document", "forlop.jsonl", &lines)]);
    assert_eq!(r.status, 200, "{}", r.text());
    let html = r.text();
    assert!(
        html.contains(&format!("data-pathways=\"{count}\"")),
        "{html}"
    );
    assert!(html.contains(&format!("<dd data-count=\"pathways\">{count}</dd>")));

    // The same counts as the CLI's records.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("forlop.jsonl");
    std::fs::write(&file, &lines).unwrap();
    let out = ansvar()
        .args(["--format", "jsonl", "pathway", "check"])
        .arg(&file)
        .output()
        .unwrap();
    let records: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), count);
    let failing = records.iter().filter(|r| r["status"] == "error").count();
    let steps: usize = records
        .iter()
        .map(|r| r["steps"].as_array().unwrap().len())
        .sum();
    assert!(html.contains(&format!("<dd data-count=\"with-errors\">{failing}</dd>")));
    assert!(html.contains(&format!("<dd data-count=\"steps\">{steps}</dd>")));
    assert!(html.contains("data-region=\"helse-bergen\""));
    for r in &records {
        for f in r["findings"].as_array().unwrap() {
            let code = f["code"].as_str().unwrap();
            assert!(html.contains(&format!("data-code=\"{code}\"")), "{code}");
        }
    }

    // No file: said on the page, with the form to try again.
    let r = post_form(&s, "/mange", &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("role=\"alert\""));
    assert!(r.text().contains("id=\"batch-file\""));
}

#[test]
fn mange_forlop_says_when_the_upload_is_too_large() {
    let s = Server::start(&["--max-body-bytes", "4096"]);
    let page = s.get("/mange").text();
    assert!(page.contains("4 kB"), "the limit is on the page");
    let big = vec![b' '; 10_000];
    let r = post_form(&s, "/mange", &[("document", "big.jsonl", &big)]);
    assert_eq!(r.status, 413);
    assert!(r.text().contains("role=\"alert\""), "{}", r.text());
    assert!(
        r.text().contains("id=\"batch-file\""),
        "the form to try again"
    );
}

#[test]
fn endringer_shows_the_matrix_before_and_after_without_script() {
    let s = Server::start(&[]);
    let page = s.get("/endringer");
    assert_eq!(page.status, 200);
    let html = page.text();
    for id in [
        "id=\"diff-form\"",
        "id=\"old-file\"",
        "id=\"new-file\"",
        "name=\"old\"",
        "name=\"new\"",
        "/assets/endringer.js",
        "/assets/endringer.css",
    ] {
        assert!(html.contains(id), "{id} missing");
    }

    let old = read("tests/fixtures/diff/helse-bergen-old.json");
    let new = read("tests/fixtures/diff/helse-bergen-new.json");
    let r = post_form(
        &s,
        "/endringer",
        &[("old", "gammel.json", &old), ("new", "ny.json", &new)],
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let html = r.text();
    assert!(html.contains("class=\"side-by-side\""));
    assert!(html.contains("class=\"diff-report\""));
    assert!(html.contains(" changed\""), "a changed cell is marked");
    assert!(
        html.contains("<tr class=\"changed\""),
        "a changed row is marked"
    );
    assert!(html.contains("gammel.json"));
    assert!(
        !html.contains("<style>"),
        "the CLI page's own style is not embedded"
    );
    assert!(
        !html.contains("<!DOCTYPE html>\n<html lang"),
        "one document"
    );
    assert_eq!(html.matches("<h1>").count(), 1);

    // Two regions: a clear error on the page.
    let other = read("tests/fixtures/diff/unn-old.json");
    let r = post_form(
        &s,
        "/endringer",
        &[("old", "unn.json", &other), ("new", "ny.json", &new)],
    );
    assert_eq!(r.status, 422);
    let html = r.text();
    assert!(html.contains("role=\"alert\""));
    assert!(
        html.contains("unn") && html.contains("helse-bergen"),
        "{html}"
    );

    // A file that is not an agreement: named and located.
    let broken = read("tests/fixtures/agreements/syntax-error.json");
    let r = post_form(
        &s,
        "/endringer",
        &[
            ("old", "syntax-error.json", &broken),
            ("new", "ny.json", &new),
        ],
    );
    assert_eq!(r.status, 400);
    assert!(r.text().contains("syntax-error.json:5:"), "{}", r.text());

    // One file only.
    let r = post_form(&s, "/endringer", &[("old", "gammel.json", &old)]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("role=\"alert\""));

    // Not a form at all.
    let r = s.post("/endringer", "text/plain", b"old=1");
    assert_eq!(r.status, 400);
    assert!(r.text().contains("role=\"alert\""));
}

#[test]
fn the_pages_follow_the_language_picked() {
    let s = Server::start(&[]);
    let nn = [("Cookie", "ansvar-lang=nn")];
    let r = s.send("GET", "/endringer", &nn, b"");
    assert!(r.text().contains("Samanlikn"), "{}", r.text());
    let r = s.send("GET", "/mange", &nn, b"");
    assert!(r.text().contains("Samandrag") || r.text().contains("samandrag"));
    let r = s.send("GET", "/mange", &[("Cookie", "ansvar-lang=en")], b"");
    assert!(r.text().contains("Check the pathways"));
}
