//! The Avtaleutkast page over HTTP: the editor's page and its contract, a new draft from
//! the rules in force that the check accepts, the findings of an uploaded file grouped
//! per clause without script, and the draft's matrix with its changes marked.

use crate::serve::{Server, multipart};
use crate::{ansvar, root};

const CONFLICT: &str = "tests/fixtures/agreements/statute-conflict.json";

/// A form with one file field, as a browser sends it.
fn form(field: &str, filename: &str, content: &[u8]) -> (String, Vec<u8>) {
    multipart(&[(field, Some(filename), content)])
}

#[test]
fn the_editor_page_carries_its_controls_and_no_inline_code() {
    let s = Server::start(&[]);
    let r = s.get("/avtale");
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert!(r.header("content-security-policy").is_some());
    let page = r.text();
    for id in [
        "draft-region",
        "new-draft",
        "open-file",
        "agreement-header",
        "clauses",
        "add-clause",
        "findings",
        "status",
        "download-agreement",
        "download-matrix",
        "discard-draft",
        "avtale-data",
        "texts",
    ] {
        assert!(page.contains(&format!("id=\"{id}\"")), "no #{id}");
    }
    assert!(page.contains(r#"for="open-file">Åpne avtalefil</label>"#));
    // Without script: the upload form and the new draft as a download.
    assert!(page.contains(r#"action="/avtale" enctype="multipart/form-data""#));
    assert!(page.contains(r#"name="document""#));
    assert!(page.contains(r#"action="/avtale/ny""#));
    // The tasks of every region, by name, for the task lists.
    assert!(page.contains(r#""id":"helse-bergen""#));
    assert!(page.contains(r#""id":"barnekoordinator""#));
    for inline in [" style=", " onclick=", " onchange=", "javascript:"] {
        assert!(!page.contains(inline), "inline code: {inline}");
    }
    for asset in ["/assets/avtale.js", "/assets/avtale.css"] {
        assert!(page.contains(asset), "{asset}");
        assert_eq!(s.get(asset).status, 200, "{asset}");
    }
}

#[test]
fn a_new_draft_follows_the_rules_in_force_and_passes_the_check() {
    let s = Server::start(&[]);
    let r = s.get("/avtale/ny?region=helse-bergen");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(
        r.header("content-disposition"),
        Some(r#"attachment; filename="helse-bergen-utkast.json""#)
    );
    let draft = r.json();
    assert_eq!(draft["region"], "helse-bergen");
    assert_eq!(draft["status"], "utkast");
    let clauses = draft["clauses"].as_array().unwrap();
    assert!(clauses.len() >= 20, "{} clauses", clauses.len());
    let koordinator = clauses
        .iter()
        .find(|c| c["task"] == "barnekoordinator")
        .unwrap();
    assert_eq!(koordinator["owner"], "kommune");

    let checked = s.post("/api/v1/agreements/check", "application/json", &r.body);
    assert_eq!(checked.status, 200);
    assert_eq!(checked.json()["summary"]["errors"], 0, "{}", checked.text());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("helse-bergen-utkast.json");
    std::fs::write(&path, &r.body).unwrap();
    let out = ansvar().arg("check").arg(&path).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    assert_eq!(s.get("/avtale/ny").status, 400);
    let r = s.get("/avtale/ny?region=helse-bergn");
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["suggestions"][0], "helse-bergen");
}

#[test]
fn an_uploaded_file_gets_its_findings_per_clause_without_script() {
    let s = Server::start(&[]);
    let bytes = std::fs::read(root().join(CONFLICT)).unwrap();
    let (ty, body) = form("document", "statute-conflict.json", &bytes);
    let r = s.post("/avtale", &ty, &body);
    assert_eq!(r.status, 200, "{}", r.text());
    let page = r.text();
    assert!(page.contains("Funn i statute-conflict.json"), "{page}");
    assert!(page.contains(r#"data-code="statute-conflict" data-pointer="/clauses/7/owner""#));
    assert!(page.contains("Rad 8 (punkt 9)"), "{page}");
    assert!(page.contains("Rettsgrunnlag"), "{page}");

    // The language the user picked.
    let r = s.send(
        "POST",
        "/avtale",
        &[("Content-Type", ty.as_str()), ("Cookie", "ansvar-lang=en")],
        &body,
    );
    assert!(r.text().contains("Row 8 (clause 9)"), "{}", r.text());

    // No file, not a form, a file that is not JSON: a page that says so, never a 500.
    let (ty, body) = form("document", "", b"");
    let r = s.post("/avtale", &ty, &body);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("Velg en avtalefil"), "{}", r.text());
    let r = s.post("/avtale", "application/json", b"{}");
    assert_eq!(r.status, 400);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    let (ty, body) = form("document", "broken.json", b"{\"id\": ");
    let r = s.post("/avtale", &ty, &body);
    assert_eq!(r.status, 200);
    assert!(r.text().contains(r#"data-code="syntax""#), "{}", r.text());
}

#[test]
fn the_matrix_of_a_draft_marks_what_it_changes() {
    let s = Server::start(&[]);
    let bytes = std::fs::read(root().join(CONFLICT)).unwrap();
    let r = s.post("/avtale/matrise", "application/json", &bytes);
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert_eq!(
        r.header("content-disposition"),
        Some(r#"attachment; filename="helse-bergen-matrise.html""#)
    );
    let page = r.text();
    assert!(page.starts_with("<!DOCTYPE html>"));
    // A changed owner is a changed level cell, a changed clause reference a changed
    // field cell: either way the cell is marked.
    assert!(
        page.contains(r#"class="level changed""#) || page.contains(r#"<td class="changed">"#),
        "no change marked"
    );
    assert!(page.contains("barnekoordinator"));

    let r = s.post("/avtale/matrise", "application/json", b"{\"id\": ");
    assert_eq!(r.status, 400);
    assert!(r.json()["error"]["message"].is_string());
    let mut unknown: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    unknown["region"] = "atlantis".into();
    let r = s.post(
        "/avtale/matrise",
        "application/json",
        unknown.to_string().as_bytes(),
    );
    assert_eq!(r.status, 422);
}
