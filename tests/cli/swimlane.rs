//! `ansvar pathway check --format html`: one self-contained page of swimlanes, for a
//! pathway with a wrong-level step, one with a handover without information, and several
//! pathways from files and JSON Lines on one page; the pathways past the cap are counted,
//! not drawn; exit codes as for the other formats.

use crate::{ansvar, root};

/// `ansvar pathway check --format html ARGS` from the repository root: exit code, page,
/// stderr.
fn html(args: &[&str]) -> (i32, String, String) {
    let out = ansvar()
        .current_dir(root())
        .args(["pathway", "check", "--format", "html"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("the page is UTF-8"),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fx(name: &str) -> String {
    format!("tests/fixtures/pathways/{name}")
}

/// What every page holds: one document, the stylesheet inline, nothing fetched, no
/// script, and every drawing with its role, title and description.
fn self_contained(page: &str) {
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    assert!(page.trim_end().ends_with("</html>"));
    assert_eq!(page.matches("<html").count(), 1);
    assert!(page.contains("<style>") && page.contains("@page"));
    for absent in ["<script", "<link", " src=", "style=\"", "href=\"http"] {
        assert!(!page.contains(absent), "the page holds {absent}");
    }
    let svgs = page.matches("<svg ").count();
    assert_eq!(page.matches("role=\"img\"").count(), svgs);
    assert_eq!(page.matches("<desc id=").count(), svgs);
}

/// The page from `<main>` on, without the stylesheet (which has its own file), for the
/// snapshot.
fn body(page: &str) -> String {
    let at = page.find("<main>").expect("a main element");
    page[at..].replace("><", ">\n<")
}

fn snapshot(name: &str, page: &str) {
    let text = body(page);
    crate::settings().bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn a_wrong_level_step_is_drawn_in_the_lane_it_was_planned_in() {
    let (code, page, stderr) = html(&[&fx("wrong-level.json")]);
    assert_eq!(code, 1, "{stderr}");
    self_contained(&page);
    assert!(page.contains(
        "<g class=\"step verdict-wrong-level planned-kommune\" data-step-id=\"utskrivning\" \
         data-verdict=\"wrong-level\""
    ));
    assert!(page.contains("data-code=\"wrong-level\""));
    assert!(page.contains("data-code=\"lead-missing\""));
    assert!(stderr.contains("checked 1 pathway"), "{stderr}");
    snapshot("swimlane_wrong_level", &page);
}

#[test]
fn a_handover_without_information_is_dashed_and_says_so() {
    let (code, page, _) = html(&[&fx("discharge-missing.json")]);
    assert_eq!(code, 1);
    self_contained(&page);
    assert!(page.contains("<path class=\"handover no-information\""));
    assert!(page.contains("data-code=\"handover-without-information\""));
    assert!(page.contains("data-code=\"discharge-information-missing\""));
    snapshot("swimlane_handover_without_information", &page);
}

#[test]
fn several_pathways_from_files_and_json_lines_share_one_page() {
    let (code, page, _) = html(&["agreements/helse-bergen/pathways/", &fx("mixed.jsonl")]);
    assert_eq!(code, 1);
    self_contained(&page);
    let sections = page.matches("<section class=\"pathway ").count();
    assert_eq!(sections, 4 + 6, "four example pathways and six lines");
    assert!(page.contains("<nav class=\"lane-list\""));
    assert_eq!(page.matches("<li><a href=\"#lane-").count(), sections);
    // A bad line of the JSON Lines file is a pathway with findings and no drawing.
    assert!(page.matches("<svg ").count() < sections);
    snapshot("swimlane_several", &page);
}

#[test]
fn clean_pathways_exit_0_and_the_page_is_in_the_language_asked_for() {
    let (code, page, _) = html(&["--lang", "nb", "agreements/helse-bergen/pathways/kols.json"]);
    assert_eq!(code, 0);
    self_contained(&page);
    assert!(page.contains("<html lang=\"nb\">"));
    assert!(page.contains("Svømmebane for forløpet"));
    assert!(page.contains("Helseforetak"));
    let (_, page, _) = html(&["--lang", "nn", "agreements/helse-bergen/pathways/kols.json"]);
    assert!(page.contains("Symjebane for forløpet"));
}

#[test]
fn pathways_past_the_cap_are_counted_not_drawn() {
    // The file's first line is a good pathway; a later one is not UTF-8 on purpose.
    let bytes = std::fs::read(root().join("tests/fixtures/pathways/mixed.jsonl")).unwrap();
    let first = bytes.split(|b| *b == b'\n').next().unwrap();
    let line = String::from_utf8(first.to_vec()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.jsonl");
    std::fs::write(&file, format!("{line}\n").repeat(103)).unwrap();
    let (code, page, stderr) = html(&[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(page.matches("<section class=\"pathway ").count(), 100);
    assert!(
        page.contains("<p class=\"left-out\">3 more pathways"),
        "{page}"
    );
    assert!(stderr.contains("checked 103 pathways"), "{stderr}");
}
