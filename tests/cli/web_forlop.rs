//! The Pasientforløp page of `ansvar serve`: the builder's page and its contract, the
//! swimlane fragment `POST /forlop/tegn` draws (the same as `pathway check --format
//! html`), and the plain form `POST /forlop` for a file, pasted JSON or JSON Lines.

use crate::serve::{Reply, Server, multipart};
use crate::{ansvar, root};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/pathways").join(name)).unwrap()
}

fn is_page(r: &Reply) {
    assert!(
        r.header("content-type")
            .unwrap_or_default()
            .starts_with("text/html"),
        "{:?}",
        r.headers
    );
    assert!(r.header("content-security-policy").is_some());
    let text = r.text();
    assert!(!text.contains("style=\""), "no inline style");
    assert!(!text.contains("<script>"), "no inline script");
}

/// The first pathway's section of a page or fragment.
fn first_section(html: &str) -> &str {
    let start = html
        .find("<section class=\"pathway ")
        .expect("a pathway section");
    let end = html[start..].find("</section>").expect("its end") + start;
    &html[start..end]
}

#[test]
fn the_builder_page_holds_the_controls_the_script_and_the_browser_tests_use() {
    let server = Server::start(&[]);
    let r = server.get("/forlop");
    assert_eq!(r.status, 200);
    is_page(&r);
    let page = r.text();
    for needle in [
        "<html lang=\"nb\">",
        "id=\"pathway-region\"",
        "id=\"pathway-kommune\"",
        "id=\"pathway-title\"",
        "id=\"pathway-diagnosis\"",
        "id=\"pathway-age\"",
        "id=\"pathway-minor-children\"",
        "id=\"pathway-long-term-needs\"",
        "id=\"pathway-expecting-child\"",
        "<table id=\"steps\"",
        "id=\"add-step\"",
        "id=\"open-pathway\"",
        "id=\"download-pathway\"",
        "id=\"swimlane\"",
        "id=\"status\"",
        "role=\"status\"",
        "id=\"forlop-regions\"",
        "\"id\":\"helse-bergen\"",
        "src=\"/assets/forlop.js\"",
        "href=\"/assets/swimlane.css\"",
        "action=\"/forlop\"",
        "enctype=\"multipart/form-data\"",
        "name=\"document\"",
        "name=\"document_text\"",
        "id=\"texts\"",
    ] {
        assert!(page.contains(needle), "the page lacks {needle}");
    }
    // Every control has its label.
    for id in [
        "pathway-region",
        "pathway-kommune",
        "open-pathway",
        "document",
        "document_text",
    ] {
        assert!(
            page.contains(&format!("<label for=\"{id}\"")),
            "no label for {id}"
        );
    }
    let css = server.get("/assets/swimlane.css");
    assert_eq!(css.status, 200);
    assert!(css.text().contains("svg.swimlane"));
    let js = server.get("/assets/forlop.js");
    assert_eq!(js.status, 200);
    assert!(js.text().contains("/forlop/tegn"));
}

#[test]
fn the_fragment_marks_each_step_and_is_what_the_cli_draws() {
    let server = Server::start(&[]);
    let r = server.post(
        "/forlop/tegn",
        "application/json",
        &fixture("wrong-level.json"),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    is_page(&r);
    let fragment = r.text();
    assert!(!fragment.contains("<html"), "a fragment, not a page");
    assert!(fragment.contains(
        "<g class=\"step verdict-wrong-level planned-kommune\" data-step-id=\"utskrivning\" \
         data-verdict=\"wrong-level\""
    ));
    assert_eq!(fragment.matches("<g class=\"step ").count(), 7);
    assert!(fragment.contains("Svømmebane for forløpet fixture/wrong-level"));

    // The CLI's page holds the same section, but for the file's name.
    let out = ansvar()
        .current_dir(root())
        .args(["--lang", "nb", "pathway", "check", "--format", "html"])
        .arg("tests/fixtures/pathways/wrong-level.json")
        .output()
        .unwrap();
    let page = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        first_section(&page).replace(
            "tests/fixtures/pathways/wrong-level.json:1",
            "forlop.json:1"
        ),
        first_section(&fragment)
    );

    // A handover without information is dashed.
    let r = server.post(
        "/forlop/tegn",
        "application/json",
        &fixture("discharge-missing.json"),
    );
    assert!(r.text().contains("<path class=\"handover no-information\""));

    // Broken JSON is a pathway with its finding, not a failed request.
    let r = server.post("/forlop/tegn", "application/json", b"{\"id\": ");
    assert_eq!(r.status, 200);
    let text = r.text();
    assert!(text.contains("data-code=\"syntax\""), "{text}");
    assert!(!text.contains("<svg"));

    // The language the user picked.
    let r = server.send(
        "POST",
        "/forlop/tegn",
        &[
            ("Content-Type", "application/json"),
            ("Cookie", "ansvar-lang=en"),
        ],
        &fixture("wrong-level.json"),
    );
    assert!(r.text().contains("Swimlane of pathway fixture/wrong-level"));
    let r = server.send(
        "POST",
        "/forlop/tegn",
        &[
            ("Content-Type", "application/json"),
            ("Cookie", "ansvar-lang=nn"),
        ],
        &fixture("wrong-level.json"),
    );
    assert!(r.text().contains("Symjebane for forløpet"));
}

#[test]
fn the_plain_form_answers_the_page_with_the_swimlanes() {
    let server = Server::start(&[]);

    // A file.
    let file = fixture("discharge-missing.json");
    let (kind, body) = multipart(&[
        ("document", Some("discharge-missing.json"), file.as_slice()),
        ("document_text", None, b"".as_slice()),
    ]);
    let r = server.post("/forlop", &kind, &body);
    assert_eq!(r.status, 200, "{}", r.text());
    is_page(&r);
    let page = r.text();
    assert!(page.contains("id=\"swimlane\""));
    assert!(page.contains("<path class=\"handover no-information\""));
    assert!(page.contains("discharge-missing.json:1"));
    assert!(page.contains("sjekket 1 forløp"), "{page}");

    // Pasted JSON, shown again in its field, escaped.
    let pasted = fixture("wrong-level.json");
    let (kind, body) = multipart(&[
        ("document", Some(""), b"".as_slice()),
        ("document_text", None, pasted.as_slice()),
    ]);
    let r = server.post("/forlop", &kind, &body);
    assert_eq!(r.status, 200);
    let page = r.text();
    assert!(page.contains("data-verdict=\"wrong-level\""));
    assert!(page.contains("&quot;fixture/wrong-level&quot;"));

    // JSON Lines: one section per line with a pathway.
    let lines = fixture("mixed.jsonl");
    let (kind, body) = multipart(&[("document", Some("mixed.jsonl"), lines.as_slice())]);
    let r = server.post("/forlop", &kind, &body);
    assert_eq!(r.status, 200);
    assert_eq!(r.text().matches("<section class=\"pathway ").count(), 6);

    // Nothing given: the page says what to do.
    let (kind, body) = multipart(&[("document_text", None, b"  ".as_slice())]);
    let r = server.post("/forlop", &kind, &body);
    assert_eq!(r.status, 400);
    is_page(&r);
    assert!(r.text().contains("Velg en forløpsfil"));

    // Not a form at all.
    let r = server.post("/forlop", "text/plain", b"x");
    assert_eq!(r.status, 400);
    is_page(&r);
}
