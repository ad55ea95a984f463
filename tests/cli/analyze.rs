//! `ansvar analyze` and `ansvar matrix`.

use crate::{ansvar, snap};

/// Every shipped region: no gap, no contradiction, a lead for every shared point, no
/// ruling against the statute, over the whole context space.
#[test]
fn every_shipped_region_analyzes_clean() {
    let out = ansvar()
        .args(["analyze", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let regions = v["regions"].as_array().unwrap();
    let ids: Vec<&str> = regions
        .iter()
        .map(|r| r["region"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "helse-bergen",
            "helse-fonna",
            "sykehuset-i-vestfold",
            "sykehuset-ostfold",
            "unn",
            "vestre-viken"
        ]
    );
    for r in regions {
        assert_eq!(r["problems"], 0, "{r}");
        // 29 tasks × 13 diagnosis values × 4 ages × 4 phases per kommune.
        assert_eq!(r["points"].as_u64().unwrap() % (29 * 13 * 4 * 4), 0, "{r}");
        assert!(r["points"].as_u64().unwrap() > 0);
        assert!(r["cross_checked"].as_u64().unwrap() > 0);
    }
}

#[test]
fn an_unknown_region_is_a_usage_error() {
    let out = ansvar()
        .args(["analyze", "--region", "helse-bergn"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean `helse-bergen`"));
}

#[test]
fn matrix_markdown() {
    let mut cmd = ansvar();
    cmd.env("ANSVAR_TODAY", "2026-11-22").args([
        "--lang",
        "nb",
        "matrix",
        "--region",
        "vestre-viken",
        "--format",
        "md",
    ]);
    snap!(cmd);
}

/// One file, no outside resources, a row per catalogue task, styles for print.
#[test]
fn matrix_html_is_self_contained() {
    let out = ansvar()
        .args([
            "--lang",
            "nb",
            "matrix",
            "--region",
            "helse-bergen",
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for outside in ["http://", "https://", "<link", "<script", "src="] {
        assert!(!html.contains(outside), "{outside}");
    }
    assert!(html.contains("@media print"));
    assert_eq!(html.matches("<tr><td>").count(), 29);
    assert!(html.contains("Ansvarsmatrise"));
}

/// What a secretariat pastes: every caveat of a row is marked and written out under the
/// table; the law and the other sources in their own columns; children as pårørende as
/// each level's own duty; the unsettled kommuner apart from the parties; diagnosis and
/// kommune exceptions by name.
#[test]
fn the_matrix_shows_every_caveat_the_law_apart_and_names_not_ids() {
    let out = ansvar()
        .env("ANSVAR_TODAY", "2026-11-22")
        .args([
            "--lang",
            "nb",
            "matrix",
            "--region",
            "helse-bergen",
            "--format",
            "md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("| Rettsgrunnlag | Kilder |"), "{md}");
    assert!(md.contains("(16 kommuner)"), "{md}");
    assert!(
        md.contains("Gulen (4635)") && md.contains("Eidfjord (4619)"),
        "{md}"
    );
    let row = |task: &str| {
        md.lines()
            .find(|l| l.contains(&format!("(`{task}`)")))
            .unwrap_or_else(|| panic!("{task}"))
            .to_string()
    };
    let children = row("barn-som-parorende-kartlegging");
    assert_eq!(children.matches("Egne pasienter").count(), 2, "{children}");
    assert!(!children.contains("Leder") && !children.contains("Bidrar"));
    // The network row: the lead and the TA point are both interpretations.
    let network = row("lm-nettverk");
    assert!(
        network.contains("Samarbeidssekretariatet (SSE)"),
        "{network}"
    );
    let (notes, _) = md.split_once("| Oppgave |").unwrap();
    assert!(notes.contains("Ansvarlig"));
    let under = md.split_once("Forbehold:\n").unwrap().1;
    for line in md
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains("(`"))
    {
        let marks = line.rsplit('|').nth(1).unwrap().trim();
        for mark in marks.split_whitespace() {
            let n = mark.trim_matches(['[', ']']);
            assert!(
                under.contains(&format!("\n{n}. ")) || under.starts_with(&format!("{n}. ")),
                "{mark}"
            );
        }
    }
    assert!(
        under.contains("Punktet i avtalehenvisningen er en tolkning"),
        "{under}"
    );
    // Exceptions by Norwegian name: the diagnosis group, the kommune.
    assert!(!md.contains("diagnose sjelden-tilstand") && md.contains("diagnose Sjelden tilstand"));
    assert!(!md.contains("kommune 4635"));
}
